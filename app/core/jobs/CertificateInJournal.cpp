#include "jobs/CertificateInJournal.h"

std::optional<CertificateInJournal> CertificateInJournal::find(const JobJournal &journal, const QString &certificateId)
{
    JobJournal::Filter filter;
    filter.certificatePrefix = certificateId;
    const QList<JobJournal::Job> jobs = journal.jobs(filter);
    if (!journal.errorString().isEmpty())
        return std::nullopt;
    CertificateInJournal found;
    // Newest first, as jobs() reads them.
    for (const JobJournal::Job &job : jobs) {
        if (job.certificateId.compare(certificateId, Qt::CaseInsensitive) != 0)
            continue;
        if (job.kind == JobJournal::Kind::Revoke && job.outcome == JobResult::Outcome::Done)
            found.revoked = true;
        if (job.kind == JobJournal::Kind::Provision) {
            if (!found.provision)
                found.provision = job;
            if (!found.devices.contains(job.deviceId))
                found.devices << job.deviceId;
        }
    }
    return found;
}
