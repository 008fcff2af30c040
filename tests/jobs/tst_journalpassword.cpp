#include "PostgresServer.h"
#include "TestMain.h"
#include "jobs/JobJournal.h"
#include "jobs/JournalLocation.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

const QString role = QStringLiteral("bench07");
const QString password = QStringLiteral("s3cret-Journal-pw");

} // namespace

// A shared journal whose database asks for a password (scram-sha-256 on a real server): the station
// gives it to the journal, or libpq finds it in PGPASSFILE; without it the journal says where it goes,
// and no message ever holds it.
class TestJournalPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithThePasswordGiven();
    void withoutThePasswordSaysWhereItGoes();
    void wrongPasswordIsNeverShown();
    void passwordFileStillServesTheCommandLine();
    void accountIsTheSameHoweverTheUrlIsWritten();

private:
    QString url() const { return m_postgres.url(role, role); }

    PostgresServer m_postgres;
    QTemporaryDir m_dir;
};

void TestJournalPassword::initTestCase()
{
    if (!m_postgres.isInstalled())
        QSKIP("no PostgreSQL server on this machine; ./dev installs the package postgresql");
    QVERIFY(m_dir.isValid());
    // libpq would otherwise take a password from the person's own ~/.pgpass.
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pgpass"))));
    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY2(m_postgres.createPasswordRole(role, password, &why), qPrintable(why));
}

void TestJournalPassword::opensWithThePasswordGiven()
{
    JobJournal journal(url());
    journal.setSpoolPath(m_dir.filePath(QStringLiteral("spool-given.sqlite")));
    journal.setPassword(password);
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    JobJournal::Job job;
    job.deviceId = QStringLiteral("dev-1");
    job.station = QStringLiteral("bench-7");
    const qint64 id = journal.beginJob(job);
    QVERIFY2(id > 0, qPrintable(journal.errorString()));
    QVERIFY2(journal.finishJob(id, JobResult::Outcome::Done, {}), qPrintable(journal.errorString()));
    QCOMPARE(journal.jobs().size(), 1);
    QVERIFY(!journal.path().contains(password));
}

void TestJournalPassword::withoutThePasswordSaysWhereItGoes()
{
    JobJournal journal(url());
    journal.setSpoolPath(m_dir.filePath(QStringLiteral("spool-none.sqlite")));
    QVERIFY(!journal.open());
    const QString error = journal.errorString();
    QVERIFY2(error.contains(QLatin1String("Settings")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("PGPASSFILE")), qPrintable(error));
    QVERIFY2(!error.contains(password), qPrintable(error));
}

void TestJournalPassword::wrongPasswordIsNeverShown()
{
    const QString wrong = QStringLiteral("not-the-Journal-pw");
    JobJournal journal(url());
    journal.setSpoolPath(m_dir.filePath(QStringLiteral("spool-wrong.sqlite")));
    journal.setPassword(wrong);
    QVERIFY(!journal.open());
    const QString error = journal.errorString();
    QVERIFY2(error.contains(QLatin1String("Settings")), qPrintable(error));
    QVERIFY2(!error.contains(wrong), qPrintable(error));
    // Nor in what a refused write says afterwards.
    QCOMPARE(journal.beginJob(JobJournal::Job()), 0);
    QVERIFY2(!journal.errorString().contains(wrong), qPrintable(journal.errorString()));
}

// What the command line relies on: libpq reads the password from the file PGPASSFILE names.
void TestJournalPassword::passwordFileStillServesTheCommandLine()
{
    const QString passFile = m_dir.filePath(QStringLiteral("pgpass"));
    QFile file(passFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("*:*:%1:%1:%2\n").arg(role, password).toUtf8());
    file.close();
    // libpq ignores a password file others can read.
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", QFile::encodeName(passFile));
    JobJournal journal(url());
    journal.setSpoolPath(m_dir.filePath(QStringLiteral("spool-file.sqlite")));
    const bool opened = journal.open();
    qputenv("PGPASSFILE", before);
    QVERIFY2(opened, qPrintable(journal.errorString()));
}

void TestJournalPassword::accountIsTheSameHoweverTheUrlIsWritten()
{
    QString why;
    const auto plain = JournalLocation::parse(QStringLiteral("postgresql://bench07@/foundry?host=/run/postgresql"), &why);
    const auto otherSpelling = JournalLocation::parse(
        QStringLiteral("postgres://bench07@/foundry?host=/run/postgresql&sslmode=disable"), &why);
    QVERIFY2(plain && otherSpelling, qPrintable(why));
    QCOMPARE(plain->account(), otherSpelling->account());
    QCOMPARE(plain->account(), QStringLiteral("bench07@/run/postgresql:5432/foundry"));
    const auto otherUser = JournalLocation::parse(QStringLiteral("postgresql://alice@/foundry?host=/run/postgresql"), &why);
    QVERIFY2(otherUser, qPrintable(why));
    QVERIFY(otherUser->account() != plain->account());
}

FOUNDRY_TEST_MAIN(TestJournalPassword)
#include "tst_journalpassword.moc"
