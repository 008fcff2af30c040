#pragma once

#include <QString>
#include <QStringList>

class DeviceProfile;
class QObject;
class SerialLink;

// The device profiles the station knows, by the names a person gives on the command line.
namespace DeviceProfiles {
// In the order auto-detection tries them: quickest to rule out first.
QStringList names();
// Null for an unknown name.
DeviceProfile *create(const QString &name, QObject *parent = nullptr);
// The same, attached to link (see DeviceProfile::attach).
DeviceProfile *createAttached(const QString &name, SerialLink *link, QObject *parent = nullptr);
}
