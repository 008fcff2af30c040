#include "DeviceProfiles.h"

#include "NrfModemProfile.h"
#include "ZephyrShellProfile.h"

QStringList DeviceProfiles::names()
{
    return {QStringLiteral("nrf-modem"), QStringLiteral("zephyr-shell")};
}

DeviceProfile *DeviceProfiles::create(const QString &name, QObject *parent)
{
    if (name == QLatin1String("nrf-modem"))
        return new NrfModemProfile(parent);
    if (name == QLatin1String("zephyr-shell"))
        return new ZephyrShellProfile(parent);
    return nullptr;
}
