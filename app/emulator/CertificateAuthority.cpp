#include "emulator/CertificateAuthority.h"
#include "emulator/KeyReserve.h"

#include <QCryptographicHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Certificate = std::unique_ptr<X509, decltype(&X509_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free_all)>;
using Bignum = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
using Extension = std::unique_ptr<X509_EXTENSION, decltype(&X509_EXTENSION_free)>;
using Extensions = QList<std::pair<int, QByteArray>>;

// AWS IoT serials are 20 bytes; one bit short of that keeps the DER INTEGER positive.
constexpr int serialBits = 159;
constexpr int caKeyBits = 2048;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Empties OpenSSL's thread-local error queue, so that a stale entry is never blamed on a later
// call.
QString failure(const QString &step)
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        const char *reason = ERR_reason_error_string(code);
        reasons.append(reason ? QString::fromLatin1(reason)
                              : u"OpenSSL error %1"_s.arg(code, 0, 16));
    }
    if (reasons.isEmpty())
        return u"%1 failed"_s.arg(step);
    return u"%1 failed: %2"_s.arg(step, reasons.join(u"; "_s));
}

QString keyTypeName(CertificateRequest::KeyType type)
{
    switch (type) {
    case CertificateRequest::KeyType::Rsa:
        return u"RSA"_s;
    case CertificateRequest::KeyType::EcP256:
        return u"EC P-256"_s;
    case CertificateRequest::KeyType::Ed25519:
        return u"Ed25519"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

Key generateKey(CertificateRequest::KeyType type, int rsaBits, QString *error)
{
    Key key(nullptr, &EVP_PKEY_free);
    switch (type) {
    case CertificateRequest::KeyType::Rsa:
        if (rsaBits <= 0) {
            setError(error, u"invalid RSA key size %1"_s.arg(rsaBits));
            return key;
        }
        key.reset(EVP_RSA_gen(static_cast<unsigned int>(rsaBits)));
        break;
    case CertificateRequest::KeyType::EcP256:
        key.reset(EVP_EC_gen("P-256"));
        break;
    case CertificateRequest::KeyType::Ed25519:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
        break;
    }
    if (!key)
        setError(error, failure(u"%1 key generation"_s.arg(keyTypeName(type))));
    return key;
}

QByteArray memoryContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

// PKCS#1 for RSA, as AWS IoT hands keys out; PKCS#8 for the key types that have no PKCS#1 form.
std::optional<QByteArray> privateKeyPem(EVP_PKEY *key, QString *error)
{
    // The "traditional" writer is the one that emits PKCS#1 for RSA keys.
    const auto write = EVP_PKEY_is_a(key, "RSA") ? PEM_write_bio_PrivateKey_traditional
                                                 : PEM_write_bio_PrivateKey;
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free_all);
    if (!bio || write(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        setError(error, failure(u"writing the private key"_s));
        return std::nullopt;
    }
    return memoryContents(bio.get());
}

std::optional<QByteArray> certificatePem(X509 *certificate, QString *error)
{
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free_all);
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1) {
        setError(error, failure(u"writing the certificate"_s));
        return std::nullopt;
    }
    return memoryContents(bio.get());
}

std::optional<QByteArray> certificateDer(X509 *certificate, QString *error)
{
    const int size = i2d_X509(certificate, nullptr);
    if (size <= 0) {
        setError(error, failure(u"encoding the certificate"_s));
        return std::nullopt;
    }
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509(certificate, &out) != size) {
        setError(error, failure(u"encoding the certificate"_s));
        return std::nullopt;
    }
    return der;
}

bool setTime(ASN1_TIME *field, const QDateTime &time)
{
    return ASN1_TIME_set(field, static_cast<time_t>(time.toSecsSinceEpoch())) != nullptr;
}

// A null issuer makes the certificate self-signed.
Certificate buildCertificate(const QString &commonName, const QDateTime &notBefore,
                             const QDateTime &notAfter, EVP_PKEY *subjectKey, X509 *issuer,
                             EVP_PKEY *issuerKey, const Extensions &extensions, QString *error)
{
    Certificate certificate(X509_new(), &X509_free);
    Bignum serial(BN_new(), &BN_free);
    const QByteArray name = commonName.toUtf8();
    if (!certificate || !serial || X509_set_version(certificate.get(), X509_VERSION_3) != 1
        || BN_rand(serial.get(), serialBits, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))
        || !setTime(X509_getm_notBefore(certificate.get()), notBefore)
        || !setTime(X509_getm_notAfter(certificate.get()), notAfter)
        || X509_NAME_add_entry_by_txt(X509_get_subject_name(certificate.get()), "CN",
                                      MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(name.constData()),
                                      -1, -1, 0) != 1
        || X509_set_issuer_name(certificate.get(),
                                X509_get_subject_name(issuer ? issuer : certificate.get())) != 1
        || X509_set_pubkey(certificate.get(), subjectKey) != 1) {
        setError(error, failure(u"building the certificate"_s));
        return Certificate(nullptr, &X509_free);
    }

    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer : certificate.get(), certificate.get(), nullptr,
                   nullptr, 0);
    for (const auto &[nid, value] : extensions) {
        const Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()),
                                  &X509_EXTENSION_free);
        if (!extension || X509_add_ext(certificate.get(), extension.get(), -1) != 1) {
            const QLatin1StringView extensionName(OBJ_nid2ln(nid));
            setError(error, failure(u"adding the %1 extension"_s.arg(extensionName)));
            return Certificate(nullptr, &X509_free);
        }
    }

    if (X509_sign(certificate.get(), issuerKey, EVP_sha256()) <= 0) {
        setError(error, failure(u"signing the certificate"_s));
        return Certificate(nullptr, &X509_free);
    }
    return certificate;
}

// OpenSSL's configuration syntax separates entries with commas, so a name must not smuggle one in.
std::optional<QByteArray> subjectAlternativeNames(const CertificateRequest &request, QString *error)
{
    static const QRegularExpression dnsName(u"^[A-Za-z0-9*]([A-Za-z0-9.-]*[A-Za-z0-9])?$"_s);
    QStringList names;
    for (const QString &name : request.dnsNames) {
        if (!dnsName.match(name).hasMatch()) {
            setError(error, u"invalid DNS name \"%1\""_s.arg(name));
            return std::nullopt;
        }
        names.append(u"DNS:"_s + name);
    }
    for (const QHostAddress &address : request.ipAddresses) {
        if (address.isNull() || !address.scopeId().isEmpty()) {
            setError(error, u"invalid IP address \"%1\""_s.arg(address.toString()));
            return std::nullopt;
        }
        names.append(u"IP:"_s + address.toString());
    }
    return names.join(u',').toLatin1();
}

} // namespace

CertificateAuthority::CertificateAuthority(KeyPointer key, CertificatePointer certificate,
                                           QByteArray certificatePem)
    : m_key(std::move(key))
    , m_certificate(std::move(certificate))
    , m_certificatePem(std::move(certificatePem))
{
}

CertificateAuthority::~CertificateAuthority() = default;

std::unique_ptr<CertificateAuthority> CertificateAuthority::create(QString *error)
{
    Key key = generateKey(CertificateRequest::KeyType::Rsa, caKeyBits, error);
    if (!key)
        return nullptr;
    const Extensions extensions{
        {NID_basic_constraints, "critical,CA:TRUE"_ba},
        {NID_key_usage, "critical,keyCertSign,cRLSign"_ba},
        {NID_subject_key_identifier, "hash"_ba},
    };
    const CertificateRequest defaults;
    Certificate certificate = buildCertificate(u"Foundry Emulator CA"_s, defaults.notBefore,
                                               defaults.notAfter, key.get(), nullptr, key.get(),
                                               extensions, error);
    if (!certificate)
        return nullptr;
    std::optional<QByteArray> pem = certificatePem(certificate.get(), error);
    if (!pem)
        return nullptr;
    // OpenSSL caches a certificate's decoded extensions (the key identifier that issue() copies
    // into the authority key identifier) on first use. Doing that now leaves the CA certificate
    // read-only afterwards, so that several threads can issue at once.
    X509_check_purpose(certificate.get(), -1, 0);
    return std::unique_ptr<CertificateAuthority>(
            new CertificateAuthority(std::move(key), std::move(certificate), std::move(*pem)));
}

std::optional<QByteArray> CertificateAuthority::createPrivateKeyPem(int keyBits, QString *error)
{
    CertificateRequest request;
    request.keyBits = keyBits;
    return createPrivateKeyPem(request, error);
}

std::optional<QByteArray> CertificateAuthority::createPrivateKeyPem(const CertificateRequest &request,
                                                                    QString *error)
{
    const Key key = generateKey(request.keyType, request.keyBits, error);
    if (!key)
        return std::nullopt;
    return privateKeyPem(key.get(), error);
}

QByteArray CertificateAuthority::caCertificatePem() const
{
    return m_certificatePem;
}

std::optional<IssuedCertificate> CertificateAuthority::issue(const CertificateRequest &request,
                                                             QString *error, KeyReserve *reserve) const
{
    if (!request.notBefore.isValid() || !request.notAfter.isValid()) {
        setError(error, u"the certificate request has no valid validity dates"_s);
        return std::nullopt;
    }
    const std::optional<QByteArray> alternativeNames = subjectAlternativeNames(request, error);
    if (!alternativeNames)
        return std::nullopt;

    Extensions extensions{
        {NID_basic_constraints, "critical,CA:FALSE"_ba},
        {NID_subject_key_identifier, "hash"_ba},
        {NID_authority_key_identifier, "keyid:always"_ba},
    };
    if (request.usage == CertificateRequest::Usage::Server) {
        // Only an RSA key can encipher the TLS key exchange; the others only sign.
        const bool rsa = request.keyType == CertificateRequest::KeyType::Rsa;
        extensions.append({NID_key_usage, rsa ? "critical,digitalSignature,keyEncipherment"_ba
                                              : "critical,digitalSignature"_ba});
        extensions.append({NID_ext_key_usage, "serverAuth"_ba});
    } else {
        extensions.append({NID_key_usage, "critical,digitalSignature"_ba});
    }
    if (!alternativeNames->isEmpty())
        extensions.append({NID_subject_alt_name, *alternativeNames});

    Key key = reserve ? reserve->take(request) : Key(nullptr, &EVP_PKEY_free);
    if (!key)
        key = generateKey(request.keyType, request.keyBits, error);
    if (!key)
        return std::nullopt;
    const Certificate certificate =
            buildCertificate(request.commonName, request.notBefore, request.notAfter, key.get(),
                             m_certificate.get(), m_key.get(), extensions, error);
    if (!certificate)
        return std::nullopt;

    std::optional<QByteArray> der = certificateDer(certificate.get(), error);
    std::optional<QByteArray> pem = der ? certificatePem(certificate.get(), error) : std::nullopt;
    std::optional<QByteArray> keyPem = pem ? privateKeyPem(key.get(), error) : std::nullopt;
    if (!keyPem)
        return std::nullopt;

    IssuedCertificate issued;
    issued.id = QString::fromLatin1(QCryptographicHash::hash(*der, QCryptographicHash::Sha256).toHex());
    issued.certificatePem = std::move(*pem);
    issued.privateKeyPem = std::move(*keyPem);
    issued.der = std::move(*der);
    return issued;
}
