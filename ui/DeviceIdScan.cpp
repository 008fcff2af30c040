#include "DeviceIdScan.h"

#include "base/ForeignText.h"

#include <utility>

namespace {

bool allowed(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_'
        || c == u'.' || c == u':';
}

} // namespace

DeviceIdScan::DeviceIdScan(const QString &typed)
    : m_deviceId(typed.trimmed())
{
    if (m_deviceId.isEmpty()) {
        m_problem = tr("The scan was empty. Scan the device's label again.");
        return;
    }
    if (m_deviceId.size() > maxLength) {
        m_problem = tr("The scanned ID is %1 characters long, more than the %2 a device ID may have. Check that "
                       "the scanner read the device ID label, then scan again.")
                        .arg(m_deviceId.size())
                        .arg(maxLength);
        return;
    }
    for (const QChar c : std::as_const(m_deviceId)) {
        if (!allowed(c)) {
            m_problem = tr("The scanned ID \"%1\" holds \"%2\", which a device ID may not: only letters, digits and "
                           "- _ . : are allowed. Check that the scanner read the device ID label, then scan again.")
                            .arg(ForeignText::escaped(m_deviceId), ForeignText::escaped(QStringView(&c, 1)));
            return;
        }
    }
}
