#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// SMP over a serial console as Zephyr specifies it (smp_transport.rst, "SMP over console"): a
// packet is its big-endian 16-bit length (body plus CRC), the body and a CRC16 of the body, in
// base64, cut into frames of at most 127 bytes. The first frame starts with 06 09, each further one
// with 04 14, and every frame ends with a newline. Each frame's base64 decodes on its own.
namespace SmpSerialFraming {

constexpr qsizetype maxFrameBytes = 127;
constexpr char firstFrameStart[] = {'\x06', '\x09'};
constexpr char continuationFrameStart[] = {'\x04', '\x14'};

// CRC-16/XMODEM (Zephyr's crc16_itu_t seeded with 0): polynomial 0x1021, initial value 0, no
// reflection, no final XOR. "123456789" gives 0x31C3.
quint16 crc16(QByteArrayView bytes);

// The frames that carry body, newlines included, ready for the wire.
QByteArray encode(QByteArrayView body);

}
