#include "StationBench.h"

#include <QtCrypto>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

// station-bench: how fast the station provisions simulated devices. A developer tool, like the tests:
// it links the Foundry emulator and with it Qt HTTP Server (GPL-3.0), so it is never shipped.
int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Provisions N devices over K simulated ports against an in-process Foundry emulator and prints cycle "
        "times, throughput, the wire-time floor and the station's CPU."));
    parser.addHelpOption();
    const QCommandLineOption devices(QStringLiteral("devices"),
                                     QStringLiteral("Devices to provision over all lanes (%1 per lane).")
                                         .arg(StationBench::Options::devicesPerLane),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption lanes(QStringLiteral("lanes"), QStringLiteral("Simulated ports used at once (1)."),
                                   QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("station, zephyr-shell, nrf-modem, esp-at or mcumgr-smp (station)."),
                                     QStringLiteral("NAME"), QStringLiteral("station"));
    const QCommandLineOption baud(QStringLiteral("baud"), QStringLiteral("Line rate (115200)."), QStringLiteral("N"),
                                  QStringLiteral("115200"));
    const QCommandLineOption oneLane(QStringLiteral("one-lane-devices"),
                                     QStringLiteral("First run a one-lane pass of M devices and print the ratio of "
                                                    "throughputs (0, off)."),
                                     QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption rate(QStringLiteral("foundry-rate"),
                                  QStringLiteral("Foundry calls per second the lanes share (50)."),
                                  QStringLiteral("R"), QString::number(FoundryRateLimiter::defaultRatePerSecond));
    const QCommandLineOption burst(QStringLiteral("foundry-burst"), QStringLiteral("Foundry calls in a burst (8)."),
                                   QStringLiteral("B"), QString::number(FoundryRateLimiter::defaultBurst));
    const QCommandLineOption simulator(QStringLiteral("simulator"),
                                       QStringLiteral("The device-simulator program (next to this one)."),
                                       QStringLiteral("PATH"),
                                       QCoreApplication::applicationDirPath() + QStringLiteral("/device-simulator"));
    const QCommandLineOption foundryThreads(
        QStringLiteral("foundry-threads"),
        QStringLiteral("Threads the Foundry emulator makes key pairs on, off its HTTP thread (1; 0: one per core)."),
        QStringLiteral("T"), QStringLiteral("1"));
    const QCommandLineOption simulatorArgument(
        QStringLiteral("simulator-arg"),
        QStringLiteral("An argument for every device-simulator, e.g. --simulator-arg=--write-ms=20; repeatable."),
        QStringLiteral("ARG"));
    const QCommandLineOption cold(
        QStringLiteral("cold"),
        QStringLiteral("Every device just plugged in: a fresh simulator and port per device, its profile detected, "
                       "timed from the port's appearance to PASS. Default: warm, one open port per lane."));
    const QCommandLineOption foundryKeysAhead(
        QStringLiteral("foundry-keys-ahead"),
        QStringLiteral("The Foundry emulator's key pairs made before the clock starts, one per device, so that "
                       "generate only signs and the figures leave Foundry's key generation out."));
    parser.addOptions({devices, lanes, profile, baud, oneLane, rate, burst, foundryThreads, simulator, simulatorArgument,
                       cold, foundryKeysAhead});
    parser.process(app);

    StationBench::Options options;
    bool ok = true;
    const auto number = [&parser, &ok](const QCommandLineOption &option, int minimum) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        ok = ok && valid && value >= minimum;
        return value;
    };
    options.devices = number(devices, 0);
    options.lanes = number(lanes, 1);
    options.baud = number(baud, 1);
    options.oneLaneDevices = number(oneLane, 0);
    options.foundryBurst = number(burst, 1);
    options.foundryThreads = number(foundryThreads, 0);
    bool rateValid = false;
    options.foundryRate = parser.value(rate).toDouble(&rateValid);
    ok = ok && rateValid && options.foundryRate > 0;
    options.profile = parser.value(profile);
    options.simulatorPath = parser.value(simulator);
    options.simulatorArguments = parser.values(simulatorArgument);
    options.cold = parser.isSet(cold);
    options.foundryKeysAhead = parser.isSet(foundryKeysAhead);
    if (!ok) {
        QTextStream(stderr) << "station-bench: bad option value; see --help" << Qt::endl;
        return 2;
    }

    StationBench bench(options);
    QObject::connect(&bench, &StationBench::finished, &app, [&app](int code) { app.exit(code); }, Qt::QueuedConnection);
    QString error;
    if (!bench.start(&error)) {
        QTextStream(stderr) << "station-bench: " << error << Qt::endl;
        return 2;
    }
    return app.exec();
}
