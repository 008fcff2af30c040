#pragma once

#include <QHash>
#include <QString>

class QSettings;

// The profile each device answered as when it was last detected, by the USB serial number its port
// reports, so that the next time it is plugged in its profile is confirmed rather than asked for.
// Kept in the QSettings given (the station's), or for this run only without one. What a settings
// file says is foreign input: only known profile names and printable serial numbers are used.
class RememberedProfiles
{
public:
    explicit RememberedProfiles(QSettings *settings = nullptr);

    // Empty when the device is not remembered.
    QString profileFor(const QString &usbSerialNumber) const;
    void remember(const QString &usbSerialNumber, const QString &profile);
    void forget(const QString &usbSerialNumber);

    // More devices than a station meets in months; past it, an arbitrary one makes room.
    static constexpr qsizetype maxDevices = 4096;

private:
    static bool usable(const QString &usbSerialNumber);
    void save() const;

    QSettings *m_settings;
    QHash<QString, QString> m_profiles;
};
