#include "CliOptions.h"

#include "device/DeviceInspection.h"
#include "device/DeviceProfiles.h"
#include "jobs/StationSettings.h"

#include <QCoreApplication>

namespace {

const QCommandLineOption apiUrlOption(QStringLiteral("api-url"),
    QStringLiteral("Foundry API base URL (or FOUNDRY_API_URL), e.g. https://foundry.example.com."), QStringLiteral("url"));
const QCommandLineOption environmentOption(QStringLiteral("environment"),
    QStringLiteral("Use this saved Foundry environment, such as sandbox or production (or FOUNDRY_ENVIRONMENT)."),
    QStringLiteral("name"));
const QCommandLineOption caFileOption(QStringLiteral("ca-file"),
    QStringLiteral("Also trust the CA certificate(s) in this PEM file."), QStringLiteral("file"));
const QCommandLineOption authHeaderOption(QStringLiteral("auth-header"),
    QStringLiteral("Header that carries the token: \"Name\" (bare token) or \"Name: Scheme\". Default \"Authorization: Bearer\"."),
    QStringLiteral("header"));
const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
    QStringLiteral("Seconds to wait for each answer from Foundry (default 30)."), QStringLiteral("seconds"));

const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object on standard output instead of text."));

const QCommandLineOption portOption(QStringLiteral("port"),
    QStringLiteral("Serial port name or path (see the ports command)."), QStringLiteral("port"));
const QCommandLineOption baudOption(QStringLiteral("baud"), QStringLiteral("Baud rate (default 115200)."), QStringLiteral("rate"));
const QCommandLineOption profileOption(QStringLiteral("profile"),
    QStringLiteral("Device language: auto (default, recognise the device), zephyr-shell, nrf-modem, esp-at, "
                   "mcumgr-smp or station; esp-at:client, esp-at:https or esp-at:wss for ESP-AT's other namespaces."),
    QStringLiteral("profile"), QString(DeviceInspection::automatic));

const QCommandLineOption journalOption(QStringLiteral("journal"),
    QStringLiteral("The journal that provision and revoke write and recover and history read: a SQLite file "
                   "(default journal.sqlite in the application data folder), or a shared PostgreSQL database as "
                   "postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA_FILE, its password in "
                   "PGPASSFILE, never in the URL."),
    QStringLiteral("file|url"));

bool isFoundryField(StationSettings::Field field)
{
    using Field = StationSettings::Field;
    return field == Field::Environment || field == Field::ApiUrl || field == Field::AuthHeader || field == Field::CaFile
           || field == Field::Timeout;
}

} // namespace

const QCommandLineOption &CliOptions::json()
{
    return jsonOption;
}

QList<QCommandLineOption> CliOptions::foundry()
{
    return {apiUrlOption, environmentOption, caFileOption, authHeaderOption, timeoutOption};
}

// Command line over environment variables over saved settings. The environment is chosen first, so
// that a URL given applies to the one chosen.
QString CliOptions::applyFoundry(const QCommandLineParser &parser, StationSettings *settings)
{
    if (const QString name = qEnvironmentVariable("FOUNDRY_ENVIRONMENT").trimmed(); !name.isEmpty())
        settings->currentEnvironment = name;
    if (parser.isSet(environmentOption))
        settings->currentEnvironment = parser.value(environmentOption).trimmed();
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 86400)
            return tr("--timeout takes a positive number of seconds");
        settings->transferTimeout = std::chrono::milliseconds(qRound64(seconds * 1000));
    }
    const auto environment = settings->environments.find(settings->currentEnvironment);
    if (environment != settings->environments.end()) {
        if (const QString url = qEnvironmentVariable("FOUNDRY_API_URL"); !url.trimmed().isEmpty())
            environment->apiUrl = url;
        if (parser.isSet(apiUrlOption))
            environment->apiUrl = parser.value(apiUrlOption);
        if (parser.isSet(caFileOption))
            environment->caFile = parser.value(caFileOption);
        if (parser.isSet(authHeaderOption))
            environment->authHeader = parser.value(authHeaderOption);
        if (environment->apiUrl.trimmed().isEmpty())
            return tr("no Foundry URL: pass --api-url or set FOUNDRY_API_URL");
    }
    for (const StationSettings::Problem &problem : settings->problems()) {
        if (isFoundryField(problem.field))
            return problem.message;
    }
    return {};
}

const QCommandLineOption &CliOptions::port()
{
    return portOption;
}

const QCommandLineOption &CliOptions::baud()
{
    return baudOption;
}

const QCommandLineOption &CliOptions::profile()
{
    return profileOption;
}

QList<QCommandLineOption> CliOptions::serialPort()
{
    return {portOption, baudOption, profileOption};
}

std::optional<SerialSettings> CliOptions::serialSettings(const QCommandLineParser &parser, const QString &command,
                                                        QString *problem)
{
    SerialSettings settings;
    settings.portName = parser.value(portOption).trimmed();
    if (settings.portName.isEmpty()) {
        *problem = tr("%1 needs --port (foundry-station-cli ports lists them)").arg(command);
        return std::nullopt;
    }
    *problem = applyBaud(parser, &settings);
    if (!problem->isEmpty())
        return std::nullopt;
    return settings;
}

QString CliOptions::applyBaud(const QCommandLineParser &parser, SerialSettings *settings)
{
    if (parser.isSet(baudOption))
        settings->baudRate = parser.value(baudOption).toInt();
    return settings->validate();
}

QString CliOptions::profileName(const QCommandLineParser &parser, QString *problem)
{
    const QString profile = parser.value(profileOption);
    if (profile != DeviceInspection::automatic && !DeviceProfiles::isKnown(profile)) {
        *problem = tr("unknown profile \"%1\"; use auto, %2 (or, for other ESP-AT namespaces, one of %3)")
                       .arg(profile, DeviceProfiles::names().join(QLatin1String(", ")),
                            DeviceProfiles::variants().join(QLatin1String(", ")));
        return {};
    }
    return profile;
}

const QCommandLineOption &CliOptions::journal()
{
    return journalOption;
}

QString CliOptions::journalPath(const QCommandLineParser &parser, const StationSettings &settings)
{
    return parser.isSet(journalOption) ? parser.value(journalOption) : settings.effectiveJournalPath();
}

std::optional<int> CliOptions::slot(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int slot = parser.value(option).toInt(&ok);
    return ok && slot >= 0 ? slot : -1;
}

QString CliOptions::slotProblem()
{
    return tr("--slot takes a non-negative whole number");
}
