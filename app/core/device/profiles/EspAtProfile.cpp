#include "device/profiles/EspAtProfile.h"

#include "base/SecureWipe.h"

#include <QRegularExpression>
#include <QTimer>

namespace {

// A header longer than this is no header: its bytes go on to be split into lines.
constexpr qsizetype maxHeaderBytes = 256;
void withoutCarriageReturns(const QCA::SecureArray &pem, QCA::SecureArray *out)
{
    *out = QCA::SecureArray(pem.size());
    int length = 0;
    for (int i = 0; i < pem.size(); ++i) {
        if (pem[i] != '\r')
            (*out)[length++] = pem[i];
    }
    out->resize(length);
}

} // namespace

QStringList EspAtProfile::families()
{
    return {QStringLiteral("mqtt"), QStringLiteral("client"), QStringLiteral("https"), QStringLiteral("wss")};
}

std::optional<EspAtProfile::Namespaces> EspAtProfile::namespaces(const QString &family)
{
    if (!families().contains(family))
        return std::nullopt;
    const QByteArray prefix = family.toLatin1();
    // ESP-AT's mfg_nvs.py names the key after its namespace where the namespace holds one file
    // (MQTT's), and "<namespace>.<index>" where it holds several.
    return Namespaces{prefix + "_cert", prefix + "_key", prefix + "_ca", family != QLatin1String("mqtt")};
}

EspAtProfile::EspAtProfile(QObject *parent)
    : DeviceProfile(parent)
    , m_namespaces(*namespaces(QStringLiteral("mqtt")))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (!isBusy() || m_step == Step::Idle)
            return;
        m_output.clear();
        m_header.clear();
        sendCommand(m_command, m_commandTimeout);
    });
}

EspAtProfile::~EspAtProfile() = default;

QByteArray EspAtProfile::expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const
{
    Q_UNUSED(kind)
    QCA::SecureArray stored;
    withoutCarriageReturns(pem, &stored);
    return QCA::Hash(QStringLiteral("sha256")).hash(stored).toByteArray();
}

QByteArray EspAtProfile::namespaceOf(CredentialKind kind) const
{
    switch (kind) {
    case CredentialKind::Certificate: return m_namespaces.certificate;
    case CredentialKind::PrivateKey: return m_namespaces.privateKey;
    case CredentialKind::CaCertificate: return m_namespaces.caCertificate;
    }
    return m_namespaces.certificate;
}

QByteArray EspAtProfile::key(int slot, CredentialKind kind) const
{
    const QByteArray space = namespaceOf(kind);
    return m_namespaces.indexed ? space + '.' + QByteArray::number(slot) : space;
}

QByteArray EspAtProfile::readCommand(int slot, CredentialKind kind) const
{
    return "AT+SYSMFG=1,\"" + namespaceOf(kind) + "\",\"" + key(slot, kind) + '"';
}

QString EspAtProfile::where(int slot, CredentialKind kind) const
{
    return tr("key \"%1\" of namespace \"%2\"").arg(QString::fromLatin1(key(slot, kind)), QString::fromLatin1(namespaceOf(kind)));
}

void EspAtProfile::startOperation(const QCA::SecureArray &pem)
{
    if (operation() == Operation::Identify)
        m_identity = DeviceIdentity{name(), {}, {}, {}};
    if (operation() == Operation::Write) {
        withoutCarriageReturns(pem, &m_pem);
        m_expectedDigest = QCA::Hash(QStringLiteral("sha256")).hash(m_pem).toByteArray();
    }
    m_toRead.clear();
    m_found.clear();
    m_certificateRead.clear();
    resetValue();
    if (m_prepared && operation() != Operation::Identify) {
        afterPreparation();
        return;
    }
    m_prepared = false;
    send(Step::Attention, QByteArrayLiteral("AT"), timeouts().command);
}

void EspAtProfile::send(Step step, const QByteArray &command, std::chrono::milliseconds timeout)
{
    m_step = step;
    m_command = command;
    m_commandTimeout = timeout;
    m_output.clear();
    m_busyAnswers = 0;
    m_header.clear();
    sendCommand(command, timeout);
}

void EspAtProfile::afterPreparation()
{
    switch (operation()) {
    case Operation::Identify:
        send(Step::Version, QByteArrayLiteral("AT+GMR"), timeouts().command);
        return;
    case Operation::Write:
        send(Step::WriteCommand,
             "AT+SYSMFG=2,\"" + namespaceOf(operationKind()) + "\",\"" + key(operationSlot(), operationKind()) + "\",8,"
                 + QByteArray::number(m_pem.size()),
             timeouts().command);
        return;
    case Operation::List: {
        // MQTT's namespaces hold one set, the client namespaces ESP-AT's two (0 and 1).
        QList<int> slots;
        if (listFilter())
            slots = {*listFilter()};
        else
            slots = m_namespaces.indexed ? QList<int>{0, 1} : QList<int>{0};
        for (const int slot : std::as_const(slots)) {
            for (const CredentialKind kind : {CredentialKind::Certificate, CredentialKind::PrivateKey, CredentialKind::CaCertificate})
                m_toRead.append({slot, kind});
        }
        readNext();
        return;
    }
    case Operation::ReadCertificate:
        m_toRead.append({operationSlot(), operationKind()});
        readNext();
        return;
    case Operation::Delete:
        send(Step::Erase, "AT+SYSMFG=0,\"" + namespaceOf(operationKind()) + "\",\"" + key(operationSlot(), operationKind()) + '"',
             timeouts().slow);
        return;
    case Operation::RestoreState:
        // stateChange() recognises no command, so the base class refuses before this is reached.
        m_step = Step::Idle;
        fail(DeviceError::Kind::NotSupported, tr("an ESP-AT module has no state the station changes"));
        return;
    }
}

void EspAtProfile::readNext()
{
    if (m_toRead.isEmpty()) {
        finishRead();
        return;
    }
    m_reading = m_toRead.takeFirst();
    resetValue();
    send(Step::Read, readCommand(m_reading->slot, m_reading->kind), timeouts().command);
}

QByteArray EspAtProfile::takeCountedBytes(const QByteArray &bytes)
{
    if (m_step != Step::Read && m_step != Step::WriteCheck && m_step != Step::EraseCheck)
        return bytes;
    static const QRegularExpression header(QStringLiteral("^\\+SYSMFG:\"[^\"]*\",\"[^\"]*\",(\\d{1,2}),(\\d{1,9}),$"));
    QByteArray lines;
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (m_valueRemaining > 0) {
            const qsizetype take = qMin(m_valueRemaining, bytes.size() - i);
            for (qsizetype k = 0; k < take; ++k)
                m_value[int(m_valueFilled++)] = bytes.at(i + k);
            i += take;
            m_valueRemaining -= take;
            m_valueComplete = m_valueRemaining == 0;
            continue;
        }
        const char c = bytes.at(i++);
        if (m_valueComplete) {
            lines.append(c);
            continue;
        }
        m_header.append(c);
        if (c == '\r' || c == '\n' || m_header.size() > maxHeaderBytes) {
            lines.append(m_header);
            m_header.clear();
            continue;
        }
        if (c != ',')
            continue;
        const QRegularExpressionMatch match = header.match(QString::fromLatin1(m_header));
        if (!match.hasMatch())
            continue;
        const qsizetype length = match.captured(2).toLongLong();
        if (length > maxValueBytes) {
            const QString what = where(m_reading ? m_reading->slot : operationSlot(), m_reading ? m_reading->kind : operationKind());
            m_step = Step::Idle;
            fail(DeviceError::Kind::Protocol,
                 tr("the module announced %1 bytes for %2, more than a credential can be (%3 at most); it may not "
                    "be an ESP-AT module, or its answer was damaged. Check the profile and the cable.")
                     .arg(length).arg(what).arg(maxValueBytes));
            return {};
        }
        m_header.clear();
        // A value takes its time on a slow line: the wait allows for its bytes.
        extendTimeout(timeouts().command, length);
        m_value = QCA::SecureArray(int(length));
        m_valueFilled = 0;
        m_valueRemaining = length;
        m_valueComplete = length == 0;
    }
    return lines;
}

void EspAtProfile::lineReceived(const QByteArray &line)
{
    const QByteArray text = line.trimmed();
    if (text.isEmpty() || text == m_command)
        return;
    if (text == "OK") {
        // The write's first OK only says the command was taken; the ">" prompt follows.
        if (m_step == Step::WriteCommand)
            return;
        commandFinished(Result::Ok);
        return;
    }
    if (text == "ERROR" || text == "FAIL") {
        commandFinished(Result::Error);
        return;
    }
    // ESP-AT answers a command that arrives while it still works on the one before with "busy p..."
    // (processing) or "busy s..." (sending) and drops it.
    if (text.startsWith("busy ")) {
        noteDeviceMessage(text);
        if (m_step == Step::WriteData) {
            // Still storing what was sent: the OK follows.
            extendTimeout(timeouts().slow);
            return;
        }
        retryWhenBusy();
        return;
    }
    if (text.startsWith("ERR CODE:"))
        noteDeviceMessage(text);
    if (m_output.size() < 32)
        m_output.append(text);
}

void EspAtProfile::retryWhenBusy()
{
    if (m_retryTimer->isActive())
        return;
    if (++m_busyAnswers > busyRetries) {
        m_step = Step::Idle;
        fail(DeviceError::Kind::Timeout,
             tr("the module answered \"busy\" %1 times in a row. Check that nothing else sends it commands, "
                "or restart it; then start again.").arg(m_busyAnswers));
        return;
    }
    extendTimeout(m_commandTimeout + busyPause);
    m_retryTimer->start(busyPause);
}

void EspAtProfile::pendingChanged(const QByteArray &pending)
{
    if (m_step == Step::WriteCommand && pending.trimmed() == ">")
        sendValue();
}

void EspAtProfile::sendValue()
{
    m_step = Step::WriteData;
    lines().clear();
    QByteArray bytes(m_pem.constData(), m_pem.size());
    Q_EMIT writeRequested(bytes);
    SecureWipe::wipe(bytes);
    const qsizetype total = m_pem.size();
    m_pem.clear();
    extendTimeout(timeouts().slow, total);
}

void EspAtProfile::commandFinished(Result result)
{
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::Attention:
        if (result == Result::Error) {
            m_step = Step::Idle;
            fail(DeviceError::Kind::NotSupported,
                 tr("the device answers AT with ERROR, so it is not an ESP-AT module. Check the profile and the baud rate."));
            return;
        }
        send(Step::EchoOff, QByteArrayLiteral("ATE0"), timeouts().command);
        return;
    case Step::EchoOff:
        m_prepared = true;
        afterPreparation();
        return;
    case Step::Version: {
        // AT+GMR: "AT version:...", "SDK version:...", "compile time...", "Bin version:...". An nRF91
        // modem answers AT too, but not this.
        QByteArray atVersion;
        for (const QByteArray &line : std::as_const(m_output)) {
            if (line.startsWith("AT version:"))
                atVersion = line.mid(11).trimmed();
            else if (line.startsWith("SDK version:"))
                m_identity.details.append({tr("SDK version"), identityField(line.mid(12).trimmed())});
            else if (line.startsWith("Bin version:"))
                m_identity.details.append({tr("Bin version"), identityField(line.mid(12).trimmed())});
        }
        if (result == Result::Error || atVersion.isEmpty()) {
            m_step = Step::Idle;
            fail(DeviceError::Kind::NotSupported,
                 tr("the device answers AT, but AT+GMR does not name an ESP-AT version (%1), so it is not an ESP-AT "
                    "module. Check the profile.").arg(errorText()));
            return;
        }
        m_identity.firmwareVersion = identityField(atVersion);
        send(Step::StationMac, QByteArrayLiteral("AT+CIPSTAMAC?"), timeouts().command);
        return;
    }
    case Step::StationMac: {
        // The station MAC address is the module's own identity; firmware without Wi-Fi has none.
        static const QRegularExpression mac(QStringLiteral("^\\+CIPSTAMAC:\"([0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5})\"$"));
        for (const QByteArray &line : std::as_const(m_output)) {
            const QRegularExpressionMatch match = mac.match(QString::fromLatin1(line));
            if (result == Result::Ok && match.hasMatch())
                m_identity.serialNumber = match.captured(1).toLower();
        }
        if (!m_identity.serialNumber.isEmpty())
            m_identity.details.append({tr("Station MAC"), m_identity.serialNumber});
        m_step = Step::Idle;
        endOperation();
        Q_EMIT identified(m_identity);
        return;
    }
    case Step::WriteCommand:
        // ERROR instead of the prompt.
        m_step = Step::Idle;
        m_pem.clear();
        fail(DeviceError::Kind::Refused,
             tr("the module refused to take the %1 into %2 (%3). Check that its firmware has this namespace "
                "(AT+SYSMFG? lists them) and that the product names the right namespaces.")
                 .arg(credentialKindName(operationKind()), where(operationSlot(), operationKind()), errorText()));
        return;
    case Step::WriteData:
        m_step = Step::Idle;
        if (result == Result::Error) {
            fail(DeviceError::Kind::CapacityTooSmall,
                 tr("the module did not store the %1 in %2 (%3): its manufacturing NVS partition may be full. Erase "
                    "credentials it no longer needs (foundry-station-cli inspect lists them), then try again.")
                     .arg(credentialKindName(operationKind()), where(operationSlot(), operationKind()), errorText()));
            return;
        }
        endOperation();
        Q_EMIT credentialWritten(operationSlot(), operationKind());
        return;
    case Step::WriteCheck: {
        m_step = Step::Idle;
        const bool stored = result == Result::Ok && m_valueComplete
            && QCA::Hash(QStringLiteral("sha256")).hash(m_value).toByteArray() == m_expectedDigest;
        resetValue();
        if (!stored) {
            fail(DeviceError::Kind::Timeout,
                 tr("the module did not confirm the %1 it was sent, and %2 does not hold it. Check the cable and "
                    "that the module is powered; then start again.")
                     .arg(credentialKindName(operationKind()), where(operationSlot(), operationKind())));
            return;
        }
        endOperation();
        Q_EMIT credentialWritten(operationSlot(), operationKind());
        return;
    }
    case Step::Read:
        if (result == Result::Ok && m_valueComplete && m_reading) {
            StoredCredential credential;
            credential.slot = m_reading->slot;
            credential.kind = m_reading->kind;
            credential.sha256 = QCA::Hash(QStringLiteral("sha256")).hash(m_value).toByteArray();
            m_found.append(credential);
            // Never a key: DeviceProfile::readCertificate() refuses to read one before this runs.
            if (operation() == Operation::ReadCertificate)
                m_certificateRead = m_value.toByteArray();
        }
        // ERROR: the key is not there.
        resetValue();
        readNext();
        return;
    case Step::Erase:
        if (result == Result::Ok) {
            m_step = Step::Idle;
            endOperation();
            Q_EMIT credentialDeleted(operationSlot(), operationKind());
            return;
        }
        // NVS refuses to erase a key it does not have: whether it is there decides.
        resetValue();
        send(Step::EraseCheck, readCommand(operationSlot(), operationKind()), timeouts().command);
        return;
    case Step::EraseCheck: {
        m_step = Step::Idle;
        const bool present = result == Result::Ok && m_valueComplete;
        resetValue();
        if (present) {
            fail(DeviceError::Kind::Refused, tr("the module refused to erase %1. Restart it and try again.")
                                                 .arg(where(operationSlot(), operationKind())));
            return;
        }
        endOperation();
        Q_EMIT credentialDeleted(operationSlot(), operationKind());
        return;
    }
    }
}

void EspAtProfile::finishRead()
{
    m_step = Step::Idle;
    m_reading.reset();
    if (operation() == Operation::ReadCertificate) {
        if (m_certificateRead.isEmpty()) {
            fail(DeviceError::Kind::Refused, tr("the module holds no %1 in %2. Write one there first, or check that the "
                                                    "product names the right namespaces.")
                                                 .arg(credentialKindName(operationKind()), where(operationSlot(), operationKind())));
            return;
        }
        const QByteArray pem = std::exchange(m_certificateRead, {});
        endOperation();
        Q_EMIT certificateRead(operationSlot(), operationKind(), pem);
        return;
    }
    const QList<StoredCredential> found = std::exchange(m_found, {});
    endOperation();
    Q_EMIT credentialsListed(found);
}

void EspAtProfile::resetValue()
{
    if (!m_value.isEmpty())
        m_value.fill(0);
    m_value.clear();
    m_valueFilled = 0;
    m_valueRemaining = 0;
    m_valueComplete = false;
    m_header.clear();
}

void EspAtProfile::timedOut()
{
    m_retryTimer->stop();
    if (m_step == Step::WriteData) {
        // The OK may have been lost on the line rather than the write: what the module holds says.
        resetValue();
        send(Step::WriteCheck, readCommand(operationSlot(), operationKind()), timeouts().command);
        return;
    }
    m_pem.clear();
    resetValue();
    m_step = Step::Idle;
    // A module that went quiet may have restarted with echo on.
    m_prepared = false;
    DeviceProfile::timedOut();
}

void EspAtProfile::fail(DeviceError::Kind kind, const QString &message)
{
    m_retryTimer->stop();
    m_pem.clear();
    resetValue();
    failOperation(kind, message);
}

QString EspAtProfile::errorText() const
{
    QString text = QStringLiteral("ERROR");
    if (!m_output.isEmpty())
        text += QStringLiteral(" (%1)").arg(quoted(m_output.join(" / ")));
    return text;
}
