#include "PemBlock.h"

namespace {

constexpr QByteArrayView dashes("-----");
constexpr QByteArrayView beginMarker("-----BEGIN ");
constexpr QByteArrayView endMarker("-----END ");

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
    if (labelEnd < 0 || (lineEnd >= 0 && labelEnd > lineEnd)) {
        *problem = tr("its BEGIN line is damaged");
        return std::nullopt;
    }
    PemBlock block;
    block.label = text.sliced(labelBegin, labelEnd - labelBegin).toByteArray();
    block.bodyBegin = labelEnd + dashes.size();

    const QByteArray end = endMarker.toByteArray() + block.label + dashes.toByteArray();
    const qsizetype endAt = text.indexOf(end, block.bodyBegin);
    if (endAt < 0) {
        *problem = tr("it has no \"-----END %1-----\" line, so the text is cut short or damaged")
                       .arg(QString::fromLatin1(block.label));
        return std::nullopt;
    }
    block.bodyEnd = endAt;
    return block;
}
