#pragma once

#include "jobs/JobJournal.h"

#include <QAbstractListModel>
#include <QPointer>

#include <chrono>

class QTimer;

// The items jobs left for a person that no one has finished yet (JobJournal::openLeftBehind), oldest
// first, for a view: each row is LeftBehind::describe's sentence, after the station whose job left it
// when the journal knows it, with the action that finishes it.
// It reads the journal again when the journal announces a change, once the events of the moment are
// handled, so that a burst of steps reads it once. A shared (PostgreSQL) journal also changes at other
// stations, which announce nothing here: it is read again every sharedJournalPollInterval too.
class NeedsAttentionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ActionLabelRole = Qt::UserRole + 1, // the button's text (AttentionAction::label)
        StationActsRole,                    // the station can do it itself (AttentionAction::stationActs)
        ItemIdRole,
        JobIdRole,
    };

    explicit NeedsAttentionModel(QObject *parent = nullptr);

    static constexpr std::chrono::milliseconds sharedJournalPollInterval{15000};
    // For tests, which cannot wait a quarter of a minute; before setJournal().
    void setSharedJournalPollInterval(std::chrono::milliseconds interval);

    // Null shows nothing. The model lets go of the journal when it is destroyed.
    void setJournal(JobJournal *journal);
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    JobJournal::LeftBehindRecord record(int row) const { return m_records.value(row); }
    // The row of the item with that ID; -1 when it is not open.
    int rowOf(qint64 itemId) const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void errorChanged(const QString &error);

private:
    QPointer<JobJournal> m_journal;
    QList<JobJournal::LeftBehindRecord> m_records;
    QString m_error;
    QTimer *m_refreshTimer;
    QTimer *m_sharedJournalPoll;
};
