// station-window-bench: what the station window costs, measured on the real window (foundry_ui) over
// the built-in Sandbox's programs. Prints the time from process start to the window shown, the GUI
// thread's lateness (an event-loop probe: a 5 ms timer) while eight lanes provision at once, and the
// memory the process holds with eight lanes. See docs/performance.md.

#include "BenchPage.h"
#include "EventLoopProbe.h"
#include "LaneWidget.h"
#include "MainWindow.h"
#include "SessionTokenStore.h"
#include "SettingsDialog.h"
#include "device/SerialPortWatcher.h"
#include "jobs/SandboxSession.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

const QString startStampVariable = u"FOUNDRY_BENCH_START_NS"_s;

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// "VmRSS" or "VmHWM" from /proc/self/status, in MiB.
double memoryMiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.read(64 * 1024).split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

// Shows the first paint of a widget.
class FirstPaint : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// The child: started by the parent with the time it started it; shows the window as foundry-station
// does and prints how long after that moment its first paint came.
int startupChild(const QString &settingsFile)
{
    QSettings settings(settingsFile, QSettings::IniFormat);
    SessionTokenStore tokens;
    MainWindow window(&settings, &tokens);
    FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    if (!waitFor([&firstPaint] { return firstPaint.painted; }, 10000))
        return 1;
    const qint64 started = qEnvironmentVariable(qPrintable(startStampVariable)).toLongLong();
    out() << "shown_ms " << double(monotonicNs() - started) / 1e6 << Qt::endl;
    return 0;
}

QList<double> startupTimes(const QString &settingsFile, int runs)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(startStampVariable, QString::number(monotonicNs()));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {u"--startup-child"_s, settingsFile});
        if (!child.waitForFinished(30000) || child.exitCode() != 0)
            continue;
        const QByteArray line = child.readAllStandardOutput().trimmed();
        if (line.startsWith("shown_ms "))
            times << line.mid(9).toDouble();
    }
    return times;
}

QString summary(const QList<double> &samples)
{
    if (samples.isEmpty())
        return u"no samples"_s;
    return u"median %1 ms, p99 %2 ms, max %3 ms (%4 samples)"_s
        .arg(EventLoopProbe::percentile(samples, 0.5), 0, 'f', 1)
        .arg(EventLoopProbe::percentile(samples, 0.99), 0, 'f', 1)
        .arg(*std::max_element(samples.cbegin(), samples.cend()), 0, 'f', 1)
        .arg(samples.size());
}

QList<SandboxSession::Device> benchDevices(int count)
{
    const QList<SandboxSession::Device> kinds = SandboxSession::defaultDevices();
    QList<SandboxSession::Device> devices;
    for (int i = 0; i < count; ++i) {
        SandboxSession::Device device = kinds.at(i % kinds.size());
        device.name = u"%1-%2"_s.arg(device.profile).arg(i + 1);
        if (device.profile == u"station"_s)
            device.arguments = {u"--serial"_s, u"FPS-SIM-%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'))};
        devices << device;
    }
    return devices;
}

// With --slowest-events: every event's delivery timed, to name what stalls the GUI thread.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool timing = false;
    struct Slow
    {
        double ms;
        QString what;
    };
    QList<Slow> slowest;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!timing)
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const QString what = QString::fromLatin1(receiver->metaObject()->className()) + u" event "_s
                             + QString::number(int(event->type()));
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms > 10)
            slowest.append({ms, what});
        return handled;
    }
};

int fail(const QString &message)
{
    QTextStream(stderr) << "station-window-bench: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    TimedApplication app(argc, argv);
    QApplication::setApplicationName(u"station-window-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the station window: start-up, GUI-thread stalls with busy lanes, memory."_s);
    parser.addHelpOption();
    const QCommandLineOption lanesOption(u"lanes"_s, u"Lanes provisioning at once (8)."_s, u"n"_s, u"8"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Devices provisioned per lane (3)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption startupRunsOption(u"startup-runs"_s, u"Window start-ups to time (5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption childOption(u"startup-child"_s, u"(internal) one timed start-up."_s, u"settings"_s);
    const QCommandLineOption slowestOption(u"slowest-events"_s, u"Also list the event deliveries over 10 ms while lanes are busy."_s);
    parser.addOptions({lanesOption, roundsOption, startupRunsOption, childOption, slowestOption});
    parser.process(app);
    if (parser.isSet(childOption))
        return startupChild(parser.value(childOption));

    QTemporaryDir work;
    if (!work.isValid())
        return fail(u"no temporary folder"_s);
    const int laneCount = std::max(1, parser.value(lanesOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    // Start-up: production with nothing listening and no token, so the window shows and says what is
    // missing: what every start costs before any Foundry or device answers.
    const QString startupSettings = work.filePath(u"startup.ini"_s);
    {
        QSettings settings(startupSettings, QSettings::IniFormat);
        StationSettings station;
        station.environments[StationSettings::defaultEnvironmentName].apiUrl = u"https://127.0.0.1:1"_s;
        station.journalPath = work.filePath(u"startup-journal.sqlite"_s);
        station.save(settings);
    }
    const QList<double> startup = startupTimes(startupSettings, std::max(1, parser.value(startupRunsOption).toInt()));
    out() << "platform " << QGuiApplication::platformName() << Qt::endl;
    out() << "window shown after process start: " << summary(startup) << Qt::endl;

    SandboxSession sandbox;
    QString problem;
    QObject::connect(&sandbox, &SandboxSession::failed, &app, [&problem](const QString &why) { problem = why; });
    sandbox.start(benchDevices(laneCount));
    if (!waitFor([&sandbox] { return sandbox.state() != SandboxSession::State::Starting; }, 60000)
        || sandbox.state() != SandboxSession::State::Running)
        return fail(u"the Sandbox did not start: "_s + problem);

    QSettings settings(work.filePath(u"bench.ini"_s), QSettings::IniFormat);
    StationSettings station;
    station.environments.insert(u"bench"_s, {sandbox.apiUrl().toString(), u"Authorization: Bearer"_s, sandbox.caFile(),
                                              StationSettings::Kind::Sandbox});
    station.currentEnvironment = u"bench"_s;
    station.journalPath = work.filePath(u"journal.sqlite"_s);
    station.save(settings);
    SessionTokenStore tokens;
    tokens.store(u"bench"_s, sandbox.token(), &app, [](const QString &) {});
    QCoreApplication::processEvents();
    MainWindow window(&settings, &tokens);
    window.benchPage()->watcher()->setSource([] { return QList<SerialPortList::Port>(); });
    window.resize(1600, 800);
    window.show();
    if (!waitFor([&window] { return window.benchPage()->findChild<QLineEdit *>(u"addPortEdit"_s)->isVisible(); }, 10000))
        return fail(u"the bench did not start: "_s + window.findChild<QLabel *>(u"connectionLabel"_s)->text());
    for (const SandboxSession::Device &device : sandbox.devices())
        window.benchPage()->addPort(sandbox.devicePort(device.name), device.name);
    const auto lanesReady = [&window, laneCount] {
        const QList<LaneWidget *> lanes = window.benchPage()->lanes();
        return lanes.size() == laneCount
               && std::all_of(lanes.cbegin(), lanes.cend(), [](LaneWidget *lane) { return lane->waitsForDeviceId(); });
    };
    if (!waitFor(lanesReady, 60000))
        return fail(u"the lanes did not get ready"_s);
    const double idleRss = memoryMiB("VmRSS");

    // The same probe with the lanes idle: what the computer's own scheduling costs, without any job.
    EventLoopProbe probe;
    probe.start();
    QElapsedTimer idle;
    idle.start();
    waitFor([&idle] { return idle.elapsed() > 3000; }, 4000);
    probe.stop();
    const QList<double> idleLateness = probe.lateness();

    auto *scanEdit = window.findChild<QLineEdit *>(u"scanEdit"_s);
    QList<double> lateness;
    QElapsedTimer busy;
    int passed = 0;
    int failed = 0;
    double busyRss = 0;
    app.timing = parser.isSet(slowestOption);
    for (int round = 0; round < rounds; ++round) {
        probe.start();
        busy.start();
        for (int lane = 0; lane < laneCount; ++lane) {
            scanEdit->setText(u"bench-%1-%2"_s.arg(round).arg(lane, 2, 10, QLatin1Char('0')));
            Q_EMIT scanEdit->returnPressed();
        }
        const auto allRunning = [&window] {
            const QList<LaneWidget *> lanes = window.benchPage()->lanes();
            return std::all_of(lanes.cbegin(), lanes.cend(), [](LaneWidget *lane) {
                return lane->lane()->state() == ProvisioningLane::State::Running;
            });
        };
        const bool started = allRunning();
        waitFor([&window] { return window.benchPage()->lanes().constFirst()->isWriting(); }, 30000);
        busyRss = std::max(busyRss, memoryMiB("VmRSS"));
        if (!started || !waitFor(lanesReady, 120000))
            return fail(u"the lanes did not all start and finish"_s);
        probe.stop();
        lateness += probe.lateness();
        const qint64 elapsed = busy.elapsed();
        for (LaneWidget *lane : window.benchPage()->lanes()) {
            if (lane->lane()->job()->result().outcome == JobResult::Outcome::Done)
                ++passed;
            else
                ++failed;
        }
        out() << "round " << round + 1 << ": " << laneCount << " lanes done in " << elapsed << " ms" << Qt::endl;
    }
    app.timing = false;
    for (const TimedApplication::Slow &slow : std::as_const(app.slowest))
        out() << "slow event: " << QString::number(slow.ms, 'f', 1) << " ms " << slow.what << Qt::endl;
    out() << "jobs: " << passed << " PASS, " << failed << " not" << Qt::endl;
    out() << "GUI-thread lateness of a 5 ms timer with " << laneCount << " lanes ready, idle: " << summary(idleLateness)
          << Qt::endl;
    out() << "GUI-thread lateness of a 5 ms timer with " << laneCount << " lanes busy: " << summary(lateness) << Qt::endl;
    out() << "memory (RSS): " << QString::number(idleRss, 'f', 1) << " MiB with " << laneCount << " lanes ready, "
          << QString::number(busyRss, 'f', 1) << " MiB while they write, peak " << QString::number(memoryMiB("VmHWM"), 'f', 1)
          << " MiB" << Qt::endl;
    return failed == 0 ? 0 : 1;
}
