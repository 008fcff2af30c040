#pragma once

#include <QByteArray>
#include <QString>

// A change an operation makes to the device's own state for its length, and undoes before it ends:
// an nRF91 modem is taken offline to change credentials, then put back in its earlier mode. A
// journal records restoreCommand before the change is made, so that after a crash recovery (or a
// person) can put the device back.
struct DeviceStateChange
{
    QByteArray restoreCommand; // what puts the device back as it was: "AT+CFUN=21"
    QString description;       // what the device is left as until then, for a person: "the modem
                               // offline (AT+CFUN=4) instead of in functional mode 21"
};
