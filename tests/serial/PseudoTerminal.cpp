#include "PseudoTerminal.h"

#include <QSocketNotifier>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

PseudoTerminal::PseudoTerminal(QObject *parent)
    : QObject(parent)
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0) {
        m_errorString = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    termios raw = {};
    const char *path = nullptr;
    if (::grantpt(master) != 0 || ::unlockpt(master) != 0 || !(path = ::ptsname(master))
        || ::tcgetattr(master, &raw) != 0) {
        m_errorString = QString::fromLocal8Bit(std::strerror(errno));
        ::close(master);
        return;
    }
    // A device sends bytes as they are: no echo, no line editing, no CR/LF translation.
    ::cfmakeraw(&raw);
    if (::tcsetattr(master, TCSANOW, &raw) != 0 || ::fcntl(master, F_SETFL, O_NONBLOCK) != 0) {
        m_errorString = QString::fromLocal8Bit(std::strerror(errno));
        ::close(master);
        return;
    }
    m_master = master;
    m_devicePath = QString::fromLocal8Bit(path);
}

PseudoTerminal::~PseudoTerminal()
{
    closeDeviceSide();
}

void PseudoTerminal::startReading()
{
    if (m_master < 0)
        return;
    if (!m_reader) {
        m_reader = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
        connect(m_reader, &QSocketNotifier::activated, this, &PseudoTerminal::readAvailable);
    }
    m_reader->setEnabled(true);
}

void PseudoTerminal::readAvailable()
{
    char buffer[4096];
    bool arrived = false;
    for (;;) {
        const ssize_t got = ::read(m_master, buffer, sizeof buffer);
        if (got > 0) {
            m_received.append(buffer, got);
            arrived = true;
            continue;
        }
        // EIO: the station closed its end. Reading on would only spin until it opens it again.
        if (got == 0 || errno != EAGAIN)
            m_reader->setEnabled(false);
        break;
    }
    if (arrived)
        Q_EMIT bytesArrived();
}

bool PseudoTerminal::write(QByteArrayView bytes)
{
    qsizetype done = 0;
    while (m_master >= 0 && done < bytes.size()) {
        const ssize_t written = ::write(m_master, bytes.data() + done, static_cast<size_t>(bytes.size() - done));
        if (written <= 0)
            return false;
        done += written;
    }
    return done == bytes.size();
}

void PseudoTerminal::closeDeviceSide()
{
    delete m_reader;
    m_reader = nullptr;
    if (m_master >= 0)
        ::close(m_master);
    m_master = -1;
}
