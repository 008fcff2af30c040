#include "jobs/SandboxSession.h"

#include "jobs/SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

namespace {

// A fresh token per session: the emulator takes it from its environment, never from its command line,
// which every user of the computer can read.
QCA::SecureArray freshToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    QCA::SecureArray token(bytes.toHex());
    bytes.fill('\0');
    return token;
}

} // namespace

SandboxSession::SandboxSession(QObject *parent)
    : QObject(parent)
    , m_programDirectory(QCoreApplication::applicationDirPath())
{
}

SandboxSession::~SandboxSession()
{
    stop();
}

QList<SandboxSession::Device> SandboxSession::defaultDevices()
{
    return {
        {QStringLiteral("zephyr-1"), QStringLiteral("zephyr-shell"),
         {QStringLiteral("--cred-buf-size"), QStringLiteral("4096"), QStringLiteral("--cred-buf-load")}},
        {QStringLiteral("nrf-1"), QStringLiteral("nrf-modem"), {}},
        {QStringLiteral("station-1"), QStringLiteral("station"), {QStringLiteral("--serial"), QStringLiteral("FPS-SIM-0001")}},
    };
}

void SandboxSession::start(const QList<Device> &devices)
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    stop();
    m_devices = devices;
    QString problem;
    const QString emulator = program(emulatorProgram(), &problem);
    if (!devices.isEmpty() && problem.isEmpty())
        program(simulatorProgram(), &problem);
    if (!problem.isEmpty()) {
        fail(problem);
        return;
    }
    m_workDirectory = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/foundry-sandbox-XXXXXX"));
    if (!m_workDirectory->isValid()) {
        fail(tr("the Sandbox has no folder for its files (%1); make room in %2 and try again")
                 .arg(m_workDirectory->errorString(), QDir::tempPath()));
        return;
    }
    transition(State::Starting);
    m_token = freshToken();
    m_emulator = new SandboxProcess(tr("the Foundry emulator"), emulator,
                                    QStringList{QStringLiteral("--ca-out"), caFile()} + m_emulatorArguments,
                                    QByteArrayLiteral("listening"), this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FOUNDRY_TOKEN"), QString::fromLatin1(m_token.toByteArray()));
    m_emulator->setEnvironment(environment);
    m_emulator->setLogFile(m_workDirectory->filePath(QStringLiteral("emulator.log")));
    connect(m_emulator, &SandboxProcess::running, this, &SandboxSession::emulatorRunning);
    connect(m_emulator, &SandboxProcess::ended, this, &SandboxSession::fail);
    m_emulator->start();
}

void SandboxSession::emulatorRunning(const QString &url)
{
    m_apiUrl = QUrl(url, QUrl::StrictMode);
    if (!m_apiUrl.isValid()) {
        fail(tr("the Foundry emulator gave an unusable address"));
        return;
    }
    for (const Device &device : std::as_const(m_devices))
        startDevice(device.name);
    if (m_devices.isEmpty())
        transition(State::Running);
}

void SandboxSession::startDevice(const QString &name)
{
    const auto device = std::find_if(m_devices.cbegin(), m_devices.cend(),
                                     [&name](const Device &known) { return known.name == name; });
    if (device == m_devices.cend() || !m_workDirectory)
        return;
    QString problem;
    const QString simulator = program(simulatorProgram(), &problem);
    if (simulator.isEmpty()) {
        Q_EMIT deviceUnplugged(name, problem);
        return;
    }
    if (SandboxProcess *earlier = deviceProcess(name)) {
        m_deviceProcesses.removeOne(earlier);
        retire(earlier);
    }
    auto *process = new SandboxProcess(
        tr("the simulated device %1").arg(name), simulator,
        QStringList{QStringLiteral("--profile"), device->profile, QStringLiteral("--store"), deviceStore(name),
                    QStringLiteral("--fresh")}
            + device->arguments,
        QByteArrayLiteral("pty"), this);
    process->setObjectName(name);
    process->setLogFile(m_workDirectory->filePath(name + QStringLiteral(".log")));
    connect(process, &SandboxProcess::running, this, [this, name](const QString &port) {
        Q_EMIT devicePlugged(name, port);
        if (m_state != State::Starting)
            return;
        for (const SandboxProcess *each : std::as_const(m_deviceProcesses)) {
            if (each->state() != SandboxProcess::State::Running)
                return;
        }
        transition(State::Running);
    });
    connect(process, &SandboxProcess::ended, this, [this, name](const QString &why) {
        if (m_state == State::Starting)
            fail(why);
        else
            Q_EMIT deviceUnplugged(name, why);
    });
    m_deviceProcesses.append(process);
    process->start();
}

void SandboxSession::stop()
{
    // Devices first: the lanes that still hold their ports see them go, then Foundry.
    // stop() may be called from a program's own signal: each is stopped now, deleted later.
    const QList<SandboxProcess *> devices = std::exchange(m_deviceProcesses, {});
    for (SandboxProcess *device : devices)
        retire(device);
    if (m_emulator)
        retire(std::exchange(m_emulator, nullptr));
    m_workDirectory.reset();
    m_apiUrl.clear();
    m_token.clear();
    if (m_state != State::Failed)
        transition(State::Stopped);
}

QString SandboxSession::caFile() const
{
    return m_workDirectory ? m_workDirectory->filePath(QStringLiteral("ca.pem")) : QString();
}

QString SandboxSession::journalFile() const
{
    return m_workDirectory ? m_workDirectory->filePath(QStringLiteral("journal.sqlite")) : QString();
}

QString SandboxSession::devicePort(const QString &name) const
{
    const SandboxProcess *process = deviceProcess(name);
    return process && process->state() == SandboxProcess::State::Running ? process->announced() : QString();
}

QString SandboxSession::deviceStore(const QString &name) const
{
    return m_workDirectory ? m_workDirectory->filePath(name + QStringLiteral(".json")) : QString();
}

qint64 SandboxSession::deviceProcessId(const QString &name) const
{
    const SandboxProcess *process = deviceProcess(name);
    return process ? process->processId() : 0;
}

void SandboxSession::unplugDevice(const QString &name)
{
    if (SandboxProcess *process = deviceProcess(name))
        process->kill();
}

void SandboxSession::plugDeviceIn(const QString &name)
{
    if (m_state == State::Running)
        startDevice(name);
}

void SandboxSession::transition(State next)
{
    if (next == m_state)
        return;
    m_state = next;
    Q_EMIT stateChanged(next);
    if (next == State::Running)
        Q_EMIT started();
}

void SandboxSession::fail(const QString &problem)
{
    if (m_state == State::Failed)
        return;
    stop();
    transition(State::Failed);
    Q_EMIT failed(problem);
}

QString SandboxSession::program(const QString &name, QString *problem) const
{
    const QString path = QDir(m_programDirectory).filePath(name);
    if (QFileInfo(path).isExecutable())
        return path;
    *problem = tr("the Sandbox needs the program %1 beside the station, in %2, and it is not there; install the "
                  "station's Sandbox programs with it (./dev build builds them), or choose another environment")
                   .arg(name, QDir::toNativeSeparators(m_programDirectory));
    return {};
}

void SandboxSession::retire(SandboxProcess *process)
{
    process->disconnect(this);
    process->stop();
    process->deleteLater();
}

SandboxProcess *SandboxSession::deviceProcess(const QString &name) const
{
    const auto found = std::find_if(m_deviceProcesses.cbegin(), m_deviceProcesses.cend(),
                                    [&name](const SandboxProcess *process) { return process->objectName() == name; });
    return found == m_deviceProcesses.cend() ? nullptr : *found;
}
