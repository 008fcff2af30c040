#include "device/profiles/ZephyrShellProfile.h"

#include "base/SecureWipe.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace {

constexpr char ctrlC = 0x03;
constexpr char chunkCommand[] = "cred buf ";

// How many characters of a chunk the command lines of each firmware version keep, as learnt this
// run: a shell cuts a line longer than CONFIG_SHELL_CMD_BUFF_SIZE without a word, then runs it and
// says how much it stored. Only shorter than maxChunkCharacters is worth remembering.
class LearntChunkLengths
{
public:
    std::optional<int> lengthFor(const QString &firmware) const
    {
        const QMutexLocker locker(&m_mutex);
        const auto found = m_lengths.constFind(firmware);
        return found == m_lengths.cend() ? std::nullopt : std::optional<int>(*found);
    }

    void learn(const QString &firmware, int length)
    {
        const QMutexLocker locker(&m_mutex);
        // Firmware versions are the device's text: a bounded table, whatever devices come by.
        if (m_lengths.size() >= maxFirmwareVersions && !m_lengths.contains(firmware))
            m_lengths.erase(m_lengths.begin());
        m_lengths.insert(firmware, length);
    }

private:
    static constexpr qsizetype maxFirmwareVersions = 256;
    mutable QMutex m_mutex;
    QHash<QString, int> m_lengths;
};

LearntChunkLengths &learntChunkLengths()
{
    static LearntChunkLengths lengths;
    return lengths;
}

// The prompt is configurable (CONFIG_SHELL_PROMPT_UART, "uart:~$ " by default); it ends in "$ ".
bool isPrompt(const QByteArray &pending)
{
    return pending.endsWith("$ ");
}

// "[00:00:01.234,000] <inf> net: ..." lines come from the logging subsystem, not from the command;
// without CONFIG_LOG_BACKEND_SHOW_TIMESTAMP they start at the level.
bool isLogLine(const QByteArray &line)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\[\\d+:\\d\\d:\\d\\d\\.\\d+,\\d+\\] )?<(err|wrn|inf|dbg)> "));
    return pattern.match(QString::fromLatin1(line)).hasMatch();
}

// Where a prompt at the start of a line ends ("uart:~$ " then the echo of a command, or a log line
// printed before the station looked at the prompt); 0 when the line does not start with one.
qsizetype promptLength(const QByteArray &line)
{
    static const QRegularExpression prompt(QStringLiteral("^\\S*\\$(?: |$)"));
    const QRegularExpressionMatch match = prompt.match(QString::fromLatin1(line));
    return match.hasMatch() ? match.capturedLength() : 0;
}

std::optional<CredentialKind> kindFromCompactName(const QByteArray &name)
{
    if (name == "CA")
        return CredentialKind::CaCertificate;
    if (name == "SERV")
        return CredentialKind::Certificate;
    if (name == "PK")
        return CredentialKind::PrivateKey;
    return std::nullopt;
}

} // namespace

ZephyrShellProfile::ZephyrShellProfile(QObject *parent)
    : DeviceProfile(parent)
{
    // After a failure the shell's state is not known (answers may still be on the way): the next
    // operation wakes it and finds its answers again first.
    connect(this, &DeviceProfile::operationFailed, this, [this] { m_prepared = false; });
}

QByteArray ZephyrShellProfile::typeName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Certificate: return QByteArrayLiteral("SERVER_CERT");
    case CredentialKind::PrivateKey: return QByteArrayLiteral("PRIVATE_KEY");
    case CredentialKind::CaCertificate: return QByteArrayLiteral("CA_CERT");
    }
    return {};
}

QByteArray ZephyrShellProfile::expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const
{
    Q_UNUSED(kind)
    QCA::Hash hash(QStringLiteral("sha256"));
    hash.update(pem);
    hash.update(QByteArray(1, '\0'));
    return hash.final().toByteArray();
}

void ZephyrShellProfile::startOperation(const QCA::SecureArray &pem)
{
    if (operation() == Operation::Identify) {
        m_previousSerialNumber = m_identity.serialNumber;
        m_identity = DeviceIdentity{name(), {}, {}, {}};
    }
    if (operation() == Operation::Write) {
        // Encoded here, in locked memory, so that no plain copy of a key is kept while chunks go out.
        m_base64 = QCA::Base64().encode(pem);
        m_sent = 0;
        m_chunkAhead = 0;
        m_chunksFitLine = false;
        if (const std::optional<int> learnt = learntChunkLengths().lengthFor(m_identity.firmwareVersion))
            m_chunkCharacters = *learnt;
    }
    if (!m_prepared) {
        // A bare line end first, for whatever half-typed line the shell holds (after a Ctrl+C that
        // ends raw input an earlier write may have left open). Then a command whose answer ("Echo
        // status: on") nothing but this request produces: a prompt printed before it (a boot
        // banner's still on the wire, an earlier command's) is not taken for an answer, and every
        // later prompt answers the command sent before it.
        send(Step::Wake, m_rawInputOpen ? QByteArray(1, ctrlC) : QByteArray());
        m_command = QByteArrayLiteral("shell echo");
        sendAlso(m_command);
        return;
    }
    m_step = Step::Vt100Off;
    commandFinished();
}

void ZephyrShellProfile::send(Step step, const QByteArray &command)
{
    m_step = step;
    m_command = command;
    m_chunkAheadTookOver = false;
    m_output.clear();
    m_afterLogLine = false;
    m_linesSinceCommand = 0;
    if (step == Step::Wake) {
        m_promptJudged = false;
        sendCommand(command, timeouts().command);
        return;
    }
    // In step with the shell from the wake-up on, every answer is told apart by the prompt after it.
    // Discarding input would only cut a log line from the prompt the shell prints again after it,
    // which would then pass for an answer; the prompt that ended the last step stays judged.
    sendCommand(command, timeouts().command, EarlierInput::Keep);
}

void ZephyrShellProfile::lineReceived(const QByteArray &line)
{
    QByteArray text = line.trimmed();
    const bool firstLine = m_linesSinceCommand++ == 0;
    // A prompt the line starts with was either judged while it waited alone, or arrived together with
    // what follows it and is judged now.
    const bool judged = std::exchange(m_promptJudged, false);
    const qsizetype prompt = promptLength(text);
    if (prompt > 0) {
        text = text.sliced(prompt).trimmed();
        // What follows the prompt on its line came before anything was sent after it, unless a chunk
        // sent ahead has just become the step that prompt ended: then it is that chunk's answer.
        if (!judged && m_step != Step::Idle && promptArrived() && !std::exchange(m_chunkAheadTookOver, false))
            return;
        m_chunkAheadTookOver = false;
        m_promptJudged = false;
    }
    if (text.isEmpty())
        return;
    if (isLogLine(text)) {
        // An idle shell prints a log line where its prompt stood, then the prompt again; a command's
        // own log lines come after the line end the shell prints when it takes the command. So a log
        // line after a prompt, or before that line end, is followed by a prompt that answers nothing.
        m_afterLogLine = prompt > 0 || firstLine;
        if (m_step != Step::Idle && text.contains("RX ring buffer full")) {
            // What the station sent was cut: no answer to it can be trusted, and none may come. A
            // stream already queued ends in its Ctrl+C, and the next operation sends one too.
            const bool streaming = m_step == Step::BufferStream;
            m_step = Step::Idle;
            m_base64.clear();
            const QString sent = streaming
                ? tr("the station streams credentials at the line rate in pieces of %1 bytes").arg(receiveRingBytes)
                : tr("the station sends lines of up to %1 bytes")
                      .arg(chunkLineBytes(m_chunkCharacters));
            failOperation(DeviceError::Kind::CapacityTooSmall,
                          tr("the device said %1: its serial receive buffer overflowed, and bytes the station sent "
                             "were lost. Raise CONFIG_SHELL_BACKEND_SERIAL_RX_RING_BUFFER_SIZE in the firmware (64 "
                             "bytes by default; %2), or use a lower baud rate on both ends, which gives the shell "
                             "more time for each byte; then start again.")
                              .arg(quoted(text), sent));
            return;
        }
        if (text.contains("<err> ") || text.contains("<wrn> "))
            noteDeviceMessage(text);
        return;
    }
    m_afterLogLine = false;
    // Echo (before "shell echo off" takes effect) repeats the command, after the prompt.
    if (!m_command.isEmpty() && text.endsWith(m_command))
        return;
    // Raw input starts with this line, and no prompt follows it.
    if (m_step == Step::BufferLoad && text == "Input credential, finish with CTRL+C.") {
        streamCredential();
        return;
    }
    m_output.append(text);
}

void ZephyrShellProfile::pendingChanged(const QByteArray &pending)
{
    if (m_step != Step::Idle && isPrompt(pending) && !m_promptJudged) {
        promptArrived();
        m_chunkAheadTookOver = false;
    }
}

bool ZephyrShellProfile::promptArrived()
{
    m_promptJudged = true;
    // The shell prints its prompt again after a log line: that one answers nothing.
    if (std::exchange(m_afterLogLine, false))
        return false;
    if (m_step == Step::Wake && !outputContains("Echo status:"))
        return false;
    commandFinished();
    return true;
}

void ZephyrShellProfile::commandFinished()
{
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::Wake:
        // The shell answered a command: it takes commands, not raw input.
        m_rawInputOpen = false;
        send(Step::EchoOff, QByteArrayLiteral("shell echo off"));
        return;
    case Step::EchoOff:
        send(Step::ColorsOff, QByteArrayLiteral("shell colors off"));
        return;
    case Step::ColorsOff:
        // Older shells have no "vt100" subcommand; their error is harmless.
        send(Step::Vt100Off, QByteArrayLiteral("shell vt100 off"));
        return;
    case Step::Vt100Off:
        m_prepared = true;
        switch (operation()) {
        case Operation::Identify:
            send(Step::KernelVersion, QByteArrayLiteral("kernel version"));
            return;
        case Operation::Write:
            // Its help says whether the shell offers "cred buf load". Shells without -h parsing
            // store "-h" instead, which the write clears before it begins.
            if (!m_offersLoad) {
                send(Step::BufferHelp, QByteArrayLiteral("cred buf -h"));
                return;
            }
            sendDelete();
            return;
        case Operation::Delete:
            sendDelete();
            return;
        case Operation::List:
            send(Step::List, listFilter() ? "cred list " + QByteArray::number(*listFilter()) : QByteArrayLiteral("cred list"));
            return;
        case Operation::ReadCertificate:
            send(Step::Get, "cred get " + QByteArray::number(operationSlot()) + ' ' + typeName(operationKind()) + " bint");
            return;
        case Operation::RestoreState:
            // DeviceProfile refuses this before it gets here: the shell's state is never changed.
            return;
        }
        return;
    case Step::KernelVersion:
        for (const QByteArray &line : std::as_const(m_output)) {
            if (line.startsWith("Zephyr version"))
                m_identity.firmwareVersion = QString::fromLatin1(line.sliced(qstrlen("Zephyr version")).trimmed());
        }
        send(Step::DeviceId, QByteArrayLiteral("hwinfo devid"));
        return;
    case Step::DeviceId:
        for (const QByteArray &line : std::as_const(m_output)) {
            if (line.startsWith("ID:"))
                m_identity.serialNumber = QString::fromLatin1(line.mid(3).trimmed());
        }
        if (m_identity.serialNumber != m_previousSerialNumber) {
            // Another device on the same port: what this one's shell offers is asked anew.
            m_offersLoad.reset();
            m_chunkCharacters = maxChunkCharacters;
        }
        m_step = Step::Idle;
        endOperation();
        Q_EMIT identified(m_identity);
        return;
    case Step::Delete:
        if (!outputContains("Deleted TLS credential") && !outputContains("There is no TLS credential")) {
            m_step = Step::Idle;
            failOperation(DeviceError::Kind::Refused,
                          tr("the device could not delete the old credential: %1").arg(deviceOutput()));
            return;
        }
        if (operation() == Operation::Delete) {
            m_step = Step::Idle;
            endOperation();
            Q_EMIT credentialDeleted(operationSlot(), operationKind());
            return;
        }
        if (*m_offersLoad) {
            // The shell empties its buffer itself before raw input.
            m_rawInputOpen = true;
            send(Step::BufferLoad, QByteArrayLiteral("cred buf load"));
            return;
        }
        send(Step::BufferClear, QByteArrayLiteral("cred buf clear"));
        return;
    case Step::BufferHelp:
        m_offersLoad = std::any_of(m_output.cbegin(), m_output.cend(), [](const QByteArray &line) {
            static const QRegularExpression loadSubcommand(QStringLiteral("^load\\s*:"));
            return loadSubcommand.match(QString::fromLatin1(line)).hasMatch();
        });
        sendDelete();
        return;
    case Step::BufferLoad:
        // A prompt without "Input credential" first: the shell took "load" for data, or refused it.
        // The chunks work on every shell.
        m_rawInputOpen = false;
        m_offersLoad = false;
        send(Step::BufferClear, QByteArrayLiteral("cred buf clear"));
        return;
    case Step::BufferStream: {
        m_rawInputOpen = false;
        if (outputContains("Not enough room")) {
            failBufferTooSmall();
            return;
        }
        // The LF of the CRLF that ended "cred buf load" reaches the buffer as raw input too.
        const std::optional<int> stored = storedCharacters();
        if (!stored || *stored < m_base64.size() || *stored > m_base64.size() + 1) {
            m_step = Step::Idle;
            const int sent = m_base64.size();
            m_base64.clear();
            failOperation(DeviceError::Kind::Refused,
                          tr("the device did not store the %1 characters the station sent: %2. Bytes may have been "
                             "lost on the line; start again, and lower the baud rate if it keeps happening.")
                              .arg(sent).arg(deviceOutput()));
            return;
        }
        sendAdd();
        return;
    }
    case Step::BufferClear:
        sendNextChunk();
        return;
    case Step::BufferChunk: {
        if (outputContains("Not enough room")) {
            failBufferTooSmall();
            return;
        }
        const int length = m_chunkLength;
        const std::optional<int> stored = storedCharacters();
        if (!stored || *stored <= 0 || *stored > length) {
            m_step = Step::Idle;
            m_base64.clear();
            failOperation(DeviceError::Kind::Refused,
                          tr("the device did not confirm a chunk: %1. Bytes may have been lost on the line; start "
                             "again, and lower the baud rate if it keeps happening.").arg(deviceOutput()));
            return;
        }
        if (*stored < length) {
            if (m_chunkAhead > 0) {
                // The next chunk was sent for a line that turns out shorter: the buffer holds pieces.
                m_step = Step::Idle;
                m_base64.clear();
                failOperation(DeviceError::Kind::Refused,
                              tr("the device kept %1 of a %2-character chunk after it had kept whole ones. Start "
                                 "again; if it keeps happening, the device's shell is not one the station knows.")
                                  .arg(*stored).arg(length));
                return;
            }
            // The shell's command line is shorter than the chunk and cut it: it holds the start of
            // the chunk, and the rest goes with the next one.
            m_sent -= length - *stored;
            m_chunkCharacters = *stored;
            // Without an identity there is no device type to remember it for.
            if (!m_identity.firmwareVersion.isEmpty())
                learntChunkLengths().learn(m_identity.firmwareVersion, *stored);
        }
        m_chunksFitLine = *stored == length;
        reportWritten(writeTotal() * (m_sent - m_chunkAhead) / m_base64.size());
        if (m_chunkAhead > 0) {
            takeChunkAhead();
            sendChunkAhead();
            return;
        }
        if (m_sent < m_base64.size()) {
            sendNextChunk();
            sendChunkAhead();
            return;
        }
        sendAdd();
        return;
    }
    case Step::Add:
        m_step = Step::Idle;
        if (outputContains("Added TLS credential")) {
            endOperation();
            Q_EMIT credentialWritten(operationSlot(), operationKind());
            return;
        }
        if (outputContains("Error: -12") || outputContains("No reference slot") || outputContains("Not enough heap")) {
            failOperation(DeviceError::Kind::CapacityTooSmall,
                          tr("the device has no room for another credential. Raise "
                             "CONFIG_TLS_MAX_CREDENTIALS_NUMBER (and the heap, if credentials are copied to it) "
                             "in the firmware, or delete credentials it no longer needs."));
            return;
        }
        failOperation(DeviceError::Kind::Refused, tr("the device refused the credential: %1").arg(deviceOutput()));
        return;
    case Step::List:
        finishList();
        return;
    case Step::Get: {
        m_step = Step::Idle;
        QByteArray base64;
        for (const QByteArray &line : std::as_const(m_output)) {
            if (!line.contains(' '))
                base64 += line;
        }
        const QByteArray pem = QByteArray::fromBase64(base64);
        if (!pem.contains("-----BEGIN ")) {
            failOperation(DeviceError::Kind::Refused, tr("the device did not give the %1 back: %2")
                                                          .arg(credentialKindName(operationKind()), deviceOutput()));
            return;
        }
        endOperation();
        Q_EMIT certificateRead(operationSlot(), operationKind(), pem);
        return;
    }
    }
}

void ZephyrShellProfile::sendDelete()
{
    send(Step::Delete, "cred del " + QByteArray::number(operationSlot()) + ' ' + typeName(operationKind()));
}

QByteArray ZephyrShellProfile::takeNextChunk(int *length)
{
    *length = qMin(m_chunkCharacters, m_base64.size() - m_sent);
    QByteArray command = chunkCommand;
    command.append(m_base64.constData() + m_sent, *length);
    m_sent += *length;
    return command;
}

qsizetype ZephyrShellProfile::chunkLineBytes(int characters) const
{
    return qsizetype(qstrlen(chunkCommand)) + characters + lineEnd().size();
}

void ZephyrShellProfile::sendNextChunk()
{
    QByteArray command = takeNextChunk(&m_chunkLength);
    send(Step::BufferChunk, command);
    // A chunk of a key is not kept for matching its echo; echo is off by now.
    m_command.clear();
    SecureWipe::wipe(command);
}

void ZephyrShellProfile::sendChunkAhead()
{
    if (!m_chunksFitLine || m_sent >= m_base64.size())
        return;
    QByteArray command = takeNextChunk(&m_chunkAhead);
    sendAlso(command);
    SecureWipe::wipe(command);
    extendTimeout(timeouts().command, 2 * chunkLineBytes(m_chunkCharacters));
}

void ZephyrShellProfile::takeChunkAhead()
{
    m_chunkLength = std::exchange(m_chunkAhead, 0);
    extendTimeout(timeouts().command, chunkLineBytes(m_chunkLength));
    m_output.clear();
    m_afterLogLine = false;
    m_linesSinceCommand = 0;
    m_chunkAheadTookOver = true;
}

void ZephyrShellProfile::streamCredential()
{
    m_step = Step::BufferStream;
    m_output.clear();
    m_afterLogLine = false;
    m_linesSinceCommand = 0;
    // Never more than the shell's receive ring ahead of the wire: an idle shell in raw input
    // empties the ring as fast as the line fills it.
    Q_EMIT pacingRequested(receiveRingBytes, 1, std::chrono::milliseconds(0));
    QByteArray stream(m_base64.constData(), m_base64.size());
    stream.append(ctrlC);
    extendTimeout(timeouts().command, stream.size());
    Q_EMIT writeRequested(stream);
    SecureWipe::wipe(stream);
}

void ZephyrShellProfile::sendAdd()
{
    m_base64.clear();
    send(Step::Add, "cred add " + QByteArray::number(operationSlot()) + ' ' + typeName(operationKind()) + " default bint");
}

void ZephyrShellProfile::failBufferTooSmall()
{
    m_step = Step::Idle;
    const int needed = m_base64.size();
    m_base64.clear();
    failOperation(DeviceError::Kind::CapacityTooSmall,
                  tr("the device's credential buffer is too small for this %1, which needs %2 bytes of "
                     "base64 text. Raise CONFIG_TLS_CREDENTIALS_SHELL_CRED_BUF_SIZE to at least %3 in the "
                     "firmware and flash it again.")
                      .arg(credentialKindName(operationKind())).arg(needed).arg(needed + 1));
}

std::optional<int> ZephyrShellProfile::storedCharacters() const
{
    static const QRegularExpression stored(QStringLiteral("^Stored (\\d{1,7}) bytes\\.$"));
    for (const QByteArray &line : std::as_const(m_output)) {
        const QRegularExpressionMatch match = stored.match(QString::fromLatin1(line));
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return std::nullopt;
}

void ZephyrShellProfile::finishList()
{
    m_step = Step::Idle;
    QList<StoredCredential> credentials;
    bool complete = false;
    for (const QByteArray &line : std::as_const(m_output)) {
        if (line.endsWith("credentials found.")) {
            complete = true;
            continue;
        }
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != 4)
            continue;
        bool numeric = false;
        const int slot = fields.at(0).toInt(&numeric);
        const std::optional<CredentialKind> kind = kindFromCompactName(fields.at(1));
        if (!numeric || !kind)
            continue;
        StoredCredential credential;
        credential.slot = slot;
        credential.kind = *kind;
        if (fields.at(2) != "ERROR")
            credential.sha256 = QByteArray::fromBase64(fields.at(2));
        credential.status = QString::fromLatin1(fields.at(3));
        credentials.append(credential);
    }
    if (!complete) {
        failOperation(DeviceError::Kind::Protocol,
                      tr("the device's credential list did not end as a Zephyr shell's does: %1").arg(deviceOutput()));
        return;
    }
    endOperation();
    Q_EMIT credentialsListed(credentials);
}

QString ZephyrShellProfile::deviceOutput() const
{
    if (m_output.isEmpty())
        return tr("(no output)");
    return quoted(m_output.join(" / "));
}

bool ZephyrShellProfile::outputContains(QByteArrayView text) const
{
    return std::any_of(m_output.cbegin(), m_output.cend(), [text](const QByteArray &line) { return line.contains(text); });
}
