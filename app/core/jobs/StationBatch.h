#pragma once

#include "jobs/JobResult.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>

class ProvisioningJob;

// What the bench has done: the jobs of the current batch (a work order) with their results, for the
// batch bar and the evidence export, and the counts of the shift, which goes on across batches. A
// batch may have a unit cap: once that many devices are provisioned (or running towards it), lanes
// start no new job (ProvisioningLane asks acceptsNewJob()). Counts follow the jobs' own signals.
// A cancelled job is recorded but counts as neither done nor failed.
class StationBatch : public QObject
{
    Q_OBJECT

public:
    // One job of the batch, as the evidence lists it.
    struct Record
    {
        JobResult result;
        QString operatorName;
        QString station;
        QDateTime startedAt;
        QDateTime finishedAt;
    };

    explicit StationBatch(QObject *parent = nullptr);

    // Counts the job once it finishes; called by the lane as it starts one.
    void track(ProvisioningJob *job);

    int done() const { return m_done; }
    int failed() const { return m_failed; }
    int running() const { return int(m_running.size()); }
    int shiftDone() const { return m_shiftDone; }
    int shiftFailed() const { return m_shiftFailed; }
    QDateTime shiftStartedAt() const { return m_shiftStartedAt; }
    const QList<Record> &records() const { return m_records; }

    // 0: no cap.
    int unitCap() const { return m_unitCap; }
    void setUnitCap(int units);
    bool isCapReached() const { return m_unitCap > 0 && m_done >= m_unitCap; }
    // False once the cap's units are provisioned or running.
    bool acceptsNewJob() const { return m_unitCap <= 0 || m_done + running() < m_unitCap; }
    // Why a new job is refused, and what to do, for the lane's tile and the batch bar.
    QString capText() const;

    // A new work order: the batch's jobs and counts start from nothing; the cap stays.
    void startNewBatch();
    // The shift's counts start from nothing.
    void startNewShift();

Q_SIGNALS:
    void countsChanged();
    // The batch's last unit is provisioned.
    void capReached();

private:
    void finished(ProvisioningJob *job, const QDateTime &startedAt, int generation);

    QList<Record> m_records;
    int m_done = 0;
    int m_failed = 0;
    // Started and not finished; a job destroyed unfinished (its lane gone with it) leaves too.
    QSet<const QObject *> m_running;
    int m_shiftDone = 0;
    int m_shiftFailed = 0;
    int m_unitCap = 0;
    QDateTime m_shiftStartedAt;
    // Jobs started in an earlier batch are recorded in none; they still end, and stop running.
    int m_batchGeneration = 0;
};
