#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace Simulator {

// The device's end of a pseudo-terminal pair, raw: no echo, no line editing, no CR/LF translation.
// The host opens hostPath() like a serial port. Nothing here blocks: the master is non-blocking and
// watched by socket notifiers. The simulator's serial port, and the tests' stand-in for a device.
class PseudoTerminal : public QObject
{
    Q_OBJECT

public:
    // Whether this process holds the host's end open as well.
    enum class HostEnd {
        // The device end never reads a hang-up while no host has the port open, so a simulated device
        // outlives the stations that come and go. This process is then among those /proc lists as
        // having the port open.
        HeldOpen,
        // Only the host opens it: a station under test that looks through /proc for other readers of
        // its port finds none. While no host has the port open, reading stops at the hang-up;
        // startReading() resumes it once a host has.
        LeftToTheHost,
    };

    explicit PseudoTerminal(HostEnd hostEnd, QObject *parent = nullptr);
    ~PseudoTerminal() override;

    bool open(QString *error);
    QString hostPath() const { return m_hostPath; }
    // Takes what the host writes again after a hang-up.
    void startReading();
    // Queues bytes for the host and writes as much as the terminal takes now. False when some were
    // lost, as a real UART's output is when nobody reads it: the terminal is closed, or the backlog
    // full.
    bool write(QByteArrayView bytes);
    // The device is unplugged: the host's port stays open but nothing comes through any more.
    void close();

Q_SIGNALS:
    void received(const QByteArray &bytes);

private:
    void readAvailable();
    void writePending();

    HostEnd m_hostEnd;
    int m_master = -1;
    int m_hostSide = -1;
    QString m_hostPath;
    QByteArray m_pending;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
};

} // namespace Simulator
