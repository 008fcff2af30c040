#pragma once

#include "CliCommandDefinition.h"
#include "ExitCode.h"
#include "jobs/StationSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

class JobJournal;

// What a command's prepare step reads (its parsed options and argument, the station's settings as
// the command line has filled them) and where it says why the command cannot run.
class CliInvocation
{
    Q_DECLARE_TR_FUNCTIONS(CliInvocation)

public:
    CliInvocation(const QCommandLineParser &parser, QString argument, StationSettings settings, CliOutput *output);
    ~CliInvocation();

    const QCommandLineParser &parser() const { return m_parser; }
    const QString &argument() const { return m_argument; }
    // Saved settings under environment variables; a command's own options come on top.
    const StationSettings &settings() const { return m_settings; }
    CliOutput *output() const { return m_output; }

    // Both give the empty Launch a prepare step returns.
    CliCommandDefinition::Launch refuse(const QString &usageProblem);
    CliCommandDefinition::Launch fail(ExitCode code, const QString &kind, const QString &message);
    ExitCode errorCode() const { return m_errorCode; }
    QString errorKind() const { return m_errorKind; }
    QString errorMessage() const { return m_errorMessage; }

    // The journal, opened now, so that nothing exists that it does not record; it lives as long as
    // this invocation. Null after fail() when it cannot be opened.
    JobJournal *openJournal(const QString &path);

private:
    const QCommandLineParser &m_parser;
    QString m_argument;
    const StationSettings m_settings;
    CliOutput *m_output;
    ExitCode m_errorCode = ExitCode::Success;
    QString m_errorKind;
    QString m_errorMessage;
    std::unique_ptr<JobJournal> m_journal;
};
