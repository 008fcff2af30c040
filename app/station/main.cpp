#include "KeychainTokenStore.h"
#include "MainWindow.h"
#include "base/TerminationSignals.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    // Ctrl+C or a SIGTERM closes the window normally: lanes roll back, the Sandbox's programs stop
    // and its temporary folder goes. First thing, before any thread starts (see TerminationSignals).
    TerminationSignals termination;
    // QCA wants its initializer before the application object.
    QCA::Initializer crypto;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("foundry-station"));
    QApplication::setApplicationVersion(QStringLiteral(FOUNDRY_VERSION));

    QSettings settings(StationSettings::defaultFilePath(), QSettings::IniFormat);
    KeychainTokenStore tokens;
    MainWindow window(&settings, &tokens);
    window.show();
    termination.quitApplicationOnSignal();
    return QApplication::exec();
}
