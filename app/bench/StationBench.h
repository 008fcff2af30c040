#pragma once

#include "BenchJobRecord.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

class BenchLane;
class FoundryClient;
class FoundryEmulator;
class FoundryRateLimiter;
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
        int devices = 20;
        int lanes = 1;
        QString profile = QStringLiteral("station");
        int baud = 115200;
        // When above 0: a one-lane pass of this many devices first, to compare with.
        int oneLaneDevices = 0;
        double foundryRate = 50;
        int foundryBurst = 8;
        QString simulatorPath;
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
    };

    void startPass(int lanes, int devices);
    void laneReady(BenchLane *lane);
    void jobFinished(BenchLane *lane, const BenchJobRecord &record);
    void endPass();
    void abort(const QString &message);

    Options m_options;
    QTemporaryDir m_dir;
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
    QElapsedTimer m_wall;
    double m_threadCpuStart = 0;
    double m_processCpuStart = 0;
};
