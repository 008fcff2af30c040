#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// An RFC 4180 table from a file a person was handed (a spreadsheet's export, CsvWriter's output):
// fields end at a comma, records at LF or CRLF, a field in double quotes may hold commas, line
// breaks and doubled quotes. Reads at most maxRecords records, so that a hostile file costs no more
// than the caller allows; a record whose quoting is broken is still returned, with the problem, so
// that the rest of the file counts.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        // Where the record starts, counting from 1.
        int line = 0;
        QStringList fields;
        // What is wrong with the record's quoting, for a person; empty when nothing is.
        QString problem;
    };

    // UTF-8 with or without a byte order mark; bytes that are not UTF-8 become U+FFFD. Wholly empty
    // lines are skipped. Stops after maxRecords records, *tooMany then true.
    static QList<Record> read(QByteArrayView bytes, qsizetype maxRecords, bool *tooMany);
};
