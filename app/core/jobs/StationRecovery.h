#pragma once

#include "device/SerialSettings.h"
#include "jobs/JournalRecovery.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class FoundryClient;
class JobJournal;
class QTimer;

// Recovery of the journal's unfinished jobs for a window (what the command line's recover does): it
// counts the jobs a recovery could take now, so that a banner offers it, and runs JournalRecovery on
// them without blocking the thread it lives on. It leaves alone the jobs of this process and of any
// station still running (JobJournal::claimRun), and those on a port a lane holds: a lane recovers its
// own port's jobs when it opens, and a job is never recovered twice. What recovery leaves for a person
// goes into the journal with the job's end (JobJournal::openLeftBehind).
class StationRecovery : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Recovering, Finished };
    Q_ENUM(State)

    explicit StationRecovery(QObject *parent = nullptr);
    ~StationRecovery() override;

    // client and journal must outlive their use here; null for either offers nothing. The recovery
    // lets go of them when they are destroyed.
    void setSources(FoundryClient *client, JobJournal *journal, const SerialSettings &serial);
    // The ports lanes hold now, asked for before each count and each recovery.
    void setLanePorts(std::function<QStringList()> lanePorts) { m_lanePorts = std::move(lanePorts); }
    // Only the jobs this station ran (and those that name no station), when not empty: in a journal
    // that stations share, another bench's port is another device (JournalRecovery::setOnlyStation).
    void setOnlyStation(const QString &station) { m_onlyStation = station; }

    // Counts again the unfinished jobs a recovery could take; pendingChanged() follows a change.
    void refresh();
    int pendingCount() const { return m_pendingCount; }
    // When the oldest of them began.
    QDateTime oldestPending() const { return m_oldestPending; }

    // Recovers them; finished() follows, progress() after each job. Nothing while one is under way.
    void start();
    State state() const { return m_state; }
    // How many jobs the recovery under way, or the last one, set out to take.
    int total() const { return m_total; }
    const QList<JournalRecovery::Recovered> &recovered() const { return m_recovered; }
    // Once Finished: what recovery did, in words a person acts on.
    QString outcome() const;

    // People's words for the banner.
    static QString offer(int count, const QDateTime &oldest);
    static QString progressText(int done, int total);

Q_SIGNALS:
    void pendingChanged();
    void progress(int done, int total);
    void jobRecovered(const JournalRecovery::Recovered &job);
    void finished();

private:
    void transition(State next);
    void recoveryFinished();
    void scheduleRefresh();
    void abandon();
    QList<JobJournal::Job> takeable() const;

    QPointer<FoundryClient> m_client;
    QPointer<JobJournal> m_journal;
    SerialSettings m_serial;
    std::function<QStringList()> m_lanePorts;
    QString m_onlyStation;
    State m_state = State::Idle;
    int m_pendingCount = 0;
    QDateTime m_oldestPending;
    int m_total = 0;
    QPointer<JournalRecovery> m_recovery;
    QList<JournalRecovery::Recovered> m_recovered;
    QTimer *m_refreshTimer;
};
