#include "EmulatedFoundry.h"
#include "SimulatedDevice.h"
#include "TestMain.h"
#include "jobs/BatchEvidence.h"
#include "jobs/FailureSentence.h"
#include "jobs/ProvisioningLane.h"
#include "jobs/StationBatch.h"
#include "jobs/StationLog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace std::chrono_literals;

// The batch's counts and unit cap as a real lane's jobs end on the simulated device, the evidence
// written from it, and the one sentence a FAIL tile shows.
class TestStationBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void countsDoneAndFailedAndStopsAtTheCap();
    void newBatchAndNewShiftStartFromNothing();
    void aJobGoneUnfinishedNoLongerHoldsTheCap();
    void evidenceHoldsTheJobAndItsDigestsAndTheLog();
    void evidenceNeutralisesFormulasAndControlCharacters();
    void failureSentenceIsOneSentenceWithoutTheDetail();

private:
    bool openLane(StationBatch *batch, StationLog *log = nullptr);
    // Runs a job on the lane; its outcome, or nullopt when the lane refused it or it did not finish.
    std::optional<JobResult::Outcome> runJob(const QString &deviceId);

    EmulatedFoundry m_foundry{QStringLiteral("batch-test-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<ProvisioningLane> m_lane;
};

void TestStationBatch::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestStationBatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
}

void TestStationBatch::cleanup()
{
    m_lane.reset();
    m_device.reset();
}

bool TestStationBatch::openLane(StationBatch *batch, StationLog *log)
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    if (!m_device->start(QStringLiteral("station")))
        return false;
    ProvisioningLane::Setup setup;
    setup.client = &m_foundry.client();
    setup.serial.portName = m_device->portName();
    setup.profile = QStringLiteral("station");
    setup.operatorName = QStringLiteral("batch-tester");
    setup.station = QStringLiteral("bench-7");
    setup.batch = batch;
    setup.log = log;
    m_lane = std::make_unique<ProvisioningLane>(std::move(setup));
    m_lane->open();
    return QTest::qWaitFor([this] { return m_lane->state() == ProvisioningLane::State::Ready; }, 30000);
}

std::optional<JobResult::Outcome> TestStationBatch::runJob(const QString &deviceId)
{
    ProvisioningJob::Settings settings;
    settings.deviceId = deviceId;
    settings.topics = {QStringLiteral("fleet/") + deviceId};
    settings.provisionAttempts = 1;
    QSignalSpy finished(m_lane.get(), &ProvisioningLane::jobFinished);
    if (!m_lane->startJob(settings) || !finished.wait(60000))
        return std::nullopt;
    return m_lane->job()->result().outcome;
}

void TestStationBatch::countsDoneAndFailedAndStopsAtTheCap()
{
    StationBatch batch;
    batch.setUnitCap(2);
    QSignalSpy reached(&batch, &StationBatch::capReached);
    QVERIFY(openLane(&batch));

    QVERIFY(runJob(QStringLiteral("batch-dev-1")) == JobResult::Outcome::Done);
    QString error;
    QVERIFY2(m_foundry.addFault(QStringLiteral("http-500@provisionx*"), &error), qPrintable(error));
    QVERIFY(runJob(QStringLiteral("batch-dev-2")) == JobResult::Outcome::Failed);
    QCOMPARE(batch.done(), 1);
    QCOMPARE(batch.failed(), 1);
    QCOMPARE(batch.shiftDone(), 1);
    QCOMPARE(batch.shiftFailed(), 1);
    QVERIFY(!batch.isCapReached());
    QVERIFY(reached.isEmpty());

    m_foundry.emulator().clearFaults();
    QVERIFY(runJob(QStringLiteral("batch-dev-3")) == JobResult::Outcome::Done);
    QCOMPARE(batch.done(), 2);
    QVERIFY(batch.isCapReached());
    QCOMPARE(reached.size(), 1);
    QVERIFY(batch.capText().contains(QStringLiteral("no lane starts a new job")));

    // The lane is ready, but the work order is complete: it starts nothing, and asks Foundry nothing.
    const qsizetype requests = m_foundry.emulator().requests().size();
    QVERIFY(runJob(QStringLiteral("batch-dev-4")) == std::nullopt);
    QCOMPARE(m_lane->state(), ProvisioningLane::State::Ready);
    QCOMPARE(m_foundry.emulator().requests().size(), requests);
    QCOMPARE(batch.records().size(), 3);

    batch.setUnitCap(3);
    QVERIFY(runJob(QStringLiteral("batch-dev-4")) == JobResult::Outcome::Done);
}

void TestStationBatch::newBatchAndNewShiftStartFromNothing()
{
    StationBatch batch;
    QVERIFY(openLane(&batch));
    QVERIFY(runJob(QStringLiteral("batch-dev-5")) == JobResult::Outcome::Done);
    batch.startNewBatch();
    QCOMPARE(batch.done(), 0);
    QVERIFY(batch.records().isEmpty());
    QCOMPARE(batch.shiftDone(), 1);
    QVERIFY(runJob(QStringLiteral("batch-dev-6")) == JobResult::Outcome::Done);
    QCOMPARE(batch.done(), 1);
    QCOMPARE(batch.shiftDone(), 2);
    batch.startNewShift();
    QCOMPARE(batch.shiftDone(), 0);
    QCOMPARE(batch.done(), 1);
}

// A lane destroyed while its job runs (the window closing) takes the job with it, unfinished: the
// batch must not count it as running towards the cap for ever.
void TestStationBatch::aJobGoneUnfinishedNoLongerHoldsTheCap()
{
    StationBatch batch;
    batch.setUnitCap(1);
    QVERIFY(openLane(&batch));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("batch-dev-8");
    settings.topics = {QStringLiteral("fleet/batch-dev-8")};
    QVERIFY(m_lane->startJob(settings));
    QCOMPARE(batch.running(), 1);
    QVERIFY(!batch.acceptsNewJob());
    m_lane.reset();
    QCOMPARE(batch.running(), 0);
    QVERIFY(batch.acceptsNewJob());
    QCOMPARE(batch.done(), 0);
}

void TestStationBatch::evidenceHoldsTheJobAndItsDigestsAndTheLog()
{
    StationBatch batch;
    StationLog log;
    QVERIFY(openLane(&batch, &log));
    QVERIFY(runJob(QStringLiteral("batch-dev-7")) == JobResult::Outcome::Done);
    const JobResult result = m_lane->job()->result();
    QVERIFY(!result.certificateDigest.isEmpty());
    QVERIFY(!result.keyDigest.isEmpty());

    const QString csvFile = m_dir->filePath(QStringLiteral("evidence.csv"));
    QString error;
    QVERIFY2(BatchEvidence::write(batch, log, csvFile, &error), qPrintable(error));
    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("device_id,cert_id,arn,topics,certificate_digest,key_digest,result,"));
    const QString row = QString::fromUtf8(lines.at(1));
    for (const QString &expected : {result.deviceId, result.certificateId, result.arn, result.certificateDigest,
                                    result.keyDigest, QStringLiteral("done"), QStringLiteral("batch-tester"),
                                    QStringLiteral("bench-7"), QStringLiteral("fleet/batch-dev-7")})
        QVERIFY2(row.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + row));

    QCOMPARE(BatchEvidence::logFileFor(csvFile), m_dir->filePath(QStringLiteral("evidence-log.txt")));
    QFile logFile(BatchEvidence::logFileFor(csvFile));
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QString logText = QString::fromUtf8(logFile.readAll());
    QVERIFY2(logText.contains(QStringLiteral("POST /foundry/certificates/provision: HTTP 200")), qPrintable(logText));
    QVERIFY(!logText.contains(m_foundry.token()));

    // A folder that cannot be written says so, and what to do.
    QVERIFY(!BatchEvidence::write(batch, log, m_dir->filePath(QStringLiteral("missing/evidence.csv")), &error));
    QVERIFY2(error.contains(QStringLiteral("choose another folder")), qPrintable(error));
}

void TestStationBatch::evidenceNeutralisesFormulasAndControlCharacters()
{
    StationBatch::Record record;
    record.result.deviceId = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    record.result.topics = {QStringLiteral("+1"), QStringLiteral("ok/topic")};
    record.result.error = QStringLiteral("@SUM(A1)\x1b[2J");
    record.result.outcome = JobResult::Outcome::Failed;
    record.operatorName = QStringLiteral("-2+3");
    const QString csv = BatchEvidence::toCsv({record});
    const QString row = csv.section(QStringLiteral("\r\n"), 1, 1);
    QVERIFY2(row.startsWith(QStringLiteral("\"'=HYPERLINK(")), qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral("\"'+1\nok/topic\"")), qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral("'@SUM(A1)\\x1b[2J")), qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral(",'-2+3,")), qPrintable(row));
    QVERIFY(!csv.contains(QChar(0x1b)));
}

// Plain words first, then what to do; never the HTTP status, the certificate ID or lower-case
// technical detail, which the log has.
void TestStationBatch::failureSentenceIsOneSentenceWithoutTheDetail()
{
    JobResult result;
    result.outcome = JobResult::Outcome::Failed;
    result.failure = JobResult::Failure::Foundry;
    result.foundryError = FoundryError::Kind::Server;
    result.certificateId = QStringLiteral("a1b2c3d4e5f6a7b8c9d0");
    result.error = QStringLiteral("provisioning certificate a1b2c3d4e5f6a7b8c9d0 failed: HTTP 500");
    const QString sentence = FailureSentence::forJob(result);
    QVERIFY(sentence.at(0).isUpper());
    QVERIFY2(sentence.contains(QStringLiteral("scan the device ID again")), qPrintable(sentence));
    QVERIFY(!sentence.contains(QStringLiteral("HTTP")));
    QVERIFY(!sentence.contains(result.certificateId.left(8)));
    QCOMPARE(sentence.count(QLatin1Char('.')), 1);
    QVERIFY(sentence.endsWith(QLatin1Char('.')));

    result.failure = JobResult::Failure::Device;
    result.deviceError = DeviceError::Kind::Timeout;
    QVERIFY(FailureSentence::forJob(result).contains(QStringLiteral("cable")));
    QVERIFY(FailureSentence::forLane({DeviceError::Kind::Disconnected, QStringLiteral("reading"), QStringLiteral("gone")})
                .contains(QStringLiteral("unplugged")));
}

FOUNDRY_TEST_MAIN(TestStationBatch)

#include "tst_stationbatch.moc"
