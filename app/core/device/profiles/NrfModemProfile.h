#pragma once

#include "device/DeviceProfile.h"

// Nordic nRF91 modems through AT%CMNG. The modem refuses to change credentials while it is online,
// so every change is made in offline mode (AT+CFUN=4) and the earlier functional mode is restored
// afterwards, whether the change worked or not.
class NrfModemProfile : public DeviceProfile
{
    Q_OBJECT

public:
    explicit NrfModemProfile(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("nrf-modem"); }
    // The modem digests exactly the PEM it stored, which the station sends with LF line ends only.
    QByteArray expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const override;
    bool canReadCertificates() const override { return true; }
    // "AT+CFUN=<mode>" for a mode AT+CFUN takes: what puts the modem back after it was taken offline.
    std::optional<DeviceStateChange> stateChange(const QByteArray &restoreCommand) const override;

    static int typeNumber(CredentialKind kind);

protected:
    void startOperation(const QCA::SecureArray &pem) override;
    QString identifyingStep() const override { return tr("identifying the modem"); }
    QString slotWord() const override { return QStringLiteral("sec_tag"); }
    void lineReceived(const QByteArray &line) override;
    void timedOut() override;

private:
    enum class Step {
        Idle,
        Attention,
        EchoOff,
        NumericErrors,
        Serial,
        Firmware,
        QueryMode,
        GoOffline,
        Delete,
        Write,
        List,
        Read,
        RestoreMode,
        Restore,
    };
    enum class Result { Ok, Error };

    // The one transition function: the modem gave its final result for the current step.
    void commandFinished(Result result);
    void send(Step step, const QByteArray &command, std::chrono::milliseconds timeout);
    void afterPreparation();
    void afterModeKnown();
    void finish();
    // Ends the operation with its pending failure, or with its success.
    void report();
    void failAfterRestoring(DeviceError::Kind kind, const QString &message);
    QString errorText() const;
    static DeviceStateChange offlineChange(int previousMode);

    Step m_step = Step::Idle;
    QByteArray m_command;
    QList<QByteArray> m_output;
    int m_cmeError = -1;

    QCA::SecureArray m_pem;
    int m_previousMode = -1;
    // AT, ATE0 and AT+CMEE=1 have been answered since the last identify.
    bool m_prepared = false;
    std::optional<DeviceError> m_pendingFailure;
    DeviceIdentity m_identity;
};
