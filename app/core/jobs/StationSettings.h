#pragma once

#include "foundry/FoundryClientSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <chrono>

class QSettings;

// How a station is set up: which Foundry it talks to and how, how long it waits, where its journal
// is, who works at it. A front end fills it (the command line from its options and environment
// variables over the saved settings, a window from its forms) and keeps it through QSettings. The
// access token is not part of it: tokens belong to a TokenStore.
class StationSettings
{
    Q_DECLARE_TR_FUNCTIONS(StationSettings)

public:
    // Production: a real Foundry. Sandbox: practice, on an emulated Foundry with simulated devices; a
    // Sandbox environment without an API URL is run by the station itself (see SandboxSession).
    enum class Kind { Production, Sandbox };

    // One Foundry the station can talk to, such as "sandbox" (the emulated Foundry) or "production".
    struct Environment
    {
        QString apiUrl;
        QString authHeader = QStringLiteral("Authorization: Bearer"); // "Name" (bare token) or "Name: Scheme"
        QString caFile; // extra trust anchor (PEM); empty: the system's trust store only
        Kind kind = Kind::Production;
    };

    enum class Field { Environment, ApiUrl, AuthHeader, CaFile, Timeout, JournalPath, OperatorName, StationName };
    struct Problem
    {
        Field field;
        QString message;
    };

    static inline const QString defaultEnvironmentName = QStringLiteral("production");
    // The built-in Sandbox: always of the Sandbox kind, whatever is saved for it.
    static inline const QString sandboxEnvironmentName = QStringLiteral("sandbox");

    // Environments by name; the current one must be among them.
    QMap<QString, Environment> environments{{defaultEnvironmentName, Environment()},
                                            {sandboxEnvironmentName, sandboxEnvironment()}};
    QString currentEnvironment = defaultEnvironmentName;
    std::chrono::milliseconds transferTimeout{30000}; // for each answer from Foundry
    QString journalPath;  // empty: journal.sqlite in the application data folder
    QString operatorName; // empty: the name of the account the station runs as
    QString stationName;  // empty: this computer's host name

    // The current environment; an empty one when currentEnvironment names none (see problems()).
    Environment current() const { return environments.value(currentEnvironment); }

    bool isSandbox(const QString &name) const;
    bool currentIsSandbox() const { return isSandbox(currentEnvironment); }
    // A Sandbox without an API URL: the station starts the emulated Foundry and the simulated devices.
    bool currentRunsOwnSandbox() const { return currentIsSandbox() && current().apiUrl.trimmed().isEmpty(); }
    static Environment sandboxEnvironment();

    // A Sandbox environment keeps its own journal beside the production one (journal-sandbox.sqlite for
    // journal.sqlite), so that practice certificates never show up in, or are recovered from, another
    // environment's history, and a device ID used in practice is no duplicate in production.
    QString effectiveJournalPath() const;
    QString effectiveOperatorName() const;
    QString effectiveStationName() const;

    // Reads what the settings hold over what this object holds, so that anything not saved keeps its
    // default. Empty when it could be read; otherwise why not, in words a person can act on.
    QString load(QSettings &settings);
    void save(QSettings &settings) const;
    // load() from the INI file at path; no file is no problem, and anything but a small regular file
    // (a FIFO would stop the station, /dev/zero would fill its memory) is refused before it is read.
    QString loadFile(const QString &path);

    // Everything wrong with the general values and with the current environment, each in words a person
    // can act on; empty when the station can run with them.
    QList<Problem> problems() const;
    QList<Problem> environmentProblems(const QString &name) const;

    // The current environment as the Foundry client takes it, without a token: a TokenStore gives that.
    FoundryClientSettings foundryClientSettings() const;

    // The settings file that every front end of this user shares.
    static QString defaultFilePath();

private:
    QList<Problem> generalProblems() const;
};
