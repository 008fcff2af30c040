#include "device/LineAssembler.h"

namespace {

constexpr char escape = '\x1b';
constexpr char bell = '\x07';
constexpr char cancel = '\x18';
constexpr char substitute = '\x1a';
constexpr char del = '\x7f';

bool isControl(char byte)
{
    return static_cast<unsigned char>(byte) < 0x20;
}

bool inRange(char byte, unsigned char first, unsigned char last)
{
    const auto value = static_cast<unsigned char>(byte);
    return value >= first && value <= last;
}

} // namespace

LineAssembler::LineAssembler(qsizetype maxLineLength)
    : m_maxLineLength(qMax<qsizetype>(1, maxLineLength))
{
}

void LineAssembler::clear()
{
    m_state = State::Text;
    m_line.clear();
    m_overlong = false;
    m_afterCarriageReturn = false;
}

QList<LineAssembler::Line> LineAssembler::feed(QByteArrayView bytes)
{
    QList<Line> lines;
    for (const char byte : bytes)
        consume(byte, &lines);
    return lines;
}

void LineAssembler::consume(char byte, QList<Line> *lines)
{
    switch (m_state) {
    case State::Text:
        text(byte, lines);
        break;
    case State::Escape:
        if (byte == '[') {
            m_state = State::ControlSequence;
        } else if (byte == ']' || byte == 'P' || byte == 'X' || byte == '^' || byte == '_') {
            m_state = State::ControlString;
        } else if (inRange(byte, 0x20, 0x2f)) {
            m_state = State::EscapeIntermediate;
        } else if (inRange(byte, 0x30, 0x7e)) {
            m_state = State::Text;
        } else if (byte != del) {
            // A control byte or a byte that cannot follow ESC: the sequence was cut short. Giving
            // the byte back to the text keeps a line end from being swallowed with it.
            m_state = State::Text;
            text(byte, lines);
        }
        break;
    case State::EscapeIntermediate:
        if (inRange(byte, 0x30, 0x7e)) {
            m_state = State::Text;
        } else if (!inRange(byte, 0x20, 0x2f) && byte != del) {
            m_state = State::Text;
            text(byte, lines);
        }
        break;
    case State::ControlSequence:
        if (inRange(byte, 0x40, 0x7e)) {
            m_state = State::Text;
        } else if (!inRange(byte, 0x20, 0x3f) && byte != del) {
            m_state = State::Text;
            text(byte, lines);
        }
        break;
    case State::ControlString:
        if (byte == escape) {
            m_state = State::ControlStringEscape;
        } else if (byte == bell) {
            m_state = State::Text;
        } else if (byte == '\r' || byte == '\n' || byte == cancel || byte == substitute) {
            // Titles and the like never span lines; a line end means the terminator was lost.
            m_state = State::Text;
            text(byte, lines);
        }
        break;
    case State::ControlStringEscape:
        // "ESC \\" ends the string; any other ESC begins a sequence of its own.
        if (byte == '\\') {
            m_state = State::Text;
        } else {
            m_state = State::Escape;
            consume(byte, lines);
        }
        break;
    }
}

void LineAssembler::text(char byte, QList<Line> *lines)
{
    if (byte == '\r') {
        endLine(lines);
        m_afterCarriageReturn = true;
        return;
    }
    if (byte == '\n') {
        // The LF of a CRLF, possibly in the next read, ends nothing more.
        if (!m_afterCarriageReturn)
            endLine(lines);
        m_afterCarriageReturn = false;
        return;
    }
    if (byte == escape) {
        m_state = State::Escape;
        return;
    }
    // NUL padding, bells, XON/XOFF and the like carry nothing a protocol matches on. They also leave a
    // pending CRLF intact, as do escape sequences.
    if ((isControl(byte) && byte != '\t') || byte == del)
        return;
    m_afterCarriageReturn = false;
    if (m_line.size() < m_maxLineLength)
        m_line.append(byte);
    else
        m_overlong = true;
}

void LineAssembler::endLine(QList<Line> *lines)
{
    lines->append(Line{m_line, m_overlong});
    m_line.clear();
    m_overlong = false;
}
