#pragma once

#include "BenchJobRecord.h"
#include "foundry/FoundryRateLimiter.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QThreadPool>

#include <memory>

class BenchLane;
class FoundryClient;
class FoundryEmulator;
class QThread;

// Provisions devices over several lanes against an in-process Foundry emulator and prints how fast.
// All lanes run in this object's thread; the emulator gets a thread of its own, so that the CPU the
// station's side spends can be told apart from the CPU Foundry's side spends generating keys.
class StationBench : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Devices in the multi-lane pass; 0: devicesPerLane for each lane.
        int devices = 0;
        int lanes = 1;
        QString profile = QStringLiteral("station");
        int baud = 115200;
        // When above 0: a one-lane pass of this many devices first, to compare with.
        int oneLaneDevices = 0;
        double foundryRate = FoundryRateLimiter::defaultRatePerSecond;
        int foundryBurst = FoundryRateLimiter::defaultBurst;
        // Threads the emulator makes key pairs on; 0: one per core, the emulator's own default.
        // The bench's default is one: Foundry's key generation is not the station's work, and on
        // a small machine that also runs every simulated device, key pairs made on all cores at
        // once take CPU time from the station and the devices (docs/performance.md).
        int foundryThreads = 1;
        QString simulatorPath;
        // Extra arguments for every device-simulator.
        QStringList simulatorArguments;
        // Every device new: a fresh simulator and a fresh lane that detects it (see BenchLane::Setup).
        bool cold = false;
        // The emulator's key pairs made before the clock starts, one per device of every pass, so
        // that the figures show the station's own work and not Foundry's key generation sharing
        // the machine with it.
        bool foundryKeysAhead = false;

        static constexpr int devicesPerLane = 20;
        int passDevices() const { return devices > 0 ? devices : devicesPerLane * lanes; }
    };

    explicit StationBench(Options options, QObject *parent = nullptr);
    ~StationBench() override;

    // Starts the emulator and the first pass; finished(exitCode) follows.
    bool start(QString *error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Pass
    {
        int lanes = 0;
        int devices = 0;
        double devicesPerHour = 0;
        // Over the steady state only (see endPass()); 0 when the pass had none.
        double steadyDevicesPerHour = 0;
    };

    void startPass(int lanes, int devices);
    void laneReady(BenchLane *lane);
    void jobFinished(BenchLane *lane, const BenchJobRecord &record);
    void endPass();
    void abort(const QString &message);

    Options m_options;
    QTemporaryDir m_dir;
    QThreadPool m_issuingPool;
    QThread *m_emulatorThread;
    QObject *m_emulatorContext;
    std::unique_ptr<FoundryEmulator> m_emulator;
    std::unique_ptr<FoundryClient> m_client;
    FoundryRateLimiter *m_limiter = nullptr;

    QList<BenchLane *> m_lanes;
    QList<BenchJobRecord> m_records;
    QList<Pass> m_passes;
    int m_passLanes = 0;
    int m_passDevices = 0;
    int m_nextDevice = 0;
    int m_lanesReady = 0;
    // Lanes that have finished their first device, and when the last of them did; when the first
    // lane found no device left to start. Between the two every lane is busy all the time.
    QSet<BenchLane *> m_lanesWarm;
    double m_allWarmAtS = -1;
    double m_firstIdleAtS = -1;
    QElapsedTimer m_wall;
    double m_threadCpuStart = 0;
    double m_processCpuStart = 0;
    double m_foundryCpuStart = 0;
};
