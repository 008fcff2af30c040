#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// A "-----BEGIN label-----" ... "-----END label-----" block of a text. Positions, not copies, so
// that it can point into locked memory.
class PemBlock
{
    Q_DECLARE_TR_FUNCTIONS(PemBlock)

public:
    QByteArray label;      // "CERTIFICATE", "RSA PRIVATE KEY", ...
    qsizetype bodyBegin = 0; // the base64 between the two lines
    qsizetype bodyEnd = 0;
    qsizetype begin = 0; // the whole block, from its BEGIN line to the end of its END line
    qsizetype end = 0;

    // The first block of the text. On failure *problem says what is missing.
    static std::optional<PemBlock> find(QByteArrayView text, QString *problem);
    // The block that is all the text holds but for whitespace around it. A second block, or anything
    // else before or after it, is refused: it would be written into the device with it.
    static std::optional<PemBlock> findSole(QByteArrayView text, QString *problem);
};
