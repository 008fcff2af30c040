#include "jobs/JobHistoryModel.h"
#include "jobs/JobJournal.h"
#include "TestMain.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using Outcome = JobResult::Outcome;

// The history model over a real SQLite journal: what it shows, how it searches, sorts and reads a
// page at a time, how it follows the journal, and the CSV of what a search shows.
class TestJobHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEveryColumnNewestFirst();
    void filtersByEachField();
    void certificatePrefixIgnoresCaseAndWildcards();
    void sortsByAColumn();
    void readsAPageAtATime();
    void followsJobsAddedAndChanged();
    void showsARevokedCertificate();
    void manyRowsHeldFollowOnlyTheJobsThatChanged();
    void hostileTextIsEscaped();
    void prefixSearchUsesAnIndex();
    void exportWritesWhatTheSearchShowsWithoutFormulas();
    void exportOfManyJobsIsWrittenAsItIsRead();
    void exportThatCannotBeWrittenLeavesNoFile();

private:
    // A finished provisioning job; its ID.
    qint64 addJob(const QString &deviceId, const QString &certificateId, Outcome outcome = Outcome::Done,
                  const QString &operatorName = QStringLiteral("alice"), const QString &station = QStringLiteral("bench-1"),
                  const QDateTime &startedAt = {});
    qint64 addRevoke(const QString &certificateId, const QString &deviceId, const QString &reason);
    QStringList column(int column) const;
    QString resultOf(int row) const { return m_model->index(row, JobHistoryModel::ResultColumn).data().toString(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<JobHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestJobHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<JobJournal>(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY2(m_journal->open(), qPrintable(m_journal->errorString()));
    m_model = std::make_unique<JobHistoryModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestJobHistoryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_journal.reset();
}

qint64 TestJobHistoryModel::addJob(const QString &deviceId, const QString &certificateId, Outcome outcome,
                                   const QString &operatorName, const QString &station, const QDateTime &startedAt)
{
    JobJournal::Job job;
    job.deviceId = deviceId;
    job.operatorName = operatorName;
    job.station = station;
    job.startedAt = startedAt;
    const qint64 id = m_journal->beginJob(job);
    if (id == 0)
        return 0;
    if (!m_journal->setCertificate(id, certificateId, QStringLiteral("arn:aws:iot:us-west-2:1:cert/") + certificateId)
        || !m_journal->setDevice(id, QStringLiteral("SN-") + deviceId,
                                 {QStringLiteral("devices/%1/up").arg(deviceId), QStringLiteral("devices/%1/down").arg(deviceId)})
        || (outcome != Outcome::Pending && !m_journal->finishJob(id, outcome, {})))
        return 0;
    return id;
}

qint64 TestJobHistoryModel::addRevoke(const QString &certificateId, const QString &deviceId, const QString &reason)
{
    JobJournal::Job job;
    job.kind = JobJournal::Kind::Revoke;
    job.certificateId = certificateId;
    job.deviceId = deviceId;
    job.operatorName = QStringLiteral("support-1");
    job.reason = reason;
    const qint64 id = m_journal->beginJob(job);
    return id != 0 && m_journal->finishJob(id, Outcome::Done, {}) ? id : 0;
}

QStringList TestJobHistoryModel::column(int column) const
{
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        texts << m_model->index(row, column).data().toString();
    return texts;
}

void TestJobHistoryModel::showsEveryColumnNewestFirst()
{
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::UTC);
    QVERIFY(addJob(QStringLiteral("dev-1"), QStringLiteral("aa11"), Outcome::Done, QStringLiteral("alice"),
                   QStringLiteral("bench-1"), start));
    QVERIFY(addJob(QStringLiteral("dev-2"), QStringLiteral("bb22"), Outcome::Failed, QStringLiteral("bob"),
                   QStringLiteral("bench-2"), start.addSecs(60)));
    m_model->setJournal(m_journal.get());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(JobHistoryModel::ColumnCount));
    QCOMPARE(m_model->headerData(JobHistoryModel::CertificateIdColumn, Qt::Horizontal).toString(),
             QStringLiteral("Certificate ID"));
    const auto cell = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, JobHistoryModel::DeviceIdColumn), QStringLiteral("dev-2"));
    QCOMPARE(cell(0, JobHistoryModel::CertificateIdColumn), QStringLiteral("bb22"));
    QCOMPARE(cell(0, JobHistoryModel::ArnColumn), QStringLiteral("arn:aws:iot:us-west-2:1:cert/bb22"));
    QCOMPARE(cell(0, JobHistoryModel::TopicsColumn), QStringLiteral("devices/dev-2/up, devices/dev-2/down"));
    QCOMPARE(cell(0, JobHistoryModel::ResultColumn), QStringLiteral("failed"));
    QCOMPARE(cell(0, JobHistoryModel::OperatorColumn), QStringLiteral("bob"));
    QCOMPARE(cell(0, JobHistoryModel::StationColumn), QStringLiteral("bench-2"));
    QCOMPARE(cell(0, JobHistoryModel::TimeColumn),
             start.addSecs(60).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(cell(1, JobHistoryModel::DeviceIdColumn), QStringLiteral("dev-1"));
    QCOMPARE(cell(1, JobHistoryModel::ResultColumn), QStringLiteral("done"));
    QCOMPARE(m_model->index(1, 0).data(JobHistoryModel::JobIdRole).toLongLong(), m_model->job(1).id);
}

void TestJobHistoryModel::filtersByEachField()
{
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
    QVERIFY(addJob(QStringLiteral("dev-1"), QStringLiteral("aa11"), Outcome::Done, QStringLiteral("alice"),
                   QStringLiteral("bench-1"), start));
    QVERIFY(addJob(QStringLiteral("dev-2"), QStringLiteral("bb22"), Outcome::Failed, QStringLiteral("bob"),
                   QStringLiteral("bench-2"), start.addDays(1)));
    QVERIFY(addJob(QStringLiteral("dev-3"), QStringLiteral("aa33"), Outcome::Pending, QStringLiteral("bob"),
                   QStringLiteral("bench-1"), start.addDays(2)));
    m_model->setJournal(m_journal.get());
    QCOMPARE(m_model->rowCount(), 3);

    JobJournal::Filter filter;
    filter.deviceId = QStringLiteral("dev-2");
    m_model->setFilter(filter);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn), QStringList{QStringLiteral("dev-2")});

    filter = {};
    filter.certificatePrefix = QStringLiteral("aa");
    m_model->setFilter(filter);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn), (QStringList{QStringLiteral("dev-3"), QStringLiteral("dev-1")}));

    filter = {};
    filter.from = start.addDays(1);
    filter.to = start.addDays(2);
    m_model->setFilter(filter);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn), QStringList{QStringLiteral("dev-2")});

    filter = {};
    filter.operatorName = QStringLiteral("bob");
    filter.station = QStringLiteral("bench-1");
    m_model->setFilter(filter);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn), QStringList{QStringLiteral("dev-3")});

    filter = {};
    filter.outcome = Outcome::Pending;
    m_model->setFilter(filter);
    QCOMPARE(column(JobHistoryModel::ResultColumn), QStringList{QStringLiteral("unfinished")});

    filter.outcome = Outcome::Done;
    m_model->setFilter(filter);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn), QStringList{QStringLiteral("dev-1")});
    QCOMPARE(m_model->filter().outcome, Outcome::Done);
}

// The prefix is a range over a case-blind index: typed in either case it finds the ID, and % or _
// match only themselves, as they did when it was a comparison of lower-cased text.
void TestJobHistoryModel::certificatePrefixIgnoresCaseAndWildcards()
{
    QVERIFY(addJob(QStringLiteral("dev-1"), QStringLiteral("AbCdef01")));
    QVERIFY(addJob(QStringLiteral("dev-2"), QStringLiteral("ab%x")));
    QVERIFY(addJob(QStringLiteral("dev-3"), QStringLiteral("abc")));
    QVERIFY(addJob(QStringLiteral("dev-4"), QStringLiteral("abd")));
    m_model->setJournal(m_journal.get());
    JobJournal::Filter filter;
    filter.certificatePrefix = QStringLiteral("ABCD");
    m_model->setFilter(filter);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn), QStringList{QStringLiteral("dev-1")});
    filter.certificatePrefix = QStringLiteral("ab%");
    m_model->setFilter(filter);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn), QStringList{QStringLiteral("dev-2")});
    filter.certificatePrefix = QStringLiteral("ab_");
    m_model->setFilter(filter);
    QCOMPARE(m_model->rowCount(), 0);
    filter.certificatePrefix = QStringLiteral("abc");
    m_model->setFilter(filter);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn), (QStringList{QStringLiteral("dev-3"), QStringLiteral("dev-1")}));
}

void TestJobHistoryModel::sortsByAColumn()
{
    QVERIFY(addJob(QStringLiteral("dev-b"), QStringLiteral("c2"), Outcome::Done, QStringLiteral("carol")));
    QVERIFY(addJob(QStringLiteral("dev-c"), QStringLiteral("c3"), Outcome::Done, QStringLiteral("alice")));
    QVERIFY(addJob(QStringLiteral("dev-a"), QStringLiteral("c1"), Outcome::Done, QStringLiteral("bob")));
    m_model->setJournal(m_journal.get());
    m_model->sort(JobHistoryModel::DeviceIdColumn, Qt::AscendingOrder);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn),
             (QStringList{QStringLiteral("dev-a"), QStringLiteral("dev-b"), QStringLiteral("dev-c")}));
    m_model->sort(JobHistoryModel::OperatorColumn, Qt::DescendingOrder);
    QCOMPARE(column(JobHistoryModel::OperatorColumn),
             (QStringList{QStringLiteral("carol"), QStringLiteral("bob"), QStringLiteral("alice")}));
    m_model->sort(JobHistoryModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn),
             (QStringList{QStringLiteral("dev-b"), QStringLiteral("dev-c"), QStringLiteral("dev-a")}));
}

// Pages follow one another without a row repeated or skipped, also where the sorted value ties.
void TestJobHistoryModel::readsAPageAtATime()
{
    for (int i = 0; i < 10; ++i)
        QVERIFY(addJob(QStringLiteral("dev-%1").arg(i), QStringLiteral("c%1").arg(i), Outcome::Done,
                       i % 2 ? QStringLiteral("alice") : QStringLiteral("bob")));
    // The model tester reads further pages itself.
    m_tester.reset();
    m_model->setPageSize(4);
    m_model->setJournal(m_journal.get());
    m_model->sort(JobHistoryModel::OperatorColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 8);
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 10);
    QVERIFY(!m_model->canFetchMore({}));
    QStringList devices = column(JobHistoryModel::DeviceIdColumn);
    QCOMPARE(column(JobHistoryModel::OperatorColumn).mid(0, 5), QStringList(5, QStringLiteral("alice")));
    // Ties newest first.
    QCOMPARE(devices.mid(0, 5), (QStringList{QStringLiteral("dev-9"), QStringLiteral("dev-7"), QStringLiteral("dev-5"),
                                             QStringLiteral("dev-3"), QStringLiteral("dev-1")}));
    devices.sort();
    devices.removeDuplicates();
    QCOMPARE(devices.size(), 10);
}

void TestJobHistoryModel::followsJobsAddedAndChanged()
{
    QVERIFY(addJob(QStringLiteral("dev-old"), QStringLiteral("c-old")));
    m_model->setJournal(m_journal.get());
    QCOMPARE(m_model->rowCount(), 1);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    const qint64 running = addJob(QStringLiteral("dev-new"), QStringLiteral("c-new"), Outcome::Pending);
    QVERIFY(running);
    QVERIFY(QTest::qWaitFor([this] { return m_model->rowCount() == 2; }, 5000));
    // Inserted above what was there, not read again from scratch, so that a selection stays.
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->index(0, JobHistoryModel::ResultColumn).data().toString(), QStringLiteral("unfinished"));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_journal->finishJob(running, Outcome::Done, {}));
    QVERIFY(QTest::qWaitFor([this] {
        return m_model->index(0, JobHistoryModel::ResultColumn).data().toString() == QLatin1String("done");
    }, 5000));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(reset.size(), 0);

    // A job the search does not match does not show.
    JobJournal::Filter filter;
    filter.deviceId = QStringLiteral("dev-old");
    m_model->setFilter(filter);
    QVERIFY(addJob(QStringLiteral("dev-other"), QStringLiteral("c-other")));
    QTest::qWait(400);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn), QStringList{QStringLiteral("dev-old")});

    // A journal that goes away leaves an empty table, not rows of a closed file.
    m_journal.reset();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
}

// A provisioned certificate revoked later reads "revoked", with when and why; the revoke is a row too.
void TestJobHistoryModel::showsARevokedCertificate()
{
    QVERIFY(addJob(QStringLiteral("dev-r"), QStringLiteral("cert-r")));
    m_model->setJournal(m_journal.get());
    QCOMPARE(column(JobHistoryModel::ResultColumn), QStringList{QStringLiteral("done")});
    QVERIFY(addRevoke(QStringLiteral("cert-r"), QStringLiteral("dev-r"), QStringLiteral("device returned")));
    QVERIFY(QTest::qWaitFor([this] { return m_model->rowCount() == 2; }, 5000));
    QCOMPARE(column(JobHistoryModel::ResultColumn),
             (QStringList{QStringLiteral("revocation done"), QStringLiteral("revoked")}));
    QVERIFY(m_model->job(1).certificateRevokedAt.isValid());
    const QString revokeTip = m_model->index(0, JobHistoryModel::ResultColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(revokeTip.contains(QLatin1String("Reason: device returned")), qPrintable(revokeTip));
    QCOMPARE(m_model->job(0).operatorName, QStringLiteral("support-1"));

    // Searched for: the revoked job alone, not the revoke, nor a job whose certificate stays.
    QVERIFY(addJob(QStringLiteral("dev-kept"), QStringLiteral("cert-kept")));
    JobJournal::Filter revoked;
    revoked.certificateRevoked = true;
    m_model->setFilter(revoked);
    QCOMPARE(column(JobHistoryModel::DeviceIdColumn), QStringList{QStringLiteral("dev-r")});
    QCOMPARE(column(JobHistoryModel::ResultColumn), QStringList{QStringLiteral("revoked")});
}

// Past two pages held, a refresh reads the changed jobs alone: a job that ends and a certificate
// revoked show on their rows; a new job waits for the next search rather than read every row again.
void TestJobHistoryModel::manyRowsHeldFollowOnlyTheJobsThatChanged()
{
    const qint64 running = addJob(QStringLiteral("dev-running"), QStringLiteral("c-running"), Outcome::Pending);
    QVERIFY(running);
    for (int i = 0; i < 11; ++i)
        QVERIFY(addJob(QStringLiteral("dev-%1").arg(i), QStringLiteral("c-%1").arg(i)));
    m_tester.reset();
    m_model->setPageSize(2);
    m_model->setJournal(m_journal.get());
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 12);
    QCOMPARE(resultOf(11), QStringLiteral("unfinished"));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    QVERIFY(m_journal->finishJob(running, Outcome::Done, {}));
    QVERIFY(QTest::qWaitFor([this] { return resultOf(11) == QLatin1String("done"); }, 5000));
    QVERIFY(addRevoke(QStringLiteral("c-3"), QStringLiteral("dev-3"), QStringLiteral("lost")));
    QVERIFY(QTest::qWaitFor([this] { return resultOf(7) == QLatin1String("revoked"); }, 5000));
    QCOMPARE(m_model->index(7, JobHistoryModel::DeviceIdColumn).data().toString(), QStringLiteral("dev-3"));
    QCOMPARE(m_model->rowCount(), 12);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(reset.size(), 0);
    m_model->setFilter({});
    QCOMPARE(resultOf(0), QStringLiteral("revocation done"));
}

void TestJobHistoryModel::hostileTextIsEscaped()
{
    const QString hostile = QStringLiteral("dev\x1b]0;owned\x07\nfake row\u202e");
    QVERIFY(addJob(hostile, QStringLiteral("c\x1b[2J"), Outcome::Done, QStringLiteral("op\r"),
                   QStringLiteral("st\u2028")));
    m_model->setJournal(m_journal.get());
    QCOMPARE(m_model->rowCount(), 1);
    for (int column = 0; column < JobHistoryModel::ColumnCount; ++column) {
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
            const QString text = m_model->index(0, column).data(role).toString();
            for (const QChar c : text) {
                // The tooltip's own line breaks are the model's, between escaped lines.
                if (role == Qt::ToolTipRole && c == QLatin1Char('\n'))
                    continue;
                QVERIFY2(c.category() != QChar::Other_Control && c != QChar(0x202e) && c != QChar(0x2028),
                         qPrintable(QStringLiteral("column %1: %2").arg(column).arg(text.toHtmlEscaped())));
            }
        }
    }
    QCOMPARE(m_model->index(0, JobHistoryModel::DeviceIdColumn).data().toString(),
             QStringLiteral("dev\\x1b]0;owned\\x07\\nfake row\\u202e"));
    QCOMPARE(m_model->job(0).deviceId, hostile);
}

// The journal's own plan for a prefix search: the case-blind index, not a scan of every job.
void TestJobHistoryModel::prefixSearchUsesAnIndex()
{
    QVERIFY(addJob(QStringLiteral("dev-1"), QStringLiteral("abc")));
    m_journal.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM jobs WHERE cert_id COLLATE NOCASE >= 'ab' "
                                          "AND cert_id COLLATE NOCASE < 'ab\U0010FFFF' ORDER BY started_at DESC, id DESC")));
        QStringList plan;
        while (query.next())
            plan << query.value(3).toString();
        QVERIFY2(plan.join(QLatin1Char(' ')).contains(QLatin1String("jobs_cert_id_nocase")), qPrintable(plan.join(QLatin1Char('|'))));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
}

// The export is the journal's CSV (the same as history --csv) of every row the search matches, read
// or not yet, with the kind, the reason and the revoke, and no cell a spreadsheet would evaluate.
void TestJobHistoryModel::exportWritesWhatTheSearchShowsWithoutFormulas()
{
    QVERIFY(addJob(QStringLiteral("=HYPERLINK(\"http://example.invalid\")"), QStringLiteral("cafe01")));
    QVERIFY(addJob(QStringLiteral("dev-2"), QStringLiteral("cafe02")));
    QVERIFY(addJob(QStringLiteral("dev-3"), QStringLiteral("beef03")));
    QVERIFY(addRevoke(QStringLiteral("cafe02"), QStringLiteral("dev-2"), QStringLiteral("+lost in transit")));
    m_tester.reset();
    m_model->setPageSize(1);
    m_model->setJournal(m_journal.get());
    JobJournal::Filter filter;
    filter.certificatePrefix = QStringLiteral("CAFE");
    m_model->setFilter(filter);
    QCOMPARE(m_model->rowCount(), 1);

    const QString file = m_dir->filePath(QStringLiteral("export.csv"));
    qsizetype exported = 0;
    QVERIFY2(m_journal->exportCsv(m_model->filter(), m_model->order(), file, &exported),
             qPrintable(m_journal->errorString()));
    QCOMPARE(exported, 3);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(written.readAll()).split(QLatin1String("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).endsWith(QLatin1String(",topics,kind,reason,certificate_revoked_at")));
    QVERIFY2(lines.at(1).contains(QLatin1String(",revoke,'+lost in transit,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QLatin1String(",provision,,20")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).contains(QLatin1String("\"'=HYPERLINK(")), qPrintable(lines.at(3)));
    QVERIFY(!lines.join(QString()).contains(QLatin1String("beef03")));
}

// A history longer than one piece of the export (4096 rows) is written in pieces that together are
// exactly the CSV of every job the search finds, in its order.
void TestJobHistoryModel::exportOfManyJobsIsWrittenAsItIsRead()
{
    constexpr int jobCount = 9000;
    {
        // One transaction: the journal's own writes commit each row durably, far too slow for 9000.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO jobs (started_at, finished_at, operator, station, device_id, "
                                             "cert_id, outcome) VALUES (?, ?, 'alice', ?, ?, ?, 'done')")));
        const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC);
        for (int i = 0; i < jobCount; ++i) {
            query.addBindValue(start.addSecs(i).toString(Qt::ISODateWithMs));
            query.addBindValue(start.addSecs(i + 20).toString(Qt::ISODateWithMs));
            query.addBindValue(i % 3 == 0 ? QStringLiteral("bench-1") : QStringLiteral("bench-2"));
            query.addBindValue(QStringLiteral("dev-%1").arg(i));
            query.addBindValue(QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));

    const QString file = m_dir->filePath(QStringLiteral("all.csv"));
    qsizetype exported = 0;
    QVERIFY2(m_journal->exportCsv(JobJournal::Filter(), JobJournal::Page(), file, &exported),
             qPrintable(m_journal->errorString()));
    QCOMPARE(exported, jobCount);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), JobJournal::toCsv(m_journal->jobs()));

    JobJournal::Filter filter;
    filter.station = QStringLiteral("bench-1");
    JobJournal::Page order;
    order.column = JobJournal::SortColumn::DeviceId;
    order.order = Qt::AscendingOrder;
    QVERIFY(m_journal->exportCsv(filter, order, file, &exported));
    QCOMPARE(exported, jobCount / 3);
    written.close();
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), JobJournal::toCsv(m_journal->jobs(filter, order)));
}

// Nothing is left behind that could be taken for a (short) history, and the error names the file.
void TestJobHistoryModel::exportThatCannotBeWrittenLeavesNoFile()
{
    QVERIFY(addJob(QStringLiteral("dev-1"), QStringLiteral("cafe01")));
    const QString file = m_dir->filePath(QStringLiteral("no-such-folder/export.csv"));
    QVERIFY(!m_journal->exportCsv(JobJournal::Filter(), JobJournal::Page(), file));
    QVERIFY2(m_journal->errorString().contains(file), qPrintable(m_journal->errorString()));
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no-such-folder"))));
}

FOUNDRY_TEST_MAIN(TestJobHistoryModel)
#include "tst_jobhistorymodel.moc"
