#include "RevokeCommand.h"

#include "foundry/FoundryReply.h"
#include "jobs/CertificateRevocation.h"
#include "jobs/JobJournal.h"
#include "jobs/OperatorName.h"

#include <QDir>
#include <QFileInfo>
#include <QHostInfo>

RevokeCommand::RevokeCommand(FoundryClient *client, JobJournal *journal, Target target, CliOutput *output,
                             QObject *parent)
    : CliCommand(output, parent)
    , m_client(client)
    , m_journal(journal)
    , m_target(std::move(target))
{
}

void RevokeCommand::start()
{
    m_output->set(QStringLiteral("certId"), m_target.certificateId);
    m_output->set(QStringLiteral("deviceId"), m_target.deviceId);
    JobJournal *journal = m_journal;
    if (journal) {
        m_output->set(QStringLiteral("journal"), journal->path());
        QDir().mkpath(QFileInfo(journal->path()).absolutePath());
        if (!journal->open()) {
            m_output->warning(tr("The journal could not be opened, so history will not show this revoke: %1")
                                  .arg(journal->errorString()));
            journal = nullptr;
        }
    }
    CertificateRevocation::Settings settings;
    settings.certificateId = m_target.certificateId;
    settings.deviceId = m_target.deviceId;
    settings.operatorName = OperatorName::ofThisAccount();
    settings.station = QHostInfo::localHostName();
    settings.reason = m_target.reason;
    m_revocation = new CertificateRevocation(m_client, journal, settings, this);
    connect(m_revocation, &CertificateRevocation::finished, this, &RevokeCommand::report);
    m_revocation->start();
    if (m_revocation->request())
        showRetries(m_revocation->request());
}

void RevokeCommand::report()
{
    for (const QString &warning : m_revocation->warnings())
        m_output->warning(warning);
    if (m_revocation->journalId() != 0)
        m_output->set(QStringLiteral("journalId"), m_revocation->journalId());
    const FoundryError error = m_revocation->error();
    if (error.isError()) {
        end(ExitCode::FoundryError, FoundryError::kindName(error.kind()), error.message());
        return;
    }
    if (!m_revocation->foundryMessage().isEmpty())
        m_output->set(QStringLiteral("foundryMessage"), m_revocation->foundryMessage());
    m_output->info(tr("Certificate %1 revoked and removed from device %2.").arg(m_target.certificateId, m_target.deviceId));
    end(ExitCode::Success);
}
