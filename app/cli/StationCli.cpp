#include "StationCli.h"

#include "CheckApiCommand.h"
#include "CheckBundleCommand.h"
#include "base/CryptoSupport.h"
#include "device/DeviceInspection.h"
#include "device/DeviceProfiles.h"
#include "base/ForeignText.h"
#include "foundry/FoundryClient.h"
#include "HistoryCommand.h"
#include "InspectCommand.h"
#include "jobs/JobJournal.h"
#include "jobs/OperatorName.h"
#include "PortsCommand.h"
#include "ProvisionCommand.h"
#include "RecoverCommand.h"
#include "RevokeCommand.h"
#include "TokenSource.h"
#include "foundry/TopicRules.h"

#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>

namespace {

const QCommandLineOption apiUrlOption(QStringLiteral("api-url"),
    QStringLiteral("Foundry API base URL (or FOUNDRY_API_URL), e.g. https://foundry.example.com."), QStringLiteral("url"));
const QCommandLineOption caFileOption(QStringLiteral("ca-file"),
    QStringLiteral("Also trust the CA certificate(s) in this PEM file."), QStringLiteral("file"));
const QCommandLineOption authHeaderOption(QStringLiteral("auth-header"),
    QStringLiteral("Header that carries the token: \"Name\" (bare token) or \"Name: Scheme\". "
                   "Default \"Authorization: Bearer\"."), QStringLiteral("header"));
const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
    QStringLiteral("Seconds to wait for each answer from Foundry (default 30)."), QStringLiteral("seconds"));
const QCommandLineOption jsonOption(QStringLiteral("json"),
    QStringLiteral("Print one JSON object on standard output instead of text."));
const QCommandLineOption topicsOption(QStringLiteral("topics"),
    QStringLiteral("check-api: comma-separated topics; Foundry then activates the certificate at once."),
    QStringLiteral("topics"));
const QCommandLineOption certIdOption(QStringLiteral("cert-id"), QStringLiteral("revoke: certificate ID."),
    QStringLiteral("id"));
const QCommandLineOption portOption(QStringLiteral("port"),
    QStringLiteral("inspect: serial port name or path (see the ports command)."), QStringLiteral("port"));
const QCommandLineOption profileOption(QStringLiteral("profile"),
    QStringLiteral("inspect: auto (default), zephyr-shell, nrf-modem or station."), QStringLiteral("profile"), QStringLiteral("auto"));
const QCommandLineOption slotOption(QStringLiteral("slot"),
    QStringLiteral("inspect: only this credential slot (sec_tag)."), QStringLiteral("n"));
const QCommandLineOption baudOption(QStringLiteral("baud"),
    QStringLiteral("inspect: baud rate (default 115200)."), QStringLiteral("rate"));
const QCommandLineOption deviceIdOption(QStringLiteral("device-id"),
    QStringLiteral("revoke: Foundry device ID; check-api: device ID sent with the clean-up revoke "
                   "(default station-check-api)."), QStringLiteral("id"));
const QCommandLineOption topicsTemplateOption(QStringLiteral("topics-template"),
    QStringLiteral("provision: comma-separated topics with {deviceId}, {serial}, {imei} or {firmware} filled in "
                   "per device."), QStringLiteral("topics"));
const QCommandLineOption activateOnGenerateOption(QStringLiteral("activate-on-generate"),
    QStringLiteral("provision: generate with the topics, so that Foundry activates the certificate at once."));

const QCommandLineOption journalOption(QStringLiteral("journal"),
    QStringLiteral("The journal (SQLite) that provision and revoke write and recover and history read (default "
                   "journal.sqlite in the application data folder)."), QStringLiteral("file"));
const QCommandLineOption operatorOption(QStringLiteral("operator"),
    QStringLiteral("provision: who runs the job, for the journal (default the login name). history: only their jobs."),
    QStringLiteral("name"));
const QCommandLineOption stationOption(QStringLiteral("station"),
    QStringLiteral("history: only jobs run on this station (its host name)."), QStringLiteral("name"));
const QCommandLineOption fromOption(QStringLiteral("from"),
    QStringLiteral("history: only jobs started at or after this UTC date or time (2026-11-26 or 2026-11-26T14:00)."),
    QStringLiteral("time"));
const QCommandLineOption toOption(QStringLiteral("to"),
    QStringLiteral("history: only jobs started before this UTC date or time."), QStringLiteral("time"));
const QCommandLineOption outcomeOption(QStringLiteral("outcome"),
    QStringLiteral("history: only jobs that ended so: done, failed, needs-attention, cancelled or unfinished."),
    QStringLiteral("outcome"));
const QCommandLineOption csvOption(QStringLiteral("csv"),
    QStringLiteral("history: also write the jobs to this CSV file."), QStringLiteral("file"));

// A date means its midnight; a time without a zone is UTC, as the journal keeps it.
QDateTime parseUtcTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::UTC);
    return time;
}

struct CommandSpec
{
    const char *name;
    int positionalArguments;
    QList<const QCommandLineOption *> options;
};

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> specs{
        {"check-bundle", 1, {}},
        {"check-api", 0, {&topicsOption, &deviceIdOption}},
        {"revoke", 0, {&certIdOption, &deviceIdOption, &journalOption}},
        {"ports", 0, {}},
        {"inspect", 0, {&portOption, &profileOption, &slotOption, &baudOption}},
        {"provision", 0, {&portOption, &deviceIdOption, &profileOption, &slotOption, &topicsOption, &topicsTemplateOption,
                          &activateOnGenerateOption, &baudOption, &journalOption, &operatorOption}},
        {"history", 0, {&deviceIdOption, &certIdOption, &csvOption, &journalOption, &operatorOption, &stationOption,
                        &fromOption, &toOption, &outcomeOption}},
        {"recover", 0, {&journalOption, &baudOption}},
    };
    return specs;
}

} // namespace

StationCli::StationCli(QObject *parent)
    : QObject(parent)
{
    m_parser.setApplicationDescription(QStringLiteral("Foundry Provisioning Station, command line."));
    m_parser.addOptions({apiUrlOption, caFileOption, authHeaderOption, timeoutOption, jsonOption, topicsOption,
                         certIdOption, deviceIdOption, portOption, profileOption, slotOption, baudOption});
    m_parser.addOptions({topicsTemplateOption, activateOnGenerateOption});
    m_parser.addOptions({journalOption, csvOption, operatorOption, stationOption, fromOption, toOption, outcomeOption});
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("check-bundle FILE | check-api | revoke | ports | inspect | provision | recover | history"));
}

StationCli::~StationCli() = default;

QString StationCli::helpText() const
{
    return m_parser.helpText() + tr(R"(
Commands:
  check-bundle FILE          Check a saved generate response offline and show its certificate.
  check-api [--topics T,...] Generate a certificate, check it and revoke it again: proves that
                             the URL, the token and TLS work, and leaves nothing behind.
  revoke --cert-id ID --device-id ID
                             Delete a certificate and untie it from its Foundry device.
  ports                      List the serial ports this computer has.
  inspect --port P [--profile auto|NAME] [--slot N] [--baud RATE]
                             Identify the device on a port and list the credentials it holds,
                             with their digests. Writes nothing.
  provision --port P --device-id ID [--profile auto|NAME] [--slot N] [--baud RATE]
            [--topics T,...|--topics-template T,...] [--activate-on-generate] [--operator NAME]
                             Generate a certificate, write it and its key into slot N (default 1),
                             verify them on the device and provision them on Foundry; on failure
                             roll back. Prints "PROVISIONED <device ID> <certificate ID>" when done.
  recover [--baud RATE]      Finish or roll back the jobs a crash or a kill left unfinished in the
                             journal: put back a device the job left changed (an nRF91 modem
                             offline), provision a certificate the device had confirmed, revoke
                             one it had not, and name devices that may hold its credentials.
                             provision does this first on its own. Exits 7 when a person must act.
  history [--device-id ID|--cert-id PREFIX] [--from TIME] [--to TIME] [--operator NAME]
          [--station NAME] [--outcome done|failed|needs-attention|cancelled|unfinished] [--csv FILE]
                             List the jobs in the journal, newest first; unfinished ones are
                             those a crash interrupted (recover deals with them).

The token comes from FOUNDRY_TOKEN, or is asked for on a terminal.

Exit codes: 0 success, 1 other failure, 2 usage, 3 Foundry or network error,
4 certificate or key failed its checks, 5 device or serial error,
6 device verification mismatch, 7 rollback incomplete: a person must act.
)");
}

int StationCli::usageError(const QString &message)
{
    if (!m_output)
        m_output = std::make_unique<CliOutput>(false);
    return m_output->finish(ExitCode::Usage, QStringLiteral("usage"),
                            message + QLatin1Char('\n') + tr("Run with --help for usage."));
}

int StationCli::start(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    m_output = std::make_unique<CliOutput>(m_parser.isSet(jsonOption));
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(helpText()), stdout);
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }

    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given"));
    const QString name = positional.takeFirst();
    const auto spec = std::find_if(commands().cbegin(), commands().cend(),
                                   [&name](const CommandSpec &candidate) { return name == QLatin1String(candidate.name); });
    if (spec == commands().cend())
        return usageError(tr("unknown command \"%1\"").arg(name));
    if (positional.size() != spec->positionalArguments)
        return usageError(spec->positionalArguments == 0
                              ? tr("%1 takes no arguments, got \"%2\"").arg(name, positional.join(QLatin1Char(' ')))
                              : tr("%1 takes exactly %2 argument(s)").arg(name).arg(spec->positionalArguments));
    for (const QCommandLineOption *option :
         {&topicsOption, &certIdOption, &deviceIdOption, &portOption, &profileOption, &slotOption, &baudOption,
          &topicsTemplateOption, &activateOnGenerateOption, &csvOption, &journalOption, &operatorOption, &stationOption,
          &fromOption, &toOption, &outcomeOption}) {
        if (m_parser.isSet(*option) && !spec->options.contains(option))
            return usageError(tr("--%1 does not apply to %2").arg(option->names().constFirst(), name));
    }
    m_output->set(QStringLiteral("command"), name);

    // Listing ports needs no cryptography; everything else checks or handles certificates.
    if (const QString problem = CryptoSupport::problem();
        !problem.isEmpty() && name != QLatin1String("ports") && name != QLatin1String("history"))
        return m_output->finish(ExitCode::Failure, QStringLiteral("crypto"), problem);

    CliCommand *command = nullptr;
    if (name == QLatin1String("check-bundle")) {
        command = new CheckBundleCommand(positional.constFirst(), m_output.get(), this);
    } else if (name == QLatin1String("ports")) {
        command = new PortsCommand(m_output.get(), this);
    } else if (name == QLatin1String("history")) {
        JobJournal::Filter filter;
        filter.deviceId = m_parser.value(deviceIdOption).trimmed();
        filter.certificatePrefix = m_parser.value(certIdOption).trimmed();
        if (!filter.deviceId.isEmpty() && !filter.certificatePrefix.isEmpty())
            return usageError(tr("give either --device-id or --cert-id, not both"));
        filter.operatorName = m_parser.value(operatorOption).trimmed();
        filter.station = m_parser.value(stationOption).trimmed();
        if (const QString outcome = m_parser.value(outcomeOption).trimmed(); !outcome.isEmpty()) {
            filter.outcome = JobJournal::outcomeFromText(outcome);
            if (!filter.outcome)
                return usageError(tr("--outcome takes %1").arg(JobJournal::outcomeTexts().join(QLatin1String(", "))));
        }
        for (const auto &[option, time] : {std::pair{&fromOption, &filter.from}, std::pair{&toOption, &filter.to}}) {
            if (!m_parser.isSet(*option))
                continue;
            *time = parseUtcTime(m_parser.value(*option));
            if (!time->isValid())
                return usageError(tr("--%1 takes a UTC date or time such as 2026-11-26 or 2026-11-26T14:00, got \"%2\"")
                                      .arg(option->names().constFirst(), m_parser.value(*option)));
        }
        command = new HistoryCommand(journalPath(), filter, m_parser.value(csvOption), m_output.get(), this);
    } else if (name == QLatin1String("recover")) {
        QString problem;
        FoundryClient *client = createClient(&problem);
        if (!client)
            return usageError(problem);
        // A job's port is in the journal; the rate it ran at is not, so it is given here if not the usual.
        // Each job names its own port; this one only lets validate() judge the rest.
        SerialSettings serial;
        serial.portName = QStringLiteral("each job's port");
        if (m_parser.isSet(baudOption))
            serial.baudRate = m_parser.value(baudOption).toInt();
        if (const QString invalid = serial.validate(); !invalid.isEmpty())
            return usageError(invalid);
        command = new RecoverCommand(client, journalPath(), serial, m_output.get(), this);
    } else if (name == QLatin1String("inspect")) {
        SerialSettings settings;
        settings.portName = m_parser.value(portOption).trimmed();
        if (settings.portName.isEmpty())
            return usageError(tr("inspect needs --port (foundry-station-cli ports lists them)"));
        if (m_parser.isSet(baudOption))
            settings.baudRate = m_parser.value(baudOption).toInt();
        if (const QString invalid = settings.validate(); !invalid.isEmpty())
            return usageError(invalid);
        std::optional<int> slot;
        if (m_parser.isSet(slotOption)) {
            bool ok = false;
            slot = m_parser.value(slotOption).toInt(&ok);
            if (!ok || *slot < 0)
                return usageError(tr("--slot takes a non-negative whole number"));
        }
        const QString profile = m_parser.value(profileOption);
        if (profile != DeviceInspection::automatic && !DeviceProfiles::names().contains(profile))
            return usageError(tr("unknown profile \"%1\"; use auto, %2").arg(profile, DeviceProfiles::names().join(QLatin1String(", "))));
        command = new InspectCommand(settings, profile, slot, m_output.get(), this);
    } else if (name == QLatin1String("provision")) {
        SerialSettings serial;
        serial.portName = m_parser.value(portOption).trimmed();
        if (serial.portName.isEmpty())
            return usageError(tr("provision needs --port (foundry-station-cli ports lists them)"));
        if (m_parser.isSet(baudOption))
            serial.baudRate = m_parser.value(baudOption).toInt();
        if (const QString invalid = serial.validate(); !invalid.isEmpty())
            return usageError(invalid);
        ProvisioningJob::Settings job;
        job.deviceId = m_parser.value(deviceIdOption).trimmed();
        if (job.deviceId.isEmpty())
            return usageError(tr("provision needs --device-id"));
        if (m_parser.isSet(slotOption)) {
            bool ok = false;
            job.slot = m_parser.value(slotOption).toInt(&ok);
            if (!ok || job.slot < 0)
                return usageError(tr("--slot takes a non-negative whole number"));
        }
        if (m_parser.isSet(topicsOption) && m_parser.isSet(topicsTemplateOption))
            return usageError(tr("give either --topics or --topics-template, not both"));
        if (m_parser.isSet(topicsOption)) {
            job.topics = TopicRules::splitCommaSeparated(m_parser.value(topicsOption));
            if (const TopicRules::Result check = TopicRules::check(job.topics); !check.isValid())
                return usageError(check.errors.join(QLatin1Char('\n')));
        }
        job.topicTemplates = TopicRules::splitCommaSeparated(m_parser.value(topicsTemplateOption));
        job.activateOnGenerate = m_parser.isSet(activateOnGenerateOption);
        if (job.activateOnGenerate && job.topics.isEmpty() && job.topicTemplates.isEmpty())
            return usageError(tr("--activate-on-generate needs --topics or --topics-template"));
        const QString profile = m_parser.value(profileOption);
        if (profile != DeviceInspection::automatic && !DeviceProfiles::names().contains(profile))
            return usageError(tr("unknown profile \"%1\"; use auto, %2").arg(profile, DeviceProfiles::names().join(QLatin1String(", "))));
        // The journal is opened before anything happens, so that nothing exists that it does not record.
        const QString journalFile = journalPath();
        QDir().mkpath(QFileInfo(journalFile).absolutePath());
        m_journal = std::make_unique<JobJournal>(journalFile);
        if (!m_journal->open())
            return m_output->finish(ExitCode::Failure, QStringLiteral("journal"), m_journal->errorString());
        job.journal = m_journal.get();
        // Technicians often share one login at a bench; --operator names the person.
        job.operatorName = m_parser.isSet(operatorOption) ? m_parser.value(operatorOption).trimmed()
                                                          : OperatorName::ofThisAccount();
        if (job.operatorName.isEmpty() || ForeignText::escaped(job.operatorName) != job.operatorName)
            return usageError(tr("--operator needs a name without control characters"));
        job.station = QHostInfo::localHostName();
        QString problem;
        FoundryClient *client = createClient(&problem);
        if (!client)
            return usageError(problem);
        command = new ProvisionCommand(client, serial, profile, job, m_output.get(), this);
    } else {
        std::optional<QStringList> topics;
        if (m_parser.isSet(topicsOption)) {
            topics = TopicRules::splitCommaSeparated(m_parser.value(topicsOption));
            const TopicRules::Result check = TopicRules::check(*topics);
            if (!check.isValid())
                return usageError(check.errors.join(QLatin1Char('\n')));
            for (const QString &warning : check.warnings)
                m_output->warning(warning);
        }
        QString certificateId = m_parser.value(certIdOption).trimmed();
        QString deviceId = m_parser.value(deviceIdOption).trimmed();
        if (name == QLatin1String("revoke") && (certificateId.isEmpty() || deviceId.isEmpty()))
            return usageError(tr("revoke needs both --cert-id and --device-id"));

        QString problem;
        FoundryClient *client = createClient(&problem);
        if (!client)
            return usageError(problem);
        if (name == QLatin1String("check-api")) {
            command = new CheckApiCommand(client, topics,
                                          deviceId.isEmpty() ? QStringLiteral("station-check-api") : deviceId,
                                          m_output.get(), this);
        } else {
            m_journal = std::make_unique<JobJournal>(journalPath());
            command = new RevokeCommand(client, m_journal.get(), certificateId, deviceId, m_output.get(), this);
        }
    }
    connect(command, &CliCommand::finished, this, &StationCli::finished);
    // Started from the event loop, so that even a command that ends at once reaches a running loop.
    QTimer::singleShot(0, command, &CliCommand::start);
    return -1;
}

FoundryClient *StationCli::createClient(QString *problem)
{
    FoundryClientSettings settings;
    const QString url = m_parser.isSet(apiUrlOption) ? m_parser.value(apiUrlOption)
                                                     : qEnvironmentVariable("FOUNDRY_API_URL");
    if (url.trimmed().isEmpty()) {
        *problem = tr("no Foundry URL: pass --api-url or set FOUNDRY_API_URL");
        return nullptr;
    }
    settings.baseUrl = QUrl(url.trimmed(), QUrl::StrictMode);
    settings.caFile = m_parser.value(caFileOption);
    if (m_parser.isSet(authHeaderOption)) {
        const QString header = m_parser.value(authHeaderOption);
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        settings.authHeader = header.left(colon).trimmed().toLatin1();
        settings.authScheme = colon < 0 ? QByteArray() : header.mid(colon + 1).trimmed().toLatin1();
    }
    if (m_parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = m_parser.value(timeoutOption).toDouble(&ok);
        if (!ok || seconds <= 0) {
            *problem = tr("--timeout takes a positive number of seconds");
            return nullptr;
        }
        settings.transferTimeout = std::chrono::milliseconds(qRound64(seconds * 1000));
    }
    // Check everything but the token first, so a wrong URL is reported before asking for a secret.
    settings.token = QCA::SecureArray(QByteArrayLiteral("-"));
    if (const QString invalid = settings.validate(); !invalid.isEmpty()) {
        *problem = invalid;
        return nullptr;
    }
    settings.token = TokenSource::obtain(problem);
    if (settings.token.isEmpty())
        return nullptr;
    auto *client = new FoundryClient(std::move(settings), this);
    if (!client->configurationProblem().isEmpty()) {
        *problem = client->configurationProblem();
        delete client;
        return nullptr;
    }
    return client;
}

QString StationCli::journalPath() const
{
    if (m_parser.isSet(journalOption))
        return m_parser.value(journalOption);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}
