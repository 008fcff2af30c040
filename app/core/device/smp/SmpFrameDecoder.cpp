#include "device/smp/SmpFrameDecoder.h"

#include "base/SecureWipe.h"
#include "device/smp/SmpSerialFraming.h"

namespace {

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

// Canonical padded base64 only: a frame that is anything else is damaged, not guessed at.
bool isStrictBase64(QByteArrayView text)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return false;
    qsizetype padding = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '=') {
            if (i < text.size() - 2)
                return false;
            ++padding;
        } else if (padding > 0 || !isBase64Char(c)) {
            return false;
        }
    }
    return true;
}

} // namespace

SmpFrameDecoder::SmpFrameDecoder(qsizetype maxBodyBytes)
    : m_maxBodyBytes(maxBodyBytes)
{
}

SmpFrameDecoder::~SmpFrameDecoder()
{
    wipePacket();
    SecureWipe::wipe(m_line);
}

void SmpFrameDecoder::clear()
{
    wipePacket();
    SecureWipe::wipe(m_line);
    m_line.clear();
    m_lineOverlong = false;
}

void SmpFrameDecoder::wipePacket()
{
    SecureWipe::wipe(m_packet);
    m_packet.clear();
    m_inPacket = false;
    m_expected = 0;
}

QList<SmpFrameDecoder::Event> SmpFrameDecoder::feed(QByteArrayView bytes)
{
    QList<Event> events;
    for (const char byte : bytes) {
        if (byte == '\n' || byte == '\r') {
            // A shell ends its lines with CRLF; a frame ends at LF. An empty line between them says nothing.
            if (!m_line.isEmpty() || m_lineOverlong)
                endLine(&events);
            continue;
        }
        // Longer than any frame or text line the station reads: kept short, and marked.
        if (m_line.size() >= qMax(SmpSerialFraming::maxFrameBytes, maxTextBytes)) {
            m_lineOverlong = true;
            continue;
        }
        m_line.append(byte);
    }
    return events;
}

void SmpFrameDecoder::endLine(QList<Event> *events)
{
    const bool overlong = std::exchange(m_lineOverlong, false);
    // A shell prints its prompt without a line end, and MCUmgr's answer follows it on the same line:
    // a frame starts where its start bytes are, which base64 and a shell's text never hold.
    const qsizetype firstAt = m_line.indexOf(QByteArrayView(SmpSerialFraming::firstFrameStart, 2));
    const qsizetype continuationAt = m_line.indexOf(QByteArrayView(SmpSerialFraming::continuationFrameStart, 2));
    const qsizetype start = firstAt < 0 ? continuationAt : continuationAt < 0 ? firstAt : qMin(firstAt, continuationAt);
    if (start > 0)
        events->append({Event::Kind::Text, m_line.left(start), nullptr});
    if (start >= 0) {
        const QByteArrayView frameLine = QByteArrayView(m_line).sliced(start);
        if (overlong || frameLine.size() > SmpSerialFraming::maxFrameBytes - 1)
            damaged("frame longer than 127 bytes", events);
        else
            frame(frameLine.sliced(2), start == firstAt, events);
    } else {
        events->append({Event::Kind::Text, m_line.left(maxTextBytes), nullptr});
    }
    SecureWipe::wipe(m_line);
    m_line.clear();
}

void SmpFrameDecoder::frame(QByteArrayView base64, bool first, QList<Event> *events)
{
    if (first && m_inPacket)
        damaged("packet cut short by the next", events);
    if (!first && !m_inPacket)
        return; // the rest of a packet whose start was lost or given up
    if (!isStrictBase64(base64)) {
        damaged("frame is not base64", events);
        return;
    }
    QByteArray decoded = QByteArray::fromBase64(QByteArray::fromRawData(base64.data(), base64.size()));
    qsizetype from = 0;
    if (first) {
        if (decoded.size() < 2) {
            SecureWipe::wipe(decoded);
            damaged("first frame without a length", events);
            return;
        }
        m_expected = (qsizetype(quint8(decoded.at(0))) << 8) | quint8(decoded.at(1));
        m_inPacket = true;
        from = 2;
        if (m_expected < 2 || m_expected - 2 > m_maxBodyBytes) {
            SecureWipe::wipe(decoded);
            damaged(m_expected < 2 ? "packet length too short for its CRC" : "packet longer than the station reads",
                    events);
            return;
        }
    }
    if (m_packet.size() + decoded.size() - from > m_expected) {
        SecureWipe::wipe(decoded);
        damaged("frames longer than the packet length", events);
        return;
    }
    m_packet.append(decoded.constData() + from, decoded.size() - from);
    SecureWipe::wipe(decoded);
    if (m_packet.size() < m_expected)
        return;
    // The CRC over the body and the CRC itself is zero when they match.
    if (SmpSerialFraming::crc16(m_packet) != 0) {
        damaged("CRC mismatch", events);
        return;
    }
    events->append({Event::Kind::Packet, m_packet.left(m_packet.size() - 2), nullptr});
    wipePacket();
}

void SmpFrameDecoder::damaged(const char *reason, QList<Event> *events)
{
    wipePacket();
    events->append({Event::Kind::Damaged, {}, reason});
}
