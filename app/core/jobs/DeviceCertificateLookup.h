#pragma once

#include "device/DeviceAccess.h"
#include "device/DeviceIdentity.h"
#include "device/SerialSettings.h"
#include "jobs/CertificateInJournal.h"

#include <QList>
#include <QObject>
#include <QPointer>

class DeviceInspection;

// Which certificate a plugged-in device holds, and which job of the journal put it there: the
// device is inspected as the command line's inspect does (nothing is written to it), each client
// certificate it gives back is turned into its AWS certificate ID (the SHA-256 of its DER), and
// that ID is looked up in the journal. A product may keep credentials elsewhere than its profile's
// default places (an MCUmgr file layout, an ESP-AT family): the device is then read again at each
// place the journal's jobs of that profile recorded (JobJournal::deviceAccesses), so that a device
// is not reported empty because its certificate is at the product's path. The port must be free:
// the caller makes sure no lane holds it.
class DeviceCertificateLookup : public QObject
{
    Q_OBJECT

public:
    struct Held
    {
        int slot = 0;
        // Empty when the device keeps the certificate but does not give it back (only its digest).
        QString certificateId;
        // What the journal knows of it; unset while certificateId is empty.
        CertificateInJournal journal;
    };

    // journal: open; it must outlive the lookup.
    DeviceCertificateLookup(SerialSettings serial, JobJournal *journal, QObject *parent = nullptr);
    ~DeviceCertificateLookup() override;

    void start();

    // Once finished: why the device or the journal could not be read; empty when they could.
    QString problem() const { return m_problem; }
    // The one certificate support staff can act on: the first the journal knows and has not seen
    // revoked; nullopt when there is none.
    std::optional<Held> revocable() const;
    // What was found, and what to do next, for a person; foreign text escaped.
    QString summary() const;

Q_SIGNALS:
    void progress(const QString &message);
    void finished();

private:
    // How many of the most recently used places the journal names are read, beside the defaults.
    static constexpr int maxOtherPlaces = 8;

    void inspected();
    void otherPlaceInspected();
    // Reads the device at the next place the journal names; finished() once none is left.
    void inspectNext();
    // Takes the certificates the inspection found; false, with m_problem, when the journal cannot be read.
    bool collect(const DeviceInspection &inspection);
    // Where the journal's jobs of the detected profile wrote, other than where the first read looked;
    // records this program would not write are not followed.
    QList<DeviceAccess> otherPlaces();

    SerialSettings m_serial;
    QPointer<JobJournal> m_journal;
    DeviceInspection *m_inspection = nullptr;
    QList<DeviceAccess> m_otherPlaces;
    QString m_problem;
    QString m_profileName;
    DeviceIdentity m_identity;
    QList<Held> m_held;
};
