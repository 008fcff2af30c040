#include "simulator/McuMgrBehaviour.h"

#include "simulator/CredentialStore.h"
#include "simulator/DeviceOutput.h"
#include "simulator/SimulatorFaults.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace Simulator {

namespace {

// MGMT_ERR (version 1) codes, and the file system group's own codes (version 2).
constexpr int mgmtUnknown = 1;
constexpr int mgmtNoMemory = 2;
constexpr int mgmtInvalid = 3;
constexpr int mgmtNoEntry = 5;
constexpr int mgmtMessageTooLarge = 7;
constexpr int mgmtNotSupported = 8;
constexpr int fsFileNotFound = 3;
constexpr int fsWriteFailed = 10;
constexpr int fsOffsetNotValid = 11;
constexpr int fsHashNotFound = 13;

constexpr quint16 osGroup = 0;
constexpr quint16 fileGroup = 8;
constexpr quint16 shellGroup = 9;

// The largest file the simulated littlefs takes.
constexpr qint64 maxFileBytes = 16384;
// A frame line longer than Zephyr's console transport takes is dropped.
constexpr qsizetype maxFrameLine = 127;

struct CredentialFile
{
    const char *name;
    int type;
    const char *typeName;
    bool secret;
};

constexpr std::array credentialFiles{
        CredentialFile{"ca.crt", 0, "CA", false},          CredentialFile{"ca.der", 0, "CA", false},
        CredentialFile{"client.crt", 1, "CERT", false},    CredentialFile{"client.der", 1, "CERT", false},
        CredentialFile{"client.key", 2, "KEY", true},      CredentialFile{"client-key.der", 2, "KEY", true},
};

// "/lfs/cred/<tag>/<file>" as tag and credential type.
std::optional<std::pair<quint32, const CredentialFile *>> credentialOf(const QByteArray &path)
{
    if (!path.startsWith(McuMgrBehaviour::credentialDirectory))
        return std::nullopt;
    const QList<QByteArray> parts = path.mid(qsizetype(strlen(McuMgrBehaviour::credentialDirectory))).split('/');
    bool numeric = false;
    const quint32 tag = parts.size() == 2 ? parts.at(0).toUInt(&numeric) : 0;
    if (!numeric)
        return std::nullopt;
    for (const CredentialFile &file : credentialFiles) {
        if (parts.at(1) == file.name)
            return std::pair{tag, &file};
    }
    return std::nullopt;
}

qint64 numberOr(const SmpWire::Map &map, const QByteArray &key, qint64 fallback)
{
    const auto it = map.find(key);
    if (it == map.end() || !std::holds_alternative<qint64>(*it))
        return fallback;
    return std::get<qint64>(*it);
}

std::optional<QByteArray> stringOf(const SmpWire::Map &map, const QByteArray &key)
{
    const auto it = map.find(key);
    if (it == map.end() || !std::holds_alternative<QByteArray>(*it))
        return std::nullopt;
    return std::get<QByteArray>(*it);
}

// The length a first frame announces, from its first four characters of base64; -1 when unreadable.
int packetLength(const QByteArray &firstFrame)
{
    const auto start = QByteArray::fromBase64Encoding(firstFrame.mid(2, 4), QByteArray::AbortOnBase64DecodingErrors);
    if (!start || (*start).size() < 2)
        return -1;
    return (quint8((*start).at(0)) << 8) | quint8((*start).at(1));
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
    }
    return ~crc;
}

} // namespace

McuMgrBehaviour::McuMgrBehaviour(DeviceContext context)
    : DeviceBehaviour(std::move(context))
{
    loadFromStore();
}

void McuMgrBehaviour::loadFromStore()
{
    for (const StoredCredential &credential : store().all()) {
        for (const CredentialFile &file : credentialFiles) {
            if (file.type != credential.type)
                continue;
            // The PEM name when the stored bytes are text, the DER name otherwise.
            const bool pem = credential.bytes.startsWith("-----BEGIN") || credential.format == u"pem"_s;
            const bool derName = QByteArray(file.name).endsWith(".der");
            if (credential.hasBytes() && pem == derName)
                continue;
            if (!credential.hasBytes() && derName != (credential.format == u"der"_s))
                continue;
            const QByteArray path = credentialDirectory + QByteArray::number(credential.tag) + '/' + file.name;
            m_files.insert(path, File{credential.bytes, credential.sha256, credential.length});
            break;
        }
    }
}

void McuMgrBehaviour::boot()
{
    m_line.clear();
    m_inFrame = false;
    m_frames.clear();
    m_uploadName.clear();
    m_uploadLength = 0;
    m_uploadOffset = 0;
    output().send("\r\n*** Booting Zephyr OS build " + options().firmware->toUtf8() + " ***\r\nuart:~$ ");
}

int McuMgrBehaviour::packetLimit() const
{
    return *options().lineMax;
}

void McuMgrBehaviour::receive(char byte)
{
    // Zephyr's shell hands a line to MCUmgr when it starts with a frame's first byte, and echoes nothing of it.
    if (m_line.isEmpty() && !m_inFrame && (byte == '\x06' || byte == '\x04'))
        m_inFrame = true;
    if (m_inFrame) {
        if (byte == '\n') {
            m_inFrame = false;
            frameLine(std::exchange(m_line, QByteArray()));
            return;
        }
        if (m_line.size() < maxFrameLine)
            m_line.append(byte);
        return;
    }
    if (byte == '\r' || byte == '\n') {
        output().send("\r\n");
        shellLine(std::exchange(m_line, QByteArray()));
        return;
    }
    if (quint8(byte) < 0x20 || byte == '\x7f')
        return;
    if (m_line.size() < 255)
        m_line.append(byte);
    output().send(QByteArray(1, byte));
}

void McuMgrBehaviour::shellLine(const QByteArray &line)
{
    const QByteArray command = line.trimmed();
    if (command.isEmpty()) {
        output().send("uart:~$ ");
        return;
    }
    output().commandStarted(busyTime(false));
    const QByteArray name = command.left(command.indexOf(' ') < 0 ? command.size() : command.indexOf(' '));
    if (name == "shell" || name == "mcumgr")
        output().send("uart:~$ ");
    else
        output().send(name + ": command not found\r\nuart:~$ ");
    output().commandFinished();
}

void McuMgrBehaviour::frameLine(const QByteArray &line)
{
    if (line.size() >= maxFrameLine || line.size() < 2) {
        note(u"smp: dropped a frame longer than 127 bytes"_s);
        m_frames.clear();
        return;
    }
    if (line.startsWith("\x06\x09")) {
        // The packet's length is in its first three bytes of base64: a packet larger than the buffer
        // is dropped at once, and its further frames with it.
        if (packetLength(line) - 2 > packetLimit()) {
            note(u"smp: dropped a packet of %1 bytes, larger than the buffer of %2"_s.arg(packetLength(line) - 2).arg(packetLimit()));
            m_frames.clear();
            return;
        }
        m_frames = {line};
    } else if (line.startsWith("\x04\x14") && !m_frames.isEmpty()) {
        m_frames.append(line);
    } else {
        m_frames.clear();
        return;
    }
    // A packet is complete once as many bytes came as its length says.
    const int total = packetLength(m_frames.first());
    if (total < 0) {
        m_frames.clear();
        return;
    }
    qsizetype decoded = 0;
    for (const QByteArray &frame : std::as_const(m_frames))
        decoded += (frame.size() - 2) / 4 * 3 - frame.count('=');
    if (decoded - 2 < total)
        return;
    const QList<QByteArray> frames = std::exchange(m_frames, {});
    const std::optional<QByteArray> packet = SmpWire::packet(frames);
    if (!packet) {
        note(u"smp: dropped a packet with a bad CRC or base64"_s);
        return;
    }
    if (faults().take(SimulatorFault::Kind::DropFrame)) {
        note(u"fault drop-frame: a request packet was lost"_s);
        return;
    }
    execute(*packet);
}

void McuMgrBehaviour::execute(const QByteArray &packet)
{
    if (packet.size() < 8)
        return;
    Request request;
    request.op = quint8(packet.at(0)) & 0x7;
    request.version = (quint8(packet.at(0)) >> 3) & 0x3;
    const int length = (quint8(packet.at(2)) << 8) | quint8(packet.at(3));
    request.group = quint16((quint8(packet.at(4)) << 8) | quint8(packet.at(5)));
    request.sequence = quint8(packet.at(6));
    request.command = quint8(packet.at(7));
    if (length != packet.size() - 8 || (request.op != 0 && request.op != 2))
        return;
    const std::optional<SmpWire::Map> body = SmpWire::readMap(packet.mid(8));
    bool writes = false;
    output().commandStarted(busyTime(false));
    if (!body) {
        Answer invalid;
        invalid.rc = mgmtInvalid;
        reply(request, invalid);
        output().commandFinished();
        return;
    }
    request.body = *body;
    const Answer answer = run(request, &writes);
    if (faults().take(SimulatorFault::Kind::LostAnswer))
        note(u"fault lost-answer: the answer to group %1 command %2 was lost"_s.arg(request.group).arg(request.command));
    else
        reply(request, answer);
    output().commandFinished();
}

McuMgrBehaviour::Answer McuMgrBehaviour::run(const Request &request, bool *writes)
{
    switch (request.group) {
    case osGroup:
        return osCommand(request);
    case fileGroup:
        return fileCommand(request, writes);
    case shellGroup:
        return shellCommand(request, writes);
    default: {
        Answer answer;
        answer.rc = mgmtNotSupported;
        return answer;
    }
    }
}

McuMgrBehaviour::Answer McuMgrBehaviour::osCommand(const Request &request)
{
    Answer answer;
    switch (request.command) {
    case 0: // echo
        answer.body.text("r", stringOf(request.body, "d").value_or(QByteArray()));
        return answer;
    case 6: // MCUmgr parameters
        answer.body.number("buf_size", packetLimit()).number("buf_count", 4);
        return answer;
    case 7: { // OS and application information
        const QByteArray format = stringOf(request.body, "format").value_or("s");
        QByteArrayList parts;
        const QByteArray release = options().firmware->toUtf8();
        for (const char field : format) {
            switch (field) {
            case 's': parts << "Zephyr"; break;
            case 'n': parts << options().serial.toUtf8(); break;
            case 'r': parts << release; break;
            case 'v': parts << "v" + release; break;
            case 'b': parts << "Nov 29 2026 10:00:00"; break;
            case 'm': parts << "arm"; break;
            case 'p': parts << "cortex_m4"; break;
            case 'i': parts << "nrf52840dk"; break;
            case 'o': parts << "Zephyr"; break;
            case 'a':
                parts = {"Zephyr", options().serial.toUtf8(), release, "v" + release, "Nov 29 2026 10:00:00", "arm",
                         "cortex_m4", "nrf52840dk", "Zephyr"};
                break;
            default: {
                Answer invalid;
                invalid.rc = mgmtInvalid;
                return invalid;
            }
            }
        }
        answer.body.text("output", parts.join(' '));
        return answer;
    }
    default:
        answer.rc = mgmtNotSupported;
        return answer;
    }
}

McuMgrBehaviour::Answer McuMgrBehaviour::fileCommand(const Request &request, bool *writes)
{
    if (request.command == 0)
        return request.op == 2 ? upload(request, writes) : download(request);
    if (request.command == 1)
        return fileStatus(request);
    if (request.command == 2)
        return hash(request);
    Answer answer;
    answer.rc = mgmtNotSupported;
    return answer;
}

McuMgrBehaviour::Answer McuMgrBehaviour::upload(const Request &request, bool *writes)
{
    Answer answer;
    const std::optional<QByteArray> name = stringOf(request.body, "name");
    const std::optional<QByteArray> data = stringOf(request.body, "data");
    const qint64 offset = numberOr(request.body, "off", -1);
    if (!name || name->isEmpty() || !data || offset < 0) {
        answer.rc = mgmtInvalid;
        return answer;
    }
    if (faults().take(SimulatorFault::Kind::BufferTooSmall)) {
        note(u"fault buffer-too-small: no buffer for a chunk of %1 bytes"_s.arg(data->size()));
        answer.rc = mgmtMessageTooLarge;
        return answer;
    }
    *writes = true;
    if (offset == 0) {
        const qint64 length = numberOr(request.body, "len", -1);
        if (length < 0 || length > maxFileBytes) {
            answer.rc = length < 0 ? mgmtInvalid : mgmtNoMemory;
            return answer;
        }
        // A new upload replaces the file (Zephyr's fs_mgmt truncates it).
        if (rejectWrite(QString::fromUtf8(*name))) {
            answer.groupRc = fsWriteFailed;
            answer.version1Rc = mgmtUnknown;
            return answer;
        }
        m_uploadName = *name;
        m_uploadLength = length;
        m_uploadOffset = 0;
        m_previousChunkOffset = 0;
        m_files.insert(*name, File{});
        eraseFlash(length);
    } else if (*name != m_uploadName || offset != m_uploadOffset) {
        // Zephyr drops the chunk and says where it expects the next one.
        if (*name != m_uploadName) {
            answer.groupRc = fsOffsetNotValid;
            answer.version1Rc = mgmtInvalid;
            return answer;
        }
        answer.body.number("off", m_uploadOffset);
        return answer;
    } else if (faults().take(SimulatorFault::Kind::OffsetMismatch)) {
        // As if the previous chunk never reached flash: the device rewinds to its start.
        note(u"fault offset-mismatch: %1 rewinds from %2 to %3"_s.arg(QString::fromUtf8(*name)).arg(m_uploadOffset)
                     .arg(m_previousChunkOffset));
        m_uploadOffset = m_previousChunkOffset;
        m_files[*name].bytes.truncate(m_uploadOffset);
        answer.body.number("off", m_uploadOffset);
        return answer;
    }
    if (offset + data->size() > m_uploadLength) {
        answer.groupRc = fsOffsetNotValid;
        answer.version1Rc = mgmtInvalid;
        return answer;
    }
    File &file = m_files[*name];
    file.bytes.append(*data);
    programFlash(offset, data->size());
    m_previousChunkOffset = m_uploadOffset;
    m_uploadOffset = offset + data->size();
    if (m_uploadOffset == m_uploadLength) {
        file.length = file.bytes.size();
        file.sha256 = QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256);
        fileChanged(*name);
    }
    answer.body.number("off", m_uploadOffset);
    return answer;
}

McuMgrBehaviour::Answer McuMgrBehaviour::download(const Request &request)
{
    Answer answer;
    const std::optional<QByteArray> name = stringOf(request.body, "name");
    const qint64 offset = numberOr(request.body, "off", -1);
    const auto file = name ? m_files.constFind(*name) : m_files.constEnd();
    if (!name || offset < 0) {
        answer.rc = mgmtInvalid;
        return answer;
    }
    if (file == m_files.constEnd() || file->bytes.size() != file->length) {
        answer.groupRc = fsFileNotFound;
        answer.version1Rc = mgmtNoEntry;
        return answer;
    }
    if (offset > file->length) {
        answer.groupRc = fsOffsetNotValid;
        answer.version1Rc = mgmtInvalid;
        return answer;
    }
    // What fits the buffer after the header and the map's keys.
    const qsizetype room = packetLimit() - 8 - 32;
    answer.body.number("off", offset).bytes("data", file->bytes.mid(offset, room));
    if (offset == 0)
        answer.body.number("len", file->length);
    return answer;
}

McuMgrBehaviour::Answer McuMgrBehaviour::fileStatus(const Request &request)
{
    Answer answer;
    const std::optional<QByteArray> name = stringOf(request.body, "name");
    const auto file = name ? m_files.constFind(*name) : m_files.constEnd();
    if (file == m_files.constEnd()) {
        answer.groupRc = fsFileNotFound;
        answer.version1Rc = mgmtNoEntry;
        return answer;
    }
    answer.body.number("len", file->length);
    return answer;
}

McuMgrBehaviour::Answer McuMgrBehaviour::hash(const Request &request)
{
    Answer answer;
    const std::optional<QByteArray> name = stringOf(request.body, "name");
    // Zephyr's default hash is CRC32 where both are built in.
    const QByteArray type = stringOf(request.body, "type").value_or("crc32");
    const auto file = name ? m_files.constFind(*name) : m_files.constEnd();
    if (file == m_files.constEnd()) {
        answer.groupRc = fsFileNotFound;
        answer.version1Rc = mgmtNoEntry;
        return answer;
    }
    const bool sha256 = type == "sha256" && !options().smpCrc32Only;
    if (!sha256 && type != "crc32") {
        answer.groupRc = fsHashNotFound;
        answer.version1Rc = mgmtNotSupported;
        return answer;
    }
    if (!sha256 && file->bytes.size() != file->length) {
        answer.groupRc = fsFileNotFound;
        answer.version1Rc = mgmtNoEntry;
        return answer;
    }
    answer.body.text("type", type).number("off", 0).number("len", file->length);
    if (sha256) {
        QByteArray digest = file->sha256;
        StoredCredential shown;
        if (const auto credential = credentialOf(*name)) {
            shown.tag = credential->first;
            shown.typeName = QString::fromLatin1(credential->second->typeName);
        }
        if (reportWrongDigest(shown))
            digest[0] = char(~digest.at(0));
        answer.body.bytes("output", digest);
    } else {
        answer.body.number("output", crc32(file->bytes));
    }
    return answer;
}

McuMgrBehaviour::Answer McuMgrBehaviour::shellCommand(const Request &request, bool *writes)
{
    Answer answer;
    const auto argv = request.body.find("argv");
    if (request.command != 0 || argv == request.body.end() || !std::holds_alternative<QList<QByteArray>>(*argv)) {
        answer.rc = request.command != 0 ? mgmtNotSupported : mgmtInvalid;
        return answer;
    }
    const QList<QByteArray> words = std::get<QList<QByteArray>>(*argv);
    if (words.size() == 3 && words.at(0) == "fs" && words.at(1) == "rm") {
        *writes = true;
        if (m_files.remove(words.at(2)) == 0) {
            answer.body.text("o", "rm: unlink of " + words.at(2) + " failed: -2").number("ret", -2);
            return answer;
        }
        eraseFlash(1);
        fileChanged(words.at(2));
        answer.body.text("o", "").number("ret", 0);
        return answer;
    }
    answer.body.text("o", (words.value(0) + ": command not found")).number("ret", -8);
    return answer;
}

void McuMgrBehaviour::reply(const Request &request, const Answer &answer)
{
    SmpWire::MapWriter body = answer.body;
    const bool version2 = request.version == 1 && !options().smpVersion1;
    if (answer.rc != 0) {
        body.number("rc", answer.rc);
    } else if (answer.groupRc != 0) {
        if (version2)
            body.map("err", SmpWire::MapWriter().number("group", request.group).number("rc", answer.groupRc));
        else
            body.number("rc", answer.version1Rc);
    } else if (!version2) {
        body.number("rc", 0);
    }
    const QByteArray cbor = body.finished();
    QByteArray packet;
    packet.append(char(((version2 ? 1 : 0) << 3) | (request.op + 1)));
    packet.append('\0');
    packet.append(char(cbor.size() >> 8)).append(char(cbor.size() & 0xff));
    packet.append(char(request.group >> 8)).append(char(request.group & 0xff));
    packet.append(char(request.sequence)).append(char(request.command));
    packet.append(cbor);
    QByteArray frames = SmpWire::frames(packet);
    if (faults().take(SimulatorFault::Kind::CrcError)) {
        note(u"fault crc-error: the answer's CRC is wrong"_s);
        // The last base64 character but one before the newline and padding holds bits of the CRC in
        // every packet (the last may hold padding bits only).
        const qsizetype flipped = frames.size() - 3 - frames.right(4).count('=');
        frames[flipped] = frames.at(flipped) == 'A' ? 'Q' : 'A';
    }
    ++m_packetsAnswered;
    output().send(frames);
}

void McuMgrBehaviour::fileChanged(const QByteArray &name)
{
    const auto credential = credentialOf(name);
    if (!credential)
        return;
    const auto [tag, kind] = *credential;
    QString error;
    const auto file = m_files.constFind(name);
    if (file == m_files.constEnd()) {
        if (!store().remove(tag, kind->type, &error))
            note(u"smp: could not update the store: %1"_s.arg(error));
        return;
    }
    StoredCredential stored;
    stored.tag = tag;
    stored.type = kind->type;
    stored.typeName = QString::fromLatin1(kind->typeName);
    stored.secret = kind->secret;
    stored.bytes = file->bytes;
    stored.format = QByteArray(kind->name).endsWith(".der") ? u"der"_s : u"pem"_s;
    if (!storeCredential(stored, &error))
        note(u"smp: could not update the store: %1"_s.arg(error));
    // What a corrupt-byte fault flipped is what the file now holds.
    if (const StoredCredential *kept = store().find(tag, kind->type); kept && !kept->bytes.isEmpty()) {
        m_files[name].bytes = kept->bytes;
        m_files[name].sha256 = kept->sha256;
    }
}

void McuMgrBehaviour::logNoise(quint32 random)
{
    static const std::array<const char *, 3> lines{"<inf> app: Heartbeat, uptime ok",
                                                   "<wrn> net_tcp: Retransmission timeout, seq 4021",
                                                   "<inf> littlefs: /lfs mounted"};
    // Half a frame is MCUmgr's and is never shown; half a shell line is put back after the log line.
    output().send("\r\n" + logTimestamp() + ' ' + lines.at(random % lines.size()) + "\r\nuart:~$ "
                  + (m_inFrame ? QByteArray() : m_line));
}

QJsonObject McuMgrBehaviour::status() const
{
    QJsonArray files;
    for (auto it = m_files.constBegin(); it != m_files.constEnd(); ++it)
        files.append(QJsonObject{{u"name"_s, QString::fromUtf8(it.key())}, {u"length"_s, it->length}});
    return {{u"files"_s, files}, {u"packetsAnswered"_s, m_packetsAnswered}};
}

} // namespace Simulator
