// journal-bench: what the journal costs a station, on SQLite and on PostgreSQL. N stations (threads,
// each with its own JobJournal and connection, as lanes and benches have) record jobs as a
// provisioning job does: the job, its device and certificate, a step begun and finished for each
// state, the end. Every call is timed: a step's write latency is what a job waits before its side
// effect. Jobs per second count all stations together. Not a test: speed is measured here, never
// asserted. PostgreSQL is any server the --journal URL names (docs/performance.md says which).

#include "BenchStatistics.h"
#include "jobs/JobJournal.h"
#include "jobs/ProvisioningJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <memory>

namespace {

using State = ProvisioningJob::State;

// The states a provisioning job journals on its way to done, each a step begun and finished.
const QList<State> jobStates{State::Identifying,         State::Generating,   State::CheckingBundle,
                             State::WritingCertificate,  State::WritingKey,   State::VerifyingCertificate,
                             State::VerifyingKey,        State::Provisioning};

struct StationRun
{
    QList<double> writeMs;
    int jobs = 0;
    QString error;
};

StationRun runStation(const QString &location, const QString &station, int jobCount)
{
    StationRun run;
    JobJournal journal(location);
    if (!journal.open()) {
        run.error = journal.errorString();
        return run;
    }
    QElapsedTimer timer;
    const auto timed = [&](const auto &write) {
        timer.start();
        const bool ok = write();
        run.writeMs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!ok && run.error.isEmpty())
            run.error = journal.errorString();
        return ok;
    };
    for (int i = 0; i < jobCount && run.error.isEmpty(); ++i) {
        JobJournal::Job row;
        row.station = station;
        row.operatorName = QStringLiteral("bench");
        row.port = QStringLiteral("/dev/ttyACM0");
        row.profile = QStringLiteral("station");
        row.slot = 1;
        row.deviceId = QStringLiteral("%1-%2").arg(station).arg(i);
        qint64 job = 0;
        timed([&] { return (job = journal.beginJob(row)) != 0; });
        timed([&] { return journal.setDevice(job, QStringLiteral("SN-%1").arg(i), {QStringLiteral("fleet/up")}); });
        for (const State state : jobStates) {
            qint64 step = 0;
            timed([&] { return (step = journal.beginStep(job, state)) != 0; });
            if (state == State::Generating)
                timed([&] { return journal.setCertificate(job, QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')), QString()); });
            timed([&] { return journal.finishStep(step, true); });
        }
        if (timed([&] { return journal.finishJob(job, JobResult::Outcome::Done, QString()); }))
            ++run.jobs;
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("journal-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the journal's writes for 1, 4 and 16 stations."));
    parser.addHelpOption();
    const QCommandLineOption journal(QStringLiteral("journal"),
        QStringLiteral("A postgresql:// URL; a fresh SQLite file in a temporary folder when not given."),
        QStringLiteral("location"));
    const QCommandLineOption stations(QStringLiteral("stations"), QStringLiteral("Comma-separated station counts."),
                                      QStringLiteral("list"), QStringLiteral("1,4,16"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QStringLiteral("Jobs per station (default 50)."),
                                  QStringLiteral("count"), QStringLiteral("50"));
    parser.addOptions({journal, stations, jobs});
    parser.process(app);

    QTemporaryDir folder;
    const bool sqlite = !parser.isSet(journal);
    const int jobCount = std::max(1, parser.value(jobs).toInt());
    QTextStream out(stdout);
    out << "back end    stations  jobs  write p50 ms  write p95 ms  write max ms  jobs/s\n";
    int round = 0;
    for (const QString &count : parser.value(stations).split(QLatin1Char(','))) {
        const int stationCount = std::max(1, count.toInt());
        // A fresh SQLite file per round; one PostgreSQL database, as a factory has, growing.
        const QString location = sqlite ? folder.filePath(QStringLiteral("journal-%1.sqlite").arg(++round))
                                        : parser.value(journal);
        {
            JobJournal schema(location);
            if (!schema.open()) {
                out << schema.errorString() << '\n';
                return 1;
            }
        }
        QList<StationRun> runs(stationCount);
        std::vector<std::unique_ptr<QThread>> threads;
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < stationCount; ++i) {
            threads.emplace_back(QThread::create([&runs, i, location, jobCount] {
                runs[i] = runStation(location, QStringLiteral("bench-%1").arg(i + 1), jobCount);
            }));
            threads.back()->start();
        }
        for (const auto &thread : threads)
            thread->wait();
        const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
        QList<double> writes;
        int done = 0;
        QStringList errors;
        for (const StationRun &run : std::as_const(runs)) {
            // A station whose write failed stops there, as a job would; the others go on.
            if (!run.error.isEmpty())
                errors << run.error;
            writes += run.writeMs;
            done += run.jobs;
        }
        const BenchStatistics statistics(writes);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(sqlite ? QStringLiteral("SQLite    ") : QStringLiteral("PostgreSQL"))
                   .arg(stationCount, 8)
                   .arg(done, 4)
                   .arg(statistics.median(), 12, 'f', 2)
                   .arg(statistics.p95(), 12, 'f', 2)
                   .arg(statistics.max(), 12, 'f', 2)
                   .arg(done / seconds, 6, 'f', 1);
        if (!errors.isEmpty())
            out << QStringLiteral("  %1 of %2 stations stopped at a failed write, the first: %3\n")
                       .arg(errors.size())
                       .arg(stationCount)
                       .arg(errors.constFirst());
        out.flush();
    }
    return 0;
}
