#include "device/profiles/StationProtocolProfile.h"

#include "base/ForeignText.h"
#include "base/SecureWipe.h"
#include "device/profiles/StationProtocolCodec.h"

#include <QTimer>

#include <algorithm>
#include <limits>

using namespace std::chrono_literals;
using Codec = StationProtocolCodec;

namespace {

// How often one request goes out again after a timeout, and how often the station corrects a
// damaged request or a misplaced chunk, before the operation fails (section 8.3): a link that
// damages every attempt will not get better by trying forever.
constexpr int maxRetries = 2;
// A device that restarts, or forgets the write it had open, gets one more go from the start.
constexpr int maxRestarts = 1;
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
        request(State::Hello);
        return;
    }
    sendFirstRequest();
}

void StationProtocolProfile::sendFirstRequest()
{
    switch (operation()) {
    case Operation::Identify:
        request(State::Hello);
        return;
    case Operation::List:
        request(State::List);
        return;
    case Operation::Delete:
        request(State::Delete);
        return;
    case Operation::Write:
        startWrite();
        return;
    case Operation::ReadCertificate:
        // DeviceProfile refuses this before it gets here: the protocol never gives credentials back.
    case Operation::RestoreState:
        // So is this: the profile never changes a device's state for an operation.
        return;
    }
}

void StationProtocolProfile::startWrite()
{
    // Checked before anything is sent: a device that refuses halfway only wastes the transfer.
    if (!fitsTheDevice())
        return;
    m_window = true;
    m_sentAhead = false;
    request(State::Write);
}

bool StationProtocolProfile::fitsTheDevice()
{
    const Limits &limits = *m_limits;
    const QString kind = credentialKindName(operationKind());
    const QByteArray type = Codec::typeName(operationKind());
    if (!limits.types.contains(type)) {
        fail(DeviceError::Kind::NotSupported,
             tr("the device does not store a %1 (type %2); it takes %3. Use firmware that stores this type.")
                 .arg(kind, QString::fromLatin1(type), QString::fromLatin1(limits.types.join(QByteArrayLiteral(", ")))));
        return false;
    }
    if (operationSlot() < 0 || operationSlot() >= limits.slots) {
        fail(DeviceError::Kind::CapacityTooSmall,
             tr("the device has %1 slots, numbered from 0, so there is no slot %2. Use a lower slot, or raise the "
                "number of slots in the firmware (slots in the C library's station_device_config).")
                 .arg(limits.slots).arg(operationSlot()));
        return false;
    }
    if (m_pem.size() > limits.credential) {
        fail(DeviceError::Kind::CapacityTooSmall,
             tr("this %1 has %2 bytes, but the device takes credentials of at most %3 bytes (cred=%3 in its HELLO "
                "answer). Raise that limit in the firmware to at least %2 bytes (max_credential in the C library's "
                "station_device_config, and the staging area behind it), then flash it again.")
                 .arg(kind).arg(m_pem.size()).arg(limits.credential));
        return false;
    }
    m_chunkBytes = Codec::chunkPayloadBytes(limits.chunk, limits.line, limits.rxbuf);
    if (m_chunkBytes == 0) {
        fail(DeviceError::Kind::CapacityTooSmall,
             tr("the device's receive buffer (rxbuf=%1 in its HELLO answer) cannot take even the shortest CHUNK "
                "line. Raise it in the firmware to at least 128 bytes (rx_buffer in the C library's "
                "station_device_config, and the UART buffer behind it).")
                 .arg(limits.rxbuf));
        return false;
    }
    return true;
}

void StationProtocolProfile::request(State state)
{
    m_state = state;
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

QByteArray StationProtocolProfile::verb(State state)
{
    switch (state) {
    case State::Idle: return {};
    case State::Hello: return QByteArrayLiteral("HELLO");
    case State::Write: return QByteArrayLiteral("WRITE");
    case State::Chunk: return QByteArrayLiteral("CHUNK");
    case State::Commit: return QByteArrayLiteral("COMMIT");
    case State::Digest: return QByteArrayLiteral("DIGEST");
    case State::List: return QByteArrayLiteral("LIST");
    case State::Delete: return QByteArrayLiteral("DELETE");
    case State::Abort: return QByteArrayLiteral("ABORT");
    }
    return {};
}

void StationProtocolProfile::send()
{
    // Every attempt gets a number of its own, so that a late answer to an earlier one cannot be
    // taken for its answer. 65535 wraps to 0.
    m_lastSeq = static_cast<quint16>(m_lastSeq + 1);
    m_seq = m_lastSeq;
    if (m_state == State::Idle)
        return;
    if (m_state == State::Chunk) {
        QByteArray chunk = chunkLine(m_seq, m_offset, &m_sentBytes);
        sendCommand(chunk, timeoutFor(State::Chunk, chunk.size()));
        SecureWipe::wipe(chunk);
    } else {
        if (m_state == State::List)
            m_items.clear();
        const QByteArray line = Codec::requestLine(m_seq, verb(m_state), arguments(m_state));
        sendCommand(line, timeoutFor(m_state, line.size()));
    }
    sendAhead();
}

QList<QByteArray> StationProtocolProfile::arguments(State state) const
{
    const QByteArray slot = QByteArray::number(operationSlot());
    const QByteArray type = Codec::typeName(operationKind());
    switch (state) {
    case State::Hello:
        return {QByteArray::number(Codec::protocolVersion)};
    case State::Write:
        return {slot, type, QByteArray::number(m_pem.size()), m_sha256.toHex()};
    case State::Digest:
    case State::Delete:
        return {slot, type};
    case State::List:
        if (listFilter())
            return {QByteArray::number(*listFilter())};
        return {};
    case State::Idle:
    case State::Chunk:
    case State::Commit:
    case State::Abort:
        return {};
    }
    return {};
}

QByteArray StationProtocolProfile::chunkLine(quint16 seq, qint64 offset, qint64 *payloadBytes) const
{
    const qint64 bytes = qMin<qint64>(m_chunkBytes, m_pem.size() - offset);
    *payloadBytes = bytes;
    return Codec::chunkLine(seq, offset, QByteArrayView(m_pem.constData() + offset, bytes));
}

void StationProtocolProfile::sendAhead()
{
    if (!m_window || m_ahead || m_held || m_resyncing || !m_limits || m_limits->pipe < 2
        || operation() != Operation::Write || (m_state != State::Write && m_state != State::Chunk)) {
        return;
    }
    Ahead ahead;
    ahead.offset = m_state == State::Write ? 0 : m_offset + m_sentBytes;
    ahead.state = ahead.offset < m_pem.size() ? State::Chunk : State::Commit;
    ahead.seq = static_cast<quint16>(m_lastSeq + 1);
    QByteArray line = ahead.state == State::Chunk ? chunkLine(ahead.seq, ahead.offset, &ahead.bytes)
                                                  : Codec::requestLine(ahead.seq, verb(State::Commit));
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
    if (m_state == State::Write)
        return true;
    return m_state == State::Chunk && reply.number("next") == m_offset + m_sentBytes;
}

void StationProtocolProfile::advance(State state)
{
    m_window = true;
    if (!m_ahead) {
        request(state);
        return;
    }
    // The request that went ahead is now the oldest; the device started on it when it finished the
    // one just answered, so its time runs from now.
    const Ahead ahead = *std::exchange(m_ahead, std::nullopt);
    Q_ASSERT(ahead.state == state && (state != State::Chunk || ahead.offset == m_offset));
    m_state = ahead.state;
    m_seq = ahead.seq;
    m_offset = ahead.offset;
    m_sentBytes = ahead.bytes;
    m_timeoutRetries = 0;
    m_corrections = 0;
    m_unreadable.clear();
    extendTimeout(timeoutFor(m_state, ahead.lineBytes));
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

void StationProtocolProfile::resynchronise()
{
    // A bare CRLF ends whatever partial line noise left in the device's buffer. The device's answer
    // to that line is discarded; the request goes out again once it has had time to arrive.
    m_resyncing = true;
    Q_EMIT writeRequested(QByteArrayLiteral("\r\n"));
    m_settle->start(settleTime);
}

std::chrono::milliseconds StationProtocolProfile::timeoutFor(State state, qsizetype requestBytes) const
{
    // The protocol says how long a device may take (section 8.2); the configured timeouts can only
    // shorten that, as a probe of an unknown port does.
    const Timeouts configured = timeouts();
    std::chrono::milliseconds limit = 5s;
    switch (state) {
    case State::Hello:
        limit = std::min<std::chrono::milliseconds>(1s, configured.command);
        break;
    case State::Chunk:
        limit = std::min<std::chrono::milliseconds>(2s, configured.command);
        break;
    case State::Commit:
    case State::List:
        limit = std::min<std::chrono::milliseconds>(10s, configured.slow);
        break;
    case State::Idle:
    case State::Write:
    case State::Digest:
    case State::Delete:
    case State::Abort:
        limit = std::min<std::chrono::milliseconds>(5s, configured.command);
        break;
    }
    return limit + std::chrono::ceil<std::chrono::milliseconds>(wireTimePerByte * requestBytes);
}

void StationProtocolProfile::lineReceived(const QByteArray &line)
{
    if (m_resyncing)
        return;
    std::optional<Reply> reply = Reply::parse(line);
    if (!reply) {
        // No log line may start like a reply (section 3.5): this is one damaged on its way back.
        if (Reply::looksLikeReply(line))
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
        if (m_state == State::List)
            m_items << *reply;
        return;
    }
    reply->request = verb(m_state);
    replyReceived(*reply);
}

void StationProtocolProfile::replyReceived(const Reply &reply)
{
    if (m_ahead && !acknowledgesAsSent(reply)) {
        // Something went wrong with a request ahead: send nothing more, wait for the reply to the
        // request that went ahead (its reply or its timeout), then handle this reply as if it had
        // been the only request outstanding (section 3.7).
        m_window = false;
        m_held = reply;
        extendTimeout(timeoutFor(m_ahead->state, m_ahead->lineBytes));
        return;
    }
    const bool ok = reply.type == Reply::Type::Ok;
    if (!ok)
        m_window = false;
    // An ABORT after a failure only tidies up; whatever it answers, the failure is reported.
    const bool tidyingUp = m_state == State::Abort && m_pendingFailure;
    if (!ok && !tidyingUp && recovered(reply))
        return;
    switch (m_state) {
    case State::Idle: return;
    case State::Hello: helloAnswered(reply); return;
    case State::Write: writeAnswered(reply); return;
    case State::Chunk: chunkAnswered(reply); return;
    case State::Commit: commitAnswered(reply); return;
    case State::Digest: digestAnswered(reply); return;
    case State::List: listAnswered(reply); return;
    case State::Delete: deleteAnswered(reply); return;
    case State::Abort: abortAnswered(); return;
    }
}

void StationProtocolProfile::helloAnswered(const Reply &reply)
{
    if (reply.type != Reply::Type::Ok) {
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
}

void StationProtocolProfile::writeAnswered(const Reply &reply)
{
    if (reply.type != Reply::Type::Ok) {
        // An earlier session left a write open without ending it: end it, once, and open ours.
        if (reply.code == Codec::busy && !m_abortedBusyWrite) {
            m_abortedBusyWrite = true;
            request(State::Abort);
            return;
        }
        failFor(reply);
        return;
    }
    m_offset = 0;
    advance(State::Chunk);
}

void StationProtocolProfile::chunkAnswered(const Reply &reply)
{
    if (reply.type != Reply::Type::Ok) {
        if (!chunkRecovered(reply))
            failFor(reply);
        return;
    }
    const std::optional<qint64> next = reply.number("next");
    if (next != m_offset + m_sentBytes) {
        abandon(DeviceError::Kind::Protocol,
                tr("the device acknowledged the chunk at offset %1 with %2, where next=%3 was due. Its "
                   "firmware does not follow station protocol version 1; please report it with the firmware "
                   "version.")
                    .arg(m_offset).arg(quoted(reply.line)).arg(m_offset + m_sentBytes));
        return;
    }
    m_offset = *next;
    reportWritten(m_offset);
    advance(m_offset < m_pem.size() ? State::Chunk : State::Commit);
}

void StationProtocolProfile::commitAnswered(const Reply &reply)
{
    if (reply.type != Reply::Type::Ok) {
        if (!commitRecovered(reply))
            failFor(reply);
        return;
    }
    request(State::Digest);
}

void StationProtocolProfile::digestAnswered(const Reply &reply)
{
    const bool ok = reply.type == Reply::Type::Ok;
    if (!ok && reply.code != Codec::notFound) {
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
}

void StationProtocolProfile::listAnswered(const Reply &reply)
{
    if (reply.type != Reply::Type::Ok) {
        failFor(reply);
        return;
    }
    if (reply.number("count") != m_items.size()) {
        // An ITEM line was damaged on the way back; LIST changes nothing, so it is asked again.
        if (correct())
            return;
        fail(DeviceError::Kind::Protocol,
             tr("the device's list of credentials kept arriving incomplete (%1 after %2 items). Check the "
                "cable and the baud rate, or use a lower one.")
                 .arg(quoted(reply.line)).arg(m_items.size()));
        return;
    }
    const QList<StoredCredential> credentials = listedCredentials();
    finish();
    Q_EMIT credentialsListed(credentials);
}

void StationProtocolProfile::deleteAnswered(const Reply &reply)
{
    // Nothing to delete is what deleting wants; it is also how a retry sees that the first attempt
    // worked (section 5, DELETE).
    if (reply.type != Reply::Type::Ok && reply.code != Codec::notFound) {
        failFor(reply);
        return;
    }
    finish();
    Q_EMIT credentialDeleted(operationSlot(), operationKind());
}

void StationProtocolProfile::abortAnswered()
{
    if (m_pendingFailure) {
        const DeviceError failure = *m_pendingFailure;
        fail(failure.kind, failure.message);
        return;
    }
    // The write a lost session left open is ended: open ours.
    request(State::Write);
}

bool StationProtocolProfile::recovered(const Reply &reply)
{
    switch (reply.code) {
    case Codec::helloRequired:
        // The device restarted: it forgot the HELLO and any write it had open.
        if (m_state == State::Hello)
            return false;
        startOver(reply, true);
        return true;
    case Codec::malformedLine:
        // The request was damaged on the wire, perhaps by noise that a bare CRLF clears out.
        if (m_corrections >= maxRetries)
            return false;
        ++m_corrections;
        resynchronise();
        return true;
    default:
        return false;
    }
}

bool StationProtocolProfile::chunkRecovered(const Reply &reply)
{
    switch (reply.code) {
    case Codec::badBase64:
    case Codec::badCrc:
        return correct();
    case Codec::outOfOrderOffset:
        return resumeAt(reply.number("expected"));
    case Codec::noWriteInProgress:
        startOver(reply, false);
        return true;
    default:
        return false;
    }
}

bool StationProtocolProfile::commitRecovered(const Reply &reply)
{
    switch (reply.code) {
    case Codec::incomplete:
        return resumeAt(reply.number("received"));
    case Codec::noWriteInProgress:
        // A COMMIT sent again after a timeout: the first one may have installed the credential and
        // ended the write. The slot's digest tells (section 8.3).
        m_commitError = reply;
        request(State::Digest);
        return true;
    case Codec::digestMismatch:
        startOver(reply, false);
        return true;
    default:
        return false;
    }
}

bool StationProtocolProfile::correct()
{
    if (m_corrections >= maxRetries)
        return false;
    ++m_corrections;
    send();
    return true;
}

bool StationProtocolProfile::resumeAt(std::optional<qint64> offset)
{
    // After pipelined chunks, a resent chunk can learn that every byte arrived (expected=length):
    // COMMIT then checks them all (section 7).
    const bool complete = m_state == State::Chunk && offset == m_pem.size();
    if (!offset || (*offset >= m_pem.size() && !complete) || m_corrections >= maxRetries)
        return false;
    // The device names the offset it expects; every byte before it is staged (section 7).
    ++m_corrections;
    m_state = complete ? State::Commit : State::Chunk;
    m_offset = *offset;
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
        request(State::Hello);
        return;
    }
    sendFirstRequest();
}

bool StationProtocolProfile::acceptHello(const Reply &reply)
{
    // A missing or malformed limit reads as 0, which no device may report.
    const auto number = [&reply](const char *key) { return reply.number(key).value_or(0); };
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
    if (number("proto") != Codec::protocolVersion || serial.isEmpty() || firmware.isEmpty() || limits.line == 0
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
    if (limits.rxbuf < Codec::longestRequestLine)
        Q_EMIT pacingRequested(int(limits.rxbuf), 2, std::chrono::milliseconds(5));
    describeDevice(reply, serial, firmware);
    return true;
}

void StationProtocolProfile::describeDevice(const Reply &hello, const QByteArray &serial, const QByteArray &firmware)
{
    m_identity = DeviceIdentity{name(), QString::fromLatin1(serial), QString::fromLatin1(firmware), {}};
    for (const QByteArray &key : hello.keys) {
        if (key == "serial" || key == "fw")
            continue;
        const QString value = QString::fromLatin1(hello.fields.value(key));
        const auto known = std::find_if(std::begin(detailLabels), std::end(detailLabels),
                                        [&key](const DetailLabel &label) { return key == label.key; });
        if (known == std::end(detailLabels))
            m_identity.details.append({QString::fromLatin1(key), value});
        else
            m_identity.details.append({tr(known->label), known->bytes ? tr("%1 bytes").arg(value) : value});
    }
}

QList<StoredCredential> StationProtocolProfile::listedCredentials() const
{
    QList<StoredCredential> credentials;
    for (const Reply &item : m_items) {
        const std::optional<qint64> slot = item.number("slot");
        const std::optional<CredentialKind> kind = Codec::kindFromType(item.fields.value("type"));
        // Types of later protocol versions, or the firmware's own, are not the station's business.
        if (!slot || *slot > std::numeric_limits<int>::max() || !kind)
            continue;
        StoredCredential credential;
        credential.slot = int(*slot);
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
    if (m_state == State::Abort && m_pendingFailure) {
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
    fail(DeviceError::Kind::Timeout, silenceMessage());
}

QString StationProtocolProfile::silenceMessage() const
{
    QString message = m_state == State::Hello
        ? tr("nothing answered HELLO, %1 times. Check that the device runs firmware that speaks the station "
             "protocol, that it is powered and connected, and the baud rate; then start again.")
              .arg(maxRetries + 1)
        : tr("the device stopped answering: %1 went unanswered %2 times. Check that it is powered, that the cable "
             "is in, and that nothing else uses the port; then start again.")
              .arg(QString::fromLatin1(verb(m_state)))
              .arg(maxRetries + 1);
    if (!m_unreadable.isEmpty())
        message += QLatin1Char(' ') + tr("Its last answer was damaged: %1.").arg(quoted(m_unreadable));
    return message;
}

void StationProtocolProfile::forgetOperation()
{
    m_state = State::Idle;
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
        && (m_state == State::Chunk || m_state == State::Commit || (m_state == State::Write && m_sentAhead));
    if (!writeMayBeOpen) {
        fail(kind, message);
        return;
    }
    m_pendingFailure = DeviceError{kind, step(), message};
    request(State::Abort);
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
    case Codec::malformedLine:
        return {Kind::Protocol, tr("%1, also when the request was sent again: requests arrive damaged. Check the "
                                   "cable and the baud rate, or use a lower one.").arg(answer)};
    case Codec::unknownCommand:
        return {Kind::NotSupported, tr("%1: the firmware does not implement all of station protocol version 1. "
                                       "Update the firmware.").arg(answer)};
    case Codec::badArgument:
        return {Kind::Protocol, tr("%1: the firmware and the station read station protocol version 1 differently. "
                                   "Please report it, with the firmware version.").arg(answer)};
    case Codec::lineTooLong:
        return {Kind::CapacityTooSmall, tr("%1: the firmware takes shorter request lines than its HELLO answer "
                                           "says. Make it report its real limit (in the C library, "
                                           "STATION_DEVICE_LINE_MAX).").arg(answer)};
    case Codec::badBase64:
    case Codec::badCrc:
        return {Kind::Protocol, tr("%1 to the chunk at offset %2, also when it was sent again: bytes are damaged on "
                                   "the way to the device. Check the cable and the baud rate, or use a lower one.")
                                    .arg(answer).arg(m_offset)};
    case Codec::outOfOrderOffset:
    case Codec::incomplete:
        return {Kind::Protocol, tr("%1: the device and the station disagree about how much of the %2 has arrived. "
                                   "Start again; if it keeps happening, report it with the firmware version.")
                                    .arg(answer, kind)};
    case Codec::tooLarge:
        return {Kind::CapacityTooSmall, tr("%1: the device takes at most %2 bytes here, less than its HELLO answer "
                                           "says. Make the firmware report its real limits (cred and chunk), or "
                                           "raise them.").arg(answer, field("max"))};
    case Codec::noSuchSlot:
        return {Kind::CapacityTooSmall, tr("%1: the device has %2 slots, numbered from 0, so there is no slot %3. "
                                           "Use a lower slot, or raise the number of slots in the firmware.")
                                            .arg(answer, field("slots")).arg(slot)};
    case Codec::notFound:
        return {Kind::Refused, tr("%1: slot %2 holds no %3.").arg(answer).arg(slot).arg(kind)};
    case Codec::digestMismatch:
        return {Kind::VerificationMismatch, tr("%1, also when the %2 was written again: what the device stored "
                                               "differs from what the station sent (its SHA-256 is %3). Its storage "
                                               "may be faulty; set the device aside.")
                                                .arg(answer, kind, field("sha256"))};
    case Codec::storageFailure:
        return {Kind::Refused, tr("%1: the device's storage failed, and the slot keeps what it held before. Check "
                                  "the firmware's storage driver; if it keeps failing, set the device aside.")
                                   .arg(answer)};
    case Codec::busy:
        return {Kind::Refused, tr("%1, even after the station ended the write that was open. Restart the device, "
                                  "then start again.").arg(answer)};
    case Codec::noWriteInProgress:
        return {Kind::Refused, tr("%1 twice: the device keeps forgetting the write in progress, as if it restarted. "
                                  "Check its power supply and its watchdog, then start again.").arg(answer)};
    case Codec::versionUnsupported:
        return {Kind::NotSupported, tr("%1: the device speaks station protocol versions %2, this station speaks "
                                       "version %3. Update the station or the firmware.")
                                        .arg(answer, field("versions")).arg(Codec::protocolVersion)};
    case Codec::helloRequired:
        return {Kind::Refused, tr("%1 again: the device restarted twice while the station worked with it. Check its "
                                  "power supply and its watchdog, then start again.").arg(answer)};
    default:
        return {Kind::Refused, tr("%1. Code %2 is not part of station protocol version 1; the firmware's "
                                  "documentation says what it means.").arg(answer).arg(reply.code)};
    }
}
