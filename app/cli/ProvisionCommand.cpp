#include "ProvisionCommand.h"

#include "LeftBehindReport.h"
#include "RecoverCommand.h"
#include "device/RememberedProfiles.h"
#include "jobs/DeviceId.h"
#include "jobs/FailureSentence.h"
#include "jobs/StationSettings.h"

#include <QSettings>

#include <QJsonArray>

ProvisionCommand::ProvisionCommand(FoundryClient *client, SerialSettings serial, QString profile,
                                   ProvisioningJob::Settings settings, DeviceIdSource source, CliOutput *output,
                                   QObject *parent)
    : CliCommand(output, parent)
    , m_client(client)
    , m_serial(std::move(serial))
    , m_profile(std::move(profile))
    , m_settings(std::move(settings))
    , m_deviceIdSource(source)
{
}

// The lane goes first: it holds the remembered profiles until its end.
ProvisionCommand::~ProvisionCommand()
{
    delete m_lane;
}

void ProvisionCommand::start()
{
    m_clock.start();
    const QString device = m_deviceIdSource == DeviceIdSource::Device ? tr("known by its serial number")
                                                                       : m_settings.deviceId;
    m_output->progress(tr("Provisioning device %1 on %2 (%3), slot %4...")
                           .arg(device, m_serial.portName, m_serial.describe())
                           .arg(m_settings.slot));
    ProvisioningLane::Setup setup;
    setup.client = m_client;
    setup.serial = m_serial;
    setup.profile = m_profile;
    setup.smpFiles = m_smpFiles;
    setup.journal = m_settings.journal;
    setup.operatorName = m_settings.operatorName;
    setup.station = m_settings.station;
    setup.identifyOnOpen = m_deviceIdSource == DeviceIdSource::Device;
    // What a device with a USB serial number answered as, kept with the station's settings for the
    // next run; a device without one (a pseudo-terminal) leaves the file untouched.
    m_settingsFile = std::make_unique<QSettings>(StationSettings::defaultFilePath(), QSettings::IniFormat);
    m_rememberedProfiles = std::make_unique<RememberedProfiles>(m_settingsFile.get());
    setup.rememberedProfiles = m_rememberedProfiles.get();
    m_lane = new ProvisioningLane(std::move(setup), this);
    connect(m_lane, &ProvisioningLane::jobRecovered, this, [this](const JournalRecovery::Recovered &job) {
        // Another station process's running jobs are its own business.
        if (job.outcome != JournalRecovery::Outcome::Running)
            RecoverCommand::print(job, m_output);
    });
    connect(m_lane, &ProvisioningLane::progress, this, [this](const QString &message) { m_output->progress(message); });
    connect(m_lane, &ProvisioningLane::profileDetected, this,
            [this](const QString &name) { m_output->progress(tr("Found a %1 device.").arg(name)); });
    connect(m_lane, &ProvisioningLane::openFailed, this, &ProvisionCommand::openFailed);
    connect(m_lane, &ProvisioningLane::ready, this, &ProvisionCommand::runJob);
    connect(m_lane, &ProvisioningLane::jobStarted, this, [this](ProvisioningJob *job) {
        connect(job, &ProvisioningJob::stateChanged, this, [this, job](ProvisioningJob::State state) {
            m_output->progress(QStringLiteral("[%1 s] %2%3")
                                   .arg(static_cast<double>(m_clock.elapsed()) / 1000, 6, 'f', 1)
                                   .arg(job->describe(state), job->isFinished() ? QString() : QStringLiteral("...")));
        });
    });
    connect(m_lane, &ProvisioningLane::jobFinished, this, &ProvisionCommand::report);
    m_lane->open();
}

void ProvisionCommand::reportRecovery()
{
    QJsonArray recovered;
    for (const JournalRecovery::Recovered &job : m_lane->recovered()) {
        if (job.outcome != JournalRecovery::Outcome::Running)
            recovered.append(job.toJson());
    }
    if (!recovered.isEmpty())
        m_output->set(QStringLiteral("recovered"), recovered);
    if (m_lane->recoveryNeedsAttention())
        m_output->warning(tr("Recovering earlier unfinished jobs left something a person must see to (see "
                             "foundry-station-cli recover)."));
}

void ProvisionCommand::openFailed(const DeviceError &error)
{
    reportRecovery();
    m_output->info(tr("FAILED %1: %2").arg(m_settings.deviceId, error.step));
    end(ExitCode::DeviceError, QStringLiteral("device"), tr("%1: %2").arg(error.step, error.message));
}

void ProvisionCommand::runJob()
{
    reportRecovery();
    if (m_deviceIdSource == DeviceIdSource::Device) {
        const DeviceId id = DeviceId::fromIdentity(m_lane->identity());
        const QString problem = id.isValid() ? DeviceId::duplicateProblem(id.text(), *m_settings.journal)
                                       : tr("%1; give the device's ID with --device-id").arg(id.problem());
        if (!problem.isEmpty()) {
            m_lane->close();
            end(id.isValid() ? ExitCode::Failure : ExitCode::DeviceError,
                id.isValid() ? QStringLiteral("duplicate") : QStringLiteral("device"), problem);
            return;
        }
        m_settings.deviceId = id.text();
        m_output->progress(tr("The device's serial number %1 is its device ID.").arg(id.text()));
    }
    m_lane->startJob(m_settings);
}

namespace {

// The job's error on its own line, after what the window's tile says of a dropped network, when it did.
QString withNetworkDrop(const JobResult &result)
{
    const QString dropped = FailureSentence::forNetworkDrop(result);
    return (dropped.isEmpty() ? QString() : dropped + QLatin1Char('\n')) + result.error + QLatin1Char('\n');
}

} // namespace

void ProvisionCommand::report(ProvisioningJob *job)
{
    m_lane->close();
    const JobResult &result = job->result();
    const QJsonObject json = result.toJson();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        // CliOutput reports the error in its own shape; warnings too.
        if (it.key() != QLatin1String("error") && it.key() != QLatin1String("warnings"))
            m_output->set(it.key(), it.value());
    }
    for (const QString &warning : result.warnings)
        m_output->warning(warning);

    switch (result.outcome) {
    case JobResult::Outcome::Done:
        m_output->info(tr("Certificate %1, SHA-256 %2").arg(result.certificateId, result.fingerprint));
        m_output->info(tr("Topics: %1").arg(result.topics.join(QLatin1String(", "))));
        m_output->info(tr("PROVISIONED %1 %2").arg(result.deviceId, result.certificateId));
        end(ExitCode::Success);
        return;
    case JobResult::Outcome::NeedsAttention: {
        m_output->info(tr("NEEDS ATTENTION %1 %2").arg(result.deviceId, result.certificateId));
        end(ExitCode::NeedsAttention, QStringLiteral("needs-attention"),
            withNetworkDrop(result) + tr("The rollback is incomplete:") + QLatin1Char('\n')
                + LeftBehindReport::text(result.leftBehind).join(QLatin1Char('\n')));
        return;
    }
    case JobResult::Outcome::Failed:
    case JobResult::Outcome::Cancelled:
    case JobResult::Outcome::Pending:
        break;
    }
    m_output->info(tr("FAILED %1 %2").arg(result.deviceId, result.certificateId).trimmed());
    ExitCode code = ExitCode::Failure;
    switch (result.failure) {
    case JobResult::Failure::Topics: code = ExitCode::Usage; break;
    case JobResult::Failure::Foundry: code = ExitCode::FoundryError; break;
    case JobResult::Failure::Bundle: code = ExitCode::BundleRejected; break;
    case JobResult::Failure::Device: code = ExitCode::DeviceError; break;
    case JobResult::Failure::Verification: code = ExitCode::VerificationMismatch; break;
    case JobResult::Failure::Journal:
    case JobResult::Failure::Cancelled: code = ExitCode::Failure; break;
    case JobResult::Failure::None: break;
    }
    QStringList actions;
    for (const JobResult::Cleanup &action : result.cleanup)
        actions << action.action;
    const QString cleaned = actions.isEmpty() ? tr("Nothing needed rolling back.")
                                              : tr("Rolled back: %1.").arg(actions.join(QLatin1String("; ")));
    end(code, JobResult::failureName(result.failure), withNetworkDrop(result) + cleaned);
}
