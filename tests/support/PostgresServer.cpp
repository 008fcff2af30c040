#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace {

constexpr char serverAccount[] = "nobody";

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// The newest server Debian's packages installed (postgresql-NN puts its programs here).
QString findBinDir()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions)) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        if (QFile::exists(bin + QStringLiteral("/postgres")))
            return bin;
    }
    return {};
}

} // namespace

PostgresServer::PostgresServer()
    : m_binDir(findBinDir())
{
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binary(const QString &name) const
{
    return m_binDir + QLatin1Char('/') + name;
}

QStringList PostgresServer::asServerAccount(const QStringList &program) const
{
    if (!runningAsRoot())
        return program;
    const passwd *account = ::getpwnam(serverAccount);
    const QString uid = QString::number(account ? account->pw_uid : 65534);
    const QString gid = QString::number(account ? account->pw_gid : 65534);
    return QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=") + uid, QStringLiteral("--regid=") + gid,
                       QStringLiteral("--clear-groups")}
        + program;
}

bool PostgresServer::run(const QStringList &command, QString *why) const
{
    QProcess process;
    process.setWorkingDirectory(m_folder->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.constFirst(), command.mid(1));
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *why = QStringLiteral("%1 failed: %2 %3")
                   .arg(command.join(QLatin1Char(' ')), process.errorString(), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *why)
{
    if (isRunning())
        return true;
    if (m_binDir.isEmpty()) {
        *why = QStringLiteral("no PostgreSQL server under /usr/lib/postgresql; ./dev installs the package postgresql");
        return false;
    }
    const bool firstStart = !m_folder;
    if (firstStart) {
        // Under /tmp, not a long TMPDIR: a Unix socket's path has room for about 100 bytes.
        m_folder = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/foundry-pg-XXXXXX"));
        if (!m_folder->isValid()) {
            *why = QStringLiteral("cannot make a folder for PostgreSQL: %1").arg(m_folder->errorString());
            return false;
        }
        if (runningAsRoot()) {
            const passwd *account = ::getpwnam(serverAccount);
            if (!account
                || ::chown(QFile::encodeName(m_folder->path()).constData(), account->pw_uid, account->pw_gid) != 0) {
                *why = QStringLiteral("cannot hand %1 to the account %2")
                           .arg(m_folder->path(), QLatin1String(serverAccount));
                return false;
            }
        }
        if (!run(asServerAccount({binary(QStringLiteral("initdb")),
                                  QStringLiteral("--pgdata=") + m_folder->filePath(QStringLiteral("data")),
                                  QStringLiteral("--auth=trust"), QStringLiteral("--username=postgres"),
                                  QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
                                  QStringLiteral("--no-sync")}),
                 why))
            return false;
    }
    m_server.setWorkingDirectory(m_folder->path());
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setStandardOutputFile(m_folder->filePath(QStringLiteral("server.log")), QIODevice::Append);
    // Durability against the server's own crash is not what the tests are about (they kill stations,
    // and stop the server cleanly); without fsync they do not wait on a disk other builds keep busy.
    const QStringList command = asServerAccount(
        {binary(QStringLiteral("postgres")), QStringLiteral("-D"), m_folder->filePath(QStringLiteral("data")),
         QStringLiteral("-k"), m_folder->path(), QStringLiteral("-c"), QStringLiteral("listen_addresses="),
         QStringLiteral("-c"), QStringLiteral("fsync=off"), QStringLiteral("-c"), QStringLiteral("max_connections=200")});
    m_server.start(command.constFirst(), command.mid(1));
    if (!m_server.waitForStarted()) {
        *why = QStringLiteral("cannot start postgres: %1").arg(m_server.errorString());
        return false;
    }
    const bool ready = QTest::qWaitFor(
        [this] {
            QProcess probe;
            probe.start(binary(QStringLiteral("pg_isready")),
                        {QStringLiteral("-q"), QStringLiteral("-h"), m_folder->path(), QStringLiteral("-U"),
                         QStringLiteral("postgres")});
            return !isRunning() || (probe.waitForFinished(5000) && probe.exitCode() == 0);
        },
        60000);
    if (!ready || !isRunning()) {
        QFile log(m_folder->filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        *why = QStringLiteral("PostgreSQL did not come up: %1").arg(QString::fromLocal8Bit(log.readAll()));
        stop();
        return false;
    }
    return !firstStart || createDatabase(QStringLiteral("journal"), why);
}

void PostgresServer::stop()
{
    if (!isRunning())
        return;
    ::kill(static_cast<pid_t>(m_server.processId()), SIGINT);
    if (!m_server.waitForFinished(30000)) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

QString PostgresServer::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, m_folder ? m_folder->path() : QString());
}

bool PostgresServer::execute(const QString &statement, QString *why, const QString &database) const
{
    const QString connection = QStringLiteral("postgres-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_folder->path());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(database);
        if (!db.open()) {
            *why = db.lastError().text();
        } else {
            QSqlQuery query(db);
            done = query.exec(statement);
            if (!done)
                *why = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

bool PostgresServer::createDatabase(const QString &name, QString *why) const
{
    return execute(QStringLiteral("CREATE DATABASE \"%1\"").arg(name), why, QStringLiteral("postgres"));
}

bool PostgresServer::createPasswordRole(const QString &role, const QString &password, QString *why) const
{
    const QString quoted = QString(password).replace(QLatin1Char('\''), QLatin1String("''"));
    if (!execute(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(role, quoted), why, QStringLiteral("postgres"))
        || !execute(QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%1\"").arg(role), why, QStringLiteral("postgres")))
        return false;
    // The first line that matches decides: this role's comes before initdb's "trust" for everyone.
    QFile hba(m_folder->filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read %1: %2").arg(hba.fileName(), hba.errorString());
        return false;
    }
    const QByteArray rules = hba.readAll();
    hba.close();
    // Rewritten in place, so that the file keeps its owner, the server's account.
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || hba.write(QStringLiteral("local all \"%1\" scram-sha-256\n").arg(role).toUtf8() + rules) < 0) {
        *why = QStringLiteral("cannot write %1: %2").arg(hba.fileName(), hba.errorString());
        return false;
    }
    hba.close();
    if (!execute(QStringLiteral("SELECT pg_reload_conf()"), why, QStringLiteral("postgres")))
        return false;
    // The server reads the rules again a moment after it was asked to.
    if (!QTest::qWaitFor([this, &role] { return !logsIn(role, QString(), role); }, 10000)) {
        *why = QStringLiteral("%1 still logs in without a password after the rules were reloaded").arg(role);
        return false;
    }
    return true;
}

bool PostgresServer::logsIn(const QString &user, const QString &password, const QString &database) const
{
    const QString connection = QStringLiteral("postgres-login-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool open = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_folder->path());
        db.setUserName(user);
        db.setPassword(password);
        db.setDatabaseName(database);
        open = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return open;
}
