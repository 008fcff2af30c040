#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Reads SMP frames (see SmpSerialFraming) out of what a console sends, which also carries shell
// text and log lines: every line is either part of a packet or text. Bounded while reading: a line
// longer than a frame, or a packet longer than maxBodyBytes, is given up as soon as it is too long.
class SmpFrameDecoder
{
public:
    struct Event
    {
        enum class Kind {
            Packet,  // body holds an SMP packet whose CRC matched
            Damaged, // frames that began a packet but did not make one; reason says why
            Text,    // a line that is not part of a packet (control bytes left in), at most maxTextBytes
        };
        Kind kind = Kind::Text;
        QByteArray body;
        const char *reason = nullptr;
    };

    static constexpr qsizetype defaultMaxBodyBytes = 4096;
    static constexpr qsizetype maxTextBytes = 512;

    explicit SmpFrameDecoder(qsizetype maxBodyBytes = defaultMaxBodyBytes);
    ~SmpFrameDecoder();

    QList<Event> feed(QByteArrayView bytes);
    // Forgets a half-received line and packet.
    void clear();

private:
    void endLine(QList<Event> *events);
    void frame(QByteArrayView base64, bool first, QList<Event> *events);
    void damaged(const char *reason, QList<Event> *events);
    void wipePacket();

    qsizetype m_maxBodyBytes;
    QByteArray m_line;
    bool m_lineOverlong = false;
    // The packet being collected: its length field once the first frame came, and what came so far
    // (the length's two bytes excluded).
    bool m_inPacket = false;
    qsizetype m_expected = 0;
    QByteArray m_packet;
};
