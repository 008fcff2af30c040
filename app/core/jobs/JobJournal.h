#pragma once

#include "jobs/JobResult.h"
#include "jobs/JournalDialect.h"
#include "jobs/JournalSpool.h"
#include "jobs/ProvisioningJob.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

class QLockFile;
class QSqlDatabase;
class QSqlQuery;

// The station's journal: a row per job (a device provisioned, or a certificate revoked on its own) and
// a row per step, in one SQLite file (Qt SQL, WAL mode; the default, for one station) or in a
// PostgreSQL database that many stations and the support desk share (factory mode; see
// JournalLocation for how it is named, JournalDialect for what differs). A job writes the step row
// BEFORE the step's side effect and completes it AFTER its result, so that after a crash at any point
// the journal tells what may exist (a certificate on Foundry, credentials on a device). The same
// journal is the history support staff search and export.
//
// Never holds a private key or a token: only IDs, names, times and messages.
//
// Each instance opens its own named Qt SQL connection, and a Qt SQL connection may only be used on
// the thread that opened it. So either give each lane (thread) its own JobJournal on the same file
// or database (SQLite's WAL mode lets them write in turn and read at once; busy_timeout makes a
// writer wait for another), or share one instance among jobs that all live on the GUI thread.
//
// Each instance announces the changes it commits (jobAdded, jobChanged), so that a history view
// refreshes itself; it does not see what another instance or process writes to the same file.
class JobJournal : public QObject
{
    Q_OBJECT

public:
    static constexpr int schemaVersion = 7;
    // How long a PostgreSQL journal's run lease lasts without a heartbeat (see claimRun()) until the
    // database's journal_settings row says otherwise.
    static constexpr int defaultRunLeaseSeconds = 30;

    // What a job did: provision a device (ProvisioningJob), or revoke one certificate on its own
    // (CertificateRevocation). Stored as kindName(); kindFromName() is nullopt for any other text.
    enum class Kind { Provision, Revoke };
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    // The rows a job writes beside those of its states: a change a device operation makes to the
    // device's own state (see DeviceStateChange), written before the change with the command that
    // undoes it as its detail and completed once it is undone (ok) or could not be; and recovery's
    // attempt to put such a device back, ok when the device took it.
    enum class DeviceStep { ChangingDeviceState, RestoringDeviceState };
    Q_ENUM(DeviceStep)
    // What a step row is. Stored as the enumerator's name (ProvisioningJob::stateName for a state):
    // stepNameText() and stepNameFromText() are the one mapping, the latter nullopt for any other text.
    using StepName = std::variant<ProvisioningJob::State, DeviceStep>;
    static QString stepNameText(const StepName &name);
    static std::optional<StepName> stepNameFromText(const QString &text);

    // A job's outcome as history shows it and --outcome takes it: JobResult::outcomeName, and
    // "unfinished" for a job without an end (Pending). outcomeFromText: nullopt for any other text.
    static QString outcomeText(JobResult::Outcome outcome);
    static std::optional<JobResult::Outcome> outcomeFromText(const QString &text);
    static QStringList outcomeTexts();

    // One row of the jobs table. finishedAt is invalid and outcome Pending while the job is unfinished.
    struct Job
    {
        qint64 id = 0;
        Kind kind = Kind::Provision;
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
        JobResult::Outcome outcome = JobResult::Outcome::Pending;
        QString error;
        // Known once the device has answered: what recover needs to finish the job or name the device.
        QString deviceSerial;
        QStringList topics;
        // The process that runs the job (see claimRun()); empty for a job recorded without one.
        QString runId;
        // Why a revoke was asked for, as the person who asked gave it; empty for a provisioning job.
        QString reason;
        // How the job spoke to its device (DeviceAccess::toText(): the profile as set up, the line's
        // rate, an MCUmgr device's file layout), recorded with the job's row, before anything touches
        // the device. Empty for a job without a device and for one recorded before schema version 7.
        // Read back as it is stored: DeviceAccess::fromJournal() checks it before it is used.
        QString deviceAccess;
        // Read only: when another job of the journal, later, revoked this job's certificate (a revoke
        // that ended done); invalid when none did.
        QDateTime certificateRevokedAt;
    };

    // One row of the steps table. ok is meaningful only once finishedAt is valid.
    struct Step
    {
        qint64 id = 0;
        qint64 jobId = 0;
        StepName name = ProvisioningJob::State::Idle;
        QDateTime startedAt;
        QDateTime finishedAt;
        bool ok = false;
        QString detail;
    };

    // One thing a job left for a person (LeftBehind), kept with the job's end so that a window lists
    // it until someone finishes it; finishedAt is invalid while it is open. Finished items stay, with
    // who finished them, when and how: the audit trail.
    struct LeftBehindRecord
    {
        qint64 id = 0;
        qint64 jobId = 0;
        LeftBehind item;
        QDateTime recordedAt;
        QDateTime finishedAt;
        QString finishedBy;
        QString finishedHow;
        // Read only: the station whose job left it (the job's), so that a shared journal's desk knows
        // where the device or the port it names is.
        QString station;
    };

    // What support staff search by; empty members do not filter.
    struct Filter
    {
        QString deviceId;
        QString certificatePrefix; // matches certificate IDs that start with it, ignoring case
        QDateTime from;            // jobs started at or after
        QDateTime to;              // jobs started before
        std::optional<JobResult::Outcome> outcome; // Pending: the unfinished jobs
        // Only provisioning jobs whose certificate a later revoke took (see Job::certificateRevokedAt).
        bool certificateRevoked = false;
        QString operatorName;
        QString station;
    };

    // The order of a search and the part of it to read, so that a view reads a page at a time.
    enum class SortColumn { StartedAt, DeviceId, CertificateId, Arn, Topics, Outcome, Operator, Station };
    struct Page
    {
        SortColumn column = SortColumn::StartedAt;
        Qt::SortOrder order = Qt::DescendingOrder;
        // Negative: every row from offset on.
        int limit = -1;
        int offset = 0;
    };

    // location: a SQLite file's path, or a postgresql:// URL (JournalLocation); open() says when it
    // is refused.
    explicit JobJournal(QString location, QObject *parent = nullptr);
    ~JobJournal() override;
    JobJournal(const JobJournal &) = delete;
    JobJournal &operator=(const JobJournal &) = delete;

    // The database's password, for a PostgreSQL journal whose password is not in PGPASSFILE (the
    // window keeps it in the keychain); before open(). Never part of the location, a message or
    // errorString().
    void setPassword(const QString &password) { m_password = password; }
    // For another connection to the same journal, such as a reader on another thread: a copy, to be
    // cleared once that connection is open.
    QString password() const { return m_password; }
    // Where a PostgreSQL journal keeps the rows of running jobs while the database cannot be reached
    // (JournalSpool); before open(). By default a file per database in the application data folder.
    void setSpoolPath(const QString &path) { m_spoolPath = path; }

    // Creates the file or database schema when needed, and brings an older one up to date. False,
    // with errorString(), when the location is refused, cannot be opened or reached, or was written by
    // a newer program.
    bool open();
    // As open(), for reading what is there: a missing file is an error rather than a new, empty
    // journal, so that a mistyped path says so instead of showing no jobs.
    bool openExisting();
    bool isOpen() const { return m_open; }
    // The location as given: a file's path or a database's URL.
    QString path() const { return m_path; }
    // Which kind of journal this is; Sqlite until open() has read the location.
    JournalLocation::Backend backend() const { return m_dialect.backend(); }
    QString errorString() const { return m_error; }
    // The PRAGMA journal_mode the connection reports: "wal" once open.
    QString journalMode() const;

    // Writing; each returns false (or 0 for an ID) with errorString() when the row could not be written.
    // The new job belongs to this instance's run: recover leaves it alone while this process lives.
    // On PostgreSQL, beginJob() fails while the database cannot be reached (a job is only begun where
    // it can be journaled); the other writes of a job already begun then go to the local spool, durably,
    // and succeed. A step begun there has a negative ID until the spool is handed over.
    qint64 beginJob(const Job &job);
    bool setDevice(qint64 jobId, const QString &serial, const QStringList &topics);
    bool setCertificate(qint64 jobId, const QString &certificateId, const QString &arn);
    qint64 beginStep(qint64 jobId, const StepName &name, const QString &detail = {});
    bool finishStep(qint64 stepId, bool ok, const QString &detail = {});
    // outcome must be one a job ends with, not Pending. The job's end and what it left for a person
    // are committed together: a job never shows as ended without the items it left.
    bool finishJob(qint64 jobId, JobResult::Outcome outcome, const QString &error,
                   const QList<LeftBehind> &leftBehind = {});
    // Marks an open item done, by whom and how; false (errorString()) when it is not open.
    bool finishLeftBehind(qint64 itemId, const QString &operatorName, const QString &how);

    // Reading, newest first. When a read fails it returns nothing and errorString() says why; after a
    // read that succeeded errorString() is empty. A row that holds a name this program does not know
    // (an outcome, a step) fails the read rather than be shown as something it is not.
    QList<Job> jobs() const;
    QList<Job> jobs(const Filter &filter) const;
    // The rows of filter in page's order (ties newest first), from page.offset, at most page.limit.
    QList<Job> jobs(const Filter &filter, const Page &page) const;
    std::optional<Job> job(qint64 jobId) const;
    QList<Step> steps(qint64 jobId) const;
    // The items no one has finished yet, oldest first; and every item of one job, finished or not.
    QList<LeftBehindRecord> openLeftBehind() const;
    QList<LeftBehindRecord> leftBehind(qint64 jobId) const;
    // Jobs with no finish: a crash or a kill interrupted them, or they are still running.
    QList<Job> unfinishedJobs() const;
    // The newest job that provisioned deviceId (ended done) whose certificate no later revoke in this
    // journal took back: the device holds a live certificate already, and another job for it would be
    // a duplicate. nullopt when there is none, or when the read failed (errorString() then says why).
    // Found through the device ID's index, the revokes through the certificate ID's.
    std::optional<Job> provisionedJob(const QString &deviceId) const;
    // The different records of how jobs of a device profile spoke to their devices (Job::deviceAccess),
    // the most recently used first, at most limit: where a product's devices may hold credentials
    // other than the profile's default places. As stored: check each (DeviceAccess::fromJournal).
    QStringList deviceAccesses(const QString &profile, int limit) const;

    // Held by a recoverer while it finishes another run's jobs; destroying it lets the run go.
    class RunClaim
    {
    public:
        explicit RunClaim(std::function<void()> release) : m_release(std::move(release)) {}
        ~RunClaim() { m_release(); }
        RunClaim(const RunClaim &) = delete;
        RunClaim &operator=(const RunClaim &) = delete;

    private:
        std::function<void()> m_release;
    };

    // Every instance that records jobs holds its run until it is destroyed: a lock file beside a
    // SQLite journal (QLockFile), or a lease row in a PostgreSQL journal that a heartbeat renews every
    // third of the lease (journal_settings.run_lease_seconds, read at open(): one length all stations
    // share; each lease row keeps the length its holder promised).
    // claimRun() takes over a run whose process is gone (a stale lock file; a lease whose last
    // heartbeat is older than the lease, by the database's clock), so that its unfinished jobs can be
    // recovered, and only by one recoverer at a time. Null while that run is alive (holder then names
    // it) or it cannot be taken; null with errorString() when the database could not be asked, so
    // that whether the run lives is not known.
    std::unique_ptr<RunClaim> claimRun(const QString &runId, QString *holder);

    // The journal's own name, made with it: what a job moved to another journal says it came from.
    // Empty, with errorString(), when it cannot be read.
    QString identity() const;
    // Adds a finished job of another journal, with its steps and what it left for a person (finished or
    // not, as there), in one transaction, unless a job with the same origin is there already (journal
    // migrate: run twice, or resumed, it adds each job and its items once).
    enum class Import { Imported, AlreadyThere, Failed };
    Import importJob(const Job &job, const QList<Step> &steps, const QList<LeftBehindRecord> &leftBehind,
                     const QString &origin);

    // Hands what waits in the spool to the database now (the heartbeat and every write also try),
    // once this run is known to still own its jobs: never after another station took them over.
    // True when nothing waits any more.
    bool handOverSpool();
    bool isSpooling() const;
    QString runId() const { return m_runId; }

Q_SIGNALS:
    // Emitted once the new row is committed, never for a write that failed.
    void jobAdded(qint64 jobId);
    // A change to the job was committed: a step begun or ended, its device, its certificate, its end.
    void jobChanged(qint64 jobId);

public:
    // RFC 4180: a header line, CRLF line ends, each field made safe for a spreadsheet by
    // ForeignText::csvCell (quoted where needed, no live formulas).
    static QString toCsv(const QList<Job> &jobs);
    bool exportCsv(const QList<Job> &jobs, const QString &fileName);
    // The jobs a search finds, in its order, written to fileName as they are read (a history of a
    // million jobs is never held whole); *exported says how many. All or nothing, like the above.
    bool exportCsv(const Filter &filter, const Page &page, const QString &fileName, qsizetype *exported = nullptr) const;

private:
    bool createSchema();
    // The instance's connection, made again first when the last statement on it failed (PostgreSQL).
    QSqlDatabase connection() const;
    QStringList createStatements() const;
    QStringList historyIndexes() const;
    QStringList leftBehindSchema() const;
    QStringList identityAndOrigin() const;
    bool fail(const QString &what, const QString &why) const;
    // A read that failed: errorString() says why, and the next statement makes the connection again.
    bool readFailed(const QString &what, const QSqlQuery &query) const;
    // Runs one writing statement with its values; nullopt (with errorString()) when it failed.
    std::optional<QSqlQuery> write(const QString &what, const QString &statement, const QVariantList &values);
    // What record() wrote: the new row's ID for a statement that ends "RETURNING id" (negative when
    // kept in the spool), otherwise how many rows it changed.
    struct Written
    {
        qint64 value = 0;
    };
    enum class WhenUnreachable { Refuse, Keep };
    // The one path of every job row: the spool's waiting rows first, then the statement; with Keep, on a
    // PostgreSQL journal that cannot be reached, into the spool.
    std::optional<Written> record(const QString &what, JournalSpool::Statement statement, WhenUnreachable unreachable);
    // The statements of one change that must land together (a job's end and what it left for a person):
    // one transaction, or, on a PostgreSQL journal that cannot be reached, entries the spool keeps
    // together and hands over together, each once. The first must change exactly one row.
    bool recordTogether(const QString &what, QList<JournalSpool::Statement> statements);
    // Provisional (spooled) IDs among values replaced by the real ones they became.
    void withRealIds(QVariantList &values) const;
    JournalSpool *spool(QString *why);
    // Whether a write that cannot reach the database may be kept in the spool (a PostgreSQL journal).
    bool spools() const;
    // Keeps statements in the spool, together; the last one's provisional ID, or 0 with errorString().
    qint64 keepInSpool(const QString &what, const QList<JournalSpool::Statement> &statements);
    // Why a row could not be kept in the spool (why), with why the spool could not be handed over.
    QString cannotKeep(const QString &why) const;
    bool databaseReachable() const;
    // An UPDATE that must change exactly one row.
    bool updateRow(const QString &what, const QString &statement, const QVariantList &values);
    // updateRow() on one row of job jobId, announced once it is committed.
    bool updateJob(qint64 jobId, const QString &what, const QString &statement, const QVariantList &values);
    static QString unknownName(const QString &what, const QString &name);
    QList<Job> selectJobs(const QString &where, const QVariantList &values) const;
    QList<Job> selectJobs(const QString &where, const QVariantList &values, const Page &page) const;
    // Reads the jobs one at a time, handing each to visit until it returns false; false, with
    // errorString() unless visit stopped it, when the search fails.
    bool forEachJob(const QString &where, const QVariantList &values, const Page &page,
                    const std::function<bool(const Job &)> &visit) const;
    // The WHERE condition of a search, its values appended to boundValues.
    QString filterCondition(const Filter &filter, QVariantList *boundValues) const;
    static QStringList csvHeader();
    static QStringList csvFields(const Job &job);
    QList<LeftBehindRecord> selectLeftBehind(const QString &where, const QVariantList &values) const;
    QString runLockPath(const QString &runId) const;
    bool holdRunLock();
    bool holdRunLease();
    std::unique_ptr<RunClaim> claimRunLease(const QString &runId, QString *holder);
    void heartbeat();
    // Renews the leases this run holds and checks that it still owns its jobs; false when that could
    // not be told (the database away) or it no longer does (m_leaseLost).
    bool renewLease();
    // True, with errorString(), once this run has lost its jobs to another station.
    bool failWhenLeaseLost(const QString &what);
    // Who holds a run, as a claim that finds it held says; ownHolderDescription() is this process.
    static QString holderDescription(const QString &application, qint64 pid, const QString &host);
    static QString ownHolderDescription();
    // Lets go of runId's lease that this run holds (its own, or one it took over).
    void releaseLease(const QString &runId) const;

    QString m_path;
    JournalDialect m_dialect{JournalLocation::Backend::Sqlite};
    QString m_password;
    std::chrono::milliseconds m_runLease = std::chrono::seconds(defaultRunLeaseSeconds);
    bool m_leaseHeld = false;
    // Why this run no longer owns its jobs (see heartbeat()); every write then fails.
    QString m_leaseLost;
    QTimer m_heartbeat;
    QString m_connectionName;
    bool m_open = false;
    mutable QString m_error;
    mutable bool m_reconnect = false;
    mutable QElapsedTimer m_lastReconnect;
    QString m_spoolPath;
    std::unique_ptr<JournalSpool> m_spool;
    // Why the last hand-over of the spool failed, and what to do; empty after one that succeeded.
    QString m_handOverFailure;
    QString m_runId;
    std::unique_ptr<QLockFile> m_runLock;
};
