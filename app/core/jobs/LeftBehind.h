#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// One thing a job that did not finish left where a person must deal with it, in fields a front end
// can act on (a window turns `action` into a button) and, through describe(), in words.
struct LeftBehind
{
    Q_DECLARE_TR_FUNCTIONS(LeftBehind)

public:
    enum class Kind {
        CertificateOnFoundry,       // the rollback did not revoke it
        CertificateMayExistUnknown, // generate may have reached Foundry, but no ID came back
        CertificateMaybeOnFoundry,  // the revoke may have acted, but its answer was lost
        DeviceHoldsCertificate,
        DeviceHoldsKey,
        DeviceModeNotRestored,      // the device is still in the state an operation put it in
    };
    enum class Action {
        RevokeCertificate,        // by certificateId and deviceId
        FindAndRevokeCertificate, // ask Foundry's support: the ID is not known
        DeleteFromDevice,         // the credential in slot on port
        RestoreDeviceMode,        // send restoreCommand to the device on port, or restart it
    };

    Kind kind = Kind::CertificateOnFoundry;
    Action action = Action::RevokeCertificate;
    QString certificateId;
    QString deviceId;
    QString port;
    int slot = 0;
    // What Foundry holds of the certificate, in words, as JobResult::certificateState says it.
    QString certificateState;
    bool certificateRevoked = false; // for a device item: the certificate it may hold is revoked already
    QString deviceState;             // for DeviceModeNotRestored: what the device is left as
    QByteArray restoreCommand;       // for DeviceModeNotRestored: what puts it back

    // The sentence a person acts on. The one place these words are written.
    static QString describe(const LeftBehind &item);
    static QString kindName(Kind kind);
    static QString actionName(Action action);
    QJsonObject toJson() const;
};
