#include "HistoryCommand.h"

#include "base/ForeignText.h"

#include <QJsonArray>

HistoryCommand::HistoryCommand(QString journalPath, JobJournal::Filter filter, QString csvFile, CliOutput *output,
                               QObject *parent)
    : CliCommand(output, parent)
    , m_journalPath(std::move(journalPath))
    , m_filter(std::move(filter))
    , m_csvFile(std::move(csvFile))
{
}

void HistoryCommand::start()
{
    m_output->set(QStringLiteral("journal"), m_journalPath);
    JobJournal journal(m_journalPath);
    if (!journal.openExisting()) {
        end(ExitCode::Failure, QStringLiteral("journal"), journal.errorString());
        return;
    }
    const QList<JobJournal::Job> jobs = journal.jobs(m_filter);
    if (!journal.errorString().isEmpty()) {
        end(ExitCode::Failure, QStringLiteral("journal"), journal.errorString());
        return;
    }
    if (!m_csvFile.isEmpty() && !journal.exportCsv(jobs, m_csvFile)) {
        end(ExitCode::Failure, QStringLiteral("csv"), journal.errorString());
        return;
    }

    const auto time = [](const QDateTime &value) {
        return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
    };
    QJsonArray list;
    for (const JobJournal::Job &job : jobs) {
        QJsonArray steps;
        for (const JobJournal::Step &step : journal.steps(job.id))
            steps.append(QJsonObject{{QStringLiteral("step"), JobJournal::stepNameText(step.name)},
                                     {QStringLiteral("startedAt"), time(step.startedAt)},
                                     {QStringLiteral("finishedAt"), time(step.finishedAt)},
                                     {QStringLiteral("ok"), step.finishedAt.isValid() ? QJsonValue(step.ok) : QJsonValue()},
                                     {QStringLiteral("detail"), step.detail}});
        list.append(QJsonObject{{QStringLiteral("id"), job.id},
                                {QStringLiteral("kind"), JobJournal::kindName(job.kind)},
                                {QStringLiteral("startedAt"), time(job.startedAt)},
                                {QStringLiteral("finishedAt"), time(job.finishedAt)},
                                {QStringLiteral("operator"), job.operatorName},
                                {QStringLiteral("station"), job.station},
                                {QStringLiteral("port"), job.port},
                                {QStringLiteral("profile"), job.profile},
                                {QStringLiteral("slot"), job.slot},
                                {QStringLiteral("deviceId"), job.deviceId},
                                {QStringLiteral("certId"), job.certificateId},
                                {QStringLiteral("arn"), job.arn},
                                // An unfinished job is one a crash interrupted: recover deals with it.
                                {QStringLiteral("outcome"), JobJournal::outcomeText(job.outcome)},
                                {QStringLiteral("error"), job.error},
                                {QStringLiteral("certificateRevokedAt"), time(job.certificateRevokedAt)},
                                {QStringLiteral("reason"), job.reason},
                                {QStringLiteral("steps"), steps}});
        // One line per job whatever the fields hold: a device ID is typed or scanned, not trusted.
        using ForeignText::escaped;
        // A certificate revoked later, on its own, is no longer what the job left on the device.
        const QString outcome = job.certificateRevokedAt.isValid()
            ? tr("%1, certificate revoked %2").arg(JobJournal::outcomeText(job.outcome), time(job.certificateRevokedAt))
            : JobJournal::outcomeText(job.outcome);
        const QString certificate = job.certificateId.isEmpty() ? QStringLiteral("-") : escaped(job.certificateId);
        if (job.kind == JobJournal::Kind::Revoke)
            m_output->info(tr("%1  %2  %3  %4  revoke  %5@%6")
                               .arg(time(job.startedAt), outcome, escaped(job.deviceId), certificate,
                                    escaped(job.operatorName), escaped(job.station)));
        else
            m_output->info(QStringLiteral("%1  %2  %3  %4  %5 slot %6 (%7)  %8@%9")
                               .arg(time(job.startedAt), outcome, escaped(job.deviceId), certificate, escaped(job.port))
                               .arg(job.slot)
                               .arg(escaped(job.profile), escaped(job.operatorName), escaped(job.station)));
        if (!job.reason.isEmpty())
            m_output->info(tr("    reason: %1").arg(escaped(job.reason)));
        if (!job.error.isEmpty())
            m_output->info(QStringLiteral("    ") + job.error.section(QLatin1Char('\n'), 0, 0));
    }
    m_output->set(QStringLiteral("jobs"), list);
    if (jobs.isEmpty())
        m_output->info(tr("No jobs match."));
    if (!m_csvFile.isEmpty())
        m_output->progress(tr("%n job(s) written to %1.", nullptr, static_cast<int>(jobs.size())).arg(m_csvFile));
    end(ExitCode::Success);
}
