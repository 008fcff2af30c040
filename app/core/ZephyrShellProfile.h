#pragma once

#include "DeviceProfile.h"

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
    void identify() override;
    void writeCredential(int slot, CredentialKind kind, const QCA::SecureArray &pem) override;
    void listCredentials(std::optional<int> slot = std::nullopt) override;
    void deleteCredential(int slot, CredentialKind kind) override;
    // base64 is decoded on the device and "bint" appends a NUL: the digest is of the PEM plus NUL.
    QByteArray expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const override;
    bool canReadCertificates() const override { return true; }
    void readCertificate(int slot, CredentialKind kind) override;

    static QByteArray typeName(CredentialKind kind);

protected:
    QString slotWord() const override { return QStringLiteral("sec_tag"); }
    void lineReceived(const QByteArray &line) override;
    void pendingChanged(const QByteArray &pending) override;

private:
    enum class Goal { Identify, Write, List, Delete, Read };
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

    void start(Goal goal);
    // The one transition function: the current step's answer is complete; decide what comes next.
    void commandFinished();
    void send(Step step, const QByteArray &command);
    void sendNextChunk();
    void finishList();
    QString deviceOutput() const;
    bool outputContains(QByteArrayView text) const;

    Goal m_goal = Goal::Identify;
    Step m_step = Step::Idle;
    bool m_prepared = false;
    QByteArray m_command;
    QList<QByteArray> m_output;

    int m_slot = 0;
    CredentialKind m_kind = CredentialKind::Certificate;
    std::optional<int> m_listSlot;
    QCA::SecureArray m_base64;
    int m_sent = 0;
    DeviceIdentity m_identity;
};
