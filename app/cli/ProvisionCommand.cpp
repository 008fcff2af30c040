#include "ProvisionCommand.h"

#include "device/DeviceInspection.h"
#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "jobs/JournalRecovery.h"
#include "LeftBehindReport.h"
#include "RecoverCommand.h"
#include "device/SerialLink.h"

#include <QJsonArray>

ProvisionCommand::ProvisionCommand(FoundryClient *client, SerialSettings serial, QString profile,
                                   ProvisioningJob::Settings settings, CliOutput *output, QObject *parent)
    : CliCommand(output, parent)
    , m_client(client)
    , m_serial(std::move(serial))
    , m_profile(std::move(profile))
    , m_settings(std::move(settings))
{
    m_settings.port = m_serial.portName;
}

void ProvisionCommand::start()
{
    m_clock.start();
    if (m_settings.journal)
        recoverUnfinishedJobs();
    else
        provisionDevice();
}

void ProvisionCommand::recoverUnfinishedJobs()
{
    auto *recovery = new JournalRecovery(m_client, m_settings.journal, this);
    recovery->setSerialSettings(m_serial);
    connect(recovery, &JournalRecovery::jobRecovered, this, [this](const JournalRecovery::Recovered &job) {
        // Another station process's running jobs are its own business.
        if (job.outcome != JournalRecovery::Outcome::Running)
            RecoverCommand::print(job, m_output);
    });
    connect(recovery, &JournalRecovery::finished, this, [this, recovery] {
        QJsonArray recovered;
        for (const JournalRecovery::Recovered &job : recovery->recovered()) {
            if (job.outcome != JournalRecovery::Outcome::Running)
                recovered.append(job.toJson());
        }
        if (!recovered.isEmpty())
            m_output->set(QStringLiteral("recovered"), recovered);
        if (recovery->needsAttention())
            m_output->warning(tr("Recovering earlier unfinished jobs left something a person must see to (see "
                                 "foundry-station-cli recover)."));
        recovery->deleteLater();
        provisionDevice();
    });
    recovery->start();
}

void ProvisionCommand::provisionDevice()
{
    m_output->progress(tr("Provisioning device %1 on %2 (%3), slot %4...")
                           .arg(m_settings.deviceId, m_serial.portName, m_serial.describe())
                           .arg(m_settings.slot));
    if (m_profile != DeviceInspection::automatic) {
        runJob(m_profile);
        return;
    }
    // Recognising the device is inspect's job; it lists only the slot the job will write.
    auto *inspection = new DeviceInspection(m_serial, m_profile, m_settings.slot, this);
    connect(inspection, &DeviceInspection::progress, this, [this](const QString &message) { m_output->progress(message); });
    connect(inspection, &DeviceInspection::finished, this, [this, inspection] {
        inspection->deleteLater();
        if (const std::optional<DeviceError> error = inspection->error()) {
            m_output->info(tr("FAILED %1: no device recognised on %2").arg(m_settings.deviceId, m_serial.portName));
            end(ExitCode::DeviceError, QStringLiteral("device"),
                tr("%1 on %2 failed: %3").arg(error->step, m_serial.portName, error->message));
            return;
        }
        m_output->progress(tr("Found a %1 device.").arg(inspection->profileName()));
        runJob(inspection->profileName());
    });
    inspection->start();
}

void ProvisionCommand::runJob(const QString &profile)
{
    m_link = new SerialLink(m_serial, this);
    if (!m_link->open()) {
        m_output->info(tr("FAILED %1: cannot open %2").arg(m_settings.deviceId, m_serial.portName));
        end(ExitCode::DeviceError, QStringLiteral("device"), tr("opening %1: %2").arg(m_serial.portName, m_link->errorString()));
        return;
    }
    DeviceProfile *deviceProfile = DeviceProfiles::create(profile, this);
    deviceProfile->attach(m_link);
    m_job = new ProvisioningJob(m_client, deviceProfile, m_settings, this);
    connect(m_job, &ProvisioningJob::stateChanged, this, [this](ProvisioningJob::State state) {
        m_output->progress(QStringLiteral("[%1 s] %2%3")
                               .arg(static_cast<double>(m_clock.elapsed()) / 1000, 6, 'f', 1)
                               .arg(m_job->describe(state), m_job->isFinished() ? QString() : QStringLiteral("...")));
    });
    connect(m_job, &ProvisioningJob::progress, this, [this](const QString &message) { m_output->progress(message); });
    connect(m_job, &ProvisioningJob::finished, this, &ProvisionCommand::report);
    m_job->start();
}

void ProvisionCommand::report()
{
    m_link->close();
    const JobResult &result = m_job->result();
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
            result.error + QLatin1Char('\n') + tr("The rollback is incomplete:") + QLatin1Char('\n')
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
    end(code, JobResult::failureName(result.failure), result.error + QLatin1Char('\n') + cleaned);
}
