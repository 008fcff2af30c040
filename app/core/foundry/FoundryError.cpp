#include "foundry/FoundryError.h"


FoundryError::FoundryError(Kind kind, QString detail, int httpStatus, QString foundryMessage)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_detail(std::move(detail))
    , m_foundryMessage(std::move(foundryMessage))
{
}

bool FoundryError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return m_httpStatus == 503;
    default:
        return false;
    }
}

QString FoundryError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Configuration: return QStringLiteral("configuration");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Rejected: return QStringLiteral("rejected");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::MalformedResponse: return QStringLiteral("malformed-response");
    }
    return QStringLiteral("unknown");
}

QString FoundryError::summary() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Configuration:
        return tr("The Foundry connection settings are not usable: %1.").arg(m_detail);
    case Kind::Network:
        return tr("Foundry could not be reached (%1).").arg(m_detail);
    case Kind::Tls:
        return tr("The connection to Foundry is not secure: %1.").arg(m_detail);
    case Kind::Unauthorized:
        return tr("Foundry refused the access token (HTTP %1).").arg(m_httpStatus);
    case Kind::NotFound:
        return tr("Foundry does not know this certificate or device (HTTP 404).");
    case Kind::Rejected:
        return tr("Foundry refused the request (HTTP %1).").arg(m_httpStatus);
    case Kind::RateLimited:
        return tr("Foundry is limiting the request rate (HTTP 429).");
    case Kind::Server:
        return m_httpStatus == 503 ? tr("Foundry is temporarily unavailable (HTTP 503).")
                                   : tr("Foundry failed to handle the request (HTTP %1).").arg(m_httpStatus);
    case Kind::MalformedResponse:
        return tr("Foundry answered with something the station does not understand: %1.").arg(m_detail);
    }
    return {};
}

QString FoundryError::advice() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Configuration:
        return tr("Correct the setting and try again.");
    case Kind::Network:
        return tr("Check the network connection and the Foundry URL, then try again.");
    case Kind::Tls:
        return tr("Check the Foundry URL and, for a private Foundry installation, pass its CA certificate with "
                  "--ca-file. Do not continue on an untrusted connection.");
    case Kind::Unauthorized:
        return tr("Check that FOUNDRY_TOKEN holds a valid, unexpired token with certificate rights, and that the "
                  "auth header setting matches your Foundry installation.");
    case Kind::NotFound:
        return tr("Check the IDs; the certificate may already have been revoked.");
    case Kind::Rejected:
        return tr("Check the certificate ID, device ID and topics.");
    case Kind::RateLimited:
        return tr("The station retried and gave up; wait a minute, then try again. If it keeps happening, run "
                  "fewer lanes at once.");
    case Kind::Server:
        return tr("Try again in a few minutes; if it keeps failing, contact Foundry support.");
    case Kind::MalformedResponse:
        return tr("Check that the Foundry URL points at the Foundry API, not at a proxy or a login page.");
    }
    return {};
}

QString FoundryError::message() const
{
    if (m_kind == Kind::None)
        return {};
    QString text = summary();
    if (!m_foundryMessage.isEmpty())
        text += tr(" Foundry said: \"%1\".").arg(m_foundryMessage);
    text += QLatin1Char(' ') + advice();
    if (!m_consequence.isEmpty())
        text += QLatin1Char(' ') + m_consequence;
    return text;
}
