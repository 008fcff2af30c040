#pragma once

#include "foundry/FoundryError.h"
#include "foundry/GenerateResponse.h"
#include "foundry/HttpExchange.h"

#include <QCoreApplication>
#include <QString>

// What one complete HTTP answer from Foundry means. Only the answers the API documents count as
// success: a JSON object with a JSON content type and status 200 or 201 (204 with no body for the
// calls that return none). Anything else, a proxy's login page answered with 200 included, is an
// error, so that nothing is reported as done that Foundry did not confirm.
class FoundryAnswer
{
    Q_DECLARE_TR_FUNCTIONS(FoundryAnswer)

public:
    enum class Expected {
        Certificate,     // generate: id, arn, cert and private
        Acknowledgement, // provision and revoke: Foundry's standard success or failure object
    };

    // Reads the answer and wipes its body, which may hold a private key.
    static FoundryAnswer read(Expected expected, HttpResponse &response);

    FoundryError error() const { return m_error; }
    // Foundry's own words on success, control characters escaped; often empty.
    QString message() const { return m_message; }
    // For Expected::Certificate: the body as parsed, also when it was refused, so that a certificate
    // id it names can still be revoked.
    const GenerateResponse &generateResponse() const { return m_generateResponse; }
    GenerateResponse takeGenerateResponse() { return std::exchange(m_generateResponse, GenerateResponse()); }

    // "application/json" or any "+json" media type, parameters ignored.
    static bool isJsonContentType(QByteArrayView contentType);
    // The words of a failure body: "message", "error", "errorMessage" or "detail" of a JSON object,
    // or a short text/plain body; escaped and at most 500 characters.
    static QString messageFromBody(QByteArrayView body, QByteArrayView contentType);

private:
    void readSuccess(Expected expected, HttpResponse &response);
    void readFailure(const HttpResponse &response);

    FoundryError m_error;
    QString m_message;
    GenerateResponse m_generateResponse;
};
