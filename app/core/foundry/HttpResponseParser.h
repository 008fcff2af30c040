#pragma once

#include "foundry/HttpResponse.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// Reads one HTTP/1.x answer from the bytes of a connection as they arrive, in pieces of any size.
// Everything the server sends is hostile: the head and the body each have a hard limit that is
// enforced while reading, and only the shapes HTTP/1.1 defines are accepted (a three-digit status,
// "name: value" headers, a decimal Content-Length, hexadecimal chunk sizes). What it received is
// wiped when it is done with it, because the body may carry a private key.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    enum class Failure {
        None,
        Protocol, // the answer is not HTTP/1.x
        TooLarge, // the answer is larger than any Foundry answer can be
    };

    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    // requestMethod: an answer to HEAD has no body, whatever its headers say.
    explicit HttpResponseParser(QByteArrayView requestMethod = "GET");
    ~HttpResponseParser();
    HttpResponseParser(const HttpResponseParser &) = delete;
    HttpResponseParser &operator=(const HttpResponseParser &) = delete;

    // Consumes the next bytes of the connection. Bytes after a complete answer, or after a failure,
    // are ignored.
    void feed(QByteArrayView bytes);
    // The connection closed: completes an answer whose body runs until the close. Whether the answer
    // is complete after that is isComplete().
    void endOfInput();

    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_state == State::Failed; }
    // True once the status line arrived, for saying how far an answer got.
    bool hasStarted() const { return m_response.status != 0; }
    Failure failure() const { return m_failure; }
    QString errorString() const { return m_errorString; }

    // The answer; complete only when isComplete(). The body is wiped on failure.
    HttpResponse &response() { return m_response; }

private:
    enum class State { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Complete, Failed };
    enum class BodyFraming { ContentLength, Chunked, UntilClose };
    enum class Line { Taken, Incomplete, Failed };

    // The one transition function: moves on by one step; false when it needs more bytes or ended.
    bool step();
    Line takeLine(QByteArray *line);
    bool statusLine(const QByteArray &line);
    bool headerLine(const QByteArray &line);
    bool beginBody();
    bool chunkSize(const QByteArray &line);
    void takeBody(qsizetype bytes);
    void fail(Failure failure, const QString &errorString);
    void complete();

    bool m_headRequest;
    State m_state = State::StatusLine;
    BodyFraming m_framing = BodyFraming::UntilClose;
    qsizetype m_remaining = 0;
    // Bytes of the head (status lines and headers, interim answers included), of the current chunk
    // line or of the trailers, for their limit.
    qsizetype m_headBytes = 0;
    // Everything received; read from m_parsed on and wiped at the end, never shortened in between,
    // so that no part of it is freed unwiped.
    QByteArray m_received;
    qsizetype m_parsed = 0;
    Failure m_failure = Failure::None;
    QString m_errorString;
    HttpResponse m_response;
};
