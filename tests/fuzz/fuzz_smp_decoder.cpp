// MCUmgr SMP over a console: the frame decoder, split anywhere, and every packet it gives through
// the response parser and the CBOR reader.
#include "device/smp/CborValue.h"
#include "device/smp/SmpFrameDecoder.h"
#include "device/smp/SmpResponse.h"
#include "device/smp/SmpSerialFraming.h"

#include <cstdint>
#include <cstdlib>

namespace {

void checkCbor(const CborValue &value, int depth)
{
    if (depth > CborValue::maxDepth)
        std::abort();
    for (const CborValue &element : value.elements())
        checkCbor(element, depth + 1);
    for (const auto &[key, item] : value.entries()) {
        checkCbor(key, depth + 1);
        checkCbor(item, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first byte picks the largest packet and the second how the bytes are split into reads.
    const qsizetype maxBody = 16 + data[0] * 4;
    const qsizetype piece = 1 + data[1] % 32;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    SmpFrameDecoder pieces(maxBody);
    SmpFrameDecoder whole(maxBody);
    QList<SmpFrameDecoder::Event> pieced;
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        pieced += pieces.feed(bytes.sliced(at, qMin(piece, bytes.size() - at)));
    const QList<SmpFrameDecoder::Event> all = whole.feed(bytes);
    // How the bytes were split must not change what they mean.
    if (pieced.size() != all.size())
        std::abort();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const SmpFrameDecoder::Event &event = all.at(i);
        if (pieced.at(i).kind != event.kind || pieced.at(i).body != event.body)
            std::abort();
        if (event.kind == SmpFrameDecoder::Event::Kind::Text && event.body.size() > SmpFrameDecoder::maxTextBytes)
            std::abort();
        if (event.kind == SmpFrameDecoder::Event::Kind::Damaged && !event.reason)
            std::abort();
        if (event.kind != SmpFrameDecoder::Event::Kind::Packet)
            continue;
        if (event.body.size() > maxBody)
            std::abort();
        // A packet read back is the packet written.
        SmpFrameDecoder again(maxBody);
        const QList<SmpFrameDecoder::Event> reread = again.feed(SmpSerialFraming::encode(event.body));
        if (reread.size() != 1 || reread.at(0).body != event.body)
            std::abort();
        if (const std::optional<SmpResponse> response = SmpResponse::parse(event.body))
            checkCbor(response->body, 0);
    }
    // The same bytes taken as a CBOR body on their own.
    if (const std::optional<CborValue> value = CborValue::decode(bytes))
        checkCbor(*value, 0);
    return 0;
}
