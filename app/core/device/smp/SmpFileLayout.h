#pragma once

#include "device/DeviceCredential.h"

#include <QtCrypto>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Where on an MCUmgr device's file system each credential goes, and in which encoding. MCUmgr has no
// command for TLS credentials: products load them from files at boot, at paths of their own. The
// default is the layout of docs/mcumgr-smp.md: /lfs/cred/<slot>/client.crt, client.key and
// ca.crt in PEM, or client.der, client-key.der and ca.der in DER.
class SmpFileLayout
{
    Q_DECLARE_TR_FUNCTIONS(SmpFileLayout)

public:
    enum class Encoding { Pem, Der };

    // "{slot}" in a path is the slot's number.
    QString certificatePath;
    QString privateKeyPath;
    QString caCertificatePath;
    Encoding encoding = Encoding::Pem;

    static SmpFileLayout defaults(Encoding encoding = Encoding::Pem);
    // "pem" or "der", as station.ini and the journal name them; nullopt for any other text.
    static QString encodingName(Encoding encoding);
    static std::optional<Encoding> encodingFromName(const QString &name);
    friend bool operator==(const SmpFileLayout &, const SmpFileLayout &) = default;

    QByteArray path(int slot, CredentialKind kind) const;
    // Empty when the layout can be used; otherwise what is wrong with it.
    QString problem() const;

    // The bytes the device is to hold for pem: the PEM with LF line ends, or its DER. Nullopt when a
    // PEM block cannot be found or decoded (*problem then says why).
    std::optional<QCA::SecureArray> encode(const QCA::SecureArray &pem, QString *problem) const;

    // As the journal keeps it with a job (DeviceAccess): the encoding and the three paths.
    QJsonObject toJson() const;
    // Read back from a journal, which may be another station's: only the shape toJson() writes, and
    // only a layout without problem(); otherwise nullopt, with *problem.
    static std::optional<SmpFileLayout> fromJson(const QJsonObject &json, QString *problem);
};
