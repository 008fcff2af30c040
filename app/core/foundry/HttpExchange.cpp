#include "foundry/HttpExchange.h"

#include "base/SecureWipe.h"

#include <QHostAddress>
#include <QNetworkProxyFactory>
#include <QSslSocket>
#include <QTimer>

namespace {

constexpr qsizetype readBufferBytes = 16 * 1024;

// The system's proxy (https_proxy and friends) for Foundry, tunnelled with CONNECT; never for this
// computer itself.
QNetworkProxy proxyFor(const QUrl &url)
{
    const QHostAddress address(url.host());
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy)
            return proxy;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

} // namespace

HttpExchange::HttpExchange(HttpRequest request, const QSslConfiguration &tls, std::chrono::milliseconds inactivityTimeout,
                           QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_inactivityTimeout(inactivityTimeout)
    , m_inactivity(new QTimer(this))
    , m_parser(m_request.method)
{
    const bool secure = m_request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (secure) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(tls);
        socket->setPeerVerifyName(m_request.url.host());
        connect(socket, &QSslSocket::encrypted, this, &HttpExchange::sendRequest);
        // Recorded to explain the failure; never ignored.
        connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_tlsErrors << error.errorString();
        });
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpExchange::sendRequest);
    }
    m_socket->setProxy(proxyFor(m_request.url));
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpExchange::readAvailable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { m_inactivity->start(m_inactivityTimeout); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpExchange::socketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpExchange::disconnected);

    m_inactivity->setSingleShot(true);
    connect(m_inactivity, &QTimer::timeout, this, [this] {
        fail(Failure::Timeout, tr("no answer within %1 seconds")
                                   .arg(static_cast<double>(m_inactivityTimeout.count()) / 1000));
    });
}

HttpExchange::~HttpExchange() = default;

void HttpExchange::start()
{
    const bool secure = qobject_cast<QSslSocket *>(m_socket) != nullptr;
    const quint16 port = static_cast<quint16>(m_request.url.port(secure ? 443 : 80));
    m_inactivity->start(m_inactivityTimeout);
    if (auto *socket = qobject_cast<QSslSocket *>(m_socket))
        socket->connectToHostEncrypted(m_request.url.host(), port);
    else
        m_socket->connectToHost(m_request.url.host(), port);
}

void HttpExchange::abort()
{
    fail(Failure::Closed, tr("cancelled"));
}

void HttpExchange::sendRequest()
{
    QByteArray target = m_request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray head = m_request.method + ' ' + target + " HTTP/1.1\r\nHost: " + m_request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemovePath | QUrl::RemoveQuery
                                                            | QUrl::RemoveFragment | QUrl::RemoveUserInfo).mid(2);
    head += "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    for (const auto &[name, value] : m_request.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    m_requestWritten = true;
    head += m_request.body;
    m_socket->write(head);
    // The head carries the access token.
    SecureWipe::wipe(head);
    m_inactivity->start(m_inactivityTimeout);
}

void HttpExchange::readAvailable()
{
    if (m_finished)
        return;
    m_inactivity->start(m_inactivityTimeout);
    // Bounded reads into one buffer that is wiped after each: the parser keeps its own limits.
    while (!m_finished && m_socket->bytesAvailable() > 0) {
        m_readBuffer.resize(readBufferBytes);
        const qint64 read = m_socket->read(m_readBuffer.data(), readBufferBytes);
        if (read > 0)
            m_parser.feed(QByteArrayView(m_readBuffer).first(read));
        SecureWipe::wipe(m_readBuffer);
        if (read <= 0)
            break;
        if (m_parser.hasFailed()) {
            fail(m_parser.failure() == HttpResponseParser::Failure::TooLarge ? Failure::TooLarge : Failure::Protocol,
                 m_parser.errorString());
        } else if (m_parser.isComplete()) {
            complete();
        }
    }
}

void HttpExchange::socketError()
{
    if (m_finished)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        disconnected();
        return;
    }
    if (error == QAbstractSocket::SslHandshakeFailedError || !m_tlsErrors.isEmpty()) {
        fail(Failure::Tls, m_tlsErrors.isEmpty() ? m_socket->errorString() : m_tlsErrors.join(QLatin1String("; ")));
        return;
    }
    if (!m_requestWritten) {
        fail(Failure::ConnectFailed, m_socket->errorString());
        return;
    }
    fail(Failure::Closed, m_socket->errorString());
}

void HttpExchange::disconnected()
{
    if (m_finished)
        return;
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
    if (m_finished)
        return;
    m_parser.endOfInput();
    if (m_parser.isComplete()) {
        complete();
        return;
    }
    if (!m_requestWritten)
        fail(Failure::ConnectFailed, tr("the server closed the connection before the request was sent"));
    else
        fail(Failure::Closed, tr("the connection closed before the answer was complete"));
}

void HttpExchange::fail(Failure failure, const QString &errorString)
{
    if (m_finished)
        return;
    m_failure = failure;
    m_errorString = errorString;
    SecureWipe::wipe(m_parser.response().body);
    complete();
}

void HttpExchange::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_inactivity->stop();
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT finished();
}
