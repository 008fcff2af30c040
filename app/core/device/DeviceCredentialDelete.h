#pragma once

#include "device/DeviceCredential.h"
#include "device/DeviceAccess.h"
#include "device/DeviceError.h"
#include "device/SerialSettings.h"

#include <QList>
#include <QObject>

#include <optional>

class DeviceProfile;
class SerialLink;

// Deletes what a job left in a device's slot, for a person finishing a left-behind item: opens the
// port, speaks to the device with the profile that wrote the credentials, and deletes each kind in
// turn (the key first, as a rollback does). Ends in finished(), with error() set unless every delete
// succeeded.
class DeviceCredentialDelete : public QObject
{
    Q_OBJECT

public:
    // settings: the port; access: how the job that wrote the credentials spoke to the device (its
    // profile as set up, and the line's rate, which replaces settings').
    DeviceCredentialDelete(SerialSettings settings, DeviceAccess access, int slot, QList<CredentialKind> kinds,
                           QObject *parent = nullptr);
    ~DeviceCredentialDelete() override;

    void start();
    std::optional<DeviceError> error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void deleteNext();
    void finish(std::optional<DeviceError> error);

    SerialSettings m_settings;
    DeviceAccess m_access;
    int m_slot;
    QList<CredentialKind> m_kinds;
    SerialLink *m_link;
    DeviceProfile *m_profile;
    std::optional<DeviceError> m_error;
};
