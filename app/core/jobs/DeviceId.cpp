#include "jobs/DeviceId.h"

#include "base/ForeignText.h"
#include "jobs/JobJournal.h"

#include <utility>

namespace {

bool allowed(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_'
        || c == u'.' || c == u':';
}

} // namespace

DeviceId::DeviceId(const QString &text)
    : m_text(text.trimmed())
{
    if (m_text.isEmpty()) {
        m_problem = tr("the device ID is empty");
        return;
    }
    if (m_text.size() > maxLength) {
        m_problem = tr("the device ID is %1 characters long, more than the %2 a device ID may have")
                        .arg(m_text.size())
                        .arg(maxLength);
        return;
    }
    for (const QChar c : std::as_const(m_text)) {
        if (!allowed(c)) {
            m_problem = tr("the device ID \"%1\" holds \"%2\", which a device ID may not: only letters, digits and "
                           "- _ . : are allowed")
                            .arg(ForeignText::escaped(m_text), ForeignText::escaped(QStringView(&c, 1)));
            return;
        }
    }
}

DeviceId DeviceId::fromIdentity(const DeviceIdentity &identity)
{
    if (identity.serialNumber.trimmed().isEmpty()) {
        DeviceId none;
        none.m_problem = tr("the device reports no serial number that could be its device ID");
        return none;
    }
    DeviceId id(identity.serialNumber);
    if (!id.isValid())
        id.m_problem = tr("the device's serial number cannot be its device ID: %1").arg(id.m_problem);
    return id;
}

QString DeviceId::duplicateProblem(const QString &deviceId, const JobJournal &journal)
{
    const std::optional<JobJournal::Job> provisioned = journal.provisionedJob(deviceId);
    if (!journal.errorString().isEmpty())
        return tr("the journal cannot tell whether device %1 was provisioned before (%2)")
            .arg(ForeignText::escaped(deviceId), ForeignText::escaped(journal.errorString()));
    if (!provisioned)
        return {};
    return tr("device %1 was provisioned already, with certificate %2 on %3; revoke that certificate first "
              "if the device is to get a new one")
        .arg(ForeignText::escaped(deviceId), ForeignText::escaped(provisioned->certificateId),
             provisioned->finishedAt.toUTC().toString(Qt::ISODate));
}
