#pragma once

#include "CliOutput.h"

#include <QObject>

class FoundryReply;

// One CLI command. start() returns at once; finished() reports the exit code.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    explicit CliCommand(CliOutput *output, QObject *parent = nullptr);

    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void end(ExitCode code, const QString &errorKind = {}, const QString &errorMessage = {});
    // Tells the person at the terminal why the command is waiting.
    void showRetries(FoundryReply *reply);

    CliOutput *m_output;
};
