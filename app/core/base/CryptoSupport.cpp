#include "base/CryptoSupport.h"

#include <QtCrypto>

QString CryptoSupport::problem()
{
    QStringList missing;
    for (const char *feature : {"cert", "pkey", "sha256"}) {
        if (!QCA::isSupported(feature))
            missing << QLatin1String(feature);
    }
    if (missing.isEmpty())
        return {};
    return tr("QCA lacks %1, so certificates cannot be checked. Install QCA's OpenSSL provider "
              "(Debian: libqca-qt6-plugins). QCA says: %2")
        .arg(missing.join(QLatin1String(", ")), QCA::pluginDiagnosticText().trimmed());
}
