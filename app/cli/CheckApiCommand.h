#pragma once

#include "CliCommand.h"
#include "jobs/ConnectionCheck.h"

#include <QStringList>

#include <optional>

class FoundryClient;

// check-api: generate a certificate, check it, revoke it (ConnectionCheck, as the window's "Test
// connection"). Proves URL, token and TLS end to end and leaves no certificate behind.
class CheckApiCommand : public CliCommand
{
    Q_OBJECT

public:
    CheckApiCommand(FoundryClient *client, std::optional<QStringList> topics, QString deviceId, CliOutput *output,
                    QObject *parent = nullptr);
    void start() override;

private:
    void finished(const ConnectionCheck::Result &result);

    ConnectionCheck *m_check;
    // Every finding, as the terminal shows a rejected bundle.
    QString m_bundleFailure;
};
