#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The first "-----BEGIN label-----" ... "-----END label-----" block of a text. Positions, not
// copies, so that it can point into locked memory.
class PemBlock
{
    Q_DECLARE_TR_FUNCTIONS(PemBlock)

public:
    QByteArray label;      // "CERTIFICATE", "RSA PRIVATE KEY", ...
    qsizetype bodyBegin = 0; // the base64 between the two lines
    qsizetype bodyEnd = 0;

    // On failure *problem says what is missing.
    static std::optional<PemBlock> find(QByteArrayView text, QString *problem);
};
