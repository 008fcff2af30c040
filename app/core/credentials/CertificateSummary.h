#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What a person needs to recognise a certificate: shown by the CLI, the window and in history.
struct CertificateSummary
{
    QString id;
    QString arn;
    QString subject;
    QString issuer;
    QString serialNumber;      // hex, colon separated
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; // hex, colon separated, upper case
    QString keyType;
    int keyBits = 0;

    QJsonObject toJson() const;
    QString toText() const;
};
