#include "base/CsvReader.h"

#include <QStringDecoder>

QList<CsvReader::Record> CsvReader::read(QByteArrayView bytes, qsizetype maxRecords, bool *tooMany)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(bytes);
    if (decoded.startsWith(QChar(0xfeff)))
        decoded.remove(0, 1);
    const QStringView text(decoded);

    QList<Record> records;
    *tooMany = false;
    int line = 1;
    Record current{line, {}, {}};
    QString field;
    bool inQuotes = false;
    bool afterClosingQuote = false;
    const auto noteProblem = [&current](const QString &problem) {
        if (current.problem.isEmpty())
            current.problem = problem;
    };
    const auto endRecord = [&] {
        current.fields << field;
        field.clear();
        afterClosingQuote = false;
        if (current.fields.size() == 1 && current.fields.constFirst().isEmpty() && current.problem.isEmpty())
            return true;
        if (records.size() == maxRecords) {
            *tooMany = true;
            return false;
        }
        records << current;
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++line;
            field += c;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (field.isEmpty() && !afterClosingQuote) {
                inQuotes = true;
            } else {
                noteProblem(tr("a double quote stands inside a field that does not start with one"));
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            current.fields << field;
            field.clear();
            afterClosingQuote = false;
            continue;
        }
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue;
        if (c == QLatin1Char('\n')) {
            if (!endRecord())
                return records;
            ++line;
            current = Record{line, {}, {}};
            continue;
        }
        if (afterClosingQuote)
            noteProblem(tr("text follows a closing double quote"));
        field += c;
    }
    if (inQuotes)
        noteProblem(tr("a double-quoted field is never closed"));
    if (!current.fields.isEmpty() || !field.isEmpty() || !current.problem.isEmpty())
        endRecord();
    return records;
}
