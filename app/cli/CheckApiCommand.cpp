#include "CheckApiCommand.h"

#include "BundleReport.h"
#include "LeftBehindReport.h"
#include "credentials/CertificateBundle.h"
#include "foundry/FoundryClient.h"

CheckApiCommand::CheckApiCommand(FoundryClient *client, std::optional<QStringList> topics, QString deviceId,
                                 CliOutput *output, QObject *parent)
    : CliCommand(output, parent)
    , m_client(client)
    , m_topics(std::move(topics))
    , m_deviceId(std::move(deviceId))
{
}

void CheckApiCommand::start()
{
    m_output->progress(tr("Asking %1 for a certificate...").arg(m_client->settings().baseUrl.toString()));
    FoundryReply *reply = m_client->generate(m_topics);
    showRetries(reply);
    connect(reply, &FoundryReply::finished, this, [this, reply] { generated(reply); });
}

void CheckApiCommand::generated(FoundryReply *reply)
{
    reply->deleteLater();
    const FoundryError error = reply->error();
    m_certificateId = reply->generateResponse().id();
    m_output->set(QStringLiteral("generated"), !m_certificateId.isEmpty());
    if (error.isError()) {
        m_outcome = ExitCode::FoundryError;
        m_outcomeKind = FoundryError::kindName(error.kind());
        m_outcomeMessage = error.message();
    } else {
        const CertificateBundle bundle = CertificateBundle::check(reply->takeGenerateResponse());
        BundleReport::report(bundle, m_output);
        if (!bundle.isValid()) {
            m_outcome = ExitCode::BundleRejected;
            m_outcomeKind = CertificateBundle::problemName(bundle.findings().constFirst().problem);
            m_outcomeMessage = BundleReport::failureMessage(bundle);
        }
    }
    if (m_certificateId.isEmpty()) {
        end(m_outcome, m_outcomeKind, m_outcomeMessage);
        return;
    }
    m_output->progress(tr("Revoking test certificate %1...").arg(m_certificateId));
    FoundryReply *revoke = m_client->revoke(m_certificateId, m_deviceId);
    connect(revoke, &FoundryReply::finished, this, [this, revoke] { revoked(revoke); });
}

void CheckApiCommand::revoked(FoundryReply *reply)
{
    reply->deleteLater();
    const FoundryError error = reply->error();
    m_output->set(QStringLiteral("revoked"), !error.isError());
    if (error.isError()) {
        LeftBehind certificate;
        certificate.kind = error.mayHaveReachedFoundry() ? LeftBehind::Kind::CertificateMaybeOnFoundry
                                                         : LeftBehind::Kind::CertificateOnFoundry;
        certificate.certificateId = m_certificateId;
        certificate.deviceId = m_deviceId;
        const QString leftBehind = LeftBehindReport::text(certificate);
        QString message = tr("revoking the test certificate failed: %1\n%2").arg(error.message(), leftBehind);
        if (!m_outcomeMessage.isEmpty())
            message = m_outcomeMessage + QLatin1Char('\n') + message;
        end(ExitCode::NeedsAttention, FoundryError::kindName(error.kind()), message);
        return;
    }
    if (m_outcome != ExitCode::Success) {
        end(m_outcome, m_outcomeKind, m_outcomeMessage + QLatin1Char('\n') + tr("The certificate was revoked."));
        return;
    }
    m_output->info(tr("Foundry works: URL, token and TLS are good; the test certificate passed every check and "
                      "was revoked again."));
    end(ExitCode::Success);
}
