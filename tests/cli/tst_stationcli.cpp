#include "emulator/CertificateAuthority.h"
#include "emulator/FoundryEmulator.h"
#include "base/StationVersion.h"
#include "TestMain.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/stat.h>

// foundry-station-cli as a person or a script runs it: a separate process, its exit code, its
// output; Foundry is an emulator in this process, over HTTPS on loopback.
class TestStationCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void everyProgramShowsTheVersion_data();
    void everyProgramShowsTheVersion();
    void helpListsCommandsOneLineEach();
    void commandHelpShowsItsOptionsOnly_data();
    void commandHelpShowsItsOptionsOnly();
    void optionOfAnotherCommand_data();
    void optionOfAnotherCommand();
    void checkBundleRejectsReferenceExample();
    void checkBundleAcceptsFreshBundle();
    void checkBundleRefusesEllipticCurveInItsOwnWords();
    void checkBundleRefusesWhatIsNotAFile_data();
    void checkBundleRefusesWhatIsNotAFile();
    void checkApiLeavesNothingBehind_data();
    void checkApiLeavesNothingBehind();
    void checkApiRevokesRejectedBundle();
    void checkApiReportsCertificateItCouldNotRevoke();
    void checkApiFailures_data();
    void checkApiFailures();
    void revoke();
    void revokeUnknownCertificate();
    void optionsFromEnvironment();
    void settingsPrecedence_data();
    void settingsPrecedence();
    void journalMigrateNeverShowsThePassword_data();
    void journalMigrateNeverShowsThePassword();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Result run(const QStringList &arguments, const QProcessEnvironment &environment);
    Result run(const QStringList &arguments) { return run(arguments, withToken(m_token)); }
    QProcessEnvironment withToken(const QString &token) const;
    QStringList apiOptions() const;
    // An environment whose saved settings (XDG_CONFIG_HOME) hold a sandbox and a production Foundry.
    QProcessEnvironment withSavedSettings(const QString &current, const QString &sandboxUrl);

    const QString m_token = QStringLiteral("cli-test-token");
    std::unique_ptr<FoundryEmulator> m_emulator;
    QTemporaryDir m_dir;
    QString m_caFile;
};

void TestStationCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    FoundryEmulator::Options options;
    options.token = m_token;
    m_emulator = std::make_unique<FoundryEmulator>(options);
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
    m_caFile = m_dir.filePath(QStringLiteral("emulator-ca.pem"));
    QFile ca(m_caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_emulator->caCertificatePem());
}

void TestStationCli::init()
{
    m_emulator->clearFaults();
    m_emulator->clearRequests();
}

QProcessEnvironment TestStationCli::withToken(const QString &token) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FOUNDRY_API_URL"));
    environment.remove(QStringLiteral("FOUNDRY_TOKEN"));
    if (!token.isEmpty())
        environment.insert(QStringLiteral("FOUNDRY_TOKEN"), token);
    // revoke journals into the default journal: this test's folder, not the account's.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path());
    return environment;
}

QStringList TestStationCli::apiOptions() const
{
    return {QStringLiteral("--api-url"), m_emulator->baseUrl().toString(), QStringLiteral("--ca-file"), m_caFile};
}

TestStationCli::Result TestStationCli::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    // No terminal: the CLI must not wait for a token on standard input.
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"), arguments);
    // The emulator answers from this thread, so the wait must run the event loop.
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
    }
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestStationCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no command") << QStringList() << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("launch")} << QStringLiteral("unknown command");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("check-api"), QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("check-bundle without file") << QStringList{QStringLiteral("check-bundle")} << QStringLiteral("argument");
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("revoke"), QStringLiteral("--topics"), QStringLiteral("a")} << QStringLiteral("--topics");
    QTest::newRow("revoke without ids") << QStringList{QStringLiteral("revoke"), QStringLiteral("--cert-id"), QStringLiteral("x")}
                                        << QStringLiteral("--device-id");
    QTest::newRow("no url") << QStringList{QStringLiteral("check-api")} << QStringLiteral("FOUNDRY_API_URL");
    QTest::newRow("plain http elsewhere")
        << QStringList{QStringLiteral("check-api"), QStringLiteral("--api-url"), QStringLiteral("http://192.0.2.1")}
        << QStringLiteral("https://");
    QTest::newRow("bad topics")
        << QStringList{QStringLiteral("check-api"), QStringLiteral("--api-url"), QStringLiteral("https://127.0.0.1:1"),
                       QStringLiteral("--topics"), QStringLiteral("a,a")}
        << QStringLiteral("twice");
}

void TestStationCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentions.toUtf8()), result.err.constData());
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestStationCli::helpAndVersion()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"check-bundle", "check-api", "revoke", "FOUNDRY_TOKEN", "Exit codes"})
        QVERIFY2(help.out.contains(word), word);
}

void TestStationCli::everyProgramShowsTheVersion_data()
{
    QTest::addColumn<QString>("program");
    for (const char *program : {"foundry-station-cli", "foundry-station", "foundry-emulator", "device-simulator"})
        QTest::newRow(program) << QString::fromLatin1(program);
}

// One version for all, the project's own with `git describe` when built from a checkout; the window
// answers without a display.
void TestStationCli::everyProgramShowsTheVersion()
{
    QFETCH(QString, program);
    QVERIFY2(StationVersion::text().startsWith(QStringLiteral(FOUNDRY_PROJECT_VERSION)),
             qPrintable(StationVersion::text()));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FOUNDRY_BIN_DIR "/") + program, {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), program + u' ' + StationVersion::text() + u'\n');
}

void TestStationCli::helpListsCommandsOneLineEach()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QList<QByteArray> commands{"check-bundle FILE", "check-api", "revoke", "ports", "inspect", "provision",
                                     "recover", "history", "journal migrate"};
    const QList<QByteArray> lines = help.out.split('\n');
    for (const QByteArray &command : commands) {
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&command](const QByteArray &candidate) {
            return candidate.startsWith("  " + command + ' ');
        });
        QVERIFY2(line != lines.cend(), command.constData());
        QVERIFY2(line->size() <= 80, line->constData());
    }
    // Options belong to each command's own help.
    for (const char *option : {"--cert-id", "--port", "--api-url", "--outcome"})
        QVERIFY2(!help.out.contains(option), option);
    QVERIFY(help.out.contains("COMMAND --help"));
}

void TestStationCli::commandHelpShowsItsOptionsOnly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("shows");
    QTest::addColumn<QStringList>("hides");

    const QString help = QStringLiteral("--help");
    QTest::newRow("revoke") << QStringList{QStringLiteral("revoke"), help}
                            << QStringList{QStringLiteral("--cert-id"), QStringLiteral("--device-id"), QStringLiteral("--api-url"),
                                           QStringLiteral("--ca-file"), QStringLiteral("--environment"), QStringLiteral("--json"),
                                           QStringLiteral("--journal")}
                            << QStringList{QStringLiteral("--topics"), QStringLiteral("--port"), QStringLiteral("--outcome"),
                                           QStringLiteral("Exit codes")};
    QTest::newRow("help before the command")
        << QStringList{help, QStringLiteral("inspect")}
        << QStringList{QStringLiteral("--port"), QStringLiteral("--baud"), QStringLiteral("--profile"), QStringLiteral("--slot")}
        << QStringList{QStringLiteral("--api-url"), QStringLiteral("--cert-id"), QStringLiteral("--journal"),
                       QStringLiteral("--device-id")};
    QTest::newRow("history") << QStringList{QStringLiteral("history"), help}
                             << QStringList{QStringLiteral("--outcome"), QStringLiteral("--journal"), QStringLiteral("--csv")}
                             << QStringList{QStringLiteral("--api-url"), QStringLiteral("--port"), QStringLiteral("--topics")};
    QTest::newRow("recover") << QStringList{QStringLiteral("recover"), help}
                             << QStringList{QStringLiteral("--journal"), QStringLiteral("--baud"), QStringLiteral("--api-url")}
                             << QStringList{QStringLiteral("--port"), QStringLiteral("--profile"), QStringLiteral("--slot")};
    QTest::newRow("journal") << QStringList{QStringLiteral("journal"), help}
                             << QStringList{QStringLiteral("journal migrate"), QStringLiteral("--from"), QStringLiteral("--to")}
                             << QStringList{QStringLiteral("--api-url"), QStringLiteral("--port"), QStringLiteral("--journal")};
    QTest::newRow("check-bundle") << QStringList{QStringLiteral("check-bundle"), help}
                                  << QStringList{QStringLiteral("check-bundle FILE"), QStringLiteral("--json")}
                                  << QStringList{QStringLiteral("--api-url"), QStringLiteral("--port")};
}

// As git and nrfcredstore do it: COMMAND --help is about that command only.
void TestStationCli::commandHelpShowsItsOptionsOnly()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, shows);
    QFETCH(QStringList, hides);
    const Result help = run(arguments);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.err.isEmpty());
    for (const QString &text : std::as_const(shows))
        QVERIFY2(help.out.contains(text.toUtf8()), qPrintable(text + QStringLiteral(" missing in:\n") + QString::fromUtf8(help.out)));
    for (const QString &text : std::as_const(hides))
        QVERIFY2(!help.out.contains(text.toUtf8()), qPrintable(text + QStringLiteral(" shown in:\n") + QString::fromUtf8(help.out)));
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestStationCli::optionOfAnotherCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");

    QTest::newRow("foundry option to history")
        << QStringList{QStringLiteral("history"), QStringLiteral("--api-url"), QStringLiteral("https://127.0.0.1:1")}
        << QStringLiteral("--api-url does not apply to history");
    QTest::newRow("serial option to revoke, before the command")
        << QStringList{QStringLiteral("--port"), QStringLiteral("ttyUSB0"), QStringLiteral("revoke"), QStringLiteral("--cert-id"),
                       QStringLiteral("x"), QStringLiteral("--device-id"), QStringLiteral("d")}
        << QStringLiteral("--port does not apply to revoke");
    QTest::newRow("port to recover")
        << QStringList{QStringLiteral("recover"), QStringLiteral("--port"), QStringLiteral("ttyUSB0")}
        << QStringLiteral("--port does not apply to recover");
    QTest::newRow("flag to inspect")
        << QStringList{QStringLiteral("inspect"), QStringLiteral("--port"), QStringLiteral("ttyUSB0"),
                       QStringLiteral("--activate-on-generate")}
        << QStringLiteral("--activate-on-generate does not apply to inspect");
}

void TestStationCli::optionOfAnotherCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(says.toUtf8()), result.err.constData());
    // and says where to find what the command takes
    const QByteArray command = says.section(QLatin1Char(' '), -1).toUtf8();
    QVERIFY2(result.err.contains(command + " --help"), result.err.constData());
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestStationCli::checkBundleRejectsReferenceExample()
{
    const QString file = QStringLiteral(FOUNDRY_TEST_DATA_DIR "/reference-example.json");
    const Result text = run({QStringLiteral("check-bundle"), file});
    QCOMPARE(text.exitCode, 4);
    QVERIFY2(text.err.contains("\"cert\") is not valid base64"), text.err.constData());
    QVERIFY2(text.err.contains("not a multiple of 4"), text.err.constData());

    // Options may come after the command as well as before it.
    const Result json = run({QStringLiteral("check-bundle"), file, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 4);
    const QJsonObject object = json.json();
    QCOMPARE(object.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(object.value(QLatin1String("exitCode")).toInt(), 4);
    QCOMPARE(object.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("certificate-not-base64"));
    QCOMPARE(json.out.count('\n'), 1);
}

void TestStationCli::checkBundleAcceptsFreshBundle()
{
    QString error;
    const std::unique_ptr<CertificateAuthority> authority = CertificateAuthority::create(&error);
    QVERIFY2(authority, qPrintable(error));
    const std::optional<IssuedCertificate> issued = authority->issue({}, &error);
    QVERIFY2(issued, qPrintable(error));
    const QString file = m_dir.filePath(QStringLiteral("fresh.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(QJsonObject{
                                {QStringLiteral("id"), issued->id},
                                {QStringLiteral("arn"), QStringLiteral("arn:aws:iot:eu-west-1:123456789012:cert/") + issued->id},
                                {QStringLiteral("cert"), QString::fromLatin1(issued->certificatePem.toBase64())},
                                {QStringLiteral("private"), QString::fromLatin1(issued->privateKeyPem.toBase64())},
                            }).toJson());
    out.close();

    const Result result = run({QStringLiteral("--json"), QStringLiteral("check-bundle"), file});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject certificate = result.json().value(QLatin1String("certificate")).toObject();
    QCOMPARE(certificate.value(QLatin1String("id")).toString(), issued->id);
    QCOMPARE(certificate.value(QLatin1String("keyBits")).toInt(), 2048);

    const Result text = run({QStringLiteral("check-bundle"), file});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(issued->id.toLatin1()));
    // The key is never printed, in any form.
    const QByteArray keyLine = issued->privateKeyPem.split('\n').at(1);
    for (const Result &printed : {result, text}) {
        QVERIFY(!printed.out.contains(keyLine) && !printed.err.contains(keyLine));
        QVERIFY(!printed.out.contains(issued->privateKeyPem.toBase64().left(64)));
    }
}

// QCA's provider prints debug lines for certificates it cannot fully read; a user sees only the
// station's own report.
void TestStationCli::checkBundleRefusesEllipticCurveInItsOwnWords()
{
    QProcessEnvironment environment = withToken(m_token);
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    const Result result = run({QStringLiteral("check-bundle"), QStringLiteral(FOUNDRY_TEST_DATA_DIR "/non-rsa/ec-p256.json")},
                              environment);
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.startsWith("error: the certificate bundle failed"), result.err.constData());
    QVERIFY2(!result.err.contains("Unknown signature"), result.err.constData());
}

void TestStationCli::checkBundleRefusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("endless zeros") << QStringLiteral("/dev/zero");
    QTest::newRow("endless random") << QStringLiteral("/dev/urandom");
    QTest::newRow("pipe without writer") << m_dir.filePath(QStringLiteral("response.fifo"));
}

// Each once grew the station past gigabytes or hung it.
void TestStationCli::checkBundleRefusesWhatIsNotAFile()
{
    QFETCH(QString, path);
    const QString fifo = m_dir.filePath(QStringLiteral("response.fifo"));
    QVERIFY(QFileInfo::exists(fifo) || ::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const Result result = run({QStringLiteral("check-bundle"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("not a regular file"), result.err.constData());
}

void TestStationCli::checkApiLeavesNothingBehind_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("inactive") << QStringList();
    QTest::newRow("activated with topics") << QStringList{QStringLiteral("--topics"), QStringLiteral("station/+/check,plain")};
}

void TestStationCli::checkApiLeavesNothingBehind()
{
    QFETCH(QStringList, extra);
    const Result result = run(QStringList{QStringLiteral("check-api"), QStringLiteral("--json")} + apiOptions() + extra);
    QVERIFY2(result.exitCode == 0, result.out.constData());
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("revoked")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("certificate")).toObject().value(QLatin1String("subject")).toString(),
             QStringLiteral("CN=AWS IoT Certificate"));
    QCOMPARE(json.value(QLatin1String("warnings")).toArray().size(), extra.isEmpty() ? 0 : 1);
    QVERIFY(m_emulator->certificates().isEmpty());
    QCOMPARE(m_emulator->requests().size(), 2);
}

void TestStationCli::checkApiRevokesRejectedBundle()
{
    QString error;
    m_emulator->addFault(*EmulatorFault::parse(u"key-mismatch@generate", &error));
    const Result result = run(QStringList{QStringLiteral("check-api")} + apiOptions());
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("does not belong to the certificate"), result.err.constData());
    QVERIFY2(result.err.contains("revoked"), result.err.constData());
    QVERIFY(m_emulator->certificates().isEmpty());
}

void TestStationCli::checkApiReportsCertificateItCouldNotRevoke()
{
    QString error;
    m_emulator->addFault(*EmulatorFault::parse(u"http-500@revoke", &error));
    const Result result = run(QStringList{QStringLiteral("check-api"), QStringLiteral("--device-id"), QStringLiteral("bench-7")}
                              + apiOptions());
    QCOMPARE(result.exitCode, 7);
    const QList<EmulatorCertificate> left = m_emulator->certificates();
    QCOMPARE(left.size(), 1);
    // The message tells a person exactly how to finish the job.
    const QByteArray command = "foundry-station-cli revoke --cert-id " + left.constFirst().id.toLatin1() + " --device-id bench-7";
    QVERIFY2(result.err.contains(command), result.err.constData());

    const Result cleanup = run(QStringList{QStringLiteral("revoke"), QStringLiteral("--cert-id"), left.constFirst().id,
                                           QStringLiteral("--device-id"), QStringLiteral("bench-7")}
                               + apiOptions());
    QCOMPARE(cleanup.exitCode, 0);
    QVERIFY(m_emulator->certificates().isEmpty());
}

void TestStationCli::checkApiFailures_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("kind");

    const QString url = m_emulator->baseUrl().toString();
    QTest::newRow("wrong token") << apiOptions() << QStringLiteral("wrong") << QStringLiteral("unauthorized");
    QTest::newRow("untrusted server") << QStringList{QStringLiteral("--api-url"), url} << m_token << QStringLiteral("tls");
    QTest::newRow("nothing listening") << QStringList{QStringLiteral("--api-url"), QStringLiteral("https://127.0.0.1:1"),
                                                      QStringLiteral("--ca-file"), m_caFile}
                                       << m_token << QStringLiteral("network");
    QTest::newRow("no token") << apiOptions() << QString() << QStringLiteral("usage");
    // Refused before anything is sent: a line break would end the header and start another.
    QTest::newRow("token with line break") << apiOptions() << m_token + QStringLiteral("\r\nX-Injected: 1")
                                           << QStringLiteral("usage");
    QTest::newRow("auth header with line break")
        << apiOptions() + QStringList{QStringLiteral("--auth-header"), QStringLiteral("X-Api-Key\r\nX-Injected: Bearer")}
        << m_token << QStringLiteral("usage");
}

void TestStationCli::checkApiFailures()
{
    QFETCH(QStringList, options);
    QFETCH(QString, token);
    QFETCH(QString, kind);
    const Result result = run(QStringList{QStringLiteral("check-api"), QStringLiteral("--json")} + options, withToken(token));
    QCOMPARE(result.exitCode, kind == QLatin1String("usage") ? 2 : 3);
    const QJsonObject error = result.json().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), kind);
    QVERIFY(error.value(QLatin1String("message")).toString().size() > 40);
    QVERIFY(m_emulator->certificates().isEmpty());
    if (kind == QLatin1String("usage"))
        QVERIFY(m_emulator->requests().isEmpty());
}

void TestStationCli::revoke()
{
    const Result generated = run(QStringList{QStringLiteral("check-api")} + apiOptions());
    QCOMPARE(generated.exitCode, 0);
    QString error;
    m_emulator->addFault(*EmulatorFault::parse(u"http-500@revoke", &error));
    QCOMPARE(run(QStringList{QStringLiteral("check-api")} + apiOptions()).exitCode, 7);
    const QString id = m_emulator->certificates().constFirst().id;

    const Result result = run(QStringList{QStringLiteral("revoke"), QStringLiteral("--json"), QStringLiteral("--cert-id"), id,
                                          QStringLiteral("--device-id"), QStringLiteral("station-check-api")}
                              + apiOptions());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QLatin1String("certId")).toString(), id);
    QVERIFY(!m_emulator->certificate(id));
}

void TestStationCli::revokeUnknownCertificate()
{
    const Result result = run(QStringList{QStringLiteral("revoke"), QStringLiteral("--cert-id"), QString(64, QLatin1Char('0')),
                                          QStringLiteral("--device-id"), QStringLiteral("d")}
                              + apiOptions());
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("404"), result.err.constData());
}

void TestStationCli::optionsFromEnvironment()
{
    QProcessEnvironment environment = withToken(m_token);
    environment.insert(QStringLiteral("FOUNDRY_API_URL"), m_emulator->baseUrl().toString());
    const Result result = run({QStringLiteral("--ca-file"), m_caFile, QStringLiteral("check-api")}, environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

QProcessEnvironment TestStationCli::withSavedSettings(const QString &current, const QString &sandboxUrl)
{
    const QString configHome = m_dir.filePath(QStringLiteral("config-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    QSettings saved(configHome + QStringLiteral("/foundry-station/station.ini"), QSettings::IniFormat);
    saved.setValue(QStringLiteral("environment"), current);
    saved.setValue(QStringLiteral("environments/sandbox/apiUrl"), sandboxUrl);
    saved.setValue(QStringLiteral("environments/sandbox/caFile"), m_caFile);
    // Nothing listens there: reaching for it is a network error, and nothing leaves this computer.
    saved.setValue(QStringLiteral("environments/production/apiUrl"), QStringLiteral("https://127.0.0.1:1"));
    saved.sync();
    QProcessEnvironment environment = withToken(m_token);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.remove(QStringLiteral("FOUNDRY_ENVIRONMENT"));
    return environment;
}

void TestStationCli::settingsPrecedence_data()
{
    QTest::addColumn<QString>("savedCurrent");
    QTest::addColumn<bool>("savedUrlWorks");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");

    const QString emulator = m_emulator->baseUrl().toString();
    const QString nowhere = QStringLiteral("https://127.0.0.1:1");
    const QString sandbox = QStringLiteral("sandbox");
    QTest::newRow("saved") << sandbox << true << QStringList() << QStringList() << 0;
    QTest::newRow("variable over saved") << sandbox << false
                                         << QStringList{QStringLiteral("FOUNDRY_API_URL"), emulator} << QStringList() << 0;
    QTest::newRow("option over variable")
        << sandbox << false << QStringList{QStringLiteral("FOUNDRY_API_URL"), nowhere}
        << QStringList{QStringLiteral("--api-url"), emulator} << 0;
    QTest::newRow("variable chooses the environment")
        << QStringLiteral("production") << true << QStringList{QStringLiteral("FOUNDRY_ENVIRONMENT"), sandbox} << QStringList()
        << 0;
    QTest::newRow("option chooses the environment")
        << QStringLiteral("production") << true << QStringList{QStringLiteral("FOUNDRY_ENVIRONMENT"), QStringLiteral("production")}
        << QStringList{QStringLiteral("--environment"), sandbox} << 0;
    QTest::newRow("unknown environment")
        << sandbox << true << QStringList() << QStringList{QStringLiteral("--environment"), QStringLiteral("staging")} << 2;
    QTest::newRow("saved current environment")
        << QStringLiteral("production") << true << QStringList() << QStringList{QStringLiteral("--timeout"), QStringLiteral("5")}
        << 3;
}

// Command line over environment variables over saved settings over defaults.
void TestStationCli::settingsPrecedence()
{
    QFETCH(QString, savedCurrent);
    QFETCH(bool, savedUrlWorks);
    QFETCH(QStringList, variables);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);

    QProcessEnvironment environment =
        withSavedSettings(savedCurrent, savedUrlWorks ? m_emulator->baseUrl().toString() : QStringLiteral("https://127.0.0.1:1"));
    for (qsizetype i = 0; i + 1 < variables.size(); i += 2)
        environment.insert(variables.at(i), variables.at(i + 1));
    const Result result = run(QStringList{QStringLiteral("check-api"), QStringLiteral("--json")} + options, environment);
    QVERIFY2(result.exitCode == exitCode, result.out.constData());
    if (exitCode == 0)
        QCOMPARE(m_emulator->requests().size(), 2);
    else if (exitCode == 2)
        QVERIFY2(result.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().contains(
                     QLatin1String("sandbox")),
                 result.out.constData());
    QVERIFY(m_emulator->certificates().isEmpty());
}

void TestStationCli::journalMigrateNeverShowsThePassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("password") << QStringLiteral("postgresql://grace:hunter2secret@127.0.0.1:5432/journal");
    QTest::newRow("password, percent-encoded")
        << QStringLiteral("postgresql://grace:hunter2secret%21@db.example:5432/journal?sslmode=verify-full");
    QTest::newRow("password in a URL that is not valid")
        << QStringLiteral("postgresql://grace:hunter2secret@127.0.0.1:notaport/journal");
}

// The shared journal's URL takes no password, and one given by mistake is refused before anything
// shows it: not in the JSON report, not in the message.
void TestStationCli::journalMigrateNeverShowsThePassword()
{
    QFETCH(QString, url);
    const QString file = m_dir.filePath(QStringLiteral("migrate-source.sqlite"));
    for (const bool json : {false, true}) {
        QStringList arguments{QStringLiteral("journal"), QStringLiteral("migrate"), QStringLiteral("--from"), file,
                              QStringLiteral("--to"), url};
        if (json)
            arguments << QStringLiteral("--json");
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(!result.out.contains("hunter2") && !result.err.contains("hunter2"),
                 (result.out + result.err).constData());
        QVERIFY2(result.out.contains("password") || result.err.contains("password") || result.out.contains("URL")
                     || result.err.contains("URL"),
                 (result.out + result.err).constData());
    }
    QVERIFY(!QFile::exists(file));
}

FOUNDRY_TEST_MAIN(TestStationCli)
#include "tst_stationcli.moc"
