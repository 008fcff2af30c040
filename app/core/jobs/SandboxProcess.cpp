#include "jobs/SandboxProcess.h"

#include "base/ForeignText.h"

#include <QFile>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace {

// Both programs announce themselves within a second; a loaded build machine is given much longer.
constexpr int startTimeoutMs = 20000;
constexpr int stopTimeoutMs = 3000;
// The end of the log shown when a program fails: its last lines say why.
constexpr qint64 logTailBytes = 600;

} // namespace

SandboxProcess::SandboxProcess(QString name, QString program, QStringList arguments, QByteArray announcement,
                               QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_announcement(std::move(announcement) + ' ')
    , m_process(new QProcess(this))
    , m_startTimeout(new QTimer(this))
{
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // A station that is killed or crashes never stops its programs itself: the kernel does, so that no
    // emulator or simulator outlives it holding a port and pseudo-terminals.
    // A station gone before the request took effect is not noticed by the kernel: the child checks.
    const pid_t station = ::getpid();
    m_process->setChildProcessModifier([station] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != station)
            ::_exit(1);
    });
#endif
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_startTimeout->setSingleShot(true);
    connect(m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("%1 did not say it was ready within %2 seconds").arg(m_name).arg(startTimeoutMs / 1000));
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("%1 could not be started (%2)").arg(m_name, m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, &SandboxProcess::finished);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

void SandboxProcess::setLogFile(const QString &path)
{
    m_logFile = path;
    m_process->setStandardErrorFile(path);
}

void SandboxProcess::start()
{
    m_state = State::Starting;
    m_announced.clear();
    m_startTimeout->start(startTimeoutMs);
    m_process->start(m_program, m_arguments);
}

void SandboxProcess::stop()
{
    m_startTimeout->stop();
    if (m_process->state() != QProcess::NotRunning) {
        // What it does from now on is expected: no ended() for it.
        m_state = State::Ended;
        m_process->terminate();
        if (!m_process->waitForFinished(stopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(stopTimeoutMs);
        }
    }
    m_state = State::NotRunning;
}

void SandboxProcess::kill()
{
    if (m_process->state() != QProcess::NotRunning)
        m_process->kill();
}

void SandboxProcess::readOutput()
{
    if (m_state != State::Starting) {
        // Nothing after the announcement is needed; it is dropped so that the pipe never fills.
        while (m_process->bytesAvailable() > 0)
            m_process->skip(m_process->bytesAvailable());
        return;
    }
    while (m_process->canReadLine()) {
        const QByteArray line = m_process->readLine(maxLineBytes).trimmed();
        if (!line.startsWith(m_announcement))
            continue;
        m_announced = QString::fromUtf8(line.mid(m_announcement.size()));
        if (m_announced.isEmpty() || ForeignText::escaped(m_announced) != m_announced) {
            fail(tr("%1 announced something unusable: %2").arg(m_name, ForeignText::escaped(line)));
            return;
        }
        m_startTimeout->stop();
        m_state = State::Running;
        Q_EMIT running(m_announced);
        readOutput();
        return;
    }
    if (m_process->bytesAvailable() > maxLineBytes)
        fail(tr("%1 printed more than %2 bytes without saying it was ready").arg(m_name).arg(maxLineBytes));
}

void SandboxProcess::finished()
{
    m_startTimeout->stop();
    if (m_state == State::Starting)
        fail(tr("%1 ended before it was ready").arg(m_name));
    else if (m_state == State::Running)
        fail(tr("%1 ended").arg(m_name));
}

void SandboxProcess::fail(const QString &problem)
{
    if (m_state == State::Ended || m_state == State::NotRunning)
        return;
    m_state = State::Ended;
    m_startTimeout->stop();
    if (m_process->state() != QProcess::NotRunning)
        m_process->kill();
    const QString tail = logTail();
    Q_EMIT ended(tail.isEmpty() ? problem : tr("%1; its log ends: %2").arg(problem, tail));
}

QString SandboxProcess::logTail() const
{
    QFile log(m_logFile);
    if (m_logFile.isEmpty() || !log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > logTailBytes)
        log.seek(log.size() - logTailBytes);
    const QList<QByteArray> lines = log.read(logTailBytes).trimmed().split('\n');
    return ForeignText::escaped(lines.constLast().trimmed());
}
