#include "jobs/NeedsAttentionModel.h"

#include "base/ForeignText.h"
#include "jobs/AttentionAction.h"

#include <QTimer>

#include <algorithm>

NeedsAttentionModel::NeedsAttentionModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_refreshTimer(new QTimer(this))
    , m_sharedJournalPoll(new QTimer(this))
{
    // Once the events of the moment are handled, so that a burst of steps reads the journal once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &NeedsAttentionModel::refresh);
    m_sharedJournalPoll->setInterval(sharedJournalPollInterval);
    connect(m_sharedJournalPoll, &QTimer::timeout, this, &NeedsAttentionModel::refresh);
}

void NeedsAttentionModel::setSharedJournalPollInterval(std::chrono::milliseconds interval)
{
    m_sharedJournalPoll->setInterval(interval);
}

void NeedsAttentionModel::setJournal(JobJournal *journal)
{
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    if (journal) {
        const auto scheduleRefresh = [this] { m_refreshTimer->start(); };
        connect(journal, &JobJournal::jobAdded, this, scheduleRefresh);
        connect(journal, &JobJournal::jobChanged, this, scheduleRefresh);
        connect(journal, &QObject::destroyed, this, &NeedsAttentionModel::refresh);
    }
    if (journal && journal->backend() == JournalLocation::Backend::Postgres)
        m_sharedJournalPoll->start();
    else
        m_sharedJournalPoll->stop();
    refresh();
}

namespace {

bool sameRecords(const QList<JobJournal::LeftBehindRecord> &a, const QList<JobJournal::LeftBehindRecord> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const JobJournal::LeftBehindRecord &x, const JobJournal::LeftBehindRecord &y) {
                          // toJson() holds the item's fields and its sentence (describe).
                          return x.id == y.id && x.jobId == y.jobId && x.item.toJson() == y.item.toJson();
                      });
}

} // namespace

void NeedsAttentionModel::refresh()
{
    m_refreshTimer->stop();
    QList<JobJournal::LeftBehindRecord> records;
    QString error;
    if (m_journal) {
        records = m_journal->openLeftBehind();
        error = m_journal->errorString();
    }
    // Every step of every lane announces a change; a reset would take the person's choice of item away
    // from them, so the view is only reset when what it shows, or acts on, changed.
    if (!sameRecords(records, m_records)) {
        beginResetModel();
        m_records = records;
        endResetModel();
    }
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged(error);
    }
}

int NeedsAttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

QVariant NeedsAttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobJournal::LeftBehindRecord &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        // IDs, ports and device answers came from outside. In a shared journal a port or a slot means
        // something only at the station whose job left it.
        if (!record.station.isEmpty())
            return ForeignText::escaped(tr("At %1: %2").arg(record.station, LeftBehind::describe(record.item)));
        return ForeignText::escaped(LeftBehind::describe(record.item));
    case ActionLabelRole: return AttentionAction::label(record.item);
    case StationActsRole: return AttentionAction::stationActs(record.item.action);
    case ItemIdRole: return record.id;
    case JobIdRole: return record.jobId;
    default: return {};
    }
}

int NeedsAttentionModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == itemId)
            return row;
    }
    return -1;
}
