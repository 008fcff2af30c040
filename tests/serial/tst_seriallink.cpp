#include "device/SerialLink.h"
#include "simulator/PseudoTerminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>

using namespace std::chrono_literals;
using Simulator::PseudoTerminal;

// SerialLink on real pseudo-terminals: the test holds the device's end. Each test declares the
// terminal before the link, so the link closes its port before the terminal's end goes away.
class TestSerialLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesBothWays();
    void pacedWritesTakeTheirWireTime();
    void pacingAskedForByTheDevice();
    void unpacedWriteLargerThanTheDriverBuffer();
    void flushInputDropsEarlierInput();
    void openMissingPort_data();
    void openMissingPort();
    void openPortInUse();
    void openSameDeviceByAnotherName();
    void detectionNamesAnotherReader();
    void openWithoutPermission();
    void openRefusesInvalidSettings();
    void closeIsQuietAndReopenWorks();
    void deviceVanishes_data();
    void deviceVanishes();

private:
    // Opens the device's end and collects in atDevice what the station writes to it. The host's end
    // is left to the link under test, whose check for other readers of its port must not find this
    // process. Empty, or what went wrong.
    static QString openDeviceEnd(PseudoTerminal &terminal, QByteArray *atDevice);
    static SerialSettings settingsFor(const PseudoTerminal &terminal, int pacingChunkBytes = 64, qint32 baudRate = 115200);
    // foundry-station-cli inspect on port, as a second station would run it: its exit code and errors.
    static std::pair<int, QByteArray> inspect(const QString &port);
    static std::chrono::microseconds processCpuTime();
};

QString TestSerialLink::openDeviceEnd(PseudoTerminal &terminal, QByteArray *atDevice)
{
    QString error;
    if (!terminal.open(&error))
        return error;
    connect(&terminal, &PseudoTerminal::received, &terminal, [atDevice](const QByteArray &bytes) { *atDevice += bytes; });
    return {};
}

SerialSettings TestSerialLink::settingsFor(const PseudoTerminal &terminal, int pacingChunkBytes, qint32 baudRate)
{
    SerialSettings settings;
    settings.portName = terminal.hostPath();
    settings.baudRate = baudRate;
    settings.pacingChunkBytes = pacingChunkBytes;
    return settings;
}

std::pair<int, QByteArray> TestSerialLink::inspect(const QString &port)
{
    QProcess station;
    station.setStandardInputFile(QProcess::nullDevice());
    station.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"), {QStringLiteral("inspect"), QStringLiteral("--port"), port});
    if (!QTest::qWaitFor([&station] { return station.state() == QProcess::NotRunning; }, 60000))
        station.kill();
    station.waitForFinished();
    return {station.exitCode(), station.readAllStandardError()};
}

std::chrono::microseconds TestSerialLink::processCpuTime()
{
    rusage usage = {};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto micros = [](const timeval &time) {
        return std::chrono::seconds(time.tv_sec) + std::chrono::microseconds(time.tv_usec);
    };
    return micros(usage.ru_utime) + micros(usage.ru_stime);
}

void TestSerialLink::bytesBothWays()
{
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SerialLink link(settingsFor(terminal));
    QVERIFY2(link.open(), qPrintable(link.errorString()));
    QVERIFY(link.isOpen());
    terminal.startReading();
    QSignalSpy drained(&link, &SerialLink::writeDrained);
    QSignalSpy failed(&link, &SerialLink::failed);

    const QByteArray command("cred list\r\n");
    QVERIFY(link.write(command));
    QVERIFY(drained.wait());
    QVERIFY(QTest::qWaitFor([&] { return atDevice.size() >= command.size(); }));
    QCOMPARE(atDevice, command);
    QCOMPARE(link.bytesToWrite(), 0);

    QByteArray answer;
    connect(&link, &SerialLink::bytesReceived, this, [&answer](const QByteArray &bytes) { answer += bytes; });
    static const char raw[] = "\x1b[1;32muart:~$ \x1b[m\r\n\0binary\xff";
    const QByteArray reply(raw, sizeof raw - 1);
    QVERIFY(terminal.write(reply));
    QVERIFY(QTest::qWaitFor([&] { return answer.size() >= reply.size(); }));
    QCOMPARE(answer, reply);
    QCOMPARE(drained.size(), 1);
    QCOMPARE(failed.size(), 0);
}

// 96 bytes at 1200 baud, 8N1, in chunks of 16: 800 ms on the wire. Nothing about a pseudo-terminal
// slows it down, so only the pacing can make the transfer take that long.
void TestSerialLink::pacedWritesTakeTheirWireTime()
{
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const SerialSettings settings = settingsFor(terminal, 16, 1200);
    SerialLink link(settings);
    QVERIFY2(link.open(), qPrintable(link.errorString()));
    terminal.startReading();
    QSignalSpy drained(&link, &SerialLink::writeDrained);

    QByteArray data;
    for (int i = 0; i < 96; ++i)
        data.append(char('A' + i % 26));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(link.write(data.first(40)));
    QVERIFY(link.write(data.sliced(40)));
    QVERIFY(QTest::qWaitFor([&] { return atDevice.size() >= data.size(); }, 10000));
    const auto lastChunkArrived = std::chrono::milliseconds(clock.elapsed());
    QVERIFY(drained.wait(10000));
    const auto drainedAfter = std::chrono::milliseconds(clock.elapsed());

    QCOMPARE(atDevice, data);
    QCOMPARE(drained.size(), 1);
    // The last chunk leaves once the five before it have had their wire time.
    QVERIFY2(lastChunkArrived >= settings.wireTime(data.size() - 16),
             qPrintable(QStringLiteral("all bytes arrived after %1 ms").arg(lastChunkArrived.count())));
    QVERIFY2(drainedAfter >= settings.wireTime(data.size()),
             qPrintable(QStringLiteral("drained after %1 ms").arg(drainedAfter.count())));
}

// A device that reads its buffer slowly asks for small pieces far apart (station protocol 3.7).
void TestSerialLink::pacingAskedForByTheDevice()
{
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const SerialSettings settings = settingsFor(terminal, 64, 115200);
    SerialLink link(settings);
    QVERIFY2(link.open(), qPrintable(link.errorString()));
    link.setPacing(10, 2, std::chrono::milliseconds(20));
    terminal.startReading();
    QSignalSpy drained(&link, &SerialLink::writeDrained);

    const QByteArray data(50, 'x');
    QElapsedTimer clock;
    clock.start();
    QVERIFY(link.write(data));
    QVERIFY(drained.wait(10000));
    QCOMPARE(atDevice, data);
    // Five pieces, each followed by the 20 ms floor, which is longer than twice their wire time.
    QVERIFY2(clock.elapsed() >= 5 * 20, qPrintable(QStringLiteral("drained after %1 ms").arg(clock.elapsed())));
}

// Without pacing everything goes to the port at once; far more than the terminal buffers, so the
// port takes it in many writes.
void TestSerialLink::unpacedWriteLargerThanTheDriverBuffer()
{
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SerialLink link(settingsFor(terminal, 0));
    QVERIFY2(link.open(), qPrintable(link.errorString()));
    terminal.startReading();
    QSignalSpy drained(&link, &SerialLink::writeDrained);

    QByteArray data;
    for (int i = 0; i < 256 * 1024; ++i)
        data.append(char(i * 7 % 251));
    QVERIFY(link.write(data));
    QVERIFY(link.bytesToWrite() > 0);
    QVERIFY(drained.wait(20000));
    QVERIFY(QTest::qWaitFor([&] { return atDevice.size() >= data.size(); }, 20000));
    QCOMPARE(atDevice.size(), data.size());
    QVERIFY(atDevice == data);
    QCOMPARE(link.bytesToWrite(), 0);
}

void TestSerialLink::flushInputDropsEarlierInput()
{
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SerialLink link(settingsFor(terminal));
    QVERIFY2(link.open(), qPrintable(link.errorString()));
    QByteArray received;
    connect(&link, &SerialLink::bytesReceived, this, [&received](const QByteArray &bytes) { received += bytes; });

    QVERIFY(terminal.write("stale answer\r\n"));
    // Waits, without running the event loop, until the stale bytes have reached the station's end of
    // the terminal: only then is there something to flush.
    const auto *port = link.findChild<QSerialPort *>();
    QVERIFY(port);
    pollfd readable = {static_cast<int>(port->handle()), POLLIN, 0};
    QCOMPARE(::poll(&readable, 1, 5000), 1);

    link.flushInput();
    QVERIFY(terminal.write("fresh\r\n"));
    QVERIFY(QTest::qWaitFor([&] { return received.contains('\n'); }));
    QCOMPARE(received, QByteArray("fresh\r\n"));
}

void TestSerialLink::openMissingPort_data()
{
    QTest::addColumn<QString>("portName");
    QTest::newRow("path") << QStringLiteral("/dev/foundry-no-such-port");
    QTest::newRow("name") << QStringLiteral("ttyFOUNDRY99");
}

void TestSerialLink::openMissingPort()
{
    QFETCH(QString, portName);
    SerialSettings settings;
    settings.portName = portName;
    SerialLink link(settings);
    QSignalSpy failed(&link, &SerialLink::failed);
    QVERIFY(!link.open());
    QVERIFY(!link.isOpen());
    QVERIFY2(link.errorString().contains(portName), qPrintable(link.errorString()));
    QVERIFY2(link.errorString().contains(QLatin1String("does not exist")), qPrintable(link.errorString()));
    QVERIFY(!link.write("x"));
    QCOMPARE(failed.size(), 0);
}

void TestSerialLink::openPortInUse()
{
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SerialLink first(settingsFor(terminal));
    QVERIFY2(first.open(), qPrintable(first.errorString()));
    terminal.startReading();

    SerialLink second(settingsFor(terminal));
    QVERIFY(!second.open());
    QVERIFY2(second.errorString().contains(QLatin1String("in use by another program")), qPrintable(second.errorString()));
    QVERIFY2(second.errorString().contains(terminal.hostPath()), qPrintable(second.errorString()));

    // The failed attempt leaves the first link working.
    QVERIFY(first.write("still here\n"));
    QVERIFY(QTest::qWaitFor([&] { return atDevice == "still here\n"; }));
}

// A symlink and the pseudo-terminal's own name are one device: whichever name the first station used,
// a second opening by the other name is refused before it touches the device, and is told who holds it.
void TestSerialLink::openSameDeviceByAnotherName()
{
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString link = dir.filePath(QStringLiteral("ttyStation"));
    QVERIFY(QFile::link(terminal.hostPath(), link));
    SerialSettings byLink = settingsFor(terminal);
    byLink.portName = link;
    SerialLink first(byLink);
    QVERIFY2(first.open(), qPrintable(first.errorString()));
    terminal.startReading();
    const QString holder = QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid());

    SerialLink second(settingsFor(terminal));
    QVERIFY(!second.open());
    QVERIFY2(second.errorString().contains(QLatin1String("in use by another program")) && second.errorString().contains(holder),
             qPrintable(second.errorString()));

    // Another station process, as the issue saw it: its probing never reaches the device.
    const auto [exitCode, errors] = inspect(terminal.hostPath());
    QCOMPARE(exitCode, 5);
    QVERIFY2(errors.contains("in use by another program") && errors.contains(holder.toLatin1()), errors.constData());
    QVERIFY2(atDevice.isEmpty(), atDevice.constData());

    QVERIFY(first.write("still here\n"));
    QVERIFY(QTest::qWaitFor([&] { return atDevice == "still here\n"; }));
    // Closing releases the device for the next one.
    first.close();
    QVERIFY2(second.open(), qPrintable(second.errorString()));
}

// A program that reads the port (a terminal left open, cat) takes the device's answers; detection then
// hears nothing, and says which process has the port open instead of only "no known device answered".
void TestSerialLink::detectionNamesAnotherReader()
{
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QProcess reader;
    reader.start(QStringLiteral("cat"), {terminal.hostPath()});
    QVERIFY(reader.waitForStarted());
    const qint64 readerId = reader.processId();
    const QString descriptors = QStringLiteral("/proc/%1/fd").arg(readerId);
    QVERIFY(QTest::qWaitFor([&] {
        const QStringList open = QDir(descriptors).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        return std::any_of(open.cbegin(), open.cend(), [&](const QString &descriptor) {
            return QFileInfo(descriptors + QLatin1Char('/') + descriptor).symLinkTarget() == terminal.hostPath();
        });
    }));

    const auto [exitCode, errors] = inspect(terminal.hostPath());
    reader.kill();
    reader.waitForFinished();
    QCOMPARE(exitCode, 5);
    QVERIFY2(errors.contains("no known device answered") && errors.contains("something else may be reading the port")
                 && errors.contains(QStringLiteral("cat (process %1)").arg(readerId).toLatin1()),
             errors.constData());
    // The device's end that the test holds is not one of them: the host's end is left to the station.
    const QByteArray self = QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid()).toLatin1();
    QVERIFY2(!errors.contains(self), errors.constData());
}

void TestSerialLink::openWithoutPermission()
{
    if (::geteuid() == 0)
        QSKIP("root opens any device whatever its permissions");
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(::chmod(terminal.hostPath().toLocal8Bit().constData(), 0) == 0);
    SerialLink link(settingsFor(terminal));
    QVERIFY(!link.open());
    QVERIFY2(link.errorString().contains(QLatin1String("no permission")), qPrintable(link.errorString()));
    // Which group depends on the system (dialout for USB adapters on Debian); the advice names one.
    QVERIFY2(link.errorString().contains(QLatin1String("group")), qPrintable(link.errorString()));
}

void TestSerialLink::openRefusesInvalidSettings()
{
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SerialLink link(settingsFor(terminal, 64, 0));
    QVERIFY(!link.open());
    QVERIFY2(link.errorString().contains(QLatin1String("baud rate")), qPrintable(link.errorString()));
    QVERIFY(!link.isOpen());
}

void TestSerialLink::closeIsQuietAndReopenWorks()
{
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SerialLink link(settingsFor(terminal, 16, 1200));
    QVERIFY2(link.open(), qPrintable(link.errorString()));
    terminal.startReading();
    QSignalSpy drained(&link, &SerialLink::writeDrained);
    QSignalSpy failed(&link, &SerialLink::failed);

    QVERIFY(link.write(QByteArray(200, 'x')));
    QVERIFY(QTest::qWaitFor([&] { return !atDevice.isEmpty(); }));
    link.close();
    QVERIFY(!link.isOpen());
    QCOMPARE(link.bytesToWrite(), 0);
    QVERIFY(!link.write("late"));
    QTest::qWait(300);
    QCOMPARE(drained.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(atDevice.size() < 200);

    QVERIFY2(link.open(), qPrintable(link.errorString()));
    terminal.startReading();
    QByteArray answer;
    connect(&link, &SerialLink::bytesReceived, this, [&answer](const QByteArray &bytes) { answer += bytes; });
    QVERIFY(terminal.write("again\n"));
    QVERIFY(QTest::qWaitFor([&] { return answer == "again\n"; }));
}

void TestSerialLink::deviceVanishes_data()
{
    QTest::addColumn<bool>("whileWriting");
    QTest::newRow("idle") << false;
    QTest::newRow("while writing") << true;
}

// A pseudo-terminal whose device end closes, like a USB adapter pulled out, gives QSerialPort no
// error and keeps its read notifier firing. The link must notice at once and stop the busy loop:
// over the whole wait, this process uses well under a quarter of the wall time. (Noticed only by the
// once-a-second backstop check, the loop would burn about half.)
void TestSerialLink::deviceVanishes()
{
    QFETCH(bool, whileWriting);
    PseudoTerminal terminal(PseudoTerminal::HostEnd::LeftToTheHost);
    QByteArray atDevice;
    const QString problem = openDeviceEnd(terminal, &atDevice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SerialLink link(settingsFor(terminal, 16, 1200));
    QVERIFY2(link.open(), qPrintable(link.errorString()));
    terminal.startReading();
    QSignalSpy failed(&link, &SerialLink::failed);
    QSignalSpy drained(&link, &SerialLink::writeDrained);
    if (whileWriting) {
        QVERIFY(link.write(QByteArray(1000, 'k')));
        QVERIFY(QTest::qWaitFor([&] { return !atDevice.isEmpty(); }));
    }

    QElapsedTimer wall;
    wall.start();
    const auto cpuBefore = processCpuTime();
    terminal.close();
    QVERIFY(failed.wait(5000));
    QTest::qWait(1000);
    const auto cpu = processCpuTime() - cpuBefore;
    const auto elapsed = std::chrono::milliseconds(wall.elapsed());

    QCOMPARE(failed.size(), 1);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QLatin1String("disconnected")), qPrintable(message));
    QVERIFY2(message.contains(terminal.hostPath()), qPrintable(message));
    QCOMPARE(link.errorString(), message);
    QVERIFY(!link.isOpen());
    QVERIFY(!link.write("x"));
    QCOMPARE(drained.size(), 0);
    QVERIFY2(cpu * 4 < elapsed, qPrintable(QStringLiteral("%1 ms of CPU in %2 ms")
                                               .arg(std::chrono::duration_cast<std::chrono::milliseconds>(cpu).count())
                                               .arg(elapsed.count())));
}

QTEST_GUILESS_MAIN(TestSerialLink)
#include "tst_seriallink.moc"
