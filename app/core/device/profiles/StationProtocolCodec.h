#pragma once

#include "device/DeviceCredential.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

// What the host sends in the station protocol, version 1 (docs/station-protocol.md), byte for
// byte: request lines, the CHUNK line with its base64 payload and CRC-32, and the numbers that size
// them. It decides nothing: StationProtocolProfile says what to send when, StationProtocolReply
// reads what comes back.
class StationProtocolCodec
{
public:
    static constexpr int protocolVersion = 1;
    // The longest request a host sends, CRLF included: a WRITE (section 3.7).
    static constexpr qint64 longestRequestLine = 99;
    // "@65535 CHUNK 4294967295 " and " ffffffff" and CRLF: the most a CHUNK line holds besides its
    // payload (section 3.7).
    static constexpr qint64 chunkLineOverhead = 35;

    // The error codes of protocol version 1 (section 7).
    enum ErrorCode {
        malformedLine = 1,
        unknownCommand = 2,
        badArgument = 3,
        lineTooLong = 4,
        badBase64 = 5,
        badCrc = 6,
        outOfOrderOffset = 7,
        tooLarge = 8,
        noSuchSlot = 9,
        notFound = 10,
        digestMismatch = 11,
        storageFailure = 12,
        busy = 13,
        noWriteInProgress = 14,
        incomplete = 15,
        versionUnsupported = 16,
        helloRequired = 17,
    };

    static QByteArray typeName(CredentialKind kind);
    // Type names are case-insensitive (section 3.2); nullopt for a type this station does not know.
    static std::optional<CredentialKind> kindFromType(QByteArrayView type);

    // Payload bytes per CHUNK so that the whole line, CRLF included, fits both the device's line
    // limit and its receive buffer (section 3.7); 0 when not even one base64 quantum fits.
    static qint64 chunkPayloadBytes(qint64 chunk, qint64 line, qint64 rxbuf);

    // CRC-32/ISO-HDLC (section 4.2), the check each chunk carries.
    static quint32 crc32(QByteArrayView data);

    // "@seq VERB argument..." and CRLF.
    static QByteArray requestLine(quint16 seq, QByteArrayView verb, const QList<QByteArray> &arguments = {});
    // "@seq CHUNK offset base64 crc32" and CRLF. The payload is encoded straight into a line whose
    // buffer is reserved whole, so that the line is the only copy of key bytes outside locked
    // memory, and the one the caller wipes.
    static QByteArray chunkLine(quint16 seq, qint64 offset, QByteArrayView payload);
};
