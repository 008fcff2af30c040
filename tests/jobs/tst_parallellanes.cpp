#include "device/DeviceInspection.h"
#include "device/DeviceProfiles.h"
#include "EmulatedFoundry.h"
#include "foundry/FoundryRateLimiter.h"
#include "jobs/JobJournal.h"
#include "jobs/ProvisioningLane.h"
#include "SimulatedDevice.h"
#include "TestMain.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <vector>

// Eight lanes at once in one event loop, as a station with eight ports runs them: every lane its own
// simulated device, detected profile and job; shared only the Foundry client, one journal and one
// rate limiter. On a two-core machine, in a sanitizer build.
class TestParallelLanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eightLanesShareOnlyTheJournalAndTheLimiter();
};

namespace {

// Members go in reverse: the lane and its port, then the device's end of the pseudo-terminal.
struct Lane
{
    std::unique_ptr<SimulatedDevice> device;
    std::unique_ptr<ProvisioningLane> lane;
};

} // namespace

void TestParallelLanes::eightLanesShareOnlyTheJournalAndTheLimiter()
{
    EmulatedFoundry foundry(QStringLiteral("lanes-test-token"));
    QString error;
    QVERIFY2(foundry.start(&error), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    JobJournal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    // Tight enough that the lanes must queue for it: 16 calls at 10 per second from a burst of 4.
    FoundryRateLimiter limiter(10, 4);

    const QStringList profiles = DeviceProfiles::names();
    std::vector<Lane> lanes(8);
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        Lane &lane = lanes[i];
        const QString profile = profiles.at(qsizetype(i) % profiles.size());
        lane.device = std::make_unique<SimulatedDevice>(dir.filePath(QStringLiteral("store-%1.json").arg(i)));
        // A client key does not fit Zephyr's default 1024-character credential buffer.
        const QStringList extra = profile == QLatin1String("zephyr-shell")
            ? QStringList{QStringLiteral("--cred-buf-size"), QStringLiteral("4096")}
            : QStringList{};
        QVERIFY(lane.device->start(profile, extra));
        ProvisioningLane::Setup setup;
        setup.client = &foundry.client();
        setup.serial.portName = lane.device->portName();
        setup.profile = DeviceInspection::automatic;
        setup.journal = &journal;
        setup.rateLimiter = &limiter;
        lane.lane = std::make_unique<ProvisioningLane>(std::move(setup));
        // Each lane starts its job the moment its device is recognised, as a bench with auto-start does.
        ProvisioningLane *provisioningLane = lane.lane.get();
        connect(provisioningLane, &ProvisioningLane::ready, this, [provisioningLane, i] {
            ProvisioningJob::Settings settings;
            settings.deviceId = QStringLiteral("lane-%1").arg(i);
            settings.topicTemplates = {QStringLiteral("lanes/{deviceId}/up")};
            provisioningLane->startJob(settings);
        });
    }
    for (Lane &lane : lanes)
        lane.lane->open();
    QVERIFY(QTest::qWaitFor(
        [&lanes] {
            return std::all_of(lanes.cbegin(), lanes.cend(), [](const Lane &lane) {
                return lane.lane->state() == ProvisioningLane::State::Failed
                    || (lane.lane->job() && lane.lane->job()->isFinished());
            });
        },
        180000));

    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const ProvisioningLane &lane = *lanes[i].lane;
        QVERIFY2(lane.state() == ProvisioningLane::State::Ready,
                 qPrintable(lane.error() ? lane.error()->step + QLatin1String(": ") + lane.error()->message : QString()));
        QCOMPARE(lane.profileName(), profiles.at(qsizetype(i) % profiles.size()));
    }
    QSet<QString> certificates;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const JobResult &result = lanes[i].lane->job()->result();
        QVERIFY2(result.outcome == JobResult::Outcome::Done, qPrintable(result.deviceId + QLatin1String(": ") + result.error));
        certificates.insert(result.certificateId);
        const std::optional<EmulatorCertificate> issued = foundry.emulator().certificate(result.certificateId);
        QVERIFY(issued);
        QCOMPARE(issued->status, EmulatorCertificate::Status::Active);
        QCOMPARE(issued->deviceId, result.deviceId);
        QCOMPARE(issued->topics, QStringList{QStringLiteral("lanes/%1/up").arg(result.deviceId)});
        // Each device holds its own certificate and key, in its own slot, and nothing of another lane.
        QCOMPARE(lanes[i].device->storedCredentials().size(), 2);
    }
    QCOMPARE(certificates.size(), 8);
    QCOMPARE(foundry.emulator().certificates().size(), 8);
    QCOMPARE(limiter.granted(), 16u);
    QCOMPARE(limiter.waiting(), 0);

    const QList<JobJournal::Job> recorded = journal.jobs();
    QCOMPARE(recorded.size(), 8);
    for (const JobJournal::Job &job : recorded) {
        QCOMPARE(job.outcome, JobResult::Outcome::Done);
        QVERIFY(certificates.contains(job.certificateId));
    }
    QVERIFY(journal.unfinishedJobs().isEmpty());
}

FOUNDRY_TEST_MAIN(TestParallelLanes)
#include "tst_parallellanes.moc"
