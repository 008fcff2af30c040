#include "credentials/CertificateBundle.h"
#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "device/SerialLink.h"
#include "device/profiles/McuMgrSmpProfile.h"
#include "EmulatedFoundry.h"
#include "SimulatedDevice.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace std::chrono_literals;

// The mcumgr-smp profile against the device simulator's own MCUmgr device on a real
// pseudo-terminal, through the station's serial link: what the device's files hold must be exactly
// what was issued, and every fault of the line ends in a retry or a clean failure.
class TestMcuMgrSmpProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void identifies();
    void identityTextIsEscaped();
    void writeVerifyListDelete_data();
    void writeVerifyListDelete();
    void faultsEndInARetry_data();
    void faultsEndInARetry();
    void faultsEndInAFailure_data();
    void faultsEndInAFailure();
    void plainShellIsNotTakenForSmp();
    void certificateThatIsNoDerFails();
    void inspectCommand();
    void provisionWithAProductInDer();

private:
    bool startDevice(const QStringList &extra, const QString &simulated = QStringLiteral("mcumgr-smp"));
    QString failure(const QSignalSpy &failed) const
    {
        return failed.isEmpty() ? QString() : failed.constFirst().constFirst().value<DeviceError>().message;
    }

    EmulatedFoundry m_foundry{QStringLiteral("device-test-token")};
    QCA::SecureArray m_certificate;
    QString m_certificateId;
    QCA::SecureArray m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<SerialLink> m_link;
    std::unique_ptr<McuMgrSmpProfile> m_profile;
};

void TestMcuMgrSmpProfile::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
    const CertificateBundle bundle = m_foundry.checkedBundle();
    QVERIFY(bundle.isValid());
    m_certificate = QCA::SecureArray(bundle.certificatePem());
    m_certificateId = bundle.id();
    m_key = bundle.privateKeyPem();
}

void TestMcuMgrSmpProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMcuMgrSmpProfile::cleanup()
{
    m_profile.reset();
    m_link.reset();
    m_device.reset();
}

bool TestMcuMgrSmpProfile::startDevice(const QStringList &extra, const QString &simulated)
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    if (!m_device->start(simulated, extra))
        return false;
    m_link = m_device->openLink();
    if (!m_link)
        return false;
    m_profile.reset(static_cast<McuMgrSmpProfile *>(DeviceProfiles::createAttached(QStringLiteral("mcumgr-smp"), m_link.get())));
    return m_profile != nullptr;
}

void TestMcuMgrSmpProfile::identifies()
{
    QVERIFY(startDevice({QStringLiteral("--serial"), QStringLiteral("unit-0042"), QStringLiteral("--firmware"),
                         QStringLiteral("3.7.1")}));
    QSignalSpy identified(m_profile.get(), &DeviceProfile::identified);
    QSignalSpy failed(m_profile.get(), &DeviceProfile::operationFailed);
    m_profile->identify();
    QVERIFY2(identified.wait(10000), qPrintable(failure(failed)));
    const DeviceIdentity identity = identified.constFirst().constFirst().value<DeviceIdentity>();
    QCOMPARE(identity.profile, QStringLiteral("mcumgr-smp"));
    QCOMPARE(identity.serialNumber, QStringLiteral("unit-0042"));
    QCOMPARE(identity.firmwareVersion, QStringLiteral("3.7.1"));
    // The buffer the device reported (Zephyr's default, the simulator's) is what uploads are cut to.
    QVERIFY(std::any_of(identity.details.cbegin(), identity.details.cend(), [](const auto &detail) {
        return detail.second == QStringLiteral("384 bytes");
    }));
}

// The node name and release are the device's own text: control characters in them reach the identity
// (and the terminal, the journal, a topic) only escaped.
void TestMcuMgrSmpProfile::identityTextIsEscaped()
{
    QVERIFY(startDevice({QStringLiteral("--serial"), QStringLiteral("unit\x1b[2J0042"), QStringLiteral("--firmware"),
                         QStringLiteral("3.7.1\a")}));
    QSignalSpy identified(m_profile.get(), &DeviceProfile::identified);
    QSignalSpy failed(m_profile.get(), &DeviceProfile::operationFailed);
    m_profile->identify();
    QVERIFY2(identified.wait(10000), qPrintable(failure(failed)));
    const DeviceIdentity identity = identified.constFirst().constFirst().value<DeviceIdentity>();
    QCOMPARE(identity.serialNumber, QStringLiteral("unit\\x1b[2J0042"));
    QCOMPARE(identity.firmwareVersion, QStringLiteral("3.7.1\\x07"));
    const auto os = std::find_if(identity.details.cbegin(), identity.details.cend(),
                                 [](const auto &detail) { return detail.second.startsWith(QLatin1String("Zephyr ")); });
    QVERIFY(os != identity.details.cend());
    QVERIFY2(os->second.contains(QLatin1String("unit\\x1b[2J0042")), qPrintable(os->second));
    QVERIFY2(!os->second.contains(QChar(0x1b)) && !os->second.contains(QChar(0x07)), qPrintable(os->second));
}

void TestMcuMgrSmpProfile::writeVerifyListDelete_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("der");
    QTest::newRow("defaults") << QStringList() << false;
    QTest::newRow("DER") << QStringList() << true;
    // Without SHA-256 in the firmware: read back, hashed on the host.
    QTest::newRow("CRC32 only") << QStringList{QStringLiteral("--smp-crc32-only")} << false;
    // Version 1 answers ("rc" alone) instead of version 2's "err".
    QTest::newRow("SMP version 1") << QStringList{QStringLiteral("--smp-version1")} << false;
    // A small buffer: many small chunks, each framed in one 127-byte frame.
    QTest::newRow("96-byte buffer") << QStringList{QStringLiteral("--line-max"), QStringLiteral("96")} << false;
    QTest::newRow("9600 baud") << QStringList{QStringLiteral("--baud"), QStringLiteral("9600")} << false;
    // Log lines between the answers' frames, and in the middle of a request's.
    QTest::newRow("logging") << QStringList{QStringLiteral("--log-noise"), QStringLiteral("20")} << false;
    QTest::newRow("921600 baud") << QStringList{QStringLiteral("--baud"), QStringLiteral("921600")} << false;
}

void TestMcuMgrSmpProfile::writeVerifyListDelete()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, der);
    QVERIFY(startDevice(extra));
    if (der)
        m_profile->setFileLayout(SmpFileLayout::defaults(SmpFileLayout::Encoding::Der));
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    QSignalSpy progress(m_profile.get(), &DeviceProfile::writeProgress);
    QSignalSpy verified(m_profile.get(), &DeviceProfile::credentialVerified);
    QSignalSpy listed(m_profile.get(), &DeviceProfile::credentialsListed);
    QSignalSpy deleted(m_profile.get(), &DeviceProfile::credentialDeleted);
    QSignalSpy failed(m_profile.get(), &DeviceProfile::operationFailed);

    for (const auto &[kind, pem] : {std::pair{CredentialKind::Certificate, m_certificate}, std::pair{CredentialKind::PrivateKey, m_key}}) {
        m_profile->writeCredential(3, kind, pem);
        QVERIFY2(written.wait(30000), qPrintable(failure(failed)));
        m_profile->verifyCredential(3, kind, pem);
        QVERIFY2(verified.wait(20000), qPrintable(failure(failed)));
    }
    // Progress rose in several steps as the device confirmed chunks.
    QVERIFY(progress.size() > 3);

    const QJsonArray stored = m_device->storedCredentials();
    QCOMPARE(stored.size(), 2);
    for (const QJsonValue &value : stored) {
        const QJsonObject credential = value.toObject();
        QCOMPARE(credential.value(QLatin1String("tag")).toInt(), 3);
        if (credential.value(QLatin1String("secret")).toBool()) {
            QVERIFY(!credential.contains(QLatin1String("data")));
            QCOMPARE(credential.value(QLatin1String("sha256")).toString(),
                     QString::fromLatin1(m_profile->expectedDigest(CredentialKind::PrivateKey, m_key).toHex()));
        } else {
            const QByteArray data = QByteArray::fromBase64(credential.value(QLatin1String("data")).toString().toLatin1());
            if (der)
                QCOMPARE(QCA::Certificate::fromDER(data).toPEM().toLatin1(), QCA::Certificate::fromPEM(QString::fromLatin1(m_certificate.toByteArray())).toPEM().toLatin1());
            else
                QCOMPARE(data, m_certificate.toByteArray());
        }
    }

    m_profile->listCredentials(3);
    QVERIFY2(listed.wait(20000), qPrintable(failure(failed)));
    const QList<StoredCredential> credentials = listed.constLast().constFirst().value<QList<StoredCredential>>();
    QCOMPARE(credentials.size(), 2);
    QCOMPARE(credentials.at(0).sha256, m_profile->expectedDigest(CredentialKind::Certificate, m_certificate));

    m_profile->deleteCredential(3, CredentialKind::PrivateKey);
    QVERIFY2(deleted.wait(20000), qPrintable(failure(failed)));
    QCOMPARE(m_device->storedCredentials().size(), 1);
    // Deleting what is not there is no failure.
    m_profile->deleteCredential(3, CredentialKind::PrivateKey);
    QVERIFY2(deleted.wait(20000), qPrintable(failure(failed)));
    QVERIFY(failed.isEmpty());

    const QJsonObject status = m_device->status();
    QCOMPARE(status.value(QLatin1String("dropped")).toDouble(), 0.0);
}

void TestMcuMgrSmpProfile::faultsEndInARetry_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("dropped frame") << QStringLiteral("drop-frame");
    QTest::newRow("two dropped frames") << QStringLiteral("drop-framex2");
    QTest::newRow("CRC error") << QStringLiteral("crc-error");
    QTest::newRow("offset mismatch") << QStringLiteral("offset-mismatchx2");
    QTest::newRow("buffer too small") << QStringLiteral("buffer-too-small");
    QTest::newRow("lost answer") << QStringLiteral("lost-answer");
}

// Each fault strikes the first requests (parameters, and the upload's first chunks once the
// profile knows the device): the profile sends again or resumes, and the file still ends up exact.
void TestMcuMgrSmpProfile::faultsEndInARetry()
{
    QFETCH(QString, fault);
    QVERIFY(startDevice({}));
    m_profile->setTimeouts({1200ms, 3000ms});
    QSignalSpy identified(m_profile.get(), &DeviceProfile::identified);
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    QSignalSpy verified(m_profile.get(), &DeviceProfile::credentialVerified);
    QSignalSpy failed(m_profile.get(), &DeviceProfile::operationFailed);
    m_profile->identify();
    QVERIFY2(identified.wait(10000), qPrintable(failure(failed)));
    // Faults added now strike the write.
    QVERIFY(m_device->control(QStringLiteral("fault ") + fault).startsWith(QLatin1String("ok")));

    m_profile->writeCredential(1, CredentialKind::PrivateKey, m_key);
    QVERIFY2(written.wait(20000), qPrintable(failure(failed)));
    m_profile->verifyCredential(1, CredentialKind::PrivateKey, m_key);
    QVERIFY2(verified.wait(20000), qPrintable(failure(failed)));
    QVERIFY(failed.isEmpty());
    // The fault did strike.
    QVERIFY2(m_device->control(QStringLiteral("faults")).trimmed() == QLatin1String("ok none")
                 || !m_device->control(QStringLiteral("faults")).contains(fault.section(QLatin1Char('x'), 0, 0)),
             qPrintable(m_device->control(QStringLiteral("faults"))));
}

void TestMcuMgrSmpProfile::faultsEndInAFailure_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("kind");
    QTest::newRow("stops answering") << QStringLiteral("stop-answeringx*") << int(DeviceError::Kind::Timeout);
    QTest::newRow("every frame dropped") << QStringLiteral("drop-framex*") << int(DeviceError::Kind::Timeout);
    QTest::newRow("every answer damaged") << QStringLiteral("crc-errorx*") << int(DeviceError::Kind::Timeout);
    QTest::newRow("never a buffer") << QStringLiteral("buffer-too-smallx*") << int(DeviceError::Kind::CapacityTooSmall);
    QTest::newRow("corrupts a byte") << QStringLiteral("corrupt-byte") << int(DeviceError::Kind::VerificationMismatch);
    QTest::newRow("wrong digest") << QStringLiteral("wrong-digest") << int(DeviceError::Kind::VerificationMismatch);
    QTest::newRow("vanishes") << QStringLiteral("vanish=300") << int(DeviceError::Kind::Disconnected);
}

void TestMcuMgrSmpProfile::faultsEndInAFailure()
{
    QFETCH(QString, fault);
    QFETCH(int, kind);
    QVERIFY(startDevice({QStringLiteral("--fault"), fault}));
    m_profile->setTimeouts({1200ms, 3000ms});
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    QSignalSpy verified(m_profile.get(), &DeviceProfile::credentialVerified);
    QSignalSpy failed(m_profile.get(), &DeviceProfile::operationFailed);

    m_profile->writeCredential(1, CredentialKind::Certificate, m_certificate);
    QVERIFY(QTest::qWaitFor([&] { return !written.isEmpty() || !failed.isEmpty(); }, 20000));
    if (!written.isEmpty()) {
        m_profile->verifyCredential(1, CredentialKind::Certificate, m_certificate);
        QVERIFY(QTest::qWaitFor([&] { return !verified.isEmpty() || !failed.isEmpty(); }, 20000));
    }
    QVERIFY(verified.isEmpty());
    QCOMPARE(failed.size(), 1);
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.step.contains(QLatin1String("certificate")), qPrintable(error.step));
    QVERIFY2(error.message.size() > 30, qPrintable(error.message));
    QVERIFY(!m_profile->isBusy());
}

// A Zephyr shell without MCUmgr answers the SMP frame with a line of text: the profile says so
// instead of waiting through its resends.
void TestMcuMgrSmpProfile::plainShellIsNotTakenForSmp()
{
    QVERIFY(startDevice({}, QStringLiteral("zephyr-shell")));
    m_profile->setTimeouts({1500ms, 3000ms});
    QSignalSpy failed(m_profile.get(), &DeviceProfile::operationFailed);
    QSignalSpy identified(m_profile.get(), &DeviceProfile::identified);
    m_profile->identify();
    QVERIFY(failed.wait(5000));
    QVERIFY(identified.isEmpty());
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    QCOMPARE(int(error.kind), int(DeviceError::Kind::NotSupported));
    QVERIFY2(error.message.contains(QLatin1String("CONFIG_MCUMGR_TRANSPORT_SHELL")), qPrintable(error.message));
}

// A file that should hold DER but holds something else (here PEM, written before the product said DER)
// is no certificate: reading it back fails and says what to check, rather than giving back nothing.
void TestMcuMgrSmpProfile::certificateThatIsNoDerFails()
{
    QVERIFY(startDevice({}));
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    QSignalSpy read(m_profile.get(), &DeviceProfile::certificateRead);
    QSignalSpy failed(m_profile.get(), &DeviceProfile::operationFailed);
    m_profile->writeCredential(1, CredentialKind::Certificate, m_certificate);
    QVERIFY2(written.wait(20000), qPrintable(failure(failed)));

    SmpFileLayout der = SmpFileLayout::defaults(SmpFileLayout::Encoding::Pem);
    der.encoding = SmpFileLayout::Encoding::Der;
    m_profile->setFileLayout(der);
    m_profile->readCertificate(1, CredentialKind::Certificate);
    QVERIFY(QTest::qWaitFor([&] { return !read.isEmpty() || !failed.isEmpty(); }, 20000));
    QVERIFY(read.isEmpty());
    QCOMPARE(failed.size(), 1);
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    QCOMPARE(int(error.kind), int(DeviceError::Kind::Protocol));
    QVERIFY2(error.message.contains(QLatin1String("no certificate in DER")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("/lfs/cred/1/client.crt")), qPrintable(error.message));
    QVERIFY(!m_profile->isBusy());
}

void TestMcuMgrSmpProfile::inspectCommand()
{
    QVERIFY(startDevice({QStringLiteral("--serial"), QStringLiteral("unit-0042")}));
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    QSignalSpy failed(m_profile.get(), &DeviceProfile::operationFailed);
    m_profile->writeCredential(2, CredentialKind::Certificate, m_certificate);
    QVERIFY2(written.wait(20000), qPrintable(failure(failed)));
    m_profile->writeCredential(2, CredentialKind::PrivateKey, m_key);
    QVERIFY2(written.wait(20000), qPrintable(failure(failed)));
    const QString port = m_link->settings().portName;
    m_profile.reset();
    m_link.reset();

    // Detected, not named: the device answers "AT" like a Zephyr shell.
    QProcess cli;
    cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"),
              {QStringLiteral("inspect"), QStringLiteral("--port"), port, QStringLiteral("--json")});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject result = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(result.value(QLatin1String("profile")).toString(), QStringLiteral("mcumgr-smp"));
    QCOMPARE(result.value(QLatin1String("identity")).toObject().value(QLatin1String("serialNumber")).toString(),
             QStringLiteral("unit-0042"));
    const QJsonArray credentials = result.value(QLatin1String("credentials")).toArray();
    QCOMPARE(credentials.size(), 2);
    for (const QJsonValue &value : credentials) {
        const QJsonObject credential = value.toObject();
        QCOMPARE(credential.value(QLatin1String("slot")).toInt(), 2);
        QCOMPARE(credential.value(QLatin1String("sha256")).toString().size(), 64);
    }
    const auto certificate = std::find_if(credentials.begin(), credentials.end(), [](const QJsonValue &value) {
        return value.toObject().value(QLatin1String("kind")).toString() == QLatin1String("certificate");
    });
    QVERIFY(certificate != credentials.end());
    QCOMPARE(certificate->toObject().value(QLatin1String("certificateId")).toString(), m_certificateId);
}

// The command line end to end (generate, check, write, verify, provision) for a product whose
// MCUmgr devices take their credentials in DER: the device's files hold the issued certificate's
// DER and the key's, and Foundry activated the certificate.
void TestMcuMgrSmpProfile::provisionWithAProductInDer()
{
    EmulatedFoundry foundry(QStringLiteral("smp-test-token"));
    QString error;
    QVERIFY2(foundry.start(&error), qPrintable(error));
    QVERIFY(startDevice({QStringLiteral("--serial"), QStringLiteral("unit-0007")}));
    const QString port = m_link->settings().portName;
    m_profile.reset();
    m_link.reset();
    const QString configHome = m_dir->filePath(QStringLiteral("config"));
    {
        QSettings saved(configHome + QStringLiteral("/foundry-station/station.ini"), QSettings::IniFormat);
        saved.setValue(QStringLiteral("products/gateway/deviceProfile"), QStringLiteral("mcumgr-smp"));
        saved.setValue(QStringLiteral("products/gateway/slot"), 1);
        saved.setValue(QStringLiteral("products/gateway/topicsTemplate"), QStringLiteral("gw/{serial}/up"));
        saved.setValue(QStringLiteral("products/gateway/requiresScannedDeviceId"), false);
        saved.setValue(QStringLiteral("products/gateway/smpEncoding"), QStringLiteral("der"));
    }
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    cli.setProcessEnvironment(environment);
    foundry.startCli(cli, {QStringLiteral("provision"), QStringLiteral("--port"), port, QStringLiteral("--product"),
                           QStringLiteral("gateway"), QStringLiteral("--journal"),
                           m_dir->filePath(QStringLiteral("journal.sqlite")), QStringLiteral("--json")});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 60000));
    const QByteArray output = cli.readAllStandardOutput();
    QVERIFY2(cli.exitCode() == 0, (output + cli.readAllStandardError()).constData());
    const QJsonObject result = QJsonDocument::fromJson(output).object();
    QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(result.value(QLatin1String("profile")).toString(), QStringLiteral("mcumgr-smp"));
    QCOMPARE(result.value(QLatin1String("deviceId")).toString(), QStringLiteral("unit-0007"));
    const std::optional<EmulatorCertificate> issued =
        foundry.emulator().certificate(result.value(QLatin1String("certId")).toString());
    QVERIFY(issued);
    QCOMPARE(issued->status, EmulatorCertificate::Status::Active);
    QCOMPARE(issued->topics, QStringList{QStringLiteral("gw/unit-0007/up")});

    const QJsonArray stored = m_device->storedCredentials();
    QCOMPARE(stored.size(), 2);
    for (const QJsonValue &value : stored) {
        const QJsonObject credential = value.toObject();
        QCOMPARE(credential.value(QLatin1String("tag")).toInt(), 1);
        if (credential.value(QLatin1String("secret")).toBool()) {
            QCOMPARE(credential.value(QLatin1String("sha256")).toString(), result.value(QLatin1String("keyDigest")).toString());
        } else {
            const QByteArray der = QByteArray::fromBase64(credential.value(QLatin1String("data")).toString().toLatin1());
            // The certificate's AWS ID is the SHA-256 of its DER: the device holds exactly that.
            QCOMPARE(QString::fromLatin1(QCA::Hash(QStringLiteral("sha256")).hash(der).toByteArray().toHex()),
                     issued->id);
        }
    }
}

FOUNDRY_TEST_MAIN(TestMcuMgrSmpProfile)
#include "tst_mcumgrsmpprofile.moc"
