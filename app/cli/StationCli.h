#pragma once

#include "CliOutput.h"

#include <QObject>

#include <memory>

class CliCommand;
class CliInvocation;
class QCommandLineParser;
class TokenStore;
struct CliCommandDefinition;

// foundry-station-cli: reads the command line, runs one command, reports its exit code.
class StationCli : public QObject
{
    Q_OBJECT

public:
    explicit StationCli(QObject *parent = nullptr);
    ~StationCli() override;

    // Returns an exit code when the command ended (or never started) without needing the event
    // loop; otherwise -1, and finished() follows.
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    int usageError(const QString &message, const QString &command = {});
    int runCommand(const CliCommandDefinition &definition, const QStringList &arguments);
    void launch(CliCommand *command);
    QString helpText() const;
    static QString commandHelpText(const CliCommandDefinition &definition);

    std::unique_ptr<CliOutput> m_output;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<QCommandLineParser> m_parser;
    // What the command's options said, and the journal provision opened. Destroyed before the commands
    // (children, deleted by ~QObject): a job writes nothing once it has finished, and the CLI ends only
    // then.
    std::unique_ptr<CliInvocation> m_invocation;
};
