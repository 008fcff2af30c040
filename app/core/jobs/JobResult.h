#pragma once

#include "device/DeviceError.h"
#include "foundry/FoundryError.h"
#include "jobs/LeftBehind.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What one provisioning job did and, when it did not finish, what it left where. Holds nothing secret.
struct JobResult
{
    Q_DECLARE_TR_FUNCTIONS(JobResult)

public:
    enum class Outcome { Pending, Done, Failed, NeedsAttention, Cancelled };
    // Where the first failure came from; a front end maps it to its own codes.
    enum class Failure {
        None, Topics, Foundry, Bundle, Device, Verification,
        Journal, // the journal could not be written, so the job stopped before its next side effect
        Cancelled, // a person stopped it (ProvisioningJob::cancel)
    };

    struct Step
    {
        QString name;
        qint64 durationMs = 0;
        bool ok = true;
    };

    // One clean-up action: deleting from the device or revoking on Foundry.
    struct Cleanup
    {
        QString action;
        bool ok = false;
        QString detail; // why it failed
    };

    Outcome outcome = Outcome::Pending;
    Failure failure = Failure::None;
    // What the first failure was, where it came from Foundry or the device: what a person does next
    // depends on it (FailureSentence).
    FoundryError::Kind foundryError = FoundryError::Kind::None;
    // For a Foundry failure: the call it came from, and whether Foundry may have acted on it although
    // no answer reached the station (the connection dropped after the request went out).
    enum class FoundryCall { None, Generate, Provision };
    FoundryCall foundryCall = FoundryCall::None;
    bool foundryMayHaveActed = false;
    // How the rollback's revoke failed, when it did.
    FoundryError::Kind rollbackRevokeError = FoundryError::Kind::None;
    std::optional<DeviceError::Kind> deviceError;
    QString certificateId;
    QString arn;
    QString certificateState; // what Foundry holds of the certificate, in words
    QString deviceId;
    QStringList topics;
    QString fingerprint; // SHA-256 of the certificate, as CertificateSummary shows it
    // The SHA-256 digests the device confirmed (hex), as inspect lists them: what support staff compare.
    QString certificateDigest;
    QString keyDigest;
    QString profile;
    QString port;
    int slot = 0;
    QList<Step> steps;
    QString error;
    QStringList warnings;
    QList<Cleanup> cleanup;
    // What a person must still act on: which certificate is still on Foundry, which device may hold what.
    QList<LeftBehind> leftBehind;

    // leftBehind in words, one sentence an item (LeftBehind::describe).
    QStringList leftBehindText() const;

    // The stable name the journal stores and --json prints; outcomeFromName() reads it back, nullopt
    // for any other text.
    static QString outcomeName(Outcome outcome);
    static std::optional<Outcome> outcomeFromName(const QString &name);
    static QString failureName(Failure failure);
    QJsonObject toJson() const;
};
