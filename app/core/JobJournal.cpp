#include "JobJournal.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSaveFile>
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

const char jobColumns[] = "id, started_at, finished_at, operator, station, port, profile, slot, device_id, cert_id, "
                          "arn, outcome, error";

} // namespace

JobJournal::JobJournal(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
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

bool JobJournal::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return fail(tr("creating the schema"), query.lastError().text());
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next())
        return fail(tr("reading the schema version"), query.lastError().text());
    const QVariant found = query.value(0);
    query.finish();
    if (!found.isNull()) {
        const int version = found.toInt();
        if (version > schemaVersion)
            return fail(tr("opening"), tr("written by a newer program (schema version %1, this program knows up to %2)")
                                           .arg(version)
                                           .arg(schemaVersion));
        return true;
    }
    if (!db.transaction())
        return fail(tr("creating the schema"), db.lastError().text());
    const QStringList statements{
        QStringLiteral("CREATE TABLE jobs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, "
                       "operator TEXT, station TEXT, port TEXT, profile TEXT, slot INTEGER, device_id TEXT, "
                       "cert_id TEXT, arn TEXT, outcome TEXT, error TEXT)"),
        QStringLiteral("CREATE TABLE steps (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id), "
                       "name TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, ok INTEGER, detail TEXT)"),
        // What support staff search by, and what recover looks for.
        QStringLiteral("CREATE INDEX jobs_device_id ON jobs(device_id)"),
        QStringLiteral("CREATE INDEX jobs_cert_id ON jobs(cert_id)"),
        QStringLiteral("CREATE INDEX jobs_started_at ON jobs(started_at)"),
        QStringLiteral("CREATE INDEX jobs_unfinished ON jobs(finished_at)"),
        QStringLiteral("CREATE INDEX steps_job_id ON steps(job_id)"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(schemaVersion),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const QString why = query.lastError().text();
            db.rollback();
            return fail(tr("creating the schema"), why);
        }
    }
    if (!db.commit())
        return fail(tr("creating the schema"), db.lastError().text());
    return true;
}

QString JobJournal::journalMode() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
        return {};
    return query.value(0).toString();
}

qint64 JobJournal::beginJob(const Job &job)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO jobs (started_at, operator, station, port, profile, slot, device_id, "
                                 "cert_id, arn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(job.startedAt.isValid() ? timeText(job.startedAt) : QVariant(now()));
    query.addBindValue(textOrNull(job.operatorName));
    query.addBindValue(textOrNull(job.station));
    query.addBindValue(textOrNull(job.port));
    query.addBindValue(textOrNull(job.profile));
    query.addBindValue(job.slot);
    query.addBindValue(textOrNull(job.deviceId));
    query.addBindValue(textOrNull(job.certificateId));
    query.addBindValue(textOrNull(job.arn));
    if (!m_open || !query.exec()) {
        fail(tr("recording a new job"), m_open ? query.lastError().text() : tr("not open"));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool JobJournal::setCertificate(qint64 jobId, const QString &certificateId, const QString &arn)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE jobs SET cert_id = ?, arn = ? WHERE id = ?"));
    query.addBindValue(textOrNull(certificateId));
    query.addBindValue(textOrNull(arn));
    query.addBindValue(jobId);
    if (!m_open || !query.exec() || query.numRowsAffected() != 1)
        return fail(tr("recording certificate %1 for job %2").arg(certificateId).arg(jobId),
                    m_open ? query.lastError().text() : tr("not open"));
    return true;
}

qint64 JobJournal::beginStep(qint64 jobId, const QString &name, const QString &detail)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO steps (job_id, name, started_at, detail) VALUES (?, ?, ?, ?)"));
    query.addBindValue(jobId);
    query.addBindValue(name);
    query.addBindValue(now());
    query.addBindValue(textOrNull(detail));
    if (!m_open || !query.exec()) {
        fail(tr("recording step %1 of job %2").arg(name).arg(jobId), m_open ? query.lastError().text() : tr("not open"));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool JobJournal::finishStep(qint64 stepId, bool ok, const QString &detail)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // A detail given at the start (the slot, the certificate) stays unless the result has its own.
    query.prepare(QStringLiteral("UPDATE steps SET finished_at = ?, ok = ?, detail = coalesce(?, detail) WHERE id = ?"));
    query.addBindValue(now());
    query.addBindValue(ok ? 1 : 0);
    query.addBindValue(textOrNull(detail));
    query.addBindValue(stepId);
    if (!m_open || !query.exec() || query.numRowsAffected() != 1)
        return fail(tr("recording the end of step %1").arg(stepId), m_open ? query.lastError().text() : tr("not open"));
    return true;
}

bool JobJournal::finishJob(qint64 jobId, const QString &outcome, const QString &error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE jobs SET finished_at = ?, outcome = ?, error = ? WHERE id = ?"));
    query.addBindValue(now());
    query.addBindValue(outcome);
    query.addBindValue(textOrNull(error));
    query.addBindValue(jobId);
    if (!m_open || !query.exec() || query.numRowsAffected() != 1)
        return fail(tr("recording the end of job %1").arg(jobId), m_open ? query.lastError().text() : tr("not open"));
    return true;
}

QList<JobJournal::Job> JobJournal::selectJobs(const QString &where, const QVariantList &values) const
{
    QList<Job> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM jobs%2 ORDER BY started_at DESC, id DESC")
                      .arg(QLatin1String(jobColumns), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant &value : values)
        query.addBindValue(value);
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
        job.outcome = query.value(11).toString();
        job.error = query.value(12).toString();
        result.append(job);
    }
    return result;
}

QList<JobJournal::Job> JobJournal::jobs(const Filter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.deviceId.isEmpty()) {
        conditions << QStringLiteral("device_id = ?");
        values << filter.deviceId;
    }
    if (!filter.certificatePrefix.isEmpty()) {
        // substr rather than LIKE, so that % and _ in what was typed match only themselves.
        conditions << QStringLiteral("lower(substr(cert_id, 1, ?)) = lower(?)");
        values << filter.certificatePrefix.size() << filter.certificatePrefix;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("started_at >= ?");
        values << timeText(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("started_at < ?");
        values << timeText(filter.to);
    }
    if (!filter.outcome.isEmpty()) {
        conditions << QStringLiteral("outcome = ?");
        values << filter.outcome;
    }
    return selectJobs(conditions.join(QLatin1String(" AND ")), values);
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

QList<JobJournal::Step> JobJournal::steps(qint64 jobId) const
{
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
        step.name = query.value(2).toString();
        step.startedAt = parseTime(query.value(3));
        step.finishedAt = parseTime(query.value(4));
        step.ok = query.value(5).toInt() != 0;
        step.detail = query.value(6).toString();
        result.append(step);
    }
    return result;
}

QString JobJournal::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString JobJournal::toCsv(const QList<Job> &jobs)
{
    QString csv = QString::fromLatin1(jobColumns).remove(QLatin1Char(' ')) + QLatin1String("\r\n");
    for (const Job &job : jobs) {
        const QStringList fields{QString::number(job.id),
                                 job.startedAt.isValid() ? job.startedAt.toUTC().toString(Qt::ISODateWithMs) : QString(),
                                 job.finishedAt.isValid() ? job.finishedAt.toUTC().toString(Qt::ISODateWithMs) : QString(),
                                 job.operatorName, job.station, job.port, job.profile, QString::number(job.slot),
                                 job.deviceId, job.certificateId, job.arn, job.outcome, job.error};
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        csv += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return csv;
}

bool JobJournal::exportCsv(const QList<Job> &jobs, const QString &fileName)
{
    // All or nothing: a half-written export would look like a short history.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("exporting to %1").arg(fileName), file.errorString());
    file.write(toCsv(jobs).toUtf8());
    if (!file.commit())
        return fail(tr("exporting to %1").arg(fileName), file.errorString());
    return true;
}
