#include "foundry/FoundryClientSettings.h"

#include "base/ForeignText.h"

#include <QFileInfo>
#include <QHostAddress>

#include <algorithm>

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// RFC 9110 token characters: what a header name and an auth scheme may be made of.
bool isHttpToken(QByteArrayView text)
{
    static constexpr QByteArrayView symbols("!#$%&'*+-.^_`|~");
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || symbols.contains(c);
    });
}

// A control character in a header value would end the header early (CR, LF) or be read differently
// by each server; the value is refused before anything is sent.
qsizetype firstControlCharacter(const QCA::SecureArray &value)
{
    for (int i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c < 0x20 || c == 0x7f)
            return i;
    }
    return -1;
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
    if (!isHttpToken(authHeader))
        return tr("the auth header name \"%1\" is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~ "
                  "only, no spaces, colons or line breaks)")
            .arg(ForeignText::escaped(authHeader));
    if (!authScheme.isEmpty() && !isHttpToken(authScheme))
        return tr("the auth scheme \"%1\" is not a valid HTTP auth scheme (one word such as Bearer, no spaces or "
                  "line breaks)")
            .arg(ForeignText::escaped(authScheme));
    if (token.isEmpty())
        return tr(
            "no access token; set FOUNDRY_TOKEN or enter it when asked");
    if (const qsizetype at = firstControlCharacter(token); at >= 0)
        return tr("the access token contains a control character (such as a line break) at position %1; copy the "
                  "token again as one line")
            .arg(at + 1);
    if (maxAttempts < 1)
        return tr("the number of attempts must be at least 1");
    return {};
}
