#pragma once

#include "BenchPage.h"
#include "CertificatesPage.h"
#include "LaneWidget.h"
#include "EmulatedFoundry.h"
#include "MainWindow.h"
#include "SessionTokenStore.h"
#include "device/SerialPortWatcher.h"
#include "foundry/FoundryReply.h"
#include "jobs/JobHistoryModel.h"
#include "jobs/JobJournal.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QLabel>
#include <QLineEdit>
#include <QObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSize>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the window's tests share: finding a widget by its object name, and a station set up in a
// temporary folder whose Sandbox environment is the emulated Foundry, with its token in the session.
namespace WindowTestSupport {

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

// The station's settings for the window, saved to station.ini in dir; the journal goes there too.
inline std::unique_ptr<QSettings> sandboxSettings(EmulatedFoundry &foundry, const QTemporaryDir &dir,
                                                  const QString &operatorName, const QString &stationName)
{
    StationSettings station;
    station.environments.insert(MainWindow::sandboxEnvironment,
                                {foundry.emulator().baseUrl().toString(), QStringLiteral("Authorization: Bearer"),
                                 foundry.caFile()});
    station.currentEnvironment = MainWindow::sandboxEnvironment;
    station.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    station.operatorName = operatorName;
    station.stationName = stationName;
    auto settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
    station.save(*settings);
    return settings;
}

// The emulated Foundry's token, kept for the session as a machine without a keychain keeps it.
inline std::unique_ptr<SessionTokenStore> sandboxTokens(EmulatedFoundry &foundry, QObject *context)
{
    auto tokens = std::make_unique<SessionTokenStore>();
    tokens->store(MainWindow::sandboxEnvironment, QCA::SecureArray(foundry.token().toUtf8()), context,
                  [](const QString &) {});
    return tokens;
}

// The window shown at size; this computer's own serial ports are none of a test's business (the
// list is empty).
inline std::unique_ptr<MainWindow> openWindow(QSettings *settings, TokenStore *tokens, QSize size)
{
    auto window = std::make_unique<MainWindow>(settings, tokens);
    window->benchPage()->watcher()->setSource([] { return QList<SerialPortList::Port>(); });
    window->resize(size);
    window->show();
    return window;
}

// Adds portName on the bench by typing it as a person would; its lane once it waits for a device
// ID, or null, with a warning, when it does not.
inline LaneWidget *addDeviceLane(MainWindow *window, const QString &portName)
{
    auto *addPortEdit = child<QLineEdit>(window, "addPortEdit");
    if (!addPortEdit || !QTest::qWaitFor([addPortEdit] { return addPortEdit->isVisible(); }, 10000)) {
        const auto *problem = child<QLabel>(window, "connectionLabel");
        qWarning("the Sandbox's port field did not show: %s", problem ? qPrintable(problem->text()) : "");
        return nullptr;
    }
    QTest::keyClicks(addPortEdit, portName);
    QTest::keyClick(addPortEdit, Qt::Key_Return);
    const QList<LaneWidget *> lanes = window->benchPage()->lanes();
    if (lanes.size() != 1)
        return nullptr;
    LaneWidget *lane = lanes.constFirst();
    if (!QTest::qWaitFor([lane] { return lane->waitsForDeviceId(); }, 30000)) {
        qWarning("the lane did not get ready: %s", qPrintable(child<QLabel>(lane, "sentenceLabel")->text()));
        return nullptr;
    }
    return lane;
}

// Types into the scan field as a scanner does, Return included.
inline void scan(MainWindow *window, const QString &typed)
{
    auto *scanEdit = child<QLineEdit>(window, "scanEdit");
    QVERIFY(scanEdit);
    QTest::keyClicks(scanEdit, typed);
    QTest::keyClick(scanEdit, Qt::Key_Return);
}

// Waits for the lane's result tile to show; its verdict, empty when none showed within a minute.
inline QString waitForVerdict(LaneWidget *lane)
{
    auto *tile = child<QWidget>(lane, "resultTile");
    if (!tile || !QTest::qWaitFor([tile] { return tile->isVisible(); }, 60000))
        return {};
    return child<QLabel>(lane, "verdictLabel")->text();
}

// The window shown with the Certificates page in front, once the page has its journal. Null, with
// a warning, when the window's setup did not get that far.
inline std::unique_ptr<MainWindow> openOnCertificatesPage(QSettings *settings, TokenStore *tokens)
{
    auto window = openWindow(settings, tokens, QSize(1200, 720));
    CertificatesPage *page = window->certificatesPage();
    child<QTabWidget>(window.get(), "pages")->setCurrentWidget(page);
    if (!QTest::qWaitFor([page] { return page->model()->journal() != nullptr; }, 10000)) {
        qWarning("the page got no journal: %s", qPrintable(child<QLabel>(window.get(), "connectionLabel")->text()));
        return nullptr;
    }
    return window;
}

// Foundry issues a certificate for device; a done provisioning job of device holds it in the
// journal at journalPath, written by another instance as a bench process writes it (the window sees
// it when it searches). Its ID; empty when it could not be made.
inline QString journalIssuedCertificate(EmulatedFoundry &foundry, const QString &journalPath, const QString &device)
{
    const QString topic = QStringLiteral("devices/%1/up").arg(device);
    FoundryReply *reply = foundry.client().generate(QStringList{topic});
    QSignalSpy finished(reply, &FoundryReply::finished);
    if (!finished.wait(30000) || reply->error().isError())
        return {};
    const QString certificateId = reply->generateResponse().id();
    const QString arn = reply->generateResponse().arn();
    reply->deleteLater();
    JobJournal bench(journalPath);
    JobJournal::Job job;
    job.deviceId = device;
    job.operatorName = QStringLiteral("technician-3");
    job.station = QStringLiteral("bench-2");
    const qint64 id = bench.open() ? bench.beginJob(job) : 0;
    if (id == 0 || !bench.setCertificate(id, certificateId, arn)
        || !bench.setDevice(id, QStringLiteral("SN-") + device, {topic})
        || !bench.finishJob(id, JobResult::Outcome::Done, {}))
        return {};
    return certificateId;
}

// What the Certificates page's tests stand on: the emulated Foundry; before each test a fresh
// temporary folder with the station's settings, whose Sandbox is that Foundry (its faults and
// requests of earlier tests cleared), and its token in the session; the window on the page when a
// test opens it.
class CertificatesStation
{
public:
    CertificatesStation(const QString &token, QString operatorName, QString stationName)
        : m_foundry(token)
        , m_operatorName(std::move(operatorName))
        , m_stationName(std::move(stationName))
    {
    }

    // Before all tests: false, with error, when the emulator did not start.
    bool start(QString *error) { return m_foundry.start(error); }

    // Before each test; false when the folder could not be made.
    bool prepare(QObject *context)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        m_foundry.emulator().clearFaults();
        m_foundry.emulator().clearRequests();
        m_settings = sandboxSettings(m_foundry, *m_dir, m_operatorName, m_stationName);
        StationSettings station;
        station.load(*m_settings);
        m_journalPath = station.effectiveJournalPath();
        m_tokens = sandboxTokens(m_foundry, context);
        return true;
    }

    // After each test. The folder stays until the next test, for what still runs from it.
    void release()
    {
        m_window.reset();
        m_tokens.reset();
        m_settings.reset();
    }

    // The window shown with the Certificates page in front; null, with a warning, when the window's
    // setup did not get that far.
    CertificatesPage *openWindow()
    {
        m_window = openOnCertificatesPage(m_settings.get(), m_tokens.get());
        return m_window ? m_window->certificatesPage() : nullptr;
    }

    // As journalIssuedCertificate above, in the journal the window opens.
    QString journalIssuedCertificate(const QString &device)
    {
        return WindowTestSupport::journalIssuedCertificate(m_foundry, m_journalPath, device);
    }

    EmulatedFoundry &foundry() { return m_foundry; }
    MainWindow *window() const { return m_window.get(); }
    const QTemporaryDir &dir() const { return *m_dir; }
    // The journal the window opens: a Sandbox keeps one of its own beside the station's.
    QString journalPath() const { return m_journalPath; }

private:
    EmulatedFoundry m_foundry;
    const QString m_operatorName;
    const QString m_stationName;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_journalPath;
    std::unique_ptr<SessionTokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace WindowTestSupport
