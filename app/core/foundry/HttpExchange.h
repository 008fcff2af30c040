#pragma once

#include "foundry/HttpResponse.h"
#include "foundry/HttpResponseParser.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QTcpSocket;
class QTimer;

struct HttpRequest
{
    QByteArray method;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
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
    HttpResponse &response() { return m_parser.response(); }

    static constexpr qsizetype maxHeaderBytes = HttpResponseParser::maxHeaderBytes;
    static constexpr qsizetype maxBodyBytes = HttpResponseParser::maxBodyBytes;

Q_SIGNALS:
    void finished();

private:
    void sendRequest();
    void readAvailable();
    void fail(Failure failure, const QString &errorString);
    void complete();
    void socketError();
    void disconnected();

    HttpRequest m_request;
    std::chrono::milliseconds m_inactivityTimeout;
    QTcpSocket *m_socket;
    QTimer *m_inactivity;
    HttpResponseParser m_parser;
    // Each read from the socket, wiped once the parser has taken it.
    QByteArray m_readBuffer;
    bool m_requestWritten = false;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    QString m_errorString;
    QStringList m_tlsErrors;
};
