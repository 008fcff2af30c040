#pragma once

#include "CliCommand.h"
#include "device/SerialSettings.h"

#include <optional>

class DeviceInspection;

// inspect --port P [--profile auto|NAME] [--slot N]: what the device is and what it holds.
class InspectCommand : public CliCommand
{
    Q_OBJECT

public:
    InspectCommand(SerialSettings settings, QString profile, std::optional<int> slot, CliOutput *output,
                   QObject *parent = nullptr);
    void start() override;

private:
    void report();

    DeviceInspection *m_inspection;
    SerialSettings m_settings;
};
