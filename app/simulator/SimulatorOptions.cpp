#include "simulator/SimulatorOptions.h"

#include "simulator/NrfModemBehaviour.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Simulator {

namespace {

constexpr std::array profiles{SimulatorOptions::Profile::ZephyrShell,
                              SimulatorOptions::Profile::NrfModem,
                              SimulatorOptions::Profile::Station,
                              SimulatorOptions::Profile::EspAt,
                              SimulatorOptions::Profile::McuMgrSmp};

bool outOfRange(int value, int min, int max, const QString &name, QString *error)
{
    if (value >= min && value <= max)
        return false;
    *error = u"%1 must be between %2 and %3, not %4"_s.arg(name).arg(min).arg(max).arg(value);
    return true;
}

// The station protocol's identity strings: printable ASCII without spaces, 1 to 32 characters.
bool isStationIdentity(const QString &text)
{
    static const QRegularExpression printable(u"^[\\x21-\\x7e]{1,32}$"_s);
    return printable.match(text).hasMatch();
}

} // namespace

QString SimulatorOptions::profileName(Profile profile)
{
    switch (profile) {
    case Profile::ZephyrShell:
        return u"zephyr-shell"_s;
    case Profile::NrfModem:
        return u"nrf-modem"_s;
    case Profile::Station:
        return u"station"_s;
    case Profile::EspAt:
        return u"esp-at"_s;
    case Profile::McuMgrSmp:
        return u"mcumgr-smp"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<SimulatorOptions::Profile> SimulatorOptions::parseProfile(QStringView name)
{
    for (const Profile profile : profiles) {
        if (profileName(profile) == name)
            return profile;
    }
    return std::nullopt;
}

std::optional<SimulatorOptions> SimulatorOptions::resolved(QString *error) const
{
    SimulatorOptions options = *this;
    switch (profile) {
    case Profile::ZephyrShell:
        options.rxBuffer = rxBuffer.value_or(64);
        options.lineMax = lineMax.value_or(256);
        options.slots = slots.value_or(4);
        options.firmware = firmware.value_or(u"v3.7.0"_s);
        break;
    case Profile::NrfModem:
        options.rxBuffer = rxBuffer.value_or(64);
        options.lineMax = lineMax.value_or(4096);
        options.slots = slots.value_or(32);
        options.firmware = firmware.value_or(u"mfw_nrf9160_1.3.6"_s);
        break;
    case Profile::McuMgrSmp:
        // Zephyr's defaults: the shell's UART ring, CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE.
        options.rxBuffer = rxBuffer.value_or(64);
        options.lineMax = lineMax.value_or(384);
        options.slots = slots.value_or(4);
        options.firmware = firmware.value_or(u"3.7.0"_s);
        break;
    case Profile::Station:
        if (lineMax) {
            *error = u"--line-max does not apply to the station profile: the C library's line "
                     "limit is fixed when it is compiled"_s;
            return std::nullopt;
        }
        options.rxBuffer = rxBuffer.value_or(256);
        options.slots = slots.value_or(4);
        options.firmware = firmware.value_or(u"sim-1.0.0"_s);
        break;
    case Profile::EspAt:
        // esp-at's UART task installs a 2048-byte receive buffer; a command is at most 256 bytes.
        options.rxBuffer = rxBuffer.value_or(2048);
        options.lineMax = lineMax.value_or(256);
        options.slots = slots.value_or(2);
        options.firmware = firmware.value_or(u"4.0.0.0"_s);
        break;
    }

    if (outOfRange(options.baud, 50, 4000000, u"--baud"_s, error)
        || outOfRange(*options.rxBuffer, 1, 1 << 20, u"--rx-buffer"_s, error)
        || outOfRange(options.credBufSize, 4, 1 << 20, u"--cred-buf-size"_s, error)
        || outOfRange(options.maxCredential, 1, 1 << 20, u"--max-credential"_s, error)
        || outOfRange(options.pipe, 1, 2, u"--pipe"_s, error)
        || outOfRange(int(options.commandTime.count()), 0, 60000, u"--command-ms"_s, error)
        || outOfRange(int(options.writeTime.value_or(std::chrono::milliseconds(0)).count()), 0,
                      60000, u"--write-ms"_s, error)
        || outOfRange(options.flash.sectorBytes, 1, 1 << 24, u"--flash-sector"_s, error)
        || outOfRange(options.flash.wordBytes, 1, options.flash.sectorBytes, u"--flash-word"_s,
                      error)
        || outOfRange(int(std::chrono::ceil<std::chrono::milliseconds>(options.flash.sectorErase)
                                  .count()),
                      0, 60000, u"--flash-erase-ms"_s, error)
        || outOfRange(int(options.flash.wordProgram.count()), 0, 1000000, u"--flash-program-us"_s,
                      error)
        || outOfRange(int(options.logNoise.count()), 0, 3600000, u"--log-noise"_s, error)) {
        return std::nullopt;
    }
    if (options.lineMax && outOfRange(*options.lineMax, 2, 1 << 16, u"--line-max"_s, error))
        return std::nullopt;
    // The station protocol reports slots in one byte; the others only count.
    const int maxSlots = profile == Profile::Station ? 255 : 4096;
    if (outOfRange(*options.slots, 1, maxSlots, u"--slots"_s, error))
        return std::nullopt;

    if (profile == Profile::NrfModem) {
        static const QRegularExpression imeiSyntax(u"^[0-9]{15}$"_s);
        if (!imeiSyntax.match(options.imei).hasMatch()) {
            *error = u"--imei must be 15 digits, not \"%1\""_s.arg(options.imei);
            return std::nullopt;
        }
        if (!NrfModemBehaviour::isFunctionalMode(options.cfun)) {
            *error = u"--cfun must be 0, 1, 2, 4, 20, 21, 30, 31, 40, 41 or 44, not %1"_s.arg(options.cfun);
            return std::nullopt;
        }
    }
    if (profile == Profile::EspAt) {
        static const QRegularExpression macSyntax(u"^[0-9a-f]{2}(:[0-9a-f]{2}){5}$"_s);
        if (!macSyntax.match(options.mac).hasMatch()) {
            *error = u"--mac must be six lowercase hex pairs separated by colons, not \"%1\""_s.arg(options.mac);
            return std::nullopt;
        }
        if (outOfRange(options.nvsBytes, 2 * 4096, 1 << 24, u"--nvs-size"_s, error))
            return std::nullopt;
    }
    if ((smpCrc32Only || smpVersion1) && profile != Profile::McuMgrSmp) {
        *error = u"--smp-crc32-only and --smp-version1 apply to the mcumgr-smp profile only"_s;
        return std::nullopt;
    }
    if (credBufLoad && profile != Profile::ZephyrShell) {
        *error = u"--cred-buf-load applies to the zephyr-shell profile only"_s;
        return std::nullopt;
    }
    if (profile == Profile::Station
        && (!isStationIdentity(options.serial) || !isStationIdentity(*options.firmware))) {
        *error = u"--serial and --firmware must be 1 to 32 printable characters without spaces "
                 "for the station profile"_s;
        return std::nullopt;
    }
    return options;
}

} // namespace Simulator
