#include "device/SerialPortLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <optional>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

std::optional<struct stat> statOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return info;
}

// "cat (process 99)", or "process 99" when its name cannot be read.
QString describeProcess(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    // A process name is at most 16 bytes; the bound keeps a strange /proc from being read whole.
    const QString name = comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.read(64)).trimmed() : QString();
    return name.isEmpty() ? SerialPortLock::tr("process %1").arg(pid)
                          : SerialPortLock::tr("%1 (process %2)").arg(name).arg(pid);
}

} // namespace

SerialPortLock::~SerialPortLock()
{
    unlock();
}

QString SerialPortLock::canonicalPath(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

bool SerialPortLock::lock(const QString &devicePath, const QString &portName)
{
    unlock();
    m_errorString.clear();
    // Non-blocking, and never the controlling terminal: only the lock is wanted from this descriptor.
    const int descriptor = ::open(QFile::encodeName(devicePath).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    // EBUSY: another opening set exclusive mode (TIOCEXCL), as Qt does; that is the same as a lock.
    const bool busy = descriptor < 0 && errno == EBUSY;
    if (descriptor >= 0 && ::flock(descriptor, LOCK_EX | LOCK_NB) == 0) {
        m_descriptor = descriptor;
        return true;
    }
    const bool locked = descriptor >= 0 && errno == EWOULDBLOCK;
    if (descriptor >= 0)
        ::close(descriptor);
    if (!busy && !locked)
        return false;
    const QString device = devicePath == portName ? QString() : tr(" (%1)").arg(devicePath);
    QStringList users = holders(devicePath);
    if (users.isEmpty())
        users = otherUsers(devicePath);
    m_errorString = users.isEmpty()
        ? tr("%1 is in use by another program%2, which holds the device under this or another name. Close it "
             "and try again.").arg(portName, device)
        : tr("%1 is in use by another program: %2 has the same device%3 open. Close it there and try again.")
              .arg(portName, users.join(QLatin1String(", ")), device);
    return false;
}

void SerialPortLock::unlock()
{
    if (m_descriptor < 0)
        return;
    // Closing the last descriptor of the open file releases the lock.
    ::close(m_descriptor);
    m_descriptor = -1;
}

QStringList SerialPortLock::holders(const QString &devicePath)
{
    const std::optional<struct stat> device = statOf(devicePath);
    QFile locks(QStringLiteral("/proc/locks"));
    if (!device || !locks.open(QIODevice::ReadOnly))
        return {};
    // "1: FLOCK  ADVISORY  WRITE 1234 00:1a:3 0 EOF": the holder's process, then the device (major and
    // minor in hex) and the inode of the locked file. Waiters ("1: -> FLOCK ...") hold nothing.
    const QString file = QStringLiteral("%1:%2:%3")
                             .arg(major(device->st_dev), 2, 16, QLatin1Char('0'))
                             .arg(minor(device->st_dev), 2, 16, QLatin1Char('0'))
                             .arg(device->st_ino);
    QStringList result;
    // A line is short; a system with very many locks is read up to a bound rather than whole. (A file
    // in /proc has no size, so atEnd() cannot tell when it ends: an empty read does.)
    for (int lines = 0; lines < 100000; ++lines) {
        const QByteArray line = locks.readLine(256);
        if (line.isEmpty())
            break;
        const QStringList fields = QString::fromLatin1(line).simplified().split(QLatin1Char(' '));
        if (fields.size() < 6 || fields.at(1) == QLatin1String("->") || fields.at(5) != file)
            continue;
        bool numeric = false;
        const qint64 pid = fields.at(4).toLongLong(&numeric);
        // A process of another PID namespace shows as 0 or -1.
        const QString holder = numeric && pid > 0 ? describeProcess(pid) : tr("a process this system does not name");
        if (!result.contains(holder))
            result << holder;
    }
    return result;
}

QStringList SerialPortLock::otherUsers(const QString &devicePath)
{
    const std::optional<struct stat> device = statOf(devicePath);
    if (!device || !S_ISCHR(device->st_mode))
        return {};
    const qint64 self = QCoreApplication::applicationPid();
    QStringList result;
    const QStringList processes = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : processes) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == self)
            continue;
        const QString descriptors = QStringLiteral("/proc/%1/fd").arg(pid);
        // Only the processes this user may look at; the others are not listed.
        const QStringList open = QDir(descriptors).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        const bool usesDevice = std::any_of(open.cbegin(), open.cend(), [&](const QString &descriptor) {
            const std::optional<struct stat> target = statOf(descriptors + QLatin1Char('/') + descriptor);
            return target && S_ISCHR(target->st_mode) && target->st_rdev == device->st_rdev;
        });
        if (usesDevice)
            result << describeProcess(pid);
    }
    return result;
}
