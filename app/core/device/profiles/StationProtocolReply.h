#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>

#include <optional>

// One reply line of the station protocol, version 1 (section 3.3 of docs/station-protocol.md), read
// from the bytes a device sent. Only lines of the documented shape are replies: printable ASCII, at
// most as long as a device may make one, a sequence number the host can have sent, keywords the
// protocol has.
class StationProtocolReply
{
public:
    enum class Type { Ok, Error, Item };

    // A device's reply lines hold at most 192 bytes, CRLF included (section 3.1).
    static constexpr qsizetype maxLineLength = 190;

    // nullopt when line, its line end removed, is not a reply: a log line, or a damaged reply.
    static std::optional<StationProtocolReply> parse(QByteArrayView line);
    // Whether line starts as only a reply may (section 3.5): one that does and still fails parse()
    // was damaged on its way back.
    static bool looksLikeReply(QByteArrayView line);

    // The field's value if it is a number as the protocol writes them (unsigned decimal, at most 10
    // digits); nullopt when the field is missing or holds anything else.
    std::optional<qint64> number(const QByteArray &key) const;

    Type type = Type::Ok;
    int seq = -1; // -1 ("=-"): the device could not read the request's sequence number
    int code = 0; // of an error
    QByteArray text; // of an error: the words between code and fields
    QMap<QByteArray, QByteArray> fields;
    QList<QByteArray> keys; // the fields' keys in the device's order
    QByteArray line;
    // The verb of the request this answers. An error does not name it; whoever matched the reply
    // to its request fills it in.
    QByteArray request;
};
