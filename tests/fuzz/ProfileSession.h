#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>

class DeviceProfile;

// Drives a device profile through what a provisioning job and an inspection ask of a device, one
// operation after the other: identify, write a certificate, verify it, write a key, list, read the
// certificate back, delete it. The next operation starts as soon as the profile is idle, whether
// the last one worked or not.
//
// A script is what the device sent, as text: "~~~" separates serial reads, and "~T~" lets the
// profile's earliest-due timer expire as if the device stayed silent (no time passes otherwise, so
// nothing sleeps). record_profile_session writes such scripts from a real (simulated) device.
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    static constexpr QByteArrayView readSeparator = "~~~";
    static constexpr QByteArrayView timerMarker = "~T~";

    explicit ProfileSession(DeviceProfile *profile);

    // Starts the next operation if the profile is idle; false once every operation has run.
    bool startNext();

    // Plays a script against the profile. Ends the process when the profile breaks its contract:
    // an operation that ends without exactly one result, or a result while no operation runs.
    void play(QByteArrayView script);

private:
    void ended();
    void fireEarliestTimer();
    void checkContract() const;

    DeviceProfile *m_profile;
    int m_next = 0;
    int m_endings = 0;
    bool m_verifying = false;
};
