#include "simulator/EspAtBehaviour.h"

#include "simulator/CredentialStore.h"
#include "simulator/DeviceOutput.h"
#include "simulator/SimulatorFaults.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Simulator {

namespace {

const QByteArray ok = "OK\r\n";
const QByteArray error = "ERROR\r\n";

// AT+SYSMFG's value types: 1-6 numbers, 7 string, 8 binary.
constexpr int stringType = 7;
constexpr int binaryType = 8;
// Keys "<namespace>.<index>": ESP-AT's generator numbers the files of a namespace from 0.
constexpr quint32 highestIndex = 99;
// NVS splits a blob into chunks of at most a page's data area, each with an entry of its own.
constexpr qint64 blobChunkBytes = 4000;

std::optional<qint64> parseNumber(const QByteArray &text)
{
    bool valid = false;
    const qint64 value = text.toLongLong(&valid);
    if (!valid || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

EspAtBehaviour::EspAtBehaviour(DeviceContext context)
    : DeviceBehaviour(std::move(context))
{
}

const QList<QByteArray> &EspAtBehaviour::namespaces()
{
    static const QList<QByteArray> names{"client_cert", "client_key", "client_ca",  "server_cert", "server_key",
                                         "server_ca",   "mqtt_cert",  "mqtt_key",   "mqtt_ca",     "https_cert",
                                         "https_key",   "https_ca",   "wss_cert",   "wss_key",     "wss_ca"};
    return names;
}

void EspAtBehaviour::boot()
{
    // ESP-AT powers on with echo on and says it is ready.
    m_echo = true;
    m_line.clear();
    m_lineTooLong = false;
    m_pending.reset();
    m_pendingRemaining = 0;
    m_value.clear();
    countEntries();
    output().send("\r\nready\r\n");
}

void EspAtBehaviour::receive(char byte)
{
    if (m_pending) {
        // Raw bytes of a binary value: not echoed, not a command.
        m_value.append(byte);
        if (--m_pendingRemaining == 0)
            valueReceived();
        return;
    }
    if (m_echo)
        output().send(QByteArray(1, byte));
    // A command ends with CRLF; ESP-AT takes at most lineMax bytes of it.
    if (byte == '\n') {
        QByteArray line = std::exchange(m_line, QByteArray());
        const bool tooLong = std::exchange(m_lineTooLong, false);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return;
        if (tooLong) {
            output().commandStarted(busyTime(false));
            output().send(error);
            output().commandFinished();
            return;
        }
        execute(line);
        return;
    }
    if (m_line.size() >= *options().lineMax) {
        m_lineTooLong = true;
        return;
    }
    m_line.append(byte);
}

void EspAtBehaviour::execute(const QByteArray &line)
{
    qsizetype start = 0;
    while (start < line.size() && (line.at(start) == '\r' || line.at(start) == ' '))
        ++start;
    const QByteArray command = line.mid(start);
    if (command.isEmpty())
        return;
    // A command that arrives while the one before still runs is dropped with "busy p...".
    if (faults().take(SimulatorFault::Kind::Busy)) {
        ++m_busyAnswers;
        note(u"fault busy: dropped \"%1\""_s.arg(QString::fromLatin1(command.left(40))));
        output().commandStarted(busyTime(false));
        output().send("busy p...\r\n");
        output().commandFinished();
        return;
    }
    const bool changes = command.startsWith("AT+SYSMFG=0");
    output().commandStarted(busyTime(changes));
    output().send(run(command));
    output().commandFinished();
}

QByteArray EspAtBehaviour::run(const QByteArray &command)
{
    if (command == "AT")
        return ok;
    if (command == "ATE0" || command == "ATE1") {
        m_echo = command == "ATE1";
        return ok;
    }
    if (command == "AT+GMR") {
        return "AT version:" + options().firmware.value_or(QString()).toLatin1()
            + "(sim - ESP32 - Nov 29 2026 00:00:00)\r\n"
              "SDK version:v5.0.7-sim\r\n"
              "compile time(sim):Nov 29 2026 00:00:00\r\n"
              "Bin version:v4.0.0.0(WROOM-32)\r\n\r\n"
            + ok;
    }
    if (command == "AT+CIPSTAMAC?")
        return "+CIPSTAMAC:\"" + options().mac.toLatin1() + "\"\r\n" + ok;
    if (command == "AT+SYSMFG?") {
        QByteArray reply;
        for (const QByteArray &space : namespaces())
            reply += "+SYSMFG:\"" + space + "\"\r\n";
        return reply + "\r\n" + ok;
    }
    if (command.startsWith("AT+SYSMFG=")) {
        // Parameters are split at commas outside quotes.
        QList<Parameter> parameters;
        Parameter current;
        bool quoted = false;
        for (const char c : command.mid(10)) {
            if (c == '"') {
                quoted = !quoted;
                current.quoted = true;
            } else if (c == ',' && !quoted) {
                parameters.append(current);
                current = Parameter();
            } else {
                current.text.append(c);
            }
        }
        if (quoted)
            return error;
        parameters.append(current);
        return manufacturingNvs(parameters);
    }
    return error;
}

QByteArray EspAtBehaviour::manufacturingNvs(const QList<Parameter> &parameters)
{
    const QByteArray operation = parameters.value(0).text;
    if (operation == "0")
        return erase(parameters);
    if (operation == "1")
        return read(parameters);
    if (operation == "2")
        return write(parameters);
    return error;
}

std::optional<std::pair<quint32, int>> EspAtBehaviour::location(const QByteArray &space, const QByteArray &key) const
{
    const qsizetype type = namespaces().indexOf(space);
    if (type < 0)
        return std::nullopt;
    if (key == space)
        return std::pair{quint32(0), int(type)};
    if (!key.startsWith(space + '.'))
        return std::nullopt;
    const std::optional<qint64> index = parseNumber(key.mid(space.size() + 1));
    if (!index || *index > highestIndex)
        return std::nullopt;
    return std::pair{quint32(*index), int(type)};
}

QByteArray EspAtBehaviour::erase(const QList<Parameter> &parameters)
{
    if (parameters.size() != 3 || !parameters.at(1).quoted || !parameters.at(2).quoted)
        return error;
    const auto where = location(parameters.at(1).text, parameters.at(2).text);
    // NVS reports a key it does not have as an error.
    if (!where || !store().find(where->first, where->second))
        return error;
    // An erase marks the value's entries erased: one entry state word programmed.
    programFlash(0, nvsEntryBytes);
    QString storeError;
    if (!store().remove(where->first, where->second, &storeError))
        note(storeError);
    countEntries();
    return ok;
}

QByteArray EspAtBehaviour::read(const QList<Parameter> &parameters)
{
    if (parameters.size() == 2 && parameters.at(1).quoted) {
        // The keys of one namespace, with their type.
        const qsizetype type = namespaces().indexOf(parameters.at(1).text);
        if (type < 0)
            return error;
        QByteArray reply;
        for (const StoredCredential &credential : store().all()) {
            if (credential.type != type)
                continue;
            const QByteArray space = namespaces().at(type);
            const QByteArray key = credential.tag == 0 ? space : space + '.' + QByteArray::number(credential.tag);
            reply += "+SYSMFG:\"" + space + "\",\"" + key + "\"," + QByteArray::number(binaryType) + "\r\n";
        }
        return reply + "\r\n" + ok;
    }
    if (parameters.size() != 3 && parameters.size() != 5)
        return error;
    if (!parameters.at(1).quoted || !parameters.at(2).quoted)
        return error;
    const auto where = location(parameters.at(1).text, parameters.at(2).text);
    const StoredCredential *credential = where ? store().find(where->first, where->second) : nullptr;
    if (!credential || !credential->hasBytes())
        return error;
    QByteArray value = credential->bytes;
    if (parameters.size() == 5) {
        const std::optional<qint64> offset = parseNumber(parameters.at(3).text);
        const std::optional<qint64> length = parseNumber(parameters.at(4).text);
        if (!offset || !length || *offset + *length > value.size())
            return error;
        value = value.mid(*offset, *length);
    }
    // Read back differently from what is stored (wrong-digest): what a host compares is wrong.
    if (!value.isEmpty() && reportWrongDigest(*credential))
        value[value.size() / 2] = char(~value.at(value.size() / 2));
    return "+SYSMFG:\"" + parameters.at(1).text + "\",\"" + parameters.at(2).text + "\"," + QByteArray::number(binaryType)
        + ',' + QByteArray::number(value.size()) + ',' + value + "\r\n" + ok;
}

QByteArray EspAtBehaviour::write(const QList<Parameter> &parameters)
{
    if (parameters.size() != 5 || !parameters.at(1).quoted || !parameters.at(2).quoted)
        return error;
    const std::optional<qint64> type = parseNumber(parameters.at(3).text);
    const std::optional<qint64> length = parseNumber(parameters.at(4).text);
    if (!type || !length || (*type != binaryType && *type != stringType) || *length < 1)
        return error;
    const auto where = location(parameters.at(1).text, parameters.at(2).text);
    if (!where)
        return error;
    m_pending = where;
    m_pendingRemaining = *length;
    m_value.clear();
    m_value.reserve(*length);
    return ok + "\r\n>";
}

void EspAtBehaviour::valueReceived()
{
    const std::pair<quint32, int> where = *std::exchange(m_pending, std::nullopt);
    const QByteArray value = std::exchange(m_value, QByteArray());
    output().commandStarted(busyTime(true));
    const StoredCredential *existing = store().find(where.first, where.second);
    const qint64 freed = existing ? entriesFor(existing->length) : 0;
    QByteArray reply = ok;
    if (m_entriesUsed - freed + entriesFor(value.size()) > entriesAvailable()) {
        note(u"nvs full: %1 bytes do not fit"_s.arg(value.size()));
        reply = error;
    } else if (rejectWrite(QString::fromLatin1(namespaces().at(where.second)))) {
        reply = error;
    } else {
        // NVS appends the blob's entries to the active page and marks the old ones erased; a page
        // that fills up is erased only by garbage collection, which a fresh partition rarely needs.
        programFlash(0, entriesFor(value.size()) * nvsEntryBytes);
        StoredCredential credential;
        credential.tag = where.first;
        credential.type = where.second;
        credential.typeName = QString::fromLatin1(namespaces().at(where.second));
        credential.secret = credential.typeName.endsWith(u"_key"_s);
        credential.bytes = value;
        QString storeError;
        if (!storeCredential(credential, &storeError))
            note(storeError);
        countEntries();
        ++m_writes;
    }
    if (reply == ok && faults().take(SimulatorFault::Kind::LostOk)) {
        note(u"fault lost-ok: stored, but the OK is lost"_s);
        reply.clear();
    }
    output().send(reply);
    output().commandFinished();
}

qint64 EspAtBehaviour::entriesFor(qint64 bytes)
{
    const qint64 chunks = (bytes + blobChunkBytes - 1) / blobChunkBytes;
    // The blob index, each chunk's header, and its data in whole entries.
    return 1 + chunks + (bytes + nvsEntryBytes - 1) / nvsEntryBytes;
}

void EspAtBehaviour::countEntries()
{
    m_entriesUsed = factoryParameterEntries;
    for (const StoredCredential &credential : store().all())
        m_entriesUsed += entriesFor(credential.length);
}

qint64 EspAtBehaviour::entriesAvailable() const
{
    return qMax<qint64>(0, options().nvsBytes / nvsPageBytes - 1) * nvsEntriesPerPage;
}

QJsonObject EspAtBehaviour::status() const
{
    return {{u"echo"_s, m_echo},
            {u"nvsEntriesUsed"_s, m_entriesUsed},
            {u"nvsEntriesAvailable"_s, entriesAvailable()},
            {u"busyAnswers"_s, m_busyAnswers},
            {u"valuesWritten"_s, m_writes}};
}

} // namespace Simulator
