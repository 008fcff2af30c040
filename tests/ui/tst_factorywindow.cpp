#include "AttentionPanel.h"
#include "BulkRevokeDialog.h"
#include "CertificatesPage.h"
#include "EmulatedFoundry.h"
#include "MainWindow.h"
#include "PostgresServer.h"
#include "RevokeCertificateDialog.h"
#include "SessionTokenStore.h"
#include "SimulatedDevice.h"
#include "WindowTestMain.h"
#include "WindowTestSupport.h"
#include "base/CsvReader.h"
#include "foundry/FoundryReply.h"
#include "jobs/BulkRevocationModel.h"
#include "jobs/BulkRevocationPlan.h"
#include "jobs/BulkRevocationRunner.h"
#include "jobs/JobHistoryModel.h"
#include "jobs/JobJournal.h"
#include "jobs/LeftBehind.h"
#include "jobs/NeedsAttentionModel.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using WindowTestSupport::child;

namespace {

const QString environment = QStringLiteral("production");
const QString desk = QStringLiteral("support-desk");
const QString deskOperator = QStringLiteral("alice");

// A job of the shared journal as the test made it, to compare with what the window shows.
struct MadeJob
{
    QString station;
    QString deviceId;
    QString certificateId;
    qint64 id = 0;
};

} // namespace

// Factory mode in the window: two benches ("bench-7" and "bench-2"), each its own journal
// connection as another process would hold, record certificates the emulated Foundry really issued
// into one real PostgreSQL journal, and bench-7 leaves one for a person. The window, opened as the
// support desk on that journal, finds, filters by station, exports and bulk-revokes across both
// benches, and finishes bench-7's item from its Needs attention list.
class TestFactoryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void historyShowsEveryStationsJobs();
    void stationFilterAndItsExport();
    void bulkRevokeAcrossStations();
    void needsAttentionOfABenchFinishedAtTheDesk();
    void deviceItemOfABenchIsNotActedOnAtTheDesk();

private:
    // A bench's own connection to the shared journal, with a spool of its own.
    std::unique_ptr<JobJournal> openBench(const QString &name);
    // Foundry issues a certificate for device; station's journal records the job that got it, ended
    // with outcome (needing attention: with its certificate left on Foundry for a person).
    MadeJob recordIssued(JobJournal &bench, const QString &station, const QString &device, JobResult::Outcome outcome);
    void openWindow();
    void search(const char *edit, const QString &text);
    QString shown(int row, int column) const;
    // The rows of the page's table whose certificate is certificateId.
    QList<int> rowsOf(const QString &certificateId) const;
    bool acceptFileDialog(QWidget *parent, const QString &path);
    // The revokes of certificateId the journal holds, read through connection.
    static QList<JobJournal::Job> revokesOf(const JobJournal &connection, const QString &certificateId);

    PostgresServer m_postgres;
    EmulatedFoundry m_foundry{QStringLiteral("factory-window-token")};
    QTemporaryDir m_spools;
    QString m_journalUrl;
    std::unique_ptr<JobJournal> m_bench7;
    std::unique_ptr<JobJournal> m_bench2;
    QList<MadeJob> m_bench7Jobs; // the last one needs attention
    QList<MadeJob> m_bench2Jobs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionTokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
    CertificatesPage *m_page = nullptr;
};

void TestFactoryWindow::initTestCase()
{
    // The shared journal's spool goes to the test's own data folder.
    QStandardPaths::setTestModeEnabled(true);
    if (!m_postgres.isInstalled())
        QSKIP("no PostgreSQL server on this machine; ./dev installs the package postgresql");
    QVERIFY(m_spools.isValid());
    // libpq would otherwise take a password from the person's own ~/.pgpass.
    qputenv("PGPASSFILE", QFile::encodeName(m_spools.filePath(QStringLiteral("no-pgpass"))));
    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY2(m_foundry.start(&why), qPrintable(why));
    m_journalUrl = m_postgres.url();

    m_bench7 = openBench(QStringLiteral("bench-7"));
    m_bench2 = openBench(QStringLiteral("bench-2"));
    QVERIFY(m_bench7 && m_bench2);
    // Interleaved, as two benches working at once write them.
    for (int i = 1; i <= 2; ++i) {
        m_bench7Jobs << recordIssued(*m_bench7, QStringLiteral("bench-7"), QStringLiteral("b7-dev-%1").arg(i),
                                     JobResult::Outcome::Done);
        m_bench2Jobs << recordIssued(*m_bench2, QStringLiteral("bench-2"), QStringLiteral("b2-dev-%1").arg(i),
                                     JobResult::Outcome::Done);
    }
    m_bench7Jobs << recordIssued(*m_bench7, QStringLiteral("bench-7"), QStringLiteral("b7-dev-3"),
                                 JobResult::Outcome::NeedsAttention);
    for (const MadeJob &job : m_bench7Jobs + m_bench2Jobs)
        QVERIFY2(job.id != 0 && !job.certificateId.isEmpty(), qPrintable(job.deviceId));
    QCOMPARE(m_bench7->openLeftBehind().size(), 1);
}

std::unique_ptr<JobJournal> TestFactoryWindow::openBench(const QString &name)
{
    auto bench = std::make_unique<JobJournal>(m_journalUrl);
    bench->setSpoolPath(m_spools.filePath(name + QStringLiteral("-spool.sqlite")));
    if (!bench->open()) {
        qWarning("%s did not open the journal: %s", qPrintable(name), qPrintable(bench->errorString()));
        return nullptr;
    }
    return bench;
}

MadeJob TestFactoryWindow::recordIssued(JobJournal &bench, const QString &station, const QString &device,
                                        JobResult::Outcome outcome)
{
    MadeJob made{station, device, {}, 0};
    const QString topic = QStringLiteral("devices/%1/up").arg(device);
    FoundryReply *reply = m_foundry.client().generate(QStringList{topic});
    QSignalSpy finished(reply, &FoundryReply::finished);
    if (!finished.wait(30000) || reply->error().isError())
        return made;
    const QString certificateId = reply->generateResponse().id();
    const QString arn = reply->generateResponse().arn();
    reply->deleteLater();
    JobJournal::Job job;
    job.deviceId = device;
    job.operatorName = QStringLiteral("technician-") + station.right(1);
    job.station = station;
    job.port = QStringLiteral("/dev/ttyACM0");
    const qint64 id = bench.beginJob(job);
    QList<LeftBehind> left;
    QString error;
    if (outcome == JobResult::Outcome::NeedsAttention) {
        LeftBehind item;
        item.kind = LeftBehind::Kind::CertificateOnFoundry;
        item.action = LeftBehind::Action::RevokeCertificate;
        item.certificateId = certificateId;
        item.deviceId = device;
        item.certificateState = QStringLiteral("issued, not revoked");
        left << item;
        error = QStringLiteral("Foundry did not answer the provision, nor the rollback's revoke");
    }
    if (id == 0 || !bench.setCertificate(id, certificateId, arn) || !bench.setDevice(id, QStringLiteral("SN-") + device, {topic})
        || !bench.finishJob(id, outcome, error, left)) {
        qWarning("%s could not journal %s: %s", qPrintable(station), qPrintable(device), qPrintable(bench.errorString()));
        return made;
    }
    made.certificateId = certificateId;
    made.id = id;
    return made;
}

// The desk: a production environment on the emulated Foundry, its token kept for the session, the
// journal the shared database (a Sandbox would keep a file of its own).
void TestFactoryWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
    m_foundry.emulator().clearRequests();
    StationSettings station;
    station.environments.insert(environment, {m_foundry.emulator().baseUrl().toString(),
                                              QStringLiteral("Authorization: Bearer"), m_foundry.caFile()});
    station.currentEnvironment = environment;
    station.journalPath = m_journalUrl;
    station.operatorName = deskOperator;
    station.stationName = desk;
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
    station.save(*m_settings);
    m_tokens = std::make_unique<SessionTokenStore>();
    m_tokens->store(environment, QCA::SecureArray(m_foundry.token().toUtf8()), this, [](const QString &) {});
}

void TestFactoryWindow::cleanup()
{
    m_page = nullptr;
    m_window.reset();
    m_tokens.reset();
    m_settings.reset();
}

void TestFactoryWindow::openWindow()
{
    m_window = WindowTestSupport::openOnCertificatesPage(m_settings.get(), m_tokens.get());
    QVERIFY(m_window);
    m_page = m_window->certificatesPage();
}

// Types text into the page's field as a person would (what was there goes first) and presses Enter.
void TestFactoryWindow::search(const char *edit, const QString &text)
{
    auto *field = child<QLineEdit>(m_page, edit);
    QVERIFY(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(child<QLabel>(m_page, "problemLabel")->text().isEmpty(),
             qPrintable(child<QLabel>(m_page, "problemLabel")->text()));
}

QString TestFactoryWindow::shown(int row, int column) const
{
    return m_page->model()->index(row, column).data().toString();
}

QList<int> TestFactoryWindow::rowsOf(const QString &certificateId) const
{
    QList<int> rows;
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->job(row).certificateId == certificateId)
            rows << row;
    }
    return rows;
}

bool TestFactoryWindow::acceptFileDialog(QWidget *parent, const QString &path)
{
    QFileDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = parent->findChild<QFileDialog *>()) != nullptr; }, 5000))
        return false;
    dialog->selectFile(path);
    // QFileDialog's own accept() is protected; the dialog's, virtual, is what its button calls.
    static_cast<QDialog *>(dialog)->accept();
    return true;
}

QList<JobJournal::Job> TestFactoryWindow::revokesOf(const JobJournal &connection, const QString &certificateId)
{
    QList<JobJournal::Job> revokes;
    JobJournal::Filter filter;
    filter.certificatePrefix = certificateId;
    for (const JobJournal::Job &job : connection.jobs(filter)) {
        if (job.kind == JobJournal::Kind::Revoke)
            revokes << job;
    }
    return revokes;
}

// Every bench's jobs, each row with the station that ran it; a certificate of bench-2 found at the
// desk by the beginning of its ID, typed in capitals.
void TestFactoryWindow::historyShowsEveryStationsJobs()
{
    openWindow();
    JobHistoryModel *model = m_page->model();
    QVERIFY(!model->canFetchMore({}));
    const QList<MadeJob> made = m_bench7Jobs + m_bench2Jobs;
    QCOMPARE(model->rowCount(), made.size());
    for (const MadeJob &job : made) {
        const QList<int> rows = rowsOf(job.certificateId);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(shown(rows.constFirst(), JobHistoryModel::StationColumn), job.station);
        QCOMPARE(shown(rows.constFirst(), JobHistoryModel::DeviceIdColumn), job.deviceId);
    }

    const MadeJob &wanted = m_bench2Jobs.at(1);
    search("certificateEdit", wanted.certificateId.left(10).toUpper());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(shown(0, JobHistoryModel::CertificateIdColumn), wanted.certificateId);
    QCOMPARE(shown(0, JobHistoryModel::StationColumn), QStringLiteral("bench-2"));
    QCOMPARE(shown(0, JobHistoryModel::DeviceIdColumn), wanted.deviceId);
}

// Typed into the station field, a bench's name leaves only that bench's jobs; the export of such a
// search, through the page's own button and file dialog, holds those jobs and no other.
void TestFactoryWindow::stationFilterAndItsExport()
{
    openWindow();
    JobHistoryModel *model = m_page->model();
    search("stationEdit", QStringLiteral("bench-7"));
    QCOMPARE(model->rowCount(), m_bench7Jobs.size());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(shown(row, JobHistoryModel::StationColumn), QStringLiteral("bench-7"));
    for (const MadeJob &job : m_bench7Jobs)
        QCOMPARE(rowsOf(job.certificateId).size(), 1);

    search("stationEdit", QStringLiteral("bench-2"));
    QCOMPARE(model->rowCount(), m_bench2Jobs.size());
    const QString file = m_dir->filePath(QStringLiteral("bench-2.csv"));
    QSignalSpy exported(m_page, &CertificatesPage::exportFinished);
    QTest::mouseClick(child<QPushButton>(m_page, "exportButton"), Qt::LeftButton);
    QVERIFY(acceptFileDialog(m_page, file));
    QVERIFY(exported.wait(20000));
    QVERIFY2(exported.constFirst().at(0).toBool(), qPrintable(child<QLabel>(m_page, "problemLabel")->text()));

    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    bool tooMany = false;
    const QList<CsvReader::Record> records = CsvReader::read(written.readAll(), 100, &tooMany);
    QVERIFY(!tooMany);
    QCOMPARE(records.size(), 1 + m_bench2Jobs.size());
    const QStringList header = records.constFirst().fields;
    const qsizetype stationField = header.indexOf(QStringLiteral("station"));
    const qsizetype certificateField = header.indexOf(QStringLiteral("cert_id"));
    QVERIFY2(stationField >= 0 && certificateField >= 0, qPrintable(header.join(QLatin1Char(','))));
    QStringList exportedCertificates;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvReader::Record &record = records.at(i);
        QVERIFY2(record.problem.isEmpty(), qPrintable(record.problem));
        QCOMPARE(record.fields.size(), header.size());
        QCOMPARE(record.fields.at(stationField), QStringLiteral("bench-2"));
        exportedCertificates << record.fields.at(certificateField);
    }
    for (const MadeJob &job : m_bench2Jobs)
        QVERIFY2(exportedCertificates.contains(job.certificateId), qPrintable(job.certificateId));
}

// A recall list naming one certificate of each bench, planned and run from the page's dialog by
// clicks: both are revoked at Foundry, journaled as the desk's, and the page shows them revoked.
void TestFactoryWindow::bulkRevokeAcrossStations()
{
    openWindow();
    const MadeJob fromBench7 = m_bench7Jobs.at(0);
    const MadeJob fromBench2 = m_bench2Jobs.at(0);
    const QString csvPath = m_dir->filePath(QStringLiteral("recall.csv"));
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("certificate_id,device_id\r\n%1,%2\r\n%3,%4\r\n")
                      .arg(fromBench7.certificateId, fromBench7.deviceId, fromBench2.certificateId, fromBench2.deviceId)
                      .toUtf8());
    }

    QTest::mouseClick(child<QPushButton>(m_page, "bulkRevokeButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<BulkRevokeDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
    QTest::mouseClick(child<QPushButton>(dialog, "chooseFileButton"), Qt::LeftButton);
    QVERIFY(acceptFileDialog(dialog, csvPath));
    BulkRevocationModel *plan = dialog->model();
    QVERIFY(QTest::qWaitFor([plan] { return plan->rowCount() == 2; }, 5000));
    // The journal knows both, each on its device: neither is a certificate it has not seen.
    for (int row = 0; row < 2; ++row)
        QCOMPARE(static_cast<BulkRevocationPlan::Action>(plan->index(row, 0).data(BulkRevocationModel::ActionRole).toInt()),
                 BulkRevocationPlan::Action::Revoke);
    QVERIFY(m_foundry.emulator().requests().isEmpty());

    QTest::mouseClick(child<QPushButton>(dialog, "runButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("factory recall 7"));
    QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
    auto *exportButton = child<QPushButton>(dialog, "exportButton");
    QVERIFY(QTest::qWaitFor([exportButton] { return exportButton->isVisible(); }, 30000));
    for (int row = 0; row < 2; ++row)
        QCOMPARE(static_cast<BulkRevocationRunner::Outcome>(plan->index(row, 0).data(BulkRevocationModel::OutcomeRole).toInt()),
                 BulkRevocationRunner::Outcome::Revoked);
    QVERIFY(!m_foundry.emulator().certificate(fromBench7.certificateId));
    QVERIFY(!m_foundry.emulator().certificate(fromBench2.certificateId));
    QVERIFY(m_foundry.emulator().certificate(m_bench7Jobs.at(1).certificateId));
    QVERIFY(m_foundry.emulator().certificate(m_bench2Jobs.at(1).certificateId));

    // Read through a bench's own connection: the revokes are the desk's, whichever bench issued.
    for (const MadeJob &job : {fromBench7, fromBench2}) {
        const QList<JobJournal::Job> revokes = revokesOf(*m_bench2, job.certificateId);
        QCOMPARE(revokes.size(), 1);
        const JobJournal::Job &revoke = revokes.constFirst();
        QCOMPARE(revoke.outcome, JobResult::Outcome::Done);
        QCOMPARE(revoke.station, desk);
        QCOMPARE(revoke.operatorName, deskOperator);
        QCOMPARE(revoke.deviceId, job.deviceId);
        QCOMPARE(revoke.reason, QStringLiteral("factory recall 7"));
    }

    QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_page->findChild<BulkRevokeDialog *>(); }, 5000));
    JobHistoryModel *model = m_page->model();
    const int expectedRows = static_cast<int>(m_bench7Jobs.size() + m_bench2Jobs.size()) + 2;
    QVERIFY2(QTest::qWaitFor([&] { return model->rowCount() == expectedRows; }, 10000),
             qPrintable(QString::number(model->rowCount())));
    for (const MadeJob &job : m_bench7Jobs + m_bench2Jobs) {
        const bool recalled = job.certificateId == fromBench7.certificateId || job.certificateId == fromBench2.certificateId;
        for (int row : rowsOf(job.certificateId)) {
            const JobJournal::Job &shownJob = model->job(row);
            if (shownJob.kind == JobJournal::Kind::Revoke) {
                QVERIFY(recalled);
                QCOMPARE(shown(row, JobHistoryModel::StationColumn), desk);
                QCOMPARE(shown(row, JobHistoryModel::ResultColumn), QStringLiteral("revocation done"));
            } else {
                QCOMPARE(shown(row, JobHistoryModel::StationColumn), job.station);
                if (recalled)
                    QCOMPARE(shown(row, JobHistoryModel::ResultColumn), QStringLiteral("revoked"));
                else
                    QVERIFY(shown(row, JobHistoryModel::ResultColumn) != QLatin1String("revoked"));
            }
        }
    }
}

// bench-7's job left its certificate on Foundry: the desk lists it and revokes it by the item's
// button; the journal keeps that the desk's operator finished it, and bench-7's own connection
// sees it finished.
void TestFactoryWindow::needsAttentionOfABenchFinishedAtTheDesk()
{
    const MadeJob left = m_bench7Jobs.constLast();
    QVERIFY(m_foundry.emulator().certificate(left.certificateId));
    openWindow();
    AttentionPanel *panel = m_page->attentionPanel();
    QVERIFY(QTest::qWaitFor([panel] { return panel->isVisible() && panel->model()->rowCount() == 1; }, 5000));
    const QString item = panel->model()->index(0).data().toString();
    // Which bench left it: at the desk, a port or a slot means nothing without it.
    QVERIFY2(item.contains(left.certificateId) && item.contains(QLatin1String("bench-7")), qPrintable(item));
    QCOMPARE(panel->model()->record(0).station, QStringLiteral("bench-7"));
    QCOMPARE(panel->model()->index(0).data(NeedsAttentionModel::JobIdRole).toLongLong(), left.id);

    auto *act = child<QPushButton>(panel, "attentionActionButton");
    QVERIFY(act->isEnabled());
    QTest::mouseClick(act, Qt::LeftButton);
    auto *dialog = panel->findChild<RevokeCertificateDialog *>();
    QVERIFY(dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
    QVERIFY(child<QLabel>(dialog, "whatLabel")->text().contains(left.certificateId));
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("bench-7's rollback could not revoke it"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QVERIFY(QTest::qWaitFor([&] { return !m_foundry.emulator().certificate(left.certificateId); }, 30000));
    QVERIFY(QTest::qWaitFor([panel] { return panel->model()->rowCount() == 0; }, 5000));

    QVERIFY(m_bench7->openLeftBehind().isEmpty());
    const QList<JobJournal::LeftBehindRecord> items = m_bench7->leftBehind(left.id);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().item.certificateId, left.certificateId);
    QVERIFY(items.constFirst().finishedAt.isValid());
    QCOMPARE(items.constFirst().finishedBy, deskOperator);
    QVERIFY2(items.constFirst().finishedHow.contains(QLatin1String("revoked")), qPrintable(items.constFirst().finishedHow));
    const QList<JobJournal::Job> revokes = revokesOf(*m_bench7, left.certificateId);
    QCOMPARE(revokes.size(), 1);
    QCOMPARE(revokes.constFirst().station, desk);
    QCOMPARE(revokes.constFirst().operatorName, deskOperator);
    QCOMPARE(revokes.constFirst().outcome, JobResult::Outcome::Done);
}

// bench-7 left a certificate in slot 2 of the device on its port. At the desk the same port name
// is another device (here a simulated one) or none: the desk's button does not open it, says where
// the device was, and the item stays open for bench-7 or for a person.
void TestFactoryWindow::deviceItemOfABenchIsNotActedOnAtTheDesk()
{
    SimulatedDevice deskDevice(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(deskDevice.start(QStringLiteral("station")));
    JobJournal::Job job;
    job.deviceId = QStringLiteral("b7-dev-4");
    job.operatorName = QStringLiteral("technician-7");
    job.station = QStringLiteral("bench-7");
    job.port = deskDevice.portName();
    job.profile = QStringLiteral("station");
    job.slot = 2;
    const qint64 jobId = m_bench7->beginJob(job);
    LeftBehind item;
    item.kind = LeftBehind::Kind::DeviceHoldsCertificate;
    item.action = LeftBehind::Action::DeleteFromDevice;
    item.certificateId = QStringLiteral("ab12cd34");
    item.deviceId = job.deviceId;
    item.port = job.port;
    item.deviceSerial = QStringLiteral("SN-b7-dev-4");
    item.slot = 2;
    item.certificateRevoked = true;
    QVERIFY(jobId != 0);
    QVERIFY2(m_bench7->finishJob(jobId, JobResult::Outcome::NeedsAttention, QStringLiteral("the rollback lost the device"),
                                 {item}),
             qPrintable(m_bench7->errorString()));

    openWindow();
    AttentionPanel *panel = m_page->attentionPanel();
    QVERIFY(QTest::qWaitFor([panel] { return panel->isVisible() && panel->model()->rowCount() == 1; }, 5000));
    QVERIFY(panel->model()->index(0).data().toString().startsWith(QLatin1String("At bench-7:")));
    auto *act = child<QPushButton>(panel, "attentionActionButton");
    QVERIFY(act->isEnabled());
    QTest::mouseClick(act, Qt::LeftButton);
    auto *status = child<QLabel>(panel, "attentionStatusLabel");
    QVERIFY(QTest::qWaitFor([act] { return act->isEnabled(); }, 10000));
    QVERIFY2(status->text().contains(QLatin1String("at station bench-7")) && status->text().contains(QLatin1String("by hand")),
             qPrintable(status->text()));
    QCOMPARE(panel->model()->rowCount(), 1);
    const QList<JobJournal::LeftBehindRecord> items = m_bench7->leftBehind(jobId);
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.constFirst().finishedAt.isValid());
}

FOUNDRY_WINDOW_TEST_MAIN(TestFactoryWindow, "tst_factorywindow")

#include "tst_factorywindow.moc"
