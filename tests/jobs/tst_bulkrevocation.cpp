#include "TestMain.h"

#include "EmulatedFoundry.h"
#include "foundry/FoundryRateLimiter.h"
#include "foundry/FoundryReply.h"
#include "jobs/BulkRevocationModel.h"
#include "jobs/BulkRevocationPlan.h"
#include "jobs/BulkRevocationRunner.h"
#include "jobs/JobJournal.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using Action = BulkRevocationPlan::Action;
using Outcome = BulkRevocationRunner::Outcome;

namespace {

QString hexId(char digit)
{
    return QString(64, QLatin1Char(digit));
}

} // namespace

// A bulk revoke from a file: the plan read from hostile bytes and checked against a real journal
// file, and the run against the Foundry emulator over HTTPS on loopback, journaled in that file.
class TestBulkRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsArePlannedAgainstTheJournal();
    void quotedFieldsBomAndCrlfAreRead();
    void malformedRowsSayWhyAndAreEscaped();
    void wholeFileIsRefusedWhenItCannotBePlanned();
    void oversizeFileIsRefusedWhileReading();

    void runRevokesRowAfterRowThroughTheLimiter();
    void foundryErrorOnOneRowDoesNotStopTheRest();
    void refusedTokenStopsTheRun();
    void cancelLetsTheRequestInFlightFinish();
    void cancelWhileWaitingForTheLimiterSendsNothingMore();
    void lostAnswersAreReportedUncertain();
    void clientGoneWhileWaitingStopsTheRun();
    void reportNeutralisesFormulas();

private:
    // Foundry issues a certificate; a done provisioning job of device holds it in the journal.
    QString journalIssuedCertificate(const QString &device);
    bool journalRevoke(const QString &certificateId, const QString &device);
    BulkRevocationPlan plan(const QByteArray &csv) const;
    QList<JobJournal::Job> journaledRevokes() const;

    EmulatedFoundry m_foundry{QStringLiteral("bulk-revoke-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobJournal> m_journal;
};

void TestBulkRevocation::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestBulkRevocation::init()
{
    m_foundry.emulator().clearFaults();
    m_foundry.emulator().clearRequests();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<JobJournal>(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY2(m_journal->open(), qPrintable(m_journal->errorString()));
}

void TestBulkRevocation::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

QString TestBulkRevocation::journalIssuedCertificate(const QString &device)
{
    FoundryReply *reply = m_foundry.client().generate();
    QSignalSpy finished(reply, &FoundryReply::finished);
    if (!finished.wait(30000) || reply->error().isError())
        return {};
    const QString certificateId = reply->generateResponse().id();
    const QString arn = reply->generateResponse().arn();
    reply->deleteLater();
    JobJournal::Job job;
    job.deviceId = device;
    job.operatorName = QStringLiteral("technician-1");
    const qint64 id = m_journal->beginJob(job);
    if (id == 0 || !m_journal->setCertificate(id, certificateId, arn)
        || !m_journal->finishJob(id, JobResult::Outcome::Done, {}))
        return {};
    return certificateId;
}

bool TestBulkRevocation::journalRevoke(const QString &certificateId, const QString &device)
{
    JobJournal::Job revoke;
    revoke.kind = JobJournal::Kind::Revoke;
    revoke.certificateId = certificateId;
    revoke.deviceId = device;
    const qint64 id = m_journal->beginJob(revoke);
    return id != 0 && m_journal->finishJob(id, JobResult::Outcome::Done, {});
}

BulkRevocationPlan TestBulkRevocation::plan(const QByteArray &csv) const
{
    return BulkRevocationPlan::fromBytes(csv, *m_journal);
}

QList<JobJournal::Job> TestBulkRevocation::journaledRevokes() const
{
    QList<JobJournal::Job> revokes;
    for (const JobJournal::Job &job : m_journal->jobs()) {
        if (job.kind == JobJournal::Kind::Revoke)
            revokes.prepend(job);
    }
    return revokes;
}

// Each action the dry run knows, from one file: found, not in the journal, already revoked, a
// duplicate, a certificate the journal has on another device, a malformed row.
void TestBulkRevocation::rowsArePlannedAgainstTheJournal()
{
    const auto provisioned = [this](const QString &certificate, const QString &device,
                                    JobResult::Outcome outcome = JobResult::Outcome::Done) {
        JobJournal::Job row;
        row.deviceId = device;
        row.certificateId = certificate;
        const qint64 id = m_journal->beginJob(row);
        return id != 0 && m_journal->finishJob(id, outcome, {});
    };
    QVERIFY(provisioned(hexId('a'), QStringLiteral("dev-a")));
    QVERIFY(provisioned(hexId('b'), QStringLiteral("dev-b")));
    QVERIFY(journalRevoke(hexId('b'), QStringLiteral("dev-b")));
    QVERIFY(provisioned(hexId('c'), QStringLiteral("dev-c")));
    QVERIFY(provisioned(hexId('9'), QStringLiteral("dev-9"), JobResult::Outcome::Failed));

    const QByteArray csv = "certificate_id,device_id\n"
                           + hexId('A').toLatin1() + ",dev-a\n"      // found; typed in capitals
                           + hexId('b').toLatin1() + ",dev-b\n"      // revoked already
                           + hexId('c').toLatin1() + ",dev-other\n"  // journal has it on dev-c
                           + hexId('d').toLatin1() + ",dev-d\n"      // not in the journal
                           + hexId('a').toLatin1() + ",dev-a\n"      // the first row again
                           + "not-an-id,dev-e\n"
                           + hexId('9').toLatin1() + ",dev-9\n";    // its job failed and rolled back
    const BulkRevocationPlan result = plan(csv);
    QVERIFY2(result.problem().isEmpty(), qPrintable(result.problem()));
    const QList<BulkRevocationPlan::Row> &rows = result.rows();
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows.at(0).action, Action::Revoke);
    QVERIFY(rows.at(0).reason.isEmpty());
    QCOMPARE(rows.at(0).certificateId, hexId('a'));
    QCOMPARE(rows.at(0).line, 2);
    QCOMPARE(rows.at(1).action, Action::AlreadyRevoked);
    QCOMPARE(rows.at(2).action, Action::OtherDevice);
    QVERIFY2(rows.at(2).reason.contains(QStringLiteral("dev-c")), qPrintable(rows.at(2).reason));
    QCOMPARE(rows.at(3).action, Action::RevokeUnknown);
    QCOMPARE(rows.at(4).action, Action::Duplicate);
    QVERIFY2(rows.at(4).reason.contains(QStringLiteral("line 2")), qPrintable(rows.at(4).reason));
    QCOMPARE(rows.at(5).action, Action::Malformed);
    QCOMPARE(rows.at(5).line, 7);
    QCOMPARE(rows.at(6).action, Action::Revoke);
    QVERIFY2(rows.at(6).reason.contains(QStringLiteral("ended failed")), qPrintable(rows.at(6).reason));
    QCOMPARE(result.revokeCount(), 3);

    BulkRevocationModel model;
    model.setPlan(result);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(1, BulkRevocationModel::ActionColumn).data().toString(),
             BulkRevocationPlan::actionText(Action::AlreadyRevoked));
    QCOMPARE(model.index(5, BulkRevocationModel::LineColumn).data().toInt(), 7);
}

// A spreadsheet's export: a byte order mark, CRLF, the columns the other way round and named its
// way, quoted fields (one holding a doubled quote), a blank line at the end.
void TestBulkRevocation::quotedFieldsBomAndCrlfAreRead()
{
    const QByteArray csv = "\xEF\xBB\xBF\"Device ID\",\"Certificate ID\"\r\n"
                           "\"dev-1\",\"" + hexId('1').toLatin1() + "\"\r\n"
                           "dev-2," + hexId('2').toLatin1() + "\r\n"
                           "\"dev,3\"," + hexId('3').toLatin1() + "\r\n"
                           "\"dev\"\"4\"," + hexId('4').toLatin1() + "\r\n"
                           "\r\n";
    const BulkRevocationPlan result = plan(csv);
    QVERIFY2(result.problem().isEmpty(), qPrintable(result.problem()));
    QCOMPARE(result.rows().size(), 4);
    QCOMPARE(result.rows().at(0).deviceId, QStringLiteral("dev-1"));
    QCOMPARE(result.rows().at(0).certificateId, hexId('1'));
    QCOMPARE(result.rows().at(0).action, Action::RevokeUnknown);
    QCOMPARE(result.rows().at(1).action, Action::RevokeUnknown);
    // A comma and a quote are read as part of the field, and then refused by the device-ID rule.
    QCOMPARE(result.rows().at(2).deviceId, QStringLiteral("dev,3"));
    QCOMPARE(result.rows().at(2).action, Action::Malformed);
    QCOMPARE(result.rows().at(3).deviceId, QStringLiteral("dev\"4"));
    QCOMPARE(result.rows().at(3).action, Action::Malformed);
}

void TestBulkRevocation::malformedRowsSayWhyAndAreEscaped()
{
    const QByteArray id = hexId('e').toLatin1();
    const QByteArray csv = "certificate_id,device_id\n"
                           + id + ",dev-1,extra\n"                        // three fields
                           + id.left(63) + ",dev-2\n"                     // 63 digits
                           + id + ",dev\x1b]0;owned\x07\n"                // control characters
                           + "\"" + id + "\"x,dev-4\n"                    // text after the closing quote
                           + id + ",dev-\xff\xfe\n"                       // not UTF-8
                           + "\"" + id + ",dev-6\n";                      // a quote never closed
    const BulkRevocationPlan result = plan(csv);
    QVERIFY2(result.problem().isEmpty(), qPrintable(result.problem()));
    QCOMPARE(result.rows().size(), 6);
    for (const BulkRevocationPlan::Row &row : result.rows()) {
        QCOMPARE(row.action, Action::Malformed);
        QVERIFY(!row.reason.isEmpty());
        QVERIFY2(!row.reason.contains(QChar(0x1b)) && !row.reason.contains(QChar(0x07)), qPrintable(row.reason));
    }
    QVERIFY2(result.rows().at(0).reason.contains(QStringLiteral("has 3 field")), qPrintable(result.rows().at(0).reason));
    QVERIFY2(result.rows().at(1).reason.contains(QStringLiteral("64 hexadecimal")), qPrintable(result.rows().at(1).reason));
    QVERIFY2(result.rows().at(3).reason.contains(QStringLiteral("closing double quote")), qPrintable(result.rows().at(3).reason));
    QVERIFY2(result.rows().at(5).reason.contains(QStringLiteral("never closed")), qPrintable(result.rows().at(5).reason));

    // What a view shows of the hostile field is escaped.
    BulkRevocationModel model;
    model.setPlan(result);
    const QString shown = model.index(2, BulkRevocationModel::DeviceIdColumn).data().toString();
    QVERIFY2(!shown.contains(QChar(0x1b)) && shown.contains(QStringLiteral("\\x1b")), qPrintable(shown));
}

void TestBulkRevocation::wholeFileIsRefusedWhenItCannotBePlanned()
{
    QVERIFY(plan("").problem().contains(QStringLiteral("empty")));
    QVERIFY(plan("\n\n").problem().contains(QStringLiteral("empty")));
    const QString noHeader = plan(hexId('1').toLatin1() + ",dev-1\n").problem();
    QVERIFY2(noHeader.contains(BulkRevocationPlan::expectedHeader()), qPrintable(noHeader));
    QVERIFY(!plan("certificate_id,device_id,note\n").problem().isEmpty());

    QByteArray many = "certificate_id,device_id\n";
    for (int i = 0; i <= BulkRevocationPlan::maxRows; ++i)
        many += "x,y\n";
    const BulkRevocationPlan tooMany = plan(many);
    QVERIFY2(tooMany.problem().contains(QString::number(BulkRevocationPlan::maxRows)), qPrintable(tooMany.problem()));
    QVERIFY(tooMany.rows().isEmpty());
    // The limit itself is accepted.
    many.chop(4);
    QCOMPARE(plan(many).rows().size(), BulkRevocationPlan::maxRows);
}

void TestBulkRevocation::oversizeFileIsRefusedWhileReading()
{
    const QString path = m_dir->filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray content = "certificate_id,device_id\n";
    content += QByteArray(BulkRevocationPlan::maxFileBytes, 'x');
    QCOMPARE(file.write(content), content.size());
    file.close();
    const BulkRevocationPlan result = BulkRevocationPlan::fromFile(path, *m_journal);
    QVERIFY(!result.problem().isEmpty());
    QVERIFY(result.rows().isEmpty());
    // Neither a file that is no file at all.
    QVERIFY(!BulkRevocationPlan::fromFile(m_dir->path(), *m_journal).problem().isEmpty());
}

void TestBulkRevocation::runRevokesRowAfterRowThroughTheLimiter()
{
    const QString first = journalIssuedCertificate(QStringLiteral("dev-1"));
    const QString second = journalIssuedCertificate(QStringLiteral("dev-2"));
    const QString revokedBefore = journalIssuedCertificate(QStringLiteral("dev-3"));
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !revokedBefore.isEmpty());
    QVERIFY(journalRevoke(revokedBefore, QStringLiteral("dev-3")));
    const BulkRevocationPlan result = plan("certificate_id,device_id\n" + first.toLatin1() + ",dev-1\nbroken\n"
                                           + revokedBefore.toLatin1() + ",dev-3\n" + second.toLatin1() + ",dev-2\n");
    QCOMPARE(result.revokeCount(), 2);
    m_foundry.emulator().clearRequests();

    FoundryRateLimiter limiter(1000, 1);
    QSignalSpy tokens(&limiter, &FoundryRateLimiter::tokenGranted);
    BulkRevocationRunner runner(result, &m_foundry.client(), m_journal.get(), &limiter,
                                {QStringLiteral("support-1"), QStringLiteral("desk-1"), QStringLiteral("recall 7")});
    BulkRevocationModel model;
    model.follow(&runner);
    QSignalSpy finished(&runner, &BulkRevocationRunner::finished);
    runner.start();
    QVERIFY(finished.count() == 1 || finished.wait(30000));

    QCOMPARE(runner.state(), BulkRevocationRunner::State::Finished);
    QCOMPARE(runner.end(), BulkRevocationRunner::End::Completed);
    QCOMPARE(runner.results().at(0).outcome, Outcome::Revoked);
    QCOMPARE(runner.results().at(1).outcome, Outcome::Skipped);
    QCOMPARE(runner.results().at(2).outcome, Outcome::Skipped);
    QCOMPARE(runner.results().at(3).outcome, Outcome::Revoked);
    QCOMPARE(runner.revokesDone(), 2);
    QCOMPARE(tokens.count(), 2);
    QVERIFY(!m_foundry.emulator().certificate(first));
    QVERIFY(!m_foundry.emulator().certificate(second));
    QCOMPARE(m_foundry.emulator().requests().size(), 2);
    QCOMPARE(model.index(3, BulkRevocationModel::ResultColumn).data().toString(),
             BulkRevocationRunner::outcomeText(Outcome::Revoked));

    // Journaled as a single revoke is: one job each, with who, where and why.
    const QList<JobJournal::Job> revokes = journaledRevokes();
    QCOMPARE(revokes.size(), 3);
    for (int i : {1, 2}) {
        const JobJournal::Job &revoke = revokes.at(i);
        QCOMPARE(revoke.certificateId, i == 1 ? first : second);
        QCOMPARE(revoke.outcome, JobResult::Outcome::Done);
        QCOMPARE(revoke.operatorName, QStringLiteral("support-1"));
        QCOMPARE(revoke.station, QStringLiteral("desk-1"));
        QCOMPARE(revoke.reason, QStringLiteral("recall 7"));
        QCOMPARE(runner.results().at(i == 1 ? 0 : 3).journalId, revoke.id);
    }
}

// A certificate Foundry does not know fails its row; the rows after it are still revoked.
void TestBulkRevocation::foundryErrorOnOneRowDoesNotStopTheRest()
{
    const QString known = journalIssuedCertificate(QStringLiteral("dev-1"));
    QVERIFY(!known.isEmpty());
    const BulkRevocationPlan result =
        plan("certificate_id,device_id\n" + hexId('f').toLatin1() + ",dev-9\n" + known.toLatin1() + ",dev-1\n");
    QCOMPARE(result.rows().at(0).action, Action::RevokeUnknown);
    BulkRevocationRunner runner(result, &m_foundry.client(), m_journal.get(), nullptr,
                                {QStringLiteral("support-1"), QStringLiteral("desk-1"), QStringLiteral("leak")});
    QSignalSpy finished(&runner, &BulkRevocationRunner::finished);
    runner.start();
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(runner.end(), BulkRevocationRunner::End::Completed);
    QCOMPARE(runner.results().at(0).outcome, Outcome::Failed);
    QVERIFY2(runner.results().at(0).detail.contains(QStringLiteral("404")), qPrintable(runner.results().at(0).detail));
    QCOMPARE(runner.results().at(1).outcome, Outcome::Revoked);
    QVERIFY(!m_foundry.emulator().certificate(known));
    const QList<JobJournal::Job> revokes = journaledRevokes();
    QCOMPARE(revokes.size(), 2);
    QCOMPARE(revokes.at(0).outcome, JobResult::Outcome::Failed);
    QCOMPARE(revokes.at(1).outcome, JobResult::Outcome::Done);
}

// A token Foundry refuses would be refused for every row: the run stops after the first.
void TestBulkRevocation::refusedTokenStopsTheRun()
{
    const QString first = journalIssuedCertificate(QStringLiteral("dev-1"));
    const QString second = journalIssuedCertificate(QStringLiteral("dev-2"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    FoundryClientSettings settings = m_foundry.client().settings();
    settings.token = QCA::SecureArray(QByteArrayLiteral("not-the-token"));
    FoundryClient wrongToken(settings);
    m_foundry.emulator().clearRequests();

    const BulkRevocationPlan result =
        plan("certificate_id,device_id\n" + first.toLatin1() + ",dev-1\n" + second.toLatin1() + ",dev-2\n");
    BulkRevocationRunner runner(result, &wrongToken, m_journal.get(), nullptr, {});
    QSignalSpy finished(&runner, &BulkRevocationRunner::finished);
    runner.start();
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(runner.end(), BulkRevocationRunner::End::Stopped);
    QCOMPARE(runner.results().at(0).outcome, Outcome::Failed);
    QCOMPARE(runner.results().at(1).outcome, Outcome::NotAttempted);
    QVERIFY2(runner.stopReason().contains(QStringLiteral("line 2")), qPrintable(runner.stopReason()));
    QCOMPARE(m_foundry.emulator().requests().size(), 1);
    QVERIFY(m_foundry.emulator().certificate(first));
    QVERIFY(m_foundry.emulator().certificate(second));
    QCOMPARE(journaledRevokes().size(), 1);
}

// Cancel while a request is in flight: it is let finish and journaled, nothing more is sent.
void TestBulkRevocation::cancelLetsTheRequestInFlightFinish()
{
    QStringList certificates;
    for (const QString &device : {QStringLiteral("dev-1"), QStringLiteral("dev-2"), QStringLiteral("dev-3")}) {
        certificates << journalIssuedCertificate(device);
        QVERIFY(!certificates.constLast().isEmpty());
    }
    QString error;
    QVERIFY2(m_foundry.addFault(QStringLiteral("slow@revoke=300x*"), &error), qPrintable(error));
    m_foundry.emulator().clearRequests();
    const BulkRevocationPlan result = plan("certificate_id,device_id\n" + certificates.at(0).toLatin1() + ",dev-1\n"
                                           + certificates.at(1).toLatin1() + ",dev-2\n"
                                           + certificates.at(2).toLatin1() + ",dev-3\n");
    FoundryRateLimiter limiter(1000, 8);
    BulkRevocationRunner runner(result, &m_foundry.client(), m_journal.get(), &limiter, {});
    QSignalSpy finished(&runner, &BulkRevocationRunner::finished);
    runner.start();
    QVERIFY(QTest::qWaitFor([&runner] { return runner.state() == BulkRevocationRunner::State::Revoking; }, 10000));
    runner.cancel();
    QCOMPARE(runner.state(), BulkRevocationRunner::State::Stopping);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(runner.end(), BulkRevocationRunner::End::Cancelled);
    QCOMPARE(runner.results().at(0).outcome, Outcome::Revoked);
    QCOMPARE(runner.results().at(1).outcome, Outcome::NotAttempted);
    QCOMPARE(runner.results().at(2).outcome, Outcome::NotAttempted);
    QCOMPARE(m_foundry.emulator().requests().size(), 1);
    QVERIFY(!m_foundry.emulator().certificate(certificates.at(0)));
    QVERIFY(m_foundry.emulator().certificate(certificates.at(1)));
    const QList<JobJournal::Job> revokes = journaledRevokes();
    QCOMPARE(revokes.size(), 1);
    QCOMPARE(revokes.constFirst().outcome, JobResult::Outcome::Done);
    QVERIFY(m_journal->unfinishedJobs().isEmpty());
}

// The second row waits for the limiter's next token (two seconds away): cancel ends the run at once,
// and its place in the limiter's queue is given up.
void TestBulkRevocation::cancelWhileWaitingForTheLimiterSendsNothingMore()
{
    const QString first = journalIssuedCertificate(QStringLiteral("dev-1"));
    const QString second = journalIssuedCertificate(QStringLiteral("dev-2"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    m_foundry.emulator().clearRequests();
    const BulkRevocationPlan result =
        plan("certificate_id,device_id\n" + first.toLatin1() + ",dev-1\n" + second.toLatin1() + ",dev-2\n");
    FoundryRateLimiter limiter(0.5, 1);
    BulkRevocationRunner runner(result, &m_foundry.client(), m_journal.get(), &limiter, {});
    QSignalSpy finished(&runner, &BulkRevocationRunner::finished);
    runner.start();
    QVERIFY(QTest::qWaitFor([&] { return runner.revokesDone() == 1; }, 30000));
    QCOMPARE(runner.state(), BulkRevocationRunner::State::WaitingForRate);
    QCOMPARE(limiter.waiting(), qsizetype(1));
    runner.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runner.end(), BulkRevocationRunner::End::Cancelled);
    QCOMPARE(limiter.waiting(), qsizetype(0));
    QCOMPARE(runner.results().at(0).outcome, Outcome::Revoked);
    QCOMPARE(runner.results().at(1).outcome, Outcome::NotAttempted);
    QCOMPARE(m_foundry.emulator().requests().size(), 1);
    QVERIFY(m_foundry.emulator().certificate(second));
}

// Foundry acts on every attempt but no answer comes back: the row's outcome is unknown, not failed,
// and the report says so; the next row is still sent.
void TestBulkRevocation::lostAnswersAreReportedUncertain()
{
    const QString first = journalIssuedCertificate(QStringLiteral("dev-1"));
    const QString second = journalIssuedCertificate(QStringLiteral("dev-2"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QString error;
    QVERIFY2(m_foundry.addFault(QStringLiteral("drop-connection@revokex*"), &error), qPrintable(error));
    const BulkRevocationPlan result =
        plan("certificate_id,device_id\n" + first.toLatin1() + ",dev-1\n" + second.toLatin1() + ",dev-2\n");
    BulkRevocationRunner runner(result, &m_foundry.client(), m_journal.get(), nullptr, {});
    QSignalSpy finished(&runner, &BulkRevocationRunner::finished);
    connect(&runner, &BulkRevocationRunner::rowFinished, this, [this](int row) {
        if (row == 0)
            m_foundry.emulator().clearFaults();
    });
    runner.start();
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(runner.end(), BulkRevocationRunner::End::Completed);
    QCOMPARE(runner.results().at(0).outcome, Outcome::Uncertain);
    QCOMPARE(runner.results().at(1).outcome, Outcome::Revoked);
    QVERIFY(!m_foundry.emulator().certificate(first));
    QVERIFY(BulkRevocationRunner::reportCsv(runner.results()).contains(BulkRevocationRunner::outcomeText(Outcome::Uncertain)));
    // The journal does not call the uncertain revoke failed: it waits for a person to try it again.
    const QList<JobJournal::LeftBehindRecord> open = m_journal->openLeftBehind();
    QCOMPARE(open.size(), qsizetype(1));
    QCOMPARE(open.at(0).item.kind, LeftBehind::Kind::CertificateMaybeOnFoundry);
    QCOMPARE(open.at(0).item.action, LeftBehind::Action::RevokeCertificate);
    QCOMPARE(open.at(0).item.certificateId, first);
}

// The settings change while the second row waits for its token: the client it would use is gone,
// and the run stops there instead of sending through it.
void TestBulkRevocation::clientGoneWhileWaitingStopsTheRun()
{
    const QString first = journalIssuedCertificate(QStringLiteral("dev-1"));
    const QString second = journalIssuedCertificate(QStringLiteral("dev-2"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    m_foundry.emulator().clearRequests();
    auto client = std::make_unique<FoundryClient>(m_foundry.client().settings());
    const BulkRevocationPlan result =
        plan("certificate_id,device_id\n" + first.toLatin1() + ",dev-1\n" + second.toLatin1() + ",dev-2\n");
    FoundryRateLimiter limiter(2, 1);
    BulkRevocationRunner runner(result, client.get(), m_journal.get(), &limiter, {});
    QSignalSpy finished(&runner, &BulkRevocationRunner::finished);
    runner.start();
    QVERIFY(QTest::qWaitFor([&] { return runner.revokesDone() == 1; }, 30000));
    QCOMPARE(runner.state(), BulkRevocationRunner::State::WaitingForRate);
    client.reset();
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QCOMPARE(runner.end(), BulkRevocationRunner::End::Stopped);
    QVERIFY2(runner.stopReason().contains(QStringLiteral("went away")), qPrintable(runner.stopReason()));
    QCOMPARE(runner.results().at(0).outcome, Outcome::Revoked);
    QCOMPARE(runner.results().at(1).outcome, Outcome::NotAttempted);
    QCOMPARE(m_foundry.emulator().requests().size(), 1);
}

void TestBulkRevocation::reportNeutralisesFormulas()
{
    const BulkRevocationPlan result = plan("certificate_id,device_id\n=HYPERLINK(\"http://x.invalid\"),dev-1\n");
    QCOMPARE(result.rows().size(), 1);
    BulkRevocationRunner runner(result, &m_foundry.client(), m_journal.get(), nullptr, {});
    QSignalSpy finished(&runner, &BulkRevocationRunner::finished);
    runner.start();
    QCOMPARE(finished.count(), 1);
    const QString path = m_dir->filePath(QStringLiteral("report.csv"));
    QString why;
    QVERIFY2(BulkRevocationRunner::exportReport(runner.results(), path, &why), qPrintable(why));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("line,certificate_id,device_id,planned_action,result,detail,journal_id"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("2,\"'=HYPERLINK(")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("skipped")), qPrintable(lines.at(1)));
}

FOUNDRY_TEST_MAIN(TestBulkRevocation)
#include "tst_bulkrevocation.moc"
