#pragma once

#include "simulator/SimulatorFault.h"

#include <QList>

#include <optional>

namespace Simulator {

// The faults waiting to happen to one device, in the order they were added.
class SimulatorFaults
{
public:
    void add(const SimulatorFault &fault);
    void clear();
    QList<SimulatorFault> list() const;

    bool has(SimulatorFault::Kind kind) const;
    // Uses up one occurrence of the first pending fault of that kind, if there is one.
    std::optional<SimulatorFault> take(SimulatorFault::Kind kind);
    // Counts one received byte against a pending vanish; true when the device must disappear now.
    bool vanishAfterByte();

private:
    QList<SimulatorFault> m_faults;
};

} // namespace Simulator
