#pragma once

#include "device/SerialPortList.h"

#include <QList>
#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

// Serial ports coming and going, for a front end that shows one lane per port. Qt has no hot-plug
// notification, so the port list is polled and compared with the last one. A port is the same port
// while both its USB serial number and its location stay the same: a device replugged into another
// socket disappears at the old location and appears at the new one with its serial number, by which
// a front end recognises it. Polling asks the system for every port's USB details, so it can be
// paused while a lane writes to a device.
class SerialPortWatcher : public QObject
{
    Q_OBJECT

public:
    // Where the port list comes from: the system's (SerialPortList::available) or a test's.
    using PortSource = std::function<QList<SerialPortList::Port>()>;

    explicit SerialPortWatcher(QObject *parent = nullptr);
    explicit SerialPortWatcher(PortSource source, QObject *parent = nullptr);

    // From the next poll on, the ports come from source.
    void setSource(PortSource source) { m_source = std::move(source); }
    // Polls now and then every interval, unless paused.
    void start(std::chrono::milliseconds interval = std::chrono::milliseconds(1000));
    void stop();
    // Compares the port list with the last one now, paused or not.
    void poll();

    // Pauses are counted: each writer pauses once and resumes once, and polling goes on when the last
    // has resumed.
    void pause();
    void resume();
    bool isPaused() const { return m_pauses > 0; }

    // The ports present at the last poll.
    const QList<SerialPortList::Port> &ports() const { return m_ports; }
    static bool samePort(const SerialPortList::Port &a, const SerialPortList::Port &b);

Q_SIGNALS:
    void portAppeared(const SerialPortList::Port &port);
    void portDisappeared(const SerialPortList::Port &port);

private:
    PortSource m_source;
    QTimer *m_timer;
    QList<SerialPortList::Port> m_ports;
    int m_pauses = 0;
};
