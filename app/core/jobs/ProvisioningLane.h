#pragma once

#include "device/DeviceError.h"
#include "device/SerialSettings.h"
#include "device/smp/SmpFileLayout.h"
#include "jobs/JournalRecovery.h"
#include "jobs/ProvisioningJob.h"

#include <QObject>
#include <QPointer>

#include <optional>

class DeviceInspection;
class DeviceProfile;
class FoundryClient;
class FoundryRateLimiter;
class JobJournal;
class RememberedProfiles;
class SerialLink;
class StationBatch;
class StationLog;

// One serial port's whole life at the station: finish what the journal left unfinished on this port,
// work out which device profile the device speaks, open the port, run provisioning jobs one after
// another, close. The command line runs one lane; a bench window runs one per port. A lane never
// gives up a device half-written: cancel() and close() roll a running job back first.
class ProvisioningLane : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Closed,
        Recovering, // finishing or rolling back this port's unfinished jobs from the journal
        Detecting,  // asking the device which profile it speaks
        Ready,      // port open, profile attached, no job running
        Running,
        Closing,    // a job is rolling back before the port closes
        Failed,     // the port could not be opened, no profile answered, or the device went away
    };
    Q_ENUM(State)

    struct Setup
    {
        FoundryClient *client = nullptr;
        SerialSettings serial;
        // A profile name (DeviceProfiles::names()) or DeviceInspection::automatic.
        QString profile;
        // Recovered from first, and given to every job; none when null. Must outlive the lane.
        JobJournal *journal = nullptr;
        // Shared by all lanes; must outlive the lane. Null: no limit.
        FoundryRateLimiter *rateLimiter = nullptr;
        // Shared by all lanes: with automatic detection, a device with a USB serial number that was
        // detected before is expected to be what it was. Must outlive the lane. Null: always ask.
        RememberedProfiles *rememberedProfiles = nullptr;
        // For the journal: who runs the jobs, on which station.
        QString operatorName;
        QString station;
        // Ask the device who it is before Ready with a named profile too (automatic detection always
        // does), so that identity() is known before the first job: a bench whose devices carry no
        // label takes the device's own serial number as its ID.
        bool identifyOnOpen = false;
        // Where the lane and its jobs log each step (StationLog::watch). Must outlive the lane. Null: none.
        StationLog *log = nullptr;
        // Counts the lane's jobs, and may refuse new ones once its unit cap is reached. Shared by all
        // lanes; must outlive the lane. Null: no batch.
        StationBatch *batch = nullptr;
        // For an MCUmgr device (mcumgr-smp): where each credential goes, and in which encoding.
        SmpFileLayout smpFiles = SmpFileLayout::defaults();
    };

    explicit ProvisioningLane(Setup setup, QObject *parent = nullptr);
    ~ProvisioningLane() override;

    // From Closed or Failed: recovers, detects, opens; ready() or openFailed() follows.
    void open();
    // Starts a job on a Ready lane. The lane fills in the job's port, journal, rate limiter, operator
    // and station; the rest of settings is the caller's. False when the lane is not Ready, or the
    // batch takes no new job (StationBatch::acceptsNewJob()).
    bool startJob(ProvisioningJob::Settings settings);
    // Rolls the running job back (see ProvisioningJob::cancel), or stops opening. Recovery under way
    // is let finish, since it may be halfway through a revoke; the lane closes after it.
    void cancel();
    // Closes the port, after rolling back a running job.
    void close();

    State state() const { return m_state; }
    const Setup &setup() const { return m_setup; }
    // The profile detected or given; empty until Ready.
    QString profileName() const { return m_profileName; }
    // What the device said about itself as the lane opened; empty when it was not asked (a named
    // profile without Setup::identifyOnOpen).
    DeviceIdentity identity() const { return m_identity; }
    // The running job, or the last one until the next starts; null before the first.
    ProvisioningJob *job() const { return m_job; }
    // While Ready or Running: the open port and the profile attached to it.
    SerialLink *link() const;
    DeviceProfile *profile() const;
    // Why the lane is Failed.
    std::optional<DeviceError> error() const { return m_error; }
    const QList<JournalRecovery::Recovered> &recovered() const { return m_recovered; }
    // Recovery on this port left something that no device holds, or could not finish.
    bool recoveryNeedsAttention() const { return m_recoveryNeedsAttention; }

Q_SIGNALS:
    void stateChanged(ProvisioningLane::State state);
    // What a person waiting on the lane should read: a probe tried, a wait for Foundry.
    void progress(const QString &message);
    void jobRecovered(const JournalRecovery::Recovered &job);
    // Detection found the device's profile (only when the profile was automatic).
    void profileDetected(const QString &name);
    void ready();
    void openFailed(const DeviceError &error);
    void jobStarted(ProvisioningJob *job);
    // The lane is in its next state by then (Ready, unless closing or the device went away).
    void jobFinished(ProvisioningJob *job);
    // The device went away between jobs or during one; the lane is Failed.
    void deviceLost(const DeviceError &error);

private:
    // The one place the state changes.
    void transition(State next);
    void enter(State state);

    void recover();
    void recoveryFinished();
    void detect();
    void detectionFinished();
    void attach();
    // Gives an MCUmgr profile the file layout of the setup.
    void applyFileLayout();
    void jobEnded();
    void linkFailed(const QString &message);
    void loseDevice(const QString &message);
    void fail(const DeviceError &error);
    void releasePort();

    Setup m_setup;
    State m_state = State::Closed;
    bool m_closeRequested = false;
    QPointer<JournalRecovery> m_recovery;
    QPointer<DeviceInspection> m_inspection;
    QPointer<SerialLink> m_link;
    QPointer<DeviceProfile> m_profile;
    QPointer<ProvisioningJob> m_job;
    QString m_profileName;
    DeviceIdentity m_identity;
    QString m_usbSerialNumber;
    std::optional<DeviceError> m_error;
    QList<JournalRecovery::Recovered> m_recovered;
    bool m_recoveryNeedsAttention = false;
};
