#include "jobs/StationSettings.h"

#include "base/BoundedFile.h"
#include "base/ForeignText.h"
#include "jobs/JournalLocation.h"
#include "jobs/OperatorName.h"

#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <cmath>

namespace {

const QString environmentKey = QStringLiteral("environment");
const QString timeoutKey = QStringLiteral("timeoutSeconds");
const QString journalKey = QStringLiteral("journal");
const QString operatorKey = QStringLiteral("operator");
const QString stationKey = QStringLiteral("station");
const QString environmentsGroup = QStringLiteral("environments");
const QString apiUrlKey = QStringLiteral("apiUrl");
const QString authHeaderKey = QStringLiteral("authHeader");
const QString caFileKey = QStringLiteral("caFile");
const QString kindKey = QStringLiteral("kind");
const QString productionKind = QStringLiteral("production");
const QString sandboxKind = QStringLiteral("sandbox");

// Names become QSettings groups and command-line values, so they keep to characters both take as they are.
bool isEnvironmentName(const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return shape.match(name).hasMatch();
}

// "Name: Scheme" or a bare "Name".
void splitAuthHeader(const QString &header, FoundryClientSettings *settings)
{
    const qsizetype colon = header.indexOf(QLatin1Char(':'));
    settings->authHeader = header.left(colon).trimmed().toLatin1();
    settings->authScheme = colon < 0 ? QByteArray() : header.mid(colon + 1).trimmed().toLatin1();
}

// FoundryClientSettings knows what Foundry accepts; each value is held to its checks on its own, in a
// client setting that is otherwise valid, so that each problem is tied to the value that causes it.
FoundryClientSettings validProbe()
{
    FoundryClientSettings probe;
    probe.baseUrl = QUrl(QStringLiteral("https://foundry.example.com"));
    probe.token = QCA::SecureArray(QByteArrayLiteral("-"));
    return probe;
}

} // namespace

bool StationSettings::isSandbox(const QString &name) const
{
    return name == sandboxEnvironmentName || environments.value(name).kind == Kind::Sandbox;
}

StationSettings::Environment StationSettings::sandboxEnvironment()
{
    Environment sandbox;
    sandbox.kind = Kind::Sandbox;
    return sandbox;
}

QString StationSettings::effectiveJournalPath() const
{
    const QString localFile =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
    if (!currentIsSandbox())
        return journalPath.isEmpty() ? localFile : journalPath;
    // Training jobs never reach the factory's shared database: the Sandbox keeps its own file.
    const QString path = journalPath.isEmpty() || JournalLocation::looksLikeDatabaseUrl(journalPath) ? localFile : journalPath;
    const QFileInfo file(path);
    const QString suffix = file.completeSuffix();
    return file.dir().filePath(file.baseName() + QLatin1Char('-') + currentEnvironment
                               + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
}

QString StationSettings::effectiveOperatorName() const
{
    return operatorName.isEmpty() ? OperatorName::ofThisAccount() : operatorName;
}

QString StationSettings::effectiveStationName() const
{
    return stationName.isEmpty() ? QHostInfo::localHostName() : stationName;
}

QString StationSettings::load(QSettings &settings)
{
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return tr("the settings file %1 cannot be read; correct it or delete it to start from the defaults")
            .arg(settings.fileName());
    const auto text = [&settings](const QString &key, QString *value) {
        if (settings.contains(key))
            *value = settings.value(key).toString();
    };
    text(environmentKey, &currentEnvironment);
    text(journalKey, &journalPath);
    text(operatorKey, &operatorName);
    text(stationKey, &stationName);
    if (settings.contains(timeoutKey)) {
        bool ok = false;
        const double seconds = settings.value(timeoutKey).toDouble(&ok);
        // A value that is no number is kept as no time at all, so that problems() names it.
        transferTimeout = std::chrono::milliseconds(ok && std::isfinite(seconds) && seconds > 0 && seconds < 86400
                                                        ? qRound64(seconds * 1000)
                                                        : 0);
    }
    settings.beginGroup(environmentsGroup);
    const QStringList names = settings.childGroups();
    if (!names.isEmpty())
        environments.clear();
    for (const QString &name : names) {
        settings.beginGroup(name);
        Environment environment;
        text(apiUrlKey, &environment.apiUrl);
        text(authHeaderKey, &environment.authHeader);
        text(caFileKey, &environment.caFile);
        environment.kind = name == sandboxEnvironmentName || settings.value(kindKey).toString() == sandboxKind
                               ? Kind::Sandbox
                               : Kind::Production;
        environments.insert(name, environment);
        settings.endGroup();
    }
    settings.endGroup();
    return {};
}

QString StationSettings::loadFile(const QString &path)
{
    // Far more than any station's settings take.
    constexpr qsizetype maxBytes = 256 * 1024;
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return {};
    QString problem;
    if (!BoundedFile::read(path, maxBytes, &problem))
        return tr("the settings file cannot be used: %1").arg(problem);
    QSettings settings(path, QSettings::IniFormat);
    return load(settings);
}

void StationSettings::save(QSettings &settings) const
{
    settings.setValue(environmentKey, currentEnvironment);
    settings.setValue(timeoutKey, std::chrono::duration<double>(transferTimeout).count());
    settings.setValue(journalKey, journalPath);
    settings.setValue(operatorKey, operatorName);
    settings.setValue(stationKey, stationName);
    // Environments removed here are removed from the file too.
    settings.remove(environmentsGroup);
    settings.beginGroup(environmentsGroup);
    for (auto it = environments.cbegin(); it != environments.cend(); ++it) {
        settings.beginGroup(it.key());
        settings.setValue(apiUrlKey, it->apiUrl);
        settings.setValue(authHeaderKey, it->authHeader);
        settings.setValue(caFileKey, it->caFile);
        settings.setValue(kindKey, isSandbox(it.key()) ? sandboxKind : productionKind);
        settings.endGroup();
    }
    settings.endGroup();
    settings.sync();
}

QList<StationSettings::Problem> StationSettings::problems() const
{
    QList<Problem> found = generalProblems();
    if (!environments.contains(currentEnvironment)) {
        const QString known = environments.isEmpty() ? tr("none is set up yet")
                                                     : tr("choose one of %1").arg(environments.keys().join(QLatin1String(", ")));
        found.append({Field::Environment, tr("there is no Foundry environment named \"%1\"; %2")
                                              .arg(ForeignText::escaped(currentEnvironment), known)});
        return found;
    }
    return found + environmentProblems(currentEnvironment);
}

QList<StationSettings::Problem> StationSettings::generalProblems() const
{
    QList<Problem> found;
    if (transferTimeout <= std::chrono::milliseconds::zero())
        found.append({Field::Timeout, tr("the time to wait for Foundry must be a positive number of seconds "
                                         "(30 is usual)")});
    QString refused;
    if (!journalPath.isEmpty() && !JournalLocation::parse(journalPath, &refused))
        found.append({Field::JournalPath, refused});
    else if (!journalPath.isEmpty() && !JournalLocation::looksLikeDatabaseUrl(journalPath) && QFileInfo(journalPath).isDir())
        found.append({Field::JournalPath, tr("the journal %1 is a folder; give a file in it, such as %1/journal.sqlite")
                                              .arg(ForeignText::escaped(journalPath))});
    if (!ForeignText::isPlain(operatorName))
        found.append({Field::OperatorName, tr("the operator name \"%1\" contains control characters; type the name "
                                              "again without them")
                                               .arg(ForeignText::escaped(operatorName))});
    if (!ForeignText::isPlain(stationName))
        found.append({Field::StationName, tr("the station name \"%1\" contains control characters; type the name "
                                             "again without them")
                                              .arg(ForeignText::escaped(stationName))});
    return found;
}

QList<StationSettings::Problem> StationSettings::environmentProblems(const QString &name) const
{
    QList<Problem> found;
    if (!isEnvironmentName(name))
        found.append({Field::Environment, tr("the environment name \"%1\" is not usable; use letters, digits, dots, "
                                             "hyphens and underscores, such as sandbox or production")
                                              .arg(ForeignText::escaped(name))});
    const Environment environment = environments.value(name);
    if (environment.apiUrl.trimmed().isEmpty()) {
        // The station runs that Sandbox's Foundry itself (in the window).
        if (!isSandbox(name))
            found.append({Field::ApiUrl, tr("no Foundry URL is set for the environment \"%1\"; enter the API URL of "
                                        "your Foundry, such as https://foundry.example.com")
                                         .arg(ForeignText::escaped(name))});
    } else {
        FoundryClientSettings url = validProbe();
        url.baseUrl = QUrl(environment.apiUrl.trimmed(), QUrl::StrictMode);
        if (const QString invalid = url.validate(); !invalid.isEmpty())
            found.append({Field::ApiUrl, invalid});
    }
    FoundryClientSettings header = validProbe();
    splitAuthHeader(environment.authHeader, &header);
    if (const QString invalid = header.validate(); !invalid.isEmpty())
        found.append({Field::AuthHeader, invalid});
    FoundryClientSettings ca = validProbe();
    ca.caFile = environment.caFile;
    if (const QString invalid = ca.validate(); !invalid.isEmpty())
        found.append({Field::CaFile, invalid});
    return found;
}

FoundryClientSettings StationSettings::foundryClientSettings() const
{
    const Environment environment = current();
    FoundryClientSettings settings;
    settings.baseUrl = QUrl(environment.apiUrl.trimmed(), QUrl::StrictMode);
    settings.caFile = environment.caFile;
    splitAuthHeader(environment.authHeader, &settings);
    settings.transferTimeout = transferTimeout;
    return settings;
}

QString StationSettings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/foundry-station/station.ini");
}
