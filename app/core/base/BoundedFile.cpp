#include "base/BoundedFile.h"

#include "base/SecureWipe.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

std::optional<QByteArray> BoundedFile::read(const QString &path, qsizetype maxBytes, QString *error)
{
    // Opening without blocking: a FIFO with no writer would otherwise stop the station here.
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (descriptor < 0) {
        *error = tr("cannot open %1: %2. Check the path.").arg(path, systemError(errno));
        return std::nullopt;
    }
    struct stat status = {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        const bool isFolder = S_ISDIR(status.st_mode);
        ::close(descriptor);
        *error = isFolder ? tr("%1 is a folder; give the path of a file in it.").arg(path)
                          : tr("%1 is not a regular file (a device, pipe or socket); save the content to a file "
                               "and give that file's path.").arg(path);
        return std::nullopt;
    }
    if (status.st_size > maxBytes) {
        ::close(descriptor);
        *error = tr("%1 is %2 bytes, more than the %3 bytes such a file can have. Is this the right file?")
                     .arg(path).arg(qint64(status.st_size)).arg(maxBytes);
        return std::nullopt;
    }

    // Read in place, one byte past the limit: no second copy of what may be a private key is left
    // behind in freed memory.
    QByteArray content(maxBytes + 1, Qt::Uninitialized);
    qsizetype length = 0;
    while (length < content.size()) {
        const ssize_t received = ::read(descriptor, content.data() + length, static_cast<size_t>(content.size() - length));
        if (received < 0 && errno == EINTR)
            continue;
        if (received < 0) {
            const int readError = errno;
            ::close(descriptor);
            SecureWipe::wipe(content);
            *error = tr("cannot read %1: %2.").arg(path, systemError(readError));
            return std::nullopt;
        }
        if (received == 0)
            break;
        length += received;
    }
    if (length > maxBytes) {
        ::close(descriptor);
        SecureWipe::wipe(content);
        *error = tr("%1 grew past %2 bytes while it was being read, more than such a file can have. Is this the "
                    "right file?").arg(path).arg(maxBytes);
        return std::nullopt;
    }
    content.truncate(length);
    ::close(descriptor);
    return content;
}
