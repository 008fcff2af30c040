#pragma once

#include "device/smp/SmpFileLayout.h"
#include "jobs/ProvisioningJob.h"
#include "jobs/ProvisioningLane.h"

#include <QCoreApplication>
#include <QStringList>

class QSettings;

// What a bench provisions for one product, chosen once per batch so that technicians never type
// topics: the device profile its devices speak and the line rate, the slot and topics of its
// certificate, whether each device's ID comes from a scanned label (or from the device itself), and
// whether a job starts as soon as it has a device and an ID. The window and the command line
// (provision --product NAME) take the same saved profiles.
class ProductProfile
{
    Q_DECLARE_TR_FUNCTIONS(ProductProfile)

public:
    QString name;
    // A profile name (DeviceProfiles::isKnown(), such as esp-at:client for ESP-AT's client namespaces)
    // or DeviceInspection::automatic.
    QString deviceProfile;
    int slot = 1;
    // Topics with {deviceId}, {serial}, {imei} or {firmware} filled in per device (TopicTemplate).
    QStringList topicTemplates;
    qint32 baudRate = 115200;
    // False: a device without a label to scan takes its own serial number (IMEI) as its device ID.
    bool requiresScannedDeviceId = true;
    // A job starts once a ready device and its ID are both there, without a further click.
    bool autoStart = true;
    // mcumgr-smp: the files the credentials go into, and their encoding (docs/mcumgr-smp.md).
    SmpFileLayout smpFiles = SmpFileLayout::defaults();

    ProductProfile();

    // Everything wrong with it, each in words a person can act on; empty when it is usable. Values
    // the saved settings held that are not what they should be are named here too.
    QStringList problems() const;

    // A job of this product for deviceId: its slot and topics; the lane fills in the rest.
    ProvisioningJob::Settings jobSettings(const QString &deviceId) const;
    // The lane of a device of this product: its device profile and line rate.
    void applyTo(ProvisioningLane::Setup *setup) const;
    // True when a lane with this setup speaks to its device as this product needs: the same device
    // profile and line rate.
    bool fitsLane(const ProvisioningLane::Setup &setup) const;

    // Read from, and written to, the group settings is in; a value that cannot be read is kept in a
    // form problems() names.
    static ProductProfile read(QSettings &settings, const QString &name);
    void write(QSettings &settings) const;

    // Names become QSettings groups and command-line values: letters, digits, blanks, . _ - only.
    static bool isName(const QString &name);

private:
    // Saved values that are not what they should be, such as a flag that is neither true nor false.
    QStringList m_unreadable;
};
