#include "device/DeviceStateRestore.h"

#include "device/DeviceProfile.h"
#include "base/ForeignText.h"
#include "device/SerialLink.h"

DeviceStateRestore::DeviceStateRestore(SerialSettings settings, DeviceAccess access, QByteArray restoreCommand,
                                       QObject *parent)
    : QObject(parent)
    , m_settings(access.serial(std::move(settings)))
    , m_access(std::move(access))
    , m_restoreCommand(std::move(restoreCommand))
    , m_link(new SerialLink(m_settings, this))
    , m_profile(m_access.createProfile(this))
{
}

DeviceStateRestore::~DeviceStateRestore() = default;

void DeviceStateRestore::start()
{
    const QString step = tr("putting the device on %1 back as it was").arg(m_settings.portName);
    if (m_profile)
        m_change = m_profile->stateChange(m_restoreCommand);
    if (!m_change) {
        // Nothing from the journal file reaches the device unless its profile knows it for a restore.
        finish(DeviceError{DeviceError::Kind::NotSupported, step,
                           tr("the %1 profile does not know %2 as a command that puts a device back, so it was not "
                              "sent")
                               .arg(ForeignText::escaped(m_access.profile), DeviceProfile::quoted(m_restoreCommand))});
        return;
    }
    if (!m_link->open()) {
        finish(DeviceError{DeviceError::Kind::Disconnected, step, m_link->errorString()});
        return;
    }
    m_profile->attach(m_link);
    connect(m_profile, &DeviceProfile::stateRestored, this, [this] { finish(std::nullopt); });
    connect(m_profile, &DeviceProfile::operationFailed, this, [this](const DeviceError &error) { finish(error); });
    m_profile->restoreState(*m_change);
}

void DeviceStateRestore::finish(std::optional<DeviceError> error)
{
    m_link->close();
    m_error = std::move(error);
    Q_EMIT finished();
}
