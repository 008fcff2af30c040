#include "credentials/CertificateBundle.h"
#include "device/DeviceInspection.h"
#include "device/DeviceProfiles.h"
#include "device/SerialLink.h"
#include "device/profiles/EspAtProfile.h"
#include "jobs/ProductProfile.h"
#include "EmulatedFoundry.h"
#include "SimulatedDevice.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace std::chrono_literals;

// The ESP-AT profile against the device simulator's ESP-AT module on a real pseudo-terminal,
// through the station's own serial link; detection against the nRF91 modem, which answers AT too;
// and the command line provisioning a module end to end, through the module's faults.
class TestEspAtProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writeVerifyListDelete_data();
    void writeVerifyListDelete();
    void faults_data();
    void faults();
    void partitionFull();
    void slowLineReadBack();
    void deletingWhatIsNotThere();
    void hostileAnswers_data();
    void hostileAnswers();
    void detection_data();
    void detection();
    void inspectCommand();
    void provisionCommand_data();
    void provisionCommand();
    void productNamesTheNamespaces();
    void provisionIntoClientNamespaces();

private:
    bool startDevice(const QString &profile, const QStringList &extra);
    // The message of the first failure the profile reported, for a failed wait.
    QString failure() const;

    EmulatedFoundry m_foundry{QStringLiteral("esp-at-test-token")};
    QCA::SecureArray m_certificate;
    QString m_certificateId;
    QCA::SecureArray m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<SerialLink> m_link;
    std::unique_ptr<EspAtProfile> m_profile;
    std::unique_ptr<QSignalSpy> m_failed;
};

void TestEspAtProfile::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
    const CertificateBundle bundle = m_foundry.checkedBundle();
    QVERIFY(bundle.isValid());
    m_certificate = QCA::SecureArray(bundle.certificatePem());
    m_certificateId = bundle.id();
    m_key = bundle.privateKeyPem();
}

void TestEspAtProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEspAtProfile::cleanup()
{
    // The port closes before the device's side of the pseudo-terminal goes away.
    m_failed.reset();
    m_profile.reset();
    m_link.reset();
    m_device.reset();
}

bool TestEspAtProfile::startDevice(const QString &profile, const QStringList &extra)
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    if (!m_device->start(profile, extra))
        return false;
    m_link = m_device->openLink();
    if (!m_link)
        return false;
    m_profile = std::make_unique<EspAtProfile>();
    m_profile->attach(m_link.get());
    m_failed = std::make_unique<QSignalSpy>(m_profile.get(), &DeviceProfile::operationFailed);
    return true;
}

QString TestEspAtProfile::failure() const
{
    return !m_failed || m_failed->isEmpty() ? QString() : m_failed->constFirst().constFirst().value<DeviceError>().message;
}

void TestEspAtProfile::writeVerifyListDelete_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("baud");
    QTest::newRow("mqtt, 115200") << QStringLiteral("mqtt") << 1 << QStringLiteral("115200");
    QTest::newRow("mqtt, 921600") << QStringLiteral("mqtt") << 1 << QStringLiteral("921600");
    QTest::newRow("mqtt, 9600") << QStringLiteral("mqtt") << 1 << QStringLiteral("9600");
    QTest::newRow("client set 1") << QStringLiteral("client") << 1 << QStringLiteral("115200");
}

void TestEspAtProfile::writeVerifyListDelete()
{
    QFETCH(QString, family);
    QFETCH(int, slot);
    QFETCH(QString, baud);
    QVERIFY(startDevice(QStringLiteral("esp-at"), {QStringLiteral("--baud"), baud}));
    m_profile->setNamespaces(*EspAtProfile::namespaces(family));
    QSignalSpy identified(m_profile.get(), &DeviceProfile::identified);
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    QSignalSpy verified(m_profile.get(), &DeviceProfile::credentialVerified);
    QSignalSpy listed(m_profile.get(), &DeviceProfile::credentialsListed);
    QSignalSpy deleted(m_profile.get(), &DeviceProfile::credentialDeleted);

    m_profile->identify();
    QVERIFY2(identified.wait(10000), qPrintable(failure()));
    const DeviceIdentity identity = identified.constFirst().constFirst().value<DeviceIdentity>();
    QCOMPARE(identity.profile, QStringLiteral("esp-at"));
    QCOMPARE(identity.serialNumber, QStringLiteral("24:0a:c4:00:00:01"));
    QVERIFY2(identity.firmwareVersion.startsWith(QLatin1String("4.0.0.0")), qPrintable(identity.firmwareVersion));

    for (const auto &[kind, pem] : {std::pair{CredentialKind::Certificate, m_certificate}, std::pair{CredentialKind::PrivateKey, m_key}}) {
        m_profile->writeCredential(slot, kind, pem);
        QVERIFY2(written.wait(20000), qPrintable(failure()));
        m_profile->verifyCredential(slot, kind, pem);
        QVERIFY2(verified.wait(10000), qPrintable(failure()));
    }

    // The module holds exactly what was issued, under the namespaces' keys.
    const QJsonArray stored = m_device->storedCredentials();
    QCOMPARE(stored.size(), 2);
    // The simulator records a value's namespace as its type.
    const EspAtProfile::Namespaces namespaces = *EspAtProfile::namespaces(family);
    for (const QJsonValue &value : stored) {
        const QJsonObject credential = value.toObject();
        QCOMPARE(credential.value(QLatin1String("tag")).toInt(), family == QLatin1String("mqtt") ? 0 : slot);
        if (credential.value(QLatin1String("secret")).toBool()) {
            QCOMPARE(credential.value(QLatin1String("type")).toString(), QString::fromLatin1(namespaces.privateKey));
            QVERIFY(!credential.contains(QLatin1String("data")));
            QCOMPARE(credential.value(QLatin1String("sha256")).toString(),
                     QString::fromLatin1(m_profile->expectedDigest(CredentialKind::PrivateKey, m_key).toHex()));
        } else {
            QCOMPARE(credential.value(QLatin1String("type")).toString(), QString::fromLatin1(namespaces.certificate));
            QCOMPARE(QByteArray::fromBase64(credential.value(QLatin1String("data")).toString().toLatin1()),
                     m_certificate.toByteArray());
        }
    }

    m_profile->listCredentials(slot);
    QVERIFY2(listed.wait(10000), qPrintable(failure()));
    const QList<StoredCredential> credentials = listed.constLast().constFirst().value<QList<StoredCredential>>();
    QCOMPARE(credentials.size(), 2);
    for (const StoredCredential &credential : credentials) {
        QCOMPARE(credential.slot, slot);
        QCOMPARE(credential.sha256, m_profile->expectedDigest(credential.kind,
                                                              credential.kind == CredentialKind::PrivateKey ? m_key : m_certificate));
    }

    m_profile->deleteCredential(slot, CredentialKind::PrivateKey);
    QVERIFY2(deleted.wait(10000), qPrintable(failure()));
    QCOMPARE(m_device->storedCredentials().size(), 1);
    QVERIFY(m_failed->isEmpty());

    const QJsonObject status = m_device->status();
    QCOMPARE(status.value(QLatin1String("dropped")).toDouble(), 0.0);
    QCOMPARE(status.value(QLatin1String("echo")).toBool(true), false);
}

void TestEspAtProfile::faults_data()
{
    QTest::addColumn<QString>("fault");
    // -1: the write and its verification succeed after all.
    QTest::addColumn<int>("kind");
    // A module still busy with the command before drops the next: it is sent again.
    QTest::newRow("busy three times") << QStringLiteral("busyx3") << -1;
    // The OK after the bytes is lost, but the value was stored: reading it back tells.
    QTest::newRow("lost OK") << QStringLiteral("lost-ok") << -1;
    QTest::newRow("always busy") << QStringLiteral("busyx*") << int(DeviceError::Kind::Timeout);
    QTest::newRow("stops answering") << QStringLiteral("stop-answeringx*") << int(DeviceError::Kind::Timeout);
    QTest::newRow("rejects the write") << QStringLiteral("reject-write") << int(DeviceError::Kind::CapacityTooSmall);
    QTest::newRow("stores a wrong byte") << QStringLiteral("corrupt-byte") << int(DeviceError::Kind::VerificationMismatch);
    QTest::newRow("reads back differently") << QStringLiteral("wrong-digest") << int(DeviceError::Kind::VerificationMismatch);
}

void TestEspAtProfile::faults()
{
    QFETCH(QString, fault);
    QFETCH(int, kind);
    QVERIFY(startDevice(QStringLiteral("esp-at"), {QStringLiteral("--fault"), fault}));
    m_profile->setTimeouts({1500ms, 3000ms});
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    QSignalSpy verified(m_profile.get(), &DeviceProfile::credentialVerified);

    m_profile->writeCredential(1, CredentialKind::PrivateKey, m_key);
    QVERIFY(QTest::qWaitFor([&] { return !written.isEmpty() || !m_failed->isEmpty(); }, 30000));
    if (!written.isEmpty()) {
        m_profile->verifyCredential(1, CredentialKind::PrivateKey, m_key);
        QVERIFY(QTest::qWaitFor([&] { return !verified.isEmpty() || !m_failed->isEmpty(); }, 20000));
    }
    QVERIFY(!m_profile->isBusy());
    if (kind < 0) {
        QVERIFY2(m_failed->isEmpty(), qPrintable(failure()));
        QCOMPARE(verified.size(), 1);
        return;
    }
    QVERIFY(verified.isEmpty());
    QCOMPARE(m_failed->size(), 1);
    const auto error = m_failed->constFirst().constFirst().value<DeviceError>();
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.step.contains(QLatin1String("private key")), qPrintable(error.step));
    QVERIFY2(error.message.size() > 30, qPrintable(error.message));
    // Nothing of the key reaches a message.
    QVERIFY(!error.message.contains(QLatin1String("PRIVATE KEY")));
    QVERIFY(!error.message.contains(QString::fromLatin1(m_key.toByteArray().mid(40, 24))));
}

// The manufacturing NVS partition has room for the certificate but not the key as well.
void TestEspAtProfile::partitionFull()
{
    QVERIFY(startDevice(QStringLiteral("esp-at"), {QStringLiteral("--nvs-size"), QStringLiteral("8192")}));
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    m_profile->writeCredential(1, CredentialKind::Certificate, m_certificate);
    QVERIFY2(written.wait(20000), qPrintable(failure()));
    m_profile->writeCredential(1, CredentialKind::PrivateKey, m_key);
    QVERIFY(m_failed->wait(20000));
    const auto error = m_failed->constFirst().constFirst().value<DeviceError>();
    QCOMPARE(error.kind, DeviceError::Kind::CapacityTooSmall);
    QVERIFY2(error.message.contains(QLatin1String("NVS")), qPrintable(error.message));
    QCOMPARE(m_device->storedCredentials().size(), 1);
}

// At 9600 baud a key takes almost two seconds to come back, far longer than a command may take to be
// answered: the wait allows for the value's bytes once their length is announced.
void TestEspAtProfile::slowLineReadBack()
{
    QVERIFY(startDevice(QStringLiteral("esp-at"), {QStringLiteral("--baud"), QStringLiteral("9600")}));
    m_profile->setTimeouts({300ms, 3000ms});
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    QSignalSpy verified(m_profile.get(), &DeviceProfile::credentialVerified);
    m_profile->writeCredential(1, CredentialKind::PrivateKey, m_key);
    QVERIFY2(written.wait(20000), qPrintable(failure()));
    m_profile->verifyCredential(1, CredentialKind::PrivateKey, m_key);
    QVERIFY2(verified.wait(20000), qPrintable(failure()));
    QVERIFY(m_failed->isEmpty());
}

// A rollback erases what may never have been written: NVS refuses to erase a key it does not have,
// and the profile finds out that the key is not there.
void TestEspAtProfile::deletingWhatIsNotThere()
{
    QVERIFY(startDevice(QStringLiteral("esp-at"), {}));
    QSignalSpy deleted(m_profile.get(), &DeviceProfile::credentialDeleted);
    m_profile->deleteCredential(1, CredentialKind::PrivateKey);
    QVERIFY2(deleted.wait(10000), qPrintable(failure()));
    QVERIFY(m_failed->isEmpty());
}

void TestEspAtProfile::hostileAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("kind");
    // A length no credential has: refused before anything is read.
    QTest::newRow("huge length") << QByteArray("+SYSMFG:\"mqtt_cert\",\"mqtt_cert\",8,999999999,") << int(DeviceError::Kind::Protocol);
    // Control characters around a value that is not there: nothing is listed, nothing breaks.
    QTest::newRow("escapes") << QByteArray("\x1b]0;owned\x07\x1b[2J+SYSMFG:\"mqtt\r\nERROR\r\n") << -1;
}

// Bytes of a module that lies, fed to the profile directly.
void TestEspAtProfile::hostileAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, kind);
    EspAtProfile profile;
    QSignalSpy written(&profile, &DeviceProfile::writeRequested);
    QSignalSpy listed(&profile, &DeviceProfile::credentialsListed);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.readCertificate(0, CredentialKind::Certificate);
    // AT, ATE0, then the read.
    profile.receiveBytes("OK\r\n");
    profile.receiveBytes("OK\r\n");
    QCOMPARE(written.size(), 3);
    QVERIFY(written.constLast().constFirst().toByteArray().startsWith("AT+SYSMFG=1,\"mqtt_cert\",\"mqtt_cert\""));
    profile.receiveBytes(answer);
    QCOMPARE(failed.size(), 1);
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    if (kind >= 0)
        QCOMPARE(int(error.kind), kind);
    QVERIFY(!error.message.contains(QChar(0x1b)));
    QVERIFY(!profile.isBusy());
}

void TestEspAtProfile::detection_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("serialNumber");
    QTest::newRow("esp-at") << QStringLiteral("esp-at") << QStringLiteral("24:0a:c4:00:00:01");
    QTest::newRow("nrf-modem") << QStringLiteral("nrf-modem") << QStringLiteral("352656100367872");
}

// Both answer the probe's AT with OK: what they answer to AT+CGSN and AT+GMR tells them apart.
void TestEspAtProfile::detection()
{
    QFETCH(QString, profile);
    QFETCH(QString, serialNumber);
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(profile, {}));
    SerialSettings settings;
    settings.portName = m_device->portName();
    DeviceInspection inspection(settings, QString(DeviceInspection::automatic), std::nullopt);
    inspection.setIdentifyOnly(true);
    QSignalSpy finished(&inspection, &DeviceInspection::finished);
    inspection.start();
    QVERIFY(finished.wait(20000));
    QVERIFY2(!inspection.error(), qPrintable(inspection.error() ? inspection.error()->message : QString()));
    QCOMPARE(inspection.profileName(), profile);
    QCOMPARE(inspection.identity().serialNumber, serialNumber);
}

void TestEspAtProfile::inspectCommand()
{
    QVERIFY(startDevice(QStringLiteral("esp-at"), {}));
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    m_profile->writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY2(written.wait(20000), qPrintable(failure()));
    m_profile->writeCredential(0, CredentialKind::PrivateKey, m_key);
    QVERIFY2(written.wait(20000), qPrintable(failure()));
    const QString port = m_link->settings().portName;
    m_failed.reset();
    m_profile.reset();
    m_link.reset();

    QProcess cli;
    cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"),
              {QStringLiteral("inspect"), QStringLiteral("--port"), port, QStringLiteral("--json")});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const QByteArray output = cli.readAllStandardOutput();
    const QJsonObject result = QJsonDocument::fromJson(output).object();
    QCOMPARE(result.value(QLatin1String("profile")).toString(), QStringLiteral("esp-at"));
    QCOMPARE(result.value(QLatin1String("identity")).toObject().value(QLatin1String("serialNumber")).toString(),
             QStringLiteral("24:0a:c4:00:00:01"));
    const QJsonArray credentials = result.value(QLatin1String("credentials")).toArray();
    QCOMPARE(credentials.size(), 2);
    for (const QJsonValue &value : credentials) {
        const QJsonObject credential = value.toObject();
        QCOMPARE(credential.value(QLatin1String("slot")).toInt(), 0);
        const bool key = credential.value(QLatin1String("kind")).toString() != QLatin1String("certificate");
        QCOMPARE(credential.value(QLatin1String("sha256")).toString(),
                 QString::fromLatin1(EspAtProfile().expectedDigest(CredentialKind::Certificate, key ? m_key : m_certificate).toHex()));
        if (!key)
            QCOMPARE(credential.value(QLatin1String("certificateId")).toString(), m_certificateId);
    }
    // The key was read back to be digested, and never shown.
    QVERIFY(!output.contains("PRIVATE KEY"));
}

void TestEspAtProfile::provisionCommand_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("clean") << QString() << QStringLiteral("done");
    QTest::newRow("busy twice") << QStringLiteral("busyx2") << QStringLiteral("done");
    QTest::newRow("lost OK") << QStringLiteral("lost-ok") << QStringLiteral("done");
    // The read-back differs: the job rolls back, erasing what it wrote and revoking the certificate.
    QTest::newRow("read-back differs") << QStringLiteral("wrong-digest") << QStringLiteral("failed");
}

// As a technician runs it: the profile found by probing, everything through the command line.
void TestEspAtProfile::provisionCommand()
{
    QFETCH(QString, fault);
    QFETCH(QString, outcome);
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(QStringLiteral("esp-at"), fault.isEmpty() ? QStringList() : QStringList{QStringLiteral("--fault"), fault}));

    QProcess cli;
    m_foundry.startCli(cli, {QStringLiteral("provision"), QStringLiteral("--port"), m_device->portName(),
                             QStringLiteral("--device-id"), QStringLiteral("esp-dev"), QStringLiteral("--topics-template"),
                             QStringLiteral("esp/{deviceId}"), QStringLiteral("--journal"),
                             m_dir->filePath(QStringLiteral("journal.sqlite")), QStringLiteral("--json")});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 90000));
    const QByteArray output = cli.readAllStandardOutput();
    const QByteArray errors = cli.readAllStandardError();
    const QJsonObject result = QJsonDocument::fromJson(output).object();
    QVERIFY2(result.value(QLatin1String("outcome")).toString() == outcome, (output + errors).constData());
    QCOMPARE(result.value(QLatin1String("profile")).toString(), QStringLiteral("esp-at"));
    QVERIFY(!output.contains("PRIVATE KEY") && !errors.contains("PRIVATE KEY"));
    const QString certificateId = result.value(QLatin1String("certId")).toString();
    QVERIFY(!certificateId.isEmpty());
    const std::optional<EmulatorCertificate> issued = m_foundry.emulator().certificate(certificateId);
    const QJsonArray stored = m_device->storedCredentials();
    if (outcome == QLatin1String("done")) {
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(issued);
        QCOMPARE(issued->status, EmulatorCertificate::Status::Active);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(m_device->status().value(QLatin1String("busyAnswers")).toInt(), fault.startsWith(QLatin1String("busy")) ? 2 : 0);
        return;
    }
    QVERIFY(cli.exitCode() != 0);
    // A clean rollback: nothing left on the module, and the certificate revoked (gone from Foundry)
    // without ever being active.
    QVERIFY2(stored.isEmpty(), QJsonDocument(stored).toJson().constData());
    QVERIFY(!issued || issued->status != EmulatorCertificate::Status::Active);
    QVERIFY2(result.value(QLatin1String("outcome")).toString() == QLatin1String("failed"), output.constData());
}

// A product names ESP-AT's namespaces through its device profile: esp-at for MQTT's, esp-at:client
// and the like for the others.
void TestEspAtProfile::productNamesTheNamespaces()
{
    ProductProfile product;
    product.name = QStringLiteral("esp-product");
    product.topicTemplates = {QStringLiteral("esp/{deviceId}")};
    for (const QString &known : {QStringLiteral("esp-at"), QStringLiteral("esp-at:client"), QStringLiteral("esp-at:wss")}) {
        product.deviceProfile = known;
        QVERIFY2(product.problems().isEmpty(), qPrintable(product.problems().join(QLatin1Char('\n'))));
    }
    product.deviceProfile = QStringLiteral("esp-at:nope");
    QVERIFY(product.problems().join(QLatin1Char(' ')).contains(QLatin1String("esp-at:nope")));
    QVERIFY(DeviceProfiles::variants().contains(QStringLiteral("esp-at:https")));

    std::unique_ptr<DeviceProfile> profile(DeviceProfiles::create(QStringLiteral("esp-at:https")));
    const auto *espAt = qobject_cast<EspAtProfile *>(profile.get());
    QVERIFY(espAt);
    QCOMPARE(espAt->credentialNamespaces(), *EspAtProfile::namespaces(QStringLiteral("https")));
    QVERIFY(!DeviceProfiles::create(QStringLiteral("esp-at:")));
}

void TestEspAtProfile::provisionIntoClientNamespaces()
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(QStringLiteral("esp-at"), {}));
    QProcess cli;
    m_foundry.startCli(cli, {QStringLiteral("provision"), QStringLiteral("--port"), m_device->portName(),
                             QStringLiteral("--profile"), QStringLiteral("esp-at:client"), QStringLiteral("--slot"),
                             QStringLiteral("1"), QStringLiteral("--device-id"), QStringLiteral("esp-client"),
                             QStringLiteral("--topics-template"), QStringLiteral("esp/{deviceId}"), QStringLiteral("--journal"),
                             m_dir->filePath(QStringLiteral("journal.sqlite")), QStringLiteral("--json")});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 90000));
    const QByteArray output = cli.readAllStandardOutput();
    QVERIFY2(cli.exitCode() == 0, (output + cli.readAllStandardError()).constData());
    QCOMPARE(QJsonDocument::fromJson(output).object().value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    const QJsonArray stored = m_device->storedCredentials();
    QCOMPARE(stored.size(), 2);
    QStringList namespaces;
    for (const QJsonValue &value : stored) {
        QCOMPARE(value.toObject().value(QLatin1String("tag")).toInt(), 1);
        namespaces << value.toObject().value(QLatin1String("type")).toString();
    }
    namespaces.sort();
    QCOMPARE(namespaces, (QStringList{QStringLiteral("client_cert"), QStringLiteral("client_key")}));
}

FOUNDRY_TEST_MAIN(TestEspAtProfile)
#include "tst_espatprofile.moc"
