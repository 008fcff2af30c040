#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// What the emulated Foundry remembers about a certificate it generated. The private key is
// deliberately not kept: Foundry hands it out once and forgets it.
struct EmulatorCertificate
{
    enum class Status { Inactive, Active };

    QString id;
    QString arn;
    Status status = Status::Inactive;
    QStringList topics;
    // Empty until the certificate is provisioned to a device.
    QString deviceId;
    QByteArray certificatePem;
    QDateTime issuedAt;
};
