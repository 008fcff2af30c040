#include "EmulatedFoundry.h"
#include "SimulatedDevice.h"
#include "TestMain.h"
#include "device/DeviceInspection.h"
#include "jobs/ProvisioningLane.h"

#include <QSignalSpy>
#include <QTemporaryDir>

// Every profile at every line rate a bench uses, from plug-in (detection included) to PASS: the
// timeouts a profile gives a device must grow with the time its bytes take on the wire. The device
// simulator paces what it sends, and reads its receive ring, at the line rate it is given.
class TestLineRates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void provisionsAtEveryRate_data();
    void provisionsAtEveryRate();

private:
    EmulatedFoundry m_foundry{QStringLiteral("rates-test-token")};
};

void TestLineRates::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestLineRates::provisionsAtEveryRate_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("baud");
    // Zephyr with "cred buf load" (raw input at the line rate) as well as without.
    QTest::addColumn<bool>("credBufLoad");
    for (const QString &profile : {QStringLiteral("station"), QStringLiteral("zephyr-shell"), QStringLiteral("nrf-modem"),
                                   QStringLiteral("esp-at"), QStringLiteral("mcumgr-smp")}) {
        for (int baud : {9600, 19200, 115200, 921600})
            QTest::addRow("%s at %d", qPrintable(profile), baud) << profile << baud << false;
    }
    for (int baud : {9600, 19200, 115200, 921600})
        QTest::addRow("zephyr-shell with cred buf load at %d", baud) << QStringLiteral("zephyr-shell") << baud << true;
}

void TestLineRates::provisionsAtEveryRate()
{
    QFETCH(QString, profile);
    QFETCH(int, baud);
    QFETCH(bool, credBufLoad);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SimulatedDevice device(dir.filePath(QStringLiteral("store.json")));
    QStringList arguments{QStringLiteral("--baud"), QString::number(baud)};
    // A client key does not fit Zephyr's default 1024-character credential buffer.
    if (profile == QLatin1String("zephyr-shell"))
        arguments << QStringLiteral("--cred-buf-size") << QStringLiteral("4096");
    if (credBufLoad)
        arguments << QStringLiteral("--cred-buf-load");
    QVERIFY(device.start(profile, arguments));

    ProvisioningLane::Setup setup;
    setup.client = &m_foundry.client();
    setup.serial.portName = device.portName();
    setup.serial.baudRate = baud;
    setup.profile = DeviceInspection::automatic;
    ProvisioningLane lane(setup);
    lane.open();
    QVERIFY(QTest::qWaitFor([&lane] { return lane.state() != ProvisioningLane::State::Detecting; }, 30000));
    QVERIFY2(lane.state() == ProvisioningLane::State::Ready,
             qPrintable(lane.error() ? lane.error()->step + QLatin1String(": ") + lane.error()->message : QString()));
    QCOMPARE(lane.profileName(), profile);

    // Two devices' worth on one opening: the second replaces what the first left in the slot, which
    // is where a delete that did not wait long enough used to fail.
    for (int round = 0; round < 2; ++round) {
        ProvisioningJob::Settings settings;
        settings.deviceId = QStringLiteral("rate-%1-%2").arg(baud).arg(round);
        settings.topics = {QStringLiteral("rates/") + settings.deviceId};
        QSignalSpy finished(&lane, &ProvisioningLane::jobFinished);
        QVERIFY(lane.startJob(settings));
        QVERIFY(finished.wait(180000));
        const JobResult &result = lane.job()->result();
        QVERIFY2(result.outcome == JobResult::Outcome::Done, qPrintable(result.error));
    }
    QCOMPARE(device.storedCredentials().size(), 2);
}

FOUNDRY_TEST_MAIN(TestLineRates)
#include "tst_linerates.moc"
