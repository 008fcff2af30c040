#include "EmulatedFoundry.h"
#include "SimulatedDevice.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

// foundry-station-cli, as a person runs it, against a Foundry (or whatever stands in its place)
// that answers what it should not: a certificate on a key that is not RSA, key material in extra
// PEM blocks, a login page, a message meant to take over the terminal. Whatever comes back, the
// station refuses it, undoes what exists on Foundry and on the device, and prints nothing a
// terminal would obey. After each run the test looks at the emulator's certificates and the
// simulator's store.
class TestHostileFoundry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checkApiRevokesRefusedBundle_data();
    void checkApiRevokesRefusedBundle();
    void provisionWritesNothingOfARefusedBundle_data();
    void provisionWritesNothingOfARefusedBundle();
    void provisionBehindALoginPage_data();
    void provisionBehindALoginPage();
    void hostileMessageIsShownEscaped_data();
    void hostileMessageIsShownEscaped();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QByteArray lastLine() const { return out.trimmed().split('\n').constLast(); }
    };

    Run run(const QStringList &arguments);
    void addFault(const QString &spec);
    // Provisions a new simulated station-protocol device while Foundry has the fault.
    Run provisionWithFault(const QString &fault, const QStringList &extraArguments = {});
    QList<QByteArray> foundryPaths() const;

    const QString m_deviceId = QStringLiteral("hostile-dev");
    // A new one for every test, so that nothing a test left behind counts against the next.
    std::unique_ptr<EmulatedFoundry> m_foundry;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedDevice> m_device;
};

void TestHostileFoundry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry = std::make_unique<EmulatedFoundry>(QStringLiteral("hostile-test-token"));
    QString error;
    QVERIFY2(m_foundry->start(&error), qPrintable(error));
}

void TestHostileFoundry::cleanup()
{
    m_device.reset();
    m_foundry.reset();
}

TestHostileFoundry::Run TestHostileFoundry::run(const QStringList &arguments)
{
    QProcess cli;
    // No terminal: the CLI must not wait for a token on standard input.
    cli.setStandardInputFile(QProcess::nullDevice());
    m_foundry->startCli(cli, arguments);
    // The emulator answers from this thread, so the wait must run the event loop.
    if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 60000)) {
        cli.kill();
        cli.waitForFinished();
    }
    Run result;
    result.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    result.out = cli.readAllStandardOutput();
    result.err = cli.readAllStandardError();
    return result;
}

void TestHostileFoundry::addFault(const QString &spec)
{
    QString error;
    QVERIFY2(m_foundry->addFault(spec, &error), qPrintable(error));
}

TestHostileFoundry::Run TestHostileFoundry::provisionWithFault(const QString &fault, const QStringList &extraArguments)
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    if (!m_device->start(QStringLiteral("station")))
        return {-1, {}, "the device simulator did not start"};
    addFault(fault);
    return run(QStringList{QStringLiteral("provision"), QStringLiteral("--port"), m_device->portName(),
                           QStringLiteral("--profile"), QStringLiteral("station"), QStringLiteral("--device-id"),
                           m_deviceId, QStringLiteral("--topics-template"), QStringLiteral("hostile/{deviceId}/up"),
                           QStringLiteral("--journal"), m_dir->filePath(QStringLiteral("journal.sqlite"))}
               + extraArguments);
}

QList<QByteArray> TestHostileFoundry::foundryPaths() const
{
    QList<QByteArray> paths;
    for (const EmulatorRequest &request : m_foundry->emulator().requests())
        paths << request.path.section(QLatin1Char('/'), -1).toLatin1();
    return paths;
}

namespace {

// A certificate on another key type once crashed the station after generate, leaving the
// certificate on Foundry and nothing said. A key after the certificate went into a slot anyone can
// read back, and every block of the key field was written.
void refusedBundleRows()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QByteArray>("finding");
    QTest::newRow("EC P-256") << QStringLiteral("ec-key") << QByteArray("not RSA");
    QTest::newRow("Ed25519") << QStringLiteral("ed25519-key") << QByteArray("not RSA");
    QTest::newRow("key after the certificate") << QStringLiteral("extra-pem") << QByteArray("PEM block");
    QTest::newRow("two keys") << QStringLiteral("extra-key") << QByteArray("PEM block");
}

} // namespace

void TestHostileFoundry::checkApiRevokesRefusedBundle_data()
{
    refusedBundleRows();
}

void TestHostileFoundry::checkApiRevokesRefusedBundle()
{
    QFETCH(QString, fault);
    QFETCH(QByteArray, finding);
    addFault(fault);
    const Run result = run({QStringLiteral("check-api")});
    QVERIFY2(result.exitCode == 4, result.err.constData());
    QVERIFY2(result.err.contains(finding), result.err.constData());
    QVERIFY2(result.err.contains("revoked"), result.err.constData());
    QVERIFY(!result.out.contains("PRIVATE KEY") && !result.err.contains("PRIVATE KEY-----"));
    QCOMPARE(foundryPaths(), (QList<QByteArray>{"generate", "revoke"}));
    QVERIFY(m_foundry->emulator().certificates().isEmpty());
}

void TestHostileFoundry::provisionWritesNothingOfARefusedBundle_data()
{
    refusedBundleRows();
}

void TestHostileFoundry::provisionWritesNothingOfARefusedBundle()
{
    QFETCH(QString, fault);
    QFETCH(QByteArray, finding);
    const Run result = provisionWithFault(fault);
    QVERIFY2(result.exitCode == 4, result.err.constData());
    QVERIFY2(result.err.contains(finding), result.err.constData());
    QVERIFY2(result.lastLine().startsWith("FAILED"), result.out.constData());
    QVERIFY(m_device->storedCredentials().isEmpty());
    QCOMPARE(foundryPaths(), (QList<QByteArray>{"generate", "revoke"}));
    QVERIFY(m_foundry->emulator().certificates().isEmpty());
}

void TestHostileFoundry::provisionBehindALoginPage_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("exitCode");
    // Answered once: the job's retry of provision reaches Foundry.
    QTest::newRow("once") << QStringLiteral("html-page@provision") << 0;
    // Every time: the job gives up and rolls back.
    QTest::newRow("always") << QStringLiteral("html-page@provisionx*") << 3;
}

// A login page answered provision with 200 and the station printed PROVISIONED, exit 0, while the
// certificate stayed inactive.
void TestHostileFoundry::provisionBehindALoginPage()
{
    QFETCH(QString, fault);
    QFETCH(int, exitCode);
    const Run result = provisionWithFault(fault);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    QVERIFY(foundryPaths().count("provision") >= 2);

    const QList<EmulatorCertificate> issued = m_foundry->emulator().certificates();
    if (exitCode == 0) {
        QVERIFY2(result.lastLine().startsWith("PROVISIONED"), result.out.constData());
        QCOMPARE(issued.size(), 1);
        QCOMPARE(issued.constFirst().status, EmulatorCertificate::Status::Active);
        QCOMPARE(issued.constFirst().deviceId, m_deviceId);
        QCOMPARE(m_device->storedCredentials().size(), 2);
    } else {
        QVERIFY2(result.lastLine().startsWith("FAILED"), result.out.constData());
        QVERIFY(!result.out.contains("PROVISIONED"));
        QVERIFY(issued.isEmpty());
        QVERIFY(m_device->storedCredentials().isEmpty());
    }
}

void TestHostileFoundry::hostileMessageIsShownEscaped_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("check-api, generate refused") << QStringLiteral("hostile-message@generate")
                                                 << QStringLiteral("check-api") << false << 3;
    QTest::newRow("check-api --json") << QStringLiteral("hostile-message@generate") << QStringLiteral("check-api")
                                      << true << 3;
    // The certificate it could not revoke is left for a person, with Foundry's words.
    QTest::newRow("check-api, revoke refused") << QStringLiteral("hostile-message@revoke")
                                               << QStringLiteral("check-api") << false << 7;
    QTest::newRow("revoke") << QStringLiteral("hostile-message") << QStringLiteral("revoke") << false << 3;
    QTest::newRow("provision") << QStringLiteral("hostile-message@provisionx*") << QStringLiteral("provision")
                               << false << 3;
    QTest::newRow("provision --json") << QStringLiteral("hostile-message@provisionx*")
                                      << QStringLiteral("provision") << true << 3;
}

// Foundry's message once reached the terminal raw: it could retitle the window, clear the screen
// and print a PROVISIONED line of its own.
void TestHostileFoundry::hostileMessageIsShownEscaped()
{
    QFETCH(QString, fault);
    QFETCH(QString, command);
    QFETCH(bool, json);
    QFETCH(int, exitCode);

    const QStringList output = json ? QStringList{QStringLiteral("--json")} : QStringList();
    Run result;
    if (command == QLatin1String("provision")) {
        result = provisionWithFault(fault, output);
    } else {
        QStringList arguments = QStringList{command} + output;
        if (command == QLatin1String("revoke"))
            arguments << QStringLiteral("--cert-id") << QString(64, QLatin1Char('0')) << QStringLiteral("--device-id")
                      << m_deviceId << QStringLiteral("--journal") << m_dir->filePath(QStringLiteral("journal.sqlite"));
        addFault(fault);
        result = run(arguments);
    }
    QVERIFY2(result.exitCode == exitCode, result.err.constData());

    const QByteArray printed = result.out + result.err;
    for (const QByteArray &raw : {QByteArray("\x1b"), QByteArray("\x07"), QByteArray("\r"), QByteArray("\u202e")})
        QVERIFY2(!printed.contains(raw), qPrintable(QStringLiteral("%1 in: %2").arg(QString::fromLatin1(raw.toHex()),
                                                                                  QString::fromUtf8(printed))));
    for (const QByteArray &line : printed.split('\n'))
        QVERIFY2(!line.trimmed().startsWith("PROVISIONED"), line.constData());
    // Shown, but as text.
    QVERIFY2(printed.contains("\\x1b]0;Foundry owns this terminal"), printed.constData());

    // Refused is refused: nothing left anywhere but what the station names for a person.
    QCOMPARE(m_foundry->emulator().certificates().size(), exitCode == 7 ? 1 : 0);
    if (m_device)
        QVERIFY(m_device->storedCredentials().isEmpty());
}

FOUNDRY_TEST_MAIN(TestHostileFoundry)
#include "tst_hostilefoundry.moc"
