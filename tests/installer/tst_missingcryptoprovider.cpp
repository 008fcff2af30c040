#include "MainWindow.h"
#include "SessionTokenStore.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The station without QCA's OpenSSL provider, as on a machine where libqca-qt6-plugins is missing:
// the window and the command line name the package instead of failing at the first certificate.
// CTest runs this in a mount namespace of its own with QCA's plugin folder hidden under an empty
// tmpfs (see CMakeLists.txt): QCA_PLUGIN_PATH cannot hide it, it only adds folders to the one built in.
class TestMissingCryptoProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowNamesThePackage();
    void commandLineNamesThePackage();

private:
    QTemporaryDir m_dir;
};

void TestMissingCryptoProvider::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QCA::isSupported("cert"), "QCA's OpenSSL provider is still there: run this test through CTest");
}

void TestMissingCryptoProvider::windowNamesThePackage()
{
    StationSettings station;
    station.environments.insert(QStringLiteral("production"),
                                {QStringLiteral("https://127.0.0.1:9/foundry"), QStringLiteral("Authorization: Bearer"),
                                 QString()});
    station.currentEnvironment = QStringLiteral("production");
    station.journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
    station.operatorName = QStringLiteral("tester");
    station.stationName = QStringLiteral("bench");
    QSettings settings(m_dir.filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
    station.save(settings);
    SessionTokenStore tokens;

    MainWindow window(&settings, &tokens);
    window.show();
    const auto *problem = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(problem);
    QVERIFY2(problem->text().contains(QLatin1String("libqca-qt6-plugins")), qPrintable(problem->text()));
    QVERIFY(problem->isVisible());
}

void TestMissingCryptoProvider::commandLineNamesThePackage()
{
    QProcess cli;
    cli.setStandardInputFile(QProcess::nullDevice());
    cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"),
              {QStringLiteral("check-bundle"), QStringLiteral(FOUNDRY_TEST_DATA_DIR "/reference-example.json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY(cli.exitCode() != 0);
    const QByteArray error = cli.readAllStandardError();
    QVERIFY2(error.contains("libqca-qt6-plugins"), error.constData());
}

int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/foundry-station-test-bus");
    QApplication app(argc, argv);
    TestMissingCryptoProvider test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_missingcryptoprovider.moc"
