#include "device/profiles/McuMgrSmpProfile.h"

#include "base/ForeignText.h"
#include "base/SecureWipe.h"
#include "device/smp/CborWriter.h"
#include "device/smp/SmpHeader.h"
#include "device/smp/SmpSerialFraming.h"

namespace {

constexpr quint16 osGroup = 0;
constexpr quint16 fileGroup = 8;
constexpr quint16 shellGroup = 9;
constexpr quint8 echoCommand = 0;
constexpr quint8 parametersCommand = 6;
constexpr quint8 informationCommand = 7;
constexpr quint8 fileCommand = 0;
constexpr quint8 statusCommand = 1;
constexpr quint8 hashCommand = 2;
constexpr quint8 shellExecuteCommand = 0;

// The file system group's own codes (SMP version 2, Zephyr's fs_mgmt.h).
constexpr int fileNotFound = 3;
constexpr int hashNotFound = 13;

// Below this a chunk's framing costs more than it carries: the device's buffer is too small.
constexpr qint64 minChunkBytes = 16;
// An upload the device keeps sending back to earlier offsets is given up on after this many.
constexpr int maxResumes = 8;
// The detection echo's sequence number: anything an SMP device answers to it is its answer.
constexpr quint8 detectionSequence = 0x5a;
constexpr QByteArrayView detectionText = "fps";

QByteArray packet(const SmpHeader &header, const QByteArray &body)
{
    QByteArray bytes = header.encode();
    bytes.append(body);
    return bytes;
}

} // namespace

McuMgrSmpProfile::McuMgrSmpProfile(QObject *parent)
    : DeviceProfile(parent)
{
}

McuMgrSmpProfile::~McuMgrSmpProfile()
{
    wipeSecrets();
}

QByteArray McuMgrSmpProfile::expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const
{
    Q_UNUSED(kind)
    QString problem;
    const std::optional<QCA::SecureArray> content = m_layout.encode(pem, &problem);
    if (!content)
        return {};
    return QCA::Hash(QStringLiteral("sha256")).hash(*content).toByteArray();
}

QByteArray McuMgrSmpProfile::detectionRequest()
{
    CborWriter body;
    body.map(1).text("d").text(detectionText);
    SmpHeader header;
    header.op = SmpHeader::Op::Write;
    header.group = osGroup;
    header.command = echoCommand;
    header.sequence = detectionSequence;
    header.length = quint16(body.size());
    return SmpSerialFraming::encode(packet(header, body.data()));
}

bool McuMgrSmpProfile::isDetectionAnswer(const QByteArray &bytes)
{
    const std::optional<SmpResponse> response = SmpResponse::parse(bytes);
    return response && response->header.group == osGroup && response->header.command == echoCommand
        && response->header.sequence == detectionSequence;
}

void McuMgrSmpProfile::startOperation(const QCA::SecureArray &pem)
{
    wipeSecrets();
    m_decoder.clear();
    m_listed.clear();
    m_targets.clear();
    m_sawShellText = false;
    if (const QString problem = m_layout.problem(); !problem.isEmpty()) {
        fail(DeviceError::Kind::NotSupported, tr("the product's MCUmgr file layout cannot be used: %1.").arg(problem));
        return;
    }
    m_target = {operationSlot(), operationKind()};
    switch (operation()) {
    case Operation::Identify:
        m_identity = DeviceIdentity{};
        m_identity.profile = name();
        m_bufferSize.reset();
        m_noSha256 = false;
        request(Step::Parameters, false, osGroup, parametersCommand, CborWriter().map(0));
        return;
    case Operation::Write: {
        QString problem;
        std::optional<QCA::SecureArray> content = m_layout.encode(pem, &problem);
        if (!content) {
            fail(DeviceError::Kind::Refused, tr("the %1 could not be put into %2: %3")
                                                 .arg(credentialKindName(operationKind()),
                                                      m_layout.encoding == SmpFileLayout::Encoding::Der ? QStringLiteral("DER")
                                                                                                      : QStringLiteral("PEM"),
                                                      problem));
            return;
        }
        m_content = std::move(*content);
        break;
    }
    case Operation::List: {
        const QList<CredentialKind> kinds{CredentialKind::Certificate, CredentialKind::PrivateKey, CredentialKind::CaCertificate};
        for (int slot = listFilter().value_or(0); slot <= listFilter().value_or(listedSlots - 1); ++slot) {
            for (const CredentialKind kind : kinds)
                m_targets.append({slot, kind});
        }
        break;
    }
    case Operation::Delete:
    case Operation::ReadCertificate:
        break;
    case Operation::RestoreState:
        // This profile never changes the device's state (stateChange() knows no command), so the base
        // class refuses before it gets here.
        fail(DeviceError::Kind::NotSupported, tr("an MCUmgr device has no state to put back"));
        return;
    }
    if (!m_bufferSize) {
        request(Step::Parameters, false, osGroup, parametersCommand, CborWriter().map(0));
        return;
    }
    afterParameters();
}

void McuMgrSmpProfile::request(Step step, bool write, quint16 group, quint8 command, const CborWriter &body)
{
    m_step = step;
    m_group = group;
    m_command = command;
    m_resends = 0;
    ++m_sequence;
    SmpHeader header;
    header.op = write ? SmpHeader::Op::Write : SmpHeader::Op::Read;
    header.group = group;
    header.command = command;
    header.sequence = m_sequence;
    header.length = quint16(body.size());
    QByteArray bytes = packet(header, body.data());
    SecureWipe::wipe(m_frames);
    m_frames = SmpSerialFraming::encode(bytes);
    SecureWipe::wipe(bytes);
    // The request's frames end with a newline that sendCommand() adds.
    m_frames.chop(1);
    m_decoder.clear();
    const std::chrono::milliseconds wait = qMax(timeouts().command / (maxResends + 1), std::chrono::milliseconds(200));
    sendCommand(m_frames, wait, EarlierInput::Discard);
}

void McuMgrSmpProfile::resend()
{
    ++m_resends;
    m_decoder.clear();
    const std::chrono::milliseconds wait = qMax(timeouts().command / (maxResends + 1), std::chrono::milliseconds(200));
    sendCommand(m_frames, wait, EarlierInput::Discard);
}

void McuMgrSmpProfile::timedOut()
{
    if (m_step != Step::Idle && m_resends < maxResends && !m_sawShellText) {
        resend();
        return;
    }
    m_step = Step::Idle;
    wipeSecrets();
    if (m_sawShellText) {
        failOperation(DeviceError::Kind::NotSupported,
                      tr("the device answers with shell text, not in SMP frames: MCUmgr's shell transport "
                         "(CONFIG_MCUMGR_TRANSPORT_SHELL) is not in its firmware. Check the profile."));
        return;
    }
    DeviceProfile::timedOut();
}

void McuMgrSmpProfile::bytesReceived(const QByteArray &bytes)
{
    QList<SmpFrameDecoder::Event> events = m_decoder.feed(bytes);
    for (SmpFrameDecoder::Event &event : events) {
        if (m_step == Step::Idle) {
            SecureWipe::wipe(event.body);
            continue;
        }
        switch (event.kind) {
        case SmpFrameDecoder::Event::Kind::Text:
            // Log lines come and go; a plain shell says it has no such command.
            if (event.body.contains("command not found"))
                m_sawShellText = true;
            else if (event.body.contains("<err>") || event.body.contains("<wrn>"))
                noteDeviceMessage(event.body);
            break;
        case SmpFrameDecoder::Event::Kind::Damaged:
            // The answer was garbled on the way: ask again rather than wait it out.
            if (m_resends < maxResends) {
                resend();
                return;
            }
            noteDeviceMessage(QByteArray("SMP frame damaged: ") + event.reason);
            break;
        case SmpFrameDecoder::Event::Kind::Packet: {
            std::optional<SmpResponse> response = SmpResponse::parse(event.body);
            SecureWipe::wipe(event.body);
            // A late answer to an earlier request, or one to another group, is not this one's.
            if (!response || response->header.sequence != m_sequence || response->header.group != m_group
                || response->header.command != m_command) {
                if (response)
                    response->body.wipe();
                break;
            }
            // The rest of what arrived was sent before this answer: nothing of it belongs to the next request.
            for (SmpFrameDecoder::Event &rest : events)
                SecureWipe::wipe(rest.body);
            responded(*response);
            response->body.wipe();
            return;
        }
        }
    }
}

void McuMgrSmpProfile::responded(const SmpResponse &response)
{
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::Parameters: {
        // A device without the command takes what its shell transport takes by default.
        m_bufferSize = fallbackBufferSize;
        if (response.succeeded()) {
            const CborValue *size = response.body.value("buf_size");
            const std::optional<qint64> bytes = size ? size->integer() : std::nullopt;
            if (bytes && *bytes >= 1 && *bytes <= 65535)
                m_bufferSize = int(*bytes);
        } else if (response.rc != SmpResponse::NotSupported) {
            fail(DeviceError::Kind::Refused, tr("the device refused to report its MCUmgr parameters: %1. Restart the device and try "
                                                "again; if it keeps refusing, check its MCUmgr configuration.").arg(errorText(response)));
            return;
        }
        if (operation() == Operation::Identify) {
            m_identity.details.append({tr("SMP buffer"), tr("%1 bytes").arg(*m_bufferSize)});
            request(Step::Information, false, osGroup, informationCommand, CborWriter().map(1).text("format").text("a"));
            return;
        }
        afterParameters();
        return;
    }
    case Step::Information: {
        m_step = Step::Idle;
        if (response.succeeded()) {
            const CborValue *output = response.body.value("output");
            const QByteArray text = output ? output->bytes().left(200) : QByteArray();
            // "a": kernel name, node name, release, version, build date and time, machine, processor,
            // hardware platform, operating system; the build date holds blanks.
            const QList<QByteArray> fields = text.split(' ');
            // The node name is what tells one unit from another, where the product sets it (a
            // hostname, a serial number); Zephyr's "unknown" tells nothing.
            if (fields.size() >= 2 && fields.at(1) != "unknown")
                m_identity.serialNumber = identityField(fields.at(1));
            if (fields.size() >= 3)
                m_identity.firmwareVersion = identityField(fields.at(2));
            if (!text.isEmpty())
                m_identity.details.append({tr("OS"), ForeignText::escaped(text)});
        } else if (response.rc != SmpResponse::NotSupported) {
            fail(DeviceError::Kind::Refused, tr("the device refused to give its OS information: %1. Restart the device and try again; "
                                                "if it keeps refusing, check its MCUmgr configuration.").arg(errorText(response)));
            return;
        }
        endOperation();
        Q_EMIT identified(m_identity);
        return;
    }
    case Step::Status: {
        if (isFileMissing(response)) {
            if (operation() == Operation::Delete) {
                m_step = Step::Idle;
                endOperation();
                Q_EMIT credentialDeleted(operationSlot(), operationKind());
                return;
            }
            fail(DeviceError::Kind::Refused, tr("the device holds no %1 at %2").arg(credentialKindName(m_target.kind),
                                                                                      quoted(m_layout.path(m_target.slot, m_target.kind))));
            return;
        }
        const CborValue *length = response.body.value("len");
        const std::optional<qint64> bytes = length ? length->integer() : std::nullopt;
        if (!response.succeeded() || !bytes || *bytes < 0) {
            fail(DeviceError::Kind::Refused, tr("the device did not report %1: %2. Restart the device and try again; if it keeps "
                                                    "failing, check that its file system is mounted at that path.")
                                                 .arg(quoted(m_layout.path(m_target.slot, m_target.kind)), errorText(response)));
            return;
        }
        if (operation() == Operation::Delete) {
            startUpload(QCA::SecureArray(int(qMin(*bytes, maxFileBytes)), '\0'), UploadPurpose::Overwrite);
            return;
        }
        startDownload();
        return;
    }
    case Step::Hash: {
        if (isFileMissing(response)) {
            listNext();
            return;
        }
        if (hashUnavailable(response)) {
            m_noSha256 = true;
            startDownload();
            return;
        }
        // An answer with a hash of another type went to the read-back above (hashUnavailable()).
        const CborValue *output = response.body.value("output");
        if (!response.succeeded() || !output || output->type() != CborValue::Type::Bytes || output->bytes().size() != 32) {
            fail(DeviceError::Kind::Protocol, tr("the device's SHA-256 of %1 cannot be read: %2. Check the cable and restart the "
                                                     "device, then try again.")
                                                  .arg(quoted(m_layout.path(m_target.slot, m_target.kind)), errorText(response)));
            return;
        }
        m_listed.append({m_target.slot, m_target.kind, output->bytes(), {}});
        listNext();
        return;
    }
    case Step::Download: {
        if (operation() == Operation::List && m_readBack.isEmpty() && isFileMissing(response)) {
            listNext();
            return;
        }
        if (!response.succeeded()) {
            fail(DeviceError::Kind::Refused, tr("the device did not give %1 back: %2. Restart the device and try again; if it keeps "
                                                    "failing, check that its file system is mounted at that path.")
                                                 .arg(quoted(m_layout.path(m_target.slot, m_target.kind)), errorText(response)));
            return;
        }
        const CborValue *offset = response.body.value("off");
        const CborValue *data = response.body.value("data");
        const std::optional<qint64> at = offset ? offset->integer() : std::nullopt;
        if (const CborValue *length = response.body.value("len"); length && m_readLength < 0)
            m_readLength = length->integer().value_or(-1);
        if (!at || *at != m_readBack.size() || !data || data->type() != CborValue::Type::Bytes || m_readLength < 0
            || m_readLength > maxFileBytes || m_readBack.size() + data->bytes().size() > m_readLength
            || (data->bytes().isEmpty() && m_readBack.size() < m_readLength)) {
            fail(DeviceError::Kind::Protocol, tr("the device gave %1 back in pieces that do not fit together. Check the cable and "
                                                     "restart the device, then try again.")
                                                  .arg(quoted(m_layout.path(m_target.slot, m_target.kind))));
            return;
        }
        const int before = m_readBack.size();
        m_readBack.resize(before + int(data->bytes().size()));
        std::copy(data->bytes().cbegin(), data->bytes().cend(), m_readBack.data() + before);
        if (m_readBack.size() < m_readLength) {
            askDownloadChunk();
            return;
        }
        downloaded();
        return;
    }
    case Step::Upload: {
        if (response.rc == SmpResponse::MessageTooLarge || response.rc == SmpResponse::NoMemory) {
            // The chunk did not fit what the device had free: smaller ones may.
            if (m_chunk / 2 >= minChunkBytes) {
                m_chunk /= 2;
                sendChunk();
                return;
            }
            fail(DeviceError::Kind::CapacityTooSmall,
                 tr("the device has no buffer even for %1 bytes of a file (%2). Raise "
                    "CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE in its firmware.").arg(m_chunk).arg(errorText(response)));
            return;
        }
        const CborValue *offset = response.body.value("off");
        const std::optional<qint64> at = offset ? offset->integer() : std::nullopt;
        if (!response.succeeded() || !at) {
            fail(DeviceError::Kind::Refused, tr("the device refused to store %1: %2. Check that its file system is mounted at that "
                                                    "path and has room, then try again.")
                                                 .arg(quoted(m_layout.path(m_target.slot, m_target.kind)), errorText(response)));
            return;
        }
        if (*at < 0 || *at > m_upload.size()) {
            fail(DeviceError::Kind::Protocol, tr("the device reported offset %1 of a file of %2 bytes. Check the cable and restart "
                                                 "the device, then try again.").arg(*at).arg(m_upload.size()));
            return;
        }
        const qint64 expected = qMin<qint64>(m_offset + m_chunk, m_upload.size());
        // Resumes where the device says: it lost a chunk, or took one whose answer was lost.
        if (*at != expected && ++m_resumes > maxResumes) {
            fail(DeviceError::Kind::Protocol, tr("the device kept asking for earlier parts of %1; the line may be "
                                                 "losing data. Lower the baud rate or check the cable.")
                                                  .arg(quoted(m_layout.path(m_target.slot, m_target.kind))));
            return;
        }
        m_offset = *at;
        if (m_purpose == UploadPurpose::Credential && m_upload.size() > 0)
            reportWritten(writeTotal() * m_offset / m_upload.size());
        if (m_offset == m_upload.size()) {
            uploaded();
            return;
        }
        sendChunk();
        return;
    }
    case Step::Remove: {
        if (response.rc == SmpResponse::NotSupported) {
            // No shell group: the zeros stay, in an empty file.
            startUpload(QCA::SecureArray(), UploadPurpose::Truncate);
            return;
        }
        const CborValue *result = response.body.value("ret");
        if (!response.succeeded() || !result || result->integer() != 0) {
            const CborValue *output = response.body.value("o");
            fail(DeviceError::Kind::Refused, tr("the device overwrote %1 with zeros but did not remove it: %2")
                                                 .arg(quoted(m_layout.path(m_target.slot, m_target.kind)),
                                                      output ? quoted(output->bytes()) : errorText(response)));
            return;
        }
        m_step = Step::Idle;
        endOperation();
        Q_EMIT credentialDeleted(operationSlot(), operationKind());
        return;
    }
    }
}

void McuMgrSmpProfile::afterParameters()
{
    switch (operation()) {
    case Operation::Write:
        startUpload(std::exchange(m_content, {}), UploadPurpose::Credential);
        return;
    case Operation::List:
        listNext();
        return;
    case Operation::Delete:
    case Operation::ReadCertificate:
        askStatus(m_target);
        return;
    case Operation::Identify:
    case Operation::RestoreState:
        return;
    }
}

void McuMgrSmpProfile::listNext()
{
    if (m_targets.isEmpty()) {
        m_step = Step::Idle;
        endOperation();
        Q_EMIT credentialsListed(std::exchange(m_listed, {}));
        return;
    }
    // The hash (or the read-back) says itself when a file is not there: no status request first.
    m_target = m_targets.takeFirst();
    if (m_noSha256)
        startDownload();
    else
        askHash();
}

void McuMgrSmpProfile::askStatus(const Target &target)
{
    m_target = target;
    request(Step::Status, false, fileGroup, statusCommand,
            CborWriter().map(1).text("name").text(m_layout.path(target.slot, target.kind)));
}

void McuMgrSmpProfile::askHash()
{
    request(Step::Hash, false, fileGroup, hashCommand,
            CborWriter().map(2).text("name").text(m_layout.path(m_target.slot, m_target.kind)).text("type").text("sha256"));
}

void McuMgrSmpProfile::startDownload()
{
    m_readBack.clear();
    m_readLength = -1;
    askDownloadChunk();
}

void McuMgrSmpProfile::askDownloadChunk()
{
    request(Step::Download, false, fileGroup, fileCommand,
            CborWriter().map(2).text("off").unsignedInteger(quint64(m_readBack.size()))
                .text("name").text(m_layout.path(m_target.slot, m_target.kind)));
}

void McuMgrSmpProfile::downloaded()
{
    if (operation() == Operation::ReadCertificate) {
        QByteArray pem;
        if (m_layout.encoding == SmpFileLayout::Encoding::Der) {
            QCA::ConvertResult result = QCA::ErrorDecode;
            const QCA::Certificate certificate = QCA::Certificate::fromDER(m_readBack.toByteArray(), &result);
            if (result != QCA::ConvertGood) {
                fail(DeviceError::Kind::Protocol,
                     tr("the device gave back %1 bytes of %2, but they are no certificate in DER. The file may be "
                        "damaged, or hold PEM while the product says DER: check the product's smpEncoding, "
                        "then write the certificate again.")
                         .arg(m_readBack.size())
                         .arg(quoted(m_layout.path(m_target.slot, m_target.kind))));
                return;
            }
            pem = certificate.toPEM().toLatin1();
        } else {
            pem = m_readBack.toByteArray();
        }
        m_readBack.clear();
        m_step = Step::Idle;
        endOperation();
        Q_EMIT certificateRead(operationSlot(), operationKind(), pem);
        return;
    }
    // Hashed on the host, in locked memory, and wiped: the read-back may be a private key.
    m_listed.append({m_target.slot, m_target.kind, QCA::Hash(QStringLiteral("sha256")).hash(m_readBack).toByteArray(),
                     tr("SHA-256 of the read-back (the device hashes with CRC32 only)")});
    m_readBack.fill('\0');
    m_readBack.clear();
    listNext();
}

qsizetype McuMgrSmpProfile::maxChunkBytes() const
{
    const QByteArray path = m_layout.path(m_target.slot, m_target.kind);
    const quint64 size = quint64(m_upload.size());
    const qsizetype buffer = m_bufferSize.value_or(fallbackBufferSize);
    // Header, map, and each key with its value's head: what a first chunk needs besides its data.
    const qsizetype overhead = SmpHeader::size + 1 + (4 + CborWriter::headSize(size)) + (5 + CborWriter::headSize(quint64(buffer)))
        + (5 + CborWriter::headSize(quint64(path.size())) + path.size()) + (4 + CborWriter::headSize(size));
    return buffer - overhead;
}

void McuMgrSmpProfile::startUpload(QCA::SecureArray content, UploadPurpose purpose)
{
    m_upload = std::move(content);
    m_purpose = purpose;
    m_offset = 0;
    m_resumes = 0;
    m_chunk = maxChunkBytes();
    if (m_chunk < minChunkBytes) {
        fail(DeviceError::Kind::CapacityTooSmall,
             tr("the device's SMP buffer of %1 bytes leaves no room for a file's data after the path %2. Raise "
                "CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE in its firmware, or choose a shorter path.")
                 .arg(m_bufferSize.value_or(fallbackBufferSize))
                 .arg(quoted(m_layout.path(m_target.slot, m_target.kind))));
        return;
    }
    sendChunk();
}

void McuMgrSmpProfile::sendChunk()
{
    const qint64 length = qMin<qint64>(m_chunk, m_upload.size() - m_offset);
    const QByteArray path = m_layout.path(m_target.slot, m_target.kind);
    CborWriter body;
    body.map(m_offset == 0 ? 4 : 3)
        .text("off").unsignedInteger(quint64(m_offset))
        .text("data").bytes(QByteArrayView(m_upload.constData() + m_offset, length))
        .text("name").text(path);
    if (m_offset == 0)
        body.text("len").unsignedInteger(quint64(m_upload.size()));
    request(Step::Upload, true, fileGroup, fileCommand, body);
}

void McuMgrSmpProfile::uploaded()
{
    const UploadPurpose purpose = m_purpose;
    m_upload.fill('\0');
    m_upload.clear();
    // The last chunk's frames, kept for a resend, carry the credential in base64.
    SecureWipe::wipe(m_frames);
    m_frames.clear();
    switch (purpose) {
    case UploadPurpose::Credential:
        m_step = Step::Idle;
        endOperation();
        Q_EMIT credentialWritten(operationSlot(), operationKind());
        return;
    case UploadPurpose::Overwrite:
        askRemove();
        return;
    case UploadPurpose::Truncate:
        m_step = Step::Idle;
        endOperation();
        Q_EMIT credentialDeleted(operationSlot(), operationKind());
        return;
    }
}

void McuMgrSmpProfile::askRemove()
{
    request(Step::Remove, true, shellGroup, shellExecuteCommand,
            CborWriter().map(1).text("argv").array(3).text("fs").text("rm").text(m_layout.path(m_target.slot, m_target.kind)));
}

void McuMgrSmpProfile::fail(DeviceError::Kind kind, const QString &message)
{
    m_step = Step::Idle;
    wipeSecrets();
    failOperation(kind, message);
}

void McuMgrSmpProfile::wipeSecrets()
{
    m_content.fill('\0');
    m_content.clear();
    m_upload.fill('\0');
    m_upload.clear();
    m_readBack.fill('\0');
    m_readBack.clear();
    SecureWipe::wipe(m_frames);
    m_frames.clear();
    m_decoder.clear();
}

bool McuMgrSmpProfile::isFileMissing(const SmpResponse &response) const
{
    if (response.errorGroup)
        return *response.errorGroup == fileGroup && response.rc == fileNotFound;
    return response.rc == SmpResponse::NoEntry;
}

bool McuMgrSmpProfile::hashUnavailable(const SmpResponse &response) const
{
    if (response.errorGroup)
        return *response.errorGroup == fileGroup && response.rc == hashNotFound;
    if (response.rc == SmpResponse::NotSupported)
        return true;
    // A device that answers with another hash than the one asked for has none other.
    const CborValue *type = response.body.value("type");
    return response.succeeded() && type && type->bytes() != "sha256";
}

QString McuMgrSmpProfile::errorText(const SmpResponse &response) const
{
    if (response.succeeded())
        return tr("an answer without the expected fields");
    if (response.errorGroup)
        return tr("error %1 of group %2").arg(response.rc).arg(*response.errorGroup);
    return tr("MCUmgr error %1").arg(response.rc);
}
