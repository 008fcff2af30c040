#include "EmulatedFoundry.h"
#include "SimulatedDevice.h"
#include "TestMain.h"
#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "device/SerialLink.h"
#include "device/profiles/McuMgrSmpProfile.h"
#include "jobs/DeviceCertificateLookup.h"
#include "jobs/JobJournal.h"
#include "jobs/ProvisioningJob.h"

#include <QSignalSpy>
#include <QTemporaryDir>

// Read from device… for a product whose devices keep their credentials elsewhere than the profile's
// default places: a real job provisions a simulated device on a pseudo-terminal against the Foundry
// emulator, and the lookup must find its certificate where the job put it.
class TestDeviceCertificateLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsTheCertificateWhereTheProductPutIt_data();
    void findsTheCertificateWhereTheProductPutIt();

private:
    EmulatedFoundry m_foundry{QStringLiteral("lookup-test-token")};
};

void TestDeviceCertificateLookup::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestDeviceCertificateLookup::findsTheCertificateWhereTheProductPutIt_data()
{
    QTest::addColumn<QString>("simulator");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("slot");
    QTest::newRow("mcumgr-smp, the product's file layout") << QStringLiteral("mcumgr-smp") << QStringLiteral("mcumgr-smp") << 2;
    // ESP-AT ships the client namespaces' sets 0 and 1.
    QTest::newRow("esp-at, the client namespaces") << QStringLiteral("esp-at") << QStringLiteral("esp-at:client") << 1;
}

void TestDeviceCertificateLookup::findsTheCertificateWhereTheProductPutIt()
{
    QFETCH(QString, simulator);
    QFETCH(QString, profile);
    QFETCH(int, slot);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SimulatedDevice device(dir.filePath(QStringLiteral("store.json")));
    QVERIFY(device.start(simulator));
    JobJournal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.open());
    QString certificateId;
    {
        std::unique_ptr<SerialLink> link = device.openLink();
        QVERIFY(link);
        std::unique_ptr<DeviceProfile> written(DeviceProfiles::createAttached(profile, link.get()));
        QVERIFY(written);
        if (auto *smp = qobject_cast<McuMgrSmpProfile *>(written.get())) {
            SmpFileLayout layout = SmpFileLayout::defaults();
            layout.certificatePath = QStringLiteral("/lfs/tls/{slot}/device.crt");
            layout.privateKeyPath = QStringLiteral("/lfs/tls/{slot}/device.key");
            layout.caCertificatePath = QStringLiteral("/lfs/tls/{slot}/root.crt");
            smp->setFileLayout(layout);
        }
        ProvisioningJob::Settings settings;
        settings.deviceId = QStringLiteral("dev-lookup");
        settings.slot = slot;
        settings.topics = {QStringLiteral("fleet/lookup/up")};
        settings.port = device.portName();
        settings.journal = &journal;
        ProvisioningJob job(&m_foundry.client(), written.get(), settings);
        QSignalSpy finished(&job, &ProvisioningJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(job.result().outcome == JobResult::Outcome::Done, qPrintable(job.result().error));
        certificateId = job.result().certificateId.toLower();
    }

    SerialSettings serial;
    serial.portName = device.portName();
    DeviceCertificateLookup lookup(serial, &journal);
    QSignalSpy looked(&lookup, &DeviceCertificateLookup::finished);
    lookup.start();
    QVERIFY(looked.count() == 1 || looked.wait(60000));
    QVERIFY2(lookup.problem().isEmpty(), qPrintable(lookup.problem()));
    const std::optional<DeviceCertificateLookup::Held> held = lookup.revocable();
    QVERIFY2(held, qPrintable(lookup.summary()));
    QCOMPARE(held->certificateId, certificateId);
    QCOMPARE(held->slot, slot);
    QVERIFY2(lookup.summary().contains(QLatin1String("dev-lookup")), qPrintable(lookup.summary()));
}

FOUNDRY_TEST_MAIN(TestDeviceCertificateLookup)
#include "tst_devicecertificatelookup.moc"
