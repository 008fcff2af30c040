#pragma once

#include "foundry/FoundryError.h"

#include <QObject>
#include <QString>
#include <QStringList>

class FoundryClient;
class FoundryReply;
class JobJournal;

// Revokes one certificate on Foundry outside a provisioning job (support staff, a window's button on
// a left-behind item), journaled like a job: a job of kind Revoke with one Revoking step, written
// before the request and completed after its answer. So history shows the certificate revoked, a
// refused revoke shows as failed, and a crash in between leaves an unfinished job that recovery
// finishes. The revoke goes ahead when the journal cannot be written, as a job's rollback does:
// undoing cannot leave anything behind unrecorded; warnings() then says what is missing from history.
class CertificateRevocation : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString certificateId;
        QString deviceId;
        // For the journal only: who revoked it, on which station.
        QString operatorName;
        QString station;
        // Why, in the words of who asked: kept in the journal beside who revoked it.
        QString reason;
        // A revoke whose answer was lost may have acted: it ends needing attention with an open item
        // that asks for a second try, unless the caller retries an item that is still open anyway.
        bool leaveUncertainOutcomeOpen = true;
    };

    // journal: open, or null to journal nothing; it must outlive this object and live on its thread.
    CertificateRevocation(FoundryClient *client, JobJournal *journal, Settings settings, QObject *parent = nullptr);
    ~CertificateRevocation() override;

    void start();
    bool isFinished() const { return m_finished; }
    // The request under way, for its retry signals; null before start() and once finished.
    FoundryReply *request() const { return m_reply; }
    // Once finished: none when Foundry revoked the certificate.
    FoundryError error() const { return m_error; }
    QString foundryMessage() const { return m_foundryMessage; }
    // The revoke's row in the journal; 0 without one.
    qint64 journalId() const { return m_journalJob; }
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void finished();

private:
    void revoked();
    void journalFailed();

    FoundryClient *m_client;
    JobJournal *m_journal;
    Settings m_settings;
    FoundryReply *m_reply = nullptr;
    bool m_started = false;
    bool m_finished = false;
    FoundryError m_error;
    QString m_foundryMessage;
    QStringList m_warnings;
    qint64 m_journalJob = 0;
    qint64 m_journalStep = 0;
};
