#include "RevokeCommand.h"

#include "foundry/FoundryClient.h"

RevokeCommand::RevokeCommand(FoundryClient *client, QString certificateId, QString deviceId, CliOutput *output,
                             QObject *parent)
    : CliCommand(output, parent)
    , m_client(client)
    , m_certificateId(std::move(certificateId))
    , m_deviceId(std::move(deviceId))
{
}

void RevokeCommand::start()
{
    m_output->set(QStringLiteral("certId"), m_certificateId);
    m_output->set(QStringLiteral("deviceId"), m_deviceId);
    FoundryReply *reply = m_client->revoke(m_certificateId, m_deviceId);
    showRetries(reply);
    connect(reply, &FoundryReply::finished, this, [this, reply] {
        reply->deleteLater();
        const FoundryError error = reply->error();
        if (error.isError()) {
            end(ExitCode::FoundryError, FoundryError::kindName(error.kind()), error.message());
            return;
        }
        if (!reply->foundryMessage().isEmpty())
            m_output->set(QStringLiteral("foundryMessage"), reply->foundryMessage());
        m_output->info(tr("Certificate %1 revoked and removed from device %2.").arg(m_certificateId, m_deviceId));
        end(ExitCode::Success);
    });
}
