#pragma once

#include "CliCommand.h"

class CertificateRevocation;
class FoundryClient;
class JobJournal;

// revoke --cert-id ID --device-id ID [--reason TEXT] [--journal FILE]: revokes on Foundry and
// journals it (CertificateRevocation), so that history shows the certificate revoked and why.
class RevokeCommand : public CliCommand
{
    Q_OBJECT

public:
    struct Target
    {
        QString certificateId;
        QString deviceId;
        QString reason;
    };

    // journal: not yet open; opened (its folder made) when the command starts. A journal that cannot
    // be opened is warned about, and the revoke goes ahead. Must outlive the command.
    RevokeCommand(FoundryClient *client, JobJournal *journal, Target target, CliOutput *output,
                  QObject *parent = nullptr);
    void start() override;

private:
    void report();

    FoundryClient *m_client;
    JobJournal *m_journal;
    Target m_target;
    CertificateRevocation *m_revocation = nullptr;
};
