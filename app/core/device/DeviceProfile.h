#pragma once

#include "device/DeviceCredential.h"
#include "device/DeviceError.h"
#include "device/DeviceIdentity.h"
#include "device/DeviceStateChange.h"
#include "device/LineAssembler.h"
#include "device/SerialSettings.h"

#include <QtCrypto>

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;
class SerialLink;

// How the station talks to one kind of device. A profile never touches the port: it consumes the
// bytes that arrived (receiveBytes) and asks for bytes to be written (writeRequested), so it can be
// tested by feeding it bytes. One operation runs at a time; each ends in exactly one of its
// success signals or operationFailed().
class DeviceProfile : public QObject
{
    Q_OBJECT

public:
    // How long the device may take to answer: most commands, and those that write flash or change
    // the radio's state.
    struct Timeouts
    {
        std::chrono::milliseconds command{5000};
        std::chrono::milliseconds slow{15000};
    };

    ~DeviceProfile() override;

    // Wires the profile to a link: bytes both ways, input flushes, failures, pacing.
    void attach(SerialLink *link);

    Timeouts timeouts() const { return m_timeouts; }
    void setTimeouts(Timeouts timeouts) { m_timeouts = timeouts; }
    // The line the device is on (attach() takes it from the link): every timeout also allows for
    // the time the command and a typical answer take on the wire at its rate, so that a device
    // on a slow line is not given up on while its bytes are still on the way.
    void setLine(const SerialSettings &line) { m_line = line; }
    // The line set by setLine() or attach(); nullopt before either.
    std::optional<SerialSettings> line() const { return m_line; }
    // A typical answer's share of that allowance: a listing line or two, an echo, a prompt.
    static constexpr qsizetype answerAllowanceBytes = 256;

    enum class Operation { Identify, Write, List, Delete, ReadCertificate, RestoreState };

    virtual QString name() const = 0;
    bool isBusy() const { return m_busy; }

    void identify();
    // Replaces what the slot holds of that kind with pem.
    void writeCredential(int slot, CredentialKind kind, const QCA::SecureArray &pem);
    void listCredentials(std::optional<int> slot = std::nullopt);
    void deleteCredential(int slot, CredentialKind kind);
    // Reads back a certificate (never a key) where the device allows it; see canReadCertificates().
    void readCertificate(int slot, CredentialKind kind);
    virtual bool canReadCertificates() const { return false; }
    // The device has just answered a whole line of the station's (detection's probe): nothing is
    // left half-typed in its line buffer, so a profile that clears it before its first request (the
    // station protocol) need not.
    virtual void inputLineIsClear() {}

    // Text from a device (or from a journal, for one), quoted for a message: control characters
    // escaped, cut short when long.
    static QString quoted(const QByteArray &deviceText);

    // The SHA-256 this device reports once it stores pem; devices differ in what exactly they store.
    virtual QByteArray expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const = 0;

    // Lists the slot and compares the device's digest with expectedDigest(). Right after another
    // verification of the same slot, that one's listing is used instead.
    void verifyCredential(int slot, CredentialKind kind, const QCA::SecureArray &pem);

    // Told before the profile changes the device's own state for an operation (see DeviceStateChange),
    // so that the change can be recorded first, and again once it is undone or could not be.
    // beforeChange returns an empty string to go ahead, or why the change must not be made: the
    // operation then fails with that reason and the device is left as it is.
    struct StateChangeHooks
    {
        std::function<QString(const DeviceStateChange &change)> beforeChange;
        std::function<void(const DeviceStateChange &change, bool restored)> afterRestore;
    };
    void setStateChangeHooks(StateChangeHooks hooks) { m_stateChangeHooks = std::move(hooks); }

    // The change that restoreCommand, as a journal recorded it, undoes; nullopt when this profile never
    // makes such a change, so that nothing a journal file says reaches a device unchecked.
    virtual std::optional<DeviceStateChange> stateChange(const QByteArray &restoreCommand) const;
    // Puts back what an interrupted operation left changed: sends change.restoreCommand. Ends in
    // stateRestored() or operationFailed().
    void restoreState(const DeviceStateChange &change);

    // Operations that follow one another (a job's writes, verifications and deletes) share one
    // change: from now on a change an operation makes stays in force when the operation succeeds,
    // so that the next finds the device ready instead of making and undoing it again. An operation
    // that fails still undoes it before it reports. The change stays journaled through the hooks as
    // long as it is in force; endKeptStateChange() undoes it and must follow, whatever happened.
    // keepStateChange(false) stops keeping without undoing anything: for when nothing is in force.
    void keepStateChange(bool keep = true) { m_keepStateChange = keep; }
    // Undoes a change keepStateChange() kept in force and stops keeping. Ends in stateRestored(), at
    // once when nothing is in force, or in operationFailed(), whose message then says how to undo
    // the change by hand.
    void endKeptStateChange();
    bool keepsStateChange() const { return m_keepStateChange; }
    bool hasStateChangeInForce() const { return m_stateChange.has_value(); }

public Q_SLOTS:
    void receiveBytes(const QByteArray &bytes);
    void linkFailed(const QString &message);

Q_SIGNALS:
    void writeRequested(const QByteArray &bytes);
    void inputFlushRequested();
    // The device reads its receive buffer slowly: write in pieces of at most chunkBytes, each
    // followed by wireTimeFactor times its wire time and at least minimumGap.
    void pacingRequested(int chunkBytes, int wireTimeFactor, std::chrono::milliseconds minimumGap);

    void identified(const DeviceIdentity &identity);
    void credentialWritten(int slot, CredentialKind kind);
    // While a credential is written: how many of its bytes the device has confirmed, of total. Rises
    // from 0 to total, each value once; a profile whose device confirms only the whole reports those two.
    void writeProgress(int slot, CredentialKind kind, qint64 written, qint64 total);
    void credentialVerified(int slot, CredentialKind kind);
    void credentialsListed(const QList<StoredCredential> &credentials);
    void certificateRead(int slot, CredentialKind kind, const QByteArray &pem);
    void credentialDeleted(int slot, CredentialKind kind);
    void stateRestored();
    void operationFailed(const DeviceError &error);

protected:
    explicit DeviceProfile(QObject *parent = nullptr);

    // Text from a device that becomes part of its identity (a serial number, a version): control
    // characters escaped, cut to what a person reads in one field. Unlike quoted(), without quotes.
    static QString identityField(const QByteArray &deviceText);

    // Runs the operation just begun; operation(), operationSlot(), operationKind() and listFilter()
    // say what it is. pem is set for writes only.
    virtual void startOperation(const QCA::SecureArray &pem) = 0;
    Operation operation() const { return m_operation; }
    int operationSlot() const { return m_operationSlot; }
    CredentialKind operationKind() const { return m_operationKind; }
    std::optional<int> listFilter() const { return m_listFilter; }
    virtual QString identifyingStep() const { return tr("identifying the device"); }

    // Starts an operation; false (and operationFailed) when one is already running.
    bool beginOperation(const QString &step);
    // The step names every profile reports, in its own word for a slot.
    virtual QString slotWord() const { return tr("slot"); }
    QString writingStep(int slot, CredentialKind kind) const;
    QString listingStep(std::optional<int> slot) const;
    QString deletingStep(int slot, CredentialKind kind) const;
    QString readingStep(int slot, CredentialKind kind) const;
    QString verifyingStep(int slot, CredentialKind kind) const;
    QString restoringStep() const { return tr("putting the device back as it was"); }
    void setStep(const QString &step) { m_step = step; }
    QString step() const { return m_step; }
    void endOperation();
    // A write has got this far: bytes of the credential the device confirmed (see writeProgress()).
    void reportWritten(qint64 written);
    qint64 writeTotal() const { return m_writeTotal; }
    // When a state change is still in force, the message says so and how to undo it by hand.
    void failOperation(DeviceError::Kind kind, const QString &message);

    // Asks the hooks before the change is made: false when it must not be, and the operation has
    // failed then. Until endStateChange(), the change counts as in force.
    bool beginStateChange(const DeviceStateChange &change);
    void endStateChange(bool restored);
    const std::optional<DeviceStateChange> &stateChangeInForce() const { return m_stateChange; }
    // What restoreState() was asked to send.
    const DeviceStateChange &changeToRestore() const { return m_changeToRestore; }

    // What sendCommand() does with input that arrived before it.
    enum class EarlierInput {
        Discard, // flushed, with the unfinished line: a late answer to an earlier command cannot be taken
                 // for this one's
        Keep,    // for a protocol that tells its answers apart itself: nothing half-read is cut in two
    };
    // Writes line plus line end and gives the device timeout to answer.
    void sendCommand(const QByteArray &line, std::chrono::milliseconds timeout,
                     EarlierInput earlier = EarlierInput::Discard);
    // Writes a further request while an earlier one is still outstanding: no input is discarded,
    // lines already received stay, and the timeout keeps running for the earlier request.
    void sendAlso(const QByteArray &line);
    // Re-arms the timeout while a long answer is still arriving, or for bytesOnTheWay just written
    // by other means than a command (a raw stream), which it allows for as sendCommand() does.
    void extendTimeout(std::chrono::milliseconds timeout, qsizetype bytesOnTheWay = 0);
    // An error or warning the device printed by itself during the operation (a log line): the last
    // one is quoted if the operation then times out, as what the device said before it went quiet.
    void noteDeviceMessage(const QByteArray &line);

    virtual QByteArray lineEnd() const { return QByteArrayLiteral("\r\n"); }
    // Sees the bytes before they are split into lines and returns those that are lines: for a device
    // whose answer carries a counted run of raw bytes (a stored value read back by its length), which
    // line splitting would alter. Called only while an operation runs.
    virtual QByteArray takeCountedBytes(const QByteArray &bytes) { return bytes; }
    // For a protocol whose messages are no text lines (MCUmgr's SMP frames carry control bytes the
    // line assembly drops): false, and bytesReceived() gets every byte that arrives while an operation
    // runs instead of lineReceived() its lines.
    virtual bool readsLines() const { return true; }
    virtual void bytesReceived(const QByteArray &bytes) { Q_UNUSED(bytes) }
    virtual void lineReceived(const QByteArray &line) = 0;
    // The unterminated tail after new bytes arrived: where prompts show up.
    virtual void pendingChanged(const QByteArray &pending) { Q_UNUSED(pending) }
    virtual void timedOut();

    LineAssembler &lines() { return m_lines; }

private:
    void begin(Operation operation, const QString &step, int slot, CredentialKind kind, const QCA::SecureArray &pem);
    void finishVerification(const QList<StoredCredential> &credentials);
    void writeLine(const QByteArray &line);

    Operation m_operation = Operation::Identify;
    int m_operationSlot = 0;
    CredentialKind m_operationKind = CredentialKind::Certificate;
    std::optional<int> m_listFilter;

    // What a command of that many bytes and its answer take on the line, as the link paces them.
    std::chrono::milliseconds wireAllowance(qsizetype commandBytes) const;

    LineAssembler m_lines;
    Timeouts m_timeouts;
    std::optional<SerialSettings> m_line;
    int m_pacingChunkBytes = 0;
    int m_pacingWireTimeFactor = 1;
    std::chrono::milliseconds m_pacingGap{0};
    QTimer *m_timeout;
    bool m_busy = false;
    qint64 m_writeTotal = 0;
    qint64 m_writeReported = -1;
    quint64 m_commandsSent = 0;
    QString m_step;
    QByteArray m_deviceMessage;

    struct PendingVerification
    {
        int slot;
        CredentialKind kind;
        QByteArray expected;
    };
    std::optional<PendingVerification> m_verification;
    // What the last verification's listing found, until any other operation begins.
    struct VerifiedListing
    {
        int slot;
        QList<StoredCredential> credentials;
    };
    std::optional<VerifiedListing> m_verifiedListing;

    StateChangeHooks m_stateChangeHooks;
    bool m_keepStateChange = false;
    std::optional<DeviceStateChange> m_stateChange;
    DeviceStateChange m_changeToRestore;
};
