#include "jobs/BatchEvidence.h"

#include "base/AtomicFile.h"
#include "base/CsvWriter.h"
#include "jobs/StationLog.h"

#include <QDir>
#include <QFileInfo>

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString BatchEvidence::toCsv(const QList<StationBatch::Record> &records)
{
    CsvWriter csv({QStringLiteral("device_id"), QStringLiteral("cert_id"), QStringLiteral("arn"),
                   QStringLiteral("topics"), QStringLiteral("certificate_digest"), QStringLiteral("key_digest"),
                   QStringLiteral("result"), QStringLiteral("failure"), QStringLiteral("error"),
                   QStringLiteral("operator"), QStringLiteral("station"), QStringLiteral("port"),
                   QStringLiteral("profile"), QStringLiteral("slot"), QStringLiteral("started_at"),
                   QStringLiteral("finished_at")});
    for (const StationBatch::Record &record : records) {
        const JobResult &result = record.result;
        csv.addRow({result.deviceId, result.certificateId, result.arn,
                    // One topic per line of the cell, as the history export has them.
                    result.topics.join(QLatin1Char('\n')), result.certificateDigest, result.keyDigest,
                    JobResult::outcomeName(result.outcome),
                    result.outcome == JobResult::Outcome::Done ? QString() : JobResult::failureName(result.failure),
                    result.error, record.operatorName, record.station, result.port, result.profile,
                    QString::number(result.slot), timeText(record.startedAt), timeText(record.finishedAt)});
    }
    return csv.text();
}

QString BatchEvidence::logFileFor(const QString &csvFile)
{
    const QFileInfo info(csvFile);
    const QString stem = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? info.completeBaseName()
        : info.fileName();
    return info.dir().filePath(stem + QLatin1String("-log.txt"));
}

bool BatchEvidence::write(const StationBatch &batch, const StationLog &log, const QString &csvFile, QString *error)
{
    QString why;
    if (!AtomicFile::write(csvFile, toCsv(batch.records()).toUtf8(), &why)) {
        *error = tr("The evidence could not be written to %1 (%2): choose another folder.").arg(csvFile, why);
        return false;
    }
    const QString logFile = logFileFor(csvFile);
    if (!AtomicFile::write(logFile, log.toText().toUtf8(), &why)) {
        *error = tr("The lanes' log could not be written to %1 (%2): choose another folder.").arg(logFile, why);
        return false;
    }
    return true;
}
