#include "FoundryError.h"


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

QString FoundryError::message() const
{
    QString what;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Configuration:
        what = tr(
            "The Foundry connection settings are not usable: %1. Correct the setting and try again.").arg(m_detail);
        break;
    case Kind::Network:
        what = tr(
            "Foundry could not be reached (%1). Check the network connection and the Foundry URL, then try again.")
            .arg(m_detail);
        break;
    case Kind::Tls:
        what = tr(
            "The connection to Foundry is not secure: %1. Check the Foundry URL and, for a private Foundry "
            "installation, pass its CA certificate with --ca-file. Do not continue on an untrusted connection.")
            .arg(m_detail);
        break;
    case Kind::Unauthorized:
        what = tr(
            "Foundry refused the access token (HTTP %1). Check that FOUNDRY_TOKEN holds a valid, unexpired token "
            "with certificate rights, and that the auth header setting matches your Foundry installation.")
            .arg(m_httpStatus);
        break;
    case Kind::NotFound:
        what = tr(
            "Foundry does not know this certificate or device (HTTP 404). Check the IDs; the certificate may "
            "already have been revoked.");
        break;
    case Kind::Rejected:
        what = tr(
            "Foundry refused the request (HTTP %1). Check the certificate ID, device ID and topics.")
            .arg(m_httpStatus);
        break;
    case Kind::RateLimited:
        what = tr(
            "Foundry is limiting the request rate and still refused after several retries. Wait a minute, "
            "then try again; if it persists, run fewer lanes at once.");
        break;
    case Kind::Server:
        what = tr(
            "Foundry failed to handle the request (HTTP %1). Try again in a few minutes; if it keeps failing, "
            "contact Foundry support.").arg(m_httpStatus);
        break;
    case Kind::MalformedResponse:
        what = tr(
            "Foundry answered with something the station does not understand: %1. Check that the Foundry URL "
            "points at the Foundry API (not a proxy or login page).").arg(m_detail);
        break;
    }
    if (!m_foundryMessage.isEmpty())
        what += tr(" Foundry said: \"%1\".").arg(m_foundryMessage);
    if (!m_consequence.isEmpty())
        what += QLatin1Char(' ') + m_consequence;
    return what;
}
