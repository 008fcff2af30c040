#include "CliCommandDefinitions.h"

#include "CheckApiCommand.h"
#include "CheckBundleCommand.h"
#include "CliInvocation.h"
#include "CliOptions.h"
#include "HistoryCommand.h"
#include "InspectCommand.h"
#include "JournalMigrateCommand.h"
#include "PortsCommand.h"
#include "ProvisionCommand.h"
#include "RecoverCommand.h"
#include "RevokeCommand.h"
#include "base/ForeignText.h"
#include "foundry/TopicRules.h"
#include "jobs/DeviceId.h"
#include "jobs/JobJournal.h"
#include "jobs/JournalLocation.h"
#include "jobs/ProductProfiles.h"

#include <QSettings>
#include <QTimeZone>

namespace {

using Launch = CliCommandDefinition::Launch;

// A date means its midnight; a time without a zone is UTC, as the journal keeps it.
QDateTime parseUtcTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::UTC);
    return time;
}

} // namespace

CliCommandDefinition CliCommandDefinitions::checkBundle()
{
    CliCommandDefinition command;
    command.name = QStringLiteral("check-bundle");
    command.argumentName = QStringLiteral("FILE");
    command.argumentDescription = tr("A saved answer of Foundry's generate request (JSON).");
    command.summary = tr("Check a saved generate response offline.");
    command.description = tr("Holds a saved generate response to every check the station makes before it writes "
                             "anything to a device, without network.");
    command.prepare = [](CliInvocation &invocation) -> Launch {
        return [path = invocation.argument()](FoundryClient *, CliOutput *output, QObject *parent) {
            return new CheckBundleCommand(path, output, parent);
        };
    };
    return command;
}

CliCommandDefinition CliCommandDefinitions::checkApi()
{
    static const QCommandLineOption topics(QStringLiteral("topics"),
        QStringLiteral("Comma-separated topics; Foundry then activates the certificate at once."), QStringLiteral("topics"));
    static const QCommandLineOption deviceId(QStringLiteral("device-id"),
        QStringLiteral("Device ID sent with the clean-up revoke (default station-check-api)."), QStringLiteral("id"));

    CliCommandDefinition command;
    command.name = QStringLiteral("check-api");
    command.summary = tr("Prove URL, token and TLS: generate, check and revoke.");
    command.description = tr("Generates a certificate, checks it and revokes it again: proves that the URL, the token "
                             "and TLS work, and leaves nothing behind.");
    command.options = QList<QCommandLineOption>{topics, deviceId} + CliOptions::foundry();
    command.usesFoundry = true;
    command.prepare = [](CliInvocation &invocation) -> Launch {
        const QCommandLineParser &parser = invocation.parser();
        std::optional<QStringList> topicList;
        if (parser.isSet(topics)) {
            topicList = TopicRules::splitCommaSeparated(parser.value(topics));
            const TopicRules::Result check = TopicRules::check(*topicList);
            if (!check.isValid())
                return invocation.refuse(check.errors.join(QLatin1Char('\n')));
            for (const QString &warning : check.warnings)
                invocation.output()->warning(warning);
        }
        QString device = parser.value(deviceId).trimmed();
        if (device.isEmpty())
            device = QStringLiteral("station-check-api");
        return [topicList, device](FoundryClient *client, CliOutput *output, QObject *parent) {
            return new CheckApiCommand(client, topicList, device, output, parent);
        };
    };
    return command;
}

CliCommandDefinition CliCommandDefinitions::revoke()
{
    static const QCommandLineOption certId(QStringLiteral("cert-id"), QStringLiteral("Certificate ID."), QStringLiteral("id"));
    static const QCommandLineOption deviceId(QStringLiteral("device-id"), QStringLiteral("Foundry device ID."),
                                             QStringLiteral("id"));
    static const QCommandLineOption reason(QStringLiteral("reason"),
                                           QStringLiteral("Why, kept in the journal beside who revoked it."),
                                           QStringLiteral("text"));

    CliCommandDefinition command;
    command.name = QStringLiteral("revoke");
    command.summary = tr("Delete a certificate and untie it from its device.");
    command.description = tr("Deletes a certificate on Foundry and unties it from its device, and records it in the "
                             "journal, so that history shows the certificate revoked. Needs --cert-id and "
                             "--device-id.");
    command.options = QList<QCommandLineOption>{certId, deviceId, reason, CliOptions::journal()} + CliOptions::foundry();
    command.usesFoundry = true;
    command.prepare = [](CliInvocation &invocation) -> Launch {
        const QString certificateId = invocation.parser().value(certId).trimmed();
        const QString device = invocation.parser().value(deviceId).trimmed();
        const QString why = invocation.parser().value(reason).trimmed();
        if (certificateId.isEmpty() || device.isEmpty())
            return invocation.refuse(tr("revoke needs both --cert-id and --device-id"));
        const QString journal = CliOptions::journalPath(invocation.parser(), invocation.settings());
        return [certificateId, device, why, journal](FoundryClient *client, CliOutput *output, QObject *parent) {
            // Opened by the command, which revokes even when the journal cannot be written; owned by
            // the command line, so that it outlives the command.
            return new RevokeCommand(client, new JobJournal(journal, parent), {certificateId, device, why}, output,
                                     parent);
        };
    };
    return command;
}

CliCommandDefinition CliCommandDefinitions::ports()
{
    CliCommandDefinition command;
    command.name = QStringLiteral("ports");
    command.summary = tr("List the serial ports this computer has.");
    command.description = tr("Lists the serial ports this computer has, with what is known about the device on each.");
    // Listing ports needs no cryptography.
    command.usesCryptography = false;
    command.prepare = [](CliInvocation &) -> Launch {
        return [](FoundryClient *, CliOutput *output, QObject *parent) { return new PortsCommand(output, parent); };
    };
    return command;
}

CliCommandDefinition CliCommandDefinitions::inspect()
{
    static const QCommandLineOption slot(QStringLiteral("slot"), QStringLiteral("Only this credential slot (sec_tag)."),
                                         QStringLiteral("n"));

    CliCommandDefinition command;
    command.name = QStringLiteral("inspect");
    command.summary = tr("Show the device on a port and the credentials it holds.");
    command.description = tr("Identifies the device on a port and lists the credentials it holds, with their "
                             "digests. Writes nothing. Needs --port.");
    command.options = CliOptions::serialPort() + QList<QCommandLineOption>{slot};
    command.prepare = [](CliInvocation &invocation) -> Launch {
        const QCommandLineParser &parser = invocation.parser();
        QString problem;
        const std::optional<SerialSettings> serial = CliOptions::serialSettings(parser, QStringLiteral("inspect"), &problem);
        if (!serial)
            return invocation.refuse(problem);
        const std::optional<int> onlySlot = CliOptions::slot(parser, slot);
        if (onlySlot && *onlySlot < 0)
            return invocation.refuse(CliOptions::slotProblem());
        const QString profile = CliOptions::profileName(parser, &problem);
        if (profile.isEmpty())
            return invocation.refuse(problem);
        return [serial = *serial, profile, onlySlot](FoundryClient *, CliOutput *output, QObject *parent) {
            return new InspectCommand(serial, profile, onlySlot, output, parent);
        };
    };
    return command;
}

CliCommandDefinition CliCommandDefinitions::provision()
{
    static const QCommandLineOption deviceId(QStringLiteral("device-id"),
        QStringLiteral("The device's Foundry ID."), QStringLiteral("id"));
    static const QCommandLineOption slot(QStringLiteral("slot"),
        QStringLiteral("Credential slot (sec_tag) to write into (default 1)."), QStringLiteral("n"));
    static const QCommandLineOption topics(QStringLiteral("topics"),
        QStringLiteral("Comma-separated topics the certificate may use."), QStringLiteral("topics"));
    static const QCommandLineOption topicsTemplate(QStringLiteral("topics-template"),
        QStringLiteral("Comma-separated topics with {deviceId}, {serial}, {imei} or {firmware} filled in per device."),
        QStringLiteral("topics"));
    static const QCommandLineOption activateOnGenerate(QStringLiteral("activate-on-generate"),
        QStringLiteral("Generate with the topics, so that Foundry activates the certificate at once."));
    static const QCommandLineOption operatorName(QStringLiteral("operator"),
        QStringLiteral("Who runs the job, for the journal (default the login name)."), QStringLiteral("name"));
    static const QCommandLineOption product(QStringLiteral("product"),
        QStringLiteral("A saved product profile (as the station window keeps them): its device profile, baud rate, slot "
                       "and topics; a device already provisioned is refused."),
        QStringLiteral("name"));

    CliCommandDefinition command;
    command.name = QStringLiteral("provision");
    command.summary = tr("Write a new certificate into a device and provision it.");
    command.description = tr("Generates a certificate, writes it and its key into slot N (default 1), verifies them on "
                             "the device and provisions them on Foundry; on failure rolls back. First finishes what an "
                             "earlier run left unfinished, as recover does. Prints \"PROVISIONED <device ID> "
                             "<certificate ID>\" when done. Needs --port and --device-id, or --product with a "
                             "product whose devices are known by their own serial number.");
    command.options = CliOptions::serialPort()
                      + QList<QCommandLineOption>{deviceId, slot, topics, topicsTemplate, activateOnGenerate, product,
                                                  CliOptions::journal(), operatorName}
                      + CliOptions::foundry();
    command.usesFoundry = true;
    command.prepare = [](CliInvocation &invocation) -> Launch {
        const QCommandLineParser &parser = invocation.parser();
        QString problem;
        std::optional<SerialSettings> serial = CliOptions::serialSettings(parser, QStringLiteral("provision"), &problem);
        if (!serial)
            return invocation.refuse(problem);
        // The product gives what a technician never types; the options that would say otherwise are refused.
        std::optional<ProductProfile> chosen;
        if (parser.isSet(product)) {
            for (const QCommandLineOption *option : {&slot, &topics, &topicsTemplate, &CliOptions::profile(), &CliOptions::baud()}) {
                if (parser.isSet(*option))
                    return invocation.refuse(tr("--product gives the device profile, baud rate, slot and topics; "
                                                "leave out --%1")
                                                 .arg(option->names().constFirst()));
            }
            // The file StationSettings::loadFile() has held to its checks before any command runs.
            QSettings file(StationSettings::defaultFilePath(), QSettings::IniFormat);
            ProductProfiles products;
            if (problem = products.load(file); !problem.isEmpty())
                return invocation.refuse(problem);
            chosen = products.usable(parser.value(product).trimmed(), &problem);
            if (!chosen)
                return invocation.refuse(problem);
            serial->baudRate = chosen->baudRate;
        }
        ProvisioningJob::Settings job = chosen ? chosen->jobSettings(QString()) : ProvisioningJob::Settings();
        // A product whose devices carry no label takes each device's own serial number, once it is known.
        const bool deviceIdFromDevice = chosen && !chosen->requiresScannedDeviceId && !parser.isSet(deviceId);
        if (!deviceIdFromDevice) {
            if (parser.value(deviceId).trimmed().isEmpty())
                return invocation.refuse(tr("provision needs --device-id"));
            const DeviceId id(parser.value(deviceId));
            if (!id.isValid())
                return invocation.refuse(tr("--device-id: %1").arg(id.problem()));
            job.deviceId = id.text();
        }
        if (const std::optional<int> chosenSlot = CliOptions::slot(parser, slot)) {
            if (*chosenSlot < 0)
                return invocation.refuse(CliOptions::slotProblem());
            job.slot = *chosenSlot;
        }
        if (parser.isSet(topics) && parser.isSet(topicsTemplate))
            return invocation.refuse(tr("give either --topics or --topics-template, not both"));
        if (parser.isSet(topics)) {
            job.topics = TopicRules::splitCommaSeparated(parser.value(topics));
            if (const TopicRules::Result check = TopicRules::check(job.topics); !check.isValid())
                return invocation.refuse(check.errors.join(QLatin1Char('\n')));
        }
        if (parser.isSet(topicsTemplate))
            job.topicTemplates = TopicRules::splitCommaSeparated(parser.value(topicsTemplate));
        job.activateOnGenerate = parser.isSet(activateOnGenerate);
        if (job.activateOnGenerate && job.topics.isEmpty() && job.topicTemplates.isEmpty())
            return invocation.refuse(tr("--activate-on-generate needs --topics or --topics-template"));
        const QString profile = chosen ? chosen->deviceProfile : CliOptions::profileName(parser, &problem);
        if (profile.isEmpty())
            return invocation.refuse(problem);
        job.journal = invocation.openJournal(CliOptions::journalPath(parser, invocation.settings()));
        if (!job.journal)
            return {};
        if (chosen && !deviceIdFromDevice) {
            if (const QString duplicate = DeviceId::duplicateProblem(job.deviceId, *job.journal); !duplicate.isEmpty())
                return invocation.fail(ExitCode::Failure, QStringLiteral("duplicate"), duplicate);
        }
        // Technicians often share one login at a bench; --operator names the person.
        if (parser.isSet(operatorName)) {
            job.operatorName = parser.value(operatorName).trimmed();
            if (job.operatorName.isEmpty() || ForeignText::escaped(job.operatorName) != job.operatorName)
                return invocation.refuse(tr("--operator needs a name without control characters"));
        }
        for (const StationSettings::Problem &settingsProblem : invocation.settings().problems()) {
            if ((settingsProblem.field == StationSettings::Field::OperatorName && !parser.isSet(operatorName))
                || settingsProblem.field == StationSettings::Field::StationName)
                return invocation.refuse(settingsProblem.message);
        }
        if (job.operatorName.isEmpty())
            job.operatorName = invocation.settings().effectiveOperatorName();
        job.station = invocation.settings().effectiveStationName();
        const ProvisionCommand::DeviceIdSource source =
            deviceIdFromDevice ? ProvisionCommand::DeviceIdSource::Device : ProvisionCommand::DeviceIdSource::Given;
        const SmpFileLayout smpFiles = chosen ? chosen->smpFiles : SmpFileLayout::defaults();
        return [serial = *serial, profile, job, source, smpFiles](FoundryClient *client, CliOutput *output, QObject *parent) {
            auto *provision = new ProvisionCommand(client, serial, profile, job, source, output, parent);
            provision->setSmpFiles(smpFiles);
            return provision;
        };
    };
    return command;
}

CliCommandDefinition CliCommandDefinitions::recover()
{
    CliCommandDefinition command;
    command.name = QStringLiteral("recover");
    command.summary = tr("Finish or roll back the jobs a crash left unfinished.");
    command.description = tr("Finishes or rolls back the jobs a crash or a kill left unfinished in the journal: puts "
                             "back a device the job left changed (an nRF91 modem offline), provisions a certificate "
                             "the device had confirmed, revokes one it had not, and names devices that may hold its "
                             "credentials. provision does this first on its own. Exits 7 when a person must act.");
    command.options = QList<QCommandLineOption>{CliOptions::journal(), CliOptions::baud()} + CliOptions::foundry();
    command.usesFoundry = true;
    command.prepare = [](CliInvocation &invocation) -> Launch {
        // A job's port is in the journal, and since schema 7 the rate it ran at; a job recorded before
        // runs at the rate given here. Each job names its own port; this one only lets validate() judge
        // the rest.
        SerialSettings serial;
        serial.portName = QStringLiteral("each job's port");
        if (const QString invalid = CliOptions::applyBaud(invocation.parser(), &serial); !invalid.isEmpty())
            return invocation.refuse(invalid);
        const QString journal = CliOptions::journalPath(invocation.parser(), invocation.settings());
        return [journal, serial](FoundryClient *client, CliOutput *output, QObject *parent) {
            return new RecoverCommand(client, journal, serial, output, parent);
        };
    };
    return command;
}

CliCommandDefinition CliCommandDefinitions::history()
{
    static const QCommandLineOption deviceId(QStringLiteral("device-id"), QStringLiteral("Only this device's jobs."),
                                             QStringLiteral("id"));
    static const QCommandLineOption certId(QStringLiteral("cert-id"),
        QStringLiteral("Only jobs whose certificate ID starts with this."), QStringLiteral("prefix"));
    static const QCommandLineOption operatorName(QStringLiteral("operator"), QStringLiteral("Only this operator's jobs."),
                                                 QStringLiteral("name"));
    static const QCommandLineOption station(QStringLiteral("station"),
        QStringLiteral("Only jobs run on this station (its host name)."), QStringLiteral("name"));
    static const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("Only jobs started at or after this UTC date or time (2026-11-26 or 2026-11-26T14:00)."),
        QStringLiteral("time"));
    static const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Only jobs started before this UTC date or time."),
                                       QStringLiteral("time"));
    static const QCommandLineOption outcome(QStringLiteral("outcome"),
        QStringLiteral("Only jobs that ended so: done, failed, needs-attention, cancelled or unfinished."),
        QStringLiteral("outcome"));
    static const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Also write the jobs to this CSV file."),
                                        QStringLiteral("file"));

    CliCommandDefinition command;
    command.name = QStringLiteral("history");
    command.summary = tr("List the jobs in the journal, newest first.");
    command.description = tr("Lists the jobs in the journal, newest first; unfinished ones are those a crash "
                             "interrupted (recover deals with them).");
    command.options = QList<QCommandLineOption>{deviceId, certId, from, to, operatorName, station, outcome, csv,
                                                CliOptions::journal()};
    // Reading the journal needs no cryptography.
    command.usesCryptography = false;
    command.prepare = [](CliInvocation &invocation) -> Launch {
        const QCommandLineParser &parser = invocation.parser();
        JobJournal::Filter filter;
        filter.deviceId = parser.value(deviceId).trimmed();
        filter.certificatePrefix = parser.value(certId).trimmed();
        if (!filter.deviceId.isEmpty() && !filter.certificatePrefix.isEmpty())
            return invocation.refuse(tr("give either --device-id or --cert-id, not both"));
        filter.operatorName = parser.value(operatorName).trimmed();
        filter.station = parser.value(station).trimmed();
        if (const QString text = parser.value(outcome).trimmed(); !text.isEmpty()) {
            filter.outcome = JobJournal::outcomeFromText(text);
            if (!filter.outcome)
                return invocation.refuse(tr("--outcome takes %1").arg(JobJournal::outcomeTexts().join(QLatin1String(", "))));
        }
        for (const auto &[option, time] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
            if (!parser.isSet(*option))
                continue;
            *time = parseUtcTime(parser.value(*option));
            if (!time->isValid())
                return invocation.refuse(
                    tr("--%1 takes a UTC date or time such as 2026-11-26 or 2026-11-26T14:00, got \"%2\"")
                        .arg(option->names().constFirst(), parser.value(*option)));
        }
        const QString journal = CliOptions::journalPath(parser, invocation.settings());
        return [journal, filter, csvFile = parser.value(csv)](FoundryClient *, CliOutput *output, QObject *parent) {
            return new HistoryCommand(journal, filter, csvFile, output, parent);
        };
    };
    return command;
}

CliCommandDefinition CliCommandDefinitions::journal()
{
    static const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The station's SQLite journal to move."),
                                         QStringLiteral("file"));
    static const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("The shared journal: postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA_FILE "
                       "(the password in PGPASSFILE)."),
        QStringLiteral("url"));

    CliCommandDefinition command;
    command.name = QStringLiteral("journal");
    command.argumentName = QStringLiteral("migrate");
    command.argumentDescription = tr("What to do with the journal: migrate.");
    command.summary = tr("Move a station's journal into the shared database.");
    command.description = tr("journal migrate --from FILE --to URL copies every finished job of a station's SQLite "
                             "journal, with its steps, into the shared journal. Each job is copied once: running it "
                             "again, or after it stopped half-way, copies only what is missing. A journal with "
                             "unfinished jobs is recovered on its station first.");
    command.options = QList<QCommandLineOption>{from, to};
    command.usesCryptography = false;
    command.prepare = [](CliInvocation &invocation) -> Launch {
        const QCommandLineParser &parser = invocation.parser();
        if (invocation.argument() != QLatin1String("migrate"))
            return invocation.refuse(tr("journal takes one action, migrate: journal migrate --from FILE --to URL"));
        if (!parser.isSet(from) || !parser.isSet(to))
            return invocation.refuse(tr("journal migrate needs --from FILE and --to URL"));
        if (JournalLocation::looksLikeDatabaseUrl(parser.value(from)))
            return invocation.refuse(tr("--from names the station's SQLite file, not a database"));
        if (!JournalLocation::looksLikeDatabaseUrl(parser.value(to)))
            return invocation.refuse(tr("--to takes the shared journal's postgresql:// URL"));
        // Checked before anything shows it: a URL with a password is refused in words that leave it out.
        QString why;
        if (!JournalLocation::parse(parser.value(to), &why))
            return invocation.refuse(tr("--to: %1").arg(why));
        return [source = parser.value(from), target = parser.value(to)](FoundryClient *, CliOutput *output, QObject *parent) {
            return new JournalMigrateCommand(source, target, output, parent);
        };
    };
    return command;
}

const QList<CliCommandDefinition> &CliCommandDefinitions::all()
{
    static const QList<CliCommandDefinition> commands{checkBundle(), checkApi(), revoke(), ports(),
                                                      inspect(), provision(), recover(), history(), journal()};
    return commands;
}

const CliCommandDefinition *CliCommandDefinitions::find(const QString &name)
{
    for (const CliCommandDefinition &command : all()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}
