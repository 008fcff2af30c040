#pragma once

#include "simulator/SimulatorFault.h"
#include "simulator/SimulatorOptions.h"
#include "simulator/StoredCredential.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimer>

#include <memory>

namespace Simulator {

class CredentialStore;
class DeviceBehaviour;
class PseudoTerminal;
class SerialLine;
class SimulatorFaults;

// A simulated device on a pseudo-terminal (see docs/device-simulator.md): a Zephyr shell, an
// nRF91 modem or a station-protocol device, behind a UART with a real byte rate and a small
// receive buffer, with the credentials it holds mirrored into a store file.
class DeviceSimulator : public QObject
{
    Q_OBJECT

public:
    struct Statistics
    {
        quint64 received = 0;
        quint64 dropped = 0;
        quint64 sent = 0;
    };

    // The options must have been resolved (SimulatorOptions::resolved()).
    explicit DeviceSimulator(SimulatorOptions options, QObject *parent = nullptr);
    ~DeviceSimulator() override;

    // Opens the pseudo-terminal, restores the store and powers the device on.
    bool start(QString *error);
    // The path a host opens as its serial port, e.g. /dev/pts/7.
    QString portName() const;
    const SimulatorOptions &options() const { return m_options; }

    QList<SimulatorFault> faults() const;
    void addFault(const SimulatorFault &fault);
    void clearFaults();

    QList<StoredCredential> credentials() const;
    // The store file's content, compact.
    QByteArray credentialsJson() const;

    // Power cycle: line and protocol state start over; stored credentials stay.
    void powerCycle();
    bool hasVanished() const;
    Statistics statistics() const;
    // What the firmware adds to the control socket's status, such as the modem's functional mode.
    QJsonObject firmwareStatus() const;

Q_SIGNALS:
    // The device disappeared (fault vanish): the host's port stays open and hears nothing.
    void vanished();
    // Something worth a line in the simulator's log: a fault struck, a burst was dropped.
    void note(const QString &message);

private:
    void scheduleLogNoise();

    SimulatorOptions m_options;
    std::unique_ptr<SimulatorFaults> m_faults;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<PseudoTerminal> m_terminal;
    std::unique_ptr<SerialLine> m_line;
    std::unique_ptr<DeviceBehaviour> m_behaviour;
    QRandomGenerator m_random;
    QTimer m_logNoiseTimer;
};

} // namespace Simulator
