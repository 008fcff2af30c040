#pragma once

#include <QByteArray>
#include <QString>

// Overwrites secret bytes in ordinary Qt containers before they are freed. Only the container's
// own buffer is wiped: call it on the single owner of the data, before any copy is made.
namespace SecureWipe {
void wipe(QByteArray &bytes);
void wipe(QString &text);
}
