#include "base/TerminationSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/signalfd.h>
#include <unistd.h>

namespace {

int blockAndWatch()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signalfd(-1, &signals, SFD_NONBLOCK | SFD_CLOEXEC);
}

} // namespace

TerminationSignals::TerminationSignals()
    : m_descriptor(blockAndWatch())
{
}

TerminationSignals::~TerminationSignals()
{
    delete m_notifier;
    if (m_descriptor >= 0)
        close(m_descriptor);
}

void TerminationSignals::quitApplicationOnSignal()
{
    if (!isValid() || m_notifier)
        return;
    m_notifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [this] {
        signalfd_siginfo info;
        if (read(m_descriptor, &info, sizeof(info)) == sizeof(info))
            QCoreApplication::quit();
    });
}
