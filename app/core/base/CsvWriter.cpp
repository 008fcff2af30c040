#include "base/CsvWriter.h"

#include "base/ForeignText.h"

CsvWriter::CsvWriter(const QStringList &header)
{
    addRow(header);
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &field : fields)
        cells << ForeignText::csvCell(field);
    m_text += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

