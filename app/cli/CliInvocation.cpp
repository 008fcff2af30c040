#include "CliInvocation.h"

#include "jobs/JobJournal.h"

#include <QDir>
#include <QFileInfo>

CliInvocation::CliInvocation(const QCommandLineParser &parser, QString argument, StationSettings settings,
                             CliOutput *output)
    : m_parser(parser)
    , m_argument(std::move(argument))
    , m_settings(std::move(settings))
    , m_output(output)
{
}

CliInvocation::~CliInvocation() = default;

CliCommandDefinition::Launch CliInvocation::refuse(const QString &usageProblem)
{
    return fail(ExitCode::Usage, QStringLiteral("usage"), usageProblem);
}

CliCommandDefinition::Launch CliInvocation::fail(ExitCode code, const QString &kind, const QString &message)
{
    m_errorCode = code;
    m_errorKind = kind;
    m_errorMessage = message;
    return {};
}

JobJournal *CliInvocation::openJournal(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_journal = std::make_unique<JobJournal>(path);
    if (!m_journal->open()) {
        fail(ExitCode::Failure, QStringLiteral("journal"), m_journal->errorString());
        return nullptr;
    }
    return m_journal.get();
}
