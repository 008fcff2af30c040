#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace Simulator {

// The device end of a pseudo-terminal pair. The host opens slavePath() like a serial port.
// Nothing here blocks: the master is non-blocking and watched by socket notifiers.
class PseudoTerminal : public QObject
{
    Q_OBJECT

public:
    explicit PseudoTerminal(QObject *parent = nullptr);
    ~PseudoTerminal() override;

    bool open(QString *error);
    QString slavePath() const { return m_slavePath; }
    // The device is unplugged: the host's port stays open but nothing comes through any more.
    void close();

    // Queues bytes for the host and writes as much as the terminal takes now.
    void write(const QByteArray &bytes);

Q_SIGNALS:
    void received(const QByteArray &bytes);

private:
    void readAvailable();
    void writePending();

    int m_master = -1;
    // Held open so that the master never sees a hang-up while the host's port is closed.
    int m_slave = -1;
    QString m_slavePath;
    QByteArray m_pending;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
};

} // namespace Simulator
