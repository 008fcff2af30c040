#include "jobs/ProvisioningJob.h"

#include "device/DeviceAccess.h"
#include "device/DeviceProfile.h"
#include "foundry/FoundryClient.h"
#include "foundry/FoundryRateLimiter.h"
#include "foundry/FoundryReply.h"
#include "jobs/FailureSentence.h"
#include "jobs/JobJournal.h"
#include "foundry/TopicRules.h"
#include "jobs/TopicTemplate.h"

#include <QMetaEnum>
#include <QTimer>

namespace {

bool isRollback(ProvisioningJob::State state)
{
    using State = ProvisioningJob::State;
    return state == State::DeletingKey || state == State::DeletingCertificate || state == State::Revoking;
}

// The states that ask the device to do something, and end when it answers.
bool asksTheDevice(ProvisioningJob::State state)
{
    using State = ProvisioningJob::State;
    return state == State::Identifying || state == State::IdentifyingAndGenerating || state == State::WritingCertificate
        || state == State::WritingKey || state == State::VerifyingCertificate || state == State::VerifyingKey
        || state == State::PuttingDeviceBack || state == State::DeletingKey || state == State::DeletingCertificate;
}

bool isFinal(ProvisioningJob::State state)
{
    using State = ProvisioningJob::State;
    return state == State::Done || state == State::Failed || state == State::NeedsAttention
        || state == State::Cancelled;
}

} // namespace

ProvisioningJob::ProvisioningJob(FoundryClient *client, DeviceProfile *profile, Settings settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(profile)
    , m_settings(std::move(settings))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::WaitingToRetryProvision) {
            ++m_provisionAttempt;
            transition(State::Provisioning);
        }
    });
    connect(profile, &DeviceProfile::identified, this, &ProvisioningJob::identified);
    connect(profile, &DeviceProfile::credentialWritten, this, &ProvisioningJob::deviceSucceeded);
    connect(profile, &DeviceProfile::credentialVerified, this, &ProvisioningJob::deviceSucceeded);
    connect(profile, &DeviceProfile::credentialDeleted, this, &ProvisioningJob::deviceSucceeded);
    connect(profile, &DeviceProfile::stateRestored, this, &ProvisioningJob::deviceSucceeded);
    connect(profile, &DeviceProfile::operationFailed, this, &ProvisioningJob::deviceFailed);
    connect(profile, &DeviceProfile::writeProgress, this,
            [this](int, CredentialKind kind, qint64 written, qint64 total) {
                if (m_state == State::WritingCertificate || m_state == State::WritingKey)
                    Q_EMIT writeProgress(kind, written, total);
            });
    profile->setStateChangeHooks(
        {[this](const DeviceStateChange &change) { return journalStateChange(change); },
         [this](const DeviceStateChange &change, bool restored) { journalStateRestored(change, restored); }});

    m_result.deviceId = m_settings.deviceId;
    m_result.profile = profile->name();
    m_result.port = m_settings.port;
    m_result.slot = m_settings.slot;
    m_result.topics = m_settings.topics;
}

ProvisioningJob::~ProvisioningJob() = default;

bool ProvisioningJob::isFinished() const
{
    return isFinal(m_state);
}

QString ProvisioningJob::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(static_cast<int>(state)));
}

std::optional<ProvisioningJob::State> ProvisioningJob::stateFromName(const QString &name)
{
    bool known = false;
    const int value = QMetaEnum::fromType<State>().keyToValue(name.toLatin1().constData(), &known);
    return known ? std::optional(static_cast<State>(value)) : std::nullopt;
}

QString ProvisioningJob::describe(State state) const
{
    switch (state) {
    case State::Idle: return tr("Waiting to start");
    case State::Identifying: return tr("Identifying the device");
    case State::IdentifyingAndGenerating:
        return m_settings.activateOnGenerate
            ? tr("Identifying the device while Foundry makes a certificate, active at once with its topics")
            : tr("Identifying the device while Foundry makes a certificate");
    case State::Generating:
        return m_settings.activateOnGenerate ? tr("Asking Foundry for a certificate, active at once with its topics")
                                             : tr("Asking Foundry for a certificate");
    case State::CheckingBundle: return tr("Checking certificate %1 and its key").arg(m_result.certificateId);
    case State::WritingCertificate: return tr("Writing the certificate into slot %1").arg(m_settings.slot);
    case State::WritingKey: return tr("Writing the private key into slot %1").arg(m_settings.slot);
    case State::VerifyingCertificate: return tr("Verifying the certificate the device holds");
    case State::VerifyingKey: return tr("Verifying the private key the device holds");
    case State::PuttingDeviceBack: return tr("Putting the device back as it was");
    case State::Provisioning:
        return tr("Provisioning certificate %1 to device %2 (attempt %3 of %4)")
            .arg(m_result.certificateId, m_settings.deviceId)
            .arg(m_provisionAttempt)
            .arg(m_settings.provisionAttempts);
    case State::WaitingToRetryProvision: return tr("Waiting before provisioning again");
    case State::DeletingKey: return tr("Rolling back: deleting the private key from slot %1").arg(m_settings.slot);
    case State::DeletingCertificate:
        return tr("Rolling back: deleting the certificate from slot %1").arg(m_settings.slot);
    case State::Revoking: return tr("Rolling back: revoking certificate %1").arg(m_result.certificateId);
    case State::Done: return tr("Provisioned");
    case State::Failed: return tr("Failed; everything it created is rolled back");
    case State::NeedsAttention: return tr("Failed, and the rollback is incomplete: a person must act");
    case State::Cancelled: return tr("Cancelled; everything it created is rolled back");
    }
    return {};
}

void ProvisioningJob::start()
{
    if (m_state != State::Idle)
        return;
    m_stepClock.start();
    if (!journalJob())
        return;
    if (m_settings.deviceId.trimmed().isEmpty()) {
        fail(JobResult::Failure::Topics, tr("no Foundry device ID given"));
        return;
    }
    if (m_settings.activateOnGenerate && m_settings.topics.isEmpty() && m_settings.topicTemplates.isEmpty()) {
        fail(JobResult::Failure::Topics, tr("activating on generate needs topics"));
        return;
    }
    if (topicsNeedNoIdentity()) {
        // Checked and recorded before anything is asked of Foundry, as after identify otherwise.
        if (!acceptTopics({}) || !journalDevice())
            return;
        transition(State::IdentifyingAndGenerating);
        return;
    }
    transition(State::Identifying);
}

void ProvisioningJob::cancel()
{
    if (isFinished() || isRollback(m_state) || m_result.failure != JobResult::Failure::None)
        return;
    m_result.failure = JobResult::Failure::Cancelled;
    m_result.error = tr("cancelled by the operator");
    // Not from here: cancel() may be called from a stateChanged slot, before the state's work starts.
    QTimer::singleShot(0, this, &ProvisioningJob::applyCancel);
}

void ProvisioningJob::applyCancel()
{
    const bool nothingUnderWay = m_state == State::Idle || m_state == State::WaitingToRetryProvision
        || (m_waitingForFoundryToken && (m_state == State::Generating || m_state == State::Provisioning))
        || (m_waitingForFoundryToken && m_state == State::IdentifyingAndGenerating && !m_identifyUnderWay);
    if (!nothingUnderWay)
        return; // the operation under way ends in a transition, which turns to the rollback
    m_retryTimer->stop();
    m_waitingForFoundryToken = false;
    m_stepFailed = m_state != State::Idle;
    transition(nextCleanupState());
}

void ProvisioningJob::transition(State next)
{
    // A cancelled job goes no further forward, whatever the step that just ended achieved.
    if (m_result.failure == JobResult::Failure::Cancelled && (next == State::Done || (!isRollback(next) && !isFinal(next))))
        next = nextCleanupState();
    if (m_state != State::Idle) {
        m_result.steps.append({stateName(m_state), m_stepClock.elapsed(), !m_stepFailed});
        Q_EMIT stepEnded(m_state, m_result.steps.constLast().durationMs, !m_stepFailed);
    }
    m_stepFailed = false;
    m_state = next;
    m_stepClock.start();
    Q_EMIT stateChanged(next);
    enter(next);
}

void ProvisioningJob::enter(State state)
{
    // First, so that even a step that fails at once has its row.
    if (!journalEnter(state))
        return;
    // A profile that went away with its link can do nothing more; that is a device failure like any other.
    if (asksTheDevice(state) && !m_profile) {
        deviceFailed({DeviceError::Kind::Disconnected, describe(state), tr("the device profile is gone")});
        return;
    }
    // Identify does not wait for Foundry's token: the state waits for it itself.
    if (state != State::IdentifyingAndGenerating && waitForFoundryToken(state))
        return;
    switch (state) {
    case State::Idle:
        return;
    case State::Identifying:
        m_profile->identify();
        return;
    case State::Generating:
        sendGenerate();
        return;
    case State::IdentifyingAndGenerating:
        // Entered again once the token is granted: identify is under way or done by then.
        if (!std::exchange(m_identifyStarted, true)) {
            m_identifyUnderWay = true;
            m_profile->identify();
        }
        if (waitForFoundryToken(state))
            return;
        sendGenerate();
        return;
    case State::CheckingBundle:
        checkBundle();
        return;
    case State::WritingCertificate:
        m_deviceMayHoldCertificate = true;
        // One change of the device's state (an nRF91 modem offline) for all the writes, verifications
        // and deletes that follow, instead of one per operation; PuttingDeviceBack ends it.
        m_profile->keepStateChange();
        m_profile->writeCredential(m_settings.slot, CredentialKind::Certificate,
                                   QCA::SecureArray(m_bundle->certificatePem()));
        return;
    case State::WritingKey:
        m_deviceMayHoldKey = true;
        m_profile->writeCredential(m_settings.slot, CredentialKind::PrivateKey, m_bundle->privateKeyPem());
        return;
    case State::VerifyingCertificate:
        m_profile->verifyCredential(m_settings.slot, CredentialKind::Certificate,
                                    QCA::SecureArray(m_bundle->certificatePem()));
        return;
    case State::VerifyingKey:
        m_profile->verifyCredential(m_settings.slot, CredentialKind::PrivateKey, m_bundle->privateKeyPem());
        return;
    case State::PuttingDeviceBack:
        m_profile->endKeptStateChange();
        return;
    case State::Provisioning: {
        FoundryReply *reply = m_client->provision(m_result.arn, m_result.certificateId, m_settings.deviceId,
                                                  m_result.topics);
        watchRetries(reply);
        connect(reply, &FoundryReply::finished, this, [this, reply] { provisioned(reply); });
        return;
    }
    case State::WaitingToRetryProvision:
        m_retryTimer->start(m_settings.provisionBackoff * (1 << std::min(m_provisionAttempt - 1, 10)));
        Q_EMIT progress(tr("Provisioning will be tried again in %1 s.")
                            .arg(static_cast<double>(m_retryTimer->interval()) / 1000));
        return;
    case State::DeletingKey:
        m_keyDeleteTried = true;
        m_profile->deleteCredential(m_settings.slot, CredentialKind::PrivateKey);
        return;
    case State::DeletingCertificate:
        m_certificateDeleteTried = true;
        m_profile->deleteCredential(m_settings.slot, CredentialKind::Certificate);
        return;
    case State::Revoking: {
        m_revokeTried = true;
        FoundryReply *reply = m_client->revoke(m_result.certificateId, m_settings.deviceId);
        watchRetries(reply);
        connect(reply, &FoundryReply::finished, this, [this, reply] { revoked(reply); });
        return;
    }
    case State::Done:
    case State::Failed:
    case State::NeedsAttention:
    case State::Cancelled:
        // Whatever was in force is put back or reported by now; the next job's profile starts afresh.
        if (m_profile)
            m_profile->keepStateChange(false);
        // Nothing secret outlives the job, whichever way it ended.
        if (m_bundle)
            m_bundle->dropPrivateKey();
        m_result.outcome = state == State::Done ? JobResult::Outcome::Done
            : state == State::Failed            ? JobResult::Outcome::Failed
            : state == State::Cancelled         ? JobResult::Outcome::Cancelled
                                                : JobResult::Outcome::NeedsAttention;
        m_result.certificateState = certificateStateText();
        describeLeftBehind();
        journalFinish();
        Q_EMIT finished();
        return;
    }
}

bool ProvisioningJob::waitForFoundryToken(State state)
{
    const bool foundryStep = state == State::Generating || state == State::IdentifyingAndGenerating
        || state == State::Provisioning || state == State::Revoking;
    if (!foundryStep || !m_settings.rateLimiter)
        return false;
    if (m_foundryTokenHeld) {
        m_foundryTokenHeld = false;
        return false;
    }
    // The limiter forgets the callback if the job is destroyed meanwhile; nothing else changes the
    // state while it waits, but the check keeps a late grant from acting on a step that is over.
    m_waitingForFoundryToken = true;
    m_settings.rateLimiter->acquire(this, [this, state] {
        if (m_state != state || !m_waitingForFoundryToken)
            return;
        m_waitingForFoundryToken = false;
        m_foundryTokenHeld = true;
        enter(state);
    });
    return true;
}

bool ProvisioningJob::topicsNeedNoIdentity() const
{
    if (m_settings.topicTemplates.isEmpty())
        return true;
    // A template that cannot be filled in without the device goes the long way, and fails (or not)
    // there with what the device reported.
    QString error;
    TopicTemplate::expand(m_settings.topicTemplates, TopicTemplate::fields(m_settings.deviceId, {}), &error);
    return error.isEmpty();
}

bool ProvisioningJob::acceptTopics(const DeviceIdentity &identity)
{
    if (!m_settings.topicTemplates.isEmpty()) {
        QString error;
        const QStringList topics = TopicTemplate::expand(
            m_settings.topicTemplates, TopicTemplate::fields(m_settings.deviceId, identity), &error);
        if (!error.isEmpty()) {
            fail(JobResult::Failure::Topics, tr("the topic template cannot be filled in: %1").arg(error));
            return false;
        }
        m_result.topics = topics;
    }
    const TopicRules::Result check = TopicRules::check(m_result.topics);
    m_result.warnings << check.warnings;
    if (!check.isValid()) {
        fail(JobResult::Failure::Topics, check.errors.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

void ProvisioningJob::identified(const DeviceIdentity &identity)
{
    if (m_state == State::IdentifyingAndGenerating || m_state == State::Identifying)
        Q_EMIT deviceAnswered(m_state, true,
                              tr("serial %1, firmware %2").arg(identity.serialNumber, identity.firmwareVersion));
    if (m_state == State::IdentifyingAndGenerating) {
        m_identifyUnderWay = false;
        m_identity = identity;
        // The topics were recorded at the start; this adds the device's serial.
        if (journalDevice())
            settleIdentifyAndGenerate();
        return;
    }
    if (m_state != State::Identifying)
        return;
    m_identity = identity;
    if (!acceptTopics(identity) || !journalDevice())
        return;
    transition(State::Generating);
}

void ProvisioningJob::sendGenerate()
{
    // With topics Foundry activates the certificate at once but ties it to no device ID (see the
    // reference, step 1), so provision still follows to attach the device; the option only
    // moves activation earlier, and a failure before provision must revoke an active certificate.
    m_generateUnderWay = true;
    FoundryReply *reply = m_client->generate(m_settings.activateOnGenerate ? std::optional(m_result.topics)
                                                                           : std::nullopt);
    watchRetries(reply);
    connect(reply, &FoundryReply::finished, this, [this, reply] { generated(reply); });
}

void ProvisioningJob::settleIdentifyAndGenerate()
{
    // A certificate generate is still bringing, or an identify that must end before anything else
    // is asked of the device.
    if (m_identifyUnderWay || m_generateUnderWay)
        return;
    if (m_waitingForFoundryToken) {
        if (!m_heldFailure && m_result.failure != JobResult::Failure::Cancelled)
            return;
        // Generate was never sent, and need not be.
        m_waitingForFoundryToken = false;
    }
    if (m_heldFailure) {
        const auto [failure, message] = *std::exchange(m_heldFailure, std::nullopt);
        fail(failure, message);
        return;
    }
    // A cancelled job turns to its rollback here (see transition()).
    transition(State::CheckingBundle);
}

void ProvisioningJob::failStep(JobResult::Failure failure, const QString &message)
{
    if (m_state != State::IdentifyingAndGenerating) {
        fail(failure, message);
        return;
    }
    if (!m_heldFailure)
        m_heldFailure = std::pair(failure, message);
    settleIdentifyAndGenerate();
}

void ProvisioningJob::generated(FoundryReply *reply)
{
    reply->deleteLater();
    if (m_state != State::Generating && m_state != State::IdentifyingAndGenerating)
        return;
    announceAnswer(reply);
    m_generateUnderWay = false;
    const FoundryError error = reply->error();
    // Foundry knows the certificate by this ID even when the rest of the response is unusable.
    if (const QString id = reply->generateResponse().id(); !id.isEmpty()) {
        m_result.certificateId = id;
        m_result.arn = reply->generateResponse().arn();
        m_certificate = m_settings.activateOnGenerate ? Certificate::ActiveUntied : Certificate::Inactive;
        if (!journalCertificate())
            return;
    }
    if (error.isError()) {
        if (m_certificate == Certificate::None && error.mayHaveReachedFoundry())
            m_certificate = Certificate::MayExistUnknown;
        noteFoundryError(JobResult::FoundryCall::Generate, error);
        failStep(JobResult::Failure::Foundry, tr("generating the certificate failed: %1").arg(error.message()));
        return;
    }
    m_response = reply->takeGenerateResponse();
    if (m_state == State::IdentifyingAndGenerating) {
        settleIdentifyAndGenerate();
        return;
    }
    transition(State::CheckingBundle);
}

void ProvisioningJob::checkBundle()
{
    m_bundle = CertificateBundle::check(*m_response);
    m_response.reset();
    if (!m_bundle->isValid()) {
        QStringList problems;
        for (const CertificateBundle::Finding &finding : m_bundle->findings())
            problems << finding.message;
        fail(JobResult::Failure::Bundle,
             tr("the certificate and key from Foundry failed their checks and were not written to the device: %1")
                 .arg(problems.join(QLatin1Char(' '))));
        return;
    }
    m_result.fingerprint = m_bundle->summary().sha256Fingerprint;
    transition(State::WritingCertificate);
}

void ProvisioningJob::deviceSucceeded()
{
    if (asksTheDevice(m_state))
        Q_EMIT deviceAnswered(m_state, true, {});
    switch (m_state) {
    case State::WritingCertificate:
        transition(State::WritingKey);
        return;
    case State::WritingKey:
        transition(State::VerifyingCertificate);
        return;
    case State::VerifyingCertificate:
        m_result.certificateDigest = QString::fromLatin1(
            m_profile->expectedDigest(CredentialKind::Certificate, QCA::SecureArray(m_bundle->certificatePem())).toHex());
        transition(State::VerifyingKey);
        return;
    case State::VerifyingKey:
        m_result.keyDigest = QString::fromLatin1(
            m_profile->expectedDigest(CredentialKind::PrivateKey, m_bundle->privateKeyPem()).toHex());
        // The device holds the key and said so: the station's copy has no use left.
        m_bundle->dropPrivateKey();
        if (m_profile && m_profile->hasStateChangeInForce()) {
            transition(State::PuttingDeviceBack);
            return;
        }
        ++m_provisionAttempt;
        transition(State::Provisioning);
        return;
    case State::PuttingDeviceBack:
        if (m_result.failure != JobResult::Failure::None) {
            finishCleanupStep(putBackAction(), true, {});
            return;
        }
        ++m_provisionAttempt;
        transition(State::Provisioning);
        return;
    case State::DeletingKey:
        finishCleanupStep(tr("delete the private key from slot %1 on %2").arg(m_settings.slot).arg(m_settings.port),
                          true, {});
        return;
    case State::DeletingCertificate:
        finishCleanupStep(tr("delete the certificate from slot %1 on %2").arg(m_settings.slot).arg(m_settings.port),
                          true, {});
        return;
    default:
        return;
    }
}

void ProvisioningJob::deviceFailed(const DeviceError &error)
{
    const QString message = tr("%1 failed: %2").arg(error.step, error.message);
    if (asksTheDevice(m_state))
        Q_EMIT deviceAnswered(m_state, false, message);
    if (!isRollback(m_state))
        noteFirstError(error.kind);
    const bool journalFailed = std::exchange(m_journalRefusedStateChange, false);
    switch (m_state) {
    case State::IdentifyingAndGenerating:
        m_identifyUnderWay = false;
        failStep(journalFailed ? JobResult::Failure::Journal : JobResult::Failure::Device, message);
        return;
    case State::Identifying:
    case State::WritingCertificate:
    case State::WritingKey:
    case State::VerifyingCertificate:
    case State::VerifyingKey:
    case State::PuttingDeviceBack:
        if (m_state == State::PuttingDeviceBack) {
            m_putBackFailed = true;
            if (m_result.failure != JobResult::Failure::None) {
                finishCleanupStep(putBackAction(), false, message);
                return;
            }
        }
        fail(journalFailed ? JobResult::Failure::Journal
             : error.kind == DeviceError::Kind::VerificationMismatch ? JobResult::Failure::Verification
                                                                     : JobResult::Failure::Device,
             message);
        return;
    case State::DeletingKey:
        m_keyDeleteFailed = true;
        finishCleanupStep(tr("delete the private key from slot %1 on %2").arg(m_settings.slot).arg(m_settings.port),
                          false, message);
        return;
    case State::DeletingCertificate:
        m_certificateDeleteFailed = true;
        finishCleanupStep(tr("delete the certificate from slot %1 on %2").arg(m_settings.slot).arg(m_settings.port),
                          false, message);
        return;
    default:
        return;
    }
}

void ProvisioningJob::provisioned(FoundryReply *reply)
{
    reply->deleteLater();
    if (m_state != State::Provisioning)
        return;
    announceAnswer(reply);
    m_provisionRequestsSent += reply->attempts();
    const FoundryError error = reply->error();
    if (!error.isError()) {
        m_certificate = Certificate::Tied;
        transition(State::Done);
        return;
    }
    if (error.mayHaveReachedFoundry())
        m_certificate = Certificate::MaybeTied;
    // Provisioning the same certificate to the same device again does no harm, so any failure that
    // waiting may cure is tried again; a refusal or a bad token is not.
    const bool worthRetrying = error.kind() == FoundryError::Kind::Server || error.kind() == FoundryError::Kind::Network
        || error.kind() == FoundryError::Kind::RateLimited || error.kind() == FoundryError::Kind::MalformedResponse;
    if (worthRetrying && m_provisionAttempt < m_settings.provisionAttempts) {
        Q_EMIT progress(FailureSentence::forProvisionRetry(error));
        m_stepFailed = true;
        transition(State::WaitingToRetryProvision);
        return;
    }
    noteFoundryError(JobResult::FoundryCall::Provision, error);
    fail(JobResult::Failure::Foundry, tr("provisioning certificate %1 to device %2 failed after %n request(s): %3", nullptr,
                                         m_provisionRequestsSent)
                                          .arg(m_result.certificateId, m_settings.deviceId, error.message()));
}

void ProvisioningJob::revoked(FoundryReply *reply)
{
    reply->deleteLater();
    if (m_state != State::Revoking)
        return;
    announceAnswer(reply);
    const FoundryError error = reply->error();
    if (!error.isError())
        m_certificate = Certificate::Revoked;
    m_revokeMayHaveActed = error.isError() && error.mayHaveReachedFoundry();
    m_result.rollbackRevokeError = error.kind();
    finishCleanupStep(tr("revoke certificate %1").arg(m_result.certificateId), !error.isError(),
                      error.isError() ? error.message() : QString());
}

void ProvisioningJob::watchRetries(FoundryReply *reply)
{
    connect(reply, &FoundryReply::retryScheduled, this, [this](int attempt, qint64 delayMs, const FoundryError &reason) {
        Q_EMIT progress(tr("%1 Trying again in %2 s (attempt %3).")
                            .arg(reason.summary())
                            .arg(static_cast<double>(delayMs) / 1000)
                            .arg(attempt));
    });
}

void ProvisioningJob::announceAnswer(const FoundryReply *reply)
{
    Q_EMIT foundryAnswered(reply->operation(), reply->error(), reply->httpStatus(), reply->attempts(),
                           reply->elapsedMs());
}

void ProvisioningJob::noteFirstError(DeviceError::Kind device)
{
    if (m_result.failure != JobResult::Failure::None || m_heldFailure)
        return;
    m_result.deviceError = device;
}

void ProvisioningJob::noteFoundryError(JobResult::FoundryCall call, const FoundryError &error)
{
    if (m_result.failure != JobResult::Failure::None || m_heldFailure)
        return;
    m_result.foundryError = error.kind();
    m_result.deviceError = std::nullopt;
    m_result.foundryCall = call;
    m_result.foundryMayHaveActed = error.mayHaveReachedFoundry();
}

void ProvisioningJob::fail(JobResult::Failure failure, const QString &message)
{
    if (m_result.failure == JobResult::Failure::None) {
        m_result.failure = failure;
        m_result.error = message;
    }
    m_stepFailed = true;
    transition(nextCleanupState());
}

ProvisioningJob::State ProvisioningJob::nextCleanupState() const
{
    if (m_deviceMayHoldKey && !m_keyDeleteTried)
        return State::DeletingKey;
    if (m_deviceMayHoldCertificate && !m_certificateDeleteTried)
        return State::DeletingCertificate;
    // After the deletes, which may have needed the device changed too.
    if (m_profile && m_profile->hasStateChangeInForce() && !m_putBackFailed)
        return State::PuttingDeviceBack;
    const bool certificateExists = m_certificate != Certificate::None && m_certificate != Certificate::Revoked
        && m_certificate != Certificate::MayExistUnknown;
    if (certificateExists && !m_revokeTried)
        return State::Revoking;
    const bool clean = !m_keyDeleteFailed && !m_certificateDeleteFailed && !m_deviceLeftChanged && !m_putBackFailed
        && (m_certificate == Certificate::None || m_certificate == Certificate::Revoked);
    if (!clean)
        return State::NeedsAttention;
    return m_result.failure == JobResult::Failure::Cancelled ? State::Cancelled : State::Failed;
}

QString ProvisioningJob::putBackAction() const
{
    return tr("put the device on %1 back as it was").arg(m_settings.port);
}

void ProvisioningJob::finishCleanupStep(const QString &action, bool ok, const QString &detail)
{
    m_result.cleanup.append({action, ok, detail});
    m_stepFailed = !ok;
    transition(nextCleanupState());
}

QString ProvisioningJob::certificateStateText() const
{
    switch (m_certificate) {
    case Certificate::None: return tr("none generated");
    case Certificate::MayExistUnknown:
        return tr("unknown: the generate request may have reached Foundry, but no answer with an ID arrived");
    case Certificate::Inactive: return tr("inactive, tied to no device");
    case Certificate::ActiveUntied: return tr("active (generated with topics), tied to no device");
    case Certificate::MaybeTied:
        return tr("possibly active and tied to device %1: a provision request may have reached Foundry")
            .arg(m_settings.deviceId);
    case Certificate::Tied: return tr("active, tied to device %1").arg(m_settings.deviceId);
    case Certificate::Revoked: return tr("revoked");
    }
    return {};
}

void ProvisioningJob::describeLeftBehind()
{
    if (m_state == State::Done)
        return;
    LeftBehind certificate;
    certificate.certificateId = m_result.certificateId;
    certificate.deviceId = m_settings.deviceId;
    certificate.certificateState = certificateStateText();
    const bool certificateExists = m_certificate != Certificate::None && m_certificate != Certificate::Revoked;
    if (m_certificate == Certificate::MayExistUnknown) {
        certificate.kind = LeftBehind::Kind::CertificateMayExistUnknown;
        certificate.action = LeftBehind::Action::FindAndRevokeCertificate;
        m_result.leftBehind << certificate;
    } else if (certificateExists) {
        certificate.kind = m_revokeMayHaveActed ? LeftBehind::Kind::CertificateMaybeOnFoundry
                                                : LeftBehind::Kind::CertificateOnFoundry;
        certificate.action = LeftBehind::Action::RevokeCertificate;
        m_result.leftBehind << certificate;
    }
    LeftBehind device;
    device.certificateId = m_result.certificateId;
    device.deviceId = m_settings.deviceId;
    device.port = m_settings.port;
    device.slot = m_settings.slot;
    device.certificateRevoked = m_certificate == Certificate::Revoked;
    device.action = LeftBehind::Action::DeleteFromDevice;
    if (m_keyDeleteFailed) {
        device.kind = LeftBehind::Kind::DeviceHoldsKey;
        m_result.leftBehind << device;
    }
    if (m_certificateDeleteFailed) {
        device.kind = LeftBehind::Kind::DeviceHoldsCertificate;
        m_result.leftBehind << device;
    }
    if (m_deviceLeftChanged) {
        device.kind = LeftBehind::Kind::DeviceModeNotRestored;
        device.action = LeftBehind::Action::RestoreDeviceMode;
        device.deviceState = m_deviceLeftChanged->description;
        device.restoreCommand = m_deviceLeftChanged->restoreCommand;
        m_result.leftBehind << device;
    }
}

bool ProvisioningJob::journalJob()
{
    if (!m_settings.journal)
        return true;
    JobJournal::Job row;
    row.operatorName = m_settings.operatorName;
    row.station = m_settings.station;
    row.port = m_settings.port;
    row.profile = m_result.profile;
    row.slot = m_settings.slot;
    row.deviceId = m_settings.deviceId;
    // With the row, before anything touches the device: a delete or a restore from the journal later
    // acts where, and as, this job did.
    row.deviceAccess = DeviceAccess::of(*m_profile).toText();
    m_journalJob = m_settings.journal->beginJob(row);
    if (m_journalJob != 0)
        return true;
    fail(JobResult::Failure::Journal, tr("the journal could not be written, so the job did not start: %1")
                                          .arg(m_settings.journal->errorString()));
    return false;
}

bool ProvisioningJob::journalEnter(State state)
{
    if (!m_settings.journal || m_journalJob == 0)
        return true;
    // Entered again once the rate limiter lets a Foundry step go: its row is already written.
    if (m_journalStep != 0 && m_journalStepState == state)
        return true;
    JobJournal *journal = m_settings.journal;
    bool written = true;
    // The step that ended, with its result: transition() has just added it to the result.
    if (m_journalStep != 0 && !m_result.steps.isEmpty()) {
        const bool ok = m_result.steps.constLast().ok;
        const QString detail = ok ? QString()
            : isRollback(m_journalStepState) && !m_result.cleanup.isEmpty() ? m_result.cleanup.constLast().detail
                                                         : m_result.error;
        written = journal->finishStep(m_journalStep, ok, detail);
        m_journalStep = 0;
    }
    if (isFinal(state) || state == State::Idle)
        return true;
    // The step that starts, before its side effect: after a crash this row says what may exist.
    m_journalStep = journal->beginStep(m_journalJob, state, describe(state));
    m_journalStepState = state;
    written = written && m_journalStep != 0;
    if (written)
        return true;
    if (isRollback(state) || m_result.failure != JobResult::Failure::None) {
        // Undoing goes on without the journal: what it removes cannot be orphaned by a missing row.
        Q_EMIT progress(tr("The journal could not be written: %1").arg(journal->errorString()));
        return true;
    }
    fail(JobResult::Failure::Journal, tr("the journal could not be written, so the job stopped before \"%1\": %2")
                                          .arg(describe(state), journal->errorString()));
    return false;
}

bool ProvisioningJob::journalDevice()
{
    if (!m_settings.journal || m_journalJob == 0
        || m_settings.journal->setDevice(m_journalJob, m_identity.serialNumber, m_result.topics))
        return true;
    // recover needs the topics to finish the job; before generate nothing exists, so stopping costs
    // nothing, and beside it what generate brings is revoked.
    failStep(JobResult::Failure::Journal,
             m_state == State::IdentifyingAndGenerating
                 ? tr("the journal could not record the device, so the job stopped: %1").arg(m_settings.journal->errorString())
                 : tr("the journal could not record the device, so the job stopped before asking Foundry for a "
                      "certificate: %1").arg(m_settings.journal->errorString()));
    return false;
}

bool ProvisioningJob::journalCertificate()
{
    if (!m_settings.journal || m_journalJob == 0
        || m_settings.journal->setCertificate(m_journalJob, m_result.certificateId, m_result.arn))
        return true;
    // Without this row a crash would leave a certificate nobody knows of; revoke it now instead.
    failStep(JobResult::Failure::Journal,
         tr("certificate %1 was generated but the journal could not record it, so it is revoked: %2")
             .arg(m_result.certificateId, m_settings.journal->errorString()));
    return false;
}

QString ProvisioningJob::journalStateChange(const DeviceStateChange &change)
{
    if (!m_settings.journal || m_journalJob == 0)
        return {};
    m_journalStateStep = m_settings.journal->beginStep(m_journalJob, JobJournal::DeviceStep::ChangingDeviceState,
                                                       QString::fromLatin1(change.restoreCommand));
    if (m_journalStateStep != 0)
        return {};
    // Undoing goes on without the journal, as in journalEnter(); the device is put back when it ends.
    if (isRollback(m_state)) {
        Q_EMIT progress(tr("The journal could not be written: %1").arg(m_settings.journal->errorString()));
        return {};
    }
    // Not made unrecorded: a crash while it is in force would leave the device so without a trace.
    m_journalRefusedStateChange = true;
    return tr("the journal could not record it first, so the station did not leave %1: %2")
        .arg(change.description, m_settings.journal->errorString());
}

void ProvisioningJob::journalStateRestored(const DeviceStateChange &change, bool restored)
{
    if (restored)
        m_deviceLeftChanged.reset();
    else
        m_deviceLeftChanged = change;
    if (m_journalStateStep == 0)
        return;
    if (!m_settings.journal->finishStep(std::exchange(m_journalStateStep, 0), restored))
        Q_EMIT progress(tr("The journal could not be written: %1").arg(m_settings.journal->errorString()));
}

void ProvisioningJob::journalFinish()
{
    if (!m_settings.journal || m_journalJob == 0)
        return;
    QStringList error;
    if (!m_result.error.isEmpty())
        error << m_result.error;
    error << m_result.leftBehindText();
    // Too late to stop anything: the job has ended either way, so the person is told instead.
    if (!m_settings.journal->finishJob(m_journalJob, m_result.outcome, error.join(QLatin1Char('\n')), m_result.leftBehind))
        m_result.warnings << tr("The journal could not record how this job ended: %1")
                                 .arg(m_settings.journal->errorString());
}
