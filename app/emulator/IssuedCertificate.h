#pragma once

#include <QByteArray>
#include <QString>

// A certificate and its key as Foundry returns them, before the base64 wrapping of the API.
struct IssuedCertificate
{
    QByteArray certificatePem;
    // PKCS#1 ("BEGIN RSA PRIVATE KEY") for RSA, the form AWS IoT uses; PKCS#8 ("BEGIN PRIVATE
    // KEY") for the other key types, which have no PKCS#1 form.
    QByteArray privateKeyPem;
    QByteArray der;
    // Lowercase hex SHA-256 of the DER, which is how AWS IoT names a certificate.
    QString id;
};
