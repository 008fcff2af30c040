#pragma once

#include "device/DeviceProfile.h"

#include <QStringList>

class QTimer;

// Espressif modules running ESP-AT: credentials live in the manufacturing NVS partition and are
// written with AT+SYSMFG as raw bytes after a ">" prompt. ESP-AT has no digest command, so a write is
// verified by reading the value back and digesting it on the station; a private key read back stays
// in secure memory and is wiped once digested.
class EspAtProfile : public DeviceProfile
{
    Q_OBJECT

public:
    // Where one set of credentials lives: a namespace per kind, as ESP-AT's PKI configuration names
    // them. A namespace that holds one set (MQTT's) names its key after itself; one that holds several
    // (the TLS, HTTPS and WebSocket clients') has keys "<namespace>.<set>", and the slot is the set.
    struct Namespaces
    {
        QByteArray certificate;
        QByteArray privateKey;
        QByteArray caCertificate;
        bool indexed = false;

        friend bool operator==(const Namespaces &, const Namespaces &) = default;
    };
    // The namespace families ESP-AT's documentation lists for client credentials, by the feature that
    // uses them: mqtt (the default), client, https, wss.
    static QStringList families();
    static std::optional<Namespaces> namespaces(const QString &family);

    explicit EspAtProfile(QObject *parent = nullptr);
    ~EspAtProfile() override;

    QString name() const override { return QStringLiteral("esp-at"); }
    void setNamespaces(const Namespaces &namespaces) { m_namespaces = namespaces; }
    const Namespaces &credentialNamespaces() const { return m_namespaces; }
    // The module stores exactly the bytes sent, which the station sends with LF line ends only.
    QByteArray expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const override;
    bool canReadCertificates() const override { return true; }

    // A value read back longer than this is refused: credentials are a few kilobytes.
    static constexpr qsizetype maxValueBytes = 16384;
    // "busy p..." means the module dropped the command while it still worked on the one before; it
    // is sent again after a pause, this many times at most.
    static constexpr int busyRetries = 10;
    static constexpr std::chrono::milliseconds busyPause{100};

protected:
    void startOperation(const QCA::SecureArray &pem) override;
    QString identifyingStep() const override { return tr("identifying the ESP-AT module"); }
    QByteArray takeCountedBytes(const QByteArray &bytes) override;
    void lineReceived(const QByteArray &line) override;
    void pendingChanged(const QByteArray &pending) override;
    void timedOut() override;

private:
    enum class Step {
        Idle,
        Attention,
        EchoOff,
        Version,
        StationMac,
        WriteCommand, // AT+SYSMFG=2 sent, waiting for ">"
        WriteData,    // the raw bytes sent, waiting for OK
        WriteCheck,   // no OK came: what the module holds decides
        Read,
        Erase,
        EraseCheck, // the erase was refused: absent already, or still there
    };
    enum class Result { Ok, Error };

    // The one transition function: the module gave its final result for the current step.
    void commandFinished(Result result);
    void send(Step step, const QByteArray &command, std::chrono::milliseconds timeout);
    void retryWhenBusy();
    void afterPreparation();
    void readNext();
    void finishRead();
    void sendValue();
    QByteArray key(int slot, CredentialKind kind) const;
    QByteArray namespaceOf(CredentialKind kind) const;
    QByteArray readCommand(int slot, CredentialKind kind) const;
    QString where(int slot, CredentialKind kind) const;
    QString errorText() const;
    void resetValue();
    void fail(DeviceError::Kind kind, const QString &message);

    Namespaces m_namespaces;
    Step m_step = Step::Idle;
    QByteArray m_command;
    std::chrono::milliseconds m_commandTimeout{0};
    QList<QByteArray> m_output;
    int m_busyAnswers = 0;
    QTimer *m_retryTimer;
    // AT and ATE0 have been answered since the last identify.
    bool m_prepared = false;
    DeviceIdentity m_identity;

    QCA::SecureArray m_pem;
    QByteArray m_expectedDigest;

    // What is read back: one value per kind and slot, in turn.
    struct ReadItem
    {
        int slot;
        CredentialKind kind;
    };
    QList<ReadItem> m_toRead;
    std::optional<ReadItem> m_reading;
    QList<StoredCredential> m_found;
    QByteArray m_certificateRead;

    // The counted value of a read: its "+SYSMFG:...,<length>," header is looked for byte by byte,
    // then exactly that many bytes are taken raw, never split into lines.
    QByteArray m_header;
    qsizetype m_valueRemaining = 0;
    qsizetype m_valueFilled = 0;
    bool m_valueComplete = false;
    QCA::SecureArray m_value;
};
