#include "KeychainTokenStore.h"
#include "MainWindow.h"
#include "StationLanguage.h"
#include "base/StationVersion.h"
#include "base/TerminationSignals.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    // --version answers before the application object exists, so that it works without a display
    // (a package's smoke test, a terminal over SSH). Qt's own options (-platform) are unknown to
    // this parser and left to QApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    // As long options, so that a Qt option such as -visual is not read as -v -i -s ...
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption versionOption(QStringLiteral("version"), QStringLiteral("Show the version."));
    parser.addOption(versionOption);
    parser.parse(arguments);
    if (parser.isSet(versionOption)) {
        std::printf("foundry-station %s\n", qPrintable(StationVersion::text()));
        return 0;
    }

    // Ctrl+C or a SIGTERM closes the window normally: lanes roll back, the Sandbox's programs stop
    // and its temporary folder goes. First thing, before any thread starts (see TerminationSignals).
    TerminationSignals termination;
    // QCA wants its initializer before the application object.
    QCA::Initializer crypto;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("foundry-station"));
    QApplication::setApplicationVersion(StationVersion::text());

    QSettings settings(StationSettings::defaultFilePath(), QSettings::IniFormat);
    // Before the first widget, which takes its text from the translators.
    StationLanguage::install(settings.value(StationLanguage::settingsKey).toString());
    KeychainTokenStore tokens;
    MainWindow window(&settings, &tokens);
    window.show();
    termination.quitApplicationOnSignal();
    return QApplication::exec();
}
