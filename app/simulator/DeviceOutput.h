#pragma once

#include <QByteArray>

#include <chrono>

namespace Simulator {

// The device's side of its serial line, as firmware sees it: bytes to transmit, and the time a
// command keeps the firmware from reading its receive buffer.
class DeviceOutput
{
public:
    virtual ~DeviceOutput() = default;

    // Queues bytes for transmission. While a command runs, they leave once it has finished.
    virtual void send(const QByteArray &bytes) = 0;
    // A complete command starts; for `busy` the firmware reads nothing and incoming bytes pile
    // up in the receive buffer. Everything sent until commandFinished() belongs to it.
    virtual void commandStarted(std::chrono::microseconds busy) = 0;
    // The running command does more work, flash erases or programming: the firmware stays busy
    // that much longer, and what it sends leaves after it.
    virtual void extendBusy(std::chrono::microseconds busy) = 0;
    virtual void commandFinished() = 0;
    // Time since the device was powered on, for log timestamps.
    virtual std::chrono::microseconds uptime() const = 0;
};

} // namespace Simulator
