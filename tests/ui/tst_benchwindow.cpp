#include "BenchPage.h"
#include "EmulatedFoundry.h"
#include "KeychainTokenStore.h"
#include "LaneWidget.h"
#include "LogDock.h"
#include "MainWindow.h"
#include "SessionTokenStore.h"
#include "SettingsDialog.h"
#include "SimulatedDevice.h"
#include "WindowTestMain.h"
#include "WindowTestSupport.h"
#include "device/SerialPortWatcher.h"
#include "foundry/FoundryRateLimiter.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString deviceIdOne = QStringLiteral("gui-dev-0001");

} // namespace

// The bench window as a technician uses it: settings pointing at the emulated Foundry, a simulated
// device's port added by path, a device ID scanned (typed, then Enter), and the tile read at the end.
// Real widgets, the real emulator over HTTPS on loopback, a real pseudo-terminal.
using WindowTestSupport::child;
using WindowTestSupport::waitForVerdict;

class TestBenchWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void scannedDeviceEndsInPassWithItsCertificate();
    void refusedProvisionEndsInFailWithNothingLeft();
    void malformedScanIsRefusedOnTheTile();
    void cancelDuringTheWriteRollsBack();
    void settingsSavedDuringAWriteLetTheLaneRollBackFirst();
    void tokenEnteredInSettingsStartsTheBenchAndIsNeverShownBack();
    void windowAndLogAreWhereTheyWereLeft();

private:
    void startDevice();
    void openWindow();
    // The window as the settings left it, without the tests' own size.
    void openAsSaved();
    bool saveScreenshot(const QString &fileName) const;
    // Adds the simulated device's port by path and waits until its lane waits for a device ID.
    LaneWidget *addDeviceLane() { return WindowTestSupport::addDeviceLane(m_window.get(), m_device->portName()); }
    void scan(const QString &typed) { WindowTestSupport::scan(m_window.get(), typed); }
    EmulatedFoundry m_foundry{QStringLiteral("gui-test-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionTokenStore> m_tokens;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<MainWindow> m_window;
};

void TestBenchWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestBenchWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
    m_foundry.emulator().clearRequests();

    m_settings = WindowTestSupport::sandboxSettings(m_foundry, *m_dir, QStringLiteral("gui-tester"), QStringLiteral("bench-gui"));
    m_settings->setValue(SettingsDialog::topicsTemplateKey(),
                         QStringLiteral("devices/{deviceId}/telemetry,devices/{deviceId}/commands"));

    m_tokens = WindowTestSupport::sandboxTokens(m_foundry, this);

    startDevice();
}

void TestBenchWindow::startDevice()
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(QStringLiteral("station")));
}

void TestBenchWindow::cleanup()
{
    // The window's lanes let go of the port before the device's side of the pseudo-terminal closes.
    m_window.reset();
    m_device.reset();
    m_tokens.reset();
    m_settings.reset();
}

void TestBenchWindow::openWindow()
{
    m_window = WindowTestSupport::openWindow(m_settings.get(), m_tokens.get(), QSize(1100, 720));
}

void TestBenchWindow::scannedDeviceEndsInPassWithItsCertificate()
{
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QCOMPARE(child<QLabel>(lane, "profileLabel")->text(), QStringLiteral("station"));
    scan(deviceIdOne);
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));

    const QList<EmulatorCertificate> issued = m_foundry.emulator().certificates();
    const auto mine = std::find_if(issued.cbegin(), issued.cend(),
                                   [](const EmulatorCertificate &certificate) { return certificate.deviceId == deviceIdOne; });
    QVERIFY(mine != issued.cend());
    QCOMPARE(mine->status, EmulatorCertificate::Status::Active);
    const auto *certificate = child<QLabel>(lane, "certificateLabel");
    QCOMPARE(certificate->toolTip(), mine->id);
    QVERIFY(certificate->isVisible());
    QVERIFY2(certificate->text().contains(mine->id.left(12)), qPrintable(certificate->text()));
    QVERIFY(!certificate->text().contains(mine->id));
    const QString topics = child<QLabel>(lane, "topicsLabel")->text();
    QVERIFY2(topics.contains(QStringLiteral("devices/gui-dev-0001/telemetry")), qPrintable(topics));
    QCOMPARE(m_device->storedCredentials().size(), 2);

    // The copy button puts the whole ID, not the short one, on the clipboard.
    QTest::mouseClick(child<QWidget>(lane, "copyCertificateButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), mine->id);

    QVERIFY(saveScreenshot(QStringLiteral("bench-pass.png")));
}

// Foundry refuses every provision: the job retries, then deletes both credentials from the device and
// revokes the certificate, and the tile says what happened and what to do.
void TestBenchWindow::refusedProvisionEndsInFailWithNothingLeft()
{
    QString error;
    QVERIFY2(m_foundry.addFault(QStringLiteral("http-500@provisionx*"), &error), qPrintable(error));
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    scan(deviceIdOne);
    QCOMPARE(waitForVerdict(lane), QStringLiteral("FAIL"));

    const QString sentence = child<QLabel>(lane, "sentenceLabel")->text();
    QVERIFY2(sentence.contains(QStringLiteral("scan the device ID again")), qPrintable(sentence));
    QVERIFY(!child<QLabel>(lane, "certificateLabel")->isVisible());
    QVERIFY(m_device->storedCredentials().isEmpty());
    const JobResult &result = lane->lane()->job()->result();
    QCOMPARE(result.outcome, JobResult::Outcome::Failed);
    QVERIFY(result.leftBehind.isEmpty());
    QVERIFY(!result.certificateId.isEmpty());
    QVERIFY(!m_foundry.emulator().certificate(result.certificateId));
    QVERIFY(saveScreenshot(QStringLiteral("bench-fail.png")));
}

// docs/ takes its screenshots from the tests: FOUNDRY_SCREENSHOT_DIR names where they go. True when
// none is asked for, or it was saved.
bool TestBenchWindow::saveScreenshot(const QString &fileName) const
{
    const QString dir = qEnvironmentVariable("FOUNDRY_SCREENSHOT_DIR");
    return dir.isEmpty() || m_window->grab().save(dir + QLatin1Char('/') + fileName);
}

void TestBenchWindow::malformedScanIsRefusedOnTheTile()
{
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    scan(QStringLiteral("gui dev/0001"));
    QCOMPARE(waitForVerdict(lane), QStringLiteral("SCAN REFUSED"));
    QVERIFY(child<QLabel>(lane, "sentenceLabel")->text().contains(QStringLiteral("scan again")));
    QVERIFY(lane->waitsForDeviceId());
    QVERIFY(m_foundry.emulator().requests().isEmpty());
}

// Cancel is there while the device is written: the job stops, deletes what the device holds and
// revokes the certificate.
void TestBenchWindow::cancelDuringTheWriteRollsBack()
{
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    scan(deviceIdOne);
    QVERIFY(QTest::qWaitFor([lane] { return lane->isWriting(); }, 30000));
    QTest::mouseClick(child<QWidget>(lane, "cancelButton"), Qt::LeftButton);
    QCOMPARE(waitForVerdict(lane), QStringLiteral("CANCELLED"));

    const JobResult &result = lane->lane()->job()->result();
    QCOMPARE(result.outcome, JobResult::Outcome::Cancelled);
    QVERIFY(m_device->storedCredentials().isEmpty());
    QVERIFY(!result.certificateId.isEmpty());
    QVERIFY(!m_foundry.emulator().certificate(result.certificateId));
    QVERIFY(lane->waitsForDeviceId());
}

// Saving the settings while a lane writes closes the lane: it rolls its job back with the client and
// journal it was given, which are kept until it is gone (a sanitizer build fails on any use after
// they were freed). Nothing is left on the device or on Foundry.
void TestBenchWindow::settingsSavedDuringAWriteLetTheLaneRollBackFirst()
{
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    const QPointer<ProvisioningLane> provisioningLane = lane->lane();
    const qsizetype earlierCertificates = m_foundry.emulator().certificates().size();
    scan(deviceIdOne);
    QVERIFY(QTest::qWaitFor([lane] { return lane->isWriting(); }, 30000));
    const QPointer<ProvisioningJob> job = provisioningLane->job();
    QVERIFY(job);
    // Generate took its token from the bucket every lane shares.
    const QPointer<FoundryRateLimiter> limiter = provisioningLane->setup().rateLimiter;
    QVERIFY(limiter);
    QVERIFY(limiter->granted() >= 1);

    child<QAction>(m_window.get(), "actionSettings")->trigger();
    SettingsDialog *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->findChild<SettingsDialog *>(); }, 5000));

    // The job ends rolled back, and the lane is gone after it.
    QVERIFY(QTest::qWaitFor([&job] { return !job || job->isFinished(); }, 60000));
    QVERIFY(QTest::qWaitFor([&provisioningLane] { return !provisioningLane; }, 10000));
    QVERIFY(m_device->storedCredentials().isEmpty());
    // The emulator forgets a certificate once it is revoked.
    QCOMPARE(m_foundry.emulator().certificates().size(), earlierCertificates);

    // Foundry throttles per account, whatever the settings: the new lanes share the same bucket.
    LaneWidget *again = addDeviceLane();
    QVERIFY(again);
    QVERIFY(limiter);
    QCOMPARE(again->lane()->setup().rateLimiter, limiter.data());
}

// Without a token the bench says why it cannot start; a token typed into Settings is kept by the
// keychain token store, which here finds no keychain service (main() points D-Bus nowhere) and keeps
// it for the session, starts the bench, and is never shown or written back.
void TestBenchWindow::tokenEnteredInSettingsStartsTheBenchAndIsNeverShownBack()
{
    KeychainTokenStore keychain;
    m_window = std::make_unique<MainWindow>(m_settings.get(), &keychain);
    m_window->benchPage()->watcher()->setSource([] { return QList<SerialPortList::Port>(); });
    m_window->resize(1100, 720);
    m_window->show();
    auto *problem = child<QLabel>(m_window.get(), "connectionLabel");
    QVERIFY(QTest::qWaitFor([problem] { return !problem->text().isEmpty(); }, 5000));
    QVERIFY2(problem->text().contains(QStringLiteral("token")), qPrintable(problem->text()));
    QVERIFY(!child<QWidget>(m_window.get(), "addPortRow")->isVisible());

    child<QAction>(m_window.get(), "actionSettings")->trigger();
    SettingsDialog *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
    auto *tokenEdit = child<QLineEdit>(dialog, "tokenEdit");
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QVERIFY(tokenEdit->text().isEmpty());
    QTest::keyClicks(tokenEdit, m_foundry.token());
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    // The dialog closes once the token is kept; what it says otherwise explains a failure.
    const QPointer<QLabel> dialogProblem = child<QLabel>(dialog, "problemLabel");
    QVERIFY2(QTest::qWaitFor([this] { return !m_window->findChild<SettingsDialog *>(); }, 5000),
             dialogProblem ? qPrintable(dialogProblem->text()) : "");

    QVERIFY(QTest::qWaitFor([this] { return child<QWidget>(m_window.get(), "addPortRow")->isVisible(); }, 5000));
    QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);

    child<QAction>(m_window.get(), "actionSettings")->trigger();
    dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(child<QLineEdit>(dialog, "tokenEdit")->text().isEmpty());
    dialog->reject();
    QFile saved(m_settings->fileName());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains(m_foundry.token().toUtf8()));
    // The window goes before the store it reads from.
    m_window.reset();
}

FOUNDRY_WINDOW_TEST_MAIN(TestBenchWindow, "tst_benchwindow")

// The next shift finds the log open where it was left, and the window's size and place saved (the
// offscreen platform's small screen makes Qt fit a restored window to it, so only the dock's place is
// compared); a settings file with nonsense there opens the window as it comes.
void TestBenchWindow::windowAndLogAreWhereTheyWereLeft()
{
    openAsSaved();
    QVERIFY(!m_window->logDock()->isVisible());
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_window->logDock());
    m_window->logDock()->show();
    m_window.reset();

    openAsSaved();
    QVERIFY(m_window->logDock()->isVisible());
    QCOMPARE(m_window->dockWidgetArea(m_window->logDock()), Qt::RightDockWidgetArea);
    QVERIFY(m_window->restoreGeometry(m_settings->value(MainWindow::geometryKey).toByteArray()));
    m_window.reset();

    m_settings->setValue(MainWindow::geometryKey, QByteArray("\x01\xd9\xd0\xcb garbage"));
    m_settings->setValue(MainWindow::stateKey, QByteArray(100000, '\xff'));
    openAsSaved();
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->logDock()->isVisible());
}

void TestBenchWindow::openAsSaved()
{
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_tokens.get());
    m_window->benchPage()->watcher()->setSource([] { return QList<SerialPortList::Port>(); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

#include "tst_benchwindow.moc"
