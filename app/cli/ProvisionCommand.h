#pragma once

#include "CliCommand.h"
#include "device/SerialSettings.h"
#include "device/smp/SmpFileLayout.h"
#include "jobs/ProvisioningJob.h"
#include "jobs/ProvisioningLane.h"

#include <QElapsedTimer>

#include <memory>

class FoundryClient;
class QSettings;
class RememberedProfiles;

// provision --port P --device-id ID ...: one device, from an empty slot to a certificate that Foundry
// holds active with the device ID and topics, on a ProvisioningLane of its own: the port's unfinished
// jobs are recovered first, and with --profile auto the device is recognised before the job.
class ProvisionCommand : public CliCommand
{
    Q_OBJECT

public:
    // Given: settings hold the device ID. Device: the device's own serial number, once the lane has
    // asked for it, unless the journal shows that device provisioned already.
    enum class DeviceIdSource { Given, Device };

    ProvisionCommand(FoundryClient *client, SerialSettings serial, QString profile, ProvisioningJob::Settings settings,
                     DeviceIdSource source, CliOutput *output, QObject *parent = nullptr);
    ~ProvisionCommand() override;
    // For an MCUmgr device: the product's files and encoding instead of the defaults.
    void setSmpFiles(const SmpFileLayout &files) { m_smpFiles = files; }
    void start() override;

private:
    void reportRecovery();
    void openFailed(const DeviceError &error);
    void runJob();
    void report(ProvisioningJob *job);

    FoundryClient *m_client;
    SerialSettings m_serial;
    QString m_profile;
    SmpFileLayout m_smpFiles = SmpFileLayout::defaults();
    ProvisioningJob::Settings m_settings;
    DeviceIdSource m_deviceIdSource;
    std::unique_ptr<QSettings> m_settingsFile;
    std::unique_ptr<RememberedProfiles> m_rememberedProfiles;
    ProvisioningLane *m_lane = nullptr;
    QElapsedTimer m_clock;
};
