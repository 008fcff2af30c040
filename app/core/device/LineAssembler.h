#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Turns what a device prints into lines a protocol can match. Serial reads end anywhere: in the
// middle of a line, of a CRLF, of a colour code. Shells colour their prompts (ANSI/VT100 escape
// sequences), end lines with CRLF, LF or a lone CR, and print prompts such as "uart:~$ " with no line
// end at all, so the unfinished tail is always available too.
class LineAssembler
{
public:
    struct Line
    {
        QByteArray text;
        bool overlong = false; // the device sent more than maxLineLength bytes; text holds the first ones

        friend bool operator==(const Line &, const Line &) = default;
    };

    static constexpr qsizetype defaultMaxLineLength = 4096;

    explicit LineAssembler(qsizetype maxLineLength = defaultMaxLineLength);

    // Consumes bytes as they arrived and returns the lines they completed, without their line ends.
    QList<Line> feed(QByteArrayView bytes);

    // The line begun but not yet ended, escape sequences removed: a prompt waiting for input.
    const QByteArray &pending() const { return m_line; }
    bool pendingOverlong() const { return m_overlong; }

    qsizetype maxLineLength() const { return m_maxLineLength; }

    // Forgets everything, including a half-received escape sequence or line end.
    void clear();

private:
    enum class State {
        Text,
        Escape,             // after ESC
        EscapeIntermediate, // ESC followed by 0x20-0x2F, e.g. "ESC ( B"
        ControlSequence,    // CSI: "ESC [" parameters, intermediates, final byte
        ControlString,      // OSC, DCS, SOS, PM, APC: until BEL or "ESC \"
        ControlStringEscape // ESC inside a control string: "\" ends it
    };

    void consume(char byte, QList<Line> *lines);
    void text(char byte, QList<Line> *lines);
    void endLine(QList<Line> *lines);

    qsizetype m_maxLineLength;
    State m_state = State::Text;
    QByteArray m_line;
    bool m_overlong = false;
    bool m_afterCarriageReturn = false;
};
