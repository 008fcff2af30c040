#pragma once

#include "credentials/CertificateBundle.h"
#include "device/DeviceCredential.h"
#include "device/DeviceError.h"
#include "device/DeviceIdentity.h"
#include "device/DeviceStateChange.h"
#include "foundry/FoundryReply.h"
#include "foundry/GenerateResponse.h"
#include "jobs/JobResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <optional>

class DeviceProfile;
class FoundryClient;
class FoundryRateLimiter;
class JobJournal;
class QTimer;

// Provisions one device: identify, generate (beside identify when the topics need nothing the device
// reports), check the bundle, write certificate and key, verify both,
// put the device back where the writes changed its state, provision on Foundry. Any failure rolls back what exists: the device's copy is deleted and the
// certificate revoked, so that no certificate is left on Foundry without a device that holds it. A
// clean-up step that fails ends the job as NeedsAttention, with what is left where in the result.
// The profile must be attached to an open link; the job runs one profile operation at a time.
class ProvisioningJob : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Identifying,
        Generating,
        // Identify and generate at once, where the topics need nothing the device reports: the state
        // ends once both have, so that the rollback knows whatever either created.
        IdentifyingAndGenerating,
        CheckingBundle,
        WritingCertificate,
        WritingKey,
        VerifyingCertificate,
        VerifyingKey,
        // The device put back as it was before the writes (an nRF91 modem in its earlier mode): its
        // writes share one change of its state (DeviceProfile::keepStateChange()). Only where one is
        // in force; the rollback puts it back too, after its deletes.
        PuttingDeviceBack,
        Provisioning,
        WaitingToRetryProvision,
        // Rollback, in this order, each only where there is something to undo.
        DeletingKey,
        DeletingCertificate,
        Revoking,
        // Final.
        Done,
        Failed,
        NeedsAttention,
        Cancelled, // cancel() was asked for and everything the job created is rolled back
    };
    Q_ENUM(State)

    struct Settings
    {
        QString deviceId;
        int slot = 1;
        // Taken as they are; or, when topicTemplates is not empty, filled in after identify.
        QStringList topics;
        QStringList topicTemplates;
        // Generate with topics, so that Foundry activates the certificate at once.
        bool activateOnGenerate = false;
        // For the result only: where the device is.
        QString port;
        // Provision failures FoundryClient does not retry itself (500, a dropped connection after its
        // attempts) are tried again this often in all, the wait doubling from provisionBackoff.
        int provisionAttempts = 3;
        std::chrono::milliseconds provisionBackoff{2000};
        // Where the job records each step before its side effect and after its result; none when null.
        // It must outlive the job and live on the job's thread (see JobJournal).
        JobJournal *journal = nullptr;
        // For the journal only: who ran the job, on which station.
        QString operatorName;
        QString station;
        // Shared by the jobs of all lanes, so that together they keep to Foundry's rate; a job waits
        // for a token before each Foundry call. Null: no limit. Must outlive the job.
        FoundryRateLimiter *rateLimiter = nullptr;
    };

    ProvisioningJob(FoundryClient *client, DeviceProfile *profile, Settings settings, QObject *parent = nullptr);
    ~ProvisioningJob() override;

    void start();
    // Stops the job where it is and rolls back what exists, as a failure would. A device operation or
    // Foundry call under way is let finish first, so that what it creates (a certificate generate
    // returns) is known and undone. The job ends Cancelled, or NeedsAttention when the rollback
    // could not finish; cancelling a rollback or a finished job does nothing.
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const;
    const JobResult &result() const { return m_result; }
    DeviceIdentity identity() const { return m_identity; }
    static QString stateName(State state);
    // The state stateName() names (a JobResult::Step's name); nullopt for any other text.
    static std::optional<State> stateFromName(const QString &name);
    const Settings &settings() const { return m_settings; }
    // The job's row in the journal; 0 without a journal or before start().
    qint64 journalId() const { return m_journalJob; }
    // What a person sees while the state lasts: "Writing the certificate into slot 3".
    QString describe(State state) const;

Q_SIGNALS:
    void stateChanged(ProvisioningJob::State state);
    // Waits a person should know about: Foundry asked to slow down, a provision is tried again.
    void progress(const QString &message);
    // While the certificate or the key is written: bytes the device confirmed of total, 0 first and
    // total last, so that a progress bar moves during the long steps.
    void writeProgress(CredentialKind credential, qint64 written, qint64 total);
    // A step is over: the state it was, how long it lasted, and whether it did what it was for.
    void stepEnded(ProvisioningJob::State state, qint64 durationMs, bool ok);
    // A call to Foundry came back: its error (none on success), the HTTP status of the last answer
    // (0 when none arrived), how many requests it took and how long, waits between them included.
    void foundryAnswered(FoundryReply::Operation operation, const FoundryError &error, int httpStatus, int attempts,
                         qint64 durationMs);
    // The device answered what the state asked of it: done, or why not (DeviceError's step and message).
    void deviceAnswered(ProvisioningJob::State state, bool ok, const QString &detail);
    void finished();

private:
    // The one place the state changes: records the step that ends, enters next and starts its work.
    void transition(State next);
    void enter(State state);
    // True when state calls Foundry and must first wait for a token: enter(state) runs again once
    // the token is granted.
    bool waitForFoundryToken(State state);
    // Cancels at once where nothing is under way: before start, while waiting to retry or for a token.
    void applyCancel();

    // True when the topics can be known before the device is identified: no template, or only {deviceId}.
    bool topicsNeedNoIdentity() const;
    // Fills in the templates and checks the topics; false when the job failed instead.
    bool acceptTopics(const DeviceIdentity &identity);
    void identified(const DeviceIdentity &identity);
    void sendGenerate();
    void generated(FoundryReply *reply);
    // IdentifyingAndGenerating: goes on (or rolls back) once neither half is under way.
    void settleIdentifyAndGenerate();
    // fail(), except in IdentifyingAndGenerating, where the failure waits for the other half to end.
    void failStep(JobResult::Failure failure, const QString &message);
    void checkBundle();
    // A profile operation the current state started has succeeded.
    void deviceSucceeded();
    void deviceFailed(const DeviceError &error);
    void provisioned(FoundryReply *reply);
    void revoked(FoundryReply *reply);
    void watchRetries(FoundryReply *reply);
    void announceAnswer(const FoundryReply *reply);
    // Keeps what kind of device error a failure came from, unless an earlier failure is already recorded.
    void noteFirstError(DeviceError::Kind device);
    // As noteFirstError, for a Foundry call's error: which call, and whether Foundry may have acted on it.
    void noteFoundryError(JobResult::FoundryCall call, const FoundryError &error);

    // Records the first failure and starts the rollback.
    void fail(JobResult::Failure failure, const QString &message);
    State nextCleanupState() const;
    void finishCleanupStep(const QString &action, bool ok, const QString &detail);
    QString putBackAction() const;
    void describeLeftBehind();
    QString certificateStateText() const;
    // Journal hooks. False when the journal failed and the job was failed instead of going on.
    bool journalJob();
    bool journalEnter(State state);
    bool journalDevice();
    bool journalCertificate();
    void journalFinish();
    QString journalStateChange(const DeviceStateChange &change);
    void journalStateRestored(const DeviceStateChange &change, bool restored);

    FoundryClient *m_client;
    QPointer<DeviceProfile> m_profile;
    Settings m_settings;
    State m_state = State::Idle;
    JobResult m_result;
    DeviceIdentity m_identity;
    std::optional<GenerateResponse> m_response;
    std::optional<CertificateBundle> m_bundle;
    QTimer *m_retryTimer;
    QElapsedTimer m_stepClock;
    bool m_stepFailed = false;
    int m_provisionAttempt = 0;
    int m_provisionRequestsSent = 0; // every HTTP request of every attempt, retries within one included
    bool m_revokeMayHaveActed = false; // the rollback's revoke failed without a clear answer
    bool m_foundryTokenHeld = false;
    bool m_waitingForFoundryToken = false;
    // IdentifyingAndGenerating: what is under way, and the first failure, held until neither is.
    bool m_identifyStarted = false;
    bool m_identifyUnderWay = false;
    bool m_generateUnderWay = false;
    std::optional<std::pair<JobResult::Failure, QString>> m_heldFailure;

    // What may exist and what the rollback has done about it.
    enum class Certificate { None, MayExistUnknown, Inactive, ActiveUntied, MaybeTied, Tied, Revoked };
    Certificate m_certificate = Certificate::None;
    bool m_deviceMayHoldCertificate = false;
    bool m_deviceMayHoldKey = false;
    bool m_keyDeleteTried = false;
    bool m_certificateDeleteTried = false;
    bool m_revokeTried = false;
    bool m_keyDeleteFailed = false;
    bool m_certificateDeleteFailed = false;
    bool m_putBackFailed = false;
    // A change the device was not put back from, which a person must undo.
    std::optional<DeviceStateChange> m_deviceLeftChanged;

    // The rows this job writes in Settings::journal.
    qint64 m_journalJob = 0;
    qint64 m_journalStep = 0;
    State m_journalStepState = State::Idle;
    qint64 m_journalStateStep = 0;
    bool m_journalRefusedStateChange = false;
};
