#include "emulator/CertificateAuthority.h"
#include "TestMain.h"
#include "device/profiles/ZephyrShellProfile.h"

#include <QMap>

using namespace Qt::StringLiterals;
#include <QSignalSpy>
#include <QTimer>

#include <functional>

// A scripted Zephyr shell with the TLS credentials shell, answering as the public source does:
// enough to drive the profile's logic byte by byte without a port.
class FakeZephyrShell : public QObject
{
    Q_OBJECT

public:
    explicit FakeZephyrShell(ZephyrShellProfile *profile)
        : m_profile(profile)
    {
        connect(profile, &DeviceProfile::writeRequested, this, &FakeZephyrShell::receive);
    }

    bool echo = true;
    bool colours = true;
    bool silent = false;
    bool logNoise = false;  // a log line while a command runs
    bool idleLog = false;   // a log line, and the prompt again, before each command is taken
    bool bootBanner = false; // the boot banner and its prompt, still arriving after the first command
    // The first command that matches gets lastWords and nothing after them: no answer, no prompt.
    std::function<bool(const QByteArray &command)> goQuietAt;
    QByteArray lastWords;
    bool corruptStored = false;
    int bufferLimit = 4096; // firmware that raised the 1024-byte default, as a client key needs
    int slotLimit = 4;
    bool offersLoad = false; // newer Zephyr: "cred buf load", listed by "cred buf -h"
    bool helpParsing = true; // CONFIG_SHELL_HELP_OPT_PARSE: without it "-h" is data
    int lineMax = 256;       // CONFIG_SHELL_CMD_BUFF_SIZE, the terminating NUL included
    QByteArray firmware = "3.7.0";
    // Raw input that overruns the receive ring after this many bytes: the log line, then bytes lost.
    int ringFullAfter = -1;
    QList<QByteArray> rawInputs;
    QMap<QPair<int, QByteArray>, QByteArray> store;
    QList<QByteArray> commands;
    // The most commands the shell had taken whose answers had not reached the station yet.
    int mostUnanswered = 0;

private:
    void receive(const QByteArray &bytes)
    {
        m_input += bytes;
        if (m_rawInput && !takeRawInput())
            return;
        qsizetype end;
        while ((end = m_input.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_input.left(end);
            m_input.remove(0, end + 2);
            commands << line;
            if (goQuietAt && goQuietAt(line)) {
                goQuietAt = nullptr;
                silent = true;
                QTimer::singleShot(0, this, [this] { m_profile->receiveBytes(lastWords); });
            }
            if (!silent)
                answer(line);
            if (m_rawInput && !takeRawInput())
                return;
        }
    }

    // Raw input up to a Ctrl+C; false while it goes on. The LF of the CRLF that ended the command
    // went with the command here.
    bool takeRawInput()
    {
        const qsizetype end = m_input.indexOf('\x03');
        QByteArray raw = end < 0 ? m_input : m_input.left(end);
        m_input.remove(0, end < 0 ? m_input.size() : end + 1);
        QByteArray overrun;
        if (ringFullAfter >= 0 && m_rawBytes + raw.size() > ringFullAfter) {
            const qsizetype kept = qMax<qsizetype>(0, ringFullAfter - m_rawBytes);
            raw = raw.left(kept) + raw.mid(kept + 10);
            overrun = "[00:00:07.412,000] <wrn> shell_uart: RX ring buffer full.\r\n";
            ringFullAfter = -1;
        }
        m_rawBytes += raw.size();
        m_buffer += raw;
        rawInputs.last() += raw;
        if (!overrun.isEmpty())
            QTimer::singleShot(0, this, [this, overrun] { m_profile->receiveBytes(overrun); });
        if (end < 0)
            return false;
        m_rawInput = false;
        const QByteArray out = "Stored " + QByteArray::number(m_buffer.size()) + " bytes.\r\nuart:~$ ";
        QTimer::singleShot(0, this, [this, out] { m_profile->receiveBytes(out); });
        return true;
    }

    void answer(const QByteArray &fullLine)
    {
        // What the shell printed before it took the line: read on its own, ending in a prompt.
        QByteArray before;
        if (std::exchange(bootBanner, false))
            before += "*** Booting Zephyr OS build v3.7.0 ***\r\n\r\nuart:~$ ";
        if (idleLog)
            before += "[00:00:07.000,000] <wrn> net_tcp: Retransmission timeout, seq 4021\r\nuart:~$ ";
        // The shell ends the input line when it takes a command, echo or not.
        // A line longer than the command buffer is cut, and the cut command still runs.
        const QByteArray line = fullLine.left(lineMax - 1);
        QByteArray out = (echo ? line : QByteArray()) + "\r\n";
        if (logNoise)
            out += "[00:00:07.100,000] <inf> net_dhcpv4: Received: 10.0.0.7\r\n";
        const QList<QByteArray> words = line.split(' ');
        const auto word = [&](int i) { return i < words.size() ? words.at(i) : QByteArray(); };
        if (line == "shell echo") {
            out += QByteArray("Echo status: ") + (echo ? "on" : "off") + "\r\n";
        } else if (line == "shell echo off") {
            echo = false;
        } else if (line == "shell colors off") {
            colours = false;
        } else if (line == "shell vt100 off" || line.isEmpty()) {
        } else if (line == "kernel version") {
            out += "Zephyr version " + firmware + "\r\n";
        } else if (line == "hwinfo devid") {
            out += "ID: 0xdeadbeef01\r\n";
        } else if (word(0) == "cred" && word(1) == "buf" && word(2) == "clear") {
            m_buffer.clear();
        } else if (word(0) == "cred" && word(1) == "buf" && word(2) == "-h" && helpParsing) {
            out += "buf - Buffer in credential data so it can be added.\r\n";
            if (offersLoad)
                out += "Subcommands:\r\n  clear  : Clear the credential buffer\r\n"
                       "  load   : Load credential directly to buffer so it can be added.\r\n";
        } else if (word(0) == "cred" && word(1) == "buf" && word(2) == "load" && offersLoad) {
            m_buffer.clear();
            m_rawInput = true;
            m_rawBytes = 0;
            rawInputs.append(QByteArray());
            out += "Input credential, finish with CTRL+C.\r\n";
            QTimer::singleShot(0, this, [this, out] { m_profile->receiveBytes(out); });
            return;
        } else if (word(0) == "cred" && word(1) == "buf") {
            if (m_buffer.size() + word(2).size() > bufferLimit) {
                out += "Not enough room in credential buffer for provided data. Increase "
                       "CONFIG_TLS_CREDENTIALS_SHELL_CRED_BUF_SIZE.\r\n";
                m_buffer.clear();
            } else {
                m_buffer += word(2);
                out += "Stored " + QByteArray::number(word(2).size()) + " bytes.\r\n";
            }
        } else if (word(0) == "cred" && word(1) == "del") {
            const auto key = qMakePair(word(2).toInt(), word(3));
            out += store.remove(key) ? "Deleted TLS credential with sectag " + word(2) + " and type " + word(3) + ".\r\n"
                                     : "There is no TLS credential with sectag " + word(2) + " and type " + word(3) + ".\r\n";
        } else if (word(0) == "cred" && word(1) == "add") {
            const auto key = qMakePair(word(2).toInt(), word(3));
            QByteArray content = QByteArray::fromBase64(m_buffer) + '\0';
            m_buffer.clear();
            if (store.contains(key)) {
                out += "TLS credential with sectag " + word(2) + " and type " + word(3) + " already exists.\r\n";
            } else if (store.size() >= slotLimit) {
                out += "Failed to add TLS credential with sectag " + word(2) + " and type " + word(3) + ". Error: -12\r\n.";
            } else {
                if (corruptStored)
                    content[10] = static_cast<char>(content.at(10) ^ 0x20);
                store.insert(key, content);
                out += "Added TLS credential of type " + word(3) + ", sectag " + word(2) + ", and length "
                    + QByteArray::number(content.size()) + " bytes.\r\n";
            }
        } else if (word(0) == "cred" && word(1) == "list") {
            int count = 0;
            for (auto it = store.cbegin(); it != store.cend(); ++it) {
                if (!word(2).isEmpty() && it.key().first != word(2).toInt())
                    continue;
                const QByteArray compact = it.key().second == "SERVER_CERT" ? "SERV"
                                         : it.key().second == "PRIVATE_KEY" ? "PK" : "CA";
                const QByteArray digest = QCA::Hash(QStringLiteral("sha256")).hash(it.value()).toByteArray().toBase64();
                out += QByteArray::number(it.key().first) + ',' + compact + ',' + digest + ",0\r\n";
                ++count;
            }
            out += QByteArray::number(count) + " credentials found.\r\n";
        } else {
            out += word(0) + ": command not found\r\n";
        }
        out += colours ? QByteArray("\x1b[1;32muart:~$ \x1b[m") : QByteArray("uart:~$ ");
        // Arrives later and in small pieces, as serial reads do.
        mostUnanswered = qMax(mostUnanswered, ++m_unanswered);
        QTimer::singleShot(0, this, [this, before, out] {
            --m_unanswered;
            if (!before.isEmpty())
                m_profile->receiveBytes(before);
            for (qsizetype i = 0; i < out.size(); i += 7)
                m_profile->receiveBytes(out.mid(i, 7));
        });
    }

    ZephyrShellProfile *m_profile;
    QByteArray m_input;
    QByteArray m_buffer;
    bool m_rawInput = false;
    qsizetype m_rawBytes = 0;
    int m_unanswered = 0;
};

class TestZephyrShellProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void identify();
    void writeAndVerify_data();
    void writeAndVerify();
    void asksForLoadOncePerDevice();
    void shellWithoutHelpParsing();
    void shortCommandLineIsLearnt();
    void receiveBufferOverrunDuringLoad();
    void replacesWhatTheSlotHeld();
    void bufferTooSmall();
    void noFreeSlot();
    void verificationMismatch();
    void listAndDelete();
    void silentDevice();
    void receiveBufferOverrunIsNamed();
    void timeoutQuotesWhatTheDevicePrinted();
    void disconnectedLink();

private:
    // Writes the certificate to a shell that prints lastWords at the first command goQuietAt matches
    // and nothing after them; how the write failed.
    DeviceError writeUntilQuiet(const std::function<bool(const QByteArray &)> &goQuietAt, const QByteArray &lastWords,
                                std::chrono::milliseconds timeout);

    QCA::SecureArray m_certificate;
    QCA::SecureArray m_key;
};

void TestZephyrShellProfile::initTestCase()
{
    QString error;
    const auto authority = CertificateAuthority::create(&error);
    QVERIFY2(authority, qPrintable(error));
    const std::optional<IssuedCertificate> issued = authority->issue({}, &error);
    QVERIFY2(issued, qPrintable(error));
    m_certificate = QCA::SecureArray(issued->certificatePem);
    m_key = QCA::SecureArray(issued->privateKeyPem);
}

void TestZephyrShellProfile::identify()
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    QSignalSpy identified(&profile, &DeviceProfile::identified);
    QSignalSpy writes(&profile, &DeviceProfile::writeRequested);
    profile.identify();
    QVERIFY(identified.wait());
    // Each command in one write with its line end, which a paced link would otherwise hold back.
    QCOMPARE(writes.size(), shell.commands.size());
    for (const QList<QVariant> &write : std::as_const(writes))
        QVERIFY(write.constFirst().toByteArray().endsWith("\r\n"));
    const auto identity = identified.constFirst().constFirst().value<DeviceIdentity>();
    QCOMPARE(identity.profile, QStringLiteral("zephyr-shell"));
    QCOMPARE(identity.firmwareVersion, QStringLiteral("3.7.0"));
    QCOMPARE(identity.serialNumber, QStringLiteral("0xdeadbeef01"));
    // Echo and colours are switched off before anything else.
    QCOMPARE(shell.commands.mid(0, 5),
             (QList<QByteArray>{"", "shell echo", "shell echo off", "shell colors off", "shell vt100 off"}));
    QVERIFY(!shell.echo && !shell.colours);
}

void TestZephyrShellProfile::writeAndVerify_data()
{
    QTest::addColumn<bool>("key");
    QTest::addColumn<QString>("noise");
    QTest::addColumn<bool>("load");
    for (const bool load : {false, true}) {
        const char *shell = load ? ", cred buf load" : "";
        QTest::addRow("certificate%s", shell) << false << QString() << load;
        QTest::addRow("private key%s", shell) << true << QString() << load;
        QTest::addRow("certificate among log lines%s", shell) << false << QStringLiteral("log") << load;
        // Prompts that answer nothing: each must not be taken for the answer to the command just sent.
        QTest::addRow("private key, log lines while the shell is idle%s", shell) << true << QStringLiteral("idle log") << load;
        QTest::addRow("certificate, boot banner still arriving%s", shell) << false << QStringLiteral("boot banner") << load;
    }
}

void TestZephyrShellProfile::writeAndVerify()
{
    QFETCH(bool, key);
    QFETCH(QString, noise);
    QFETCH(bool, load);
    const QCA::SecureArray &pem = key ? m_key : m_certificate;
    const CredentialKind kind = key ? CredentialKind::PrivateKey : CredentialKind::Certificate;

    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.offersLoad = load;
    shell.logNoise = noise == QLatin1String("log");
    shell.idleLog = noise == QLatin1String("idle log");
    shell.bootBanner = noise == QLatin1String("boot banner");
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);

    profile.writeCredential(42, kind, pem);
    QVERIFY(written.wait());
    QVERIFY(failed.isEmpty());
    // bint: the device stores the PEM with a NUL after it.
    QCOMPARE(shell.store.value({42, ZephyrShellProfile::typeName(kind)}), pem.toByteArray() + '\0');
    // Every command line, CRLF included, fits the shell's 64-byte receive ring.
    qsizetype chunks = 0;
    for (const QByteArray &command : std::as_const(shell.commands)) {
        QVERIFY2(command.size() + 2 <= ZephyrShellProfile::receiveRingBytes, command.constData());
        if (command.startsWith("cred buf ") && command != "cred buf clear" && command != "cred buf -h"
            && command != "cred buf load")
            ++chunks;
    }
    const QByteArray base64 = pem.toByteArray().toBase64();
    if (load) {
        // Raw, in one piece, and no chunks.
        QCOMPARE(chunks, 0);
        QCOMPARE(shell.rawInputs, QList<QByteArray>{base64});
    } else {
        QCOMPARE(chunks, (base64.size() + ZephyrShellProfile::maxChunkCharacters - 1) / ZephyrShellProfile::maxChunkCharacters);
        QVERIFY(shell.rawInputs.isEmpty());
        // One chunk goes out while the shell runs the one before, never more: the ring holds one line.
        QCOMPARE(shell.mostUnanswered, 2);
    }

    profile.verifyCredential(42, kind, pem);
    QVERIFY(verified.wait());
    QVERIFY(failed.isEmpty());
    QCOMPARE(verified.constFirst().at(0).toInt(), 42);
}

// The help is asked for at the first write of a device, and its answer holds for the next ones.
void TestZephyrShellProfile::asksForLoadOncePerDevice()
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.offersLoad = true;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(4, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    profile.verifyCredential(4, CredentialKind::Certificate, m_certificate);
    QVERIFY(verified.wait());
    profile.writeCredential(4, CredentialKind::PrivateKey, m_key);
    QVERIFY(written.wait());
    profile.verifyCredential(4, CredentialKind::PrivateKey, m_key);
    QVERIFY(verified.wait());
    QVERIFY(failed.isEmpty());
    QCOMPARE(shell.commands.count("cred buf -h"), 1);
    QCOMPARE(shell.commands.count("cred buf load"), 2);
    QCOMPARE(shell.rawInputs.size(), 2);
    QCOMPARE(shell.store.value({4, "PRIVATE_KEY"}), m_key.toByteArray() + '\0');
}

// Without CONFIG_SHELL_HELP_OPT_PARSE "-h" is stored as data: the write clears it before it begins.
void TestZephyrShellProfile::shellWithoutHelpParsing()
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.helpParsing = false;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    profile.writeCredential(6, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    QCOMPARE(shell.store.value({6, "SERVER_CERT"}), m_certificate.toByteArray() + '\0');
    QVERIFY(!shell.commands.contains("cred buf load"));
}

// A shell whose command line is shorter than a chunk cuts the first one and says how much it kept:
// the write goes on from there, and the next device with that firmware gets chunks that fit.
void TestZephyrShellProfile::shortCommandLineIsLearnt()
{
    const auto chunkLengths = [](const FakeZephyrShell &shell) {
        QList<qsizetype> lengths;
        for (const QByteArray &command : shell.commands) {
            if (command.startsWith("cred buf ") && command != "cred buf clear" && command != "cred buf -h")
                lengths << command.size() - 9;
        }
        return lengths;
    };
    for (int device = 0; device < 2; ++device) {
        ZephyrShellProfile profile;
        FakeZephyrShell shell(&profile);
        shell.lineMax = 40;
        shell.firmware = "3.5.0-short-line";
        QSignalSpy identified(&profile, &DeviceProfile::identified);
        QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
        QSignalSpy verified(&profile, &DeviceProfile::credentialVerified);
        profile.identify();
        QVERIFY(identified.wait());
        profile.writeCredential(8, CredentialKind::Certificate, m_certificate);
        QVERIFY(written.wait());
        profile.verifyCredential(8, CredentialKind::Certificate, m_certificate);
        QVERIFY(verified.wait());
        QCOMPARE(shell.store.value({8, "SERVER_CERT"}), m_certificate.toByteArray() + '\0');
        const QList<qsizetype> lengths = chunkLengths(shell);
        // 40 bytes of command buffer keep 39 characters: "cred buf " and 30 of the chunk.
        QCOMPARE(lengths.constFirst(), device == 0 ? qsizetype(ZephyrShellProfile::maxChunkCharacters) : qsizetype(30));
        for (qsizetype i = 1; i < lengths.size(); ++i)
            QVERIFY(lengths.at(i) <= 30);
    }
}

// "RX ring buffer full." in the middle of raw input: the write fails at once, says what to change
// and nothing of the key, and the shell, which the stream's Ctrl+C put back to commands, still
// answers the next operation.
void TestZephyrShellProfile::receiveBufferOverrunDuringLoad()
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.offersLoad = true;
    shell.ringFullAfter = 700;
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(9, CredentialKind::PrivateKey, m_key);
    QVERIFY(failed.wait());
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    QCOMPARE(error.kind, DeviceError::Kind::CapacityTooSmall);
    QVERIFY2(error.message.contains(QLatin1String("RX ring buffer full."))
                 && error.message.contains(QLatin1String("CONFIG_SHELL_BACKEND_SERIAL_RX_RING_BUFFER_SIZE")),
             qPrintable(error.message));
    const QByteArray base64 = m_key.toByteArray().toBase64();
    for (qsizetype i = 0; i + 8 <= base64.size(); i += 8)
        QVERIFY(!error.message.contains(QString::fromLatin1(base64.mid(i, 8))));
    QVERIFY(!shell.commands.contains("cred add 9 PRIVATE_KEY default bint"));
    QVERIFY(shell.store.isEmpty());

    QSignalSpy deleted(&profile, &DeviceProfile::credentialDeleted);
    profile.deleteCredential(9, CredentialKind::PrivateKey);
    QVERIFY(deleted.wait());
    QCOMPARE(failed.size(), 1);
}

void TestZephyrShellProfile::replacesWhatTheSlotHeld()
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.store.insert({7, "SERVER_CERT"}, "old certificate");
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    profile.writeCredential(7, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    QCOMPARE(shell.store.value({7, "SERVER_CERT"}), m_certificate.toByteArray() + '\0');
    QVERIFY(shell.commands.contains("cred del 7 SERVER_CERT"));
}

void TestZephyrShellProfile::bufferTooSmall()
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.bufferLimit = 1024; // Zephyr's default
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(1, CredentialKind::PrivateKey, m_key);
    QVERIFY(failed.wait());
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    QCOMPARE(error.kind, DeviceError::Kind::CapacityTooSmall);
    QVERIFY2(error.message.contains(QLatin1String("CONFIG_TLS_CREDENTIALS_SHELL_CRED_BUF_SIZE")), qPrintable(error.message));
    QVERIFY2(error.step.contains(QLatin1String("private key")), qPrintable(error.step));
    QVERIFY(shell.store.isEmpty());
}

void TestZephyrShellProfile::noFreeSlot()
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.slotLimit = 1;
    shell.store.insert({1, "CA_CERT"}, "a CA");
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(2, CredentialKind::Certificate, m_certificate);
    QVERIFY(failed.wait());
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    QCOMPARE(error.kind, DeviceError::Kind::CapacityTooSmall);
    QVERIFY2(error.message.contains(QLatin1String("CONFIG_TLS_MAX_CREDENTIALS_NUMBER")), qPrintable(error.message));
}

void TestZephyrShellProfile::verificationMismatch()
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.corruptStored = true;
    QSignalSpy written(&profile, &DeviceProfile::credentialWritten);
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(3, CredentialKind::Certificate, m_certificate);
    QVERIFY(written.wait());
    profile.verifyCredential(3, CredentialKind::Certificate, m_certificate);
    QVERIFY(failed.wait());
    const auto error = failed.constFirst().constFirst().value<DeviceError>();
    QCOMPARE(error.kind, DeviceError::Kind::VerificationMismatch);
    QVERIFY2(error.step.contains(QLatin1String("verifying")), qPrintable(error.step));
}

void TestZephyrShellProfile::listAndDelete()
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.store.insert({5, "SERVER_CERT"}, "cert\0"_ba);
    shell.store.insert({5, "PRIVATE_KEY"}, "key\0"_ba);
    shell.store.insert({9, "CA_CERT"}, "ca\0"_ba);
    QSignalSpy listed(&profile, &DeviceProfile::credentialsListed);
    profile.listCredentials(5);
    QVERIFY(listed.wait());
    const auto credentials = listed.constFirst().constFirst().value<QList<StoredCredential>>();
    QCOMPARE(credentials.size(), 2);
    for (const StoredCredential &credential : credentials) {
        QCOMPARE(credential.slot, 5);
        QCOMPARE(credential.sha256.size(), 32);
    }

    QSignalSpy deleted(&profile, &DeviceProfile::credentialDeleted);
    profile.deleteCredential(5, CredentialKind::PrivateKey);
    QVERIFY(deleted.wait());
    QVERIFY(!shell.store.contains({5, "PRIVATE_KEY"}));
    QVERIFY(shell.store.contains({5, "SERVER_CERT"}));
}

// The shell's UART backend logs "RX ring buffer full." when its input overruns: the line the station
// was sending is cut, so no answer comes. The error says what the device said and what to change.
void TestZephyrShellProfile::receiveBufferOverrunIsNamed()
{
    // Logged while the shell waits for the rest of the line, so it prints its prompt again after it.
    // Long before the timeout: the station does not wait for what will not come.
    const DeviceError error = writeUntilQuiet(
        [](const QByteArray &command) {
            return command.startsWith("cred buf ") && command != "cred buf clear" && command != "cred buf -h";
        },
        "[00:00:07.412,000] <wrn> shell_uart: RX ring buffer full.\r\nuart:~$ ", std::chrono::milliseconds(20000));
    QCOMPARE(error.kind, DeviceError::Kind::CapacityTooSmall);
    QVERIFY2(error.message.contains(QLatin1String("<wrn> shell_uart: RX ring buffer full.\""))
                 && error.message.contains(QLatin1String("CONFIG_SHELL_BACKEND_SERIAL_RX_RING_BUFFER_SIZE"))
                 && error.message.contains(QLatin1String("lower baud rate")),
             qPrintable(error.message));
}

// A device that prints an error and then says nothing more: the timeout quotes what it printed, with
// control characters escaped.
void TestZephyrShellProfile::timeoutQuotesWhatTheDevicePrinted()
{
    const DeviceError error = writeUntilQuiet(
        [](const QByteArray &command) { return command.startsWith("cred add "); },
        "\r\n[00:00:09.001,000] <err> flash_stm32: write failed at \x9b 0x3f000: -5\r\n", std::chrono::milliseconds(300));
    QCOMPARE(error.kind, DeviceError::Kind::Timeout);
    QVERIFY2(error.message.contains(QLatin1String("<err> flash_stm32: write failed at \\x9b 0x3f000: -5")),
             qPrintable(error.message));
    QVERIFY2(!error.message.contains(QChar(0x9b)), qPrintable(error.message));
}

DeviceError TestZephyrShellProfile::writeUntilQuiet(const std::function<bool(const QByteArray &)> &goQuietAt,
                                                    const QByteArray &lastWords, std::chrono::milliseconds timeout)
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.goQuietAt = goQuietAt;
    shell.lastWords = lastWords;
    profile.setTimeouts({timeout, timeout * 2});
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(42, CredentialKind::Certificate, m_certificate);
    if (!failed.wait(10000) || profile.isBusy())
        return {};
    return failed.constFirst().constFirst().value<DeviceError>();
}

void TestZephyrShellProfile::silentDevice()
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.silent = true;
    profile.setTimeouts({std::chrono::milliseconds(300), std::chrono::milliseconds(600)});
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.writeCredential(1, CredentialKind::Certificate, m_certificate);
    QVERIFY(failed.wait());
    QCOMPARE(failed.constFirst().constFirst().value<DeviceError>().kind, DeviceError::Kind::Timeout);
    QVERIFY(!profile.isBusy());
}

void TestZephyrShellProfile::disconnectedLink()
{
    ZephyrShellProfile profile;
    FakeZephyrShell shell(&profile);
    shell.silent = true;
    QSignalSpy failed(&profile, &DeviceProfile::operationFailed);
    profile.identify();
    profile.linkFailed(QStringLiteral("the device disconnected"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().constFirst().value<DeviceError>().kind, DeviceError::Kind::Disconnected);
}

FOUNDRY_TEST_MAIN(TestZephyrShellProfile)
#include "tst_zephyrshellprofile.moc"
