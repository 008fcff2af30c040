#pragma once

#include <QCoreApplication>
#include <QString>

// What a barcode scanner typed as a device ID, checked before any lane takes it. Foundry's API names
// no shape for a device ID, so the station accepts what a label can carry and a topic can hold:
// letters, digits and - _ . : only, at most maxLength, nothing else, not empty.
class DeviceIdScan
{
    Q_DECLARE_TR_FUNCTIONS(DeviceIdScan)

public:
    static constexpr qsizetype maxLength = 128;

    explicit DeviceIdScan(const QString &typed);

    bool isValid() const { return m_problem.isEmpty(); }
    QString deviceId() const { return m_deviceId; }
    // Why it is refused, in words the technician acts on; empty when valid.
    QString problem() const { return m_problem; }

private:
    QString m_deviceId;
    QString m_problem;
};
