#include "device/DeviceProfiles.h"

#include "device/profiles/NrfModemProfile.h"
#include "device/profiles/StationProtocolProfile.h"
#include "device/profiles/ZephyrShellProfile.h"

QStringList DeviceProfiles::names()
{
    return {QStringLiteral("nrf-modem"), QStringLiteral("zephyr-shell"), QStringLiteral("station")};
}

DeviceProfile *DeviceProfiles::create(const QString &name, QObject *parent)
{
    if (name == QLatin1String("nrf-modem"))
        return new NrfModemProfile(parent);
    if (name == QLatin1String("zephyr-shell"))
        return new ZephyrShellProfile(parent);
    if (name == QLatin1String("station"))
        return new StationProtocolProfile(parent);
    return nullptr;
}

DeviceProfile *DeviceProfiles::createAttached(const QString &name, SerialLink *link, QObject *parent)
{
    DeviceProfile *profile = create(name, parent);
    if (profile)
        profile->attach(link);
    return profile;
}
