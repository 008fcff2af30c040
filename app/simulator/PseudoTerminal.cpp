#include "simulator/PseudoTerminal.h"

#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Simulator {

namespace {

// With no host reading, a real UART's output is simply lost; a bounded backlog keeps a long-running
// demo device from growing without end.
constexpr qsizetype backlog = 64 * 1024;

QString systemError(const char *call)
{
    return u"%1: %2"_s.arg(QString::fromLatin1(call), QString::fromLocal8Bit(strerror(errno)));
}

} // namespace

PseudoTerminal::PseudoTerminal(HostEnd hostEnd, QObject *parent)
    : QObject(parent)
    , m_hostEnd(hostEnd)
{
}

PseudoTerminal::~PseudoTerminal()
{
    close();
}

bool PseudoTerminal::open(QString *error)
{
    close();
    const int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) {
        *error = systemError("posix_openpt");
        return false;
    }
    char name[128] = {};
    if (grantpt(master) != 0 || unlockpt(master) != 0 || ptsname_r(master, name, sizeof(name)) != 0) {
        *error = systemError("cannot set up the pseudo-terminal");
        ::close(master);
        return false;
    }
    // Raw before anything else: with the default line discipline the host's end would echo the
    // device's output back to it and turn LF into CRLF.
    termios settings{};
    if (tcgetattr(master, &settings) != 0) {
        *error = systemError("tcgetattr");
        ::close(master);
        return false;
    }
    cfmakeraw(&settings);
    if (tcsetattr(master, TCSANOW, &settings) != 0
        || fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK) != 0) {
        *error = systemError("cannot make the pseudo-terminal raw and non-blocking");
        ::close(master);
        return false;
    }
    if (m_hostEnd == HostEnd::HeldOpen) {
        m_hostSide = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
        if (m_hostSide < 0) {
            *error = systemError("cannot open the pseudo-terminal's slave");
            ::close(master);
            return false;
        }
    }

    m_master = master;
    m_hostPath = QString::fromLocal8Bit(name);
    m_readNotifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &PseudoTerminal::readAvailable);
    m_writeNotifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Write);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &PseudoTerminal::writePending);
    return true;
}

void PseudoTerminal::startReading()
{
    if (m_readNotifier)
        m_readNotifier->setEnabled(true);
}

void PseudoTerminal::close()
{
    m_readNotifier.reset();
    m_writeNotifier.reset();
    m_pending.clear();
    if (m_master >= 0) {
        ::close(m_master);
        m_master = -1;
    }
    if (m_hostSide >= 0) {
        ::close(m_hostSide);
        m_hostSide = -1;
    }
}

bool PseudoTerminal::write(QByteArrayView bytes)
{
    if (m_master < 0)
        return false;
    const QByteArrayView taken = bytes.first(std::clamp<qsizetype>(backlog - m_pending.size(), 0, bytes.size()));
    m_pending += taken;
    writePending();
    return taken.size() == bytes.size();
}

void PseudoTerminal::readAvailable()
{
    QByteArray bytes;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof(buffer));
        if (n > 0) {
            bytes.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        // EAGAIN: drained. EIO: no host has its end open (never while it is held open); reading on
        // would only spin until one opens it.
        if (n == 0 || errno != EAGAIN)
            m_readNotifier->setEnabled(false);
        break;
    }
    if (!bytes.isEmpty())
        Q_EMIT received(bytes);
}

void PseudoTerminal::writePending()
{
    while (!m_pending.isEmpty() && m_master >= 0) {
        const ssize_t n = ::write(m_master, m_pending.constData(), size_t(m_pending.size()));
        if (n > 0) {
            m_pending.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    // The host is not reading and the terminal's buffer is full: wait until it has room.
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_pending.isEmpty());
}

} // namespace Simulator
