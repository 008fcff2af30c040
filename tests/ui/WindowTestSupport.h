#pragma once

#include "EmulatedFoundry.h"
#include "MainWindow.h"
#include "SessionTokenStore.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QObject>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

// What the window's tests share: finding a widget by its object name, and a station set up in a
// temporary folder whose Sandbox environment is the emulated Foundry, with its token in the session.
namespace WindowTestSupport {

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

// The station's settings for the window, saved to station.ini in dir; the journal goes there too.
inline std::unique_ptr<QSettings> sandboxSettings(EmulatedFoundry &foundry, const QTemporaryDir &dir,
                                                  const QString &operatorName, const QString &stationName)
{
    StationSettings station;
    station.environments.insert(MainWindow::sandboxEnvironment,
                                {foundry.emulator().baseUrl().toString(), QStringLiteral("Authorization: Bearer"),
                                 foundry.caFile()});
    station.currentEnvironment = MainWindow::sandboxEnvironment;
    station.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    station.operatorName = operatorName;
    station.stationName = stationName;
    auto settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
    station.save(*settings);
    return settings;
}

// The emulated Foundry's token, kept for the session as a machine without a keychain keeps it.
inline std::unique_ptr<SessionTokenStore> sandboxTokens(EmulatedFoundry &foundry, QObject *context)
{
    auto tokens = std::make_unique<SessionTokenStore>();
    tokens->store(MainWindow::sandboxEnvironment, QCA::SecureArray(foundry.token().toUtf8()), context,
                  [](const QString &) {});
    return tokens;
}

} // namespace WindowTestSupport
