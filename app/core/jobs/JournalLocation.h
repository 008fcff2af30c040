#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where the journal lives, as the station's settings and --journal give it: a SQLite file (a path,
// the default for one station) or a shared PostgreSQL database (factory mode), named by a URL:
//
//   postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=/path/to/ca.pem
//   postgresql://USER@/DATABASE?host=/run/postgresql            (a Unix socket's folder)
//
// The URL never holds a password: the window keeps it in the keychain (Settings) and gives it to
// the journal; otherwise libpq reads it from PGPASSFILE (or ~/.pgpass). A database on the network is
// reached only over TLS that checks the server's certificate against a named CA (sslmode=verify-full);
// a Unix socket or loopback may go without TLS. Only the documented parts are accepted, and no control
// character anywhere.
class JournalLocation
{
    Q_DECLARE_TR_FUNCTIONS(JournalLocation)

public:
    enum class Backend { Sqlite, Postgres };

    // True when text names a database rather than a file (it starts with postgresql:// or
    // postgres://), so that a malformed URL is refused rather than taken for a file name.
    static bool looksLikeDatabaseUrl(const QString &text);
    // nullopt, with *why saying what is wrong and what to write instead, when text is refused.
    static std::optional<JournalLocation> parse(const QString &text, QString *why);

    Backend backend() const { return m_backend; }
    // The SQLite file.
    QString filePath() const { return m_filePath; }
    // The PostgreSQL connection's parts. host is a folder (starting with '/') for a Unix socket.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_userName; }
    QString databaseName() const { return m_databaseName; }
    // What Qt's QPSQL driver passes on to libpq beside host, port, user and database.
    QString connectOptions() const;
    // For messages: the file, or the URL as given (it holds no secret).
    QString displayName() const { return m_displayName; }
    // The database account whose password the server asks for, USER@HOST:PORT/DATABASE: the same
    // however the URL is written (its options may change), so the password is kept under it.
    QString account() const;

    // Where a person puts the database's password, in the window and on the command line: one
    // sentence, for every message that says the password is missing or misplaced.
    static QString wherePasswordGoes();

private:
    Backend m_backend = Backend::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_userName;
    QString m_databaseName;
    QString m_sslMode;
    QString m_sslRootCertificate;
    QString m_displayName;
};
