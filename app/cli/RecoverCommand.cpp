#include "RecoverCommand.h"

#include "jobs/JobJournal.h"
#include "LeftBehindReport.h"

#include <QJsonArray>

RecoverCommand::RecoverCommand(FoundryClient *client, QString journalPath, SerialSettings serial, CliOutput *output,
                               QObject *parent)
    : CliCommand(output, parent)
    , m_client(client)
    , m_journalPath(std::move(journalPath))
    , m_serial(std::move(serial))
{
}

void RecoverCommand::print(const JournalRecovery::Recovered &job, CliOutput *output)
{
    using Outcome = JournalRecovery::Outcome;
    QString outcome;
    switch (job.outcome) {
    case Outcome::Done: outcome = tr("DONE"); break;
    case Outcome::Failed: outcome = tr("ROLLED BACK"); break;
    case Outcome::NeedsAttention: outcome = tr("NEEDS ATTENTION"); break;
    case Outcome::Unfinished: outcome = tr("UNFINISHED"); break;
    case Outcome::Running: outcome = tr("RUNNING"); break;
    }
    output->info(QStringLiteral("%1 %2").arg(outcome, job.summary));
    if (job.outcome == Outcome::Unfinished)
        output->info(QStringLiteral("    ") + tr("Run foundry-station-cli recover again once that is solved."));
    for (const QString &left : LeftBehindReport::text(job.leftBehind))
        output->info(QStringLiteral("    ") + left);
}

void RecoverCommand::start()
{
    m_output->set(QStringLiteral("journal"), m_journalPath);
    m_journal = std::make_unique<JobJournal>(m_journalPath);
    if (!m_journal->openExisting()) {
        end(ExitCode::Failure, QStringLiteral("journal"), m_journal->errorString());
        return;
    }
    m_recovery = std::make_unique<JournalRecovery>(m_client, m_journal.get());
    m_recovery->setSerialSettings(m_serial);
    connect(m_recovery.get(), &JournalRecovery::jobRecovered, this,
            [this](const JournalRecovery::Recovered &job) { print(job, m_output); });
    connect(m_recovery.get(), &JournalRecovery::finished, this, &RecoverCommand::report);
    m_recovery->start();
}

void RecoverCommand::report()
{
    QJsonArray jobs;
    for (const JournalRecovery::Recovered &job : m_recovery->recovered())
        jobs.append(job.toJson());
    m_output->set(QStringLiteral("jobs"), jobs);
    if (jobs.isEmpty())
        m_output->info(tr("No unfinished jobs in %1.").arg(m_journalPath));
    if (m_recovery->needsAttention()) {
        end(ExitCode::NeedsAttention, QStringLiteral("needs-attention"),
            tr("Recovery left something a person must see to; see the lines above."));
        return;
    }
    end(ExitCode::Success);
}
