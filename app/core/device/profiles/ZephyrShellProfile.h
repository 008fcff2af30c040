#pragma once

#include "device/DeviceProfile.h"

// Devices running Zephyr with the TLS credentials shell (CONFIG_TLS_CREDENTIALS_SHELL). PEM goes in
// as base64 and is stored with "bint" so that mbedTLS gets the NUL-terminated PEM it needs.
//
// Where the shell offers "cred buf load" (newer Zephyr; its "cred buf -h" lists it, asked once per
// device) the base64 is streamed raw and ended with Ctrl+C. Elsewhere it goes in "cred buf" chunks
// no longer than the shell's documented 64-byte receive ring, command and line end included. Once
// a chunk of the write was kept whole, one more is sent while the shell runs the one before: the
// ring holds it until the shell reads again, so nothing is lost at any line rate, and the line
// does not stand idle while each answer comes back. A shell whose command line is shorter cuts the
// first chunk, says how much it kept, and the rest of the run uses that length for devices with
// the same firmware.
class ZephyrShellProfile : public DeviceProfile
{
    Q_OBJECT

public:
    // CONFIG_SHELL_BACKEND_SERIAL_RX_RING_BUFFER_SIZE's default.
    static constexpr int receiveRingBytes = 64;
    // "cred buf " and CRLF around the chunk, and the LF of the line before: the shell runs a line at
    // its CR, so while it runs one, that LF still waits in the ring with the chunk sent ahead.
    static constexpr int maxChunkCharacters = receiveRingBytes - 9 - 2 - 1;

    explicit ZephyrShellProfile(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("zephyr-shell"); }
    // base64 is decoded on the device and "bint" appends a NUL: the digest is of the PEM plus NUL.
    QByteArray expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const override;
    bool canReadCertificates() const override { return true; }

    static QByteArray typeName(CredentialKind kind);

protected:
    void startOperation(const QCA::SecureArray &pem) override;
    QString slotWord() const override { return QStringLiteral("sec_tag"); }
    void lineReceived(const QByteArray &line) override;
    void pendingChanged(const QByteArray &pending) override;

private:
    enum class Step {
        Idle,
        Wake,
        EchoOff,
        ColorsOff,
        Vt100Off,
        KernelVersion,
        DeviceId,
        Delete,
        BufferHelp,
        BufferClear,
        BufferChunk,
        BufferLoad,
        BufferStream,
        Add,
        List,
        Get,
    };

    // The one transition function: the current step's answer is complete; decide what comes next.
    void commandFinished();
    // A prompt came: true when it ends the current step, false when it answers nothing (the shell's
    // reprint after a log line, or one from before the wake-up's answer).
    bool promptArrived();
    void send(Step step, const QByteArray &command);
    void sendDelete();
    // The next chunk's command line, its characters counted into *length and m_sent past them; the
    // caller wipes it once sent (it may carry key material).
    QByteArray takeNextChunk(int *length);
    // A chunk command line of that many characters on the wire, line end included.
    qsizetype chunkLineBytes(int characters) const;
    void sendNextChunk();
    // One chunk more while the shell runs the last, when chunks are known to fit its line.
    void sendChunkAhead();
    // The last chunk's answer is in: the one sent ahead is the step now.
    void takeChunkAhead();
    void streamCredential();
    // A chunk or a stream is stored: on to "cred add".
    void sendAdd();
    void failBufferTooSmall();
    // "Stored N bytes.": N, or nullopt when no line says so.
    std::optional<int> storedCharacters() const;
    void finishList();
    QString deviceOutput() const;
    bool outputContains(QByteArrayView text) const;

    Step m_step = Step::Idle;
    bool m_prepared = false;
    QByteArray m_command;
    QList<QByteArray> m_output;
    // The prompt now waiting at the end of the input has been judged (promptArrived()).
    bool m_promptJudged = false;
    // The last line was a log line an idle shell printed: it prints its prompt again next.
    bool m_afterLogLine = false;
    int m_linesSinceCommand = 0;

    QCA::SecureArray m_base64;
    int m_sent = 0;
    int m_chunkCharacters = maxChunkCharacters;
    int m_chunkLength = 0;
    // Characters of the chunk sent ahead of the one the shell answers next; 0 when none is.
    int m_chunkAhead = 0;
    // A chunk of this write was kept whole: the next ones fit the shell's line too.
    bool m_chunksFitLine = false;
    bool m_chunkAheadTookOver = false;
    // Whether the shell offers "cred buf load"; asked once per device, at its first write.
    std::optional<bool> m_offersLoad;
    // "cred buf load" was sent and the shell has not been seen to end it: it may still take every
    // byte as credential text, until a Ctrl+C.
    bool m_rawInputOpen = false;
    DeviceIdentity m_identity;
    QString m_previousSerialNumber;
};
