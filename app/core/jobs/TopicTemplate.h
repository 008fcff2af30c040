#pragma once

#include "device/DeviceIdentity.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

// Topics written once for a batch, filled in per device: "fleet/{deviceId}/telemetry" becomes
// "fleet/a7b0-.../telemetry". The fields are the job's device ID and what the device reported.
class TopicTemplate
{
    Q_DECLARE_TR_FUNCTIONS(TopicTemplate)

public:
    // deviceId, serial, imei, firmware; a field the device did not report is absent.
    static QMap<QString, QString> fields(const QString &deviceId, const DeviceIdentity &identity);

    // Empty list and *error set when a placeholder is unknown, unreported or malformed, or when a
    // value would change the topic's structure.
    static QStringList expand(const QStringList &templates, const QMap<QString, QString> &fields, QString *error);
};
