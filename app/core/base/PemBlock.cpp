#include "base/PemBlock.h"

#include "base/ForeignText.h"

#include <algorithm>

namespace {

constexpr QByteArrayView dashes("-----");
constexpr QByteArrayView beginMarker("-----BEGIN ");
constexpr QByteArrayView endMarker("-----END ");

// The longest label in RFC 7468 is "ENCRYPTED PRIVATE KEY"; a much longer one is not PEM.
constexpr qsizetype maxLabelLength = 64;

bool isBlank(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

} // namespace

std::optional<PemBlock> PemBlock::find(QByteArrayView text, QString *problem)
{
    const qsizetype begin = text.indexOf(beginMarker);
    if (begin < 0) {
        *problem = tr("it has no \"-----BEGIN ...-----\" line, so it is not PEM text");
        return std::nullopt;
    }
    const qsizetype labelBegin = begin + beginMarker.size();
    const qsizetype labelEnd = text.indexOf(dashes, labelBegin);
    const qsizetype lineEnd = text.indexOf('\n', labelBegin);
    if (labelEnd < 0 || (lineEnd >= 0 && labelEnd > lineEnd) || labelEnd - labelBegin > maxLabelLength) {
        *problem = tr("its BEGIN line is damaged");
        return std::nullopt;
    }
    PemBlock block;
    block.begin = begin;
    block.label = text.sliced(labelBegin, labelEnd - labelBegin).toByteArray();
    block.bodyBegin = labelEnd + dashes.size();

    const QByteArray end = endMarker.toByteArray() + block.label + dashes.toByteArray();
    const qsizetype endAt = text.indexOf(end, block.bodyBegin);
    if (endAt < 0) {
        *problem = tr("it has no \"-----END %1-----\" line, so the text is cut short or damaged")
                       .arg(ForeignText::escaped(block.label));
        return std::nullopt;
    }
    block.bodyEnd = endAt;
    block.end = endAt + end.size();
    return block;
}

std::optional<PemBlock> PemBlock::findSole(QByteArrayView text, QString *problem)
{
    std::optional<PemBlock> block = find(text, problem);
    if (!block)
        return block;
    const QByteArrayView before = text.first(block->begin);
    const QByteArrayView after = text.sliced(block->end);
    if (after.contains(beginMarker)) {
        QString ignored;
        const std::optional<PemBlock> next = find(after, &ignored);
        *problem = tr("it holds a second PEM block (%1) after the %2; exactly one is allowed")
                       .arg(next ? ForeignText::escaped(next->label) : tr("damaged"), ForeignText::escaped(block->label));
        return std::nullopt;
    }
    if (!isBlank(before) || !isBlank(after)) {
        *problem = tr("it holds other text before or after the %1 block; only whitespace is allowed there")
                       .arg(ForeignText::escaped(block->label));
        return std::nullopt;
    }
    return block;
}
