#include "device/smp/SmpSerialFraming.h"

namespace {

// 127 bytes less the two start bytes and the newline, rounded down to whole base64 quanta: every
// frame but the last carries a multiple of three bytes, so that its base64 needs no padding.
constexpr qsizetype base64CharsPerFrame = (SmpSerialFraming::maxFrameBytes - 3) / 4 * 4;
constexpr qsizetype rawBytesPerFrame = base64CharsPerFrame / 4 * 3;

}

quint16 SmpSerialFraming::crc16(QByteArrayView bytes)
{
    quint16 crc = 0;
    for (const char byte : bytes) {
        crc ^= quint16(quint8(byte)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

QByteArray SmpSerialFraming::encode(QByteArrayView body)
{
    const quint16 crc = crc16(body);
    const qsizetype length = body.size() + 2;
    QByteArray packet;
    packet.reserve(2 + length);
    packet.append(char(length >> 8));
    packet.append(char(length & 0xff));
    packet.append(body.data(), body.size());
    packet.append(char(crc >> 8));
    packet.append(char(crc & 0xff));

    QByteArray frames;
    for (qsizetype offset = 0; offset < packet.size(); offset += rawBytesPerFrame) {
        frames.append(offset == 0 ? QByteArrayView(firstFrameStart, 2) : QByteArrayView(continuationFrameStart, 2));
        frames.append(QByteArray::fromRawData(packet.constData() + offset, qMin(rawBytesPerFrame, packet.size() - offset))
                          .toBase64());
        frames.append('\n');
    }
    // The packet may hold key material; frames is the caller's to wipe.
    packet.fill('\0');
    return frames;
}
