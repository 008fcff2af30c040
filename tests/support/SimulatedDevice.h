#pragma once

#include "device/SerialLink.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// A device-simulator process on a pseudo-terminal, as the tests use it: a fresh store file, the
// device's log on the test's standard error, and the port it reports. Terminated when destroyed.
class SimulatedDevice
{
public:
    explicit SimulatedDevice(QString storeFile);
    ~SimulatedDevice();
    SimulatedDevice(const SimulatedDevice &) = delete;
    SimulatedDevice &operator=(const SimulatedDevice &) = delete;

    // False when the simulator did not start or reported no pseudo-terminal.
    bool start(const QString &profile, const QStringList &extraArguments = {});
    QString portName() const { return m_portName; }
    // The station's serial link to portName(), open, at the rate start's "--baud" gave the device, as
    // it would run on a real line; null, with a warning, when it did not open.
    std::unique_ptr<SerialLink> openLink() const;
    // The credentials the store file holds, as the simulator documents them.
    QJsonArray storedCredentials() const;
    // What the control socket's "status" answers (docs/device-simulator.md); empty when it does not.
    QJsonObject status() const;
    // One command on the control socket (docs/device-simulator.md) and its reply line; empty when none came.
    QString control(const QString &command) const;

private:
    QString m_storeFile;
    QString m_controlPath;
    QString m_portName;
    QStringList m_extraArguments;
    QProcess m_process;
};
