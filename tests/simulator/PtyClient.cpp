#include "PtyClient.h"

#include <QDeadlineTimer>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

PtyClient::~PtyClient()
{
    close();
}

bool PtyClient::open(const QString &path, QString *error)
{
    close();
    m_fd = ::open(path.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        *error = u"cannot open %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    termios settings{};
    tcgetattr(m_fd, &settings);
    cfmakeraw(&settings);
    // TCSANOW keeps what the device sent before the port was opened, as a serial port would
    // hold it until flushed.
    tcsetattr(m_fd, TCSANOW, &settings);
    m_hungUp = false;
    m_received.clear();
    return true;
}

void PtyClient::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

bool PtyClient::write(const QByteArray &bytes)
{
    qsizetype done = 0;
    const QDeadlineTimer deadline(5000);
    while (done < bytes.size() && !deadline.hasExpired()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return false;
        // The terminal's buffer is full; the simulator drains it once the event loop runs.
        QTest::qWait(1);
    }
    return done == bytes.size();
}

void PtyClient::readAvailable()
{
    if (m_fd < 0)
        return;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof(buffer));
        if (n > 0) {
            m_received.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0 || errno != EAGAIN)
            m_hungUp = true;
        return;
    }
}

const QByteArray &PtyClient::received()
{
    readAvailable();
    return m_received;
}

QByteArray PtyClient::take()
{
    readAvailable();
    return std::exchange(m_received, QByteArray());
}

bool PtyClient::waitFor(const QByteArray &needle, int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return received().count(needle) >= count; },
                           QDeadlineTimer(timeoutMs));
}

void PtyClient::collect(int ms)
{
    QTest::qWait(ms);
    readAvailable();
}

QByteArray PtyClient::exchange(const QByteArray &bytes, const QByteArray &terminator, int timeoutMs)
{
    take();
    if (!write(bytes) || !waitFor(terminator, 1, timeoutMs))
        return {};
    const qsizetype end = m_received.indexOf(terminator) + terminator.size();
    const QByteArray reply = m_received.left(end);
    m_received.remove(0, end);
    return reply;
}
