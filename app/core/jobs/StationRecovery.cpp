#include "jobs/StationRecovery.h"

#include "foundry/FoundryClient.h"
#include "jobs/JobJournal.h"

#include <QHash>
#include <QLocale>
#include <QLockFile>
#include <QTimer>

#include <algorithm>

StationRecovery::StationRecovery(QObject *parent)
    : QObject(parent)
    , m_refreshTimer(new QTimer(this))
{
    // Once the events of the moment are handled, so that a burst of steps counts once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &StationRecovery::refresh);
}

StationRecovery::~StationRecovery() = default;

void StationRecovery::setSources(FoundryClient *client, JobJournal *journal, const SerialSettings &serial)
{
    abandon();
    for (QObject *source : {static_cast<QObject *>(m_client), static_cast<QObject *>(m_journal)}) {
        if (source)
            disconnect(source, nullptr, this, nullptr);
    }
    m_client = client;
    m_journal = journal;
    m_serial = serial;
    m_recovered.clear();
    for (QObject *source : {static_cast<QObject *>(client), static_cast<QObject *>(journal)}) {
        if (source)
            connect(source, &QObject::destroyed, this, &StationRecovery::abandon);
    }
    // Another job ending (a lane recovering its port) changes what is left.
    if (journal) {
        connect(journal, &JobJournal::jobAdded, this, &StationRecovery::scheduleRefresh);
        connect(journal, &JobJournal::jobChanged, this, &StationRecovery::scheduleRefresh);
    }
    refresh();
}

// A recovery under way belongs to the sources it started with: when they go, it is dropped, and what
// it had not finished stays unfinished in the journal for the next recovery.
void StationRecovery::abandon()
{
    delete m_recovery;
    if (m_state != State::Recovering)
        return;
    m_state = State::Idle;
    Q_EMIT pendingChanged();
}

void StationRecovery::scheduleRefresh()
{
    m_refreshTimer->start();
}

QList<JobJournal::Job> StationRecovery::takeable() const
{
    if (!m_client || !m_journal)
        return {};
    JournalRecovery choices(m_client, m_journal);
    choices.setExcludedPorts(m_lanePorts ? m_lanePorts() : QStringList());
    choices.setOnlyStation(m_onlyStation);
    QList<JobJournal::Job> jobs = m_journal->unfinishedJobs();
    // A run whose lock can be taken has no process left; the lock is let go again at once. Each run is
    // claimed once per count, not once per job: a claim takes a lock file, or writes to the lease table.
    QHash<QString, bool> runGone;
    const auto gone = [this, &runGone](const QString &runId) {
        const auto known = runGone.constFind(runId);
        if (known != runGone.cend())
            return *known;
        const bool claimed = m_journal->claimRun(runId, nullptr) != nullptr;
        runGone.insert(runId, claimed);
        return claimed;
    };
    jobs.removeIf([&choices, &gone](const JobJournal::Job &job) {
        return !choices.takes(job) || (!job.runId.isEmpty() && !gone(job.runId));
    });
    return jobs;
}

void StationRecovery::refresh()
{
    m_refreshTimer->stop();
    const QList<JobJournal::Job> jobs = takeable();
    QDateTime oldest;
    for (const JobJournal::Job &job : jobs) {
        if (!oldest.isValid() || job.startedAt < oldest)
            oldest = job.startedAt;
    }
    if (jobs.size() == m_pendingCount && oldest == m_oldestPending)
        return;
    m_pendingCount = static_cast<int>(jobs.size());
    m_oldestPending = oldest;
    Q_EMIT pendingChanged();
}

void StationRecovery::start()
{
    if (m_state == State::Recovering || !m_client || !m_journal)
        return;
    m_recovered.clear();
    m_recovery = new JournalRecovery(m_client, m_journal, this);
    m_recovery->setSerialSettings(m_serial);
    m_recovery->setExcludedPorts(m_lanePorts ? m_lanePorts() : QStringList());
    m_recovery->setOnlyStation(m_onlyStation);
    m_total = static_cast<int>(takeable().size());
    connect(m_recovery, &JournalRecovery::jobRecovered, this, [this](const JournalRecovery::Recovered &job) {
        m_recovered.append(job);
        Q_EMIT jobRecovered(job);
        Q_EMIT progress(static_cast<int>(m_recovered.size()), std::max(m_total, static_cast<int>(m_recovered.size())));
    });
    connect(m_recovery, &JournalRecovery::finished, this, &StationRecovery::recoveryFinished);
    transition(State::Recovering);
    Q_EMIT progress(0, m_total);
    m_recovery->start();
}

void StationRecovery::transition(State next)
{
    m_state = next;
    if (next == State::Finished) {
        refresh();
        Q_EMIT finished();
    }
}

void StationRecovery::recoveryFinished()
{
    m_recovery->deleteLater();
    transition(State::Finished);
}

QString StationRecovery::offer(int count, const QDateTime &oldest)
{
    return tr("%n unfinished job(s) from %1: a station stopped before they ended.", nullptr, count)
        .arg(QLocale().toString(oldest.toLocalTime(), QLocale::ShortFormat));
}

QString StationRecovery::progressText(int done, int total)
{
    return tr("Recovering the unfinished jobs: %1 of %2 done…").arg(done).arg(total);
}

QString StationRecovery::outcome() const
{
    int done = 0;
    int rolledBack = 0;
    int attention = 0;
    int unfinished = 0;
    for (const JournalRecovery::Recovered &job : m_recovered) {
        switch (job.outcome) {
        case JournalRecovery::Outcome::Done: ++done; break;
        case JournalRecovery::Outcome::Failed: ++rolledBack; break;
        case JournalRecovery::Outcome::NeedsAttention: ++attention; break;
        case JournalRecovery::Outcome::Unfinished:
        case JournalRecovery::Outcome::Running: ++unfinished; break;
        }
    }
    QStringList parts;
    if (m_recovered.isEmpty())
        parts << tr("Recovery found nothing left to do.");
    if (done > 0)
        parts << tr("%n job(s) finished.", nullptr, done);
    if (rolledBack > 0)
        parts << tr("%n job(s) rolled back.", nullptr, rolledBack);
    if (attention > 0)
        parts << tr("%n job(s) need a person: see Needs attention on the Certificates page.", nullptr, attention);
    if (unfinished > 0)
        parts << tr("%n job(s) could not be recovered now (Foundry or the device did not answer, or another station "
                    "is on them): recover again later.",
                    nullptr, unfinished);
    return parts.join(QLatin1Char(' '));
}
