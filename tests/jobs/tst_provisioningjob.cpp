#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "EmulatedFoundry.h"
#include "foundry/FoundryRateLimiter.h"
#include "jobs/JobJournal.h"
#include "jobs/ProvisioningJob.h"
#include "device/SerialLink.h"
#include "SimulatedDevice.h"
#include "TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace std::chrono_literals;

using State = ProvisioningJob::State;

// Whole jobs: the station's client against the in-process Foundry emulator over HTTPS, and the
// device simulator on a real pseudo-terminal. After every job the test looks at both ends: what the
// simulator's store holds and what the emulator holds.
class TestProvisioningJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void provisionsEachProfile_data();
    void provisionsEachProfile();
    void activateOnGenerateStillTiesTheDevice();
    void generatesWhileIdentifying();
    void failedIdentifyRevokesWhatGenerateBrought();
    void failedGenerateWaitsForIdentify();
    void modemGoesOfflineOncePerJob_data();
    void modemGoesOfflineOncePerJob();
    void fillsInTheTopicTemplate();
    void rejectsATemplateBeforeGenerating();
    void rejectedBundleIsNeverWritten_data();
    void rejectedBundleIsNeverWritten();
    void deviceFaultRollsBack_data();
    void deviceFaultRollsBack();
    void provisionFaultRollsBack_data();
    void provisionFaultRollsBack();
    void failedRevokeNeedsAttention();
    void vanishedDeviceNeedsAttention();
    void failedCleanupLeavesStructuredItems();
    void stateNamesReadBack();
    void cancelsAtEveryStep_data();
    void cancelsAtEveryStep();
    void sharedRateLimiterGatesEveryFoundryCall();
    void provisionFailureCountsRequestsSent();
    void commandLine_data();
    void commandLine();
    void commandLineWithAProduct();

private:
    bool startDevice(const QString &profile, const QStringList &extra);
    ProvisioningJob *runJob(ProvisioningJob::Settings settings);
    QJsonArray storedCredentials() const { return m_device->storedCredentials(); }
    void verifyDeviceHolds(const EmulatorCertificate &issued, const QString &keyDigest, const QString &profile,
                           int slot);
    void addFault(const QString &spec);
    qsizetype requestsTo(const QString &path) const;

    EmulatedFoundry m_foundry{QStringLiteral("job-test-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<SerialLink> m_link;
    std::unique_ptr<DeviceProfile> m_profile;
    std::unique_ptr<ProvisioningJob> m_job;
    QList<State> m_states;
    struct Progress
    {
        CredentialKind credential;
        qint64 written;
        qint64 total;
    };
    QList<Progress> m_progress;
};

void TestProvisioningJob::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestProvisioningJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
    m_foundry.emulator().clearRequests();
    m_states.clear();
    m_progress.clear();
}

void TestProvisioningJob::cleanup()
{
    // The job and the port go before the device's side of the pseudo-terminal.
    m_job.reset();
    m_profile.reset();
    m_link.reset();
    m_device.reset();
}

bool TestProvisioningJob::startDevice(const QString &profile, const QStringList &extra)
{
    QStringList arguments = extra;
    // A client key does not fit Zephyr's default 1024-character credential buffer.
    if (profile == QLatin1String("zephyr-shell"))
        arguments << QStringLiteral("--cred-buf-size") << QStringLiteral("4096");
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    if (!m_device->start(profile, arguments))
        return false;
    SerialSettings settings;
    settings.portName = m_device->portName();
    m_link = std::make_unique<SerialLink>(settings);
    if (!m_link->open()) {
        qWarning("%s", qPrintable(m_link->errorString()));
        return false;
    }
    m_profile.reset(DeviceProfiles::createAttached(profile, m_link.get()));
    return m_profile != nullptr;
}

ProvisioningJob *TestProvisioningJob::runJob(ProvisioningJob::Settings settings)
{
    settings.port = m_link->settings().portName;
    settings.provisionBackoff = 50ms;
    m_job = std::make_unique<ProvisioningJob>(&m_foundry.client(), m_profile.get(), std::move(settings));
    connect(m_job.get(), &ProvisioningJob::stateChanged, this, [this](State state) { m_states << state; });
    connect(m_job.get(), &ProvisioningJob::writeProgress, this,
            [this](CredentialKind credential, qint64 written, qint64 total) {
                m_progress.append({credential, written, total});
            });
    QSignalSpy finished(m_job.get(), &ProvisioningJob::finished);
    m_job->start();
    if (finished.isEmpty() && !finished.wait(60000))
        qWarning("the job did not finish");
    return m_job.get();
}

void TestProvisioningJob::verifyDeviceHolds(const EmulatorCertificate &issued, const QString &keyDigest,
                                            const QString &profile, int slot)
{
    // Exactly the issued certificate, and the key the job confirmed by its digest, in that slot.
    const QJsonArray stored = storedCredentials();
    QCOMPARE(stored.size(), 2);
    for (const QJsonValue &value : stored) {
        const QJsonObject credential = value.toObject();
        QCOMPARE(credential.value(QLatin1String("tag")).toInt(), slot);
        if (credential.value(QLatin1String("secret")).toBool()) {
            QVERIFY(!keyDigest.isEmpty());
            QCOMPARE(credential.value(QLatin1String("sha256")).toString(), keyDigest);
        } else {
            QByteArray expected = issued.certificatePem;
            expected.replace("\r\n", "\n");
            if (profile == QLatin1String("zephyr-shell"))
                expected += '\0';
            QCOMPARE(QByteArray::fromBase64(credential.value(QLatin1String("data")).toString().toLatin1()), expected);
        }
    }
}

void TestProvisioningJob::addFault(const QString &spec)
{
    QString error;
    QVERIFY2(m_foundry.addFault(spec, &error), qPrintable(error));
}

qsizetype TestProvisioningJob::requestsTo(const QString &path) const
{
    const QList<EmulatorRequest> requests = m_foundry.emulator().requests();
    return std::count_if(requests.cbegin(), requests.cend(),
                         [&path](const EmulatorRequest &request) { return request.path.endsWith(path); });
}

void TestProvisioningJob::provisionsEachProfile_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("zephyr-shell") << QStringLiteral("zephyr-shell");
    QTest::newRow("nrf-modem") << QStringLiteral("nrf-modem");
    QTest::newRow("station") << QStringLiteral("station");
    QTest::newRow("mcumgr-smp") << QStringLiteral("mcumgr-smp");
}

void TestProvisioningJob::provisionsEachProfile()
{
    QFETCH(QString, profile);
    QVERIFY(startDevice(profile, {}));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("device-") + profile;
    settings.slot = 2;
    settings.topics = {QStringLiteral("fleet/") + profile + QStringLiteral("/up")};
    const ProvisioningJob *job = runJob(settings);
    const JobResult &result = job->result();
    QVERIFY2(result.outcome == JobResult::Outcome::Done, qPrintable(result.error));

    // The modem went offline for its writes and is put back before Foundry ties the certificate.
    const bool putsBack = profile == QLatin1String("nrf-modem");
    // The topics need nothing from the device: Foundry generates while the device is identified.
    QList<State> expected{State::IdentifyingAndGenerating, State::CheckingBundle, State::WritingCertificate,
                          State::WritingKey, State::VerifyingCertificate, State::VerifyingKey};
    if (putsBack)
        expected << State::PuttingDeviceBack;
    expected << State::Provisioning << State::Done;
    QCOMPARE(m_states, expected);
    const qsizetype stepCount = putsBack ? 8 : 7;
    QCOMPARE(result.steps.size(), stepCount);
    QVERIFY(std::all_of(result.steps.cbegin(), result.steps.cend(), [](const JobResult::Step &step) { return step.ok; }));
    QCOMPARE(result.steps.at(2).name, QStringLiteral("WritingCertificate"));
    QVERIFY(result.steps.at(2).durationMs > 0);

    // Foundry holds the certificate active, tied to the device, with its topics.
    const std::optional<EmulatorCertificate> issued = m_foundry.emulator().certificate(result.certificateId);
    QVERIFY(issued);
    QCOMPARE(issued->status, EmulatorCertificate::Status::Active);
    QCOMPARE(issued->deviceId, settings.deviceId);
    QCOMPARE(issued->topics, settings.topics);
    QCOMPARE(result.arn, issued->arn);
    QVERIFY(!result.fingerprint.isEmpty());

    verifyDeviceHolds(*issued, result.keyDigest, profile, 2);

    // Each credential's progress starts at 0, rises, and ends at its size; the certificate's first.
    for (CredentialKind credential : {CredentialKind::Certificate, CredentialKind::PrivateKey}) {
        QList<Progress> reports;
        for (const Progress &report : std::as_const(m_progress))
            if (report.credential == credential)
                reports << report;
        QVERIFY(reports.size() >= 2);
        QCOMPARE(reports.constFirst().written, 0);
        const qint64 total = reports.constFirst().total;
        QVERIFY(total > 0);
        for (qsizetype i = 1; i < reports.size(); ++i) {
            QCOMPARE(reports.at(i).total, total);
            QVERIFY(reports.at(i).written > reports.at(i - 1).written);
        }
        QCOMPARE(reports.constLast().written, total);
        // Where the device confirms pieces, the bar moves in between.
        if (profile != QLatin1String("nrf-modem"))
            QVERIFY2(reports.size() > 2, qPrintable(QString::number(reports.size())));
    }
    QCOMPARE(m_progress.constFirst().credential, CredentialKind::Certificate);
    QCOMPARE(m_progress.constLast().credential, CredentialKind::PrivateKey);
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(json.value(QLatin1String("certId")).toString(), result.certificateId);
    QCOMPARE(json.value(QLatin1String("steps")).toArray().size(), stepCount);
}

void TestProvisioningJob::modemGoesOfflineOncePerJob_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<JobResult::Outcome>("outcome");
    QTest::addColumn<int>("modeChanges");
    QTest::newRow("provisioned") << QString() << JobResult::Outcome::Done << 2;
    // Both writes, both verifications and the rollback's two deletes in one offline period.
    QTest::newRow("verification fails") << QStringLiteral("corrupt-byte") << JobResult::Outcome::Failed << 2;
    // A failed write puts the modem back at once; the rollback's delete takes it offline once more.
    QTest::newRow("write refused") << QStringLiteral("reject-write") << JobResult::Outcome::Failed << 4;
}

// An nRF91 modem in a mode other than 1 goes offline once per job, not once per write, and every
// way the job ends leaves it in that mode again.
void TestProvisioningJob::modemGoesOfflineOncePerJob()
{
    QFETCH(QString, fault);
    QFETCH(JobResult::Outcome, outcome);
    QFETCH(int, modeChanges);
    QStringList arguments{QStringLiteral("--cfun"), QStringLiteral("21")};
    if (!fault.isEmpty())
        arguments << QStringLiteral("--fault") << fault;
    QVERIFY(startDevice(QStringLiteral("nrf-modem"), arguments));
    JobJournal journal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-modem");
    settings.topics = {QStringLiteral("t/1")};
    settings.journal = &journal;
    const ProvisioningJob *job = runJob(settings);
    const JobResult &result = job->result();
    QVERIFY2(result.outcome == outcome, qPrintable(result.error));
    const QJsonObject status = m_device->status();
    QCOMPARE(status.value(QLatin1String("functionalMode")).toInt(), 21);
    QCOMPARE(status.value(QLatin1String("functionalModeChanges")).toInt(), modeChanges);
    QVERIFY(m_states.contains(State::PuttingDeviceBack));
    if (outcome == JobResult::Outcome::Done) {
        QCOMPARE(m_states.at(m_states.indexOf(State::PuttingDeviceBack) + 1), State::Provisioning);
    } else {
        QVERIFY(storedCredentials().isEmpty());
        QVERIFY(result.leftBehind.isEmpty());
        // Put back after the deletes, before the revoke.
        QCOMPARE(m_states.at(m_states.indexOf(State::PuttingDeviceBack) - 1), State::DeletingCertificate);
        QCOMPARE(m_states.at(m_states.indexOf(State::PuttingDeviceBack) + 1), State::Revoking);
    }
    // The journal holds each offline period as a change that was undone: nothing for recover to do.
    const QList<JobJournal::Step> rows = journal.steps(job->journalId());
    qsizetype changes = 0;
    for (const JobJournal::Step &row : rows) {
        if (row.name != JobJournal::StepName(JobJournal::DeviceStep::ChangingDeviceState))
            continue;
        ++changes;
        QVERIFY(row.finishedAt.isValid() && row.ok);
        QCOMPARE(row.detail, QStringLiteral("AT+CFUN=21"));
    }
    QCOMPARE(changes, modeChanges / 2);
}

// Topics that need nothing from the device: the generate request is at Foundry while the device is
// still answering identify (a second per command here), and the job goes on once both are done.
void TestProvisioningJob::generatesWhileIdentifying()
{
    QVERIFY(startDevice(QStringLiteral("station"), {QStringLiteral("--command-ms"), QStringLiteral("1000")}));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-beside");
    settings.topicTemplates = {QStringLiteral("fleet/{deviceId}/up")};
    settings.port = m_link->settings().portName;
    m_job = std::make_unique<ProvisioningJob>(&m_foundry.client(), m_profile.get(), settings);
    connect(m_job.get(), &ProvisioningJob::stateChanged, this, [this](State state) { m_states << state; });
    QSignalSpy finished(m_job.get(), &ProvisioningJob::finished);
    m_job->start();
    QVERIFY(QTest::qWaitFor([this] { return requestsTo(QStringLiteral("/generate")) == 1; }, 10000));
    QCOMPARE(m_job->state(), State::IdentifyingAndGenerating);
    QVERIFY(m_profile->isBusy());
    QVERIFY(finished.wait(120000));
    const JobResult &result = m_job->result();
    QVERIFY2(result.outcome == JobResult::Outcome::Done, qPrintable(result.error));
    QCOMPARE(result.topics, QStringList{QStringLiteral("fleet/dev-beside/up")});
    QVERIFY(!m_job->identity().serialNumber.isEmpty());
    QCOMPARE(m_states.constFirst(), State::IdentifyingAndGenerating);
    QVERIFY(!m_states.contains(State::Identifying) && !m_states.contains(State::Generating));
}

// The device never answers identify while Foundry generates: the job waits for generate's answer
// and revokes the certificate it names, so that none stays behind.
void TestProvisioningJob::failedIdentifyRevokesWhatGenerateBrought()
{
    QVERIFY(startDevice(QStringLiteral("station"), {QStringLiteral("--fault"), QStringLiteral("stop-answeringx*")}));
    m_profile->setTimeouts({500ms, 1000ms});
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-silent");
    settings.topics = {QStringLiteral("t/1")};
    const JobResult &result = runJob(settings)->result();
    QCOMPARE(result.outcome, JobResult::Outcome::Failed);
    QCOMPARE(result.failure, JobResult::Failure::Device);
    QCOMPARE(m_states, (QList<State>{State::IdentifyingAndGenerating, State::Revoking, State::Failed}));
    QVERIFY(!result.certificateId.isEmpty());
    QCOMPARE(requestsTo(QStringLiteral("/generate")), 1);
    QCOMPARE(requestsTo(QStringLiteral("/revoke")), 1);
    QVERIFY(!m_foundry.emulator().certificate(result.certificateId));
    QVERIFY(result.leftBehind.isEmpty());
}

// Generate fails while the device is still answering identify: the job ends only once identify has,
// so that no device operation outlives it, and reports what generate may have left on Foundry.
void TestProvisioningJob::failedGenerateWaitsForIdentify()
{
    QVERIFY(startDevice(QStringLiteral("station"), {QStringLiteral("--command-ms"), QStringLiteral("300")}));
    addFault(QStringLiteral("malformed-json@generate"));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-generate-fails");
    settings.topics = {QStringLiteral("t/1")};
    const ProvisioningJob *job = runJob(settings);
    const JobResult &result = job->result();
    QVERIFY(job->isFinished());
    QCOMPARE(result.failure, JobResult::Failure::Foundry);
    QVERIFY(!m_profile->isBusy());
    QVERIFY(!job->identity().serialNumber.isEmpty());
    QCOMPARE(m_states.constFirst(), State::IdentifyingAndGenerating);
    QCOMPARE(m_states.size(), 2);
    QCOMPARE(requestsTo(QStringLiteral("/generate")), 1);
    QVERIFY(storedCredentials().isEmpty());
}

// Generating with topics activates at once but ties no device ID, so provision still runs.
void TestProvisioningJob::activateOnGenerateStillTiesTheDevice()
{
    QVERIFY(startDevice(QStringLiteral("station"), {}));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("device-early");
    settings.topics = {QStringLiteral("early/1")};
    settings.activateOnGenerate = true;
    const JobResult &result = runJob(settings)->result();
    QVERIFY2(result.outcome == JobResult::Outcome::Done, qPrintable(result.error));
    const QList<EmulatorRequest> requests = m_foundry.emulator().requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(0).path.endsWith(QLatin1String("/generate")));
    QVERIFY(requests.at(0).query.hasQueryItem(QStringLiteral("topics")));
    QVERIFY(requests.at(1).path.endsWith(QLatin1String("/provision")));
    const std::optional<EmulatorCertificate> issued = m_foundry.emulator().certificate(result.certificateId);
    QVERIFY(issued);
    QCOMPARE(issued->status, EmulatorCertificate::Status::Active);
    QCOMPARE(issued->deviceId, settings.deviceId);
}

void TestProvisioningJob::fillsInTheTopicTemplate()
{
    QVERIFY(startDevice(QStringLiteral("nrf-modem"),
                        {QStringLiteral("--imei"), QStringLiteral("352656100367872"), QStringLiteral("--firmware"),
                         QStringLiteral("mfw_nrf9160_1.3.6")}));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-42");
    settings.topicTemplates = {QStringLiteral("fleet/{deviceId}/{imei}/up"), QStringLiteral("fw/{firmware}")};
    const JobResult &result = runJob(settings)->result();
    QVERIFY2(result.outcome == JobResult::Outcome::Done, qPrintable(result.error));
    const QStringList expected{QStringLiteral("fleet/dev-42/352656100367872/up"), QStringLiteral("fw/mfw_nrf9160_1.3.6")};
    QCOMPARE(result.topics, expected);
    QCOMPARE(m_foundry.emulator().certificate(result.certificateId)->topics, expected);
}

void TestProvisioningJob::rejectsATemplateBeforeGenerating()
{
    QVERIFY(startDevice(QStringLiteral("station"), {}));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-43");
    // The station device reports no IMEI.
    settings.topicTemplates = {QStringLiteral("fleet/{imei}")};
    const JobResult &result = runJob(settings)->result();
    QCOMPARE(result.outcome, JobResult::Outcome::Failed);
    QCOMPARE(result.failure, JobResult::Failure::Topics);
    QVERIFY2(result.error.contains(QLatin1String("{imei}")), qPrintable(result.error));
    QCOMPARE(m_foundry.emulator().requests().size(), 0);
    QCOMPARE(m_states, (QList<State>{State::Identifying, State::Failed}));
}

void TestProvisioningJob::rejectedBundleIsNeverWritten_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("corrupt certificate") << QStringLiteral("corrupt-certificate@generate");
    QTest::newRow("key of another pair") << QStringLiteral("key-mismatch@generate");
    QTest::newRow("EC key") << QStringLiteral("ec-key@generate");
    QTest::newRow("key after the certificate") << QStringLiteral("extra-pem@generate");
    QTest::newRow("two keys") << QStringLiteral("extra-key@generate");
}

void TestProvisioningJob::rejectedBundleIsNeverWritten()
{
    QFETCH(QString, fault);
    QVERIFY(startDevice(QStringLiteral("station"), {}));
    addFault(fault);
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-bundle");
    settings.topics = {QStringLiteral("t/1")};
    const JobResult &result = runJob(settings)->result();
    QCOMPARE(result.outcome, JobResult::Outcome::Failed);
    QCOMPARE(result.failure, JobResult::Failure::Bundle);
    QVERIFY(!result.certificateId.isEmpty());
    QCOMPARE(m_states, (QList<State>{State::IdentifyingAndGenerating, State::CheckingBundle, State::Revoking,
                                     State::Failed}));
    QVERIFY(storedCredentials().isEmpty());
    QVERIFY(!m_foundry.emulator().certificate(result.certificateId));
    QCOMPARE(requestsTo(QStringLiteral("/provision")), 0);
}

void TestProvisioningJob::deviceFaultRollsBack_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<JobResult::Failure>("failure");
    for (const QString &profile : {QStringLiteral("zephyr-shell"), QStringLiteral("nrf-modem"), QStringLiteral("station"),
                                   QStringLiteral("mcumgr-smp")}) {
        const QByteArray name = profile.toLatin1();
        QTest::newRow((name + ": rejects the write").constData()) << profile << QStringLiteral("reject-write")
                                                                  << JobResult::Failure::Device;
        QTest::newRow((name + ": corrupts a byte").constData()) << profile << QStringLiteral("corrupt-byte")
                                                                << JobResult::Failure::Verification;
    }
}

void TestProvisioningJob::deviceFaultRollsBack()
{
    QFETCH(QString, profile);
    QFETCH(QString, fault);
    QFETCH(JobResult::Failure, failure);
    QVERIFY(startDevice(profile, {QStringLiteral("--fault"), fault}));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-device-fault");
    settings.topics = {QStringLiteral("t/1")};
    const JobResult &result = runJob(settings)->result();
    QCOMPARE(result.outcome, JobResult::Outcome::Failed);
    QCOMPARE(result.failure, failure);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(m_states.contains(State::DeletingCertificate));
    QCOMPARE(m_states.constLast(), State::Failed);
    QCOMPARE(m_states.at(m_states.size() - 2), State::Revoking);
    QVERIFY(std::all_of(result.cleanup.cbegin(), result.cleanup.cend(), [](const JobResult::Cleanup &c) { return c.ok; }));
    QVERIFY(storedCredentials().isEmpty());
    QVERIFY(!m_foundry.emulator().certificate(result.certificateId));
    QCOMPARE(requestsTo(QStringLiteral("/provision")), 0);
    QVERIFY(result.leftBehind.isEmpty());
}

void TestProvisioningJob::provisionFaultRollsBack_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("500") << QStringLiteral("http-500@provisionx*");
    // A proxy's login page is no answer from Foundry, whatever its status says.
    QTest::newRow("login page") << QStringLiteral("html-page@provisionx*");
}

void TestProvisioningJob::provisionFaultRollsBack()
{
    QFETCH(QString, fault);
    QVERIFY(startDevice(QStringLiteral("station"), {}));
    addFault(fault);
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-provision-fault");
    settings.topics = {QStringLiteral("t/1")};
    settings.provisionAttempts = 3;
    const JobResult &result = runJob(settings)->result();
    QCOMPARE(result.outcome, JobResult::Outcome::Failed);
    QCOMPARE(result.failure, JobResult::Failure::Foundry);
    QCOMPARE(requestsTo(QStringLiteral("/provision")), 3);
    QCOMPARE(m_states.count(State::WaitingToRetryProvision), 2);
    QVERIFY(m_states.contains(State::DeletingKey));
    QVERIFY(m_states.contains(State::DeletingCertificate));
    QVERIFY(storedCredentials().isEmpty());
    QVERIFY(!m_foundry.emulator().certificate(result.certificateId));
}

void TestProvisioningJob::failedRevokeNeedsAttention()
{
    QVERIFY(startDevice(QStringLiteral("station"), {QStringLiteral("--fault"), QStringLiteral("corrupt-byte")}));
    addFault(QStringLiteral("http-500@revokex*"));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-attention");
    settings.topics = {QStringLiteral("t/1")};
    const JobResult &result = runJob(settings)->result();
    QCOMPARE(result.outcome, JobResult::Outcome::NeedsAttention);
    QCOMPARE(m_states.constLast(), State::NeedsAttention);
    // The certificate is still on Foundry, and the report says which and how to remove it.
    QVERIFY(m_foundry.emulator().certificate(result.certificateId));
    QCOMPARE(result.leftBehind.size(), 1);
    const QString leftBehind = result.leftBehindText().constFirst();
    QVERIFY2(leftBehind.contains(result.certificateId), qPrintable(leftBehind));
    QVERIFY(leftBehind.contains(QLatin1String("inactive")));
    QVERIFY(!result.cleanup.constLast().ok);
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("needs-attention"));
    QCOMPARE(json.value(QLatin1String("leftBehind")).toArray().size(), 1);
    // The device itself was cleaned.
    QVERIFY(storedCredentials().isEmpty());
}

// The device goes away while the key is being written: what it holds cannot be deleted, so the
// certificate is revoked and the report names the port and slot.
void TestProvisioningJob::vanishedDeviceNeedsAttention()
{
    QVERIFY(startDevice(QStringLiteral("station"), {QStringLiteral("--fault"), QStringLiteral("vanish=1800")}));
    m_profile->setTimeouts({1500ms, 3000ms});
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-vanished");
    settings.topics = {QStringLiteral("t/1")};
    const JobResult &result = runJob(settings)->result();
    QCOMPARE(result.outcome, JobResult::Outcome::NeedsAttention);
    QCOMPARE(result.failure, JobResult::Failure::Device);
    QVERIFY(!m_foundry.emulator().certificate(result.certificateId));
    QCOMPARE(result.certificateState, QStringLiteral("revoked"));
    QVERIFY(!result.leftBehind.isEmpty());
    for (const QString &line : result.leftBehindText()) {
        QVERIFY2(line.contains(m_link->settings().portName) && line.contains(QLatin1String("slot 1"))
                     && line.contains(result.certificateId),
                 qPrintable(line));
    }
    // Deleting failed for want of a device; only the revoke succeeded.
    QVERIFY(!result.cleanup.constFirst().ok);
    QVERIFY(result.cleanup.constLast().ok);
}

// Neither the device nor Foundry can be cleaned: each thing left is an item a window can act on,
// with what to do and where, and the CLI's JSON carries the same fields.
void TestProvisioningJob::failedCleanupLeavesStructuredItems()
{
    QVERIFY(startDevice(QStringLiteral("station"), {QStringLiteral("--fault"), QStringLiteral("vanish=1800")}));
    m_profile->setTimeouts({1500ms, 3000ms});
    addFault(QStringLiteral("http-500@revokex*"));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-left-behind");
    settings.topics = {QStringLiteral("t/1")};
    settings.slot = 4;
    const JobResult &result = runJob(settings)->result();
    QCOMPARE(result.outcome, JobResult::Outcome::NeedsAttention);
    QVERIFY(m_foundry.emulator().certificate(result.certificateId));
    const QString port = m_link->settings().portName;

    // The certificate first; then whatever the device may hold (it went away while the certificate
    // was being written, so at least that).
    QVERIFY(result.leftBehind.size() >= 2);
    const LeftBehind &certificate = result.leftBehind.constFirst();
    // A 500 may come after Foundry acted, so the revoke may have gone through.
    QCOMPARE(certificate.kind, LeftBehind::Kind::CertificateMaybeOnFoundry);
    QCOMPARE(certificate.action, LeftBehind::Action::RevokeCertificate);
    QCOMPARE(certificate.certificateId, result.certificateId);
    QCOMPARE(certificate.deviceId, settings.deviceId);
    QCOMPARE(result.leftBehind.constLast().kind, LeftBehind::Kind::DeviceHoldsCertificate);
    for (const LeftBehind &item : result.leftBehind.sliced(1)) {
        QVERIFY(item.kind == LeftBehind::Kind::DeviceHoldsKey || item.kind == LeftBehind::Kind::DeviceHoldsCertificate);
        QCOMPARE(item.action, LeftBehind::Action::DeleteFromDevice);
        QCOMPARE(item.port, port);
        QCOMPARE(item.slot, 4);
        QCOMPARE(item.certificateId, result.certificateId);
        QVERIFY(!item.certificateRevoked);
    }
    // The words come from the items, and name what the fields name.
    const QStringList text = result.leftBehindText();
    QVERIFY2(text.at(0).contains(result.certificateId) && text.at(0).contains(QLatin1String("inactive")),
             qPrintable(text.at(0)));
    QVERIFY2(text.at(1).contains(port) && text.at(1).contains(QLatin1String("slot 4")), qPrintable(text.at(1)));

    const QJsonArray json = result.toJson().value(QLatin1String("leftBehind")).toArray();
    QCOMPARE(json.size(), result.leftBehind.size());
    const QJsonObject first = json.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("certificate-maybe-on-foundry"));
    QCOMPARE(first.value(QLatin1String("action")).toString(), QStringLiteral("revoke-certificate"));
    QCOMPARE(first.value(QLatin1String("certId")).toString(), result.certificateId);
    const QJsonObject last = json.last().toObject();
    QCOMPARE(last.value(QLatin1String("kind")).toString(), QStringLiteral("device-holds-certificate"));
    QCOMPARE(last.value(QLatin1String("action")).toString(), QStringLiteral("delete-from-device"));
    QCOMPARE(last.value(QLatin1String("port")).toString(), port);
    QCOMPARE(last.value(QLatin1String("slot")).toInt(), 4);
}

// A step's name in a result reads back as its state, so that nobody needs to compare names.
void TestProvisioningJob::stateNamesReadBack()
{
    const QMetaEnum states = QMetaEnum::fromType<State>();
    for (int i = 0; i < states.keyCount(); ++i) {
        const auto state = static_cast<State>(states.value(i));
        QCOMPARE(ProvisioningJob::stateFromName(ProvisioningJob::stateName(state)), std::optional(state));
    }
    QCOMPARE(ProvisioningJob::stateFromName(QStringLiteral("Writing")), std::nullopt);
    QCOMPARE(ProvisioningJob::stateFromName(QString()), std::nullopt);
}

void TestProvisioningJob::cancelsAtEveryStep_data()
{
    QTest::addColumn<State>("step");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("profile");
    const QString station = QStringLiteral("station");
    QTest::newRow("before start") << State::Idle << QString() << station;
    // Identifying and Generating one after the other: the topics name the device's serial.
    for (State step : {State::Identifying, State::Generating, State::IdentifyingAndGenerating, State::CheckingBundle,
                       State::WritingCertificate, State::WritingKey, State::VerifyingCertificate, State::VerifyingKey,
                       State::Provisioning})
        QTest::newRow(qPrintable(ProvisioningJob::stateName(step))) << step << QString() << station;
    // Only a device whose writes changed its state is put back: an nRF91 modem taken offline.
    QTest::newRow("PuttingDeviceBack") << State::PuttingDeviceBack << QString() << QStringLiteral("nrf-modem");
    QTest::newRow("WaitingToRetryProvision") << State::WaitingToRetryProvision << QStringLiteral("http-500@provision")
                                             << station;
}

// Cancelled at each step once its work is under way (a queued call, as a window's button would
// come), the job rolls back whatever that step created: no certificate stays on Foundry unrevoked,
// nothing stays on the device, and the journal records the job as cancelled.
void TestProvisioningJob::cancelsAtEveryStep()
{
    QFETCH(State, step);
    QFETCH(QString, fault);
    QFETCH(QString, profile);
    QVERIFY(startDevice(profile, {}));
    if (!fault.isEmpty())
        addFault(fault);
    JobJournal journal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    const qsizetype earlierCertificates = m_foundry.emulator().certificates().size();
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-cancel");
    if (step == State::Identifying || step == State::Generating)
        settings.topicTemplates = {QStringLiteral("t/{serial}")};
    else
        settings.topics = {QStringLiteral("t/1")};
    settings.port = m_link->settings().portName;
    settings.provisionBackoff = 2s;
    settings.journal = &journal;
    m_job = std::make_unique<ProvisioningJob>(&m_foundry.client(), m_profile.get(), settings);
    connect(m_job.get(), &ProvisioningJob::stateChanged, this, [this](State state) { m_states << state; });
    connect(
        m_job.get(), &ProvisioningJob::stateChanged, m_job.get(),
        [this, step](State state) {
            if (state == step)
                m_job->cancel();
        },
        Qt::QueuedConnection);
    QSignalSpy finished(m_job.get(), &ProvisioningJob::finished);
    if (step == State::Idle)
        m_job->cancel();
    m_job->start();
    QVERIFY(!finished.isEmpty() || finished.wait(60000));

    const JobResult &result = m_job->result();
    QVERIFY2(result.outcome == JobResult::Outcome::Cancelled,
             qPrintable(JobResult::outcomeName(result.outcome) + QLatin1Char(' ') + result.error));
    QCOMPARE(m_job->state(), State::Cancelled);
    QCOMPARE(result.failure, JobResult::Failure::Cancelled);
    QVERIFY(result.leftBehind.isEmpty());
    if (step != State::Idle)
        QVERIFY2(m_states.contains(step), qPrintable(ProvisioningJob::stateName(step)));
    // Nothing went forward from the step it was cancelled at.
    if (step != State::Provisioning && step != State::WaitingToRetryProvision)
        QCOMPARE(requestsTo(QStringLiteral("/provision")), 0);
    QVERIFY(storedCredentials().isEmpty());
    // The emulator forgets a certificate once it is revoked; earlier tests' certificates stay.
    QCOMPARE(m_foundry.emulator().certificates().size(), earlierCertificates);
    if (step >= State::Generating)
        QCOMPARE(requestsTo(QStringLiteral("/revoke")), 1);
    else
        QCOMPARE(requestsTo(QStringLiteral("/generate")), 0);

    if (profile == QLatin1String("nrf-modem"))
        QCOMPARE(m_device->status().value(QLatin1String("functionalMode")).toInt(), 1);

    if (step != State::Idle) {
        const std::optional<JobJournal::Job> row = journal.job(m_job->journalId());
        QVERIFY(row);
        QCOMPARE(row->outcome, JobResult::Outcome::Cancelled);
    }
}

// Each of the job's provision attempts retries a 503 itself: the message must count what was sent.
void TestProvisioningJob::provisionFailureCountsRequestsSent()
{
    QVERIFY(startDevice(QStringLiteral("station"), {}));
    addFault(QStringLiteral("unavailable@provisionx*"));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("dev-provision-unavailable");
    settings.topics = {QStringLiteral("t/1")};
    settings.provisionAttempts = 3;
    const JobResult &result = runJob(settings)->result();
    QCOMPARE(result.outcome, JobResult::Outcome::Failed);
    const qsizetype sent = requestsTo(QStringLiteral("/provision"));
    QCOMPARE(sent, 3 * FoundryClientSettings().maxAttempts);
    QVERIFY2(result.error.contains(QStringLiteral("failed after %1 request").arg(sent)), qPrintable(result.error));
}

void TestProvisioningJob::sharedRateLimiterGatesEveryFoundryCall()
{
    // The lanes' shared bucket: a job takes one token per Foundry call, generate and provision on
    // success, generate and revoke when a rejected bundle is rolled back.
    FoundryRateLimiter limiter(1000, 4);
    QVERIFY(startDevice(QStringLiteral("station"), {}));
    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("device-limited");
    settings.topics = {QStringLiteral("fleet/limited/up")};
    settings.rateLimiter = &limiter;
    const JobResult &done = runJob(settings)->result();
    QVERIFY2(done.outcome == JobResult::Outcome::Done, qPrintable(done.error));
    QCOMPARE(limiter.granted(), 2u);
    QCOMPARE(requestsTo(QStringLiteral("/generate")), 1);
    QCOMPARE(requestsTo(QStringLiteral("/provision")), 1);

    addFault(QStringLiteral("key-mismatch@generate"));
    settings.deviceId = QStringLiteral("device-limited-2");
    const JobResult &rolledBack = runJob(settings)->result();
    QCOMPARE(rolledBack.outcome, JobResult::Outcome::Failed);
    QCOMPARE(limiter.granted(), 4u);
    QCOMPARE(requestsTo(QStringLiteral("/revoke")), 1);
    QCOMPARE(limiter.waiting(), 0);
}

void TestProvisioningJob::commandLine_data()
{
    provisionsEachProfile_data();
}

// As a technician runs it: the profile found by probing, the topics from a template, the journal.
void TestProvisioningJob::commandLine()
{
    QFETCH(QString, profile);
    QVERIFY(startDevice(profile, {}));
    const QString port = m_link->settings().portName;
    // The command line opens the port itself.
    m_profile.reset();
    m_link.reset();

    QProcess cli;
    const QString journalFile = m_dir->filePath(QStringLiteral("journal.sqlite"));
    m_foundry.startCli(cli, {QStringLiteral("provision"), QStringLiteral("--port"), port, QStringLiteral("--device-id"),
                             QStringLiteral("cli-dev"), QStringLiteral("--topics-template"),
                             QStringLiteral("cli/{deviceId}/{serial}"), QStringLiteral("--slot"), QStringLiteral("3"),
                             QStringLiteral("--journal"), journalFile, QStringLiteral("--json")});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 60000));
    const QByteArray output = cli.readAllStandardOutput();
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const QJsonObject result = QJsonDocument::fromJson(output).object();
    QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(result.value(QLatin1String("profile")).toString(), profile);
    QCOMPARE(result.value(QLatin1String("slot")).toInt(), 3);
    QCOMPARE(result.value(QLatin1String("deviceId")).toString(), QStringLiteral("cli-dev"));
    QVERIFY(!result.value(QLatin1String("fingerprint")).toString().isEmpty());
    QCOMPARE(result.value(QLatin1String("steps")).toArray().size(), profile == QLatin1String("nrf-modem") ? 9 : 8);
    for (const QJsonValue &step : result.value(QLatin1String("steps")).toArray())
        QVERIFY(step.toObject().contains(QLatin1String("ms")));

    const QString certificateId = result.value(QLatin1String("certId")).toString();
    const std::optional<EmulatorCertificate> issued = m_foundry.emulator().certificate(certificateId);
    QVERIFY(issued);
    QCOMPARE(issued->status, EmulatorCertificate::Status::Active);
    QCOMPARE(issued->deviceId, QStringLiteral("cli-dev"));
    QCOMPARE(result.value(QLatin1String("arn")).toString(), issued->arn);
    // The device's own serial (the IMEI for a modem) went into the topic.
    const QStringList topics = result.value(QLatin1String("topics")).toVariant().toStringList();
    QCOMPARE(issued->topics, topics);
    QCOMPARE(topics.size(), 1);
    QVERIFY(topics.constFirst().startsWith(QLatin1String("cli/cli-dev/")));
    QVERIFY(topics.constFirst().size() > QStringLiteral("cli/cli-dev/").size());
    verifyDeviceHolds(*issued, result.value(QLatin1String("keyDigest")).toString(), profile, 3);

    JobJournal journal(journalFile);
    QVERIFY(journal.open());
    const QList<JobJournal::Job> jobs = journal.jobs();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.constFirst().certificateId, certificateId);
    QCOMPARE(jobs.constFirst().outcome, JobResult::Outcome::Done);
    QCOMPARE(jobs.constFirst().profile, profile);
}

// provision --product NAME takes what the station window saved: the device profile, slot and topics,
// and, for a product whose devices carry no label, the device's own serial number as its ID. A device
// the journal shows provisioned is refused before anything is asked of Foundry.
void TestProvisioningJob::commandLineWithAProduct()
{
    QVERIFY(startDevice(QStringLiteral("station"), {QStringLiteral("--serial"), QStringLiteral("LINE-0042")}));
    const QString port = m_link->settings().portName;
    m_profile.reset();
    m_link.reset();
    const QString configHome = m_dir->filePath(QStringLiteral("config"));
    {
        QSettings saved(configHome + QStringLiteral("/foundry-station/station.ini"), QSettings::IniFormat);
        saved.setValue(QStringLiteral("products/line b/deviceProfile"), QStringLiteral("station"));
        saved.setValue(QStringLiteral("products/line b/slot"), 2);
        saved.setValue(QStringLiteral("products/line b/topicsTemplate"), QStringLiteral("line/{deviceId}/up"));
        saved.setValue(QStringLiteral("products/line b/requiresScannedDeviceId"), false);
    }
    const QString journalFile = m_dir->filePath(QStringLiteral("journal.sqlite"));
    const auto run = [&](const QStringList &arguments) {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        cli.setProcessEnvironment(environment);
        m_foundry.startCli(cli, QStringList{QStringLiteral("provision"), QStringLiteral("--port"), port,
                                            QStringLiteral("--journal"), journalFile, QStringLiteral("--json")}
                                    + arguments);
        if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 60000))
            qWarning("the command line did not end");
        return std::pair{cli.exitCode(), QJsonDocument::fromJson(cli.readAllStandardOutput()).object()};
    };

    const auto [exitCode, result] = run({QStringLiteral("--product"), QStringLiteral("line b")});
    QVERIFY2(exitCode == 0, QJsonDocument(result).toJson().constData());
    QCOMPARE(result.value(QLatin1String("deviceId")).toString(), QStringLiteral("LINE-0042"));
    QCOMPARE(result.value(QLatin1String("slot")).toInt(), 2);
    const std::optional<EmulatorCertificate> issued =
        m_foundry.emulator().certificate(result.value(QLatin1String("certId")).toString());
    QVERIFY(issued);
    QCOMPARE(issued->deviceId, QStringLiteral("LINE-0042"));
    QCOMPARE(issued->topics, QStringList{QStringLiteral("line/LINE-0042/up")});
    verifyDeviceHolds(*issued, result.value(QLatin1String("keyDigest")).toString(), QStringLiteral("station"), 2);

    // The same device again, by its serial number or by its ID given: a duplicate, refused.
    m_foundry.emulator().clearRequests();
    for (const QStringList &again : {QStringList{QStringLiteral("--product"), QStringLiteral("line b")},
                                     QStringList{QStringLiteral("--product"), QStringLiteral("line b"),
                                                 QStringLiteral("--device-id"), QStringLiteral("LINE-0042")}}) {
        const auto [code, refused] = run(again);
        QCOMPARE(code, 1);
        const QString error = refused.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        QVERIFY2(error.contains(QStringLiteral("provisioned already")), QJsonDocument(refused).toJson().constData());
    }
    for (const EmulatorRequest &request : m_foundry.emulator().requests())
        QVERIFY2(!request.path.contains(QLatin1String("generate")), qPrintable(request.path));

    // What the product decides is not typed beside it; an unknown product names the saved ones.
    const auto [withSlot, slotRefusal] = run({QStringLiteral("--product"), QStringLiteral("line b"),
                                              QStringLiteral("--slot"), QStringLiteral("2")});
    QCOMPARE(withSlot, 2);
    const auto [unknown, unknownRefusal] = run({QStringLiteral("--product"), QStringLiteral("line c")});
    QCOMPARE(unknown, 2);
    QVERIFY2(QJsonDocument(unknownRefusal).toJson().contains("line b"), QJsonDocument(unknownRefusal).toJson().constData());
    const auto [malformed, malformedRefusal] = run({QStringLiteral("--device-id"), QStringLiteral("dev/1")});
    QCOMPARE(malformed, 2);
    QVERIFY2(QJsonDocument(malformedRefusal).toJson().contains("only letters, digits"),
             QJsonDocument(malformedRefusal).toJson().constData());
}

FOUNDRY_TEST_MAIN(TestProvisioningJob)
#include "tst_provisioningjob.moc"
