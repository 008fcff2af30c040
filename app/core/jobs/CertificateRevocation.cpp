#include "jobs/CertificateRevocation.h"

#include "foundry/FoundryClient.h"
#include "foundry/FoundryReply.h"
#include "jobs/JobJournal.h"

CertificateRevocation::CertificateRevocation(FoundryClient *client, JobJournal *journal, Settings settings,
                                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_settings(std::move(settings))
{
}

CertificateRevocation::~CertificateRevocation() = default;

void CertificateRevocation::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_journal) {
        JobJournal::Job row;
        row.kind = JobJournal::Kind::Revoke;
        row.operatorName = m_settings.operatorName;
        row.station = m_settings.station;
        row.deviceId = m_settings.deviceId;
        row.certificateId = m_settings.certificateId;
        row.reason = m_settings.reason;
        m_journalJob = m_journal->beginJob(row);
        if (m_journalJob != 0)
            m_journalStep = m_journal->beginStep(m_journalJob, ProvisioningJob::State::Revoking,
                                                 tr("Revoking certificate %1 of device %2")
                                                     .arg(m_settings.certificateId, m_settings.deviceId));
        if (m_journalStep == 0)
            journalFailed();
    }
    m_reply = m_client->revoke(m_settings.certificateId, m_settings.deviceId);
    connect(m_reply, &FoundryReply::finished, this, &CertificateRevocation::revoked);
}

void CertificateRevocation::revoked()
{
    m_reply->deleteLater();
    m_error = m_reply->error();
    m_foundryMessage = m_reply->foundryMessage();
    m_reply = nullptr;
    const bool ok = !m_error.isError();
    const QString detail = ok ? QString() : m_error.message();
    // A revoke whose answer was lost may have acted: journaled as failed, history would show the
    // certificate live although it may not be, so it waits under Needs attention for a second try.
    QList<LeftBehind> leftBehind;
    if (!ok && m_error.mayHaveReachedFoundry() && m_settings.leaveUncertainOutcomeOpen) {
        LeftBehind certificate;
        certificate.kind = LeftBehind::Kind::CertificateMaybeOnFoundry;
        certificate.action = LeftBehind::Action::RevokeCertificate;
        certificate.certificateId = m_settings.certificateId;
        certificate.deviceId = m_settings.deviceId;
        certificate.problem = detail;
        leftBehind << certificate;
    }
    const JobResult::Outcome outcome = ok                     ? JobResult::Outcome::Done
                                       : leftBehind.isEmpty() ? JobResult::Outcome::Failed
                                                              : JobResult::Outcome::NeedsAttention;
    if (m_journalJob != 0
        && !((m_journalStep == 0 || m_journal->finishStep(m_journalStep, ok, detail))
             && m_journal->finishJob(m_journalJob, outcome, detail, leftBehind)))
        journalFailed();
    m_finished = true;
    Q_EMIT finished();
}

void CertificateRevocation::journalFailed()
{
    m_warnings << tr("The journal could not record this revoke, so history does not show it: %1")
                      .arg(m_journal->errorString());
}
