#include "StationBench.h"

#include "BenchLane.h"
#include "BenchStatistics.h"
#include "foundry/FoundryClient.h"
#include "emulator/FoundryEmulator.h"
#include "emulator/KeyReserve.h"
#include "foundry/FoundryRateLimiter.h"

#include <QFile>
#include <QTextStream>
#include <QThread>

#include <QDir>

#include <sys/resource.h>
#include <unistd.h>

namespace {

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval &time) {
        return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The Foundry emulator's threads, by the names they run under (at most 15 characters on Linux):
// its HTTP thread and its key-making pool. What they spend is Foundry's work, not the station's.
const QString emulatorThreadName = QStringLiteral("foundry-emu");
const QString issuingPoolName = QStringLiteral("foundry-keys");

// CPU seconds the Foundry emulator's threads have used so far, read from /proc/self/task: each
// thread's stat line, bounded, its name between parentheses, utime and stime the 14th and 15th fields.
double foundryCpuSeconds()
{
    double seconds = 0;
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile file(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = file.read(1024);
        const qsizetype open = stat.indexOf('(');
        const qsizetype close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QString name = QString::fromLatin1(stat.mid(open + 1, close - open - 1));
        if (!name.startsWith(emulatorThreadName) && !name.startsWith(issuingPoolName))
            continue;
        // After the name: state (field 3), ... utime (14), stime (15).
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 12)
            seconds += static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong())
                / static_cast<double>(sysconf(_SC_CLK_TCK));
    }
    return seconds;
}

// A job runs identify and generate one after the other, or side by side ("identify+gen") when its
// topics need nothing from the device; "put back" is the mode a modem's writes changed, restored.
const QStringList phases{QStringLiteral("identify"),   QStringLiteral("generate"),  QStringLiteral("identify+gen"),
                         QStringLiteral("check"),      QStringLiteral("write cert"), QStringLiteral("write key"),
                         QStringLiteral("verify"),     QStringLiteral("put back"),  QStringLiteral("provision")};

} // namespace

StationBench::StationBench(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_emulatorThread(new QThread(this))
    , m_emulatorContext(new QObject)
{
}

StationBench::~StationBench()
{
    qDeleteAll(m_lanes);
    m_client.reset();
    if (m_emulatorThread->isRunning()) {
        // The emulator's sockets belong to its thread and must be closed there.
        QMetaObject::invokeMethod(m_emulatorContext, [this] { m_emulator.reset(); }, Qt::BlockingQueuedConnection);
        m_emulatorContext->deleteLater();
        m_emulatorThread->quit();
        m_emulatorThread->wait();
    } else {
        delete m_emulatorContext;
    }
}

bool StationBench::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = tr("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    FoundryEmulator::Options emulatorOptions;
    emulatorOptions.token = QStringLiteral("bench-token");
    if (m_options.foundryThreads > 0) {
        m_issuingPool.setMaxThreadCount(m_options.foundryThreads);
        // Named, and kept for the run, so that their CPU time can be told apart and is not lost
        // with a thread that ends.
        m_issuingPool.setObjectName(issuingPoolName);
        m_issuingPool.setExpiryTimeout(-1);
        emulatorOptions.issuingPool = &m_issuingPool;
    }
    if (m_options.foundryKeysAhead) {
        QElapsedTimer making;
        making.start();
        QThreadPool everyCore;
        auto reserve = std::make_shared<KeyReserve>();
        const int keys = m_options.oneLaneDevices + m_options.passDevices();
        if (!reserve->fill(keys, &everyCore, error))
            return false;
        QTextStream(stdout) << "Foundry's key pairs made before the passes (not timed): " << keys << " in "
                            << making.elapsed() << " ms" << Qt::endl;
        emulatorOptions.keyReserve = std::move(reserve);
    }
    m_emulatorThread->setObjectName(emulatorThreadName);
    m_emulatorThread->start();
    m_emulatorContext->moveToThread(m_emulatorThread);
    bool started = false;
    QByteArray caPem;
    QUrl baseUrl;
    QMetaObject::invokeMethod(
        m_emulatorContext,
        [&] {
            m_emulator = std::make_unique<FoundryEmulator>(emulatorOptions);
            started = m_emulator->start(error);
            caPem = m_emulator->caCertificatePem();
            baseUrl = m_emulator->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        return false;
    const QString caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    QFile ca(caFile);
    if (!ca.open(QIODevice::WriteOnly) || ca.write(caPem) != caPem.size()) {
        *error = tr("cannot write %1").arg(caFile);
        return false;
    }
    ca.close();

    FoundryClientSettings settings;
    settings.baseUrl = baseUrl;
    settings.caFile = caFile;
    settings.token = QCA::SecureArray(emulatorOptions.token.toUtf8());
    m_client = std::make_unique<FoundryClient>(settings);
    if (!m_client->configurationProblem().isEmpty()) {
        *error = m_client->configurationProblem();
        return false;
    }
    // One bucket for every lane of every pass, as in the station.
    m_limiter = new FoundryRateLimiter(m_options.foundryRate, m_options.foundryBurst, this);

    if (m_options.oneLaneDevices > 0)
        startPass(1, m_options.oneLaneDevices);
    else
        startPass(m_options.lanes, m_options.passDevices());
    return true;
}

void StationBench::startPass(int lanes, int devices)
{
    qDeleteAll(m_lanes);
    m_lanes.clear();
    m_records.clear();
    m_passLanes = lanes;
    m_passDevices = devices;
    m_nextDevice = 0;
    m_lanesReady = 0;
    m_lanesWarm.clear();
    m_allWarmAtS = -1;
    m_firstIdleAtS = -1;
    for (int i = 0; i < lanes; ++i) {
        BenchLane::Setup setup;
        setup.client = m_client.get();
        setup.limiter = m_limiter;
        setup.simulatorPath = m_options.simulatorPath;
        setup.profile = m_options.profile;
        setup.baud = m_options.baud;
        setup.storeFile = m_dir.filePath(QStringLiteral("pass%1-lane%2.json").arg(m_passes.size()).arg(i));
        setup.simulatorArguments = m_options.simulatorArguments;
        setup.cold = m_options.cold;
        auto *lane = new BenchLane(i, setup);
        m_lanes << lane;
        connect(lane, &BenchLane::ready, this, [this, lane] { laneReady(lane); });
        connect(lane, &BenchLane::failed, this, &StationBench::abort);
        connect(lane, &BenchLane::jobFinished, this,
                [this, lane](const BenchJobRecord &record) { jobFinished(lane, record); });
        lane->start();
    }
}

void StationBench::laneReady(BenchLane *lane)
{
    Q_UNUSED(lane)
    // The clock starts once every simulator is up: starting processes is not provisioning.
    if (++m_lanesReady < m_passLanes)
        return;
    m_wall.start();
    m_threadCpuStart = cpuSeconds(RUSAGE_THREAD);
    m_processCpuStart = cpuSeconds(RUSAGE_SELF);
    m_foundryCpuStart = foundryCpuSeconds();
    for (BenchLane *each : std::as_const(m_lanes)) {
        if (m_nextDevice >= m_passDevices)
            break;
        each->runJob(QStringLiteral("bench-p%1-%2").arg(m_passes.size()).arg(m_nextDevice++));
    }
}

void StationBench::jobFinished(BenchLane *lane, const BenchJobRecord &record)
{
    const double now = static_cast<double>(m_wall.nsecsElapsed()) / 1e9;
    m_records << record;
    m_records.last().finishedAtS = now;
    if (!record.done)
        QTextStream(stderr) << "device " << record.deviceId << " failed: " << record.error << Qt::endl;
    m_lanesWarm.insert(lane);
    if (m_allWarmAtS < 0 && m_lanesWarm.size() == m_passLanes)
        m_allWarmAtS = now;
    if (m_nextDevice < m_passDevices) {
        lane->runJob(QStringLiteral("bench-p%1-%2").arg(m_passes.size()).arg(m_nextDevice++));
        return;
    }
    if (m_firstIdleAtS < 0)
        m_firstIdleAtS = now;
    if (m_records.size() == m_passDevices)
        endPass();
}

void StationBench::endPass()
{
    const double wallSeconds = static_cast<double>(m_wall.nsecsElapsed()) / 1e9;
    const double threadCpu = cpuSeconds(RUSAGE_THREAD) - m_threadCpuStart;
    const double processCpu = cpuSeconds(RUSAGE_SELF) - m_processCpuStart;
    const double foundryCpu = foundryCpuSeconds() - m_foundryCpuStart;
    // A byte is 10 bit times on the line (start, 8 data, stop).
    const double msPerByte = 10.0 * 1000.0 / m_options.baud;

    int done = 0;
    int steadyDone = 0;
    QList<double> totals, floors, written, read, tokenWaits;
    for (const BenchJobRecord &record : std::as_const(m_records)) {
        if (!record.done)
            continue;
        ++done;
        totals << static_cast<double>(record.totalMs);
        floors << static_cast<double>(record.bytesWritten + record.bytesRead) * msPerByte;
        written << static_cast<double>(record.bytesWritten);
        read << static_cast<double>(record.bytesRead);
        tokenWaits << record.tokenWaitMs;
        if (record.finishedAtS > m_allWarmAtS && record.finishedAtS <= m_firstIdleAtS)
            ++steadyDone;
    }
    const double devicesPerHour = wallSeconds > 0 ? done / wallSeconds * 3600 : 0;
    // The steady state runs from the moment every lane has finished its first device (the lanes
    // start in lock step, and the first job of a lane also opens its port) to the moment the first
    // lane finds no device left (from then on fewer lanes work). With one lane that is from its
    // first device's end to its last's.
    const double steadySeconds = m_firstIdleAtS - m_allWarmAtS;
    const bool hasSteadyState = m_allWarmAtS >= 0 && steadySeconds > 0 && steadyDone > 0;
    const double steadyDevicesPerHour = hasSteadyState ? steadyDone / steadySeconds * 3600 : 0;

    QList<double> payloads;
    for (const BenchJobRecord &record : std::as_const(m_records)) {
        if (record.done) {
            qint64 bytes = 0;
            for (qint64 credential : record.payloadBytes)
                bytes += credential;
            payloads << static_cast<double>(bytes);
        }
    }
    const double payloadBytes = BenchStatistics(payloads).median();
    const double payloadFloor = payloadBytes * msPerByte;
    const auto timesFloor = [payloadFloor](double ms) { return payloadFloor > 0 ? ms / payloadFloor : 0.0; };

    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    out << "== " << m_passLanes << " lane(s), " << (m_options.cold ? "cold" : "warm") << ", profile "
        << m_options.profile << ", " << m_options.baud << " baud: " << done << " of " << m_passDevices
        << " devices provisioned in " << wallSeconds << " s\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("phase"), -12)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("p95 ms"), 10)
               .arg(QStringLiteral("line ms"), 10)
               .arg(QStringLiteral("x payload"), 10);
    QStringList shownPhases = phases;
    if (m_options.cold)
        shownPhases.prepend(BenchLane::plugInPhase());
    for (const QString &phase : std::as_const(shownPhases)) {
        QList<double> times, phaseFloors;
        for (const BenchJobRecord &record : std::as_const(m_records)) {
            if (!record.done)
                continue;
            times << static_cast<double>(record.phaseMs.value(phase));
            phaseFloors << static_cast<double>(record.phaseBytes.value(phase)) * msPerByte;
        }
        const BenchStatistics stats(times);
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(phase, -12)
                   .arg(stats.median(), 10, 'f', 1)
                   .arg(stats.p95(), 10, 'f', 1)
                   .arg(BenchStatistics(phaseFloors).median(), 10, 'f', 1)
                   .arg(timesFloor(stats.median()), 10, 'f', 2);
    }
    const BenchStatistics total(totals);
    const double floor = BenchStatistics(floors).median();
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("total"), -12)
               .arg(total.median(), 10, 'f', 1)
               .arg(total.p95(), 10, 'f', 1)
               .arg(floor, 10, 'f', 1)
               .arg(timesFloor(total.median()), 10, 'f', 2);
    out << "payload floor: " << payloadBytes << " bytes the device must store (certificate and key) x 10 bit times / "
        << m_options.baud << " baud, one direction = " << payloadFloor << " ms\n";
    if (m_options.cold) {
        const double target = 2 * payloadFloor + 250;
        out << "median plug-in -> PASS / (2 x payload floor + 250 ms): " << total.median() << " / " << target << " ms ("
            << (total.median() <= target ? "within" : "over") << ")\n";
    }
    out << "bytes on the line per device (median): " << BenchStatistics(written).median() << " written, "
        << BenchStatistics(read).median() << " read\n";
    out << "devices per hour: " << devicesPerHour << " (whole pass)";
    if (hasSteadyState)
        out << ", " << steadyDevicesPerHour << " (steady state: " << steadyDone << " devices from " << m_allWarmAtS
            << " s to " << m_firstIdleAtS << " s)";
    else
        out << ", no steady state (too few devices per lane)";
    out << "\n";
    if (!m_options.cold)
        out << "median cycle / (1.25 x line ms + 150 ms): " << total.median() << " / " << (1.25 * floor + 150)
            << " ms (" << (total.median() <= 1.25 * floor + 150 ? "within" : "over") << ")\n";
    const auto perLane = [&](double cpu) { return cpu / wallSeconds / m_passLanes * 100; };
    out << "station CPU per active lane: " << perLane(processCpu - foundryCpu)
        << " % of a core (whole process but the Foundry emulator's threads; lanes' thread alone "
        << perLane(threadCpu) << " %); Foundry emulator: " << perLane(foundryCpu)
        << " %; simulators are separate processes, not counted\n";
    const BenchStatistics waits(tokenWaits);
    out << "Foundry token wait per device (generate + provision): median " << waits.median() << " ms, p95 "
        << waits.p95() << " ms, max " << waits.max() << " ms\n";
    out << "Foundry tokens granted so far: " << m_limiter->granted() << "\n";
    m_passes << Pass{m_passLanes, done, devicesPerHour, steadyDevicesPerHour};
    if (m_passes.size() == 2) {
        const Pass &one = m_passes.at(0);
        const Pass &many = m_passes.at(1);
        out << "throughput ratio " << many.lanes << " lanes / 1 lane: "
            << (one.devicesPerHour > 0 ? many.devicesPerHour / one.devicesPerHour : 0) << " (whole passes)";
        if (one.steadyDevicesPerHour > 0 && many.steadyDevicesPerHour > 0)
            out << ", " << many.steadyDevicesPerHour / one.steadyDevicesPerHour << " (steady states)";
        out << "\n";
    }
    out.flush();

    const bool allDone = done == m_passDevices;
    if (m_passes.size() == 1 && m_options.oneLaneDevices > 0) {
        if (!allDone) {
            Q_EMIT finished(1);
            return;
        }
        startPass(m_options.lanes, m_options.passDevices());
        return;
    }
    Q_EMIT finished(allDone ? 0 : 1);
}

void StationBench::abort(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    Q_EMIT finished(2);
}
