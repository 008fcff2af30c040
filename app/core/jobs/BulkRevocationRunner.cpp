#include "jobs/BulkRevocationRunner.h"

#include "base/AtomicFile.h"
#include "base/CsvWriter.h"
#include "foundry/FoundryClient.h"
#include "foundry/FoundryRateLimiter.h"
#include "jobs/CertificateRevocation.h"
#include "jobs/JobJournal.h"

#include <algorithm>
#include <utility>

namespace {

// Errors that every further row would meet as well: sending the rest would only add as many failed
// revokes to the journal (and, for a wrong token, as many refused logins to Foundry's account).
bool stopsTheRun(const FoundryError &error)
{
    switch (error.kind()) {
    case FoundryError::Kind::Unauthorized:
    case FoundryError::Kind::Configuration:
    case FoundryError::Kind::Tls:
        return true;
    default:
        return false;
    }
}

} // namespace

BulkRevocationRunner::BulkRevocationRunner(const BulkRevocationPlan &plan, FoundryClient *client, JobJournal *journal,
                                           FoundryRateLimiter *rateLimiter, Settings settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_rateLimiter(rateLimiter)
    , m_settings(std::move(settings))
{
    for (const BulkRevocationPlan::Row &row : plan.rows()) {
        Result result;
        result.row = row;
        if (BulkRevocationPlan::revokes(row.action)) {
            ++m_revokeTotal;
        } else {
            result.outcome = Outcome::Skipped;
            result.detail = row.reason;
        }
        m_results << result;
    }
}

// A request in flight is dropped with its CertificateRevocation; its journal row stays unfinished,
// which says the outcome is unknown and is what recovery finishes.
BulkRevocationRunner::~BulkRevocationRunner()
{
    delete m_tokenWait;
}

void BulkRevocationRunner::start()
{
    if (m_state != State::Idle)
        return;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome == Outcome::Skipped)
            Q_EMIT rowFinished(i);
    }
    nextRow();
}

void BulkRevocationRunner::cancel()
{
    switch (m_state) {
    case State::Idle:
    case State::WaitingForRate:
        finish(End::Cancelled);
        return;
    case State::Revoking:
        transition(State::Stopping);
        return;
    case State::Stopping:
    case State::Finished:
        return;
    }
}

void BulkRevocationRunner::transition(State next)
{
    const auto allowed = [this, next] {
        switch (m_state) {
        case State::Idle: return next == State::WaitingForRate || next == State::Finished;
        case State::WaitingForRate: return next == State::Revoking || next == State::Finished;
        case State::Revoking: return next == State::WaitingForRate || next == State::Stopping || next == State::Finished;
        case State::Stopping: return next == State::Finished;
        case State::Finished: return false;
        }
        return false;
    };
    Q_ASSERT_X(allowed(), "BulkRevocationRunner::transition", "a transition the run does not have");
    if (!allowed())
        return;
    m_state = next;
    Q_EMIT stateChanged(next);
}

void BulkRevocationRunner::nextRow()
{
    while (m_next < m_results.size() && m_results.at(m_next).outcome != Outcome::Pending)
        ++m_next;
    if (m_next == m_results.size()) {
        finish(End::Completed);
        return;
    }
    m_current = m_next++;
    transition(State::WaitingForRate);
    if (!m_rateLimiter) {
        revoke();
        return;
    }
    m_tokenWait = new QObject(this);
    m_rateLimiter->acquire(m_tokenWait, [this] {
        delete std::exchange(m_tokenWait, nullptr);
        revoke();
    });
}

void BulkRevocationRunner::revoke()
{
    if (m_state != State::WaitingForRate)
        return;
    // The wait for a token can be long enough for the settings to change meanwhile.
    if (!m_client || !m_journal) {
        m_stopReason = tr("The Foundry connection or the journal went away (the settings changed). Run the file "
                          "again once the station is set up: rows already revoked are then skipped.");
        finish(End::Stopped);
        return;
    }
    transition(State::Revoking);
    const BulkRevocationPlan::Row &row = m_results.at(m_current).row;
    CertificateRevocation::Settings settings;
    settings.certificateId = row.certificateId;
    settings.deviceId = row.deviceId;
    settings.operatorName = m_settings.operatorName;
    settings.station = m_settings.station;
    settings.reason = m_settings.reason;
    m_revocation = new CertificateRevocation(m_client, m_journal, settings, this);
    connect(m_revocation, &CertificateRevocation::finished, this, &BulkRevocationRunner::revoked);
    m_revocation->start();
}

void BulkRevocationRunner::revoked()
{
    CertificateRevocation *revocation = std::exchange(m_revocation, nullptr);
    revocation->deleteLater();
    Result &result = m_results[m_current];
    result.journalId = revocation->journalId();
    const FoundryError error = revocation->error();
    QStringList detail = revocation->warnings();
    if (!error.isError()) {
        result.outcome = Outcome::Revoked;
    } else {
        result.outcome = error.mayHaveReachedFoundry() ? Outcome::Uncertain : Outcome::Failed;
        detail.prepend(error.message());
    }
    result.detail = detail.join(QLatin1Char(' '));
    ++m_revokesDone;
    Q_EMIT rowFinished(m_current);
    if (error.isError() && stopsTheRun(error)) {
        m_stopReason = tr("Foundry refused the row on line %1 for a reason every row would meet: %2 The rows after it were "
                          "not sent; fix this, then run the file again (rows already revoked are then skipped).")
                           .arg(result.row.line)
                           .arg(error.summary());
        finish(End::Stopped);
        return;
    }
    if (m_state == State::Stopping) {
        finish(End::Cancelled);
        return;
    }
    nextRow();
}

void BulkRevocationRunner::finish(End end)
{
    delete std::exchange(m_tokenWait, nullptr);
    m_end = end;
    for (int i = 0; i < m_results.size(); ++i) {
        Result &result = m_results[i];
        if (result.outcome != Outcome::Pending)
            continue;
        result.outcome = Outcome::NotAttempted;
        result.detail = end == End::Cancelled ? tr("not sent: the run was cancelled") : tr("not sent: the run stopped");
        Q_EMIT rowFinished(i);
    }
    transition(State::Finished);
    Q_EMIT finished();
}

int BulkRevocationRunner::count(Outcome outcome) const
{
    return static_cast<int>(
        std::count_if(m_results.cbegin(), m_results.cend(), [outcome](const Result &result) { return result.outcome == outcome; }));
}

QString BulkRevocationRunner::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return {};
    case Outcome::Revoked: return tr("revoked");
    case Outcome::Failed: return tr("failed");
    case Outcome::Uncertain: return tr("unknown: may be revoked");
    case Outcome::Skipped: return tr("skipped");
    case Outcome::NotAttempted: return tr("not sent");
    }
    return {};
}

QString BulkRevocationRunner::reportCsv(const QList<Result> &results)
{
    CsvWriter csv({QStringLiteral("line"), QStringLiteral("certificate_id"), QStringLiteral("device_id"),
                   QStringLiteral("planned_action"), QStringLiteral("result"), QStringLiteral("detail"),
                   QStringLiteral("journal_id")});
    for (const Result &result : results) {
        csv.addRow({QString::number(result.row.line), result.row.certificateId, result.row.deviceId,
                    BulkRevocationPlan::actionText(result.row.action), outcomeText(result.outcome), result.detail,
                    result.journalId == 0 ? QString() : QString::number(result.journalId)});
    }
    return csv.text();
}

bool BulkRevocationRunner::exportReport(const QList<Result> &results, const QString &fileName, QString *why)
{
    return AtomicFile::write(fileName, reportCsv(results).toUtf8(), why);
}
