#include "device/SerialLink.h"

#include "base/SecureWipe.h"
#include "device/SerialPortList.h"

#include <QEvent>
#include <QSocketNotifier>
#include <QTimer>

#include <grp.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace {

// Backstop for the read notifier check below: a port whose device vanished while the link only
// writes, or a Qt whose serial port reads in some other way, is still noticed within this time.
constexpr std::chrono::milliseconds deviceCheckInterval{1000};

} // namespace

SerialLink::SerialLink(SerialSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_port(new QSerialPort(this))
    , m_pacing(new QTimer(this))
    , m_deviceCheck(new QTimer(this))
{
    m_pacing->setSingleShot(true);
    m_pacing->setTimerType(Qt::PreciseTimer);
    m_deviceCheck->setInterval(deviceCheckInterval);
    connect(m_pacing, &QTimer::timeout, this, &SerialLink::sendNextChunk);
    connect(m_deviceCheck, &QTimer::timeout, this, &SerialLink::checkDevice);
    connect(m_port, &QSerialPort::readyRead, this, &SerialLink::readAvailable);
    connect(m_port, &QSerialPort::bytesWritten, this, &SerialLink::chunkWritten);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialLink::portError);
}

bool SerialLink::isOpen() const
{
    return m_port->isOpen();
}

QString SerialLink::systemLocation() const
{
    return SerialPortList::systemLocation(m_settings.portName);
}

bool SerialLink::open()
{
    close();
    m_errorString.clear();
    if (const QString invalid = m_settings.validate(); !invalid.isEmpty()) {
        m_errorString = invalid;
        return false;
    }
    // The device itself, whatever it was called: a station that opened it by another name (a symlink)
    // holds the same lock, and is found before anything reaches the device.
    const QString device = SerialPortLock::canonicalPath(systemLocation());
    if (!device.isEmpty() && !m_lock.lock(device, m_settings.portName) && !m_lock.errorString().isEmpty()) {
        m_errorString = m_lock.errorString();
        return false;
    }
    m_port->setPortName(device.isEmpty() ? m_settings.portName.trimmed() : device);
    m_port->setBaudRate(m_settings.baudRate);
    m_port->setDataBits(m_settings.dataBits);
    m_port->setParity(m_settings.parity);
    m_port->setStopBits(m_settings.stopBits);
    m_port->setFlowControl(m_settings.flowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        m_errorString = openFailure(m_port->error(), m_port->errorString(), device);
        m_port->clearError();
        m_lock.unlock();
        return false;
    }
    // Many USB serial devices (Zephyr's CDC ACM among them) say nothing until the host asserts DTR.
    // With hardware flow control the driver owns RTS.
    bool linesSet = m_port->setDataTerminalReady(true) || m_port->error() == QSerialPort::UnsupportedOperationError;
    if (linesSet && m_settings.flowControl != QSerialPort::HardwareControl)
        linesSet = m_port->setRequestToSend(true) || m_port->error() == QSerialPort::UnsupportedOperationError;
    if (!linesSet) {
        m_errorString = tr("cannot set the control lines of %1: %2").arg(m_settings.portName, m_port->errorString());
        m_port->close();
        m_port->clearError();
        m_lock.unlock();
        return false;
    }
    // Pseudo-terminals have no control lines; their "unsupported" is expected, not a failure.
    m_port->clearError();
    m_failing = false;
    ++m_session;
    watchReadNotifier();
    m_deviceCheck->start();
    return true;
}

QStringList SerialLink::otherProcessesUsingPort() const
{
    return SerialPortLock::otherUsers(SerialPortLock::canonicalPath(systemLocation()));
}

QString SerialLink::openFailure(QSerialPort::SerialPortError error, const QString &systemMessage, const QString &device) const
{
    const QString port = m_settings.portName;
    const QString location = systemLocation();
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        return tr("%1 does not exist. Is the device plugged in and powered? \"foundry-station-cli ports\" lists the "
                  "serial ports this computer has.").arg(port);
    case QSerialPort::PermissionError: {
        // Qt reports a refused open() and a port locked by another program alike; the file's
        // permissions tell them apart.
        const QByteArray path = location.toLocal8Bit();
        if (::access(path.constData(), R_OK | W_OK) != 0 && errno == EACCES) {
            struct stat info = {};
            const struct group *owner = ::stat(path.constData(), &info) == 0 ? ::getgrgid(info.st_gid) : nullptr;
            const QString group = owner ? QString::fromLocal8Bit(owner->gr_name) : QString();
            // No one should join root's group, nor the "nogroup" that unmapped groups show as.
            if (group.isEmpty() || group == QLatin1String("root") || group == QLatin1String("nogroup"))
                return tr("no permission to open %1. Ask an administrator for access; serial ports usually belong "
                          "to the dialout group.").arg(port);
            return tr("no permission to open %1, which belongs to the %2 group. Join it (sudo usermod -aG %2 $USER), "
                      "then log out and in again.").arg(port, group);
        }
        QStringList users = SerialPortLock::holders(device) + SerialPortLock::otherUsers(device);
        users.removeDuplicates();
        if (!users.isEmpty())
            return tr("%1 is in use by another program: %2 has it open. Close it there and try again.")
                .arg(port, users.join(QLatin1String(", ")));
        return tr("%1 is in use by another program (a terminal such as screen, minicom or picocom, ModemManager, or "
                  "another station). Close it and try again.").arg(port);
    }
    case QSerialPort::UnsupportedOperationError:
        return tr("%1 does not accept the settings %2: %3").arg(port, m_settings.describe(), systemMessage);
    default:
        return tr("cannot open %1: %2").arg(port, systemMessage);
    }
}

void SerialLink::watchReadNotifier()
{
    // A hung-up terminal (a pseudo-terminal whose far side closed, a port whose driver hung it up) is
    // readable forever with nothing to read. For a pseudo-terminal QSerialPort then reports neither an
    // error nor readyRead while its read notifier fires in a busy loop; looking at each of the
    // notifier's wake-ups catches that at once.
    const QList<QSocketNotifier *> notifiers = m_port->findChildren<QSocketNotifier *>(Qt::FindDirectChildrenOnly);
    for (QSocketNotifier *notifier : notifiers) {
        if (notifier->type() == QSocketNotifier::Read)
            notifier->installEventFilter(this);
    }
}

bool SerialLink::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::SockAct && !m_failing && deviceHungUp())
        failDisconnected();
    return QObject::eventFilter(watched, event);
}

bool SerialLink::deviceHungUp() const
{
    if (!m_port->isOpen())
        return false;
    pollfd descriptor = {static_cast<int>(m_port->handle()), POLLIN, 0};
    if (::poll(&descriptor, 1, 0) < 0)
        return false;
    return (descriptor.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

void SerialLink::checkDevice()
{
    if (!m_failing && deviceHungUp())
        failDisconnected();
}

void SerialLink::failDisconnected()
{
    fail(tr("the device on %1 disconnected").arg(m_settings.portName));
}

void SerialLink::portError(QSerialPort::SerialPortError error)
{
    // Errors while opening are reported by open(); timeouts only concern the blocking calls, which
    // the link never makes.
    if (!m_port->isOpen() || error == QSerialPort::NoError || error == QSerialPort::TimeoutError
        || error == QSerialPort::UnsupportedOperationError)
        return;
    if (error == QSerialPort::ResourceError || deviceHungUp())
        failDisconnected();
    else
        fail(tr("%1: %2").arg(m_settings.portName, m_port->errorString()));
}

void SerialLink::readAvailable()
{
    const QByteArray bytes = m_port->readAll();
    if (!bytes.isEmpty())
        Q_EMIT bytesReceived(bytes);
}

void SerialLink::flushInput()
{
    // readAvailable() takes everything Qt has read as soon as it is read, so only what the driver
    // still holds is left to discard.
    if (m_port->isOpen())
        m_port->clear(QSerialPort::Input);
}

void SerialLink::setPacing(int chunkBytes, int wireTimeFactor, std::chrono::milliseconds minimumGap)
{
    m_settings.pacingChunkBytes = chunkBytes;
    m_wireTimeFactor = qMax(1, wireTimeFactor);
    m_minimumGap = minimumGap;
}

bool SerialLink::write(const QByteArray &bytes)
{
    if (!m_port->isOpen() || m_failing)
        return false;
    if (bytes.isEmpty())
        return true;
    // An unshared copy of our own, so that it can be wiped: the bytes may carry a private key.
    m_queue.append(bytes.constData(), bytes.size());
    m_drainOwed = true;
    sendNextChunk();
    return true;
}

void SerialLink::sendNextChunk()
{
    if (m_inFlight > 0 || m_pacing->isActive() || !m_port->isOpen())
        return;
    const qsizetype pending = m_queue.size() - m_queueSent;
    if (pending == 0) {
        if (m_drainOwed) {
            m_drainOwed = false;
            Q_EMIT writeDrained();
        }
        return;
    }
    const qsizetype size = m_settings.pacingChunkBytes > 0 ? qMin<qsizetype>(m_settings.pacingChunkBytes, pending) : pending;
    QByteArray chunk(m_queue.constData() + m_queueSent, size);
    m_queueSent += size;
    if (m_queueSent == m_queue.size()) {
        SecureWipe::wipe(m_queue);
        m_queueSent = 0;
    }
    // Set before writing, in case bytesWritten() comes before write() returns.
    m_inFlight = size;
    m_chunkSize = size;
    const qint64 written = m_port->write(chunk);
    SecureWipe::wipe(chunk);
    if (written != size)
        fail(tr("cannot write to %1: %2").arg(m_settings.portName, m_port->errorString()));
}

void SerialLink::chunkWritten(qint64 bytes)
{
    m_inFlight = qMax<qsizetype>(0, m_inFlight - bytes);
    if (m_inFlight > 0)
        return;
    if (m_settings.pacingChunkBytes > 0)
        m_pacing->start(qMax(m_minimumGap,
                             std::chrono::ceil<std::chrono::milliseconds>(m_settings.wireTime(m_chunkSize) * m_wireTimeFactor)));
    else
        sendNextChunk();
}

void SerialLink::close()
{
    m_pacing->stop();
    m_deviceCheck->stop();
    SecureWipe::wipe(m_queue);
    m_queueSent = 0;
    m_inFlight = 0;
    m_chunkSize = 0;
    m_drainOwed = false;
    if (m_port->isOpen())
        m_port->close();
    m_lock.unlock();
}

void SerialLink::fail(const QString &message)
{
    if (m_failing)
        return;
    m_failing = true;
    // Delivered from the event loop: the caller may be the port's own notifier, which closing the port
    // deletes.
    QMetaObject::invokeMethod(this, [this, message, session = m_session] {
        if (session != m_session || !m_port->isOpen())
            return;
        close();
        m_errorString = message;
        Q_EMIT failed(message);
    }, Qt::QueuedConnection);
}
