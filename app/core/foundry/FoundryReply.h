#pragma once

#include "foundry/FoundryError.h"
#include "foundry/GenerateResponse.h"
#include "foundry/HttpExchange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <chrono>

class QTimer;

// One call to Foundry, through all of its attempts. Like QNetworkReply it belongs to the client that
// made it; delete it (deleteLater) once finished() has been handled.
class FoundryReply : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Generate, Provision, Revoke };
    Q_ENUM(Operation)

    ~FoundryReply() override;

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    FoundryError error() const { return m_error; }
    int attempts() const { return m_attempts; }
    // What Foundry said on success, if it said anything.
    QString foundryMessage() const { return m_foundryMessage; }
    // The HTTP status of the last answer; 0 when no answer arrived.
    int httpStatus() const { return m_httpStatus; }
    // From the call to its end, through all of its attempts and the waits between them.
    qint64 elapsedMs() const { return m_elapsedMs; }

    // For generate: the response as received. Present on success, and on a malformed response when
    // Foundry sent anything at all, so that a certificate id it contains can still be revoked.
    const GenerateResponse &generateResponse() const { return m_generateResponse; }
    // Hands over the response, key included; the reply keeps nothing secret afterwards.
    GenerateResponse takeGenerateResponse();

    void abort();

Q_SIGNALS:
    void retryScheduled(int nextAttempt, qint64 delayMs, const FoundryError &reason);
    void finished();

private:
    friend class FoundryClient;

    struct RetryPolicy
    {
        int maxAttempts;
        std::chrono::milliseconds initialBackoff;
        std::chrono::milliseconds maxBackoff;
    };

    FoundryReply(Operation operation, HttpRequest request, QSslConfiguration tls, std::chrono::milliseconds timeout,
                 RetryPolicy policy, QObject *parent);

    void startAttempt();
    void handleAttempt(HttpExchange *exchange);
    FoundryError classify(HttpExchange *exchange);
    bool mayRetry(const FoundryError &error) const;
    std::chrono::milliseconds backoff(const FoundryError &error) const;
    void finish(FoundryError error);

    Operation m_operation;
    HttpRequest m_request;
    QSslConfiguration m_tls;
    std::chrono::milliseconds m_timeout;
    RetryPolicy m_policy;

    QPointer<HttpExchange> m_current;
    QTimer *m_retryTimer = nullptr;
    int m_attempts = 0;
    bool m_earlierAttemptMayHaveActed = false;
    bool m_generateActivates = false;
    bool m_finished = false;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    int m_httpStatus = 0;
    FoundryError m_error;
    QString m_foundryMessage;
    GenerateResponse m_generateResponse;
};
