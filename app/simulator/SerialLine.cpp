#include "simulator/SerialLine.h"

#include "simulator/DeviceBehaviour.h"
#include "simulator/PseudoTerminal.h"
#include "simulator/SimulatorFaults.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Simulator {

namespace {

constexpr qint64 never = std::numeric_limits<qint64>::max();

} // namespace

SerialLine::SerialLine(int baud, int rxBuffer, PseudoTerminal *terminal, SimulatorFaults *faults,
                       QObject *parent)
    : QObject(parent)
    , m_byteTime(qint64(10) * 1000000000 / baud)
    , m_rxCapacity(std::size_t(rxBuffer))
    , m_terminal(terminal)
    , m_faults(faults)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SerialLine::process);
    connect(m_terminal, &PseudoTerminal::received, this, &SerialLine::receiveFromHost);
}

SerialLine::~SerialLine() = default;

void SerialLine::setBehaviour(DeviceBehaviour *behaviour)
{
    m_behaviour = behaviour;
}

void SerialLine::powerOn()
{
    if (m_vanished || !m_behaviour)
        return;
    m_wire.clear();
    m_rxBuffer.clear();
    m_transmissions.clear();
    m_now = clock();
    m_bootedAt = m_now;
    m_busyUntil = m_now;
    m_transmitterFree = m_now;
    m_commandSilenced = false;
    m_overrunReported = false;
    m_behaviour->boot();
    transmit(m_now);
    schedule(m_now);
}

bool SerialLine::injectLogNoise(quint32 random)
{
    const qint64 now = clock();
    if (m_vanished || !m_behaviour || !isIdle(now))
        return false;
    m_now = now;
    m_behaviour->logNoise(random);
    transmit(now);
    schedule(now);
    return true;
}

void SerialLine::send(const QByteArray &bytes)
{
    // A device that stopped answering still runs; only its output never reaches the wire.
    if (m_vanished || bytes.isEmpty() || m_commandSilenced
        || m_faults->has(SimulatorFault::Kind::StopAnswering)) {
        return;
    }
    const qint64 start = std::max({m_transmitterFree, m_now, m_busyUntil});
    m_transmissions.push_back({bytes, start});
    m_transmitterFree = start + bytes.size() * m_byteTime;
}

void SerialLine::commandStarted(std::chrono::microseconds busy)
{
    m_busyUntil = std::max(m_busyUntil, m_now + busy.count() * 1000);
    if (m_faults->take(SimulatorFault::Kind::StopAnswering)) {
        m_commandSilenced = true;
        Q_EMIT note(u"fault stop-answering: a command goes unanswered"_s);
    }
}

void SerialLine::extendBusy(std::chrono::microseconds busy)
{
    m_busyUntil = std::max(m_busyUntil, m_now) + busy.count() * 1000;
}

void SerialLine::commandFinished()
{
    m_commandSilenced = false;
}

std::chrono::microseconds SerialLine::uptime() const
{
    return std::chrono::microseconds((m_now - m_bootedAt) / 1000);
}

void SerialLine::receiveFromHost(const QByteArray &bytes)
{
    if (m_vanished)
        return;
    // Whatever the host's burst, the wire carries one byte per byte time.
    const qint64 now = clock();
    for (const char byte : bytes) {
        m_wireFree = std::max(m_wireFree, now) + m_byteTime;
        m_wire.push_back({m_wireFree, byte});
    }
    process();
}

void SerialLine::process()
{
    if (m_vanished || !m_behaviour)
        return;
    const qint64 now = clock();
    for (;;) {
        const qint64 consumeAt = m_rxBuffer.empty()
                ? never
                : std::max(m_busyUntil, m_rxBuffer.front().at);
        const qint64 arriveAt = m_wire.empty() ? never : m_wire.front().at;
        // On a tie the firmware reads first: an idle device never lets its buffer fill.
        if (consumeAt <= arriveAt) {
            if (consumeAt > now)
                break;
            m_now = consumeAt;
            const char byte = m_rxBuffer.front().value;
            m_rxBuffer.pop_front();
            if (m_rxBuffer.empty())
                m_overrunReported = false;
            m_behaviour->receive(byte);
        } else {
            if (arriveAt > now)
                break;
            m_now = arriveAt;
            const WireByte byte = m_wire.front();
            m_wire.pop_front();
            ++m_received;
            if (m_rxBuffer.size() < m_rxCapacity) {
                m_rxBuffer.push_back(byte);
            } else {
                ++m_dropped;
                if (!m_overrunReported) {
                    m_overrunReported = true;
                    m_behaviour->receiveOverrun();
                    Q_EMIT note(u"receive buffer full: dropping bytes of a burst"_s);
                }
            }
            if (m_faults->vanishAfterByte()) {
                vanish();
                return;
            }
        }
    }
    transmit(now);
    schedule(now);
}

void SerialLine::transmit(qint64 now)
{
    QByteArray due;
    while (!m_transmissions.empty()) {
        Transmission &transmission = m_transmissions.front();
        if (now < transmission.start)
            break;
        // A byte reaches the host once its last bit has crossed the wire.
        const qsizetype done = qsizetype(std::min<qint64>(transmission.bytes.size(),
                                                          (now - transmission.start) / m_byteTime));
        if (done > transmission.written) {
            due += transmission.bytes.mid(transmission.written, done - transmission.written);
            transmission.written = done;
        }
        if (transmission.written < transmission.bytes.size())
            break;
        m_transmissions.pop_front();
    }
    if (!due.isEmpty()) {
        m_sent += quint64(due.size());
        m_terminal->write(due);
    }
}

void SerialLine::schedule(qint64 now)
{
    qint64 next = never;
    if (!m_wire.empty())
        next = m_wire.front().at;
    if (!m_rxBuffer.empty())
        next = std::min(next, std::max(m_busyUntil, m_rxBuffer.front().at));
    if (!m_transmissions.empty()) {
        const Transmission &transmission = m_transmissions.front();
        next = std::min(next, transmission.start + (transmission.written + 1) * m_byteTime);
    }
    if (next == never) {
        m_timer.stop();
        return;
    }
    // Millisecond ticks: at high rates each tick moves a batch of bytes, and the clock above
    // keeps their timing exact anyway.
    const qint64 waitMs = std::max<qint64>(1, (next - now + 999999) / 1000000);
    m_timer.start(std::chrono::milliseconds(waitMs));
}

void SerialLine::vanish()
{
    m_vanished = true;
    m_timer.stop();
    m_wire.clear();
    m_rxBuffer.clear();
    m_transmissions.clear();
    m_terminal->close();
    Q_EMIT note(u"fault vanish: the device disappeared after %1 bytes"_s.arg(m_received));
    Q_EMIT vanished();
}

bool SerialLine::isIdle(qint64 now) const
{
    return m_wire.empty() && m_rxBuffer.empty() && m_transmissions.empty() && now >= m_busyUntil;
}

} // namespace Simulator
