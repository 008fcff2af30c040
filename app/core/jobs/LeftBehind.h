#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One thing a job that did not finish, or recovery of one, left where a person must deal with it, in
// fields a front end can act on (a window turns `action` into a button) and, through describe(), in
// words.
struct LeftBehind
{
    Q_DECLARE_TR_FUNCTIONS(LeftBehind)

public:
    enum class Kind {
        CertificateOnFoundry,         // the rollback did not revoke it
        CertificateMayExistUnknown,   // generate may have reached Foundry, but no ID came back
        CertificateMaybeOnFoundry,    // the revoke may have acted, but its answer was lost
        CertificateNotYetProvisioned, // the device confirmed it, but Foundry has not confirmed the provision
        DeviceHoldsCertificate,
        DeviceHoldsKey,
        DeviceHoldsCertificateAndKey, // recovery cannot tell how far the writes got: either or both
        DeviceModeNotRestored,        // the device is still in the state an operation put it in
    };
    enum class Action {
        RevokeCertificate,        // by certificateId and deviceId
        FindAndRevokeCertificate, // ask Foundry's support: the ID is not known
        DeleteFromDevice,         // the credential in slot on port
        RestoreDeviceMode,        // send restoreCommand to the device on port, or restart it
        CheckDevice,              // the journal's undo command is not one the station sends: look at the device
        RecoverAgain,             // recovery could not finish for a reason that may pass; run it again later
    };

    Kind kind = Kind::CertificateOnFoundry;
    Action action = Action::RevokeCertificate;
    QString certificateId;
    QString deviceId;
    QString port;
    QString deviceSerial; // when known, so that a person finds the device even on another port
    int slot = 0;
    // What Foundry holds of the certificate, in words: as JobResult::certificateState says it for a
    // certificate item; for a device item, what is known of the certificate its credentials belong to.
    QString certificateState;
    bool certificateRevoked = false; // for a device item: the certificate it may hold is revoked already
    bool deviceConfirmed = false;    // for a device item: the device said it holds them, more than "may"
    QDateTime requestedAt;           // for CertificateMayExistUnknown: when the generate request went out
    QString deviceState;             // for DeviceModeNotRestored: what the device is left as
    QByteArray restoreCommand;       // for DeviceModeNotRestored and CheckDevice: what puts it back
    QString problem;                 // why the station could not do it itself, as the device or Foundry said

    // The sentence a person acts on. The one place these words are written.
    static QString describe(const LeftBehind &item);
    static QStringList describe(const QList<LeftBehind> &items);
    static QString kindName(Kind kind);
    static QString actionName(Action action);
    // The Kind or Action kindName() or actionName() gives; nullopt for any other text.
    static std::optional<Kind> kindFromName(const QString &name);
    static std::optional<Action> actionFromName(const QString &name);
    QJsonObject toJson() const;
    static QJsonArray toJson(const QList<LeftBehind> &items);
};
