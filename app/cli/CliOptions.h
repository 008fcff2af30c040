#pragma once

#include "device/SerialSettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

#include <optional>

class StationSettings;

// The options that several commands share, each declared and checked once here. A command lists the
// groups it takes next to its own options.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    // Every command: one JSON object on standard output instead of text.
    static const QCommandLineOption &json();

    // Where Foundry is and how to reach it: for the commands that talk to Foundry.
    static QList<QCommandLineOption> foundry();
    // The Foundry options given, over what settings hold. Empty when they are usable; otherwise why not.
    static QString applyFoundry(const QCommandLineParser &parser, StationSettings *settings);

    // How to reach a device: for the commands that open a serial port.
    static const QCommandLineOption &port();
    static const QCommandLineOption &baud();
    static const QCommandLineOption &profile();
    static QList<QCommandLineOption> serialPort(); // port, baud and profile
    // --port (which `command` needs) and --baud. Nothing and *problem set when they are not usable.
    static std::optional<SerialSettings> serialSettings(const QCommandLineParser &parser, const QString &command,
                                                        QString *problem);
    // --baud over settings, for a command whose port comes from elsewhere.
    static QString applyBaud(const QCommandLineParser &parser, SerialSettings *settings);
    // --profile: "auto" or a device language. Empty and *problem set when unknown.
    static QString profileName(const QCommandLineParser &parser, QString *problem);

    // The journal that provision and revoke write and recover and history read.
    static const QCommandLineOption &journal();
    static QString journalPath(const QCommandLineParser &parser, const StationSettings &settings);

    // A credential slot (sec_tag), for the option given: nothing when it is not given, -1 when it is
    // not a whole number of at least 0.
    static std::optional<int> slot(const QCommandLineParser &parser, const QCommandLineOption &option);
    static QString slotProblem();
};
