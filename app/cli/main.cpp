#include "StationCli.h"

#include <QtCrypto>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // QCA must be initialised before the application object.
    QCA::Initializer crypto;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("foundry-station-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOUNDRY_VERSION));

    StationCli cli;
    QObject::connect(&cli, &StationCli::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    if (const int exitCode = cli.start(QCoreApplication::arguments()); exitCode >= 0)
        return exitCode;
    return QCoreApplication::exec();
}
