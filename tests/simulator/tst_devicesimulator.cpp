#include "emulator/CertificateAuthority.h"
#include "simulator/DeviceSimulator.h"
#include "PtyClient.h"
#include "simulator/SimulatorFault.h"
#include "simulator/SimulatorOptions.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Simulator;

namespace {

using Profile = SimulatorOptions::Profile;

// Most tests run the line at 1 Mbaud; one checks the real 115200.
constexpr int fastBaud = 1000000;
constexpr int processTimeoutMs = 15000;
const QByteArray prompt = "uart:~$ ";

SimulatorOptions optionsFor(Profile profile)
{
    SimulatorOptions options;
    options.profile = profile;
    options.baud = fastBaud;
    return options;
}

std::unique_ptr<DeviceSimulator> startDevice(const SimulatorOptions &options, PtyClient &host)
{
    QString error;
    const std::optional<SimulatorOptions> resolved = options.resolved(&error);
    if (!resolved) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto simulator = std::make_unique<DeviceSimulator>(*resolved);
    if (!simulator->start(&error) || !host.open(simulator->portName(), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return simulator;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// CRC-32/ISO-HDLC, as the station protocol's chunks carry it.
quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

QJsonObject readStore(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject storedItem(const QJsonObject &store, int tag, const QString &type)
{
    for (const QJsonValue &value : store.value("credentials"_L1).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value("tag"_L1).toInt() == tag && item.value("type"_L1).toString() == type)
            return item;
    }
    return {};
}

// The exact bytes a store file says the device holds.
QByteArray storedData(const QString &path, int tag, const QString &type)
{
    const QJsonObject item = storedItem(readStore(path), tag, type);
    return QByteArray::fromBase64(item.value("data"_L1).toString().toLatin1());
}

// A Zephyr command and what the shell answers, up to its next prompt.
QByteArray zephyr(PtyClient &host, const QByteArray &line)
{
    return host.exchange(line + "\r\n", prompt);
}

// Waits for the boot prompt, then turns echo, colours and VT100 off, as a careful host starts.
bool quietShell(PtyClient &host)
{
    if (!host.waitFor(prompt))
        return false;
    host.take();
    for (const char *command : {"shell echo off", "shell colors off", "shell vt100 off"}) {
        if (zephyr(host, command).isEmpty())
            return false;
    }
    host.take();
    return true;
}

// Writes PEM the way nrfcredstore does: base64 in 48-character `cred buf` chunks, each
// acknowledged, then `cred add ... bint`. Returns the shell's last answer.
QByteArray zephyrWrite(PtyClient &host, int tag, const QByteArray &type, const QByteArray &pem)
{
    const QByteArray encoded = pem.toBase64();
    zephyr(host, "cred buf clear");
    for (qsizetype i = 0; i < encoded.size(); i += 48) {
        const QByteArray chunk = encoded.mid(i, 48);
        const QByteArray reply = zephyr(host, "cred buf " + chunk);
        if (!reply.contains("Stored " + QByteArray::number(chunk.size()) + " bytes."))
            return reply;
    }
    return zephyr(host, "cred add " + QByteArray::number(tag) + ' ' + type + " default bint");
}

QByteArray zephyrDigest(const QByteArray &pem)
{
    return sha256(pem + '\0').toBase64();
}

// One station request and the reply lines that carry its sequence number.
QByteArrayList station(PtyClient &host, int sequence, const QByteArray &request)
{
    const QByteArray tag = '=' + QByteArray::number(sequence) + ' ';
    const QRegularExpression final(u"(^|\\n)=%1 (OK|ERR) [^\\r]*\\r\\n"_s.arg(sequence));
    host.take();
    if (!host.write('@' + QByteArray::number(sequence) + ' ' + request + "\r\n"))
        return {};
    if (!QTest::qWaitFor([&] {
            return final.match(QString::fromLatin1(host.received())).hasMatch();
        })) {
        return {};
    }
    QByteArrayList lines;
    for (const QByteArray &line : host.take().split('\n')) {
        if (line.startsWith(tag))
            lines.append(line.trimmed());
    }
    return lines;
}

// WRITE, CHUNKs of 165 bytes (what fits a 256-byte receive buffer), COMMIT: the final reply.
QByteArray stationWrite(PtyClient &host, int *sequence, int slot, const QByteArray &type,
                        const QByteArray &data)
{
    const QByteArray opened = station(host, ++*sequence,
                                      "WRITE " + QByteArray::number(slot) + ' ' + type + ' '
                                              + QByteArray::number(data.size()) + ' '
                                              + sha256(data).toHex())
                                      .value(0);
    if (!opened.contains(" OK WRITE "))
        return opened;
    for (qsizetype offset = 0; offset < data.size(); offset += 165) {
        const QByteArray chunk = data.mid(offset, 165);
        const QByteArray reply = station(host, ++*sequence,
                                         "CHUNK " + QByteArray::number(offset) + ' '
                                                 + chunk.toBase64() + ' '
                                                 + QByteArray::number(crc32(chunk), 16)
                                                           .rightJustified(8, '0'))
                                         .value(0);
        if (!reply.contains(" OK CHUNK "))
            return reply;
    }
    return station(host, ++*sequence, "COMMIT").value(0);
}

QByteArray modemWrite(PtyClient &host, int tag, int type, const QByteArray &content)
{
    return host.exchange("AT%CMNG=0," + QByteArray::number(tag) + ',' + QByteArray::number(type)
                                 + ",\"" + content + "\"\r",
                         "\r\n");
}

QString executablePath()
{
    return QStringLiteral(FOUNDRY_BIN_DIR "/device-simulator");
}

// Starts the executable and returns its port, or an empty string with the reason in *error.
QString startProcess(QProcess &process, const QStringList &arguments, QString *error)
{
    process.start(executablePath(), arguments);
    if (!process.waitForStarted()) {
        *error = process.errorString();
        return {};
    }
    const auto announced = [&] {
        return process.canReadLine() || process.state() != QProcess::Running;
    };
    if (!QTest::qWaitFor(announced, QDeadlineTimer(processTimeoutMs))) {
        *error = u"no port announced"_s;
        return {};
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match =
            QRegularExpression(u"^pty (/dev/pts/[0-9]+)$"_s).match(line);
    if (!match.hasMatch()) {
        *error = line + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return match.captured(1);
}

bool stopProcess(QProcess &process, QString *log)
{
    process.terminate();
    const bool finished = process.waitForFinished(processTimeoutMs);
    *log = QString::fromUtf8(process.readAllStandardError());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QByteArray control(const QString &socketPath, const QByteArray &command)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(processTimeoutMs))
        return {};
    socket.write(command + '\n');
    if (!QTest::qWaitFor([&] { return socket.canReadLine(); }, QDeadlineTimer(processTimeoutMs)))
        return {};
    return socket.readLine().trimmed();
}

} // namespace

class TestDeviceSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parseFault_data();
    void parseFault();
    void parseFaultRejects_data();
    void parseFaultRejects();
    void resolvedOptions();

    void zephyrEchoAndColours();
    void zephyrCredentialRoundTrip();
    void zephyrRefusals();
    void zephyrCredBufWithoutLoad();
    void zephyrCredBufLoad();
    void zephyrCredBufLoadOverrun();
    void zephyrCredentialBufferOverflow();
    void zephyrSlotLimit();
    void zephyrLineLimit();
    void zephyrReceiveOverrun();
    void logNoise();

    void modemFunctionalModeGating();
    void modemWriteListReadDelete();
    void modemRejectsCrLf();
    void modemIdentity();
    void modemOverwrite();

    void stationHello();
    void stationWriteCommitDigest();
    void stationsComeAndGo();

    void faultVanish();
    void faultCorruptByte();
    void faultCorruptByteStation();
    void faultStopAnswering();
    void faultStopAnsweringForever();
    void faultRejectWrite();
    void faultWrongDigest();
    void faultWrongDigestStation();

    void storeSurvivesRestart();
    void realisticBaudRate();
    void stationFlashTiming();
    void stationPipelineFitsTheReceiveBuffer();
    void modemFlashTiming();
    void zephyrCredentialsLiveInRam();
    void flatWriteTime();

    void executable();
    void executableRejectsBadArguments_data();
    void executableRejectsBadArguments();
    void twoSimulatorsAtOnce();

private:
    IssuedCertificate m_issued;
    IssuedCertificate m_other;
};

void TestDeviceSimulator::initTestCase()
{
    QString error;
    const std::unique_ptr<CertificateAuthority> authority = CertificateAuthority::create(&error);
    QVERIFY2(authority, qPrintable(error));
    const std::optional<IssuedCertificate> issued = authority->issue(CertificateRequest(), &error);
    QVERIFY2(issued, qPrintable(error));
    m_issued = *issued;
    const std::optional<IssuedCertificate> other = authority->issue(CertificateRequest(), &error);
    QVERIFY2(other, qPrintable(error));
    m_other = *other;
}

void TestDeviceSimulator::parseFault_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("remaining");

    using Kind = SimulatorFault::Kind;
    QTest::newRow("vanish") << u"vanish=300"_s << int(Kind::Vanish) << 300 << 1;
    QTest::newRow("corrupt at offset")
            << u"corrupt-byte=12x2"_s << int(Kind::CorruptByte) << 12 << 2;
    QTest::newRow("corrupt") << u"corrupt-byte"_s << int(Kind::CorruptByte) << -1 << 1;
    QTest::newRow("stop forever") << u"stop-answeringx*"_s << int(Kind::StopAnswering) << -1 << -1;
    QTest::newRow("reject") << u"reject-writex3"_s << int(Kind::RejectWrite) << -1 << 3;
    QTest::newRow("wrong digest") << u"wrong-digest"_s << int(Kind::WrongDigest) << -1 << 1;
}

void TestDeviceSimulator::parseFault()
{
    QFETCH(QString, spec);
    QFETCH(int, kind);
    QFETCH(int, value);
    QFETCH(int, remaining);

    QString error;
    const std::optional<SimulatorFault> fault = SimulatorFault::parse(spec, &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(int(fault->kind), kind);
    QCOMPARE(fault->value.value_or(-1), value);
    QCOMPARE(fault->remaining, remaining);
    QCOMPARE(fault->toString(), spec);
}

void TestDeviceSimulator::parseFaultRejects_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("unknown") << u"explode"_s << u"unknown fault"_s;
    QTest::newRow("value where none") << u"wrong-digest=3"_s << u"takes no value"_s;
    QTest::newRow("vanish count") << u"vanish=3x2"_s << u"takes no count"_s;
    QTest::newRow("vanish zero") << u"vanish=0"_s << u"must be between 1"_s;
    QTest::newRow("zero count") << u"reject-writex0"_s << u"count"_s;
    QTest::newRow("syntax") << u"reject-write!"_s << u"malformed"_s;
}

void TestDeviceSimulator::parseFaultRejects()
{
    QFETCH(QString, spec);
    QFETCH(QString, expectedError);

    QString error;
    QVERIFY(!SimulatorFault::parse(spec, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void TestDeviceSimulator::resolvedOptions()
{
    QString error;
    const std::optional<SimulatorOptions> zephyrOptions =
            SimulatorOptions().resolved(&error);
    QVERIFY2(zephyrOptions, qPrintable(error));
    QCOMPARE(*zephyrOptions->rxBuffer, 64);
    QCOMPARE(*zephyrOptions->lineMax, 256);
    QCOMPARE(*zephyrOptions->slots, 4);
    QCOMPARE(zephyrOptions->credBufSize, 1024);
    QCOMPARE(zephyrOptions->baud, 115200);

    SimulatorOptions station = optionsFor(Profile::Station);
    station.lineMax = 300;
    QVERIFY(!station.resolved(&error));
    QVERIFY2(error.contains(u"fixed"_s), qPrintable(error));

    SimulatorOptions modem = optionsFor(Profile::NrfModem);
    modem.imei = u"12345"_s;
    QVERIFY(!modem.resolved(&error));
    QVERIFY2(error.contains(u"15 digits"_s), qPrintable(error));

    // The nRF52840's flash unless told otherwise; no flat write time.
    QCOMPARE(zephyrOptions->flash.sectorBytes, 4096);
    QCOMPARE(zephyrOptions->flash.sectorErase, std::chrono::microseconds(85000));
    QCOMPARE(zephyrOptions->flash.wordBytes, 4);
    QCOMPARE(zephyrOptions->flash.wordProgram, std::chrono::microseconds(41));
    QVERIFY(!zephyrOptions->writeTime);
    SimulatorOptions wideWord = optionsFor(Profile::Station);
    wideWord.flash.wordBytes = 8192;
    QVERIFY(!wideWord.resolved(&error));
    QVERIFY2(error.contains(u"--flash-word"_s), qPrintable(error));
}

void TestDeviceSimulator::zephyrEchoAndColours()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::ZephyrShell), host);
    QVERIFY(device);

    QVERIFY(host.waitFor("\x1b[1;32muart:~$ \x1b[m"));
    QCOMPARE(host.take(),
             "*** Booting Zephyr OS build v3.7.0 ***\r\n\r\n\x1b[1;32muart:~$ \x1b[m"_ba);
    // A bare newline first: the shell answers with a fresh, coloured prompt.
    QCOMPARE(host.exchange("\r\n", prompt + "\x1b[m"), "\r\n\x1b[1;32muart:~$ \x1b[m"_ba);
    // Every byte is echoed; errors come in red.
    const QByteArray unknown = host.exchange("frobnicate\r\n", prompt + "\x1b[m");
    QCOMPARE(unknown, "frobnicate\r\n\x1b[1;31mfrobnicate: command not found\r\n\x1b[m"
                      "\x1b[1;32muart:~$ \x1b[m"_ba);

    QVERIFY(zephyr(host, "shell echo off").startsWith("shell echo off\r\n"));
    // Without echo the command is not repeated; the prompt after it comes without colour.
    QCOMPARE(zephyr(host, "shell colors off"), "\r\n" + prompt);
    QCOMPARE(zephyr(host, "shell vt100 off"), "\r\n" + prompt);
    QCOMPARE(zephyr(host, "cred list"), "\r\n0 credentials found.\r\n" + prompt);
    QCOMPARE(zephyr(host, "shell echo"), "\r\nEcho status: off\r\n" + prompt);
    QCOMPARE(zephyr(host, "retval"), "\r\n0\r\n" + prompt);

    // A power cycle brings the defaults back.
    host.take();
    device->powerCycle();
    QVERIFY(host.waitFor("\x1b[1;32muart:~$ \x1b[m"));
    QVERIFY(host.take().contains("*** Booting Zephyr OS build"));
    QVERIFY(host.exchange("cred list\r\n", prompt).startsWith("cred list\r\n"));
}

void TestDeviceSimulator::zephyrCredentialRoundTrip()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString storePath = directory.filePath(u"zephyr.json"_s);
    SimulatorOptions options = optionsFor(Profile::ZephyrShell);
    // A client certificate does not fit the default buffer; real firmware raises it too.
    options.credBufSize = 4096;
    options.storePath = storePath;
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    const QByteArray &certificate = m_issued.certificatePem;
    const QByteArray &key = m_issued.privateKeyPem;
    QByteArray reply = zephyrWrite(host, 42, "SERV", certificate);
    QVERIFY2(reply.contains("Added TLS credential of type SERVER_CERT, sectag 42, and length "
                            + QByteArray::number(certificate.size() + 1) + " bytes."),
             reply.constData());
    reply = zephyrWrite(host, 42, "PK", key);
    QVERIFY2(reply.contains("Added TLS credential of type PRIVATE_KEY, sectag 42"),
             reply.constData());

    // Digests are base64 of SHA-256 of the stored bytes: the PEM and the NUL of bint.
    QCOMPARE(zephyr(host, "cred list 42"),
             "\r\n42,SERV," + zephyrDigest(certificate) + ",0\r\n42,PK," + zephyrDigest(key)
                     + ",0\r\n2 credentials found.\r\n" + prompt);
    QCOMPARE(zephyr(host, "cred list any PK"),
             "\r\n42,PK," + zephyrDigest(key) + ",0\r\n1 credentials found.\r\n" + prompt);

    // A certificate can be read back; a private key cannot.
    reply = zephyr(host, "cred get 42 SERV bint");
    QByteArray encoded;
    for (const QByteArray &line : reply.split('\n')) {
        const QByteArray text = line.trimmed();
        if (!text.isEmpty() && !text.contains(' ') && text != prompt.trimmed())
            encoded += text;
    }
    QCOMPARE(QByteArray::fromBase64(encoded), certificate);
    QVERIFY(zephyr(host, "cred get 42 PK bint")
                    .contains("Could not retrieve TLS credential with sectag 42 and type "
                              "PRIVATE_KEY due to error: -13."));
    QCOMPARE(zephyr(host, "retval"), "\r\n-13\r\n" + prompt);

    // The store file: the certificate in full, the key by digest and length only.
    QFile file(storePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    const QJsonObject store = QJsonDocument::fromJson(raw).object();
    QCOMPARE(store.value("profile"_L1).toString(), u"zephyr-shell"_s);
    const QJsonObject storedCertificate = storedItem(store, 42, u"SERV"_s);
    QCOMPARE(storedData(storePath, 42, u"SERV"_s), certificate + '\0');
    QCOMPARE(storedCertificate.value("format"_L1).toString(), u"bint"_s);
    const QJsonObject storedKey = storedItem(store, 42, u"PK"_s);
    QVERIFY(!storedKey.isEmpty());
    QVERIFY(!storedKey.contains("data"_L1));
    QVERIFY(storedKey.value("secret"_L1).toBool());
    QCOMPARE(storedKey.value("sha256"_L1).toString().toLatin1(), sha256(key + '\0').toHex());
    QCOMPARE(storedKey.value("length"_L1).toInt(), key.size() + 1);
    const QByteArray keyLine = key.split('\n').value(5);
    QVERIFY(keyLine.size() == 64);
    QVERIFY(!raw.contains(keyLine));
    QVERIFY(!raw.contains(key.toBase64().mid(200, 64)));

    const QList<StoredCredential> held = device->credentials();
    QCOMPARE(held.size(), 2);

    // Delete before add: add never overwrites.
    QVERIFY(zephyrWrite(host, 42, "SERV", certificate)
                    .contains("TLS credential with sectag 42 and type SERVER_CERT already "
                              "exists."));
    QCOMPARE(zephyr(host, "retval"), "\r\n-17\r\n" + prompt);
    QCOMPARE(zephyr(host, "cred del 42 SERV"),
             "\r\nStored credential freed.\r\nDeleted TLS credential with sectag 42 and type "
             "SERVER_CERT.\r\n" + prompt);
    QVERIFY(zephyr(host, "cred del 42 CLIENT_CERT")
                    .contains("There is no TLS credential with sectag 42 and type SERVER_CERT."));
    QVERIFY(zephyr(host, "cred del 42 PRIVATE_KEY").contains("Deleted TLS credential"));
    QCOMPARE(zephyr(host, "cred list"), "\r\n0 credentials found.\r\n" + prompt);
    QVERIFY(readStore(storePath).value("credentials"_L1).toArray().isEmpty());
}

void TestDeviceSimulator::zephyrRefusals()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::ZephyrShell), host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    QCOMPARE(zephyr(host, "frobnicate"), "\r\nfrobnicate: command not found\r\n" + prompt);
    QCOMPARE(zephyr(host, "retval"), "\r\n-8\r\n" + prompt);
    QVERIFY(zephyr(host, "cred add x1 CA default bint aGVsbG8=")
                    .contains("x1 is not a valid sectag."));
    QVERIFY(zephyr(host, "cred add 1 CERT default bint aGVsbG8=")
                    .contains("CERT is not a valid credential type."));
    QVERIFY(zephyr(host, "cred add 1 CA flash bint aGVsbG8=")
                    .contains("flash is not a valid backend."));
    QVERIFY(zephyr(host, "cred add 1 CA default pem aGVsbG8=")
                    .contains("pem is not a valid storage format."));
    QVERIFY(zephyr(host, "cred add 1 CA default bint")
                    .contains("Please provide a credential to add."));
    QVERIFY(zephyr(host, "cred add 1 CA default bin aGV*bG8=")
                    .contains("Could not decode input from base64, error: -22"));
    QVERIFY(zephyr(host, "cred add 1 CA").contains("add: wrong parameter count"));
    QCOMPARE(zephyr(host, "retval"), "\r\n-22\r\n" + prompt);
    // Type aliases, backend and format in any case; list shows the compact name.
    QVERIFY(zephyr(host, "cred add 1 client_cert DEFAULT BIN aGVsbG8=")
                    .contains("Added TLS credential of type SERVER_CERT, sectag 1, and length 5 "
                              "bytes."));
    QVERIFY(zephyr(host, "cred add 1 PSK_ID default str device-7").contains("length 8 bytes."));
    QCOMPARE(zephyr(host, "cred list 1"),
             "\r\n1,SERV," + sha256("hello").toBase64() + ",0\r\n1,PSK_ID,"
                     + sha256("device-7").toBase64() + ",0\r\n2 credentials found.\r\n" + prompt);
    QVERIFY(zephyr(host, "cred").contains("Subcommands:"));
    QCOMPARE(zephyr(host, "retval"), "\r\n1\r\n" + prompt);
}

// Zephyr 3.7 has no `cred buf load`: the word is data, and the help of `cred buf` lists no
// subcommands. `clear` is a word the handler looks for, and it speaks only when there was data.
void TestDeviceSimulator::zephyrCredBufWithoutLoad()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::ZephyrShell), host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    QCOMPARE(zephyr(host, "cred buf -h"),
             "\r\nbuf - Buffer in credential data so it can be added.\r\n" + prompt);
    QCOMPARE(zephyr(host, "retval"), "\r\n1\r\n" + prompt);
    QCOMPARE(zephyr(host, "cred buf clear"), "\r\n" + prompt);
    QCOMPARE(zephyr(host, "cred buf load"), "\r\nStored 4 bytes.\r\n" + prompt);
    QCOMPARE(zephyr(host, "cred buf clear"), "\r\nCredential buffer cleared.\r\n" + prompt);
}

// Newer Zephyr (--cred-buf-load): raw input into the buffer, ended by Ctrl+C. The LF of the CRLF
// that ended the command is already raw input, as on the device; the base64 decoder skips line
// breaks.
void TestDeviceSimulator::zephyrCredBufLoad()
{
    SimulatorOptions options = optionsFor(Profile::ZephyrShell);
    options.credBufLoad = true;
    options.credBufSize = 4096;
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    QCOMPARE(zephyr(host, "cred buf --help"),
             "\r\nbuf - Buffer in credential data so it can be added.\r\nSubcommands:\r\n"
             "  clear  : Clear the credential buffer\r\n"
             "  load   : Load credential directly to buffer so it can be added.\r\n"
                     + prompt);
    QCOMPARE(zephyr(host, "cred buf clear"), "\r\nCredential buffer cleared.\r\n" + prompt);
    QCOMPARE(host.exchange("cred buf load\r\n", "CTRL+C.\r\n"),
             "\r\nInput credential, finish with CTRL+C.\r\n"_ba);
    QCOMPARE(host.exchange("aGVs\nbG8=\x03", prompt), "Stored 10 bytes.\r\n" + prompt);
    QVERIFY(zephyr(host, "cred add 2 CA default bint").contains("length 6 bytes."));

    // A whole certificate at line rate, once the shell has said it takes raw input: the idle
    // shell empties its receive ring as fast as bytes arrive, and loses none.
    const QByteArray encoded = m_issued.certificatePem.toBase64();
    QVERIFY(host.exchange("cred buf load\r\n", "CTRL+C.\r\n").contains("Input credential"));
    QCOMPARE(host.exchange(encoded + '\x03', prompt),
             "Stored " + QByteArray::number(encoded.size() + 1) + " bytes.\r\n" + prompt);
    QVERIFY(zephyr(host, "cred add 3 SERV default bint").contains("Added TLS credential"));
    QVERIFY(zephyr(host, "cred list 3").contains(zephyrDigest(m_issued.certificatePem)));
    QCOMPARE(device->statistics().dropped, quint64(0));
}

// Raw input that does not wait for "Input credential": what arrives while the command still runs
// overruns the 64-byte ring. The shell logs it, stays in raw mode and stores what it got.
void TestDeviceSimulator::zephyrCredBufLoadOverrun()
{
    SimulatorOptions options = optionsFor(Profile::ZephyrShell);
    options.credBufLoad = true;
    options.credBufSize = 4096;
    options.commandTime = std::chrono::milliseconds(5);
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    const QByteArray encoded = m_issued.certificatePem.toBase64();
    QVERIFY(host.write("cred buf load\r\n" + encoded + '\x03'));
    QVERIFY(host.waitFor(prompt));
    const QByteArray reply = host.take();
    QVERIFY2(reply.contains("<wrn> shell_uart: RX ring buffer full.\r\n"), reply.constData());
    QVERIFY2(!reply.contains("Stored " + QByteArray::number(encoded.size() + 1) + " bytes."), reply.constData());
    QVERIFY(device->statistics().dropped > 0);
    QCOMPARE(zephyr(host, "cred buf clear"), "\r\nCredential buffer cleared.\r\n" + prompt);
}

void TestDeviceSimulator::zephyrCredentialBufferOverflow()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::ZephyrShell), host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    // The default buffer holds 1023 characters of base64; a client certificate needs more.
    const QByteArray reply = zephyrWrite(host, 1, "SERV", m_issued.certificatePem);
    QVERIFY2(reply.contains("Not enough room in credential buffer for provided data. Increase "
                            "CONFIG_TLS_CREDENTIALS_SHELL_CRED_BUF_SIZE."),
             reply.constData());
    QVERIFY(reply.contains("Credential buffer cleared."));
    QCOMPARE(zephyr(host, "retval"), "\r\n-12\r\n" + prompt);
    QVERIFY(zephyr(host, "cred add 1 SERV default bint")
                    .contains("Please provide a credential to add."));
}

void TestDeviceSimulator::zephyrSlotLimit()
{
    SimulatorOptions options = optionsFor(Profile::ZephyrShell);
    options.slots = 2;
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    QVERIFY(zephyr(host, "cred add 1 CA default bint aGVsbG8=").contains("Added"));
    QVERIFY(zephyr(host, "cred add 1 SERV default bint aGVsbG8=").contains("Added"));
    const QByteArray reply = zephyr(host, "cred add 1 PK default bint aGVsbG8=");
    QVERIFY2(reply.contains("No reference slot available, cannot copy credential to heap. "
                            "Credential will not be stored"),
             reply.constData());
    QCOMPARE(zephyr(host, "retval"), "\r\n-12\r\n" + prompt);
    QVERIFY(zephyr(host, "cred list").contains("2 credentials found."));
}

void TestDeviceSimulator::zephyrLineLimit()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::ZephyrShell), host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    // 256 bytes of command buffer keep 255 characters; the rest of the line is lost silently
    // and the truncated command still runs.
    const QByteArray line = "cred buf " + QByteArray(300, 'A');
    QCOMPARE(zephyr(host, line), "\r\nStored 246 bytes.\r\n" + prompt);
}

void TestDeviceSimulator::zephyrReceiveOverrun()
{
    SimulatorOptions options = optionsFor(Profile::ZephyrShell);
    options.commandTime = std::chrono::milliseconds(20);
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    // Ten chunks without waiting for "Stored": while the first runs, only 64 bytes find room.
    const QByteArray command = "cred buf " + QByteArray(48, 'Q') + "\r\n";
    QVERIFY(host.write(command.repeated(10)));
    QVERIFY(host.waitFor("RX ring buffer full."));
    host.collect(300);
    const QByteArray unpaced = host.take();
    QVERIFY2(unpaced.contains("<wrn> shell_uart: RX ring buffer full.\r\n"), unpaced.constData());
    QVERIFY2(unpaced.count("Stored 48 bytes.") < 10, unpaced.constData());
    QVERIFY(device->statistics().dropped > 0);

    // A host that waits for each acknowledgement loses nothing.
    const quint64 dropped = device->statistics().dropped;
    zephyr(host, "cred buf clear");
    for (int i = 0; i < 10; ++i)
        QCOMPARE(zephyr(host, "cred buf " + QByteArray(48, 'Q')),
                 "\r\nStored 48 bytes.\r\n" + prompt);
    QCOMPARE(device->statistics().dropped, dropped);
}

void TestDeviceSimulator::logNoise()
{
    SimulatorOptions options = optionsFor(Profile::ZephyrShell);
    options.logNoise = std::chrono::milliseconds(10);
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(quietShell(host));
    // Without VT100 the shell cannot erase its prompt: a log line lands right after it.
    QVERIFY(host.waitFor("\r\n" + prompt, 3));
    const QRegularExpression logAfterPrompt(
            u"uart:~\\$ \\[\\d\\d:\\d\\d:\\d\\d\\.\\d{3},\\d{3}\\] <(inf|wrn|err)> "_s);
    QVERIFY(logAfterPrompt.match(QString::fromLatin1(host.take())).hasMatch());
    QVERIFY(host.exchange("cred list\r\n", "credentials found.").contains("0 credentials found."));

    SimulatorOptions stationOptions = optionsFor(Profile::Station);
    stationOptions.logNoise = std::chrono::milliseconds(10);
    PtyClient stationHost;
    const auto stationDevice = startDevice(stationOptions, stationHost);
    QVERIFY(stationDevice);
    QVERIFY(stationHost.waitFor("> ", 3));
    // Log lines come between replies and never look like one.
    for (const QByteArray &line : stationHost.take().split('\n'))
        QVERIFY(line.isEmpty() || line.startsWith('['));
    QVERIFY(station(stationHost, 1, "HELLO 1").value(0).startsWith("=1 OK HELLO "));
}

void TestDeviceSimulator::modemFunctionalModeGating()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::NrfModem), host);
    QVERIFY(device);

    const QByteArray &certificate = m_issued.certificatePem;
    // Without AT+CMEE=1 every failure is a plain ERROR.
    QCOMPARE(modemWrite(host, 42, 1, certificate), "ERROR\r\n"_ba);
    QCOMPARE(host.exchange("AT+CMEE=1\r", "\r\n"), "OK\r\n"_ba);
    QCOMPARE(host.exchange("AT+CMEE?\r", "OK\r\n"), "+CMEE: 1\r\nOK\r\n"_ba);
    QCOMPARE(host.exchange("AT+CFUN?\r", "OK\r\n"), "+CFUN: 1\r\nOK\r\n"_ba);
    QCOMPARE(modemWrite(host, 42, 1, certificate), "+CME ERROR: 518\r\n"_ba);
    QCOMPARE(host.exchange("AT+CFUN=4\r", "\r\n"), "OK\r\n"_ba);
    QCOMPARE(modemWrite(host, 42, 1, certificate), "OK\r\n"_ba);
    QCOMPARE(host.exchange("AT+CFUN=1\r", "\r\n"), "OK\r\n"_ba);
    QCOMPARE(host.exchange("AT%CMNG=3,42,1\r", "\r\n"), "+CME ERROR: 518\r\n"_ba);
    QCOMPARE(host.exchange("AT+CFUN=0\r", "\r\n"), "OK\r\n"_ba);
    QCOMPARE(host.exchange("AT%CMNG=3,42,1\r", "\r\n"), "OK\r\n"_ba);
    QCOMPARE(host.exchange("AT+CFUN=7\r", "\r\n"), "ERROR\r\n"_ba);
}

void TestDeviceSimulator::modemWriteListReadDelete()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SimulatorOptions options = optionsFor(Profile::NrfModem);
    options.cfun = 4;
    options.storePath = directory.filePath(u"modem.json"_s);
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QCOMPARE(host.exchange("AT+CMEE=1\r\n", "\r\n"), "OK\r\n"_ba);

    const QByteArray &certificate = m_issued.certificatePem;
    const QByteArray &key = m_issued.privateKeyPem;
    QCOMPARE(modemWrite(host, 16842753, 1, certificate), "OK\r\n"_ba);
    QCOMPARE(modemWrite(host, 16842753, 2, key), "OK\r\n"_ba);

    // The list digest is the SHA-256 of exactly what was inside the quotes.
    const QByteArray list = host.exchange("AT%CMNG=1\r\n", "OK\r\n");
    QVERIFY2(list.contains("%CMNG: 16842753,1,\"" + sha256(certificate).toHex().toUpper()
                           + "\"\r\n"),
             list.constData());
    QVERIFY(list.contains("%CMNG: 16842753,2,\"" + sha256(key).toHex().toUpper() + "\"\r\n"));
    // The modem's own credentials show up too, above the user range.
    QVERIFY(list.contains("%CMNG: 4294967292,0,\""));
    QCOMPARE(host.exchange("AT%CMNG=1,16842753,2\r\n", "OK\r\n"),
             "%CMNG: 16842753,2,\"" + sha256(key).toHex().toUpper() + "\"\r\nOK\r\n");

    QCOMPARE(host.exchange("AT%CMNG=2,16842753,1\r\n", "OK\r\n"),
             "%CMNG: 16842753,1,\"" + sha256(certificate).toHex().toUpper() + "\",\"" + certificate
                     + "\"\r\nOK\r\n");
    QCOMPARE(host.exchange("AT%CMNG=2,16842753,2\r\n", "\r\n"), "+CME ERROR: 514\r\n"_ba);
    QCOMPARE(host.exchange("AT%CMNG=2,16842753,0\r\n", "\r\n"), "+CME ERROR: 513\r\n"_ba);
    QCOMPARE(host.exchange("AT%CMNG=3,4294967292,0\r\n", "\r\n"), "+CME ERROR: 514\r\n"_ba);

    const QJsonObject store = readStore(options.storePath);
    QCOMPARE(storedData(options.storePath, 16842753, u"1"_s), certificate);
    const QJsonObject storedKey = storedItem(store, 16842753, u"2"_s);
    QVERIFY(!storedKey.contains("data"_L1));
    QCOMPARE(storedKey.value("sha256"_L1).toString().toLatin1(), sha256(key).toHex());

    QCOMPARE(host.exchange("AT%CMNG=3,16842753,1\r\n", "\r\n"), "OK\r\n"_ba);
    QCOMPARE(host.exchange("AT%CMNG=3,16842753,1\r\n", "\r\n"), "+CME ERROR: 513\r\n"_ba);
    QCOMPARE(host.exchange("AT%CMNG=3,16842753,2\r\n", "\r\n"), "OK\r\n"_ba);
    QVERIFY(!host.exchange("AT%CMNG=1\r\n", "OK\r\n").contains("16842753"));
}

void TestDeviceSimulator::modemRejectsCrLf()
{
    SimulatorOptions options = optionsFor(Profile::NrfModem);
    options.cfun = 4;
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QCOMPARE(host.exchange("AT+CMEE=1\r\n", "\r\n"), "OK\r\n"_ba);

    QByteArray crlf = m_issued.certificatePem;
    crlf.replace("\n", "\r\n");
    // The CRs inside the quotes do not end the command; they make the content invalid.
    QCOMPARE(modemWrite(host, 7, 1, crlf), "+CME ERROR: 527\r\n"_ba);
    QCOMPARE(modemWrite(host, 7, 1, "not a certificate"), "+CME ERROR: 527\r\n"_ba);
    QCOMPARE(host.exchange("AT%CMNG=1,7\r\n", "\r\n"), "OK\r\n"_ba);
}

void TestDeviceSimulator::modemIdentity()
{
    SimulatorOptions options = optionsFor(Profile::NrfModem);
    options.imei = u"490154203237518"_s;
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);

    QCOMPARE(host.exchange("AT\r\n", "\r\n"), "OK\r\n"_ba);
    QCOMPARE(host.exchange("AT+CGSN\r\n", "OK\r\n"), "490154203237518\r\nOK\r\n"_ba);
    QCOMPARE(host.exchange("at+cgsn=1\r\n", "OK\r\n"), "+CGSN: \"490154203237518\"\r\nOK\r\n"_ba);
    QCOMPARE(host.exchange("AT+CGMR\r\n", "OK\r\n"), "mfw_nrf9160_1.3.6\r\nOK\r\n"_ba);
    // A station-protocol probe gets what any AT device answers to nonsense.
    QCOMPARE(host.exchange("@1 HELLO 1\r\n", "\r\n"), "ERROR\r\n"_ba);
    // With ATE1 the modem repeats what it receives.
    QCOMPARE(host.exchange("ATE1\r", "\r\n"), "OK\r\n"_ba);
    QCOMPARE(host.exchange("AT\r", "OK\r\n"), "AT\rOK\r\n"_ba);
}

void TestDeviceSimulator::modemOverwrite()
{
    SimulatorOptions options = optionsFor(Profile::NrfModem);
    options.cfun = 4;
    PtyClient host;
    auto device = startDevice(options, host);
    QVERIFY(device);
    QCOMPARE(host.exchange("AT+CMEE=1\r\n", "\r\n"), "OK\r\n"_ba);

    // The modem writes over a credential of the same tag and type.
    QCOMPARE(modemWrite(host, 5, 1, m_issued.certificatePem), "OK\r\n"_ba);
    QCOMPARE(modemWrite(host, 5, 1, m_other.certificatePem), "OK\r\n"_ba);
    QVERIFY(host.exchange("AT%CMNG=1,5,1\r\n", "OK\r\n")
                    .contains(sha256(m_other.certificatePem).toHex().toUpper()));

    host.close();
    device.reset();
    options.overwrite = false;
    device = startDevice(options, host);
    QVERIFY(device);
    QCOMPARE(host.exchange("AT+CMEE=1\r\n", "\r\n"), "OK\r\n"_ba);
    QCOMPARE(modemWrite(host, 5, 1, m_issued.certificatePem), "OK\r\n"_ba);
    QCOMPARE(modemWrite(host, 5, 1, m_other.certificatePem), "+CME ERROR: 519\r\n"_ba);
}

void TestDeviceSimulator::stationHello()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::Station), host);
    QVERIFY(device);

    QCOMPARE(station(host, 1, "DIGEST 0 CERT"), QByteArrayList{"=1 ERR 17 hello required"});
    QCOMPARE(station(host, 2, "HELLO 1"),
             QByteArrayList{"=2 OK HELLO proto=1 serial=FPS-SIM-0001 fw=sim-1.0.0 line=512 "
                            "chunk=357 cred=4096 slots=4 rxbuf=256 pipe=2 types=CERT,KEY,CA"});
    QCOMPARE(station(host, 3, "DIGEST 0 CERT"), QByteArrayList{"=3 ERR 10 not found"});
}

// One command-line run after another opens the port and closes it again; the device outlives them all,
// as its end of the terminal never reads a hang-up (the simulator holds the host's end open too).
void TestDeviceSimulator::stationsComeAndGo()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::Station), host);
    QVERIFY(device);
    QCOMPARE(station(host, 1, "HELLO 1").size(), 1);
    host.close();
    // Time for the device to notice that nobody has the port open, were it to notice.
    QTest::qWait(100);

    QString error;
    QVERIFY2(host.open(device->portName(), &error), qPrintable(error));
    QCOMPARE(station(host, 2, "DIGEST 0 CERT"), QByteArrayList{"=2 ERR 10 not found"});
}

void TestDeviceSimulator::stationWriteCommitDigest()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SimulatorOptions options = optionsFor(Profile::Station);
    options.storePath = directory.filePath(u"station.json"_s);
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);

    int sequence = 0;
    QVERIFY(station(host, ++sequence, "HELLO 1").value(0).contains(" OK HELLO "));
    const QByteArray &certificate = m_issued.certificatePem;
    const QByteArray &key = m_issued.privateKeyPem;
    const QByteArray certificateDigest = sha256(certificate).toHex();
    const QByteArray keyDigest = sha256(key).toHex();
    QByteArray reply = stationWrite(host, &sequence, 0, "CERT", certificate);
    QVERIFY2(reply.endsWith(" OK COMMIT slot=0 type=CERT length="
                            + QByteArray::number(certificate.size())
                            + " sha256=" + certificateDigest),
             reply.constData());
    reply = stationWrite(host, &sequence, 0, "KEY", key);
    QVERIFY2(reply.contains(" OK COMMIT slot=0 type=KEY"), reply.constData());

    ++sequence;
    QCOMPARE(station(host, sequence, "DIGEST 0 CERT").value(0),
             '=' + QByteArray::number(sequence) + " OK DIGEST slot=0 type=CERT length="
                     + QByteArray::number(certificate.size()) + " sha256=" + certificateDigest);
    const QByteArrayList list = station(host, ++sequence, "LIST");
    QCOMPARE(list.size(), 3);
    QVERIFY(list.at(1).endsWith("type=KEY length=" + QByteArray::number(key.size()) + " sha256="
                                + keyDigest));
    QVERIFY(list.at(2).endsWith(" OK LIST count=2"));

    const QJsonObject store = readStore(options.storePath);
    QCOMPARE(store.value("profile"_L1).toString(), u"station"_s);
    QCOMPARE(storedData(options.storePath, 0, u"CERT"_s), certificate);
    QVERIFY(!storedItem(store, 0, u"KEY"_s).contains("data"_L1));
    QCOMPARE(storedItem(store, 0, u"KEY"_s).value("sha256"_L1).toString().toLatin1(), keyDigest);

    QVERIFY(station(host, ++sequence, "DELETE 0 CERT")
                    .value(0)
                    .contains(" OK DELETE slot=0 type=CERT"));
    QVERIFY(station(host, ++sequence, "DIGEST 0 CERT").value(0).contains(" ERR 10 not found"));
}

void TestDeviceSimulator::faultVanish()
{
    SimulatorOptions options = optionsFor(Profile::ZephyrShell);
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    const quint64 before = device->statistics().received;
    QString error;
    device->addFault(*SimulatorFault::parse(u"vanish=20"_s, &error));
    QSignalSpy vanished(device.get(), &DeviceSimulator::vanished);
    QVERIFY(host.write("cred buf " + QByteArray(40, 'Z') + "\r\n"));
    QVERIFY(vanished.wait());
    QVERIFY(device->hasVanished());
    QCOMPARE(device->statistics().received, before + 20);
    // Mid-command, the device is gone: the host hears nothing and has to time out. (A plain
    // read() reports EIO; QSerialPort reports nothing at all.)
    host.collect(200);
    QVERIFY(!host.take().contains("Stored"));
    QVERIFY(host.hungUp());
}

void TestDeviceSimulator::faultCorruptByte()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SimulatorOptions options = optionsFor(Profile::ZephyrShell);
    options.credBufSize = 4096;
    options.storePath = directory.filePath(u"store.json"_s);
    QString error;
    options.faults.append(*SimulatorFault::parse(u"corrupt-byte"_s, &error));
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    const QByteArray &certificate = m_issued.certificatePem;
    QVERIFY(zephyrWrite(host, 3, "SERV", certificate).contains("Added TLS credential"));
    const QByteArray list = zephyr(host, "cred list 3");
    QVERIFY(list.contains("3,SERV,"));
    QVERIFY2(!list.contains(zephyrDigest(certificate)), list.constData());

    // Exactly one byte of what the device holds differs from what was sent.
    const QByteArray stored = storedData(options.storePath, 3, u"SERV"_s);
    const QByteArray sent = certificate + '\0';
    QCOMPARE(stored.size(), sent.size());
    int differences = 0;
    for (qsizetype i = 0; i < sent.size(); ++i)
        differences += stored.at(i) != sent.at(i) ? 1 : 0;
    QCOMPARE(differences, 1);
    QVERIFY(list.contains(sha256(stored).toBase64()));
    QVERIFY(device->faults().isEmpty());
}

void TestDeviceSimulator::faultCorruptByteStation()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::Station), host);
    QVERIFY(device);
    int sequence = 0;
    QVERIFY(station(host, ++sequence, "HELLO 1").value(0).contains(" OK HELLO "));

    QString error;
    device->addFault(*SimulatorFault::parse(u"corrupt-byte=10"_s, &error));
    const QByteArray &certificate = m_issued.certificatePem;
    // The staged bytes were right, so the commit succeeds; what the slot holds is not.
    QVERIFY(stationWrite(host, &sequence, 1, "CERT", certificate).contains(" OK COMMIT "));
    const QByteArray digest = station(host, ++sequence, "DIGEST 1 CERT").value(0);
    QVERIFY(digest.contains(" OK DIGEST "));
    QVERIFY2(!digest.contains(sha256(certificate).toHex()), digest.constData());
    QByteArray corrupted = certificate;
    corrupted[10] = char(~corrupted.at(10));
    QVERIFY(digest.endsWith("sha256=" + sha256(corrupted).toHex()));
}

void TestDeviceSimulator::faultStopAnswering()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::ZephyrShell), host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    QString error;
    device->addFault(*SimulatorFault::parse(u"stop-answering"_s, &error));
    QVERIFY(host.write("cred buf aGVsbG8=\r\n"));
    host.collect(200);
    QCOMPARE(host.take(), QByteArray());
    // The command ran all the same: its chunk is in the buffer.
    QVERIFY(zephyr(host, "cred add 9 CA default bint")
                    .contains("Added TLS credential of type CA_CERT, sectag 9, and length 6 "
                              "bytes."));
}

void TestDeviceSimulator::faultStopAnsweringForever()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::NrfModem), host);
    QVERIFY(device);

    QString error;
    device->addFault(*SimulatorFault::parse(u"stop-answeringx*"_s, &error));
    QVERIFY(host.write("AT\r\nAT+CGSN\r\nAT\r\n"));
    host.collect(200);
    QCOMPARE(host.take(), QByteArray());
    QCOMPARE(device->faults().size(), 1);
    device->clearFaults();
    QCOMPARE(host.exchange("AT\r\n", "\r\n"), "OK\r\n"_ba);
}

void TestDeviceSimulator::faultRejectWrite()
{
    QString error;
    const SimulatorFault reject = *SimulatorFault::parse(u"reject-write"_s, &error);
    {
        SimulatorOptions options = optionsFor(Profile::ZephyrShell);
        options.faults.append(reject);
        PtyClient host;
        const auto device = startDevice(options, host);
        QVERIFY(device);
        QVERIFY(quietShell(host));
        const QByteArray reply = zephyr(host, "cred add 42 SERV default bint aGVsbG8=");
        QVERIFY2(reply.contains("Failed to add TLS credential with sectag 42 and type SERVER_CERT. "
                                "Error: -5\r\n."),
                 reply.constData());
        QCOMPARE(zephyr(host, "retval"), "\r\n-5\r\n" + prompt);
        QVERIFY(zephyr(host, "cred list").contains("0 credentials found."));
        QVERIFY(zephyr(host, "cred add 42 SERV default bint aGVsbG8=").contains("Added"));
    }
    {
        SimulatorOptions options = optionsFor(Profile::NrfModem);
        options.cfun = 4;
        options.faults.append(reject);
        PtyClient host;
        const auto device = startDevice(options, host);
        QVERIFY(device);
        QCOMPARE(host.exchange("AT+CMEE=1\r\n", "\r\n"), "OK\r\n"_ba);
        QCOMPARE(modemWrite(host, 1, 1, m_issued.certificatePem), "+CME ERROR: 515\r\n"_ba);
        QCOMPARE(modemWrite(host, 1, 1, m_issued.certificatePem), "OK\r\n"_ba);
    }
    {
        SimulatorOptions options = optionsFor(Profile::Station);
        options.faults.append(reject);
        PtyClient host;
        const auto device = startDevice(options, host);
        QVERIFY(device);
        int sequence = 0;
        QVERIFY(station(host, ++sequence, "HELLO 1").value(0).contains(" OK HELLO "));
        QVERIFY(stationWrite(host, &sequence, 0, "CERT", "hello")
                        .endsWith(" ERR 12 storage failure"));
        QVERIFY(station(host, ++sequence, "DIGEST 0 CERT").value(0).contains(" ERR 10 not found"));
    }
}

void TestDeviceSimulator::faultWrongDigest()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SimulatorOptions options = optionsFor(Profile::ZephyrShell);
    options.storePath = directory.filePath(u"store.json"_s);
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(quietShell(host));

    QVERIFY(zephyr(host, "cred add 4 CA default bint aGVsbG8=").contains("Added"));
    QString error;
    device->addFault(*SimulatorFault::parse(u"wrong-digest"_s, &error));
    const QByteArray right = "4,CA," + sha256("hello"_ba + '\0').toBase64() + ",0";
    const QByteArray wrongList = zephyr(host, "cred list");
    QVERIFY(wrongList.contains("4,CA,"));
    QVERIFY2(!wrongList.contains(right), wrongList.constData());
    // What is stored is right; only the report was wrong, and only once.
    QCOMPARE(storedData(options.storePath, 4, u"CA"_s), "hello"_ba + '\0');
    QVERIFY(zephyr(host, "cred list").contains(right));

    // The modem's list lies the same way.
    SimulatorOptions modemOptions = optionsFor(Profile::NrfModem);
    modemOptions.cfun = 4;
    PtyClient modemHost;
    const auto modem = startDevice(modemOptions, modemHost);
    QVERIFY(modem);
    QCOMPARE(modemWrite(modemHost, 8, 1, m_issued.certificatePem), "OK\r\n"_ba);
    modem->addFault(*SimulatorFault::parse(u"wrong-digest"_s, &error));
    const QByteArray expected = sha256(m_issued.certificatePem).toHex().toUpper();
    QVERIFY(!modemHost.exchange("AT%CMNG=1,8\r\n", "OK\r\n").contains(expected));
    QVERIFY(modemHost.exchange("AT%CMNG=1,8\r\n", "OK\r\n").contains(expected));
}

void TestDeviceSimulator::faultWrongDigestStation()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::Station), host);
    QVERIFY(device);
    int sequence = 0;
    QVERIFY(station(host, ++sequence, "HELLO 1").value(0).contains(" OK HELLO "));
    const QByteArray &certificate = m_issued.certificatePem;
    QVERIFY(stationWrite(host, &sequence, 2, "CERT", certificate).contains(" OK COMMIT "));

    QString error;
    device->addFault(*SimulatorFault::parse(u"wrong-digest"_s, &error));
    const QByteArray right = "sha256=" + sha256(certificate).toHex();
    QVERIFY(!station(host, ++sequence, "DIGEST 2 CERT").value(0).contains(right));
    QVERIFY(station(host, ++sequence, "DIGEST 2 CERT").value(0).endsWith(right));
}

void TestDeviceSimulator::storeSurvivesRestart()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SimulatorOptions options = optionsFor(Profile::ZephyrShell);
    options.credBufSize = 4096;
    options.storePath = directory.filePath(u"store.json"_s);
    const QByteArray &certificate = m_issued.certificatePem;
    const QByteArray &key = m_issued.privateKeyPem;
    {
        PtyClient host;
        const auto device = startDevice(options, host);
        QVERIFY(device);
        QVERIFY(quietShell(host));
        QVERIFY(zephyrWrite(host, 42, "SERV", certificate).contains("Added"));
        QVERIFY(zephyrWrite(host, 42, "PK", key).contains("Added"));
    }
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(quietShell(host));
    // The key's bytes are gone with the first process; its digest is all the device needs to
    // answer a list.
    QCOMPARE(zephyr(host, "cred list"),
             "\r\n42,SERV," + zephyrDigest(certificate) + ",0\r\n42,PK," + zephyrDigest(key)
                     + ",0\r\n2 credentials found.\r\n" + prompt);
    QVERIFY(zephyr(host, "cred get 42 PK bint").contains("due to error: -13."));

    // A fresh start empties the device and the file.
    PtyClient freshHost;
    options.fresh = true;
    const auto fresh = startDevice(options, freshHost);
    QVERIFY(fresh);
    QVERIFY(fresh->credentials().isEmpty());
    QVERIFY(readStore(options.storePath).value("credentials"_L1).toArray().isEmpty());
}

void TestDeviceSimulator::realisticBaudRate()
{
    SimulatorOptions options = optionsFor(Profile::NrfModem);
    options.baud = 115200;
    options.cfun = 4;
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);

    const QByteArray command = "AT%CMNG=0,1,1,\"" + m_issued.certificatePem + "\"\r";
    QElapsedTimer timer;
    timer.start();
    QVERIFY(host.write(command));
    QVERIFY(host.waitFor("OK\r\n"));
    // Ten bit times per byte: the command alone takes this long to cross the wire.
    const qint64 wireMs = qint64(command.size()) * 10 * 1000 / 115200;
    QVERIFY2(timer.elapsed() >= wireMs,
             qPrintable(u"%1 ms for %2 bytes"_s.arg(timer.elapsed()).arg(command.size())));
    QCOMPARE(device->statistics().received, quint64(command.size()));
}

// The flash model charges what the station library's storage calls do to flash: WRITE erases the
// sectors of the credential and its 16-byte header, CHUNK programs the words it fills, COMMIT and
// DELETE program a header. The flash is slow beyond reason here so that lower bounds on the time
// each request takes tell the parts apart; a loaded machine answers late, never early.
void TestDeviceSimulator::stationFlashTiming()
{
    using namespace std::chrono_literals;
    SimulatorOptions options = optionsFor(Profile::Station);
    options.maxCredential = 8192;
    options.flash.sectorErase = 300ms;
    options.flash.wordProgram = 10ms;
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    int sequence = 0;
    QVERIFY(station(host, ++sequence, "HELLO 1").value(0).contains(" OK HELLO "));

    const QByteArray data = "twelve bytes";
    QElapsedTimer timer;
    timer.start();
    QByteArray reply =
            station(host, ++sequence, "WRITE 0 CERT 12 " + sha256(data).toHex()).value(0);
    QVERIFY2(reply.contains(" OK WRITE "), reply.constData());
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));

    // Twelve bytes after the header fill three words.
    timer.restart();
    reply = station(host, ++sequence,
                    "CHUNK 0 " + data.toBase64() + ' '
                            + QByteArray::number(crc32(data), 16).rightJustified(8, '0'))
                    .value(0);
    QVERIFY2(reply.contains(" OK CHUNK next=12"), reply.constData());
    QVERIFY2(timer.elapsed() >= 30, qPrintable(QString::number(timer.elapsed())));

    timer.restart();
    reply = station(host, ++sequence, "COMMIT").value(0);
    QVERIFY2(reply.contains(" OK COMMIT "), reply.constData());
    QVERIFY2(timer.elapsed() >= 40, qPrintable(QString::number(timer.elapsed())));

    // 4081 bytes and the header no longer fit one 4096-byte sector.
    timer.restart();
    reply = station(host, ++sequence, "WRITE 1 CERT 4081 " + sha256(data).toHex()).value(0);
    QVERIFY2(reply.contains(" OK WRITE "), reply.constData());
    QVERIFY2(timer.elapsed() >= 600, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(station(host, ++sequence, "ABORT").value(0).contains(" OK ABORT"));

    timer.restart();
    reply = station(host, ++sequence, "DELETE 0 CERT").value(0);
    QVERIFY2(reply.contains(" OK DELETE "), reply.constData());
    QVERIFY2(timer.elapsed() >= 40, qPrintable(QString::number(timer.elapsed())));
}

// Section 3.7 of the station protocol: with pipe=2 the host sends request N+1 once it has the reply
// to N-1. At 115200 baud with a 256-byte receive buffer nothing is dropped, while a third request
// sent during WRITE's erase overruns the buffer.
void TestDeviceSimulator::stationPipelineFitsTheReceiveBuffer()
{
    PtyClient host;
    const auto device = startDevice(optionsFor(Profile::Station), host);
    QVERIFY(device);
    int sequence = 0;
    const QByteArray hello = station(host, ++sequence, "HELLO 1").value(0);
    QVERIFY2(hello.contains(" rxbuf=256 pipe=2 "), hello.constData());

    const QByteArray &data = m_issued.privateKeyPem;
    QVERIFY(data.size() > 3 * 165);
    QByteArrayList requests{"WRITE 0 KEY " + QByteArray::number(data.size()) + ' ' + sha256(data).toHex()};
    for (qsizetype offset = 0; offset < data.size(); offset += 165) {
        const QByteArray chunk = data.mid(offset, 165);
        requests.append("CHUNK " + QByteArray::number(offset) + ' ' + chunk.toBase64() + ' '
                        + QByteArray::number(crc32(chunk), 16).rightJustified(8, '0'));
    }
    requests.append("COMMIT");
    const int first = sequence + 1;
    const auto line = [&](qsizetype index) {
        return '@' + QByteArray::number(first + int(index)) + ' ' + requests.at(index) + "\r\n";
    };
    const auto finalReply = [&](qsizetype index) {
        const QRegularExpression final(u"(^|\\n)(=%1 (OK|ERR) [^\\r]*)\\r\\n"_s.arg(first + int(index)));
        QString found;
        if (!QTest::qWaitFor([&] {
                const QRegularExpressionMatch match = final.match(QString::fromLatin1(host.received()));
                found = match.captured(2);
                return match.hasMatch();
            })) {
            return QByteArray("(no reply)");
        }
        return found.toLatin1();
    };
    host.take();
    QVERIFY(host.write(line(0)));
    QVERIFY(host.write(line(1)));
    for (qsizetype index = 0; index < requests.size(); ++index) {
        const QByteArray reply = finalReply(index);
        QVERIFY2(reply.contains(" OK "), (requests.at(index).left(20) + ": " + reply).constData());
        if (index + 2 < requests.size())
            QVERIFY(host.write(line(index + 2)));
    }
    QCOMPARE(device->statistics().dropped, quint64(0));
    sequence = first + int(requests.size());
    QVERIFY(station(host, sequence, "DIGEST 0 KEY").value(0).endsWith(" sha256=" + sha256(data).toHex()));

    // Three at once: the second chunk has no room while WRITE erases.
    host.take();
    const QByteArray write = "WRITE 1 KEY " + QByteArray::number(data.size()) + ' ' + sha256(data).toHex();
    const QByteArray burst = '@' + QByteArray::number(sequence + 1) + ' ' + write + "\r\n" + '@'
            + QByteArray::number(sequence + 2) + ' ' + requests.at(1) + "\r\n" + '@'
            + QByteArray::number(sequence + 3) + ' ' + requests.at(2) + "\r\n";
    QVERIFY(host.write(burst));
    QTest::qWait(400);
    QVERIFY(device->statistics().dropped > 0);
}

void TestDeviceSimulator::modemFlashTiming()
{
    using namespace std::chrono_literals;
    SimulatorOptions options = optionsFor(Profile::NrfModem);
    options.cfun = 4;
    options.flash.sectorErase = 300ms;
    options.flash.wordProgram = 10ms;
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(modemWrite(host, 7, 1, m_issued.certificatePem), "OK\r\n"_ba);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    timer.restart();
    QCOMPARE(host.exchange("AT%CMNG=3,7,1\r", "\r\n"), "OK\r\n"_ba);
    QVERIFY2(timer.elapsed() >= 40, qPrintable(QString::number(timer.elapsed())));
}

void TestDeviceSimulator::zephyrCredentialsLiveInRam()
{
    using namespace std::chrono_literals;
    // The volatile backend copies credentials to the heap: however slow the flash, cred add and
    // cred del do not touch it. (The exchange gives up after 5 s.)
    SimulatorOptions options = optionsFor(Profile::ZephyrShell);
    options.flash.sectorErase = 30000ms;
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(quietShell(host));
    QVERIFY(zephyr(host, "cred add 5 CA default bint aGVsbG8=").contains("Added"));
    QVERIFY(zephyr(host, "cred del 5 CA").contains("Deleted"));
}

void TestDeviceSimulator::flatWriteTime()
{
    using namespace std::chrono_literals;
    // --write-ms stands in for the flash model: each writing request costs that, no more.
    SimulatorOptions options = optionsFor(Profile::Station);
    options.flash.sectorErase = 30000ms;
    options.writeTime = 200ms;
    PtyClient host;
    const auto device = startDevice(options, host);
    QVERIFY(device);
    QVERIFY(station(host, 1, "HELLO 1").value(0).contains(" OK HELLO "));
    QElapsedTimer timer;
    timer.start();
    const QByteArray reply =
            station(host, 2, "WRITE 0 CERT 12 " + sha256("twelve bytes").toHex()).value(0);
    QVERIFY2(reply.contains(" OK WRITE "), reply.constData());
    QVERIFY2(timer.elapsed() >= 200, qPrintable(QString::number(timer.elapsed())));
}

void TestDeviceSimulator::executable()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString storePath = directory.filePath(u"store.json"_s);
    const QString link = directory.filePath(u"ttyDEVICE"_s);
    const QString socketPath = directory.filePath(u"control"_s);

    QProcess help;
    help.start(executablePath(), {u"--help"_s});
    QVERIFY(help.waitForFinished(processTimeoutMs));
    const QString helpText = QString::fromUtf8(help.readAllStandardOutput());
    for (const QString &expected : {u"--profile"_s, u"--baud"_s, u"--rx-buffer"_s, u"--store"_s,
                                    u"--control"_s, u"vanish=N"_s, u"power-cycle"_s}) {
        QVERIFY2(helpText.contains(expected), qPrintable(expected));
    }

    QProcess process;
    QString error;
    const QString port = startProcess(process,
                                      {u"--profile"_s, u"zephyr-shell"_s, u"--baud"_s,
                                       QString::number(fastBaud), u"--store"_s, storePath,
                                       u"--link"_s, link, u"--control"_s, socketPath},
                                      &error);
    QVERIFY2(!port.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(link).symLinkTarget(), port);

    PtyClient host;
    QVERIFY2(host.open(link, &error), qPrintable(error));
    QVERIFY(quietShell(host));
    QVERIFY(zephyr(host, "cred add 5 CA default bint aGVsbG8=").contains("Added"));
    QCOMPARE(storedData(storePath, 5, u"CA"_s), "hello"_ba + '\0');

    QCOMPARE(control(socketPath, "fault reject-writex2"), "ok"_ba);
    QCOMPARE(control(socketPath, "fault wrong-digest"), "ok"_ba);
    QCOMPARE(control(socketPath, "faults"), "ok reject-writex2 wrong-digest"_ba);
    QVERIFY(control(socketPath, "fault nonsense").startsWith("error unknown fault"));
    QVERIFY(zephyr(host, "cred add 6 CA default bint aGVsbG8=").contains("Failed to add"));
    QCOMPARE(control(socketPath, "clear-faults"), "ok"_ba);
    QCOMPARE(control(socketPath, "faults"), "ok"_ba);
    const QJsonObject status =
            QJsonDocument::fromJson(control(socketPath, "status").mid(3)).object();
    QCOMPARE(status.value("profile"_L1).toString(), u"zephyr-shell"_s);
    QCOMPARE(status.value("port"_L1).toString(), port);
    QCOMPARE(status.value("credentials"_L1).toInt(), 1);
    QVERIFY(control(socketPath, "credentials").contains("\"tag\":5"));

    // Unplugged: the link goes with the device node, the host hears nothing more.
    QCOMPARE(control(socketPath, "fault vanish=3"), "ok"_ba);
    QVERIFY(host.write("cred list\r\n"));
    const auto unplugged = [&] {
        return !QFileInfo::exists(link) && !QFileInfo(link).isSymLink();
    };
    QVERIFY(QTest::qWaitFor(unplugged, QDeadlineTimer(processTimeoutMs)));
    host.collect(100);
    QVERIFY(!host.take().contains("credentials found"));
    host.close();

    QString log;
    QVERIFY2(stopProcess(process, &log), qPrintable(log));
    QVERIFY2(log.contains(u"fault reject-write"_s), qPrintable(log));
    QVERIFY2(log.contains(u"fault vanish"_s), qPrintable(log));
    QVERIFY2(!log.contains(u"Sanitizer"_s), qPrintable(log));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestDeviceSimulator::executableRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("no profile") << QStringList() << u"--profile"_s;
    QTest::newRow("unknown profile") << QStringList{u"--profile"_s, u"quectel-at"_s}
                                     << u"unknown profile"_s;
    QTest::newRow("bad fault") << QStringList{u"--profile"_s, u"station"_s, u"--fault"_s, u"boom"_s}
                               << u"--fault: unknown fault"_s;
    QTest::newRow("bad imei") << QStringList{u"--profile"_s, u"nrf-modem"_s, u"--imei"_s, u"12"_s}
                              << u"15 digits"_s;
    QTest::newRow("bad baud") << QStringList{u"--profile"_s, u"nrf-modem"_s, u"--baud"_s, u"fast"_s}
                              << u"not a number"_s;
    QTest::newRow("station line") << QStringList{u"--profile"_s, u"station"_s, u"--line-max"_s,
                                                 u"200"_s}
                                  << u"--line-max"_s;
    QTest::newRow("flash word") << QStringList{u"--profile"_s, u"station"_s, u"--flash-sector"_s,
                                               u"256"_s, u"--flash-word"_s, u"512"_s}
                                << u"--flash-word"_s;
}

void TestDeviceSimulator::executableRejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);

    QProcess process;
    process.start(executablePath(), arguments);
    QVERIFY(process.waitForFinished(processTimeoutMs));
    QCOMPARE(process.exitCode(), 1);
    const QString log = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(log.contains(expectedError), qPrintable(log));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestDeviceSimulator::twoSimulatorsAtOnce()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString firstStore = directory.filePath(u"first.json"_s);
    const QString secondStore = directory.filePath(u"second.json"_s);
    QProcess first;
    QProcess second;
    QString error;
    const QString firstPort = startProcess(first,
                                           {u"--profile"_s, u"zephyr-shell"_s, u"--baud"_s,
                                            QString::number(fastBaud), u"--store"_s, firstStore},
                                           &error);
    QVERIFY2(!firstPort.isEmpty(), qPrintable(error));
    const QString secondPort = startProcess(second,
                                            {u"--profile"_s, u"nrf-modem"_s, u"--baud"_s,
                                             QString::number(fastBaud), u"--cfun"_s, u"4"_s,
                                             u"--store"_s, secondStore},
                                            &error);
    QVERIFY2(!secondPort.isEmpty(), qPrintable(error));
    QVERIFY(firstPort != secondPort);

    PtyClient firstHost;
    PtyClient secondHost;
    QVERIFY(firstHost.open(firstPort, &error));
    QVERIFY(secondHost.open(secondPort, &error));
    QVERIFY(quietShell(firstHost));
    QVERIFY(zephyr(firstHost, "cred add 1 CA default bint aGVsbG8=").contains("Added"));
    QCOMPARE(modemWrite(secondHost, 2, 1, m_issued.certificatePem), "OK\r\n"_ba);

    const QJsonArray firstItems = readStore(firstStore).value("credentials"_L1).toArray();
    const QJsonArray secondItems = readStore(secondStore).value("credentials"_L1).toArray();
    QCOMPARE(firstItems.size(), 1);
    QCOMPARE(firstItems.at(0).toObject().value("tag"_L1).toInt(), 1);
    QCOMPARE(secondItems.size(), 1);
    QCOMPARE(secondItems.at(0).toObject().value("tag"_L1).toInt(), 2);

    firstHost.close();
    secondHost.close();
    QString log;
    QVERIFY2(stopProcess(first, &log), qPrintable(log));
    QVERIFY2(stopProcess(second, &log), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestDeviceSimulator)
#include "tst_devicesimulator.moc"
