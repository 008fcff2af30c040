#include "jobs/BulkRevocationPlan.h"

#include "base/BoundedFile.h"
#include "base/CsvReader.h"
#include "base/ForeignText.h"
#include "foundry/GenerateResponse.h"
#include "jobs/CertificateInJournal.h"
#include "jobs/DeviceId.h"
#include "jobs/JobJournal.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString cut(const QString &field)
{
    if (field.size() <= BulkRevocationPlan::maxShownFieldLength)
        return field;
    return field.left(BulkRevocationPlan::maxShownFieldLength) + QChar(0x2026);
}

// "Certificate ID", "cert_id", "certId" are all one name.
QString headerName(const QString &field)
{
    QString name = field.trimmed().toLower();
    name.remove(QRegularExpression(QStringLiteral("[ _-]")));
    return name;
}

} // namespace

BulkRevocationPlan BulkRevocationPlan::fromFile(const QString &path, const JobJournal &journal)
{
    BulkRevocationPlan plan;
    QString why;
    const std::optional<QByteArray> bytes = BoundedFile::read(path, maxFileBytes, &why);
    if (!bytes) {
        plan.m_problem = tr("The file cannot be read: %1").arg(why);
        return plan;
    }
    plan.plan(*bytes, journal);
    return plan;
}

BulkRevocationPlan BulkRevocationPlan::fromBytes(const QByteArray &bytes, const JobJournal &journal)
{
    BulkRevocationPlan plan;
    if (bytes.size() > maxFileBytes) {
        plan.m_problem = tr("The file is larger than %1 KiB; split it into smaller files.").arg(maxFileBytes / 1024);
        return plan;
    }
    plan.plan(bytes, journal);
    return plan;
}

void BulkRevocationPlan::plan(const QByteArray &bytes, const JobJournal &journal)
{
    // Bytes that are not UTF-8 become U+FFFD: no ID may hold one, so their row is malformed and the
    // rest of the file still counts.
    bool tooMany = false;
    const QList<CsvReader::Record> records = CsvReader::read(bytes, maxRows + 1, &tooMany);
    if (tooMany) {
        m_problem = tr("The file has more than %1 rows; split it into smaller files.").arg(maxRows);
        return;
    }
    if (records.isEmpty()) {
        m_problem = tr("The file is empty. It needs the header %1 and then one certificate per row.").arg(expectedHeader());
        return;
    }
    const CsvReader::Record &header = records.constFirst();
    const QStringList names{headerName(header.fields.value(0)), headerName(header.fields.value(1))};
    const QStringList certificateNames{QStringLiteral("certificateid"), QStringLiteral("certid")};
    const QStringList deviceNames{QStringLiteral("deviceid")};
    const qsizetype certificateColumn = certificateNames.contains(names.at(0)) ? 0 : certificateNames.contains(names.at(1)) ? 1 : -1;
    const qsizetype deviceColumn = deviceNames.contains(names.at(0)) ? 0 : deviceNames.contains(names.at(1)) ? 1 : -1;
    if (header.fields.size() != 2 || !header.problem.isEmpty() || certificateColumn < 0 || deviceColumn < 0) {
        m_problem = tr("The first line is not the header this file needs: %1 (in either order), then one certificate "
                       "per row. Fix the file and choose it again.")
                        .arg(expectedHeader());
        return;
    }
    QHash<QString, int> seen;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvReader::Record &record = records.at(i);
        Row row;
        row.line = record.line;
        row.certificateId = cut(record.fields.value(certificateColumn));
        row.deviceId = cut(record.fields.value(deviceColumn));
        if (!record.problem.isEmpty()) {
            row.reason = record.problem;
        } else if (record.fields.size() != 2) {
            row.reason = tr("the row has %n field(s); a row has two, the certificate ID and the device ID", nullptr,
                            static_cast<int>(record.fields.size()));
        } else if (const QString certificate = record.fields.at(certificateColumn).trimmed();
                   !GenerateResponse::isCertificateId(certificate)) {
            row.reason = tr("the certificate ID is not 64 hexadecimal digits");
        } else if (const DeviceId device(record.fields.at(deviceColumn)); !device.isValid()) {
            row.reason = device.problem();
        } else {
            row.certificateId = certificate.toLower();
            row.deviceId = device.text();
            if (const auto earlier = seen.constFind(row.certificateId); earlier != seen.cend()) {
                row.action = Action::Duplicate;
                row.reason = tr("the same certificate as line %1").arg(earlier.value());
                m_rows << row;
                continue;
            }
            seen.insert(row.certificateId, row.line);
            planRow(row, journal);
            if (!m_problem.isEmpty()) {
                m_rows.clear();
                return;
            }
            continue;
        }
        row.action = Action::Malformed;
        m_rows << row;
    }
}

void BulkRevocationPlan::planRow(Row row, const JobJournal &journal)
{
    const std::optional<CertificateInJournal> known = CertificateInJournal::find(journal, row.certificateId);
    if (!known) {
        m_problem = tr("The journal cannot be read, so the rows cannot be checked against it: %1").arg(journal.errorString());
        return;
    }
    const bool revoked = known->revoked;
    const bool provisioned = known->devices.contains(row.deviceId) || known->devices.contains(QString());
    const QString otherDevice = known->devices.value(0);
    if (revoked) {
        row.action = Action::AlreadyRevoked;
        row.reason = tr("the journal shows it revoked already");
    } else if (provisioned) {
        row.action = Action::Revoke;
        // A job that did not end done rolled back, and its rollback revokes what it was issued: the
        // revoke then finds nothing on Foundry. Still sent, since a rollback can fail.
        if (const JobResult::Outcome outcome = known->provision->outcome; outcome != JobResult::Outcome::Done)
            row.reason = tr("its job ended %1, and a rollback may have revoked it already")
                             .arg(JobJournal::outcomeText(outcome));
    } else if (!otherDevice.isEmpty()) {
        // Foundry would refuse the pair, and the file more likely has the wrong device than the
        // journal: a person should look at the row before anything is revoked for it.
        row.action = Action::OtherDevice;
        row.reason = tr("the journal has this certificate on device %1, not on this one; check the row")
                         .arg(ForeignText::escaped(otherDevice));
    } else {
        // Revoked anyway: the journal is this station's alone, and a list handed to support staff (a
        // customer's recall, the certificates of a leaked key store) names certificates that other
        // stations provisioned. Skipping them would quietly leave alive what the list asks to revoke.
        // Foundry checks the pair itself and refuses what it does not know (the report says so); the
        // dry run marks these rows and the confirmation counts them apart.
        row.action = Action::RevokeUnknown;
        row.reason = tr("not in this station's journal; Foundry is asked to revoke it anyway");
    }
    m_rows << row;
}

int BulkRevocationPlan::count(Action action) const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [action](const Row &row) { return row.action == action; }));
}

QString BulkRevocationPlan::actionText(Action action)
{
    switch (action) {
    case Action::Revoke: return tr("revoke");
    case Action::RevokeUnknown: return tr("revoke (not in journal)");
    case Action::AlreadyRevoked: return tr("skip: already revoked");
    case Action::Duplicate: return tr("skip: duplicate row");
    case Action::OtherDevice: return tr("skip: other device in journal");
    case Action::Malformed: return tr("skip: malformed row");
    }
    return {};
}
