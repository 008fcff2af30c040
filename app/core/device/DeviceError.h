#pragma once

#include <QCoreApplication>
#include <QString>

// Why a device operation failed, naming the step, with what a person should do about it.
struct DeviceError
{
    Q_DECLARE_TR_FUNCTIONS(DeviceError)

public:
    enum class Kind {
        Timeout,              // the device stopped answering
        Disconnected,         // the port went away
        Refused,              // the device answered with an error
        NotSupported,         // the device does not speak this profile, or lacks a feature
        CapacityTooSmall,     // a buffer or the slot count is too small; a firmware setting must grow
        VerificationMismatch, // the device holds something other than what was written
        Protocol,             // an answer the profile cannot read
    };

    Kind kind = Kind::Protocol;
    QString step;    // "writing the private key into slot 42", ...
    QString message; // what happened and what to do next
};
