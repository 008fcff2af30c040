#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace Simulator {

class DeviceSimulator;

// A local socket through which a test or a trainer changes a running device: one command per
// line, one reply line each (see docs/device-simulator.md).
class SimulatorControl : public QObject
{
    Q_OBJECT

public:
    SimulatorControl(DeviceSimulator *simulator, QObject *parent = nullptr);
    ~SimulatorControl() override;

    bool listen(const QString &path, QString *error);
    // Runs one command line and returns the reply, without its newline.
    QByteArray execute(const QByteArray &command);

private:
    void accept();
    void readCommands(QLocalSocket *socket);

    DeviceSimulator *m_simulator;
    QLocalServer *m_server = nullptr;
};

} // namespace Simulator
