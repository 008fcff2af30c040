// LineAssembler: everything a device prints, split anywhere, through every escape-sequence state.
#include "device/LineAssembler.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first byte picks the line limit and the second how the bytes are split into reads.
    const qsizetype maxLineLength = 1 + data[0] % 64;
    const qsizetype piece = 1 + data[1] % 16;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    LineAssembler lines(maxLineLength);
    LineAssembler whole(maxLineLength);
    QList<LineAssembler::Line> pieced;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        pieced += lines.feed(bytes.sliced(at, qMin(piece, bytes.size() - at)));
        if (lines.pending().size() > maxLineLength)
            std::abort();
    }
    // How the bytes were split must not change what they mean.
    if (pieced != whole.feed(bytes) || lines.pending() != whole.pending()
        || lines.pendingOverlong() != whole.pendingOverlong())
        std::abort();
    for (const LineAssembler::Line &line : std::as_const(pieced)) {
        if (line.text.size() > maxLineLength || line.text.contains('\n') || line.text.contains('\x1b'))
            std::abort();
    }
    return 0;
}
