#include "KeychainTokenStore.h"
#include "MainWindow.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    // QCA wants its initializer before the application object.
    QCA::Initializer crypto;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("foundry-station"));
    QApplication::setApplicationVersion(QStringLiteral(FOUNDRY_VERSION));

    QSettings settings(StationSettings::defaultFilePath(), QSettings::IniFormat);
    KeychainTokenStore tokens;
    MainWindow window(&settings, &tokens);
    window.show();
    return QApplication::exec();
}
