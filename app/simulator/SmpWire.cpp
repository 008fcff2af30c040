#include "simulator/SmpWire.h"

#include <array>
#include <limits>

namespace Simulator::SmpWire {

namespace {

constexpr std::array<quint16, 256> crcTable = [] {
    std::array<quint16, 256> table{};
    for (int i = 0; i < 256; ++i) {
        quint16 crc = quint16(i << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
        table[i] = crc;
    }
    return table;
}();

// Zephyr's console transport: 124 characters of base64 per frame, 93 bytes.
constexpr int bytesPerFrame = 93;

class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_bytes(bytes) {}

    bool head(int *major, quint64 *argument, bool *indefinite)
    {
        if (m_at >= m_bytes.size())
            return false;
        const quint8 initial = quint8(m_bytes.at(m_at++));
        *major = initial >> 5;
        const int info = initial & 0x1f;
        *indefinite = info == 31;
        if (info < 24 || info == 31) {
            *argument = info;
            return true;
        }
        if (info > 27)
            return false;
        const int length = 1 << (info - 24);
        if (m_bytes.size() - m_at < length)
            return false;
        quint64 value = 0;
        for (int i = 0; i < length; ++i)
            value = (value << 8) | quint8(m_bytes.at(m_at++));
        *argument = value;
        return true;
    }

    std::optional<QByteArray> string(int wantedMajor)
    {
        int major = 0;
        quint64 length = 0;
        bool indefinite = false;
        if (!head(&major, &length, &indefinite) || major != wantedMajor || indefinite
            || length > quint64(m_bytes.size() - m_at))
            return std::nullopt;
        const QByteArray text = m_bytes.mid(m_at, qsizetype(length));
        m_at += qsizetype(length);
        return text;
    }

    bool atBreak() const { return m_at < m_bytes.size() && quint8(m_bytes.at(m_at)) == 0xff; }
    void skip() { ++m_at; }
    bool atEnd() const { return m_at == m_bytes.size(); }
    int position() const { return int(m_at); }
    void rewind(int to) { m_at = to; }

private:
    const QByteArray &m_bytes;
    qsizetype m_at = 0;
};

std::optional<Value> readValue(Reader &reader)
{
    const int start = reader.position();
    int major = 0;
    quint64 argument = 0;
    bool indefinite = false;
    if (!reader.head(&major, &argument, &indefinite))
        return std::nullopt;
    switch (major) {
    case 0:
        if (indefinite || argument > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return Value(qint64(argument));
    case 1:
        if (indefinite || argument > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return Value(-1 - qint64(argument));
    case 2:
    case 3: {
        reader.rewind(start);
        const std::optional<QByteArray> text = reader.string(major);
        if (!text)
            return std::nullopt;
        return Value(*text);
    }
    case 4: {
        QList<QByteArray> items;
        for (quint64 i = 0; indefinite || i < argument; ++i) {
            if (indefinite && reader.atBreak()) {
                reader.skip();
                break;
            }
            const std::optional<QByteArray> item = reader.string(3);
            if (!item || items.size() >= 16)
                return std::nullopt;
            items.append(*item);
        }
        return Value(items);
    }
    case 7:
        if (argument == 20 || argument == 21)
            return Value(argument == 21);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace

quint16 crc16(const QByteArray &bytes)
{
    quint16 crc = 0;
    for (const char byte : bytes)
        crc = quint16(crc << 8) ^ crcTable[quint8((crc >> 8) ^ quint8(byte))];
    return crc;
}

QByteArray frames(const QByteArray &packet)
{
    const quint16 crc = crc16(packet);
    const int total = int(packet.size()) + 2;
    QByteArray raw;
    raw.append(char(total >> 8)).append(char(total & 0xff)).append(packet).append(char(crc >> 8)).append(char(crc & 0xff));
    QByteArray out;
    for (int at = 0; at < raw.size(); at += bytesPerFrame) {
        out.append(at == 0 ? QByteArray("\x06\x09") : QByteArray("\x04\x14"));
        out.append(raw.mid(at, bytesPerFrame).toBase64());
        out.append('\n');
    }
    return out;
}

std::optional<QByteArray> packet(const QList<QByteArray> &frameLines)
{
    QByteArray raw;
    for (const QByteArray &line : frameLines) {
        const auto decoded = QByteArray::fromBase64Encoding(line.mid(2), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        raw.append(*decoded);
    }
    if (raw.size() < 4)
        return std::nullopt;
    const int total = (quint8(raw.at(0)) << 8) | quint8(raw.at(1));
    if (total != raw.size() - 2)
        return std::nullopt;
    const QByteArray body = raw.mid(2, total - 2);
    const quint16 crc = quint16((quint8(raw.at(raw.size() - 2)) << 8) | quint8(raw.at(raw.size() - 1)));
    if (crc16(body) != crc)
        return std::nullopt;
    return body;
}

std::optional<Map> readMap(const QByteArray &cbor)
{
    Reader reader(cbor);
    int major = 0;
    quint64 count = 0;
    bool indefinite = false;
    if (!reader.head(&major, &count, &indefinite) || major != 5)
        return std::nullopt;
    Map map;
    for (quint64 i = 0; indefinite || i < count; ++i) {
        if (indefinite && reader.atBreak()) {
            reader.skip();
            break;
        }
        const std::optional<QByteArray> key = reader.string(3);
        if (!key || map.size() >= 16)
            return std::nullopt;
        const std::optional<Value> value = readValue(reader);
        if (!value)
            return std::nullopt;
        map.insert(*key, *value);
    }
    if (!reader.atEnd())
        return std::nullopt;
    return map;
}

MapWriter::MapWriter()
    : m_cbor(1, char(0xbf))
{
}

void MapWriter::head(int major, quint64 argument)
{
    if (argument < 24) {
        m_cbor.append(char((major << 5) | int(argument)));
        return;
    }
    int length = 8;
    int info = 27;
    if (argument <= 0xff) {
        length = 1;
        info = 24;
    } else if (argument <= 0xffff) {
        length = 2;
        info = 25;
    } else if (argument <= 0xffffffffu) {
        length = 4;
        info = 26;
    }
    m_cbor.append(char((major << 5) | info));
    for (int i = length - 1; i >= 0; --i)
        m_cbor.append(char((argument >> (8 * i)) & 0xff));
}

MapWriter &MapWriter::number(const QByteArray &key, qint64 value)
{
    head(3, quint64(key.size()));
    m_cbor.append(key);
    if (value >= 0)
        head(0, quint64(value));
    else
        head(1, quint64(-1 - value));
    return *this;
}

MapWriter &MapWriter::text(const QByteArray &key, const QByteArray &value)
{
    head(3, quint64(key.size()));
    m_cbor.append(key);
    head(3, quint64(value.size()));
    m_cbor.append(value);
    return *this;
}

MapWriter &MapWriter::bytes(const QByteArray &key, const QByteArray &value)
{
    head(3, quint64(key.size()));
    m_cbor.append(key);
    head(2, quint64(value.size()));
    m_cbor.append(value);
    return *this;
}

MapWriter &MapWriter::map(const QByteArray &key, const MapWriter &inner)
{
    head(3, quint64(key.size()));
    m_cbor.append(key);
    m_cbor.append(inner.finished());
    return *this;
}

} // namespace Simulator::SmpWire
