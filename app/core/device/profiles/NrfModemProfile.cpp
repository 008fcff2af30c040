#include "device/profiles/NrfModemProfile.h"

#include "base/SecureWipe.h"

#include <QRegularExpression>

namespace {

constexpr int notFound = 513;
constexpr int memoryFull = 515;
constexpr int notAllowedWhileActive = 518;
constexpr int invalidContent = 527;

// The modes AT+CFUN takes (Nordic's AT command reference): 0 off, 1 normal, 2 receive only, 4 offline,
// 20/21 LTE off/on, 30/31 GNSS off/on, 40/41 UICC off/on, 44 offline with the UICC on.
bool isFunctionalMode(int mode)
{
    static const QList<int> modes{0, 1, 2, 4, 20, 21, 30, 31, 40, 41, 44};
    return modes.contains(mode);
}

std::optional<CredentialKind> kindFromNumber(int type)
{
    switch (type) {
    case 0: return CredentialKind::CaCertificate;
    case 1: return CredentialKind::Certificate;
    case 2: return CredentialKind::PrivateKey;
    default: return std::nullopt;
    }
}

} // namespace

NrfModemProfile::NrfModemProfile(QObject *parent)
    : DeviceProfile(parent)
{
}

int NrfModemProfile::typeNumber(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::CaCertificate: return 0;
    case CredentialKind::Certificate: return 1;
    case CredentialKind::PrivateKey: return 2;
    }
    return 1;
}

DeviceStateChange NrfModemProfile::offlineChange(int previousMode)
{
    return {"AT+CFUN=" + QByteArray::number(previousMode),
            tr("the modem offline (AT+CFUN=4) instead of in functional mode %1").arg(previousMode)};
}

std::optional<DeviceStateChange> NrfModemProfile::stateChange(const QByteArray &restoreCommand) const
{
    static const QRegularExpression command(QStringLiteral("^AT\\+CFUN=(\\d{1,2})$"));
    const QRegularExpressionMatch match = command.match(QString::fromLatin1(restoreCommand));
    if (!match.hasMatch() || !isFunctionalMode(match.captured(1).toInt()))
        return std::nullopt;
    return offlineChange(match.captured(1).toInt());
}

QByteArray NrfModemProfile::expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const
{
    Q_UNUSED(kind)
    QCA::Hash hash(QStringLiteral("sha256"));
    for (int i = 0; i < pem.size(); ++i) {
        if (pem[i] != '\r')
            hash.update(QByteArray(1, pem[i]));
    }
    return hash.final().toByteArray();
}

void NrfModemProfile::startOperation(const QCA::SecureArray &pem)
{
    if (operation() == Operation::Identify)
        m_identity = DeviceIdentity{name(), {}, {}, {}};
    if (operation() == Operation::Write) {
        // Newer modem firmware answers CRLF inside the content with +CME ERROR: 527.
        m_pem = QCA::SecureArray(pem.size());
        int length = 0;
        for (int i = 0; i < pem.size(); ++i) {
            if (pem[i] != '\r')
                m_pem[length++] = pem[i];
        }
        m_pem.resize(length);
    }
    m_previousMode = -1;
    m_pendingFailure.reset();
    // Echo and error format hold until the modem restarts, which a job begins by finding out: identify
    // prepares every time, and the operations after it in the job do not repeat it.
    if (m_prepared && operation() != Operation::Identify) {
        afterPreparation();
        return;
    }
    m_prepared = false;
    send(Step::Attention, QByteArrayLiteral("AT"), timeouts().command);
}

void NrfModemProfile::send(Step step, const QByteArray &command, std::chrono::milliseconds timeout)
{
    m_step = step;
    m_command = command;
    m_output.clear();
    m_cmeError = -1;
    sendCommand(command, timeout);
}

void NrfModemProfile::lineReceived(const QByteArray &line)
{
    const QByteArray text = line.trimmed();
    // Echo repeats the command until ATE0 has taken effect.
    if (text.isEmpty() || text == m_command)
        return;
    if (text == "OK") {
        commandFinished(Result::Ok);
        return;
    }
    if (text == "ERROR") {
        commandFinished(Result::Error);
        return;
    }
    if (text.startsWith("+CME ERROR:") || text.startsWith("+CMS ERROR:")) {
        bool numeric = false;
        const int code = text.mid(11).trimmed().toInt(&numeric);
        m_cmeError = numeric ? code : -1;
        commandFinished(Result::Error);
        return;
    }
    m_output.append(text);
}

void NrfModemProfile::commandFinished(Result result)
{
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::Attention:
        if (result == Result::Error) {
            m_step = Step::Idle;
            failOperation(DeviceError::Kind::NotSupported,
                          tr("the device answers AT with ERROR, so it is not an nRF91 modem in AT mode. Check the "
                             "profile and the baud rate."));
            return;
        }
        send(Step::EchoOff, QByteArrayLiteral("ATE0"), timeouts().command);
        return;
    case Step::EchoOff:
        // Numeric +CME errors tell "not found" apart from "not allowed while online".
        send(Step::NumericErrors, QByteArrayLiteral("AT+CMEE=1"), timeouts().command);
        return;
    case Step::NumericErrors:
        m_prepared = true;
        afterPreparation();
        return;
    case Step::Serial:
        for (const QByteArray &line : std::as_const(m_output)) {
            static const QRegularExpression imei(QStringLiteral("^\\d{14,16}$"));
            if (imei.match(QString::fromLatin1(line)).hasMatch())
                m_identity.serialNumber = QString::fromLatin1(line);
        }
        // Other AT interpreters (an ESP-AT module) answer AT as well, but give no IMEI.
        if (m_identity.serialNumber.isEmpty()) {
            m_step = Step::Idle;
            failOperation(DeviceError::Kind::NotSupported,
                          tr("the device answers AT but gives no IMEI (AT+CGSN: %1), so it is not an nRF91 modem. "
                             "Check the profile.").arg(errorText()));
            return;
        }
        m_identity.details.append({tr("IMEI"), m_identity.serialNumber});
        send(Step::Firmware, QByteArrayLiteral("AT+CGMR"), timeouts().command);
        return;
    case Step::Firmware:
        if (result == Result::Ok && !m_output.isEmpty())
            m_identity.firmwareVersion = QString::fromLatin1(m_output.constFirst());
        m_step = Step::Idle;
        endOperation();
        Q_EMIT identified(m_identity);
        return;
    case Step::QueryMode:
        for (const QByteArray &line : std::as_const(m_output)) {
            if (line.startsWith("+CFUN:"))
                m_previousMode = line.mid(6).trimmed().toInt();
        }
        if (result == Result::Error || m_previousMode < 0) {
            m_step = Step::Idle;
            failOperation(DeviceError::Kind::Protocol,
                          tr("the modem did not report its functional mode (AT+CFUN?): %1").arg(errorText()));
            return;
        }
        // Off (0), offline (4) and offline with the UICC on (44) take credential changes as they are;
        // any other mode is left for offline and restored afterwards, exactly as it was.
        if (m_previousMode != 0 && m_previousMode != 4 && m_previousMode != 44) {
            // Recorded first: a station killed from here on leaves the modem offline. Idle before it is
            // asked, as a refusal ends the operation and the next may start from its signal.
            m_step = Step::Idle;
            if (!beginStateChange(offlineChange(m_previousMode)))
                return;
            send(Step::GoOffline, QByteArrayLiteral("AT+CFUN=4"), timeouts().slow);
            return;
        }
        afterModeKnown();
        return;
    case Step::GoOffline:
        if (result == Result::Error) {
            m_step = Step::Idle;
            // Refused: the modem is still in its earlier mode.
            endStateChange(true);
            failOperation(DeviceError::Kind::Refused,
                          tr("the modem refused to go offline (AT+CFUN=4): %1. Check that no application on the "
                             "device holds the modem.").arg(errorText()));
            return;
        }
        afterModeKnown();
        return;
    case Step::Delete:
        if (result == Result::Error && m_cmeError != notFound) {
            failAfterRestoring(DeviceError::Kind::Refused,
                               tr("the modem could not delete what sec_tag %1 held: %2").arg(operationSlot()).arg(errorText()));
            return;
        }
        if (operation() == Operation::Delete) {
            finish();
            return;
        }
        {
            // The PEM goes inside quotes with its LF line ends; a CR inside would end the command.
            QByteArray command = "AT%CMNG=0," + QByteArray::number(operationSlot()) + ',' + QByteArray::number(typeNumber(operationKind())) + ",\"";
            command.append(m_pem.constData(), m_pem.size());
            command.append('"');
            m_pem.clear();
            send(Step::Write, command, timeouts().slow);
            SecureWipe::wipe(command);
            // Not kept for matching the echo: it may hold a private key.
            m_command.clear();
        }
        return;
    case Step::Write:
        if (result == Result::Ok) {
            finish();
            return;
        }
        if (m_cmeError == memoryFull)
            failAfterRestoring(DeviceError::Kind::CapacityTooSmall,
                               tr("the modem's credential storage is full (+CME ERROR: 515). Delete credentials it "
                                  "no longer needs (foundry-station-cli inspect lists them), then try again."));
        else if (m_cmeError == invalidContent)
            failAfterRestoring(DeviceError::Kind::Refused,
                               tr("the modem refused the %1 as invalid content (+CME ERROR: 527); it may be damaged "
                                  "or in a form this modem firmware does not take.").arg(credentialKindName(operationKind())));
        else if (m_cmeError == notAllowedWhileActive)
            failAfterRestoring(DeviceError::Kind::Refused,
                               tr("the modem refused the write because it is still online (+CME ERROR: 518). An "
                                  "application on the device may have switched it back on; stop it and try again."));
        else
            failAfterRestoring(DeviceError::Kind::Refused,
                               tr("the modem refused the %1: %2").arg(credentialKindName(operationKind()), errorText()));
        return;
    case Step::List: {
        QList<StoredCredential> credentials;
        static const QRegularExpression row(QStringLiteral("^%CMNG:\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,\\s*\"([0-9A-Fa-f]*)\")?"));
        for (const QByteArray &line : std::as_const(m_output)) {
            const QRegularExpressionMatch match = row.match(QString::fromLatin1(line));
            if (!match.hasMatch())
                continue;
            const std::optional<CredentialKind> kind = kindFromNumber(match.captured(2).toInt());
            if (!kind)
                continue;
            StoredCredential credential;
            credential.slot = match.captured(1).toInt();
            credential.kind = *kind;
            credential.sha256 = QByteArray::fromHex(match.captured(3).toLatin1());
            credentials.append(credential);
        }
        m_step = Step::Idle;
        if (result == Result::Error) {
            failAfterRestoring(DeviceError::Kind::Refused, tr("the modem could not list its credentials: %1").arg(errorText()));
            return;
        }
        endOperation();
        Q_EMIT credentialsListed(credentials);
        return;
    }
    case Step::Read: {
        m_step = Step::Idle;
        // %CMNG: <tag>,<type>,"<sha>","<content>" where the content runs over several lines.
        QByteArray pem;
        bool inContent = false;
        for (const QByteArray &line : std::as_const(m_output)) {
            QByteArray part = line;
            if (!inContent) {
                const qsizetype start = line.startsWith("%CMNG:") ? line.indexOf("\",\"") : -1;
                if (start < 0)
                    continue;
                part = line.mid(start + 3);
                inContent = true;
            }
            const bool last = part.endsWith('"');
            if (last)
                part.chop(1);
            if (!part.isEmpty())
                pem += part + '\n';
            if (last)
                break;
        }
        if (result == Result::Error || !pem.contains("-----BEGIN ")) {
            failAfterRestoring(DeviceError::Kind::Refused, tr("the modem did not give the %1 back: %2")
                                                          .arg(credentialKindName(operationKind()), errorText()));
            return;
        }
        endOperation();
        Q_EMIT certificateRead(operationSlot(), operationKind(), pem);
        return;
    }
    case Step::RestoreMode: {
        m_step = Step::Idle;
        if (result == Result::Error) {
            // The change stays in force: failOperation says how to undo it by hand.
            const QString refused = tr("The modem did not confirm %1 (%2).")
                                        .arg(QString::fromLatin1(stateChangeInForce()->restoreCommand), errorText());
            const DeviceError failure = m_pendingFailure.value_or(DeviceError{DeviceError::Kind::Refused, step(), {}});
            failOperation(failure.kind, failure.message.isEmpty() ? refused : failure.message + QLatin1Char(' ') + refused);
            return;
        }
        endStateChange(true);
        report();
        return;
    }
    case Step::Restore:
        m_step = Step::Idle;
        if (result == Result::Error) {
            // A kept change (endKeptStateChange()) stays in force: failOperation says how to undo it by hand.
            failOperation(DeviceError::Kind::Refused, tr("the modem refused %1: %2")
                                                          .arg(QString::fromLatin1(changeToRestore().restoreCommand), errorText()));
            return;
        }
        endStateChange(true);
        endOperation();
        Q_EMIT stateRestored();
        return;
    }
}

void NrfModemProfile::afterPreparation()
{
    switch (operation()) {
    case Operation::Identify:
        send(Step::Serial, QByteArrayLiteral("AT+CGSN"), timeouts().command);
        return;
    case Operation::Write:
    case Operation::Delete:
        // Still offline from the operation before (keepStateChange()).
        if (stateChangeInForce()) {
            afterModeKnown();
            return;
        }
        send(Step::QueryMode, QByteArrayLiteral("AT+CFUN?"), timeouts().command);
        return;
    case Operation::List:
        send(Step::List, listFilter() ? "AT%CMNG=1," + QByteArray::number(*listFilter()) : QByteArrayLiteral("AT%CMNG=1"),
             timeouts().command);
        return;
    case Operation::ReadCertificate:
        send(Step::Read, "AT%CMNG=2," + QByteArray::number(operationSlot()) + ',' + QByteArray::number(typeNumber(operationKind())),
             timeouts().command);
        return;
    case Operation::RestoreState:
        send(Step::Restore, changeToRestore().restoreCommand, timeouts().slow);
        return;
    }
}

void NrfModemProfile::afterModeKnown()
{
    send(Step::Delete, "AT%CMNG=3," + QByteArray::number(operationSlot()) + ',' + QByteArray::number(typeNumber(operationKind())),
         timeouts().slow);
}

void NrfModemProfile::finish()
{
    // A kept change stays in force for the next operation, unless this one failed: a failure puts the
    // modem back before it is reported, whoever is to clean up after it.
    if (stateChangeInForce() && (m_pendingFailure || !keepsStateChange())) {
        send(Step::RestoreMode, stateChangeInForce()->restoreCommand, timeouts().slow);
        return;
    }
    m_step = Step::Idle;
    report();
}

void NrfModemProfile::report()
{
    if (m_pendingFailure) {
        const DeviceError failure = *std::exchange(m_pendingFailure, std::nullopt);
        failOperation(failure.kind, failure.message);
        return;
    }
    endOperation();
    switch (operation()) {
    case Operation::Write:
        Q_EMIT credentialWritten(operationSlot(), operationKind());
        return;
    case Operation::Delete:
        Q_EMIT credentialDeleted(operationSlot(), operationKind());
        return;
    case Operation::Identify:
    case Operation::List:
    case Operation::ReadCertificate:
    case Operation::RestoreState:
        // Their failures come here after the modem was put back; they have no success to report here.
        return;
    }
}

void NrfModemProfile::failAfterRestoring(DeviceError::Kind kind, const QString &message)
{
    m_pendingFailure = DeviceError{kind, step(), message};
    m_pem.clear();
    finish();
}

void NrfModemProfile::timedOut()
{
    if (m_step == Step::RestoreMode) {
        commandFinished(Result::Error);
        return;
    }
    // Even a modem that stopped answering may still take the command that puts it back, and one that
    // did not confirm going offline may have gone all the same. Not once more for the command that
    // was putting it back (endKeptStateChange()): the failure says how to do it by hand.
    if (stateChangeInForce() && m_step != Step::Restore) {
        failAfterRestoring(DeviceError::Kind::Timeout,
                           tr("the modem stopped answering. Check that it is powered and that nothing else uses "
                              "the port; then start again."));
        return;
    }
    m_pem.clear();
    m_step = Step::Idle;
    // A modem that went quiet may have restarted, echo on and errors in words.
    m_prepared = false;
    DeviceProfile::timedOut();
}

QString NrfModemProfile::errorText() const
{
    QString text = m_cmeError >= 0 ? QStringLiteral("+CME ERROR: %1").arg(m_cmeError) : QStringLiteral("ERROR");
    if (!m_output.isEmpty())
        text += QStringLiteral(" (%1)").arg(quoted(m_output.join(" / ")));
    return text;
}
