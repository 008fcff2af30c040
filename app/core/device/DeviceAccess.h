#pragma once

#include "device/SerialSettings.h"
#include "device/smp/SmpFileLayout.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class DeviceProfile;
class QObject;

// How a job spoke to its device, beyond the port's name: the device profile as it was set up (an
// ESP-AT family such as esp-at:client, an MCUmgr device's file layout) and the line's rate. The
// journal keeps it with each job (JobJournal::Job::deviceAccess), written with the job's row before
// anything touches the device, so that whatever later acts on that device from the journal
// (deleting what a job left, putting a device back) speaks to it as the job did. A profile rebuilt
// from its name alone would look at its default places, where a delete finds nothing and reports
// done while the credentials stay where the job put them.
class DeviceAccess
{
    Q_DECLARE_TR_FUNCTIONS(DeviceAccess)

public:
    // A name DeviceProfiles::create() takes; empty for a job that names no profile.
    QString profile;
    qint32 baudRate = SerialSettings().baudRate;
    // Where an MCUmgr device (mcumgr-smp) keeps each credential; the defaults for other profiles.
    SmpFileLayout smpFiles = SmpFileLayout::defaults();

    friend bool operator==(const DeviceAccess &, const DeviceAccess &) = default;

    // What profile, attached to its line, is set up with.
    static DeviceAccess of(const DeviceProfile &profile);
    // The text the journal keeps (a compact JSON object).
    QString toText() const;
    // What a job whose profile column is profileName recorded as text, read back from a journal
    // (foreign: a PostgreSQL journal is shared). Empty text is a job recorded before the journal
    // kept it (schema 6 and older): profileName as it was then, with its default file layout, on a
    // line of fallbackBaud, what the action was given. nullopt, with *problem in words a person can
    // act on, for text that is not what this program writes or that names another profile.
    static std::optional<DeviceAccess> fromJournal(const QString &profileName, const QString &text, qint32 fallbackBaud,
                                                   QString *problem);

    // The port as the job opened it: base (its name, framing and pacing) at this rate.
    SerialSettings serial(SerialSettings base) const;
    // A profile set up as the job's was; null for a name DeviceProfiles does not know.
    DeviceProfile *createProfile(QObject *parent = nullptr) const;
};
