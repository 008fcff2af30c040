#pragma once

#include "CliCommand.h"
#include "jobs/ProvisioningJob.h"
#include "device/SerialSettings.h"

#include <QElapsedTimer>

class FoundryClient;
class JournalRecovery;
class SerialLink;

// provision --port P --device-id ID ...: one device, from an empty slot to a certificate that Foundry
// holds active with the device ID and topics. With --profile auto the device is first recognised the
// way inspect does it; then the job runs on its own opening of the port.
class ProvisionCommand : public CliCommand
{
    Q_OBJECT

public:
    ProvisionCommand(FoundryClient *client, SerialSettings serial, QString profile, ProvisioningJob::Settings settings,
                     CliOutput *output, QObject *parent = nullptr);
    void start() override;

private:
    // Jobs an earlier run left unfinished in the journal are dealt with before a new one starts.
    void recoverUnfinishedJobs();
    void provisionDevice();
    void runJob(const QString &profile);
    void report();

    FoundryClient *m_client;
    SerialSettings m_serial;
    QString m_profile;
    ProvisioningJob::Settings m_settings;
    SerialLink *m_link = nullptr;
    ProvisioningJob *m_job = nullptr;
    QElapsedTimer m_clock;
};
