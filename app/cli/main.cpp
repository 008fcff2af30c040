#include "StationCli.h"
#include "base/StationVersion.h"

#include <QtCrypto>

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    // QCA must be initialised before the application object.
    QCA::Initializer crypto;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("foundry-station-cli"));
    QCoreApplication::setApplicationVersion(StationVersion::text());
    // Everything the command says goes through CliOutput. Libraries' debug chatter (QCA's provider
    // prints "Unknown signature value" for an EC certificate) is not for users; QT_LOGGING_RULES
    // still turns it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("default.debug=false"));

    StationCli cli;
    QObject::connect(&cli, &StationCli::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    if (const int exitCode = cli.start(QCoreApplication::arguments()); exitCode >= 0)
        return exitCode;
    return QCoreApplication::exec();
}
