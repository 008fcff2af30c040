#include "device/SerialPortWatcher.h"

#include <QTest>

using namespace std::chrono_literals;

namespace {

SerialPortList::Port port(const QString &name, const QString &serialNumber)
{
    SerialPortList::Port port;
    port.name = name;
    port.systemLocation = QStringLiteral("/dev/") + name;
    port.serialNumber = serialNumber;
    return port;
}

} // namespace

// The diff of the port lists, fed by a port list the test controls: no hardware needed.
class TestSerialPortWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void reportsEveryPortOfTheFirstPollAsAppeared();
    void reportsOnlyWhatChanged();
    void aDeviceRepluggedElsewhereLeavesBeforeItReappears();
    void anotherDeviceInTheSameSocketIsANewPort();
    void doesNotPollWhilePaused();

private:
    SerialPortWatcher *makeWatcher();
    QStringList events() const { return m_events; }

    QList<SerialPortList::Port> m_ports;
    int m_polls = 0;
    QStringList m_events;
    std::unique_ptr<SerialPortWatcher> m_watcher;
};

void TestSerialPortWatcher::init()
{
    m_ports.clear();
    m_polls = 0;
    m_events.clear();
    m_watcher.reset(makeWatcher());
}

SerialPortWatcher *TestSerialPortWatcher::makeWatcher()
{
    auto *watcher = new SerialPortWatcher([this] {
        ++m_polls;
        return m_ports;
    });
    connect(watcher, &SerialPortWatcher::portAppeared, this, [this](const SerialPortList::Port &port) {
        m_events << QStringLiteral("+%1 %2").arg(port.systemLocation, port.serialNumber);
    });
    connect(watcher, &SerialPortWatcher::portDisappeared, this, [this](const SerialPortList::Port &port) {
        m_events << QStringLiteral("-%1 %2").arg(port.systemLocation, port.serialNumber);
    });
    return watcher;
}

void TestSerialPortWatcher::reportsEveryPortOfTheFirstPollAsAppeared()
{
    m_ports = {port(QStringLiteral("ttyACM0"), QStringLiteral("A1")), port(QStringLiteral("ttyS0"), QString())};
    m_watcher->poll();
    QCOMPARE(events(), (QStringList{QStringLiteral("+/dev/ttyACM0 A1"), QStringLiteral("+/dev/ttyS0 ")}));
    QCOMPARE(m_watcher->ports().size(), 2);
}

void TestSerialPortWatcher::reportsOnlyWhatChanged()
{
    m_ports = {port(QStringLiteral("ttyACM0"), QStringLiteral("A1")), port(QStringLiteral("ttyACM1"), QStringLiteral("B2"))};
    m_watcher->poll();
    m_events.clear();
    m_watcher->poll();
    QCOMPARE(events(), QStringList());

    m_ports = {port(QStringLiteral("ttyACM1"), QStringLiteral("B2")), port(QStringLiteral("ttyUSB0"), QStringLiteral("C3"))};
    m_watcher->poll();
    QCOMPARE(events(), (QStringList{QStringLiteral("-/dev/ttyACM0 A1"), QStringLiteral("+/dev/ttyUSB0 C3")}));
    QCOMPARE(m_watcher->ports().size(), 2);
}

// The lane of a device follows its serial number: the old location is let go before the new one is
// announced, so a front end never sees the same device twice.
void TestSerialPortWatcher::aDeviceRepluggedElsewhereLeavesBeforeItReappears()
{
    m_ports = {port(QStringLiteral("ttyACM0"), QStringLiteral("A1"))};
    m_watcher->poll();
    m_events.clear();
    m_ports = {port(QStringLiteral("ttyACM3"), QStringLiteral("A1"))};
    m_watcher->poll();
    QCOMPARE(events(), (QStringList{QStringLiteral("-/dev/ttyACM0 A1"), QStringLiteral("+/dev/ttyACM3 A1")}));
}

// Swapping devices between two polls keeps the location but not the device.
void TestSerialPortWatcher::anotherDeviceInTheSameSocketIsANewPort()
{
    m_ports = {port(QStringLiteral("ttyACM0"), QStringLiteral("A1"))};
    m_watcher->poll();
    m_events.clear();
    m_ports = {port(QStringLiteral("ttyACM0"), QStringLiteral("Z9"))};
    m_watcher->poll();
    QCOMPARE(events(), (QStringList{QStringLiteral("-/dev/ttyACM0 A1"), QStringLiteral("+/dev/ttyACM0 Z9")}));
}

void TestSerialPortWatcher::doesNotPollWhilePaused()
{
    m_watcher->pause();
    m_watcher->pause();
    m_watcher->start(1ms);
    QTest::qWait(50);
    QCOMPARE(m_polls, 0);
    m_watcher->resume();
    QTest::qWait(50);
    QCOMPARE(m_polls, 0);
    QVERIFY(m_watcher->isPaused());

    m_ports = {port(QStringLiteral("ttyACM0"), QStringLiteral("A1"))};
    m_watcher->resume();
    QVERIFY(QTest::qWaitFor([this] { return m_polls > 0; }));
    QCOMPARE(events(), QStringList{QStringLiteral("+/dev/ttyACM0 A1")});
}

QTEST_GUILESS_MAIN(TestSerialPortWatcher)
#include "tst_serialportwatcher.moc"
