#pragma once

#include "device/DeviceStateChange.h"
#include "device/SerialSettings.h"
#include "jobs/JobJournal.h"
#include "jobs/JobResult.h"
#include "jobs/LeftBehind.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

class DeviceStateRestore;
class FoundryClient;
class FoundryReply;

// Finishes or rolls back the jobs that a crash, a kill or a power cut left unfinished in the journal.
// What the journal's steps say may exist decides:
// - the device confirmed both credentials and no rollback had begun: provision again (doing it twice
//   does no harm), so the job ends done;
// - a certificate was recorded but the job had not reached that point, or was rolling back: revoke
//   it, and name the device and slot that may still hold its credentials;
// - a generate request was sent but its answer never recorded: Foundry may hold a certificate whose
//   ID nobody knows, which only a person can find; the job needs attention.
// Before any of that, a device the job may have left changed (an nRF91 modem offline) is put back
// with the command the journal recorded for it; when that fails the job needs attention, and the
// report names the port and the command.
// A revoke journaled on its own (CertificateRevocation) that Foundry had not confirmed is sent again.
// Jobs whose process is still running (see JobJournal::claimRun) are left alone. A Foundry call that
// fails for a reason that may pass (network, server) leaves the job unfinished for the next recovery.
class JournalRecovery : public QObject
{
    Q_OBJECT

public:
    // How recovery left a job. The first three are the job's own outcomes, as the journal records
    // them; Unfinished must be tried again later; Running was left alone because its process is alive.
    enum class Outcome { Done, Failed, NeedsAttention, Unfinished, Running };
    Q_ENUM(Outcome)
    // As recover --json says it: JobResult::outcomeName, and "unfinished" or "running".
    static QString outcomeName(Outcome outcome);
    // What the journal holds for the job afterwards: Pending for Unfinished and Running.
    static JobResult::Outcome jobOutcome(Outcome outcome);

    // What the journal says of one unfinished job.
    struct Assessment
    {
        enum class Action { Record, Provision, Revoke };
        Action action = Action::Record;
        // For Record: Done, Failed or NeedsAttention; the other actions decide it when they end.
        Outcome outcome = Outcome::Unfinished;
        QString interruptedStep;   // the last step begun, in words
        QDateTime interruptedAt;   // when it began
        QDateTime generateSentAt;  // when a generate request whose answer is not recorded was sent
        bool deviceMayHoldCertificate = false;
        bool deviceMayHoldKey = false;
        // Not empty when the job may have left the device changed: the command that undoes it.
        QByteArray restoreCommand;
    };
    static Assessment assess(const JobJournal::Job &job, const QList<JobJournal::Step> &steps);

    struct Recovered
    {
        JobJournal::Job job;
        Outcome outcome = Outcome::Unfinished;
        QString summary;              // what had happened and what recovery did
        QList<LeftBehind> leftBehind; // what a person must still do
        QJsonObject toJson() const;
    };

    JournalRecovery(FoundryClient *client, JobJournal *journal, QObject *parent = nullptr);
    ~JournalRecovery() override;

    // How to open a job's port to put its device back; the port name is the job's, the baud rate the
    // one the job recorded (this one for a job recorded before the journal kept it).
    void setSerialSettings(const SerialSettings &settings) { m_serialSettings = settings; }
    // Only the jobs run on this port, by any of its names; all jobs when empty (the default).
    void setOnlyPort(const QString &port) { m_onlyPort = port; }
    // Only the jobs this station ran (and those that name no station), when not empty. In a journal
    // that stations share, another bench's /dev/ttyACM0 is another device.
    void setOnlyStation(const QString &station) { m_onlyStation = station; }
    // Not the jobs run on these ports, by any of their names: their lanes recover them.
    void setExcludedPorts(const QStringList &ports) { m_excludedPorts = ports; }
    // Whether a recovery with these choices would take job: its port and station, and not of this
    // journal's own run (whether another run is alive is only known by claiming it).
    bool takes(const JobJournal::Job &job) const;

    void start();
    const QList<Recovered> &recovered() const { return m_recovered; }
    // A job needs attention or is still unfinished: something may be left that no device holds.
    bool needsAttention() const;

Q_SIGNALS:
    void jobRecovered(const JournalRecovery::Recovered &job);
    void finished();

private:
    enum class State { Idle, NextJob, RestoringDevice, Provisioning, Revoking, Finished };
    void transition(State next);
    void enter(State state);

    void nextJob();
    // Starts what the assessment asks of Foundry; false when there is nothing to wait for and the job
    // has been concluded.
    bool act();
    void deviceRestored(DeviceStateRestore *restore);
    // The restore step's end: error unset when the device took the command; set when it did not, or
    // when the journal's record of how the job spoke to the device is not usable (nothing was sent).
    void concludeRestore(const std::optional<QString> &error);
    void provisioned(FoundryReply *reply);
    void revoked(FoundryReply *reply);
    // Completes the current job's journal rows and reports it.
    void conclude(Outcome outcome, const QString &whatRecoveryDid);
    void leaveUnfinished(const QString &why);
    QString describeJob() const;
    QString describePort() const;
    // What the device may hold, with what is known of its certificate at that point.
    QList<LeftBehind> deviceLeftovers() const;
    QString deviceRestoreSummary() const;
    QList<LeftBehind> deviceStateLeftovers() const;

    FoundryClient *m_client;
    JobJournal *m_journal;
    SerialSettings m_serialSettings;
    QString m_onlyPort;
    QString m_onlyStation;
    QStringList m_excludedPorts;
    State m_state = State::Idle;
    QList<JobJournal::Job> m_pending;
    // The runs whose jobs this recovery took over; released (lock files removed, leases let go) when it ends.
    QHash<QString, std::shared_ptr<JobJournal::RunClaim>> m_claimedRuns;
    QList<Recovered> m_recovered;

    JobJournal::Job m_job;
    Assessment m_assessment;
    qint64 m_step = 0;
    // Foundry's answer when it refused to provision the job's certificate again.
    QString m_provisionRefusal;
    // What is known of the job's certificate: messages say no more than this.
    enum class CertificateKnown {
        NotRevoked,       // neither the journal nor recovery has seen it revoked
        RevokeFailed,     // recovery's revoke failed: it may still be on Foundry
        Revoked,          // the job's rollback or recovery revoked it
        UnknownToFoundry, // Foundry answered that it does not know it
    };
    CertificateKnown m_certificate = CertificateKnown::NotRevoked;
    // How putting the device back went, when the assessment asked for it.
    enum class DeviceRestore { NotNeeded, Restored, Failed };
    DeviceRestore m_deviceRestore = DeviceRestore::NotNeeded;
    QString m_deviceRestoreError;
    std::optional<DeviceStateChange> m_restoredChange;
};
