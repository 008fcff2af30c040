#pragma once

#include "simulator/DeviceOutput.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>

namespace Simulator {

class DeviceBehaviour;
class PseudoTerminal;
class SimulatorFaults;

// A UART between the host and the firmware, at a given baud rate and without flow control.
//
// Bytes the host writes cross the wire one byte time apart, however fast the host wrote them,
// and land in a receive buffer of fixed size. The firmware drains that buffer whenever it is
// idle; while a command keeps it busy, the buffer fills and the rest of a burst is dropped.
// Bytes the firmware sends leave at the same rate. Everything is computed on a clock of its own,
// so the outcome depends on when the host wrote, not on when the event loop got round to it.
class SerialLine : public QObject, public DeviceOutput
{
    Q_OBJECT

public:
    SerialLine(int baud, int rxBuffer, PseudoTerminal *terminal, SimulatorFaults *faults,
               QObject *parent = nullptr);
    ~SerialLine() override;

    void setBehaviour(DeviceBehaviour *behaviour);

    // Power on, or cycle power: bytes in flight are lost and the firmware boots.
    void powerOn();
    // Gives the firmware a chance to log something unrelated; false if it was busy.
    bool injectLogNoise(quint32 random);

    bool hasVanished() const { return m_vanished; }
    quint64 bytesReceived() const { return m_received; }
    quint64 bytesDropped() const { return m_dropped; }
    quint64 bytesSent() const { return m_sent; }

    void send(const QByteArray &bytes) override;
    void commandStarted(std::chrono::microseconds busy) override;
    void extendBusy(std::chrono::microseconds busy) override;
    void commandFinished() override;
    std::chrono::microseconds uptime() const override;

Q_SIGNALS:
    void vanished();
    void note(const QString &message);

private:
    struct WireByte
    {
        qint64 at; // nanoseconds on the line's clock
        char value;
    };
    struct Transmission
    {
        QByteArray bytes;
        qint64 start;
        qsizetype written = 0;
    };

    void receiveFromHost(const QByteArray &bytes);
    void process();
    void transmit(qint64 now);
    void schedule(qint64 now);
    void vanish();
    bool isIdle(qint64 now) const;
    qint64 clock() const { return m_clock.nsecsElapsed(); }

    const qint64 m_byteTime; // nanoseconds per byte: 10 bit times
    const std::size_t m_rxCapacity;
    PseudoTerminal *m_terminal;
    SimulatorFaults *m_faults;
    DeviceBehaviour *m_behaviour = nullptr;

    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_now = 0;
    qint64 m_bootedAt = 0;
    qint64 m_wireFree = 0;
    qint64 m_transmitterFree = 0;
    qint64 m_busyUntil = 0;
    std::deque<WireByte> m_wire;
    std::deque<WireByte> m_rxBuffer;
    std::deque<Transmission> m_transmissions;
    bool m_commandSilenced = false;
    bool m_overrunReported = false;
    bool m_vanished = false;
    quint64 m_received = 0;
    quint64 m_dropped = 0;
    quint64 m_sent = 0;
};

} // namespace Simulator
