#pragma once

#include "simulator/SimulatorOptions.h"

#include <QString>

#include <functional>

namespace Simulator {

class CredentialStore;
class DeviceOutput;
class SimulatorFaults;

// What a device profile works with; all of it outlives the profile.
struct DeviceContext
{
    const SimulatorOptions &options;
    DeviceOutput &output;
    CredentialStore &store;
    SimulatorFaults &faults;
    // A line for the simulator's own log (stderr), e.g. that a fault struck. Never key material.
    std::function<void(const QString &)> note;
};

} // namespace Simulator
