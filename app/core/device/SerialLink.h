#pragma once

#include "device/SerialPortLock.h"
#include "device/SerialSettings.h"

#include <QByteArray>
#include <QObject>
#include <QSerialPort>

class QTimer;

// A serial port as the device protocols need it: bytes in as they arrive, bytes out paced so that a
// device without flow control keeps up, and a clear failure when the device goes away. Nothing here
// blocks the thread.
class SerialLink : public QObject
{
    Q_OBJECT

public:
    explicit SerialLink(SerialSettings settings, QObject *parent = nullptr);

    const SerialSettings &settings() const { return m_settings; }

    // Opening a serial port does not wait for the device, so this returns at once: true, or false with
    // errorString() saying why in words a person can act on. failed() is kept for later failures.
    // The device is held exclusively (see SerialPortLock) until close(), whatever name it was opened by.
    bool open();
    bool isOpen() const;
    // Drops whatever is still queued for writing. Emits nothing.
    void close();
    QString errorString() const { return m_errorString; }
    // Other processes that have this link's device open, by any name: "cat (process 99)".
    QStringList otherProcessesUsingPort() const;

    // Queues bytes for the device; false when the link is not open.
    bool write(const QByteArray &bytes);
    // Bytes queued, or handed to the port and not yet taken by the driver.
    qsizetype bytesToWrite() const { return m_queue.size() - m_queueSent + m_inFlight; }

    // Pieces of at most chunkBytes, each followed by wireTimeFactor times its wire time and at least
    // minimumGap: what a device that reads its receive buffer slowly needs. Replaces the settings'.
    void setPacing(int chunkBytes, int wireTimeFactor, std::chrono::milliseconds minimumGap);

    // Discards what the device sent and the link has not delivered yet, so that a reply to an earlier
    // command is not taken for the reply to the next one.
    void flushInput();

Q_SIGNALS:
    void bytesReceived(const QByteArray &bytes);
    // Everything written has been handed to the port and, when paced, has had time to cross the wire.
    void writeDrained();
    // The port failed or the device went away after open(). The link is closed by then.
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString systemLocation() const;
    QString openFailure(QSerialPort::SerialPortError error, const QString &systemMessage, const QString &device) const;
    void watchReadNotifier();
    bool deviceHungUp() const;
    void checkDevice();
    void portError(QSerialPort::SerialPortError error);
    void readAvailable();
    void sendNextChunk();
    void chunkWritten(qint64 bytes);
    void fail(const QString &message);
    void failDisconnected();

    SerialSettings m_settings;
    QSerialPort *m_port;
    SerialPortLock m_lock;
    QTimer *m_pacing;
    QTimer *m_deviceCheck;
    QString m_errorString;
    // Kept whole until all of it is sent, then wiped; m_queueSent marks what has gone.
    QByteArray m_queue;
    qsizetype m_queueSent = 0;
    int m_wireTimeFactor = 1;
    std::chrono::milliseconds m_minimumGap{0};
    qsizetype m_inFlight = 0;
    qsizetype m_chunkSize = 0;
    bool m_drainOwed = false;
    bool m_failing = false;
    // Counts successful openings, so that a failure reported for an earlier one is not delivered after a
    // later one.
    quint64 m_session = 0;
};
