#pragma once

#include "jobs/JournalLocation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSqlDatabase;

// The one place that knows how SQLite and PostgreSQL differ for the journal: the driver, how a
// connection is made durable, how a schema change is kept to one writer, the column types, and the
// case-blind certificate-ID search and its index. JobJournal writes every other statement once, in
// the SQL both understand (positional parameters, INSERT ... RETURNING, partial indexes).
class JournalDialect
{
    Q_DECLARE_TR_FUNCTIONS(JournalDialect)

public:
    explicit JournalDialect(JournalLocation::Backend backend);

    JournalLocation::Backend backend() const { return m_backend; }
    QString driverName() const;
    // Points the new connection at the location, with the database's password when there is one;
    // without, libpq looks for it in PGPASSFILE.
    void configure(QSqlDatabase &db, const JournalLocation &location, const QString &password) const;
    // Makes every commit of the connection durable before it returns; false, with *why, when it cannot.
    bool prepareSession(QSqlDatabase &db, QString *why) const;
    // Starts the transaction that reads the schema version and creates or updates the schema: only
    // one connection at a time, so that two stations starting on a new database do not both create it.
    QStringList beginSchemaChange() const;
    // A query that counts the tables named schema_version (0 or 1).
    QString schemaVersionTableCount() const;

    // Column types: the job and step IDs, and text that compares and sorts by code point (times are
    // ISO 8601 text, so that a time range is a plain comparison on both).
    QString idColumn() const;
    QString textColumn() const;
    // Bytes as they are (a command a device is sent again).
    QString bytesColumn() const;
    // The condition "the certificate ID starts with the first value, ignoring ASCII case", written as a
    // range (the first value and the second) over the index caseBlindCertificateIndex() creates.
    QString caseBlindCertificateRange() const;
    QString caseBlindCertificateIndex() const;
    // What only this back end's schema has, created with it: PostgreSQL's run leases and spool hand-overs.
    QStringList extraTables(int runLeaseSeconds) const;

private:
    JournalLocation::Backend m_backend;
};
