#include "device/profiles/StationProtocolReply.h"

#include <algorithm>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isNumber(QByteArrayView text, qsizetype maxDigits)
{
    return !text.isEmpty() && text.size() <= maxDigits && std::all_of(text.begin(), text.end(), isDigit);
}

bool isPrintable(char c)
{
    return c >= 0x20 && c <= 0x7e;
}

bool isFieldKey(QByteArrayView key)
{
    return !key.isEmpty()
        && std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || isDigit(c); });
}

// The words of a reply after its "=": runs of spaces count as one.
QList<QByteArray> tokensOf(QByteArrayView line)
{
    QList<QByteArray> tokens = line.sliced(1).toByteArray().split(' ');
    tokens.removeAll(QByteArray());
    return tokens;
}

} // namespace

bool StationProtocolReply::looksLikeReply(QByteArrayView line)
{
    return line.size() > 1 && line.at(0) == '=' && (isDigit(line.at(1)) || line.at(1) == '-');
}

std::optional<StationProtocolReply> StationProtocolReply::parse(QByteArrayView line)
{
    if (!line.startsWith('=') || line.size() > maxLineLength || !std::all_of(line.begin(), line.end(), isPrintable))
        return std::nullopt;
    const QList<QByteArray> tokens = tokensOf(line);
    if (tokens.size() < 2)
        return std::nullopt;
    StationProtocolReply reply;
    reply.line = line.toByteArray();
    if (tokens.constFirst() != "-") {
        if (!isNumber(tokens.constFirst(), 5) || tokens.constFirst().toInt() > 65535)
            return std::nullopt;
        reply.seq = tokens.constFirst().toInt();
    }
    qsizetype next = 2;
    if (tokens.at(1) == "OK") {
        // The verb of the request it answers, then fields.
        if (tokens.size() < 3 || tokens.at(2).contains('='))
            return std::nullopt;
        next = 3;
    } else if (tokens.at(1) == "ERR") {
        if (tokens.size() < 4 || !isNumber(tokens.at(2), 3))
            return std::nullopt;
        reply.type = Type::Error;
        reply.code = tokens.at(2).toInt();
        QList<QByteArray> words;
        for (next = 3; next < tokens.size() && !tokens.at(next).contains('='); ++next)
            words << tokens.at(next);
        if (words.isEmpty())
            return std::nullopt;
        reply.text = words.join(' ');
    } else if (tokens.at(1) == "ITEM") {
        if (tokens.size() < 3)
            return std::nullopt;
        reply.type = Type::Item;
    } else {
        return std::nullopt;
    }
    for (; next < tokens.size(); ++next) {
        const QByteArray &field = tokens.at(next);
        const qsizetype equals = field.indexOf('=');
        const QByteArray key = field.left(qMax<qsizetype>(equals, 0));
        if (!isFieldKey(key))
            return std::nullopt;
        reply.fields.insert(key, field.sliced(equals + 1));
        reply.keys << key;
    }
    return reply;
}

std::optional<qint64> StationProtocolReply::number(const QByteArray &key) const
{
    const QByteArray value = fields.value(key);
    if (!isNumber(value, 10))
        return std::nullopt;
    return value.toLongLong();
}
