#include "jobs/JobHistoryModel.h"

#include "base/ForeignText.h"

#include <QSet>

#include <algorithm>

namespace {

// Long enough to gather the rows one job writes in a moment, short enough to look immediate.
constexpr int refreshDelayMs = 150;
// Pages held up to which a refresh reads them all again (see the class comment): two pages read in
// about 13 ms with 100,000 jobs (docs/performance.md), a refresh comes every 150 ms at most, and
// the window's lanes share the GUI thread.
constexpr int wholeRefreshPages = 2;

JobJournal::SortColumn sortColumn(int column)
{
    switch (column) {
    case JobHistoryModel::DeviceIdColumn: return JobJournal::SortColumn::DeviceId;
    case JobHistoryModel::CertificateIdColumn: return JobJournal::SortColumn::CertificateId;
    case JobHistoryModel::ArnColumn: return JobJournal::SortColumn::Arn;
    case JobHistoryModel::TopicsColumn: return JobJournal::SortColumn::Topics;
    case JobHistoryModel::ResultColumn: return JobJournal::SortColumn::Outcome;
    case JobHistoryModel::OperatorColumn: return JobJournal::SortColumn::Operator;
    case JobHistoryModel::StationColumn: return JobJournal::SortColumn::Station;
    default: return JobJournal::SortColumn::StartedAt;
    }
}

QString shownTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QStringList escapedAll(const QStringList &texts)
{
    QStringList escaped;
    for (const QString &text : texts)
        escaped << ForeignText::escaped(text);
    return escaped;
}

} // namespace

JobHistoryModel::JobHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &JobHistoryModel::refresh);
}

JobHistoryModel::~JobHistoryModel() = default;

void JobHistoryModel::setJournal(JobJournal *journal)
{
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    if (journal) {
        connect(journal, &JobJournal::jobAdded, this, &JobHistoryModel::journalChanged);
        connect(journal, &JobJournal::jobChanged, this, &JobHistoryModel::journalChanged);
        // The window replaces its journal when the settings change: nothing of the old one may stay.
        connect(journal, &QObject::destroyed, this, [this] {
            m_refreshTimer.stop();
            beginResetModel();
            m_rows.clear();
            m_moreToRead = false;
            endResetModel();
        });
    }
    reload();
}

void JobHistoryModel::setFilter(const JobJournal::Filter &filter)
{
    m_filter = filter;
    reload();
}

void JobHistoryModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void JobHistoryModel::sort(int column, Qt::SortOrder order)
{
    m_order.column = sortColumn(column);
    m_order.order = order;
    reload();
}

void JobHistoryModel::reload()
{
    m_refreshTimer.stop();
    m_changedJobs.clear();
    beginResetModel();
    m_rows.clear();
    m_moreToRead = false;
    if (m_journal) {
        if (const std::optional<QList<JobJournal::Job>> rows = read(0, m_pageSize)) {
            m_rows = *rows;
            m_moreToRead = m_rows.size() == m_pageSize;
        }
    }
    endResetModel();
}

std::optional<QList<JobJournal::Job>> JobHistoryModel::read(int offset, int limit)
{
    JobJournal::Page page = m_order;
    page.offset = offset;
    page.limit = limit;
    QList<JobJournal::Job> rows = m_journal->jobs(m_filter, page);
    setError(m_journal->errorString());
    if (!m_error.isEmpty())
        return std::nullopt;
    return rows;
}

void JobHistoryModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged(m_error);
}

void JobHistoryModel::journalChanged(qint64 jobId)
{
    m_changedJobs.insert(jobId);
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void JobHistoryModel::refresh()
{
    if (!m_journal)
        return;
    if (m_rows.size() > static_cast<qsizetype>(wholeRefreshPages) * m_pageSize) {
        refreshChangedRows();
        return;
    }
    m_changedJobs.clear();
    const int limit = std::max(static_cast<int>(m_rows.size()), m_pageSize);
    const std::optional<QList<JobJournal::Job>> fresh = read(0, limit);
    if (!fresh)
        return;
    QSet<qint64> freshIds;
    for (const JobJournal::Job &job : *fresh)
        freshIds.insert(job.id);
    QSet<qint64> heldIds;
    for (const JobJournal::Job &job : std::as_const(m_rows))
        heldIds.insert(job.id);
    QList<qint64> heldKept;
    for (const JobJournal::Job &job : std::as_const(m_rows)) {
        if (freshIds.contains(job.id))
            heldKept << job.id;
    }
    QList<qint64> freshKept;
    for (const JobJournal::Job &job : *fresh) {
        if (heldIds.contains(job.id))
            freshKept << job.id;
    }
    m_moreToRead = fresh->size() == limit;
    if (heldKept != freshKept) {
        // A sorted value changed and rows moved: rare enough (a sort by result while jobs end) to
        // read everything again rather than move rows one by one.
        beginResetModel();
        m_rows = *fresh;
        endResetModel();
        return;
    }
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (!freshIds.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // What is held is now in the fresh rows' order, a part of them: insert the rest where they go.
    for (qsizetype row = 0; row < fresh->size(); ++row) {
        if (row < m_rows.size() && m_rows.at(row).id == fresh->at(row).id) {
            m_rows[row] = fresh->at(row);
            continue;
        }
        beginInsertRows({}, static_cast<int>(row), static_cast<int>(row));
        m_rows.insert(row, fresh->at(row));
        endInsertRows();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

void JobHistoryModel::refreshChangedRows()
{
    QSet<QString> revokedCertificates;
    QList<JobJournal::Job> changed;
    for (const qint64 id : std::as_const(m_changedJobs)) {
        const std::optional<JobJournal::Job> job = m_journal->job(id);
        if (!job)
            continue;
        changed << *job;
        if (job->kind == JobJournal::Kind::Revoke && !job->certificateId.isEmpty())
            revokedCertificates.insert(job->certificateId);
    }
    m_changedJobs.clear();
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const JobJournal::Job &held = m_rows.at(row);
        const auto fresh = std::find_if(changed.cbegin(), changed.cend(),
                                        [&held](const JobJournal::Job &job) { return job.id == held.id; });
        std::optional<JobJournal::Job> reread;
        if (fresh != changed.cend())
            reread = *fresh;
        else if (revokedCertificates.contains(held.certificateId))
            reread = m_journal->job(held.id);
        if (!reread)
            continue;
        m_rows[row] = *reread;
        Q_EMIT dataChanged(index(static_cast<int>(row), 0), index(static_cast<int>(row), ColumnCount - 1));
    }
}

QString JobHistoryModel::resultText(const JobJournal::Job &job)
{
    if (job.kind == JobJournal::Kind::Revoke) {
        switch (job.outcome) {
        case JobResult::Outcome::Done: return tr("revocation done");
        case JobResult::Outcome::Failed: return tr("revocation failed");
        case JobResult::Outcome::Pending: return tr("revocation unfinished");
        default: return tr("revocation %1").arg(JobJournal::outcomeText(job.outcome));
        }
    }
    if (job.certificateRevokedAt.isValid())
        return tr("revoked");
    switch (job.outcome) {
    case JobResult::Outcome::Done: return tr("done");
    case JobResult::Outcome::Failed: return tr("failed");
    case JobResult::Outcome::NeedsAttention: return tr("needs attention");
    case JobResult::Outcome::Cancelled: return tr("cancelled");
    case JobResult::Outcome::Pending: return tr("unfinished");
    }
    return {};
}

int JobHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JobHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobJournal::Job &job = m_rows.at(index.row());
    if (role == JobIdRole)
        return job.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DeviceIdColumn: return ForeignText::escaped(job.deviceId);
        case CertificateIdColumn: return ForeignText::escaped(job.certificateId);
        case ArnColumn: return ForeignText::escaped(job.arn);
        case TopicsColumn: return escapedAll(job.topics).join(QLatin1String(", "));
        case ResultColumn: return resultText(job);
        case OperatorColumn: return ForeignText::escaped(job.operatorName);
        case StationColumn: return ForeignText::escaped(job.station);
        case TimeColumn: return shownTime(job.startedAt);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TopicsColumn: return escapedAll(job.topics).join(QLatin1Char('\n'));
        case ResultColumn: {
            QStringList lines;
            if (job.certificateRevokedAt.isValid())
                lines << tr("Certificate revoked at %1").arg(shownTime(job.certificateRevokedAt));
            if (!job.reason.isEmpty())
                lines << tr("Reason: %1").arg(ForeignText::escaped(job.reason));
            if (!job.error.isEmpty())
                lines << ForeignText::escaped(job.error);
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        case TimeColumn:
            return job.finishedAt.isValid()
                ? QVariant(tr("Started %1, finished %2").arg(shownTime(job.startedAt), shownTime(job.finishedAt)))
                : QVariant(tr("Started %1, not finished").arg(shownTime(job.startedAt)));
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant JobHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceIdColumn: return tr("Device ID");
    case CertificateIdColumn: return tr("Certificate ID");
    case ArnColumn: return tr("ARN");
    case TopicsColumn: return tr("Topics");
    case ResultColumn: return tr("Result");
    case OperatorColumn: return tr("Operator");
    case StationColumn: return tr("Station");
    case TimeColumn: return tr("Time");
    }
    return {};
}

bool JobHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_journal && m_moreToRead;
}

void JobHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const std::optional<QList<JobJournal::Job>> page = read(static_cast<int>(m_rows.size()), m_pageSize);
    if (!page) {
        // A view asks again on every scroll; errorChanged has said why, and a new search tries again.
        m_moreToRead = false;
        return;
    }
    m_moreToRead = page->size() == m_pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
}
