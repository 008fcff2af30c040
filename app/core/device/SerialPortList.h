#pragma once

#include <QJsonObject>
#include <QList>
#include <QSerialPortInfo>
#include <QString>

#include <optional>

// The serial ports this computer has, as a person picks one. Pseudo-terminals (the device
// simulator's among them) have no driver and are never listed; they are opened by path.
class SerialPortList
{
public:
    struct Port
    {
        QString name;           // "ttyUSB0"
        QString systemLocation; // "/dev/ttyUSB0"
        QString description;
        QString manufacturer;
        QString serialNumber;
        std::optional<quint16> vendorId;
        std::optional<quint16> productId;

        static Port from(const QSerialPortInfo &info);
        // "10c4:ea60" for a USB adapter; empty otherwise.
        QString usbId() const;
        QJsonObject toJson() const;
    };

    // Sorted by name, ttyUSB2 before ttyUSB10.
    static QList<Port> available();
    // As QSerialPort resolves a port name: a bare name lives in /dev.
    static QString systemLocation(const QString &portName);
    // The device a port name stands for, the same for each of its names (ttyUSB0, /dev/ttyUSB0, a
    // /dev/serial/by-id link); the name's system location once the device is gone.
    static QString deviceKey(const QString &portName);
    // The USB serial number of the device behind a port name, by any of its names; empty for a port
    // without one (a pseudo-terminal, a built-in UART, a cheap adapter).
    static QString usbSerialNumber(const QString &portName);
};
