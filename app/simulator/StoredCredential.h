#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace Simulator {

// One credential a simulated device holds. The type is the profile's own code (Zephyr's
// tls_credential_type, the modem's %CMNG type, the station protocol's type) with its name.
struct StoredCredential
{
    quint32 tag = 0;
    int type = 0;
    QString typeName;
    // Private keys and pre-shared keys: their bytes live in memory only, never in the store file.
    bool secret = false;
    // Empty for a secret restored from the store file: only its digest and length are known.
    QByteArray bytes;
    qint64 length = 0;
    // Raw SHA-256 of the stored bytes.
    QByteArray sha256;
    // Zephyr's storage format (bin, bint, str, strt); informational.
    QString format;

    bool hasBytes() const { return length == 0 || !bytes.isEmpty(); }
};

} // namespace Simulator
