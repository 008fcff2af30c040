#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariantList>

class QSqlDatabase;
class QSqlQuery;

// Where a station keeps the journal rows of its running jobs while the shared PostgreSQL journal
// cannot be reached: a local SQLite file (synchronous=FULL, as the journal itself), one entry per
// writing statement with its values, in order. A job that already began on the shared journal thus
// still writes each step before its side effect, and finishes its device work.
//
// handOver() replays the waiting entries, oldest first, in one transaction on the shared journal. Each
// entry carries a unique ID that the same transaction records in the shared journal's spool_handovers
// table: an entry that was handed over before (the station stopped between the database's commit and
// marking it here) is skipped, so that nothing is recorded twice. An INSERT kept because its answer
// was lost first looks for the row the server may have made (Statement::existing).
//
// A step begun while spooling has a provisional ID, the negative of its entry's number; statements
// that name it are replayed with the real ID its INSERT returned.
//
// Handed-over entries stay a week (keepHandedOverDays) for the real IDs behind their provisional ones,
// then go when a spool is opened, so that a station often cut off does not keep a growing file.
class JournalSpool
{
    Q_DECLARE_TR_FUNCTIONS(JournalSpool)

public:
    explicit JournalSpool(QString path);
    ~JournalSpool();
    JournalSpool(const JournalSpool &) = delete;
    JournalSpool &operator=(const JournalSpool &) = delete;

    // Creates the file when needed; false with *why.
    bool open(QString *why);
    // True while entries wait to be handed over; false when the file cannot be read either.
    bool hasWaitingEntries() const;

    // One writing statement with its values.
    struct Statement
    {
        QString statement;
        QVariantList values;
        // For an INSERT: a query, with its values, whose first column is the ID of the row the INSERT
        // makes, asked before it is replayed. A write whose answer was lost (the connection broke as
        // the server committed) is kept here too, and finds its row then rather than making a second
        // one. Empty for a statement that may run twice, as an UPDATE that sets the same values.
        QString existing = {};
        QVariantList existingValues = {};
    };

    // Keeps statements with their values (nulls, integers, reals, text, bytes; a negative integer is a
    // provisional ID) as consecutive entries, all or none; handOver() replays waiting entries in one
    // transaction, so they reach the shared journal together. Returns the last entry's provisional ID,
    // or 0 with *why when they could not be kept.
    qint64 keep(const QList<Statement> &statements, QString *why);
    // The real ID behind a provisional one once its entry was handed over; 0 until then.
    qint64 realId(qint64 provisionalId) const;
    // Replays every waiting entry on db, in order, as described above. False with *why when the
    // database refused or went away; the entries then stay for the next attempt.
    bool handOver(QSqlDatabase &db, QString *why);

    static constexpr int keepHandedOverDays = 7;

private:
    qint64 insertEntry(const Statement &statement, QString *why);
    // Adds what a spool made by an earlier version lacks: the time of the hand-over (entries made
    // before they were pruned) and the query that finds an INSERT's row.
    static bool addMissingColumns(QSqlQuery &query);
    static bool prune(QSqlQuery &query);

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
};
