#pragma once

#include <QList>
#include <QPair>
#include <QString>

// What a device says about itself; fields it cannot tell stay empty.
struct DeviceIdentity
{
    QString profile;
    QString serialNumber; // hardware ID, IMEI for a modem
    QString firmwareVersion;
    QList<QPair<QString, QString>> details; // anything else worth showing, in the device's order
};
