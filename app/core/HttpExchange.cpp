#include "HttpExchange.h"

#include "SecureWipe.h"

#include <QHostAddress>
#include <QNetworkProxyFactory>
#include <QSslSocket>
#include <QTimer>

namespace {

constexpr qsizetype receiveReserve = 64 * 1024;

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

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpExchange::HttpExchange(HttpRequest request, const QSslConfiguration &tls, std::chrono::milliseconds inactivityTimeout,
                           QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_inactivityTimeout(inactivityTimeout)
    , m_inactivity(new QTimer(this))
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
    m_received.reserve(receiveReserve);
}

HttpExchange::~HttpExchange()
{
    SecureWipe::wipe(m_received);
}

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
    m_state = State::Sending;
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
    m_state = State::StatusLine;
    m_inactivity->start(m_inactivityTimeout);
}

void HttpExchange::readAvailable()
{
    if (m_finished)
        return;
    m_inactivity->start(m_inactivityTimeout);
    const qint64 available = m_socket->bytesAvailable();
    if (m_received.size() + available > maxHeaderBytes + maxBodyBytes) {
        fail(Failure::TooLarge, tr("the answer is larger than %1 bytes").arg(maxHeaderBytes + maxBodyBytes));
        return;
    }
    const qsizetype before = m_received.size();
    m_received.resize(before + available);
    const qint64 read = m_socket->read(m_received.data() + before, available);
    m_received.resize(before + qMax<qint64>(0, read));
    while (!m_finished && parse()) {
    }
}

bool HttpExchange::takeLine(QByteArray *line)
{
    const qsizetype end = m_received.indexOf('\n', m_parsed);
    if (end < 0) {
        if (m_received.size() - m_parsed > maxHeaderBytes)
            fail(Failure::Protocol, tr("a header line longer than %1 bytes").arg(maxHeaderBytes));
        return false;
    }
    *line = m_received.sliced(m_parsed, end - m_parsed);
    if (line->endsWith('\r'))
        line->chop(1);
    m_parsed = end + 1;
    return true;
}

// Moves the parser on by one step; false when it needs more bytes (or has finished).
bool HttpExchange::parse()
{
    QByteArray line;
    switch (m_state) {
    case State::Connecting:
    case State::Sending:
    case State::Done:
        return false;
    case State::StatusLine: {
        if (!takeLine(&line))
            return false;
        const QList<QByteArray> parts = line.split(' ');
        bool numeric = false;
        const int status = parts.size() >= 2 ? parts.at(1).toInt(&numeric) : 0;
        if (!line.startsWith("HTTP/1.") || !numeric || status < 100 || status > 599) {
            fail(Failure::Protocol, tr("the server did not answer in HTTP (it sent \"%1\")")
                                        .arg(QString::fromLatin1(line.left(40))));
            return false;
        }
        m_response.status = status;
        m_response.headers.clear();
        m_state = State::Headers;
        return true;
    }
    case State::Headers: {
        if (!takeLine(&line))
            return false;
        if (!line.isEmpty()) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                fail(Failure::Protocol, tr("a malformed header line"));
                return false;
            }
            m_response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            return true;
        }
        // Interim answers (100 Continue) come before the real one.
        if (m_response.status < 200) {
            m_state = State::StatusLine;
            return true;
        }
        return beginBody();
    }
    case State::Body: {
        const qsizetype available = m_received.size() - m_parsed;
        const qsizetype take = m_framing == BodyFraming::ContentLength ? qMin(available, m_remaining) : available;
        m_response.body.append(m_received.constData() + m_parsed, take);
        m_parsed += take;
        if (m_framing == BodyFraming::ContentLength) {
            m_remaining -= take;
            if (m_remaining == 0)
                complete();
        }
        return false;
    }
    case State::ChunkSize: {
        if (!takeLine(&line))
            return false;
        const qsizetype extension = line.indexOf(';');
        bool ok = false;
        const qlonglong size = (extension < 0 ? line : line.left(extension)).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || m_response.body.size() + size > maxBodyBytes) {
            fail(ok ? Failure::TooLarge : Failure::Protocol, tr("a malformed or oversized chunk in the answer"));
            return false;
        }
        m_remaining = size;
        m_state = size == 0 ? State::Trailers : State::ChunkData;
        return true;
    }
    case State::ChunkData: {
        const qsizetype take = qMin(m_received.size() - m_parsed, m_remaining);
        m_response.body.append(m_received.constData() + m_parsed, take);
        m_parsed += take;
        m_remaining -= take;
        if (m_remaining > 0)
            return false;
        m_state = State::ChunkEnd;
        return true;
    }
    case State::ChunkEnd:
        if (!takeLine(&line))
            return false;
        m_state = State::ChunkSize;
        return true;
    case State::Trailers:
        if (!takeLine(&line))
            return false;
        if (line.isEmpty())
            complete();
        return !m_finished;
    }
    return false;
}

bool HttpExchange::beginBody()
{
    const QByteArray transferEncoding = m_response.header("Transfer-Encoding").toLower();
    const QByteArray contentLength = m_response.header("Content-Length");
    const bool noBody = m_request.method == "HEAD" || m_response.status == 204 || m_response.status == 304;
    if (noBody) {
        complete();
        return false;
    }
    // Reserved up front so that the body, which may hold a key, is not copied while it grows.
    m_response.body.reserve(16 * 1024);
    if (transferEncoding.contains("chunked")) {
        m_framing = BodyFraming::Chunked;
        m_state = State::ChunkSize;
        return true;
    }
    if (!contentLength.isEmpty()) {
        bool ok = false;
        m_remaining = contentLength.toLongLong(&ok);
        if (!ok || m_remaining < 0 || m_remaining > maxBodyBytes) {
            fail(ok ? Failure::TooLarge : Failure::Protocol, tr("an unusable Content-Length \"%1\"")
                                                                  .arg(QString::fromLatin1(contentLength)));
            return false;
        }
        m_framing = BodyFraming::ContentLength;
        m_response.body.reserve(m_remaining);
        if (m_remaining == 0) {
            complete();
            return false;
        }
        m_state = State::Body;
        return true;
    }
    m_framing = BodyFraming::UntilClose;
    m_state = State::Body;
    return true;
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
    if (m_state == State::Body && m_framing == BodyFraming::UntilClose) {
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
    SecureWipe::wipe(m_response.body);
    complete();
}

void HttpExchange::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_state = State::Done;
    m_inactivity->stop();
    SecureWipe::wipe(m_received);
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT finished();
}
