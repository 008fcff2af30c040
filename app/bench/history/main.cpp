// history-bench: how the Certificates page's history model behaves on a big journal. It fills a real
// journal (the station's own schema: a SQLite file in WAL mode, or an empty PostgreSQL database that
// --journal names) with provisioning jobs and some revokes, then times
// what a person waits for: opening the history with its first page, a search by certificate-ID
// prefix and by device ID, the next page while scrolling, and a few slower cases for comparison.
// Each figure is the median of several runs on the warm file. Not a test: speed is measured here,
// never asserted.

#include "jobs/JobHistoryModel.h"
#include "jobs/JobJournal.h"
#include "jobs/JournalDialect.h"
#include "jobs/JournalLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString randomHex(QRandomGenerator &random, int length)
{
    static const char digits[] = "0123456789abcdef";
    QString text(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        text[i] = QLatin1Char(digits[random.bounded(16)]);
    return text;
}

struct Filled
{
    QStringList certificateIds;
    QStringList deviceIds;
    qint64 sizeMiB = 0;
};

// One transaction through a connection of its own: JobJournal commits each row durably, which is
// right for a bench job and would take an hour for 100,000.
std::optional<Filled> fill(const JournalLocation &location, int jobCount, QString *error)
{
    Filled filled;
    QRandomGenerator random(20261129);
    const QString connection = QStringLiteral("history-bench-fill");
    {
        const JournalDialect dialect(location.backend());
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connection);
        dialect.configure(db, location, QString());
        if (!db.open()) {
            *error = db.lastError().text();
            return std::nullopt;
        }
        QSqlQuery query(db);
        // A bench that measured on top of someone's history would measure their journal, not this fill.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM jobs")) || !query.next() || query.value(0).toLongLong() != 0) {
            *error = query.lastError().isValid() ? query.lastError().text()
                                                 : QStringLiteral("the journal already holds jobs; give an empty one");
            return std::nullopt;
        }
        query.exec(QStringLiteral("BEGIN"));
        query.prepare(QStringLiteral("INSERT INTO jobs (started_at, finished_at, operator, station, port, profile, slot, "
                                     "device_id, cert_id, arn, outcome, error, device_serial, topics, run_id, kind, reason) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QStringList operators{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                                    QStringLiteral("dmitri"), QStringLiteral("erin"), QStringLiteral("feng")};
        const QStringList stations{QStringLiteral("bench-1"), QStringLiteral("bench-2"), QStringLiteral("bench-3"),
                                   QStringLiteral("field-laptop")};
        const QDateTime start(QDate(2026, 1, 5), QTime(7, 0), QTimeZone::UTC);
        int row = 0;
        const auto insert = [&](const QString &kind, const QString &deviceId, const QString &certificateId,
                                const QString &outcome, const QString &reason) {
            const QDateTime startedAt = start.addSecs(row * 40);
            ++row;
            const QString arn = QStringLiteral("arn:aws:iot:eu-central-1:123456789012:cert/") + certificateId;
            query.addBindValue(startedAt.toString(Qt::ISODateWithMs));
            query.addBindValue(startedAt.addSecs(25).toString(Qt::ISODateWithMs));
            query.addBindValue(operators.at(random.bounded(operators.size())));
            query.addBindValue(stations.at(random.bounded(stations.size())));
            query.addBindValue(QStringLiteral("/dev/ttyACM%1").arg(random.bounded(8)));
            query.addBindValue(QStringLiteral("zephyr-shell"));
            query.addBindValue(1);
            query.addBindValue(deviceId);
            query.addBindValue(certificateId);
            query.addBindValue(kind == QLatin1String("provision") ? QVariant(arn) : QVariant(QMetaType(QMetaType::QString)));
            query.addBindValue(outcome);
            query.addBindValue(outcome == QLatin1String("failed") ? QVariant(QStringLiteral("the device did not answer"))
                                                                  : QVariant(QMetaType(QMetaType::QString)));
            query.addBindValue(QStringLiteral("SN-") + deviceId);
            query.addBindValue(QStringLiteral("[\"devices/%1/telemetry\",\"devices/%1/commands\"]").arg(deviceId));
            query.addBindValue(QStringLiteral("bench-run"));
            query.addBindValue(kind);
            query.addBindValue(reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason));
            return query.exec();
        };
        for (int i = 0; i < jobCount; ++i) {
            const QString deviceId = QStringLiteral("dev-%1").arg(i, 7, 10, QLatin1Char('0'));
            const QString certificateId = randomHex(random, 64);
            const int roll = random.bounded(100);
            const QString outcome = roll < 90 ? QStringLiteral("done")
                : roll < 95                   ? QStringLiteral("failed")
                : roll < 98                   ? QStringLiteral("needs-attention")
                                              : QStringLiteral("cancelled");
            if (!insert(QStringLiteral("provision"), deviceId, certificateId, outcome, {})) {
                *error = query.lastError().text();
                return std::nullopt;
            }
            filled.certificateIds << certificateId;
            filled.deviceIds << deviceId;
            // One certificate in fifty is revoked later, by support staff.
            if (i % 50 == 49) {
                const qsizetype revoked = random.bounded(filled.certificateIds.size());
                if (!insert(QStringLiteral("revoke"), filled.deviceIds.at(revoked), filled.certificateIds.at(revoked),
                            QStringLiteral("done"), QStringLiteral("returned under warranty"))) {
                    *error = query.lastError().text();
                    return std::nullopt;
                }
            }
        }
        if (!query.exec(QStringLiteral("COMMIT"))) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        // What the database does on its own soon after such a burst (autovacuum, a checkpoint), done now
        // so that every figure is taken in that steady state.
        if (location.backend() == JournalLocation::Backend::Postgres) {
            query.exec(QStringLiteral("VACUUM ANALYZE"));
        } else {
            query.exec(QStringLiteral("ANALYZE"));
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        filled.sizeMiB = location.backend() == JournalLocation::Backend::Postgres
            ? (query.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && query.next()
                   ? query.value(0).toLongLong() / (1024 * 1024)
                   : -1)
            : QFileInfo(location.filePath()).size() / (1024 * 1024);
    }
    QSqlDatabase::removeDatabase(connection);
    return filled;
}

// Median of runs of what, in milliseconds.
double medianMs(int runs, const std::function<void()> &what)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        what();
        times << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// What a view asks for each cell it paints.
void readEveryCell(const JobHistoryModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data();
    }
}

QString memoryLine(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromLatin1(line.mid(prefix.size()).trimmed());
    }
    return QStringLiteral("unknown");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the history model on a journal of many jobs."));
    parser.addHelpOption();
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Provisioning jobs to journal."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        QStringLiteral("A postgresql:// URL of an empty database; a fresh SQLite file in a temporary folder when not given."),
        QStringLiteral("URL"));
    parser.addOptions({jobsOption, runsOption, journalOption});
    parser.process(app);
    const int jobCount = std::max(1, parser.value(jobsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(journalOption) ? parser.value(journalOption)
                                                     : dir.filePath(QStringLiteral("journal.sqlite"));
    QString refused;
    const std::optional<JournalLocation> location = JournalLocation::parse(path, &refused);
    if (!location) {
        out() << refused << Qt::endl;
        return 2;
    }
    {
        JobJournal schema(path);
        if (!schema.open()) {
            out() << schema.errorString() << Qt::endl;
            return 1;
        }
    }
    QElapsedTimer fillTimer;
    fillTimer.start();
    QString error;
    const std::optional<Filled> filled = fill(*location, jobCount, &error);
    if (!filled) {
        out() << "filling the journal failed: " << error << Qt::endl;
        return 1;
    }
    out() << "journal: " << location->displayName() << ", " << jobCount << " provisioning jobs, " << jobCount / 50
          << " revokes, " << filled->sizeMiB << " MiB, filled in " << fillTimer.elapsed() << " ms" << Qt::endl;
    out() << "page size: " << JobHistoryModel::defaultPageSize << " rows; each figure the median of " << runs
          << " runs" << Qt::endl;

    const QString rssBefore = memoryLine("VmRSS");
    std::unique_ptr<JobJournal> journal;
    std::unique_ptr<JobHistoryModel> model;
    const double openMs = medianMs(runs, [&] {
        model.reset();
        journal = std::make_unique<JobJournal>(path);
        journal->open();
        model = std::make_unique<JobHistoryModel>();
        model->setJournal(journal.get());
        readEveryCell(*model);
    });
    out() << "open the journal and show the first page: " << openMs << " ms (" << model->rowCount() << " rows)"
          << Qt::endl;

    // Each run starts from the first page, as a person scrolls down from the top.
    QList<double> pageTimes;
    for (int i = 0; i < runs; ++i) {
        model->setFilter({});
        QElapsedTimer timer;
        timer.start();
        model->fetchMore({});
        readEveryCell(*model);
        pageTimes << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(pageTimes.begin(), pageTimes.end());
    out() << "fetch the next page while scrolling: " << pageTimes.at(pageTimes.size() / 2) << " ms" << Qt::endl;

    const auto search = [&](const char *what, const JobJournal::Filter &filter) {
        const double ms = medianMs(runs, [&] {
            model->setFilter(filter);
            readEveryCell(*model);
        });
        out() << what << ": " << ms << " ms (" << model->rowCount() << (model->canFetchMore({}) ? "+" : "")
              << " rows)" << Qt::endl;
    };
    JobJournal::Filter filter;
    filter.certificatePrefix = filled->certificateIds.at(jobCount / 3).left(6).toUpper();
    search("search by certificate-ID prefix (6 characters)", filter);
    filter.certificatePrefix = filled->certificateIds.at(jobCount / 3);
    search("search by whole certificate ID", filter);
    filter = {};
    filter.deviceId = filled->deviceIds.at(jobCount / 2);
    search("search by device ID", filter);
    filter = {};
    filter.operatorName = QStringLiteral("carol");
    filter.station = QStringLiteral("bench-2");
    search("search by operator and station", filter);
    filter = {};
    filter.outcome = JobResult::Outcome::Cancelled;
    search("search by outcome (cancelled, about 2 %)", filter);
    filter = {};
    filter.certificateRevoked = true;
    search("search for revoked certificates (2 %)", filter);
    filter = {};
    filter.from = QDateTime(QDate(2026, 1, 20), QTime(0, 0), QTimeZone::UTC);
    filter.to = filter.from.addDays(1);
    search("search by one day's date range", filter);

    model->setFilter({});
    const double sortDeviceMs = medianMs(runs, [&] {
        model->sort(JobHistoryModel::DeviceIdColumn, Qt::AscendingOrder);
        readEveryCell(*model);
    });
    out() << "sort by device ID (indexed): " << sortDeviceMs << " ms" << Qt::endl;
    const double sortArnMs = medianMs(runs, [&] {
        model->sort(JobHistoryModel::ArnColumn, Qt::AscendingOrder);
        readEveryCell(*model);
    });
    out() << "sort by ARN (no index): " << sortArnMs << " ms" << Qt::endl;

    model->sort(JobHistoryModel::TimeColumn, Qt::DescendingOrder);
    while (model->rowCount() < 10000 && model->canFetchMore({}))
        model->fetchMore({});
    const double deepPageMs = medianMs(runs, [&] {
        model->fetchMore({});
    });
    out() << "fetch a page past row 10,000 (OFFSET): " << deepPageMs << " ms" << Qt::endl;

    const QString rssModel = memoryLine("VmRSS");
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    QElapsedTimer exportTimer;
    exportTimer.start();
    qsizetype exported = 0;
    if (!journal->exportCsv(model->filter(), model->order(), csv, &exported))
        out() << "the export failed: " << journal->errorString() << Qt::endl;
    out() << "export every job as CSV: " << exportTimer.elapsed() << " ms (" << exported << " rows, "
          << QFileInfo(csv).size() / (1024 * 1024) << " MiB)" << Qt::endl;

    out() << "memory: resident " << rssBefore << " before opening the model, " << rssModel
          << " with 10,000 rows read; peak " << memoryLine("VmHWM") << Qt::endl;
    return 0;
}
