#include "foundry/FoundryClient.h"

#include "base/BoundedFile.h"
#include "base/StationVersion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

namespace {

// Even a bundle of every public root CA is a few hundred kilobytes.
constexpr qsizetype maxCaFileBytes = 4 * 1024 * 1024;

QByteArray compactJson(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

// Every byte outside the unreserved set is percent-encoded: many servers read a bare '+' in a query
// as a space, and topics may contain '+', '#', '/' and '"'.
QString queryItem(const char *name, const QByteArray &value)
{
    return QLatin1String(name) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(value)));
}

} // namespace

FoundryClient::FoundryClient(FoundryClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_configurationProblem(m_settings.validate())
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    if (m_configurationProblem.isEmpty() && !m_settings.caFile.isEmpty()) {
        QString problem;
        const std::optional<QByteArray> pem = BoundedFile::read(m_settings.caFile, maxCaFileBytes, &problem);
        const QList<QSslCertificate> authorities = pem ? QSslCertificate::fromData(*pem, QSsl::Pem) : QList<QSslCertificate>();
        if (!pem)
            m_configurationProblem = tr("the CA file cannot be used: %1").arg(problem);
        else if (authorities.isEmpty())
            m_configurationProblem = tr("the CA file %1 holds no PEM certificate").arg(m_settings.caFile);
        else
            m_tls.addCaCertificates(authorities);
    }
}

HttpRequest FoundryClient::request(const QByteArray &method, const QString &path, const QString &query,
                                   const QByteArray &jsonBody) const
{
    HttpRequest request;
    request.method = method;
    request.url = m_settings.baseUrl;
    QString basePath = request.url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    request.url.setPath(basePath + path);
    request.url.setQuery(query, QUrl::StrictMode);
    request.body = jsonBody;

    QByteArray credential = m_settings.authScheme.isEmpty() ? QByteArray() : m_settings.authScheme + ' ';
    credential.append(m_settings.token.constData(), m_settings.token.size());
    request.headers = {
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("FoundryProvisioningStation/") + StationVersion::text().toUtf8()},
        {m_settings.authHeader, std::exchange(credential, QByteArray())},
    };
    if (!jsonBody.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return request;
}

FoundryReply *FoundryClient::send(FoundryReply::Operation operation, HttpRequest request)
{
    const FoundryReply::RetryPolicy policy{m_settings.maxAttempts, m_settings.initialBackoff, m_settings.maxBackoff};
    auto *reply = new FoundryReply(operation, std::move(request), m_tls, m_settings.transferTimeout, policy, this);
    if (!m_configurationProblem.isEmpty()) {
        const FoundryError error(FoundryError::Kind::Configuration, m_configurationProblem);
        // Finish from the event loop so that the caller has connected to finished() by then.
        QTimer::singleShot(0, reply, [reply, error] { reply->finish(error); });
        return reply;
    }
    QTimer::singleShot(0, reply, &FoundryReply::startAttempt);
    return reply;
}

FoundryReply *FoundryClient::generate(const std::optional<QStringList> &topics)
{
    QString query;
    if (topics)
        query = queryItem("topics", compactJson(QJsonArray::fromStringList(*topics)));
    FoundryReply *reply = send(FoundryReply::Operation::Generate,
                               request(QByteArrayLiteral("GET"), QStringLiteral("/foundry/certificates/generate"), query));
    reply->m_generateActivates = topics.has_value();
    return reply;
}

FoundryReply *FoundryClient::provision(const QString &arn, const QString &certificateId, const QString &deviceId,
                                       const QStringList &topics)
{
    const QJsonObject body{
        {QStringLiteral("arn"), arn},
        {QStringLiteral("certId"), certificateId},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("topics"), QJsonArray::fromStringList(topics)},
    };
    return send(FoundryReply::Operation::Provision,
                request(QByteArrayLiteral("POST"), QStringLiteral("/foundry/certificates/provision"), {}, compactJson(body)));
}

FoundryReply *FoundryClient::revoke(const QString &certificateId, const QString &deviceId)
{
    // The documentation lists "Params" without saying whether they go in the query or the body; a
    // server reading either finds them.
    const QString query = queryItem("certId", certificateId.toUtf8()) + QLatin1Char('&')
        + queryItem("deviceId", deviceId.toUtf8());
    const QJsonObject body{{QStringLiteral("certId"), certificateId}, {QStringLiteral("deviceId"), deviceId}};
    return send(FoundryReply::Operation::Revoke,
                request(QByteArrayLiteral("DELETE"), QStringLiteral("/foundry/certificates/revoke"), query, compactJson(body)));
}
