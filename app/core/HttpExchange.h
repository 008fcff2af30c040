#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QTcpSocket;
class QTimer;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    // The first header of that name, compared without regard to case.
    QByteArray header(QByteArrayView name) const;
};

// One HTTP/1.1 request on a connection of its own, sent exactly once. QNetworkAccessManager quietly
// sends a request again when its connection closes before the answer, which would make Foundry issue
// a second certificate; here a lost answer is reported, never retried. Owning the receive buffer
// also means the bytes of a private key can be wiped once read.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        None,
        ConnectFailed, // nothing was sent
        Tls,           // the server's identity could not be verified; nothing was sent
        Timeout,       // no progress for the inactivity timeout
        Closed,        // the connection ended before a complete answer
        Protocol,      // the answer is not HTTP/1.x
        TooLarge,      // the answer is larger than any Foundry answer can be
    };
    Q_ENUM(Failure)

    HttpExchange(HttpRequest request, const QSslConfiguration &tls, std::chrono::milliseconds inactivityTimeout,
                 QObject *parent = nullptr);
    ~HttpExchange() override;

    void start();
    void abort();

    Failure failure() const { return m_failure; }
    QString errorString() const { return m_errorString; }
    QStringList tlsErrors() const { return m_tlsErrors; }
    // True once any byte of the request may have reached the server.
    bool requestMayHaveArrived() const { return m_requestWritten; }
    HttpResponse &response() { return m_response; }

    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

Q_SIGNALS:
    void finished();

private:
    enum class State { Connecting, Sending, StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Done };
    enum class BodyFraming { ContentLength, Chunked, UntilClose };

    void sendRequest();
    void readAvailable();
    bool parse();
    bool takeLine(QByteArray *line);
    bool beginBody();
    void fail(Failure failure, const QString &errorString);
    void complete();
    void socketError();
    void disconnected();

    HttpRequest m_request;
    std::chrono::milliseconds m_inactivityTimeout;
    QTcpSocket *m_socket;
    QTimer *m_inactivity;
    State m_state = State::Connecting;
    BodyFraming m_framing = BodyFraming::UntilClose;
    qsizetype m_remaining = 0;
    // Everything received; read from m_parsed on and wiped at the end, never shortened in between,
    // so that no part of it is freed unwiped.
    QByteArray m_received;
    qsizetype m_parsed = 0;
    bool m_requestWritten = false;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    QString m_errorString;
    QStringList m_tlsErrors;
    HttpResponse m_response;
};
