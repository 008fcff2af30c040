#pragma once

#include "device/DeviceIdentity.h"

#include <QCoreApplication>
#include <QString>

class JobJournal;

// A device's ID on Foundry, as a person scans or types it or as a device reports it, checked before
// any job takes it. Foundry's API names no shape for a device ID, so the station accepts what a
// label can carry and a topic can hold: letters, digits and - _ . : only, at most maxLength, not
// empty. The one rule for every front end: the bench's scanner, the command line's --device-id.
class DeviceId
{
    Q_DECLARE_TR_FUNCTIONS(DeviceId)

public:
    static constexpr qsizetype maxLength = 128;

    // Leading and trailing blanks (a scanner's, a terminal's) are not part of the ID.
    explicit DeviceId(const QString &text);
    // The device's own serial number (the IMEI of a modem) as its ID, for products whose devices
    // carry no label to scan.
    static DeviceId fromIdentity(const DeviceIdentity &identity);

    bool isValid() const { return m_problem.isEmpty(); }
    QString text() const { return m_text; }
    // Why it is refused, as a clause the caller ends with what to do there ("the device ID is empty");
    // empty when valid. Foreign characters in it are escaped.
    QString problem() const { return m_problem; }

    // Why a new job for deviceId would be a duplicate: the journal holds a job that provisioned it and
    // no revoke since (JobJournal::provisionedJob), or cannot say; empty when a job may go ahead.
    // A clause, as problem() is.
    static QString duplicateProblem(const QString &deviceId, const JobJournal &journal);

private:
    DeviceId() = default;

    QString m_text;
    QString m_problem;
};
