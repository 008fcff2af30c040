#include "CertificateBundle.h"

#include "Base64Text.h"
#include "PemBlock.h"

#include <QRegularExpression>
#include <QSslCertificate>

namespace {

QByteArrayView viewOf(const QCA::SecureArray &bytes)
{
    return QByteArrayView(bytes.constData(), bytes.size());
}

QCA::SecureArray withoutCarriageReturns(const QCA::SecureArray &text)
{
    QCA::SecureArray result(text.size());
    int length = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] != '\r')
            result[length++] = text[i];
    }
    result.resize(length);
    return result;
}

void appendDerLength(QCA::SecureArray &out, int length)
{
    if (length < 0x80) {
        out.append(QCA::SecureArray(1, static_cast<char>(length)));
        return;
    }
    QByteArray octets;
    for (int rest = length; rest > 0; rest >>= 8)
        octets.prepend(static_cast<char>(rest & 0xff));
    out.append(QCA::SecureArray(1, static_cast<char>(0x80 | octets.size())));
    out.append(QCA::SecureArray(octets));
}

// QCA's OpenSSL provider reads private keys from DER only as PKCS#8, while AWS IoT and Foundry hand
// out PKCS#1. Wrapping the PKCS#1 structure as PrivateKeyInfo { 0, rsaEncryption, key } lets the key
// be read from locked memory instead of through the provider's QString-based PEM reader.
QCA::SecureArray pkcs8FromPkcs1(const QCA::SecureArray &pkcs1)
{
    static const QByteArray versionAndAlgorithm = QByteArray::fromHex("020100300d06092a864886f70d0101010500");
    QCA::SecureArray octetString(1, 0x04);
    appendDerLength(octetString, pkcs1.size());
    octetString.append(pkcs1);

    QCA::SecureArray content(versionAndAlgorithm);
    content.append(octetString);
    QCA::SecureArray result(1, 0x30);
    appendDerLength(result, content.size());
    result.append(content);
    return result;
}

QString colonHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

} // namespace

CertificateBundle CertificateBundle::check(const GenerateResponse &response, const QDateTime &now)
{
    CertificateBundle bundle;
    bundle.m_id = response.id();
    bundle.m_arn = response.arn();
    if (!response.shapeError().isEmpty()) {
        bundle.addFinding(Problem::MalformedResponse, response.shapeError());
        return bundle;
    }

    QCA::Certificate certificate;
    QCA::PrivateKey key;
    bundle.checkCertificate(response.certificateBase64(), &certificate);
    bundle.checkKey(response.privateKeyBase64(), &key);
    bundle.checkIdentity(certificate);

    if (!certificate.isNull()) {
        const QCA::PublicKey certificateKey = certificate.subjectPublicKey();
        if (certificateKey.isNull() || !certificateKey.isRSA()) {
            bundle.addFinding(Problem::KeyUnsupported,
                tr("the certificate's public key is not an RSA key (probably elliptic-curve); the station "
                   "supports RSA only. Ask Foundry for RSA certificates."));
        } else if (!key.isNull() && certificateKey != key.toPublicKey()) {
            bundle.addFinding(Problem::KeyMismatch,
                tr("the private key does not belong to the certificate, so a device holding both could not "
                   "connect. The pair must not be installed; generate a new certificate."));
        }

        if (now < certificate.notValidBefore())
            bundle.addFinding(Problem::NotYetValid,
                tr("the certificate is valid only from %1, and this computer's clock says %2. Check the "
                   "clock and time zone of this computer.")
                    .arg(certificate.notValidBefore().toUTC().toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate)));
        if (now > certificate.notValidAfter())
            bundle.addFinding(Problem::Expired,
                tr("the certificate expired on %1 (this computer's clock says %2). Generate a new one, and "
                   "check the clock if that date looks wrong.")
                    .arg(certificate.notValidAfter().toUTC().toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate)));

        CertificateSummary &summary = bundle.m_summary;
        summary.id = bundle.m_id;
        summary.arn = bundle.m_arn;
        summary.subject = certificate.subjectInfoOrdered().toString();
        summary.issuer = certificate.issuerInfoOrdered().toString();
        // QCA's BigInteger loses large serial numbers; Qt Network reads them correctly.
        summary.serialNumber = QString::fromLatin1(
            QSslCertificate(bundle.m_certificateDer, QSsl::Der).serialNumber());
        summary.notBefore = certificate.notValidBefore().toUTC();
        summary.notAfter = certificate.notValidAfter().toUTC();
        summary.sha256Fingerprint = colonHex(QCA::Hash(QStringLiteral("sha256")).hash(bundle.m_certificateDer).toByteArray());
        if (certificateKey.isRSA()) {
            summary.keyType = QStringLiteral("RSA");
            summary.keyBits = certificateKey.bitSize();
        }
    }
    if (!bundle.isValid())
        bundle.dropPrivateKey();
    return bundle;
}

void CertificateBundle::checkCertificate(const QByteArray &base64, QCA::Certificate *certificate)
{
    if (const QString problem = Base64Text::problem(base64); !problem.isEmpty()) {
        addFinding(Problem::CertificateNotBase64,
            tr("the certificate (\"cert\") is not valid base64: %1. It was damaged on the way; do not install it.")
                .arg(problem));
        return;
    }
    QByteArray pem = Base64Text::decode(base64);
    pem.replace('\r', QByteArray());
    QString problem;
    const std::optional<PemBlock> block = PemBlock::find(pem, &problem);
    if (!block) {
        addFinding(Problem::CertificateNotPem, tr("the decoded certificate is not usable: %1.").arg(problem));
        return;
    }
    if (block->label != "CERTIFICATE") {
        addFinding(Problem::CertificateNotPem,
            tr("the decoded certificate holds a \"%1\" block instead of a CERTIFICATE.")
                .arg(QString::fromLatin1(block->label)));
        return;
    }
    const QByteArrayView body = QByteArrayView(pem).sliced(block->bodyBegin, block->bodyEnd - block->bodyBegin);
    if (const QString bodyProblem = Base64Text::problem(body); !bodyProblem.isEmpty()) {
        addFinding(Problem::CertificateNotPem,
            tr("the base64 inside the certificate's PEM is damaged: %1.").arg(bodyProblem));
        return;
    }
    m_certificateDer = Base64Text::decode(body);
    QCA::ConvertResult result = QCA::ErrorDecode;
    *certificate = QCA::Certificate::fromDER(m_certificateDer, &result);
    if (result != QCA::ConvertGood || certificate->isNull()) {
        addFinding(Problem::CertificateUnparsable,
            tr("the certificate's PEM is well formed but its content is not an X.509 certificate; it is damaged."));
        *certificate = QCA::Certificate();
        return;
    }
    m_certificatePem = pem;
}

void CertificateBundle::checkKey(const QCA::SecureArray &base64, QCA::PrivateKey *key)
{
    if (const QString problem = Base64Text::problem(viewOf(base64)); !problem.isEmpty()) {
        addFinding(Problem::KeyNotBase64,
            tr("the private key (\"private\") is not valid base64: %1. It was damaged on the way; do not install it.")
                .arg(problem));
        return;
    }
    const QCA::SecureArray pem = withoutCarriageReturns(Base64Text::decodeSecure(viewOf(base64)));
    QString problem;
    const std::optional<PemBlock> block = PemBlock::find(viewOf(pem), &problem);
    if (!block) {
        addFinding(Problem::KeyNotPem, tr("the decoded private key is not usable: %1.").arg(problem));
        return;
    }
    const bool pkcs1 = block->label == "RSA PRIVATE KEY";
    if (block->label == "EC PRIVATE KEY" || block->label == "ENCRYPTED PRIVATE KEY") {
        addFinding(Problem::KeyUnsupported,
            tr("the private key is an %1, which the station cannot install; it needs an unencrypted RSA key. "
               "Ask Foundry for RSA keys.").arg(QString::fromLatin1(block->label)));
        return;
    }
    if (!pkcs1 && block->label != "PRIVATE KEY") {
        addFinding(Problem::KeyNotPem,
            tr("the decoded private key holds a \"%1\" block instead of a private key.")
                .arg(QString::fromLatin1(block->label)));
        return;
    }
    const QByteArrayView body = viewOf(pem).sliced(block->bodyBegin, block->bodyEnd - block->bodyBegin);
    if (const QString bodyProblem = Base64Text::problem(body); !bodyProblem.isEmpty()) {
        addFinding(Problem::KeyNotPem, tr("the base64 inside the private key's PEM is damaged: %1.").arg(bodyProblem));
        return;
    }
    QCA::SecureArray der = Base64Text::decodeSecure(body);
    if (pkcs1)
        der = pkcs8FromPkcs1(der);
    QCA::ConvertResult result = QCA::ErrorDecode;
    *key = QCA::PrivateKey::fromDER(der, QCA::SecureArray(), &result);
    if (result != QCA::ConvertGood || key->isNull()) {
        addFinding(Problem::KeyUnparsable,
            tr("the private key's PEM is well formed but its content is not a readable RSA key "
               "(PKCS#1 or PKCS#8); it is damaged."));
        *key = QCA::PrivateKey();
        return;
    }
    if (!key->isRSA()) {
        addFinding(Problem::KeyUnsupported, tr("the private key is not an RSA key; the station supports RSA only."));
        *key = QCA::PrivateKey();
        return;
    }
    m_privateKeyPem = pem;
}

void CertificateBundle::checkIdentity(const QCA::Certificate &certificate)
{
    static const QRegularExpression arnPattern(
        QStringLiteral("^arn:aws(?:-[a-z]+)*:iot:([a-z0-9-]+):([0-9]{12}):cert/([0-9a-f]{64})$"));
    const QRegularExpressionMatch match = arnPattern.match(m_arn);
    if (!match.hasMatch()) {
        addFinding(Problem::ArnMalformed,
            tr("the ARN \"%1\" does not have the form arn:aws:iot:<region>:<account>:cert/<64 hex digits>.")
                .arg(m_arn));
    } else if (match.captured(3) != m_id) {
        addFinding(Problem::ArnIdMismatch,
            tr("the ARN names certificate %1 but the id is %2; they must be the same.")
                .arg(match.captured(3), m_id));
    }
    if (certificate.isNull())
        return;
    const QString actual = QCA::arrayToHex(QCA::Hash(QStringLiteral("sha256")).hash(m_certificateDer).toByteArray());
    if (m_id != actual)
        addFinding(Problem::IdMismatch,
            tr("the id %1 is not this certificate's ID (the SHA-256 of its DER is %2), so Foundry would "
               "activate a different certificate than the device holds.")
                .arg(m_id, actual));
}

void CertificateBundle::addFinding(Problem problem, const QString &message)
{
    m_findings.append({problem, message});
}

bool CertificateBundle::hasProblem(Problem problem) const
{
    return std::any_of(m_findings.cbegin(), m_findings.cend(),
                       [problem](const Finding &finding) { return finding.problem == problem; });
}

void CertificateBundle::dropPrivateKey()
{
    m_privateKeyPem.clear();
}

QString CertificateBundle::problemName(Problem problem)
{
    switch (problem) {
    case Problem::MalformedResponse: return QStringLiteral("malformed-response");
    case Problem::CertificateNotBase64: return QStringLiteral("certificate-not-base64");
    case Problem::CertificateNotPem: return QStringLiteral("certificate-not-pem");
    case Problem::CertificateUnparsable: return QStringLiteral("certificate-unparsable");
    case Problem::KeyNotBase64: return QStringLiteral("key-not-base64");
    case Problem::KeyNotPem: return QStringLiteral("key-not-pem");
    case Problem::KeyUnparsable: return QStringLiteral("key-unparsable");
    case Problem::KeyUnsupported: return QStringLiteral("key-unsupported");
    case Problem::KeyMismatch: return QStringLiteral("key-mismatch");
    case Problem::IdMismatch: return QStringLiteral("id-mismatch");
    case Problem::ArnMalformed: return QStringLiteral("arn-malformed");
    case Problem::ArnIdMismatch: return QStringLiteral("arn-id-mismatch");
    case Problem::NotYetValid: return QStringLiteral("not-yet-valid");
    case Problem::Expired: return QStringLiteral("expired");
    }
    return QStringLiteral("unknown");
}
