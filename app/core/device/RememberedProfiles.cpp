#include "device/RememberedProfiles.h"

#include "device/DeviceProfiles.h"

#include <QSettings>
#include <QVariantMap>

namespace {

const QString settingsKey = QStringLiteral("detection/profilesByUsbSerialNumber");

} // namespace

RememberedProfiles::RememberedProfiles(QSettings *settings)
    : m_settings(settings)
{
    if (!m_settings)
        return;
    const QVariantMap stored = m_settings->value(settingsKey).toMap();
    const QStringList known = DeviceProfiles::names();
    for (auto it = stored.constBegin(); it != stored.constEnd() && m_profiles.size() < maxDevices; ++it) {
        const QString profile = it.value().toString();
        if (usable(it.key()) && known.contains(profile))
            m_profiles.insert(it.key(), profile);
    }
}

QString RememberedProfiles::profileFor(const QString &usbSerialNumber) const
{
    return m_profiles.value(usbSerialNumber);
}

void RememberedProfiles::remember(const QString &usbSerialNumber, const QString &profile)
{
    if (!usable(usbSerialNumber) || !DeviceProfiles::names().contains(profile)
        || m_profiles.value(usbSerialNumber) == profile)
        return;
    if (!m_profiles.contains(usbSerialNumber) && m_profiles.size() >= maxDevices)
        m_profiles.erase(m_profiles.begin());
    m_profiles.insert(usbSerialNumber, profile);
    save();
}

void RememberedProfiles::forget(const QString &usbSerialNumber)
{
    if (m_profiles.remove(usbSerialNumber))
        save();
}

bool RememberedProfiles::usable(const QString &usbSerialNumber)
{
    if (usbSerialNumber.isEmpty() || usbSerialNumber.size() > 128)
        return false;
    return std::all_of(usbSerialNumber.cbegin(), usbSerialNumber.cend(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

void RememberedProfiles::save() const
{
    if (!m_settings)
        return;
    QVariantMap stored;
    for (auto it = m_profiles.constBegin(); it != m_profiles.constEnd(); ++it)
        stored.insert(it.key(), it.value());
    m_settings->setValue(settingsKey, stored);
}
