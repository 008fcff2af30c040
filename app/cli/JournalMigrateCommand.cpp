#include "JournalMigrateCommand.h"

#include "jobs/JobJournal.h"

JournalMigrateCommand::JournalMigrateCommand(QString from, QString to, CliOutput *output, QObject *parent)
    : CliCommand(output, parent)
    , m_from(std::move(from))
    , m_to(std::move(to))
{
}

void JournalMigrateCommand::start()
{
    m_output->set(QStringLiteral("from"), m_from);
    // The definition's prepare refused a URL with a password, or any other it would not open.
    m_output->set(QStringLiteral("to"), m_to);
    JobJournal source(m_from);
    if (!source.openExisting()) {
        end(ExitCode::Failure, QStringLiteral("journal"), source.errorString());
        return;
    }
    // An unfinished job belongs to recovery on the station that ran it, where its device is.
    const QList<JobJournal::Job> unfinished = source.unfinishedJobs();
    if (!unfinished.isEmpty()) {
        end(ExitCode::Failure, QStringLiteral("journal"),
            tr("%1 holds %n unfinished job(s); run foundry-station-cli recover --journal %1 on its station first, "
               "then migrate again",
               nullptr, static_cast<int>(unfinished.size()))
                .arg(m_from));
        return;
    }
    JobJournal target(m_to);
    if (!target.open()) {
        end(ExitCode::Failure, QStringLiteral("journal"), target.errorString());
        return;
    }
    const QString origin = source.identity();
    if (origin.isEmpty() || origin == target.identity()) {
        end(ExitCode::Failure, QStringLiteral("journal"),
            origin.isEmpty() ? tr("%1 has no identity to mark its jobs with: %2").arg(m_from, source.errorString())
                             : tr("%1 and %2 are the same journal").arg(m_from, m_to));
        return;
    }
    JobJournal::Page oldestFirst;
    oldestFirst.order = Qt::AscendingOrder;
    const QList<JobJournal::Job> jobs = source.jobs({}, oldestFirst);
    if (!source.errorString().isEmpty()) {
        end(ExitCode::Failure, QStringLiteral("journal"), source.errorString());
        return;
    }
    int imported = 0;
    int alreadyThere = 0;
    for (const JobJournal::Job &job : jobs) {
        const QList<JobJournal::Step> steps = source.steps(job.id);
        if (!source.errorString().isEmpty()) {
            end(ExitCode::Failure, QStringLiteral("journal"), source.errorString());
            return;
        }
        const QList<JobJournal::LeftBehindRecord> leftBehind = source.leftBehind(job.id);
        if (!source.errorString().isEmpty()) {
            end(ExitCode::Failure, QStringLiteral("journal"), source.errorString());
            return;
        }
        switch (target.importJob(job, steps, leftBehind, origin + QLatin1Char(':') + QString::number(job.id))) {
        case JobJournal::Import::Imported:
            ++imported;
            break;
        case JobJournal::Import::AlreadyThere:
            ++alreadyThere;
            break;
        case JobJournal::Import::Failed:
            m_output->set(QStringLiteral("imported"), imported);
            end(ExitCode::Failure, QStringLiteral("journal"),
                tr("%1 Run the same command again once that is mended: it goes on where it stopped.")
                    .arg(target.errorString()));
            return;
        }
    }
    m_output->set(QStringLiteral("imported"), imported);
    m_output->set(QStringLiteral("alreadyThere"), alreadyThere);
    m_output->info(tr("%1 job(s) moved into the shared journal, %2 already there.").arg(imported).arg(alreadyThere));
    end(ExitCode::Success);
}
