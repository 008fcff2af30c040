#include "foundry/FoundryAnswer.h"

#include "base/ForeignText.h"
#include "base/SecureWipe.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

constexpr qsizetype maxMessageLength = 500;

QString boundedMessage(QStringView text)
{
    return ForeignText::escaped(text.trimmed().left(maxMessageLength));
}

std::chrono::milliseconds parseRetryAfter(const QByteArray &value)
{
    bool isNumber = false;
    const qint64 seconds = value.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return std::chrono::seconds(std::clamp<qint64>(seconds, 0, 24 * 3600));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return std::chrono::milliseconds(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    return 0ms;
}

QString statusText(int status)
{
    switch (status) {
    case 400: return QStringLiteral("400 Bad Request");
    case 401: return QStringLiteral("401 Unauthorized");
    case 403: return QStringLiteral("403 Forbidden");
    case 404: return QStringLiteral("404 Not Found");
    case 409: return QStringLiteral("409 Conflict");
    case 429: return QStringLiteral("429 Too Many Requests");
    case 500: return QStringLiteral("500 Internal Server Error");
    case 502: return QStringLiteral("502 Bad Gateway");
    case 503: return QStringLiteral("503 Service Unavailable");
    case 504: return QStringLiteral("504 Gateway Timeout");
    default: return QStringLiteral("HTTP %1").arg(status);
    }
}

// Foundry documents its provision and revoke answers only as "standard Foundry responses"; a JSON
// object that says it failed is a failure whatever its status.
bool objectReportsFailure(const QJsonObject &object)
{
    const QJsonValue success = object.value(QLatin1String("success"));
    if (success.isBool() && !success.toBool())
        return true;
    const QString status = object.value(QLatin1String("status")).toString().toLower();
    if (status == QLatin1String("error") || status == QLatin1String("failure") || status == QLatin1String("failed"))
        return true;
    const QJsonValue error = object.value(QLatin1String("error"));
    return (error.isString() && !error.toString().trimmed().isEmpty()) || error.isObject();
}

// The words of a JSON answer: "message", "error", "errorMessage" or "detail", a string or an
// object with a message.
QString messageFromObject(const QJsonObject &object)
{
    for (const char *field : {"message", "error", "errorMessage", "detail"}) {
        const QJsonValue value = object.value(QLatin1String(field));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return boundedMessage(value.toString());
        if (value.isObject()) {
            const QString nested = value.toObject().value(QLatin1String("message")).toString();
            if (!nested.trimmed().isEmpty())
                return boundedMessage(nested);
        }
    }
    return {};
}

FoundryError malformed(const QString &detail, int status)
{
    FoundryError error(FoundryError::Kind::MalformedResponse, detail, status);
    // Something answered for Foundry, so the request may have been acted on.
    error.setMayHaveReachedFoundry(true);
    return error;
}

} // namespace

FoundryAnswer FoundryAnswer::read(Expected expected, HttpResponse &response)
{
    FoundryAnswer answer;
    if (response.status >= 200 && response.status < 300)
        answer.readSuccess(expected, response);
    else
        answer.readFailure(response);
    SecureWipe::wipe(response.body);
    return answer;
}

void FoundryAnswer::readSuccess(Expected expected, HttpResponse &response)
{
    const int status = response.status;
    const QByteArray contentType = response.header("Content-Type");
    const QString shownType = contentType.isEmpty() ? tr("no content type")
                                                    : tr("content type \"%1\"").arg(ForeignText::escaped(contentType));
    if (expected == Expected::Certificate) {
        // Parsed even when refused below: the key is moved to locked memory and a certificate id
        // the body names can still be revoked.
        m_generateResponse = GenerateResponse::parse(response.body);
        if (status != 200 && status != 201)
            m_error = malformed(tr("HTTP %1 instead of 200 with the certificate").arg(status), status);
        else if (!isJsonContentType(contentType))
            m_error = malformed(tr("%1 instead of JSON; a proxy or login page may have answered for Foundry")
                                    .arg(shownType), status);
        else if (!m_generateResponse.shapeError().isEmpty())
            m_error = malformed(m_generateResponse.shapeError(), status);
        return;
    }

    if (status == 204 && response.body.isEmpty())
        return;
    if (status != 200 && status != 201) {
        m_error = malformed(tr("HTTP %1, which is not an answer Foundry documents for this call").arg(status), status);
        return;
    }
    if (!isJsonContentType(contentType)) {
        m_error = malformed(tr("%1 instead of Foundry's JSON; a proxy or login page may have answered for Foundry")
                                .arg(shownType), status);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_error = malformed(tr("the body is not a JSON object, as Foundry's answers are"), status);
        return;
    }
    const QJsonObject object = document.object();
    const QString words = messageFromObject(object);
    if (objectReportsFailure(object)) {
        m_error = FoundryError(FoundryError::Kind::Rejected, tr("HTTP %1 with a failure in the body").arg(status),
                               status, words);
        return;
    }
    m_message = words;
}

void FoundryAnswer::readFailure(const HttpResponse &response)
{
    const int status = response.status;
    // Only a success carries a key; anything else may still quote Foundry's words.
    const QString foundryMessage = messageFromBody(response.body, response.header("Content-Type"));
    const QString detail = statusText(status);
    if (status == 401 || status == 403) {
        m_error = FoundryError(FoundryError::Kind::Unauthorized, detail, status, foundryMessage);
    } else if (status == 404) {
        m_error = FoundryError(FoundryError::Kind::NotFound, detail, status, foundryMessage);
    } else if (status == 429) {
        m_error = FoundryError(FoundryError::Kind::RateLimited, detail, status, foundryMessage);
    } else if (status >= 500) {
        m_error = FoundryError(FoundryError::Kind::Server, detail, status, foundryMessage);
        // A 503 is refused before any work; other 5xx may have failed halfway through.
        m_error.setMayHaveReachedFoundry(status != 503);
    } else if (status >= 300 && status < 400) {
        m_error = FoundryError(FoundryError::Kind::MalformedResponse,
                               tr("a redirect (HTTP %1) to %2; set the Foundry URL to the address it points at")
                                   .arg(status)
                                   .arg(ForeignText::escaped(response.header("Location").left(maxMessageLength))),
                               status);
    } else if (status >= 400) {
        m_error = FoundryError(FoundryError::Kind::Rejected, detail, status, foundryMessage);
    } else {
        m_error = malformed(tr("HTTP %1, which is not a final answer").arg(status), status);
    }
    const QByteArray retryAfter = response.header("Retry-After");
    if (!retryAfter.isEmpty())
        m_error.setRetryAfter(parseRetryAfter(retryAfter));
}

bool FoundryAnswer::isJsonContentType(QByteArrayView contentType)
{
    QByteArrayView mediaType = contentType;
    if (const qsizetype semicolon = mediaType.indexOf(';'); semicolon >= 0)
        mediaType = mediaType.first(semicolon);
    const QByteArray type = mediaType.trimmed().toByteArray().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

QString FoundryAnswer::messageFromBody(QByteArrayView body, QByteArrayView contentType)
{
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray());
    if (document.isObject())
        return messageFromObject(document.object());
    if (contentType.startsWith("text/plain") && body.size() < maxMessageLength)
        return boundedMessage(QString::fromUtf8(body));
    return {};
}
