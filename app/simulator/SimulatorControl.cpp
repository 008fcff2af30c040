#include "simulator/SimulatorControl.h"

#include "simulator/DeviceSimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Simulator {

SimulatorControl::SimulatorControl(DeviceSimulator *simulator, QObject *parent)
    : QObject(parent)
    , m_simulator(simulator)
{
}

SimulatorControl::~SimulatorControl() = default;

bool SimulatorControl::listen(const QString &path, QString *error)
{
    m_server = new QLocalServer(this);
    // Only the user who started the simulator may inject faults into it.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(path);
    if (!m_server->listen(path)) {
        *error = u"cannot listen on %1: %2"_s.arg(path, m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SimulatorControl::accept);
    return true;
}

void SimulatorControl::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readCommands(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void SimulatorControl::readCommands(QLocalSocket *socket)
{
    while (socket->canReadLine())
        socket->write(execute(socket->readLine().trimmed()) + '\n');
}

QByteArray SimulatorControl::execute(const QByteArray &command)
{
    const qsizetype space = command.indexOf(' ');
    const QByteArray verb = command.left(space < 0 ? command.size() : space);
    const QString argument =
            space < 0 ? QString() : QString::fromUtf8(command.mid(space + 1)).trimmed();

    if (verb == "fault") {
        QString error;
        const std::optional<SimulatorFault> fault = SimulatorFault::parse(argument, &error);
        if (!fault)
            return "error " + error.toUtf8();
        m_simulator->addFault(*fault);
        return "ok";
    }
    if (verb == "faults" && argument.isEmpty()) {
        QStringList specs;
        for (const SimulatorFault &fault : m_simulator->faults())
            specs.append(fault.toString());
        return (u"ok "_s + specs.join(u' ')).trimmed().toUtf8();
    }
    if (verb == "clear-faults" && argument.isEmpty()) {
        m_simulator->clearFaults();
        return "ok";
    }
    if (verb == "power-cycle" && argument.isEmpty()) {
        m_simulator->powerCycle();
        return "ok";
    }
    if (verb == "credentials" && argument.isEmpty())
        return "ok " + m_simulator->credentialsJson().trimmed();
    if (verb == "status" && argument.isEmpty()) {
        const DeviceSimulator::Statistics statistics = m_simulator->statistics();
        QJsonObject status{
                {u"profile"_s, SimulatorOptions::profileName(m_simulator->options().profile)},
                {u"port"_s, m_simulator->portName()},
                {u"vanished"_s, m_simulator->hasVanished()},
                {u"received"_s, double(statistics.received)},
                {u"dropped"_s, double(statistics.dropped)},
                {u"sent"_s, double(statistics.sent)},
                {u"credentials"_s, qint64(m_simulator->credentials().size())},
        };
        const QJsonObject firmware = m_simulator->firmwareStatus();
        for (auto it = firmware.constBegin(); it != firmware.constEnd(); ++it)
            status.insert(it.key(), it.value());
        return "ok " + QJsonDocument(status).toJson(QJsonDocument::Compact);
    }
    return "error unknown command \"" + command
            + "\": use fault SPEC, faults, clear-faults, power-cycle, credentials or status";
}

} // namespace Simulator
