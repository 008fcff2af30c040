#include "EmulatedFoundry.h"
#include "SimulatedDevice.h"
#include "TestMain.h"
#include "foundry/FoundryClient.h"
#include "jobs/FailureSentence.h"
#include "jobs/ProvisioningLane.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

using namespace std::chrono_literals;

// A network that drops in the middle of a job, at each of Foundry's steps, against the real emulator
// over HTTPS on loopback and a simulated device on a pseudo-terminal: the sentence a person reads
// (FailureSentence, which the window's tile and the command line both show) says what Foundry may
// have done and what the station did, never only a socket error.
class TestNetworkDrop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dropAtEachStep_data();
    void dropAtEachStep();

private:
    // A client like the emulator's own, changed by how; its settings' validation must pass.
    std::unique_ptr<FoundryClient> client(const std::function<void(FoundryClientSettings &)> &how) const;

    EmulatedFoundry m_foundry{QStringLiteral("network-drop-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedDevice> m_device;
};

void TestNetworkDrop::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestNetworkDrop::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
    m_foundry.emulator().clearRequests();
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(QStringLiteral("station")));
}

void TestNetworkDrop::cleanup()
{
    m_device.reset();
}

std::unique_ptr<FoundryClient> TestNetworkDrop::client(const std::function<void(FoundryClientSettings &)> &how) const
{
    FoundryClientSettings settings;
    settings.baseUrl = m_foundry.emulator().baseUrl();
    settings.caFile = m_foundry.caFile();
    settings.token = QCA::SecureArray(m_foundry.token().toUtf8());
    settings.initialBackoff = 10ms;
    settings.maxBackoff = 50ms;
    how(settings);
    return std::make_unique<FoundryClient>(std::move(settings));
}

enum class Network { Emulator, Refused, UntrustedCertificate, ShortTimeout };
Q_DECLARE_METATYPE(Network)
Q_DECLARE_METATYPE(JobResult::Outcome)

void TestNetworkDrop::dropAtEachStep_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<JobResult::Outcome>("outcome");
    // What the sentence must say, in order: Foundry's side, then the station's.
    QTest::addColumn<QStringList>("says");

    using Outcome = JobResult::Outcome;
    QTest::newRow("generate: connection reset after Foundry issued it")
        << Network::Emulator << QStringList{QStringLiteral("drop-connection@generatex*")} << Outcome::NeedsAttention
        << QStringList{QStringLiteral("Foundry may have issued one, and the station could not hear its answer"),
                       QStringLiteral("Needs attention")};
    QTest::newRow("generate: timeout while Foundry answers slowly")
        << Network::ShortTimeout << QStringList{QStringLiteral("slow@generate=3000x*")} << Outcome::NeedsAttention
        << QStringList{QStringLiteral("Foundry may have issued one"), QStringLiteral("Needs attention")};
    QTest::newRow("generate: connection refused")
        << Network::Refused << QStringList() << Outcome::Failed
        << QStringList{QStringLiteral("could not be reached to issue a certificate, so none was issued"),
                       QStringLiteral("Nothing was left to undo")};
    QTest::newRow("generate: TLS failure")
        << Network::UntrustedCertificate << QStringList() << Outcome::Failed
        << QStringList{QStringLiteral("could not trust its connection to Foundry, so no certificate was issued"),
                       QStringLiteral("check the Foundry CA file in Settings and this computer's clock")};
    QTest::newRow("provision: connection reset after every request")
        << Network::Emulator << QStringList{QStringLiteral("drop-connection@provisionx*")} << Outcome::Failed
        << QStringList{QStringLiteral("Foundry may have activated it, and the station could not hear its answer"),
                       QStringLiteral("The station rolled the job back")};
    QTest::newRow("revoke during the rollback: connection reset")
        << Network::Emulator
        << QStringList{QStringLiteral("http-500@provisionx*"), QStringLiteral("drop-connection@revokex*")}
        << Outcome::NeedsAttention
        << QStringList{QStringLiteral("The network dropped while the rollback revoked the certificate"),
                       QStringLiteral("Foundry may still hold it"), QStringLiteral("Needs attention")};
}

void TestNetworkDrop::dropAtEachStep()
{
    QFETCH(Network, network);
    QFETCH(QStringList, faults);
    QFETCH(JobResult::Outcome, outcome);
    QFETCH(QStringList, says);
    for (const QString &fault : faults) {
        QString error;
        QVERIFY2(m_foundry.addFault(fault, &error), qPrintable(error));
    }
    std::unique_ptr<FoundryClient> foundry = client([&](FoundryClientSettings &settings) {
        switch (network) {
        case Network::Emulator:
            break;
        case Network::Refused: {
            // A loopback port nobody listens on any more.
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            settings.baseUrl.setPort(closed.serverPort());
            break;
        }
        case Network::UntrustedCertificate:
            // Only the system's trust store, which does not know the emulator's CA.
            settings.caFile.clear();
            break;
        case Network::ShortTimeout:
            settings.transferTimeout = 500ms;
            settings.maxAttempts = 1;
            break;
        }
    });

    ProvisioningLane::Setup setup;
    setup.client = foundry.get();
    setup.serial.portName = m_device->portName();
    setup.profile = QStringLiteral("station");
    ProvisioningLane lane(setup);
    QStringList progress;
    connect(&lane, &ProvisioningLane::progress, this, [&progress](const QString &message) { progress << message; });
    lane.open();
    QVERIFY(QTest::qWaitFor([&lane] { return lane.state() == ProvisioningLane::State::Ready; }, 30000));

    ProvisioningJob::Settings settings;
    settings.deviceId = QStringLiteral("flaky-net-0001");
    settings.topics = {QStringLiteral("fleet/flaky-net-0001")};
    settings.provisionBackoff = 20ms;
    QSignalSpy finished(&lane, &ProvisioningLane::jobFinished);
    QVERIFY(lane.startJob(settings));
    QVERIFY(finished.wait(60000));
    const JobResult result = lane.job()->result();
    QCOMPARE(result.outcome, outcome);

    const QString sentence = FailureSentence::forJob(result);
    QCOMPARE(FailureSentence::forNetworkDrop(result), sentence);
    qsizetype at = 0;
    for (const QString &part : says) {
        const qsizetype found = sentence.indexOf(part, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, sentence)));
        at = found + part.size();
    }
    // No bare socket error: the technical detail is the log's.
    for (const char *socket : {"Connection refused", "closed", "timed out", "SSL", "TLS handshake"})
        QVERIFY2(!sentence.contains(QLatin1String(socket)), qPrintable(sentence));
    // A connection that could not be trusted does not come back by waiting for the network.
    if (network == Network::UntrustedCertificate)
        QVERIFY2(!sentence.contains(QLatin1String("network is back")), qPrintable(sentence));
    // A provision that dropped is asked again first, and the lane says why in the same words.
    if (faults.contains(QStringLiteral("drop-connection@provisionx*")))
        QVERIFY2(std::any_of(progress.cbegin(), progress.cend(),
                             [](const QString &line) {
                                 return line.contains(QLatin1String("Foundry may have activated it"))
                                     && line.contains(QLatin1String("asks again"));
                             }),
                 qPrintable(progress.join(QLatin1Char('\n'))));
    lane.close();
}

FOUNDRY_TEST_MAIN(TestNetworkDrop)
#include "tst_networkdrop.moc"
