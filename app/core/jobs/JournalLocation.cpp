#include "jobs/JournalLocation.h"

#include "base/ForeignText.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace {

// libpq's connection string quotes a value in single quotes with backslash escapes; Qt's QPSQL
// driver turns every ';' of its options into a space first, so a value may not hold one.
QString conninfoValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

bool JournalLocation::looksLikeDatabaseUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<JournalLocation> JournalLocation::parse(const QString &text, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (text.isEmpty())
        return refuse(tr("the journal's location is empty; give a file or a postgresql:// URL"));
    if (!ForeignText::isPlain(text))
        return refuse(tr("the journal's location \"%1\" holds a control character; retype it on one line")
                          .arg(ForeignText::escaped(text)));
    JournalLocation location;
    location.m_displayName = text;
    if (!looksLikeDatabaseUrl(text)) {
        location.m_filePath = text;
        return location;
    }
    location.m_backend = Backend::Postgres;
    const QString shape = tr("Write it as postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA_FILE.");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // What stands before the last '@' may be a password the URL could not be read far enough to
        // find: it is left out of the message, and out of Qt's words, which quote the URL.
        QString shown = text;
        QString detail = url.errorString();
        const qsizetype userStart = text.indexOf(QLatin1String("://")) + 3;
        const qsizetype userEnd = text.lastIndexOf(QLatin1Char('@'));
        if (userEnd > userStart) {
            const QString userInfo = text.mid(userStart, userEnd - userStart);
            shown.replace(userInfo, QStringLiteral("..."));
            detail.replace(userInfo, QStringLiteral("..."));
        }
        return refuse(tr("\"%1\" is not a valid URL (%2). %3").arg(shown, detail, shape));
    }
    if (!url.password().isEmpty() || url.authority().section(QLatin1Char('@'), 0, -2).contains(QLatin1Char(':')))
        return refuse(tr("the journal's URL holds a password, where anyone who reads the settings sees it. Remove it "
                         "from the URL. %1")
                          .arg(wherePasswordGoes()));
    if (!url.fragment().isNull())
        return refuse(tr("the journal's URL has a fragment (#...), which means nothing to a database. %1").arg(shape));
    location.m_userName = url.userName(QUrl::FullyDecoded);
    location.m_host = url.host(QUrl::FullyDecoded);
    const int port = url.port(5432);
    if (port < 1 || port > 65535)
        return refuse(tr("the journal's URL names port %1, which does not exist. %2").arg(port).arg(shape));
    location.m_port = port;
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return refuse(tr("the journal's URL must name one database after the host. %1").arg(shape));
    location.m_databaseName = database;

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!ForeignText::isPlain(key) || !ForeignText::isPlain(value))
            return refuse(tr("the journal's URL holds a control character in \"%1\"").arg(ForeignText::escaped(key)));
        if (key == QLatin1String("sslmode")) {
            if (!QStringList{QStringLiteral("disable"), QStringLiteral("require"), QStringLiteral("verify-ca"),
                             QStringLiteral("verify-full")}
                     .contains(value))
                return refuse(tr("sslmode \"%1\" is not one the station takes: verify-full (or verify-ca, require, "
                                 "disable on this machine only)")
                                  .arg(ForeignText::escaped(value)));
            location.m_sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            if (value.contains(QLatin1Char(';')))
                return refuse(tr("the CA file's name may not hold ';'; move the file or link it elsewhere"));
            location.m_sslRootCertificate = value;
        } else if (key == QLatin1String("host")) {
            if (!value.startsWith(QLatin1Char('/')))
                return refuse(tr("host= in the journal's URL is for a Unix socket's folder and must start with '/'; "
                                 "put a network host before the database name. %1")
                                  .arg(shape));
            location.m_host = value;
        } else {
            return refuse(tr("the journal's URL has \"%1\", which the station does not take; it takes sslmode, "
                             "sslrootcert and host")
                              .arg(ForeignText::escaped(key)));
        }
    }
    if (location.m_host.isEmpty())
        return refuse(tr("the journal's URL names no host. %1").arg(shape));

    const bool local = location.m_host.startsWith(QLatin1Char('/')) || isLoopback(location.m_host);
    if (location.m_sslMode.isEmpty())
        location.m_sslMode = local ? QStringLiteral("disable") : QStringLiteral("verify-full");
    // Over the network the journal holds every certificate ID of the factory and who revoked what:
    // only a server whose certificate a named CA vouches for under its own host name is trusted.
    if (!local && location.m_sslMode != QLatin1String("verify-full"))
        return refuse(tr("a journal on another machine needs sslmode=verify-full (it has %1), so that the station "
                         "checks the server's certificate and host name")
                          .arg(location.m_sslMode));
    if ((location.m_sslMode == QLatin1String("verify-full") || location.m_sslMode == QLatin1String("verify-ca"))
        && location.m_sslRootCertificate.isEmpty())
        return refuse(tr("sslmode=%1 needs sslrootcert=CA_FILE, the CA that signed the database server's "
                         "certificate")
                          .arg(location.m_sslMode));
    return location;
}

QString JournalLocation::account() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(m_userName, m_host, QString::number(m_port), m_databaseName);
}

QString JournalLocation::wherePasswordGoes()
{
    return tr("In the window, enter the database's password in Settings (the station keeps it in the keychain); "
              "on the command line, put it in the file PGPASSFILE names.");
}

QString JournalLocation::connectOptions() const
{
    QStringList options;
    // A station waits this long for an unreachable database before it says so, not libpq's forever.
    options << QStringLiteral("connect_timeout=5");
    if (!m_host.startsWith(QLatin1Char('/')))
        options << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_sslRootCertificate.isEmpty())
        options << QStringLiteral("sslrootcert=") + conninfoValue(m_sslRootCertificate);
    return options.join(QLatin1Char(';'));
}
