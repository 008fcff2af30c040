#include "emulator/CertificateAuthority.h"
#include "device/profiles/NrfModemProfile.h"
#include "TestMain.h"

#include <QMap>
#include <QSignalSpy>
#include <QTimer>

// A scripted nRF91 modem answering AT%CMNG as Nordic documents it: enough to drive the profile's
// logic byte by byte without a port.
class FakeNrfModem : public QObject
{
    Q_OBJECT

public:
    explicit FakeNrfModem(NrfModemProfile *profile)
        : m_profile(profile)
    {
        connect(profile, &DeviceProfile::writeRequested, this, &FakeNrfModem::receive);
    }

    int mode = 1;
    bool echo = true;
    bool numericErrors = false;
    bool silentOnceOffline = false;
    int slotLimit = 10;
    bool corruptStored = false;
    QMap<QPair<int, int>, QByteArray> store;
    QList<QByteArray> commands;

private:
    void receive(const QByteArray &bytes)
    {
        m_input += bytes;
        // A command ends at a CR outside quotes.
        bool quoted = false;
        for (qsizetype i = 0; i < m_input.size(); ++i) {
            const char c = m_input.at(i);
            if (c == '"')
                quoted = !quoted;
            if (c == '\r' && !quoted) {
                QByteArray line = m_input.left(i);
                m_input.remove(0, i + 1);
                if (line.startsWith('\n'))
                    line.remove(0, 1);
                commands << line;
                if (!(silentOnceOffline && mode == 4))
                    answer(line);
                i = -1;
            }
        }
    }

    QByteArray error(int code) const
    {
        return numericErrors ? "+CME ERROR: " + QByteArray::number(code) + "\r\n" : QByteArray("ERROR\r\n");
    }

    void answer(const QByteArray &line)
    {
        QByteArray out;
        if (echo)
            out += line + "\r\n";
        if (line == "AT") {
            out += "OK\r\n";
        } else if (line == "ATE0") {
            echo = false;
            out += "OK\r\n";
        } else if (line == "AT+CMEE=1") {
            numericErrors = true;
            out += "OK\r\n";
        } else if (line == "AT+CGSN") {
            out += "352656100123456\r\nOK\r\n";
        } else if (line == "AT+CGMR") {
            out += "mfw_nrf91x1_2.0.1\r\nOK\r\n";
        } else if (line == "AT+CFUN?") {
            out += "+CFUN: " + QByteArray::number(mode) + "\r\nOK\r\n";
        } else if (line.startsWith("AT+CFUN=")) {
            mode = line.mid(8).toInt();
            out += "OK\r\n";
        } else if (line.startsWith("AT%CMNG=")) {
            const qsizetype quote = line.indexOf('"');
            const QList<QByteArray> fields = (quote < 0 ? line.mid(8) : line.mid(8, quote - 9)).split(',');
            const int op = fields.value(0).toInt();
            const QPair<int, int> key{fields.value(1).toInt(), fields.value(2).toInt()};
            // Nordic: write and delete are refused while the modem is activated (modes 1, 2 and 21).
            if ((op == 0 || op == 3) && (mode == 1 || mode == 2 || mode == 21)) {
                out += error(518);
            } else if (op == 0) {
                QByteArray content = line.mid(quote + 1);
                content.chop(1);
                if (content.contains("\r\n")) {
                    out += error(527);
                } else if (store.size() >= slotLimit) {
                    out += error(515);
                } else {
                    if (corruptStored)
                        content[5] = 'X';
                    store.insert(key, content);
                    out += "OK\r\n";
                }
            } else if (op == 1) {
                for (auto it = store.cbegin(); it != store.cend(); ++it) {
                    if (fields.size() > 1 && it.key().first != key.first)
                        continue;
                    out += "%CMNG: " + QByteArray::number(it.key().first) + ',' + QByteArray::number(it.key().second) + ",\""
                        + QCA::Hash(QStringLiteral("sha256")).hash(it.value()).toByteArray().toHex().toUpper() + "\"\r\n";
                }
                out += "OK\r\n";
            } else if (op == 3) {
                out += store.remove(key) ? QByteArray("OK\r\n") : error(513);
            }
        } else {
            out += "ERROR\r\n";
        }
        QTimer::singleShot(0, this, [this, out] {
            for (qsizetype i = 0; i < out.size(); i += 5)
                m_profile->receiveBytes(out.mid(i, 5));
        });
    }

    NrfModemProfile *m_profile;
    QByteArray m_input;
};

class TestNrfModemProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void identify();
    void writeGoesOfflineAndRestoresMode_data();
    void writeGoesOfflineAndRestoresMode();
    void verify();
    void windowsLineEndsAreSentAsLf();
    void verificationMismatch();
    void storageFullStillRestoresMode();
    void listAndDelete();
    void deleteOfMissingCredentialSucceeds();
    void modemStopsAnswering();
    void preparesOncePerIdentify();
    void verifiesBothCredentialsFromOneListing();
    void timeoutsAllowForTheLineRate();
    void keptChangeGoesOfflineOncePerJob();
    void failureMidBatchStillRestores();
    void timeoutMidBatchRestoresAndSaysHow();
    void endingAKeptChangeThatTimesOutSaysHow();

private:
    QCA::SecureArray m_certificate;
    QCA::SecureArray m_key;
};

void TestNrfModemProfile::initTestCase()
{
    QString error;
    const auto authority = CertificateAuthority::create(&error);
    QVERIFY2(authority, qPrintable(error));
    const std::optional<IssuedCertificate> issued = authority->issue({}, &error);
    QVERIFY2(issued, qPrintable(error));
    m_certificate = QCA::SecureArray(issued->certificatePem);
    m_key = QCA::SecureArray(issued->privateKeyPem);
}

void TestNrfModemProfile::identify()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    QSignalSpy identified(&profile, &DeviceProfile::identified);
    profile.identify();
    QVERIFY(identified.wait());
    const auto identity = identified.constFirst().constFirst().value<DeviceIdentity>();
    QCOMPARE(identity.serialNumber, QStringLiteral("352656100123456"));
    QCOMPARE(identity.firmwareVersion, QStringLiteral("mfw_nrf91x1_2.0.1"));
    QVERIFY(!modem.echo && modem.numericErrors);
}

void TestNrfModemProfile::writeGoesOfflineAndRestoresMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("key");
    QTest::addColumn<bool>("goesOffline");
    QTest::newRow("online, certificate") << 1 << false << true;
    QTest::newRow("online, key") << 1 << true << true;
    // Active modes other than 1: put back as they were, not "online" in general.
    QTest::newRow("receive only") << 2 << false << true;
    QTest::newRow("LTE activated") << 21 << true << true;
    QTest::newRow("already offline") << 4 << false << false;
    QTest::newRow("offline, UICC on") << 44 << true << false;
    QTest::newRow("minimal functionality") << 0 << true << false;
}

void TestNrfModemProfile::writeGoesOfflineAndRestoresMode()
{
    QFETCH(int, mode);
    QFETCH(bool, key);
    QFETCH(bool, goesOffline);
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    modem.mode = mode;
    const CredentialKind kind = key ? CredentialKind::PrivateKey : CredentialKind::Certificate;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(16842753, kind, key ? m_key : m_certificate);
    QVERIFY(written.wait());
    QVERIFY(failed.isEmpty());
    QCOMPARE(modem.store.value({16842753, key ? 2 : 1}), (key ? m_key : m_certificate).toByteArray());
    QCOMPARE(modem.mode, mode);
    QCOMPARE(modem.commands.contains("AT+CFUN=4"), goesOffline);
    QList<QByteArray> modeChanges;
    std::copy_if(modem.commands.cbegin(), modem.commands.cend(), std::back_inserter(modeChanges),
                 [](const QByteArray &command) { return command.startsWith("AT+CFUN="); });
    const QList<QByteArray> expected = goesOffline
        ? QList<QByteArray>{QByteArrayLiteral("AT+CFUN=4"), "AT+CFUN=" + QByteArray::number(mode)}
        : QList<QByteArray>{};
    QCOMPARE(modeChanges, expected);
}

void TestNrfModemProfile::verify()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
    profile.writeCredential(7, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());
    profile.verifyCredential(7, CredentialKind::PrivateKey, m_key);
    QVERIFY(verified.wait());
}

void TestNrfModemProfile::windowsLineEndsAreSentAsLf()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    QByteArray crlf = m_certificate.toByteArray();
    crlf.replace("\n", "\r\n");
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
    profile.writeCredential(7, CredentialKind::Certificate, QCA::SecureArray(crlf));
    QVERIFY(written.wait());
    QCOMPARE(modem.store.value({7, 1}), m_certificate.toByteArray());
    profile.verifyCredential(7, CredentialKind::Certificate, QCA::SecureArray(crlf));
    QVERIFY(verified.wait());
}

void TestNrfModemProfile::verificationMismatch()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    modem.corruptStored = true;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    profile.verifyCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(failed.wait());
    QCOMPARE(failed.constFirst().constFirst().value<DeviceError>().kind, DeviceError::Kind::VerificationMismatch);
}

void TestNrfModemProfile::storageFullStillRestoresMode()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    modem.slotLimit = 0;
    modem.mode = 2;
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(failed.wait());
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    QCOMPARE(error.kind, DeviceError::Kind::CapacityTooSmall);
    QVERIFY2(error.message.contains(QLatin1String("515")), qPrintable(error.message));
    QCOMPARE(modem.mode, 2);
    QCOMPARE(modem.commands.constLast(), QByteArray("AT+CFUN=2"));
}

void TestNrfModemProfile::listAndDelete()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    modem.store.insert({7, 1}, "cert");
    modem.store.insert({7, 2}, "key");
    modem.store.insert({8, 0}, "ca");
    QSignalSpy listed(&profile, &DeviceProfile::credentialsListed);
    profile.listCredentials();
    QVERIFY(listed.wait());
    const auto all = listed.constFirst().constFirst().value<QList<StoredCredential>>();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.constFirst().sha256, QCA::Hash(QStringLiteral("sha256")).hash(QByteArray("cert")).toByteArray());

    QSignalSpy deleted(&profile, &DeviceProfile::credentialDeleted);
    profile.deleteCredential(7, CredentialKind::PrivateKey);
    QVERIFY(deleted.wait());
    QVERIFY(!modem.store.contains({7, 2}));
    QCOMPARE(modem.mode, 1);
}

void TestNrfModemProfile::deleteOfMissingCredentialSucceeds()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    QSignalSpy deleted(&profile, &DeviceProfile::credentialDeleted);
    profile.deleteCredential(99, CredentialKind::Certificate);
    QVERIFY(deleted.wait());
}

void TestNrfModemProfile::modemStopsAnswering()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    modem.mode = 21;
    modem.silentOnceOffline = true;
    profile.setTimeouts({std::chrono::milliseconds(300), std::chrono::milliseconds(600)});
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(failed.wait());
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    QCOMPARE(error.kind, DeviceError::Kind::Timeout);
    // It still tried to put the modem back in its earlier mode, and says how to do it by hand.
    QCOMPARE(modem.commands.constLast(), QByteArray("AT+CFUN=21"));
    QVERIFY2(error.message.contains(QLatin1String("AT+CFUN=21")), qPrintable(error.message));
}

// AT, ATE0 and AT+CMEE=1 hold until the modem restarts: identify prepares, the job's later
// operations do not repeat it, and the next identify (the next job) prepares again.
void TestNrfModemProfile::preparesOncePerIdentify()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    const auto preparations = [&modem] { return modem.commands.count(QByteArrayLiteral("ATE0")); };
    QSignalSpy identified(&profile, &DeviceProfile::identified);
    profile.identify();
    QVERIFY(identified.wait());
    QCOMPARE(preparations(), 1);

    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
    profile.writeCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    profile.writeCredential(7, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());
    profile.verifyCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(verified.wait());
    QCOMPARE(preparations(), 1);
    QCOMPARE(modem.commands.count(QByteArrayLiteral("AT")), 1);

    // A modem that restarted has echo on and words for errors again; the next job finds out.
    modem.echo = true;
    modem.numericErrors = false;
    profile.identify();
    QVERIFY(identified.wait());
    QCOMPARE(preparations(), 2);
    QVERIFY(!modem.echo && modem.numericErrors);
}

// A job verifies the certificate, then the key of the same slot: one listing answers both. Anything
// sent to the device in between, or a third verification, lists again.
void TestNrfModemProfile::verifiesBothCredentialsFromOneListing()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    const auto listings = [&modem] { return modem.commands.count(QByteArrayLiteral("AT%CMNG=1,7")); };
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    profile.writeCredential(7, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());

    profile.verifyCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(verified.wait());
    profile.verifyCredential(7, CredentialKind::PrivateKey, m_key);
    QVERIFY(verified.wait());
    QCOMPARE(listings(), 1);
    QCOMPARE(verified.size(), 2);
    QCOMPARE(verified.at(1).at(1).value<CredentialKind>(), CredentialKind::PrivateKey);

    // The shared listing still compares: a key that is not the one stored fails.
    profile.verifyCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(verified.wait());
    QCOMPARE(listings(), 2);
    profile.verifyCredential(7, CredentialKind::PrivateKey, m_certificate);
    QVERIFY(failed.wait());
    QCOMPARE(failed.constFirst().constFirst().value<DeviceError>().kind, DeviceError::Kind::VerificationMismatch);
    QCOMPARE(listings(), 2);

    // A write in between: the device may hold something else now.
    profile.verifyCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(verified.wait());
    profile.writeCredential(7, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());
    profile.verifyCredential(7, CredentialKind::PrivateKey, m_key);
    QVERIFY(verified.wait());
    QCOMPARE(listings(), 4);
}

// A silent modem on a 300-baud line: the command and a typical answer take about nine seconds on
// the wire there, so a 200 ms timeout must not expire after one second. (Timers never fire early:
// this cannot fail by chance on a slow machine.)
void TestNrfModemProfile::timeoutsAllowForTheLineRate()
{
    NrfModemProfile profile;
    SerialSettings line;
    line.baudRate = 300;
    profile.setLine(line);
    profile.setTimeouts({std::chrono::milliseconds(200), std::chrono::milliseconds(400)});
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.identify();
    QVERIFY(!failed.wait(1000));

    // At 115200 baud the same allowance is a few tens of milliseconds.
    NrfModemProfile fast;
    line.baudRate = 115200;
    fast.setLine(line);
    fast.setTimeouts({std::chrono::milliseconds(200), std::chrono::milliseconds(400)});
    QSignalSpy fastFailed(&fast, &DeviceProfile::operationFailed);
    fast.identify();
    QVERIFY(fastFailed.wait(5000));
    QCOMPARE(fastFailed.constFirst().constFirst().value<DeviceError>().kind, DeviceError::Kind::Timeout);
}

namespace {

// What the profile tells a journal about the change it makes: each one before it is made, and each
// end with whether the modem was put back.
struct RecordedChanges
{
    explicit RecordedChanges(DeviceProfile &profile)
    {
        profile.setStateChangeHooks({[this](const DeviceStateChange &change) {
                                         begun << change.restoreCommand;
                                         return QString();
                                     },
                                     [this](const DeviceStateChange &change, bool restored) {
                                         ended << qMakePair(change.restoreCommand, restored);
                                     }});
    }
    QList<QByteArray> begun;
    QList<QPair<QByteArray, bool>> ended;
};

QList<QByteArray> modeChanges(const FakeNrfModem &modem)
{
    QList<QByteArray> changes;
    std::copy_if(modem.commands.cbegin(), modem.commands.cend(), std::back_inserter(changes),
                 [](const QByteArray &command) { return command.startsWith("AT+CFUN="); });
    return changes;
}

} // namespace

// A job's writes, verifications and deletes share one offline period: the modem goes offline for the
// first write and comes back once, when the job ends the kept change; the journal hears of it once.
void TestNrfModemProfile::keptChangeGoesOfflineOncePerJob()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    modem.mode = 21;
    RecordedChanges changes(profile);
    QSignalSpy identified(&profile, &DeviceProfile::identified);
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
    QSignalSpy restored(&profile, &DeviceProfile::stateRestored);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.identify();
    QVERIFY(identified.wait());

    profile.keepStateChange();
    profile.writeCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    QCOMPARE(modem.mode, 4);
    QVERIFY(profile.hasStateChangeInForce());
    profile.writeCredential(7, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());
    profile.verifyCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(verified.wait());
    profile.verifyCredential(7, CredentialKind::PrivateKey, m_key);
    QVERIFY(verified.wait());
    QCOMPARE(modem.mode, 4);
    QCOMPARE(changes.ended.size(), 0);

    profile.endKeptStateChange();
    QVERIFY(restored.wait());
    QVERIFY(failed.isEmpty());
    QCOMPARE(modem.mode, 21);
    QVERIFY(!profile.hasStateChangeInForce());
    QVERIFY(!profile.keepsStateChange());
    QCOMPARE(modeChanges(modem), (QList<QByteArray>{"AT+CFUN=4", "AT+CFUN=21"}));
    QCOMPARE(modem.commands.count("AT+CFUN?"), 1);
    QCOMPARE(changes.begun, QList<QByteArray>{"AT+CFUN=21"});
    QCOMPARE(changes.ended, (QList<QPair<QByteArray, bool>>{{"AT+CFUN=21", true}}));
    QCOMPARE(modem.store.size(), 2);

    // Nothing in force: ending it only stops keeping, and says so at once.
    profile.keepStateChange();
    profile.endKeptStateChange();
    QVERIFY(restored.wait());
    QCOMPARE(modeChanges(modem).size(), 2);
}

// The key does not fit: the modem is put back before the failure is reported, and the rollback's
// deletes, still kept, share one more offline period that the job ends.
void TestNrfModemProfile::failureMidBatchStillRestores()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    modem.mode = 21;
    modem.slotLimit = 1;
    RecordedChanges changes(profile);
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy deleted(&profile, &DeviceProfile::credentialDeleted);
    QSignalSpy restored(&profile, &DeviceProfile::stateRestored);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.keepStateChange();
    profile.writeCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    profile.writeCredential(7, CredentialKind::PrivateKey, m_key);
    QVERIFY(failed.wait());
    QCOMPARE(failed.constFirst().constFirst().value<DeviceError>().kind, DeviceError::Kind::CapacityTooSmall);
    QCOMPARE(modem.mode, 21);
    QVERIFY(!profile.hasStateChangeInForce());
    QCOMPARE(changes.ended, (QList<QPair<QByteArray, bool>>{{"AT+CFUN=21", true}}));

    profile.deleteCredential(7, CredentialKind::PrivateKey);
    QVERIFY(deleted.wait());
    profile.deleteCredential(7, CredentialKind::Certificate);
    QVERIFY(deleted.wait());
    QCOMPARE(modem.mode, 4);
    profile.endKeptStateChange();
    QVERIFY(restored.wait());
    QCOMPARE(modem.mode, 21);
    QVERIFY(modem.store.isEmpty());
    QCOMPARE(modeChanges(modem), (QList<QByteArray>{"AT+CFUN=4", "AT+CFUN=21", "AT+CFUN=4", "AT+CFUN=21"}));
    QCOMPARE(changes.begun.size(), 2);
    QCOMPARE(changes.ended.size(), 2);
    QCOMPARE(failed.size(), 1);
}

// The modem goes quiet during the second write: the profile still sends what puts it back, and the
// failure says how to do it by hand; nothing is left in force for the job to end.
void TestNrfModemProfile::timeoutMidBatchRestoresAndSaysHow()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    modem.mode = 21;
    RecordedChanges changes(profile);
    profile.setTimeouts({std::chrono::milliseconds(300), std::chrono::milliseconds(600)});
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy restored(&profile, &DeviceProfile::stateRestored);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.keepStateChange();
    profile.writeCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    modem.silentOnceOffline = true;
    profile.writeCredential(7, CredentialKind::PrivateKey, m_key);
    QVERIFY(failed.wait(5000));
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    QCOMPARE(error.kind, DeviceError::Kind::Timeout);
    QCOMPARE(modem.commands.constLast(), QByteArray("AT+CFUN=21"));
    QVERIFY2(error.message.contains(QLatin1String("AT+CFUN=21")), qPrintable(error.message));
    QCOMPARE(changes.ended, (QList<QPair<QByteArray, bool>>{{"AT+CFUN=21", false}}));
    QVERIFY(!profile.hasStateChangeInForce());
    profile.endKeptStateChange();
    QVERIFY(restored.wait());
}

// The command that ends the kept change gets no answer: the failure says how to put the modem back.
void TestNrfModemProfile::endingAKeptChangeThatTimesOutSaysHow()
{
    NrfModemProfile profile;
    FakeNrfModem modem(&profile);
    modem.mode = 21;
    RecordedChanges changes(profile);
    profile.setTimeouts({std::chrono::milliseconds(300), std::chrono::milliseconds(600)});
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.keepStateChange();
    profile.writeCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    modem.silentOnceOffline = true;
    profile.endKeptStateChange();
    QVERIFY(failed.wait(5000));
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    QCOMPARE(error.kind, DeviceError::Kind::Timeout);
    QVERIFY2(error.message.contains(QLatin1String("send AT+CFUN=21")), qPrintable(error.message));
    QCOMPARE(modeChanges(modem), (QList<QByteArray>{"AT+CFUN=4", "AT+CFUN=21"}));
    QCOMPARE(changes.ended, (QList<QPair<QByteArray, bool>>{{"AT+CFUN=21", false}}));
    QVERIFY(!profile.hasStateChangeInForce());
}

FOUNDRY_TEST_MAIN(TestNrfModemProfile)
#include "tst_nrfmodemprofile.moc"
