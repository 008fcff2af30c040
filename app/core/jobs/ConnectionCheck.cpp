#include "jobs/ConnectionCheck.h"

#include "credentials/CertificateBundle.h"
#include "foundry/FoundryClient.h"
#include "foundry/FoundryReply.h"

ConnectionCheck::ConnectionCheck(FoundryClient *client, std::optional<QStringList> topics, QString deviceId,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_topics(std::move(topics))
    , m_deviceId(std::move(deviceId))
{
}

void ConnectionCheck::start()
{
    Q_EMIT progress(tr("Asking %1 for a certificate...").arg(m_client->settings().baseUrl.toString()));
    FoundryReply *reply = m_client->generate(m_topics);
    Q_EMIT requestStarted(reply);
    connect(reply, &FoundryReply::finished, this, [this, reply] { generated(reply); });
}

void ConnectionCheck::generated(FoundryReply *reply)
{
    reply->deleteLater();
    const FoundryError error = reply->error();
    m_result.certificateId = reply->generateResponse().id();
    m_result.generated = !m_result.certificateId.isEmpty();
    if (error.isError()) {
        m_result.outcome = Result::Outcome::FoundryError;
        m_result.errorKind = FoundryError::kindName(error.kind());
        m_result.message = error.message();
    } else {
        const CertificateBundle bundle = CertificateBundle::check(reply->takeGenerateResponse());
        Q_EMIT bundleChecked(bundle);
        if (!bundle.isValid()) {
            m_result.outcome = Result::Outcome::BundleRejected;
            m_result.errorKind = CertificateBundle::problemName(bundle.findings().constFirst().problem);
            m_result.message = bundle.findings().constFirst().message;
        }
    }
    if (m_result.certificateId.isEmpty()) {
        Q_EMIT finished(m_result);
        return;
    }
    Q_EMIT progress(tr("Revoking test certificate %1...").arg(m_result.certificateId));
    FoundryReply *revoke = m_client->revoke(m_result.certificateId, m_deviceId);
    connect(revoke, &FoundryReply::finished, this, [this, revoke] { revoked(revoke); });
}

void ConnectionCheck::revoked(FoundryReply *reply)
{
    reply->deleteLater();
    const FoundryError error = reply->error();
    m_result.revoked = !error.isError();
    if (error.isError()) {
        LeftBehind certificate;
        certificate.kind = error.mayHaveReachedFoundry() ? LeftBehind::Kind::CertificateMaybeOnFoundry
                                                         : LeftBehind::Kind::CertificateOnFoundry;
        certificate.certificateId = m_result.certificateId;
        certificate.deviceId = m_deviceId;
        m_result.leftBehind = certificate;
        m_result.revokeErrorKind = FoundryError::kindName(error.kind());
        m_result.revokeMessage = error.message();
    }
    Q_EMIT finished(m_result);
}
