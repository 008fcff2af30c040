#include "credentials/CertificateBundle.h"
#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "device/SerialLink.h"
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

// Every profile against the device simulator on a real pseudo-terminal at 115200 baud, through the
// station's own serial link: what the device stores must be exactly what was issued.
class TestProfilesOnSimulator : public QObject
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
    void inspectCommand_data();
    void inspectCommand();

private:
    bool startDevice(const QString &profile, const QStringList &extra);
    void connectProfile(const QString &profile);
    QJsonArray storedCredentials() const { return m_device->storedCredentials(); }

    EmulatedFoundry m_foundry{QStringLiteral("device-test-token")};
    QCA::SecureArray m_certificate;
    QString m_certificateId;
    QCA::SecureArray m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<SerialLink> m_link;
    std::unique_ptr<DeviceProfile> m_profile;
};

void TestProfilesOnSimulator::initTestCase()
{
    // The certificate and key come from the Foundry emulator through the station's own client and
    // checks, as they will in a provisioning job.
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
    const CertificateBundle bundle = m_foundry.checkedBundle();
    QVERIFY(bundle.isValid());
    m_certificate = QCA::SecureArray(bundle.certificatePem());
    m_certificateId = bundle.id();
    m_key = bundle.privateKeyPem();
}

void TestProfilesOnSimulator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfilesOnSimulator::cleanup()
{
    // The port closes before the device's side of the pseudo-terminal goes away.
    m_profile.reset();
    m_link.reset();
    m_device.reset();
}

bool TestProfilesOnSimulator::startDevice(const QString &profile, const QStringList &extra)
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    if (!m_device->start(profile, extra))
        return false;
    m_link = m_device->openLink();
    if (!m_link)
        return false;
    connectProfile(profile);
    return true;
}

void TestProfilesOnSimulator::connectProfile(const QString &profile)
{
    m_profile.reset(DeviceProfiles::createAttached(profile, m_link.get()));
    QVERIFY(m_profile);
}

void TestProfilesOnSimulator::writeVerifyListDelete_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("extra");
    // The modem's functional mode once everything is done: the one it started in. -1: no modem.
    QTest::addColumn<int>("functionalMode");
    // A client key does not fit Zephyr's default 1024-character credential buffer; firmware for
    // provisioning raises it.
    QTest::newRow("zephyr-shell") << QStringLiteral("zephyr-shell")
                                  << QStringList{QStringLiteral("--cred-buf-size"), QStringLiteral("4096")} << -1;
    // The boot banner and its prompt are still on the wire when the station starts: that prompt,
    // arriving after the station's first command, must not be taken for the answer to it.
    QTest::newRow("zephyr-shell, still booting") << QStringLiteral("zephyr-shell")
                                                 << QStringList{QStringLiteral("--cred-buf-size"), QStringLiteral("4096"),
                                                                QStringLiteral("--baud"), QStringLiteral("9600")}
                                                 << -1;
    // The shell logs while it waits for commands, and prints its prompt again after each line.
    QTest::newRow("zephyr-shell, logging") << QStringLiteral("zephyr-shell")
                                           << QStringList{QStringLiteral("--cred-buf-size"), QStringLiteral("4096"),
                                                          QStringLiteral("--log-noise"), QStringLiteral("20")}
                                           << -1;
    // Newer Zephyr: raw input, streamed at the line rate, at every rate the bench uses, and among
    // log lines.
    for (const char *baud : {"9600", "115200", "921600"}) {
        QTest::addRow("zephyr-shell, cred buf load at %s", baud)
            << QStringLiteral("zephyr-shell")
            << QStringList{QStringLiteral("--cred-buf-size"), QStringLiteral("4096"), QStringLiteral("--cred-buf-load"),
                           QStringLiteral("--baud"), QString::fromLatin1(baud)}
            << -1;
    }
    QTest::newRow("zephyr-shell, cred buf load, logging")
        << QStringLiteral("zephyr-shell")
        << QStringList{QStringLiteral("--cred-buf-size"), QStringLiteral("4096"), QStringLiteral("--cred-buf-load"),
                       QStringLiteral("--log-noise"), QStringLiteral("20")}
        << -1;
    // A command line shorter than a chunk: the first is cut, the rest fit.
    QTest::newRow("zephyr-shell, 40-byte command line")
        << QStringLiteral("zephyr-shell")
        << QStringList{QStringLiteral("--cred-buf-size"), QStringLiteral("4096"), QStringLiteral("--line-max"),
                       QStringLiteral("40")}
        << -1;
    QTest::newRow("nrf-modem") << QStringLiteral("nrf-modem") << QStringList() << 1;
    // Modes other than 1 that refuse credential changes: the modem returns to them, not to 1.
    QTest::newRow("nrf-modem, receive only") << QStringLiteral("nrf-modem")
                                             << QStringList{QStringLiteral("--cfun"), QStringLiteral("2")} << 2;
    QTest::newRow("nrf-modem, LTE activated") << QStringLiteral("nrf-modem")
                                              << QStringList{QStringLiteral("--cfun"), QStringLiteral("21")} << 21;
    QTest::newRow("nrf-modem, offline with UICC") << QStringLiteral("nrf-modem")
                                                  << QStringList{QStringLiteral("--cfun"), QStringLiteral("44")} << 44;
    QTest::newRow("station") << QStringLiteral("station") << QStringList() << -1;
    // Smaller than the longest request line: chunks shrink to fit and the link paces as asked.
    QTest::newRow("station, 48-byte receive buffer")
        << QStringLiteral("station") << QStringList{QStringLiteral("--rx-buffer"), QStringLiteral("48")} << -1;
}

void TestProfilesOnSimulator::writeVerifyListDelete()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, extra);
    QFETCH(int, functionalMode);
    QVERIFY(startDevice(profile, extra));
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    QSignalSpy verified(m_profile.get(), &DeviceProfile::credentialVerified);
    QSignalSpy listed(m_profile.get(), &DeviceProfile::credentialsListed);
    QSignalSpy deleted(m_profile.get(), &DeviceProfile::credentialDeleted);
    QSignalSpy failed(m_profile.get(), &DeviceProfile::operationFailed);
    const auto failure = [&failed] {
        return failed.isEmpty() ? QString() : failed.constFirst().constFirst().value<DeviceError>().message;
    };

    for (const auto &[kind, pem] : {std::pair{CredentialKind::Certificate, m_certificate}, std::pair{CredentialKind::PrivateKey, m_key}}) {
        m_profile->writeCredential(3, kind, pem);
        QVERIFY2(written.wait(20000), qPrintable(failure()));
        m_profile->verifyCredential(3, kind, pem);
        QVERIFY2(verified.wait(10000), qPrintable(failure()));
    }

    // The simulator's store holds exactly what was issued: the certificate in full, the key by digest.
    const QJsonArray stored = storedCredentials();
    QCOMPARE(stored.size(), 2);
    for (const QJsonValue &value : stored) {
        const QJsonObject credential = value.toObject();
        QCOMPARE(credential.value(QLatin1String("tag")).toInt(), 3);
        if (credential.value(QLatin1String("secret")).toBool()) {
            QVERIFY(!credential.contains(QLatin1String("data")));
            QCOMPARE(credential.value(QLatin1String("sha256")).toString(),
                     QString::fromLatin1(m_profile->expectedDigest(CredentialKind::PrivateKey, m_key).toHex()));
        } else {
            QByteArray expected = m_certificate.toByteArray();
            if (profile == QLatin1String("zephyr-shell"))
                expected += '\0';
            QCOMPARE(QByteArray::fromBase64(credential.value(QLatin1String("data")).toString().toLatin1()), expected);
        }
    }

    m_profile->listCredentials(3);
    QVERIFY2(listed.wait(10000), qPrintable(failure()));
    QCOMPARE(listed.constLast().constFirst().value<QList<StoredCredential>>().size(), 2);

    m_profile->deleteCredential(3, CredentialKind::PrivateKey);
    QVERIFY2(deleted.wait(10000), qPrintable(failure()));
    QCOMPARE(storedCredentials().size(), 1);
    QVERIFY(failed.isEmpty());

    // No request overran the device's receive buffer, pipelined ones included (station protocol
    // section 3.7).
    const QJsonObject status = m_device->status();
    QVERIFY2(status.value(QLatin1String("received")).toDouble() > 0,
             QJsonDocument(status).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(status.value(QLatin1String("dropped")).toDouble(), 0.0);
    if (functionalMode >= 0)
        QCOMPARE(status.value(QLatin1String("functionalMode")).toInt(-1), functionalMode);
}

void TestProfilesOnSimulator::faults_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("kind");

    for (const QString &profile : {QStringLiteral("zephyr-shell"), QStringLiteral("nrf-modem"), QStringLiteral("station")}) {
        const QByteArray name = profile.toLatin1();
        QTest::newRow((name + ": vanishes").constData()) << profile << QStringLiteral("vanish=300") << -1;
        QTest::newRow((name + ": stops answering").constData()) << profile << QStringLiteral("stop-answeringx*")
                                                                 << int(DeviceError::Kind::Timeout);
        QTest::newRow((name + ": rejects the write").constData()) << profile << QStringLiteral("reject-write") << -1;
        QTest::newRow((name + ": corrupts a byte").constData()) << profile << QStringLiteral("corrupt-byte")
                                                                 << int(DeviceError::Kind::VerificationMismatch);
        QTest::newRow((name + ": reports a wrong digest").constData()) << profile << QStringLiteral("wrong-digest")
                                                                        << int(DeviceError::Kind::VerificationMismatch);
    }
}

void TestProfilesOnSimulator::faults()
{
    QFETCH(QString, profile);
    QFETCH(QString, fault);
    QFETCH(int, kind);
    QStringList extra{QStringLiteral("--fault"), fault};
    if (profile == QLatin1String("zephyr-shell"))
        extra << QStringLiteral("--cred-buf-size") << QStringLiteral("4096");
    QVERIFY(startDevice(profile, extra));
    m_profile->setTimeouts({1500ms, 3000ms});
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    QSignalSpy verified(m_profile.get(), &DeviceProfile::credentialVerified);
    QSignalSpy failed(m_profile.get(), &DeviceProfile::operationFailed);

    m_profile->writeCredential(1, CredentialKind::Certificate, m_certificate);
    QVERIFY(QTest::qWaitFor([&] { return !written.isEmpty() || !failed.isEmpty(); }, 20000));
    // The station profile checks the digest as part of the write; the others verify separately.
    if (!written.isEmpty()) {
        m_profile->verifyCredential(1, CredentialKind::Certificate, m_certificate);
        QVERIFY(QTest::qWaitFor([&] { return !verified.isEmpty() || !failed.isEmpty(); }, 20000));
    }
    // Never a reported success: every fault ends in an error that names the step.
    QVERIFY(verified.isEmpty());
    QCOMPARE(failed.size(), 1);
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    if (kind >= 0)
        QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.step.contains(QLatin1String("certificate")), qPrintable(error.step));
    QVERIFY2(error.message.size() > 30, qPrintable(error.message));
    QVERIFY(!m_profile->isBusy());
}

void TestProfilesOnSimulator::inspectCommand_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("serialNumber");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("zephyr-shell") << QStringLiteral("zephyr-shell") << QStringLiteral("0x4650532d53494d2d30303031")
                                  << QStringList{QStringLiteral("--cred-buf-size"), QStringLiteral("4096")};
    QTest::newRow("nrf-modem") << QStringLiteral("nrf-modem") << QStringLiteral("352656100367872")
                               << QStringList{QStringLiteral("--imei"), QStringLiteral("352656100367872")};
    QTest::newRow("station") << QStringLiteral("station") << QStringLiteral("FPS-SIM-0001") << QStringList();
}

void TestProfilesOnSimulator::inspectCommand()
{
    QFETCH(QString, profile);
    QFETCH(QString, serialNumber);
    QFETCH(QStringList, extra);
    QVERIFY(startDevice(profile, extra));
    QSignalSpy written(m_profile.get(), &DeviceProfile::credentialWritten);
    m_profile->writeCredential(2, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait(20000));
    const QString port = m_link->settings().portName;
    // The command line opens the port itself.
    m_profile.reset();
    m_link.reset();

    QProcess cli;
    cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"),
              {QStringLiteral("inspect"), QStringLiteral("--port"), port, QStringLiteral("--json")});
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject result = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(result.value(QLatin1String("profile")).toString(), profile);
    QCOMPARE(result.value(QLatin1String("identity")).toObject().value(QLatin1String("serialNumber")).toString(), serialNumber);
    const QJsonArray credentials = result.value(QLatin1String("credentials")).toArray();
    const auto written2 = std::find_if(credentials.begin(), credentials.end(), [](const QJsonValue &value) {
        return value.toObject().value(QLatin1String("slot")).toInt() == 2;
    });
    QVERIFY(written2 != credentials.end());
    QCOMPARE(written2->toObject().value(QLatin1String("kind")).toString(), QStringLiteral("certificate"));
    // Where the device gives a certificate back, support staff see which AWS certificate it is.
    if (profile != QLatin1String("station"))
        QCOMPARE(written2->toObject().value(QLatin1String("certificateId")).toString(), m_certificateId);
}

FOUNDRY_TEST_MAIN(TestProfilesOnSimulator)
#include "tst_profilesonsimulator.moc"
