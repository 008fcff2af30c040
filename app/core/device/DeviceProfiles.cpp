#include "device/DeviceProfiles.h"

#include "device/profiles/EspAtProfile.h"
#include "device/profiles/McuMgrSmpProfile.h"
#include "device/profiles/NrfModemProfile.h"
#include "device/profiles/StationProtocolProfile.h"
#include "device/profiles/ZephyrShellProfile.h"

QStringList DeviceProfiles::names()
{
    // The two AT interpreters side by side: a device that answers the probe with OK is one of them.
    return {QStringLiteral("nrf-modem"), QStringLiteral("esp-at"), QStringLiteral("zephyr-shell"), QStringLiteral("station"),
            QStringLiteral("mcumgr-smp")};
}

namespace {

const QLatin1StringView espAtFamilyPrefix{"esp-at:"};

} // namespace

QStringList DeviceProfiles::variants()
{
    QStringList variants;
    for (const QString &family : EspAtProfile::families()) {
        if (family != QLatin1String("mqtt"))
            variants << QString(espAtFamilyPrefix) + family;
    }
    return variants;
}

bool DeviceProfiles::isKnown(const QString &name)
{
    return names().contains(name)
        || (name.startsWith(espAtFamilyPrefix) && EspAtProfile::namespaces(name.mid(espAtFamilyPrefix.size())));
}

QString DeviceProfiles::variantName(const DeviceProfile &profile)
{
    if (const auto *espAt = qobject_cast<const EspAtProfile *>(&profile)) {
        for (const QString &variant : variants()) {
            if (EspAtProfile::namespaces(variant.mid(espAtFamilyPrefix.size())) == espAt->credentialNamespaces())
                return variant;
        }
    }
    return profile.name();
}

DeviceProfile *DeviceProfiles::create(const QString &name, QObject *parent)
{
    if (name == QLatin1String("nrf-modem"))
        return new NrfModemProfile(parent);
    if (name == QLatin1String("zephyr-shell"))
        return new ZephyrShellProfile(parent);
    if (name == QLatin1String("station"))
        return new StationProtocolProfile(parent);
    if (name == QLatin1String("esp-at"))
        return new EspAtProfile(parent);
    if (name.startsWith(espAtFamilyPrefix)) {
        const std::optional<EspAtProfile::Namespaces> namespaces = EspAtProfile::namespaces(name.mid(espAtFamilyPrefix.size()));
        if (!namespaces)
            return nullptr;
        auto *profile = new EspAtProfile(parent);
        profile->setNamespaces(*namespaces);
        return profile;
    }
    if (name == QLatin1String("mcumgr-smp"))
        return new McuMgrSmpProfile(parent);
    return nullptr;
}

DeviceProfile *DeviceProfiles::createAttached(const QString &name, SerialLink *link, QObject *parent)
{
    DeviceProfile *profile = create(name, parent);
    if (profile)
        profile->attach(link);
    return profile;
}

QByteArray DeviceProfiles::probeRequest()
{
    // The leading line end finishes whatever noise left in the device's line buffer (station
    // protocol 3.1), so that "AT" arrives on a line of its own.
    return QByteArrayLiteral("\r\nAT\r\n");
}

bool DeviceProfiles::toleratesLateProbeAnswer(const QString &profile)
{
    return profile == QLatin1String("station") || profile == QLatin1String("zephyr-shell");
}

QByteArray DeviceProfiles::followUpRequest(const QString &profile)
{
    if (profile == QLatin1String("zephyr-shell"))
        return McuMgrSmpProfile::detectionRequest();
    return {};
}

QString DeviceProfiles::recogniseFollowUpAnswer(const QString &profile, const SmpFrameDecoder::Event &event)
{
    if (profile != QLatin1String("zephyr-shell"))
        return {};
    if (event.kind == SmpFrameDecoder::Event::Kind::Packet && McuMgrSmpProfile::isDetectionAnswer(event.body))
        return QStringLiteral("mcumgr-smp");
    // A plain shell takes the frame for a command line it does not know.
    if (event.kind == SmpFrameDecoder::Event::Kind::Text && event.body.contains("command not found"))
        return profile;
    return {};
}

QString DeviceProfiles::recogniseProbeAnswer(const QByteArray &line)
{
    const QByteArray text = line.trimmed();
    // A station reply: "=-" or "=" and a sequence number (station protocol 3.3); log lines never
    // start so.
    if (text.size() >= 2 && text.at(0) == '=' && (text.at(1) == '-' || (text.at(1) >= '0' && text.at(1) <= '9')))
        return QStringLiteral("station");
    // An AT interpreter's final result codes (3GPP TS 27.007), with or without an extended error. An
    // ESP-AT module answers so too: the modem's profile, tried first, refuses a device without an
    // IMEI, and the ESP-AT profile, next, one whose AT+GMR names no ESP-AT version.
    if (text == "OK" || text == "ERROR" || text.startsWith("+CME ERROR:"))
        return QStringLiteral("nrf-modem");
    // Zephyr's shell: "AT: command not found", possibly after a prompt on the same line.
    if (text.endsWith("AT: command not found"))
        return QStringLiteral("zephyr-shell");
    return {};
}
