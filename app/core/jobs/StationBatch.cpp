#include "jobs/StationBatch.h"

#include "jobs/ProvisioningJob.h"

StationBatch::StationBatch(QObject *parent)
    : QObject(parent)
    , m_shiftStartedAt(QDateTime::currentDateTimeUtc())
{
}

void StationBatch::track(ProvisioningJob *job)
{
    m_running.insert(job);
    connect(job, &QObject::destroyed, this, [this](QObject *gone) {
        if (m_running.remove(gone))
            Q_EMIT countsChanged();
    });
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    const int generation = m_batchGeneration;
    connect(job, &ProvisioningJob::finished, this,
            [this, job, startedAt, generation] { finished(job, startedAt, generation); });
    Q_EMIT countsChanged();
}

void StationBatch::finished(ProvisioningJob *job, const QDateTime &startedAt, int generation)
{
    m_running.remove(job);
    const JobResult &result = job->result();
    const bool done = result.outcome == JobResult::Outcome::Done;
    const bool failed = result.outcome == JobResult::Outcome::Failed || result.outcome == JobResult::Outcome::NeedsAttention;
    m_shiftDone += done ? 1 : 0;
    m_shiftFailed += failed ? 1 : 0;
    const bool wasReached = isCapReached();
    if (generation == m_batchGeneration) {
        m_done += done ? 1 : 0;
        m_failed += failed ? 1 : 0;
        m_records.append({result, job->settings().operatorName, job->settings().station, startedAt,
                          QDateTime::currentDateTimeUtc()});
    }
    Q_EMIT countsChanged();
    if (!wasReached && isCapReached())
        Q_EMIT capReached();
}

void StationBatch::setUnitCap(int units)
{
    const bool wasReached = isCapReached();
    m_unitCap = qMax(0, units);
    Q_EMIT countsChanged();
    if (!wasReached && isCapReached())
        Q_EMIT capReached();
}

QString StationBatch::capText() const
{
    if (m_unitCap <= 0)
        return {};
    if (isCapReached())
        return tr("The work order's %n unit(s) are provisioned, so no lane starts a new job: start a new batch or "
                  "raise the cap to go on.", nullptr, m_unitCap);
    if (!acceptsNewJob())
        return tr("The work order's last units are being provisioned, so no lane starts a new job: wait for them, "
                  "or raise the cap.");
    return tr("%1 of %n unit(s) of the work order provisioned.", nullptr, m_unitCap).arg(m_done);
}

void StationBatch::startNewBatch()
{
    ++m_batchGeneration;
    m_records.clear();
    m_done = 0;
    m_failed = 0;
    Q_EMIT countsChanged();
}

void StationBatch::startNewShift()
{
    m_shiftDone = 0;
    m_shiftFailed = 0;
    m_shiftStartedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT countsChanged();
}
