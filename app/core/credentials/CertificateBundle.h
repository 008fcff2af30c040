#pragma once

#include "credentials/CertificateSummary.h"
#include "foundry/GenerateResponse.h"

#include <QtCrypto>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// A certificate and private key from Foundry, held to every check that must pass before either is
// written into a device. The key stays in locked memory until dropPrivateKey().
class CertificateBundle
{
    Q_DECLARE_TR_FUNCTIONS(CertificateBundle)

public:
    enum class Problem {
        MalformedResponse,
        CertificateNotBase64,
        CertificateNotPem,
        CertificateUnparsable,
        KeyNotBase64,
        KeyNotPem,
        KeyUnparsable,
        KeyUnsupported,
        KeyMismatch,
        IdMismatch,
        ArnMalformed,
        ArnIdMismatch,
        NotYetValid,
        Expired,
    };

    struct Finding
    {
        Problem problem;
        QString message;
    };

    // Runs every check that the response allows; a damaged certificate does not hide a damaged key.
    static CertificateBundle check(const GenerateResponse &response,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

    bool isValid() const { return m_findings.isEmpty(); }
    QList<Finding> findings() const { return m_findings; }
    bool hasProblem(Problem problem) const;
    static QString problemName(Problem problem);

    // As Foundry sent them; the id is what Foundry knows the certificate by, even when it is wrong.
    QString id() const { return m_id; }
    QString arn() const { return m_arn; }

    // Valid only when isValid().
    CertificateSummary summary() const { return m_summary; }
    QByteArray certificatePem() const { return m_certificatePem; } // LF line endings
    QByteArray certificateDer() const { return m_certificateDer; }
    const QCA::SecureArray &privateKeyPem() const { return m_privateKeyPem; } // LF line endings
    void dropPrivateKey();

private:
    void checkCertificate(const QByteArray &base64, QCA::Certificate *certificate);
    void checkKey(const QCA::SecureArray &base64, QCA::PrivateKey *key);
    void checkIdentity(const QCA::Certificate &certificate);
    void addFinding(Problem problem, const QString &message);

    QList<Finding> m_findings;
    QString m_id;
    QString m_arn;
    CertificateSummary m_summary;
    QByteArray m_certificatePem;
    QByteArray m_certificateDer;
    QCA::SecureArray m_privateKeyPem;
};
