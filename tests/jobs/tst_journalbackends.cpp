#include "EmulatedFoundry.h"
#include "PostgresServer.h"
#include "SimulatedDevice.h"
#include "TestMain.h"
#include "device/DeviceAccess.h"
#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "device/SerialLink.h"
#include "jobs/JobJournal.h"
#include "jobs/JournalDialect.h"
#include "jobs/JournalLocation.h"
#include "jobs/JournalRecovery.h"
#include "jobs/NeedsAttentionModel.h"
#include "jobs/ProvisioningJob.h"
#include "jobs/StationRecovery.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

using State = ProvisioningJob::State;
using Outcome = JobResult::Outcome;
using Backend = JournalLocation::Backend;
using StepName = JobJournal::StepName;

// The journal's guarantees, the same test body on both back ends (SQLite on a real file, PostgreSQL
// on a real server the test starts), and what only a shared database has: leases between stations.
class TestJournalBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void parsesLocations_data();
    void parsesLocations();
    void recordsAndReadsBack_data();
    void recordsAndReadsBack();
    void searchesAndPages_data();
    void searchesAndPages();
    void refusesANewerSchema_data();
    void refusesANewerSchema();
    void upgradesAVersion6Journal_data();
    void upgradesAVersion6Journal();
    void twoStationsAtOnce_data();
    void twoStationsAtOnce();
    void claimsOnlyARunThatEnded_data();
    void claimsOnlyARunThatEnded();
    void heartbeatKeepsALiveRunsLease();
    void killedStationIsRecoveredOnlyAfterItsLease();
    void unreachableDatabaseRefusesAJob();
    void runningJobSpoolsWhileTheDatabaseIsAway();
    void writeWhoseAnswerWasLostIsNotRecordedTwice();
    void handedOverEntriesGoAfterAWeek();
    void spoolFromBeforePruningKeepsItsEntriesAWeek();
    void jobEndWithWhatItLeftWaitsInTheSpool();
    void migratesAStationJournalOnce();
    void realJobOutlivesTheDatabase();
    void laneRecoversOnlyItsOwnStationsJobs();
    void windowOffersOnlyItsOwnStationsJobs();
    void needsAttentionSeesOtherStationsItems();
    void commandLineSaysWhenTheDatabaseIsAway();
    void stationWhoseJobsWereTakenOverStopsRecording();
    void spooledRowsNeverLandOnJobsTakenOver();
    void refusedSpoolEntrySaysWhy();
    void unansweredClaimLeavesTheJobUnfinished();

private:
    // A fresh, empty journal location for the current test: a new file, or a new database.
    QString freshLocation(Backend backend);
    void setLease(const QString &database, double seconds);

    PostgresServer m_postgres;
    EmulatedFoundry m_foundry{QStringLiteral("backends-test-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_databases = 0;
};

void TestJournalBackends::initTestCase()
{
    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY2(m_foundry.start(&why), qPrintable(why));
}

void TestJournalBackends::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestJournalBackends::freshLocation(Backend backend)
{
    if (backend == Backend::Sqlite)
        return m_dir->filePath(QStringLiteral("journal-%1.sqlite").arg(++m_databases));
    const QString name = QStringLiteral("journal_%1").arg(++m_databases);
    QString why;
    if (!m_postgres.createDatabase(name, &why))
        qWarning("%s", qPrintable(why));
    return m_postgres.url(name);
}

void TestJournalBackends::setLease(const QString &database, double seconds)
{
    QString why;
    QVERIFY2(m_postgres.execute(QStringLiteral("UPDATE journal_settings SET run_lease_seconds = %1").arg(seconds), &why,
                                database),
             qPrintable(why));
}

namespace {

void bothBackends()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgresql") << Backend::Postgres;
}

JobJournal::Job newJob(const QString &station, const QString &deviceId, const QString &certificateId = {})
{
    JobJournal::Job job;
    job.operatorName = QStringLiteral("ada");
    job.station = station;
    job.port = QStringLiteral("/dev/ttyACM0");
    job.profile = QStringLiteral("station");
    job.slot = 1;
    job.deviceId = deviceId;
    job.certificateId = certificateId;
    job.deviceAccess = DeviceAccess{job.profile, 57600, SmpFileLayout::defaults()}.toText();
    return job;
}

// One item of each shape: a certificate to revoke, and a device whose mode a command (bytes that are
// not text) puts back.
QList<LeftBehind> leftBehindItems()
{
    LeftBehind certificate;
    certificate.kind = LeftBehind::Kind::CertificateOnFoundry;
    certificate.action = LeftBehind::Action::RevokeCertificate;
    certificate.certificateId = QStringLiteral("BEEF01");
    certificate.deviceId = QStringLiteral("dev-2");
    certificate.certificateState = QStringLiteral("active");
    LeftBehind device;
    device.kind = LeftBehind::Kind::DeviceModeNotRestored;
    device.action = LeftBehind::Action::RestoreDeviceMode;
    device.port = QStringLiteral("/dev/ttyACM0");
    device.deviceSerial = QStringLiteral("SN-2");
    device.slot = 2;
    device.deviceConfirmed = true;
    device.requestedAt = QDateTime(QDate(2026, 11, 29), QTime(12, 0, 1, 250), QTimeZone::UTC);
    device.deviceState = QStringLiteral("bootloader");
    device.restoreCommand = QByteArray("AT+MODE=0\r\n\x00\xff", 13);
    device.problem = QStringLiteral("no answer");
    return {certificate, device};
}

// What the server did with writes whose answer the connection lost: it committed them. Runs every
// waiting spool entry on the database in one transaction, with its values, as the station sent them
// before the connection broke.
bool commitAsSentBeforeTheAnswerWasLost(const QString &spoolFile, const QString &location)
{
    QList<QPair<QString, QJsonArray>> waiting;
    {
        QSqlDatabase spool = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spool-lost"));
        spool.setDatabaseName(spoolFile);
        QSqlQuery read(spool);
        if (spool.open() && read.exec(QStringLiteral("SELECT statement, entry_values FROM entries WHERE handed_over = 0 "
                                                     "ORDER BY seq"))) {
            while (read.next())
                waiting.append({read.value(0).toString(), QJsonDocument::fromJson(read.value(1).toString().toUtf8()).array()});
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spool-lost"));
    if (waiting.isEmpty())
        return false;
    QString why;
    const std::optional<JournalLocation> parsed = JournalLocation::parse(location, &why);
    bool committed = false;
    {
        const JournalDialect dialect(JournalLocation::Backend::Postgres);
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), QStringLiteral("server-side"));
        dialect.configure(db, *parsed, QString());
        committed = db.open() && db.transaction();
        for (const auto &[statement, values] : std::as_const(waiting)) {
            QSqlQuery write(db);
            committed = committed && write.prepare(statement);
            for (const QJsonValue &value : values) {
                const QJsonObject object = value.toObject();
                if (object.contains(QLatin1String("null")))
                    write.addBindValue(QVariant(QMetaType(QMetaType::QString)));
                else if (object.contains(QLatin1String("integer")))
                    write.addBindValue(object.value(QLatin1String("integer")).toString().toLongLong());
                else if (object.contains(QLatin1String("bytes")))
                    write.addBindValue(QByteArray::fromBase64(object.value(QLatin1String("bytes")).toString().toLatin1()));
                else
                    write.addBindValue(object.value(QLatin1String("text")).toString());
            }
            committed = committed && write.exec();
            if (!committed)
                qWarning("%s: %s", qPrintable(statement), qPrintable(write.lastError().text()));
        }
        committed = committed && db.commit();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server-side"));
    return committed;
}

bool sameItems(const QList<JobJournal::LeftBehindRecord> &records, const QList<LeftBehind> &items)
{
    if (records.size() != items.size())
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const LeftBehind &read = records.at(i).item;
        const LeftBehind &written = items.at(i);
        if (read.kind != written.kind || read.action != written.action || read.certificateId != written.certificateId
            || read.deviceId != written.deviceId || read.port != written.port || read.deviceSerial != written.deviceSerial
            || read.slot != written.slot || read.certificateState != written.certificateState
            || read.certificateRevoked != written.certificateRevoked || read.deviceConfirmed != written.deviceConfirmed
            || read.requestedAt != written.requestedAt || read.deviceState != written.deviceState
            || read.restoreCommand != written.restoreCommand || read.problem != written.problem)
            return false;
    }
    return true;
}

QString databaseOf(const QString &url)
{
    QString why;
    return JournalLocation::parse(url, &why)->databaseName();
}

} // namespace

void TestJournalBackends::parsesLocations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("saying"); // what the refusal says, or the connect options when accepted

    QTest::newRow("file") << QStringLiteral("/var/lib/station/journal.sqlite") << true << QString();
    QTest::newRow("socket") << QStringLiteral("postgresql://station@/factory?host=/run/postgresql") << true
                            << QStringLiteral("connect_timeout=5");
    QTest::newRow("verify-full")
        << QStringLiteral("postgresql://station7@db.factory.example:5433/journal?sslmode=verify-full&sslrootcert=/etc/ca's.pem")
        << true << QStringLiteral("connect_timeout=5;sslmode=verify-full;sslrootcert='/etc/ca\\'s.pem'");
    QTest::newRow("password") << QStringLiteral("postgresql://station7:secret@db.example/journal?sslrootcert=/ca.pem")
                              << false << QStringLiteral("PGPASSFILE");
    QTest::newRow("empty password") << QStringLiteral("postgresql://station7:@db.example/journal?sslrootcert=/ca.pem")
                                    << false << QStringLiteral("password");
    QTest::newRow("line feed") << QStringLiteral("postgresql://station@db.example/journal\n?sslrootcert=/ca.pem") << false
                               << QStringLiteral("control character");
    QTest::newRow("carriage return in a file")
        << QStringLiteral("/tmp/journal\r.sqlite") << false << QStringLiteral("control character");
    QTest::newRow("right-to-left override in a file")
        << QStringLiteral("/tmp/journal\u202Eetilqs.sqlite") << false << QStringLiteral("control character");
    QTest::newRow("encoded line feed")
        << QStringLiteral("postgresql://station@db.example/journal?sslrootcert=/ca.pem%0Aevil") << false
        << QStringLiteral("control character");
    QTest::newRow("network without verify-full")
        << QStringLiteral("postgresql://station@db.example/journal?sslmode=require") << false
        << QStringLiteral("verify-full");
    QTest::newRow("verify-full without a CA") << QStringLiteral("postgresql://station@db.example/journal") << false
                                              << QStringLiteral("sslrootcert");
    QTest::newRow("unknown parameter")
        << QStringLiteral("postgresql://station@/journal?host=/run/postgresql&options=-c%20x=1") << false
        << QStringLiteral("options");
    QTest::newRow("no database") << QStringLiteral("postgresql://station@/?host=/run/postgresql") << false
                                 << QStringLiteral("one database");
    QTest::newRow("semicolon in the CA file")
        << QStringLiteral("postgresql://station@db.example/journal?sslrootcert=/ca.pem;host=evil") << false
        << QStringLiteral("';'");
    QTest::newRow("loopback without TLS") << QStringLiteral("postgres://station@127.0.0.1/journal") << true
                                          << QStringLiteral("connect_timeout=5;sslmode=disable");
}

void TestJournalBackends::parsesLocations()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, saying);
    QString why;
    const std::optional<JournalLocation> location = JournalLocation::parse(text, &why);
    QCOMPARE(location.has_value(), accepted);
    if (!accepted) {
        QVERIFY2(why.contains(saying), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1String("secret")), qPrintable(why));
        // The journal refuses it the same way, before any connection.
        JobJournal journal(text);
        QVERIFY(!journal.open());
        QVERIFY2(journal.errorString().contains(saying), qPrintable(journal.errorString()));
        return;
    }
    if (location->backend() == Backend::Postgres)
        QCOMPARE(location->connectOptions(), saying);
    else
        QCOMPARE(location->filePath(), text);
}

void TestJournalBackends::recordsAndReadsBack_data()
{
    bothBackends();
}

void TestJournalBackends::recordsAndReadsBack()
{
    QFETCH(Backend, backend);
    JobJournal journal(freshLocation(backend));
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    QCOMPARE(journal.backend(), backend);
    QSignalSpy added(&journal, &JobJournal::jobAdded);
    QSignalSpy changed(&journal, &JobJournal::jobChanged);

    const qint64 first = journal.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-1")));
    QVERIFY2(first > 0, qPrintable(journal.errorString()));
    const qint64 second = journal.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-2")));
    QVERIFY(second > first);
    QCOMPARE(added.size(), 2);
    QVERIFY(journal.setDevice(first, QStringLiteral("SN-1"), {QStringLiteral("fleet/a,b/up"), QStringLiteral("x")}));
    QVERIFY(journal.setCertificate(first, QStringLiteral("ABCDEF01"), QStringLiteral("arn:aws:iot:cert/ABCDEF01")));
    const qint64 step = journal.beginStep(first, State::WritingCertificate, QStringLiteral("slot 1"));
    QVERIFY(step > 0);
    const qint64 restore = journal.beginStep(first, JobJournal::DeviceStep::ChangingDeviceState, QStringLiteral("AT+CFUN=1"));
    QVERIFY(restore > step);
    QVERIFY(journal.finishStep(step, true));
    QVERIFY(journal.finishStep(restore, false, QStringLiteral("no answer")));
    QVERIFY(!journal.finishStep(restore + 1000, true));
    QVERIFY(journal.finishJob(first, Outcome::Done, {}));
    QVERIFY(!journal.finishJob(first, Outcome::Pending, {}));
    QVERIFY(changed.size() >= 6);

    const std::optional<JobJournal::Job> done = journal.job(first);
    QVERIFY(done);
    QCOMPARE(done->outcome, Outcome::Done);
    QCOMPARE(done->deviceSerial, QStringLiteral("SN-1"));
    QCOMPARE(done->topics, (QStringList{QStringLiteral("fleet/a,b/up"), QStringLiteral("x")}));
    QCOMPARE(done->certificateId, QStringLiteral("ABCDEF01"));
    QCOMPARE(done->station, QStringLiteral("bench-1"));
    QCOMPARE(done->runId, journal.runId());
    QVERIFY(done->finishedAt.isValid() && done->finishedAt >= done->startedAt);
    const QList<JobJournal::Step> steps = journal.steps(first);
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).name, StepName(State::WritingCertificate));
    QCOMPARE(steps.at(0).detail, QStringLiteral("slot 1")); // kept: the result gave none
    QVERIFY(steps.at(0).ok);
    QCOMPARE(steps.at(1).name, StepName(JobJournal::DeviceStep::ChangingDeviceState));
    QCOMPARE(steps.at(1).detail, QStringLiteral("no answer"));
    QVERIFY(!steps.at(1).ok);

    const QList<JobJournal::Job> unfinished = journal.unfinishedJobs();
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.constFirst().id, second);
    QVERIFY(journal.provisionedJob(QStringLiteral("dev-1")));

    // A revoke of that certificate that ended done takes it back, on both.
    JobJournal::Job revoke = newJob(QStringLiteral("support-desk"), QStringLiteral("dev-1"), QStringLiteral("ABCDEF01"));
    revoke.kind = JobJournal::Kind::Revoke;
    revoke.reason = QStringLiteral("returned unit");
    const qint64 revokeId = journal.beginJob(revoke);
    QVERIFY(journal.finishJob(revokeId, Outcome::Done, {}));
    QVERIFY(!journal.provisionedJob(QStringLiteral("dev-1")));
    QVERIFY(journal.errorString().isEmpty());
    QVERIFY(journal.job(first)->certificateRevokedAt.isValid());
    QCOMPARE(journal.job(revokeId)->reason, QStringLiteral("returned unit"));

    // What a job left for a person is written with its end, read back as written (bytes too), and
    // finished once, by whom and how.
    const QList<LeftBehind> items = leftBehindItems();
    QVERIFY2(journal.finishJob(second, Outcome::NeedsAttention, QStringLiteral("rollback failed"), items),
             qPrintable(journal.errorString()));
    QCOMPARE(journal.job(second)->outcome, Outcome::NeedsAttention);
    QList<JobJournal::LeftBehindRecord> open = journal.openLeftBehind();
    QVERIFY2(journal.errorString().isEmpty(), qPrintable(journal.errorString()));
    QCOMPARE(open.size(), 2);
    QVERIFY(sameItems(open, items));
    for (const JobJournal::LeftBehindRecord &record : std::as_const(open)) {
        QCOMPARE(record.jobId, second);
        QVERIFY(record.recordedAt.isValid() && !record.finishedAt.isValid());
    }
    QVERIFY2(journal.finishLeftBehind(open.constFirst().id, QStringLiteral("grace"), QStringLiteral("revoked")),
             qPrintable(journal.errorString()));
    QVERIFY(!journal.finishLeftBehind(open.constFirst().id, QStringLiteral("grace"), QStringLiteral("again")));
    QVERIFY2(journal.errorString().contains(QLatin1String("already finished by grace at ")),
             qPrintable(journal.errorString()));
    QVERIFY2(journal.errorString().contains(QLatin1String("refresh the list")), qPrintable(journal.errorString()));
    open = journal.openLeftBehind();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().item.kind, LeftBehind::Kind::DeviceModeNotRestored);
    const QList<JobJournal::LeftBehindRecord> ofJob = journal.leftBehind(second);
    QCOMPARE(ofJob.size(), 2);
    QCOMPARE(ofJob.constFirst().finishedBy, QStringLiteral("grace"));
    QCOMPARE(ofJob.constFirst().finishedHow, QStringLiteral("revoked"));
    QVERIFY(ofJob.constFirst().finishedAt.isValid());

    // Opened again, as the next start of the station: the schema is there and the rows with it.
    JobJournal again(journal.path());
    QVERIFY2(again.open(), qPrintable(again.errorString()));
    QCOMPARE(again.jobs().size(), 3);
    QCOMPARE(again.openLeftBehind().size(), 1);
}

void TestJournalBackends::searchesAndPages_data()
{
    bothBackends();
}

void TestJournalBackends::searchesAndPages()
{
    QFETCH(Backend, backend);
    JobJournal journal(freshLocation(backend));
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    const QStringList certificates{QStringLiteral("abc100"), QStringLiteral("ABC200"), QStringLiteral("abd300"),
                                   QStringLiteral("ab%400"), QStringLiteral("ab_500")};
    for (int i = 0; i < certificates.size(); ++i) {
        const qint64 id = journal.beginJob(newJob(i % 2 ? QStringLiteral("bench-2") : QStringLiteral("bench-1"),
                                                  QStringLiteral("dev-%1").arg(i), certificates.at(i)));
        QVERIFY(id > 0);
        if (i < 3)
            QVERIFY(journal.finishJob(id, i == 1 ? Outcome::Failed : Outcome::Done, {}));
    }
    const auto certificateIds = [](const QList<JobJournal::Job> &jobs) {
        QStringList ids;
        for (const JobJournal::Job &job : jobs)
            ids << job.certificateId;
        return ids;
    };
    JobJournal::Filter filter;
    filter.certificatePrefix = QStringLiteral("aBc");
    QCOMPARE(certificateIds(journal.jobs(filter)), (QStringList{QStringLiteral("ABC200"), QStringLiteral("abc100")}));
    filter.certificatePrefix = QStringLiteral("ab%");
    QCOMPARE(certificateIds(journal.jobs(filter)), QStringList{QStringLiteral("ab%400")});
    filter = {};
    filter.station = QStringLiteral("bench-2");
    QCOMPARE(certificateIds(journal.jobs(filter)), (QStringList{QStringLiteral("ab%400"), QStringLiteral("ABC200")}));
    filter = {};
    filter.outcome = Outcome::Pending;
    QCOMPARE(journal.jobs(filter).size(), 2);
    filter.outcome = Outcome::Failed;
    QCOMPARE(certificateIds(journal.jobs(filter)), QStringList{QStringLiteral("ABC200")});

    // Pages read one after another neither repeat nor skip; "from an offset on, no limit" too.
    JobJournal::Page page;
    page.column = JobJournal::SortColumn::CertificateId;
    page.order = Qt::AscendingOrder;
    page.limit = 2;
    QStringList paged;
    for (page.offset = 0; page.offset < 6; page.offset += 2)
        paged += certificateIds(journal.jobs({}, page));
    QStringList sorted = certificates;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(paged, sorted);
    page.limit = -1;
    page.offset = 1;
    QCOMPARE(certificateIds(journal.jobs({}, page)), sorted.mid(1));
    QVERIFY(journal.errorString().isEmpty());
}

void TestJournalBackends::refusesANewerSchema_data()
{
    bothBackends();
}

void TestJournalBackends::refusesANewerSchema()
{
    QFETCH(Backend, backend);
    const QString location = freshLocation(backend);
    {
        JobJournal journal(location);
        QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    }
    const QString bump = QStringLiteral("UPDATE schema_version SET version = %1").arg(JobJournal::schemaVersion + 1);
    if (backend == Backend::Postgres) {
        QString why;
        QVERIFY2(m_postgres.execute(bump, &why, databaseOf(location)), qPrintable(why));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(location);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(bump));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    }
    JobJournal journal(location);
    QVERIFY(!journal.open());
    QVERIFY2(journal.errorString().contains(QLatin1String("newer program"))
                 && journal.errorString().contains(QString::number(JobJournal::schemaVersion + 1))
                 && journal.errorString().contains(QLatin1String("update this station")),
             qPrintable(journal.errorString()));
}

void TestJournalBackends::upgradesAVersion6Journal_data()
{
    bothBackends();
}

// Version 7 added only jobs.device_access, so a version 6 journal is this program's schema without it.
// Its jobs stay readable, with nothing recorded of how they spoke to their devices: they take the
// defaults in force when they ran. Jobs recorded after the update keep what they record.
void TestJournalBackends::upgradesAVersion6Journal()
{
    QFETCH(Backend, backend);
    const QString location = freshLocation(backend);
    {
        JobJournal journal(location);
        QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    }
    const QStringList toVersion6{
        QStringLiteral("ALTER TABLE jobs DROP COLUMN device_access"),
        QStringLiteral("UPDATE schema_version SET version = 6"),
        QStringLiteral("INSERT INTO jobs (started_at, station, port, profile, slot, device_id, cert_id, run_id, kind) "
                       "VALUES ('2026-11-28T10:00:00.000Z', 'bench-6', '/dev/ttyACM0', 'mcumgr-smp', 2, 'dev-v6', "
                       "'c6c6', 'run-gone', 'provision')"),
    };
    if (backend == Backend::Postgres) {
        for (const QString &statement : toVersion6) {
            QString why;
            QVERIFY2(m_postgres.execute(statement, &why, databaseOf(location)), qPrintable(why));
        }
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version6"));
        db.setDatabaseName(location);
        QVERIFY(db.open());
        for (const QString &statement : toVersion6) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("version6"));
    }

    DeviceAccess recorded;
    recorded.profile = QStringLiteral("mcumgr-smp");
    recorded.baudRate = 921600;
    recorded.smpFiles = SmpFileLayout::defaults(SmpFileLayout::Encoding::Der);
    recorded.smpFiles.privateKeyPath = QStringLiteral("/lfs/secure/{slot}/key.der");
    qint64 newId = 0;
    {
        JobJournal journal(location);
        QVERIFY2(journal.open(), qPrintable(journal.errorString()));
        const QList<JobJournal::Job> jobs = journal.jobs();
        QVERIFY2(journal.errorString().isEmpty(), qPrintable(journal.errorString()));
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.constFirst().deviceId, QStringLiteral("dev-v6"));
        QVERIFY(jobs.constFirst().deviceAccess.isEmpty());
        QString problem;
        const std::optional<DeviceAccess> old =
            DeviceAccess::fromJournal(jobs.constFirst().profile, jobs.constFirst().deviceAccess, 57600, &problem);
        QVERIFY2(old, qPrintable(problem));
        QCOMPARE(old->profile, QStringLiteral("mcumgr-smp"));
        QCOMPARE(old->smpFiles, SmpFileLayout::defaults());
        // The rate a person gives the action, as before the journal kept one.
        QCOMPARE(old->baudRate, 57600);

        JobJournal::Job job = newJob(QStringLiteral("bench-7"), QStringLiteral("dev-v7"));
        job.profile = recorded.profile;
        job.deviceAccess = recorded.toText();
        newId = journal.beginJob(job);
        QVERIFY2(newId != 0, qPrintable(journal.errorString()));
    }
    // Opened again: nothing is updated twice, and the new job reads back what it recorded.
    JobJournal journal(location);
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    const std::optional<JobJournal::Job> job = journal.job(newId);
    QVERIFY2(job, qPrintable(journal.errorString()));
    QString problem;
    const std::optional<DeviceAccess> read = DeviceAccess::fromJournal(job->profile, job->deviceAccess, 115200, &problem);
    QVERIFY2(read, qPrintable(problem));
    QCOMPARE(*read, recorded);
    // Where the profile's jobs wrote, for reading a device: the old job recorded nothing.
    QCOMPARE(journal.deviceAccesses(QStringLiteral("mcumgr-smp"), 8), QStringList{recorded.toText()});
    QVERIFY2(journal.errorString().isEmpty(), qPrintable(journal.errorString()));
}

void TestJournalBackends::twoStationsAtOnce_data()
{
    bothBackends();
}

// Two stations, each on its own thread with its own connection, record jobs into one journal at the
// same moment: every row of each is there, with its station, and each job's steps in order.
void TestJournalBackends::twoStationsAtOnce()
{
    QFETCH(Backend, backend);
    const QString location = freshLocation(backend);
    {
        JobJournal schema(location);
        QVERIFY2(schema.open(), qPrintable(schema.errorString()));
    }
    constexpr int jobsPerStation = 25;
    const QList<State> states{State::Identifying, State::Generating, State::WritingCertificate, State::WritingKey,
                              State::Provisioning};
    QStringList failures;
    QMutex failuresLock;
    const auto station = [&](const QString &name) {
        JobJournal journal(location);
        const auto failed = [&](const QString &what) {
            QMutexLocker locked(&failuresLock);
            failures << name + QStringLiteral(": ") + what + QStringLiteral(": ") + journal.errorString();
        };
        if (!journal.open())
            return failed(QStringLiteral("open"));
        for (int i = 0; i < jobsPerStation; ++i) {
            const qint64 job = journal.beginJob(newJob(name, QStringLiteral("%1-dev-%2").arg(name).arg(i)));
            if (job == 0)
                return failed(QStringLiteral("beginJob"));
            for (State state : states) {
                const qint64 step = journal.beginStep(job, state);
                if (step == 0 || !journal.finishStep(step, true))
                    return failed(QStringLiteral("step"));
            }
            if (!journal.finishJob(job, Outcome::Done, {}))
                return failed(QStringLiteral("finishJob"));
        }
    };
    std::unique_ptr<QThread> first(QThread::create(station, QStringLiteral("bench-1")));
    std::unique_ptr<QThread> second(QThread::create(station, QStringLiteral("bench-2")));
    first->start();
    second->start();
    QVERIFY(first->wait(120000) && second->wait(120000));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    JobJournal reader(location);
    QVERIFY(reader.open());
    const QList<JobJournal::Job> jobs = reader.jobs();
    QCOMPARE(jobs.size(), 2 * jobsPerStation);
    QSet<QString> devices;
    for (const JobJournal::Job &job : jobs) {
        QCOMPARE(job.outcome, Outcome::Done);
        QVERIFY(job.deviceId.startsWith(job.station + QLatin1Char('-')));
        devices.insert(job.deviceId);
        const QList<JobJournal::Step> steps = reader.steps(job.id);
        QCOMPARE(steps.size(), states.size());
        for (int i = 0; i < states.size(); ++i)
            QCOMPARE(steps.at(i).name, StepName(states.at(i)));
    }
    QCOMPARE(devices.size(), 2 * jobsPerStation);
}

void TestJournalBackends::claimsOnlyARunThatEnded_data()
{
    bothBackends();
}

// A run that records jobs is held while its journal lives; once it ended, one recoverer takes it and
// a second does not while the first holds it.
void TestJournalBackends::claimsOnlyARunThatEnded()
{
    QFETCH(Backend, backend);
    const QString location = freshLocation(backend);
    auto station = std::make_unique<JobJournal>(location);
    QVERIFY(station->open());
    QVERIFY(station->beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-1"))) > 0);
    const QString run = station->runId();

    JobJournal recoverer(location);
    QVERIFY(recoverer.open());
    QString holder;
    QVERIFY(!recoverer.claimRun(run, &holder));
    QVERIFY2(!holder.isEmpty(), "the holder is named");
    station.reset();
    std::unique_ptr<JobJournal::RunClaim> claim = recoverer.claimRun(run, &holder);
    QVERIFY2(claim, qPrintable(recoverer.errorString()));
    JobJournal another(location);
    QVERIFY(another.open());
    QVERIFY(!another.claimRun(run, &holder));
    claim.reset();
    QVERIFY(another.claimRun(run, &holder));
}

// A station whose lease is a second long keeps its run for several seconds through its heartbeat.
void TestJournalBackends::heartbeatKeepsALiveRunsLease()
{
    const QString location = freshLocation(Backend::Postgres);
    {
        JobJournal schema(location);
        QVERIFY(schema.open());
    }
    setLease(databaseOf(location), 1);
    JobJournal station(location);
    QVERIFY(station.open());
    QVERIFY(station.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-1"))) > 0);
    JobJournal recoverer(location);
    QVERIFY(recoverer.open());
    QTest::qWait(3500);
    QString holder;
    QVERIFY(!recoverer.claimRun(station.runId(), &holder));
    QVERIFY2(holder.contains(QLatin1String("lease lasts 1.0 s")), qPrintable(holder));
}

// Station A (foundry-station-cli provision, a real process) is killed mid-job; station B's recovery
// first leaves the job alone, because A's lease has not expired, and recovers it once it has. The lease
// is long, so that the first recovery surely comes within it however busy the machine; it expires by
// moving A's last heartbeat back past it rather than by waiting.
void TestJournalBackends::killedStationIsRecoveredOnlyAfterItsLease()
{
    const QString location = freshLocation(Backend::Postgres);
    {
        JobJournal schema(location);
        QVERIFY(schema.open());
    }
    constexpr int leaseSeconds = 120;
    setLease(databaseOf(location), leaseSeconds);
    SimulatedDevice device(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(device.start(QStringLiteral("station"), {QStringLiteral("--command-ms"), QStringLiteral("150"),
                                                     QStringLiteral("--write-ms"), QStringLiteral("150")}));
    QProcess stationA;
    m_foundry.startCli(stationA, {QStringLiteral("provision"), QStringLiteral("--port"), device.portName(),
                                  QStringLiteral("--profile"), QStringLiteral("station"), QStringLiteral("--device-id"),
                                  QStringLiteral("killed-station-a"), QStringLiteral("--topics"),
                                  QStringLiteral("fleet/a/up"), QStringLiteral("--journal"), location});
    QVERIFY(stationA.waitForStarted());
    JobJournal stationB(location);
    QVERIFY(stationB.open());
    const bool writing = QTest::qWaitFor(
        [&] {
            const QList<JobJournal::Job> jobs = stationB.jobs();
            if (jobs.isEmpty() || stationA.state() == QProcess::NotRunning)
                return stationA.state() == QProcess::NotRunning;
            const QList<JobJournal::Step> steps = stationB.steps(jobs.constFirst().id);
            return !steps.isEmpty() && steps.constLast().name == StepName(State::WritingCertificate);
        },
        60000);
    QVERIFY2(writing && stationA.state() == QProcess::Running, stationA.readAllStandardError().constData());
    stationA.kill();
    QVERIFY(stationA.waitForFinished(10000));
    QElapsedTimer sinceKill;
    sinceKill.start();

    const auto recover = [&] {
        JournalRecovery recovery(&m_foundry.client(), &stationB);
        QSignalSpy finished(&recovery, &JournalRecovery::finished);
        recovery.start();
        if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 30000))
            return QList<JournalRecovery::Recovered>();
        return recovery.recovered();
    };
    const QList<JournalRecovery::Recovered> early = recover();
    QCOMPARE(early.size(), 1);
    QCOMPARE(early.constFirst().outcome, JournalRecovery::Outcome::Running);
    QVERIFY2(early.constFirst().summary.contains(QLatin1String("left alone")), qPrintable(early.constFirst().summary));
    QVERIFY(sinceKill.elapsed() < leaseSeconds * 1000);

    QString why;
    QVERIFY2(m_postgres.execute(QStringLiteral("UPDATE run_leases SET heartbeat_at = now() - interval '1 hour' "
                                               "WHERE run_id = '%1'")
                                    .arg(early.constFirst().job.runId),
                                &why, databaseOf(location)),
             qPrintable(why));
    const QList<JournalRecovery::Recovered> late = recover();
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.constFirst().outcome, JournalRecovery::Outcome::Failed);
    const std::optional<JobJournal::Job> job = stationB.job(late.constFirst().job.id);
    QVERIFY(job);
    QCOMPARE(job->outcome, Outcome::Failed);
    QVERIFY(stationB.unfinishedJobs().isEmpty());
}

// The database goes away: a station cannot begin a job it cannot journal, and says why; once the
// database is back, the same journal records again.
void TestJournalBackends::unreachableDatabaseRefusesAJob()
{
    const QString location = freshLocation(Backend::Postgres);
    JobJournal station(location);
    QVERIFY(station.open());
    QVERIFY(station.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-before"))) > 0);
    m_postgres.stop();
    QCOMPARE(station.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-while-down"))), 0);
    QVERIFY2(station.errorString().contains(QLatin1String("running and reachable")),
             qPrintable(station.errorString()));
    JobJournal late(location);
    QVERIFY(!late.open());
    QVERIFY2(late.errorString().contains(QLatin1String("running and reachable")), qPrintable(late.errorString()));
    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY2(station.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-after"))) > 0,
             qPrintable(station.errorString()));
    QStringList devices;
    for (const JobJournal::Job &job : station.jobs())
        devices << job.deviceId;
    QCOMPARE(devices, (QStringList{QStringLiteral("dev-after"), QStringLiteral("dev-before")}));
}

// The support desk's list of what needs a person: an item another station leaves on the shared
// journal appears without anything announced at the desk, and goes once someone finishes it there.
// A SQLite journal is one station's own and is not read over and over.
void TestJournalBackends::needsAttentionSeesOtherStationsItems()
{
    const QString location = freshLocation(Backend::Postgres);
    JobJournal desk(location);
    QVERIFY(desk.open());
    NeedsAttentionModel model;
    model.setSharedJournalPollInterval(std::chrono::milliseconds(100));
    model.setJournal(&desk);
    QCOMPARE(model.rowCount(), 0);

    JobJournal bench(location);
    QVERIFY(bench.open());
    const qint64 job = bench.beginJob(newJob(QStringLiteral("bench-7"), QStringLiteral("dev-far")));
    QVERIFY(job > 0);
    QVERIFY(bench.finishJob(job, Outcome::NeedsAttention, QStringLiteral("left"), {leftBehindItems().constFirst()}));
    QVERIFY(QTest::qWaitFor([&model] { return model.rowCount() == 1; }, 10000));
    QVERIFY2(model.index(0).data().toString().contains(QLatin1String("bench-7")), qPrintable(model.index(0).data().toString()));

    const qint64 item = bench.leftBehind(job).constFirst().id;
    QVERIFY(bench.finishLeftBehind(item, QStringLiteral("ada"), QStringLiteral("revoked at the bench")));
    QVERIFY(QTest::qWaitFor([&model] { return model.rowCount() == 0; }, 10000));

    const QString file = freshLocation(Backend::Sqlite);
    JobJournal own(file);
    QVERIFY(own.open());
    NeedsAttentionModel ownModel;
    ownModel.setSharedJournalPollInterval(std::chrono::milliseconds(100));
    ownModel.setJournal(&own);
    JobJournal other(file);
    QVERIFY(other.open());
    const qint64 otherJob = other.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-near")));
    QVERIFY(other.finishJob(otherJob, Outcome::NeedsAttention, QStringLiteral("left"), {leftBehindItems().constFirst()}));
    QTest::qWait(500);
    QCOMPARE(ownModel.rowCount(), 0);
    ownModel.refresh();
    QCOMPARE(ownModel.rowCount(), 1);
}

// The database goes away mid-job: the job's steps are kept, durably, in the local spool (each write
// succeeds, so the job goes on with its device), a new job is refused, and once the database is back the
// rows reach it in order, exactly once, even when a second hand-over finds them handed over already.
void TestJournalBackends::runningJobSpoolsWhileTheDatabaseIsAway()
{
    const QString location = freshLocation(Backend::Postgres);
    const QString spoolFile = m_dir->filePath(QStringLiteral("spool.sqlite"));
    JobJournal station(location);
    station.setSpoolPath(spoolFile);
    QVERIFY(station.open());
    const qint64 job = station.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-spooled")));
    QVERIFY(job > 0);
    const qint64 identifying = station.beginStep(job, State::Identifying);
    QVERIFY(identifying > 0);
    QVERIFY(station.setDevice(job, QStringLiteral("SN-9"), {QStringLiteral("fleet/9/up")}));

    m_postgres.stop();
    QVERIFY2(station.finishStep(identifying, true), qPrintable(station.errorString()));
    const qint64 writing = station.beginStep(job, State::WritingCertificate, QStringLiteral("slot 1"));
    QVERIFY2(writing < 0, "a step begun in the spool has a provisional ID");
    QVERIFY(station.setCertificate(job, QStringLiteral("CAFE01"), QStringLiteral("arn:cert/CAFE01")));
    QVERIFY(station.finishStep(writing, true, QStringLiteral("stored")));
    QVERIFY(station.isSpooling());
    QCOMPARE(station.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-refused"))), 0);
    QVERIFY2(station.errorString().contains(QLatin1String("cannot be reached")), qPrintable(station.errorString()));

    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&station] { return station.handOverSpool(); }, 15000));
    QVERIFY(!station.isSpooling());
    // After the hand-over the provisional ID still names its step.
    const qint64 provisioning = station.beginStep(job, State::Provisioning);
    QVERIFY(provisioning > 0);
    QVERIFY(station.finishStep(provisioning, true));
    QVERIFY(station.finishJob(job, Outcome::Done, {}));

    // Every entry handed over again, as after a crash between the database's commit and the spool's,
    // by the station's next start: none is recorded twice.
    {
        QSqlDatabase spool = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spool-reset"));
        spool.setDatabaseName(spoolFile);
        QVERIFY(spool.open());
        QVERIFY(QSqlQuery(spool).exec(QStringLiteral("UPDATE entries SET handed_over = 0")));
        spool.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spool-reset"));
    JobJournal restarted(location);
    restarted.setSpoolPath(spoolFile);
    QVERIFY(restarted.open());
    QVERIFY(!restarted.isSpooling());

    const QList<JobJournal::Step> steps = restarted.steps(job);
    QList<StepName> names;
    for (const JobJournal::Step &step : steps) {
        names << step.name;
        QVERIFY(step.ok && step.finishedAt.isValid());
    }
    QCOMPARE(names, (QList<StepName>{State::Identifying, State::WritingCertificate, State::Provisioning}));
    QCOMPARE(steps.at(1).detail, QStringLiteral("stored"));
    const std::optional<JobJournal::Job> row = restarted.job(job);
    QCOMPARE(row->certificateId, QStringLiteral("CAFE01"));
    QCOMPARE(row->outcome, Outcome::Done);
    QCOMPARE(restarted.jobs().size(), 1);
}

// A station often cut off does not keep every row it ever spooled: entries handed over more than a
// week ago go when a spool is opened, those waiting and those handed over lately stay, and a
// provisional ID is never handed out twice (the newest entry stays for that).
void TestJournalBackends::handedOverEntriesGoAfterAWeek()
{
    const QString location = freshLocation(Backend::Postgres);
    const QString spoolFile = m_dir->filePath(QStringLiteral("spool.sqlite"));
    const auto entries = [&spoolFile](const QString &statement) {
        QList<qint64> sequence;
        {
            QSqlDatabase spool = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spool-look"));
            spool.setDatabaseName(spoolFile);
            if (spool.open()) {
                QSqlQuery query(spool);
                if (query.exec(statement)) {
                    while (query.next())
                        sequence << query.value(0).toLongLong();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("spool-look"));
        return sequence;
    };
    qint64 job = 0;
    qint64 lastProvisionalId = 0;
    {
        JobJournal station(location);
        station.setSpoolPath(spoolFile);
        QVERIFY(station.open());
        job = station.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-pruned")));
        QVERIFY(job > 0);
        m_postgres.stop();
        for (const State state : {State::Identifying, State::WritingCertificate, State::WritingKey}) {
            lastProvisionalId = station.beginStep(job, state);
            QVERIFY2(lastProvisionalId < 0, qPrintable(station.errorString()));
            QVERIFY(station.finishStep(lastProvisionalId, true));
        }
        QString why;
        QVERIFY2(m_postgres.start(&why), qPrintable(why));
        QVERIFY(QTest::qWaitFor([&station] { return station.handOverSpool(); }, 15000));
    }
    const QList<qint64> handedOver = entries(QStringLiteral("SELECT seq FROM entries WHERE handed_over = 1 ORDER BY seq"));
    QCOMPARE(handedOver.size(), 6);
    QVERIFY(entries(QStringLiteral("SELECT seq FROM entries WHERE handed_over_at IS NULL")).isEmpty());

    // Opened again the same week: nothing goes.
    {
        JobJournal station(location);
        station.setSpoolPath(spoolFile);
        QVERIFY(station.open());
    }
    QCOMPARE(entries(QStringLiteral("SELECT seq FROM entries ORDER BY seq")), handedOver);

    // The first four were handed over eight days ago, the fifth six days ago.
    QCOMPARE(entries(QStringLiteral("UPDATE entries SET handed_over_at = '%1' WHERE seq <= %2 RETURNING seq")
                         .arg(QDateTime::currentDateTimeUtc().addDays(-8).toString(Qt::ISODateWithMs))
                         .arg(handedOver.at(3)))
                 .size(),
             4);
    QCOMPARE(entries(QStringLiteral("UPDATE entries SET handed_over_at = '%1' WHERE seq = %2 RETURNING seq")
                         .arg(QDateTime::currentDateTimeUtc().addDays(-6).toString(Qt::ISODateWithMs))
                         .arg(handedOver.at(4)))
                 .size(),
             1);
    {
        JobJournal station(location);
        station.setSpoolPath(spoolFile);
        QVERIFY(station.open());
        QVERIFY(station.handOverSpool());
    }
    QCOMPARE(entries(QStringLiteral("SELECT seq FROM entries ORDER BY seq")), handedOver.mid(4));

    // Every entry eight days old, the newest too: it stays, and the next entry comes after it.
    QVERIFY(!entries(QStringLiteral("UPDATE entries SET handed_over_at = '%1' RETURNING seq")
                         .arg(QDateTime::currentDateTimeUtc().addDays(-8).toString(Qt::ISODateWithMs)))
                 .isEmpty());
    JobJournal station(location);
    station.setSpoolPath(spoolFile);
    QVERIFY(station.open());
    QCOMPARE(entries(QStringLiteral("SELECT seq FROM entries ORDER BY seq")), handedOver.mid(5));
    m_postgres.stop();
    const qint64 provisioning = station.beginStep(job, State::Provisioning);
    QVERIFY2(provisioning < lastProvisionalId, "a provisional ID is never handed out twice");
    QVERIFY(station.finishStep(provisioning, true));
    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&station] { return station.handOverSpool(); }, 15000));
    QList<StepName> names;
    for (const JobJournal::Step &step : station.steps(job)) {
        QVERIFY(step.ok);
        names << step.name;
    }
    QCOMPARE(names, (QList<StepName>{State::Identifying, State::WritingCertificate, State::WritingKey, State::Provisioning}));
}

// A spool written before entries were pruned has no time of hand-over: its entries count from the
// day the station first opens it, so none goes at once.
void TestJournalBackends::spoolFromBeforePruningKeepsItsEntriesAWeek()
{
    const QString spoolFile = m_dir->filePath(QStringLiteral("old-spool.sqlite"));
    {
        QSqlDatabase spool = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-spool"));
        spool.setDatabaseName(spoolFile);
        QVERIFY(spool.open());
        QSqlQuery query(spool);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE entries (seq INTEGER PRIMARY KEY, entry TEXT NOT NULL UNIQUE, "
                                          "statement TEXT NOT NULL, entry_values TEXT NOT NULL, real_id INTEGER, "
                                          "handed_over INTEGER NOT NULL DEFAULT 0)")));
        for (int seq = 1; seq <= 3; ++seq) {
            QVERIFY(query.exec(QStringLiteral("INSERT INTO entries (seq, entry, statement, entry_values, real_id, handed_over) "
                                              "VALUES (%1, 'old-%1', 'UPDATE jobs SET error = NULL WHERE id = 0', '[]', 0, 1)")
                                   .arg(seq)));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-spool"));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        JobJournal station(freshLocation(Backend::Postgres));
        station.setSpoolPath(spoolFile);
        QVERIFY2(station.open(), qPrintable(station.errorString()));
    }
    {
        QSqlDatabase spool = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-spool"));
        spool.setDatabaseName(spoolFile);
        QVERIFY(spool.open());
        QSqlQuery query(spool);
        QVERIFY(query.exec(QStringLiteral("SELECT seq, handed_over_at FROM entries ORDER BY seq")));
        QList<qint64> kept;
        while (query.next()) {
            kept << query.value(0).toLongLong();
            const QDateTime handedOverAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
            QVERIFY2(handedOverAt >= before, qPrintable(query.value(1).toString()));
        }
        QCOMPARE(kept, (QList<qint64>{1, 2, 3}));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-spool"));
}

// The connection breaks as the server commits a write: the station cannot tell it from one that never
// arrived, so it keeps it in the spool. Handed over, the step and what a job left for a person are
// found where the server put them, not recorded a second time, and the provisional ID names the row
// the server made. (The lost answer is played by committing the kept statement on the server before
// the hand-over, exactly as the station had sent it.)
void TestJournalBackends::writeWhoseAnswerWasLostIsNotRecordedTwice()
{
    const QString location = freshLocation(Backend::Postgres);
    const QString spoolFile = m_dir->filePath(QStringLiteral("lost-answer-spool.sqlite"));
    JobJournal station(location);
    station.setSpoolPath(spoolFile);
    QVERIFY(station.open());
    const qint64 job = station.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-lost")));
    QVERIFY(job > 0);

    m_postgres.stop();
    const qint64 identifying = station.beginStep(job, State::Identifying);
    QVERIFY2(identifying < 0, qPrintable(station.errorString()));
    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY(commitAsSentBeforeTheAnswerWasLost(spoolFile, location));
    QVERIFY(QTest::qWaitFor([&station] { return station.handOverSpool(); }, 15000));
    QVERIFY2(station.finishStep(identifying, true, QStringLiteral("found")), qPrintable(station.errorString()));

    m_postgres.stop();
    const QList<LeftBehind> items = leftBehindItems();
    QVERIFY2(station.finishJob(job, Outcome::NeedsAttention, QStringLiteral("left items"), items),
             qPrintable(station.errorString()));
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY(commitAsSentBeforeTheAnswerWasLost(spoolFile, location));
    QVERIFY(QTest::qWaitFor([&station] { return station.handOverSpool(); }, 15000));

    JobJournal desk(location);
    QVERIFY(desk.open());
    const QList<JobJournal::Step> steps = desk.steps(job);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.constFirst().name, StepName(State::Identifying));
    QVERIFY(steps.constFirst().ok && steps.constFirst().finishedAt.isValid());
    QCOMPARE(steps.constFirst().detail, QStringLiteral("found"));
    QVERIFY2(sameItems(desk.leftBehind(job), items), "each item once, as written");
    QCOMPARE(desk.job(job)->outcome, Outcome::NeedsAttention);
}

// A job that ends while the database is away: its end and what it left for a person wait in the spool
// together, and reach the database together and once, even when every entry is handed over again.
void TestJournalBackends::jobEndWithWhatItLeftWaitsInTheSpool()
{
    const QString location = freshLocation(Backend::Postgres);
    const QString spoolFile = m_dir->filePath(QStringLiteral("spool.sqlite"));
    JobJournal station(location);
    station.setSpoolPath(spoolFile);
    QVERIFY(station.open());
    const qint64 job = station.beginJob(newJob(QStringLiteral("bench-1"), QStringLiteral("dev-2")));
    QVERIFY(job > 0);

    m_postgres.stop();
    const QList<LeftBehind> items = leftBehindItems();
    QVERIFY2(station.finishJob(job, Outcome::NeedsAttention, QStringLiteral("rollback failed"), items),
             qPrintable(station.errorString()));
    QVERIFY(station.isSpooling());

    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&station] { return station.handOverSpool(); }, 15000));
    {
        QSqlDatabase spool = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spool-again"));
        spool.setDatabaseName(spoolFile);
        QVERIFY(spool.open());
        QVERIFY(QSqlQuery(spool).exec(QStringLiteral("UPDATE entries SET handed_over = 0")));
        spool.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spool-again"));
    JobJournal restarted(location);
    restarted.setSpoolPath(spoolFile);
    QVERIFY(restarted.open());
    QVERIFY(!restarted.isSpooling());

    QCOMPARE(restarted.job(job)->outcome, Outcome::NeedsAttention);
    const QList<JobJournal::LeftBehindRecord> open = restarted.openLeftBehind();
    QVERIFY2(restarted.errorString().isEmpty(), qPrintable(restarted.errorString()));
    QCOMPARE(open.size(), 2);
    QVERIFY(sameItems(open, items));
    QCOMPARE(open.constFirst().jobId, job);
}

namespace {

struct CliRun
{
    int exitCode = -1;
    QJsonObject report;
    QByteArray errors;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"), arguments + QStringList{QStringLiteral("--json")});
    if (!cli.waitForFinished(60000))
        cli.kill();
    return {cli.exitCode(), QJsonDocument::fromJson(cli.readAllStandardOutput()).object(), cli.readAllStandardError()};
}

} // namespace

// journal migrate moves a station's finished jobs, with their steps, into the shared journal: run twice
// it adds nothing the second time; stopped half-way (a job missing) it adds only what is missing; a
// journal with an unfinished job is refused until it is recovered.
void TestJournalBackends::migratesAStationJournalOnce()
{
    const QString file = freshLocation(Backend::Sqlite);
    const QString url = freshLocation(Backend::Postgres);
    qint64 unfinished = 0;
    {
        JobJournal station(file);
        QVERIFY(station.open());
        for (int i = 0; i < 3; ++i) {
            const qint64 job = station.beginJob(newJob(QStringLiteral("bench-7"), QStringLiteral("dev-%1").arg(i),
                                                       QStringLiteral("CERT%1").arg(i)));
            const qint64 step = station.beginStep(job, State::WritingCertificate, QStringLiteral("slot 1"));
            QVERIFY(station.finishStep(step, true));
            QVERIFY(station.beginStep(job, State::Provisioning) > 0);
            QVERIFY(station.finishJob(job, i == 1 ? Outcome::Failed : Outcome::Done, QString(),
                                      i == 1 ? leftBehindItems() : QList<LeftBehind>()));
        }
        // One of the items is finished already: it moves finished, with who and how.
        const QList<JobJournal::LeftBehindRecord> open = station.openLeftBehind();
        QCOMPARE(open.size(), 2);
        QVERIFY(station.finishLeftBehind(open.constFirst().id, QStringLiteral("grace"), QStringLiteral("revoked")));
        unfinished = station.beginJob(newJob(QStringLiteral("bench-7"), QStringLiteral("dev-unfinished")));
        QVERIFY(unfinished > 0);
    }
    const QStringList migrate{QStringLiteral("journal"), QStringLiteral("migrate"), QStringLiteral("--from"), file,
                              QStringLiteral("--to"), url};
    CliRun run = runCli(migrate);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.report.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().contains(
                 QLatin1String("recover")),
             QJsonDocument(run.report).toJson().constData());
    {
        JobJournal station(file);
        QVERIFY(station.open());
        QVERIFY(station.finishJob(unfinished, Outcome::Cancelled, QString()));
    }

    run = runCli(migrate);
    QVERIFY2(run.exitCode == 0, run.errors.constData());
    QCOMPARE(run.report.value(QLatin1String("imported")).toInt(), 4);
    run = runCli(migrate);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.report.value(QLatin1String("imported")).toInt(), 0);
    QCOMPARE(run.report.value(QLatin1String("alreadyThere")).toInt(), 4);

    JobJournal shared(url);
    QVERIFY(shared.open());
    QList<JobJournal::Job> jobs = shared.jobs();
    QCOMPARE(jobs.size(), 4);
    // As if the first run had stopped before the oldest job: the next run adds it, and only it.
    QString why;
    const qint64 oldest = jobs.constLast().id;
    QVERIFY2(m_postgres.execute(QStringLiteral("DELETE FROM steps WHERE job_id = %1").arg(oldest), &why, databaseOf(url)),
             qPrintable(why));
    QVERIFY2(m_postgres.execute(QStringLiteral("DELETE FROM jobs WHERE id = %1").arg(oldest), &why, databaseOf(url)),
             qPrintable(why));
    run = runCli(migrate);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.report.value(QLatin1String("imported")).toInt(), 1);
    QCOMPARE(run.report.value(QLatin1String("alreadyThere")).toInt(), 3);

    jobs = shared.jobs();
    QCOMPARE(jobs.size(), 4);
    QStringList devices;
    for (const JobJournal::Job &job : jobs) {
        devices << job.deviceId;
        QCOMPARE(job.station, QStringLiteral("bench-7"));
        // How the job spoke to its device moves with it: a delete from the shared journal needs it.
        QCOMPARE(job.deviceAccess, newJob(job.station, job.deviceId).deviceAccess);
        if (job.deviceId != QLatin1String("dev-unfinished")) {
            const QList<JobJournal::Step> steps = shared.steps(job.id);
            QCOMPARE(steps.size(), 2);
            QCOMPARE(steps.at(0).detail, QStringLiteral("slot 1"));
            QVERIFY(steps.at(0).ok && steps.at(0).finishedAt.isValid());
            QVERIFY(!steps.at(1).finishedAt.isValid());
        }
    }
    devices.sort();
    QCOMPARE(devices, (QStringList{QStringLiteral("dev-0"), QStringLiteral("dev-1"), QStringLiteral("dev-2"),
                                   QStringLiteral("dev-unfinished")}));
    JobJournal::Filter failed;
    failed.outcome = Outcome::Failed;
    const QList<JobJournal::Job> failedJobs = shared.jobs(failed);
    QCOMPARE(failedJobs.size(), 1);
    // What the failed job left arrived once, over three runs, each item as it was.
    const QList<JobJournal::LeftBehindRecord> moved = shared.leftBehind(failedJobs.constFirst().id);
    QVERIFY2(shared.errorString().isEmpty(), qPrintable(shared.errorString()));
    QVERIFY(sameItems(moved, leftBehindItems()));
    QCOMPARE(moved.at(0).finishedBy, QStringLiteral("grace"));
    QCOMPARE(moved.at(0).finishedHow, QStringLiteral("revoked"));
    QVERIFY(moved.at(0).finishedAt.isValid() && moved.at(0).recordedAt.isValid());
    QVERIFY(!moved.at(1).finishedAt.isValid());
    QCOMPARE(shared.openLeftBehind().size(), 1);
    qsizetype itemsInAll = 0;
    for (const JobJournal::Job &job : shared.jobs())
        itemsInAll += shared.leftBehind(job.id).size();
    QCOMPARE(itemsInAll, 2);
}

// A real job (the emulator, the simulated device on a pseudo-terminal) whose database is stopped while
// it writes the certificate: the job still ends done, its later rows wait in the spool, and reach the
// database once it is back, in order and once. A job asked for while the database is away does not
// start: it says why, and Foundry is never asked for a certificate.
void TestJournalBackends::realJobOutlivesTheDatabase()
{
    const QString location = freshLocation(Backend::Postgres);
    JobJournal journal(location);
    journal.setSpoolPath(m_dir->filePath(QStringLiteral("spool.sqlite")));
    QVERIFY(journal.open());
    SimulatedDevice device(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(device.start(QStringLiteral("station"), {QStringLiteral("--write-ms"), QStringLiteral("300")}));
    SerialSettings serial;
    serial.portName = device.portName();
    SerialLink link(serial);
    QVERIFY(link.open());
    std::unique_ptr<DeviceProfile> profile(DeviceProfiles::createAttached(QStringLiteral("station"), &link));

    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-outlives");
    settings.slot = 1;
    settings.topics = {QStringLiteral("fleet/outlives/up")};
    settings.port = serial.portName;
    settings.journal = &journal;
    settings.operatorName = QStringLiteral("ada");
    settings.station = QStringLiteral("bench-3");
    ProvisioningJob job(&m_foundry.client(), profile.get(), settings);
    connect(&job, &ProvisioningJob::stateChanged, this, [this](State state) {
        if (state == State::WritingCertificate)
            m_postgres.stop();
    });
    QSignalSpy finished(&job, &ProvisioningJob::finished);
    job.start();
    QVERIFY(QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 60000));
    QVERIFY(!m_postgres.isRunning());
    QVERIFY2(job.result().outcome == Outcome::Done, qPrintable(job.result().error));
    QVERIFY(journal.isSpooling());

    m_foundry.emulator().clearRequests();
    settings.deviceId = QStringLiteral("dev-refused");
    ProvisioningJob refused(&m_foundry.client(), profile.get(), settings);
    QSignalSpy refusedFinished(&refused, &ProvisioningJob::finished);
    refused.start();
    QVERIFY(QTest::qWaitFor([&refusedFinished] { return !refusedFinished.isEmpty(); }, 30000));
    QCOMPARE(refused.result().outcome, Outcome::Failed);
    QCOMPARE(refused.result().failure, JobResult::Failure::Journal);
    QVERIFY2(refused.result().error.contains(QLatin1String("did not start")), qPrintable(refused.result().error));
    QVERIFY(m_foundry.emulator().requests().isEmpty());

    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&journal] { return journal.handOverSpool(); }, 15000));
    const std::optional<JobJournal::Job> row = journal.job(job.journalId());
    QVERIFY(row);
    QCOMPARE(row->outcome, Outcome::Done);
    QCOMPARE(row->certificateId, job.result().certificateId);
    QStringList names;
    for (const JobJournal::Step &step : journal.steps(job.journalId())) {
        names << JobJournal::stepNameText(step.name);
        QVERIFY2(step.finishedAt.isValid() && step.ok, qPrintable(names.constLast()));
    }
    // Each state once, the certificate's write among them, the provision last.
    QStringList once = names;
    once.removeDuplicates();
    QCOMPARE(once, names);
    QVERIFY(names.contains(ProvisioningJob::stateName(State::WritingCertificate)));
    QCOMPARE(names.constLast(), ProvisioningJob::stateName(State::Provisioning));
    QCOMPARE(journal.jobs().size(), 1);
}

// In a shared journal bench-2's /dev/ttyACM0 is not bench-1's: recovery for a port (a lane's, before
// its first job) leaves another station's job on a port of the same name alone, even once that
// station's lease expired; the recover command, for all jobs, takes it.
void TestJournalBackends::laneRecoversOnlyItsOwnStationsJobs()
{
    const QString location = freshLocation(Backend::Postgres);
    qint64 otherStationsJob = 0;
    {
        JobJournal bench2(location);
        QVERIFY(bench2.open());
        otherStationsJob = bench2.beginJob(newJob(QStringLiteral("bench-2"), QStringLiteral("dev-bench-2")));
        QVERIFY(otherStationsJob > 0);
    }
    JobJournal bench1(location);
    QVERIFY(bench1.open());
    const auto recover = [&](const QString &station) {
        JournalRecovery recovery(&m_foundry.client(), &bench1);
        recovery.setOnlyPort(QStringLiteral("/dev/ttyACM0"));
        recovery.setOnlyStation(station);
        QSignalSpy finished(&recovery, &JournalRecovery::finished);
        recovery.start();
        // A recovery that never finished answers with two empty items, which no check below takes.
        if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 30000))
            return QList<JournalRecovery::Recovered>{{}, {}};
        return recovery.recovered();
    };
    QVERIFY(recover(QStringLiteral("bench-1")).isEmpty());
    QCOMPARE(bench1.job(otherStationsJob)->outcome, Outcome::Pending);
    const QList<JournalRecovery::Recovered> all = recover(QString());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().job.id, otherStationsJob);
    QCOMPARE(all.constFirst().outcome, JournalRecovery::Outcome::Failed);
}

// The window's recovery on a shared journal: another station's unfinished job, whose run is gone, is
// neither offered nor taken; with no station named (a journal of its own) it is.
void TestJournalBackends::windowOffersOnlyItsOwnStationsJobs()
{
    const QString location = freshLocation(Backend::Postgres);
    {
        JobJournal bench2(location);
        QVERIFY(bench2.open());
        QVERIFY(bench2.beginJob(newJob(QStringLiteral("bench-2"), QStringLiteral("dev-bench-2"))) > 0);
    }
    JobJournal bench1(location);
    QVERIFY(bench1.open());
    StationRecovery own;
    own.setOnlyStation(QStringLiteral("bench-1"));
    own.setSources(&m_foundry.client(), &bench1, SerialSettings());
    QCOMPARE(own.pendingCount(), 0);
    StationRecovery any;
    any.setSources(&m_foundry.client(), &bench1, SerialSettings());
    QCOMPARE(any.pendingCount(), 1);
}

// The command line with a shared journal whose server is not there: provision does not start (Foundry
// is never asked) and history fails, both saying what to check; exit code 1, the journal's.
void TestJournalBackends::commandLineSaysWhenTheDatabaseIsAway()
{
    QTemporaryDir noServer(QStringLiteral("/tmp/foundry-no-pg-XXXXXX"));
    const QString url = QStringLiteral("postgresql://postgres@/journal?host=%1").arg(noServer.path());
    m_foundry.emulator().clearRequests();
    QProcess provision;
    m_foundry.startCli(provision, {QStringLiteral("provision"), QStringLiteral("--port"), QStringLiteral("/dev/null"),
                                   QStringLiteral("--profile"), QStringLiteral("station"), QStringLiteral("--device-id"),
                                   QStringLiteral("dev-no-journal"), QStringLiteral("--topics"), QStringLiteral("fleet/up"),
                                   QStringLiteral("--journal"), url, QStringLiteral("--json")});
    QVERIFY(provision.waitForFinished(60000));
    QCOMPARE(provision.exitCode(), 1);
    const QJsonObject report = QJsonDocument::fromJson(provision.readAllStandardOutput()).object();
    const QString message = report.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(QLatin1String("running and reachable")), qPrintable(message));
    QVERIFY(m_foundry.emulator().requests().isEmpty());

    const CliRun history = runCli({QStringLiteral("history"), QStringLiteral("--journal"), url});
    QCOMPARE(history.exitCode, 1);
    QVERIFY2(history.report.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().contains(
                 QLatin1String("running and reachable")),
             QJsonDocument(history.report).toJson().constData());
}

// A station that was away longer than its lease finds at its next heartbeat that another station took
// its jobs over: from then on it records nothing for them, and says so, rather than write rows into
// jobs the other station has concluded.
void TestJournalBackends::stationWhoseJobsWereTakenOverStopsRecording()
{
    const QString location = freshLocation(Backend::Postgres);
    {
        JobJournal schema(location);
        QVERIFY(schema.open());
    }
    setLease(databaseOf(location), 0.6);
    JobJournal station(location);
    QVERIFY(station.open());
    const qint64 job = station.beginJob(newJob(QStringLiteral("bench-4"), QStringLiteral("dev-taken")));
    QVERIFY(job > 0);
    QTest::qWait(800);
    QVERIFY2(station.beginStep(job, State::Identifying) > 0, "a live station keeps its lease");
    QString why;
    QVERIFY2(m_postgres.execute(QStringLiteral("UPDATE run_leases SET holder_run = 'recoverer', holder = 'bench-9' "
                                               "WHERE run_id = '%1'")
                                    .arg(station.runId()),
                                &why, databaseOf(location)),
             qPrintable(why));
    // Several heartbeats (one every 0.2 s) later.
    QTest::qWait(1500);
    QCOMPARE(station.beginStep(job, State::Generating), 0);
    QVERIFY2(station.errorString().contains(QLatin1String("bench-9 took over")), qPrintable(station.errorString()));
    QCOMPARE(station.beginJob(newJob(QStringLiteral("bench-4"), QStringLiteral("dev-after"))), 0);
    QCOMPARE(station.steps(job).size(), 1);
}

// A station cut off for longer than its lease keeps its job's rows in the spool; meanwhile another
// station takes its jobs over. Once the database is back the spooled rows stay in the spool: they
// would otherwise end a step and a job that now belong to the recovering station.
void TestJournalBackends::spooledRowsNeverLandOnJobsTakenOver()
{
    const QString location = freshLocation(Backend::Postgres);
    JobJournal station(location);
    station.setSpoolPath(m_dir->filePath(QStringLiteral("spool.sqlite")));
    QVERIFY(station.open());
    const qint64 job = station.beginJob(newJob(QStringLiteral("bench-5"), QStringLiteral("dev-cut-off")));
    QVERIFY(job > 0);
    const qint64 writing = station.beginStep(job, State::WritingCertificate);
    QVERIFY(writing > 0);

    m_postgres.stop();
    QVERIFY2(station.finishStep(writing, true, QStringLiteral("stored")), qPrintable(station.errorString()));
    QVERIFY2(station.finishJob(job, Outcome::Done, {}), qPrintable(station.errorString()));
    QVERIFY(station.isSpooling());
    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY2(m_postgres.execute(QStringLiteral("UPDATE run_leases SET holder_run = 'recoverer', holder = 'bench-9' "
                                               "WHERE run_id = '%1'")
                                    .arg(station.runId()),
                                &why, databaseOf(location)),
             qPrintable(why));
    // The station's connection is made again once a read finds it gone.
    QVERIFY(QTest::qWaitFor([&station] { return !station.jobs().isEmpty(); }, 15000));

    QVERIFY(!station.handOverSpool());
    QVERIFY(station.isSpooling());
    QCOMPARE(station.beginStep(job, State::Provisioning), 0);
    QVERIFY2(station.errorString().contains(QLatin1String("bench-9 took over")), qPrintable(station.errorString()));
    QVERIFY2(station.errorString().contains(QLatin1String("local spool")), qPrintable(station.errorString()));
    QVERIFY2(station.errorString().contains(QLatin1String("Restart the station")), qPrintable(station.errorString()));
    JobJournal reader(location);
    QVERIFY(reader.open());
    const std::optional<JobJournal::Job> row = reader.job(job);
    QVERIFY(row);
    QCOMPARE(row->outcome, Outcome::Pending);
    const QList<JobJournal::Step> steps = reader.steps(job);
    QCOMPARE(steps.size(), 1);
    QVERIFY(!steps.constFirst().finishedAt.isValid());
}

// The database refuses a spooled row once it is back: the rows behind it wait, and a job that cannot
// begin meanwhile says what the database said rather than only that it cannot be reached.
void TestJournalBackends::refusedSpoolEntrySaysWhy()
{
    const QString location = freshLocation(Backend::Postgres);
    JobJournal station(location);
    station.setSpoolPath(m_dir->filePath(QStringLiteral("spool.sqlite")));
    QVERIFY(station.open());
    const qint64 job = station.beginJob(newJob(QStringLiteral("bench-6"), QStringLiteral("dev-refused-row")));
    QVERIFY(job > 0);
    const qint64 identifying = station.beginStep(job, State::Identifying);
    QVERIFY(identifying > 0);

    m_postgres.stop();
    QVERIFY2(station.finishStep(identifying, true, QStringLiteral("refused detail")), qPrintable(station.errorString()));
    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY2(m_postgres.execute(QStringLiteral("ALTER TABLE steps ADD CONSTRAINT no_refused_detail CHECK (detail <> "
                                               "'refused detail') NOT VALID"),
                                &why, databaseOf(location)),
             qPrintable(why));
    QVERIFY(QTest::qWaitFor([&station] { return !station.jobs().isEmpty(); }, 15000));

    QVERIFY(!station.handOverSpool());
    QVERIFY(station.isSpooling());
    QCOMPARE(station.beginJob(newJob(QStringLiteral("bench-6"), QStringLiteral("dev-waiting"))), 0);
    QVERIFY2(station.errorString().contains(QLatin1String("no_refused_detail")), qPrintable(station.errorString()));
}

// Whether a job's run still lives cannot be asked (the claim's statement fails): recovery leaves the
// job unfinished and says why, rather than take the run for a live one and leave the job alone.
void TestJournalBackends::unansweredClaimLeavesTheJobUnfinished()
{
    const QString location = freshLocation(Backend::Postgres);
    JobJournal station(location);
    QVERIFY(station.open());
    QVERIFY(station.beginJob(newJob(QStringLiteral("bench-7"), QStringLiteral("dev-unanswered"))) > 0);
    JobJournal recoverer(location);
    QVERIFY(recoverer.open());
    QString why;
    QVERIFY2(m_postgres.execute(QStringLiteral("ALTER TABLE run_leases RENAME TO run_leases_away"), &why,
                                databaseOf(location)),
             qPrintable(why));

    JournalRecovery recovery(&m_foundry.client(), &recoverer);
    QSignalSpy finished(&recovery, &JournalRecovery::finished);
    recovery.start();
    QVERIFY(QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 30000));
    const QList<JournalRecovery::Recovered> recovered = recovery.recovered();
    QCOMPARE(recovered.size(), 1);
    QCOMPARE(recovered.constFirst().outcome, JournalRecovery::Outcome::Unfinished);
    const QString summary = recovered.constFirst().summary;
    QVERIFY2(summary.contains(QStringLiteral("taking over run %1").arg(recovered.constFirst().job.runId)),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("recover again")), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("left alone")), qPrintable(summary));
}

FOUNDRY_TEST_MAIN(TestJournalBackends)
#include "tst_journalbackends.moc"
