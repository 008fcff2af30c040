#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "EmulatedFoundry.h"
#include "jobs/ProvisioningJob.h"
#include "device/SerialLink.h"
#include "SimulatedDevice.h"
#include "TestMain.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace std::chrono_literals;

// Every fault the Foundry emulator and the device simulator can inject, one job each, judged by the
// same rule: whatever Foundry issued is active, tied to this device and held by it (and then the job
// says done), or gone (and the job says failed), or the job says it needs attention and names what
// is left. Nothing is reported done that is not.
class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFaultEndsSafely_data();
    void everyFaultEndsSafely();
};

namespace {

const QString deviceId = QStringLiteral("dev-fault-matrix");

} // namespace

void TestFaultMatrix::everyFaultEndsSafely_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("foundryFaults");
    QTest::addColumn<QString>("deviceFault");
    QTest::addColumn<JobResult::Outcome>("outcome");

    using Outcome = JobResult::Outcome;
    const QString station = QStringLiteral("station");
    const auto foundry = [&station](const char *name, QStringList faults, Outcome outcome) {
        QTest::newRow(name) << station << faults << QString() << outcome;
    };
    // A 500 may come after Foundry made the certificate, and generate is never sent twice; so the
    // job cannot know whether an orphan exists, and says so.
    foundry("generate: 500", {QStringLiteral("http-500@generate")}, Outcome::NeedsAttention);
    // Refused before Foundry acted, so retried by the client until it succeeds.
    foundry("generate: 429 then served", {QStringLiteral("rate-limit@generate=1")}, Outcome::Done);
    foundry("generate: 503 then served", {QStringLiteral("unavailable@generate=1")}, Outcome::Done);
    foundry("generate: slow", {QStringLiteral("slow@generate=1500")}, Outcome::Done);
    // Foundry made a certificate whose ID never arrived: only a person can find it.
    foundry("generate: connection dropped", {QStringLiteral("drop-connection@generatex*")}, Outcome::NeedsAttention);
    foundry("generate: malformed JSON", {QStringLiteral("malformed-json@generate")}, Outcome::NeedsAttention);
    // A bundle that fails its checks is revoked, never written.
    foundry("generate: corrupt certificate", {QStringLiteral("corrupt-certificate@generate")}, Outcome::Failed);
    foundry("generate: id mismatch", {QStringLiteral("id-mismatch@generate")}, Outcome::Failed);
    foundry("generate: key mismatch", {QStringLiteral("key-mismatch@generate")}, Outcome::Failed);
    foundry("generate: EC key", {QStringLiteral("ec-key@generate")}, Outcome::Failed);
    foundry("generate: Ed25519 key", {QStringLiteral("ed25519-key@generate")}, Outcome::Failed);
    foundry("generate: key after the certificate", {QStringLiteral("extra-pem@generate")}, Outcome::Failed);
    foundry("generate: two keys", {QStringLiteral("extra-key@generate")}, Outcome::Failed);
    // Something answered for Foundry, which may have acted: as good as a lost answer.
    foundry("generate: login page", {QStringLiteral("html-page@generate")}, Outcome::NeedsAttention);
    // Refused before Foundry acted.
    foundry("generate: hostile message", {QStringLiteral("hostile-message@generate")}, Outcome::Failed);
    // provision is safe to repeat, so everything but a lasting failure ends done.
    foundry("provision: 500 once", {QStringLiteral("http-500@provision")}, Outcome::Done);
    foundry("provision: 500 always", {QStringLiteral("http-500@provisionx*")}, Outcome::Failed);
    foundry("provision: 429 then served", {QStringLiteral("rate-limit@provision=1")}, Outcome::Done);
    foundry("provision: 503 then served", {QStringLiteral("unavailable@provision=1")}, Outcome::Done);
    foundry("provision: slow", {QStringLiteral("slow@provision=1500")}, Outcome::Done);
    foundry("provision: connection dropped", {QStringLiteral("drop-connection@provisionx4")}, Outcome::Done);
    foundry("provision: malformed JSON", {QStringLiteral("malformed-json@provision")}, Outcome::Done);
    foundry("provision: login page once", {QStringLiteral("html-page@provision")}, Outcome::Done);
    foundry("provision: login page always", {QStringLiteral("html-page@provisionx*")}, Outcome::Failed);
    foundry("provision: hostile message", {QStringLiteral("hostile-message@provisionx*")}, Outcome::Failed);
    // revoke is reached by rolling back a rejected bundle.
    const QString rejected = QStringLiteral("key-mismatch@generate");
    foundry("revoke: 500 always", {rejected, QStringLiteral("http-500@revokex*")}, Outcome::NeedsAttention);
    foundry("revoke: 500 once", {rejected, QStringLiteral("http-500@revoke")}, Outcome::NeedsAttention);
    foundry("revoke: 429 then served", {rejected, QStringLiteral("rate-limit@revoke=1")}, Outcome::Failed);
    foundry("revoke: 503 then served", {rejected, QStringLiteral("unavailable@revoke=1")}, Outcome::Failed);
    foundry("revoke: slow", {rejected, QStringLiteral("slow@revoke=1500")}, Outcome::Failed);
    // The first revoke is carried out and its answer lost; the retry's 404 means it is gone.
    foundry("revoke: connection dropped", {rejected, QStringLiteral("drop-connection@revoke")}, Outcome::Failed);
    // Every answer lost: Foundry did revoke it, but the station cannot know and says what to check.
    foundry("revoke: connection always dropped", {rejected, QStringLiteral("drop-connection@revokex*")},
            Outcome::NeedsAttention);
    foundry("revoke: malformed JSON", {rejected, QStringLiteral("malformed-json@revoke")}, Outcome::Failed);
    foundry("revoke: login page once", {rejected, QStringLiteral("html-page@revoke")}, Outcome::Failed);
    foundry("revoke: login page always", {rejected, QStringLiteral("html-page@revokex*")}, Outcome::NeedsAttention);
    foundry("revoke: hostile message", {rejected, QStringLiteral("hostile-message@revokex*")}, Outcome::NeedsAttention);

    for (const QString &profile : DeviceProfiles::names()) {
        const auto device = [&profile](const char *name, const QString &fault, Outcome outcome) {
            QTest::newRow(qPrintable(profile + QLatin1String(": ") + QLatin1String(name)))
                << profile << QStringList() << fault << outcome;
        };
        device("rejects the write", QStringLiteral("reject-write"), Outcome::Failed);
        device("corrupts a byte", QStringLiteral("corrupt-byte"), Outcome::Failed);
        device("reports a wrong digest", QStringLiteral("wrong-digest"), Outcome::Failed);
        // The station protocol and MCUmgr send an unanswered request again (docs/station-protocol.md,
        // docs/mcumgr-smp.md); the shell and the modem have no such recovery, so the job fails before
        // anything exists.
        device("stops answering", QStringLiteral("stop-answering"),
               profile == QLatin1String("station") || profile == QLatin1String("mcumgr-smp") ? Outcome::Done
                                                                                              : Outcome::Failed);
        // Gone in the middle of the key: nothing can delete what it holds, so a person must.
        device("vanishes", QStringLiteral("vanish=2500"), Outcome::NeedsAttention);
    }
}

void TestFaultMatrix::everyFaultEndsSafely()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, foundryFaults);
    QFETCH(QString, deviceFault);
    QFETCH(JobResult::Outcome, outcome);

    EmulatedFoundry foundry(QStringLiteral("fault-matrix-token"));
    QString error;
    QVERIFY2(foundry.start(&error), qPrintable(error));
    for (const QString &fault : foundryFaults)
        QVERIFY2(foundry.addFault(fault, &error), qPrintable(error));
    QTemporaryDir dir;
    SimulatedDevice device(dir.filePath(QStringLiteral("store.json")));
    QStringList arguments;
    if (!deviceFault.isEmpty())
        arguments << QStringLiteral("--fault") << deviceFault;
    if (profile == QLatin1String("zephyr-shell"))
        arguments << QStringLiteral("--cred-buf-size") << QStringLiteral("4096");
    QVERIFY(device.start(profile, arguments));
    SerialSettings serial;
    serial.portName = device.portName();
    SerialLink link(serial);
    QVERIFY2(link.open(), qPrintable(link.errorString()));
    std::unique_ptr<DeviceProfile> deviceProfile(DeviceProfiles::createAttached(profile, &link));
    // Short, so that a silent device costs seconds, not minutes.
    deviceProfile->setTimeouts({1500ms, 3000ms});

    ProvisioningJob::Settings settings;
    settings.deviceId = deviceId;
    settings.topics = {QStringLiteral("fleet/matrix/up")};
    settings.port = serial.portName;
    settings.provisionBackoff = 50ms;
    ProvisioningJob job(&foundry.client(), deviceProfile.get(), settings);
    QSignalSpy finished(&job, &ProvisioningJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    const JobResult &result = job.result();
    const QString report = result.error + QLatin1Char('\n') + result.leftBehindText().join(QLatin1Char('\n'));
    QVERIFY2(result.outcome == outcome,
             qPrintable(QStringLiteral("%1: %2").arg(JobResult::outcomeName(result.outcome), report)));

    const QList<EmulatorCertificate> issued = foundry.emulator().certificates();
    switch (result.outcome) {
    case JobResult::Outcome::Done: {
        QCOMPARE(issued.size(), 1);
        const EmulatorCertificate &certificate = issued.constFirst();
        QCOMPARE(certificate.id, result.certificateId);
        QCOMPARE(certificate.status, EmulatorCertificate::Status::Active);
        QCOMPARE(certificate.deviceId, deviceId);
        QCOMPARE(certificate.topics, settings.topics);
        QCOMPARE(device.storedCredentials().size(), 2);
        QVERIFY(!result.keyDigest.isEmpty() && !result.certificateDigest.isEmpty());
        break;
    }
    case JobResult::Outcome::Failed:
        // Everything undone, on both sides, and said why.
        QVERIFY2(issued.isEmpty(), qPrintable(issued.isEmpty() ? QString() : issued.constFirst().id));
        QVERIFY(device.storedCredentials().isEmpty());
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.leftBehind.isEmpty());
        break;
    case JobResult::Outcome::NeedsAttention:
        // What is left is named: each certificate by its ID (or, unknown, by what happened).
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!result.leftBehind.isEmpty());
        for (const EmulatorCertificate &certificate : issued) {
            QVERIFY(certificate.deviceId.isEmpty());
            QVERIFY2(report.contains(certificate.id) || report.contains(QLatin1String("never learnt the ID")),
                     qPrintable(report));
        }
        if (!device.storedCredentials().isEmpty())
            QVERIFY2(report.contains(serial.portName), qPrintable(report));
        break;
    case JobResult::Outcome::Pending:
        QFAIL("the job did not end");
    case JobResult::Outcome::Cancelled:
        QFAIL("nothing cancelled the job");
    }
}

FOUNDRY_TEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
