#include "device/DeviceProfile.h"

#include "base/ForeignText.h"
#include "base/SecureWipe.h"
#include "device/SerialLink.h"

#include <QTimer>

namespace {

// Enough of a device's line to tell what it said, not so much that it drowns the message.
constexpr qsizetype quotedDeviceTextLimit = 200;
// An identity field a person reads: enough for a version string.
constexpr qsizetype identityFieldLimit = 100;

} // namespace

DeviceProfile::DeviceProfile(QObject *parent)
    : QObject(parent)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &DeviceProfile::timedOut);
    connect(this, &DeviceProfile::credentialsListed, this, &DeviceProfile::finishVerification);
    connect(this, &DeviceProfile::pacingRequested, this,
            [this](int chunkBytes, int wireTimeFactor, std::chrono::milliseconds minimumGap) {
                m_pacingChunkBytes = chunkBytes;
                m_pacingWireTimeFactor = qMax(1, wireTimeFactor);
                m_pacingGap = minimumGap;
            });
    // First of the signal's connections, so that a listener sees the bar full before it hears of the write.
    connect(this, &DeviceProfile::credentialWritten, this, [this] { reportWritten(m_writeTotal); });
}

DeviceProfile::~DeviceProfile() = default;

void DeviceProfile::attach(SerialLink *link)
{
    setLine(link->settings());
    connect(this, &DeviceProfile::writeRequested, link, &SerialLink::write);
    connect(this, &DeviceProfile::inputFlushRequested, link, &SerialLink::flushInput);
    connect(this, &DeviceProfile::pacingRequested, link, &SerialLink::setPacing);
    connect(link, &SerialLink::bytesReceived, this, &DeviceProfile::receiveBytes);
    connect(link, &SerialLink::failed, this, &DeviceProfile::linkFailed);
}

void DeviceProfile::receiveBytes(const QByteArray &bytes)
{
    if (!readsLines()) {
        if (m_busy)
            bytesReceived(bytes);
        return;
    }
    const QList<LineAssembler::Line> completed = m_lines.feed(m_busy ? takeCountedBytes(bytes) : bytes);
    // A line can end the command and send the next one; what followed it answered the old one.
    const quint64 command = m_commandsSent;
    for (const LineAssembler::Line &line : completed) {
        if (!m_busy || m_commandsSent != command)
            return;
        lineReceived(line.text);
    }
    if (m_busy && m_commandsSent == command)
        pendingChanged(m_lines.pending());
}

void DeviceProfile::linkFailed(const QString &message)
{
    if (m_busy)
        failOperation(DeviceError::Kind::Disconnected, message);
}

bool DeviceProfile::beginOperation(const QString &step)
{
    if (m_busy) {
        Q_EMIT operationFailed({DeviceError::Kind::Protocol, step,
                                tr("the station started a device operation while another was running; "
                                   "this is a fault in the station, please report it")});
        return false;
    }
    m_busy = true;
    m_step = step;
    m_deviceMessage.clear();
    return true;
}

QString DeviceProfile::writingStep(int slot, CredentialKind kind) const
{
    return tr("writing the %1 into %2 %3").arg(credentialKindName(kind), slotWord()).arg(slot);
}

QString DeviceProfile::listingStep(std::optional<int> slot) const
{
    return slot ? tr("listing the credentials in %1 %2").arg(slotWord()).arg(*slot) : tr("listing the credentials");
}

QString DeviceProfile::deletingStep(int slot, CredentialKind kind) const
{
    return tr("deleting the %1 in %2 %3").arg(credentialKindName(kind), slotWord()).arg(slot);
}

QString DeviceProfile::verifyingStep(int slot, CredentialKind kind) const
{
    return tr("verifying the %1 in %2 %3").arg(credentialKindName(kind), slotWord()).arg(slot);
}

QString DeviceProfile::readingStep(int slot, CredentialKind kind) const
{
    return tr("reading the %1 in %2 %3").arg(credentialKindName(kind), slotWord()).arg(slot);
}

void DeviceProfile::endOperation()
{
    m_timeout->stop();
    m_busy = false;
}

void DeviceProfile::failOperation(DeviceError::Kind kind, const QString &message)
{
    m_verification.reset();
    m_verifiedListing.reset();
    QString text = message;
    if (m_stateChange) {
        const DeviceStateChange change = *m_stateChange;
        endStateChange(false);
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("This left %1: send %2 to the device, or restart it.")
                  .arg(change.description, QString::fromLatin1(change.restoreCommand));
    }
    endOperation();
    Q_EMIT operationFailed({kind, m_step, text});
}

bool DeviceProfile::beginStateChange(const DeviceStateChange &change)
{
    if (m_stateChangeHooks.beforeChange) {
        if (const QString refusal = m_stateChangeHooks.beforeChange(change); !refusal.isEmpty()) {
            failOperation(DeviceError::Kind::Refused, refusal);
            return false;
        }
    }
    m_stateChange = change;
    return true;
}

void DeviceProfile::endStateChange(bool restored)
{
    if (!m_stateChange)
        return;
    const DeviceStateChange change = *std::exchange(m_stateChange, std::nullopt);
    if (m_stateChangeHooks.afterRestore)
        m_stateChangeHooks.afterRestore(change, restored);
}

std::optional<DeviceStateChange> DeviceProfile::stateChange(const QByteArray &restoreCommand) const
{
    Q_UNUSED(restoreCommand)
    return std::nullopt;
}

void DeviceProfile::restoreState(const DeviceStateChange &change)
{
    if (!beginOperation(restoringStep()))
        return;
    m_operation = Operation::RestoreState;
    m_changeToRestore = change;
    // Checked here as well as by the caller: the command may come from a journal file.
    if (!stateChange(change.restoreCommand)) {
        failOperation(DeviceError::Kind::NotSupported,
                      tr("the %1 profile does not recognise %2 as a command that puts a device back, so it was not "
                         "sent").arg(name(), quoted(change.restoreCommand)));
        return;
    }
    startOperation({});
}

void DeviceProfile::endKeptStateChange()
{
    m_keepStateChange = false;
    if (m_stateChange) {
        restoreState(*m_stateChange);
        return;
    }
    if (!beginOperation(restoringStep()))
        return;
    m_operation = Operation::RestoreState;
    // Later, as a device's answer would come: the caller is still starting the operation.
    QTimer::singleShot(0, this, [this] {
        if (!m_busy || m_operation != Operation::RestoreState)
            return; // the link failed meanwhile, and the operation with it
        endOperation();
        Q_EMIT stateRestored();
    });
}

void DeviceProfile::sendCommand(const QByteArray &line, std::chrono::milliseconds timeout, EarlierInput earlier)
{
    ++m_commandsSent;
    if (earlier == EarlierInput::Discard) {
        Q_EMIT inputFlushRequested();
        m_lines.clear();
    }
    m_timeout->start(timeout + wireAllowance(line.size() + lineEnd().size()));
    writeLine(line);
}

void DeviceProfile::sendAlso(const QByteArray &line)
{
    writeLine(line);
}

void DeviceProfile::writeLine(const QByteArray &line)
{
    // One write, line end included: a paced link would otherwise send the line end only after a
    // pause of its own for the line, and the device would wait that long for it. The joined copy
    // may carry key material, so it is wiped once the link has taken it.
    const QByteArray end = lineEnd();
    QByteArray bytes;
    bytes.reserve(line.size() + end.size());
    bytes.append(line.constData(), line.size());
    bytes.append(end.constData(), end.size());
    Q_EMIT writeRequested(bytes);
    SecureWipe::wipe(bytes);
}

void DeviceProfile::extendTimeout(std::chrono::milliseconds timeout, qsizetype bytesOnTheWay)
{
    m_timeout->start(timeout + wireAllowance(bytesOnTheWay));
}

std::chrono::milliseconds DeviceProfile::wireAllowance(qsizetype commandBytes) const
{
    if (!m_line)
        return std::chrono::milliseconds{0};
    using namespace std::chrono;
    const microseconds onTheLine = m_line->wireTime(commandBytes) * m_pacingWireTimeFactor
        + m_line->wireTime(answerAllowanceBytes);
    const qsizetype pieces = m_pacingChunkBytes > 0 ? (commandBytes + m_pacingChunkBytes - 1) / m_pacingChunkBytes : 0;
    return ceil<milliseconds>(onTheLine) + m_pacingGap * pieces;
}

void DeviceProfile::noteDeviceMessage(const QByteArray &line)
{
    m_deviceMessage = line;
}

QString DeviceProfile::quoted(const QByteArray &deviceText)
{
    const bool cut = deviceText.size() > quotedDeviceTextLimit;
    return QLatin1Char('"') + ForeignText::escaped(QByteArrayView(deviceText).first(qMin(deviceText.size(), quotedDeviceTextLimit)))
        + (cut ? QStringLiteral("...") : QString()) + QLatin1Char('"');
}

QString DeviceProfile::identityField(const QByteArray &deviceText)
{
    return ForeignText::escaped(QByteArrayView(deviceText).first(qMin(deviceText.size(), identityFieldLimit)));
}

void DeviceProfile::timedOut()
{
    if (!m_deviceMessage.isEmpty()) {
        failOperation(DeviceError::Kind::Timeout,
                      tr("the device printed %1 and then stopped answering. What it printed may say why; check "
                         "that it is powered, that the cable is in, and that nothing else uses the port; then "
                         "start again.").arg(quoted(m_deviceMessage)));
        return;
    }
    failOperation(DeviceError::Kind::Timeout,
                  tr("the device stopped answering. Check that it is powered, that the cable is in, and that "
                     "nothing else uses the port; then start again."));
}

void DeviceProfile::identify()
{
    begin(Operation::Identify, identifyingStep(), 0, CredentialKind::Certificate, {});
}

void DeviceProfile::writeCredential(int slot, CredentialKind kind, const QCA::SecureArray &pem)
{
    begin(Operation::Write, writingStep(slot, kind), slot, kind, pem);
}

void DeviceProfile::listCredentials(std::optional<int> slot)
{
    if (!beginOperation(listingStep(slot)))
        return;
    m_operation = Operation::List;
    m_listFilter = slot;
    startOperation({});
}

void DeviceProfile::deleteCredential(int slot, CredentialKind kind)
{
    begin(Operation::Delete, deletingStep(slot, kind), slot, kind, {});
}

void DeviceProfile::readCertificate(int slot, CredentialKind kind)
{
    if (!beginOperation(readingStep(slot, kind)))
        return;
    if (!canReadCertificates() || kind == CredentialKind::PrivateKey) {
        failOperation(DeviceError::Kind::NotSupported,
                      kind == CredentialKind::PrivateKey
                          ? tr("private keys are never read back from a device")
                          : tr("the %1 profile cannot read credentials back").arg(name()));
        return;
    }
    m_operation = Operation::ReadCertificate;
    m_operationSlot = slot;
    m_operationKind = kind;
    startOperation({});
}

// Refuses before touching what describes the running operation.
void DeviceProfile::begin(Operation operation, const QString &step, int slot, CredentialKind kind,
                          const QCA::SecureArray &pem)
{
    if (!beginOperation(step))
        return;
    m_verifiedListing.reset();
    m_operation = operation;
    m_operationSlot = slot;
    m_operationKind = kind;
    if (operation == Operation::Write) {
        m_writeTotal = pem.size();
        m_writeReported = -1;
        reportWritten(0);
    }
    startOperation(pem);
}

void DeviceProfile::reportWritten(qint64 written)
{
    written = qBound<qint64>(0, written, m_writeTotal);
    if (m_operation != Operation::Write || written <= m_writeReported)
        return;
    m_writeReported = written;
    Q_EMIT writeProgress(m_operationSlot, m_operationKind, written, m_writeTotal);
}

void DeviceProfile::verifyCredential(int slot, CredentialKind kind, const QCA::SecureArray &pem)
{
    if (m_busy) {
        beginOperation(verifyingStep(slot, kind));
        return;
    }
    m_verification = PendingVerification{slot, kind, expectedDigest(kind, pem)};
    // The key verified right after the certificate of the same slot: the listing the certificate's
    // verification got is still what the device holds, since nothing has been sent to it since.
    // Once only: a third verification lists again.
    if (m_verifiedListing && m_verifiedListing->slot == slot) {
        const QList<StoredCredential> credentials = std::exchange(m_verifiedListing, std::nullopt)->credentials;
        beginOperation(verifyingStep(slot, kind));
        // Later, as a device's answer would come: the caller is still starting the operation.
        QTimer::singleShot(0, this, [this, credentials] {
            if (!m_busy || !m_verification)
                return; // the link failed meanwhile, and the operation with it
            endOperation();
            finishVerification(credentials);
            m_verifiedListing.reset();
        });
        return;
    }
    listCredentials(slot);
    // The list operation names its own step; failures while verifying say what was being verified.
    setStep(verifyingStep(slot, kind));
}

void DeviceProfile::finishVerification(const QList<StoredCredential> &credentials)
{
    if (!m_verification)
        return;
    const PendingVerification verification = *std::exchange(m_verification, std::nullopt);
    m_verifiedListing = VerifiedListing{verification.slot, credentials};
    const auto stored = std::find_if(credentials.cbegin(), credentials.cend(), [&](const StoredCredential &credential) {
        return credential.slot == verification.slot && credential.kind == verification.kind;
    });
    const QString what = verifyingStep(verification.slot, verification.kind);
    if (stored == credentials.cend()) {
        Q_EMIT operationFailed({DeviceError::Kind::VerificationMismatch, what,
                                tr("the device does not list the %1 it was just given. It may have lost it "
                                   "(a reset, or storage that is not persistent); write it again.")
                                    .arg(credentialKindName(verification.kind))});
        return;
    }
    if (stored->sha256.isEmpty()) {
        Q_EMIT operationFailed({DeviceError::Kind::NotSupported, what,
                                tr("the device cannot compute a SHA-256 digest of what it stored, so the station "
                                   "cannot verify it. Enable SHA-256 support in the firmware.")});
        return;
    }
    if (stored->sha256 != verification.expected) {
        Q_EMIT operationFailed({DeviceError::Kind::VerificationMismatch, what,
                                tr("the device holds something other than what was written (SHA-256 %1, expected "
                                   "%2): bytes were lost or changed on the way. Write it again; if it keeps "
                                   "failing, lower the baud rate or check the cable.")
                                    .arg(QString::fromLatin1(stored->sha256.toHex()),
                                         QString::fromLatin1(verification.expected.toHex()))});
        return;
    }
    Q_EMIT credentialVerified(verification.slot, verification.kind);
}
