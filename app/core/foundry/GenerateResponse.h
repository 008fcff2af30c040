#pragma once

#include <QtCrypto>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Foundry's answer to GET /foundry/certificates/generate, as it arrived: only its shape is known to
// be right. CertificateBundle decides whether the contents can be trusted.
class GenerateResponse
{
    Q_DECLARE_TR_FUNCTIONS(GenerateResponse)

public:
    // Reads a response body. The private key goes straight into locked memory, and the body is
    // wiped, so the caller must pass the only copy it holds.
    static GenerateResponse parse(QByteArray &body);
    // An AWS certificate ID: 64 hexadecimal digits, the SHA-256 of the certificate's DER. The one
    // place that shape is written.
    static bool isCertificateId(const QString &text);

    // Empty when the body had the documented shape; otherwise what is wrong with it.
    QString shapeError() const { return m_shapeError; }

    QString id() const { return m_id; }
    QString arn() const { return m_arn; }
    QByteArray certificateBase64() const { return m_certificateBase64; }
    const QCA::SecureArray &privateKeyBase64() const { return m_privateKeyBase64; }

private:
    QString m_shapeError;
    QString m_id;
    QString m_arn;
    QByteArray m_certificateBase64;
    QCA::SecureArray m_privateKeyBase64;
};
