#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Who may use a serial device, judged by the device itself and not by the name it was opened by: a
// symlink such as /dev/serial/by-id/usb-... and the /dev/ttyACM0 it points to are one device. A
// station holds an advisory lock (flock) on a descriptor of the device for as long as it uses it,
// and every other opening, by whatever name, meets that lock. Linux's /proc tells which process
// holds it, and which other processes have the device open at all.
class SerialPortLock
{
    Q_DECLARE_TR_FUNCTIONS(SerialPortLock)

public:
    SerialPortLock() = default;
    ~SerialPortLock();
    SerialPortLock(const SerialPortLock &) = delete;
    SerialPortLock &operator=(const SerialPortLock &) = delete;

    // Opens the device at devicePath on a descriptor of its own and locks it. False, with
    // errorString() saying which process holds it where that can be found, when another opening of
    // the same device holds the lock; also false when the device cannot be opened at all, and then
    // errorString() is empty, so that opening the port proper reports why in its own words.
    bool lock(const QString &devicePath, const QString &portName);
    void unlock();
    QString errorString() const { return m_errorString; }

    // The path with every symlink resolved; empty when there is no such file.
    static QString canonicalPath(const QString &path);
    // "foundry-station-cli (process 1234)" for each process whose lock on the device is recorded in
    // /proc/locks.
    static QStringList holders(const QString &devicePath);
    // Every process but this one that has the device open, found by its open descriptors in /proc
    // (only the processes this user may look at).
    static QStringList otherUsers(const QString &devicePath);

private:
    int m_descriptor = -1;
    QString m_errorString;
};
