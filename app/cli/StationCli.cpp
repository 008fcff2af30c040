#include "StationCli.h"

#include "CliCommand.h"
#include "CliCommandDefinitions.h"
#include "CliInvocation.h"
#include "CliOptions.h"
#include "TerminalTokenStore.h"
#include "base/CryptoSupport.h"
#include "foundry/FoundryClient.h"
#include "jobs/StationSettings.h"

#include <QCommandLineParser>
#include <QSet>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

// Qt's own help option also offers --help-all for Qt's generic options, which this program does not read.
const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));

// Help, version and --json for every command, then the given options, each name once.
void addOptions(QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    parser.addOption(helpOption);
    parser.addVersionOption();
    parser.addOption(CliOptions::json());
    QSet<QString> added{CliOptions::json().names().constFirst()};
    for (const QCommandLineOption &option : options) {
        if (!added.contains(option.names().constFirst()))
            parser.addOption(option);
        added.insert(option.names().constFirst());
    }
}

QList<QCommandLineOption> everyCommandsOptions()
{
    QList<QCommandLineOption> options;
    for (const CliCommandDefinition &command : CliCommandDefinitions::all())
        options += command.options;
    return options;
}

// Qt wraps the options' descriptions, not the program's; this wraps a command's like them.
QString wrapped(const QString &text, qsizetype width = 79)
{
    QString out;
    qsizetype lineLength = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (lineLength > 0 && lineLength + 1 + word.size() > width) {
            out += QLatin1Char('\n');
            lineLength = 0;
        } else if (lineLength > 0) {
            out += QLatin1Char(' ');
            ++lineLength;
        }
        out += word;
        lineLength += word.size();
    }
    return out;
}

QString synopsis(const CliCommandDefinition &command)
{
    return command.argumentName.isEmpty() ? command.name : command.name + QLatin1Char(' ') + command.argumentName;
}

// Saved settings, for every front end of this user.
std::optional<StationSettings> savedSettings(QString *problem)
{
    StationSettings settings;
    *problem = settings.loadFile(StationSettings::defaultFilePath());
    if (!problem->isEmpty())
        return std::nullopt;
    return settings;
}

} // namespace

StationCli::StationCli(QObject *parent)
    : QObject(parent)
    , m_tokens(std::make_unique<TerminalTokenStore>())
{
}

StationCli::~StationCli() = default;

QString StationCli::helpText() const
{
    QString text = tr("Usage: %1 COMMAND [options]\nFoundry Provisioning Station, command line.\n\nCommands:\n")
                       .arg(QCoreApplication::applicationName());
    qsizetype width = 0;
    for (const CliCommandDefinition &command : CliCommandDefinitions::all())
        width = std::max(width, synopsis(command).size());
    for (const CliCommandDefinition &command : CliCommandDefinitions::all())
        text += QStringLiteral("  %1  %2\n").arg(synopsis(command).leftJustified(width), command.summary);
    return text + tr(R"(
Run "%1 COMMAND --help" for the options of a command.

Options of every command:
  -h, --help     Show this help, or with a command that command's options.
  -v, --version  Show the version.
  --json         Print one JSON object on standard output instead of text.

Each setting comes from the command line, else from an environment variable (FOUNDRY_API_URL,
FOUNDRY_ENVIRONMENT), else from the saved settings, else from the default. Saved settings:
  %2
The token comes from FOUNDRY_TOKEN, or is asked for on a terminal.

Serial ports belong to a group, on Debian and Ubuntu dialout. A user who is not in it cannot open
them ("no permission to open"); join it with "sudo usermod -aG dialout $USER", then log out and in
again. The station never changes groups itself.

Exit codes: 0 success, 1 other failure, 2 usage, 3 Foundry or network error,
4 certificate or key failed its checks, 5 device or serial error,
6 device verification mismatch, 7 rollback incomplete: a person must act.
)")
                      .arg(QCoreApplication::applicationName(), StationSettings::defaultFilePath());
}

QString StationCli::commandHelpText(const CliCommandDefinition &definition)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(wrapped(definition.description));
    parser.addOption(helpOption);
    parser.addOption(CliOptions::json());
    parser.addOptions(definition.options);
    // Qt's usage line knows no commands; the rest of its text is this command's.
    const QString generated = parser.helpText();
    QString text = tr("Usage: %1 %2 [options]").arg(QCoreApplication::applicationName(), synopsis(definition))
                   + generated.mid(generated.indexOf(QLatin1Char('\n')));
    if (!definition.argumentName.isEmpty())
        text += tr("\nArguments:\n  %1  %2\n").arg(definition.argumentName, definition.argumentDescription);
    return text;
}

int StationCli::usageError(const QString &message, const QString &command)
{
    if (!m_output)
        m_output = std::make_unique<CliOutput>(false);
    const QString hint = command.isEmpty()
                             ? tr("Run %1 --help for the commands.").arg(QCoreApplication::applicationName())
                             : tr("Run %1 %2 --help for its options.").arg(QCoreApplication::applicationName(), command);
    return m_output->finish(ExitCode::Usage, QStringLiteral("usage"), message + QLatin1Char('\n') + hint);
}

int StationCli::start(const QStringList &arguments)
{
    // Which command it is: every command's options are known here, so that they may come before the
    // command as well as after it.
    QCommandLineParser everything;
    addOptions(everything, everyCommandsOptions());
    if (!everything.parse(arguments))
        return usageError(everything.errorText());
    m_output = std::make_unique<CliOutput>(everything.isSet(CliOptions::json()));
    const QStringList positional = everything.positionalArguments();
    const CliCommandDefinition *definition =
        positional.isEmpty() ? nullptr : CliCommandDefinitions::find(positional.constFirst());
    if (everything.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(definition ? commandHelpText(*definition) : helpText()), stdout);
        return 0;
    }
    if (everything.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (positional.isEmpty())
        return usageError(tr("no command given"));
    if (!definition)
        return usageError(tr("unknown command \"%1\"").arg(positional.constFirst()));
    return runCommand(*definition, arguments);
}

int StationCli::runCommand(const CliCommandDefinition &definition, const QStringList &arguments)
{
    const QString &name = definition.name;
    m_parser = std::make_unique<QCommandLineParser>();
    addOptions(*m_parser, definition.options);
    if (!m_parser->parse(arguments)) {
        for (const QString &unknown : m_parser->unknownOptionNames()) {
            const QList<QCommandLineOption> known = everyCommandsOptions();
            if (std::any_of(known.cbegin(), known.cend(),
                            [&unknown](const QCommandLineOption &option) { return option.names().contains(unknown); }))
                return usageError(tr("--%1 does not apply to %2").arg(unknown, name), name);
        }
        return usageError(m_parser->errorText(), name);
    }
    QStringList positional = m_parser->positionalArguments();
    positional.removeFirst();
    const int expected = definition.argumentName.isEmpty() ? 0 : 1;
    if (positional.size() != expected)
        return usageError(expected == 0 ? tr("%1 takes no arguments, got \"%2\"").arg(name, positional.join(QLatin1Char(' ')))
                                        : tr("%1 takes exactly %2 argument(s)").arg(name).arg(expected),
                          name);
    m_output->set(QStringLiteral("command"), name);

    if (const QString problem = CryptoSupport::problem(); !problem.isEmpty() && definition.usesCryptography)
        return m_output->finish(ExitCode::Failure, QStringLiteral("crypto"), problem);
    QString problem;
    const std::optional<StationSettings> settings = savedSettings(&problem);
    if (!settings)
        return m_output->finish(ExitCode::Failure, QStringLiteral("settings"), problem);

    m_invocation = std::make_unique<CliInvocation>(*m_parser, positional.value(0), *settings, m_output.get());
    const CliCommandDefinition::Launch launchable = definition.prepare(*m_invocation);
    if (!launchable) {
        if (m_invocation->errorCode() == ExitCode::Usage)
            return usageError(m_invocation->errorMessage(), name);
        return m_output->finish(m_invocation->errorCode(), m_invocation->errorKind(), m_invocation->errorMessage());
    }
    if (!definition.usesFoundry) {
        launch(launchable(nullptr, m_output.get(), this));
        return -1;
    }

    // Everything but the token is checked first, so that a wrong URL is reported before asking for a secret.
    StationSettings foundry = *settings;
    if (const QString invalid = CliOptions::applyFoundry(*m_parser, &foundry); !invalid.isEmpty())
        return usageError(invalid, name);
    m_tokens->read(foundry.currentEnvironment, this,
                   [this, client = foundry.foundryClientSettings(), launchable, name](const QCA::SecureArray &token,
                                                                                     const QString &unavailable) {
                       if (token.isEmpty()) {
                           Q_EMIT finished(usageError(unavailable, name));
                           return;
                       }
                       FoundryClientSettings withToken = client;
                       withToken.token = token;
                       auto *foundryClient = new FoundryClient(std::move(withToken), this);
                       if (const QString invalid = foundryClient->configurationProblem(); !invalid.isEmpty()) {
                           delete foundryClient;
                           Q_EMIT finished(usageError(invalid, name));
                           return;
                       }
                       launch(launchable(foundryClient, m_output.get(), this));
                   });
    return -1;
}

void StationCli::launch(CliCommand *command)
{
    connect(command, &CliCommand::finished, this, &StationCli::finished);
    // Started from the event loop, so that even a command that ends at once reaches a running loop.
    QTimer::singleShot(0, command, &CliCommand::start);
}
