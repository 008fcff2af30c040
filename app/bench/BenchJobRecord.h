#pragma once

#include <QMap>
#include <QString>

// What the bench keeps of one finished job: its outcome, how long each phase took and how many
// bytes crossed the serial line in it, both directions added up.
struct BenchJobRecord
{
    QString deviceId;
    int lane = 0;
    bool done = false;
    QString error;
    qint64 totalMs = 0;
    qint64 bytesWritten = 0;
    qint64 bytesRead = 0;
    // Time the job's Foundry calls waited for a rate-limiter token, all added up (it is part of
    // the generate and provision phases).
    double tokenWaitMs = 0;
    // When the job finished, on the pass's clock (StationBench sets it).
    double finishedAtS = 0;
    // Keyed by phase name (see BenchLane::phaseOf).
    QMap<QString, qint64> phaseMs;
    QMap<QString, qint64> phaseBytes;
    // What the device must store, by CredentialKind: the honest floor is these bytes crossing the
    // line once, in one direction.
    QMap<int, qint64> payloadBytes;
};
