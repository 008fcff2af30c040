#pragma once

#include "BenchJobRecord.h"
#include "jobs/ProvisioningJob.h"
#include "jobs/ProvisioningLane.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class FoundryClient;
class FoundryRateLimiter;
class QProcess;

// One simulated port: a device-simulator process on its own pseudo-terminal, the station's
// ProvisioningLane for it, and one job at a time. The next device is "plugged in" by running the next job on
// the same simulator with a new device ID; the job's delete-before-write clears the slot. Lanes own
// nothing they share: the client and the rate limiter are handed in and belong to StationBench.
class BenchLane : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        FoundryClient *client = nullptr;
        FoundryRateLimiter *limiter = nullptr;
        QString simulatorPath;
        QString profile;
        int baud = 115200;
        QString storeFile;
        // Passed on to device-simulator, e.g. its flash timing.
        QStringList simulatorArguments;
        // Every job on a device just plugged in: a fresh simulator on a fresh pseudo-terminal, a
        // fresh lane that detects its profile, timed from the moment the port appears.
        bool cold = false;
    };

    BenchLane(int index, Setup setup, QObject *parent = nullptr);
    ~BenchLane() override;

    int index() const { return m_index; }
    // Starts the simulator (when warm); ready() or failed() follows.
    void start();
    // Warm: the next job on the open lane. Cold: plugs in a new device and runs the job on it.
    void runJob(const QString &deviceId);
    // The bench's name for the phase a job state belongs to; empty for states outside the cycle.
    static QString phaseOf(ProvisioningJob::State state);
    // Cold: from the port's appearance to a lane ready for the job (recovery, detection, opening).
    static QString plugInPhase() { return QStringLiteral("plug-in"); }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void jobFinished(const BenchJobRecord &record);

private:
    void startSimulator();
    void simulatorOutput();
    void openLane(const QString &port);
    void startJob();
    // Cold: the device is unplugged once its job is over, without blocking the other lanes.
    void unplug();
    void countBytes(qint64 bytes, bool written);
    void finishJob(ProvisioningJob *job);

    int m_index;
    Setup m_setup;
    std::unique_ptr<QProcess> m_simulator;
    std::unique_ptr<ProvisioningLane> m_lane;
    // The lane's running job, whose bytes and rate-limiter waits this lane counts.
    QPointer<ProvisioningJob> m_job;
    BenchJobRecord m_record;
    QElapsedTimer m_jobClock;
    // Cold: from the moment the device's port appeared.
    QElapsedTimer m_plugClock;
};
