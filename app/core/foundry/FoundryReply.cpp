#include "foundry/FoundryReply.h"

#include "foundry/FoundryAnswer.h"
#include "base/SecureWipe.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

using namespace std::chrono_literals;

FoundryReply::FoundryReply(Operation operation, HttpRequest request, QSslConfiguration tls,
                           std::chrono::milliseconds timeout, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_request(std::move(request))
    , m_tls(std::move(tls))
    , m_timeout(timeout)
    , m_policy(policy)
{
    m_clock.start();
}

FoundryReply::~FoundryReply()
{
    // The token travels in a header of every attempt.
    for (auto &[name, value] : m_request.headers)
        SecureWipe::wipe(value);
}

GenerateResponse FoundryReply::takeGenerateResponse()
{
    return std::exchange(m_generateResponse, GenerateResponse());
}

void FoundryReply::abort()
{
    if (m_finished)
        return;
    if (m_retryTimer)
        m_retryTimer->stop();
    FoundryError error(FoundryError::Kind::Network, tr("cancelled"));
    error.setMayHaveReachedFoundry(m_earlierAttemptMayHaveActed || (m_current && m_current->requestMayHaveArrived()));
    if (m_current) {
        HttpExchange *exchange = m_current;
        m_current = nullptr;
        exchange->disconnect(this);
        exchange->abort();
        exchange->deleteLater();
    }
    finish(error);
}

void FoundryReply::startAttempt()
{
    // abort() before the first attempt cannot cancel the queued start; a cancelled call must not go out.
    if (m_finished)
        return;
    ++m_attempts;
    auto *exchange = new HttpExchange(m_request, m_tls, m_timeout, this);
    m_current = exchange;
    connect(exchange, &HttpExchange::finished, this, [this, exchange] { handleAttempt(exchange); });
    exchange->start();
}

void FoundryReply::handleAttempt(HttpExchange *exchange)
{
    m_current = nullptr;
    exchange->deleteLater();
    const FoundryError error = classify(exchange);
    if (!error.isError()) {
        finish(error);
        return;
    }
    if (error.mayHaveReachedFoundry())
        m_earlierAttemptMayHaveActed = true;
    if (!mayRetry(error)) {
        finish(error);
        return;
    }
    const std::chrono::milliseconds delay = backoff(error);
    Q_EMIT retryScheduled(m_attempts + 1, delay.count(), error);
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        // A coarse timer may fire up to 5% early, and a retry before Retry-After is refused again.
        m_retryTimer->setTimerType(Qt::PreciseTimer);
        connect(m_retryTimer, &QTimer::timeout, this, &FoundryReply::startAttempt);
    }
    m_retryTimer->start(delay);
}

FoundryError FoundryReply::classify(HttpExchange *exchange)
{
    FoundryError error;
    m_httpStatus = exchange->failure() == HttpExchange::Failure::None ? exchange->response().status : 0;
    switch (exchange->failure()) {
    case HttpExchange::Failure::None:
        break;
    case HttpExchange::Failure::Tls:
        return FoundryError(FoundryError::Kind::Tls, exchange->errorString());
    case HttpExchange::Failure::ConnectFailed:
        return FoundryError(FoundryError::Kind::Network, exchange->errorString());
    case HttpExchange::Failure::Timeout:
    case HttpExchange::Failure::Closed:
        error = FoundryError(FoundryError::Kind::Network, exchange->errorString());
        error.setMayHaveReachedFoundry(exchange->requestMayHaveArrived());
        return error;
    case HttpExchange::Failure::Protocol:
    case HttpExchange::Failure::TooLarge:
        error = FoundryError(FoundryError::Kind::MalformedResponse, exchange->errorString());
        error.setMayHaveReachedFoundry(true);
        return error;
    }

    FoundryAnswer answer = FoundryAnswer::read(m_operation == Operation::Generate ? FoundryAnswer::Expected::Certificate
                                                                                  : FoundryAnswer::Expected::Acknowledgement,
                                               exchange->response());
    if (m_operation == Operation::Generate)
        m_generateResponse = answer.takeGenerateResponse();
    m_foundryMessage = answer.message();
    return answer.error();
}

bool FoundryReply::mayRetry(const FoundryError &error) const
{
    if (m_attempts >= m_policy.maxAttempts)
        return false;
    if (error.kind() == FoundryError::Kind::RateLimited
        || (error.kind() == FoundryError::Kind::Server && error.httpStatus() == 503))
        return true;
    // A garbled answer to a revoke (a proxy's page, a body cut short) may hide a success; sending it
    // again is safe, and finding the certificate gone then counts as done. Provision is retried by
    // the job that sent it, with its own backoff.
    if (error.kind() == FoundryError::Kind::MalformedResponse)
        return error.mayHaveReachedFoundry() && m_operation == Operation::Revoke;
    if (error.kind() != FoundryError::Kind::Network)
        return false;
    // Sending generate again after it may have reached Foundry could make a second certificate.
    return !error.mayHaveReachedFoundry() || m_operation != Operation::Generate;
}

std::chrono::milliseconds FoundryReply::backoff(const FoundryError &error) const
{
    if (error.retryAfter() > 0ms)
        return qMin(error.retryAfter(), m_policy.maxBackoff);
    const int doublings = qMin(m_attempts - 1, 16);
    const std::chrono::milliseconds exponential = qMin(m_policy.initialBackoff * (1 << doublings), m_policy.maxBackoff);
    // Jitter keeps several lanes that failed together from retrying together.
    const qint64 jitter = QRandomGenerator::global()->bounded(qint64(exponential.count() / 5 + 1));
    return exponential + std::chrono::milliseconds(jitter);
}

void FoundryReply::finish(FoundryError error)
{
    if (m_finished)
        return;
    // A revoke whose earlier attempt may have gone through finds the certificate gone: that is done.
    if (m_operation == Operation::Revoke && error.kind() == FoundryError::Kind::NotFound && m_attempts > 1
        && m_earlierAttemptMayHaveActed) {
        error = FoundryError();
        m_foundryMessage = tr("already revoked by an earlier attempt whose answer was lost");
    }
    // The last attempt may never have reached Foundry while an earlier one did (as abort() also reports).
    if (error.isError() && m_earlierAttemptMayHaveActed)
        error.setMayHaveReachedFoundry(true);
    if (m_operation == Operation::Generate && error.isError() && error.mayHaveReachedFoundry()
        && m_generateResponse.id().isEmpty()) {
        const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        error.setConsequence(m_generateActivates
            ? tr("Foundry may have created and activated a certificate at %1 whose ID never arrived. Nobody "
                 "holds its private key, but ask Foundry support to delete certificates created at that time.")
                  .arg(when)
            : tr("Foundry may have created a certificate at %1 whose ID never arrived. It is INACTIVE and tied "
                 "to no device, so it cannot be used to connect; ask Foundry support to delete INACTIVE "
                 "certificates created at that time.").arg(when));
    }
    m_error = error;
    m_finished = true;
    m_elapsedMs = m_clock.elapsed();
    Q_EMIT finished();
}
