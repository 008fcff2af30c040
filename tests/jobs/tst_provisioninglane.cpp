#include "EmulatedFoundry.h"
#include "SimulatedDevice.h"
#include "TestMain.h"
#include "device/DeviceInspection.h"
#include "device/SerialLink.h"
#include "jobs/JobJournal.h"
#include "jobs/ProvisioningLane.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

using namespace std::chrono_literals;

using LaneState = ProvisioningLane::State;
using JobState = ProvisioningJob::State;

namespace {

SerialSettings portSettings(const QString &port)
{
    SerialSettings settings;
    settings.portName = port;
    return settings;
}

} // namespace

// A lane as a front end uses it: the in-process Foundry emulator over HTTPS, the device simulator on
// a real pseudo-terminal, a real SQLite journal. After each test the test looks at both ends.
class TestProvisioningLane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void detectsTheProfileAndRunsJobsInTurn_data();
    void detectsTheProfileAndRunsJobsInTurn();
    void recoversOnlyItsOwnPort();
    void cancelRollsBackAndTheLaneGoesOn();
    void closeDuringAJobRollsItBackFirst();
    void closeWhileRecoveringWaitsForRecovery();
    void refusesAJobUnlessReady();
    void portThatCannotOpenFails();
    void unknownProfileFails();
    void deviceLostBetweenJobs();
    void identifiesOnOpenWhenAsked();

private:
    bool startDevice(const QString &profile);
    std::unique_ptr<ProvisioningLane> makeLane(const QString &profile, const QString &port, JobJournal *journal = nullptr);
    // Waits for the lane to be Ready; false, with the reason logged, when it failed instead.
    bool waitReady(ProvisioningLane &lane);
    // Runs one job to its end on a Ready lane.
    ProvisioningJob *runJob(ProvisioningLane &lane, const QString &deviceId);
    // Does action once the lane's next jobs reach state, queued, as a window's button would come.
    void atJobState(JobState state, const std::function<void()> &action);
    QString journalFile() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }

    EmulatedFoundry m_foundry{QStringLiteral("lane-test-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<ProvisioningLane> m_lane;
    QList<LaneState> m_states;
};

void TestProvisioningLane::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestProvisioningLane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
    m_foundry.emulator().clearRequests();
    m_states.clear();
}

void TestProvisioningLane::cleanup()
{
    // The lane's port goes before the device's side of the pseudo-terminal.
    m_lane.reset();
    m_device.reset();
}

bool TestProvisioningLane::startDevice(const QString &profile)
{
    QStringList arguments;
    // A client key does not fit Zephyr's default 1024-character credential buffer.
    if (profile == QLatin1String("zephyr-shell"))
        arguments << QStringLiteral("--cred-buf-size") << QStringLiteral("4096");
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    return m_device->start(profile, arguments);
}

std::unique_ptr<ProvisioningLane> TestProvisioningLane::makeLane(const QString &profile, const QString &port,
                                                                 JobJournal *journal)
{
    ProvisioningLane::Setup setup;
    setup.client = &m_foundry.client();
    setup.serial.portName = port;
    setup.profile = profile;
    setup.journal = journal;
    setup.operatorName = QStringLiteral("lane-tester");
    setup.station = QStringLiteral("bench-1");
    auto lane = std::make_unique<ProvisioningLane>(std::move(setup));
    connect(lane.get(), &ProvisioningLane::stateChanged, this, [this](LaneState state) { m_states << state; });
    return lane;
}

bool TestProvisioningLane::waitReady(ProvisioningLane &lane)
{
    const bool settled =
        QTest::qWaitFor([&] { return lane.state() == LaneState::Ready || lane.state() == LaneState::Failed; }, 30000);
    if (!settled || lane.state() != LaneState::Ready) {
        qWarning("lane is %s: %s", QMetaEnum::fromType<LaneState>().valueToKey(int(lane.state())),
                 lane.error() ? qPrintable(lane.error()->step + QStringLiteral(": ") + lane.error()->message) : "");
        return false;
    }
    return true;
}

ProvisioningJob *TestProvisioningLane::runJob(ProvisioningLane &lane, const QString &deviceId)
{
    ProvisioningJob::Settings settings;
    settings.deviceId = deviceId;
    settings.topics = {QStringLiteral("fleet/") + deviceId};
    settings.provisionBackoff = 50ms;
    QSignalSpy finished(&lane, &ProvisioningLane::jobFinished);
    if (!lane.startJob(settings))
        return nullptr;
    if (!finished.wait(60000))
        return nullptr;
    return finished.constFirst().constFirst().value<ProvisioningJob *>();
}

void TestProvisioningLane::atJobState(JobState state, const std::function<void()> &action)
{
    connect(m_lane.get(), &ProvisioningLane::jobStarted, this, [this, state, action](ProvisioningJob *job) {
        connect(
            job, &ProvisioningJob::stateChanged, this,
            [state, action](JobState reached) {
                if (reached == state)
                    action();
            },
            Qt::QueuedConnection);
    });
}

void TestProvisioningLane::detectsTheProfileAndRunsJobsInTurn_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("station") << QStringLiteral("station");
    QTest::newRow("zephyr-shell") << QStringLiteral("zephyr-shell");
    QTest::newRow("nrf-modem") << QStringLiteral("nrf-modem");
}

// One opening of the port serves several devices in turn, each to a provisioned certificate, and the
// profile detection found is the one the device speaks.
void TestProvisioningLane::detectsTheProfileAndRunsJobsInTurn()
{
    QFETCH(QString, profile);
    QVERIFY(startDevice(profile));
    JobJournal journal(journalFile());
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    m_lane = makeLane(QString(DeviceInspection::automatic), m_device->portName(), &journal);
    QSignalSpy detected(m_lane.get(), &ProvisioningLane::profileDetected);
    m_lane->open();
    QVERIFY(waitReady(*m_lane));
    QCOMPARE(detected.size(), 1);
    QCOMPARE(detected.constFirst().constFirst().toString(), profile);
    QCOMPARE(m_lane->profileName(), profile);
    QVERIFY(m_lane->link() && m_lane->link()->isOpen());

    QStringList certificates;
    for (const QString &deviceId : {QStringLiteral("lane-dev-1"), QStringLiteral("lane-dev-2")}) {
        ProvisioningJob *job = runJob(*m_lane, deviceId);
        QVERIFY(job);
        QVERIFY2(job->result().outcome == JobResult::Outcome::Done, qPrintable(job->result().error));
        const std::optional<EmulatorCertificate> issued = m_foundry.emulator().certificate(job->result().certificateId);
        QVERIFY(issued);
        QCOMPARE(issued->deviceId, deviceId);
        QCOMPARE(issued->status, EmulatorCertificate::Status::Active);
        certificates << issued->id;
        // The lane filled in what it owns: the port, the operator and the station, in the journal.
        const std::optional<JobJournal::Job> row = journal.job(job->journalId());
        QVERIFY(row);
        QCOMPARE(row->port, m_device->portName());
        QCOMPARE(row->operatorName, QStringLiteral("lane-tester"));
        QCOMPARE(row->station, QStringLiteral("bench-1"));
        QCOMPARE(m_lane->state(), LaneState::Ready);
    }
    QCOMPARE(certificates.size(), 2);
    QVERIFY(certificates.at(0) != certificates.at(1));
    QCOMPARE(m_states, (QList<LaneState>{LaneState::Recovering, LaneState::Detecting, LaneState::Ready, LaneState::Running,
                                         LaneState::Ready, LaneState::Running, LaneState::Ready}));

    m_lane->close();
    QCOMPARE(m_lane->state(), LaneState::Closed);
    // The port is free again for whoever opens it next.
    SerialLink again(portSettings(m_device->portName()));
    QVERIFY2(again.open(), qPrintable(again.errorString()));
}

// Recovery on opening takes the jobs this port left unfinished, by whatever name the port had, and
// leaves other ports' jobs to their own lanes.
void TestProvisioningLane::recoversOnlyItsOwnPort()
{
    QVERIFY(startDevice(QStringLiteral("station")));
    FoundryReply *reply = m_foundry.client().generate(std::nullopt);
    QSignalSpy generated(reply, &FoundryReply::finished);
    QVERIFY(generated.wait(20000));
    QVERIFY(!reply->error().isError());
    const GenerateResponse orphan = reply->takeGenerateResponse();
    delete reply;

    const QString alias = m_dir->filePath(QStringLiteral("bench-port"));
    QVERIFY(QFile::link(m_device->portName(), alias));
    qint64 ownJob = 0;
    qint64 otherJob = 0;
    {
        // As a run that ended mid-job would have left it.
        JobJournal earlier(journalFile());
        QVERIFY(earlier.open());
        const auto record = [&](const QString &port, const QString &deviceId, const QString &certificateId) {
            JobJournal::Job row;
            row.deviceId = deviceId;
            row.port = port;
            row.slot = 1;
            const qint64 id = earlier.beginJob(row);
            if (!certificateId.isEmpty())
                earlier.setCertificate(id, certificateId, QStringLiteral("arn:aws:iot:eu-west-1:1:cert/") + certificateId);
            earlier.finishStep(earlier.beginStep(id, JobState::Identifying), true);
            earlier.finishStep(earlier.beginStep(id, JobState::Generating), true);
            earlier.beginStep(id, JobState::CheckingBundle);
            return id;
        };
        ownJob = record(m_device->portName(), QStringLiteral("crashed-here"), orphan.id());
        otherJob = record(QStringLiteral("/dev/ttyACM7"), QStringLiteral("crashed-elsewhere"), QString());
    }
    QVERIFY(m_foundry.emulator().certificate(orphan.id()));

    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    m_lane = makeLane(QStringLiteral("station"), alias, &journal);
    QSignalSpy recovered(m_lane.get(), &ProvisioningLane::jobRecovered);
    m_lane->open();
    QVERIFY(waitReady(*m_lane));
    QCOMPARE(recovered.size(), 1);
    QCOMPARE(m_lane->recovered().size(), 1);
    QCOMPARE(m_lane->recovered().constFirst().job.id, ownJob);
    QCOMPARE(m_lane->recovered().constFirst().outcome, JournalRecovery::Outcome::Failed);
    QVERIFY(!m_lane->recoveryNeedsAttention());
    // Rolled back: the orphan is revoked, and the emulator forgets a revoked certificate.
    QVERIFY(!m_foundry.emulator().certificate(orphan.id()));
    const QList<JobJournal::Job> unfinished = journal.unfinishedJobs();
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.constFirst().id, otherJob);
}

// Cancel rolls the running job back and leaves the lane ready for the next device.
void TestProvisioningLane::cancelRollsBackAndTheLaneGoesOn()
{
    QVERIFY(startDevice(QStringLiteral("station")));
    m_lane = makeLane(QStringLiteral("station"), m_device->portName());
    m_lane->open();
    QVERIFY(waitReady(*m_lane));
    const qsizetype earlierCertificates = m_foundry.emulator().certificates().size();
    atJobState(JobState::WritingKey, [this] { m_lane->cancel(); });
    ProvisioningJob *cancelled = runJob(*m_lane, QStringLiteral("lane-cancel"));
    QVERIFY(cancelled);
    QCOMPARE(cancelled->result().outcome, JobResult::Outcome::Cancelled);
    QVERIFY(cancelled->result().leftBehind.isEmpty());
    QVERIFY(m_device->storedCredentials().isEmpty());
    QCOMPARE(m_foundry.emulator().certificates().size(), earlierCertificates);
    QCOMPARE(m_lane->state(), LaneState::Ready);

    disconnect(m_lane.get(), &ProvisioningLane::jobStarted, this, nullptr);
    ProvisioningJob *next = runJob(*m_lane, QStringLiteral("lane-after-cancel"));
    QVERIFY(next);
    QVERIFY2(next->result().outcome == JobResult::Outcome::Done, qPrintable(next->result().error));
}

// Closing a lane whose job is writing rolls the job back before the port closes: nothing half-written.
void TestProvisioningLane::closeDuringAJobRollsItBackFirst()
{
    QVERIFY(startDevice(QStringLiteral("zephyr-shell")));
    m_lane = makeLane(QStringLiteral("zephyr-shell"), m_device->portName());
    m_lane->open();
    QVERIFY(waitReady(*m_lane));
    const qsizetype earlierCertificates = m_foundry.emulator().certificates().size();
    atJobState(JobState::WritingCertificate, [this] { m_lane->close(); });
    ProvisioningJob *closed = runJob(*m_lane, QStringLiteral("lane-close"));
    QVERIFY(closed);
    QCOMPARE(closed->result().outcome, JobResult::Outcome::Cancelled);
    QCOMPARE(m_lane->state(), LaneState::Closed);
    QVERIFY(m_states.contains(LaneState::Closing));
    QVERIFY(m_device->storedCredentials().isEmpty());
    QCOMPARE(m_foundry.emulator().certificates().size(), earlierCertificates);
    QVERIFY(!m_lane->link());
}

// Recovery may be halfway through a revoke: closing lets it end, then closes without detecting.
void TestProvisioningLane::closeWhileRecoveringWaitsForRecovery()
{
    QVERIFY(startDevice(QStringLiteral("station")));
    {
        JobJournal earlier(journalFile());
        QVERIFY(earlier.open());
        JobJournal::Job row;
        row.deviceId = QStringLiteral("crashed-before-generate");
        row.port = m_device->portName();
        const qint64 id = earlier.beginJob(row);
        earlier.beginStep(id, JobState::Identifying);
    }
    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    m_lane = makeLane(QString(DeviceInspection::automatic), m_device->portName(), &journal);
    connect(m_lane.get(), &ProvisioningLane::stateChanged, this, [this](LaneState state) {
        if (state == LaneState::Recovering)
            m_lane->close();
    });
    m_lane->open();
    QVERIFY(QTest::qWaitFor([this] { return m_lane->state() == LaneState::Closed; }, 30000));
    QCOMPARE(m_states, (QList<LaneState>{LaneState::Recovering, LaneState::Closed}));
    QCOMPARE(m_lane->recovered().size(), 1);
    QVERIFY(journal.unfinishedJobs().isEmpty());
}

void TestProvisioningLane::refusesAJobUnlessReady()
{
    m_lane = makeLane(QStringLiteral("station"), m_dir->filePath(QStringLiteral("no-such-port")));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("too-early");
    QVERIFY(!m_lane->startJob(settings));
    QVERIFY(!m_lane->job());
    QCOMPARE(m_foundry.emulator().requests().size(), 0);
}

void TestProvisioningLane::portThatCannotOpenFails()
{
    const QString port = m_dir->filePath(QStringLiteral("no-such-port"));
    for (const QString &profile : {QString(DeviceInspection::automatic), QStringLiteral("station")}) {
        m_states.clear();
        m_lane = makeLane(profile, port);
        QSignalSpy failed(m_lane.get(), &ProvisioningLane::openFailed);
        m_lane->open();
        QVERIFY(QTest::qWaitFor([this] { return m_lane->state() == LaneState::Failed; }, 10000));
        QCOMPARE(failed.size(), 1);
        QVERIFY(m_lane->error());
        QCOMPARE(m_lane->error()->kind, DeviceError::Kind::Disconnected);
        QVERIFY2(m_lane->error()->step.contains(port), qPrintable(m_lane->error()->step));
        QVERIFY(!m_lane->error()->message.isEmpty());
        QVERIFY(!m_lane->link());
    }
}

void TestProvisioningLane::unknownProfileFails()
{
    QVERIFY(startDevice(QStringLiteral("station")));
    m_lane = makeLane(QStringLiteral("teletype"), m_device->portName());
    m_lane->open();
    QCOMPARE(m_lane->state(), LaneState::Failed);
    QCOMPARE(m_lane->error()->kind, DeviceError::Kind::NotSupported);
    QVERIFY(m_lane->error()->message.contains(QLatin1String("teletype")));
    // The port was let go: another opening succeeds.
    SerialLink again(portSettings(m_device->portName()));
    QVERIFY2(again.open(), qPrintable(again.errorString()));
}

// A device pulled while the lane waits for the next job fails the lane, which says so.
void TestProvisioningLane::deviceLostBetweenJobs()
{
    QVERIFY(startDevice(QStringLiteral("station")));
    m_lane = makeLane(QStringLiteral("station"), m_device->portName());
    m_lane->open();
    QVERIFY(waitReady(*m_lane));
    QSignalSpy lost(m_lane.get(), &ProvisioningLane::deviceLost);
    m_device.reset();
    QVERIFY(lost.wait(10000));
    QCOMPARE(m_lane->state(), LaneState::Failed);
    QCOMPARE(m_lane->error()->kind, DeviceError::Kind::Disconnected);
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("after-pull");
    QVERIFY(!m_lane->startJob(settings));
}

// With a named profile the lane asks the device who it is before Ready only when asked to, so that a
// bench can take the device's own serial number as its ID before any job; detection always knows it.
void TestProvisioningLane::identifiesOnOpenWhenAsked()
{
    QVERIFY(startDevice(QStringLiteral("station")));
    m_lane = makeLane(QStringLiteral("station"), m_device->portName());
    m_lane->open();
    QVERIFY(waitReady(*m_lane));
    QVERIFY(m_lane->identity().serialNumber.isEmpty());
    m_lane.reset();

    ProvisioningLane::Setup setup;
    setup.client = &m_foundry.client();
    setup.serial.portName = m_device->portName();
    setup.profile = QStringLiteral("station");
    setup.identifyOnOpen = true;
    m_lane = std::make_unique<ProvisioningLane>(std::move(setup));
    QSignalSpy detected(m_lane.get(), &ProvisioningLane::profileDetected);
    m_lane->open();
    QVERIFY(waitReady(*m_lane));
    QCOMPARE(m_lane->identity().serialNumber, QStringLiteral("FPS-SIM-0001"));
    QCOMPARE(m_lane->profileName(), QStringLiteral("station"));
    QVERIFY(detected.isEmpty());
    // The port identify used is the one the jobs use.
    ProvisioningJob *job = runJob(*m_lane, QStringLiteral("lane-identified"));
    QVERIFY(job);
    QVERIFY2(job->result().outcome == JobResult::Outcome::Done, qPrintable(job->result().error));

    m_lane.reset();
    m_lane = makeLane(QString(DeviceInspection::automatic), m_device->portName());
    m_lane->open();
    QVERIFY(waitReady(*m_lane));
    QCOMPARE(m_lane->identity().serialNumber, QStringLiteral("FPS-SIM-0001"));
}

FOUNDRY_TEST_MAIN(TestProvisioningLane)
#include "tst_provisioninglane.moc"
