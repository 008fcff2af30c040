#include "device/profiles/StationProtocolProfile.h"

#include "base/ForeignText.h"
#include "base/SecureWipe.h"

#include <QTimer>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

// The error codes of protocol version 1 (section 7).
enum ErrorCode {
    malformedLine = 1,
    unknownCommand = 2,
    badArgument = 3,
    lineTooLong = 4,
    badBase64 = 5,
    badCrc = 6,
    outOfOrderOffset = 7,
    tooLarge = 8,
    noSuchSlot = 9,
    notFound = 10,
    digestMismatch = 11,
    storageFailure = 12,
    busy = 13,
    noWriteInProgress = 14,
    incomplete = 15,
    versionUnsupported = 16,
    helloRequired = 17,
};

// How often one request goes out again after a timeout, and how often the station corrects a
// damaged request or a misplaced chunk, before the operation fails (section 8.3): a link that
// damages every attempt will not get better by trying forever.
constexpr int maxRetries = 2;
// The longest request a host sends, CRLF included: a WRITE (section 3.7).
constexpr qint64 longestRequestLine = 99;
// A device that restarts, or forgets the write it had open, gets one more go from the start.
constexpr int maxRestarts = 1;
// "@65535 CHUNK 4294967295 " and " ffffffff" and CRLF: the most a CHUNK line holds besides its
// payload (section 3.7).
constexpr qint64 chunkLineOverhead = 35;
// Time for the device's answer to a bare CRLF to arrive, so that it is discarded (section 8.3).
constexpr auto settleTime = 100ms;
// The device's time limits run from the request's last byte on the wire, but the timer starts when
// the request is handed to the link: allow for its transmission at 9600 baud, the slowest rate a
// provisioning UART plausibly runs at.
constexpr std::chrono::microseconds wireTimePerByte{1042};

struct DetailLabel
{
    const char *key;
    const char *label;
    bool bytes;
};

constexpr DetailLabel detailLabels[] = {
    {"proto", QT_TRANSLATE_NOOP("StationProtocolProfile", "Protocol version"), false},
    {"line", QT_TRANSLATE_NOOP("StationProtocolProfile", "Longest request line"), true},
    {"chunk", QT_TRANSLATE_NOOP("StationProtocolProfile", "Largest chunk"), true},
    {"cred", QT_TRANSLATE_NOOP("StationProtocolProfile", "Largest credential"), true},
    {"slots", QT_TRANSLATE_NOOP("StationProtocolProfile", "Slots"), false},
    {"rxbuf", QT_TRANSLATE_NOOP("StationProtocolProfile", "Receive buffer"), true},
    {"pipe", QT_TRANSLATE_NOOP("StationProtocolProfile", "Requests in flight during a write"), false},
    {"types", QT_TRANSLATE_NOOP("StationProtocolProfile", "Credential types"), false},
};

std::optional<CredentialKind> kindFromType(const QByteArray &type)
{
    const QByteArray upper = type.toUpper();
    if (upper == "CERT")
        return CredentialKind::Certificate;
    if (upper == "KEY")
        return CredentialKind::PrivateKey;
    if (upper == "CA")
        return CredentialKind::CaCertificate;
    return std::nullopt;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isNumber(const QByteArray &text, qsizetype maxDigits)
{
    return !text.isEmpty() && text.size() <= maxDigits && std::all_of(text.cbegin(), text.cend(), isDigit);
}

bool isFieldKey(const QByteArray &key)
{
    return !key.isEmpty()
        && std::all_of(key.cbegin(), key.cend(), [](char c) { return (c >= 'a' && c <= 'z') || isDigit(c); });
}

// CRC-32/ISO-HDLC (section 4.2). Qt has none, and zlib is not linked into the core.
quint32 crc32(const char *data, qint64 size)
{
    quint32 crc = 0xffffffffu;
    for (qint64 i = 0; i < size; ++i) {
        crc ^= static_cast<unsigned char>(data[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

// Encodes straight into the request line, so that the line is the only copy of key bytes outside
// locked memory, and the one that is wiped.
void appendBase64(QByteArray &out, const char *data, qint64 size)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (qint64 i = 0; i < size; i += 3) {
        const qint64 count = qMin<qint64>(3, size - i);
        quint32 group = quint32(static_cast<unsigned char>(data[i])) << 16;
        if (count > 1)
            group |= quint32(static_cast<unsigned char>(data[i + 1])) << 8;
        if (count > 2)
            group |= static_cast<unsigned char>(data[i + 2]);
        out.append(alphabet[(group >> 18) & 63u]);
        out.append(alphabet[(group >> 12) & 63u]);
        out.append(count > 1 ? alphabet[(group >> 6) & 63u] : '=');
        out.append(count > 2 ? alphabet[group & 63u] : '=');
    }
}

// The station sends PEM with LF line ends (section 2), whatever it was given; in locked memory, as
// it may be a key.
QCA::SecureArray withLineFeeds(const QCA::SecureArray &pem)
{
    QCA::SecureArray text(pem.size());
    int length = 0;
    for (int i = 0; i < pem.size(); ++i) {
        if (pem[i] != '\r')
            text[length++] = pem[i];
    }
    text.resize(length);
    return text;
}

} // namespace

StationProtocolProfile::StationProtocolProfile(QObject *parent)
    : DeviceProfile(parent)
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    connect(m_settle, &QTimer::timeout, this, [this] {
        m_resyncing = false;
        // A failed link ends the operation without this profile's help.
        if (isBusy())
            send();
    });
}

QByteArray StationProtocolProfile::typeName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Certificate: return QByteArrayLiteral("CERT");
    case CredentialKind::PrivateKey: return QByteArrayLiteral("KEY");
    case CredentialKind::CaCertificate: return QByteArrayLiteral("CA");
    }
    return {};
}

qint64 StationProtocolProfile::chunkPayloadBytes(qint64 chunk, qint64 line, qint64 rxbuf)
{
    const qint64 room = qMin(line, rxbuf) - chunkLineOverhead;
    return room < 4 ? 0 : qMin(chunk, room / 4 * 3);
}

QByteArray StationProtocolProfile::expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const
{
    Q_UNUSED(kind)
    return QCA::Hash(QStringLiteral("sha256")).hash(withLineFeeds(pem)).toByteArray();
}

void StationProtocolProfile::startOperation(const QCA::SecureArray &pem)
{
    if (operation() == Operation::Write) {
        m_pem = withLineFeeds(pem);
        m_sha256 = QCA::Hash(QStringLiteral("sha256")).hash(m_pem).toByteArray();
    }
    m_settle->stop();
    m_resyncing = false;
    m_restarts = 0;
    m_pendingFailure.reset();
    m_abortedBusyWrite = false;
    m_commitError.reset();
    m_ahead.reset();
    m_held.reset();
    m_window = false;
    // What the device said in HELLO holds until it reports a restart (ERR 17).
    if (!m_limits) {
        request(Step::Hello);
        return;
    }
    sendFirstRequest();
}

void StationProtocolProfile::sendFirstRequest()
{
    switch (operation()) {
    case Operation::Identify:
        request(Step::Hello);
        return;
    case Operation::List:
        request(Step::List);
        return;
    case Operation::Delete:
        request(Step::Delete);
        return;
    case Operation::ReadCertificate:
        // DeviceProfile refuses this before it gets here: the protocol never gives credentials back.
    case Operation::RestoreState:
        // So is this: the profile never changes a device's state for an operation.
        return;
    case Operation::Write:
        break;
    }
    // Checked before anything is sent: a device that refuses halfway only wastes the transfer.
    const Limits &limits = *m_limits;
    const QString kind = credentialKindName(operationKind());
    if (!limits.types.contains(typeName(operationKind()))) {
        fail(DeviceError::Kind::NotSupported,
             tr("the device does not store a %1 (type %2); it takes %3. Use firmware that stores this type.")
                 .arg(kind, QString::fromLatin1(typeName(operationKind())),
                      QString::fromLatin1(limits.types.join(QByteArrayLiteral(", ")))));
        return;
    }
    if (operationSlot() < 0 || operationSlot() >= limits.slots) {
        fail(DeviceError::Kind::CapacityTooSmall,
             tr("the device has %1 slots, numbered from 0, so there is no slot %2. Use a lower slot, or raise the "
                "number of slots in the firmware (slots in the C library's station_device_config).")
                 .arg(limits.slots).arg(operationSlot()));
        return;
    }
    if (m_pem.size() > limits.credential) {
        fail(DeviceError::Kind::CapacityTooSmall,
             tr("this %1 has %2 bytes, but the device takes credentials of at most %3 bytes (cred=%3 in its HELLO "
                "answer). Raise that limit in the firmware to at least %2 bytes (max_credential in the C library's "
                "station_device_config, and the staging area behind it), then flash it again.")
                 .arg(kind).arg(m_pem.size()).arg(limits.credential));
        return;
    }
    m_chunkBytes = chunkPayloadBytes(limits.chunk, limits.line, limits.rxbuf);
    if (m_chunkBytes == 0) {
        fail(DeviceError::Kind::CapacityTooSmall,
             tr("the device's receive buffer (rxbuf=%1 in its HELLO answer) cannot take even the shortest CHUNK "
                "line. Raise it in the firmware to at least 128 bytes (rx_buffer in the C library's "
                "station_device_config, and the UART buffer behind it).")
                 .arg(limits.rxbuf));
        return;
    }
    m_window = true;
    m_sentAhead = false;
    request(Step::Write);
}

void StationProtocolProfile::request(Step step)
{
    m_step = step;
    m_timeoutRetries = 0;
    m_corrections = 0;
    m_unreadable.clear();
    if (!m_contacted) {
        // Noise the device received before the station took the port must not run into the first
        // request (section 8.1).
        m_contacted = true;
        resynchronise();
        return;
    }
    send();
}

QByteArray StationProtocolProfile::verb(Step step)
{
    switch (step) {
    case Step::Idle: return {};
    case Step::Hello: return QByteArrayLiteral("HELLO");
    case Step::Write: return QByteArrayLiteral("WRITE");
    case Step::Chunk: return QByteArrayLiteral("CHUNK");
    case Step::Commit: return QByteArrayLiteral("COMMIT");
    case Step::Digest: return QByteArrayLiteral("DIGEST");
    case Step::List: return QByteArrayLiteral("LIST");
    case Step::Delete: return QByteArrayLiteral("DELETE");
    case Step::Abort: return QByteArrayLiteral("ABORT");
    }
    return {};
}

void StationProtocolProfile::send()
{
    // Every attempt gets a number of its own, so that a late answer to an earlier one cannot be
    // taken for its answer. 65535 wraps to 0.
    m_lastSeq = static_cast<quint16>(m_lastSeq + 1);
    m_seq = m_lastSeq;
    QByteArray line = '@' + QByteArray::number(m_seq) + ' ' + verb(m_step);
    const QByteArray slotAndType = ' ' + QByteArray::number(operationSlot()) + ' ' + typeName(operationKind());
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::Hello:
        line += ' ' + QByteArray::number(protocolVersion);
        break;
    case Step::Write:
        line += slotAndType + ' ' + QByteArray::number(m_pem.size()) + ' ' + m_sha256.toHex();
        break;
    case Step::Chunk: {
        QByteArray chunk = chunkLine(line, m_offset, &m_sentBytes);
        sendCommand(chunk, timeoutFor(Step::Chunk, chunk.size()));
        SecureWipe::wipe(chunk);
        sendAhead();
        return;
    }
    case Step::Digest:
    case Step::Delete:
        line += slotAndType;
        break;
    case Step::List:
        m_items.clear();
        if (listFilter())
            line += ' ' + QByteArray::number(*listFilter());
        break;
    case Step::Commit:
    case Step::Abort:
        break;
    }
    line += "\r\n";
    sendCommand(line, timeoutFor(m_step, line.size()));
    sendAhead();
}

void StationProtocolProfile::sendAhead()
{
    if (!m_window || m_ahead || m_held || m_resyncing || !m_limits || m_limits->pipe < 2
        || operation() != Operation::Write || (m_step != Step::Write && m_step != Step::Chunk)) {
        return;
    }
    Ahead ahead;
    ahead.offset = m_step == Step::Write ? 0 : m_offset + m_sentBytes;
    ahead.step = ahead.offset < m_pem.size() ? Step::Chunk : Step::Commit;
    ahead.seq = static_cast<quint16>(m_lastSeq + 1);
    const QByteArray prefix = '@' + QByteArray::number(ahead.seq) + ' ' + verb(ahead.step);
    QByteArray line = ahead.step == Step::Chunk ? chunkLine(prefix, ahead.offset, &ahead.bytes) : prefix + "\r\n";
    ahead.lineBytes = line.size();
    // While the device works on the outstanding request, its receive buffer may still hold that
    // request's LF: the device acts on the CR of a CRLF. The line that goes ahead has to fit in the
    // rest, or it waits for the reply (section 3.7).
    if (ahead.lineBytes <= m_limits->rxbuf - 1) {
        m_lastSeq = ahead.seq;
        m_ahead = ahead;
        m_sentAhead = true;
        sendAlso(line);
    }
    SecureWipe::wipe(line);
}

bool StationProtocolProfile::acknowledgesAsSent(const Reply &reply) const
{
    if (reply.type != Reply::Type::Ok)
        return false;
    if (m_step == Step::Write)
        return true;
    bool numeric = false;
    const qint64 next = reply.fields.value("next").toLongLong(&numeric);
    return m_step == Step::Chunk && numeric && next == m_offset + m_sentBytes;
}

void StationProtocolProfile::advance(Step step)
{
    m_window = true;
    if (!m_ahead) {
        request(step);
        return;
    }
    // The request that went ahead is now the oldest; the device started on it when it finished the
    // one just answered, so its time runs from now.
    const Ahead ahead = *std::exchange(m_ahead, std::nullopt);
    Q_ASSERT(ahead.step == step && (step != Step::Chunk || ahead.offset == m_offset));
    m_step = ahead.step;
    m_seq = ahead.seq;
    m_offset = ahead.offset;
    m_sentBytes = ahead.bytes;
    m_timeoutRetries = 0;
    m_corrections = 0;
    m_unreadable.clear();
    extendTimeout(timeoutFor(m_step, ahead.lineBytes));
    sendAhead();
}

void StationProtocolProfile::endDrain()
{
    m_ahead.reset();
    const Reply held = *std::exchange(m_held, std::nullopt);
    replyReceived(held);
}

QByteArray StationProtocolProfile::lineEnd() const
{
    // Lines are built whole, CRLF included: appending the line end in the base would make a copy of
    // a key chunk that nothing wipes.
    return {};
}

QByteArray StationProtocolProfile::chunkLine(const QByteArray &prefix, qint64 offset, qint64 *payloadBytes) const
{
    const qint64 bytes = qMin<qint64>(m_chunkBytes, m_pem.size() - offset);
    *payloadBytes = bytes;
    const char *payload = m_pem.constData() + offset;
    const QByteArray head = prefix + ' ' + QByteArray::number(offset) + ' ';
    const QByteArray tail = ' ' + QByteArray::number(crc32(payload, bytes), 16).rightJustified(8, '0') + "\r\n";
    QByteArray line;
    // Reserved whole: growing would leave key bytes behind in the buffer it outgrew.
    line.reserve(head.size() + (bytes + 2) / 3 * 4 + tail.size());
    line += head;
    appendBase64(line, payload, bytes);
    line += tail;
    return line;
}

void StationProtocolProfile::resynchronise()
{
    // A bare CRLF ends whatever partial line noise left in the device's buffer. The device's answer
    // to that line is discarded; the request goes out again once it has had time to arrive.
    m_resyncing = true;
    Q_EMIT writeRequested(QByteArrayLiteral("\r\n"));
    m_settle->start(settleTime);
}

std::chrono::milliseconds StationProtocolProfile::timeoutFor(Step step, qsizetype requestBytes) const
{
    // The protocol says how long a device may take (section 8.2); the configured timeouts can only
    // shorten that, as a probe of an unknown port does.
    const Timeouts configured = timeouts();
    std::chrono::milliseconds limit = 5s;
    switch (step) {
    case Step::Hello:
        limit = std::min<std::chrono::milliseconds>(1s, configured.command);
        break;
    case Step::Chunk:
        limit = std::min<std::chrono::milliseconds>(2s, configured.command);
        break;
    case Step::Commit:
    case Step::List:
        limit = std::min<std::chrono::milliseconds>(10s, configured.slow);
        break;
    case Step::Idle:
    case Step::Write:
    case Step::Digest:
    case Step::Delete:
    case Step::Abort:
        limit = std::min<std::chrono::milliseconds>(5s, configured.command);
        break;
    }
    return limit + std::chrono::ceil<std::chrono::milliseconds>(wireTimePerByte * requestBytes);
}

std::optional<StationProtocolProfile::Reply> StationProtocolProfile::parseReply(const QByteArray &line)
{
    if (!line.startsWith('='))
        return std::nullopt;
    QList<QByteArray> tokens = line.sliced(1).split(' ');
    tokens.removeAll(QByteArray());
    if (tokens.size() < 2)
        return std::nullopt;
    Reply reply;
    reply.line = line;
    if (tokens.constFirst() != "-") {
        if (!isNumber(tokens.constFirst(), 5) || tokens.constFirst().toInt() > 65535)
            return std::nullopt;
        reply.seq = tokens.constFirst().toInt();
    }
    qsizetype next = 2;
    if (tokens.at(1) == "OK") {
        if (tokens.size() < 3 || tokens.at(2).contains('='))
            return std::nullopt;
        next = 3;
    } else if (tokens.at(1) == "ERR") {
        if (tokens.size() < 4 || !isNumber(tokens.at(2), 3))
            return std::nullopt;
        reply.type = Reply::Type::Error;
        reply.code = tokens.at(2).toInt();
        QList<QByteArray> words;
        for (next = 3; next < tokens.size() && !tokens.at(next).contains('='); ++next)
            words << tokens.at(next);
        if (words.isEmpty())
            return std::nullopt;
        reply.text = words.join(' ');
    } else if (tokens.at(1) == "ITEM") {
        if (tokens.size() < 3)
            return std::nullopt;
        reply.type = Reply::Type::Item;
    } else {
        return std::nullopt;
    }
    for (; next < tokens.size(); ++next) {
        const QByteArray &field = tokens.at(next);
        const qsizetype equals = field.indexOf('=');
        const QByteArray key = field.left(qMax<qsizetype>(equals, 0));
        if (!isFieldKey(key))
            return std::nullopt;
        reply.fields.insert(key, field.sliced(equals + 1));
        reply.keys << key;
    }
    return reply;
}

void StationProtocolProfile::lineReceived(const QByteArray &line)
{
    if (m_resyncing)
        return;
    std::optional<Reply> reply = parseReply(line);
    if (!reply) {
        // No log line may start like a reply (section 3.5): this is one damaged on its way back.
        if (line.size() > 1 && line.at(0) == '=' && (isDigit(line.at(1)) || line.at(1) == '-'))
            m_unreadable = line;
        return;
    }
    if (m_held) {
        // Draining after an error: only the reply to the request that went ahead is awaited, and
        // whatever it says, the held reply decides what happens (section 3.7).
        if (m_ahead && reply->seq == m_ahead->seq && reply->type != Reply::Type::Item)
            endDrain();
        return;
    }
    // Answers to earlier attempts, and "=-" for lines the device could not number, answer nothing
    // that is outstanding. A reply to the request that went ahead, arriving before the one to the
    // oldest, means that one was lost: the oldest request's timeout deals with it.
    if (reply->seq != m_seq)
        return;
    if (reply->type == Reply::Type::Item) {
        if (m_step == Step::List)
            m_items << *reply;
        return;
    }
    reply->request = verb(m_step);
    replyReceived(*reply);
}

void StationProtocolProfile::replyReceived(const Reply &reply)
{
    const bool ok = reply.type == Reply::Type::Ok;
    if (m_ahead && !acknowledgesAsSent(reply)) {
        // Something went wrong with a request ahead: send nothing more, wait for the reply to the
        // request that went ahead (its reply or its timeout), then handle this reply as if it had
        // been the only request outstanding (section 3.7).
        m_window = false;
        m_held = reply;
        extendTimeout(timeoutFor(m_ahead->step, m_ahead->lineBytes));
        return;
    }
    if (!ok)
        m_window = false;
    // An ABORT after a failure only tidies up; whatever it answers, the failure is reported.
    if (!ok && !(m_step == Step::Abort && m_pendingFailure) && recovered(reply))
        return;
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::Hello:
        if (!ok) {
            failFor(reply);
            return;
        }
        if (!acceptHello(reply))
            return;
        if (operation() == Operation::Identify) {
            finish();
            Q_EMIT identified(m_identity);
            return;
        }
        sendFirstRequest();
        return;
    case Step::Write:
        if (!ok) {
            failFor(reply);
            return;
        }
        m_offset = 0;
        advance(Step::Chunk);
        return;
    case Step::Chunk: {
        if (!ok) {
            failFor(reply);
            return;
        }
        bool numeric = false;
        const qint64 next = reply.fields.value("next").toLongLong(&numeric);
        if (!numeric || next != m_offset + m_sentBytes) {
            abandon(DeviceError::Kind::Protocol,
                    tr("the device acknowledged the chunk at offset %1 with %2, where next=%3 was due. Its "
                       "firmware does not follow station protocol version 1; please report it with the firmware "
                       "version.")
                        .arg(m_offset).arg(quoted(reply.line)).arg(m_offset + m_sentBytes));
            return;
        }
        m_offset = next;
        reportWritten(m_offset);
        advance(m_offset < m_pem.size() ? Step::Chunk : Step::Commit);
        return;
    }
    case Step::Commit:
        if (!ok) {
            failFor(reply);
            return;
        }
        request(Step::Digest);
        return;
    case Step::Digest: {
        if (!ok && reply.code != notFound) {
            failFor(reply);
            return;
        }
        const QByteArray stored = QByteArray::fromHex(reply.fields.value("sha256"));
        if (ok && stored == m_sha256) {
            finish();
            Q_EMIT credentialWritten(operationSlot(), operationKind());
            return;
        }
        // The retried COMMIT found no write open, and the slot does not hold the credential: the
        // write was lost before it was installed.
        if (m_commitError) {
            startOver(*m_commitError, false);
            return;
        }
        if (!ok) {
            fail(DeviceError::Kind::VerificationMismatch,
                 tr("the device accepted the %1, but now says slot %2 holds none. Its storage does not keep what "
                    "it commits; set the device aside and report it.")
                     .arg(credentialKindName(operationKind())).arg(operationSlot()));
            return;
        }
        fail(DeviceError::Kind::VerificationMismatch,
             tr("the device accepted the %1, but its slot now holds something else (SHA-256 %2, expected %3). Write "
                "it again; if it keeps happening, the device's storage is faulty.")
                 .arg(credentialKindName(operationKind()), QString::fromLatin1(stored.toHex()),
                      QString::fromLatin1(m_sha256.toHex())));
        return;
    }
    case Step::List: {
        if (!ok) {
            failFor(reply);
            return;
        }
        bool numeric = false;
        const qsizetype count = reply.fields.value("count").toLongLong(&numeric);
        if (!numeric || count != m_items.size()) {
            // An ITEM line was damaged on the way back; LIST changes nothing, so it is asked again.
            if (m_corrections < maxRetries) {
                ++m_corrections;
                send();
                return;
            }
            fail(DeviceError::Kind::Protocol,
                 tr("the device's list of credentials kept arriving incomplete (%1 after %2 items). Check the "
                    "cable and the baud rate, or use a lower one.")
                     .arg(quoted(reply.line)).arg(m_items.size()));
            return;
        }
        const QList<StoredCredential> credentials = listedCredentials();
        finish();
        Q_EMIT credentialsListed(credentials);
        return;
    }
    case Step::Delete:
        // Nothing to delete is what deleting wants; it is also how a retry sees that the first attempt
        // worked (section 5, DELETE).
        if (!ok && reply.code != notFound) {
            failFor(reply);
            return;
        }
        finish();
        Q_EMIT credentialDeleted(operationSlot(), operationKind());
        return;
    case Step::Abort:
        if (m_pendingFailure) {
            const DeviceError failure = *m_pendingFailure;
            fail(failure.kind, failure.message);
            return;
        }
        request(Step::Write);
        return;
    }
}

bool StationProtocolProfile::recovered(const Reply &reply)
{
    switch (reply.code) {
    case helloRequired:
        // The device restarted: it forgot the HELLO and any write it had open.
        if (m_step == Step::Hello)
            return false;
        startOver(reply, true);
        return true;
    case malformedLine:
        // The request was damaged on the wire, perhaps by noise that a bare CRLF clears out.
        if (m_corrections >= maxRetries)
            return false;
        ++m_corrections;
        resynchronise();
        return true;
    case badBase64:
    case badCrc:
        if (m_step != Step::Chunk || m_corrections >= maxRetries)
            return false;
        ++m_corrections;
        send();
        return true;
    case outOfOrderOffset:
        return m_step == Step::Chunk && resumeAt(reply.fields.value("expected"));
    case incomplete:
        return m_step == Step::Commit && resumeAt(reply.fields.value("received"));
    case busy:
        // An earlier session left a write open without ending it.
        if (m_step != Step::Write || m_abortedBusyWrite)
            return false;
        m_abortedBusyWrite = true;
        request(Step::Abort);
        return true;
    case noWriteInProgress:
        if (m_step == Step::Commit) {
            // A COMMIT sent again after a timeout: the first one may have installed the credential
            // and ended the write. The slot's digest tells (section 8.3).
            m_commitError = reply;
            request(Step::Digest);
            return true;
        }
        if (m_step != Step::Chunk)
            return false;
        startOver(reply, false);
        return true;
    case digestMismatch:
        if (m_step != Step::Commit)
            return false;
        startOver(reply, false);
        return true;
    default:
        return false;
    }
}

bool StationProtocolProfile::resumeAt(const QByteArray &offset)
{
    bool numeric = false;
    const qint64 value = offset.toLongLong(&numeric);
    // After pipelined chunks, a resent chunk can learn that every byte arrived (expected=length):
    // COMMIT then checks them all (section 7).
    const bool complete = m_step == Step::Chunk && value == m_pem.size();
    if (!numeric || value < 0 || (value >= m_pem.size() && !complete) || m_corrections >= maxRetries)
        return false;
    // The device names the offset it expects; every byte before it is staged (section 7).
    ++m_corrections;
    m_step = complete ? Step::Commit : Step::Chunk;
    m_offset = value;
    send();
    return true;
}

void StationProtocolProfile::startOver(const Reply &reply, bool helloFirst)
{
    if (m_restarts >= maxRestarts) {
        const auto [kind, message] = describe(reply);
        fail(kind, message);
        return;
    }
    ++m_restarts;
    m_commitError.reset();
    if (helloFirst) {
        m_limits.reset();
        request(Step::Hello);
        return;
    }
    sendFirstRequest();
}

bool StationProtocolProfile::acceptHello(const Reply &reply)
{
    const auto number = [&reply](const char *key) {
        bool numeric = false;
        const qint64 value = reply.fields.value(key).toLongLong(&numeric);
        return numeric && value > 0 ? value : 0;
    };
    Limits limits;
    limits.line = number("line");
    limits.chunk = number("chunk");
    limits.credential = number("cred");
    limits.slots = number("slots");
    limits.rxbuf = number("rxbuf");
    limits.pipe = qMax<qint64>(1, number("pipe"));
    for (const QByteArray &type : reply.fields.value("types").split(','))
        limits.types << type.toUpper();
    const QByteArray serial = reply.fields.value("serial");
    const QByteArray firmware = reply.fields.value("fw");
    if (number("proto") != protocolVersion || serial.isEmpty() || firmware.isEmpty() || limits.line == 0
        || limits.chunk == 0 || limits.credential == 0 || limits.slots == 0 || limits.rxbuf == 0) {
        fail(DeviceError::Kind::Protocol,
             tr("the device's answer to HELLO lacks what station protocol version 1 requires (proto=1, serial, fw, "
                "line, chunk, cred, slots, rxbuf): %1. Compare the firmware's HELLO with "
                "docs/station-protocol.md.")
                 .arg(quoted(reply.line)));
        return false;
    }
    m_limits = limits;
    // Section 3.7: below the longest request line a device needs its input in small, slow pieces.
    if (limits.rxbuf < longestRequestLine)
        Q_EMIT pacingRequested(int(limits.rxbuf), 2, std::chrono::milliseconds(5));
    m_identity = DeviceIdentity{name(), QString::fromLatin1(serial), QString::fromLatin1(firmware), {}};
    for (const QByteArray &key : reply.keys) {
        if (key == "serial" || key == "fw")
            continue;
        const QString value = QString::fromLatin1(reply.fields.value(key));
        const auto known = std::find_if(std::begin(detailLabels), std::end(detailLabels),
                                        [&key](const DetailLabel &label) { return key == label.key; });
        if (known == std::end(detailLabels))
            m_identity.details.append({QString::fromLatin1(key), value});
        else
            m_identity.details.append({tr(known->label), known->bytes ? tr("%1 bytes").arg(value) : value});
    }
    return true;
}

QList<StoredCredential> StationProtocolProfile::listedCredentials() const
{
    QList<StoredCredential> credentials;
    for (const Reply &item : m_items) {
        bool numeric = false;
        const int slot = item.fields.value("slot").toInt(&numeric);
        const std::optional<CredentialKind> kind = kindFromType(item.fields.value("type"));
        // Types of later protocol versions, or the firmware's own, are not the station's business.
        if (!numeric || !kind)
            continue;
        StoredCredential credential;
        credential.slot = slot;
        credential.kind = *kind;
        credential.sha256 = QByteArray::fromHex(item.fields.value("sha256"));
        credential.status = tr("%1 bytes").arg(QString::fromLatin1(item.fields.value("length")));
        credentials << credential;
    }
    return credentials;
}

void StationProtocolProfile::timedOut()
{
    if (m_held) {
        // The request that went ahead got no reply in its time either; the held reply decides.
        endDrain();
        return;
    }
    // A request that went ahead is dropped with the oldest: a late reply to it is discarded by its
    // number, and the oldest request goes out again on its own (section 3.7).
    m_ahead.reset();
    m_window = false;
    if (m_step == Step::Abort && m_pendingFailure) {
        // ABORT only tidies up after a failure that is already known; that failure is the news.
        const DeviceError failure = *m_pendingFailure;
        fail(failure.kind, failure.message);
        return;
    }
    if (m_timeoutRetries < maxRetries) {
        ++m_timeoutRetries;
        resynchronise();
        return;
    }
    // Whatever answers on this port next starts from the beginning.
    m_contacted = false;
    m_limits.reset();
    QString message = m_step == Step::Hello
        ? tr("nothing answered HELLO, %1 times. Check that the device runs firmware that speaks the station "
             "protocol, that it is powered and connected, and the baud rate; then start again.")
              .arg(maxRetries + 1)
        : tr("the device stopped answering: %1 went unanswered %2 times. Check that it is powered, that the cable "
             "is in, and that nothing else uses the port; then start again.")
              .arg(QString::fromLatin1(verb(m_step)))
              .arg(maxRetries + 1);
    if (!m_unreadable.isEmpty())
        message += QLatin1Char(' ') + tr("Its last answer was damaged: %1.").arg(quoted(m_unreadable));
    fail(DeviceError::Kind::Timeout, message);
}

void StationProtocolProfile::forgetOperation()
{
    m_step = Step::Idle;
    m_settle->stop();
    m_resyncing = false;
    m_pendingFailure.reset();
    m_commitError.reset();
    m_ahead.reset();
    m_held.reset();
    m_window = false;
    m_pem.clear();
}

void StationProtocolProfile::finish()
{
    forgetOperation();
    endOperation();
}

void StationProtocolProfile::fail(DeviceError::Kind kind, const QString &message)
{
    forgetOperation();
    failOperation(kind, message);
}

void StationProtocolProfile::failFor(const Reply &reply)
{
    const auto [kind, message] = describe(reply);
    abandon(kind, message);
}

void StationProtocolProfile::abandon(DeviceError::Kind kind, const QString &message)
{
    // A chunk that went ahead of a refused WRITE may have landed in a write someone else left open.
    const bool writeMayBeOpen = operation() == Operation::Write
        && (m_step == Step::Chunk || m_step == Step::Commit || (m_step == Step::Write && m_sentAhead));
    if (!writeMayBeOpen) {
        fail(kind, message);
        return;
    }
    m_pendingFailure = DeviceError{kind, step(), message};
    request(Step::Abort);
}

std::pair<DeviceError::Kind, QString> StationProtocolProfile::describe(const Reply &reply) const
{
    using Kind = DeviceError::Kind;
    const QString answer = tr("the device answered %1 with \"ERR %2 %3\"")
                               .arg(ForeignText::escaped(reply.request))
                               .arg(reply.code)
                               .arg(ForeignText::escaped(reply.text));
    const auto field = [&reply](const char *key) { return QString::fromLatin1(reply.fields.value(key)); };
    const QString kind = credentialKindName(operationKind());
    const int slot = operation() == Operation::List ? listFilter().value_or(0) : operationSlot();
    switch (reply.code) {
    case malformedLine:
        return {Kind::Protocol, tr("%1, also when the request was sent again: requests arrive damaged. Check the "
                                   "cable and the baud rate, or use a lower one.").arg(answer)};
    case unknownCommand:
        return {Kind::NotSupported, tr("%1: the firmware does not implement all of station protocol version 1. "
                                       "Update the firmware.").arg(answer)};
    case badArgument:
        return {Kind::Protocol, tr("%1: the firmware and the station read station protocol version 1 differently. "
                                   "Please report it, with the firmware version.").arg(answer)};
    case lineTooLong:
        return {Kind::CapacityTooSmall, tr("%1: the firmware takes shorter request lines than its HELLO answer "
                                           "says. Make it report its real limit (in the C library, "
                                           "STATION_DEVICE_LINE_MAX).").arg(answer)};
    case badBase64:
    case badCrc:
        return {Kind::Protocol, tr("%1 to the chunk at offset %2, also when it was sent again: bytes are damaged on "
                                   "the way to the device. Check the cable and the baud rate, or use a lower one.")
                                    .arg(answer).arg(m_offset)};
    case outOfOrderOffset:
    case incomplete:
        return {Kind::Protocol, tr("%1: the device and the station disagree about how much of the %2 has arrived. "
                                   "Start again; if it keeps happening, report it with the firmware version.")
                                    .arg(answer, kind)};
    case tooLarge:
        return {Kind::CapacityTooSmall, tr("%1: the device takes at most %2 bytes here, less than its HELLO answer "
                                           "says. Make the firmware report its real limits (cred and chunk), or "
                                           "raise them.").arg(answer, field("max"))};
    case noSuchSlot:
        return {Kind::CapacityTooSmall, tr("%1: the device has %2 slots, numbered from 0, so there is no slot %3. "
                                           "Use a lower slot, or raise the number of slots in the firmware.")
                                            .arg(answer, field("slots")).arg(slot)};
    case notFound:
        return {Kind::Refused, tr("%1: slot %2 holds no %3.").arg(answer).arg(slot).arg(kind)};
    case digestMismatch:
        return {Kind::VerificationMismatch, tr("%1, also when the %2 was written again: what the device stored "
                                               "differs from what the station sent (its SHA-256 is %3). Its storage "
                                               "may be faulty; set the device aside.")
                                                .arg(answer, kind, field("sha256"))};
    case storageFailure:
        return {Kind::Refused, tr("%1: the device's storage failed, and the slot keeps what it held before. Check "
                                  "the firmware's storage driver; if it keeps failing, set the device aside.")
                                   .arg(answer)};
    case busy:
        return {Kind::Refused, tr("%1, even after the station ended the write that was open. Restart the device, "
                                  "then start again.").arg(answer)};
    case noWriteInProgress:
        return {Kind::Refused, tr("%1 twice: the device keeps forgetting the write in progress, as if it restarted. "
                                  "Check its power supply and its watchdog, then start again.").arg(answer)};
    case versionUnsupported:
        return {Kind::NotSupported, tr("%1: the device speaks station protocol versions %2, this station speaks "
                                       "version %3. Update the station or the firmware.")
                                        .arg(answer, field("versions")).arg(protocolVersion)};
    case helloRequired:
        return {Kind::Refused, tr("%1 again: the device restarted twice while the station worked with it. Check its "
                                  "power supply and its watchdog, then start again.").arg(answer)};
    default:
        return {Kind::Refused, tr("%1. Code %2 is not part of station protocol version 1; the firmware's "
                                  "documentation says what it means.").arg(answer).arg(reply.code)};
    }
}
