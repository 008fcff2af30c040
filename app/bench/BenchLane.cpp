#include "BenchLane.h"

#include "device/DeviceInspection.h"
#include "device/DeviceProfile.h"
#include "device/SerialLink.h"
#include "foundry/FoundryRateLimiter.h"

#include <QProcess>
#include <QTimer>

BenchLane::BenchLane(int index, Setup setup, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_setup(std::move(setup))
{
    // The job is the context it asks the limiter for tokens with.
    if (m_setup.limiter) {
        connect(m_setup.limiter, &FoundryRateLimiter::tokenGranted, this,
                [this](QObject *context, std::chrono::nanoseconds waited) {
                    if (context && context == m_job.data())
                        m_record.tokenWaitMs += std::chrono::duration<double, std::milli>(waited).count();
                });
    }
}

BenchLane::~BenchLane()
{
    // The lane's port goes before the device's side of the pseudo-terminal.
    m_lane.reset();
    if (m_simulator) {
        m_simulator->terminate();
        m_simulator->waitForFinished(5000);
    }
    // Cold: devices unplugged and still on their way out.
    for (QProcess *unplugged : findChildren<QProcess *>())
        unplugged->waitForFinished(5000);
}

void BenchLane::start()
{
    if (m_setup.cold) {
        // Nothing to prepare: each job brings its own device.
        QTimer::singleShot(0, this, &BenchLane::ready);
        return;
    }
    startSimulator();
}

void BenchLane::startSimulator()
{
    m_simulator = std::make_unique<QProcess>();
    m_simulator->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral("--profile"), m_setup.profile,
                          QStringLiteral("--baud"),    QString::number(m_setup.baud),
                          QStringLiteral("--store"),   m_setup.storeFile,
                          QStringLiteral("--fresh")};
    // A client key does not fit Zephyr's default 1024-character credential buffer.
    if (m_setup.profile == QLatin1String("zephyr-shell"))
        arguments << QStringLiteral("--cred-buf-size") << QStringLiteral("4096");
    arguments << m_setup.simulatorArguments;
    connect(m_simulator.get(), &QProcess::readyReadStandardOutput, this, &BenchLane::simulatorOutput);
    connect(m_simulator.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        Q_EMIT failed(tr("lane %1: the simulator failed: %2").arg(m_index).arg(m_simulator->errorString()));
    });
    m_simulator->start(m_setup.simulatorPath, arguments);
}

void BenchLane::simulatorOutput()
{
    if (m_lane || !m_simulator->canReadLine())
        return;
    const QByteArray line = m_simulator->readLine().trimmed();
    if (!line.startsWith("pty ")) {
        Q_EMIT failed(tr("lane %1: unexpected simulator output: %2").arg(m_index).arg(QString::fromUtf8(line)));
        return;
    }
    m_plugClock.start();
    openLane(QString::fromLatin1(line.mid(4)));
}

void BenchLane::openLane(const QString &port)
{
    ProvisioningLane::Setup setup;
    setup.client = m_setup.client;
    setup.rateLimiter = m_setup.limiter;
    setup.serial.portName = port;
    setup.serial.baudRate = m_setup.baud;
    // A device just plugged in is recognised as the station would recognise it.
    setup.profile = m_setup.cold ? QString(DeviceInspection::automatic) : m_setup.profile;
    m_lane = std::make_unique<ProvisioningLane>(std::move(setup));
    connect(m_lane.get(), &ProvisioningLane::openFailed, this, [this](const DeviceError &error) {
        Q_EMIT failed(tr("lane %1: %2: %3").arg(m_index).arg(error.step, error.message));
    });
    connect(m_lane.get(), &ProvisioningLane::ready, this, [this] {
        // Counted where the bytes meet the link, so that echo, prompts and log lines count too: they
        // take wire time like anything else.
        connect(m_lane->profile(), &DeviceProfile::writeRequested, this,
                [this](const QByteArray &bytes) { countBytes(bytes.size(), true); });
        connect(m_lane->link(), &SerialLink::bytesReceived, this,
                [this](const QByteArray &bytes) { countBytes(bytes.size(), false); });
        if (m_setup.cold) {
            m_record.phaseMs[plugInPhase()] = m_plugClock.elapsed();
            startJob();
            return;
        }
        Q_EMIT ready();
    });
    connect(m_lane.get(), &ProvisioningLane::jobStarted, this, [this](ProvisioningJob *job) {
        m_job = job;
        // The payload is what the device must store: each credential's total, as the job reports it.
        connect(job, &ProvisioningJob::writeProgress, this, [this](CredentialKind credential, qint64, qint64 total) {
            m_record.payloadBytes[int(credential)] = total;
        });
    });
    connect(m_lane.get(), &ProvisioningLane::jobFinished, this, &BenchLane::finishJob);
    m_lane->open();
}

void BenchLane::runJob(const QString &deviceId)
{
    m_record = {};
    m_record.deviceId = deviceId;
    m_record.lane = m_index;
    if (m_setup.cold) {
        startSimulator();
        return;
    }
    startJob();
}

void BenchLane::startJob()
{
    ProvisioningJob::Settings settings;
    settings.deviceId = m_record.deviceId;
    settings.slot = 1;
    settings.topics = {QStringLiteral("fleet/") + m_record.deviceId + QStringLiteral("/up")};
    m_jobClock.start();
    if (!m_lane->startJob(std::move(settings)))
        Q_EMIT failed(tr("lane %1: the device is gone: %2").arg(m_index).arg(m_lane->error() ? m_lane->error()->message : QString()));
}

void BenchLane::unplug()
{
    // Later, not now: this runs inside the lane's own jobFinished signal.
    m_lane->disconnect(this);
    m_lane->close();
    m_lane.release()->deleteLater();
    QProcess *simulator = m_simulator.release();
    simulator->setParent(this);
    simulator->disconnect(this);
    connect(simulator, &QProcess::finished, simulator, &QObject::deleteLater);
    simulator->terminate();
}

QString BenchLane::phaseOf(ProvisioningJob::State state)
{
    using State = ProvisioningJob::State;
    switch (state) {
    case State::Identifying: return QStringLiteral("identify");
    case State::IdentifyingAndGenerating: return QStringLiteral("identify+gen");
    case State::Generating: return QStringLiteral("generate");
    case State::CheckingBundle: return QStringLiteral("check");
    case State::WritingCertificate: return QStringLiteral("write cert");
    case State::WritingKey: return QStringLiteral("write key");
    case State::VerifyingCertificate:
    case State::VerifyingKey: return QStringLiteral("verify");
    case State::PuttingDeviceBack: return QStringLiteral("put back");
    case State::Provisioning:
    case State::WaitingToRetryProvision: return QStringLiteral("provision");
    default: return {};
    }
}

void BenchLane::countBytes(qint64 bytes, bool written)
{
    // Bytes between jobs (a late log line) belong to no device.
    if (!m_job || m_job->isFinished())
        return;
    (written ? m_record.bytesWritten : m_record.bytesRead) += bytes;
    m_record.phaseBytes[phaseOf(m_job->state())] += bytes;
}

void BenchLane::finishJob(ProvisioningJob *job)
{
    m_record.totalMs = m_setup.cold ? m_plugClock.elapsed() : m_jobClock.elapsed();
    const JobResult &result = job->result();
    m_record.done = result.outcome == JobResult::Outcome::Done;
    m_record.error = result.error;
    for (const JobResult::Step &step : result.steps)
        m_record.phaseMs[phaseOf(ProvisioningJob::stateFromName(step.name).value_or(ProvisioningJob::State::Idle))]
            += step.durationMs;
    m_job.clear();
    if (m_setup.cold)
        unplug();
    Q_EMIT jobFinished(m_record);
}
