#pragma once

#include "device/DeviceError.h"
#include "device/DeviceStateChange.h"
#include "device/SerialSettings.h"

#include <QObject>

#include <optional>

class DeviceProfile;
class SerialLink;

// Puts a device back as an interrupted job may have left it (see DeviceStateChange), for recovery:
// opens the port, lets the job's profile check the restore command the journal recorded, and sends
// it. Ends in finished(), with error() set unless the device took the command.
class DeviceStateRestore : public QObject
{
    Q_OBJECT

public:
    DeviceStateRestore(SerialSettings settings, const QString &profileName, QByteArray restoreCommand,
                       QObject *parent = nullptr);
    ~DeviceStateRestore() override;

    void start();

    // The change the command undoes, once the profile has recognised it.
    std::optional<DeviceStateChange> change() const { return m_change; }
    std::optional<DeviceError> error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void finish(std::optional<DeviceError> error);

    SerialSettings m_settings;
    QString m_profileName;
    QByteArray m_restoreCommand;
    SerialLink *m_link;
    DeviceProfile *m_profile;
    std::optional<DeviceStateChange> m_change;
    std::optional<DeviceError> m_error;
};
