#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads a file the station was pointed at (a saved response, a CA certificate) without trusting it
// to be small or even to be a file: a FIFO, a terminal or /dev/zero must neither hang the station
// nor fill its memory.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)

public:
    // The whole content of the regular file at path, which must hold at most maxBytes. The limit is
    // kept while reading, so a file that grows meanwhile is refused too. On failure *error says why,
    // in words a person can act on.
    static std::optional<QByteArray> read(const QString &path, qsizetype maxBytes, QString *error);
};
