#include "device/DeviceCredentialDelete.h"

#include "base/ForeignText.h"
#include "device/DeviceProfile.h"
#include "device/SerialLink.h"

DeviceCredentialDelete::DeviceCredentialDelete(SerialSettings settings, DeviceAccess access, int slot,
                                               QList<CredentialKind> kinds, QObject *parent)
    : QObject(parent)
    , m_settings(access.serial(std::move(settings)))
    , m_access(std::move(access))
    , m_slot(slot)
    , m_kinds(std::move(kinds))
    , m_link(new SerialLink(m_settings, this))
    , m_profile(m_access.createProfile(this))
{
}

DeviceCredentialDelete::~DeviceCredentialDelete() = default;

void DeviceCredentialDelete::start()
{
    const QString step = tr("deleting from slot %1 on %2").arg(m_slot).arg(m_settings.portName);
    if (!m_profile) {
        finish(DeviceError{DeviceError::Kind::NotSupported, step,
                           tr("the station has no device profile named %1. Check the product's device profile.").arg(ForeignText::escaped(m_access.profile))});
        return;
    }
    if (!m_link->open()) {
        finish(DeviceError{DeviceError::Kind::Disconnected, step, m_link->errorString()});
        return;
    }
    m_profile->attach(m_link);
    connect(m_profile, &DeviceProfile::credentialDeleted, this, &DeviceCredentialDelete::deleteNext);
    connect(m_profile, &DeviceProfile::operationFailed, this, [this](const DeviceError &error) { finish(error); });
    deleteNext();
}

void DeviceCredentialDelete::deleteNext()
{
    if (m_kinds.isEmpty()) {
        finish(std::nullopt);
        return;
    }
    m_profile->deleteCredential(m_slot, m_kinds.takeFirst());
}

void DeviceCredentialDelete::finish(std::optional<DeviceError> error)
{
    m_link->close();
    m_error = std::move(error);
    Q_EMIT finished();
}
