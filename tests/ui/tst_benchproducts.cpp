#include "BenchPage.h"
#include "EmulatedFoundry.h"
#include "LaneWidget.h"
#include "MainWindow.h"
#include "ProductProfilesDialog.h"
#include "SessionTokenStore.h"
#include "SettingsDialog.h"
#include "SimulatedDevice.h"
#include "WindowTestMain.h"
#include "WindowTestSupport.h"
#include "device/SerialPortWatcher.h"
#include "jobs/ProductProfiles.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

ProductProfile product(const QString &name, int slot, const QString &topicTemplate)
{
    ProductProfile profile;
    profile.name = name;
    profile.deviceProfile = QStringLiteral("station");
    profile.slot = slot;
    profile.topicTemplates = {topicTemplate};
    return profile;
}

} // namespace

// The bench's products and scanner as a technician meets them: product profiles chosen on the bench
// page, scans refused for a duplicate or a malformed ID, jobs that start on their own. Real widgets,
// the Foundry emulator over HTTPS on loopback, the device simulator on a pseudo-terminal; what
// Foundry and the device ended up with is checked, not only what the window shows.
using WindowTestSupport::child;

class TestBenchProducts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void goodScanProvisionsWithTheProduct();
    void duplicateScanIsRefusedWithItsReason();
    void malformedScanIsRefused();
    void switchedProductTakesTheNextJobNotTheRunningOne();
    void productAddedInTheDialogIsSavedAndChosen();
    void scanBeforeTheDeviceStartsOnceItIsReady();
    void withoutAutoStartTheScanWaitsForStart();
    void deviceWithoutALabelStartsOnPlugIn();
    void deviceWhoseSerialCannotBeAnIdWaitsForAScan();

private:
    void saveProducts(const QList<ProductProfile> &products, const QString &current);
    void startDevice(const QStringList &arguments = {});
    void openWindow();
    // Adds the device's port by path; the lane, once it is open.
    LaneWidget *addDeviceLane();
    bool waitReady(LaneWidget *lane);
    void scan(const QString &typed);
    QString waitForVerdict(LaneWidget *lane);
    QString text(QObject *parent, const char *label);
    // The certificate Foundry issued for deviceId; nothing when none.
    std::optional<EmulatorCertificate> issuedFor(const QString &deviceId) const;
    int generateRequests() const;
    QList<int> storedSlots() const;
    EmulatedFoundry m_foundry{QStringLiteral("gui-products-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionTokenStore> m_tokens;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<MainWindow> m_window;
};

void TestBenchProducts::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestBenchProducts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
    m_foundry.emulator().clearRequests();

    m_settings = WindowTestSupport::sandboxSettings(m_foundry, *m_dir, QStringLiteral("gui-tester"), QStringLiteral("bench-products"));
    m_settings->setValue(SettingsDialog::topicsTemplateKey(), QStringLiteral("std/{deviceId}"));

    m_tokens = WindowTestSupport::sandboxTokens(m_foundry, this);
}

void TestBenchProducts::cleanup()
{
    // The window's lanes let go of the port before the device's side of the pseudo-terminal closes.
    m_window.reset();
    m_device.reset();
    m_tokens.reset();
    m_settings.reset();
}

void TestBenchProducts::saveProducts(const QList<ProductProfile> &products, const QString &current)
{
    ProductProfiles profiles;
    for (const ProductProfile &profile : products)
        profiles.products.insert(profile.name, profile);
    profiles.current = current;
    profiles.save(*m_settings);
}

void TestBenchProducts::startDevice(const QStringList &arguments)
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(QStringLiteral("station"), arguments));
}

void TestBenchProducts::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_tokens.get());
    // This computer's own serial ports are none of the test's business: the list is empty.
    m_window->benchPage()->watcher()->setSource([] { return QList<SerialPortList::Port>(); });
    m_window->resize(1100, 720);
    m_window->show();
}

LaneWidget *TestBenchProducts::addDeviceLane()
{
    auto *addPortEdit = child<QLineEdit>(m_window.get(), "addPortEdit");
    if (!addPortEdit || !QTest::qWaitFor([addPortEdit] { return addPortEdit->isVisible(); }, 10000)) {
        qWarning("the Sandbox's port field did not show: %s", qPrintable(text(m_window.get(), "connectionLabel")));
        return nullptr;
    }
    QTest::keyClicks(addPortEdit, m_device->portName());
    QTest::keyClick(addPortEdit, Qt::Key_Return);
    const QList<LaneWidget *> lanes = m_window->benchPage()->lanes();
    return lanes.size() == 1 ? lanes.constFirst() : nullptr;
}

bool TestBenchProducts::waitReady(LaneWidget *lane)
{
    if (QTest::qWaitFor([lane] { return lane->waitsForDeviceId(); }, 30000))
        return true;
    qWarning("the lane did not get ready: %s", qPrintable(text(lane, "stepLabel")));
    return false;
}

void TestBenchProducts::scan(const QString &typed)
{
    auto *scanEdit = child<QLineEdit>(m_window.get(), "scanEdit");
    QVERIFY(scanEdit);
    QTest::keyClicks(scanEdit, typed);
    QTest::keyClick(scanEdit, Qt::Key_Return);
}

QString TestBenchProducts::waitForVerdict(LaneWidget *lane)
{
    auto *tile = child<QWidget>(lane, "resultTile");
    if (!tile || !QTest::qWaitFor([tile] { return tile->isVisible(); }, 60000))
        return {};
    // What the tile says goes with the verdict into the log, for a verdict the test did not expect.
    qInfo("%s: %s", qPrintable(text(lane, "verdictLabel")), qPrintable(text(lane, "sentenceLabel")));
    return text(lane, "verdictLabel");
}

QString TestBenchProducts::text(QObject *parent, const char *label)
{
    const auto *found = child<QLabel>(parent, label);
    return found ? found->text() : QString();
}

std::optional<EmulatorCertificate> TestBenchProducts::issuedFor(const QString &deviceId) const
{
    const QList<EmulatorCertificate> issued = m_foundry.emulator().certificates();
    const auto found = std::find_if(issued.cbegin(), issued.cend(),
                                    [&deviceId](const EmulatorCertificate &certificate) { return certificate.deviceId == deviceId; });
    if (found == issued.cend())
        return std::nullopt;
    return *found;
}

int TestBenchProducts::generateRequests() const
{
    const QList<EmulatorRequest> requests = m_foundry.emulator().requests();
    return int(std::count_if(requests.cbegin(), requests.cend(),
                             [](const EmulatorRequest &request) { return request.path.endsWith(QLatin1String("/generate")); }));
}

QList<int> TestBenchProducts::storedSlots() const
{
    QList<int> slots;
    for (const QJsonValue &credential : m_device->storedCredentials())
        slots << credential.toObject().value(QLatin1String("tag")).toInt();
    std::sort(slots.begin(), slots.end());
    return slots;
}

void TestBenchProducts::goodScanProvisionsWithTheProduct()
{
    saveProducts({product(QStringLiteral("sensor"), 3, QStringLiteral("sensors/{deviceId}/up"))},
                 QStringLiteral("sensor"));
    startDevice();
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QVERIFY(waitReady(lane));
    QCOMPARE(child<QComboBox>(m_window.get(), "productCombo")->currentText(), QStringLiteral("sensor"));
    scan(QStringLiteral("  sensor-0001 "));
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));

    const std::optional<EmulatorCertificate> issued = issuedFor(QStringLiteral("sensor-0001"));
    QVERIFY(issued);
    QCOMPARE(issued->status, EmulatorCertificate::Status::Active);
    QCOMPARE(issued->topics, QStringList{QStringLiteral("sensors/sensor-0001/up")});
    QCOMPARE(storedSlots(), (QList<int>{3, 3}));
}

// A device the journal shows provisioned, and not revoked since, is refused at the scan: the reason on
// the tile and under the scanner field, and nothing asked of Foundry or written to the device.
void TestBenchProducts::duplicateScanIsRefusedWithItsReason()
{
    startDevice();
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QVERIFY(waitReady(lane));
    scan(QStringLiteral("dup-0001"));
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));
    const std::optional<EmulatorCertificate> first = issuedFor(QStringLiteral("dup-0001"));
    QVERIFY(first);
    QVERIFY(waitReady(lane));
    const QJsonArray stored = m_device->storedCredentials();
    m_foundry.emulator().clearRequests();

    scan(QStringLiteral("dup-0001"));
    QCOMPARE(text(lane, "verdictLabel"), QStringLiteral("SCAN REFUSED"));
    for (const QString &reason : {text(lane, "sentenceLabel"), text(m_window.get(), "scanStatusLabel")}) {
        QVERIFY2(reason.contains(QStringLiteral("provisioned already")), qPrintable(reason));
        QVERIFY2(reason.contains(first->id), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("revoke that certificate first")), qPrintable(reason));
    }
    QTest::qWait(200);
    QVERIFY(m_foundry.emulator().requests().isEmpty());
    QCOMPARE(m_device->storedCredentials(), stored);
    QVERIFY(lane->waitsForDeviceId());
}

void TestBenchProducts::malformedScanIsRefused()
{
    startDevice();
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QVERIFY(waitReady(lane));
    scan(QStringLiteral("dev/0001"));
    QCOMPARE(waitForVerdict(lane), QStringLiteral("SCAN REFUSED"));
    const QString reason = text(lane, "sentenceLabel");
    QVERIFY2(reason.contains(QStringLiteral("only letters, digits")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("scan again")), qPrintable(reason));
    QCOMPARE(text(m_window.get(), "scanStatusLabel"), reason);
    QVERIFY(lane->waitsForDeviceId());
    QVERIFY(m_foundry.emulator().requests().isEmpty());
}

// The product is switched while a job writes: that job finishes with the slot and topics it started
// with, and the next one takes the new product's, on the device and on Foundry. The new product names
// the device profile where the old one detected it, so the lane reopens for it before that job.
void TestBenchProducts::switchedProductTakesTheNextJobNotTheRunningOne()
{
    ProductProfile alpha = product(QStringLiteral("alpha"), 1, QStringLiteral("alpha/{deviceId}"));
    alpha.deviceProfile = QStringLiteral("auto");
    saveProducts({alpha, product(QStringLiteral("beta"), 2, QStringLiteral("beta/{deviceId}/{serial}"))},
                 QStringLiteral("alpha"));
    startDevice();
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QVERIFY(waitReady(lane));
    QCOMPARE(lane->lane()->setup().profile, QStringLiteral("auto"));
    auto *combo = child<QComboBox>(m_window.get(), "productCombo");
    QCOMPARE(combo->currentText(), QStringLiteral("alpha"));

    scan(QStringLiteral("switch-0001"));
    QVERIFY(QTest::qWaitFor([lane] { return lane->isWriting(); }, 30000));
    // As a technician picks it: the selector takes the keyboard.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), QStringLiteral("beta"));
    QCOMPARE(m_window->benchPage()->product()->name, QStringLiteral("beta"));
    QCOMPARE(m_window->benchPage()->lanes(), QList<LaneWidget *>{lane});
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));
    const std::optional<EmulatorCertificate> first = issuedFor(QStringLiteral("switch-0001"));
    QVERIFY(first);
    QCOMPARE(first->topics, QStringList{QStringLiteral("alpha/switch-0001")});
    QCOMPARE(storedSlots(), (QList<int>{1, 1}));

    QVERIFY(waitReady(lane));
    scan(QStringLiteral("switch-0002"));
    const QList<LaneWidget *> lanes = m_window->benchPage()->lanes();
    QCOMPARE(lanes.size(), 1);
    lane = lanes.constFirst();
    QCOMPARE(lane->lane()->setup().profile, QStringLiteral("station"));
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));
    const std::optional<EmulatorCertificate> second = issuedFor(QStringLiteral("switch-0002"));
    QVERIFY(second);
    QCOMPARE(second->topics, QStringList{QStringLiteral("beta/switch-0002/FPS-SIM-0001")});
    QCOMPARE(storedSlots(), (QList<int>{1, 1, 2, 2}));
    QVERIFY2(text(lane, "topicsLabel").contains(QStringLiteral("beta/switch-0002")), qPrintable(text(lane, "topicsLabel")));

    // The choice is saved: a window opened again provisions beta.
    ProductProfiles saved;
    QVERIFY(saved.load(*m_settings).isEmpty());
    QCOMPARE(saved.current, QStringLiteral("beta"));
}

// Products... opens the dialog: a product whose topics are wrong is not saved and the dialog says
// why; corrected, it is saved into the station's settings and offered on the bench.
void TestBenchProducts::productAddedInTheDialogIsSavedAndChosen()
{
    startDevice();
    openWindow();
    auto *combo = child<QComboBox>(m_window.get(), "productCombo");
    QVERIFY(QTest::qWaitFor([combo] { return combo->count() == 1; }, 10000));
    QCOMPARE(combo->currentText(), BenchPage::standardProductName());

    QTest::mouseClick(child<QPushButton>(m_window.get(), "productsButton"), Qt::LeftButton);
    auto *dialog = m_window->findChild<ProductProfilesDialog *>();
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    auto *name = child<QLineEdit>(dialog, "nameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("gateway"));
    child<QSpinBox>(dialog, "slotSpin")->setValue(3);
    QTest::keyClicks(child<QLineEdit>(dialog, "topicsEdit"), QStringLiteral("gw/{deviceId"));
    auto *save = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    const QString problem = text(dialog, "problemLabel");
    QVERIFY2(problem.contains(QStringLiteral("gateway")) && problem.contains(QStringLiteral("'}'")), qPrintable(problem));
    QVERIFY(ProductProfiles().load(*m_settings).isEmpty());
    {
        ProductProfiles nothingYet;
        nothingYet.load(*m_settings);
        QVERIFY(nothingYet.products.isEmpty());
    }

    QTest::keyClicks(child<QLineEdit>(dialog, "topicsEdit"), QStringLiteral("}"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->findChild<ProductProfilesDialog *>(); }, 5000));
    ProductProfiles saved;
    QVERIFY(saved.load(*m_settings).isEmpty());
    QCOMPARE(saved.products.keys(), (QStringList{QStringLiteral("gateway"), BenchPage::standardProductName()}));
    QCOMPARE(saved.products.value(QStringLiteral("gateway")).slot, 3);
    QCOMPARE(saved.products.value(QStringLiteral("gateway")).topicTemplates, QStringList{QStringLiteral("gw/{deviceId}")});

    QCOMPARE(combo->count(), 2);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), QStringLiteral("gateway"));
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QVERIFY(waitReady(lane));
    scan(QStringLiteral("gw-0001"));
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));
    QCOMPARE(issuedFor(QStringLiteral("gw-0001"))->topics, QStringList{QStringLiteral("gw/gw-0001")});
    QCOMPARE(storedSlots(), (QList<int>{3, 3}));
}

// With auto-start, a label scanned before its device is plugged in waits for it.
void TestBenchProducts::scanBeforeTheDeviceStartsOnceItIsReady()
{
    saveProducts({product(QStringLiteral("sensor"), 2, QStringLiteral("sensors/{deviceId}"))}, QStringLiteral("sensor"));
    startDevice();
    openWindow();
    QVERIFY(QTest::qWaitFor([this] { return child<QWidget>(m_window.get(), "addPortEdit")->isVisible(); }, 10000));
    scan(QStringLiteral("early-0001"));
    const QString waiting = text(m_window.get(), "scanStatusLabel");
    QVERIFY2(waiting.contains(QStringLiteral("plug it in")), qPrintable(waiting));
    QCOMPARE(generateRequests(), 0);

    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));
    QVERIFY(issuedFor(QStringLiteral("early-0001")));
    QCOMPARE(storedSlots(), (QList<int>{2, 2}));
}

// Without auto-start a scan goes to the ready lane, which waits for Start.
void TestBenchProducts::withoutAutoStartTheScanWaitsForStart()
{
    ProductProfile manual = product(QStringLiteral("manual"), 3, QStringLiteral("manual/{deviceId}"));
    manual.autoStart = false;
    saveProducts({manual}, QStringLiteral("manual"));
    startDevice();
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QVERIFY(waitReady(lane));
    auto *start = child<QPushButton>(lane, "startButton");
    QVERIFY(!start->isVisible());
    scan(QStringLiteral("manual-0001"));
    QVERIFY(start->isVisible());
    QVERIFY2(text(lane, "stepLabel").contains(QStringLiteral("press Start")), qPrintable(text(lane, "stepLabel")));
    QTest::qWait(300);
    QCOMPARE(generateRequests(), 0);

    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));
    QVERIFY(issuedFor(QStringLiteral("manual-0001")));
    QVERIFY(!start->isVisible());
}

// A product whose devices carry no label: a ready device starts on plug-in, with its own serial
// number as its device ID; plugged in again, it is a duplicate and is refused on its tile.
void TestBenchProducts::deviceWithoutALabelStartsOnPlugIn()
{
    ProductProfile unlabelled = product(QStringLiteral("unlabelled"), 2, QStringLiteral("fleet/{deviceId}"));
    unlabelled.requiresScannedDeviceId = false;
    saveProducts({unlabelled}, QStringLiteral("unlabelled"));
    startDevice({QStringLiteral("--serial"), QStringLiteral("PLUG-0007")});
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));
    const std::optional<EmulatorCertificate> issued = issuedFor(QStringLiteral("PLUG-0007"));
    QVERIFY(issued);
    QCOMPARE(issued->topics, QStringList{QStringLiteral("fleet/PLUG-0007")});
    QCOMPARE(storedSlots(), (QList<int>{2, 2}));

    // Pulled and plugged in again: the journal knows it.
    m_window.reset();
    m_foundry.emulator().clearRequests();
    openWindow();
    lane = addDeviceLane();
    QVERIFY(lane);
    QCOMPARE(waitForVerdict(lane), QStringLiteral("SCAN REFUSED"));
    QVERIFY2(text(lane, "sentenceLabel").contains(QStringLiteral("provisioned already")), qPrintable(text(lane, "sentenceLabel")));
    QCOMPARE(generateRequests(), 0);
}

void TestBenchProducts::deviceWhoseSerialCannotBeAnIdWaitsForAScan()
{
    ProductProfile unlabelled = product(QStringLiteral("unlabelled"), 2, QStringLiteral("fleet/{deviceId}"));
    unlabelled.requiresScannedDeviceId = false;
    saveProducts({unlabelled}, QStringLiteral("unlabelled"));
    startDevice({QStringLiteral("--serial"), QStringLiteral("SN/42")});
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    QVERIFY(QTest::qWaitFor([this, lane] { return text(lane, "stepLabel").contains(QStringLiteral("Scan the device ID")); },
                            30000));
    const QString says = text(lane, "stepLabel");
    QVERIFY2(says.contains(QStringLiteral("serial number cannot be its device ID")), qPrintable(says));
    QTest::qWait(300);
    QCOMPARE(generateRequests(), 0);

    scan(QStringLiteral("scanned-0042"));
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));
    QVERIFY(issuedFor(QStringLiteral("scanned-0042")));
}

FOUNDRY_WINDOW_TEST_MAIN(TestBenchProducts, "tst_benchproducts")

#include "tst_benchproducts.moc"
