#include "emulator/CertificateAuthority.h"
#include "emulator/FoundryEmulator.h"
#include "emulator/KeyReserve.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSemaphore>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString token = u"test-token"_s;
const QString generatePath = u"/foundry/certificates/generate"_s;
const QString provisionPath = u"/foundry/certificates/provision"_s;
const QString revokePath = u"/foundry/certificates/revoke"_s;
constexpr int replyTimeoutMs = 15000;

using Certificate = std::unique_ptr<X509, decltype(&X509_free)>;
using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free_all)>;
using Store = std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)>;

Bio memoryBio(const QByteArray &data)
{
    return Bio(BIO_new_mem_buf(data.constData(), int(data.size())), &BIO_free_all);
}

Certificate parseCertificate(const QByteArray &pem)
{
    const Bio bio = memoryBio(pem);
    return Certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
}

Key parsePrivateKey(const QByteArray &pem)
{
    const Bio bio = memoryBio(pem);
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
}

QByteArray derOf(X509 *certificate)
{
    unsigned char *buffer = nullptr;
    const int size = i2d_X509(certificate, &buffer);
    const QByteArray der(reinterpret_cast<const char *>(buffer), size);
    OPENSSL_free(buffer);
    return der;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString commonName(X509 *certificate)
{
    char name[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(certificate), NID_commonName, name,
                              sizeof(name));
    return QString::fromUtf8(name);
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    tm parts{};
    ASN1_TIME_to_tm(time, &parts);
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::UTC);
}

// A full chain verification, as a device or AWS would do it, at the given moment.
int verifyChain(X509 *certificate, X509 *ca, const QDateTime &at = QDateTime::currentDateTimeUtc())
{
    const Store store(X509_STORE_new(), &X509_STORE_free);
    X509_STORE_add_cert(store.get(), ca);
    const StoreContext context(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
    X509_STORE_CTX_init(context.get(), store.get(), certificate, nullptr);
    X509_STORE_CTX_set_time(context.get(), 0, static_cast<time_t>(at.toSecsSinceEpoch()));
    if (X509_verify_cert(context.get()) == 1)
        return X509_V_OK;
    return X509_STORE_CTX_get_error(context.get());
}

QStringList pemLabels(const QByteArray &pem)
{
    static const QRegularExpression begin(u"^-----BEGIN ([A-Z ]+)-----$"_s,
                                          QRegularExpression::MultilineOption);
    QStringList labels;
    for (const QRegularExpressionMatch &match : begin.globalMatch(QString::fromLatin1(pem)))
        labels.append(match.captured(1));
    return labels;
}

// A certificate of the CA's on a key that is not RSA, and that key, as PKCS#8 PEM.
void verifyNonRsaPair(const QByteArray &certificatePem, const QByteArray &keyPem,
                      const QByteArray &caPem, int keyType, const QString &curve)
{
    const Certificate certificate = parseCertificate(certificatePem);
    const Certificate ca = parseCertificate(caPem);
    QVERIFY(certificate && ca);
    QCOMPARE(verifyChain(certificate.get(), ca.get()), X509_V_OK);
    QCOMPARE(EVP_PKEY_get_base_id(X509_get0_pubkey(certificate.get())), keyType);
    QCOMPARE(pemLabels(keyPem), QStringList{u"PRIVATE KEY"_s});
    const Key key = parsePrivateKey(keyPem);
    QVERIFY(key);
    QCOMPARE(EVP_PKEY_get_base_id(key.get()), keyType);
    QCOMPARE(X509_check_private_key(certificate.get(), key.get()), 1);
    char group[64] = {};
    size_t groupLength = 0;
    EVP_PKEY_get_group_name(key.get(), group, sizeof(group), &groupLength);
    QCOMPARE(QString::fromLatin1(group), curve);
}

struct HttpResult
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray allow;
    QByteArray contentType;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct GeneratedCertificate
{
    QString id;
    QString arn;
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

// QTest::qWaitFor rather than QTRY_*: in Qt 6.8 those macros narrow a long to int and trip
// -Wconversion in the code that uses them.
template <typename Predicate>
bool waitFor(Predicate predicate)
{
    return QTest::qWaitFor(predicate, QDeadlineTimer(replyTimeoutMs));
}

QString encodedJson(const QJsonArray &array)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(
            QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))));
}

} // namespace

class TestFoundryEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void caCertificate();
    void issuedCertificate();
    void issuedCertificateValidity_data();
    void issuedCertificateValidity();
    void unrelatedPrivateKey();
    void otherKeyTypes_data();
    void otherKeyTypes();
    void issueRejectsBadRequests_data();
    void issueRejectsBadRequests();

    void generate();
    void generateWithTopics();
    void generateRejectsBadTopics_data();
    void generateRejectsBadTopics();
    void plusInQueryMeansSpace();
    void provisionAndRevoke();
    void provisionRejects_data();
    void provisionRejects();
    void revokeParameters_data();
    void revokeParameters();
    void authentication_data();
    void authentication();
    void rawTokenInCustomHeader();
    void unknownPathsAndMethods_data();
    void unknownPathsAndMethods();
    void refusesToStart_data();
    void refusesToStart();
    void plainHttp();
    void keyReserve();

    void parseFault_data();
    void parseFault();
    void parseFaultRejects_data();
    void parseFaultRejects();
    void rejectingFaults_data();
    void rejectingFaults();
    void faultCountIsHonoured();
    void faultEndpointScope();
    void corruptCertificate();
    void idMismatch();
    void keyMismatch();
    void nonRsaKey_data();
    void nonRsaKey();
    void extraPem();
    void extraKey();
    void answersWithoutActing_data();
    void answersWithoutActing();
    void malformedJson();
    void slowResponse();
    void slowResponseDoesNotBlock();
    void slowResponseToVanishedClient();
    void dropConnection();
    void concurrentGenerates();
    void generateLeavesTheEmulatorFree();
    void emulatorGoesWhileGenerating();
    void dropConnectionIsRetriedByQt_data();
    void dropConnectionIsRetriedByQt();
    void adminEndpoints();

    void executable();
    void executableRejectsBadArguments_data();
    void executableRejectsBadArguments();

private:
    HttpResult call(FoundryEmulator &emulator, const QByteArray &verb, const QString &path,
                    const QUrlQuery &query = {}, const QByteArray &body = {},
                    const std::optional<QByteArray> &authorization = "Bearer test-token"_ba);
    HttpResult call(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                    const QByteArray &body = {})
    {
        return call(*m_emulator, verb, path, query, body);
    }
    static QNetworkRequest requestFor(FoundryEmulator &emulator, const QString &path,
                                      const QUrlQuery &query = {},
                                      const std::optional<QByteArray> &authorization = "Bearer test-token"_ba);
    std::optional<GeneratedCertificate> generateOne(const QUrlQuery &query = {});
    // Adds the fault, then calls the endpoint at path; provision and revoke on a certificate
    // generated before. *acted says whether Foundry changed anything.
    HttpResult callAfterFault(const QString &path, const QString &fault, bool *acted);
    static QByteArray provisionBody(const QString &arn, const QString &certId,
                                    const QString &deviceId, const QJsonArray &topics);

    QNetworkAccessManager m_network;
    std::unique_ptr<FoundryEmulator> m_emulator;
    std::unique_ptr<CertificateAuthority> m_authority;
};

void TestFoundryEmulator::initTestCase()
{
    FoundryEmulator::Options options;
    options.token = token;
    m_emulator = std::make_unique<FoundryEmulator>(options);
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
    QCOMPARE(m_emulator->baseUrl().scheme(), u"https"_s);
    QCOMPARE(m_emulator->baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(m_emulator->baseUrl().port() > 0);

    m_authority = CertificateAuthority::create(&error);
    QVERIFY2(m_authority, qPrintable(error));
}

void TestFoundryEmulator::init()
{
    // Any Qt warning (a write to a closed socket, a TLS complaint) is a defect here.
    QTest::failOnWarning();
    m_emulator->clearFaults();
    m_emulator->clearRequests();
}

HttpResult TestFoundryEmulator::call(FoundryEmulator &emulator, const QByteArray &verb,
                                     const QString &path, const QUrlQuery &query,
                                     const QByteArray &body,
                                     const std::optional<QByteArray> &authorization)
{
    QNetworkRequest request = requestFor(emulator, path, query, authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);

    HttpResult result;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(replyTimeoutMs + 5000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    result.finished = reply->isFinished();
    result.elapsedMs = clock.elapsed();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    result.allow = reply->rawHeader("Allow");
    result.contentType = reply->rawHeader("Content-Type");
    return result;
}

QNetworkRequest TestFoundryEmulator::requestFor(FoundryEmulator &emulator, const QString &path,
                                                const QUrlQuery &query,
                                                const std::optional<QByteArray> &authorization)
{
    QUrl url = emulator.baseUrl();
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(replyTimeoutMs);
    if (url.scheme() == u"https") {
        // Trust exactly the emulator's CA, as the station does; TLS errors are never ignored.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(emulator.caCertificatePem(), QSsl::Pem));
        request.setSslConfiguration(tls);
    }
    if (authorization)
        request.setRawHeader("Authorization", *authorization);
    return request;
}

std::optional<GeneratedCertificate> TestFoundryEmulator::generateOne(const QUrlQuery &query)
{
    const HttpResult result = call("GET", generatePath, query);
    if (result.status != 200)
        return std::nullopt;
    const QJsonObject json = result.json();
    return GeneratedCertificate{
            json.value(u"id"_s).toString(),
            json.value(u"arn"_s).toString(),
            QByteArray::fromBase64(json.value(u"cert"_s).toString().toLatin1()),
            QByteArray::fromBase64(json.value(u"private"_s).toString().toLatin1()),
    };
}

HttpResult TestFoundryEmulator::callAfterFault(const QString &path, const QString &fault,
                                               bool *acted)
{
    const std::optional<GeneratedCertificate> generated = generateOne();
    if (!generated)
        return {};
    m_emulator->addFault(*EmulatorFault::parse(fault, nullptr));
    const qsizetype before = m_emulator->certificates().size();
    const QString device = u"dev-1"_s;
    HttpResult result;
    if (path == generatePath) {
        result = call("GET", generatePath);
    } else if (path == provisionPath) {
        result = call("POST", provisionPath, {},
                      provisionBody(generated->arn, generated->id, device, {u"a/b"_s}));
    } else {
        result = call("DELETE", revokePath,
                      QUrlQuery({{u"certId"_s, generated->id}, {u"deviceId"_s, device}}));
    }
    const std::optional<EmulatorCertificate> stored = m_emulator->certificate(generated->id);
    *acted = m_emulator->certificates().size() != before || !stored
            || stored->status != EmulatorCertificate::Status::Inactive
            || !stored->deviceId.isEmpty();
    return result;
}

QByteArray TestFoundryEmulator::provisionBody(const QString &arn, const QString &certId,
                                              const QString &deviceId, const QJsonArray &topics)
{
    return QJsonDocument(QJsonObject{{u"arn"_s, arn},
                                     {u"certId"_s, certId},
                                     {u"deviceId"_s, deviceId},
                                     {u"topics"_s, topics}})
            .toJson(QJsonDocument::Compact);
}

void TestFoundryEmulator::caCertificate()
{
    const Certificate ca = parseCertificate(m_authority->caCertificatePem());
    QVERIFY(ca);
    QCOMPARE(commonName(ca.get()), u"Foundry Emulator CA"_s);
    QCOMPARE(X509_check_ca(ca.get()), 1);
    QCOMPARE(X509_get_signature_nid(ca.get()), NID_sha256WithRSAEncryption);
    QVERIFY(X509_get0_subject_key_id(ca.get()));
    QCOMPARE(X509_get_key_usage(ca.get()), uint32_t(KU_KEY_CERT_SIGN | KU_CRL_SIGN));
    QCOMPARE(EVP_PKEY_get_bits(X509_get0_pubkey(ca.get())), 2048);
    QCOMPARE(verifyChain(ca.get(), ca.get()), X509_V_OK);
}

void TestFoundryEmulator::issuedCertificate()
{
    QString error;
    const std::optional<IssuedCertificate> issued = m_authority->issue({}, &error);
    QVERIFY2(issued, qPrintable(error));

    const Certificate certificate = parseCertificate(issued->certificatePem);
    const Certificate ca = parseCertificate(m_authority->caCertificatePem());
    QVERIFY(certificate && ca);
    QCOMPARE(verifyChain(certificate.get(), ca.get()), X509_V_OK);
    QCOMPARE(X509_get_signature_nid(certificate.get()), NID_sha256WithRSAEncryption);
    QCOMPARE(X509_get_version(certificate.get()), X509_VERSION_3);
    QCOMPARE(commonName(certificate.get()), u"AWS IoT Certificate"_s);
    QCOMPARE(toDateTime(X509_get0_notAfter(certificate.get())),
             QDateTime(QDate(2049, 12, 31), QTime(23, 59, 59), QTimeZone::UTC));
    QVERIFY(toDateTime(X509_get0_notBefore(certificate.get())) < QDateTime::currentDateTimeUtc());
    QCOMPARE(X509_check_ca(certificate.get()), 0);

    std::unique_ptr<BIGNUM, decltype(&BN_free)> serial(
            ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate.get()), nullptr), &BN_free);
    QCOMPARE(BN_num_bits(serial.get()), 159);
    QVERIFY(!BN_is_negative(serial.get()));

    QCOMPARE(issued->der, derOf(certificate.get()));
    QCOMPARE(issued->id, sha256Hex(issued->der));
    QVERIFY(issued->id.contains(QRegularExpression(u"^[0-9a-f]{64}$"_s)));

    QVERIFY(issued->privateKeyPem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
    const Key key = parsePrivateKey(issued->privateKeyPem);
    QVERIFY(key);
    QCOMPARE(EVP_PKEY_get_bits(key.get()), 2048);
    QCOMPARE(X509_check_private_key(certificate.get(), key.get()), 1);

    // Two certificates never share a serial or an id.
    const std::optional<IssuedCertificate> other = m_authority->issue({}, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(other->id != issued->id);
}

void TestFoundryEmulator::issuedCertificateValidity_data()
{
    QTest::addColumn<int>("notBeforeDays");
    QTest::addColumn<int>("notAfterDays");
    QTest::addColumn<int>("verification");

    QTest::newRow("expired") << -30 << -1 << int(X509_V_ERR_CERT_HAS_EXPIRED);
    QTest::newRow("not yet valid") << 1 << 30 << int(X509_V_ERR_CERT_NOT_YET_VALID);
    QTest::newRow("valid") << -1 << 1 << int(X509_V_OK);
}

void TestFoundryEmulator::issuedCertificateValidity()
{
    QFETCH(int, notBeforeDays);
    QFETCH(int, notAfterDays);
    QFETCH(int, verification);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertificateRequest request;
    request.commonName = u"device-42"_s;
    request.notBefore = now.addDays(notBeforeDays);
    request.notAfter = now.addDays(notAfterDays);
    QString error;
    const std::optional<IssuedCertificate> issued = m_authority->issue(request, &error);
    QVERIFY2(issued, qPrintable(error));

    const Certificate certificate = parseCertificate(issued->certificatePem);
    const Certificate ca = parseCertificate(m_authority->caCertificatePem());
    QCOMPARE(commonName(certificate.get()), u"device-42"_s);
    QCOMPARE(toDateTime(X509_get0_notBefore(certificate.get())),
             request.notBefore.addMSecs(-request.notBefore.time().msec()));
    QCOMPARE(toDateTime(X509_get0_notAfter(certificate.get())),
             request.notAfter.addMSecs(-request.notAfter.time().msec()));
    QCOMPARE(verifyChain(certificate.get(), ca.get(), now), verification);
}

void TestFoundryEmulator::unrelatedPrivateKey()
{
    QString error;
    const std::optional<IssuedCertificate> issued = m_authority->issue({}, &error);
    const std::optional<QByteArray> otherKey = CertificateAuthority::createPrivateKeyPem(2048, &error);
    QVERIFY2(issued && otherKey, qPrintable(error));
    QVERIFY(otherKey->startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
    const Certificate certificate = parseCertificate(issued->certificatePem);
    const Key key = parsePrivateKey(*otherKey);
    QVERIFY(certificate && key);
    QCOMPARE(X509_check_private_key(certificate.get(), key.get()), 0);
}

void TestFoundryEmulator::otherKeyTypes_data()
{
    QTest::addColumn<CertificateRequest::KeyType>("keyType");
    QTest::addColumn<int>("evpType");
    QTest::addColumn<QString>("curve");
    QTest::newRow("EC P-256") << CertificateRequest::KeyType::EcP256 << EVP_PKEY_EC
                              << u"prime256v1"_s;
    QTest::newRow("Ed25519") << CertificateRequest::KeyType::Ed25519 << EVP_PKEY_ED25519
                             << QString();
}

void TestFoundryEmulator::otherKeyTypes()
{
    QFETCH(CertificateRequest::KeyType, keyType);
    QFETCH(int, evpType);
    QFETCH(QString, curve);

    CertificateRequest request;
    request.keyType = keyType;
    QString error;
    const std::optional<IssuedCertificate> issued = m_authority->issue(request, &error);
    QVERIFY2(issued, qPrintable(error));
    verifyNonRsaPair(issued->certificatePem, issued->privateKeyPem,
                     m_authority->caCertificatePem(), evpType, curve);
    if (QTest::currentTestFailed())
        return;
    const Certificate certificate = parseCertificate(issued->certificatePem);
    QCOMPARE(X509_get_signature_nid(certificate.get()), NID_sha256WithRSAEncryption);
    QCOMPARE(issued->id, sha256Hex(derOf(certificate.get())));

    const std::optional<QByteArray> otherKey = CertificateAuthority::createPrivateKeyPem(request, &error);
    QVERIFY2(otherKey, qPrintable(error));
    const Key key = parsePrivateKey(*otherKey);
    QVERIFY(key);
    QCOMPARE(EVP_PKEY_get_base_id(key.get()), evpType);
    QCOMPARE(X509_check_private_key(certificate.get(), key.get()), 0);
}

void TestFoundryEmulator::issueRejectsBadRequests_data()
{
    QTest::addColumn<CertificateRequest>("request");
    QTest::addColumn<QString>("expectedError");

    CertificateRequest request;
    request.keyBits = 0;
    QTest::newRow("no key size") << request << u"invalid RSA key size 0"_s;
    request = {};
    request.keyBits = 256;
    QTest::newRow("key too small") << request << u"RSA key generation failed"_s;
    request = {};
    request.dnsNames = {u"localhost,IP:10.0.0.1"_s};
    QTest::newRow("smuggled SAN") << request << u"invalid DNS name"_s;
    request = {};
    request.notAfter = QDateTime();
    QTest::newRow("no validity") << request << u"no valid validity dates"_s;
}

void TestFoundryEmulator::issueRejectsBadRequests()
{
    QFETCH(CertificateRequest, request);
    QFETCH(QString, expectedError);

    QString error;
    QVERIFY(!m_authority->issue(request, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void TestFoundryEmulator::generate()
{
    const HttpResult result = call("GET", generatePath);
    QVERIFY2(result.finished && result.error == QNetworkReply::NoError,
             qPrintable(result.errorString));
    QCOMPARE(result.status, 200);
    const QJsonObject json = result.json();
    QCOMPARE(json.keys(), QStringList({u"arn"_s, u"cert"_s, u"id"_s, u"private"_s}));

    const QString id = json.value(u"id"_s).toString();
    const QByteArray certificatePem = QByteArray::fromBase64(json.value(u"cert"_s).toString().toLatin1(),
                                                             QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray keyPem = QByteArray::fromBase64(json.value(u"private"_s).toString().toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    QCOMPARE(json.value(u"arn"_s).toString(), u"arn:aws:iot:us-west-2:123456789012:cert/"_s + id);

    const Certificate certificate = parseCertificate(certificatePem);
    const Certificate ca = parseCertificate(m_emulator->caCertificatePem());
    QVERIFY(certificate && ca);
    QCOMPARE(verifyChain(certificate.get(), ca.get()), X509_V_OK);
    QCOMPARE(id, sha256Hex(derOf(certificate.get())));
    QVERIFY(keyPem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
    const Key key = parsePrivateKey(keyPem);
    QVERIFY(key);
    QCOMPARE(X509_check_private_key(certificate.get(), key.get()), 1);

    const std::optional<EmulatorCertificate> stored = m_emulator->certificate(id);
    QVERIFY(stored);
    QCOMPARE(stored->status, EmulatorCertificate::Status::Inactive);
    QVERIFY(stored->topics.isEmpty());
    QVERIFY(stored->deviceId.isEmpty());
    QCOMPARE(stored->certificatePem, certificatePem);
    QCOMPARE(stored->arn, json.value(u"arn"_s).toString());

    const QList<EmulatorRequest> requests = m_emulator->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, u"GET"_s);
    QCOMPARE(requests.first().path, generatePath);
    QVERIFY(requests.first().hasAuthentication);
    QCOMPARE(requests.first().status, 200);
}

void TestFoundryEmulator::generateWithTopics()
{
    const QJsonArray topics{u"1/#/1"_s, u"test/+/+/1"_s, u"1/2/3"_s};
    const std::optional<GeneratedCertificate> generated =
            generateOne(QUrlQuery({{u"topics"_s, encodedJson(topics)}}));
    QVERIFY(generated);
    const std::optional<EmulatorCertificate> stored = m_emulator->certificate(generated->id);
    QVERIFY(stored);
    QCOMPARE(stored->status, EmulatorCertificate::Status::Active);
    QCOMPARE(stored->topics, QStringList({u"1/#/1"_s, u"test/+/+/1"_s, u"1/2/3"_s}));
}

void TestFoundryEmulator::generateRejectsBadTopics_data()
{
    QTest::addColumn<QString>("topics");
    QTest::newRow("not JSON") << u"1%2F2"_s;
    QTest::newRow("object") << u"%7B%7D"_s;
    QTest::newRow("numbers") << u"%5B1%2C2%5D"_s;
    QTest::newRow("empty") << QString();
}

void TestFoundryEmulator::generateRejectsBadTopics()
{
    QFETCH(QString, topics);
    const qsizetype before = m_emulator->certificates().size();
    const HttpResult result = call("GET", generatePath, QUrlQuery({{u"topics"_s, topics}}));
    QCOMPARE(result.status, 400);
    QVERIFY(result.json().value(u"message"_s).isString());
    QCOMPARE(m_emulator->certificates().size(), before);
}

void TestFoundryEmulator::plusInQueryMeansSpace()
{
    // An unencoded '+' reads as a space, as it does for Foundry's form-style query parsing.
    const std::optional<GeneratedCertificate> generated =
            generateOne(QUrlQuery({{u"topics"_s, u"%5B%22a/+/b%22%5D"_s}}));
    QVERIFY(generated);
    QCOMPARE(m_emulator->certificate(generated->id)->topics, QStringList{u"a/ /b"_s});
}

void TestFoundryEmulator::provisionAndRevoke()
{
    const std::optional<GeneratedCertificate> generated = generateOne();
    QVERIFY(generated);
    const QString device = u"a7b3c1d0-1111-4222-8e92-d9e000000113"_s;
    const QJsonArray topics{u"XiQ/#"_s};

    HttpResult result = call("POST", provisionPath, {},
                             provisionBody(generated->arn, generated->id, device, topics));
    QCOMPARE(result.status, 200);
    QVERIFY(result.json().value(u"message"_s).isString());
    std::optional<EmulatorCertificate> stored = m_emulator->certificate(generated->id);
    QCOMPARE(stored->status, EmulatorCertificate::Status::Active);
    QCOMPARE(stored->deviceId, device);
    QCOMPARE(stored->topics, QStringList{u"XiQ/#"_s});

    // Repeating the same provisioning is harmless; another device may not take the certificate.
    result = call("POST", provisionPath, {},
                  provisionBody(generated->arn, generated->id, device, {u"other/#"_s}));
    QCOMPARE(result.status, 200);
    QCOMPARE(m_emulator->certificate(generated->id)->topics, QStringList{u"other/#"_s});
    result = call("POST", provisionPath, {},
                  provisionBody(generated->arn, generated->id, u"another-device"_s, topics));
    QCOMPARE(result.status, 409);
    QCOMPARE(m_emulator->certificate(generated->id)->deviceId, device);

    result = call("DELETE", revokePath,
                  QUrlQuery({{u"certId"_s, generated->id}, {u"deviceId"_s, u"another-device"_s}}));
    QCOMPARE(result.status, 409);
    QVERIFY(m_emulator->certificate(generated->id));

    result = call("DELETE", revokePath,
                  QUrlQuery({{u"certId"_s, generated->id}, {u"deviceId"_s, device}}));
    QCOMPARE(result.status, 200);
    QVERIFY(result.json().value(u"message"_s).isString());
    QVERIFY(!m_emulator->certificate(generated->id));

    result = call("DELETE", revokePath,
                  QUrlQuery({{u"certId"_s, generated->id}, {u"deviceId"_s, device}}));
    QCOMPARE(result.status, 404);
    result = call("POST", provisionPath, {}, provisionBody(generated->arn, generated->id, device, topics));
    QCOMPARE(result.status, 404);
}

void TestFoundryEmulator::provisionRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("not JSON") << "arn=x"_ba << 400;
    QTest::newRow("array") << "[]"_ba << 400;
    QTest::newRow("no arn") << R"({"certId":"%ID%","deviceId":"d","topics":[]})"_ba << 400;
    QTest::newRow("no certId") << R"({"arn":"%ARN%","deviceId":"d","topics":[]})"_ba << 400;
    QTest::newRow("no deviceId") << R"({"arn":"%ARN%","certId":"%ID%","topics":[]})"_ba << 400;
    QTest::newRow("no topics") << R"({"arn":"%ARN%","certId":"%ID%","deviceId":"d"})"_ba << 400;
    QTest::newRow("topics not a list")
            << R"({"arn":"%ARN%","certId":"%ID%","deviceId":"d","topics":"a/b"})"_ba << 400;
    QTest::newRow("topic not a string")
            << R"({"arn":"%ARN%","certId":"%ID%","deviceId":"d","topics":[1]})"_ba << 400;
    QTest::newRow("numeric deviceId")
            << R"({"arn":"%ARN%","certId":"%ID%","deviceId":7,"topics":[]})"_ba << 400;
    QTest::newRow("foreign arn")
            << R"({"arn":"arn:aws:iot:us-west-2:123456789012:cert/%ID%x",)"
               R"("certId":"%ID%","deviceId":"d","topics":[]})"_ba
            << 400;
    QTest::newRow("unknown certId")
            << R"({"arn":"%ARN%","certId":"%ID%0","deviceId":"d","topics":[]})"_ba << 404;
}

void TestFoundryEmulator::provisionRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    const std::optional<GeneratedCertificate> generated = generateOne();
    QVERIFY(generated);
    body.replace("%ARN%", generated->arn.toLatin1()).replace("%ID%", generated->id.toLatin1());
    const HttpResult result = call("POST", provisionPath, {}, body);
    QCOMPARE(result.status, status);
    QVERIFY(result.json().value(u"message"_s).isString());
    QCOMPARE(m_emulator->certificate(generated->id)->status, EmulatorCertificate::Status::Inactive);
}

void TestFoundryEmulator::revokeParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("query") << u"certId=%ID%&deviceId=dev-1"_s << QByteArray() << 200;
    QTest::newRow("body") << QString() << R"({"certId":"%ID%","deviceId":"dev-1"})"_ba << 200;
    QTest::newRow("both") << u"certId=%ID%&deviceId=dev-1"_s
                          << R"({"certId":"%ID%","deviceId":"dev-1"})"_ba << 200;
    QTest::newRow("split") << u"certId=%ID%"_s << R"({"deviceId":"dev-1"})"_ba << 200;
    QTest::newRow("neither") << QString() << QByteArray() << 400;
    QTest::newRow("no deviceId") << u"certId=%ID%"_s << QByteArray() << 400;
    QTest::newRow("conflicting") << u"certId=%ID%&deviceId=dev-1"_s
                                 << R"({"certId":"%ID%","deviceId":"dev-2"})"_ba << 400;
    QTest::newRow("body not JSON") << QString() << "certId=x"_ba << 400;
    QTest::newRow("numeric certId") << QString() << R"({"certId":5,"deviceId":"dev-1"})"_ba << 400;
    QTest::newRow("other device") << u"certId=%ID%&deviceId=dev-2"_s << QByteArray() << 409;
    QTest::newRow("unknown") << u"certId=%ID%0&deviceId=dev-1"_s << QByteArray() << 404;
}

void TestFoundryEmulator::revokeParameters()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    const std::optional<GeneratedCertificate> generated = generateOne();
    QVERIFY(generated);
    QCOMPARE(call("POST", provisionPath, {},
                  provisionBody(generated->arn, generated->id, u"dev-1"_s, {u"a/b"_s}))
                     .status,
             200);
    query.replace(u"%ID%"_s, generated->id);
    body.replace("%ID%", generated->id.toLatin1());

    const HttpResult result = call("DELETE", revokePath, QUrlQuery(query), body);
    QCOMPARE(result.status, status);
    QVERIFY(result.json().value(u"message"_s).isString());
    QCOMPARE(m_emulator->certificate(generated->id).has_value(), status != 200);
}

void TestFoundryEmulator::authentication_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<std::optional<QByteArray>>("authorization");
    QTest::addColumn<int>("status");

    const std::optional<QByteArray> none;
    QTest::newRow("generate without token") << generatePath << none << 401;
    QTest::newRow("wrong token") << generatePath << std::optional("Bearer wrong"_ba) << 401;
    QTest::newRow("token without scheme") << generatePath << std::optional("test-token"_ba) << 401;
    QTest::newRow("other scheme") << generatePath << std::optional("Basic test-token"_ba) << 401;
    QTest::newRow("token prefix") << generatePath << std::optional("Bearer test-toke"_ba) << 401;
    QTest::newRow("lowercase scheme") << generatePath << std::optional("bearer test-token"_ba) << 200;
    QTest::newRow("provision without token") << provisionPath << none << 401;
    QTest::newRow("revoke without token") << revokePath << none << 401;
    QTest::newRow("admin without token") << u"/emulator/certificates"_s << none << 401;
}

void TestFoundryEmulator::authentication()
{
    QFETCH(QString, path);
    QFETCH(std::optional<QByteArray>, authorization);
    QFETCH(int, status);

    const qsizetype before = m_emulator->certificates().size();
    const QByteArray verb = path == provisionPath ? "POST"_ba
            : path == revokePath                  ? "DELETE"_ba
                                                  : "GET"_ba;
    const HttpResult result = call(*m_emulator, verb, path, {}, {}, authorization);
    QCOMPARE(result.status, status);
    QVERIFY(result.json().value(u"message"_s).isString() || status == 200);
    if (status == 401)
        QCOMPARE(m_emulator->certificates().size(), before);
    if (path.startsWith(u"/foundry/"_s)) {
        QCOMPARE(m_emulator->requests().size(), 1);
        QCOMPARE(m_emulator->requests().constFirst().hasAuthentication, authorization.has_value());
    }
}

void TestFoundryEmulator::rawTokenInCustomHeader()
{
    FoundryEmulator::Options options;
    options.token = u"raw-secret"_s;
    options.authHeader = "X-Api-Key"_ba;
    options.authScheme.clear();
    options.region = u"eu-central-1"_s;
    options.account = u"999999999999"_s;
    FoundryEmulator emulator(options);
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));

    QCOMPARE(call(emulator, "GET", generatePath, {}, {}, "Bearer raw-secret"_ba).status, 401);

    QNetworkRequest request = requestFor(emulator, generatePath, {}, std::nullopt);
    request.setRawHeader("X-Api-Key", "raw-secret");
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QVERIFY(waitFor([&] { return reply->isFinished(); }));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString arn = QJsonDocument::fromJson(reply->readAll()).object().value(u"arn"_s).toString();
    QVERIFY2(arn.startsWith(u"arn:aws:iot:eu-central-1:999999999999:cert/"_s), qPrintable(arn));
}

void TestFoundryEmulator::unknownPathsAndMethods_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");

    QTest::newRow("unknown") << "GET"_ba << u"/foundry/certificates/list"_s << 404 << QByteArray();
    QTest::newRow("below generate") << "GET"_ba << u"/foundry/certificates/generate/x"_s << 404
                                    << QByteArray();
    QTest::newRow("root") << "GET"_ba << u"/"_s << 404 << QByteArray();
    QTest::newRow("POST generate") << "POST"_ba << generatePath << 405 << "GET"_ba;
    QTest::newRow("GET provision") << "GET"_ba << provisionPath << 405 << "POST"_ba;
    QTest::newRow("POST revoke") << "POST"_ba << revokePath << 405 << "DELETE"_ba;
    QTest::newRow("PUT faults") << "PUT"_ba << u"/emulator/faults"_s << 405
                                << "GET, DELETE, POST"_ba;
}

void TestFoundryEmulator::unknownPathsAndMethods()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);

    const HttpResult result = call(verb, path);
    QCOMPARE(result.status, status);
    QVERIFY(result.json().value(u"message"_s).isString());
    QCOMPARE(result.allow, allow);
}

void TestFoundryEmulator::refusesToStart_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("any address") << u"0.0.0.0"_s << token << u"loopback"_s;
    QTest::newRow("IPv6 any") << u"::"_s << token << u"loopback"_s;
    QTest::newRow("LAN address") << u"192.0.2.7"_s << token << u"loopback"_s;
    QTest::newRow("no token") << u"127.0.0.1"_s << QString() << u"token"_s;
}

void TestFoundryEmulator::refusesToStart()
{
    QFETCH(QString, address);
    QFETCH(QString, token);
    QFETCH(QString, expectedError);

    FoundryEmulator::Options options;
    options.address = QHostAddress(address);
    options.token = token;
    FoundryEmulator emulator(options);
    QString error;
    QVERIFY(!emulator.start(&error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY(emulator.baseUrl().isEmpty());
}

void TestFoundryEmulator::plainHttp()
{
    FoundryEmulator::Options options;
    options.token = token;
    options.tls = false;
    FoundryEmulator emulator(options);
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));
    QCOMPARE(emulator.baseUrl().scheme(), u"http"_s);
    const HttpResult result = call(emulator, "GET", generatePath);
    QCOMPARE(result.status, 200);
    QCOMPARE(emulator.certificates().size(), 1);
}

void TestFoundryEmulator::keyReserve()
{
    QThreadPool pool;
    auto reserve = std::make_shared<KeyReserve>();
    QString error;
    QVERIFY2(reserve->fill(2, &pool, &error), qPrintable(error));
    QCOMPARE(reserve->size(), 2);

    FoundryEmulator::Options options;
    options.token = token;
    options.keyReserve = reserve;
    FoundryEmulator emulator(options);
    QVERIFY2(emulator.start(&error), qPrintable(error));

    // A key of another kind is made, not taken.
    emulator.addFault(*EmulatorFault::parse(u"ec-key"_s, nullptr));
    QCOMPARE(call(emulator, "GET", generatePath).status, 200);
    QCOMPARE(reserve->size(), 2);

    QSet<QByteArray> keys;
    for (const qsizetype left : {1, 0, 0}) {
        const HttpResult result = call(emulator, "GET", generatePath);
        QCOMPARE(result.status, 200);
        QCOMPARE(reserve->size(), left);
        const QJsonObject json = result.json();
        const QByteArray keyPem = QByteArray::fromBase64(json.value(u"private"_s).toString().toLatin1());
        const Certificate certificate =
                parseCertificate(QByteArray::fromBase64(json.value(u"cert"_s).toString().toLatin1()));
        const Key key = parsePrivateKey(keyPem);
        QVERIFY(certificate && key);
        QCOMPARE(X509_check_private_key(certificate.get(), key.get()), 1);
        QVERIFY(keyPem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
        keys.insert(keyPem);
    }
    QCOMPARE(keys.size(), 3);
}

void TestFoundryEmulator::parseFault_data()
{
    using Kind = EmulatorFault::Kind;
    using Endpoint = EmulatorFault::Endpoint;
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("plain") << u"http-500"_s << Kind::Http500 << Endpoint::Any << 1 << 1
                           << u"http-500"_s;
    QTest::newRow("endpoint") << u"http-500@provision"_s << Kind::Http500 << Endpoint::Provision
                              << 1 << 1 << u"http-500@provision"_s;
    QTest::newRow("everything") << u"rate-limit@generate=2x3"_s << Kind::RateLimit
                                << Endpoint::Generate << 3 << 2 << u"rate-limit@generate=2x3"_s;
    QTest::newRow("count only") << u"unavailablex2"_s << Kind::Unavailable << Endpoint::Any << 2
                                << 1 << u"unavailablex2"_s;
    QTest::newRow("forever") << u"slow=250x*"_s << Kind::Slow << Endpoint::Any << -1 << 250
                             << u"slow=250x*"_s;
    QTest::newRow("slow default") << u"slow@revoke"_s << Kind::Slow << Endpoint::Revoke << 1
                                  << 3000 << u"slow@revoke"_s;
    QTest::newRow("drop") << u"drop-connection@generate"_s << Kind::DropConnection
                          << Endpoint::Generate << 1 << 1 << u"drop-connection@generate"_s;
    QTest::newRow("generate only kind") << u"corrupt-certificate"_s << Kind::CorruptCertificate
                                        << Endpoint::Generate << 1 << 1
                                        << u"corrupt-certificate"_s;
    QTest::newRow("explicit generate") << u"key-mismatch@generatex4"_s << Kind::KeyMismatch
                                       << Endpoint::Generate << 4 << 1 << u"key-mismatchx4"_s;
    QTest::newRow("id mismatch") << u"id-mismatch"_s << Kind::IdMismatch << Endpoint::Generate
                                 << 1 << 1 << u"id-mismatch"_s;
    QTest::newRow("malformed json") << u"malformed-json@revoke"_s << Kind::MalformedJson
                                    << Endpoint::Revoke << 1 << 1 << u"malformed-json@revoke"_s;
    QTest::newRow("any") << u"http-500@any"_s << Kind::Http500 << Endpoint::Any << 1 << 1
                         << u"http-500"_s;
    QTest::newRow("ec key") << u"ec-key"_s << Kind::EcKey << Endpoint::Generate << 1 << 1
                            << u"ec-key"_s;
    QTest::newRow("ed25519 key") << u"ed25519-key@generatex2"_s << Kind::Ed25519Key
                                 << Endpoint::Generate << 2 << 1 << u"ed25519-keyx2"_s;
    QTest::newRow("extra pem") << u"extra-pem"_s << Kind::ExtraPem << Endpoint::Generate << 1
                               << 1 << u"extra-pem"_s;
    QTest::newRow("extra key") << u"extra-keyx*"_s << Kind::ExtraKey << Endpoint::Generate << -1
                               << 1 << u"extra-keyx*"_s;
    QTest::newRow("html page") << u"html-page@provisionx5"_s << Kind::HtmlPage
                               << Endpoint::Provision << 5 << 1 << u"html-page@provisionx5"_s;
    QTest::newRow("hostile message") << u"hostile-message"_s << Kind::HostileMessage
                                     << Endpoint::Any << 1 << 1 << u"hostile-message"_s;
}

void TestFoundryEmulator::parseFault()
{
    QFETCH(QString, spec);
    QFETCH(EmulatorFault::Kind, kind);
    QFETCH(EmulatorFault::Endpoint, endpoint);
    QFETCH(int, remaining);
    QFETCH(int, value);
    QFETCH(QString, canonical);

    QString error;
    const std::optional<EmulatorFault> fault = EmulatorFault::parse(spec, &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(fault->kind, kind);
    QCOMPARE(fault->endpoint, endpoint);
    QCOMPARE(fault->remaining, remaining);
    QCOMPARE(fault->effectiveValue(), value);
    QCOMPARE(fault->toString(), canonical);
    QCOMPARE(EmulatorFault::parse(fault->toString(), &error)->toString(), canonical);
}

void TestFoundryEmulator::parseFaultRejects_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("empty") << QString() << u"malformed fault"_s;
    QTest::newRow("unknown") << u"explode"_s << u"unknown fault \"explode\""_s;
    QTest::newRow("unknown endpoint") << u"http-500@list"_s << u"unknown endpoint \"list\""_s;
    QTest::newRow("generate only") << u"corrupt-certificate@revoke"_s << u"generate only"_s;
    QTest::newRow("extra pem elsewhere") << u"extra-pem@provision"_s << u"generate only"_s;
    QTest::newRow("ec key with value") << u"ec-key=384"_s << u"takes no value"_s;
    QTest::newRow("html page with value") << u"html-page=2"_s << u"takes no value"_s;
    QTest::newRow("value not taken") << u"http-500=3"_s << u"takes no value"_s;
    QTest::newRow("negative value") << u"slow=-5"_s << u"malformed fault"_s;
    QTest::newRow("huge value") << u"slow=99999999999"_s << u"too large"_s;
    QTest::newRow("zero count") << u"http-500x0"_s << u"count"_s;
    QTest::newRow("trailing junk") << u"http-500x2y"_s << u"unknown fault"_s;
    QTest::newRow("upper case") << u"HTTP-500"_s << u"malformed fault"_s;
    QTest::newRow("spaces") << u"http-500 @generate"_s << u"malformed fault"_s;
}

void TestFoundryEmulator::parseFaultRejects()
{
    QFETCH(QString, spec);
    QFETCH(QString, expectedError);

    QString error;
    QVERIFY(!EmulatorFault::parse(spec, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void TestFoundryEmulator::rejectingFaults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");

    QTest::newRow("http-500") << u"http-500@generate"_s << 500 << QByteArray();
    QTest::newRow("rate-limit") << u"rate-limit"_s << 429 << "1"_ba;
    QTest::newRow("rate-limit with value") << u"rate-limit@generate=7"_s << 429 << "7"_ba;
    QTest::newRow("unavailable") << u"unavailable=4"_s << 503 << "4"_ba;
}

void TestFoundryEmulator::rejectingFaults()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);

    m_emulator->addFault(*EmulatorFault::parse(spec, nullptr));
    const qsizetype before = m_emulator->certificates().size();
    const HttpResult result = call("GET", generatePath);
    QCOMPARE(result.status, status);
    QCOMPARE(result.retryAfter, retryAfter);
    QVERIFY(result.json().value(u"message"_s).isString());
    // Foundry refused, so nothing was created; the fault is used up.
    QCOMPARE(m_emulator->certificates().size(), before);
    QVERIFY(m_emulator->faults().isEmpty());
    QCOMPARE(m_emulator->requests().constLast().status, status);
    QCOMPARE(call("GET", generatePath).status, 200);
}

void TestFoundryEmulator::faultCountIsHonoured()
{
    m_emulator->addFault(*EmulatorFault::parse(u"rate-limit@generate=2x3"_s, nullptr));
    for (int attempt = 0; attempt < 3; ++attempt) {
        const HttpResult result = call("GET", generatePath);
        QCOMPARE(result.status, 429);
        QCOMPARE(result.retryAfter, "2"_ba);
    }
    QCOMPARE(call("GET", generatePath).status, 200);

    m_emulator->addFault(*EmulatorFault::parse(u"http-500x*"_s, nullptr));
    for (int attempt = 0; attempt < 4; ++attempt)
        QCOMPARE(call("GET", generatePath).status, 500);
    m_emulator->clearFaults();
    QCOMPARE(call("GET", generatePath).status, 200);
}

void TestFoundryEmulator::faultEndpointScope()
{
    m_emulator->addFault(*EmulatorFault::parse(u"http-500@provision"_s, nullptr));
    const std::optional<GeneratedCertificate> generated = generateOne();
    QVERIFY(generated);
    const QByteArray body = provisionBody(generated->arn, generated->id, u"dev"_s, {});
    QCOMPARE(call("POST", provisionPath, {}, body).status, 500);
    QCOMPARE(m_emulator->certificate(generated->id)->status, EmulatorCertificate::Status::Inactive);
    QCOMPARE(call("POST", provisionPath, {}, body).status, 200);
}

void TestFoundryEmulator::corruptCertificate()
{
    m_emulator->addFault(*EmulatorFault::parse(u"corrupt-certificate"_s, nullptr));
    const std::optional<GeneratedCertificate> generated = generateOne();
    QVERIFY(generated);
    QVERIFY(generated->certificatePem.startsWith("-----BEGIN CERTIFICATE-----\n"));
    QVERIFY(!parseCertificate(generated->certificatePem));
    // Foundry keeps the good certificate it made; only the answer is damaged.
    const std::optional<EmulatorCertificate> stored = m_emulator->certificate(generated->id);
    QVERIFY(stored);
    const Certificate original = parseCertificate(stored->certificatePem);
    QVERIFY(original);
    QCOMPARE(sha256Hex(derOf(original.get())), generated->id);
}

void TestFoundryEmulator::idMismatch()
{
    m_emulator->addFault(*EmulatorFault::parse(u"id-mismatch"_s, nullptr));
    const std::optional<GeneratedCertificate> generated = generateOne();
    QVERIFY(generated);
    const Certificate certificate = parseCertificate(generated->certificatePem);
    QVERIFY(certificate);
    QVERIFY(generated->id.contains(QRegularExpression(u"^[0-9a-f]{64}$"_s)));
    QVERIFY(generated->id != sha256Hex(derOf(certificate.get())));
    QVERIFY(generated->arn.endsWith(u":cert/"_s + generated->id));
    QVERIFY(m_emulator->certificate(generated->id));
}

void TestFoundryEmulator::keyMismatch()
{
    m_emulator->addFault(*EmulatorFault::parse(u"key-mismatch"_s, nullptr));
    const std::optional<GeneratedCertificate> generated = generateOne();
    QVERIFY(generated);
    const Certificate certificate = parseCertificate(generated->certificatePem);
    const Key key = parsePrivateKey(generated->privateKeyPem);
    QVERIFY(certificate && key);
    QVERIFY(generated->privateKeyPem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
    QCOMPARE(X509_check_private_key(certificate.get(), key.get()), 0);
    QCOMPARE(generated->id, sha256Hex(derOf(certificate.get())));
}

void TestFoundryEmulator::nonRsaKey_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("evpType");
    QTest::addColumn<QString>("curve");
    QTest::newRow("ec-key") << u"ec-key"_s << EVP_PKEY_EC << u"prime256v1"_s;
    QTest::newRow("ed25519-key") << u"ed25519-key"_s << EVP_PKEY_ED25519 << QString();
}

// Everything is as Foundry documents it but the key type: only a client that looks at the key
// itself can tell.
void TestFoundryEmulator::nonRsaKey()
{
    QFETCH(QString, fault);
    QFETCH(int, evpType);
    QFETCH(QString, curve);

    m_emulator->addFault(*EmulatorFault::parse(fault, nullptr));
    const std::optional<GeneratedCertificate> generated = generateOne();
    QVERIFY(generated);
    verifyNonRsaPair(generated->certificatePem, generated->privateKeyPem,
                     m_emulator->caCertificatePem(), evpType, curve);
    if (QTest::currentTestFailed())
        return;
    const Certificate certificate = parseCertificate(generated->certificatePem);
    QCOMPARE(generated->id, sha256Hex(derOf(certificate.get())));
    QCOMPARE(generated->arn, u"arn:aws:iot:us-west-2:123456789012:cert/"_s + generated->id);
    const std::optional<EmulatorCertificate> stored = m_emulator->certificate(generated->id);
    QVERIFY(stored);
    QCOMPARE(stored->certificatePem, generated->certificatePem);
    QVERIFY(m_emulator->faults().isEmpty());
    // The next one is RSA again.
    QVERIFY(generateOne()->privateKeyPem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
}

void TestFoundryEmulator::extraPem()
{
    m_emulator->addFault(*EmulatorFault::parse(u"extra-pem"_s, nullptr));
    const std::optional<GeneratedCertificate> generated = generateOne();
    QVERIFY(generated);
    // The certificate, then the very key that belongs to it, in the field a device shows anyone.
    QCOMPARE(pemLabels(generated->certificatePem),
             QStringList({u"CERTIFICATE"_s, u"RSA PRIVATE KEY"_s}));
    const std::optional<EmulatorCertificate> stored = m_emulator->certificate(generated->id);
    QVERIFY(stored);
    QVERIFY(generated->certificatePem.startsWith(stored->certificatePem));
    QCOMPARE(generated->certificatePem.sliced(stored->certificatePem.size()),
             generated->privateKeyPem);
    const Certificate certificate = parseCertificate(generated->certificatePem);
    const Key key = parsePrivateKey(generated->privateKeyPem);
    QVERIFY(certificate && key);
    QCOMPARE(generated->id, sha256Hex(derOf(certificate.get())));
    QCOMPARE(X509_check_private_key(certificate.get(), key.get()), 1);
}

void TestFoundryEmulator::extraKey()
{
    m_emulator->addFault(*EmulatorFault::parse(u"extra-key"_s, nullptr));
    const std::optional<GeneratedCertificate> generated = generateOne();
    QVERIFY(generated);
    QCOMPARE(pemLabels(generated->certificatePem), QStringList{u"CERTIFICATE"_s});
    QCOMPARE(pemLabels(generated->privateKeyPem),
             QStringList({u"RSA PRIVATE KEY"_s, u"RSA PRIVATE KEY"_s}));
    // The first key belongs to the certificate, so a client that reads only the first block
    // passes its checks; the second is of another pair.
    const qsizetype second = generated->privateKeyPem.indexOf("-----BEGIN", 1);
    const Certificate certificate = parseCertificate(generated->certificatePem);
    const Key first = parsePrivateKey(generated->privateKeyPem.first(second));
    const Key other = parsePrivateKey(generated->privateKeyPem.sliced(second));
    QVERIFY(certificate && first && other);
    QCOMPARE(X509_check_private_key(certificate.get(), first.get()), 1);
    QCOMPARE(X509_check_private_key(certificate.get(), other.get()), 0);
}

void TestFoundryEmulator::answersWithoutActing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    const struct
    {
        const char *name;
        int status;
        QByteArray contentType;
    } faults[] = {{"html-page", 200, "text/html; charset=utf-8"_ba},
                  {"hostile-message", 400, "application/json"_ba}};
    for (const auto &fault : faults) {
        const QString name = QString::fromLatin1(fault.name);
        for (const QString &path : {generatePath, provisionPath, revokePath}) {
            const QString endpoint = path.section(u'/', -1);
            // Unscoped for generate, to show that a fault for any endpoint applies.
            const QString spec = path == generatePath ? name : name + u'@' + endpoint;
            QTest::addRow("%s %s", fault.name, qPrintable(endpoint))
                    << path << spec << fault.status << fault.contentType;
        }
    }
}

// A captive portal's login page (success by its status) and a refusal whose message is meant for a
// terminal: either way nothing is done.
void TestFoundryEmulator::answersWithoutActing()
{
    QFETCH(QString, path);
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);

    bool acted = true;
    const HttpResult result = callAfterFault(path, fault, &acted);
    QCOMPARE(result.status, status);
    QCOMPARE(result.contentType, contentType);
    QVERIFY(!acted);
    QCOMPARE(m_emulator->requests().constLast().status, status);
    QVERIFY(m_emulator->faults().isEmpty());
    if (fault.startsWith(u"html-page"_s)) {
        QVERIFY(result.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(result.body.contains("type=\"password\""));
        return;
    }
    // Valid JSON as Foundry sends it; the escapes arrive as characters once it is parsed.
    const QString text = result.json().value(u"message"_s).toString();
    for (const QString &part : {u"\x1b]0;"_s, u"\x07"_s, u"\x1b[2J"_s, u"\r"_s,
                                u"\nPROVISIONED "_s, u"\u202e"_s})
        QVERIFY2(text.contains(part), part.toUtf8().toHex().constData());
}

void TestFoundryEmulator::malformedJson()
{
    m_emulator->addFault(*EmulatorFault::parse(u"malformed-json@generate"_s, nullptr));
    const qsizetype before = m_emulator->certificates().size();
    const HttpResult result = call("GET", generatePath);
    QCOMPARE(result.status, 200);
    QJsonParseError parseError{};
    QJsonDocument::fromJson(result.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
    QVERIFY(result.body.startsWith("{"));
    QCOMPARE(m_emulator->certificates().size(), before + 1);
}

void TestFoundryEmulator::slowResponse()
{
    m_emulator->addFault(*EmulatorFault::parse(u"slow@generate=400"_s, nullptr));
    const HttpResult result = call("GET", generatePath);
    QCOMPARE(result.status, 200);
    QVERIFY2(result.elapsedMs >= 400, qPrintable(QString::number(result.elapsedMs)));
    QVERIFY(result.json().contains(u"cert"_s));
    QCOMPARE(m_emulator->requests().size(), 1);
}

void TestFoundryEmulator::slowResponseDoesNotBlock()
{
    // So long that only a blocked event loop could let the quick request finish after it.
    m_emulator->addFault(*EmulatorFault::parse(u"slow@generate=600000"_s, nullptr));
    QNetworkRequest request = requestFor(*m_emulator, generatePath);
    std::unique_ptr<QNetworkReply> slow(m_network.get(request));
    QVERIFY(waitFor([&] { return m_emulator->requests().size() == 1; }));

    const HttpResult quick = call("GET", u"/emulator/certificates"_s);
    QCOMPARE(quick.status, 200);
    QVERIFY(!slow->isFinished());
    // The held reply is dropped with the emulator when the test ends.
    slow->abort();
}

void TestFoundryEmulator::slowResponseToVanishedClient()
{
    m_emulator->addFault(*EmulatorFault::parse(u"slow=300"_s, nullptr));
    std::unique_ptr<QNetworkReply> slow(m_network.get(requestFor(*m_emulator, generatePath)));
    QVERIFY(waitFor([&] { return m_emulator->requests().size() == 1; }));
    slow->abort();
    // Past the delay the emulator finds the connection gone and answers nobody; a write to the
    // closed socket would be a Qt warning, which fails the test.
    QTest::qWait(600);
    QCOMPARE(call("GET", generatePath).status, 200);
}

void TestFoundryEmulator::dropConnection()
{
    // QNetworkAccessManager silently sends a request again when the connection closes before an
    // answer, so the fault must outlast its retries for the client to see the error.
    m_emulator->addFault(*EmulatorFault::parse(u"drop-connection@generatex*"_s, nullptr));
    const qsizetype before = m_emulator->certificates().size();
    const HttpResult result = call("GET", generatePath);
    QVERIFY(result.finished);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(result.status, 0);

    // Foundry did act: each attempt left a certificate behind.
    const QList<EmulatorRequest> requests = m_emulator->requests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(m_emulator->certificates().size(), before + requests.size());
    for (const EmulatorRequest &request : requests)
        QCOMPARE(request.status, 0);

    m_emulator->clearFaults();
    QCOMPARE(call("GET", generatePath).status, 200);
}

void TestFoundryEmulator::dropConnectionIsRetriedByQt_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("GET generate") << "GET"_ba << generatePath;
    QTest::newRow("POST provision") << "POST"_ba << provisionPath;
    QTest::newRow("DELETE revoke") << "DELETE"_ba << revokePath;
}

// Pins down a Qt 6.8 behaviour the station must allow for: QNetworkAccessManager hides a single
// dropped connection by sending the request again, whatever the method, so Foundry acts twice
// (for generate: a second certificate, the first one orphaned) and the caller never knows.
void TestFoundryEmulator::dropConnectionIsRetriedByQt()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);

    m_emulator->addFault(*EmulatorFault::parse(u"drop-connection"_s, nullptr));
    const qsizetype before = m_emulator->certificates().size();
    const HttpResult result = call(verb, path, {}, verb == "POST" ? "{}"_ba : QByteArray());
    const QList<EmulatorRequest> requests = m_emulator->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).status, 0);
    QCOMPARE(result.status, requests.at(1).status);
    if (path == generatePath)
        QCOMPARE(m_emulator->certificates().size(), before + 2);
}

void TestFoundryEmulator::concurrentGenerates()
{
    // Six at once, as many connections as Qt opens to one host. Each request takes its faults when
    // it arrives, so however the key pairs finish, exactly the faults' counts are spoiled.
    m_emulator->addFault(*EmulatorFault::parse(u"corrupt-certificatex2"_s, nullptr));
    m_emulator->addFault(*EmulatorFault::parse(u"key-mismatch"_s, nullptr));
    m_emulator->addFault(*EmulatorFault::parse(u"id-mismatch"_s, nullptr));
    const qsizetype before = m_emulator->certificates().size();
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 6; ++i)
        replies.emplace_back(m_network.get(requestFor(*m_emulator, generatePath)));
    QVERIFY(waitFor([&] {
        return std::all_of(replies.cbegin(), replies.cend(),
                           [](const auto &reply) { return reply->isFinished(); });
    }));

    int corruptCertificates = 0;
    int mismatchedKeys = 0;
    int mismatchedIds = 0;
    QSet<QString> ids;
    for (const auto &reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const QString id = json.value(u"id"_s).toString();
        ids.insert(id);
        const Certificate certificate = parseCertificate(
                QByteArray::fromBase64(json.value(u"cert"_s).toString().toLatin1()));
        const Key key = parsePrivateKey(
                QByteArray::fromBase64(json.value(u"private"_s).toString().toLatin1()));
        QVERIFY(key);
        const std::optional<EmulatorCertificate> stored = m_emulator->certificate(id);
        QVERIFY(stored);
        const Certificate original = parseCertificate(stored->certificatePem);
        QVERIFY(original);
        if (!certificate)
            ++corruptCertificates;
        if (X509_check_private_key(original.get(), key.get()) != 1)
            ++mismatchedKeys;
        if (sha256Hex(derOf(original.get())) != id)
            ++mismatchedIds;
    }
    QCOMPARE(corruptCertificates, 2);
    QCOMPARE(mismatchedKeys, 1);
    QCOMPARE(mismatchedIds, 1);
    QCOMPARE(ids.size(), 6);
    QCOMPARE(m_emulator->certificates().size(), before + 6);
    QVERIFY(m_emulator->faults().isEmpty());
    const QList<EmulatorRequest> requests = m_emulator->requests();
    QCOMPARE(requests.size(), 6);
    for (const EmulatorRequest &request : requests)
        QCOMPARE(request.status, 200);
}

void TestFoundryEmulator::generateLeavesTheEmulatorFree()
{
    // An issuing pool whose only thread is taken: generate cannot finish until it is released,
    // and meanwhile the emulator answers everything else.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    QSemaphore release;
    pool.start([&release] { release.acquire(); });
    FoundryEmulator::Options options;
    options.token = token;
    options.issuingPool = &pool;
    FoundryEmulator emulator(options);
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));

    // Faults are taken when a request arrives: an empty list says the generate is in.
    emulator.addFault(*EmulatorFault::parse(u"id-mismatch"_s, nullptr));
    std::unique_ptr<QNetworkReply> generate(m_network.get(requestFor(emulator, generatePath)));
    QVERIFY(waitFor([&] { return emulator.faults().isEmpty(); }));

    const HttpResult quick = call(emulator, "GET", u"/emulator/certificates"_s);
    QCOMPARE(quick.status, 200);
    QVERIFY(!generate->isFinished());
    QVERIFY(emulator.requests().isEmpty());
    QVERIFY(emulator.certificates().isEmpty());

    release.release();
    QVERIFY(waitFor([&] { return generate->isFinished(); }));
    QCOMPARE(generate->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString id =
            QJsonDocument::fromJson(generate->readAll()).object().value(u"id"_s).toString();
    QCOMPARE(emulator.certificates().size(), 1);
    QCOMPARE(emulator.certificates().constFirst().id, id);
    QCOMPARE(emulator.requests().size(), 1);
    QCOMPARE(emulator.requests().constFirst().status, 200);
}

void TestFoundryEmulator::emulatorGoesWhileGenerating()
{
    // The key pair is still being made when the emulator is destroyed: the task finishes on its
    // own and nothing answers (AddressSanitizer would report a use after free).
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    QSemaphore release;
    pool.start([&release] { release.acquire(); });
    FoundryEmulator::Options options;
    options.token = token;
    options.issuingPool = &pool;
    auto emulator = std::make_unique<FoundryEmulator>(options);
    QString error;
    QVERIFY2(emulator->start(&error), qPrintable(error));
    emulator->addFault(*EmulatorFault::parse(u"id-mismatch"_s, nullptr));
    std::unique_ptr<QNetworkReply> generate(m_network.get(requestFor(*emulator, generatePath)));
    QVERIFY(waitFor([&] { return emulator->faults().isEmpty(); }));

    generate->abort();
    emulator.reset();
    release.release();
    QVERIFY(pool.waitForDone(replyTimeoutMs));
    // Anything the finished task queued for the emulator is gone with it.
    QTest::qWait(50);
}

void TestFoundryEmulator::adminEndpoints()
{
    HttpResult result = call("POST", u"/emulator/faults"_s, {}, R"({"fault":"http-500@generatex2"})"_ba);
    QCOMPARE(result.status, 200);
    QCOMPARE(m_emulator->faults().size(), 1);
    result = call("GET", u"/emulator/faults"_s);
    QCOMPARE(QJsonDocument::fromJson(result.body).array(), QJsonArray{u"http-500@generatex2"_s});
    QCOMPARE(call("GET", generatePath).status, 500);

    result = call("POST", u"/emulator/faults"_s, {}, R"({"fault":"nonsense"})"_ba);
    QCOMPARE(result.status, 400);
    QVERIFY(result.json().value(u"message"_s).toString().contains(u"unknown fault"_s));
    QCOMPARE(call("POST", u"/emulator/faults"_s, {}, R"({"spec":"http-500"})"_ba).status, 400);

    QCOMPARE(call("DELETE", u"/emulator/faults"_s).status, 200);
    QVERIFY(m_emulator->faults().isEmpty());
    const std::optional<GeneratedCertificate> generated = generateOne();
    QVERIFY(generated);

    result = call("GET", u"/emulator/certificates"_s);
    QCOMPARE(result.status, 200);
    const QJsonArray certificates = QJsonDocument::fromJson(result.body).array();
    QCOMPARE(certificates.size(), m_emulator->certificates().size());
    const QJsonObject last = certificates.last().toObject();
    QCOMPARE(last.value(u"id"_s).toString(), generated->id);
    QCOMPARE(last.value(u"status"_s).toString(), u"INACTIVE"_s);
    QCOMPARE(last.value(u"certificate"_s).toString().toLatin1(), generated->certificatePem);
    QVERIFY(!result.body.contains("PRIVATE KEY"));

    // The log shows only Foundry calls: the two generates, not the administration.
    result = call("GET", u"/emulator/requests"_s);
    const QJsonArray requests = QJsonDocument::fromJson(result.body).array();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).toObject().value(u"status"_s).toInt(), 500);
    QCOMPARE(requests.at(1).toObject().value(u"path"_s).toString(), generatePath);
    QCOMPARE(requests.at(1).toObject().value(u"authentication"_s).toBool(), true);
    QCOMPARE(call("DELETE", u"/emulator/requests"_s).status, 200);
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestFoundryEmulator::executable()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString caPath = directory.filePath(u"ca.pem"_s);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FOUNDRY_TOKEN"_s, token);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-emulator"),
                  {u"--ca-out"_s, caPath, u"--fault"_s, u"http-500@provision"_s});
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QVERIFY(waitFor([&] { return process.canReadLine() || process.state() != QProcess::Running; }));
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match =
            QRegularExpression(u"^listening (https://127\\.0\\.0\\.1:(\\d+))$"_s).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line + QString::fromUtf8(process.readAllStandardError())));

    QFile caFile(caPath);
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QByteArray caPem = caFile.readAll();
    QVERIFY(caPem.startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(caFile.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    QUrl url(match.captured(1));
    url.setPath(generatePath);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
    request.setSslConfiguration(tls);
    request.setRawHeader("Authorization", "Bearer test-token");
    request.setTransferTimeout(replyTimeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QVERIFY(waitFor([&] { return reply->isFinished(); }));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    url.setPath(provisionPath);
    request.setUrl(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    reply.reset(m_network.post(request, "{}"_ba));
    QVERIFY(waitFor([&] { return reply->isFinished(); }));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);

    process.terminate();
    QVERIFY(process.waitForFinished(replyTimeoutMs));
    const QString log = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(log));
    QVERIFY2(log.contains(u"GET /foundry/certificates/generate 200\n"_s), qPrintable(log));
    QVERIFY2(log.contains(u"POST /foundry/certificates/provision 500\n"_s), qPrintable(log));
    QVERIFY2(!log.contains(u"PRIVATE KEY"_s), qPrintable(log));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestFoundryEmulator::executableRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("no token") << QStringList() << u"no token"_s;
    QTest::newRow("bad fault") << QStringList{u"--token"_s, token, u"--fault"_s, u"boom"_s}
                               << u"--fault: unknown fault"_s;
    QTest::newRow("public address")
            << QStringList{u"--token"_s, token, u"--address"_s, u"0.0.0.0"_s} << u"loopback"_s;
    QTest::newRow("bad port") << QStringList{u"--token"_s, token, u"--port"_s, u"70000"_s}
                              << u"--port"_s;
}

void TestFoundryEmulator::executableRejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"FOUNDRY_TOKEN"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-emulator"), arguments);
    QVERIFY(process.waitForFinished(replyTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestFoundryEmulator)
#include "tst_foundryemulator.moc"
