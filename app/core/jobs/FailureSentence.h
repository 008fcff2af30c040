#pragma once

#include "device/DeviceError.h"
#include "jobs/JobResult.h"

#include <QCoreApplication>
#include <QString>

// What a technician reads on a FAIL or CANCELLED tile: one short sentence, what happened in plain
// words and then what to do next. When the network drops mid-job, it says what Foundry may have done
// at that step and what the station did about it: tried again, rolled back, or left it for a person. The technical detail (which call, which answer, the certificate
// ID) goes to the log, not here. The one place these sentences live.
class FailureSentence
{
    Q_DECLARE_TR_FUNCTIONS(FailureSentence)

public:
    // For a job that did not end Done.
    static QString forJob(const JobResult &result);
    // For a job whose connection to Foundry dropped (at generate, provision, or the rollback's revoke):
    // what Foundry may have done and what the station did. Empty for any other end.
    static QString forNetworkDrop(const JobResult &result);
    // For a lane that could not open, or whose device went away.
    static QString forLane(const DeviceError &error);
    // While a provision that failed is tried again: what Foundry may have done, and that the station asks again.
    static QString forProvisionRetry(const FoundryError &error);
};
