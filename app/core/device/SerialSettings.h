#pragma once

#include <QCoreApplication>
#include <QSerialPort>
#include <QString>

#include <chrono>

// How to open a serial port and how fast to feed it.
struct SerialSettings
{
    Q_DECLARE_TR_FUNCTIONS(SerialSettings)

public:
    QString portName; // "ttyUSB0", "/dev/ttyUSB0", or any path such as a pseudo-terminal's
    qint32 baudRate = 115200;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
    // Most bytes handed to the port at once. A device without flow control and with a small receive
    // buffer drops what arrives faster than its firmware empties the buffer, so the next chunk waits
    // until this one has had time to cross the wire. 0 hands everything over at once, which is safe
    // only when hardware flow control is wired.
    int pacingChunkBytes = 64;

    // Empty when usable; otherwise why not, in words a person can act on.
    QString validate() const;
    // "115200 8N1", with " RTS/CTS" or " XON/XOFF" when flow control is on.
    QString describe() const;

    // Start bit, data bits, parity bit and stop bits (1.5 counted as 2): 10 for 8N1.
    int bitsPerByte() const;
    // How long that many bytes take on the wire at baudRate, rounded up.
    std::chrono::microseconds wireTime(qsizetype bytes) const;
};
