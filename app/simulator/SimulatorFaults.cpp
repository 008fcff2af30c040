#include "simulator/SimulatorFaults.h"

#include <algorithm>

namespace Simulator {

void SimulatorFaults::add(const SimulatorFault &fault)
{
    m_faults.append(fault);
}

void SimulatorFaults::clear()
{
    m_faults.clear();
}

QList<SimulatorFault> SimulatorFaults::list() const
{
    return m_faults;
}

bool SimulatorFaults::has(SimulatorFault::Kind kind) const
{
    return std::any_of(m_faults.cbegin(), m_faults.cend(),
                       [kind](const SimulatorFault &fault) { return fault.kind == kind; });
}

std::optional<SimulatorFault> SimulatorFaults::take(SimulatorFault::Kind kind)
{
    const auto it = std::find_if(m_faults.begin(), m_faults.end(), [kind](const SimulatorFault &f) {
        return f.kind == kind;
    });
    if (it == m_faults.end())
        return std::nullopt;
    const SimulatorFault taken = *it;
    if (it->remaining > 0 && --it->remaining == 0)
        m_faults.erase(it);
    return taken;
}

bool SimulatorFaults::vanishAfterByte()
{
    const auto it = std::find_if(m_faults.begin(), m_faults.end(), [](const SimulatorFault &fault) {
        return fault.kind == SimulatorFault::Kind::Vanish;
    });
    if (it == m_faults.end())
        return false;
    const int left = it->value.value_or(1) - 1;
    if (left > 0) {
        it->value = left;
        return false;
    }
    m_faults.erase(it);
    return true;
}

} // namespace Simulator
