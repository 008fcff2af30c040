#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>

// What went wrong talking to Foundry, as a value that a front end can show and a job can act on.
class FoundryError
{
    Q_DECLARE_TR_FUNCTIONS(FoundryError)

public:
    enum class Kind {
        None,
        Configuration,     // the station's own settings are unusable (bad URL, unreadable CA file)
        Network,           // no usable answer: refused, unreachable, dropped, timed out
        Tls,               // the server's identity could not be verified
        Unauthorized,      // 401/403: token missing, wrong or without rights
        NotFound,          // 404: the certificate or device is unknown to Foundry
        Rejected,          // other 4xx: Foundry understood and refused the request
        RateLimited,       // 429 still after every retry
        Server,            // 5xx
        MalformedResponse, // an answer that does not have the documented shape
    };

    FoundryError() = default;
    FoundryError(Kind kind, QString detail, int httpStatus = 0, QString foundryMessage = {});

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // Foundry's own words from the response body, if it sent any.
    QString foundryMessage() const { return m_foundryMessage; }
    // Technical detail: the Qt error string, the parser's complaint.
    QString detail() const { return m_detail; }

    // True when the request may have been acted on by Foundry although no answer arrived.
    bool mayHaveReachedFoundry() const { return m_mayHaveReachedFoundry; }
    void setMayHaveReachedFoundry(bool reached) { m_mayHaveReachedFoundry = reached; }

    // Whether waiting and sending the same request again can help.
    bool isTransient() const;
    std::chrono::milliseconds retryAfter() const { return m_retryAfter; }
    void setRetryAfter(std::chrono::milliseconds delay) { m_retryAfter = delay; }

    // What the failure leaves behind, when a person must know it (a certificate that may exist).
    QString consequence() const { return m_consequence; }
    void setConsequence(const QString &consequence) { m_consequence = consequence; }

    // What happened, in one sentence: enough while the station is still retrying.
    QString summary() const;
    // What a person should do about it.
    QString advice() const;
    // What happened, Foundry's own words, what to do next and what is left behind.
    QString message() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_detail;
    QString m_foundryMessage;
    QString m_consequence;
    bool m_mayHaveReachedFoundry = false;
    std::chrono::milliseconds m_retryAfter{0};
};
