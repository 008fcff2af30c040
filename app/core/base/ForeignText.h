#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// Text that came from outside the station (Foundry's answers, a device's lines, a file) is shown to
// people only through these functions, so that it cannot move the cursor, retitle a terminal, start
// a new line that looks like the station's own, reverse the reading order or turn into a formula.
namespace ForeignText {

// Every control character (C0, DEL, C1, line and paragraph separators) and every bidirectional
// override becomes a visible escape: "\n", "\x1b", "\u202e". Printable text is left as it is.
QString escaped(QStringView text);
// The same for raw bytes: valid UTF-8 is decoded, every other byte becomes "\xNN".
QString escaped(QByteArrayView bytes);
// True when escaped() would leave text as it is: no control character, no bidirectional override, no
// lone surrogate. For values that must be typed on one line and read as written.
bool isPlain(QStringView text);

// For the station's own multi-line messages that quote foreign text only through escaped(): line
// feeds and tabs stay, every other control character is escaped. The last line of defence before a
// terminal.
QString forTerminal(QStringView text);

// One field of an RFC 4180 CSV file, quoted where it must be. Line feeds stay (a cell may hold
// several lines), other control characters are escaped, and a cell that a spreadsheet would read as
// a formula (first character '=', '+', '-', '@', tab or carriage return, as OWASP lists them) gets a
// leading apostrophe, which spreadsheets show as text and do not evaluate.
QString csvCell(QStringView text);

} // namespace ForeignText
