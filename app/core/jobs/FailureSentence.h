#pragma once

#include "device/DeviceError.h"
#include "jobs/JobResult.h"

#include <QCoreApplication>
#include <QString>

// What a technician reads on a FAIL or CANCELLED tile: one short sentence, what happened in plain
// words and then what to do next. The technical detail (which call, which answer, the certificate
// ID) goes to the log, not here. The one place these sentences live.
class FailureSentence
{
    Q_DECLARE_TR_FUNCTIONS(FailureSentence)

public:
    // For a job that did not end Done.
    static QString forJob(const JobResult &result);
    // For a lane that could not open, or whose device went away.
    static QString forLane(const DeviceError &error);
};
