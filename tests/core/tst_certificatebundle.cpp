#include "emulator/CertificateAuthority.h"
#include "credentials/CertificateBundle.h"
#include "foundry/GenerateResponse.h"
#include "TestMain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

class TestCertificateBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void referenceExampleIsRejected();
    void nonRsaMaterialIsRefused_data();
    void nonRsaMaterialIsRefused();
    void whitespaceAroundBlocksIsDropped();
    void certificatesQtCannotDecodeAreRefused_data();
    void certificatesQtCannotDecodeAreRefused();
    void goodBundleExposesSummaryAndKey();
    void pkcs8KeyIsAccepted();
    void windowsLineEndingsAreNormalised();
    void parseWipesBodyAndKeepsKeyOutOfDocument();
    void dropPrivateKeyForgetsKey();

private:
    IssuedCertificate issue(const CertificateRequest &request = {});
    static QByteArray body(const IssuedCertificate &certificate);
    static QByteArray body(const QString &id, const QString &arn, const QByteArray &certificateBase64,
                           const QByteArray &privateBase64);
    static QString arnFor(const QString &id);

    std::unique_ptr<CertificateAuthority> m_authority;
    IssuedCertificate m_good;
};

void TestCertificateBundle::initTestCase()
{
    QString error;
    m_authority = CertificateAuthority::create(&error);
    QVERIFY2(m_authority, qPrintable(error));
    m_good = issue();
}

IssuedCertificate TestCertificateBundle::issue(const CertificateRequest &request)
{
    QString error;
    const std::optional<IssuedCertificate> issued = m_authority->issue(request, &error);
    if (!issued)
        qFatal("cannot issue a test certificate: %s", qPrintable(error));
    return *issued;
}

QString TestCertificateBundle::arnFor(const QString &id)
{
    return QStringLiteral("arn:aws:iot:us-west-2:123456789012:cert/") + id;
}

QByteArray TestCertificateBundle::body(const QString &id, const QString &arn, const QByteArray &certificateBase64,
                                       const QByteArray &privateBase64)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("arn"), arn},
                                     {QStringLiteral("cert"), QString::fromLatin1(certificateBase64)},
                                     {QStringLiteral("private"), QString::fromLatin1(privateBase64)}})
        .toJson();
}

QByteArray TestCertificateBundle::body(const IssuedCertificate &certificate)
{
    return body(certificate.id, arnFor(certificate.id), certificate.certificatePem.toBase64(),
                certificate.privateKeyPem.toBase64());
}

void TestCertificateBundle::check_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QStringList>("problems");

    const IssuedCertificate &good = m_good;
    const QString arn = arnFor(good.id);
    const QByteArray cert64 = good.certificatePem.toBase64();
    const QByteArray key64 = good.privateKeyPem.toBase64();

    QTest::newRow("good") << body(good) << QStringList();

    QTest::newRow("not json") << QByteArray("<html>Login</html>") << QStringList{QStringLiteral("malformed-response")};
    QTest::newRow("array") << QByteArray("[]") << QStringList{QStringLiteral("malformed-response")};
    QTest::newRow("missing private")
        << QJsonDocument(QJsonObject{{QStringLiteral("id"), good.id}, {QStringLiteral("arn"), arn},
                                     {QStringLiteral("cert"), QString::fromLatin1(cert64)}}).toJson()
        << QStringList{QStringLiteral("malformed-response")};
    QTest::newRow("private not a string")
        << QByteArray("{\"id\":\"" + good.id.toLatin1() + "\",\"arn\":\"" + arn.toLatin1() + "\",\"cert\":\"" + cert64
                      + "\",\"private\":42}")
        << QStringList{QStringLiteral("malformed-response")};
    QTest::newRow("private twice")
        << QByteArray("{\"private\":\"" + key64 + "\",\"id\":\"" + good.id.toLatin1() + "\",\"arn\":\"" + arn.toLatin1()
                      + "\",\"cert\":\"" + cert64 + "\",\"private\":\"" + key64 + "\"}")
        << QStringList{QStringLiteral("malformed-response")};

    QByteArray cut = cert64;
    cut.remove(cut.size() / 2, 3);
    QTest::newRow("certificate cut short") << body(good.id, arn, cut, key64) << QStringList{QStringLiteral("certificate-not-base64")};
    QByteArray starred = cert64;
    starred[10] = '*';
    QTest::newRow("certificate bad character") << body(good.id, arn, starred, key64)
                                               << QStringList{QStringLiteral("certificate-not-base64")};
    QTest::newRow("certificate not pem") << body(good.id, arn, QByteArray("hello world").toBase64(), key64)
                                         << QStringList{QStringLiteral("certificate-not-pem")};
    QTest::newRow("certificate holds a key") << body(good.id, arn, key64, key64)
                                             << QStringList{QStringLiteral("certificate-not-pem")};
    QByteArray damagedPem = good.certificatePem;
    damagedPem.remove(100, 1);
    QTest::newRow("certificate pem body damaged") << body(good.id, arn, damagedPem.toBase64(), key64)
                                                  << QStringList{QStringLiteral("certificate-not-pem")};
    const QByteArray garbagePem = "-----BEGIN CERTIFICATE-----\n" + QByteArray(96, 'A') + "\n-----END CERTIFICATE-----\n";
    QTest::newRow("certificate not x509") << body(good.id, arn, garbagePem.toBase64(), key64)
                                          << QStringList{QStringLiteral("certificate-unparsable")};

    QTest::newRow("key bad character") << body(good.id, arn, cert64, key64.left(40) + "!" + key64.mid(41))
                                       << QStringList{QStringLiteral("key-not-base64")};
    QTest::newRow("key not pem") << body(good.id, arn, cert64, QByteArray("not a key").toBase64())
                                 << QStringList{QStringLiteral("key-not-pem")};
    const QByteArray garbageKey = "-----BEGIN RSA PRIVATE KEY-----\n" + QByteArray(64, 'A') + "\n-----END RSA PRIVATE KEY-----\n";
    QTest::newRow("key not rsa der") << body(good.id, arn, cert64, garbageKey.toBase64())
                                     << QStringList{QStringLiteral("key-unparsable")};
    const QByteArray ecKey = "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n";
    QTest::newRow("key elliptic curve") << body(good.id, arn, cert64, ecKey.toBase64())
                                        << QStringList{QStringLiteral("key-unsupported")};
    QString error;
    const std::optional<QByteArray> strangerKey = CertificateAuthority::createPrivateKeyPem(2048, &error);
    QVERIFY2(strangerKey, qPrintable(error));
    QTest::newRow("key of another certificate") << body(good.id, arn, cert64, strangerKey->toBase64())
                                                << QStringList{QStringLiteral("key-mismatch")};

    const QByteArray keyAfterCertificate = (good.certificatePem + good.privateKeyPem).toBase64();
    QTest::newRow("certificate followed by its key") << body(good.id, arn, keyAfterCertificate, key64)
                                                     << QStringList{QStringLiteral("certificate-not-pem")};
    QTest::newRow("certificate followed by a certificate")
        << body(good.id, arn, (good.certificatePem + good.certificatePem).toBase64(), key64)
        << QStringList{QStringLiteral("certificate-not-pem")};
    QTest::newRow("text before the certificate")
        << body(good.id, arn, ("Bag Attributes\n" + good.certificatePem).toBase64(), key64)
        << QStringList{QStringLiteral("certificate-not-pem")};
    QTest::newRow("text after the certificate")
        << body(good.id, arn, (good.certificatePem + "trailer").toBase64(), key64)
        << QStringList{QStringLiteral("certificate-not-pem")};
    QTest::newRow("two keys") << body(good.id, arn, cert64, (good.privateKeyPem + good.privateKeyPem).toBase64())
                              << QStringList{QStringLiteral("key-not-pem")};
    QTest::newRow("key followed by a stranger's key")
        << body(good.id, arn, cert64, (good.privateKeyPem + *strangerKey).toBase64())
        << QStringList{QStringLiteral("key-not-pem")};
    QTest::newRow("key followed by the certificate")
        << body(good.id, arn, cert64, (good.privateKeyPem + good.certificatePem).toBase64())
        << QStringList{QStringLiteral("key-not-pem")};
    const QByteArray garbagePkcs8 = "-----BEGIN PRIVATE KEY-----\n" + QByteArray(64, 'A') + "\n-----END PRIVATE KEY-----\n";
    QTest::newRow("key not pkcs8 der") << body(good.id, arn, cert64, garbagePkcs8.toBase64())
                                       << QStringList{QStringLiteral("key-unparsable")};
    QTest::newRow("key encrypted")
        << body(good.id, arn, cert64,
                QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n").toBase64())
        << QStringList{QStringLiteral("key-unsupported")};

    const QString otherId = QString(64, QLatin1Char('a'));
    // A check that compares only part of the ID, or tolerates one wrong digit, must not pass.
    for (const qsizetype position : {qsizetype(0), qsizetype(31), qsizetype(63)}) {
        QString nearId = good.id;
        nearId[position] = nearId.at(position) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QTest::newRow(qPrintable(QStringLiteral("id one digit off at %1").arg(position)))
            << body(nearId, arnFor(nearId), cert64, key64) << QStringList{QStringLiteral("id-mismatch")};
    }
    QTest::newRow("id one digit short") << body(good.id.chopped(1), arnFor(good.id.chopped(1)), cert64, key64)
                                        << QStringList{QStringLiteral("malformed-response")};
    QTest::newRow("id with control characters")
        << body(good.id.left(60) + QStringLiteral("\x1b[2J"), arn, cert64, key64)
        << QStringList{QStringLiteral("malformed-response")};
    QTest::newRow("id not the certificate's") << body(otherId, arnFor(otherId), cert64, key64)
                                              << QStringList{QStringLiteral("id-mismatch")};
    QTest::newRow("id upper case") << body(good.id.toUpper(), arnFor(good.id.toUpper()), cert64, key64)
                                   << QStringList{QStringLiteral("arn-malformed"), QStringLiteral("id-mismatch")};
    QTest::newRow("arn of another certificate") << body(good.id, arnFor(otherId), cert64, key64)
                                                << QStringList{QStringLiteral("arn-id-mismatch")};
    QTest::newRow("arn not an iot certificate")
        << body(good.id, QStringLiteral("arn:aws:s3:::bucket/") + good.id, cert64, key64)
        << QStringList{QStringLiteral("arn-malformed")};
    QTest::newRow("arn in another partition")
        << body(good.id, QStringLiteral("arn:aws-cn:iot:cn-north-1:123456789012:cert/") + good.id, cert64, key64)
        << QStringList();

    CertificateRequest expired;
    expired.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    expired.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    QTest::newRow("expired") << body(issue(expired)) << QStringList{QStringLiteral("expired")};
    CertificateRequest future;
    future.notBefore = QDateTime::currentDateTimeUtc().addDays(2);
    QTest::newRow("not yet valid") << body(issue(future)) << QStringList{QStringLiteral("not-yet-valid")};
    // Dates after 2049 are written as GeneralizedTime, which QCA's provider cannot read.
    CertificateRequest pastUtcTime;
    pastUtcTime.notAfter = QDateTime(QDate(2060, 6, 30), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("valid beyond 2049") << body(issue(pastUtcTime)) << QStringList();

    QTest::newRow("certificate and key both damaged") << body(good.id, arn, cut, QByteArray("not a key").toBase64())
                                                      << QStringList{QStringLiteral("certificate-not-base64"),
                                                                     QStringLiteral("key-not-pem")};
}

void TestCertificateBundle::check()
{
    QFETCH(QByteArray, response);
    QFETCH(QStringList, problems);

    const CertificateBundle bundle = CertificateBundle::check(GenerateResponse::parse(response));
    QStringList found;
    for (const CertificateBundle::Finding &finding : bundle.findings()) {
        found << CertificateBundle::problemName(finding.problem);
        QVERIFY2(finding.message.size() > 30, qPrintable(finding.message));
    }
    QCOMPARE(found, problems);
    QCOMPARE(bundle.isValid(), problems.isEmpty());
    // A key is only ever held for a bundle that may be installed.
    QCOMPARE(bundle.privateKeyPem().isEmpty(), !problems.isEmpty());
}

void TestCertificateBundle::referenceExampleIsRejected()
{
    QFile file(QStringLiteral(FOUNDRY_TEST_DATA_DIR "/reference-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray response = file.readAll().replace("\xc2\xa0", "  ");
    const CertificateBundle bundle = CertificateBundle::check(GenerateResponse::parse(response));
    QVERIFY(!bundle.isValid());
    QVERIFY(bundle.hasProblem(CertificateBundle::Problem::CertificateNotBase64));
    // Its key is damaged too: the PEM text decodes, but not to an RSA key.
    QVERIFY(bundle.hasProblem(CertificateBundle::Problem::KeyUnparsable));
    const QString message = bundle.findings().constFirst().message;
    QVERIFY2(message.contains(QLatin1String("979 characters is not a multiple of 4")), qPrintable(message));
    QCOMPARE(bundle.id(), QStringLiteral("36964735e7c74c80eb190fb641f958465bf5a1fe54836186b6c819ce15619a0f"));
}

void TestCertificateBundle::nonRsaMaterialIsRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("named");
    // Made by tests/data/non-rsa/make-bundles.sh: valid certificates with their own keys.
    QTest::newRow("elliptic curve") << QStringLiteral("ec-p256.json") << QStringLiteral("elliptic-curve");
    QTest::newRow("ed25519") << QStringLiteral("ed25519.json") << QStringLiteral("Ed25519");
    QTest::newRow("dsa") << QStringLiteral("dsa.json") << QStringLiteral("DSA");
}

// QCA's OpenSSL provider has no elliptic-curve keys and used to hand back a key object that crashed
// the station on first use, after generate and before the revoke.
void TestCertificateBundle::nonRsaMaterialIsRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, named);
    QFile json(QStringLiteral(FOUNDRY_TEST_DATA_DIR "/non-rsa/") + file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QByteArray response = json.readAll();
    const CertificateBundle bundle = CertificateBundle::check(GenerateResponse::parse(response));
    QVERIFY(!bundle.isValid());
    QVERIFY(bundle.privateKeyPem().isEmpty());
    QStringList found;
    for (const CertificateBundle::Finding &finding : bundle.findings()) {
        found << CertificateBundle::problemName(finding.problem);
        QVERIFY2(finding.message.contains(named) && finding.message.contains(QLatin1String("RSA")),
                 qPrintable(finding.message));
    }
    // The key and the certificate's key are each refused for what they are; nothing else is wrong.
    QCOMPARE(found, (QStringList{QStringLiteral("key-unsupported"), QStringLiteral("key-unsupported")}));
}

void TestCertificateBundle::whitespaceAroundBlocksIsDropped()
{
    QByteArray response = body(m_good.id, arnFor(m_good.id), ("\n  " + m_good.certificatePem + "\n\n").toBase64(),
                               ("\r\n" + m_good.privateKeyPem + "  \n").toBase64());
    const CertificateBundle bundle = CertificateBundle::check(GenerateResponse::parse(response));
    QVERIFY2(bundle.isValid(), qPrintable(bundle.isValid() ? QString() : bundle.findings().constFirst().message));
    // The device gets exactly the block, so the digest it reports is the one of what was issued.
    QCOMPARE(bundle.certificatePem(), m_good.certificatePem);
    QCOMPARE(QByteArray(bundle.privateKeyPem().constData(), bundle.privateKeyPem().size()), m_good.privateKeyPem);
}

void TestCertificateBundle::certificatesQtCannotDecodeAreRefused_data()
{
    QTest::addColumn<QString>("file");
    // Found by fuzz_generate_response: each crashed the station between generate and revoke.
    QTest::newRow("public key does not decode") << QStringLiteral("regression-rsa-key-does-not-decode.json");
    QTest::newRow("extension does not decode") << QStringLiteral("regression-certificate-extension-does-not-decode.json");
}

void TestCertificateBundle::certificatesQtCannotDecodeAreRefused()
{
    QFETCH(QString, file);
    QFile json(QStringLiteral(FOUNDRY_TEST_DATA_DIR "/../fuzz/corpus/fuzz_generate_response/") + file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QByteArray response = json.readAll();
    const CertificateBundle bundle = CertificateBundle::check(GenerateResponse::parse(response));
    QVERIFY(bundle.hasProblem(CertificateBundle::Problem::CertificateUnparsable));
    QVERIFY(bundle.privateKeyPem().isEmpty());
}

void TestCertificateBundle::goodBundleExposesSummaryAndKey()
{
    QByteArray response = body(m_good);
    const CertificateBundle bundle = CertificateBundle::check(GenerateResponse::parse(response));
    QVERIFY(bundle.isValid());
    const CertificateSummary summary = bundle.summary();
    QCOMPARE(summary.id, m_good.id);
    QCOMPARE(summary.arn, arnFor(m_good.id));
    QCOMPARE(summary.subject, QStringLiteral("CN=AWS IoT Certificate"));
    QVERIFY2(summary.issuer.contains(QLatin1String("Foundry Emulator CA")), qPrintable(summary.issuer));
    QCOMPARE(summary.notAfter, QDateTime(QDate(2049, 12, 31), QTime(23, 59, 59), QTimeZone::UTC));
    QCOMPARE(summary.keyType, QStringLiteral("RSA"));
    QCOMPARE(summary.keyBits, 2048);
    QCOMPARE(QString(summary.sha256Fingerprint).remove(QLatin1Char(':')).toLower(), m_good.id);
    QVERIFY2(summary.serialNumber.size() >= 20 && summary.serialNumber != QLatin1String("00"), qPrintable(summary.serialNumber));
    QCOMPARE(bundle.certificateDer(), m_good.der);
    QCOMPARE(bundle.certificatePem(), m_good.certificatePem);
    QCOMPARE(bundle.privateKeyPem().toByteArray(), m_good.privateKeyPem);
}

void TestCertificateBundle::pkcs8KeyIsAccepted()
{
    QCA::ConvertResult result = QCA::ErrorDecode;
    const QCA::PrivateKey key = QCA::PrivateKey::fromPEM(QString::fromLatin1(m_good.privateKeyPem), QCA::SecureArray(), &result);
    QCOMPARE(result, QCA::ConvertGood);
    const QByteArray pkcs8 = key.toPEM().toLatin1();
    QVERIFY(pkcs8.startsWith("-----BEGIN PRIVATE KEY-----"));
    QByteArray response = body(m_good.id, arnFor(m_good.id), m_good.certificatePem.toBase64(), pkcs8.toBase64());
    const CertificateBundle bundle = CertificateBundle::check(GenerateResponse::parse(response));
    QVERIFY(bundle.isValid());
    QCOMPARE(bundle.privateKeyPem().toByteArray(), pkcs8);
}

void TestCertificateBundle::windowsLineEndingsAreNormalised()
{
    QByteArray certificate = m_good.certificatePem;
    QByteArray key = m_good.privateKeyPem;
    certificate.replace("\n", "\r\n");
    key.replace("\n", "\r\n");
    QByteArray response = body(m_good.id, arnFor(m_good.id), certificate.toBase64(), key.toBase64());
    const CertificateBundle bundle = CertificateBundle::check(GenerateResponse::parse(response));
    QVERIFY(bundle.isValid());
    QCOMPARE(bundle.certificatePem(), m_good.certificatePem);
    QCOMPARE(bundle.privateKeyPem().toByteArray(), m_good.privateKeyPem);
}

void TestCertificateBundle::parseWipesBodyAndKeepsKeyOutOfDocument()
{
    // A JSON encoder may escape '/' and wrap long strings; the key must still arrive whole.
    QByteArray key64 = m_good.privateKeyPem.toBase64();
    QByteArray escaped = key64;
    escaped.replace("/", "\\/");
    escaped.insert(64, "\\n");
    QByteArray response = "{ \"id\": \"" + m_good.id.toLatin1() + "\", \"extra\": {\"nested\": [1, \"}\", {}]}, \"private\": \""
        + escaped + "\", \"arn\": \"" + arnFor(m_good.id).toLatin1() + "\", \"cert\": \"" + m_good.certificatePem.toBase64()
        + "\" }";
    const GenerateResponse parsed = GenerateResponse::parse(response);
    QVERIFY2(parsed.shapeError().isEmpty(), qPrintable(parsed.shapeError()));
    QVERIFY(response.isEmpty());
    key64.insert(64, '\n');
    QCOMPARE(parsed.privateKeyBase64().toByteArray(), key64);
    QVERIFY(CertificateBundle::check(parsed).isValid());
}

void TestCertificateBundle::dropPrivateKeyForgetsKey()
{
    QByteArray response = body(m_good);
    CertificateBundle bundle = CertificateBundle::check(GenerateResponse::parse(response));
    QVERIFY(!bundle.privateKeyPem().isEmpty());
    bundle.dropPrivateKey();
    QVERIFY(bundle.privateKeyPem().isEmpty());
    QCOMPARE(bundle.certificatePem(), m_good.certificatePem);
}

FOUNDRY_TEST_MAIN(TestCertificateBundle)
#include "tst_certificatebundle.moc"
