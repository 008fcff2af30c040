#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throw-away PostgreSQL server for the tests, on a Unix socket in a fresh folder under /tmp (no TCP
// port, so several test runs never meet), with a data folder made by initdb for it alone. PostgreSQL
// refuses to run as root and CI runs as root: then initdb and the server run as "nobody" (setpriv),
// and the folder is handed to that account. The server is stopped by its process ID when this is
// destroyed, and the folder removed.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Whether this machine has a PostgreSQL server to start; a test that needs one skips without.
    bool isInstalled() const { return !m_binDir.isEmpty(); }

    // Makes the data folder on first use, starts the server, waits until it takes connections and
    // makes the database "journal". False with *why when any of it fails (the server's log is in it).
    bool start(QString *why);
    // Fast shutdown (SIGINT): the server ends every connection at once, as a database that goes away
    // mid-job would. start() brings it back on the same data.
    void stop();
    bool isRunning() const { return m_server.state() != QProcess::NotRunning; }

    // The journal's location for the station: postgresql://USER@/DATABASE?host=FOLDER.
    QString url(const QString &database = QStringLiteral("journal"), const QString &user = QStringLiteral("postgres")) const;
    // Runs one statement as the superuser in database; false with *why when it fails.
    bool execute(const QString &statement, QString *why, const QString &database = QStringLiteral("journal")) const;
    // Makes another empty database beside "journal".
    bool createDatabase(const QString &name, QString *why) const;
    // Makes a login role that must give password (scram-sha-256) over the socket, where the superuser
    // stays trusted, and an empty database of the same name that it owns. After start().
    bool createPasswordRole(const QString &role, const QString &password, QString *why) const;

private:
    QString binary(const QString &name) const;
    // The command that runs program as the server's account.
    QStringList asServerAccount(const QStringList &program) const;
    bool run(const QStringList &command, QString *why) const;
    bool logsIn(const QString &user, const QString &password, const QString &database) const;

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_binDir;
    QProcess m_server;
};
