#include "device/SerialPortWatcher.h"

#include <QTimer>

#include <algorithm>
#include <utility>

SerialPortWatcher::SerialPortWatcher(QObject *parent)
    : SerialPortWatcher(&SerialPortList::available, parent)
{
}

SerialPortWatcher::SerialPortWatcher(PortSource source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!isPaused())
            poll();
    });
}

void SerialPortWatcher::start(std::chrono::milliseconds interval)
{
    m_timer->start(interval);
    if (!isPaused())
        poll();
}

void SerialPortWatcher::stop()
{
    m_timer->stop();
}

void SerialPortWatcher::pause()
{
    ++m_pauses;
}

void SerialPortWatcher::resume()
{
    if (m_pauses > 0)
        --m_pauses;
}

bool SerialPortWatcher::samePort(const SerialPortList::Port &a, const SerialPortList::Port &b)
{
    return a.serialNumber == b.serialNumber && a.systemLocation == b.systemLocation;
}

void SerialPortWatcher::poll()
{
    const QList<SerialPortList::Port> now = m_source();
    const auto contains = [](const QList<SerialPortList::Port> &ports, const SerialPortList::Port &port) {
        return std::any_of(ports.cbegin(), ports.cend(),
                           [&port](const SerialPortList::Port &other) { return samePort(port, other); });
    };
    const QList<SerialPortList::Port> before = std::exchange(m_ports, now);
    // Gone first, so that a device replugged elsewhere leaves its old lane before it gets a new one.
    for (const SerialPortList::Port &port : before) {
        if (!contains(now, port))
            Q_EMIT portDisappeared(port);
    }
    for (const SerialPortList::Port &port : now) {
        if (!contains(before, port))
            Q_EMIT portAppeared(port);
    }
}
