#include "EmulatedFoundry.h"
#include "SimulatedDevice.h"
#include "TestMain.h"
#include "device/DeviceAccess.h"
#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "device/SerialLink.h"
#include "device/profiles/McuMgrSmpProfile.h"
#include "jobs/AttentionAction.h"
#include "jobs/JobJournal.h"
#include "jobs/JournalRecovery.h"
#include "jobs/NeedsAttentionModel.h"
#include "jobs/StationRecovery.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using State = ProvisioningJob::State;

// What jobs leave for a person, from the journal's rows to the action that finishes them: items kept
// with a job's end and marked done with who, when and how; a revoke against the Foundry emulator over
// HTTPS on loopback; a delete from a simulated device on a pseudo-terminal; the window's recovery of
// jobs a killed station left, which leaves its items in the journal and no job recovered twice.
class TestAttentionAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void journalKeepsItemsUntilSomeoneFinishesThem();
    void revokeFinishesTheItemAndJournalsIt();
    void refusedRevokeLeavesTheItemOpen();
    void revokeOfACertificateFoundryNoLongerKnowsIsDone();
    void deleteFromDeviceThroughItsProfile();
    void deleteActsWhereTheInterruptedJobWrote_data();
    void deleteActsWhereTheInterruptedJobWrote();
    void journalRecordThatCannotBeTrustedTouchesNoDevice_data();
    void journalRecordThatCannotBeTrustedTouchesNoDevice();
    void deleteOnALanesPortOrAMissingDeviceSaysWhatToDo();
    void itemOnlyAPersonCanFinishIsDoneByHand();
    void restoreDeviceModePutsTheModemBack();
    void restoreCommandIsQuotedNotPassedRaw();
    void unreadableJournalSaysSoRatherThanNamingNoProfile();
    void stationRecoveryTakesWhatNoLaneOrLiveStationHolds();
    void stationRecoveryIsDroppedWhenItsJournalGoes();

private:
    QString journalFile() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }
    // A job that ended needing attention with items, written by an instance that is gone, as a
    // station that ran it leaves it. Its ID.
    qint64 recordNeedsAttention(const QList<LeftBehind> &items, const QString &port = {},
                                const QString &profile = {});
    AttentionAction::Setup setup(JobJournal *journal);
    // Where the simulated device holds credentials: an MCUmgr device's file paths, an ESP-AT
    // module's "namespace slot" pairs.
    QStringList placesOnDevice() const;
    // Runs action to its end.
    bool finish(AttentionAction &action, const QString &reason = QStringLiteral("left by a failed rollback"));

    EmulatedFoundry m_foundry{QStringLiteral("attention-test-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedDevice> m_device;
};

void TestAttentionAction::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestAttentionAction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
    m_foundry.emulator().clearRequests();
}

void TestAttentionAction::cleanup()
{
    m_device.reset();
}

qint64 TestAttentionAction::recordNeedsAttention(const QList<LeftBehind> &items, const QString &port,
                                                 const QString &profile)
{
    JobJournal journal(journalFile());
    if (!journal.open())
        return 0;
    JobJournal::Job row;
    row.deviceId = items.isEmpty() ? QString() : items.constFirst().deviceId;
    row.port = port;
    row.profile = profile;
    row.slot = 2;
    const qint64 id = journal.beginJob(row);
    if (id == 0 || !journal.finishJob(id, JobResult::Outcome::NeedsAttention, QStringLiteral("rollback failed"), items))
        return 0;
    return id;
}

AttentionAction::Setup TestAttentionAction::setup(JobJournal *journal)
{
    AttentionAction::Setup setup;
    setup.client = &m_foundry.client();
    setup.journal = journal;
    setup.operatorName = QStringLiteral("support-7");
    setup.station = QStringLiteral("desk-2");
    return setup;
}

QStringList TestAttentionAction::placesOnDevice() const
{
    QStringList places;
    for (const QJsonValue &file : m_device->status().value(QLatin1String("files")).toArray())
        places << file.toObject().value(QLatin1String("name")).toString();
    if (!places.isEmpty())
        return places;
    for (const QJsonValue &credential : m_device->storedCredentials()) {
        const QJsonObject stored = credential.toObject();
        places << QStringLiteral("%1 %2").arg(stored.value(QLatin1String("type")).toString()).arg(stored.value(QLatin1String("tag")).toInt());
    }
    return places;
}

bool TestAttentionAction::finish(AttentionAction &action, const QString &reason)
{
    QSignalSpy finished(&action, &AttentionAction::finished);
    action.start(reason);
    return !finished.isEmpty() || finished.wait(30000);
}

void TestAttentionAction::journalKeepsItemsUntilSomeoneFinishesThem()
{
    LeftBehind certificate;
    certificate.kind = LeftBehind::Kind::CertificateMaybeOnFoundry;
    certificate.action = LeftBehind::Action::RevokeCertificate;
    certificate.certificateId = QStringLiteral("abc123");
    certificate.deviceId = QStringLiteral("dev-1");
    certificate.certificateState = QStringLiteral("inactive, tied to no device");
    LeftBehind modem;
    modem.kind = LeftBehind::Kind::DeviceModeNotRestored;
    modem.action = LeftBehind::Action::RestoreDeviceMode;
    modem.deviceId = QStringLiteral("dev-1");
    modem.port = QStringLiteral("/dev/ttyACM3");
    modem.deviceSerial = QStringLiteral("SN-9");
    modem.slot = 4;
    modem.deviceState = QStringLiteral("the modem offline");
    modem.restoreCommand = QByteArrayLiteral("AT+CFUN=1");
    modem.requestedAt = QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::UTC);
    const qint64 jobId = recordNeedsAttention({certificate, modem});
    QVERIFY(jobId != 0);

    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    QList<JobJournal::LeftBehindRecord> open = journal.openLeftBehind();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(0).jobId, jobId);
    QCOMPARE(LeftBehind::describe(open.at(0).item), LeftBehind::describe(certificate));
    QCOMPARE(LeftBehind::describe(open.at(1).item), LeftBehind::describe(modem));
    QCOMPARE(open.at(1).item.restoreCommand, modem.restoreCommand);
    QCOMPARE(open.at(1).item.requestedAt, modem.requestedAt);
    QCOMPARE(open.at(1).item.slot, 4);
    QVERIFY(!open.at(0).finishedAt.isValid());

    QSignalSpy changed(&journal, &JobJournal::jobChanged);
    QVERIFY2(journal.finishLeftBehind(open.at(0).id, QStringLiteral("support-7"), QStringLiteral("revoked by hand")),
             qPrintable(journal.errorString()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toLongLong(), jobId);
    QCOMPARE(journal.openLeftBehind().size(), 1);
    // Done once: a second finish is refused rather than rewriting who did it.
    QVERIFY(!journal.finishLeftBehind(open.at(0).id, QStringLiteral("someone-else"), QStringLiteral("again")));

    const QList<JobJournal::LeftBehindRecord> all = journal.leftBehind(jobId);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).finishedBy, QStringLiteral("support-7"));
    QCOMPARE(all.at(0).finishedHow, QStringLiteral("revoked by hand"));
    QVERIFY(all.at(0).finishedAt.isValid());
    QVERIFY(!all.at(1).finishedAt.isValid());

    NeedsAttentionModel model;
    model.setJournal(&journal);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), LeftBehind::describe(modem));
    QCOMPARE(model.index(0).data(NeedsAttentionModel::ActionLabelRole).toString(), AttentionAction::label(modem));
}

void TestAttentionAction::revokeFinishesTheItemAndJournalsIt()
{
    const GenerateResponse issued = m_foundry.generate();
    QVERIFY(!issued.id().isEmpty());
    LeftBehind item;
    item.kind = LeftBehind::Kind::CertificateOnFoundry;
    item.action = LeftBehind::Action::RevokeCertificate;
    item.certificateId = issued.id();
    item.deviceId = QStringLiteral("dev-rollback");
    const qint64 jobId = recordNeedsAttention({item});
    QVERIFY(jobId != 0);

    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    NeedsAttentionModel model;
    model.setJournal(&journal);
    QCOMPARE(model.rowCount(), 1);
    AttentionAction action(setup(&journal), model.record(0));
    QVERIFY(finish(action, QStringLiteral("left by a failed rollback")));
    QCOMPARE(action.state(), AttentionAction::State::Done);
    QVERIFY(!m_foundry.emulator().certificate(issued.id()));

    // The item leaves the list once the journal announces it; the journal keeps who, when and how.
    QVERIFY(QTest::qWaitFor([&model] { return model.rowCount() == 0; }, 5000));
    const JobJournal::LeftBehindRecord done = journal.leftBehind(jobId).constFirst();
    QCOMPARE(done.finishedBy, QStringLiteral("support-7"));
    QVERIFY2(done.finishedHow.contains(issued.id()) && done.finishedHow.contains(QLatin1String("revoked")),
             qPrintable(done.finishedHow));
    // The revoke itself is a journaled job, with the reason given.
    const QList<JobJournal::Job> jobs = journal.jobs();
    QCOMPARE(jobs.constFirst().kind, JobJournal::Kind::Revoke);
    QCOMPARE(jobs.constFirst().reason, QStringLiteral("left by a failed rollback"));
    QCOMPARE(jobs.constFirst().outcome, JobResult::Outcome::Done);
}

void TestAttentionAction::refusedRevokeLeavesTheItemOpen()
{
    const GenerateResponse issued = m_foundry.generate();
    LeftBehind item;
    item.kind = LeftBehind::Kind::CertificateOnFoundry;
    item.action = LeftBehind::Action::RevokeCertificate;
    item.certificateId = issued.id();
    item.deviceId = QStringLiteral("dev-refused");
    QVERIFY(recordNeedsAttention({item}) != 0);
    QString error;
    QVERIFY2(m_foundry.addFault(QStringLiteral("http-500@revokex*"), &error), qPrintable(error));

    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    AttentionAction action(setup(&journal), journal.openLeftBehind().constFirst());
    QVERIFY(finish(action));
    QCOMPARE(action.state(), AttentionAction::State::Failed);
    QVERIFY2(action.message().contains(QLatin1String("stays open")), qPrintable(action.message()));
    QCOMPARE(journal.openLeftBehind().size(), 1);
    QVERIFY(m_foundry.emulator().certificate(issued.id()));
}

void TestAttentionAction::revokeOfACertificateFoundryNoLongerKnowsIsDone()
{
    LeftBehind item;
    item.kind = LeftBehind::Kind::CertificateMaybeOnFoundry;
    item.action = LeftBehind::Action::RevokeCertificate;
    item.certificateId = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    item.deviceId = QStringLiteral("dev-lost-answer");
    QVERIFY(recordNeedsAttention({item}) != 0);

    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    AttentionAction action(setup(&journal), journal.openLeftBehind().constFirst());
    QVERIFY(finish(action));
    QCOMPARE(action.state(), AttentionAction::State::Done);
    QVERIFY(journal.openLeftBehind().isEmpty());
    QVERIFY(journal.leftBehind(journal.jobs().constLast().id).constFirst().finishedHow.contains(QLatin1String("no longer knows")));
}

void TestAttentionAction::deleteFromDeviceThroughItsProfile()
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(QStringLiteral("station")));
    {
        // What a rollback failed to delete: a certificate in slot 2.
        SerialSettings serial;
        serial.portName = m_device->portName();
        SerialLink link(serial);
        QVERIFY(link.open());
        DeviceProfile *profile = DeviceProfiles::createAttached(QStringLiteral("station"), &link, &link);
        QVERIFY(profile);
        QSignalSpy written(profile, &DeviceProfile::credentialWritten);
        profile->writeCredential(2, CredentialKind::Certificate,
                                 QCA::SecureArray(QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMIIBattention\n"
                                                                    "-----END CERTIFICATE-----\n")));
        QVERIFY(written.wait(10000));
        link.close();
    }
    QCOMPARE(m_device->storedCredentials().size(), 1);

    LeftBehind item;
    item.kind = LeftBehind::Kind::DeviceHoldsCertificate;
    item.action = LeftBehind::Action::DeleteFromDevice;
    item.certificateId = QStringLiteral("cert-revoked");
    item.certificateRevoked = true;
    item.deviceId = QStringLiteral("dev-delete");
    item.port = m_device->portName();
    item.slot = 2;
    QVERIFY(recordNeedsAttention({item}, m_device->portName(), QStringLiteral("station")) != 0);

    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    AttentionAction action(setup(&journal), journal.openLeftBehind().constFirst());
    QVERIFY(finish(action));
    QVERIFY2(action.state() == AttentionAction::State::Done, qPrintable(action.message()));
    QVERIFY(m_device->storedCredentials().isEmpty());
    QVERIFY(journal.openLeftBehind().isEmpty());
}

void TestAttentionAction::deleteActsWhereTheInterruptedJobWrote_data()
{
    QTest::addColumn<QString>("simulator");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("written");
    // A product's own paths and encoding, not the default /lfs/cred/<slot>/client.crt and client.key.
    QTest::newRow("mcumgr-smp, the product's file layout")
        << QStringLiteral("mcumgr-smp") << QStringLiteral("mcumgr-smp")
        << QStringList{QStringLiteral("/lfs/tls/2/device.der"), QStringLiteral("/lfs/tls/2/device-key.der")};
    // The client namespaces, not MQTT's: "esp-at" alone names MQTT's.
    QTest::newRow("esp-at, the client namespaces")
        << QStringLiteral("esp-at") << QStringLiteral("esp-at:client")
        << QStringList{QStringLiteral("client_cert 2"), QStringLiteral("client_key 2")};
}

// A job that wrote a device as its product says and was then killed, recovered (its certificate
// revoked), leaves the device's copy for a person; the station's delete must take it from where the job
// put it. A profile made again from the journal's profile name alone looks at its default places,
// finds nothing there and reports done while the device still holds the key.
void TestAttentionAction::deleteActsWhereTheInterruptedJobWrote()
{
    QFETCH(QString, simulator);
    QFETCH(QString, profile);
    QFETCH(QStringList, written);
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(simulator));
    SmpFileLayout layout = SmpFileLayout::defaults(SmpFileLayout::Encoding::Der);
    layout.certificatePath = QStringLiteral("/lfs/tls/{slot}/device.der");
    layout.privateKeyPath = QStringLiteral("/lfs/tls/{slot}/device-key.der");
    layout.caCertificatePath = QStringLiteral("/lfs/tls/{slot}/root.der");
    {
        auto journal = std::make_unique<JobJournal>(journalFile());
        QVERIFY(journal->open());
        std::unique_ptr<SerialLink> link = m_device->openLink();
        QVERIFY(link);
        std::unique_ptr<DeviceProfile> device(DeviceProfiles::createAttached(profile, link.get()));
        QVERIFY(device);
        if (auto *smp = qobject_cast<McuMgrSmpProfile *>(device.get()))
            smp->setFileLayout(layout);
        ProvisioningJob::Settings settings;
        settings.deviceId = QStringLiteral("dev-own-places");
        settings.slot = 2;
        settings.topics = {QStringLiteral("fleet/places/up")};
        settings.port = m_device->portName();
        settings.journal = journal.get();
        settings.station = QStringLiteral("desk-2");
        auto job = std::make_unique<ProvisioningJob>(&m_foundry.client(), device.get(), settings);
        bool stopped = false;
        // Both written, neither verified: the station stops there, as a kill would stop it.
        connect(job.get(), &ProvisioningJob::stateChanged, this, [&](State state) {
            if (state != State::VerifyingCertificate)
                return;
            device->disconnect(job.get());
            stopped = true;
        });
        job->start();
        QVERIFY(QTest::qWaitFor([&stopped] { return stopped; }, 60000));
        const std::optional<JobJournal::Job> row = journal->job(job->journalId());
        QVERIFY(row);
        QString problem;
        const std::optional<DeviceAccess> access = DeviceAccess::fromJournal(row->profile, row->deviceAccess, 0, &problem);
        QVERIFY2(access, qPrintable(problem));
        QCOMPARE(access->profile, profile);
        QCOMPARE(access->baudRate, link->settings().baudRate);
        if (simulator == QLatin1String("mcumgr-smp"))
            QCOMPARE(access->smpFiles, layout);
    }
    const QStringList before = placesOnDevice();
    for (const QString &place : written)
        QVERIFY2(before.contains(place), qPrintable(before.join(QLatin1String(", "))));

    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    {
        JournalRecovery recovery(&m_foundry.client(), &journal);
        QSignalSpy recovered(&recovery, &JournalRecovery::finished);
        recovery.start();
        QVERIFY(!recovered.isEmpty() || recovered.wait(30000));
        QCOMPARE(recovery.recovered().size(), 1);
        QCOMPARE(recovery.recovered().constFirst().outcome, JournalRecovery::Outcome::Failed);
    }
    const QList<JobJournal::LeftBehindRecord> open = journal.openLeftBehind();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().item.kind, LeftBehind::Kind::DeviceHoldsCertificateAndKey);
    QCOMPARE(open.constFirst().item.action, LeftBehind::Action::DeleteFromDevice);

    AttentionAction action(setup(&journal), open.constFirst());
    QVERIFY(finish(action));
    QVERIFY2(action.state() == AttentionAction::State::Done, qPrintable(action.message()));
    // What the device holds, not what the action says.
    const QStringList after = placesOnDevice();
    for (const QString &place : written)
        QVERIFY2(!after.contains(place), qPrintable(after.join(QLatin1String(", "))));
}

void TestAttentionAction::journalRecordThatCannotBeTrustedTouchesNoDevice_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("record");
    const auto smp = [](const QString &certificate) {
        return QStringLiteral("{\"profile\":\"mcumgr-smp\",\"baud\":115200,\"smpFiles\":{\"encoding\":\"pem\","
                              "\"certificate\":\"%1\",\"privateKey\":\"/lfs/k\",\"caCertificate\":\"/lfs/ca\"}}")
            .arg(certificate);
    };
    QTest::newRow("a relative path") << QStringLiteral("mcumgr-smp") << smp(QStringLiteral("lfs/cred/{slot}/c.crt"));
    QTest::newRow("a control character in a path") << QStringLiteral("mcumgr-smp") << smp(QStringLiteral("/lfs/\\u0007c.crt"));
    QTest::newRow("two credentials in one file") << QStringLiteral("mcumgr-smp") << smp(QStringLiteral("/lfs/k"));
    QTest::newRow("no file layout") << QStringLiteral("mcumgr-smp") << QStringLiteral("{\"profile\":\"mcumgr-smp\",\"baud\":115200}");
    QTest::newRow("another profile than the job's") << QStringLiteral("station") << smp(QStringLiteral("/lfs/c"));
    QTest::newRow("an unknown ESP-AT family") << QStringLiteral("esp-at") << QStringLiteral("{\"profile\":\"esp-at:evil\",\"baud\":115200}");
    QTest::newRow("a baud rate of no number") << QStringLiteral("esp-at") << QStringLiteral("{\"profile\":\"esp-at\",\"baud\":\"fast\"}");
    QTest::newRow("a field this station does not write") << QStringLiteral("esp-at")
        << QStringLiteral("{\"profile\":\"esp-at\",\"baud\":115200,\"namespaces\":\"x\"}");
    QTest::newRow("not JSON") << QStringLiteral("esp-at") << QStringLiteral("esp-at at 115200");
}

// A shared journal's rows are foreign: a record of how the job spoke to its device that is not what
// this program writes is refused with words, and the device is not opened at all.
void TestAttentionAction::journalRecordThatCannotBeTrustedTouchesNoDevice()
{
    QFETCH(QString, profile);
    QFETCH(QString, record);
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(QStringLiteral("station")));
    qint64 jobId = 0;
    {
        JobJournal journal(journalFile());
        QVERIFY(journal.open());
        JobJournal::Job row;
        row.deviceId = QStringLiteral("dev-foreign");
        row.port = m_device->portName();
        row.profile = profile;
        row.slot = 2;
        row.deviceAccess = record;
        jobId = journal.beginJob(row);
        QVERIFY(jobId != 0);
        LeftBehind item;
        item.kind = LeftBehind::Kind::DeviceHoldsKey;
        item.action = LeftBehind::Action::DeleteFromDevice;
        item.deviceId = row.deviceId;
        item.port = row.port;
        item.slot = 2;
        item.certificateRevoked = true;
        QVERIFY(journal.finishJob(jobId, JobResult::Outcome::NeedsAttention, QStringLiteral("rollback failed"), {item}));
    }
    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    const qint64 received = qint64(m_device->status().value(QLatin1String("received")).toDouble());
    AttentionAction action(setup(&journal), journal.openLeftBehind().constFirst());
    QVERIFY(finish(action));
    QCOMPARE(action.state(), AttentionAction::State::Failed);
    QVERIFY2(action.message().contains(QLatin1String("did not touch the device")), qPrintable(action.message()));
    QVERIFY2(action.message().contains(QLatin1String("not usable")), qPrintable(action.message()));
    QCOMPARE(qint64(m_device->status().value(QLatin1String("received")).toDouble()), received);
    QCOMPARE(journal.openLeftBehind().size(), 1);
}

void TestAttentionAction::deleteOnALanesPortOrAMissingDeviceSaysWhatToDo()
{
    LeftBehind item;
    item.kind = LeftBehind::Kind::DeviceHoldsCertificateAndKey;
    item.action = LeftBehind::Action::DeleteFromDevice;
    item.certificateId = QStringLiteral("cert-x");
    item.certificateRevoked = true;
    item.deviceId = QStringLiteral("dev-away");
    item.port = m_dir->filePath(QStringLiteral("no-such-port"));
    item.slot = 3;
    QVERIFY(recordNeedsAttention({item}, item.port, QStringLiteral("station")) != 0);
    JobJournal journal(journalFile());
    QVERIFY(journal.open());

    AttentionAction::Setup laneHoldsIt = setup(&journal);
    laneHoldsIt.lanePorts = {item.port};
    AttentionAction onLane(laneHoldsIt, journal.openLeftBehind().constFirst());
    QVERIFY(finish(onLane));
    QCOMPARE(onLane.state(), AttentionAction::State::Failed);
    QVERIFY2(onLane.message().contains(QLatin1String("lane")) && onLane.message().contains(QLatin1String("slot 3")),
             qPrintable(onLane.message()));

    AttentionAction away(setup(&journal), journal.openLeftBehind().constFirst());
    QVERIFY(finish(away));
    QCOMPARE(away.state(), AttentionAction::State::Failed);
    QVERIFY2(away.message().contains(QLatin1String("Plug it in")), qPrintable(away.message()));
    QCOMPARE(journal.openLeftBehind().size(), 1);
}

void TestAttentionAction::itemOnlyAPersonCanFinishIsDoneByHand()
{
    LeftBehind item;
    item.kind = LeftBehind::Kind::CertificateMayExistUnknown;
    item.action = LeftBehind::Action::FindAndRevokeCertificate;
    item.deviceId = QStringLiteral("dev-unknown");
    item.requestedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(recordNeedsAttention({item}) != 0);
    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    QVERIFY(!AttentionAction::stationActs(item.action));

    AttentionAction tried(setup(&journal), journal.openLeftBehind().constFirst());
    QVERIFY(finish(tried));
    QCOMPARE(tried.state(), AttentionAction::State::Failed);
    QCOMPARE(journal.openLeftBehind().size(), 1);

    AttentionAction byHand(setup(&journal), journal.openLeftBehind().constFirst());
    QSignalSpy finished(&byHand, &AttentionAction::finished);
    byHand.finishByHand(QStringLiteral("Foundry support revoked 2 certificates"));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(byHand.state(), AttentionAction::State::Done);
    QVERIFY(journal.openLeftBehind().isEmpty());
    QCOMPARE(journal.leftBehind(journal.jobs().constFirst().id).constFirst().finishedHow,
             QStringLiteral("done by hand: Foundry support revoked 2 certificates"));
}

// A job left an nRF91 modem offline (AT+CFUN=4) and could not put it back: the item's button sends
// the mode it was in before, through the modem's profile, and the item is done.
void TestAttentionAction::restoreDeviceModePutsTheModemBack()
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(QStringLiteral("nrf-modem"), {QStringLiteral("--cfun"), QStringLiteral("4")}));
    LeftBehind item;
    item.kind = LeftBehind::Kind::DeviceModeNotRestored;
    item.action = LeftBehind::Action::RestoreDeviceMode;
    item.deviceId = QStringLiteral("dev-modem");
    item.port = m_device->portName();
    item.deviceState = QStringLiteral("the modem offline");
    item.restoreCommand = QByteArrayLiteral("AT+CFUN=21");
    QVERIFY(recordNeedsAttention({item}, item.port, QStringLiteral("nrf-modem")) != 0);
    JobJournal journal(journalFile());
    QVERIFY(journal.open());

    AttentionAction action(setup(&journal), journal.openLeftBehind().constFirst());
    QVERIFY(finish(action));
    QVERIFY2(action.state() == AttentionAction::State::Done, qPrintable(action.message()));
    QCOMPARE(m_device->status().value(QLatin1String("functionalMode")).toInt(), 21);
    QVERIFY(journal.openLeftBehind().isEmpty());
    QVERIFY(journal.leftBehind(journal.jobs().constFirst().id).constFirst().finishedHow.contains(QLatin1String("AT+CFUN=21")));
}

// The undo command came from the journal, which another station or a damaged file may have written:
// the message a person reads quotes it with its control characters escaped, never raw.
void TestAttentionAction::restoreCommandIsQuotedNotPassedRaw()
{
    LeftBehind item;
    item.kind = LeftBehind::Kind::DeviceModeNotRestored;
    item.action = LeftBehind::Action::RestoreDeviceMode;
    item.deviceId = QStringLiteral("dev-modem");
    item.port = m_dir->filePath(QStringLiteral("no-such-port"));
    item.deviceState = QStringLiteral("the modem offline");
    item.restoreCommand = QByteArray("AT+CFUN=21\r\nAT+X\0\x1b[2J", 21);
    QVERIFY(recordNeedsAttention({item}, item.port, QStringLiteral("nrf-modem")) != 0);
    JobJournal journal(journalFile());
    QVERIFY(journal.open());

    AttentionAction action(setup(&journal), journal.openLeftBehind().constFirst());
    QVERIFY(finish(action));
    QCOMPARE(action.state(), AttentionAction::State::Failed);
    const QString message = action.message();
    QVERIFY2(message.contains(QLatin1String("AT+CFUN=21")), qPrintable(message));
    for (QChar control : {QChar(u'\r'), QChar(u'\n'), QChar(u'\0'), QChar(u'\x1b')})
        QVERIFY2(!message.contains(control), qPrintable(message));
    QCOMPARE(journal.openLeftBehind().size(), 1);
}

// The journal cannot say which profile the item's job used: the message says the journal failed and
// what to do, not that the station has a profile with no name.
void TestAttentionAction::unreadableJournalSaysSoRatherThanNamingNoProfile()
{
    LeftBehind item;
    item.kind = LeftBehind::Kind::DeviceHoldsCertificate;
    item.action = LeftBehind::Action::DeleteFromDevice;
    item.deviceId = QStringLiteral("dev-unread");
    item.port = m_dir->filePath(QStringLiteral("no-such-port"));
    item.slot = 2;
    QVERIFY(recordNeedsAttention({item}, item.port, QStringLiteral("station")) != 0);
    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    const JobJournal::LeftBehindRecord record = journal.openLeftBehind().constFirst();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(journalFile());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE jobs RENAME TO jobs_elsewhere")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));

    AttentionAction action(setup(&journal), record);
    QVERIFY(finish(action));
    QCOMPARE(action.state(), AttentionAction::State::Failed);
    QVERIFY2(action.message().contains(QLatin1String("journal")) && action.message().contains(QLatin1String("try again")),
             qPrintable(action.message()));
    QVERIFY2(!action.message().contains(QLatin1String("no device profile")), qPrintable(action.message()));
}

void TestAttentionAction::stationRecoveryTakesWhatNoLaneOrLiveStationHolds()
{
    const GenerateResponse killed = m_foundry.generate();
    const GenerateResponse onLane = m_foundry.generate();
    QVERIFY(!killed.id().isEmpty() && !onLane.id().isEmpty());
    const auto recordKilled = [this](const GenerateResponse &issued, const QString &device, const QString &port) {
        // Its own instance, destroyed at the end: as if the station that ran the job was killed.
        JobJournal journal(journalFile());
        if (!journal.open())
            return qint64(0);
        JobJournal::Job row;
        row.deviceId = device;
        row.port = port;
        row.profile = QStringLiteral("station");
        row.slot = 2;
        const qint64 id = journal.beginJob(row);
        journal.setCertificate(id, issued.id(), issued.arn());
        for (State state : {State::Identifying, State::Generating, State::CheckingBundle})
            journal.finishStep(journal.beginStep(id, state), true);
        journal.beginStep(id, State::WritingCertificate);
        return id;
    };
    const qint64 killedId = recordKilled(killed, QStringLiteral("dev-killed"), QStringLiteral("/dev/ttyGONE1"));
    const qint64 laneId = recordKilled(onLane, QStringLiteral("dev-lane"), QStringLiteral("/dev/ttyLANE1"));
    QVERIFY(killedId != 0 && laneId != 0);

    JobJournal journal(journalFile());
    QVERIFY(journal.open());
    // A job of this process, still running: not to be taken.
    JobJournal::Job running;
    running.deviceId = QStringLiteral("dev-running");
    QVERIFY(journal.beginJob(running) != 0);

    StationRecovery recovery;
    recovery.setLanePorts([] { return QStringList{QStringLiteral("/dev/ttyLANE1")}; });
    QSignalSpy pending(&recovery, &StationRecovery::pendingChanged);
    recovery.setSources(&m_foundry.client(), &journal, SerialSettings());
    QCOMPARE(recovery.pendingCount(), 1);
    QCOMPARE(pending.size(), 1);
    QVERIFY(recovery.oldestPending().isValid());
    const QString offer = StationRecovery::offer(1, recovery.oldestPending());
    QVERIFY2(offer.startsWith(QLatin1String("1 unfinished job")), qPrintable(offer));

    QSignalSpy finished(&recovery, &StationRecovery::finished);
    QSignalSpy progress(&recovery, &StationRecovery::progress);
    recovery.start();
    QCOMPARE(recovery.state(), StationRecovery::State::Recovering);
    QVERIFY(finished.wait(30000));
    QCOMPARE(recovery.recovered().size(), 1);
    QCOMPARE(recovery.recovered().constFirst().job.id, killedId);
    QCOMPARE(progress.constLast().at(0).toInt(), 1);
    QVERIFY2(recovery.outcome().startsWith(QLatin1String("1 job")) && recovery.outcome().contains(QLatin1String("rolled back")), qPrintable(recovery.outcome()));
    QCOMPARE(recovery.pendingCount(), 0);
    QVERIFY(!m_foundry.emulator().certificate(killed.id()));
    // The lane's port is the lane's to recover.
    QVERIFY(m_foundry.emulator().certificate(onLane.id()));
    QCOMPARE(journal.job(laneId)->outcome, JobResult::Outcome::Pending);
    // What the device may hold is left for a person, in the journal.
    const QList<JobJournal::LeftBehindRecord> items = journal.leftBehind(killedId);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().item.kind, LeftBehind::Kind::DeviceHoldsCertificate);
    QCOMPARE(items.constFirst().item.action, LeftBehind::Action::DeleteFromDevice);
}

// The window's settings change while recovery waits for Foundry: the journal it writes goes away, and
// the recovery is dropped with it rather than write to it; the job stays unfinished for the next one.
void TestAttentionAction::stationRecoveryIsDroppedWhenItsJournalGoes()
{
    const GenerateResponse issued = m_foundry.generate();
    {
        JobJournal killed(journalFile());
        QVERIFY(killed.open());
        JobJournal::Job row;
        row.deviceId = QStringLiteral("dev-abandoned");
        const qint64 id = killed.beginJob(row);
        QVERIFY(killed.setCertificate(id, issued.id(), issued.arn()));
        killed.beginStep(id, State::WritingCertificate);
    }
    QString error;
    QVERIFY2(m_foundry.addFault(QStringLiteral("slow@revoke=500"), &error), qPrintable(error));
    auto journal = std::make_unique<JobJournal>(journalFile());
    QVERIFY(journal->open());
    StationRecovery recovery;
    recovery.setSources(&m_foundry.client(), journal.get(), SerialSettings());
    QCOMPARE(recovery.pendingCount(), 1);
    QSignalSpy finished(&recovery, &StationRecovery::finished);
    recovery.start();
    QCOMPARE(recovery.state(), StationRecovery::State::Recovering);
    journal.reset();
    QCOMPARE(recovery.state(), StationRecovery::State::Idle);
    // Foundry's late answer reaches nobody.
    QTest::qWait(800);
    QVERIFY(finished.isEmpty());
    JobJournal reader(journalFile());
    QVERIFY(reader.open());
    QCOMPARE(reader.unfinishedJobs().size(), 1);
}

FOUNDRY_TEST_MAIN(TestAttentionAction)
#include "tst_attentionaction.moc"
