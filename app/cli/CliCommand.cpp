#include "CliCommand.h"

#include "foundry/FoundryReply.h"

CliCommand::CliCommand(CliOutput *output, QObject *parent)
    : QObject(parent)
    , m_output(output)
{
}

void CliCommand::end(ExitCode code, const QString &errorKind, const QString &errorMessage)
{
    Q_EMIT finished(m_output->finish(code, errorKind, errorMessage));
}

void CliCommand::showRetries(FoundryReply *reply)
{
    connect(reply, &FoundryReply::retryScheduled, this, [this](int attempt, qint64 delayMs, const FoundryError &reason) {
        m_output->progress(tr("%1 Trying again in %2 s (attempt %3)...")
                               .arg(reason.summary())
                               .arg(static_cast<double>(delayMs) / 1000)
                               .arg(attempt));
    });
}
