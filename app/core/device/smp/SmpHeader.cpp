#include "device/smp/SmpHeader.h"

QByteArray SmpHeader::encode() const
{
    QByteArray bytes(size, '\0');
    bytes[0] = char(((version & 0x3) << 3) | (quint8(op) & 0x7));
    bytes[1] = char(flags);
    bytes[2] = char(length >> 8);
    bytes[3] = char(length & 0xff);
    bytes[4] = char(group >> 8);
    bytes[5] = char(group & 0xff);
    bytes[6] = char(sequence);
    bytes[7] = char(command);
    return bytes;
}

std::optional<SmpHeader> SmpHeader::decode(QByteArrayView bytes)
{
    if (bytes.size() < size)
        return std::nullopt;
    const auto byte = [&](int i) { return quint8(bytes.at(i)); };
    // The three top bits are reserved; a message that sets them is not one this station knows.
    if (byte(0) & 0xe0)
        return std::nullopt;
    SmpHeader header;
    header.op = Op(byte(0) & 0x7);
    if (byte(0) & 0x4)
        return std::nullopt;
    header.version = (byte(0) >> 3) & 0x3;
    header.flags = byte(1);
    header.length = quint16((byte(2) << 8) | byte(3));
    header.group = quint16((byte(4) << 8) | byte(5));
    header.sequence = byte(6);
    header.command = byte(7);
    return header;
}
