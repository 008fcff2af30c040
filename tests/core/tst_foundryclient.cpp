#include "emulator/CertificateAuthority.h"
#include "credentials/CertificateBundle.h"
#include "foundry/FoundryClient.h"
#include "emulator/FoundryEmulator.h"
#include "TestMain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <tuple>

#include <sys/stat.h>

using namespace std::chrono_literals;

namespace {

using Operation = FoundryReply::Operation;
using Kind = FoundryError::Kind;
using Status = EmulatorCertificate::Status;

const QString testToken = QStringLiteral("test-token");
const QString testDevice = QStringLiteral("a7b3c9d0-5e1f-4a2b-8e92-d9e0f1a2b113");
const QString otherDevice = QStringLiteral("0f0e0d0c-0b0a-4909-8807-060504030201");
const QStringList provisionTopics{QStringLiteral("XiQ/#"), QStringLiteral("test/+/+/1")};
constexpr int maxAttempts = 3;
// Only a bound on how long a broken client may hang the suite, never an expectation: RSA key
// generation under ASan on a busy two-core machine is slow.
constexpr int replyTimeoutMs = 60000;
// Short enough to keep the suite quick, long enough for a TLS handshake on a loaded machine (the
// connection must be up before the request can go out), and far below the hold-back for "slow".
constexpr std::chrono::milliseconds shortTimeout = 1000ms;
constexpr int slowMs = 4000;

QString pathOf(Operation operation)
{
    switch (operation) {
    case Operation::Generate: return QStringLiteral("/foundry/certificates/generate");
    case Operation::Provision: return QStringLiteral("/foundry/certificates/provision");
    case Operation::Revoke: return QStringLiteral("/foundry/certificates/revoke");
    }
    return {};
}

QString faultName(Operation operation)
{
    return pathOf(operation).section(QLatin1Char('/'), -1);
}

// Everything a finished FoundryReply told its caller.
struct Outcome
{
    bool finished = false;
    FoundryError error;
    int attempts = 0;
    QString foundryMessage;
    GenerateResponse response;
    QList<qint64> retryDelays;
    qint64 elapsedMs = 0;
};

// A certificate that the emulator knows, for provision and revoke to act on.
struct Certificate
{
    QString id;
    QString arn;
};

// Every error ends up in front of a person, who must learn both what happened and what to do.
bool isActionable(const FoundryError &error)
{
    static const QRegularExpression action(
        QStringLiteral("\\b(check|correct|try again|wait|contact|ask)\\b"), QRegularExpression::CaseInsensitiveOption);
    const QString message = error.message();
    return !message.trimmed().isEmpty() && action.match(message).hasMatch();
}

QString describe(const Outcome &outcome)
{
    if (!outcome.finished)
        return QStringLiteral("the reply never finished");
    if (!outcome.error.isError())
        return QStringLiteral("success after %1 attempt(s)").arg(outcome.attempts);
    return QStringLiteral("%1 (HTTP %2) after %3 attempt(s): %4")
        .arg(FoundryError::kindName(outcome.error.kind()))
        .arg(outcome.error.httpStatus())
        .arg(outcome.attempts)
        .arg(outcome.error.message());
}

QString describe(const CertificateBundle &bundle)
{
    QStringList findings;
    for (const CertificateBundle::Finding &finding : bundle.findings())
        findings << CertificateBundle::problemName(finding.problem) + QStringLiteral(": ") + finding.message;
    return findings.join(QLatin1Char('\n'));
}

QList<int> statuses(const QList<EmulatorRequest> &requests)
{
    QList<int> result;
    for (const EmulatorRequest &request : requests)
        result << request.status;
    return result;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

} // namespace

class TestFoundryClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void generate_data();
    void generate();
    void provision();
    void revoke();

    void unauthorized_data();
    void unauthorized();
    void customAuthHeaderWithoutScheme();
    void notFound_data();
    void notFound();
    void otherDeviceIsRejected_data();
    void otherDeviceIsRejected();

    void retryHonoursRetryAfter_data();
    void retryHonoursRetryAfter();
    void retriesRunOut_data();
    void retriesRunOut();
    void serverErrorIsNotRetried_data();
    void serverErrorIsNotRetried();
    void malformedGenerateResponse();
    void noAnswerToGenerate_data();
    void noAnswerToGenerate();
    void noAnswerToProvisionOrRevoke_data();
    void noAnswerToProvisionOrRevoke();
    void droppedGenerateIsNotResent();
    void droppedProvisionOrRevokeIsRetried_data();
    void droppedProvisionOrRevokeIsRetried();
    void lostAnswerOutlivesLaterAttempts_data();
    void lostAnswerOutlivesLaterAttempts();
    void damagedCertificateMaterial_data();
    void damagedCertificateMaterial();

    void untrustedServer_data();
    void untrustedServer();
    void unusableConfiguration_data();
    void unusableConfiguration();
    void plainHttpToLoopback();
    void connectionRefused_data();
    void connectionRefused();
    void abortWhileWaiting();
    void abortBeforeSending();

private:
    FoundryClientSettings settingsFor(const FoundryEmulator &emulator, const QString &caFile) const;
    FoundryClientSettings settings() const { return settingsFor(*m_emulator, m_caFile); }
    static Outcome run(FoundryReply *reply);
    static FoundryReply *call(FoundryClient &client, Operation operation, const Certificate &certificate);
    // A fresh certificate (provisioned to testDevice if asked), with the request log cleared after.
    std::optional<Certificate> prepare(Operation operation, bool provisioned = false);
    QList<EmulatorRequest> requestsTo(Operation operation) const;
    bool addFault(const QString &spec);

    QTemporaryDir m_dir;
    QString m_caFile;
    QString m_otherCaFile;
    std::unique_ptr<FoundryEmulator> m_emulator;
};

void TestFoundryClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    FoundryEmulator::Options options;
    options.token = testToken;
    m_emulator = std::make_unique<FoundryEmulator>(options);
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
    QCOMPARE(m_emulator->baseUrl().scheme(), QStringLiteral("https"));

    m_caFile = m_dir.filePath(QStringLiteral("emulator-ca.pem"));
    QVERIFY(writeFile(m_caFile, m_emulator->caCertificatePem()));

    // A CA that is well-formed and trusted by the client, but did not issue the server's certificate.
    const std::unique_ptr<CertificateAuthority> stranger = CertificateAuthority::create(&error);
    QVERIFY2(stranger, qPrintable(error));
    m_otherCaFile = m_dir.filePath(QStringLiteral("other-ca.pem"));
    QVERIFY(writeFile(m_otherCaFile, stranger->caCertificatePem()));
}

void TestFoundryClient::init()
{
    // Any Qt warning (a write to a closed socket, a TLS complaint) is a defect here.
    QTest::failOnWarning();
    m_emulator->clearFaults();
    m_emulator->clearRequests();
}

FoundryClientSettings TestFoundryClient::settingsFor(const FoundryEmulator &emulator, const QString &caFile) const
{
    FoundryClientSettings settings;
    settings.baseUrl = emulator.baseUrl();
    settings.caFile = caFile;
    settings.token = QCA::SecureArray(testToken.toUtf8());
    settings.transferTimeout = 30s;
    settings.maxAttempts = maxAttempts;
    settings.initialBackoff = 50ms;
    // Room for the emulator's one-second Retry-After, which this also caps.
    settings.maxBackoff = 2s;
    return settings;
}

Outcome TestFoundryClient::run(FoundryReply *reply)
{
    const std::unique_ptr<FoundryReply> owner(reply);
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    connect(reply, &FoundryReply::retryScheduled, reply,
            [&outcome](int, qint64 delayMs, const FoundryError &) { outcome.retryDelays << delayMs; });
    connect(reply, &FoundryReply::finished, reply, [&outcome, &clock] {
        outcome.finished = true;
        outcome.elapsedMs = clock.elapsed();
    });
    // Whether it finished is in the outcome, for the caller to check.
    std::ignore = QTest::qWaitFor([&outcome] { return outcome.finished; }, QDeadlineTimer(replyTimeoutMs));
    outcome.error = reply->error();
    outcome.attempts = reply->attempts();
    outcome.foundryMessage = reply->foundryMessage();
    outcome.response = reply->takeGenerateResponse();
    return outcome;
}

FoundryReply *TestFoundryClient::call(FoundryClient &client, Operation operation, const Certificate &certificate)
{
    switch (operation) {
    case Operation::Generate:
        return client.generate();
    case Operation::Provision:
        return client.provision(certificate.arn, certificate.id, testDevice, provisionTopics);
    case Operation::Revoke:
        return client.revoke(certificate.id, testDevice);
    }
    return nullptr;
}

std::optional<Certificate> TestFoundryClient::prepare(Operation operation, bool provisioned)
{
    if (operation == Operation::Generate && !provisioned)
        return Certificate{};
    FoundryClient client(settings());
    const Outcome generated = run(client.generate());
    if (!generated.finished || generated.error.isError()) {
        qWarning("cannot generate a certificate to work on: %s", qPrintable(describe(generated)));
        return std::nullopt;
    }
    const Certificate certificate{generated.response.id(), generated.response.arn()};
    if (provisioned) {
        const Outcome done = run(client.provision(certificate.arn, certificate.id, testDevice, provisionTopics));
        if (!done.finished || done.error.isError()) {
            qWarning("cannot provision the certificate to work on: %s", qPrintable(describe(done)));
            return std::nullopt;
        }
    }
    m_emulator->clearRequests();
    return certificate;
}

QList<EmulatorRequest> TestFoundryClient::requestsTo(Operation operation) const
{
    QList<EmulatorRequest> result;
    for (const EmulatorRequest &request : m_emulator->requests()) {
        if (request.path == pathOf(operation))
            result << request;
    }
    return result;
}

bool TestFoundryClient::addFault(const QString &spec)
{
    QString error;
    const std::optional<EmulatorFault> fault = EmulatorFault::parse(spec, &error);
    if (!fault) {
        qWarning("bad fault %s: %s", qPrintable(spec), qPrintable(error));
        return false;
    }
    m_emulator->addFault(*fault);
    return true;
}

void TestFoundryClient::generate_data()
{
    QTest::addColumn<bool>("withTopics");
    QTest::addColumn<QStringList>("topics");

    QTest::newRow("without topics") << false << QStringList();
    // '+' must arrive as %2B (a bare '+' is a space to a form decoder); '&', '=', ' ' and '"' would
    // otherwise cut or bend the query and the JSON inside it.
    QTest::newRow("with topics") << true
                                 << QStringList{QStringLiteral("1/#/1"), QStringLiteral("test/+/+/1"),
                                                QStringLiteral("a b&c=d"), QStringLiteral("x\"y")};
    QTest::newRow("non-ascii topic") << true << QStringList{QStringLiteral("halle/\u00fc/\u6e29\u5ea6/#")};
}

void TestFoundryClient::generate()
{
    QFETCH(bool, withTopics);
    QFETCH(QStringList, topics);

    FoundryClient client(settings());
    QVERIFY2(client.configurationProblem().isEmpty(), qPrintable(client.configurationProblem()));
    const Outcome outcome = run(withTopics ? client.generate(topics) : client.generate());
    QVERIFY2(outcome.finished && !outcome.error.isError(), qPrintable(describe(outcome)));
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(outcome.retryDelays.isEmpty());
    QVERIFY2(outcome.response.shapeError().isEmpty(), qPrintable(outcome.response.shapeError()));

    const CertificateBundle bundle = CertificateBundle::check(outcome.response);
    QVERIFY2(bundle.isValid(), qPrintable(describe(bundle)));

    const std::optional<EmulatorCertificate> stored = m_emulator->certificate(outcome.response.id());
    QVERIFY(stored);
    QCOMPARE(stored->arn, outcome.response.arn());
    QCOMPARE(QSslCertificate(stored->certificatePem, QSsl::Pem).toDer(), bundle.certificateDer());
    QCOMPARE(stored->status, withTopics ? Status::Active : Status::Inactive);
    QCOMPARE(stored->topics, topics);
    QVERIFY(stored->deviceId.isEmpty());

    const QList<EmulatorRequest> requests = m_emulator->requests();
    QCOMPARE(requests.size(), 1);
    const EmulatorRequest &request = requests.constFirst();
    QCOMPARE(request.method, QStringLiteral("GET"));
    QCOMPARE(request.path, pathOf(Operation::Generate));
    QCOMPARE(request.status, 200);
    QVERIFY(request.hasAuthentication);
    QVERIFY(request.body.isEmpty());
    QCOMPARE(request.query.hasQueryItem(QStringLiteral("topics")), withTopics);
    const QString rawQuery = request.query.query(QUrl::FullyEncoded);
    QVERIFY2(!rawQuery.contains(QLatin1Char('+')), qPrintable(rawQuery));
}

void TestFoundryClient::provision()
{
    const std::optional<Certificate> certificate = prepare(Operation::Provision);
    QVERIFY(certificate);

    FoundryClient client(settings());
    const Outcome outcome = run(client.provision(certificate->arn, certificate->id, testDevice, provisionTopics));
    QVERIFY2(outcome.finished && !outcome.error.isError(), qPrintable(describe(outcome)));
    QCOMPARE(outcome.attempts, 1);
    QVERIFY2(outcome.foundryMessage.contains(certificate->id), qPrintable(outcome.foundryMessage));

    const std::optional<EmulatorCertificate> stored = m_emulator->certificate(certificate->id);
    QVERIFY(stored);
    QCOMPARE(stored->status, Status::Active);
    QCOMPARE(stored->deviceId, testDevice);
    QCOMPARE(stored->topics, provisionTopics);

    const QList<EmulatorRequest> requests = m_emulator->requests();
    QCOMPARE(requests.size(), 1);
    const EmulatorRequest &request = requests.constFirst();
    QCOMPARE(request.method, QStringLiteral("POST"));
    QCOMPARE(request.path, pathOf(Operation::Provision));
    QCOMPARE(request.status, 200);
    QVERIFY(request.hasAuthentication);
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("arn"), QStringLiteral("certId"), QStringLiteral("deviceId"),
                                QStringLiteral("topics")}));
    QCOMPARE(body.value(QLatin1String("arn")).toString(), certificate->arn);
    QCOMPARE(body.value(QLatin1String("certId")).toString(), certificate->id);
    QCOMPARE(body.value(QLatin1String("deviceId")).toString(), testDevice);
    QCOMPARE(body.value(QLatin1String("topics")).toArray(), QJsonArray::fromStringList(provisionTopics));

    // Provisioning again to the same device is harmless, which is what makes retrying it safe.
    const Outcome again = run(client.provision(certificate->arn, certificate->id, testDevice, provisionTopics));
    QVERIFY2(again.finished && !again.error.isError(), qPrintable(describe(again)));
    QCOMPARE(m_emulator->certificate(certificate->id)->deviceId, testDevice);
}

void TestFoundryClient::revoke()
{
    const std::optional<Certificate> certificate = prepare(Operation::Revoke, true);
    QVERIFY(certificate);

    FoundryClient client(settings());
    const Outcome outcome = run(client.revoke(certificate->id, testDevice));
    QVERIFY2(outcome.finished && !outcome.error.isError(), qPrintable(describe(outcome)));
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(!m_emulator->certificate(certificate->id));

    const QList<EmulatorRequest> requests = m_emulator->requests();
    QCOMPARE(requests.size(), 1);
    const EmulatorRequest &request = requests.constFirst();
    QCOMPARE(request.method, QStringLiteral("DELETE"));
    QCOMPARE(request.path, pathOf(Operation::Revoke));
    QCOMPARE(request.status, 200);
    QCOMPARE(request.query.queryItemValue(QStringLiteral("certId"), QUrl::FullyDecoded), certificate->id);
    QCOMPARE(request.query.queryItemValue(QStringLiteral("deviceId"), QUrl::FullyDecoded), testDevice);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QLatin1String("certId")).toString(), certificate->id);
    QCOMPARE(body.value(QLatin1String("deviceId")).toString(), testDevice);
}

void TestFoundryClient::unauthorized_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QByteArray>("authHeader");
    QTest::addColumn<QByteArray>("authScheme");
    QTest::addColumn<QString>("clientToken");

    const QString wrong = QStringLiteral("wrong-token");
    QTest::newRow("wrong token, generate") << Operation::Generate << QByteArray("Authorization") << QByteArray("Bearer")
                                           << wrong;
    QTest::newRow("wrong token, provision") << Operation::Provision << QByteArray("Authorization")
                                            << QByteArray("Bearer") << wrong;
    QTest::newRow("wrong token, revoke") << Operation::Revoke << QByteArray("Authorization") << QByteArray("Bearer")
                                         << wrong;
    QTest::newRow("wrong scheme") << Operation::Generate << QByteArray("Authorization") << QByteArray("Basic")
                                  << testToken;
    QTest::newRow("wrong header") << Operation::Generate << QByteArray("X-Api-Key") << QByteArray("Bearer")
                                  << testToken;
}

void TestFoundryClient::unauthorized()
{
    QFETCH(Operation, operation);
    QFETCH(QByteArray, authHeader);
    QFETCH(QByteArray, authScheme);
    QFETCH(QString, clientToken);

    const std::optional<Certificate> certificate = prepare(operation);
    QVERIFY(certificate);
    const qsizetype before = m_emulator->certificates().size();

    FoundryClientSettings wrong = settings();
    wrong.authHeader = authHeader;
    wrong.authScheme = authScheme;
    wrong.token = QCA::SecureArray(clientToken.toUtf8());
    FoundryClient client(wrong);
    const Outcome outcome = run(call(client, operation, *certificate));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::Unauthorized);
    QCOMPARE(outcome.error.httpStatus(), 401);
    QVERIFY(!outcome.error.foundryMessage().isEmpty());
    QVERIFY2(outcome.error.message().contains(outcome.error.foundryMessage()), qPrintable(outcome.error.message()));
    QVERIFY2(outcome.error.message().contains(QLatin1String("FOUNDRY_TOKEN")), qPrintable(outcome.error.message()));
    QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
    // A wrong token does not get better by asking again.
    QCOMPARE(outcome.attempts, 1);
    QCOMPARE(statuses(m_emulator->requests()), QList<int>{401});

    QCOMPARE(m_emulator->certificates().size(), before);
    if (operation != Operation::Generate) {
        const std::optional<EmulatorCertificate> stored = m_emulator->certificate(certificate->id);
        QVERIFY(stored);
        QCOMPARE(stored->status, Status::Inactive);
    }
}

void TestFoundryClient::customAuthHeaderWithoutScheme()
{
    FoundryEmulator::Options options;
    options.token = testToken;
    options.authHeader = QByteArrayLiteral("X-Api-Key");
    options.authScheme.clear();
    FoundryEmulator emulator(options);
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));
    const QString caFile = m_dir.filePath(QStringLiteral("custom-header-ca.pem"));
    QVERIFY(writeFile(caFile, emulator.caCertificatePem()));

    FoundryClientSettings custom = settingsFor(emulator, caFile);
    custom.authHeader = QByteArrayLiteral("X-Api-Key");
    custom.authScheme.clear();
    FoundryClient client(custom);
    const Outcome outcome = run(client.generate());
    QVERIFY2(outcome.finished && !outcome.error.isError(), qPrintable(describe(outcome)));
    QVERIFY(CertificateBundle::check(outcome.response).isValid());
    QVERIFY(emulator.certificate(outcome.response.id()));
    QCOMPARE(emulator.requests().size(), 1);
    QVERIFY(emulator.requests().constFirst().hasAuthentication);

    // The same header with a scheme in front of the token is refused, so the bare token is what got in.
    FoundryClientSettings withScheme = custom;
    withScheme.authScheme = QByteArrayLiteral("Bearer");
    FoundryClient schemeClient(withScheme);
    const Outcome refused = run(schemeClient.generate());
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.kind(), Kind::Unauthorized);
    QCOMPARE(emulator.certificates().size(), 1);
}

void TestFoundryClient::notFound_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::newRow("provision") << Operation::Provision;
    QTest::newRow("revoke") << Operation::Revoke;
}

void TestFoundryClient::notFound()
{
    QFETCH(Operation, operation);

    const QString unknownId = QString(64, QLatin1Char('e'));
    const Certificate unknown{unknownId, QStringLiteral("arn:aws:iot:us-west-2:123456789012:cert/") + unknownId};
    FoundryClient client(settings());
    const Outcome outcome = run(call(client, operation, unknown));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::NotFound);
    QCOMPARE(outcome.error.httpStatus(), 404);
    QVERIFY(!outcome.error.foundryMessage().isEmpty());
    QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.attempts, 1);
    QCOMPARE(statuses(requestsTo(operation)), QList<int>{404});
}

void TestFoundryClient::otherDeviceIsRejected_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::newRow("provision") << Operation::Provision;
    QTest::newRow("revoke") << Operation::Revoke;
}

void TestFoundryClient::otherDeviceIsRejected()
{
    QFETCH(Operation, operation);

    const std::optional<Certificate> certificate = prepare(operation, true);
    QVERIFY(certificate);
    FoundryClient client(settings());
    const Outcome outcome = run(operation == Operation::Provision
                                    ? client.provision(certificate->arn, certificate->id, otherDevice, provisionTopics)
                                    : client.revoke(certificate->id, otherDevice));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::Rejected);
    QCOMPARE(outcome.error.httpStatus(), 409);
    QVERIFY(!outcome.error.foundryMessage().isEmpty());
    QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.attempts, 1);
    QCOMPARE(statuses(requestsTo(operation)), QList<int>{409});

    const std::optional<EmulatorCertificate> stored = m_emulator->certificate(certificate->id);
    QVERIFY(stored);
    QCOMPARE(stored->deviceId, testDevice);
}

void TestFoundryClient::retryHonoursRetryAfter_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("refusals");

    // Each refusal costs the suite a second of Retry-After.
    QTest::newRow("rate-limit, generate") << Operation::Generate << QStringLiteral("rate-limit@generate=1x2") << 429
                                          << 2;
    QTest::newRow("unavailable, revoke") << Operation::Revoke << QStringLiteral("unavailable@revoke=1") << 503 << 1;
}

void TestFoundryClient::retryHonoursRetryAfter()
{
    QFETCH(Operation, operation);
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(int, refusals);

    const std::optional<Certificate> certificate = prepare(operation);
    QVERIFY(certificate);
    QVERIFY(addFault(fault));

    QList<qint64> arrivalsNs;
    QElapsedTimer clock;
    clock.start();
    QObject context;
    connect(m_emulator.get(), &FoundryEmulator::requestHandled, &context,
            [&arrivalsNs, &clock](const EmulatorRequest &) { arrivalsNs << clock.nsecsElapsed(); });

    FoundryClient client(settings());
    const Outcome outcome = run(call(client, operation, *certificate));
    QVERIFY2(outcome.finished && !outcome.error.isError(), qPrintable(describe(outcome)));
    QCOMPARE(outcome.attempts, refusals + 1);
    QCOMPARE(outcome.retryDelays.size(), refusals);
    for (const qint64 delay : std::as_const(outcome.retryDelays))
        QVERIFY2(delay >= 1000, qPrintable(QString::number(delay)));
    QVERIFY2(outcome.elapsedMs >= refusals * 1000, qPrintable(QString::number(outcome.elapsedMs)));

    QList<int> expected(refusals, status);
    expected << 200;
    QCOMPARE(statuses(requestsTo(operation)), expected);
    // The server's clock is what a rate limiter goes by: each retry must arrive a full Retry-After
    // after the refusal, not merely be scheduled that far out.
    QCOMPARE(arrivalsNs.size(), refusals + 1);
    for (qsizetype i = 1; i < arrivalsNs.size(); ++i) {
        const qint64 gapNs = arrivalsNs.at(i) - arrivalsNs.at(i - 1);
        QVERIFY2(gapNs >= 1'000'000'000, qPrintable(QStringLiteral("retry %1 arrived %2 ms after the refusal")
                                                        .arg(i)
                                                        .arg(static_cast<double>(gapNs) / 1e6)));
    }
    if (operation == Operation::Revoke)
        QVERIFY(!m_emulator->certificate(certificate->id));
    else
        QVERIFY(m_emulator->certificate(outcome.response.id()));
}

void TestFoundryClient::retriesRunOut_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attempts");

    QTest::newRow("rate-limit, generate") << Operation::Generate << QStringLiteral("rate-limit@generatex*")
                                          << Kind::RateLimited << 429 << maxAttempts;
    // A lower limit, to see that it is the setting that counts (and to spend one second, not two).
    QTest::newRow("unavailable, provision") << Operation::Provision << QStringLiteral("unavailable@provisionx*")
                                            << Kind::Server << 503 << 2;
}

void TestFoundryClient::retriesRunOut()
{
    QFETCH(Operation, operation);
    QFETCH(QString, fault);
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(int, attempts);

    const std::optional<Certificate> certificate = prepare(operation);
    QVERIFY(certificate);
    const qsizetype before = m_emulator->certificates().size();
    QVERIFY(addFault(fault));

    FoundryClientSettings limited = settings();
    limited.maxAttempts = attempts;
    FoundryClient client(limited);
    const Outcome outcome = run(call(client, operation, *certificate));
    QVERIFY(outcome.finished);
    QCOMPARE(FoundryError::kindName(outcome.error.kind()), FoundryError::kindName(kind));
    QCOMPARE(outcome.error.httpStatus(), status);
    QVERIFY(outcome.error.retryAfter() == 1000ms);
    QVERIFY(!outcome.error.foundryMessage().isEmpty());
    // Refused before any work: nothing can have been left behind.
    QVERIFY(!outcome.error.mayHaveReachedFoundry());
    QVERIFY(outcome.error.consequence().isEmpty());
    QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.attempts, attempts);
    QCOMPARE(outcome.retryDelays.size(), attempts - 1);
    QCOMPARE(statuses(requestsTo(operation)), QList<int>(attempts, status));
    QCOMPARE(m_emulator->certificates().size(), before);
}

void TestFoundryClient::serverErrorIsNotRetried_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::newRow("generate") << Operation::Generate;
    QTest::newRow("provision") << Operation::Provision;
    QTest::newRow("revoke") << Operation::Revoke;
}

void TestFoundryClient::serverErrorIsNotRetried()
{
    QFETCH(Operation, operation);

    const std::optional<Certificate> certificate = prepare(operation);
    QVERIFY(certificate);
    const qsizetype before = m_emulator->certificates().size();
    QVERIFY(addFault(QStringLiteral("http-500@") + faultName(operation)));

    FoundryClient client(settings());
    const Outcome outcome = run(call(client, operation, *certificate));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::Server);
    QCOMPARE(outcome.error.httpStatus(), 500);
    QVERIFY(!outcome.error.foundryMessage().isEmpty());
    QVERIFY2(outcome.error.message().contains(QLatin1String("Foundry support")), qPrintable(outcome.error.message()));
    QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(outcome.retryDelays.isEmpty());
    QCOMPARE(statuses(requestsTo(operation)), QList<int>{500});
    QCOMPARE(m_emulator->certificates().size(), before);
}

void TestFoundryClient::malformedGenerateResponse()
{
    const qsizetype before = m_emulator->certificates().size();
    QVERIFY(addFault(QStringLiteral("malformed-json@generate")));

    FoundryClient client(settings());
    const Outcome outcome = run(client.generate());
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::MalformedResponse);
    QCOMPARE(outcome.error.httpStatus(), 200);
    QVERIFY2(outcome.error.detail().contains(QLatin1String("not valid JSON")), qPrintable(outcome.error.detail()));
    QVERIFY(outcome.error.mayHaveReachedFoundry());
    QVERIFY(!outcome.error.consequence().isEmpty());
    QVERIFY2(outcome.error.message().contains(outcome.error.consequence()), qPrintable(outcome.error.message()));
    QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(!outcome.response.shapeError().isEmpty());
    QVERIFY(outcome.response.privateKeyBase64().isEmpty());

    QCOMPARE(statuses(requestsTo(Operation::Generate)), QList<int>{200});
    QCOMPARE(m_emulator->certificates().size(), before + 1);
}

void TestFoundryClient::noAnswerToGenerate_data()
{
    QTest::addColumn<bool>("withTopics");
    QTest::addColumn<QString>("orphan");

    QTest::newRow("without topics") << false << QStringLiteral("INACTIVE");
    QTest::newRow("with topics") << true << QStringLiteral("activated");
}

void TestFoundryClient::noAnswerToGenerate()
{
    QFETCH(bool, withTopics);
    QFETCH(QString, orphan);

    const qsizetype before = m_emulator->certificates().size();
    QVERIFY(addFault(QStringLiteral("slow@generate=%1").arg(slowMs)));

    FoundryClientSettings impatient = settings();
    impatient.transferTimeout = shortTimeout;
    FoundryClient client(impatient);
    const Outcome outcome = run(withTopics ? client.generate(QStringList{QStringLiteral("1/#/1")}) : client.generate());
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::Network);
    QVERIFY2(outcome.error.detail().contains(QLatin1String("no answer")), qPrintable(outcome.error.detail()));
    QVERIFY(outcome.error.mayHaveReachedFoundry());
    // Sending generate again could make a second certificate.
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(outcome.retryDelays.isEmpty());
    QCOMPARE(requestsTo(Operation::Generate).size(), 1);
    QCOMPARE(m_emulator->certificates().size(), before + 1);

    const QString message = outcome.error.message();
    QVERIFY(!outcome.error.consequence().isEmpty());
    QVERIFY2(message.contains(outcome.error.consequence()), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("certificate")) && message.contains(orphan), qPrintable(message));
    QVERIFY2(isActionable(outcome.error), qPrintable(message));
}

void TestFoundryClient::noAnswerToProvisionOrRevoke_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::newRow("provision") << Operation::Provision;
    QTest::newRow("revoke") << Operation::Revoke;
}

void TestFoundryClient::noAnswerToProvisionOrRevoke()
{
    QFETCH(Operation, operation);

    const std::optional<Certificate> certificate = prepare(operation);
    QVERIFY(certificate);
    QVERIFY(addFault(QStringLiteral("slow@%1=%2x*").arg(faultName(operation)).arg(slowMs)));

    FoundryClientSettings impatient = settings();
    impatient.transferTimeout = shortTimeout;
    // Every attempt waits out the timeout; two show the retry as well as three would.
    impatient.maxAttempts = 2;
    FoundryClient client(impatient);
    const Outcome outcome = run(call(client, operation, *certificate));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::Network);
    QVERIFY2(outcome.error.detail().contains(QLatin1String("no answer")), qPrintable(outcome.error.detail()));
    QVERIFY(outcome.error.mayHaveReachedFoundry());
    QVERIFY(outcome.error.consequence().isEmpty());
    QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
    // Both are safe to repeat, so every attempt is used.
    QCOMPARE(outcome.attempts, 2);
    QCOMPARE(outcome.retryDelays.size(), 1);
    QCOMPARE(requestsTo(operation).size(), 2);

    // Foundry did act on the first attempt; only the answer was lost.
    if (operation == Operation::Provision) {
        const std::optional<EmulatorCertificate> stored = m_emulator->certificate(certificate->id);
        QVERIFY(stored);
        QCOMPARE(stored->deviceId, testDevice);
    } else {
        QVERIFY(!m_emulator->certificate(certificate->id));
    }
}

void TestFoundryClient::droppedGenerateIsNotResent()
{
    const qsizetype before = m_emulator->certificates().size();
    QVERIFY(addFault(QStringLiteral("drop-connection@generate")));

    FoundryClient client(settings());
    const Outcome outcome = run(client.generate());
    QVERIFY(outcome.finished);

    // Checked first because it is the point: a second generate would orphan the first certificate.
    QCOMPARE(statuses(requestsTo(Operation::Generate)), QList<int>{0});
    QCOMPARE(m_emulator->certificates().size(), before + 1);

    QCOMPARE(outcome.error.kind(), Kind::Network);
    QVERIFY(outcome.error.mayHaveReachedFoundry());
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(outcome.retryDelays.isEmpty());
    QVERIFY(!outcome.error.consequence().isEmpty());
    QVERIFY2(outcome.error.message().contains(outcome.error.consequence()), qPrintable(outcome.error.message()));
    QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
}

void TestFoundryClient::droppedProvisionOrRevokeIsRetried_data()
{
    QTest::addColumn<Operation>("operation");
    // The retried revoke finds the certificate already deleted by the dropped attempt.
    QTest::addColumn<int>("retryStatus");

    QTest::newRow("provision") << Operation::Provision << 200;
    QTest::newRow("revoke") << Operation::Revoke << 404;
}

void TestFoundryClient::droppedProvisionOrRevokeIsRetried()
{
    QFETCH(Operation, operation);
    QFETCH(int, retryStatus);

    const std::optional<Certificate> certificate = prepare(operation, operation == Operation::Revoke);
    QVERIFY(certificate);
    QVERIFY(addFault(QStringLiteral("drop-connection@") + faultName(operation)));

    FoundryClient client(settings());
    const Outcome outcome = run(call(client, operation, *certificate));
    QVERIFY2(outcome.finished && !outcome.error.isError(), qPrintable(describe(outcome)));
    QCOMPARE(statuses(requestsTo(operation)), (QList<int>{0, retryStatus}));
    // The station retried, knowingly, rather than the transport behind its back.
    QCOMPARE(outcome.attempts, 2);
    QCOMPARE(outcome.retryDelays.size(), 1);

    if (operation == Operation::Provision) {
        const std::optional<EmulatorCertificate> stored = m_emulator->certificate(certificate->id);
        QVERIFY(stored);
        QCOMPARE(stored->status, Status::Active);
        QCOMPARE(stored->deviceId, testDevice);
    } else {
        QVERIFY(!m_emulator->certificate(certificate->id));
        QVERIFY2(outcome.foundryMessage.contains(QLatin1String("already revoked")), qPrintable(outcome.foundryMessage));
    }
}

void TestFoundryClient::lostAnswerOutlivesLaterAttempts_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::newRow("provision") << Operation::Provision;
    QTest::newRow("revoke") << Operation::Revoke;
}

// Foundry acts on the first attempt, the answer is lost, and then Foundry goes away so that every
// retry is refused. The caller must still hear that Foundry may have acted (for revoke: the
// certificate may be gone), not the "never reached" of the last attempt alone.
void TestFoundryClient::lostAnswerOutlivesLaterAttempts()
{
    QFETCH(Operation, operation);

    FoundryEmulator::Options options;
    options.token = testToken;
    auto emulator = std::make_unique<FoundryEmulator>(options);
    QString error;
    QVERIFY2(emulator->start(&error), qPrintable(error));
    const QString caFile = m_dir.filePath(QStringLiteral("vanishing-ca.pem"));
    QVERIFY(writeFile(caFile, emulator->caCertificatePem()));

    FoundryClientSettings vanishing = settingsFor(*emulator, caFile);
    // Whichever ends the first attempt, the closed connection or this, Foundry may have acted.
    vanishing.transferTimeout = 5s;
    FoundryClient client(vanishing);
    const Outcome generated = run(client.generate());
    QVERIFY2(generated.finished && !generated.error.isError(), qPrintable(describe(generated)));
    const Certificate certificate{generated.response.id(), generated.response.arn()};

    const std::optional<EmulatorFault> slow =
        EmulatorFault::parse(QStringLiteral("slow@%1=60000").arg(faultName(operation)), &error);
    QVERIFY2(slow, qPrintable(error));
    emulator->addFault(*slow);
    FoundryReply *reply = call(client, operation, certificate);
    QVERIFY(QTest::qWaitFor([&emulator] { return emulator->requests().size() == 2; }, QDeadlineTimer(replyTimeoutMs)));
    emulator.reset();

    const Outcome outcome = run(reply);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::Network);
    QCOMPARE(outcome.attempts, maxAttempts);
    QVERIFY(outcome.error.mayHaveReachedFoundry());
    QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
}

void TestFoundryClient::damagedCertificateMaterial_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QList<CertificateBundle::Problem>>("acceptable");

    using Problem = CertificateBundle::Problem;
    // Which of the three depends on how far the damaged DER gets through the parser.
    QTest::newRow("corrupt certificate")
        << QStringLiteral("corrupt-certificate")
        << QList<Problem>{Problem::CertificateNotBase64, Problem::CertificateNotPem, Problem::CertificateUnparsable};
    QTest::newRow("id mismatch") << QStringLiteral("id-mismatch") << QList<Problem>{Problem::IdMismatch};
    QTest::newRow("key mismatch") << QStringLiteral("key-mismatch") << QList<Problem>{Problem::KeyMismatch};
}

void TestFoundryClient::damagedCertificateMaterial()
{
    QFETCH(QString, fault);
    QFETCH(QList<CertificateBundle::Problem>, acceptable);

    QVERIFY(addFault(fault));
    FoundryClient client(settings());
    const Outcome outcome = run(client.generate());
    // The transport did its job; judging the contents is CertificateBundle's.
    QVERIFY2(outcome.finished && !outcome.error.isError(), qPrintable(describe(outcome)));
    QVERIFY(outcome.response.shapeError().isEmpty());
    QVERIFY(m_emulator->certificate(outcome.response.id()));

    const CertificateBundle bundle = CertificateBundle::check(outcome.response);
    QVERIFY(!bundle.isValid());
    for (const CertificateBundle::Finding &finding : bundle.findings())
        QVERIFY2(acceptable.contains(finding.problem), qPrintable(describe(bundle)));
    QVERIFY(bundle.privateKeyPem().isEmpty());
}

void TestFoundryClient::untrustedServer_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<bool>("otherCa");

    QTest::newRow("no CA file, generate") << Operation::Generate << false;
    QTest::newRow("other CA, generate") << Operation::Generate << true;
    QTest::newRow("other CA, revoke") << Operation::Revoke << true;
}

void TestFoundryClient::untrustedServer()
{
    QFETCH(Operation, operation);
    QFETCH(bool, otherCa);

    const std::optional<Certificate> certificate = prepare(operation);
    QVERIFY(certificate);
    const qsizetype before = m_emulator->certificates().size();

    FoundryClient client(settingsFor(*m_emulator, otherCa ? m_otherCaFile : QString()));
    QVERIFY2(client.configurationProblem().isEmpty(), qPrintable(client.configurationProblem()));
    const Outcome outcome = run(call(client, operation, *certificate));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::Tls);
    QCOMPARE(outcome.error.httpStatus(), 0);
    QVERIFY(!outcome.error.detail().isEmpty());
    QVERIFY(!outcome.error.mayHaveReachedFoundry());
    QVERIFY2(outcome.error.message().contains(QLatin1String("--ca-file")), qPrintable(outcome.error.message()));
    QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(m_emulator->requests().isEmpty());
    QCOMPARE(m_emulator->certificates().size(), before);
}

void TestFoundryClient::unusableConfiguration_data()
{
    QTest::addColumn<QString>("baseUrl"); // empty: the emulator's
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QByteArray>("clientToken");
    QTest::addColumn<QByteArray>("authHeader");
    QTest::addColumn<QByteArray>("authScheme");
    QTest::addColumn<QString>("complaint");

    const QString good = m_caFile;
    const QByteArray token = testToken.toUtf8();
    const auto row = [](const char *name, const QString &baseUrl, const QString &caFile, const QByteArray &clientToken,
                        const QString &complaint, const QByteArray &header = "Authorization",
                        const QByteArray &scheme = "Bearer") {
        QTest::newRow(name) << baseUrl << caFile << clientToken << header << scheme << complaint;
    };
    // 192.0.2.1 is TEST-NET-1: nothing answers there, and nothing may be sent there.
    row("plain http to another host", QStringLiteral("http://192.0.2.1"), QString(), token, QStringLiteral("plain http://"));
    row("other scheme", QStringLiteral("ftp://127.0.0.1"), QString(), token, QStringLiteral("must start with https://"));
    row("no host", QStringLiteral("https://"), good, token, QStringLiteral("not a valid URL"));
    row("CA file missing", QString(), m_dir.filePath(QStringLiteral("missing.pem")), token, QStringLiteral("does not exist"));
    row("CA file without certificate", QString(), m_dir.filePath(QStringLiteral("not-a-ca.pem")), token,
        QStringLiteral("holds no PEM certificate"));
    // Neither may hang the station or fill its memory.
    row("CA file is a device", QString(), QStringLiteral("/dev/zero"), token, QStringLiteral("not a regular file"));
    row("CA file is a pipe", QString(), m_dir.filePath(QStringLiteral("ca.fifo")), token,
        QStringLiteral("not a regular file"));
    row("no token", QString(), good, QByteArray(), QStringLiteral("FOUNDRY_TOKEN"));

    // A line break in a header would end it and start one the station never meant to send.
    row("token with CR LF", QString(), good, token + "\r\nX-Injected: 1", QStringLiteral("control character"));
    row("token with LF", QString(), good, token + "\nX-Injected: 1", QStringLiteral("control character"));
    row("token with NUL", QString(), good, token + QByteArray(1, '\0') + "tail", QStringLiteral("control character"));
    row("header name with CR LF", QString(), good, token, QStringLiteral("not a valid HTTP header name"),
        "X-Api-Key\r\nX-Injected");
    row("header name with colon", QString(), good, token, QStringLiteral("not a valid HTTP header name"), "X-Key: x");
    row("header name with space", QString(), good, token, QStringLiteral("not a valid HTTP header name"), "X Key");
    row("scheme with LF", QString(), good, token, QStringLiteral("not a valid HTTP auth scheme"), "Authorization",
        "Bearer\nX-Injected:");
}

void TestFoundryClient::unusableConfiguration()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, caFile);
    QFETCH(QByteArray, clientToken);
    QFETCH(QByteArray, authHeader);
    QFETCH(QByteArray, authScheme);
    QFETCH(QString, complaint);

    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("not-a-ca.pem")), QByteArrayLiteral("hello\n")));
    const QString fifo = m_dir.filePath(QStringLiteral("ca.fifo"));
    QVERIFY(QFileInfo::exists(fifo) || ::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    FoundryClientSettings unusable = settingsFor(*m_emulator, caFile);
    if (!baseUrl.isEmpty())
        unusable.baseUrl = QUrl(baseUrl);
    unusable.token = QCA::SecureArray(clientToken);
    unusable.authHeader = authHeader;
    unusable.authScheme = authScheme;
    FoundryClient client(unusable);
    QVERIFY2(client.configurationProblem().contains(complaint), qPrintable(client.configurationProblem()));
    // The token is a secret: a complaint about it never quotes it.
    QVERIFY(!client.configurationProblem().contains(testToken));

    for (const Operation operation : {Operation::Generate, Operation::Provision, Operation::Revoke}) {
        const Certificate certificate{QString(64, QLatin1Char('a')), QStringLiteral("arn")};
        const Outcome outcome = run(call(client, operation, certificate));
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error.kind(), Kind::Configuration);
        QVERIFY2(outcome.error.message().contains(client.configurationProblem()), qPrintable(outcome.error.message()));
        QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
        QVERIFY(!outcome.error.mayHaveReachedFoundry());
        QVERIFY(outcome.error.consequence().isEmpty());
        // Not a single attempt: nothing went onto the network.
        QCOMPARE(outcome.attempts, 0);
    }
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestFoundryClient::plainHttpToLoopback()
{
    FoundryEmulator::Options options;
    options.token = testToken;
    options.tls = false;
    FoundryEmulator emulator(options);
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));
    QCOMPARE(emulator.baseUrl().scheme(), QStringLiteral("http"));

    FoundryClient client(settingsFor(emulator, QString()));
    QVERIFY2(client.configurationProblem().isEmpty(), qPrintable(client.configurationProblem()));
    const Outcome generated = run(client.generate());
    QVERIFY2(generated.finished && !generated.error.isError(), qPrintable(describe(generated)));
    QVERIFY(CertificateBundle::check(generated.response).isValid());
    const QString id = generated.response.id();
    QVERIFY(emulator.certificate(id));

    const Outcome revoked = run(client.revoke(id, testDevice));
    QVERIFY2(revoked.finished && !revoked.error.isError(), qPrintable(describe(revoked)));
    QVERIFY(!emulator.certificate(id));
    QCOMPARE(statuses(emulator.requests()), (QList<int>{200, 200}));
}

void TestFoundryClient::connectionRefused_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::newRow("generate") << Operation::Generate;
    QTest::newRow("provision") << Operation::Provision;
    QTest::newRow("revoke") << Operation::Revoke;
}

void TestFoundryClient::connectionRefused()
{
    QFETCH(Operation, operation);

    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    FoundryClientSettings refused = settings();
    refused.baseUrl.setPort(port);
    FoundryClient client(refused);
    const Certificate certificate{QString(64, QLatin1Char('a')), QStringLiteral("arn")};
    const Outcome outcome = run(call(client, operation, certificate));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::Network);
    QVERIFY(!outcome.error.mayHaveReachedFoundry());
    QVERIFY(outcome.error.consequence().isEmpty());
    QVERIFY2(isActionable(outcome.error), qPrintable(outcome.error.message()));
    // Even generate is sent again: a refused connection never reached Foundry.
    QCOMPARE(outcome.attempts, maxAttempts);
    QCOMPARE(outcome.retryDelays.size(), maxAttempts - 1);
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestFoundryClient::abortWhileWaiting()
{
    QVERIFY(addFault(QStringLiteral("slow@generate=%1").arg(slowMs)));
    FoundryClient client(settings());
    const std::unique_ptr<FoundryReply> reply(client.generate());
    QSignalSpy finished(reply.get(), &FoundryReply::finished);
    QVERIFY(QTest::qWaitFor([this] { return !m_emulator->requests().isEmpty(); }, QDeadlineTimer(replyTimeoutMs)));
    QCOMPARE(finished.count(), 0);

    reply->abort();
    QCOMPARE(finished.count(), 1);
    QVERIFY(reply->isFinished());
    const FoundryError error = reply->error();
    QCOMPARE(error.kind(), Kind::Network);
    QVERIFY(error.mayHaveReachedFoundry());
    QVERIFY(!error.consequence().isEmpty());
    QVERIFY2(isActionable(error), qPrintable(error.message()));

    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(requestsTo(Operation::Generate).size(), 1);
}

void TestFoundryClient::abortBeforeSending()
{
    FoundryClient client(settings());
    const std::unique_ptr<FoundryReply> reply(client.generate());
    QSignalSpy finished(reply.get(), &FoundryReply::finished);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind(), Kind::Network);
    QVERIFY(!reply->error().mayHaveReachedFoundry());
    QVERIFY(reply->error().consequence().isEmpty());

    // A later call runs to completion; had the cancelled one gone out anyway, it went out first.
    const Outcome later = run(client.generate());
    QVERIFY2(later.finished && !later.error.isError(), qPrintable(describe(later)));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(requestsTo(Operation::Generate).size(), 1);
    QCOMPARE(reply->attempts(), 0);
}

FOUNDRY_TEST_MAIN(TestFoundryClient)
#include "tst_foundryclient.moc"
