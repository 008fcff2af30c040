#pragma once

#include <QByteArray>
#include <QString>

// Writes a whole file or nothing (QSaveFile): an export cut short by a full disk or a crash never
// looks like a complete one.
namespace AtomicFile {

// False, with *error in words a person can act on, when the file could not be written.
bool write(const QString &fileName, const QByteArray &bytes, QString *error);

} // namespace AtomicFile
