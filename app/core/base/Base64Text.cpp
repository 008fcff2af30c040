#include "base/Base64Text.h"

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

} // namespace

QString Base64Text::problem(QByteArrayView text)
{
    qsizetype length = 0;
    qsizetype padding = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (isBlank(c))
            continue;
        if (c == '=') {
            ++padding;
        } else if (!isAlphabet(c)) {
            const QString shown = c >= 0x20 && c < 0x7f ? QString(QLatin1Char(c))
                                                        : QStringLiteral("0x%1").arg(static_cast<uchar>(c), 2, 16, QLatin1Char('0'));
            return tr("character '%1' at position %2 is not base64").arg(shown).arg(i + 1);
        } else if (padding > 0) {
            return tr("'=' padding appears in the middle, at position %1").arg(i);
        }
        ++length;
    }
    if (length == 0)
        return tr("it is empty");
    if (padding > 2)
        return tr("it ends in %1 '=' signs; base64 has at most 2").arg(padding);
    if (length % 4 != 0)
        return tr("its length of %1 characters is not a multiple of 4, so characters were cut out or added")
            .arg(length);
    return {};
}

QByteArray Base64Text::decode(QByteArrayView text)
{
    return QByteArray::fromBase64(text.toByteArray());
}

QCA::SecureArray Base64Text::decodeSecure(QByteArrayView text)
{
    QCA::SecureArray compact(static_cast<int>(text.size()));
    int length = 0;
    for (const char c : text) {
        if (!isBlank(c))
            compact[length++] = c;
    }
    compact.resize(length);
    // decode() processes and finalises in one go.
    QCA::Base64 decoder(QCA::Decode);
    const QCA::SecureArray decoded = decoder.decode(compact);
    return decoder.ok() ? decoded : QCA::SecureArray();
}
