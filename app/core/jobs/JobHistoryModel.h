#pragma once

#include "jobs/JobJournal.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

// The journal's jobs as a table for support staff: one row per job, newest first unless sorted
// otherwise, read a page at a time as a view scrolls (canFetchMore/fetchMore), so that a journal of
// 100,000 jobs opens as fast as one of ten. Every text is foreign (typed, scanned, or Foundry's) and
// is shown escaped. It follows the journal's jobAdded and jobChanged shortly after a burst of them,
// so a finished job or a revoke shows without a search: while it holds up to two pages it reads
// them again, new rows included; beyond that, where reading them all again would stall the window
// while lanes work, it reads only the jobs that changed, and new rows show with the next search.
class JobHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DeviceIdColumn, CertificateIdColumn, ArnColumn, TopicsColumn, ResultColumn, OperatorColumn,
                  StationColumn, TimeColumn, ColumnCount };
    // The row's job ID (qint64), for any column.
    static constexpr int JobIdRole = Qt::UserRole;

    static constexpr int defaultPageSize = 200;

    explicit JobHistoryModel(QObject *parent = nullptr);
    ~JobHistoryModel() override;

    // Reads the first page of journal (open, or null to show nothing). The model follows the
    // journal's destruction and then shows nothing.
    void setJournal(JobJournal *journal);
    JobJournal *journal() const { return m_journal; }
    // Reads the first page of what filter matches.
    void setFilter(const JobJournal::Filter &filter);
    JobJournal::Filter filter() const { return m_filter; }
    JobJournal::Page order() const { return m_order; }
    void setPageSize(int rows);

    // The job on a row; its texts are as stored, not escaped.
    const JobJournal::Job &job(int row) const { return m_rows.at(row); }
    // The result column's text: the outcome, "revoked" once a later revoke took the certificate,
    // and a revoke's own rows told apart from provisioning.
    static QString resultText(const JobJournal::Job &job);
    // Why the last read failed; empty after one that worked.
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A read failed (errorString() says why) or, with an empty text, worked again.
    void errorChanged(const QString &error);

private:
    // Reads the first page again from scratch.
    void reload();
    // Reads the rows held again and changes only what differs, so that a selection stays.
    void refresh();
    void journalChanged(qint64 jobId);
    // Reads the changed jobs held, by ID, and the rows whose certificate a changed revoke names.
    void refreshChangedRows();
    // limit rows from offset; nullopt when the read failed.
    std::optional<QList<JobJournal::Job>> read(int offset, int limit);
    void setError(const QString &error);

    QPointer<JobJournal> m_journal;
    JobJournal::Filter m_filter;
    JobJournal::Page m_order;
    int m_pageSize = defaultPageSize;
    QList<JobJournal::Job> m_rows;
    bool m_moreToRead = false;
    QString m_error;
    QSet<qint64> m_changedJobs;
    // Gathers the journal's signals of one burst (a job writes a row per step) into one refresh.
    QTimer m_refreshTimer;
};
