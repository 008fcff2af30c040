#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// What CertificateAuthority::issue() puts into a certificate. The defaults describe a client
// certificate as AWS IoT hands it out through Foundry; tests override single fields to mint
// expired, not-yet-valid or otherwise unusual certificates.
struct CertificateRequest
{
    enum class Usage { Client, Server };
    // AWS IoT issues RSA keys; the others are for testing how a client copes with a key type it
    // does not expect.
    enum class KeyType { Rsa, EcP256, Ed25519 };

    QString commonName = QStringLiteral("AWS IoT Certificate");
    // Five minutes of slack so that a device whose clock lags slightly still accepts it.
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-5 * 60);
    QDateTime notAfter = QDateTime(QDate(2049, 12, 31), QTime(23, 59, 59), QTimeZone::UTC);
    KeyType keyType = KeyType::Rsa;
    // RSA only; the curve fixes the size of the other key types.
    int keyBits = 2048;
    Usage usage = Usage::Client;
    // Subject alternative names; only a TLS server certificate needs them.
    QStringList dnsNames;
    QList<QHostAddress> ipAddresses;
};
