#pragma once

#include "device/DeviceProfile.h"

// Devices running Zephyr with the TLS credentials shell (CONFIG_TLS_CREDENTIALS_SHELL). PEM goes in
// as base64 in 48-character "cred buf" chunks, each acknowledged before the next, and is stored
// with "bint" so that mbedTLS gets the NUL-terminated PEM it needs.
class ZephyrShellProfile : public DeviceProfile
{
    Q_OBJECT

public:
    static constexpr int chunkCharacters = 48;

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
        BufferClear,
        BufferChunk,
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
    void sendNextChunk();
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
    DeviceIdentity m_identity;
};
