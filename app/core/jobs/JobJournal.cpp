#include "jobs/JobJournal.h"

#include "base/AtomicFile.h"
#include "base/CsvWriter.h"
#include "base/ForeignText.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMetaEnum>
#include <QUuid>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Connection names must be unique in the process: several lanes may each hold a journal.
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("foundry-journal-%1").arg(counter.fetchAndAddRelaxed(1));
}

// ISO 8601 in UTC with milliseconds: sorts and compares as text, so time ranges are plain comparisons.
QVariant timeText(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// An empty string is stored as NULL, so that "not known yet" reads the same in every column.
QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

// The last column: the latest revoke of the job's certificate that ended done, by a later job.
const char jobColumns[] =
    "id, started_at, finished_at, operator, station, port, profile, slot, device_id, cert_id, arn, outcome, error, "
    "device_serial, topics, run_id, kind, reason, (SELECT max(revoke.finished_at) FROM jobs AS revoke WHERE revoke.kind = "
    "'revoke' AND revoke.outcome = 'done' AND revoke.cert_id = jobs.cert_id AND revoke.id > jobs.id)";

// Topics are kept as a JSON array: a topic may contain any character but a NUL.
QVariant topicsText(const QStringList &topics)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(topics)).toJson(QJsonDocument::Compact));
}

QStringList parseTopics(const QVariant &value)
{
    QStringList topics;
    for (const QJsonValue &topic : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        topics << topic.toString();
    return topics;
}

// The history page searches by certificate-ID prefix ignoring case (a range over this index, see
// jobs()), and by operator or station, on journals of 100,000 jobs; time and device ID have theirs.
// Every row it shows looks for a later revoke that ended done (jobColumns, Filter::certificateRevoked):
// a small index of those revokes alone answers without reading a row.
QStringList historyIndexes()
{
    return {QStringLiteral("CREATE INDEX jobs_cert_id_nocase ON jobs(cert_id COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX jobs_operator ON jobs(operator)"),
            QStringLiteral("CREATE INDEX jobs_station ON jobs(station)"),
            QStringLiteral("CREATE INDEX jobs_done_revokes ON jobs(cert_id, id) WHERE kind = 'revoke' AND outcome = 'done'")};
}

// Version 5: what a job left for a person, one row an item, open until someone finishes it.
QStringList leftBehindSchema()
{
    return {QStringLiteral("CREATE TABLE left_behind (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES "
                           "jobs(id), kind TEXT NOT NULL, action TEXT NOT NULL, cert_id TEXT, device_id TEXT, port TEXT, "
                           "device_serial TEXT, slot INTEGER, certificate_state TEXT, certificate_revoked INTEGER, "
                           "device_confirmed INTEGER, requested_at TEXT, device_state TEXT, restore_command BLOB, "
                           "problem TEXT, recorded_at TEXT NOT NULL, finished_at TEXT, finished_by TEXT, "
                           "finished_how TEXT)"),
            QStringLiteral("CREATE INDEX left_behind_open ON left_behind(finished_at)"),
            QStringLiteral("CREATE INDEX left_behind_job_id ON left_behind(job_id)")};
}

const char leftBehindColumns[] =
    "id, job_id, kind, action, cert_id, device_id, port, device_serial, slot, certificate_state, certificate_revoked, "
    "device_confirmed, requested_at, device_state, restore_command, problem, recorded_at, finished_at, finished_by, "
    "finished_how";

QString sortColumnName(JobJournal::SortColumn column)
{
    switch (column) {
    case JobJournal::SortColumn::StartedAt: return QStringLiteral("started_at");
    case JobJournal::SortColumn::DeviceId: return QStringLiteral("device_id");
    case JobJournal::SortColumn::CertificateId: return QStringLiteral("cert_id");
    case JobJournal::SortColumn::Arn: return QStringLiteral("arn");
    case JobJournal::SortColumn::Topics: return QStringLiteral("topics");
    case JobJournal::SortColumn::Outcome: return QStringLiteral("outcome");
    case JobJournal::SortColumn::Operator: return QStringLiteral("operator");
    case JobJournal::SortColumn::Station: return QStringLiteral("station");
    }
    return QStringLiteral("started_at");
}

// A total order, so that pages read one after another neither repeat nor skip a row: ties go by ID.
QString orderBy(const JobJournal::Page &page)
{
    const QString direction = page.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString ties = page.column == JobJournal::SortColumn::StartedAt ? direction : QStringLiteral("DESC");
    return QStringLiteral(" ORDER BY %1 %2, id %3").arg(sortColumnName(page.column), direction, ties);
}

} // namespace

QString JobJournal::stepNameText(const StepName &name)
{
    if (const auto *state = std::get_if<ProvisioningJob::State>(&name))
        return ProvisioningJob::stateName(*state);
    return QString::fromLatin1(
        QMetaEnum::fromType<DeviceStep>().valueToKey(static_cast<int>(std::get<DeviceStep>(name))));
}

std::optional<JobJournal::StepName> JobJournal::stepNameFromText(const QString &text)
{
    if (const std::optional<ProvisioningJob::State> state = ProvisioningJob::stateFromName(text))
        return StepName(*state);
    bool known = false;
    const int value = QMetaEnum::fromType<DeviceStep>().keyToValue(text.toLatin1().constData(), &known);
    if (!known)
        return std::nullopt;
    return StepName(static_cast<DeviceStep>(value));
}

QString JobJournal::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Provision: return QStringLiteral("provision");
    case Kind::Revoke: return QStringLiteral("revoke");
    }
    return {};
}

std::optional<JobJournal::Kind> JobJournal::kindFromName(const QString &name)
{
    for (const Kind kind : {Kind::Provision, Kind::Revoke}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString JobJournal::outcomeText(JobResult::Outcome outcome)
{
    return outcome == JobResult::Outcome::Pending ? QStringLiteral("unfinished") : JobResult::outcomeName(outcome);
}

std::optional<JobResult::Outcome> JobJournal::outcomeFromText(const QString &text)
{
    for (const JobResult::Outcome outcome : {JobResult::Outcome::Done, JobResult::Outcome::Failed,
                                             JobResult::Outcome::NeedsAttention, JobResult::Outcome::Cancelled,
                                             JobResult::Outcome::Pending}) {
        if (outcomeText(outcome) == text)
            return outcome;
    }
    return std::nullopt;
}

QStringList JobJournal::outcomeTexts()
{
    return {outcomeText(JobResult::Outcome::Done), outcomeText(JobResult::Outcome::Failed),
            outcomeText(JobResult::Outcome::NeedsAttention), outcomeText(JobResult::Outcome::Cancelled),
            outcomeText(JobResult::Outcome::Pending)};
}

JobJournal::JobJournal(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connectionName(nextConnectionName())
    , m_runId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

JobJournal::~JobJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    // Only once no handle to the connection is left, or Qt warns that it is still in use.
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool JobJournal::fail(const QString &what, const QString &why) const
{
    m_error = tr("journal %1: %2: %3").arg(m_path, what, why);
    return false;
}

bool JobJournal::open()
{
    if (m_open)
        return true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("opening"), tr("the Qt SQLite driver (QSQLITE) is not installed"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Another lane's connection may hold the write lock for a moment; wait for it rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("opening"), db.lastError().text());

    QSqlQuery query(db);
    // WAL: readers (history, a GUI) never block the lanes that write, and a commit is one append.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()
        || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(tr("switching to WAL mode"), query.lastError().text());
    // FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on a power cut, and the row lost
    // would be the one that says a certificate was just generated: an orphan nobody knows of. The
    // price is one fsync per row, small beside a device write at 115200 baud.
    if (!query.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return fail(tr("setting synchronous=FULL"), query.lastError().text());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return fail(tr("enabling foreign keys"), query.lastError().text());
    if (!createSchema())
        return false;
    m_open = true;
    return true;
}

bool JobJournal::openExisting()
{
    if (!m_open && !QFileInfo::exists(m_path))
        return fail(tr("opening"), tr("there is no such file; check the path, which must name the journal the station writes"));
    return open();
}

bool JobJournal::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // IMMEDIATE takes the write lock at once: two processes opening a new journal together would
    // otherwise both find it empty and both create the tables. The second waits (busy timeout),
    // then finds the schema made.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(tr("creating the schema"), query.lastError().text());
    const auto abandon = [&query](const QString &why) {
        query.exec(QStringLiteral("ROLLBACK"));
        return why;
    };
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
        || !query.next())
        return fail(tr("reading the schema version"), abandon(query.lastError().text()));
    const bool exists = query.value(0).toInt() > 0;
    query.finish();
    if (exists) {
        if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next())
            return fail(tr("reading the schema version"), abandon(query.lastError().text()));
        const int version = query.value(0).toInt();
        query.finish();
        if (version > schemaVersion)
            return fail(tr("opening"), abandon(tr("written by a newer program (schema version %1, this program knows up "
                                                  "to %2)")
                                                   .arg(version)
                                                   .arg(schemaVersion)));
        // Each version's changes from the one before: version 2 keeps what recovery needs (the
        // device's serial, the topics, the owning run); version 3 tells a standalone revoke from a
        // provisioning job; version 4 keeps a revoke's reason and indexes what the history page
        // searches by; version 5 keeps what a job left for a person. The rows written before stay as
        // they are, all provisioning jobs.
        const QList<QStringList> updates{
            {QStringLiteral("ALTER TABLE jobs ADD COLUMN device_serial TEXT"),
             QStringLiteral("ALTER TABLE jobs ADD COLUMN topics TEXT"),
             QStringLiteral("ALTER TABLE jobs ADD COLUMN run_id TEXT")},
            {QStringLiteral("ALTER TABLE jobs ADD COLUMN kind TEXT NOT NULL DEFAULT 'provision'")},
            QStringList{QStringLiteral("ALTER TABLE jobs ADD COLUMN reason TEXT")} + historyIndexes(),
            leftBehindSchema(),
        };
        if (version < 1)
            return fail(tr("opening"), abandon(tr("its schema version is missing; this is not a journal the station "
                                                  "wrote")));
        for (int from = version; from < schemaVersion; ++from) {
            const QStringList statements = updates.at(from - 1)
                + QStringList{QStringLiteral("UPDATE schema_version SET version = %1").arg(from + 1)};
            for (const QString &statement : statements) {
                if (!query.exec(statement))
                    return fail(tr("updating the schema from version %1").arg(version), abandon(query.lastError().text()));
            }
        }
        if (!query.exec(QStringLiteral("COMMIT")))
            return fail(tr("opening"), query.lastError().text());
        return true;
    }
    const QStringList statements = QStringList{
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE jobs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, "
                       "operator TEXT, station TEXT, port TEXT, profile TEXT, slot INTEGER, device_id TEXT, "
                       "cert_id TEXT, arn TEXT, outcome TEXT, error TEXT, device_serial TEXT, topics TEXT, "
                       "run_id TEXT, kind TEXT NOT NULL DEFAULT 'provision', reason TEXT)"),
        QStringLiteral("CREATE TABLE steps (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id), "
                       "name TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, ok INTEGER, detail TEXT)"),
        // What support staff search by, and what recover looks for.
        QStringLiteral("CREATE INDEX jobs_device_id ON jobs(device_id)"),
        QStringLiteral("CREATE INDEX jobs_cert_id ON jobs(cert_id)"),
        QStringLiteral("CREATE INDEX jobs_started_at ON jobs(started_at)"),
        QStringLiteral("CREATE INDEX jobs_unfinished ON jobs(finished_at)"),
        QStringLiteral("CREATE INDEX steps_job_id ON steps(job_id)"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(schemaVersion),
    } + historyIndexes() + leftBehindSchema();
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return fail(tr("creating the schema"), abandon(query.lastError().text()));
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(tr("creating the schema"), abandon(query.lastError().text()));
    return true;
}

QString JobJournal::journalMode() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
        return {};
    return query.value(0).toString();
}

QString JobJournal::runLockPath(const QString &runId) const
{
    const QFileInfo journal(m_path);
    return journal.absolutePath() + QLatin1Char('/') + journal.fileName() + QStringLiteral(".runs/")
        + runId + QStringLiteral(".lock");
}

bool JobJournal::holdRunLock()
{
    if (m_runLock)
        return true;
    const QString lockPath = runLockPath(m_runId);
    if (!QDir().mkpath(QFileInfo(lockPath).absolutePath()))
        return fail(tr("recording a new job"), tr("cannot create the folder of %1").arg(lockPath));
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Held as long as this process runs, so only a dead holder makes it stale, never its age.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return fail(tr("recording a new job"), tr("cannot lock %1").arg(lockPath));
    m_runLock = std::move(lock);
    return true;
}

std::unique_ptr<QLockFile> JobJournal::claimRun(const QString &runId, QString *holder) const
{
    if (runId.isEmpty() || runId.contains(QLatin1Char('/')) || runId.contains(QLatin1Char('\\')))
        return nullptr;
    const QString lockPath = runLockPath(runId);
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host;
    QString application;
    if (holder && lock->getLockInfo(&pid, &host, &application))
        *holder = tr("%1 (process %2 on %3)").arg(application).arg(pid).arg(host);
    return nullptr;
}

std::optional<QSqlQuery> JobJournal::write(const QString &what, const QString &statement, const QVariantList &values)
{
    if (!m_open) {
        fail(what, tr("not open"));
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        // Nearly always the file, not the statement: a folder that is not writable, or a full disk.
        fail(what, tr("%1. Make sure the journal's folder is writable and its disk has space.")
                       .arg(query.lastError().text()));
        return std::nullopt;
    }
    return query;
}

bool JobJournal::updateRow(const QString &what, const QString &statement, const QVariantList &values)
{
    const std::optional<QSqlQuery> query = write(what, statement, values);
    if (query && query->numRowsAffected() != 1)
        return fail(what, tr("no such row"));
    return query.has_value();
}

bool JobJournal::updateJob(qint64 jobId, const QString &what, const QString &statement, const QVariantList &values)
{
    if (!updateRow(what, statement, values))
        return false;
    // Each statement is its own transaction: once exec() has returned, the change is committed.
    Q_EMIT jobChanged(jobId);
    return true;
}

qint64 JobJournal::beginJob(const Job &job)
{
    if (m_open && !holdRunLock())
        return 0;
    const std::optional<QSqlQuery> query = write(
        tr("recording a new job"),
        QStringLiteral("INSERT INTO jobs (started_at, operator, station, port, profile, slot, device_id, cert_id, arn, "
                       "run_id, kind, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {job.startedAt.isValid() ? timeText(job.startedAt) : QVariant(now()), textOrNull(job.operatorName),
         textOrNull(job.station), textOrNull(job.port), textOrNull(job.profile), job.slot, textOrNull(job.deviceId),
         textOrNull(job.certificateId), textOrNull(job.arn), m_runId, kindName(job.kind), textOrNull(job.reason)});
    if (!query)
        return 0;
    const qint64 id = query->lastInsertId().toLongLong();
    Q_EMIT jobAdded(id);
    return id;
}

bool JobJournal::setDevice(qint64 jobId, const QString &serial, const QStringList &topics)
{
    return updateJob(jobId, tr("recording the device of job %1").arg(jobId),
                     QStringLiteral("UPDATE jobs SET device_serial = ?, topics = ? WHERE id = ?"),
                     {textOrNull(serial), topicsText(topics), jobId});
}

bool JobJournal::setCertificate(qint64 jobId, const QString &certificateId, const QString &arn)
{
    return updateJob(jobId, tr("recording certificate %1 for job %2").arg(certificateId).arg(jobId),
                     QStringLiteral("UPDATE jobs SET cert_id = ?, arn = ? WHERE id = ?"),
                     {textOrNull(certificateId), textOrNull(arn), jobId});
}

qint64 JobJournal::beginStep(qint64 jobId, const StepName &name, const QString &detail)
{
    const QString text = stepNameText(name);
    const std::optional<QSqlQuery> query =
        write(tr("recording step %1 of job %2").arg(text).arg(jobId),
              QStringLiteral("INSERT INTO steps (job_id, name, started_at, detail) VALUES (?, ?, ?, ?)"),
              {jobId, text, now(), textOrNull(detail)});
    if (!query)
        return 0;
    Q_EMIT jobChanged(jobId);
    return query->lastInsertId().toLongLong();
}

bool JobJournal::finishStep(qint64 stepId, bool ok, const QString &detail)
{
    // A detail given at the start (the slot, the certificate) stays unless the result has its own.
    const QString what = tr("recording the end of step %1").arg(stepId);
    if (!updateRow(what, QStringLiteral("UPDATE steps SET finished_at = ?, ok = ?, detail = coalesce(?, detail) WHERE id = ?"),
                   {now(), ok ? 1 : 0, textOrNull(detail), stepId}))
        return false;
    // The row is written; a job to announce it for that cannot be read back only costs the announcement.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT job_id FROM steps WHERE id = ?"));
    query.addBindValue(stepId);
    if (query.exec() && query.next())
        Q_EMIT jobChanged(query.value(0).toLongLong());
    return true;
}

bool JobJournal::finishJob(qint64 jobId, JobResult::Outcome outcome, const QString &error,
                           const QList<LeftBehind> &leftBehind)
{
    const QString what = tr("recording the end of job %1").arg(jobId);
    if (outcome == JobResult::Outcome::Pending)
        return fail(what, tr("a job cannot end pending"));
    if (!m_open)
        return fail(what, tr("not open"));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(what, db.lastError().text());
    bool written = updateRow(what, QStringLiteral("UPDATE jobs SET finished_at = ?, outcome = ?, error = ? WHERE id = ?"),
                             {now(), JobResult::outcomeName(outcome), textOrNull(error), jobId});
    for (const LeftBehind &item : leftBehind) {
        if (!written)
            break;
        written = write(what,
                        QStringLiteral("INSERT INTO left_behind (job_id, kind, action, cert_id, device_id, port, "
                                       "device_serial, slot, certificate_state, certificate_revoked, device_confirmed, "
                                       "requested_at, device_state, restore_command, problem, recorded_at) VALUES (?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {jobId, LeftBehind::kindName(item.kind), LeftBehind::actionName(item.action),
                         textOrNull(item.certificateId), textOrNull(item.deviceId), textOrNull(item.port),
                         textOrNull(item.deviceSerial), item.slot, textOrNull(item.certificateState),
                         item.certificateRevoked ? 1 : 0, item.deviceConfirmed ? 1 : 0, timeText(item.requestedAt),
                         textOrNull(item.deviceState), item.restoreCommand, textOrNull(item.problem), now()})
                      .has_value();
    }
    if (!written || !db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return written ? fail(what, why) : false;
    }
    Q_EMIT jobChanged(jobId);
    return true;
}

bool JobJournal::finishLeftBehind(qint64 itemId, const QString &operatorName, const QString &how)
{
    const QList<LeftBehindRecord> found = selectLeftBehind(QStringLiteral("id = ?"), {itemId});
    const QString what = tr("recording item %1 as done").arg(itemId);
    if (found.isEmpty())
        return m_error.isEmpty() ? fail(what, tr("no such item")) : false;
    if (!updateRow(what,
                   QStringLiteral("UPDATE left_behind SET finished_at = ?, finished_by = ?, finished_how = ? WHERE id = "
                                  "? AND finished_at IS NULL"),
                   {now(), textOrNull(operatorName), textOrNull(how), itemId}))
        return false;
    Q_EMIT jobChanged(found.constFirst().jobId);
    return true;
}

QList<JobJournal::LeftBehindRecord> JobJournal::openLeftBehind() const
{
    return selectLeftBehind(QStringLiteral("finished_at IS NULL"), {});
}

QList<JobJournal::LeftBehindRecord> JobJournal::leftBehind(qint64 jobId) const
{
    return selectLeftBehind(QStringLiteral("job_id = ?"), {jobId});
}

QList<JobJournal::LeftBehindRecord> JobJournal::selectLeftBehind(const QString &where, const QVariantList &values) const
{
    m_error.clear();
    QList<LeftBehindRecord> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM left_behind WHERE %2 ORDER BY id")
                      .arg(QLatin1String(leftBehindColumns), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!m_open || !query.exec()) {
        fail(tr("reading what jobs left behind"), m_open ? query.lastError().text() : tr("not open"));
        return result;
    }
    while (query.next()) {
        LeftBehindRecord record;
        record.id = query.value(0).toLongLong();
        record.jobId = query.value(1).toLongLong();
        const QString kind = query.value(2).toString();
        const QString action = query.value(3).toString();
        const std::optional<LeftBehind::Kind> knownKind = LeftBehind::kindFromName(kind);
        const std::optional<LeftBehind::Action> knownAction = LeftBehind::actionFromName(action);
        if (!knownKind || !knownAction) {
            fail(tr("reading item %1 of job %2").arg(record.id).arg(record.jobId),
                 knownKind ? unknownName(tr("action"), action) : unknownName(tr("kind"), kind));
            return {};
        }
        record.item.kind = *knownKind;
        record.item.action = *knownAction;
        record.item.certificateId = query.value(4).toString();
        record.item.deviceId = query.value(5).toString();
        record.item.port = query.value(6).toString();
        record.item.deviceSerial = query.value(7).toString();
        record.item.slot = query.value(8).toInt();
        record.item.certificateState = query.value(9).toString();
        record.item.certificateRevoked = query.value(10).toInt() != 0;
        record.item.deviceConfirmed = query.value(11).toInt() != 0;
        record.item.requestedAt = parseTime(query.value(12));
        record.item.deviceState = query.value(13).toString();
        record.item.restoreCommand = query.value(14).toByteArray();
        record.item.problem = query.value(15).toString();
        record.recordedAt = parseTime(query.value(16));
        record.finishedAt = parseTime(query.value(17));
        record.finishedBy = query.value(18).toString();
        record.finishedHow = query.value(19).toString();
        result.append(record);
    }
    return result;
}

QString JobJournal::unknownName(const QString &what, const QString &name)
{
    return tr("its %1 \"%2\" is not one this program knows; the journal may have been written by a newer program")
        .arg(what, ForeignText::escaped(name));
}

QList<JobJournal::Job> JobJournal::selectJobs(const QString &where, const QVariantList &values) const
{
    return selectJobs(where, values, Page());
}

QList<JobJournal::Job> JobJournal::selectJobs(const QString &where, const QVariantList &values, const Page &page) const
{
    m_error.clear();
    QList<Job> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const QString condition = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    const QString order = orderBy(page);
    const bool paged = page.limit >= 0 || page.offset > 0;
    // A page is chosen first and only its rows look for a later revoke, rather than every row the
    // search matches before the sort.
    query.prepare(paged ? QStringLiteral("SELECT %1 FROM (SELECT * FROM jobs%2%3 LIMIT ? OFFSET ?) AS jobs%3")
                              .arg(QLatin1String(jobColumns), condition, order)
                        : QStringLiteral("SELECT %1 FROM jobs%2%3").arg(QLatin1String(jobColumns), condition, order));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (paged) {
        query.addBindValue(page.limit);
        query.addBindValue(page.offset);
    }
    if (!m_open || !query.exec()) {
        fail(tr("searching jobs"), m_open ? query.lastError().text() : tr("not open"));
        return result;
    }
    while (query.next()) {
        Job job;
        job.id = query.value(0).toLongLong();
        job.startedAt = parseTime(query.value(1));
        job.finishedAt = parseTime(query.value(2));
        job.operatorName = query.value(3).toString();
        job.station = query.value(4).toString();
        job.port = query.value(5).toString();
        job.profile = query.value(6).toString();
        job.slot = query.value(7).toInt();
        job.deviceId = query.value(8).toString();
        job.certificateId = query.value(9).toString();
        job.arn = query.value(10).toString();
        if (!query.value(11).isNull()) {
            const QString outcome = query.value(11).toString();
            const std::optional<JobResult::Outcome> known = JobResult::outcomeFromName(outcome);
            if (!known || *known == JobResult::Outcome::Pending) {
                fail(tr("reading job %1").arg(job.id), unknownName(tr("outcome"), outcome));
                return {};
            }
            job.outcome = *known;
        }
        job.error = query.value(12).toString();
        job.deviceSerial = query.value(13).toString();
        job.topics = parseTopics(query.value(14));
        job.runId = query.value(15).toString();
        const QString kind = query.value(16).toString();
        const std::optional<Kind> knownKind = kindFromName(kind);
        if (!knownKind) {
            fail(tr("reading job %1").arg(job.id), unknownName(tr("kind"), kind));
            return {};
        }
        job.kind = *knownKind;
        job.reason = query.value(17).toString();
        job.certificateRevokedAt = parseTime(query.value(18));
        result.append(job);
    }
    return result;
}

QList<JobJournal::Job> JobJournal::jobs() const
{
    return jobs(Filter(), Page());
}

QList<JobJournal::Job> JobJournal::jobs(const Filter &filter) const
{
    return jobs(filter, Page());
}

QList<JobJournal::Job> JobJournal::jobs(const Filter &filter, const Page &page) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.deviceId.isEmpty()) {
        conditions << QStringLiteral("device_id = ?");
        values << filter.deviceId;
    }
    if (!filter.certificatePrefix.isEmpty()) {
        // A range over the case-blind index rather than LIKE, so that % and _ in what was typed match
        // only themselves and 100,000 jobs are not read one by one. NOCASE folds ASCII only, as lower()
        // does; the range ends at the prefix followed by the last code point, so the one ID it misses
        // would have U+10FFFF after the prefix (certificate IDs are hexadecimal).
        conditions << QStringLiteral("cert_id COLLATE NOCASE >= ? AND cert_id COLLATE NOCASE < ?");
        values << filter.certificatePrefix << filter.certificatePrefix + QStringLiteral("\U0010FFFF");
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("started_at >= ?");
        values << timeText(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("started_at < ?");
        values << timeText(filter.to);
    }
    if (filter.outcome == JobResult::Outcome::Pending) {
        conditions << QStringLiteral("outcome IS NULL");
    } else if (filter.outcome) {
        conditions << QStringLiteral("outcome = ?");
        values << JobResult::outcomeName(*filter.outcome);
    }
    if (filter.certificateRevoked) {
        conditions << QStringLiteral("kind = 'provision' AND EXISTS (SELECT 1 FROM jobs AS revoke WHERE revoke.kind = "
                                     "'revoke' AND revoke.outcome = 'done' AND revoke.cert_id = jobs.cert_id AND "
                                     "revoke.id > jobs.id)");
    }
    if (!filter.operatorName.isEmpty()) {
        conditions << QStringLiteral("operator = ?");
        values << filter.operatorName;
    }
    if (!filter.station.isEmpty()) {
        conditions << QStringLiteral("station = ?");
        values << filter.station;
    }
    return selectJobs(conditions.join(QLatin1String(" AND ")), values, page);
}

std::optional<JobJournal::Job> JobJournal::job(qint64 jobId) const
{
    const QList<Job> found = selectJobs(QStringLiteral("id = ?"), {jobId});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<JobJournal::Job> JobJournal::unfinishedJobs() const
{
    return selectJobs(QStringLiteral("finished_at IS NULL"), {});
}

std::optional<JobJournal::Job> JobJournal::provisionedJob(const QString &deviceId) const
{
    // The revoke's kind and outcome are written as the index of done revokes is, so that SQLite can use it
    // (it matches a partial index's condition by its text, never through a bound value).
    const QList<Job> found = selectJobs(
        QStringLiteral("device_id = ? AND kind = ? AND outcome = ? AND NOT EXISTS (SELECT 1 FROM jobs AS revoke WHERE "
                       "revoke.cert_id = jobs.cert_id AND revoke.kind = 'revoke' AND revoke.outcome = 'done' "
                       "AND revoke.id > jobs.id)"),
        {deviceId, kindName(Kind::Provision), JobResult::outcomeName(JobResult::Outcome::Done)});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<JobJournal::Step> JobJournal::steps(qint64 jobId) const
{
    m_error.clear();
    QList<Step> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, job_id, name, started_at, finished_at, ok, detail FROM steps "
                                 "WHERE job_id = ? ORDER BY id"));
    query.addBindValue(jobId);
    if (!m_open || !query.exec()) {
        fail(tr("reading the steps of job %1").arg(jobId), m_open ? query.lastError().text() : tr("not open"));
        return result;
    }
    while (query.next()) {
        Step step;
        step.id = query.value(0).toLongLong();
        step.jobId = query.value(1).toLongLong();
        const QString name = query.value(2).toString();
        const std::optional<StepName> known = stepNameFromText(name);
        if (!known) {
            fail(tr("reading step %1 of job %2").arg(step.id).arg(jobId), unknownName(tr("name"), name));
            return {};
        }
        step.name = *known;
        step.startedAt = parseTime(query.value(3));
        step.finishedAt = parseTime(query.value(4));
        step.ok = query.value(5).toInt() != 0;
        step.detail = query.value(6).toString();
        result.append(step);
    }
    return result;
}

QString JobJournal::toCsv(const QList<Job> &jobs)
{
    // The run ID is the station's own bookkeeping; support staff have no use for it.
    CsvWriter csv({QStringLiteral("id"), QStringLiteral("started_at"), QStringLiteral("finished_at"),
                   QStringLiteral("operator"), QStringLiteral("station"), QStringLiteral("port"),
                   QStringLiteral("profile"), QStringLiteral("slot"), QStringLiteral("device_id"),
                   QStringLiteral("cert_id"), QStringLiteral("arn"), QStringLiteral("outcome"), QStringLiteral("error"),
                   QStringLiteral("device_serial"), QStringLiteral("topics"), QStringLiteral("kind"),
                   QStringLiteral("reason"), QStringLiteral("certificate_revoked_at")});
    for (const Job &job : jobs) {
        csv.addRow({QString::number(job.id),
                    job.startedAt.isValid() ? job.startedAt.toUTC().toString(Qt::ISODateWithMs) : QString(),
                    job.finishedAt.isValid() ? job.finishedAt.toUTC().toString(Qt::ISODateWithMs) : QString(),
                    job.operatorName, job.station, job.port, job.profile, QString::number(job.slot), job.deviceId,
                    job.certificateId, job.arn,
                    job.outcome == JobResult::Outcome::Pending ? QString() : JobResult::outcomeName(job.outcome),
                    job.error,
                    // One topic per line of the cell: a topic may hold commas and spaces.
                    job.deviceSerial, job.topics.join(QLatin1Char('\n')), kindName(job.kind), job.reason,
                    job.certificateRevokedAt.isValid() ? job.certificateRevokedAt.toUTC().toString(Qt::ISODateWithMs)
                                                       : QString()});
    }
    return csv.text();
}

bool JobJournal::exportCsv(const QList<Job> &jobs, const QString &fileName)
{
    // All or nothing: a half-written export would look like a short history.
    QString why;
    if (!AtomicFile::write(fileName, toCsv(jobs).toUtf8(), &why))
        return fail(tr("exporting to %1").arg(fileName), why);
    return true;
}
