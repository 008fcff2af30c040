#pragma once

#include <QString>
#include <QStringList>

class DeviceProfile;
class QObject;

// The device profiles the station knows, by the names a person gives on the command line.
namespace DeviceProfiles {
// In the order auto-detection tries them: quickest to rule out first.
QStringList names();
// Null for an unknown name.
DeviceProfile *create(const QString &name, QObject *parent = nullptr);
}
