#include "EmulatedFoundry.h"
#include "SecretScan.h"
#include "SimulatedDevice.h"
#include "TestMain.h"
#include "jobs/ProvisioningLane.h"
#include "jobs/StationLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace std::chrono_literals;

// The step-level log: bounded, escaped, and filled from what a real lane and its jobs signal while
// they provision a simulated device from the emulated Foundry, never with the key or the token.
class TestStationLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keepsOnlyTheNewestEntries();
    void escapesForeignText();
    void filtersByLaneAndLevelThroughItsRoles();
    void provisioningLogsEachStepWithoutTheKeyOrToken();
    void refusedProvisionLogsFoundrysAnswer();

private:
    // A lane on the simulated device that logs into log, Ready; null when it did not get ready.
    ProvisioningLane *openLane(StationLog *log);
    ProvisioningJob *runJob(const QString &deviceId);
    static QString allText(const StationLog &log) { return log.toText(); }

    EmulatedFoundry m_foundry{QStringLiteral("log-test-token-5f3a9c")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<ProvisioningLane> m_lane;
};

void TestStationLog::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestStationLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
}

void TestStationLog::cleanup()
{
    m_lane.reset();
    m_device.reset();
}

ProvisioningLane *TestStationLog::openLane(StationLog *log)
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    if (!m_device->start(QStringLiteral("station")))
        return nullptr;
    ProvisioningLane::Setup setup;
    setup.client = &m_foundry.client();
    setup.serial.portName = m_device->portName();
    setup.profile = QStringLiteral("station");
    setup.log = log;
    m_lane = std::make_unique<ProvisioningLane>(std::move(setup));
    m_lane->open();
    const bool ready = QTest::qWaitFor([this] { return m_lane->state() == ProvisioningLane::State::Ready
                                                    || m_lane->state() == ProvisioningLane::State::Failed; },
                                       30000);
    return ready && m_lane->state() == ProvisioningLane::State::Ready ? m_lane.get() : nullptr;
}

ProvisioningJob *TestStationLog::runJob(const QString &deviceId)
{
    ProvisioningJob::Settings settings;
    settings.deviceId = deviceId;
    settings.topics = {QStringLiteral("fleet/") + deviceId};
    settings.provisionBackoff = 50ms;
    QSignalSpy finished(m_lane.get(), &ProvisioningLane::jobFinished);
    if (!m_lane->startJob(settings) || !finished.wait(60000))
        return nullptr;
    return m_lane->job();
}

void TestStationLog::keepsOnlyTheNewestEntries()
{
    StationLog log(3);
    QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
    for (int i = 1; i <= 5; ++i)
        log.add(QStringLiteral("/dev/ttyUSB0"), StationLog::Level::Info, QStringLiteral("entry %1").arg(i));
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(log.entries().front().message, QStringLiteral("entry 3"));
    QCOMPARE(log.data(log.index(2, StationLog::MessageColumn)).toString(), QStringLiteral("entry 5"));
}

// A device's or Foundry's words may hold line feeds, escapes and reversed text: in the log each
// entry stays one line of plain text.
void TestStationLog::escapesForeignText()
{
    StationLog log;
    log.add(QStringLiteral("/dev/pts/\x1b[31m"), StationLog::Level::Error,
            QStringLiteral("device said: ok\n2026 [info] fake line\x1b]0;title\x07 %1").arg(QChar(0x202e)));
    const StationLog::Entry &entry = log.entries().front();
    for (const QString &text : {entry.lane, entry.message, log.toText().chopped(1)}) {
        QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text));
        QVERIFY2(!text.contains(QChar(0x1b)), qPrintable(text));
        QVERIFY2(!text.contains(QChar(0x202e)), qPrintable(text));
    }
    QVERIFY2(entry.message.contains(QStringLiteral("\\n2026 [info] fake line")), qPrintable(entry.message));
}

void TestStationLog::filtersByLaneAndLevelThroughItsRoles()
{
    StationLog log;
    log.add(QStringLiteral("/dev/ttyUSB0"), StationLog::Level::Warning, QStringLiteral("slow"));
    const QModelIndex index = log.index(0, StationLog::MessageColumn);
    QCOMPARE(log.data(index, StationLog::LaneRole).toString(), QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(log.data(index, StationLog::LevelRole).toInt(), int(StationLog::Level::Warning));
    QCOMPARE(log.data(log.index(0, StationLog::LevelColumn)).toString(), QStringLiteral("warning"));
    QCOMPARE(log.columnCount(), int(StationLog::ColumnCount));
}

// Each step with its time, each Foundry call with its HTTP status, each device answer; and nowhere
// the private key the device now holds, nor the token.
void TestStationLog::provisioningLogsEachStepWithoutTheKeyOrToken()
{
    StationLog log;
    QVERIFY(openLane(&log));
    ProvisioningJob *job = runJob(QStringLiteral("log-dev-1"));
    QVERIFY(job);
    QVERIFY2(job->result().outcome == JobResult::Outcome::Done, qPrintable(job->result().error));

    const QString text = allText(log);
    const QString port = m_device->portName();
    for (const QString &expected :
         {QStringLiteral("GET /foundry/certificates/generate: HTTP 200"),
          QStringLiteral("POST /foundry/certificates/provision: HTTP 200"),
          QStringLiteral("Device answered WritingCertificate: done"), QStringLiteral("Device answered VerifyingKey: done"),
          QStringLiteral("WritingKey done in "), QStringLiteral("Provisioning done in "),
          job->result().certificateId, job->result().keyDigest}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }
    for (const StationLog::Entry &entry : log.entries())
        QCOMPARE(entry.lane, port);

    // No line of the key the device now holds, nor of any key: the scan finds a real key's body line.
    QVERIFY2(SecretScan::keyLikeRuns(text).isEmpty(), qPrintable(SecretScan::keyLikeRuns(text).join(u'\n')));
    const QString keyLine = QStringLiteral("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj");
    QCOMPARE(SecretScan::keyLikeRuns(text + keyLine), QStringList{keyLine});
    QVERIFY(!text.contains(QStringLiteral("PRIVATE KEY")));
    QVERIFY(!text.contains(m_foundry.token()));
}

// A provision Foundry refuses each time: the log names the call, its status and the rollback, while
// the result's error is the detail a tile no longer shows.
void TestStationLog::refusedProvisionLogsFoundrysAnswer()
{
    QString error;
    QVERIFY2(m_foundry.addFault(QStringLiteral("http-500@provisionx*"), &error), qPrintable(error));
    StationLog log;
    QVERIFY(openLane(&log));
    ProvisioningJob *job = runJob(QStringLiteral("log-dev-2"));
    QVERIFY(job);
    QCOMPARE(job->result().outcome, JobResult::Outcome::Failed);
    const QString text = allText(log);
    QVERIFY2(text.contains(QStringLiteral("POST /foundry/certificates/provision: HTTP 500 (server)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("DELETE /foundry/certificates/revoke: HTTP 200")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ended failed (foundry)")), qPrintable(text));
    const bool errorLogged = std::any_of(log.entries().cbegin(), log.entries().cend(), [](const StationLog::Entry &entry) {
        return entry.level == StationLog::Level::Error && entry.message.contains(QStringLiteral("HTTP 500"));
    });
    QVERIFY(errorLogged);
}

FOUNDRY_TEST_MAIN(TestStationLog)

#include "tst_stationlog.moc"
