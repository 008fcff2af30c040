#pragma once

#include <QString>
#include <QStringList>

#include <utility>

// An RFC 4180 table that spreadsheets open safely: a header line, CRLF line ends, every field made
// safe by ForeignText::csvCell (quoted where needed, control characters escaped, no live formulas).
// The journal's history export and the bench's evidence export both write through it.
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList &header);

    void addRow(const QStringList &fields);
    QString text() const { return m_text; }
    // The text so far, which the writer then forgets: a long table is written out in pieces.
    QString takeText() { return std::exchange(m_text, {}); }

private:
    QString m_text;
};
