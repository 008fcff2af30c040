#include "credentials/CertificateBundle.h"

#include "base/Base64Text.h"
#include "base/ForeignText.h"
#include "base/PemBlock.h"

#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <optional>

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

// The bytes [begin, end) of locked memory as a block of their own, ended by one line feed: what the
// device is given is exactly the PEM block, whatever whitespace surrounded it in the response.
QCA::SecureArray secureBlock(const QCA::SecureArray &text, qsizetype begin, qsizetype end)
{
    QCA::SecureArray block(static_cast<int>(end - begin + 1));
    std::copy(text.constData() + begin, text.constData() + end, block.data());
    block[static_cast<int>(end - begin)] = '\n';
    return block;
}

// One DER element: tag, and where its content is. Every length is checked against what is left.
struct DerElement
{
    unsigned char tag = 0;
    qsizetype contentBegin = 0;
    qsizetype contentEnd = 0;
};

std::optional<DerElement> readDer(QByteArrayView der, qsizetype at, qsizetype limit)
{
    if (at + 2 > limit)
        return std::nullopt;
    DerElement element;
    element.tag = static_cast<unsigned char>(der.at(at));
    qsizetype length = static_cast<unsigned char>(der.at(at + 1));
    qsizetype position = at + 2;
    if (length & 0x80) {
        const qsizetype octets = length & 0x7f;
        if (octets == 0 || octets > 3 || position + octets > limit)
            return std::nullopt;
        length = 0;
        for (qsizetype i = 0; i < octets; ++i)
            length = (length << 8) | static_cast<unsigned char>(der.at(position + i));
        position += octets;
    }
    if (length > limit - position)
        return std::nullopt;
    element.contentBegin = position;
    element.contentEnd = position + length;
    return element;
}

// The algorithm of a PKCS#8 PrivateKeyInfo, as an OID's DER content; empty when the structure is
// not PrivateKeyInfo. QCA's OpenSSL provider handles RSA, DSA and DH only, and hands back a key
// object that crashes on use for anything else, so the type is read before QCA sees the key.
QByteArray pkcs8Algorithm(QByteArrayView der)
{
    const std::optional<DerElement> info = readDer(der, 0, der.size());
    if (!info || info->tag != 0x30)
        return {};
    const std::optional<DerElement> version = readDer(der, info->contentBegin, info->contentEnd);
    if (!version || version->tag != 0x02)
        return {};
    const std::optional<DerElement> algorithm = readDer(der, version->contentEnd, info->contentEnd);
    if (!algorithm || algorithm->tag != 0x30)
        return {};
    const std::optional<DerElement> oid = readDer(der, algorithm->contentBegin, algorithm->contentEnd);
    if (!oid || oid->tag != 0x06)
        return {};
    return der.sliced(oid->contentBegin, oid->contentEnd - oid->contentBegin).toByteArray();
}

const QByteArray rsaEncryptionOid = QByteArray::fromHex("2a864886f70d010101");

QString keyAlgorithmName(const QByteArray &oid)
{
    if (oid == QByteArray::fromHex("2a8648ce3d0201"))
        return QStringLiteral("elliptic-curve (EC)");
    if (oid == QByteArray::fromHex("2b6570") || oid == QByteArray::fromHex("2b6571"))
        return QStringLiteral("Edwards-curve (Ed25519 or Ed448)");
    if (oid == QByteArray::fromHex("2a8648ce380401"))
        return QStringLiteral("DSA");
    if (oid == QByteArray::fromHex("2a864886f70d01010a"))
        return QStringLiteral("RSASSA-PSS");
    return QStringLiteral("unknown");
}

QString certificateKeyAlgorithmName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Ec: return QStringLiteral("elliptic-curve (EC)");
    case QSsl::Dsa: return QStringLiteral("DSA");
    case QSsl::Dh: return QStringLiteral("Diffie-Hellman");
    case QSsl::Rsa: return QStringLiteral("RSA");
    case QSsl::Opaque: break;
    }
    return QStringLiteral("unknown to the station (for example Ed25519)");
}

// Qt's and QCA's OpenSSL code trust whatever OpenSSL managed to parse: a certificate whose public
// key does not decode crashes QSslCertificate::publicKey(), and one with an extension that does not
// decode crashes QCA::Certificate::fromDER() (both found by fuzzing). OpenSSL itself says whether
// both decode, so it is asked first; the certificate must also be the whole of the DER.
bool isSoundForQt(const QByteArray &der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *next = begin;
    X509 *certificate = d2i_X509(nullptr, &next, static_cast<long>(der.size()));
    if (!certificate)
        return false;
    const bool sound = next == begin + der.size() && X509_get0_pubkey(certificate) != nullptr
        && (X509_get_extension_flags(certificate) & EXFLAG_INVALID) == 0;
    X509_free(certificate);
    return sound;
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
        // Qt Network reads what QCA's provider gets wrong: large serial numbers, validity dates written
        // as GeneralizedTime (after 2049) and keys of types it has no support for. Only an RSA key is
        // handed to QCA: for any other, its provider returns an object that crashes on first use.
        const QSslCertificate sslCertificate(bundle.m_certificateDer, QSsl::Der);
        const QSslKey publicKey = sslCertificate.publicKey();
        const QSsl::KeyAlgorithm algorithm = publicKey.isNull() ? QSsl::Opaque : publicKey.algorithm();
        QCA::PublicKey certificateKey;
        if (algorithm == QSsl::Rsa)
            certificateKey = certificate.subjectPublicKey();
        if (algorithm == QSsl::Rsa && (certificateKey.isNull() || !certificateKey.isRSA())) {
            bundle.addFinding(Problem::CertificateUnparsable,
                tr("the certificate's RSA public key cannot be read; the certificate is damaged."));
            certificateKey = QCA::PublicKey();
        } else if (certificateKey.isNull()) {
            bundle.addFinding(Problem::KeyUnsupported,
                tr("the certificate's public key is of type %1, not RSA; the station supports RSA only. Ask Foundry for "
                   "RSA certificates.").arg(certificateKeyAlgorithmName(algorithm)));
        } else if (!key.isNull() && certificateKey != key.toPublicKey()) {
            bundle.addFinding(Problem::KeyMismatch,
                tr("the private key does not belong to the certificate, so a device holding both could not "
                   "connect. The pair must not be installed; generate a new certificate."));
        }

        const QDateTime notBefore = sslCertificate.effectiveDate().toUTC();
        const QDateTime notAfter = sslCertificate.expiryDate().toUTC();
        if (!notBefore.isValid() || !notAfter.isValid())
            bundle.addFinding(Problem::CertificateUnparsable,
                tr("the certificate's validity dates cannot be read; the certificate is damaged."));
        if (notBefore.isValid() && now < notBefore)
            bundle.addFinding(Problem::NotYetValid,
                tr("the certificate is valid only from %1, and this computer's clock says %2. Check the "
                   "clock and time zone of this computer.")
                    .arg(notBefore.toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate)));
        if (notAfter.isValid() && now > notAfter)
            bundle.addFinding(Problem::Expired,
                tr("the certificate expired on %1 (this computer's clock says %2). Generate a new one, and "
                   "check the clock if that date looks wrong.")
                    .arg(notAfter.toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate)));

        CertificateSummary &summary = bundle.m_summary;
        summary.id = bundle.m_id;
        summary.arn = bundle.m_arn;
        summary.subject = ForeignText::escaped(certificate.subjectInfoOrdered().toString());
        summary.issuer = ForeignText::escaped(certificate.issuerInfoOrdered().toString());
        summary.serialNumber = QString::fromLatin1(sslCertificate.serialNumber());
        summary.notBefore = notBefore;
        summary.notAfter = notAfter;
        summary.sha256Fingerprint = colonHex(QCA::Hash(QStringLiteral("sha256")).hash(bundle.m_certificateDer).toByteArray());
        if (!certificateKey.isNull()) {
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
            tr("the certificate (\"cert\") is not valid base64: %1. It was damaged on the way: do not install it, and ask "
               "Foundry for a new certificate.")
                .arg(problem));
        return;
    }
    QByteArray pem = Base64Text::decode(base64);
    pem.replace('\r', QByteArray());
    QString problem;
    const std::optional<PemBlock> block = PemBlock::findSole(pem, &problem);
    if (!block) {
        addFinding(Problem::CertificateNotPem, tr("the decoded certificate is not usable: %1.").arg(problem));
        return;
    }
    if (block->label != "CERTIFICATE") {
        addFinding(Problem::CertificateNotPem,
            tr("the decoded certificate holds a \"%1\" block instead of a CERTIFICATE.")
                .arg(ForeignText::escaped(block->label)));
        return;
    }
    const QByteArrayView body = QByteArrayView(pem).sliced(block->bodyBegin, block->bodyEnd - block->bodyBegin);
    if (const QString bodyProblem = Base64Text::problem(body); !bodyProblem.isEmpty()) {
        addFinding(Problem::CertificateNotPem,
            tr("the base64 inside the certificate's PEM is damaged: %1.").arg(bodyProblem));
        return;
    }
    m_certificateDer = Base64Text::decode(body);
    if (!isSoundForQt(m_certificateDer)) {
        addFinding(Problem::CertificateUnparsable,
            tr("the certificate's content is not a sound X.509 certificate (its public key or one of its "
               "extensions does not decode); it is damaged: ask Foundry for a new certificate."));
        m_certificateDer.clear();
        return;
    }
    QCA::ConvertResult result = QCA::ErrorDecode;
    *certificate = QCA::Certificate::fromDER(m_certificateDer, &result);
    if (result != QCA::ConvertGood || certificate->isNull()) {
        addFinding(Problem::CertificateUnparsable,
            tr("the certificate's PEM is well formed but its content is not an X.509 certificate; it is damaged: "
               "ask Foundry for a new certificate."));
        *certificate = QCA::Certificate();
        return;
    }
    m_certificatePem = pem.sliced(block->begin, block->end - block->begin) + '\n';
}

void CertificateBundle::checkKey(const QCA::SecureArray &base64, QCA::PrivateKey *key)
{
    if (const QString problem = Base64Text::problem(viewOf(base64)); !problem.isEmpty()) {
        addFinding(Problem::KeyNotBase64,
            tr("the private key (\"private\") is not valid base64: %1. It was damaged on the way: do not install it, and ask "
               "Foundry for a new certificate.")
                .arg(problem));
        return;
    }
    const QCA::SecureArray pem = withoutCarriageReturns(Base64Text::decodeSecure(viewOf(base64)));
    QString problem;
    const std::optional<PemBlock> block = PemBlock::findSole(viewOf(pem), &problem);
    if (!block) {
        addFinding(Problem::KeyNotPem, tr("the decoded private key is not usable: %1.").arg(problem));
        return;
    }
    const bool pkcs1 = block->label == "RSA PRIVATE KEY";
    if (!pkcs1 && block->label != "PRIVATE KEY" && block->label.endsWith("PRIVATE KEY")) {
        addFinding(Problem::KeyUnsupported,
            tr("the private key is an \"%1\" block, which the station cannot install; it needs an unencrypted RSA key. "
               "Ask Foundry for RSA keys.").arg(ForeignText::escaped(block->label)));
        return;
    }
    if (!pkcs1 && block->label != "PRIVATE KEY") {
        addFinding(Problem::KeyNotPem,
            tr("the decoded private key holds a \"%1\" block instead of a private key.")
                .arg(ForeignText::escaped(block->label)));
        return;
    }
    const QByteArrayView body = viewOf(pem).sliced(block->bodyBegin, block->bodyEnd - block->bodyBegin);
    if (const QString bodyProblem = Base64Text::problem(body); !bodyProblem.isEmpty()) {
        addFinding(Problem::KeyNotPem, tr("the base64 inside the private key's PEM is damaged: %1.").arg(bodyProblem));
        return;
    }
    QCA::SecureArray der = Base64Text::decodeSecure(body);
    if (pkcs1) {
        der = pkcs8FromPkcs1(der);
    } else if (const QByteArray algorithm = pkcs8Algorithm(viewOf(der)); algorithm != rsaEncryptionOid) {
        if (algorithm.isEmpty())
            addFinding(Problem::KeyUnparsable,
                tr("the private key's PEM is well formed but its content is not a PKCS#8 private key; it is "
                   "damaged: ask Foundry for a new certificate."));
        else
            addFinding(Problem::KeyUnsupported,
                tr("the private key is of type %1, which the station cannot install; it needs an RSA key. Ask Foundry "
                   "for RSA keys.").arg(keyAlgorithmName(algorithm)));
        return;
    }
    QCA::ConvertResult result = QCA::ErrorDecode;
    *key = QCA::PrivateKey::fromDER(der, QCA::SecureArray(), &result);
    if (result != QCA::ConvertGood || key->isNull()) {
        addFinding(Problem::KeyUnparsable,
            tr("the private key's PEM is well formed but its content is not a readable RSA key "
               "(PKCS#1 or PKCS#8); it is damaged: ask Foundry for a new certificate."));
        *key = QCA::PrivateKey();
        return;
    }
    if (key->isNull() || !key->isRSA()) {
        addFinding(Problem::KeyUnsupported, tr("the private key is not an RSA key; the station supports RSA only."));
        *key = QCA::PrivateKey();
        return;
    }
    m_privateKeyPem = secureBlock(pem, block->begin, block->end);
}

void CertificateBundle::checkIdentity(const QCA::Certificate &certificate)
{
    static const QRegularExpression arnPattern(
        QStringLiteral("^arn:aws(?:-[a-z]+)*:iot:([a-z0-9-]+):([0-9]{12}):cert/([0-9a-f]{64})$"));
    const QRegularExpressionMatch match = arnPattern.match(m_arn);
    if (!match.hasMatch()) {
        addFinding(Problem::ArnMalformed,
            tr("the ARN \"%1\" does not have the form arn:aws:iot:<region>:<account>:cert/<64 hex digits>.")
                .arg(ForeignText::escaped(m_arn.left(300))));
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
