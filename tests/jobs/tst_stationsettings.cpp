#include "jobs/StationSettings.h"

#include "TestMain.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <sys/stat.h>

Q_DECLARE_METATYPE(StationSettings::Field)

// The settings a window and the command line share, kept in a real INI file.
class TestStationSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void savedSettingsComeBack();
    void nothingSavedKeepsDefaults();
    void removedEnvironmentLeavesTheFile();
    void problems_data();
    void problems();
    void brokenOtherEnvironmentDoesNotStopTheCurrentOne();
    void clientSettingsFollowTheCurrentEnvironment();
    void settingsFileIsReadOnlyWhenItIsOne();
    void environmentKindComesBack();
    void sandboxKeepsItsOwnJournal();

private:
    QString iniFile() const { return m_dir->filePath(QStringLiteral("station.ini")); }
    StationSettings loaded() const;
    static StationSettings usable();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStationSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

StationSettings TestStationSettings::loaded() const
{
    QSettings file(iniFile(), QSettings::IniFormat);
    StationSettings settings;
    const QString problem = settings.load(file);
    [&problem] { QVERIFY2(problem.isEmpty(), qPrintable(problem)); }();
    return settings;
}

StationSettings TestStationSettings::usable()
{
    StationSettings settings;
    settings.environments[StationSettings::defaultEnvironmentName].apiUrl = QStringLiteral("https://foundry.example.com");
    return settings;
}

void TestStationSettings::savedSettingsComeBack()
{
    const QString caFile = m_dir->filePath(QStringLiteral("ca.pem"));
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    StationSettings saved = usable();
    saved.environments.insert(QStringLiteral("sandbox"), {QStringLiteral("https://127.0.0.1:8443"),
                                                          QStringLiteral("X-Api-Key"), caFile});
    saved.currentEnvironment = QStringLiteral("sandbox");
    saved.transferTimeout = std::chrono::milliseconds(2500);
    saved.journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
    saved.operatorName = QStringLiteral("Ada at bench 3");
    saved.stationName = QStringLiteral("bench-3");
    {
        QSettings file(iniFile(), QSettings::IniFormat);
        saved.save(file);
    }

    const StationSettings settings = loaded();
    QCOMPARE(settings.environments.keys(), (QStringList{QStringLiteral("production"), QStringLiteral("sandbox")}));
    QCOMPARE(settings.currentEnvironment, QStringLiteral("sandbox"));
    QCOMPARE(settings.current().apiUrl, QStringLiteral("https://127.0.0.1:8443"));
    QCOMPARE(settings.current().authHeader, QStringLiteral("X-Api-Key"));
    QCOMPARE(settings.current().caFile, caFile);
    QCOMPARE(settings.environments.value(QStringLiteral("production")).apiUrl, QStringLiteral("https://foundry.example.com"));
    QCOMPARE(settings.transferTimeout, std::chrono::milliseconds(2500));
    QCOMPARE(settings.journalPath, saved.journalPath);
    QCOMPARE(settings.effectiveOperatorName(), QStringLiteral("Ada at bench 3"));
    QCOMPARE(settings.effectiveStationName(), QStringLiteral("bench-3"));
    QVERIFY(settings.problems().isEmpty());
}

void TestStationSettings::nothingSavedKeepsDefaults()
{
    const StationSettings settings = loaded();
    QCOMPARE(settings.currentEnvironment, QStringLiteral("production"));
    QCOMPARE(settings.transferTimeout, std::chrono::milliseconds(30000));
    QCOMPARE(settings.current().authHeader, QStringLiteral("Authorization: Bearer"));
    QVERIFY(settings.effectiveJournalPath().endsWith(QLatin1String("/journal.sqlite")));
    QVERIFY(!settings.effectiveOperatorName().isEmpty());
    QVERIFY(!settings.effectiveStationName().isEmpty());
    // Nothing says where Foundry is, and the problem says what to do about it.
    const QList<StationSettings::Problem> problems = settings.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, StationSettings::Field::ApiUrl);
    QVERIFY2(problems.constFirst().message.contains(QLatin1String("https://")), qPrintable(problems.constFirst().message));
}

void TestStationSettings::removedEnvironmentLeavesTheFile()
{
    StationSettings settings = usable();
    settings.environments[QStringLiteral("sandbox")].apiUrl = QStringLiteral("https://127.0.0.1:8443");
    {
        QSettings file(iniFile(), QSettings::IniFormat);
        settings.save(file);
    }
    settings.environments.remove(QStringLiteral("sandbox"));
    {
        QSettings file(iniFile(), QSettings::IniFormat);
        settings.save(file);
    }
    QCOMPARE(loaded().environments.keys(), QStringList{QStringLiteral("production")});
}

void TestStationSettings::problems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<StationSettings::Field>("field");
    QTest::addColumn<QString>("mentions");

    const QString url = QStringLiteral("environments/production/apiUrl");
    const QString header = QStringLiteral("environments/production/authHeader");
    QTest::newRow("not a url") << url << QStringLiteral("foundry example") << StationSettings::Field::ApiUrl
                               << QStringLiteral("not a valid URL");
    QTest::newRow("plain http elsewhere") << url << QStringLiteral("http://192.0.2.1") << StationSettings::Field::ApiUrl
                                          << QStringLiteral("https://");
    QTest::newRow("other scheme") << url << QStringLiteral("ftp://foundry.example.com") << StationSettings::Field::ApiUrl
                                  << QStringLiteral("https://");
    QTest::newRow("header with line break") << header << QStringLiteral("X-Api-Key\r\nX-Injected: Bearer")
                                            << StationSettings::Field::AuthHeader << QStringLiteral("header name");
    QTest::newRow("scheme with space") << header << QStringLiteral("Authorization: Bearer token")
                                       << StationSettings::Field::AuthHeader << QStringLiteral("auth scheme");
    QTest::newRow("missing CA file") << QStringLiteral("environments/production/caFile") << QStringLiteral("/nonexistent/ca.pem")
                                     << StationSettings::Field::CaFile << QStringLiteral("cannot be read");
    QTest::newRow("unknown environment") << QStringLiteral("environment") << QStringLiteral("staging")
                                         << StationSettings::Field::Environment << QStringLiteral("production");
    QTest::newRow("timeout not a number") << QStringLiteral("timeoutSeconds") << QStringLiteral("soon")
                                          << StationSettings::Field::Timeout << QStringLiteral("seconds");
    QTest::newRow("negative timeout") << QStringLiteral("timeoutSeconds") << QStringLiteral("-3")
                                      << StationSettings::Field::Timeout << QStringLiteral("seconds");
    QTest::newRow("operator with escape") << QStringLiteral("operator") << QStringLiteral("ada\x1b[2J")
                                          << StationSettings::Field::OperatorName << QStringLiteral("\\x1b");
    QTest::newRow("station with line break") << QStringLiteral("station") << QStringLiteral("bench\n3")
                                             << StationSettings::Field::StationName << QStringLiteral("control characters");
    QTest::newRow("journal is a folder") << QStringLiteral("journal") << QString() << StationSettings::Field::JournalPath
                                         << QStringLiteral("folder");
    QTest::newRow("journal URL with a password")
        << QStringLiteral("journal") << QStringLiteral("postgresql://bench:pw@db.example/journal?sslrootcert=/ca.pem")
        << StationSettings::Field::JournalPath << QStringLiteral("PGPASSFILE");
}

// Each value is checked where it is kept, and the message names the value and what to do.
void TestStationSettings::problems()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(StationSettings::Field, field);
    QFETCH(QString, mentions);
    {
        QSettings file(iniFile(), QSettings::IniFormat);
        usable().save(file);
        file.setValue(key, value.isEmpty() ? m_dir->path() : value);
    }
    const QList<StationSettings::Problem> problems = loaded().problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, field);
    QVERIFY2(problems.constFirst().message.contains(mentions), qPrintable(problems.constFirst().message));
}

void TestStationSettings::brokenOtherEnvironmentDoesNotStopTheCurrentOne()
{
    StationSettings settings = usable();
    settings.environments[QStringLiteral("sandbox")].apiUrl = QStringLiteral("http://192.0.2.1");
    QVERIFY(settings.problems().isEmpty());
    const QList<StationSettings::Problem> sandbox = settings.environmentProblems(QStringLiteral("sandbox"));
    QCOMPARE(sandbox.size(), 1);
    QCOMPARE(sandbox.constFirst().field, StationSettings::Field::ApiUrl);
    settings.environments[QStringLiteral("bench/3")].apiUrl = QStringLiteral("https://foundry.example.com");
    QCOMPARE(settings.environmentProblems(QStringLiteral("bench/3")).constFirst().field, StationSettings::Field::Environment);
}

void TestStationSettings::clientSettingsFollowTheCurrentEnvironment()
{
    StationSettings settings = usable();
    settings.environments[QStringLiteral("sandbox")] = {QStringLiteral(" https://127.0.0.1:8443 "), QStringLiteral("X-Api-Key"),
                                                         QString()};
    settings.currentEnvironment = QStringLiteral("sandbox");
    settings.transferTimeout = std::chrono::milliseconds(1500);
    const FoundryClientSettings client = settings.foundryClientSettings();
    QCOMPARE(client.baseUrl, QUrl(QStringLiteral("https://127.0.0.1:8443")));
    QCOMPARE(client.authHeader, QByteArrayLiteral("X-Api-Key"));
    QVERIFY(client.authScheme.isEmpty());
    QCOMPARE(client.transferTimeout, std::chrono::milliseconds(1500));
    QVERIFY(client.token.isEmpty());

    settings.currentEnvironment = StationSettings::defaultEnvironmentName;
    const FoundryClientSettings production = settings.foundryClientSettings();
    QCOMPARE(production.authHeader, QByteArrayLiteral("Authorization"));
    QCOMPARE(production.authScheme, QByteArrayLiteral("Bearer"));
}

// A user's environment can be a Sandbox; the built-in one always is, whatever the file says; a Sandbox
// needs no URL (the station runs its own), a production environment does.
void TestStationSettings::environmentKindComesBack()
{
    StationSettings saved = usable();
    saved.environments[QStringLiteral("training")].kind = StationSettings::Kind::Sandbox;
    {
        QSettings file(iniFile(), QSettings::IniFormat);
        saved.save(file);
        file.setValue(QStringLiteral("environments/sandbox/kind"), QStringLiteral("production"));
    }
    StationSettings settings = loaded();
    QVERIFY(settings.isSandbox(QStringLiteral("training")));
    QVERIFY(settings.isSandbox(StationSettings::sandboxEnvironmentName));
    QVERIFY(!settings.isSandbox(StationSettings::defaultEnvironmentName));
    QVERIFY(settings.environmentProblems(QStringLiteral("training")).isEmpty());
    settings.currentEnvironment = QStringLiteral("training");
    QVERIFY(settings.currentRunsOwnSandbox());
    settings.environments[QStringLiteral("training")].apiUrl = QStringLiteral("https://127.0.0.1:8443");
    QVERIFY(!settings.currentRunsOwnSandbox());
    QVERIFY(settings.currentIsSandbox());
}

// Practice never mixes with production's history: a Sandbox environment's journal is a file of its own
// beside the configured one, for the command line and the window alike.
void TestStationSettings::sandboxKeepsItsOwnJournal()
{
    StationSettings settings = usable();
    settings.journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
    QCOMPARE(settings.effectiveJournalPath(), settings.journalPath);
    settings.currentEnvironment = StationSettings::sandboxEnvironmentName;
    QCOMPARE(settings.effectiveJournalPath(), m_dir->filePath(QStringLiteral("journal-sandbox.sqlite")));
    settings.journalPath.clear();
    QVERIFY(settings.effectiveJournalPath().endsWith(QLatin1String("/journal-sandbox.sqlite")));
    settings.currentEnvironment = StationSettings::defaultEnvironmentName;
    QVERIFY(settings.effectiveJournalPath().endsWith(QLatin1String("/journal.sqlite")));
    // The factory's shared database is for production only.
    settings.journalPath = QStringLiteral("postgresql://bench@db.example/journal?sslrootcert=/ca.pem");
    QCOMPARE(settings.effectiveJournalPath(), settings.journalPath);
    QVERIFY(settings.problems().isEmpty());
    settings.currentEnvironment = StationSettings::sandboxEnvironmentName;
    QVERIFY(settings.effectiveJournalPath().endsWith(QLatin1String("/journal-sandbox.sqlite")));
}

// A settings path is not trusted to be a file: a FIFO without writer would stop the station, /dev/zero
// would fill its memory.
void TestStationSettings::settingsFileIsReadOnlyWhenItIsOne()
{
    StationSettings settings;
    QVERIFY(settings.loadFile(m_dir->filePath(QStringLiteral("none.ini"))).isEmpty());
    QCOMPARE(settings.currentEnvironment, QStringLiteral("production"));

    {
        QSettings file(iniFile(), QSettings::IniFormat);
        file.setValue(QStringLiteral("environment"), QStringLiteral("sandbox"));
    }
    QVERIFY(settings.loadFile(iniFile()).isEmpty());
    QCOMPARE(settings.currentEnvironment, QStringLiteral("sandbox"));

    const QString fifo = m_dir->filePath(QStringLiteral("station.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &path : {fifo, QStringLiteral("/dev/zero"), m_dir->path()}) {
        const QString problem = StationSettings().loadFile(path);
        QVERIFY2(problem.contains(QLatin1String("settings file")), qPrintable(path));
    }
}

FOUNDRY_TEST_MAIN(TestStationSettings)
#include "tst_stationsettings.moc"
