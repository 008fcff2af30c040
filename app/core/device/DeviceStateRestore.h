#pragma once

#include "device/DeviceAccess.h"
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
    // settings: the port; access: how the interrupted job spoke to the device (its profile as set up,
    // and the line's rate, which replaces settings').
    DeviceStateRestore(SerialSettings settings, DeviceAccess access, QByteArray restoreCommand,
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
    DeviceAccess m_access;
    QByteArray m_restoreCommand;
    SerialLink *m_link;
    DeviceProfile *m_profile;
    std::optional<DeviceStateChange> m_change;
    std::optional<DeviceError> m_error;
};
