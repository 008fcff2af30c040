#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// The 8-byte header in front of every SMP message (smp_protocol.rst): operation and protocol
// version, flags, body length, group, sequence number and command, multi-byte fields big-endian.
struct SmpHeader
{
    enum class Op : quint8 { Read = 0, ReadResponse = 1, Write = 2, WriteResponse = 3 };

    static constexpr qsizetype size = 8;
    // Version 1 answers with "rc" alone, version 2 with "err": {group, rc} (SMP version 2).
    static constexpr quint8 version2 = 1;

    Op op = Op::Read;
    quint8 version = version2;
    quint8 flags = 0;
    quint16 length = 0;
    quint16 group = 0;
    quint8 sequence = 0;
    quint8 command = 0;

    QByteArray encode() const;
    // Nullopt for fewer than 8 bytes or an operation no SMP message has.
    static std::optional<SmpHeader> decode(QByteArrayView bytes);

    bool isResponse() const { return op == Op::ReadResponse || op == Op::WriteResponse; }
};
