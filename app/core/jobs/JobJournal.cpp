#include "jobs/JobJournal.h"

#include "base/AtomicFile.h"
#include "base/CsvWriter.h"
#include "base/ForeignText.h"
#include "jobs/JournalSpool.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMetaEnum>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

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
    "device_serial, topics, run_id, kind, reason, device_access, (SELECT max(revoke.finished_at) FROM jobs AS revoke WHERE revoke.kind = "
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

// The history page searches by certificate-ID prefix ignoring case (a range over this index, see
// jobs()), and by operator or station, on journals of 100,000 jobs; time and device ID have theirs.
// Every row it shows looks for a later revoke that ended done (jobColumns, Filter::certificateRevoked):
// a small index of those revokes alone answers without reading a row.
QStringList JobJournal::historyIndexes() const
{
    return {m_dialect.caseBlindCertificateIndex(), QStringLiteral("CREATE INDEX jobs_operator ON jobs(operator)"),
            QStringLiteral("CREATE INDEX jobs_station ON jobs(station)"),
            QStringLiteral("CREATE INDEX jobs_done_revokes ON jobs(cert_id, id) WHERE kind = 'revoke' AND outcome = 'done'")};
}

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

JobJournal::JobJournal(QString location, QObject *parent)
    : QObject(parent)
    , m_path(std::move(location))
    , m_connectionName(nextConnectionName())
    , m_runId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&m_heartbeat, &QTimer::timeout, this, &JobJournal::heartbeat);
}

JobJournal::~JobJournal()
{
    m_heartbeat.stop();
    // This run's jobs are over or abandoned with it: a recoverer need not wait out the lease.
    if (m_leaseHeld)
        releaseLease(m_runId);
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

bool JobJournal::readFailed(const QString &what, const QSqlQuery &query) const
{
    // A database server that went away ended the connection: the next statement makes it again.
    m_reconnect = m_open;
    return fail(what, m_open ? query.lastError().text() : tr("not open"));
}

bool JobJournal::open()
{
    if (m_open)
        return true;
    QString refused;
    const std::optional<JournalLocation> location = JournalLocation::parse(m_path, &refused);
    if (!location) {
        m_error = tr("journal: %1").arg(refused);
        return false;
    }
    m_dialect = JournalDialect(location->backend());
    if (location->backend() == JournalLocation::Backend::Postgres && m_spoolPath.isEmpty()) {
        // One spool per database, so that rows never reach a journal other than their job's.
        const QByteArray key = QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
        m_spoolPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/journal-spool-%1.sqlite").arg(QString::fromLatin1(key));
    }
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return fail(tr("opening"), location->backend() == JournalLocation::Backend::Sqlite
                                       ? tr("the Qt SQLite driver (QSQLITE) is not installed")
                                       : tr("the Qt PostgreSQL driver (QPSQL) is not installed; install the package "
                                            "libqt6sql6-psql"));
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_dialect.configure(db, *location, m_password);
    if (!db.open())
        return fail(tr("opening"), location->backend() == JournalLocation::Backend::Sqlite
                                       ? db.lastError().text()
                                       : tr("%1. Check that the database server is running and reachable, and "
                                            "that the station has the database's password. %2")
                                             .arg(db.lastError().text().trimmed(), JournalLocation::wherePasswordGoes()));
    QString why;
    if (!m_dialect.prepareSession(db, &why))
        return fail(tr("opening"), why);
    if (!createSchema())
        return false;
    if (!m_spoolPath.isEmpty())
        QDir().mkpath(QFileInfo(m_spoolPath).absolutePath());
    if (m_dialect.backend() == JournalLocation::Backend::Postgres) {
        QSqlQuery lease(db);
        if (!lease.exec(QStringLiteral("SELECT run_lease_seconds FROM journal_settings")) || !lease.next())
            return fail(tr("reading the run lease"), lease.lastError().text());
        m_runLease = std::chrono::milliseconds(qRound64(lease.value(0).toDouble() * 1000));
    }
    m_open = true;
    // Rows a run before this one kept while the database was away (it may have ended since) go first.
    handOverSpool();
    return true;
}

bool JobJournal::openExisting()
{
    if (!m_open && !JournalLocation::looksLikeDatabaseUrl(m_path) && !QFileInfo::exists(m_path))
        return fail(tr("opening"), tr("there is no such file; check the path, which must name the journal the station writes"));
    return open();
}

bool JobJournal::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const auto abandon = [&query](const QString &why) {
        query.exec(QStringLiteral("ROLLBACK"));
        return why;
    };
    // Two processes opening a new journal together would otherwise both find it empty and both
    // create the tables; the second waits, then finds the schema made.
    for (const QString &statement : m_dialect.beginSchemaChange()) {
        if (!query.exec(statement))
            return fail(tr("creating the schema"), abandon(query.lastError().text()));
    }
    if (!query.exec(m_dialect.schemaVersionTableCount()) || !query.next())
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
                                                  "to %2); update this station before it uses this journal")
                                                   .arg(version)
                                                   .arg(schemaVersion)));
        // Each version's changes from the one before: version 2 keeps what recovery needs (the
        // device's serial, the topics, the owning run); version 3 tells a standalone revoke from a
        // provisioning job; version 4 keeps a revoke's reason and indexes what the history page
        // searches by; version 5 keeps what a job left for a person (left_behind); version 6 names the
        // journal (an identity of its own) and keeps where a job moved from another journal came from
        // (journal migrate); version 7 keeps how each job spoke to its device (device_access: the
        // profile as set up, the line's rate, an MCUmgr device's file layout), so that a delete or a
        // restore from the journal acts where the job wrote. The rows written before stay as they are:
        // all provisioning jobs, and without device_access, the defaults in force when they ran.
        // A version 5 that named the journal without left_behind existed only on a development branch
        // and never shipped: version 5 is the one stations wrote, with left_behind.
        const QList<QStringList> updates{
            {QStringLiteral("ALTER TABLE jobs ADD COLUMN device_serial TEXT"),
             QStringLiteral("ALTER TABLE jobs ADD COLUMN topics TEXT"),
             QStringLiteral("ALTER TABLE jobs ADD COLUMN run_id TEXT")},
            {QStringLiteral("ALTER TABLE jobs ADD COLUMN kind TEXT NOT NULL DEFAULT 'provision'")},
            QStringList{QStringLiteral("ALTER TABLE jobs ADD COLUMN reason TEXT")} + historyIndexes(),
            leftBehindSchema(),
            identityAndOrigin(),
            {QStringLiteral("ALTER TABLE jobs ADD COLUMN device_access %1").arg(m_dialect.textColumn())},
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
    for (const QString &statement : createStatements()) {
        if (!query.exec(statement))
            return fail(tr("creating the schema"), abandon(query.lastError().text()));
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(tr("creating the schema"), abandon(query.lastError().text()));
    return true;
}

QStringList JobJournal::createStatements() const
{
    const QString id = m_dialect.idColumn();
    const QString text = m_dialect.textColumn();
    return QStringList{
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE jobs (id %1, started_at %2 NOT NULL, finished_at %2, "
                       "operator %2, station %2, port %2, profile %2, slot INTEGER, device_id %2, "
                       "cert_id %2, arn %2, outcome %2, error %2, device_serial %2, topics %2, "
                       "run_id %2, kind %2 NOT NULL DEFAULT 'provision', reason %2, device_access %2)")
            .arg(id, text),
        QStringLiteral("CREATE TABLE steps (id %1, job_id BIGINT NOT NULL REFERENCES jobs(id), "
                       "name %2 NOT NULL, started_at %2 NOT NULL, finished_at %2, ok INTEGER, detail %2)")
            .arg(id, text),
        // What support staff search by, and what recover looks for.
        QStringLiteral("CREATE INDEX jobs_device_id ON jobs(device_id)"),
        QStringLiteral("CREATE INDEX jobs_cert_id ON jobs(cert_id)"),
        QStringLiteral("CREATE INDEX jobs_started_at ON jobs(started_at)"),
        QStringLiteral("CREATE INDEX jobs_unfinished ON jobs(finished_at)"),
        QStringLiteral("CREATE INDEX steps_job_id ON steps(job_id)"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(schemaVersion),
    } + historyIndexes() + leftBehindSchema()
        + identityAndOrigin() + m_dialect.extraTables(defaultRunLeaseSeconds);
}

// What a job left for a person, one row an item, open until someone finishes it.
QStringList JobJournal::leftBehindSchema() const
{
    return {QStringLiteral("CREATE TABLE left_behind (id %1, job_id BIGINT NOT NULL REFERENCES jobs(id), kind %2 NOT NULL, "
                           "action %2 NOT NULL, cert_id %2, device_id %2, port %2, device_serial %2, slot INTEGER, "
                           "certificate_state %2, certificate_revoked INTEGER, device_confirmed INTEGER, "
                           "requested_at %2, device_state %2, restore_command %3, problem %2, recorded_at %2 NOT NULL, "
                           "finished_at %2, finished_by %2, finished_how %2)")
                .arg(m_dialect.idColumn(), m_dialect.textColumn(), m_dialect.bytesColumn()),
            QStringLiteral("CREATE INDEX left_behind_open ON left_behind(finished_at)"),
            QStringLiteral("CREATE INDEX left_behind_job_id ON left_behind(job_id)")};
}

QStringList JobJournal::identityAndOrigin() const
{
    return {QStringLiteral("ALTER TABLE jobs ADD COLUMN origin %1").arg(m_dialect.textColumn()),
            QStringLiteral("CREATE UNIQUE INDEX jobs_origin ON jobs(origin)"),
            QStringLiteral("CREATE TABLE journal_identity (id TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO journal_identity (id) VALUES ('%1')")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))};
}

QString JobJournal::identity() const
{
    m_error.clear();
    QSqlQuery query(connection());
    if (!m_open || !query.exec(QStringLiteral("SELECT id FROM journal_identity"))) {
        readFailed(tr("reading the journal's identity"), query);
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

JobJournal::Import JobJournal::importJob(const Job &job, const QList<Step> &steps,
                                         const QList<LeftBehindRecord> &leftBehind, const QString &origin)
{
    const QString what = tr("importing job %1").arg(origin);
    if (!m_open) {
        fail(what, tr("not open"));
        return Import::Failed;
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        fail(what, db.lastError().text());
        return Import::Failed;
    }
    const auto abandon = [&](const QString &why) {
        db.rollback();
        fail(what, why);
        return Import::Failed;
    };
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO jobs (started_at, finished_at, operator, station, port, profile, slot, device_id, cert_id, arn, "
        "outcome, error, device_serial, topics, run_id, kind, reason, device_access, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (origin) DO NOTHING RETURNING id"));
    for (const QVariant &value :
         {timeText(job.startedAt), timeText(job.finishedAt), textOrNull(job.operatorName), textOrNull(job.station),
          textOrNull(job.port), textOrNull(job.profile), QVariant(job.slot), textOrNull(job.deviceId),
          textOrNull(job.certificateId), textOrNull(job.arn),
          job.outcome == JobResult::Outcome::Pending ? QVariant(QMetaType(QMetaType::QString))
                                                     : QVariant(JobResult::outcomeName(job.outcome)),
          textOrNull(job.error), textOrNull(job.deviceSerial), topicsText(job.topics), textOrNull(job.runId),
          QVariant(kindName(job.kind)), textOrNull(job.reason), textOrNull(job.deviceAccess), QVariant(origin)})
        insert.addBindValue(value);
    if (!insert.exec())
        return abandon(insert.lastError().text());
    if (!insert.next()) {
        db.rollback();
        return Import::AlreadyThere;
    }
    const qint64 id = insert.value(0).toLongLong();
    for (const Step &step : steps) {
        QSqlQuery row(db);
        row.prepare(QStringLiteral("INSERT INTO steps (job_id, name, started_at, finished_at, ok, detail) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"));
        row.addBindValue(id);
        row.addBindValue(stepNameText(step.name));
        row.addBindValue(timeText(step.startedAt));
        row.addBindValue(timeText(step.finishedAt));
        row.addBindValue(step.finishedAt.isValid() ? QVariant(step.ok ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)));
        row.addBindValue(textOrNull(step.detail));
        if (!row.exec())
            return abandon(row.lastError().text());
    }
    // Finished items keep who finished them, when and how: the audit trail moves with the job.
    for (const LeftBehindRecord &record : leftBehind) {
        QSqlQuery row(db);
        row.prepare(QStringLiteral("INSERT INTO left_behind (job_id, kind, action, cert_id, device_id, port, device_serial, "
                                   "slot, certificate_state, certificate_revoked, device_confirmed, requested_at, "
                                   "device_state, restore_command, problem, recorded_at, finished_at, finished_by, "
                                   "finished_how) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const LeftBehind &item = record.item;
        for (const QVariant &value :
             {QVariant(id), QVariant(LeftBehind::kindName(item.kind)), QVariant(LeftBehind::actionName(item.action)),
              textOrNull(item.certificateId), textOrNull(item.deviceId), textOrNull(item.port),
              textOrNull(item.deviceSerial), QVariant(item.slot), textOrNull(item.certificateState),
              QVariant(item.certificateRevoked ? 1 : 0), QVariant(item.deviceConfirmed ? 1 : 0), timeText(item.requestedAt),
              textOrNull(item.deviceState), QVariant(item.restoreCommand), textOrNull(item.problem),
              timeText(record.recordedAt), timeText(record.finishedAt), textOrNull(record.finishedBy),
              textOrNull(record.finishedHow)})
            row.addBindValue(value);
        if (!row.exec())
            return abandon(row.lastError().text());
    }
    if (!db.commit())
        return abandon(db.lastError().text());
    Q_EMIT jobAdded(id);
    return Import::Imported;
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
    if (m_dialect.backend() == JournalLocation::Backend::Postgres)
        return holdRunLease();
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

std::unique_ptr<JobJournal::RunClaim> JobJournal::claimRun(const QString &runId, QString *holder)
{
    m_error.clear();
    if (m_dialect.backend() == JournalLocation::Backend::Postgres)
        return claimRunLease(runId, holder);
    if (runId.isEmpty() || runId.contains(QLatin1Char('/')) || runId.contains(QLatin1Char('\\')))
        return nullptr;
    const QString lockPath = runLockPath(runId);
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return std::make_unique<RunClaim>([held = std::shared_ptr<QLockFile>(std::move(lock))] {});
    qint64 pid = 0;
    QString host;
    QString application;
    if (holder && lock->getLockInfo(&pid, &host, &application))
        *holder = holderDescription(application, pid, host);
    return nullptr;
}

QString JobJournal::holderDescription(const QString &application, qint64 pid, const QString &host)
{
    return tr("%1 (process %2 on %3)").arg(application).arg(pid).arg(host);
}

QString JobJournal::ownHolderDescription()
{
    return holderDescription(QCoreApplication::applicationName(), QCoreApplication::applicationPid(),
                             QSysInfo::machineHostName());
}

void JobJournal::releaseLease(const QString &runId) const
{
    QSqlQuery release(QSqlDatabase::database(m_connectionName, false));
    release.prepare(QStringLiteral("DELETE FROM run_leases WHERE run_id = ? AND holder_run = ?"));
    release.addBindValue(runId);
    release.addBindValue(m_runId);
    release.exec();
}

bool JobJournal::holdRunLease()
{
    if (m_leaseHeld)
        return true;
    if (!write(tr("recording a new job"),
               QStringLiteral("INSERT INTO run_leases (run_id, holder_run, holder, heartbeat_at, lease_seconds) "
                              "VALUES (?, ?, ?, now(), ?)"),
               {m_runId, m_runId, ownHolderDescription(), std::chrono::duration<double>(m_runLease).count()}))
        return false;
    m_leaseHeld = true;
    m_heartbeat.start(m_runLease / 3);
    return true;
}

std::unique_ptr<JobJournal::RunClaim> JobJournal::claimRunLease(const QString &runId, QString *holder)
{
    if (runId.isEmpty())
        return nullptr;
    if (!m_open) {
        fail(tr("taking over run %1").arg(runId), tr("not open"));
        return nullptr;
    }
    // One statement, so that of two recoverers only one takes it: a run with no lease row (its jobs
    // came from elsewhere) is free, one whose heartbeat is older than the lease has expired, and one
    // this run already holds stays held.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery claim(db);
    claim.prepare(QStringLiteral(
        "INSERT INTO run_leases (run_id, holder_run, holder, heartbeat_at, lease_seconds) VALUES (?, ?, ?, now(), ?) "
        "ON CONFLICT (run_id) DO UPDATE SET holder_run = excluded.holder_run, holder = excluded.holder, "
        "heartbeat_at = now(), lease_seconds = excluded.lease_seconds WHERE run_leases.holder_run = excluded.holder_run "
        "OR run_leases.heartbeat_at < now() - make_interval(secs => run_leases.lease_seconds) RETURNING run_id"));
    claim.addBindValue(runId);
    claim.addBindValue(m_runId);
    claim.addBindValue(ownHolderDescription());
    claim.addBindValue(std::chrono::duration<double>(m_runLease).count());
    if (!claim.exec()) {
        // As any statement that failed: the next one makes the connection again.
        m_reconnect = true;
        fail(tr("taking over run %1").arg(runId), claim.lastError().text());
        return nullptr;
    }
    if (claim.next()) {
        m_heartbeat.start(m_runLease / 3);
        return std::make_unique<RunClaim>([journal = QPointer<JobJournal>(this), runId] {
            if (journal)
                journal->releaseLease(runId);
        });
    }
    if (holder) {
        QSqlQuery who(db);
        who.prepare(QStringLiteral("SELECT holder, extract(epoch FROM now() - heartbeat_at), lease_seconds FROM run_leases "
                                   "WHERE run_id = ?"));
        who.addBindValue(runId);
        if (who.exec() && who.next())
            *holder = tr("%1, whose last heartbeat was %2 s ago (its lease lasts %3 s)")
                          .arg(ForeignText::escaped(who.value(0).toString()))
                          .arg(who.value(1).toDouble(), 0, 'f', 1)
                          .arg(who.value(2).toDouble(), 0, 'f', 1);
    }
    return nullptr;
}

void JobJournal::heartbeat()
{
    // A failure (the database away for a moment) is tried again at the next beat; the lease lasts
    // three beats. The spool is handed over only by a run that still owns its jobs.
    if (renewLease())
        handOverSpool();
}

bool JobJournal::renewLease()
{
    if (!m_leaseLost.isEmpty())
        return false;
    if (m_dialect.backend() != JournalLocation::Backend::Postgres)
        return true;
    // Renews this run's own lease and those of the runs it took over.
    const QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    QSqlQuery renew(db);
    renew.prepare(QStringLiteral("UPDATE run_leases SET heartbeat_at = now() WHERE holder_run = ?"));
    renew.addBindValue(m_runId);
    if (!renew.exec()) {
        m_reconnect = true;
        return false;
    }
    if (!m_leaseHeld)
        return true;
    // Away from the database for longer than the lease, this run may have been taken for dead and its
    // jobs recovered by another station (the row then names that station, or is gone once it is done).
    QSqlQuery own(db);
    own.prepare(QStringLiteral("SELECT holder_run, holder FROM run_leases WHERE run_id = ?"));
    own.addBindValue(m_runId);
    if (!own.exec()) {
        m_reconnect = true;
        return false;
    }
    if (!own.next())
        m_leaseLost = tr("another station recovered this station's jobs while this station could not reach the "
                         "database");
    else if (own.value(0).toString() != m_runId)
        m_leaseLost = tr("%1 took over this station's jobs while this station could not reach the database")
                          .arg(ForeignText::escaped(own.value(1).toString()));
    return m_leaseLost.isEmpty();
}

bool JobJournal::failWhenLeaseLost(const QString &what)
{
    if (m_leaseLost.isEmpty())
        return false;
    fail(what, tr("%1; nothing more is recorded for them, and the rows this station kept in its local spool while "
                  "the database was away stay there. Restart the station: the station that recovered the jobs "
                  "owns them now.")
                   .arg(m_leaseLost));
    return true;
}

QSqlDatabase JobJournal::connection() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A database server that went away ended the connection for good; the next statement after a
    // failure gets a new one, so that the station works again once the server is back. The statement
    // that failed is not sent again: whether it was committed is not known, and the job it belonged
    // to has been told it failed.
    // Not more often than every two seconds: a server on the network that does not answer costs the
    // connect timeout each time.
    if (m_reconnect && m_dialect.backend() == JournalLocation::Backend::Postgres
        && (!m_lastReconnect.isValid() || m_lastReconnect.hasExpired(2000))) {
        m_lastReconnect.start();
        db.close();
        QString why;
        if (db.open() && m_dialect.prepareSession(db, &why))
            m_reconnect = false;
    }
    return db;
}

std::optional<QSqlQuery> JobJournal::write(const QString &what, const QString &statement, const QVariantList &values)
{
    if (!m_open) {
        fail(what, tr("not open"));
        return std::nullopt;
    }
    const QSqlDatabase db = connection();
    if (!db.isOpen()) {
        fail(what, tr("the connection to the journal's database is lost. Make sure its server is running and "
                      "reachable."));
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_reconnect = true;
        // Nearly always the place, not the statement: a folder that is not writable, a full disk, a
        // database server that went away.
        fail(what, m_dialect.backend() == JournalLocation::Backend::Sqlite
                       ? tr("%1. Make sure the journal's folder is writable and its disk has space.")
                             .arg(query.lastError().text())
                       : tr("%1. Make sure the journal's database server is running and reachable.")
                             .arg(query.lastError().text().trimmed()));
        return std::nullopt;
    }
    return query;
}

JournalSpool *JobJournal::spool(QString *why)
{
    if (!m_spool) {
        auto spool = std::make_unique<JournalSpool>(m_spoolPath);
        if (!spool->open(why))
            return nullptr;
        m_spool = std::move(spool);
    }
    return m_spool.get();
}

bool JobJournal::databaseReachable() const
{
    return connection().isOpen() && !m_reconnect;
}

std::optional<JobJournal::Written> JobJournal::record(const QString &what, JournalSpool::Statement statement,
                                                      WhenUnreachable unreachable)
{
    // Every row from here on would belong to jobs another station has recovered.
    if (failWhenLeaseLost(what))
        return std::nullopt;
    const bool returnsId = statement.statement.endsWith(QLatin1String(" RETURNING id"));
    const auto keep = [&]() -> std::optional<Written> {
        const qint64 provisionalId = keepInSpool(what, {statement});
        if (provisionalId == 0)
            return std::nullopt;
        return Written{returnsId ? provisionalId : 1};
    };
    // What waits in the spool goes first, so that the shared journal gets every row in order.
    if (!handOverSpool()) {
        if (failWhenLeaseLost(what))
            return std::nullopt;
        if (unreachable == WhenUnreachable::Keep)
            return keep();
        fail(what, tr("rows of running jobs wait in the local spool and cannot be handed to the shared journal: %1.")
                       .arg(m_handOverFailure));
        return std::nullopt;
    }
    withRealIds(statement.values);
    std::optional<QSqlQuery> query = write(what, statement.statement, statement.values);
    if (!query) {
        // The server may have committed it and only its answer was lost: the entry kept for it finds
        // the row (Statement::existing) rather than making a second one when it is handed over.
        if (spools() && unreachable == WhenUnreachable::Keep && !databaseReachable())
            return keep();
        return std::nullopt;
    }
    if (!returnsId)
        return Written{query->numRowsAffected()};
    if (!query->next()) {
        fail(what, tr("the database returned no ID"));
        return std::nullopt;
    }
    return Written{query->value(0).toLongLong()};
}

bool JobJournal::handOverSpool()
{
    m_handOverFailure.clear();
    if (!m_spool && (m_spoolPath.isEmpty() || !QFileInfo::exists(m_spoolPath)))
        return true;
    QString why;
    if (!spool(&why)) {
        m_handOverFailure = why;
        return false;
    }
    if (!m_spool->hasWaitingEntries())
        return true;
    // Rows of jobs another station recovered while this one was away must not land on them: the lease
    // is renewed, and this run's ownership checked, before anything is handed over.
    if (!renewLease()) {
        m_handOverFailure = m_leaseLost.isEmpty()
            ? tr("the shared journal cannot be reached. Make sure the journal's database server is running and "
                 "reachable")
            : tr("%1; they stay there").arg(m_leaseLost);
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen() || !m_spool->handOver(db, &why)) {
        m_reconnect = true;
        // A database that refuses an entry holds up every entry after it: what it said is kept for
        // the messages of the writes that wait.
        m_handOverFailure = tr("%1. Make sure the journal's database server is running and reachable")
                                .arg(db.isOpen() ? why.trimmed() : db.lastError().text().trimmed());
        return false;
    }
    return true;
}

bool JobJournal::spools() const
{
    return m_dialect.backend() == JournalLocation::Backend::Postgres && !m_spoolPath.isEmpty();
}

qint64 JobJournal::keepInSpool(const QString &what, const QList<JournalSpool::Statement> &statements)
{
    QString why;
    JournalSpool *kept = spool(&why);
    const qint64 provisionalId = kept ? kept->keep(statements, &why) : 0;
    if (provisionalId == 0) {
        fail(what, cannotKeep(why));
        return 0;
    }
    m_error.clear();
    return provisionalId;
}

QString JobJournal::cannotKeep(const QString &why) const
{
    return m_handOverFailure.isEmpty()
        ? tr("the shared journal cannot be reached and %1").arg(why)
        : tr("rows of running jobs wait in the local spool and cannot be handed to the shared journal (%1), and %2")
              .arg(m_handOverFailure, why);
}

bool JobJournal::isSpooling() const
{
    return m_spool && m_spool->hasWaitingEntries();
}

bool JobJournal::updateRow(const QString &what, const QString &statement, const QVariantList &values)
{
    const std::optional<Written> written = record(what, {statement, values}, WhenUnreachable::Keep);
    if (written && written->value != 1)
        return fail(what, tr("no such row"));
    return written.has_value();
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
    // A job is begun only where it can be journaled: never into the spool.
    const std::optional<Written> written = record(
        tr("recording a new job"),
        {QStringLiteral("INSERT INTO jobs (started_at, operator, station, port, profile, slot, device_id, cert_id, arn, "
                        "run_id, kind, reason, device_access) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
         {job.startedAt.isValid() ? timeText(job.startedAt) : QVariant(now()), textOrNull(job.operatorName),
          textOrNull(job.station), textOrNull(job.port), textOrNull(job.profile), job.slot, textOrNull(job.deviceId),
          textOrNull(job.certificateId), textOrNull(job.arn), m_runId, kindName(job.kind), textOrNull(job.reason),
          textOrNull(job.deviceAccess)}},
        WhenUnreachable::Refuse);
    if (!written)
        return 0;
    const qint64 id = written->value;
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
    const QString startedAt = now();
    // A job's step of one name begun in the same millisecond is the same step.
    const std::optional<Written> written =
        record(tr("recording step %1 of job %2").arg(text).arg(jobId),
               {QStringLiteral("INSERT INTO steps (job_id, name, started_at, detail) VALUES (?, ?, ?, ?) RETURNING id"),
                {jobId, text, startedAt, textOrNull(detail)},
                QStringLiteral("SELECT id FROM steps WHERE job_id = ? AND name = ? AND started_at = ?"),
                {jobId, text, startedAt}},
               WhenUnreachable::Keep);
    if (!written)
        return 0;
    const qint64 id = written->value;
    Q_EMIT jobChanged(jobId);
    return id;
}

bool JobJournal::finishStep(qint64 stepId, bool ok, const QString &detail)
{
    // A detail given at the start (the slot, the certificate) stays unless the result has its own.
    const QString what = tr("recording the end of step %1").arg(stepId);
    if (!updateRow(what, QStringLiteral("UPDATE steps SET finished_at = ?, ok = ?, detail = coalesce(?, detail) WHERE id = ?"),
                   {now(), ok ? 1 : 0, textOrNull(detail), stepId}))
        return false;
    // The row is written; a job to announce it for that cannot be read back only costs the announcement.
    // A step kept in the spool is not in the database yet.
    QSqlDatabase db = connection();
    if (stepId < 0 || !db.isOpen())
        return true;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT job_id FROM steps WHERE id = ?"));
    query.addBindValue(stepId);
    if (!query.exec()) {
        // Only the announcement is lost, so errorString() stays as the write left it; the connection
        // is made again as after any other read that failed.
        m_reconnect = true;
        return true;
    }
    if (query.next())
        Q_EMIT jobChanged(query.value(0).toLongLong());
    return true;
}

bool JobJournal::finishJob(qint64 jobId, JobResult::Outcome outcome, const QString &error,
                           const QList<LeftBehind> &leftBehind)
{
    const QString what = tr("recording the end of job %1").arg(jobId);
    if (outcome == JobResult::Outcome::Pending)
        return fail(what, tr("a job cannot end pending"));
    const QString finishedAt = now();
    QList<JournalSpool::Statement> statements{
        {QStringLiteral("UPDATE jobs SET finished_at = ?, outcome = ?, error = ? WHERE id = ?"),
         {finishedAt, JobResult::outcomeName(outcome), textOrNull(error), jobId}}};
    for (const LeftBehind &item : leftBehind)
        statements.append({QStringLiteral("INSERT INTO left_behind (job_id, kind, action, cert_id, device_id, port, "
                                          "device_serial, slot, certificate_state, certificate_revoked, device_confirmed, "
                                          "requested_at, device_state, restore_command, problem, recorded_at) VALUES (?, "
                                          "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {jobId, LeftBehind::kindName(item.kind), LeftBehind::actionName(item.action),
                            textOrNull(item.certificateId), textOrNull(item.deviceId), textOrNull(item.port),
                            textOrNull(item.deviceSerial), item.slot, textOrNull(item.certificateState),
                            item.certificateRevoked ? 1 : 0, item.deviceConfirmed ? 1 : 0, timeText(item.requestedAt),
                            textOrNull(item.deviceState), item.restoreCommand, textOrNull(item.problem), finishedAt},
                           // One job's end records each item once: its kind, action and certificate tell it apart.
                           QStringLiteral("SELECT id FROM left_behind WHERE job_id = ? AND recorded_at = ? AND kind = ? "
                                          "AND action = ? AND cert_id IS NOT DISTINCT FROM ? AND slot = ?"),
                           {jobId, finishedAt, LeftBehind::kindName(item.kind), LeftBehind::actionName(item.action),
                            textOrNull(item.certificateId), item.slot}});
    if (!recordTogether(what, statements))
        return false;
    Q_EMIT jobChanged(jobId);
    return true;
}

bool JobJournal::recordTogether(const QString &what, QList<JournalSpool::Statement> statements)
{
    if (!m_open)
        return fail(what, tr("not open"));
    if (failWhenLeaseLost(what))
        return false;
    const auto keep = [&] { return keepInSpool(what, statements) != 0; };
    // What waits in the spool goes first, so that the shared journal gets every row in order.
    if (!handOverSpool())
        return failWhenLeaseLost(what) ? false : keep();
    for (JournalSpool::Statement &statement : statements)
        withRealIds(statement.values);
    QSqlDatabase db = connection();
    if (!db.isOpen() || !db.transaction()) {
        m_reconnect = true;
        if (spools() && !databaseReachable())
            return keep();
        return fail(what, db.lastError().text());
    }
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const std::optional<QSqlQuery> query = write(what, statements.at(i).statement, statements.at(i).values);
        // The first statement names the job: it must change exactly that one row.
        if (query && (i > 0 || query->numRowsAffected() == 1))
            continue;
        db.rollback();
        if (!query && spools() && !databaseReachable())
            return keep();
        return query ? fail(what, tr("no such row")) : false;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        m_reconnect = true;
        if (spools() && !databaseReachable())
            return keep();
        return fail(what, why);
    }
    return true;
}

void JobJournal::withRealIds(QVariantList &values) const
{
    for (QVariant &value : values) {
        if (value.metaType().id() == QMetaType::LongLong && value.toLongLong() < 0)
            value = m_spool ? m_spool->realId(value.toLongLong()) : 0;
    }
}

bool JobJournal::finishLeftBehind(qint64 itemId, const QString &operatorName, const QString &how)
{
    const QList<LeftBehindRecord> found = selectLeftBehind(QStringLiteral("id = ?"), {itemId});
    const QString what = tr("recording item %1 as done").arg(itemId);
    if (found.isEmpty())
        return m_error.isEmpty() ? fail(what, tr("no such item")) : false;
    // Two people may act on the same item from two windows: the second learns who was first.
    if (const LeftBehindRecord &item = found.constFirst(); item.finishedAt.isValid())
        return fail(what, tr("already finished by %1 at %2; refresh the list")
                              .arg(item.finishedBy.isEmpty() ? tr("someone") : ForeignText::escaped(item.finishedBy),
                                   item.finishedAt.toUTC().toString(Qt::ISODate)));
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
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, (SELECT station FROM jobs WHERE jobs.id = left_behind.job_id) FROM "
                                 "left_behind WHERE %2 ORDER BY id")
                      .arg(QLatin1String(leftBehindColumns), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!m_open || !query.exec()) {
        readFailed(tr("reading what jobs left behind"), query);
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
        record.station = query.value(20).toString();
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

bool JobJournal::forEachJob(const QString &where, const QVariantList &values, const Page &page,
                            const std::function<bool(const Job &)> &visit) const
{
    m_error.clear();
    QSqlQuery query(connection());
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
        // "No limit" as a number both back ends take (SQLite's -1 is an error to PostgreSQL).
        query.addBindValue(page.limit >= 0 ? qint64(page.limit) : std::numeric_limits<qint64>::max());
        query.addBindValue(page.offset);
    }
    if (!m_open || !query.exec()) {
        return readFailed(tr("searching jobs"), query);
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
                return fail(tr("reading job %1").arg(job.id), unknownName(tr("outcome"), outcome));
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
            return fail(tr("reading job %1").arg(job.id), unknownName(tr("kind"), kind));
        }
        job.kind = *knownKind;
        job.reason = query.value(17).toString();
        job.deviceAccess = query.value(18).toString();
        job.certificateRevokedAt = parseTime(query.value(19));
        if (!visit(job))
            return false;
    }
    // A connection lost half-way through the rows ends them early, with the error.
    if (query.lastError().isValid())
        return readFailed(tr("searching jobs"), query);
    return true;
}

QList<JobJournal::Job> JobJournal::selectJobs(const QString &where, const QVariantList &values, const Page &page) const
{
    QList<Job> result;
    const bool read = forEachJob(where, values, page, [&result](const Job &job) {
        result.append(job);
        return true;
    });
    return read ? result : QList<Job>();
}

QList<JobJournal::Job> JobJournal::jobs() const
{
    return jobs(Filter(), Page());
}

QList<JobJournal::Job> JobJournal::jobs(const Filter &filter) const
{
    return jobs(filter, Page());
}

QString JobJournal::filterCondition(const Filter &filter, QVariantList *boundValues) const
{
    QStringList conditions;
    QVariantList &values = *boundValues;
    if (!filter.deviceId.isEmpty()) {
        conditions << QStringLiteral("device_id = ?");
        values << filter.deviceId;
    }
    if (!filter.certificatePrefix.isEmpty()) {
        // A range over the case-blind index rather than LIKE, so that % and _ in what was typed match
        // only themselves and 100,000 jobs are not read one by one. Both back ends fold ASCII only;
        // the range ends at the prefix followed by the last code point, so the one ID it misses
        // would have U+10FFFF after the prefix (certificate IDs are hexadecimal).
        conditions << m_dialect.caseBlindCertificateRange();
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
    return conditions.join(QLatin1String(" AND "));
}

QList<JobJournal::Job> JobJournal::jobs(const Filter &filter, const Page &page) const
{
    QVariantList values;
    const QString condition = filterCondition(filter, &values);
    return selectJobs(condition, values, page);
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

QStringList JobJournal::deviceAccesses(const QString &profile, int limit) const
{
    m_error.clear();
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT device_access FROM jobs WHERE profile = ? AND device_access IS NOT NULL "
                                 "GROUP BY device_access ORDER BY max(id) DESC LIMIT ?"));
    query.addBindValue(profile);
    query.addBindValue(limit);
    if (!m_open || !query.exec()) {
        readFailed(tr("reading how jobs spoke to their devices"), query);
        return {};
    }
    QStringList accesses;
    while (query.next())
        accesses << query.value(0).toString();
    return accesses;
}

QList<JobJournal::Step> JobJournal::steps(qint64 jobId) const
{
    m_error.clear();
    QList<Step> result;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, job_id, name, started_at, finished_at, ok, detail FROM steps "
                                 "WHERE job_id = ? ORDER BY id"));
    query.addBindValue(jobId);
    if (!m_open || !query.exec()) {
        readFailed(tr("reading the steps of job %1").arg(jobId), query);
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

QStringList JobJournal::csvHeader()
{
    // The run ID is the station's own bookkeeping; support staff have no use for it.
    return {QStringLiteral("id"), QStringLiteral("started_at"), QStringLiteral("finished_at"),
            QStringLiteral("operator"), QStringLiteral("station"), QStringLiteral("port"),
            QStringLiteral("profile"), QStringLiteral("slot"), QStringLiteral("device_id"),
            QStringLiteral("cert_id"), QStringLiteral("arn"), QStringLiteral("outcome"), QStringLiteral("error"),
            QStringLiteral("device_serial"), QStringLiteral("topics"), QStringLiteral("kind"),
            QStringLiteral("reason"), QStringLiteral("certificate_revoked_at")};
}

QStringList JobJournal::csvFields(const Job &job)
{
    return {QString::number(job.id),
            job.startedAt.isValid() ? job.startedAt.toUTC().toString(Qt::ISODateWithMs) : QString(),
            job.finishedAt.isValid() ? job.finishedAt.toUTC().toString(Qt::ISODateWithMs) : QString(),
            job.operatorName, job.station, job.port, job.profile, QString::number(job.slot), job.deviceId,
            job.certificateId, job.arn,
            job.outcome == JobResult::Outcome::Pending ? QString() : JobResult::outcomeName(job.outcome),
            job.error,
            // One topic per line of the cell: a topic may hold commas and spaces.
            job.deviceSerial, job.topics.join(QLatin1Char('\n')), kindName(job.kind), job.reason,
            job.certificateRevokedAt.isValid() ? job.certificateRevokedAt.toUTC().toString(Qt::ISODateWithMs)
                                               : QString()};
}

QString JobJournal::toCsv(const QList<Job> &jobs)
{
    CsvWriter csv(csvHeader());
    for (const Job &job : jobs)
        csv.addRow(csvFields(job));
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

bool JobJournal::exportCsv(const Filter &filter, const Page &page, const QString &fileName, qsizetype *exported) const
{
    // Written as it is read, a few thousand rows at a time, so that a factory's whole history (a
    // million jobs) costs the memory of those rows, not of every job and all the text. Still all or
    // nothing: QSaveFile replaces the file only once the last row is written.
    constexpr int rowsPerWrite = 4096;
    const QString what = tr("exporting to %1").arg(fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(what, file.errorString());
    CsvWriter csv(csvHeader());
    qsizetype rows = 0;
    const auto writeOut = [&] { return file.write(csv.takeText().toUtf8()) >= 0; };
    QVariantList values;
    const QString condition = filterCondition(filter, &values);
    const bool read = forEachJob(condition, values, page, [&](const Job &job) {
        csv.addRow(csvFields(job));
        return ++rows % rowsPerWrite != 0 || writeOut();
    });
    if (!read) {
        // A write that failed stopped the reading: the file's error is the one to tell.
        if (file.error() != QFileDevice::NoError)
            return fail(what, file.errorString());
        return false;
    }
    if (!writeOut() || !file.commit())
        return fail(what, file.errorString());
    if (exported)
        *exported = rows;
    return true;
}
