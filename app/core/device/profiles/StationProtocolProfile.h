#pragma once

#include "device/DeviceProfile.h"

#include <QMap>

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
class StationProtocolProfile : public DeviceProfile
{
    Q_OBJECT

public:
    static constexpr int protocolVersion = 1;

    explicit StationProtocolProfile(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("station"); }
    // The device digests exactly the bytes it was sent: the PEM with LF line ends, no NUL appended.
    QByteArray expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const override;

    static QByteArray typeName(CredentialKind kind);
    // Payload bytes per CHUNK so that the whole line, CRLF included, fits both the device's line
    // limit and its receive buffer (section 3.7); 0 when not even one base64 quantum fits.
    static qint64 chunkPayloadBytes(qint64 chunk, qint64 line, qint64 rxbuf);

protected:
    void startOperation(const QCA::SecureArray &pem) override;
    QByteArray lineEnd() const override;
    void lineReceived(const QByteArray &line) override;
    void timedOut() override;

private:
    enum class Step { Idle, Hello, Write, Chunk, Commit, Digest, List, Delete, Abort };

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

    struct Reply
    {
        enum class Type { Ok, Error, Item };
        Type type = Type::Ok;
        int seq = -1; // -1: the device could not read the request's sequence number
        int code = 0;
        QByteArray text;
        QMap<QByteArray, QByteArray> fields;
        QList<QByteArray> keys; // the fields' keys in the device's order
        QByteArray line;
        QByteArray request; // the verb of the request it answers
    };

    static std::optional<Reply> parseReply(const QByteArray &line);
    static QByteArray verb(Step step);

    void sendFirstRequest();
    // The one transition function: the outstanding request got its final reply; decide what comes next.
    void replyReceived(const Reply &reply);
    // Whether a recovery the protocol prescribes (resend, resume, start over) took the error over.
    bool recovered(const Reply &reply);
    bool resumeAt(const QByteArray &offset);
    void startOver(const Reply &reply, bool helloFirst);
    void request(Step step);
    void send();
    QByteArray chunkLine(const QByteArray &prefix, qint64 offset, qint64 *payloadBytes) const;
    // Pipelining (section 3.7): the next request of a write goes out while the device works on
    // the outstanding one, if the device allows it and nothing has gone wrong since the last OK.
    void sendAhead();
    // An OK that acknowledged exactly what was sent: the next request is step, perhaps already sent.
    void advance(Step step);
    bool acknowledgesAsSent(const Reply &reply) const;
    // The reply to the request sent ahead arrived, or will not: handle the held reply alone.
    void endDrain();
    void resynchronise();
    std::chrono::milliseconds timeoutFor(Step step, qsizetype requestBytes) const;
    bool acceptHello(const Reply &reply);
    void forgetOperation();
    void finish();
    void fail(DeviceError::Kind kind, const QString &message);
    void failFor(const Reply &reply);
    // Ends a write the device may still hold open with ABORT, then fails whatever ABORT answers.
    void abandon(DeviceError::Kind kind, const QString &message);
    std::pair<DeviceError::Kind, QString> describe(const Reply &reply) const;
    QList<StoredCredential> listedCredentials() const;

    QTimer *m_settle;
    Step m_step = Step::Idle;
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

    // A request sent while the one in m_step is still outstanding (at most one, section 3.7).
    struct Ahead
    {
        quint16 seq = 0;
        Step step = Step::Idle;
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
