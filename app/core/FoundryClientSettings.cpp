#include "FoundryClientSettings.h"

#include <QFileInfo>
#include <QHostAddress>

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString FoundryClientSettings::validate() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr(
            "the Foundry URL \"%1\" is not a valid URL (expected e.g. https://foundry.example.com)")
            .arg(baseUrl.toString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(baseUrl.host()))
            return tr(
                "plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost); use https:// for %1")
                .arg(baseUrl.host());
    } else if (scheme != QLatin1String("https")) {
        return tr(
            "the Foundry URL must start with https:// (got \"%1\")").arg(baseUrl.toString());
    }
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return tr(
            "the CA file %1 does not exist or cannot be read").arg(caFile);
    if (authHeader.isEmpty())
        return tr("the auth header name is empty");
    if (token.isEmpty())
        return tr(
            "no access token; set FOUNDRY_TOKEN or enter it when asked");
    if (maxAttempts < 1)
        return tr("the number of attempts must be at least 1");
    return {};
}
