// device-simulator: a device on a pseudo-terminal for tests, demos and training. Prints
// "pty <path>" on stdout once a host can open the port, and one line per notable event (a fault
// striking, a dropped burst) on stderr. See docs/device-simulator.md.

#include "simulator/DeviceSimulator.h"
#include "simulator/SimulatorControl.h"
#include "simulator/SimulatorOptions.h"
#include "base/StationVersion.h"
#include "base/TerminationSignals.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Simulator;

namespace {

const char *const description = R"(Simulates a device the station provisions, on a pseudo-terminal.

Profiles:
  zephyr-shell  Zephyr shell with CONFIG_TLS_CREDENTIALS_SHELL: prompt "uart:~$ ",
                echo and colours until "shell echo off" / "shell colors off" /
                "shell vt100 off"; cred buf, cred add, cred del, cred get (refused
                for private keys), cred list, retval.
  nrf-modem     nRF91 modem behind the AT host: AT, ATE0/ATE1, AT+CMEE, AT+CFUN,
                AT+CGSN, AT+CGMR, AT%CMNG=0..3 (writes and deletes only at CFUN 0 or 4).
  station       The station protocol, run by the C library in firmware/station-device.
  esp-at        Espressif module running ESP-AT: echo on and "ready" at power-on, ATE0/ATE1,
                AT+GMR, AT+CIPSTAMAC?, AT+SYSMFG? and AT+SYSMFG=0..2 on the PKI namespaces
                (client_, server_, mqtt_, https_, wss_ cert/key/ca; keys named after the
                namespace or "<namespace>.<n>"), values as raw bytes after ">", limited by
                the NVS partition (--nvs-size).
  mcumgr-smp    Zephyr with MCUmgr over the shell console: SMP frames (06 09 / 04 14,
                base64, CRC16) for the OS group (echo, parameters, OS information),
                the file system group (upload, download, status, hash) and the shell
                group (fs rm); other lines reach a shell that knows no command.
                Files under /lfs/cred/<tag>/ (client.crt, client.key, ca.crt, or
                client.der, client-key.der, ca.der) are its credentials.

The line: bytes cross it at baud/10 per second in both directions. While a command
runs (--command-ms, plus the flash work it does) incoming bytes fill the receive
buffer (--rx-buffer); the rest of a burst is dropped.

Flash: erasing costs --flash-erase-ms per --flash-sector bytes, programming
--flash-program-us per --flash-word bytes (defaults: nRF52840, 4096-byte pages,
85 ms, 4-byte words, 41 us). Station: WRITE erases the sectors the credential and
its 16-byte header take, CHUNK programs its bytes, COMMIT and DELETE program a
header. nrf-modem: AT%CMNG=0 erases and programs like that, =3 programs a header.
zephyr-shell: the volatile credentials backend keeps credentials in RAM, no flash.
--write-ms N replaces all of this with a flat N ms per credential write or delete.

Faults (--fault, repeatable, or "fault SPEC" on the control socket), NAME[=VALUE][xCOUNT|x*]:
  vanish=N          the device disappears after N more received bytes (pty closed)
  corrupt-byte[=O]  the next stored credential gets byte O (default: the middle) flipped
  stop-answering    a command is executed but its output (echo included) never comes
  reject-write      a credential write fails (cred add error, +CME ERROR: 515, ERR 12)
  wrong-digest      a reported digest does not match what is stored (esp-at: a value
                    reads back with one byte changed)
  busy              esp-at: a command is dropped with "busy p..."
  lost-ok           esp-at: a value is stored but the OK after its bytes is lost
  drop-frame        mcumgr-smp: a request packet is lost on its way in
  crc-error         mcumgr-smp: an answer leaves with a wrong CRC
  offset-mismatch   mcumgr-smp: an upload rewinds to the start of the chunk before
  buffer-too-small  mcumgr-smp: an upload chunk finds no buffer (MGMT_ERR_EMSGSIZE)
  lost-answer       mcumgr-smp: a request is carried out, its answer lost
COUNT (default 1) is how many credentials, commands or digests are affected; x* lasts
until the faults are cleared.

Control socket (--control PATH), one command per line, one reply line each:
  fault SPEC | faults | clear-faults | power-cycle | credentials | status

Store file (--store FILE): JSON with what the device holds. Certificates are written in
full (base64), private and pre-shared keys as SHA-256 and length only.)";

int fail(const QString &message)
{
    QTextStream(stderr) << "device-simulator: " << message << Qt::endl;
    return 1;
}

std::optional<int> intValue(const QCommandLineParser &parser, const QCommandLineOption &option,
                            QString *error)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok) {
        *error = u"--%1: \"%2\" is not a number"_s.arg(option.names().constFirst(),
                                                        parser.value(option));
        return std::nullopt;
    }
    return value;
}

// A symlink the host can open by a fixed name; an existing symlink is replaced, anything else
// is left alone.
bool makeLink(const QString &target, const QString &link, QString *error)
{
    const QFileInfo existing(link);
    if (existing.isSymLink()) {
        QFile::remove(link);
    } else if (existing.exists()) {
        *error = u"--link: %1 exists and is not a symbolic link"_s.arg(link);
        return false;
    }
    if (!QFile::link(target, link)) {
        *error = u"--link: cannot create %1"_s.arg(link);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    TerminationSignals termination;

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"device-simulator"_s);
    QCoreApplication::setApplicationVersion(StationVersion::text());

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(description));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
            u"profile"_s, u"Device to simulate: zephyr-shell, nrf-modem, station, esp-at or mcumgr-smp."_s,
            u"profile"_s);
    const QCommandLineOption linkOption(u"link"_s,
                                        u"Also make <path> a symbolic link to the port."_s,
                                        u"path"_s);
    const QCommandLineOption baudOption(u"baud"_s, u"Line rate (default 115200)."_s, u"rate"_s,
                                        u"115200"_s);
    const QCommandLineOption rxBufferOption(
            u"rx-buffer"_s,
            u"Receive buffer in bytes (zephyr-shell 64, nrf-modem 64, mcumgr-smp 64, station 256, "
              "esp-at 2048)."_s,
            u"bytes"_s);
    const QCommandLineOption pipeOption(
            u"pipe"_s,
            u"Station: requests the host may have outstanding during a write, 2 (default, pipe=2 "
            "in HELLO) or 1."_s,
            u"n"_s);
    const QCommandLineOption lineMaxOption(
            u"line-max"_s,
            u"Command buffer in bytes, terminating NUL included (zephyr-shell 256, nrf-modem "
            "4096); longer lines are cut. mcumgr-smp: the SMP buffer, the largest packet taken (384)."_s,
            u"bytes"_s);
    const QCommandLineOption slotsOption(
            u"slots"_s,
            u"Credentials the device holds at most (zephyr-shell 4, nrf-modem 32); station: "
            "slots (4)."_s,
            u"count"_s);
    const QCommandLineOption credBufOption(
            u"cred-buf-size"_s,
            u"zephyr-shell: credential buffer in characters of base64 (default 1024)."_s,
            u"bytes"_s, u"1024"_s);
    const QCommandLineOption maxCredentialOption(
            u"max-credential"_s, u"station: largest credential in bytes (default 4096)."_s,
            u"bytes"_s, u"4096"_s);
    const QCommandLineOption commandMsOption(
            u"command-ms"_s, u"Time the firmware is busy with a command (default 1)."_s, u"ms"_s,
            u"1"_s);
    const QCommandLineOption flashSectorOption(
            u"flash-sector"_s, u"Flash erase unit in bytes (default 4096)."_s, u"bytes"_s,
            u"4096"_s);
    const QCommandLineOption flashEraseOption(
            u"flash-erase-ms"_s, u"Time to erase one flash sector (default 85)."_s, u"ms"_s,
            u"85"_s);
    const QCommandLineOption flashWordOption(
            u"flash-word"_s, u"Flash program unit in bytes (default 4)."_s, u"bytes"_s, u"4"_s);
    const QCommandLineOption flashProgramOption(
            u"flash-program-us"_s, u"Time to program one flash word (default 41)."_s, u"us"_s,
            u"41"_s);
    const QCommandLineOption writeMsOption(
            u"write-ms"_s,
            u"Instead of the flash model: a flat time for every command that writes or deletes a "
            "credential (cred add/del, AT%CMNG=0/3, WRITE/CHUNK/COMMIT/DELETE)."_s,
            u"ms"_s);
    const QCommandLineOption logNoiseOption(
            u"log-noise"_s,
            u"zephyr-shell and station: an unrelated log line every <ms> on average."_s, u"ms"_s,
            u"0"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed for the log noise (default 1)."_s,
                                        u"number"_s, u"1"_s);
    const QCommandLineOption imeiOption(u"imei"_s, u"nrf-modem: the IMEI (15 digits)."_s,
                                        u"imei"_s);
    const QCommandLineOption macOption(u"mac"_s, u"esp-at: the station MAC address (default 24:0a:c4:00:00:01)."_s,
                                       u"mac"_s);
    const QCommandLineOption nvsSizeOption(
            u"nvs-size"_s, u"esp-at: manufacturing NVS partition in bytes (default 114688, 0x1C000)."_s,
            u"bytes"_s);
    const QCommandLineOption firmwareOption(
            u"firmware"_s, u"Firmware version the device reports."_s, u"version"_s);
    const QCommandLineOption serialOption(u"serial"_s,
                                          u"station and mcumgr-smp: serial number (the node name for "
                                            "mcumgr-smp; default FPS-SIM-0001)."_s,
                                          u"serial"_s);
    const QCommandLineOption cfunOption(
            u"cfun"_s, u"nrf-modem: functional mode at power-on, any AT+CFUN takes: 0, 1, 2, 4, 20, 21, 30, 31, 40, 41 or 44 (default 1)."_s,
            u"mode"_s, u"1"_s);
    const QCommandLineOption echoOption(u"echo"_s, u"nrf-modem: start with echo on (ATE1)."_s);
    const QCommandLineOption credBufLoadOption(
            u"cred-buf-load"_s,
            u"zephyr-shell: the shell has `cred buf load`, raw input ended by Ctrl+C, as newer "
            "Zephyr does."_s);
    const QCommandLineOption smpCrc32OnlyOption(
            u"smp-crc32-only"_s, u"mcumgr-smp: the file system group hashes with CRC32 only."_s);
    const QCommandLineOption smpVersion1Option(
            u"smp-version1"_s, u"mcumgr-smp: answer in SMP version 1 (\"rc\" only)."_s);
    const QCommandLineOption noOverwriteOption(
            u"no-overwrite"_s,
            u"nrf-modem: refuse to write over a credential (+CME ERROR: 519) instead of "
            "replacing it."_s);
    const QCommandLineOption storeOption(
            u"store"_s, u"Keep the credentials in <file> (JSON), across runs."_s, u"file"_s);
    const QCommandLineOption freshOption(u"fresh"_s,
                                         u"Start with an empty device even if the store has "
                                         "credentials."_s);
    const QCommandLineOption faultOption(
            u"fault"_s, u"Inject a fault, NAME[=VALUE][xCOUNT]; repeatable."_s, u"spec"_s);
    const QCommandLineOption controlOption(
            u"control"_s, u"Accept control commands on the local socket <path>."_s, u"path"_s);
    parser.addOptions({profileOption, linkOption, baudOption, rxBufferOption, pipeOption, lineMaxOption,
                       slotsOption, credBufOption, maxCredentialOption, commandMsOption,
                       flashSectorOption, flashEraseOption, flashWordOption, flashProgramOption,
                       writeMsOption, logNoiseOption, seedOption, imeiOption, macOption, nvsSizeOption,
                       firmwareOption,
                       serialOption, cfunOption, echoOption, credBufLoadOption, smpCrc32OnlyOption, smpVersion1Option,
                       noOverwriteOption,
                       storeOption, freshOption, faultOption, controlOption});
    parser.process(app);

    if (!termination.isValid())
        return fail(u"cannot watch for termination signals"_s);
    if (!parser.positionalArguments().isEmpty())
        return fail(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(profileOption))
        return fail(u"choose a device with --profile zephyr-shell, nrf-modem, station, esp-at or mcumgr-smp"_s);

    SimulatorOptions options;
    const std::optional<SimulatorOptions::Profile> profile =
            SimulatorOptions::parseProfile(parser.value(profileOption));
    if (!profile)
        return fail(u"--profile: unknown profile \"%1\""_s.arg(parser.value(profileOption)));
    options.profile = *profile;

    QString error;
    struct IntegerOption
    {
        const QCommandLineOption &option;
        std::function<void(int)> apply;
    };
    const std::initializer_list<IntegerOption> integerOptions{
            {baudOption, [&](int v) { options.baud = v; }},
            {rxBufferOption, [&](int v) { options.rxBuffer = v; }},
            {pipeOption, [&](int v) { options.pipe = v; }},
            {lineMaxOption, [&](int v) { options.lineMax = v; }},
            {slotsOption, [&](int v) { options.slots = v; }},
            {credBufOption, [&](int v) { options.credBufSize = v; }},
            {maxCredentialOption, [&](int v) { options.maxCredential = v; }},
            {commandMsOption, [&](int v) { options.commandTime = std::chrono::milliseconds(v); }},
            {flashSectorOption, [&](int v) { options.flash.sectorBytes = v; }},
            {flashEraseOption,
             [&](int v) { options.flash.sectorErase = std::chrono::milliseconds(v); }},
            {flashWordOption, [&](int v) { options.flash.wordBytes = v; }},
            {flashProgramOption,
             [&](int v) { options.flash.wordProgram = std::chrono::microseconds(v); }},
            {writeMsOption, [&](int v) { options.writeTime = std::chrono::milliseconds(v); }},
            {logNoiseOption, [&](int v) { options.logNoise = std::chrono::milliseconds(v); }},
            {seedOption, [&](int v) { options.seed = quint32(v); }},
            {cfunOption, [&](int v) { options.cfun = v; }},
            {nvsSizeOption, [&](int v) { options.nvsBytes = v; }},
    };
    for (const IntegerOption &integer : integerOptions) {
        // Options without a default apply only when given.
        if (!parser.isSet(integer.option) && integer.option.defaultValues().isEmpty())
            continue;
        const std::optional<int> value = intValue(parser, integer.option, &error);
        if (!value)
            return fail(error);
        integer.apply(*value);
    }
    if (parser.isSet(imeiOption))
        options.imei = parser.value(imeiOption);
    if (parser.isSet(macOption))
        options.mac = parser.value(macOption);
    if (parser.isSet(firmwareOption))
        options.firmware = parser.value(firmwareOption);
    if (parser.isSet(serialOption))
        options.serial = parser.value(serialOption);
    options.echo = parser.isSet(echoOption);
    options.credBufLoad = parser.isSet(credBufLoadOption);
    options.overwrite = !parser.isSet(noOverwriteOption);
    options.smpCrc32Only = parser.isSet(smpCrc32OnlyOption);
    options.smpVersion1 = parser.isSet(smpVersion1Option);
    options.storePath = parser.value(storeOption);
    options.fresh = parser.isSet(freshOption);
    for (const QString &spec : parser.values(faultOption)) {
        const std::optional<SimulatorFault> fault = SimulatorFault::parse(spec, &error);
        if (!fault)
            return fail(u"--fault: "_s + error);
        options.faults.append(*fault);
    }

    const std::optional<SimulatorOptions> resolved = options.resolved(&error);
    if (!resolved)
        return fail(error);

    DeviceSimulator simulator(*resolved);
    QObject::connect(&simulator, &DeviceSimulator::note, &app, [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
    });
    if (!simulator.start(&error))
        return fail(error);

    SimulatorControl control(&simulator);
    if (parser.isSet(controlOption) && !control.listen(parser.value(controlOption), &error))
        return fail(u"--control: "_s + error);

    const QString link = parser.value(linkOption);
    if (!link.isEmpty() && !makeLink(simulator.portName(), link, &error))
        return fail(error);
    // An unplugged device takes its device node with it.
    QObject::connect(&simulator, &DeviceSimulator::vanished, &app, [link] {
        if (!link.isEmpty())
            QFile::remove(link);
    });

    termination.quitApplicationOnSignal();

    QTextStream(stdout) << "pty " << simulator.portName() << Qt::endl;
    const int status = QCoreApplication::exec();
    if (!link.isEmpty() && QFileInfo(link).isSymLink())
        QFile::remove(link);
    return status;
}
