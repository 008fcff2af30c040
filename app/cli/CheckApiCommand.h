#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <optional>

class FoundryClient;
class FoundryReply;

// check-api: generate a certificate, check it, revoke it. Proves URL, token and TLS end to end and
// leaves no certificate behind.
class CheckApiCommand : public CliCommand
{
    Q_OBJECT

public:
    CheckApiCommand(FoundryClient *client, std::optional<QStringList> topics, QString deviceId, CliOutput *output,
                    QObject *parent = nullptr);
    void start() override;

private:
    void generated(FoundryReply *reply);
    void revoked(FoundryReply *reply);

    FoundryClient *m_client;
    std::optional<QStringList> m_topics;
    QString m_deviceId;
    QString m_certificateId;
    // How the command ends once the certificate is gone again.
    ExitCode m_outcome = ExitCode::Success;
    QString m_outcomeKind;
    QString m_outcomeMessage;
};
