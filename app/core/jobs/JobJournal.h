#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

class QLockFile;
class QSqlQuery;

// The station's journal: one SQLite file (Qt SQL, WAL mode) with a row per provisioning job and a
// row per step. A job writes the step row BEFORE the step's side effect and completes it AFTER its
// result, so that after a crash at any point the journal tells what may exist (a certificate on
// Foundry, credentials on a device). The same file is the history support staff search and export.
//
// Never holds a private key or a token: only IDs, names, times and messages.
//
// Each instance opens its own named Qt SQL connection, and a Qt SQL connection may only be used on
// the thread that opened it. So either give each lane (thread) its own JobJournal on the same file
// (SQLite's WAL mode lets them write in turn and read at once; busy_timeout makes a writer wait for
// another), or share one instance among jobs that all live on the GUI thread.
class JobJournal
{
    Q_DECLARE_TR_FUNCTIONS(JobJournal)

public:
    static constexpr int schemaVersion = 2;

    // One row of the jobs table. finishedAt is invalid and outcome empty while the job is unfinished.
    struct Job
    {
        qint64 id = 0;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString operatorName;
        QString station;
        QString port;
        QString profile;
        int slot = 0;
        QString deviceId;
        QString certificateId;
        QString arn;
        QString outcome; // JobResult::outcomeName(), empty while unfinished
        QString error;
        // Known once the device has answered: what recover needs to finish the job or name the device.
        QString deviceSerial;
        QStringList topics;
        // The process that runs the job (see claimRun()); empty for a job recorded without one.
        QString runId;
    };

    // One row of the steps table. ok is meaningful only once finishedAt is valid.
    struct Step
    {
        qint64 id = 0;
        qint64 jobId = 0;
        QString name;
        QDateTime startedAt;
        QDateTime finishedAt;
        bool ok = false;
        QString detail;
    };

    // What support staff search by; empty members do not filter.
    struct Filter
    {
        QString deviceId;
        QString certificatePrefix; // matches certificate IDs that start with it, ignoring case
        QDateTime from;            // jobs started at or after
        QDateTime to;              // jobs started before
        QString outcome;           // "done", "failed", "needs-attention", or "unfinished" for none yet
        QString operatorName;
        QString station;
    };

    explicit JobJournal(QString path);
    ~JobJournal();
    JobJournal(const JobJournal &) = delete;
    JobJournal &operator=(const JobJournal &) = delete;

    // Creates the file and its schema when needed. False, with errorString(), when the file cannot be
    // opened or was written by a newer program.
    bool open();
    // As open(), for reading what is there: a missing file is an error rather than a new, empty
    // journal, so that a mistyped path says so instead of showing no jobs.
    bool openExisting();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // The PRAGMA journal_mode the connection reports: "wal" once open.
    QString journalMode() const;

    // Writing; each returns false (or 0 for an ID) with errorString() when the row could not be written.
    // The new job belongs to this instance's run: recover leaves it alone while this process lives.
    qint64 beginJob(const Job &job);
    bool setDevice(qint64 jobId, const QString &serial, const QStringList &topics);
    bool setCertificate(qint64 jobId, const QString &certificateId, const QString &arn);
    qint64 beginStep(qint64 jobId, const QString &name, const QString &detail = {});
    bool finishStep(qint64 stepId, bool ok, const QString &detail = {});
    bool finishJob(qint64 jobId, const QString &outcome, const QString &error);

    // Reading, newest first.
    QList<Job> jobs(const Filter &filter = {}) const;
    std::optional<Job> job(qint64 jobId) const;
    QList<Step> steps(qint64 jobId) const;
    // Jobs with no finish: a crash or a kill interrupted them, or they are still running.
    QList<Job> unfinishedJobs() const;

    // Every instance that records jobs holds a lock file for its run (QLockFile, beside the journal)
    // until it is destroyed. claimRun() takes over the lock of a run whose process is gone, so that
    // its unfinished jobs can be recovered, and only by one recoverer at a time. Null while that
    // process is still running (holder then names it) or the lock cannot be taken.
    std::unique_ptr<QLockFile> claimRun(const QString &runId, QString *holder) const;
    QString runId() const { return m_runId; }

    // RFC 4180: a header line, CRLF line ends, each field made safe for a spreadsheet by
    // ForeignText::csvCell (quoted where needed, no live formulas).
    static QString toCsv(const QList<Job> &jobs);
    bool exportCsv(const QList<Job> &jobs, const QString &fileName);

private:
    bool createSchema();
    bool fail(const QString &what, const QString &why) const;
    // Runs one writing statement with its values; nullopt (with errorString()) when it failed.
    std::optional<QSqlQuery> write(const QString &what, const QString &statement, const QVariantList &values);
    // An UPDATE that must change exactly one row.
    bool updateRow(const QString &what, const QString &statement, const QVariantList &values);
    QList<Job> selectJobs(const QString &where, const QVariantList &values) const;
    QString runLockPath(const QString &runId) const;
    bool holdRunLock();

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    mutable QString m_error;
    QString m_runId;
    std::unique_ptr<QLockFile> m_runLock;
};
