#pragma once

#include "CliCommand.h"

class FoundryClient;

// revoke --cert-id ID --device-id ID
class RevokeCommand : public CliCommand
{
    Q_OBJECT

public:
    RevokeCommand(FoundryClient *client, QString certificateId, QString deviceId, CliOutput *output,
                  QObject *parent = nullptr);
    void start() override;

private:
    FoundryClient *m_client;
    QString m_certificateId;
    QString m_deviceId;
};
