// CsvReader: a CSV file support staff were handed, any bytes at all.
#include "base/CsvReader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the record limit.
    const qsizetype maxRecords = data[0] % 32;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    bool tooMany = false;
    const QList<CsvReader::Record> records = CsvReader::read(bytes, maxRecords, &tooMany);
    if (records.size() > maxRecords)
        std::abort();
    int line = 0;
    qsizetype fieldCharacters = 0;
    for (const CsvReader::Record &record : records) {
        // Records come in the file's order, each on a line after the last one's start, each with a field.
        if (record.line <= line || record.fields.isEmpty())
            std::abort();
        line = record.line;
        for (const QString &field : record.fields)
            fieldCharacters += field.size();
    }
    // Nothing is made up: the fields hold no more characters than the bytes decode to.
    if (fieldCharacters > bytes.size())
        std::abort();
    // Reading more allowed gives the same records first.
    if (tooMany) {
        bool more = false;
        const QList<CsvReader::Record> longer = CsvReader::read(bytes, maxRecords + 1, &more);
        if (longer.size() != maxRecords + 1)
            std::abort();
        for (qsizetype i = 0; i < maxRecords; ++i) {
            if (longer.at(i).line != records.at(i).line || longer.at(i).fields != records.at(i).fields)
                std::abort();
        }
    }
    return 0;
}
