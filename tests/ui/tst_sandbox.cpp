#include "BenchPage.h"
#include "EmulatedFoundry.h"
#include "LaneWidget.h"
#include "MainWindow.h"
#include "SessionTokenStore.h"
#include "SettingsDialog.h"
#include "SimulatedDevice.h"
#include "WindowTestMain.h"
#include "WindowTestSupport.h"
#include "device/SerialPortWatcher.h"
#include "jobs/SandboxSession.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QScopeGuard>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>
#include <sys/types.h>

namespace {

const QString bandTitle = QStringLiteral("SANDBOX");

} // namespace

// The built-in Sandbox as a new technician meets it: the station starts the Foundry emulator and
// simulated devices of each profile itself, marks the window, and keeps its certificates to itself.
// Also the environments in Settings, and lanes that keep their device when it comes back on another
// port. Real widgets, real emulator and simulator processes, real pseudo-terminals.
using WindowTestSupport::child;

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sandboxIsMarkedAndProductionIsNot();
    void sandboxProvisionsTwoDevicesAtOnce();
    void devicePulledMidWriteEndsInFailAndComesBackInItsLane();
    void missingProgramIsNamedInWords();
    void usbDeviceRepluggedElsewhereKeepsItsLane();
    void environmentAddedInSettingsKeepsItsTokenForTheSession();
    void sandboxChosenInSettingsStartsIt();
    void testConnectionChecksTheEnvironmentShown();
    void screenshots();
    void sandboxProgramsEndWithAKilledStation();
    void terminatedStationCleansUpItsSandbox();

private:
    void saveSettings(const QString &current);
    void openWindow();
    // Waits until the Sandbox's lanes wait for device IDs; them, in bench order.
    QList<LaneWidget *> readySandboxLanes();
    void scan(const QString &typed);
    QString waitForVerdict(LaneWidget *lane);
    bool marked() const;
    // docs/ takes its screenshots from here: FOUNDRY_SCREENSHOT_DIR names where they go. True when none
    // is asked for, or it was saved.
    static bool saveScreenshot(QWidget *widget, const QString &fileName);
    SettingsDialog *openSettings();
    void save(SettingsDialog *dialog);
    // What the Sandbox's emulator, a separate process, says it holds (GET /emulator/certificates);
    // nothing when it does not answer.
    std::optional<QJsonArray> sandboxCertificates() const;
    EmulatedFoundry m_foundry{QStringLiteral("sandbox-test-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionTokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<SimulatedDevice>> m_devices;
};

void TestSandbox::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
    m_tokens = std::make_unique<SessionTokenStore>();
}

void TestSandbox::cleanup()
{
    m_window.reset();
    m_devices.clear();
    m_tokens.reset();
    m_settings.reset();
}

// Production points at the in-process emulator; the built-in Sandbox has no URL: the station runs it.
void TestSandbox::saveSettings(const QString &current)
{
    StationSettings station;
    station.environments[StationSettings::defaultEnvironmentName] = {
        m_foundry.emulator().baseUrl().toString(), QStringLiteral("Authorization: Bearer"), m_foundry.caFile()};
    station.currentEnvironment = current;
    station.journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
    station.operatorName = QStringLiteral("trainee");
    station.stationName = QStringLiteral("bench-sandbox");
    station.save(*m_settings);
    m_settings->setValue(SettingsDialog::topicsTemplateKey(),
                         QStringLiteral("devices/{deviceId}/telemetry,devices/{deviceId}/commands"));
}

void TestSandbox::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_tokens.get());
    m_window->benchPage()->watcher()->setSource([] { return QList<SerialPortList::Port>(); });
    m_window->resize(1300, 720);
    m_window->show();
}

QList<LaneWidget *> TestSandbox::readySandboxLanes()
{
    const qsizetype devices = SandboxSession::defaultDevices().size();
    const bool ready = QTest::qWaitFor(
        [this, devices] {
            const QList<LaneWidget *> lanes = m_window->benchPage()->lanes();
            return lanes.size() == devices
                   && std::all_of(lanes.cbegin(), lanes.cend(), [](LaneWidget *lane) { return lane->waitsForDeviceId(); });
        },
        60000);
    if (!ready) {
        qWarning("the Sandbox's lanes did not get ready: %s",
                 qPrintable(child<QLabel>(m_window.get(), "connectionLabel")->text()));
        return {};
    }
    return m_window->benchPage()->lanes();
}

void TestSandbox::scan(const QString &typed)
{
    auto *scanEdit = child<QLineEdit>(m_window.get(), "scanEdit");
    QVERIFY(scanEdit);
    QTest::keyClicks(scanEdit, typed);
    QTest::keyClick(scanEdit, Qt::Key_Return);
}

QString TestSandbox::waitForVerdict(LaneWidget *lane)
{
    auto *tile = child<QWidget>(lane, "resultTile");
    if (!tile || !QTest::qWaitFor([tile] { return tile->isVisible(); }, 60000))
        return {};
    return child<QLabel>(lane, "verdictLabel")->text();
}

bool TestSandbox::marked() const
{
    const auto *band = m_window->findChild<QLabel *>(QStringLiteral("sandboxBanner"));
    const bool bandShown = band && band->isVisible();
    const bool titled = m_window->windowTitle().contains(bandTitle);
    if (bandShown != titled)
        qWarning("the band and the title disagree");
    return bandShown && titled;
}

SettingsDialog *TestSandbox::openSettings()
{
    child<QAction>(m_window.get(), "actionSettings")->trigger();
    return m_window->findChild<SettingsDialog *>();
}

void TestSandbox::save(SettingsDialog *dialog)
{
    const QPointer<QLabel> problem = child<QLabel>(dialog, "problemLabel");
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([this] { return !m_window->findChild<SettingsDialog *>(); }, 5000),
             problem ? qPrintable(problem->text()) : "");
}

std::optional<QJsonArray> TestSandbox::sandboxCertificates() const
{
    SandboxSession *sandbox = m_window->sandbox();
    if (!sandbox)
        return std::nullopt;
    QNetworkAccessManager network;
    QNetworkRequest request(sandbox->apiUrl().resolved(QUrl(QStringLiteral("/emulator/certificates"))));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(sandbox->caFile());
    request.setSslConfiguration(tls);
    request.setRawHeader("Authorization", "Bearer " + sandbox->token().toByteArray());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000) || reply->error() != QNetworkReply::NoError) {
        qWarning("the Sandbox's emulator did not answer: %s", qPrintable(reply->errorString()));
        return std::nullopt;
    }
    return QJsonDocument::fromJson(reply->readAll()).array();
}

// The band and the title say Sandbox, and its programs run; back in production both are gone, and so
// are the programs.
void TestSandbox::sandboxIsMarkedAndProductionIsNot()
{
    saveSettings(StationSettings::sandboxEnvironmentName);
    openWindow();
    QVERIFY(marked());
    QVERIFY(!readySandboxLanes().isEmpty());
    SandboxSession *sandbox = m_window->sandbox();
    QVERIFY(sandbox);
    const qint64 devicePid = sandbox->deviceProcessId(SandboxSession::defaultDevices().constFirst().name);
    QVERIFY(devicePid > 0);

    saveSettings(StationSettings::defaultEnvironmentName);
    m_window->applySettings();
    QVERIFY(!marked());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Foundry Provisioning Station"));
    QVERIFY(!m_window->sandbox());
    QVERIFY(!child<QWidget>(m_window.get(), "addPortRow")->isVisible());
    // The simulator was ended and reaped: no such process any more.
    QVERIFY(QTest::qWaitFor([devicePid] { return ::kill(pid_t(devicePid), 0) != 0; }, 10000));
}

// Two devices of different profiles scanned one after the other write at the same time and both end
// in PASS with their certificates; the Sandbox's journal holds them, the production journal nothing.
void TestSandbox::sandboxProvisionsTwoDevicesAtOnce()
{
    saveSettings(StationSettings::sandboxEnvironmentName);
    openWindow();
    const QList<LaneWidget *> lanes = readySandboxLanes();
    QVERIFY(lanes.size() >= 2);
    scan(QStringLiteral("practice-0001"));
    scan(QStringLiteral("practice-0002"));
    QVERIFY(QTest::qWaitFor([&lanes] { return lanes.at(0)->lane()->state() == ProvisioningLane::State::Running; }, 5000));
    QCOMPARE(lanes.at(1)->lane()->state(), ProvisioningLane::State::Running);
    QCOMPARE(waitForVerdict(lanes.at(0)), QStringLiteral("PASS"));
    QCOMPARE(waitForVerdict(lanes.at(1)), QStringLiteral("PASS"));

    const std::optional<QJsonArray> certificates = sandboxCertificates();
    QVERIFY(certificates);
    QStringList devices;
    for (const QJsonValue &certificate : *certificates) {
        QCOMPARE(certificate[QLatin1String("status")].toString(), QStringLiteral("ACTIVE"));
        devices << certificate[QLatin1String("deviceId")].toString();
    }
    devices.sort();
    QCOMPARE(devices, (QStringList{QStringLiteral("practice-0001"), QStringLiteral("practice-0002")}));
    for (LaneWidget *lane : {lanes.at(0), lanes.at(1)}) {
        const QString certificateId = lane->lane()->job()->result().certificateId;
        QCOMPARE(child<QLabel>(lane, "certificateLabel")->toolTip(), certificateId);
        QVERIFY(child<QLabel>(lane, "topicsLabel")->text().contains(QStringLiteral("/telemetry")));
    }

    // The jobs are journaled in the Sandbox's own folder; the journal configured for the station
    // (production's) was never created.
    const QDir sandboxFolder = QFileInfo(m_window->sandbox()->journalFile()).dir();
    QCOMPARE(sandboxFolder.entryList({QStringLiteral("journal*.sqlite")}, QDir::Files).size(), 1);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("journal*")}, QDir::Files).isEmpty());
}

// The station's own simulator process is killed while it is written: the lane ends in FAIL, the
// certificate is revoked, and the device started again on a new pseudo-terminal comes back in its lane.
void TestSandbox::devicePulledMidWriteEndsInFailAndComesBackInItsLane()
{
    saveSettings(StationSettings::sandboxEnvironmentName);
    openWindow();
    const QList<LaneWidget *> lanes = readySandboxLanes();
    QVERIFY(!lanes.isEmpty());
    LaneWidget *lane = lanes.constFirst();
    const QString device = SandboxSession::defaultDevices().constFirst().name;
    SandboxSession *sandbox = m_window->sandbox();
    const QString firstPort = sandbox->devicePort(device);
    QCOMPARE(lane->lane()->setup().serial.portName, firstPort);

    scan(QStringLiteral("pulled-0001"));
    QVERIFY(QTest::qWaitFor([lane] { return lane->isWriting(); }, 30000));
    QVERIFY(::kill(pid_t(sandbox->deviceProcessId(device)), SIGKILL) == 0);
    QCOMPARE(waitForVerdict(lane), QStringLiteral("FAIL"));
    const JobResult result = lane->lane()->job()->result();
    QVERIFY(!result.certificateId.isEmpty());
    QVERIFY(QTest::qWaitFor(
        [this] {
            const std::optional<QJsonArray> certificates = sandboxCertificates();
            return certificates && certificates->isEmpty();
        },
        10000));

    QSignalSpy plugged(sandbox, &SandboxSession::devicePlugged);
    sandbox->plugDeviceIn(device);
    QVERIFY(plugged.wait(20000));
    // Often the same path: the kernel hands out the freed pseudo-terminal's number again.
    const QString secondPort = sandbox->devicePort(device);
    QVERIFY(!secondPort.isEmpty());
    const QList<LaneWidget *> after = m_window->benchPage()->lanes();
    QCOMPARE(after.size(), lanes.size());
    LaneWidget *first = after.constFirst();
    QCOMPARE(first->lane()->setup().serial.portName, secondPort);
    QVERIFY(QTest::qWaitFor([first] { return first->waitsForDeviceId(); }, 30000));
}

void TestSandbox::missingProgramIsNamedInWords()
{
    SandboxSession session;
    session.setProgramDirectory(m_dir->path());
    QSignalSpy failed(&session, &SandboxSession::failed);
    session.start();
    QCOMPARE(failed.size(), 1);
    const QString problem = failed.constFirst().constFirst().toString();
    QVERIFY2(problem.contains(SandboxSession::emulatorProgram()) && problem.contains(m_dir->path()), qPrintable(problem));
    QCOMPARE(session.state(), SandboxSession::State::Failed);
}

// Two USB devices (simulators listed as if they had USB serial numbers); the first is pulled and
// plugged into another socket between two polls: it keeps its place on the bench, on its new port.
void TestSandbox::usbDeviceRepluggedElsewhereKeepsItsLane()
{
    saveSettings(StationSettings::defaultEnvironmentName);
    m_tokens->store(StationSettings::defaultEnvironmentName, QCA::SecureArray(m_foundry.token().toUtf8()), this,
                    [](const QString &) {});
    for (int i = 0; i < 2; ++i) {
        m_devices.push_back(std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("usb-%1.json").arg(i))));
        QVERIFY(m_devices.back()->start(QStringLiteral("station")));
    }
    QList<SerialPortList::Port> ports(2);
    for (int i = 0; i < 2; ++i) {
        ports[i].systemLocation = m_devices[i]->portName();
        ports[i].serialNumber = QStringLiteral("USB-SERIAL-%1").arg(i);
    }
    openWindow();
    BenchPage *bench = m_window->benchPage();
    // Before the bench starts (once the token is read), which polls the list at once.
    bench->watcher()->setSource([&ports] { return ports; });
    QVERIFY(QTest::qWaitFor([bench] { return bench->lanes().size() == 2; }, 10000));
    QVERIFY(QTest::qWaitFor([bench] { return bench->lanes().constFirst()->waitsForDeviceId(); }, 30000));
    const LaneWidget *second = bench->lanes().at(1);

    // Plugged into another socket: the new port exists before the old one is gone, so their paths differ.
    auto again = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("usb-0-again.json")));
    QVERIFY(again->start(QStringLiteral("station")));
    QVERIFY(again->portName() != ports[0].systemLocation);
    m_devices[0] = std::move(again);
    ports[0].systemLocation = m_devices[0]->portName();
    bench->watcher()->poll();
    QTest::qWait(50);

    QCOMPARE(bench->lanes().size(), 2);
    LaneWidget *first = bench->lanes().constFirst();
    QCOMPARE(first->lane()->setup().serial.portName, ports[0].systemLocation);
    QCOMPARE(bench->lanes().at(1), second);
    QVERIFY(QTest::qWaitFor([first] { return first->waitsForDeviceId(); }, 30000));
}

// A new environment is added in Settings with its URL, CA and token, and chosen; with a token store
// that has no keychain the token is kept for the session, the bench starts on it, and neither the
// settings file nor the form shows it again.
void TestSandbox::environmentAddedInSettingsKeepsItsTokenForTheSession()
{
    saveSettings(StationSettings::defaultEnvironmentName);
    openWindow();
    auto *problem = child<QLabel>(m_window.get(), "connectionLabel");
    QVERIFY(QTest::qWaitFor([problem] { return problem->text().contains(QStringLiteral("token")); }, 5000));

    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "newEnvironmentEdit"), QStringLiteral("bad name/1"));
    QTest::mouseClick(child<QPushButton>(dialog, "addEnvironmentButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("not usable")));
    child<QLineEdit>(dialog, "newEnvironmentEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "newEnvironmentEdit"), QStringLiteral("staging"));
    QTest::mouseClick(child<QPushButton>(dialog, "addEnvironmentButton"), Qt::LeftButton);
    auto *environments = child<QComboBox>(dialog, "environmentCombo");
    QCOMPARE(environments->currentData().toString(), QStringLiteral("staging"));
    QVERIFY(child<QLineEdit>(dialog, "apiUrlEdit")->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(dialog, "apiUrlEdit"), m_foundry.emulator().baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>(dialog, "caFileEdit"), m_foundry.caFile());
    auto *tokenEdit = child<QLineEdit>(dialog, "tokenEdit");
    QVERIFY(tokenEdit->isEnabled());
    QTest::keyClicks(tokenEdit, m_foundry.token());
    save(dialog);

    QVERIFY(QTest::qWaitFor([problem] { return problem->text().isEmpty(); }, 5000));
    QVERIFY(!marked());
    StationSettings saved;
    QVERIFY(saved.load(*m_settings).isEmpty());
    QCOMPARE(saved.currentEnvironment, QStringLiteral("staging"));
    QCOMPARE(saved.current().apiUrl, m_foundry.emulator().baseUrl().toString());
    QVERIFY(!saved.currentIsSandbox());
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_foundry.token().toUtf8()));

    // The form shows staging again, without its token; the production environment kept its own.
    dialog = openSettings();
    QVERIFY(dialog);
    QCOMPARE(child<QComboBox>(dialog, "environmentCombo")->currentData().toString(), QStringLiteral("staging"));
    QVERIFY(child<QLineEdit>(dialog, "tokenEdit")->text().isEmpty());
    dialog->reject();
    bool productionHasNone = false;
    m_tokens->read(StationSettings::defaultEnvironmentName, this,
                   [&productionHasNone](const QCA::SecureArray &token, const QString &) { productionHasNone = token.isEmpty(); });
    QVERIFY(QTest::qWaitFor([&productionHasNone] { return productionHasNone; }, 5000));
}

// Choosing the built-in Sandbox in Settings marks the window and starts the Sandbox's programs; its
// kind cannot be changed, and it needs no token.
void TestSandbox::sandboxChosenInSettingsStartsIt()
{
    saveSettings(StationSettings::defaultEnvironmentName);
    openWindow();
    QVERIFY(!marked());
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    auto *environments = child<QComboBox>(dialog, "environmentCombo");
    environments->setCurrentIndex(environments->findData(StationSettings::sandboxEnvironmentName));
    QVERIFY(!child<QComboBox>(dialog, "kindCombo")->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, "tokenEdit")->isEnabled());
    save(dialog);
    QVERIFY(marked());
    QVERIFY(!readySandboxLanes().isEmpty());
    QVERIFY(m_window->sandbox());
}

// "Test connection" runs check-api's check on the environment shown, with its stored or typed token,
// and says the result in place: production works, a newly added one pointing nowhere does not, and
// the built-in Sandbox has nothing to test.
void TestSandbox::testConnectionChecksTheEnvironmentShown()
{
    saveSettings(StationSettings::defaultEnvironmentName);
    m_tokens->store(StationSettings::defaultEnvironmentName, QCA::SecureArray(m_foundry.token().toUtf8()), this,
                    [](const QString &) {});
    m_foundry.emulator().clearRequests();
    openWindow();
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    auto *result = child<QLabel>(dialog, "connectionResultLabel");
    auto *test = child<QPushButton>(dialog, "testConnectionButton");
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([result] { return result->text().startsWith(QStringLiteral("Foundry works")); }, 20000),
             qPrintable(result->text()));
    QStringList paths;
    for (const EmulatorRequest &request : m_foundry.emulator().requests())
        paths << request.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("/foundry/certificates/generate"), QStringLiteral("/foundry/certificates/revoke")}));
    QVERIFY(m_foundry.emulator().certificates().isEmpty());

    QTest::keyClicks(child<QLineEdit>(dialog, "newEnvironmentEdit"), QStringLiteral("nowhere"));
    QTest::mouseClick(child<QPushButton>(dialog, "addEnvironmentButton"), Qt::LeftButton);
    QVERIFY(result->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(dialog, "apiUrlEdit"), QStringLiteral("https://127.0.0.1:1"));
    QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("some-token"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([result] { return result->text().startsWith(QStringLiteral("It does not work")); }, 60000),
             qPrintable(result->text()));

    auto *environments = child<QComboBox>(dialog, "environmentCombo");
    environments->setCurrentIndex(environments->findData(StationSettings::sandboxEnvironmentName));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(result->text().contains(QStringLiteral("nothing to test")));
    dialog->reject();
}

bool TestSandbox::saveScreenshot(QWidget *widget, const QString &fileName)
{
    const QString dir = qEnvironmentVariable("FOUNDRY_SCREENSHOT_DIR");
    return dir.isEmpty() || widget->grab().save(dir + QLatin1Char('/') + fileName);
}

// The bench in the Sandbox with a lane in each state a technician sees: PASS, FAIL (the device pulled
// while it was written), writing (a device on a slow line, its bar moving) and idle, ready for a scan;
// then Settings with the environments. `./dev screenshots` saves them into docs/.
void TestSandbox::screenshots()
{
    saveSettings(StationSettings::sandboxEnvironmentName);
    openWindow();
    m_window->resize(1500, 760);
    QList<LaneWidget *> lanes = readySandboxLanes();
    QCOMPARE(lanes.size(), 3);
    // A fourth device on a line slow enough to be caught writing, added by its path as a trainee would.
    m_devices.push_back(std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("slow.json"))));
    QVERIFY(m_devices.back()->start(QStringLiteral("station"), {QStringLiteral("--baud"), QStringLiteral("4800")}));
    m_window->benchPage()->addPort(m_devices.back()->portName());
    lanes = m_window->benchPage()->lanes();
    QCOMPARE(lanes.size(), 4);
    LaneWidget *passing = lanes.at(0);
    LaneWidget *failing = lanes.at(1);
    LaneWidget *idle = lanes.at(2);
    LaneWidget *writing = lanes.at(3);
    QVERIFY(QTest::qWaitFor([writing] { return writing->waitsForDeviceId(); }, 60000));

    scan(QStringLiteral("bench-0001"));
    QCOMPARE(waitForVerdict(passing), QStringLiteral("PASS"));

    ProvisioningJob::Settings job;
    job.slot = 1;
    job.topicTemplates = QStringList{QStringLiteral("devices/{deviceId}/telemetry"), QStringLiteral("devices/{deviceId}/commands")};
    job.deviceId = QStringLiteral("bench-0002");
    QVERIFY(failing->startJob(job));
    QVERIFY(QTest::qWaitFor([failing] { return failing->isWriting(); }, 30000));
    m_window->sandbox()->unplugDevice(SandboxSession::defaultDevices().at(1).name);
    QCOMPARE(waitForVerdict(failing), QStringLiteral("FAIL"));

    job.deviceId = QStringLiteral("bench-0003");
    QVERIFY(writing->startJob(job));
    auto *bar = child<QProgressBar>(writing, "progressBar");
    QVERIFY(QTest::qWaitFor([writing, bar] { return writing->isWriting() && bar->value() >= 20; }, 60000));
    QVERIFY(idle->waitsForDeviceId());
    QVERIFY(marked());
    QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("bench-states.png")));

    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("settings.png")));
    dialog->reject();
}

namespace {

// The processes a process started and has not lost (Linux: /proc/PID/task/PID/children).
QList<qint64> childrenOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<qint64> children;
    if (!file.open(QIODevice::ReadOnly))
        return children;
    for (const QByteArray &child : file.read(4096).simplified().split(' ')) {
        if (!child.isEmpty())
            children << child.toLongLong();
    }
    return children;
}

// Running the emulator or a simulator (exec'd), not merely forked from the station.
bool runsSandboxProgram(qint64 pid)
{
    const QString program = QFileInfo(QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget()).fileName();
    return program == SandboxSession::emulatorProgram() || program == SandboxSession::simulatorProgram();
}

// The Sandbox's folder, from the emulator's --ca-out FOLDER/ca.pem among the station's programs.
QString sandboxFolderOf(const QList<qint64> &programs)
{
    for (const qint64 program : programs) {
        QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(program));
        if (!commandLine.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> arguments = commandLine.read(8192).split('\0');
        const qsizetype caOut = arguments.indexOf("--ca-out");
        if (caOut >= 0 && caOut + 1 < arguments.size())
            return QFileInfo(QString::fromLocal8Bit(arguments.at(caOut + 1))).path();
    }
    return {};
}

// Gone, or a zombie waiting for whoever inherited it.
bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.read(4096);
    const qsizetype state = text.lastIndexOf(')') + 2;
    return state < text.size() && text.at(state) == 'Z';
}

} // namespace

// foundry-station itself killed (a crash, a kill -9): the emulator and simulators it started must not
// live on, holding pseudo-terminals and a port, as they did when only a clean exit stopped them.
void TestSandbox::sandboxProgramsEndWithAKilledStation()
{
    const QString config = m_dir->filePath(QStringLiteral("config"));
    {
        QSettings ini(config + QStringLiteral("/foundry-station/station.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("environment"), StationSettings::sandboxEnvironmentName);
    }
    QProcess station;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    station.setProcessEnvironment(environment);
    station.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    station.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station"), QStringList());
    QVERIFY(station.waitForStarted());
    const qint64 stationPid = station.processId();
    const qsizetype programs = 1 + SandboxSession::defaultDevices().size();
    QList<qint64> children;
    QVERIFY(QTest::qWaitFor(
        [&] {
            children = childrenOf(stationPid);
            return children.size() == programs && std::all_of(children.cbegin(), children.cend(), runsSandboxProgram);
        },
        60000));

    // A killed station cannot remove its folder; the test does.
    const QString folder = sandboxFolderOf(children);
    QVERIFY(folder.contains(QStringLiteral("foundry-sandbox-")));
    const auto removeFolder = qScopeGuard([folder] { QDir(folder).removeRecursively(); });
    QVERIFY(::kill(pid_t(stationPid), SIGKILL) == 0);
    QVERIFY(station.waitForFinished(10000));
    const bool allGone = QTest::qWaitFor(
        [&children] { return std::all_of(children.cbegin(), children.cend(), processGone); }, 10000);
    QStringList survivors;
    for (const qint64 child : std::as_const(children)) {
        if (processGone(child))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        survivors << (stat.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(stat.read(200)) : QString::number(child));
        ::kill(pid_t(child), SIGKILL);
    }
    QVERIFY2(allGone, qPrintable(survivors.join(QLatin1String("; "))));
}

// A SIGTERM (or Ctrl+C in ./dev demo's terminal) closes the window normally: the Sandbox's programs
// are stopped and its temporary folder, with the session's CA and journal, is removed.
void TestSandbox::terminatedStationCleansUpItsSandbox()
{
    const QString config = m_dir->filePath(QStringLiteral("config"));
    {
        QSettings ini(config + QStringLiteral("/foundry-station/station.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("environment"), StationSettings::sandboxEnvironmentName);
    }
    QProcess station;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    station.setProcessEnvironment(environment);
    station.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    station.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station"), QStringList());
    QVERIFY(station.waitForStarted());
    const qsizetype programs = 1 + SandboxSession::defaultDevices().size();
    QList<qint64> children;
    QVERIFY(QTest::qWaitFor(
        [&] {
            children = childrenOf(station.processId());
            return children.size() == programs && std::all_of(children.cbegin(), children.cend(), runsSandboxProgram);
        },
        60000));
    const QString folder = sandboxFolderOf(children);
    QVERIFY(!folder.isEmpty());
    QVERIFY(QFileInfo(folder).isDir());

    station.terminate();
    QVERIFY(station.waitForFinished(20000));
    QCOMPARE(station.exitStatus(), QProcess::NormalExit);
    QVERIFY(std::all_of(children.cbegin(), children.cend(), processGone));
    QVERIFY(!QFileInfo::exists(folder));
}

FOUNDRY_WINDOW_TEST_MAIN(TestSandbox, "tst_sandbox")

#include "tst_sandbox.moc"
