#pragma once

#include "jobs/JobJournal.h"

#include <QString>
#include <QStringList>

#include <optional>

// What the journal knows of one certificate, found by its whole ID (any case) through the journal's
// case-blind certificate-ID index: a 64-digit ID as the prefix search's start is a range that holds
// that one ID, so no other query or index is needed.
struct CertificateInJournal
{
    // The newest provisioning job that holds the certificate; none when the journal does not know it.
    std::optional<JobJournal::Job> provision;
    // Devices of the provisioning jobs that hold it (normally one).
    QStringList devices;
    // A revoke of the certificate ended done.
    bool revoked = false;

    // nullopt when the journal could not be read (journal.errorString() says why).
    static std::optional<CertificateInJournal> find(const JobJournal &journal, const QString &certificateId);
};
