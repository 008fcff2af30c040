#include "device/profiles/StationProtocolCodec.h"

namespace {

void appendBase64(QByteArray &out, QByteArrayView data)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const auto byte = [&data](qsizetype i) { return quint32(static_cast<unsigned char>(data[i])); };
    for (qsizetype i = 0; i < data.size(); i += 3) {
        const qsizetype count = qMin<qsizetype>(3, data.size() - i);
        quint32 group = byte(i) << 16;
        if (count > 1)
            group |= byte(i + 1) << 8;
        if (count > 2)
            group |= byte(i + 2);
        out.append(alphabet[(group >> 18) & 63u]);
        out.append(alphabet[(group >> 12) & 63u]);
        out.append(count > 1 ? alphabet[(group >> 6) & 63u] : '=');
        out.append(count > 2 ? alphabet[group & 63u] : '=');
    }
}

} // namespace

QByteArray StationProtocolCodec::typeName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Certificate: return QByteArrayLiteral("CERT");
    case CredentialKind::PrivateKey: return QByteArrayLiteral("KEY");
    case CredentialKind::CaCertificate: return QByteArrayLiteral("CA");
    }
    return {};
}

std::optional<CredentialKind> StationProtocolCodec::kindFromType(QByteArrayView type)
{
    const QByteArray upper = type.toByteArray().toUpper();
    if (upper == "CERT")
        return CredentialKind::Certificate;
    if (upper == "KEY")
        return CredentialKind::PrivateKey;
    if (upper == "CA")
        return CredentialKind::CaCertificate;
    return std::nullopt;
}

qint64 StationProtocolCodec::chunkPayloadBytes(qint64 chunk, qint64 line, qint64 rxbuf)
{
    const qint64 room = qMin(line, rxbuf) - chunkLineOverhead;
    return room < 4 ? 0 : qMin(chunk, room / 4 * 3);
}

// Qt has no CRC-32, and zlib is not linked into the core.
quint32 StationProtocolCodec::crc32(QByteArrayView data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= static_cast<unsigned char>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

QByteArray StationProtocolCodec::requestLine(quint16 seq, QByteArrayView verb, const QList<QByteArray> &arguments)
{
    QByteArray line = '@' + QByteArray::number(seq) + ' ' + verb.toByteArray();
    for (const QByteArray &argument : arguments)
        line += ' ' + argument;
    line += "\r\n";
    return line;
}

QByteArray StationProtocolCodec::chunkLine(quint16 seq, qint64 offset, QByteArrayView payload)
{
    const QByteArray head = '@' + QByteArray::number(seq) + " CHUNK " + QByteArray::number(offset) + ' ';
    const QByteArray tail = ' ' + QByteArray::number(crc32(payload), 16).rightJustified(8, '0') + "\r\n";
    QByteArray line;
    // Reserved whole: growing would leave key bytes behind in the buffer it outgrew.
    line.reserve(head.size() + (payload.size() + 2) / 3 * 4 + tail.size());
    line += head;
    appendBase64(line, payload);
    line += tail;
    return line;
}
