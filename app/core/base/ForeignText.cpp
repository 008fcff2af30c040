#include "base/ForeignText.h"

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
}

bool mustEscape(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || isBidiControl(c);
}

void appendEscape(QString &out, char32_t c)
{
    switch (c) {
    case '\n': out += QLatin1String("\\n"); return;
    case '\r': out += QLatin1String("\\r"); return;
    case '\t': out += QLatin1String("\\t"); return;
    default: break;
    }
    if (c < 0x100)
        out += QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'));
    else
        out += QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
}

enum Keep { KeepNothing, KeepLineFeeds, KeepLineFeedsAndTabs };

QString escapedExcept(QStringView text, Keep keep)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        // A lone surrogate is not text; show its code unit rather than pass it on.
        if (unit.isSurrogate()) {
            if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out += unit;
                out += text.at(++i);
            } else {
                appendEscape(out, unit.unicode());
            }
            continue;
        }
        const char32_t c = unit.unicode();
        if ((keep != KeepNothing && c == '\n') || (keep == KeepLineFeedsAndTabs && c == '\t'))
            out += unit;
        else if (mustEscape(c))
            appendEscape(out, c);
        else
            out += unit;
    }
    return out;
}

} // namespace

namespace ForeignText {

QString escaped(QStringView text)
{
    return escapedExcept(text, KeepNothing);
}

bool isPlain(QStringView text)
{
    return escaped(text) == text;
}

QString escaped(QByteArrayView bytes)
{
    QString out;
    qsizetype validBegin = 0;
    qsizetype i = 0;
    // Decode the longest valid UTF-8 runs and show the bytes between them one by one.
    const auto flushValid = [&](qsizetype end) {
        if (end > validBegin)
            out += escapedExcept(QString::fromUtf8(bytes.sliced(validBegin, end - validBegin)), KeepNothing);
    };
    while (i < bytes.size()) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        qsizetype length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
        bool valid = length > 0 && i + length <= bytes.size();
        for (qsizetype k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(bytes.at(i + k)) & 0xC0) == 0x80;
        if (valid && length > 1) {
            // Overlong forms and surrogates decode to replacement characters: treat them as bytes.
            const QString decoded = QString::fromUtf8(bytes.sliced(i, length));
            valid = decoded.size() >= 1 && !decoded.contains(QChar::ReplacementCharacter);
        }
        if (valid) {
            i += length;
            continue;
        }
        flushValid(i);
        out += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
        validBegin = ++i;
    }
    flushValid(i);
    return out;
}

QString forTerminal(QStringView text)
{
    return escapedExcept(text, KeepLineFeedsAndTabs);
}

QString csvCell(QStringView text)
{
    QString cell;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell = QStringLiteral("'");
    }
    cell += escapedExcept(text, KeepLineFeeds);
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n')))
        return cell;
    cell.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

} // namespace ForeignText
