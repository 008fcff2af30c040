#include "jobs/StationLog.h"

#include "base/ForeignText.h"
#include "jobs/ProvisioningJob.h"
#include "jobs/ProvisioningLane.h"

#include <QMetaEnum>

namespace {

QString foundryCall(FoundryReply::Operation operation)
{
    switch (operation) {
    case FoundryReply::Operation::Generate: return QStringLiteral("GET /foundry/certificates/generate");
    case FoundryReply::Operation::Provision: return QStringLiteral("POST /foundry/certificates/provision");
    case FoundryReply::Operation::Revoke: return QStringLiteral("DELETE /foundry/certificates/revoke");
    }
    return {};
}

QString laneStateName(ProvisioningLane::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<ProvisioningLane::State>().valueToKey(static_cast<int>(state)));
}

} // namespace

StationLog::StationLog(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

void StationLog::add(const QString &lane, Level level, const QString &message)
{
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back({QDateTime::currentDateTimeUtc(), ForeignText::escaped(lane), level, ForeignText::escaped(message)});
    endInsertRows();
}

void StationLog::watch(ProvisioningLane *lane)
{
    const QString port = lane->setup().serial.portName;
    // A job's start and end are logged with the job; the lane's Running, and its Ready after a job,
    // would only repeat them.
    connect(lane, &ProvisioningLane::stateChanged, this,
            [this, port, previous = ProvisioningLane::State::Closed](ProvisioningLane::State state) mutable {
                const bool aroundAJob = state == ProvisioningLane::State::Running
                    || (state == ProvisioningLane::State::Ready && previous == ProvisioningLane::State::Running);
                previous = state;
                if (!aroundAJob)
                    add(port, Level::Info, tr("Lane %1").arg(laneStateName(state)));
            });
    // The lane passes its job's progress on too: retries, waits for Foundry.
    connect(lane, &ProvisioningLane::progress, this,
            [this, port](const QString &message) { add(port, Level::Info, message); });
    connect(lane, &ProvisioningLane::profileDetected, this, [this, port](const QString &name) {
        add(port, Level::Info, tr("The device speaks the %1 profile").arg(name));
    });
    connect(lane, &ProvisioningLane::jobRecovered, this, [this, port](const JournalRecovery::Recovered &recovered) {
        add(port, recovered.leftBehind.isEmpty() ? Level::Info : Level::Error,
            tr("Recovered job %1: %2").arg(recovered.job.id).arg(recovered.summary));
        for (const QString &item : LeftBehind::describe(recovered.leftBehind))
            add(port, Level::Error, item);
    });
    connect(lane, &ProvisioningLane::openFailed, this, [this, port](const DeviceError &error) {
        add(port, Level::Error, tr("The lane could not open: %1: %2").arg(error.step, error.message));
    });
    connect(lane, &ProvisioningLane::deviceLost, this, [this, port](const DeviceError &error) {
        add(port, Level::Error, tr("The device went away: %1: %2").arg(error.step, error.message));
    });
    connect(lane, &ProvisioningLane::jobStarted, this, [this, port](ProvisioningJob *job) { watchJob(port, job); });
}

void StationLog::watchJob(const QString &lane, ProvisioningJob *job)
{
    add(lane, Level::Info,
        tr("Job for device %1 started, slot %2").arg(job->settings().deviceId).arg(job->settings().slot));
    connect(job, &ProvisioningJob::stateChanged, this, [this, lane, job](ProvisioningJob::State state) {
        if (!job->isFinished())
            add(lane, Level::Info, tr("%1: %2").arg(ProvisioningJob::stateName(state), job->describe(state)));
    });
    connect(job, &ProvisioningJob::stepEnded, this, [this, lane](ProvisioningJob::State state, qint64 ms, bool ok) {
        add(lane, ok ? Level::Info : Level::Warning,
            ok ? tr("%1 done in %2 ms").arg(ProvisioningJob::stateName(state)).arg(ms)
               : tr("%1 failed after %2 ms").arg(ProvisioningJob::stateName(state)).arg(ms));
    });
    connect(job, &ProvisioningJob::foundryAnswered, this,
            [this, lane](FoundryReply::Operation operation, const FoundryError &error, int status, int attempts,
                         qint64 ms) {
                const QString answer = status > 0 ? tr("HTTP %1").arg(status) : tr("no answer");
                if (!error.isError()) {
                    add(lane, Level::Info,
                        tr("Foundry %1: %2 in %3 ms, %n request(s)", nullptr, attempts)
                            .arg(foundryCall(operation), answer)
                            .arg(ms));
                    return;
                }
                add(lane, Level::Error,
                    tr("Foundry %1: %2 (%3) in %4 ms, %n request(s): %5", nullptr, attempts)
                        .arg(foundryCall(operation), answer, FoundryError::kindName(error.kind()))
                        .arg(ms)
                        .arg(error.message()));
            });
    connect(job, &ProvisioningJob::deviceAnswered, this,
            [this, lane](ProvisioningJob::State state, bool ok, const QString &detail) {
                const QString step = ProvisioningJob::stateName(state);
                if (ok)
                    add(lane, Level::Info,
                        detail.isEmpty() ? tr("Device answered %1: done").arg(step)
                                         : tr("Device answered %1: done (%2)").arg(step, detail));
                else
                    add(lane, Level::Error, tr("Device answered %1: %2").arg(step, detail));
            });
    connect(job, &ProvisioningJob::finished, this, [this, lane, job] { jobFinished(lane, job); });
}

void StationLog::jobFinished(const QString &lane, const ProvisioningJob *job)
{
    const JobResult &result = job->result();
    for (const QString &warning : result.warnings)
        add(lane, Level::Warning, warning);
    if (result.outcome == JobResult::Outcome::Done) {
        add(lane, Level::Info,
            tr("Device %1 provisioned with certificate %2 (%3), topics %4; the device reported certificate digest "
               "%5 and key digest %6")
                .arg(result.deviceId, result.certificateId, result.arn, result.topics.join(QLatin1String(", ")),
                     result.certificateDigest, result.keyDigest));
        return;
    }
    add(lane, Level::Error,
        tr("Job for device %1 ended %2 (%3): %4")
            .arg(result.deviceId, JobResult::outcomeName(result.outcome), JobResult::failureName(result.failure),
                 result.error));
    for (const JobResult::Cleanup &cleanup : result.cleanup)
        add(lane, cleanup.ok ? Level::Info : Level::Error,
            cleanup.ok ? tr("Rollback: %1: done").arg(cleanup.action)
                       : tr("Rollback: %1: failed: %2").arg(cleanup.action, cleanup.detail));
    for (const QString &item : result.leftBehindText())
        add(lane, Level::Error, item);
}

QString StationLog::levelName(Level level)
{
    switch (level) {
    case Level::Info: return tr("info");
    case Level::Warning: return tr("warning");
    case Level::Error: return tr("error");
    }
    return {};
}

QString StationLog::toText() const
{
    QString text;
    for (const Entry &entry : m_entries)
        text += entry.time.toString(Qt::ISODateWithMs) + QLatin1Char('\t') + entry.lane + QLatin1Char('\t')
            + levelName(entry.level) + QLatin1Char('\t') + entry.message + QLatin1Char('\n');
    return text;
}

int StationLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int StationLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StationLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const Entry &entry = m_entries[size_t(index.row())];
    switch (role) {
    case LevelRole: return static_cast<int>(entry.level);
    case LaneRole: return entry.lane;
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(entry.message) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case LaneColumn: return entry.lane;
        case LevelColumn: return levelName(entry.level);
        case MessageColumn: return entry.message;
        default: return {};
        }
    default: return {};
    }
}

QVariant StationLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LaneColumn: return tr("Lane");
    case LevelColumn: return tr("Level");
    case MessageColumn: return tr("What happened");
    default: return {};
    }
}
