#pragma once

#include <QtCrypto>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class SandboxProcess;

// The built-in Sandbox: the Foundry emulator and a few simulated devices, each its own process (the
// emulator links Qt HTTP Server, which the station must not), found beside the station's own program.
// It starts them, learns the emulator's URL and the devices' pseudo-terminals from what they print,
// and stops them when it goes. Its token and the emulator's CA live as long as the session, in memory
// and in a private temporary folder; nothing of it reaches another environment.
class SandboxSession : public QObject
{
    Q_OBJECT

public:
    struct Device
    {
        QString name;    // "zephyr-1": how the bench knows the device again on a new pseudo-terminal
        QString profile; // device-simulator's --profile
        QStringList arguments;
    };

    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    explicit SandboxSession(QObject *parent = nullptr);
    ~SandboxSession() override;

    // One device of each profile the station speaks.
    static QList<Device> defaultDevices();
    // Where foundry-emulator and device-simulator are; the station's own folder unless set.
    void setProgramDirectory(const QString &directory) { m_programDirectory = directory; }
    // Extra arguments for the emulator, such as faults (--fault http-500@provision).
    void setEmulatorArguments(const QStringList &arguments) { m_emulatorArguments = arguments; }

    // From Stopped or Failed: starts the emulator, then the devices; started() or failed() follows.
    void start(const QList<Device> &devices = defaultDevices());
    // Stops every program it started and forgets the session's token and CA.
    void stop();

    State state() const { return m_state; }
    QUrl apiUrl() const { return m_apiUrl; }
    QString caFile() const;
    // A journal for the session's jobs: its certificates exist only as long as its emulator does.
    QString journalFile() const;
    QCA::SecureArray token() const { return m_token; }
    QList<Device> devices() const { return m_devices; }
    // The device's pseudo-terminal; empty while it is not running.
    QString devicePort(const QString &name) const;
    // The file where the device keeps what it holds (docs/device-simulator.md).
    QString deviceStore(const QString &name) const;
    qint64 deviceProcessId(const QString &name) const;
    // Ends the device's program at once, as pulling it off the bench would.
    void unplugDevice(const QString &name);
    // Starts a device again (after it was unplugged or ended); it comes back on a new pseudo-terminal.
    void plugDeviceIn(const QString &name);

    static QString emulatorProgram() { return QStringLiteral("foundry-emulator"); }
    static QString simulatorProgram() { return QStringLiteral("device-simulator"); }

Q_SIGNALS:
    void stateChanged(SandboxSession::State state);
    // The emulator listens and every device has its port.
    void started();
    // Why the Sandbox could not start or lost its Foundry, in words a person can act on.
    void failed(const QString &problem);
    // A device is on port (again).
    void devicePlugged(const QString &name, const QString &port);
    // A device's program ended (unplugged, or it failed); problem says what happened.
    void deviceUnplugged(const QString &name, const QString &problem);

private:
    void transition(State next);
    void startDevice(const QString &name);
    void emulatorRunning(const QString &url);
    void fail(const QString &problem);
    // The program's path, or empty with problem set when it is not there.
    QString program(const QString &name, QString *problem) const;
    SandboxProcess *deviceProcess(const QString &name) const;
    void retire(SandboxProcess *process);

    State m_state = State::Stopped;
    QString m_programDirectory;
    QStringList m_emulatorArguments;
    QList<Device> m_devices;
    std::unique_ptr<QTemporaryDir> m_workDirectory;
    SandboxProcess *m_emulator = nullptr;
    QList<SandboxProcess *> m_deviceProcesses;
    QUrl m_apiUrl;
    QCA::SecureArray m_token;
};
