#include "jobs/JournalRecovery.h"

#include "device/DeviceAccess.h"
#include "device/DeviceProfile.h"
#include "device/DeviceStateRestore.h"
#include "device/SerialPortList.h"
#include "foundry/FoundryClient.h"
#include "foundry/FoundryReply.h"
#include "jobs/JobResult.h"
#include "jobs/ProvisioningJob.h"

#include <QJsonArray>

#include <algorithm>

namespace {

using JobState = ProvisioningJob::State;
using DeviceStep = JobJournal::DeviceStep;

// The rows of one step name, by what they reached.
struct StepRecord
{
    bool begun = false;
    bool succeeded = false;
    QDateTime lastStartedAt;
};

StepRecord record(const QList<JobJournal::Step> &steps, std::initializer_list<JobState> states)
{
    StepRecord result;
    for (const JobJournal::Step &step : steps) {
        if (std::none_of(states.begin(), states.end(), [&step](JobState state) { return step.name == JobJournal::StepName(state); }))
            continue;
        result.begun = true;
        result.lastStartedAt = step.startedAt;
        result.succeeded = result.succeeded || (step.finishedAt.isValid() && step.ok);
    }
    return result;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// Worth another recovery later: the network, a server or a refused token may have recovered by then.
bool mayPass(const FoundryError &error)
{
    return error.kind() != FoundryError::Kind::Rejected && error.kind() != FoundryError::Kind::NotFound;
}

} // namespace

JournalRecovery::Assessment JournalRecovery::assess(const JobJournal::Job &job, const QList<JobJournal::Step> &steps)
{
    Assessment assessment;
    // Rows of device state changes run inside a job's step; the step is where the job was.
    const auto isJobStep = [](const JobJournal::Step &step) {
        return std::holds_alternative<JobState>(step.name);
    };
    if (const auto last = std::find_if(steps.crbegin(), steps.crend(), isJobStep); last != steps.crend()) {
        assessment.interruptedStep = last->detail.isEmpty() ? JobJournal::stepNameText(last->name) : last->detail;
        assessment.interruptedAt = last->startedAt;
    }
    // The first change not confirmed undone holds the device's state from before the job; a later
    // change may have found the device already changed.
    for (const JobJournal::Step &step : steps) {
        const bool succeeded = step.finishedAt.isValid() && step.ok;
        if (step.name == JobJournal::StepName(DeviceStep::ChangingDeviceState) && !succeeded
            && assessment.restoreCommand.isEmpty())
            assessment.restoreCommand = step.detail.toLatin1();
        else if (step.name == JobJournal::StepName(DeviceStep::RestoringDeviceState) && succeeded)
            assessment.restoreCommand.clear();
    }
    // Generate goes out alone or beside identify; either row is written before the request.
    const StepRecord generating = record(steps, {JobState::Generating, JobState::IdentifyingAndGenerating});
    const StepRecord writingCertificate = record(steps, {JobState::WritingCertificate});
    const StepRecord writingKey = record(steps, {JobState::WritingKey});
    const StepRecord verifyingKey = record(steps, {JobState::VerifyingKey});
    const StepRecord provisioning = record(steps, {JobState::Provisioning});
    const StepRecord deletingKey = record(steps, {JobState::DeletingKey});
    const StepRecord deletingCertificate = record(steps, {JobState::DeletingCertificate});
    const StepRecord revoking = record(steps, {JobState::Revoking});
    const bool rollingBack = deletingKey.begun || deletingCertificate.begun || revoking.begun;

    if (job.kind == JobJournal::Kind::Revoke) {
        // Sending it again does no harm: Foundry then answers that it does not know the certificate.
        if (revoking.succeeded)
            assessment.outcome = Outcome::Done;
        else
            assessment.action = Assessment::Action::Revoke;
        return assessment;
    }
    assessment.deviceMayHoldCertificate = writingCertificate.begun && !deletingCertificate.succeeded;
    assessment.deviceMayHoldKey = writingKey.begun && !deletingKey.succeeded;

    if (job.certificateId.isEmpty()) {
        // Nothing is written to a device before a certificate is recorded.
        assessment.outcome = generating.begun ? Outcome::NeedsAttention : Outcome::Failed;
        assessment.generateSentAt = generating.lastStartedAt;
        return assessment;
    }
    if (!rollingBack && provisioning.succeeded) {
        assessment.outcome = Outcome::Done;
        assessment.deviceMayHoldCertificate = assessment.deviceMayHoldKey = false;
        return assessment;
    }
    if (!rollingBack && verifyingKey.succeeded) {
        assessment.action = Assessment::Action::Provision;
        return assessment;
    }
    if (revoking.succeeded) {
        assessment.outcome = Outcome::Failed;
        return assessment;
    }
    assessment.action = Assessment::Action::Revoke;
    return assessment;
}

QString JournalRecovery::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done: return JobResult::outcomeName(JobResult::Outcome::Done);
    case Outcome::Failed: return JobResult::outcomeName(JobResult::Outcome::Failed);
    case Outcome::NeedsAttention: return JobResult::outcomeName(JobResult::Outcome::NeedsAttention);
    case Outcome::Unfinished: return QStringLiteral("unfinished");
    case Outcome::Running: return QStringLiteral("running");
    }
    return {};
}

JobResult::Outcome JournalRecovery::jobOutcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done: return JobResult::Outcome::Done;
    case Outcome::Failed: return JobResult::Outcome::Failed;
    case Outcome::NeedsAttention: return JobResult::Outcome::NeedsAttention;
    case Outcome::Unfinished:
    case Outcome::Running: return JobResult::Outcome::Pending;
    }
    return JobResult::Outcome::Pending;
}

QJsonObject JournalRecovery::Recovered::toJson() const
{
    return {{QStringLiteral("jobId"), job.id},
            {QStringLiteral("startedAt"), job.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("deviceId"), job.deviceId},
            {QStringLiteral("certId"), job.certificateId},
            {QStringLiteral("port"), job.port},
            {QStringLiteral("slot"), job.slot},
            {QStringLiteral("deviceSerial"), job.deviceSerial},
            {QStringLiteral("outcome"), outcomeName(outcome)},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("leftBehind"), LeftBehind::toJson(leftBehind)}};
}

JournalRecovery::JournalRecovery(FoundryClient *client, JobJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
}

JournalRecovery::~JournalRecovery() = default;

bool JournalRecovery::needsAttention() const
{
    return std::any_of(m_recovered.cbegin(), m_recovered.cend(), [](const Recovered &job) {
        return job.outcome == Outcome::NeedsAttention || job.outcome == Outcome::Unfinished;
    });
}

bool JournalRecovery::takes(const JobJournal::Job &job) const
{
    // This journal's own run is alive: its jobs are under way, not interrupted.
    if (!job.runId.isEmpty() && job.runId == m_journal->runId())
        return false;
    const QString device = SerialPortList::deviceKey(job.port);
    if (!m_onlyPort.isEmpty() && device != SerialPortList::deviceKey(m_onlyPort))
        return false;
    if (!m_onlyStation.isEmpty() && !job.station.isEmpty() && job.station != m_onlyStation)
        return false;
    // A job with no port (a revoke on its own) belongs to no lane.
    return job.port.isEmpty()
        || std::none_of(m_excludedPorts.cbegin(), m_excludedPorts.cend(),
                        [&device](const QString &port) { return SerialPortList::deviceKey(port) == device; });
}

void JournalRecovery::start()
{
    if (m_state != State::Idle)
        return;
    m_pending = m_journal->unfinishedJobs();
    m_pending.removeIf([this](const JobJournal::Job &job) { return !takes(job); });
    // Oldest first, as they happened.
    std::reverse(m_pending.begin(), m_pending.end());
    transition(State::NextJob);
}

void JournalRecovery::transition(State next)
{
    m_state = next;
    enter(next);
}

void JournalRecovery::enter(State state)
{
    switch (state) {
    case State::Idle:
        return;
    case State::NextJob:
        nextJob();
        return;
    case State::RestoringDevice: {
        m_step = m_journal->beginStep(m_job.id, DeviceStep::RestoringDeviceState,
                                      tr("Recovery: sending %1 to the device on %2")
                                          .arg(DeviceProfile::quoted(m_assessment.restoreCommand), m_job.port));
        if (m_step == 0) {
            leaveUnfinished(m_journal->errorString());
            transition(State::NextJob);
            return;
        }
        QString problem;
        const std::optional<DeviceAccess> access =
            DeviceAccess::fromJournal(m_job.profile, m_job.deviceAccess, m_serialSettings.baudRate, &problem);
        if (!access) {
            // Nothing is sent to a device on the strength of a record this program cannot trust.
            concludeRestore(problem);
            return;
        }
        SerialSettings settings = m_serialSettings;
        settings.portName = m_job.port;
        auto *restore = new DeviceStateRestore(settings, *access, m_assessment.restoreCommand, this);
        connect(restore, &DeviceStateRestore::finished, this, [this, restore] { deviceRestored(restore); });
        restore->start();
        return;
    }
    case State::Provisioning: {
        m_step = m_journal->beginStep(m_job.id, JobState::Provisioning,
                                      tr("Recovery: provisioning certificate %1 to device %2 again")
                                          .arg(m_job.certificateId, m_job.deviceId));
        if (m_step == 0) {
            leaveUnfinished(m_journal->errorString());
            transition(State::NextJob);
            return;
        }
        FoundryReply *reply = m_client->provision(m_job.arn, m_job.certificateId, m_job.deviceId, m_job.topics);
        connect(reply, &FoundryReply::finished, this, [this, reply] { provisioned(reply); });
        return;
    }
    case State::Revoking: {
        m_step = m_journal->beginStep(m_job.id, JobState::Revoking,
                                      tr("Recovery: revoking certificate %1").arg(m_job.certificateId));
        if (m_step == 0) {
            leaveUnfinished(m_journal->errorString());
            transition(State::NextJob);
            return;
        }
        FoundryReply *reply = m_client->revoke(m_job.certificateId, m_job.deviceId);
        connect(reply, &FoundryReply::finished, this, [this, reply] { revoked(reply); });
        return;
    }
    case State::Finished:
        m_claimedRuns.clear();
        Q_EMIT finished();
        return;
    }
}

void JournalRecovery::nextJob()
{
    while (!m_pending.isEmpty()) {
        m_job = m_pending.takeFirst();
        m_step = 0;
        m_provisionRefusal.clear();
        m_certificate = CertificateKnown::NotRevoked;
        m_assessment = {};
        m_deviceRestore = DeviceRestore::NotNeeded;
        m_deviceRestoreError.clear();
        m_restoredChange.reset();
        if (!m_claimedRuns.contains(m_job.runId)) {
            QString holder;
            std::unique_ptr<JobJournal::RunClaim> claim = m_journal->claimRun(m_job.runId, &holder);
            if (!claim && !m_job.runId.isEmpty() && !m_journal->errorString().isEmpty()) {
                // Whether its run still lives cannot be told: a job of a dead run must not be taken
                // for a running one and left alone for good, nor one of a live run recovered.
                leaveUnfinished(tr("whether the process that ran it still runs cannot be told (%1). Make sure "
                                   "the journal's database server is running and reachable, then recover again")
                                    .arg(m_journal->errorString()));
                continue;
            }
            if (!claim && !m_job.runId.isEmpty()) {
                Recovered running{m_job, Outcome::Running,
                                  tr("%1 is still running in %2; left alone.")
                                      .arg(describeJob(), holder.isEmpty() ? tr("another process") : holder),
                                  {}};
                m_recovered.append(running);
                Q_EMIT jobRecovered(running);
                continue;
            }
            m_claimedRuns.insert(m_job.runId, std::shared_ptr<JobJournal::RunClaim>(claim.release()));
        }
        const QList<JobJournal::Step> steps = m_journal->steps(m_job.id);
        if (!m_journal->errorString().isEmpty()) {
            // What may exist cannot be told from rows this program cannot read: a person, or the
            // program that wrote them, must.
            leaveUnfinished(m_journal->errorString());
            continue;
        }
        m_assessment = assess(m_job, steps);
        if (!m_assessment.restoreCommand.isEmpty()) {
            transition(State::RestoringDevice);
            return;
        }
        if (act())
            return;
    }
    transition(State::Finished);
}

bool JournalRecovery::act()
{
    switch (m_assessment.action) {
    case Assessment::Action::Provision:
        transition(State::Provisioning);
        return true;
    case Assessment::Action::Revoke:
        transition(State::Revoking);
        return true;
    case Assessment::Action::Record:
        break;
    }
    if (m_assessment.outcome == Outcome::Done)
        conclude(m_assessment.outcome, m_job.kind == JobJournal::Kind::Revoke
                                           ? tr("Foundry had confirmed the revoke; it is recorded as done.")
                                           : tr("Foundry had confirmed the provision; the job is recorded as done."));
    else if (m_assessment.outcome == Outcome::NeedsAttention)
        conclude(m_assessment.outcome, {});
    else if (m_job.certificateId.isEmpty())
        conclude(m_assessment.outcome, tr("Nothing had been created on Foundry or on the device."));
    else {
        m_certificate = CertificateKnown::Revoked;
        conclude(m_assessment.outcome, tr("The job's rollback had revoked certificate %1.").arg(m_job.certificateId));
    }
    return false;
}

void JournalRecovery::deviceRestored(DeviceStateRestore *restore)
{
    restore->deleteLater();
    if (m_state != State::RestoringDevice)
        return;
    const std::optional<DeviceError> error = restore->error();
    m_restoredChange = restore->change();
    concludeRestore(error ? std::optional(tr("%1: %2").arg(error->step, error->message)) : std::nullopt);
}

void JournalRecovery::concludeRestore(const std::optional<QString> &error)
{
    m_deviceRestore = error ? DeviceRestore::Failed : DeviceRestore::Restored;
    m_deviceRestoreError = error.value_or(QString());
    if (!m_journal->finishStep(m_step, !error, m_deviceRestoreError)) {
        leaveUnfinished(m_journal->errorString());
        transition(State::NextJob);
        return;
    }
    if (!act())
        transition(State::NextJob);
}

void JournalRecovery::provisioned(FoundryReply *reply)
{
    reply->deleteLater();
    if (m_state != State::Provisioning)
        return;
    const FoundryError error = reply->error();
    if (!m_journal->finishStep(m_step, !error.isError(), error.isError() ? error.message() : QString())) {
        leaveUnfinished(m_journal->errorString());
        transition(State::NextJob);
        return;
    }
    if (!error.isError()) {
        m_assessment.deviceMayHoldCertificate = m_assessment.deviceMayHoldKey = false;
        conclude(Outcome::Done,
                 tr("The device had confirmed its certificate and key, so recovery provisioned certificate %1 to "
                    "device %2 with its topics.")
                     .arg(m_job.certificateId, m_job.deviceId));
        transition(State::NextJob);
        return;
    }
    if (mayPass(error)) {
        leaveUnfinished(tr("provisioning certificate %1 failed: %2").arg(m_job.certificateId, error.message()));
        transition(State::NextJob);
        return;
    }
    // Foundry refuses to tie it: a certificate that is never tied must not stay behind.
    m_provisionRefusal = error.message();
    m_assessment.deviceMayHoldCertificate = m_assessment.deviceMayHoldKey = true;
    transition(State::Revoking);
}

void JournalRecovery::revoked(FoundryReply *reply)
{
    reply->deleteLater();
    if (m_state != State::Revoking)
        return;
    const FoundryError error = reply->error();
    // Unknown to Foundry: the interrupted job's own revoke got there before the crash.
    const bool gone = !error.isError() || error.kind() == FoundryError::Kind::NotFound;
    m_certificate = !gone ? CertificateKnown::RevokeFailed
        : error.isError() ? CertificateKnown::UnknownToFoundry
                          : CertificateKnown::Revoked;
    const bool written = m_journal->finishStep(m_step, gone, gone ? QString() : error.message());
    if (!written || !gone) {
        leaveUnfinished(!written ? m_journal->errorString()
                                 : tr("revoking certificate %1 failed: %2").arg(m_job.certificateId, error.message()));
        transition(State::NextJob);
        return;
    }
    QString done = error.isError()
        ? tr("Foundry answered that it does not know certificate %1, so there was nothing to revoke.").arg(m_job.certificateId)
        : tr("Recovery revoked certificate %1.").arg(m_job.certificateId);
    if (!m_provisionRefusal.isEmpty())
        done.prepend(tr("Foundry refused to provision it again (%1). ").arg(m_provisionRefusal));
    // A revoke on its own has done what it was for; a job's means its rollback is complete.
    conclude(m_job.kind == JobJournal::Kind::Revoke ? Outcome::Done : Outcome::Failed, done);
    transition(State::NextJob);
}

void JournalRecovery::conclude(Outcome outcome, const QString &whatRecoveryDid)
{
    // Whatever Foundry's side came to, a device left changed is for a person to put right.
    if (m_deviceRestore == DeviceRestore::Failed)
        outcome = Outcome::NeedsAttention;
    Recovered recovered{m_job, outcome, {}, deviceLeftovers() + deviceStateLeftovers()};
    QStringList summary{tr("%1 was interrupted at \"%2\" (%3).")
                            .arg(describeJob(),
                                 m_assessment.interruptedStep.isEmpty() ? tr("its start") : m_assessment.interruptedStep,
                                 timeText(m_assessment.interruptedAt.isValid() ? m_assessment.interruptedAt
                                                                               : m_job.startedAt))};
    if (!whatRecoveryDid.isEmpty())
        summary << whatRecoveryDid;
    if (const QString restored = deviceRestoreSummary(); !restored.isEmpty())
        summary << restored;
    if (m_assessment.outcome == Outcome::NeedsAttention) {
        LeftBehind unknown;
        unknown.kind = LeftBehind::Kind::CertificateMayExistUnknown;
        unknown.action = LeftBehind::Action::FindAndRevokeCertificate;
        unknown.deviceId = m_job.deviceId;
        unknown.requestedAt = m_assessment.generateSentAt;
        recovered.leftBehind.prepend(unknown);
    }
    recovered.summary = summary.join(QLatin1Char(' '));

    QStringList error{recovered.summary};
    error << LeftBehind::describe(recovered.leftBehind);
    if (!m_journal->finishJob(m_job.id, jobOutcome(outcome), error.join(QLatin1Char('\n')), recovered.leftBehind)) {
        // The caller moves on either way; the job stays unfinished for the next recovery.
        leaveUnfinished(m_journal->errorString());
        return;
    }
    m_recovered.append(recovered);
    Q_EMIT jobRecovered(recovered);
}

void JournalRecovery::leaveUnfinished(const QString &why)
{
    Recovered recovered{m_job, Outcome::Unfinished,
                        tr("%1 could not be recovered now: %2. It stays unfinished until a later recovery "
                           "finishes it.")
                            .arg(describeJob(), why),
                        deviceLeftovers() + deviceStateLeftovers()};
    if (const QString restored = deviceRestoreSummary(); !restored.isEmpty())
        recovered.summary += QLatin1Char(' ') + restored;
    if (!m_job.certificateId.isEmpty()) {
        const bool provisioning = m_assessment.action == Assessment::Action::Provision && m_provisionRefusal.isEmpty();
        LeftBehind certificate;
        certificate.certificateId = m_job.certificateId;
        certificate.deviceId = m_job.deviceId;
        certificate.action = LeftBehind::Action::RecoverAgain;
        switch (m_certificate) {
        case CertificateKnown::NotRevoked:
            certificate.kind = provisioning ? LeftBehind::Kind::CertificateNotYetProvisioned
                                            : LeftBehind::Kind::CertificateOnFoundry;
            recovered.leftBehind.prepend(certificate);
            break;
        case CertificateKnown::RevokeFailed:
            // Only a failure that may pass leaves the job unfinished: the revoke may have acted.
            certificate.kind = LeftBehind::Kind::CertificateMaybeOnFoundry;
            recovered.leftBehind.prepend(certificate);
            break;
        case CertificateKnown::Revoked:
        case CertificateKnown::UnknownToFoundry:
            break;
        }
    }
    m_recovered.append(recovered);
    Q_EMIT jobRecovered(recovered);
}

QString JournalRecovery::describeJob() const
{
    return m_job.certificateId.isEmpty()
        ? tr("Job %1 (device %2, %3)").arg(m_job.id).arg(m_job.deviceId, timeText(m_job.startedAt))
        : tr("Job %1 (device %2, certificate %3)").arg(m_job.id).arg(m_job.deviceId, m_job.certificateId);
}

QString JournalRecovery::describePort() const
{
    return m_job.deviceSerial.isEmpty() ? m_job.port : tr("%1 (serial %2)").arg(m_job.port, m_job.deviceSerial);
}

QString JournalRecovery::deviceRestoreSummary() const
{
    if (m_deviceRestore != DeviceRestore::Restored || !m_restoredChange)
        return {};
    return tr("The interrupted job may have left %1; recovery sent %2 to the device on %3, which took it.")
        .arg(m_restoredChange->description, QString::fromLatin1(m_restoredChange->restoreCommand), describePort());
}

QList<LeftBehind> JournalRecovery::deviceStateLeftovers() const
{
    if (m_deviceRestore != DeviceRestore::Failed)
        return {};
    LeftBehind item;
    item.kind = LeftBehind::Kind::DeviceModeNotRestored;
    item.deviceId = m_job.deviceId;
    item.port = m_job.port;
    item.deviceSerial = m_job.deviceSerial;
    item.restoreCommand = m_assessment.restoreCommand;
    item.problem = m_deviceRestoreError;
    // Without a change the profile recognises, the journal's command is not sent: it is foreign text.
    item.action = m_restoredChange ? LeftBehind::Action::RestoreDeviceMode : LeftBehind::Action::CheckDevice;
    if (m_restoredChange)
        item.deviceState = m_restoredChange->description;
    return {item};
}

QList<LeftBehind> JournalRecovery::deviceLeftovers() const
{
    if (!m_assessment.deviceMayHoldCertificate && !m_assessment.deviceMayHoldKey)
        return {};
    LeftBehind item;
    item.kind = m_assessment.deviceMayHoldCertificate && m_assessment.deviceMayHoldKey
        ? LeftBehind::Kind::DeviceHoldsCertificateAndKey
        : m_assessment.deviceMayHoldKey ? LeftBehind::Kind::DeviceHoldsKey
                                        : LeftBehind::Kind::DeviceHoldsCertificate;
    item.certificateId = m_job.certificateId;
    item.deviceId = m_job.deviceId;
    item.port = m_job.port;
    item.deviceSerial = m_job.deviceSerial;
    item.slot = m_job.slot;
    // Verified before the interruption: the device said it holds both, which is more than "may".
    item.deviceConfirmed = m_assessment.action == Assessment::Action::Provision;
    // While the certificate may still be provisioned or revoked, deleting is not yet for a person to do.
    item.action = LeftBehind::Action::RecoverAgain;
    switch (m_certificate) {
    case CertificateKnown::NotRevoked:
    case CertificateKnown::RevokeFailed:
        item.certificateState = tr("which is not revoked");
        break;
    case CertificateKnown::Revoked:
        item.certificateRevoked = true;
        item.action = LeftBehind::Action::DeleteFromDevice;
        break;
    case CertificateKnown::UnknownToFoundry:
        item.certificateState = tr("which Foundry does not know");
        item.action = LeftBehind::Action::DeleteFromDevice;
        break;
    }
    return {item};
}
