#pragma once

#include "jobs/BulkRevocationPlan.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class CertificateRevocation;
class FoundryClient;
class FoundryRateLimiter;
class JobJournal;

// Carries out a BulkRevocationPlan: one CertificateRevocation after another, each journaled with the
// operator and the reason as a single revoke is, each waiting for a token of the station's shared
// FoundryRateLimiter. Rows the plan skips are reported skipped. cancel() stops before the next
// request; the one in flight is let finish, so that its outcome is known and journaled. A refusal
// that would be the same for every row (the token, the station's settings, Foundry's identity) ends
// the run: the rows left are reported not attempted. Any other error is that row's alone.
class BulkRevocationRunner : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        WaitingForRate, // the next row waits for a token of the rate limiter
        Revoking,       // the row's request is in flight
        Stopping,       // cancel() came while a request was in flight: the run ends when it does
        Finished,
    };
    Q_ENUM(State)

    // How the run ended.
    // Stopped: before the end of the file, for a reason every row would meet (stopReason()).
    enum class End { Completed, Cancelled, Stopped };

    enum class Outcome {
        Pending,      // not reached yet
        Revoked,
        Failed,       // Foundry refused or the request failed; the certificate is as it was
        Uncertain,    // no answer came although the request may have reached Foundry
        Skipped,      // the plan skips the row
        NotAttempted, // the run was cancelled or stopped before the row
    };

    struct Result
    {
        BulkRevocationPlan::Row row;
        Outcome outcome = Outcome::Pending;
        // What happened, for a person; empty for a plain revoke.
        QString detail;
        // The revoke's row in the journal; 0 without one.
        qint64 journalId = 0;
    };

    struct Settings
    {
        // Journaled with each revoke.
        QString operatorName;
        QString station;
        QString reason;
    };

    // client and journal are followed: once either is gone the run stops before its next row (the
    // owner deletes the runner with them, dropping a request in flight with its journal row left
    // unfinished, for recovery). rateLimiter may be null (no limit).
    BulkRevocationRunner(const BulkRevocationPlan &plan, FoundryClient *client, JobJournal *journal,
                         FoundryRateLimiter *rateLimiter, Settings settings, QObject *parent = nullptr);
    ~BulkRevocationRunner() override;

    void start();
    void cancel();

    State state() const { return m_state; }
    End end() const { return m_end; }
    const QList<Result> &results() const { return m_results; }
    // Rows that send a revoke, and how many of those have ended.
    int revokeTotal() const { return m_revokeTotal; }
    int revokesDone() const { return m_revokesDone; }
    int count(Outcome outcome) const;
    // Why the run stopped early (End::Stopped), for a person.
    QString stopReason() const { return m_stopReason; }

    static QString outcomeText(Outcome outcome);
    // Every row's plan and result as RFC 4180 CSV through CsvWriter (formula cells neutralised).
    static QString reportCsv(const QList<Result> &results);
    // Written whole or not at all; false with *why.
    static bool exportReport(const QList<Result> &results, const QString &fileName, QString *why);

Q_SIGNALS:
    void stateChanged(BulkRevocationRunner::State state);
    // A row's result is known (also for skipped rows, all at once when the run starts or stops).
    void rowFinished(int index);
    void finished();

private:
    // The one place the state changes.
    void transition(State next);
    void nextRow();
    void revoke();
    void revoked();
    void finish(End end);

    QPointer<FoundryClient> m_client;
    QPointer<JobJournal> m_journal;
    QPointer<FoundryRateLimiter> m_rateLimiter;
    Settings m_settings;
    State m_state = State::Idle;
    End m_end = End::Completed;
    QList<Result> m_results;
    int m_next = 0;
    int m_current = -1;
    int m_revokeTotal = 0;
    int m_revokesDone = 0;
    QString m_stopReason;
    // The rate limiter's context for the row that waits: deleting it withdraws the wait.
    QObject *m_tokenWait = nullptr;
    CertificateRevocation *m_revocation = nullptr;
};
