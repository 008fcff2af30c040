#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class CliCommand;
class CliInvocation;
class CliOutput;
class FoundryClient;

// One command as the command line knows it: its name, its arguments, the options it takes and how
// it reads and checks them. Its --help shows these options only.
struct CliCommandDefinition
{
    // A command whose options have been read and checked, waiting only for what the command line
    // makes for it: the Foundry client (for commands that use Foundry; otherwise null).
    using Launch = std::function<CliCommand *(FoundryClient *client, CliOutput *output, QObject *parent)>;

    QString name;
    QString argumentName;        // e.g. "FILE"; empty when the command takes no argument
    QString argumentDescription;
    QString summary;             // one line, for the list of commands
    QString description;         // for COMMAND --help
    QList<QCommandLineOption> options;
    bool usesFoundry = false;
    bool usesCryptography = true;
    // Reads and checks the options; an empty Launch when the command cannot run, the reason given to
    // the invocation.
    std::function<Launch(CliInvocation &invocation)> prepare;
};
