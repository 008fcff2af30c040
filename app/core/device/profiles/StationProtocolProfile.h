#pragma once

#include "device/DeviceProfile.h"
#include "device/profiles/StationProtocolReply.h"

class QTimer;

// Devices whose firmware speaks the station protocol, version 1 (docs/station-protocol.md), for
// example through the C library in firmware/station-device. Every request carries a sequence
// number and gets exactly one final reply with it, so log lines and replies to abandoned requests
// are told apart from the answer. Credentials go over in base64 chunks that each carry a CRC-32 and
// are acknowledged; COMMIT makes the device check the SHA-256 of everything it staged before it
// replaces the slot's old content. A device that reports pipe=2 gets each write pipelined: at most
// two requests outstanding, anything but the expected OK ends the pipelining and is handled as in
// stop-and-wait once the other request's reply is in (section 3.7). Each request gets the time the
// protocol gives it (section 8.2); timeouts() can shorten that, as a probe of an unknown port does,
// but not lengthen it.
//
// This class is the state machine; what the lines look like is StationProtocolCodec's and
// StationProtocolReply's business.
class StationProtocolProfile : public DeviceProfile
{
    Q_OBJECT

public:
    explicit StationProtocolProfile(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("station"); }
    // The device digests exactly the bytes it was sent: the PEM with LF line ends, no NUL appended.
    QByteArray expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const override;
    // Detection's probe ended whatever noise left in the device's line: no bare CRLF and settle pause
    // before the first request (section 8.1).
    void inputLineIsClear() override { m_contacted = true; }

protected:
    void startOperation(const QCA::SecureArray &pem) override;
    QByteArray lineEnd() const override;
    void lineReceived(const QByteArray &line) override;
    void timedOut() override;

private:
    // The request outstanding, the oldest one while another went ahead of it (section 3.7).
    enum class State { Idle, Hello, Write, Chunk, Commit, Digest, List, Delete, Abort };

    using Reply = StationProtocolReply;

    struct Limits
    {
        qint64 line = 0;
        qint64 chunk = 0;
        qint64 credential = 0;
        qint64 slots = 0;
        qint64 rxbuf = 0;
        qint64 pipe = 1; // requests the host may have outstanding during a write (section 3.7)
        QList<QByteArray> types;
    };

    static QByteArray verb(State state);

    void sendFirstRequest();
    // Sends WRITE once the credential is known to fit what the device said in HELLO.
    void startWrite();
    bool fitsTheDevice();

    // The transition function: the outstanding request got its final reply; one handler a state
    // decides what comes next.
    void replyReceived(const Reply &reply);
    void helloAnswered(const Reply &reply);
    void writeAnswered(const Reply &reply);
    void chunkAnswered(const Reply &reply);
    void commitAnswered(const Reply &reply);
    void digestAnswered(const Reply &reply);
    void listAnswered(const Reply &reply);
    void deleteAnswered(const Reply &reply);
    void abortAnswered();

    // Whether a recovery the protocol prescribes (resend, resume, start over) took the error over:
    // those that apply to any request, and those of one request each.
    bool recovered(const Reply &reply);
    bool writeRecovered(const Reply &reply);
    bool chunkRecovered(const Reply &reply);
    bool commitRecovered(const Reply &reply);
    bool correct(); // sends the request again, if corrections are left
    bool resumeAt(std::optional<qint64> offset);
    void startOver(const Reply &reply, bool helloFirst);

    void request(State state);
    void send();
    QList<QByteArray> arguments(State state) const;
    QByteArray chunkLine(quint16 seq, qint64 offset, qint64 *payloadBytes) const;
    // Pipelining (section 3.7): the next request of a write goes out while the device works on
    // the outstanding one, if the device allows it and nothing has gone wrong since the last OK.
    void sendAhead();
    // An OK that acknowledged exactly what was sent: the next request is state, perhaps already sent.
    void advance(State state);
    bool acknowledgesAsSent(const Reply &reply) const;
    // The reply to the request sent ahead arrived, or will not: handle the held reply alone.
    void endDrain();
    void resynchronise();
    std::chrono::milliseconds timeoutFor(State state, qsizetype requestBytes) const;
    QString silenceMessage() const;

    bool acceptHello(const Reply &reply);
    void describeDevice(const Reply &hello, const QByteArray &serial, const QByteArray &firmware);
    void forgetOperation();
    void finish();
    void fail(DeviceError::Kind kind, const QString &message);
    void failFor(const Reply &reply);
    // Ends a write the device may still hold open with ABORT, then fails whatever ABORT answers.
    void abandon(DeviceError::Kind kind, const QString &message);
    std::pair<DeviceError::Kind, QString> describe(const Reply &reply) const;
    QList<StoredCredential> listedCredentials() const;

    QTimer *m_settle;
    State m_state = State::Idle;
    bool m_resyncing = false;
    quint16 m_seq = 0;      // of the oldest outstanding request
    quint16 m_lastSeq = 0;  // the number most recently given to a request
    bool m_contacted = false;
    std::optional<Limits> m_limits;

    int m_timeoutRetries = 0;
    int m_corrections = 0;
    int m_restarts = 0;
    QByteArray m_unreadable;
    std::optional<DeviceError> m_pendingFailure;
    bool m_abortedBusyWrite = false;
    std::optional<Reply> m_commitError;

    QCA::SecureArray m_pem;
    QByteArray m_sha256;
    qint64 m_chunkBytes = 0;
    qint64 m_offset = 0;
    qint64 m_sentBytes = 0;

    // A request sent while the one in m_state is still outstanding (at most one, section 3.7).
    struct Ahead
    {
        quint16 seq = 0;
        State state = State::Idle;
        qint64 offset = 0;
        qint64 bytes = 0;
        qsizetype lineBytes = 0;
    };
    std::optional<Ahead> m_ahead;
    // An error or unexpected reply to the oldest request, waiting for the reply to m_ahead.
    std::optional<Reply> m_held;
    // Requests may go ahead: set by each OK during a write, cleared by any error or timeout.
    bool m_window = false;
    // A request went ahead since the operation's WRITE, so a write may be open even if WRITE failed.
    bool m_sentAhead = false;
    QList<Reply> m_items;
    DeviceIdentity m_identity;
};
