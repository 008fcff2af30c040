#include "emulator/CertificateAuthority.h"
#include "device/profiles/StationProtocolCodec.h"
#include "device/profiles/StationProtocolProfile.h"
#include "TestMain.h"

extern "C" {
#include "mem_storage.h"
}

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>

#include <memory>

using namespace std::chrono_literals;

// A device running the station protocol's own C library on in-memory A/B storage. Its replies go
// back a few bytes at a time from the event loop, as a serial port delivers them, and faults can be
// injected on the way in and out.
class FakeStationDevice : public QObject
{
    Q_OBJECT

public:
    explicit FakeStationDevice(DeviceProfile *profile, uint32_t maxCredential = MEM_CRED_MAX, uint32_t rxBuffer = 256,
                               uint8_t pipeline = 0)
        : m_profile(profile)
        , m_storage(std::make_unique<mem_storage>())
        , m_device(std::make_unique<station_device>())
    {
        mem_storage_reset(m_storage.get());
        m_config.serial = "FPS-TEST-0042";
        m_config.firmware = "2.3.0";
        m_config.slots = 4;
        m_config.max_credential = maxCredential;
        m_config.max_chunk = 0;
        m_config.rx_buffer = rxBuffer;
        m_config.pipeline = pipeline;
        m_config.storage = mem_storage_interface(m_storage.get());
        m_config.write = &FakeStationDevice::deviceWrote;
        m_config.write_user = this;
        booted = station_device_init(m_device.get(), &m_config);
        connect(profile, &DeviceProfile::writeRequested, this, &FakeStationDevice::receive);
    }

    bool booted = false;
    bool silent = false;
    // Log lines, colour codes, NULs, "=-" and a stale reply before every reply.
    bool noisy = false;
    // The reply to the n-th request with this verb is lost, counted from 1.
    QByteArray dropReplyVerb = "CHUNK";
    int dropReplyTo = 0;
    // Faults on the n-th CHUNK request the device receives, counted from 1.
    int corruptChunk = 0;
    int restartBeforeChunk = 0;
    int storageFailsAtChunk = 0;
    int vanishAtChunk = 0;

    // Every line the device received, line end excluded.
    QList<QByteArray> requests;
    int chunksReceived = 0;
    // Requests the host sent whose final reply it has not yet received, as the host sees it: the
    // count drops just before the last byte of a final reply reaches the profile.
    int outstanding = 0;
    int maxOutstanding = 0;
    // The longest line, CRLF included, that reached the device while it still owed a reply: what
    // had to wait in its receive buffer.
    qsizetype longestLineAhead = 0;

    QList<QByteArray> requestsOf(const QByteArray &verb) const
    {
        QList<QByteArray> matching;
        for (const QByteArray &line : requests) {
            if (line.split(' ').value(1) == verb)
                matching << line;
        }
        return matching;
    }

    QByteArray stored(uint8_t slot, station_cred_type type) const
    {
        const mem_cred &cred = m_storage->cred[slot][type];
        return QByteArray(reinterpret_cast<const char *>(cred.data[cred.active]),
                          static_cast<qsizetype>(cred.length[cred.active]));
    }

    // Flash that changed after the credential was committed.
    void damageStored(uint8_t slot, station_cred_type type)
    {
        mem_cred &cred = m_storage->cred[slot][type];
        cred.data[cred.active][100] ^= 0x01;
    }

    unsigned writeViolations() const { return m_storage->write_violations; }

private:
    static void deviceWrote(void *user, const char *data, size_t length)
    {
        auto *self = static_cast<FakeStationDevice *>(user);
        if (std::exchange(self->m_dropReply, false))
            return;
        self->m_output.append(data, static_cast<qsizetype>(length));
    }

    void receive(const QByteArray &bytes)
    {
        m_input += bytes;
        qsizetype end;
        while ((end = m_input.indexOf('\n')) >= 0) {
            QByteArray line = m_input.left(end + 1);
            m_input.remove(0, end + 1);
            handle(line);
        }
        if (m_output.isEmpty())
            return;
        QTimer::singleShot(0, this, [this, output = std::exchange(m_output, {})] {
            static const QRegularExpression finalReply(QStringLiteral("^=\\d+ (OK|ERR) "));
            qsizetype start = 0;
            while (start < output.size()) {
                const qsizetype newline = output.indexOf('\n', start);
                const qsizetype lineEnd = newline < 0 ? output.size() : newline + 1;
                const QByteArray line = output.mid(start, lineEnd - start);
                const bool final = finalReply.match(QString::fromLatin1(line)).hasMatch();
                // The host takes the line as ended at its CR, or at the LF if there is none.
                const qsizetype ends = line.endsWith("\r\n") ? line.size() - 2 : line.size() - 1;
                for (qsizetype i = 0; i < line.size(); i += 7) {
                    if (final && i <= ends && ends < i + 7)
                        --outstanding;
                    m_profile->receiveBytes(line.mid(i, 7));
                }
                start = lineEnd;
            }
        });
    }

    void handle(QByteArray &line)
    {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.value(1) == "CHUNK") {
            ++chunksReceived;
            if (chunksReceived == restartBeforeChunk) {
                mem_storage_power_cycle(m_storage.get());
                QVERIFY(station_device_init(m_device.get(), &m_config));
            }
            if (chunksReceived == corruptChunk) {
                const qsizetype payload = line.indexOf(words.value(3));
                line[payload + 10] = line.at(payload + 10) == 'A' ? 'B' : 'A';
            }
            if (chunksReceived == storageFailsAtChunk)
                m_storage->ops_left = 0;
            if (chunksReceived == vanishAtChunk) {
                silent = true;
                QTimer::singleShot(0, this, [this] { m_profile->linkFailed(QStringLiteral("the device went away")); });
            }
        }
        if (!line.trimmed().isEmpty())
            requests << line.trimmed();
        if (words.constFirst().startsWith('@')) {
            if (outstanding > 0)
                longestLineAhead = qMax(longestLineAhead, line.size());
            maxOutstanding = qMax(maxOutstanding, ++outstanding);
        }
        m_dropReply = words.value(1) == dropReplyVerb && requestsOf(dropReplyVerb).size() == dropReplyTo;
        if (silent)
            return;
        if (noisy && words.constFirst().startsWith('@')) {
            const int seq = words.constFirst().mid(1).toInt();
            m_output += QByteArray(2, '\0') + "[00:00:07.412,000] <inf> prov: line received\r\n"
                + "\x1b[1;33m[00:00:07.413,000] <wrn> prov: flash is slow\x1b[0m\n"
                + "=- ERR 1 malformed line\r\n"
                + "=" + QByteArray::number(seq - 1) + " ERR 12 storage failure\r\n";
        }
        station_device_input(m_device.get(), reinterpret_cast<const uint8_t *>(line.constData()),
                             static_cast<size_t>(line.size()));
    }

    DeviceProfile *m_profile;
    std::unique_ptr<mem_storage> m_storage;
    std::unique_ptr<station_device> m_device;
    station_device_config m_config{};
    QByteArray m_input;
    QByteArray m_output;
    bool m_dropReply = false;
};

class TestStationProtocolProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chunkSize_data();
    void chunkSize();
    void identify();
    void identifyAfterDetectionNeedsNoClearing();
    void pacingFollowsTheReceiveBuffer_data();
    void pacingFollowsTheReceiveBuffer();
    void writeAndVerifyCertificateAndKey();
    void replaceExisting();
    void crlfPemIsSentWithLineFeeds();
    void listAndDelete();
    void credentialTooLargeFailsBeforeWriting();
    void slotBeyondTheDeviceFailsBeforeWriting();
    void lostChunkAcknowledgementIsResent();
    void corruptedChunkIsResent();
    void lostCommitAnswerIsSettledByDigest();
    void writeLeftOpenByALostSessionIsAborted();
    void deviceRestartMidWriteIsTransparent();
    void storageFailureAbortsAndKeepsTheOldCredential();
    void silentDeviceTimesOut();
    void damagedAnswerIsQuotedEscaped();
    void damagedStorageFailsVerification();
    void pipelinedWriteKeepsTwoRequestsOutstanding_data();
    void pipelinedWriteKeepsTwoRequestsOutstanding();
    void storageFailureMidPipelineCommitsNothing();
    void corruptedChunkMidPipelineIsResent();
    void lostAcknowledgementMidPipelineIsRecovered();
    void busyWriteMidPipelineIsAbortedFirst();

private:
    static DeviceError errorOf(const QSignalSpy &failed) { return failed.constFirst().constFirst().value<DeviceError>(); }
    static int offsetOf(const QByteArray &chunkRequest) { return chunkRequest.split(' ').value(2).toInt(); }

    QCA::SecureArray m_certificate;
    QCA::SecureArray m_otherCertificate;
    QCA::SecureArray m_key;
};

void TestStationProtocolProfile::initTestCase()
{
    QString error;
    const auto authority = CertificateAuthority::create(&error);
    QVERIFY2(authority, qPrintable(error));
    const std::optional<IssuedCertificate> issued = authority->issue({}, &error);
    QVERIFY2(issued, qPrintable(error));
    const std::optional<IssuedCertificate> other = authority->issue({}, &error);
    QVERIFY2(other, qPrintable(error));
    m_certificate = QCA::SecureArray(issued->certificatePem);
    m_key = QCA::SecureArray(issued->privateKeyPem);
    m_otherCertificate = QCA::SecureArray(other->certificatePem);
    QVERIFY(m_certificate.toByteArray().endsWith("-----\n"));
}

void TestStationProtocolProfile::chunkSize_data()
{
    QTest::addColumn<qint64>("chunk");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("rxbuf");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("the specification's example") << 357LL << 512LL << 256LL << 165LL;
    QTest::newRow("line shorter than the buffer") << 357LL << 128LL << 1024LL << 69LL;
    QTest::newRow("the device's chunk limit") << 16LL << 512LL << 256LL << 16LL;
    QTest::newRow("one base64 quantum") << 357LL << 512LL << 39LL << 3LL;
    QTest::newRow("not even that") << 357LL << 512LL << 38LL << 0LL;
}

void TestStationProtocolProfile::chunkSize()
{
    QFETCH(qint64, chunk);
    QFETCH(qint64, line);
    QFETCH(qint64, rxbuf);
    QFETCH(qint64, expected);
    QCOMPARE(StationProtocolCodec::chunkPayloadBytes(chunk, line, rxbuf), expected);
}

void TestStationProtocolProfile::identify()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile);
    QVERIFY(device.booted);
    QSignalSpy written(&profile, &DeviceProfile::writeRequested);
    QSignalSpy identified(&profile, &DeviceProfile::identified);
    profile.identify();
    QVERIFY(identified.wait());
    const auto identity = identified.constFirst().constFirst().value<DeviceIdentity>();
    QCOMPARE(identity.profile, QStringLiteral("station"));
    QCOMPARE(identity.serialNumber, QStringLiteral("FPS-TEST-0042"));
    QCOMPARE(identity.firmwareVersion, QStringLiteral("2.3.0"));
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("Protocol version"), QStringLiteral("1")},
        {QStringLiteral("Longest request line"), QStringLiteral("512 bytes")},
        {QStringLiteral("Largest chunk"), QStringLiteral("357 bytes")},
        {QStringLiteral("Largest credential"), QStringLiteral("4096 bytes")},
        {QStringLiteral("Slots"), QStringLiteral("4")},
        {QStringLiteral("Receive buffer"), QStringLiteral("256 bytes")},
        {QStringLiteral("Credential types"), QStringLiteral("CERT,KEY,CA")},
    };
    QCOMPARE(identity.details, expected);
    // A bare line end first clears whatever noise the device holds (section 8.1).
    QCOMPARE(written.size(), 2);
    QCOMPARE(written.at(0).constFirst().toByteArray(), QByteArray("\r\n"));
    QCOMPARE(written.at(1).constFirst().toByteArray(), QByteArray("@1 HELLO 1\r\n"));
}

// Detection's probe was answered as a whole line: the device's line is clear, so the first request
// goes out at once, without the bare line end and the pause after it.
void TestStationProtocolProfile::identifyAfterDetectionNeedsNoClearing()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile);
    QSignalSpy written(&profile, &DeviceProfile::writeRequested);
    QSignalSpy identified(&profile, &DeviceProfile::identified);
    profile.inputLineIsClear();
    profile.identify();
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.at(0).constFirst().toByteArray(), QByteArray("@1 HELLO 1\r\n"));
    QVERIFY(identified.wait());
}

void TestStationProtocolProfile::pacingFollowsTheReceiveBuffer_data()
{
    QTest::addColumn<uint>("rxbuf");
    QTest::addColumn<bool>("paced");
    QTest::newRow("smaller than a WRITE line") << 48u << true;
    QTest::newRow("just below") << 98u << true;
    QTest::newRow("holds every request") << 99u << false;
    QTest::newRow("large") << 256u << false;
}

void TestStationProtocolProfile::pacingFollowsTheReceiveBuffer()
{
    QFETCH(uint, rxbuf);
    QFETCH(bool, paced);
    StationProtocolProfile profile;
    FakeStationDevice device(&profile, MEM_CRED_MAX, rxbuf);
    QVERIFY(device.booted);
    QSignalSpy pacing(&profile, &DeviceProfile::pacingRequested);
    QSignalSpy identified(&profile, &DeviceProfile::identified);
    profile.identify();
    QVERIFY(identified.wait());
    QCOMPARE(pacing.size(), paced ? 1 : 0);
    if (paced) {
        // Section 3.7: pieces no larger than the buffer, twice their wire time apart, at least 5 ms.
        QCOMPARE(pacing.constFirst().at(0).toInt(), int(rxbuf));
        QCOMPARE(pacing.constFirst().at(1).toInt(), 2);
        QCOMPARE(pacing.constFirst().at(2).value<std::chrono::milliseconds>(), std::chrono::milliseconds(5));
    }
}

void TestStationProtocolProfile::writeAndVerifyCertificateAndKey()
{
    StationProtocolProfile profile;
    // A small receive buffer makes many short chunks.
    FakeStationDevice device(&profile, MEM_CRED_MAX, 128);
    device.noisy = true;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);

    profile.writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    profile.writeCredential(0, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());
    profile.verifyCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(verified.wait());
    profile.verifyCredential(0, CredentialKind::PrivateKey, m_key);
    QVERIFY(verified.wait());
    QVERIFY(failed.isEmpty());

    QCOMPARE(device.stored(0, STATION_CRED_CERT), m_certificate.toByteArray());
    QCOMPARE(device.stored(0, STATION_CRED_KEY), m_key.toByteArray());
    QCOMPARE(device.writeViolations(), 0u);
    QCOMPARE(device.requestsOf("HELLO").size(), 1);
    // Each CHUNK line, CRLF included, fits the 128-byte receive buffer: 69 bytes of payload.
    const QList<QByteArray> chunks = device.requestsOf("CHUNK");
    const qsizetype expectedChunks = (m_certificate.size() + 68) / 69 + (m_key.size() + 68) / 69;
    QCOMPARE(chunks.size(), expectedChunks);
    for (const QByteArray &chunk : chunks)
        QVERIFY2(chunk.size() + 2 <= 128, chunk.constData());
    QCOMPARE(profile.expectedDigest(CredentialKind::PrivateKey, m_key),
             QCA::Hash(QStringLiteral("sha256")).hash(m_key.toByteArray()).toByteArray());
}

void TestStationProtocolProfile::replaceExisting()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile);
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);

    profile.writeCredential(1, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    profile.writeCredential(1, CredentialKind::Certificate, m_otherCertificate);
    QVERIFY(written.wait());
    QCOMPARE(device.stored(1, STATION_CRED_CERT), m_otherCertificate.toByteArray());

    profile.verifyCredential(1, CredentialKind::Certificate, m_otherCertificate);
    QVERIFY(verified.wait());
    profile.verifyCredential(1, CredentialKind::Certificate, m_certificate);
    QVERIFY(failed.wait());
    QCOMPARE(errorOf(failed).kind, DeviceError::Kind::VerificationMismatch);
}

void TestStationProtocolProfile::crlfPemIsSentWithLineFeeds()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile);
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
    const QCA::SecureArray crlf(m_key.toByteArray().replace("\n", "\r\n"));
    profile.writeCredential(2, CredentialKind::PrivateKey, crlf);
    QVERIFY(written.wait());
    QCOMPARE(device.stored(2, STATION_CRED_KEY), m_key.toByteArray());
    profile.verifyCredential(2, CredentialKind::PrivateKey, crlf);
    QVERIFY(verified.wait());
}

void TestStationProtocolProfile::listAndDelete()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile);
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy listed(&profile, &DeviceProfile::credentialsListed);
    QSignalSpy deleted(&profile, &DeviceProfile::credentialDeleted);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);

    profile.writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    profile.writeCredential(3, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());

    profile.listCredentials();
    QVERIFY(listed.wait());
    auto all = listed.takeFirst().constFirst().value<QList<StoredCredential>>();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).slot, 0);
    QCOMPARE(all.at(0).kind, CredentialKind::Certificate);
    QCOMPARE(all.at(0).sha256, profile.expectedDigest(CredentialKind::Certificate, m_certificate));
    QCOMPARE(all.at(1).slot, 3);
    QCOMPARE(all.at(1).kind, CredentialKind::PrivateKey);
    QCOMPARE(all.at(1).sha256, profile.expectedDigest(CredentialKind::PrivateKey, m_key));
    QCOMPARE(all.at(1).status, QStringLiteral("%1 bytes").arg(m_key.size()));

    profile.listCredentials(3);
    QVERIFY(listed.wait());
    QCOMPARE(listed.takeFirst().constFirst().value<QList<StoredCredential>>().size(), 1);
    QCOMPARE(device.requestsOf("LIST").constLast().split(' ').value(2), QByteArray("3"));

    profile.deleteCredential(3, CredentialKind::PrivateKey);
    QVERIFY(deleted.wait());
    QVERIFY(device.stored(3, STATION_CRED_KEY).isEmpty());
    profile.listCredentials();
    QVERIFY(listed.wait());
    all = listed.takeFirst().constFirst().value<QList<StoredCredential>>();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().kind, CredentialKind::Certificate);

    // The device answers "not found": nothing is left to delete, which is what was asked.
    profile.deleteCredential(3, CredentialKind::PrivateKey);
    QVERIFY(deleted.wait());
    QCOMPARE(deleted.size(), 2);
    QVERIFY(failed.isEmpty());
}

void TestStationProtocolProfile::credentialTooLargeFailsBeforeWriting()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile, 512);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(failed.wait());
    const DeviceError error = errorOf(failed);
    QCOMPARE(error.kind, DeviceError::Kind::CapacityTooSmall);
    QVERIFY2(error.message.contains(QLatin1String("at most 512 bytes")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QString::number(m_certificate.size())), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("max_credential")), qPrintable(error.message));
    QCOMPARE(device.requests, QList<QByteArray>{"@1 HELLO 1"});
}

void TestStationProtocolProfile::slotBeyondTheDeviceFailsBeforeWriting()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(4, CredentialKind::PrivateKey, m_key);
    QVERIFY(failed.wait());
    const DeviceError error = errorOf(failed);
    QCOMPARE(error.kind, DeviceError::Kind::CapacityTooSmall);
    QVERIFY2(error.message.contains(QLatin1String("4 slots")), qPrintable(error.message));
    QCOMPARE(device.requests, QList<QByteArray>{"@1 HELLO 1"});
}

void TestStationProtocolProfile::lostChunkAcknowledgementIsResent()
{
    StationProtocolProfile profile;
    profile.setTimeouts({300ms, 600ms});
    FakeStationDevice device(&profile);
    device.dropReplyTo = 2;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(2, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());
    QVERIFY(failed.isEmpty());

    // The second chunk went out twice, with a new sequence number, and was stored once.
    const QList<QByteArray> chunks = device.requestsOf("CHUNK");
    QCOMPARE(offsetOf(chunks.at(1)), 165);
    QCOMPARE(offsetOf(chunks.at(2)), 165);
    QVERIFY(chunks.at(1).split(' ').constFirst() != chunks.at(2).split(' ').constFirst());
    QCOMPARE(chunks.at(1).split(' ').mid(2), chunks.at(2).split(' ').mid(2));
    QCOMPARE(device.stored(2, STATION_CRED_KEY), m_key.toByteArray());
    QCOMPARE(device.writeViolations(), 0u);
}

void TestStationProtocolProfile::corruptedChunkIsResent()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile);
    device.corruptChunk = 1;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    QVERIFY(failed.isEmpty());

    const QList<QByteArray> chunks = device.requestsOf("CHUNK");
    QCOMPARE(chunks.size(), qsizetype((m_certificate.size() + 164) / 165 + 1));
    QCOMPARE(offsetOf(chunks.at(0)), 0);
    QCOMPARE(offsetOf(chunks.at(1)), 0);
    QVERIFY(chunks.at(0) != chunks.at(1));
    QCOMPARE(device.stored(0, STATION_CRED_CERT), m_certificate.toByteArray());
}

void TestStationProtocolProfile::lostCommitAnswerIsSettledByDigest()
{
    StationProtocolProfile profile;
    profile.setTimeouts({300ms, 300ms});
    FakeStationDevice device(&profile);
    device.dropReplyVerb = "COMMIT";
    device.dropReplyTo = 1;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    QVERIFY(failed.isEmpty());
    // The first COMMIT installed the certificate and ended the write, so the second finds none open
    // (ERR 14); the slot's digest shows the certificate arrived.
    QCOMPARE(device.requestsOf("COMMIT").size(), 2);
    QCOMPARE(device.requestsOf("WRITE").size(), 1);
    QCOMPARE(device.requestsOf("DIGEST").size(), 1);
    QCOMPARE(device.stored(0, STATION_CRED_CERT), m_certificate.toByteArray());
}

void TestStationProtocolProfile::writeLeftOpenByALostSessionIsAborted()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile);
    device.vanishAtChunk = 2;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(failed.wait());
    QCOMPARE(errorOf(failed).kind, DeviceError::Kind::Disconnected);

    // The device comes back still holding the first write open: another write is "busy" (ERR 13)
    // until an ABORT ends the old one.
    device.silent = false;
    profile.writeCredential(0, CredentialKind::Certificate, m_otherCertificate);
    QVERIFY(written.wait());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(device.requestsOf("WRITE").size(), 3);
    QCOMPARE(device.requestsOf("ABORT").size(), 1);
    QCOMPARE(device.stored(0, STATION_CRED_CERT), m_otherCertificate.toByteArray());
}

void TestStationProtocolProfile::deviceRestartMidWriteIsTransparent()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile);
    device.restartBeforeChunk = 3;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(1, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());
    QVERIFY(failed.isEmpty());

    // ERR 17 to the third chunk: HELLO again, then the write from the start.
    QCOMPARE(device.requestsOf("HELLO").size(), 2);
    QCOMPARE(device.requestsOf("WRITE").size(), 2);
    QCOMPARE(offsetOf(device.requestsOf("CHUNK").at(3)), 0);
    QCOMPARE(device.stored(1, STATION_CRED_KEY), m_key.toByteArray());
    QCOMPARE(device.writeViolations(), 0u);
}

void TestStationProtocolProfile::storageFailureAbortsAndKeepsTheOldCredential()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile);
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());

    device.storageFailsAtChunk = device.chunksReceived + 2;
    profile.writeCredential(0, CredentialKind::Certificate, m_otherCertificate);
    QVERIFY(failed.wait());
    const DeviceError error = errorOf(failed);
    QCOMPARE(error.kind, DeviceError::Kind::Refused);
    QVERIFY2(error.message.contains(QLatin1String("ERR 12")), qPrintable(error.message));
    QVERIFY2(error.step.contains(QLatin1String("slot 0")), qPrintable(error.step));
    QCOMPARE(device.requests.constLast().split(' ').value(1), QByteArray("ABORT"));
    QCOMPARE(device.stored(0, STATION_CRED_CERT), m_certificate.toByteArray());
}

void TestStationProtocolProfile::silentDeviceTimesOut()
{
    StationProtocolProfile profile;
    profile.setTimeouts({200ms, 400ms});
    FakeStationDevice device(&profile);
    device.silent = true;
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.identify();
    QVERIFY(failed.wait());
    const DeviceError error = errorOf(failed);
    QCOMPARE(error.kind, DeviceError::Kind::Timeout);
    QVERIFY2(error.message.contains(QLatin1String("HELLO")), qPrintable(error.message));
    // Two retries, each after a bare line end and each with a sequence number of its own.
    const QList<QByteArray> expected{"@1 HELLO 1", "@2 HELLO 1", "@3 HELLO 1"};
    QCOMPARE(device.requests, expected);
    QVERIFY(!profile.isBusy());
}

// A damaged answer is quoted in the error as the device sent it, its control characters escaped: a
// byte such as 0x9b (CSI on many terminals) must not reach a terminal raw.
void TestStationProtocolProfile::damagedAnswerIsQuotedEscaped()
{
    StationProtocolProfile profile;
    profile.setTimeouts({200ms, 400ms});
    connect(&profile, &DeviceProfile::writeRequested, &profile, [&profile](const QByteArray &bytes) {
        if (bytes.startsWith('@'))
            QTimer::singleShot(0, &profile, [&profile, sequence = bytes.mid(1).split(' ').value(0)] {
                profile.receiveBytes("=" + sequence + " \x9b[2J HELLO garbled\r\n");
            });
    });
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.identify();
    QVERIFY(failed.wait());
    const DeviceError error = errorOf(failed);
    QCOMPARE(error.kind, DeviceError::Kind::Timeout);
    QVERIFY2(error.message.contains(QLatin1String("\\x9b[2J HELLO garbled")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QChar(0x9b)), qPrintable(error.message));
}

void TestStationProtocolProfile::damagedStorageFailsVerification()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile);
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    device.damageStored(0, STATION_CRED_CERT);
    profile.verifyCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(failed.wait());
    const DeviceError error = errorOf(failed);
    QCOMPARE(error.kind, DeviceError::Kind::VerificationMismatch);
    QVERIFY2(error.step.contains(QLatin1String("verifying")), qPrintable(error.step));
}

void TestStationProtocolProfile::pipelinedWriteKeepsTwoRequestsOutstanding_data()
{
    QTest::addColumn<int>("pipeline");
    QTest::addColumn<int>("expected");
    QTest::newRow("device reports pipe=2") << 2 << 2;
    QTest::newRow("device reports no pipe") << 0 << 1;
}

void TestStationProtocolProfile::pipelinedWriteKeepsTwoRequestsOutstanding()
{
    QFETCH(int, pipeline);
    QFETCH(int, expected);
    StationProtocolProfile profile;
    FakeStationDevice device(&profile, MEM_CRED_MAX, 256, uint8_t(pipeline));
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    QVERIFY(m_key.size() > 3 * 165);

    profile.writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    profile.writeCredential(0, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());
    profile.verifyCredential(0, CredentialKind::PrivateKey, m_key);
    QVERIFY(verified.wait());
    QVERIFY(failed.isEmpty());

    // Section 3.7: never more than two requests outstanding, and two only when the device says so.
    QCOMPARE(device.maxOutstanding, expected);
    QCOMPARE(device.outstanding, 0);
    // What went ahead fit the receive buffer next to the LF of the request being handled.
    QVERIFY2(device.longestLineAhead <= 255, qPrintable(QString::number(device.longestLineAhead)));
    if (expected == 2) {
        // CHUNK 0 goes out during WRITE's erase, and COMMIT while the last chunk is handled.
        const qsizetype write = device.requests.indexOf(device.requestsOf("WRITE").constFirst());
        QCOMPARE(device.requests.at(write + 1).split(' ').value(1), QByteArray("CHUNK"));
        QVERIFY(device.longestLineAhead > 0);
    }
    // Every request has a number of its own, in order.
    int previous = 0;
    for (const QByteArray &request : std::as_const(device.requests)) {
        const int seq = request.split(' ').constFirst().mid(1).toInt();
        QVERIFY2(seq > previous, request.constData());
        previous = seq;
    }
    QCOMPARE(device.stored(0, STATION_CRED_CERT), m_certificate.toByteArray());
    QCOMPARE(device.stored(0, STATION_CRED_KEY), m_key.toByteArray());
    QCOMPARE(device.writeViolations(), 0u);
}

void TestStationProtocolProfile::storageFailureMidPipelineCommitsNothing()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile, MEM_CRED_MAX, 256, 2);
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    QVERIFY(m_otherCertificate.size() > 3 * 165);

    const qsizetype before = device.requests.size();
    device.storageFailsAtChunk = device.chunksReceived + 2;
    profile.writeCredential(0, CredentialKind::Certificate, m_otherCertificate);
    QVERIFY(failed.wait());
    const DeviceError error = errorOf(failed);
    QCOMPARE(error.kind, DeviceError::Kind::Refused);
    QVERIFY2(error.message.contains(QLatin1String("ERR 12")), qPrintable(error.message));
    QCOMPARE(written.size(), 1);

    // The second chunk failed while the third was already on its way. The station sent nothing
    // more, took the third's reply, then ended the write with ABORT, once.
    const QList<QByteArray> sent = device.requests.mid(before);
    QCOMPARE(sent.size(), 5);
    QCOMPARE(sent.at(0).split(' ').value(1), QByteArray("WRITE"));
    QCOMPARE(offsetOf(sent.at(1)), 0);
    QCOMPARE(offsetOf(sent.at(2)), 165);
    QCOMPARE(offsetOf(sent.at(3)), 330);
    QCOMPARE(sent.at(4).split(' ').value(1), QByteArray("ABORT"));
    QCOMPARE(device.requestsOf("COMMIT").size(), 1);
    QCOMPARE(device.outstanding, 0);
    QVERIFY(device.maxOutstanding <= 2);
    // The slot keeps the first certificate.
    QCOMPARE(device.stored(0, STATION_CRED_CERT), m_certificate.toByteArray());
}

void TestStationProtocolProfile::corruptedChunkMidPipelineIsResent()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile, MEM_CRED_MAX, 256, 2);
    device.corruptChunk = 2;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    QVERIFY(m_key.size() > 3 * 165);
    profile.writeCredential(1, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());
    QVERIFY(failed.isEmpty());

    // ERR 6 to the chunk at 165, ERR 7 to the one at 330 that went ahead; then the chunk at 165
    // again on its own, and pipelining again once it is acknowledged.
    const QList<QByteArray> chunks = device.requestsOf("CHUNK");
    QCOMPARE(offsetOf(chunks.at(0)), 0);
    QCOMPARE(offsetOf(chunks.at(1)), 165);
    QCOMPARE(offsetOf(chunks.at(2)), 330);
    QCOMPARE(offsetOf(chunks.at(3)), 165);
    QCOMPARE(offsetOf(chunks.at(4)), 330);
    QCOMPARE(chunks.size(), qsizetype((m_key.size() + 164) / 165 + 2));
    QCOMPARE(device.stored(1, STATION_CRED_KEY), m_key.toByteArray());
    QCOMPARE(device.writeViolations(), 0u);
    QCOMPARE(device.maxOutstanding, 2);
}

void TestStationProtocolProfile::lostAcknowledgementMidPipelineIsRecovered()
{
    StationProtocolProfile profile;
    profile.setTimeouts({300ms, 600ms});
    FakeStationDevice device(&profile, MEM_CRED_MAX, 256, 2);
    device.dropReplyTo = 2;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    QVERIFY(m_key.size() > 3 * 165);
    profile.writeCredential(2, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());
    QVERIFY(failed.isEmpty());

    // The reply to the chunk at 165 is lost; the one at 330 went ahead and was stored. After the
    // timeout the chunk at 165 goes out again, the device names the offset after 330 (ERR 7), and
    // the write resumes there: nothing is stored twice.
    const QList<QByteArray> chunks = device.requestsOf("CHUNK");
    QCOMPARE(offsetOf(chunks.at(1)), 165);
    QCOMPARE(offsetOf(chunks.at(2)), 330);
    QCOMPARE(offsetOf(chunks.at(3)), 165);
    QCOMPARE(offsetOf(chunks.at(4)), 495);
    QCOMPARE(device.stored(2, STATION_CRED_KEY), m_key.toByteArray());
    QCOMPARE(device.writeViolations(), 0u);
}

void TestStationProtocolProfile::busyWriteMidPipelineIsAbortedFirst()
{
    StationProtocolProfile profile;
    FakeStationDevice device(&profile, MEM_CRED_MAX, 256, 2);
    device.vanishAtChunk = 2;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(0, CredentialKind::Certificate, m_certificate);
    QVERIFY(failed.wait());
    QCOMPARE(errorOf(failed).kind, DeviceError::Kind::Disconnected);

    // The old write is still open: WRITE gets ERR 13, and the chunk that went ahead with it is
    // refused by the old write (ERR 7). Then ABORT, and the write again.
    device.silent = false;
    profile.writeCredential(0, CredentialKind::Certificate, m_otherCertificate);
    QVERIFY(written.wait());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(device.requestsOf("WRITE").size(), 3);
    QCOMPARE(device.requestsOf("ABORT").size(), 1);
    QCOMPARE(device.stored(0, STATION_CRED_CERT), m_otherCertificate.toByteArray());
    QCOMPARE(device.writeViolations(), 0u);
}

FOUNDRY_TEST_MAIN(TestStationProtocolProfile)
#include "tst_stationprotocolprofile.moc"
