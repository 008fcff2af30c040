#pragma once

#include "emulator/CertificateRequest.h"
#include "emulator/IssuedCertificate.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <optional>

class KeyReserve;

// A throwaway certificate authority that issues certificates the way AWS IoT does for Foundry:
// RSA keys, SHA-256 signatures, random 159-bit serials; on request also on elliptic-curve keys,
// which Foundry must not hand out, to test a client's checks. It uses libcrypto directly because
// QCA's OpenSSL provider signs with SHA-1 and serial 0, which OpenSSL 3 refuses to verify.
class CertificateAuthority
{
public:
    // A fresh RSA-2048 self-signed "CN=Foundry Emulator CA"; null with *error set on failure.
    static std::unique_ptr<CertificateAuthority> create(QString *error);

    // A key pair that belongs to no certificate, for certificate/key mismatch cases.
    // PEM like IssuedCertificate::privateKeyPem: an RSA key of keyBits, or of the request's type.
    static std::optional<QByteArray> createPrivateKeyPem(int keyBits, QString *error);
    static std::optional<QByteArray> createPrivateKeyPem(const CertificateRequest &request,
                                                         QString *error);

    ~CertificateAuthority();
    Q_DISABLE_COPY_MOVE(CertificateAuthority)

    QByteArray caCertificatePem() const;

    // Validity dates are taken as given, so a notAfter in the past yields an expired certificate.
    // Safe to call from several threads at once: the CA's key and certificate are only read.
    // The key pair comes from reserve when it holds one of the kind the request asks for.
    std::optional<IssuedCertificate> issue(const CertificateRequest &request, QString *error,
                                           KeyReserve *reserve = nullptr) const;

private:
    using KeyPointer = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
    using CertificatePointer = std::unique_ptr<X509, decltype(&X509_free)>;

    CertificateAuthority(KeyPointer key, CertificatePointer certificate, QByteArray certificatePem);

    KeyPointer m_key;
    CertificatePointer m_certificate;
    QByteArray m_certificatePem;
};
