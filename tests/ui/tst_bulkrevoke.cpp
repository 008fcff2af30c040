#include "BenchPage.h"
#include "BulkRevokeDialog.h"
#include "CertificatesPage.h"
#include "EmulatedFoundry.h"
#include "LaneWidget.h"
#include "MainWindow.h"
#include "ReadFromDeviceDialog.h"
#include "RevokeCertificateDialog.h"
#include "SessionTokenStore.h"
#include "SimulatedDevice.h"
#include "WindowTestMain.h"
#include "WindowTestSupport.h"
#include "device/SerialPortWatcher.h"
#include "foundry/FoundryReply.h"
#include "jobs/BulkRevocationModel.h"
#include "jobs/BulkRevocationRunner.h"
#include "jobs/DeviceCertificateLookup.h"
#include "jobs/JobHistoryModel.h"
#include "jobs/JobJournal.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using WindowTestSupport::child;

// The Certificates page's bulk revoke and read-from-device, clicked through as support staff would:
// the window offscreen over the Foundry emulator on loopback, its journal a real SQLite file.
class TestBulkRevoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dryRunThenRunWithMalformedAndRevokedRows();
    void readFromDeviceThenRevoke();
    void readFromDeviceSeesLanesAddedWhileOpen();

private:
    void openWindow();
    bool journalRevoke(const QString &certificateId, const QString &device);
    QList<JobJournal::Job> journaledRevokes() const;
    // Accepts the file dialog a click opened, with path chosen.
    bool chooseInFileDialog(QWidget *parent, const char *name, const QString &path);

    // A simulated Zephyr device on a bench lane of its own, ready for a scan; null when it is not.
    LaneWidget *deviceLane();

    WindowTestSupport::CertificatesStation m_station{QStringLiteral("bulk-revoke-window-token"),
                                                     QStringLiteral("support-tester"), QStringLiteral("desk-1")};
    std::unique_ptr<SimulatedDevice> m_device;
    CertificatesPage *m_page = nullptr;
};

void TestBulkRevoke::initTestCase()
{
    QString error;
    QVERIFY2(m_station.start(&error), qPrintable(error));
}

void TestBulkRevoke::init()
{
    QVERIFY(m_station.prepare(this));
}

void TestBulkRevoke::cleanup()
{
    m_page = nullptr;
    // The window's lanes let go of the port before the device's side of the pseudo-terminal closes.
    m_station.release();
    m_device.reset();
}

void TestBulkRevoke::openWindow()
{
    m_page = m_station.openWindow();
    QVERIFY(m_page);
}

bool TestBulkRevoke::journalRevoke(const QString &certificateId, const QString &device)
{
    JobJournal bench(m_station.journalPath());
    JobJournal::Job revoke;
    revoke.kind = JobJournal::Kind::Revoke;
    revoke.certificateId = certificateId;
    revoke.deviceId = device;
    revoke.operatorName = QStringLiteral("support-earlier");
    const qint64 id = bench.open() ? bench.beginJob(revoke) : 0;
    return id != 0 && bench.finishJob(id, JobResult::Outcome::Done, {});
}

QList<JobJournal::Job> TestBulkRevoke::journaledRevokes() const
{
    JobJournal reader(m_station.journalPath());
    QList<JobJournal::Job> revokes;
    if (!reader.openExisting())
        return revokes;
    for (const JobJournal::Job &job : reader.jobs()) {
        if (job.kind == JobJournal::Kind::Revoke)
            revokes.prepend(job);
    }
    return revokes;
}

bool TestBulkRevoke::chooseInFileDialog(QWidget *parent, const char *name, const QString &path)
{
    QFileDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = parent->findChild<QFileDialog *>(QLatin1String(name))) != nullptr; }, 5000))
        return false;
    dialog->selectFile(path);
    // QFileDialog's own accept() is protected; the dialog's, virtual, is what its button calls.
    static_cast<QDialog *>(dialog)->accept();
    return true;
}

void TestBulkRevoke::dryRunThenRunWithMalformedAndRevokedRows()
{
    openWindow();
    const QString first = m_station.journalIssuedCertificate(QStringLiteral("bulk-dev-1"));
    const QString second = m_station.journalIssuedCertificate(QStringLiteral("bulk-dev-2"));
    const QString revokedBefore = m_station.journalIssuedCertificate(QStringLiteral("bulk-dev-3"));
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !revokedBefore.isEmpty());
    QVERIFY(journalRevoke(revokedBefore, QStringLiteral("bulk-dev-3")));

    const QString csvPath = m_station.dir().filePath(QStringLiteral("recall.csv"));
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("certificate_id,device_id\r\n" + first.toLatin1() + ",bulk-dev-1\r\n"
                  + "1234,bulk-dev-9\x1b[2J\r\n" + revokedBefore.toLatin1() + ",bulk-dev-3\r\n" + second.toLatin1()
                  + ",bulk-dev-2\r\n");
    }
    m_station.foundry().emulator().clearRequests();

    QTest::mouseClick(child<QPushButton>(m_page, "bulkRevokeButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<BulkRevokeDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
    QVERIFY(!child<QPushButton>(dialog, "runButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "chooseFileButton"), Qt::LeftButton);
    QVERIFY(chooseInFileDialog(dialog, "bulkRevokeFileDialog", csvPath));

    // The dry run: every row with its planned action, nothing sent.
    BulkRevocationModel *model = dialog->model();
    QVERIFY(QTest::qWaitFor([model] { return model->rowCount() == 4; }, 5000));
    const auto action = [model](int row) {
        return static_cast<BulkRevocationPlan::Action>(model->index(row, 0).data(BulkRevocationModel::ActionRole).toInt());
    };
    QCOMPARE(action(0), BulkRevocationPlan::Action::Revoke);
    QCOMPARE(action(1), BulkRevocationPlan::Action::Malformed);
    QCOMPARE(action(2), BulkRevocationPlan::Action::AlreadyRevoked);
    QCOMPARE(action(3), BulkRevocationPlan::Action::Revoke);
    const QString shownDevice = model->index(1, BulkRevocationModel::DeviceIdColumn).data().toString();
    QVERIFY2(!shownDevice.contains(QChar(0x1b)), qPrintable(shownDevice));
    QVERIFY(child<QTableView>(dialog, "rowsView")->model() == model);
    QVERIFY(m_station.foundry().emulator().requests().isEmpty());

    // Run asks first, naming how many and that it cannot be undone; no reason, no revoke.
    auto *run = child<QPushButton>(dialog, "runButton");
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    auto *confirmFrame = child<QFrame>(dialog, "confirmFrame");
    QVERIFY(confirmFrame->isVisible());
    const QString question = child<QLabel>(dialog, "confirmLabel")->text();
    QVERIFY2(question.contains(QStringLiteral("Revoke 2 certificate")) && question.contains(QStringLiteral("cannot be undone")),
             qPrintable(question));
    auto *confirm = child<QPushButton>(dialog, "confirmButton");
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("customer recall 12"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(child<QProgressBar>(dialog, "progressBar")->isVisible());

    auto *exportButton = child<QPushButton>(dialog, "exportButton");
    QVERIFY(QTest::qWaitFor([exportButton] { return exportButton->isVisible(); }, 30000));
    QCOMPARE(child<QProgressBar>(dialog, "progressBar")->value(), 2);
    const auto outcome = [model](int row) {
        return static_cast<BulkRevocationRunner::Outcome>(model->index(row, 0).data(BulkRevocationModel::OutcomeRole).toInt());
    };
    QCOMPARE(outcome(0), BulkRevocationRunner::Outcome::Revoked);
    QCOMPARE(outcome(1), BulkRevocationRunner::Outcome::Skipped);
    QCOMPARE(outcome(2), BulkRevocationRunner::Outcome::Skipped);
    QCOMPARE(outcome(3), BulkRevocationRunner::Outcome::Revoked);
    QVERIFY(!m_station.foundry().emulator().certificate(first));
    QVERIFY(!m_station.foundry().emulator().certificate(second));
    QCOMPARE(m_station.foundry().emulator().requests().size(), 2);
    const QString summary = child<QLabel>(dialog, "summaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("2 revoked")) && summary.contains(QStringLiteral("2 skipped")), qPrintable(summary));

    // Journaled as single revokes are: who, where, why.
    const QList<JobJournal::Job> revokes = journaledRevokes();
    QCOMPARE(revokes.size(), 3);
    for (int i : {1, 2}) {
        QCOMPARE(revokes.at(i).certificateId, i == 1 ? first : second);
        QCOMPARE(revokes.at(i).outcome, JobResult::Outcome::Done);
        QCOMPARE(revokes.at(i).operatorName, QStringLiteral("support-tester"));
        QCOMPARE(revokes.at(i).station, QStringLiteral("desk-1"));
        QCOMPARE(revokes.at(i).reason, QStringLiteral("customer recall 12"));
    }

    // The report, exported through the save dialog.
    const QString reportPath = m_station.dir().filePath(QStringLiteral("report.csv"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(chooseInFileDialog(dialog, "bulkRevokeExportDialog", reportPath));
    QFile report(reportPath);
    QVERIFY(QTest::qWaitFor([&report] { return report.exists(); }, 5000));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(report.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("2,") + first) && lines.at(1).contains(QStringLiteral(",revoked,")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("malformed")) && !lines.at(2).contains(QChar(0x1b)), qPrintable(lines.at(2)));

    // Closed, the history shows the revokes: the two jobs revoked, newest rows the revokes.
    QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_page->findChild<BulkRevokeDialog *>(); }, 5000));
    JobHistoryModel *history = m_page->model();
    QVERIFY(QTest::qWaitFor([history] { return history->rowCount() == 6; }, 10000));
    int revokedJobs = 0;
    for (int row = 0; row < history->rowCount(); ++row) {
        if (history->index(row, JobHistoryModel::ResultColumn).data().toString() == QLatin1String("revoked"))
            ++revokedJobs;
    }
    QCOMPARE(revokedJobs, 3);
}

LaneWidget *TestBulkRevoke::deviceLane()
{
    m_device = std::make_unique<SimulatedDevice>(m_station.dir().filePath(QStringLiteral("store.json")));
    // A Zephyr device that can hold a client certificate, and gives it back (cred get), as the Sandbox's.
    if (!m_device->start(QStringLiteral("zephyr-shell"), {QStringLiteral("--cred-buf-size"), QStringLiteral("4096")})) {
        qWarning("the simulated device did not start");
        return nullptr;
    }
    child<QTabWidget>(m_station.window(), "pages")->setCurrentWidget(m_station.window()->benchPage());
    m_station.window()->benchPage()->addPort(m_device->portName());
    const QList<LaneWidget *> lanes = m_station.window()->benchPage()->lanes();
    if (lanes.size() != 1) {
        qWarning("%d lanes", static_cast<int>(lanes.size()));
        return nullptr;
    }
    LaneWidget *lane = lanes.constFirst();
    if (!QTest::qWaitFor([lane] { return lane->waitsForDeviceId(); }, 30000)) {
        qWarning("the lane did not get ready: %s / %s", qPrintable(child<QLabel>(lane, "stepLabel")->text()),
                 qPrintable(child<QLabel>(lane, "sentenceLabel")->text()));
        return nullptr;
    }
    return lane;
}

// A device the station provisioned is plugged in on a bench lane: read from it, its certificate is
// found through the journal and selected, and revoked after the normal confirmation. The idle lane
// is paused for the read and opens again; the same device read against a journal that does not know
// its certificate says what to do next.
void TestBulkRevoke::readFromDeviceThenRevoke()
{
    openWindow();
    const QString deviceId = QStringLiteral("read-dev-0001");
    LaneWidget *lane = deviceLane();
    QVERIFY(lane);

    // While the lane provisions (Foundry slow to answer), its port is not taken: the dialog says
    // what to wait for and cannot read.
    QString error;
    QVERIFY2(m_station.foundry().addFault(QStringLiteral("slow@generate=1500"), &error), qPrintable(error));
    auto *scan = child<QLineEdit>(m_station.window(), "scanEdit");
    QTest::keyClicks(scan, deviceId);
    QTest::keyClick(scan, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([lane] { return lane->lane()->state() == ProvisioningLane::State::Running; }, 10000));
    child<QTabWidget>(m_station.window(), "pages")->setCurrentWidget(m_page);
    QTest::mouseClick(child<QPushButton>(m_page, "readDeviceButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<ReadFromDeviceDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
    auto *ports = child<QComboBox>(dialog, "portCombo");
    const int port = ports->findText(m_device->portName());
    QVERIFY2(port >= 0, qPrintable(m_device->portName()));
    ports->setCurrentIndex(port);
    auto *status = child<QLabel>(dialog, "portStatusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("provisioning a device")), qPrintable(status->text()));
    QVERIFY(!child<QPushButton>(dialog, "readButton")->isEnabled());
    QCOMPARE(lane->lane()->state(), ProvisioningLane::State::Running);

    // Once the lane has its PASS it is idle, and the dialog follows it. (The bench is not the tab in
    // front: its tile is shown, though not visible.)
    auto *tile = child<QWidget>(lane, "resultTile");
    QVERIFY(QTest::qWaitFor([tile] { return !tile->isHidden(); }, 60000));
    QCOMPARE(child<QLabel>(lane, "verdictLabel")->text(), QStringLiteral("PASS"));
    QVERIFY2(QTest::qWaitFor([status] { return status->text().contains(QStringLiteral("paused")); }, 10000),
             qPrintable(status->text()));
    QString certificateId;
    {
        JobJournal reader(m_station.journalPath());
        QVERIFY(reader.openExisting());
        const std::optional<JobJournal::Job> job = reader.provisionedJob(deviceId);
        QVERIFY(job);
        certificateId = job->certificateId;
    }
    QVERIFY(m_station.foundry().emulator().certificate(certificateId));

    QTest::mouseClick(child<QPushButton>(dialog, "readButton"), Qt::LeftButton);
    // The lane let go of its port for the read.
    QCOMPARE(lane->lane()->state(), ProvisioningLane::State::Closed);
    auto *revoke = child<QPushButton>(dialog, "revokeButton");
    auto *result = child<QLabel>(dialog, "resultLabel");
    QVERIFY2(QTest::qWaitFor([revoke] { return revoke->isVisible(); }, 30000), qPrintable(result->text()));
    QVERIFY2(result->text().contains(certificateId) && result->text().contains(deviceId), qPrintable(result->text()));

    // The certificate's job is selected in the history, and the lane is back.
    auto *view = child<QTableView>(m_page, "historyView");
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(m_page->model()->job(selected.constFirst().row()).certificateId, certificateId);
    QVERIFY(QTest::qWaitFor([lane] { return lane->lane()->state() == ProvisioningLane::State::Ready; }, 30000));

    QTest::mouseClick(revoke, Qt::LeftButton);
    RevokeCertificateDialog *confirmation = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (confirmation = m_page->findChild<RevokeCertificateDialog *>()) && confirmation->isVisible(); }, 5000));
    const QString what = child<QLabel>(confirmation, "whatLabel")->text();
    QVERIFY2(what.contains(certificateId) && what.contains(deviceId), qPrintable(what));
    QTest::keyClicks(child<QLineEdit>(confirmation, "reasonEdit"), QStringLiteral("device reported stolen"));
    QTest::mouseClick(child<QDialogButtonBox>(confirmation, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !m_station.foundry().emulator().certificate(certificateId); }, 30000));
    QVERIFY(QTest::qWaitFor([this] { return journaledRevokes().size() == 1 && journaledRevokes().constFirst().outcome == JobResult::Outcome::Done; }, 10000));
    const JobJournal::Job revoked = journaledRevokes().constFirst();
    QCOMPARE(revoked.certificateId, certificateId);
    QCOMPARE(revoked.deviceId, deviceId);
    QCOMPARE(revoked.reason, QStringLiteral("device reported stolen"));
    QCOMPARE(revoked.operatorName, QStringLiteral("support-tester"));

    // Against a journal that never saw it (another station's device), the device's certificate is
    // named with what to do next, and nothing is offered to revoke.
    lane->lane()->close();
    JobJournal elsewhere(m_station.dir().filePath(QStringLiteral("other-station.sqlite")));
    QVERIFY(elsewhere.open());
    SerialSettings serial;
    serial.portName = m_device->portName();
    DeviceCertificateLookup lookup(serial, &elsewhere);
    QSignalSpy looked(&lookup, &DeviceCertificateLookup::finished);
    lookup.start();
    QVERIFY(looked.count() == 1 || looked.wait(30000));
    QVERIFY2(lookup.problem().isEmpty(), qPrintable(lookup.problem()));
    QVERIFY(!lookup.revocable());
    const QString summary = lookup.summary();
    QVERIFY2(summary.contains(certificateId) && summary.contains(QStringLiteral("does not know"))
                 && summary.contains(QStringLiteral("foundry-station-cli revoke --cert-id")),
             qPrintable(summary));
}

// A device plugged in while the dialog is open gets a bench lane at once: Refresh shows its port as
// that lane's, so a read pauses the lane rather than fighting it for the port.
void TestBulkRevoke::readFromDeviceSeesLanesAddedWhileOpen()
{
    openWindow();
    m_device = std::make_unique<SimulatedDevice>(m_station.dir().filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(QStringLiteral("zephyr-shell"), {}));
    QTest::mouseClick(child<QPushButton>(m_page, "readDeviceButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<ReadFromDeviceDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));

    // The device is plugged in: the bench's port watcher sees it and gives it a lane.
    SerialPortList::Port plugged;
    plugged.systemLocation = m_device->portName();
    BenchPage *bench = m_station.window()->benchPage();
    bench->watcher()->setSource([plugged] { return QList<SerialPortList::Port>{plugged}; });
    bench->watcher()->poll();
    QCOMPARE(bench->lanes().size(), 1);
    ProvisioningLane *lane = bench->lanes().constFirst()->lane();

    QTest::mouseClick(child<QPushButton>(dialog, "refreshButton"), Qt::LeftButton);
    auto *ports = child<QComboBox>(dialog, "portCombo");
    const int port = ports->findText(m_device->portName());
    QVERIFY2(port >= 0, qPrintable(m_device->portName()));
    ports->setCurrentIndex(port);
    auto *status = child<QLabel>(dialog, "portStatusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("bench lane")), qPrintable(status->text()));
    // The dialog follows the new lane: once it is ready, the port may be read with the lane paused.
    QVERIFY(QTest::qWaitFor([lane] { return lane->state() == ProvisioningLane::State::Ready; }, 30000));
    QVERIFY2(QTest::qWaitFor([status] { return status->text().contains(QStringLiteral("paused")); }, 10000),
             qPrintable(status->text()));
}

FOUNDRY_WINDOW_TEST_MAIN(TestBulkRevoke, "tst_bulkrevoke")

#include "tst_bulkrevoke.moc"
