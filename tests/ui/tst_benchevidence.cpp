#include "BatchBar.h"
#include "BenchPage.h"
#include "EmulatedFoundry.h"
#include "LaneWidget.h"
#include "LogDock.h"
#include "LogFilterModel.h"
#include "MainWindow.h"
#include "SessionTokenStore.h"
#include "SettingsDialog.h"
#include "SecretScan.h"
#include "SimulatedDevice.h"
#include "WindowTestMain.h"
#include "WindowTestSupport.h"
#include "device/SerialPortWatcher.h"
#include "jobs/BatchEvidence.h"
#include "jobs/StationBatch.h"
#include "jobs/StationLog.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The bench's records as a technician and a supervisor meet them: the one-sentence FAIL with the
// detail in the log, the log dock opened from a lane's Log button, the batch bar's counts and unit cap,
// and the evidence export. Real widgets over the emulated Foundry (HTTPS on loopback) and a simulated
// device on a pseudo-terminal, as in tst_benchwindow.
using WindowTestSupport::waitForVerdict;

class TestBenchEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void failingJobShowsOneSentenceAndTheLogHasTheDetail();
    void logHoldsNeitherTheKeyNorTheToken();
    void batchBarCountsAPassAndAFail();
    void reachedCapStopsTheNextJob();
    void evidenceExportWritesTheJobsRowWithItsDigests();

private:
    void openWindow();
    LaneWidget *addDeviceLane() { return WindowTestSupport::addDeviceLane(m_window.get(), m_device->portName()); }
    void scan(const QString &typed) { WindowTestSupport::scan(m_window.get(), typed); }
    // Scans deviceId, waits for the job's end and the next; the verdict.
    QString provision(LaneWidget *lane, const QString &deviceId);
    void addFault(const QString &spec);
    QString text(QObject *parent, const char *label) const;

    EmulatedFoundry m_foundry{QStringLiteral("evidence-test-token-7c21e0")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionTokenStore> m_tokens;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<MainWindow> m_window;
};

void TestBenchEvidence::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestBenchEvidence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
    m_foundry.emulator().clearRequests();

    m_settings = WindowTestSupport::sandboxSettings(m_foundry, *m_dir, QStringLiteral("evidence-tester"), QStringLiteral("bench-evidence"));
    m_settings->setValue(SettingsDialog::topicsTemplateKey(), QStringLiteral("devices/{deviceId}/telemetry"));

    m_tokens = WindowTestSupport::sandboxTokens(m_foundry, this);
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(QStringLiteral("station")));
}

void TestBenchEvidence::cleanup()
{
    m_window.reset();
    m_device.reset();
    m_tokens.reset();
    m_settings.reset();
}

void TestBenchEvidence::openWindow()
{
    m_window = WindowTestSupport::openWindow(m_settings.get(), m_tokens.get(), QSize(1100, 820));
}

QString TestBenchEvidence::provision(LaneWidget *lane, const QString &deviceId)
{
    scan(deviceId);
    const QString verdict = waitForVerdict(lane);
    // Ready for the next scan once the job has ended.
    const bool ready = QTest::qWaitFor([lane] { return lane->waitsForDeviceId(); }, 10000);
    return ready ? verdict : QStringLiteral("not ready after ") + verdict;
}

void TestBenchEvidence::addFault(const QString &spec)
{
    QString error;
    QVERIFY2(m_foundry.addFault(spec, &error), qPrintable(error));
}

QString TestBenchEvidence::text(QObject *parent, const char *label) const
{
    const auto *found = parent->findChild<QLabel *>(QLatin1String(label));
    return found ? found->text() : QStringLiteral("<no %1>").arg(QLatin1String(label));
}

// Foundry fails every provision: the tile says in one plain sentence what happened and what to do,
// without the HTTP status or the certificate ID, and the log dock and the lane's own list have the
// call, its answer and the time it took.
void TestBenchEvidence::failingJobShowsOneSentenceAndTheLogHasTheDetail()
{
    addFault(QStringLiteral("http-500@provisionx*"));
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QCOMPARE(provision(lane, QStringLiteral("gui-ev-0001")), QStringLiteral("FAIL"));

    const QString sentence = text(lane, "sentenceLabel");
    const JobResult &result = lane->lane()->job()->result();
    QVERIFY(!result.certificateId.isEmpty());
    QVERIFY2(sentence.at(0).isUpper(), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("scan the device ID again")), qPrintable(sentence));
    QVERIFY2(!sentence.contains(QStringLiteral("HTTP")), qPrintable(sentence));
    QVERIFY2(!sentence.contains(result.certificateId.left(8)), qPrintable(sentence));
    QCOMPARE(sentence.count(QLatin1Char('.')), 1);

    const QString port = m_device->portName();
    const QString log = m_window->log()->toText();
    QVERIFY2(log.contains(QStringLiteral("POST /foundry/certificates/provision: HTTP 500 (server)")), qPrintable(log));
    QVERIFY2(log.contains(result.certificateId), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("Provisioning failed after ")), qPrintable(log));

    // The dock waits in the Station menu; the lane's Log button opens it on that lane alone.
    LogDock *dock = m_window->logDock();
    QVERIFY(!dock->isVisible());
    m_window->log()->add(QStringLiteral("/dev/other"), StationLog::Level::Error, QStringLiteral("another lane"));
    QTest::mouseClick(lane->findChild<QPushButton *>(QStringLiteral("logButton")), Qt::LeftButton);
    QVERIFY(dock->isVisible());
    LogFilterModel *filter = dock->filter();
    const int laneRows = int(std::count_if(m_window->log()->entries().cbegin(), m_window->log()->entries().cend(),
                                           [&port](const StationLog::Entry &entry) { return entry.lane == port; }));
    QVERIFY(laneRows > 5);
    QCOMPARE(filter->rowCount(), laneRows);
    const QString newest = filter->index(laneRows - 1, StationLog::MessageColumn).data().toString();
    QVERIFY2(newest.startsWith(QStringLiteral("Rollback: revoke certificate")), qPrintable(newest));
    auto *levels = dock->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    levels->setCurrentIndex(levels->findData(int(StationLog::Level::Error)));
    QVERIFY(filter->rowCount() > 0 && filter->rowCount() < laneRows);
    for (int row = 0; row < filter->rowCount(); ++row) {
        QCOMPARE(filter->index(row, 0).data(StationLog::LevelRole).toInt(), int(StationLog::Level::Error));
        QCOMPARE(filter->index(row, 0).data(StationLog::LaneRole).toString(), port);
    }
    dock->showLane({});
    QVERIFY(filter->rowCount() > 0);
    bool otherShown = false;
    for (int row = 0; row < filter->rowCount(); ++row)
        otherShown = otherShown || filter->index(row, StationLog::MessageColumn).data().toString() == u"another lane";
    QVERIFY(otherShown);
}

// After a PASS the device holds the private key and Foundry has the token: neither is anywhere in
// the log, nor in the log file the evidence export writes.
void TestBenchEvidence::logHoldsNeitherTheKeyNorTheToken()
{
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QCOMPARE(provision(lane, QStringLiteral("gui-ev-0002")), QStringLiteral("PASS"));
    const QString csvFile = m_dir->filePath(QStringLiteral("evidence.csv"));
    QVERIFY(m_window->batchBar()->exportEvidenceTo(csvFile));
    QFile logFile(BatchEvidence::logFileFor(csvFile));
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(logFile.readAll());
    const QString log = m_window->log()->toText();
    QVERIFY(log.contains(QStringLiteral("Device answered WritingKey: done")));
    QCOMPARE(written, log);

    // No line of the key the device now holds, nor of any key: the scan finds a real key's body line.
    QVERIFY2(SecretScan::keyLikeRuns(log).isEmpty(), qPrintable(SecretScan::keyLikeRuns(log).join(u'\n')));
    const QString keyLine = QStringLiteral("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj");
    QCOMPARE(SecretScan::keyLikeRuns(log + keyLine), QStringList{keyLine});
    QVERIFY(!log.contains(m_foundry.token()));
    QVERIFY(!log.contains(QStringLiteral("PRIVATE KEY")));
}

// The bar's numbers follow the jobs: a PASS, then a FAIL; a new batch starts its counts from
// nothing while the shift's go on.
void TestBenchEvidence::batchBarCountsAPassAndAFail()
{
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    BatchBar *bar = m_window->batchBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(text(bar, "doneLabel"), QStringLiteral("Done: 0"));

    QCOMPARE(provision(lane, QStringLiteral("gui-ev-0003")), QStringLiteral("PASS"));
    addFault(QStringLiteral("http-500@provisionx*"));
    QCOMPARE(provision(lane, QStringLiteral("gui-ev-0004")), QStringLiteral("FAIL"));
    QCOMPARE(text(bar, "doneLabel"), QStringLiteral("Done: 1"));
    QCOMPARE(text(bar, "failedLabel"), QStringLiteral("Failed: 1"));
    QVERIFY2(text(bar, "shiftLabel").endsWith(QStringLiteral("1 done, 1 failed")), qPrintable(text(bar, "shiftLabel")));

    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("newBatchButton")), Qt::LeftButton);
    QCOMPARE(text(bar, "doneLabel"), QStringLiteral("Done: 0"));
    QCOMPARE(text(bar, "failedLabel"), QStringLiteral("Failed: 0"));
    QVERIFY(text(bar, "shiftLabel").endsWith(QStringLiteral("1 done, 1 failed")));
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("newShiftButton")), Qt::LeftButton);
    QVERIFY(text(bar, "shiftLabel").endsWith(QStringLiteral("0 done, 0 failed")));
}

// A work order of one unit: after its PASS the bar says the cap is reached, and the next scan starts
// no job: the tile says why, and Foundry is asked nothing.
void TestBenchEvidence::reachedCapStopsTheNextJob()
{
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    BatchBar *bar = m_window->batchBar();
    auto *cap = bar->findChild<QSpinBox *>(QStringLiteral("capSpin"));
    cap->setValue(1);
    QCOMPARE(m_window->batch()->unitCap(), 1);
    QCOMPARE(provision(lane, QStringLiteral("gui-ev-0005")), QStringLiteral("PASS"));
    QVERIFY(m_window->batch()->isCapReached());
    QVERIFY2(text(bar, "statusLabel").contains(QStringLiteral("no lane starts a new job")),
             qPrintable(text(bar, "statusLabel")));

    const ProvisioningJob *passed = lane->lane()->job();
    const qsizetype requests = m_foundry.emulator().requests().size();
    scan(QStringLiteral("gui-ev-0006"));
    QCOMPARE(waitForVerdict(lane), QStringLiteral("SCAN REFUSED"));
    QVERIFY2(text(lane, "sentenceLabel").contains(QStringLiteral("raise the cap")), qPrintable(text(lane, "sentenceLabel")));
    QCOMPARE(lane->lane()->job(), passed);
    QCOMPARE(lane->lane()->state(), ProvisioningLane::State::Ready);
    QCOMPARE(m_foundry.emulator().requests().size(), requests);
    QCOMPARE(m_window->batch()->done(), 1);
}

// The export has the job's row with the digests the device reported, and a device ID that a
// spreadsheet would read as a formula (the scan rule lets a leading '-' through) is neutralised.
void TestBenchEvidence::evidenceExportWritesTheJobsRowWithItsDigests()
{
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    const QString hostileId = QStringLiteral("-2-1.gui-ev");
    QCOMPARE(provision(lane, hostileId), QStringLiteral("PASS"));
    const JobResult result = lane->lane()->job()->result();
    QVERIFY(!result.certificateDigest.isEmpty() && !result.keyDigest.isEmpty());

    const QString csvFile = m_dir->filePath(QStringLiteral("batch.csv"));
    QVERIFY(m_window->batchBar()->exportEvidenceTo(csvFile));
    QVERIFY2(text(m_window->batchBar(), "statusLabel").contains(QStringLiteral("1 job(s) saved")),
             qPrintable(text(m_window->batchBar(), "statusLabel")));
    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString row = lines.at(1);
    QVERIFY2(row.startsWith(QStringLiteral("'-2-1.gui-ev,") + result.certificateId + QLatin1Char(',') + result.arn),
             qPrintable(row));
    for (const QString &expected : {result.certificateDigest, result.keyDigest, QStringLiteral(",done,"),
                                    QStringLiteral("evidence-tester"), QStringLiteral("bench-evidence"),
                                    QStringLiteral("devices/-2-1.gui-ev/telemetry")})
        QVERIFY2(row.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + row));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("batch-log.txt"))));

    // The menu offers the same export.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionExportEvidence")));
}

FOUNDRY_WINDOW_TEST_MAIN(TestBenchEvidence, "tst_benchevidence")

#include "tst_benchevidence.moc"
