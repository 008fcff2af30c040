#include "jobs/ProvisioningLane.h"

#include "device/profiles/McuMgrSmpProfile.h"
#include "device/DeviceInspection.h"
#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "device/RememberedProfiles.h"
#include "device/SerialLink.h"
#include "device/SerialPortList.h"
#include "jobs/StationBatch.h"
#include "jobs/StationLog.h"

ProvisioningLane::ProvisioningLane(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
{
    if (m_setup.log)
        m_setup.log->watch(this);
}

ProvisioningLane::~ProvisioningLane()
{
    // A job still running is left to the journal, which records it unfinished for recovery; the
    // job must go before the profile and the port it uses.
    delete m_job.data();
    delete m_profile.data();
    delete m_link.data();
}

SerialLink *ProvisioningLane::link() const
{
    return m_link;
}

DeviceProfile *ProvisioningLane::profile() const
{
    return m_profile;
}

void ProvisioningLane::open()
{
    if (m_state != State::Closed && m_state != State::Failed)
        return;
    m_error.reset();
    m_closeRequested = false;
    m_profileName.clear();
    m_identity = {};
    m_recovered.clear();
    m_recoveryNeedsAttention = false;
    transition(m_setup.journal ? State::Recovering : State::Detecting);
}

bool ProvisioningLane::startJob(ProvisioningJob::Settings settings)
{
    if (m_state != State::Ready || (m_setup.batch && !m_setup.batch->acceptsNewJob()))
        return false;
    settings.port = m_setup.serial.portName;
    settings.journal = m_setup.journal;
    settings.rateLimiter = m_setup.rateLimiter;
    settings.operatorName = m_setup.operatorName;
    settings.station = m_setup.station;
    if (m_job)
        m_job->deleteLater();
    m_job = new ProvisioningJob(m_setup.client, m_profile, std::move(settings), this);
    connect(m_job, &ProvisioningJob::progress, this, &ProvisioningLane::progress);
    connect(m_job, &ProvisioningJob::finished, this, &ProvisioningLane::jobEnded);
    if (m_setup.batch)
        m_setup.batch->track(m_job);
    transition(State::Running);
    // Before start(), so that whoever follows the lane sees the job's first state.
    Q_EMIT jobStarted(m_job);
    m_job->start();
    return true;
}

void ProvisioningLane::cancel()
{
    switch (m_state) {
    case State::Running:
        m_job->cancel();
        return;
    case State::Recovering:
        m_closeRequested = true;
        return;
    case State::Detecting:
        transition(State::Closed);
        return;
    case State::Closed:
    case State::Ready:
    case State::Closing:
    case State::Failed:
        return;
    }
}

void ProvisioningLane::close()
{
    switch (m_state) {
    case State::Running:
        m_closeRequested = true;
        transition(State::Closing);
        return;
    case State::Recovering:
        m_closeRequested = true;
        return;
    case State::Detecting:
    case State::Ready:
    case State::Failed:
        transition(State::Closed);
        return;
    case State::Closed:
    case State::Closing:
        return;
    }
}

void ProvisioningLane::transition(State next)
{
    m_state = next;
    Q_EMIT stateChanged(next);
    enter(next);
}

void ProvisioningLane::enter(State state)
{
    switch (state) {
    case State::Recovering:
        recover();
        return;
    case State::Detecting:
        detect();
        return;
    case State::Closing:
        m_job->cancel();
        return;
    case State::Closed:
    case State::Failed:
        releasePort();
        return;
    case State::Ready:
    case State::Running:
        return;
    }
}

void ProvisioningLane::recover()
{
    m_recovery = new JournalRecovery(m_setup.client, m_setup.journal, this);
    // The device is put back through this port, as the lane would open it.
    m_recovery->setSerialSettings(m_setup.serial);
    // Other ports' jobs belong to their own lanes, or to the recover command; other stations' jobs
    // (a shared journal) to theirs, whatever their ports are called.
    m_recovery->setOnlyPort(m_setup.serial.portName);
    m_recovery->setOnlyStation(m_setup.station);
    connect(m_recovery, &JournalRecovery::jobRecovered, this, [this](const JournalRecovery::Recovered &job) {
        m_recovered.append(job);
        Q_EMIT jobRecovered(job);
    });
    connect(m_recovery, &JournalRecovery::finished, this, &ProvisioningLane::recoveryFinished);
    m_recovery->start();
}

void ProvisioningLane::recoveryFinished()
{
    m_recoveryNeedsAttention = m_recovery->needsAttention();
    m_recovery->deleteLater();
    if (m_closeRequested)
        transition(State::Closed);
    else
        transition(State::Detecting);
}

void ProvisioningLane::detect()
{
    const bool automatic = m_setup.profile == DeviceInspection::automatic;
    if (!automatic && !m_setup.identifyOnOpen) {
        m_profileName = m_setup.profile;
        attach();
        return;
    }
    m_inspection = new DeviceInspection(m_setup.serial, m_setup.profile, std::nullopt, this);
    m_inspection->setIdentifyOnly(true);
    if (automatic && m_setup.rememberedProfiles) {
        m_usbSerialNumber = SerialPortList::usbSerialNumber(m_setup.serial.portName);
        m_inspection->setExpectedProfile(m_setup.rememberedProfiles->profileFor(m_usbSerialNumber));
    }
    connect(m_inspection, &DeviceInspection::progress, this, &ProvisioningLane::progress);
    connect(m_inspection, &DeviceInspection::finished, this, &ProvisioningLane::detectionFinished);
    m_inspection->start();
}

void ProvisioningLane::detectionFinished()
{
    DeviceInspection *inspection = m_inspection;
    m_inspection.clear();
    inspection->deleteLater();
    const bool automatic = m_setup.profile == DeviceInspection::automatic;
    if (const std::optional<DeviceError> error = inspection->error()) {
        if (automatic && m_setup.rememberedProfiles)
            m_setup.rememberedProfiles->forget(m_usbSerialNumber);
        fail(*error);
        return;
    }
    m_profileName = inspection->profileName();
    m_identity = inspection->identity();
    if (automatic) {
        if (m_setup.rememberedProfiles)
            m_setup.rememberedProfiles->remember(m_usbSerialNumber, m_profileName);
        Q_EMIT profileDetected(m_profileName);
    }
    // The port detection opened, and the profile that identified the device, become the lane's.
    const DeviceInspection::OpenPort port = inspection->takeOpenPort(this);
    m_link = port.link;
    m_profile = port.profile;
    applyFileLayout();
    connect(m_link, &SerialLink::failed, this, &ProvisioningLane::linkFailed);
    transition(State::Ready);
    Q_EMIT ready();
}

void ProvisioningLane::applyFileLayout()
{
    if (auto *smp = qobject_cast<McuMgrSmpProfile *>(m_profile))
        smp->setFileLayout(m_setup.smpFiles);
}

void ProvisioningLane::attach()
{
    m_link = new SerialLink(m_setup.serial, this);
    if (!m_link->open()) {
        fail({DeviceError::Kind::Disconnected, tr("opening %1").arg(m_setup.serial.portName), m_link->errorString()});
        return;
    }
    m_profile = DeviceProfiles::createAttached(m_profileName, m_link, this);
    if (!m_profile) {
        fail({DeviceError::Kind::NotSupported, tr("choosing the device profile"),
              tr("there is no device profile \"%1\"; use one of: %2, or %3")
                  .arg(m_profileName, DeviceProfiles::names().join(QLatin1String(", ")), DeviceInspection::automatic)});
        return;
    }
    applyFileLayout();
    connect(m_link, &SerialLink::failed, this, &ProvisioningLane::linkFailed);
    transition(State::Ready);
    Q_EMIT ready();
}

void ProvisioningLane::jobEnded()
{
    // The lane's next state first, so that a slot that starts the next job finds the lane Ready.
    ProvisioningJob *job = m_job;
    if (m_closeRequested)
        transition(State::Closed);
    else if (!m_link->isOpen()) // the job has reported the device's failure
        loseDevice(tr("the device went away during the job"));
    else
        transition(State::Ready);
    Q_EMIT jobFinished(job);
}

void ProvisioningLane::linkFailed(const QString &message)
{
    // While a job runs, its profile reports the failure and the job rolls back; jobEnded() looks at
    // the port once the job is over.
    if (m_state == State::Ready)
        loseDevice(message);
}

void ProvisioningLane::loseDevice(const QString &message)
{
    m_error = DeviceError{DeviceError::Kind::Disconnected, tr("waiting for the next job on %1").arg(m_setup.serial.portName),
                          message};
    transition(State::Failed);
    Q_EMIT deviceLost(*m_error);
}

void ProvisioningLane::fail(const DeviceError &error)
{
    m_error = error;
    transition(State::Failed);
    Q_EMIT openFailed(error);
}

// Deferred deletion throughout: this may run inside a signal of the object it lets go (a link that
// failed, an inspection's progress). Closing releases the port at once.
void ProvisioningLane::releasePort()
{
    if (m_inspection) {
        m_inspection->disconnect(this);
        m_inspection->deleteLater();
        m_inspection.clear();
    }
    if (m_profile) {
        m_profile->deleteLater();
        m_profile.clear();
    }
    if (m_link) {
        m_link->disconnect(this);
        m_link->close();
        m_link->deleteLater();
        m_link.clear();
    }
}
