#include "emulator/FoundryEmulator.h"

#include "emulator/CertificateAuthority.h"
#include "emulator/ConnectionTrackingServer.h"

#include <QCryptographicHash>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QtConcurrentRun>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

using StatusCode = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;
using Kind = EmulatorFault::Kind;
using Endpoint = EmulatorFault::Endpoint;

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return u"GET"_s;
    case Method::Put:
        return u"PUT"_s;
    case Method::Delete:
        return u"DELETE"_s;
    case Method::Post:
        return u"POST"_s;
    case Method::Head:
        return u"HEAD"_s;
    case Method::Options:
        return u"OPTIONS"_s;
    case Method::Patch:
        return u"PATCH"_s;
    case Method::Connect:
        return u"CONNECT"_s;
    case Method::Trace:
        return u"TRACE"_s;
    case Method::Unknown:
    case Method::AnyKnown:
        break;
    }
    return u"UNKNOWN"_s;
}

// Query values are read the way HTML forms and Express decode them, where '+' is a space: a
// client that leaves the '+' of an MQTT wildcard unencoded is caught here rather than in
// production.
QString formValue(const QUrlQuery &query, const QString &name)
{
    QByteArray value = query.queryItemValue(name, QUrl::FullyEncoded).toLatin1();
    value.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
}

QHttpServerResponse message(StatusCode status, const QString &text)
{
    return QHttpServerResponse(QJsonObject{{u"message"_s, text}}, status);
}

QHttpServerResponse withHeader(QHttpServerResponse response, QHttpHeaders::WellKnownHeader name,
                               const QByteArray &value)
{
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(name, value);
    response.setHeaders(std::move(headers));
    return response;
}

// Foundry takes topics as a JSON array of strings; anything else is the client's mistake.
std::optional<QStringList> topicList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList topics;
    for (const QJsonValue &topic : value.toArray()) {
        if (!topic.isString())
            return std::nullopt;
        topics.append(topic.toString());
    }
    return topics;
}

// Replacing the DER SEQUENCE header with 0xff bytes leaves valid base64 and PEM armour around a
// body that no DER parser accepts.
QByteArray corrupted(const QByteArray &certificatePem)
{
    QByteArray pem = certificatePem;
    const qsizetype body = pem.indexOf('\n') + 1;
    pem.replace(body, 4, "////");
    return pem;
}

QString randomId()
{
    std::array<quint32, 8> noise;
    QRandomGenerator::global()->fillRange(noise.data(), noise.size());
    const QByteArray bytes(reinterpret_cast<const char *>(noise.data()), sizeof(noise));
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString statusName(EmulatorCertificate::Status status)
{
    return status == EmulatorCertificate::Status::Active ? u"ACTIVE"_s : u"INACTIVE"_s;
}

QJsonObject toJson(const EmulatorCertificate &certificate)
{
    return {
        {u"id"_s, certificate.id},
        {u"arn"_s, certificate.arn},
        {u"status"_s, statusName(certificate.status)},
        {u"topics"_s, QJsonArray::fromStringList(certificate.topics)},
        {u"deviceId"_s, certificate.deviceId},
        {u"certificate"_s, QString::fromLatin1(certificate.certificatePem)},
        {u"issuedAt"_s, certificate.issuedAt.toString(Qt::ISODateWithMs)},
    };
}

QJsonObject toJson(const EmulatorRequest &request)
{
    return {
        {u"method"_s, request.method},
        {u"path"_s, request.path},
        {u"query"_s, request.query.toString(QUrl::FullyEncoded)},
        {u"body"_s, QString::fromUtf8(request.body)},
        {u"authentication"_s, request.hasAuthentication},
        {u"status"_s, request.status},
    };
}

QString allowHeader(QHttpServerRequest::Methods methods)
{
    QStringList names;
    for (const Method method : {Method::Get, Method::Put, Method::Delete, Method::Post}) {
        if (methods.testFlag(method))
            names.append(methodName(method));
    }
    return names.join(u", "_s);
}

// What a captive portal or a proxy that wants a login answers in Foundry's place.
constexpr QByteArrayView loginPage = R"(<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in to continue</title></head>
<body>
<h1>Guest network</h1>
<p>Sign in to use the internet.</p>
<form method="post" action="/portal/login">
<label>User name <input name="user"></label>
<label>Password <input name="password" type="password"></label>
<button type="submit">Sign in</button>
</form>
</body>
</html>
)";

// Everything a message printed raw does to a terminal: it retitles the window (OSC 0 ended by BEL),
// clears the screen (CSI 2 J), overwrites its own line (CR), forges a line of the station's own
// (LF, then PROVISIONED) and reverses the reading order of the rest (U+202E).
const QString hostileText = u"request refused\x1b]0;Foundry owns this terminal\x07\x1b[2J\r"
                            "all clear\nPROVISIONED dev-1 0000\n\u202eDELIAF"_s;

QHttpServerResponse rejection(const EmulatorFault &fault)
{
    const QByteArray retryAfter = QByteArray::number(fault.effectiveValue());
    switch (fault.kind) {
    case Kind::HtmlPage:
        return QHttpServerResponse("text/html; charset=utf-8"_ba, loginPage.toByteArray());
    case Kind::HostileMessage:
        return message(StatusCode::BadRequest, hostileText);
    case Kind::RateLimit:
        return withHeader(message(StatusCode::TooManyRequests, u"Rate exceeded (emulated)"_s),
                          QHttpHeaders::WellKnownHeader::RetryAfter, retryAfter);
    case Kind::Unavailable:
        return withHeader(message(StatusCode::ServiceUnavailable,
                                  u"Service unavailable (emulated)"_s),
                          QHttpHeaders::WellKnownHeader::RetryAfter, retryAfter);
    default:
        return message(StatusCode::InternalServerError, u"Internal server error (emulated)"_s);
    }
}

} // namespace

FoundryEmulator::FoundryEmulator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    addRoute(u"/foundry/certificates/generate"_s, Route::Generate);
    addRoute(u"/foundry/certificates/provision"_s, Route::Provision);
    addRoute(u"/foundry/certificates/revoke"_s, Route::Revoke);
    addRoute(u"/emulator/certificates"_s, Route::AdminCertificates);
    addRoute(u"/emulator/requests"_s, Route::AdminRequests);
    addRoute(u"/emulator/faults"_s, Route::AdminFaults);
    m_server.setMissingHandler(
            this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                handle(Route::Unknown, request, responder);
            });
}

FoundryEmulator::~FoundryEmulator() = default;

bool FoundryEmulator::start(QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (m_listener)
        return fail(u"the emulator is already running"_s);
    if (m_options.token.isEmpty())
        return fail(u"the emulator needs a token that clients must present"_s);
    if (!m_options.address.isLoopback()) {
        return fail(u"refusing to listen on %1: the emulator hands out private keys and only "
                    "listens on loopback addresses"_s.arg(m_options.address.toString()));
    }

    QString reason;
    m_authority = CertificateAuthority::create(&reason);
    if (!m_authority)
        return fail(u"cannot create the emulator's CA: "_s + reason);

    const auto accepted = [this](QTcpSocket *socket) {
        m_connections.removeIf([](const QPointer<QTcpSocket> &known) { return known.isNull(); });
        m_connections.append(socket);
    };
    std::unique_ptr<QTcpServer> listener;
    if (m_options.tls) {
        if (!QSslSocket::supportsSsl())
            return fail(u"TLS is not available in this Qt build; use plain HTTP"_s);
        CertificateRequest request;
        request.commonName = u"Foundry Emulator"_s;
        request.usage = CertificateRequest::Usage::Server;
        request.dnsNames = {u"localhost"_s};
        request.ipAddresses = {QHostAddress(QHostAddress::LocalHost),
                               QHostAddress(QHostAddress::LocalHostIPv6)};
        const std::optional<IssuedCertificate> issued = m_authority->issue(request, &reason);
        if (!issued)
            return fail(u"cannot issue the emulator's TLS certificate: "_s + reason);
        const QSslKey key(issued->privateKeyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            return fail(u"Qt cannot load the emulator's TLS key"_s);

        // No ALPN protocols are set, so clients get HTTP/1.1 and never share a connection
        // between requests in flight: dropping one connection drops exactly one request.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(issued->certificatePem, QSsl::Pem));
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto server = std::make_unique<ConnectionTrackingServer<QSslServer>>(accepted);
        server->setSslConfiguration(configuration);
        listener = std::move(server);
    } else {
        listener = std::make_unique<ConnectionTrackingServer<QTcpServer>>(accepted);
    }

    if (!listener->listen(m_options.address, m_options.port)) {
        return fail(u"cannot listen on %1 port %2: %3"_s.arg(m_options.address.toString())
                            .arg(m_options.port)
                            .arg(listener->errorString()));
    }
    if (!m_server.bind(listener.get()))
        return fail(u"cannot serve HTTP on %1"_s.arg(m_options.address.toString()));
    m_listener = listener.release(); // m_server owns it now
    return true;
}

QUrl FoundryEmulator::baseUrl() const
{
    if (!m_listener)
        return {};
    QUrl url;
    url.setScheme(m_options.tls ? u"https"_s : u"http"_s);
    url.setHost(m_options.address.toString());
    url.setPort(m_listener->serverPort());
    return url;
}

QByteArray FoundryEmulator::caCertificatePem() const
{
    return m_authority ? m_authority->caCertificatePem() : QByteArray();
}

QList<EmulatorCertificate> FoundryEmulator::certificates() const
{
    return m_certificates;
}

std::optional<EmulatorCertificate> FoundryEmulator::certificate(const QString &id) const
{
    const qsizetype index = indexOfCertificate(id);
    if (index < 0)
        return std::nullopt;
    return m_certificates.at(index);
}

QList<EmulatorRequest> FoundryEmulator::requests() const
{
    return m_requests;
}

void FoundryEmulator::clearRequests()
{
    m_requests.clear();
}

QList<EmulatorFault> FoundryEmulator::faults() const
{
    return m_faults;
}

void FoundryEmulator::addFault(const EmulatorFault &fault)
{
    // A count of zero would never run out, as takeFault() only removes a fault on reaching zero.
    if (fault.remaining != 0)
        m_faults.append(fault);
}

void FoundryEmulator::clearFaults()
{
    m_faults.clear();
}

void FoundryEmulator::addRoute(const QString &path, Route route)
{
    // Every method is routed here so that a wrong one gets 405 rather than 404.
    m_server.route(path, QHttpServerRequest::Method::AnyKnown, this,
                   [this, route](const QHttpServerRequest &request,
                                 QHttpServerResponder &responder) {
                       handle(route, request, responder);
                   });
}

void FoundryEmulator::handle(Route route, const QHttpServerRequest &request,
                             QHttpServerResponder &responder)
{
    EmulatorRequest record;
    record.method = methodName(request.method());
    record.path = request.url().path();
    record.query = request.query();
    record.body = request.body();
    record.hasAuthentication = request.headers().contains(m_options.authHeader);
    const bool administrative = route == Route::AdminCertificates
            || route == Route::AdminRequests || route == Route::AdminFaults;

    Outcome outcome = decide(route, request);
    if (!outcome.pendingGenerate) {
        deliver(std::move(record), administrative, responder, std::move(outcome),
                request.remoteAddress(), request.remotePort(), false);
        return;
    }

    // The key pair and the signature take tens of milliseconds of CPU: they are made on the
    // issuing pool while this thread serves other requests. Holding the responder keeps
    // QHttpServer from reading the next request on this connection meanwhile. The task needs
    // nothing of the emulator but its CA, and the continuation is dropped if the emulator goes
    // first.
    const PendingGenerate pending = *std::exchange(outcome.pendingGenerate, std::nullopt);
    const quint64 key = m_nextHeldReply++;
    m_heldReplies.emplace(key, HeldReply{std::move(responder), std::move(outcome),
                                         request.remoteAddress(), request.remotePort()});
    QThreadPool *pool = m_options.issuingPool ? m_options.issuingPool : &m_ownIssuingPool;
    QtConcurrent::run(pool, [authority = m_authority, reserve = m_options.keyReserve, faults = pending.faults] {
        return issueKeys(*authority, faults, reserve.get());
    }).then(this, [this, key, pending, record = std::move(record)](const IssuedKeys &keys) {
        auto node = m_heldReplies.extract(key);
        HeldReply &reply = node.mapped();
        reply.outcome.response = finishGenerate(pending, keys);
        deliver(record, false, reply.responder, std::move(reply.outcome), reply.address, reply.port,
                true);
    });
}

void FoundryEmulator::deliver(EmulatorRequest record, bool administrative,
                              QHttpServerResponder &responder, Outcome outcome,
                              const QHostAddress &address, quint16 port, bool held)
{
    if (outcome.malformedJson) {
        const QByteArray body = outcome.response.data();
        outcome.response = QHttpServerResponse("application/json"_ba, body.left(body.size() / 2),
                                               outcome.response.statusCode());
    }
    record.status = outcome.dropConnection ? 0 : int(outcome.response.statusCode());
    if (!administrative)
        m_requests.append(record);
    Q_EMIT requestHandled(record);

    if (outcome.delay.count() <= 0) {
        QTcpSocket *socket = connection(address, port);
        // A client that gave up waiting has nobody left to answer.
        if (held && !socket)
            return;
        finish(responder, outcome, socket);
        return;
    }

    // Holding the responder keeps QHttpServer from reading the next request on this connection
    // and keeps its protocol handler alive even if the client disconnects meanwhile.
    const std::chrono::milliseconds delay =
            std::exchange(outcome.delay, std::chrono::milliseconds(0));
    const quint64 key = m_nextHeldReply++;
    m_heldReplies.emplace(key, HeldReply{std::move(responder), std::move(outcome), address, port});
    QTimer::singleShot(delay, this, [this, key] {
        auto node = m_heldReplies.extract(key);
        HeldReply &delayed = node.mapped();
        if (QTcpSocket *socket = connection(delayed.address, delayed.port))
            finish(delayed.responder, delayed.outcome, socket);
    });
}

FoundryEmulator::Outcome FoundryEmulator::decide(Route route, const QHttpServerRequest &request)
{
    QHttpServerRequest::Methods allowed;
    Endpoint endpoint = Endpoint::Any;
    switch (route) {
    case Route::Unknown:
        return {message(StatusCode::NotFound,
                        u"no such endpoint: %1"_s.arg(request.url().path()))};
    case Route::Generate:
        allowed = Method::Get;
        endpoint = Endpoint::Generate;
        break;
    case Route::Provision:
        allowed = Method::Post;
        endpoint = Endpoint::Provision;
        break;
    case Route::Revoke:
        allowed = Method::Delete;
        endpoint = Endpoint::Revoke;
        break;
    case Route::AdminCertificates:
        allowed = Method::Get;
        break;
    case Route::AdminRequests:
        allowed = Method::Get | Method::Delete;
        break;
    case Route::AdminFaults:
        allowed = Method::Get | Method::Post | Method::Delete;
        break;
    }

    if (!allowed.testFlag(request.method())) {
        return {withHeader(message(StatusCode::MethodNotAllowed,
                                   u"%1 is not allowed on %2"_s.arg(
                                           methodName(request.method()), request.url().path())),
                           QHttpHeaders::WellKnownHeader::Allow, allowHeader(allowed).toLatin1())};
    }
    if (!isAuthenticated(request))
        return {message(StatusCode::Unauthorized, u"missing or invalid authentication token"_s)};
    if (endpoint == Endpoint::Any)
        return {administer(route, request)};

    // Every fault a request is subject to is taken now, in the order requests arrive, even when
    // generate finishes its work later: concurrent requests see the faults in a definite order.
    Outcome outcome{QHttpServerResponse(StatusCode::Ok)};
    if (const std::optional<EmulatorFault> fault =
                takeFault(endpoint, {Kind::Http500, Kind::RateLimit, Kind::Unavailable,
                                     Kind::HtmlPage, Kind::HostileMessage})) {
        outcome.response = rejection(*fault);
    } else {
        if (endpoint == Endpoint::Generate) {
            std::variant<QHttpServerResponse, PendingGenerate> started = startGenerate(request);
            if (auto *response = std::get_if<QHttpServerResponse>(&started))
                outcome.response = std::move(*response);
            else
                outcome.pendingGenerate = std::get<PendingGenerate>(std::move(started));
        } else {
            outcome.response = endpoint == Endpoint::Provision ? provision(request)
                                                               : revoke(request);
        }
        outcome.malformedJson = takeFault(endpoint, {Kind::MalformedJson}).has_value();
        outcome.dropConnection = takeFault(endpoint, {Kind::DropConnection}).has_value();
    }
    if (const std::optional<EmulatorFault> fault = takeFault(endpoint, {Kind::Slow}))
        outcome.delay = std::chrono::milliseconds(fault->effectiveValue());
    return outcome;
}

void FoundryEmulator::finish(QHttpServerResponder &responder, const Outcome &outcome,
                             QTcpSocket *socket)
{
    if (!outcome.dropConnection) {
        responder.sendResponse(outcome.response);
    } else if (socket) {
        // abort() rather than close(): nothing that was buffered may reach the client.
        socket->abort();
    }
}

QTcpSocket *FoundryEmulator::connection(const QHostAddress &address, quint16 port)
{
    m_connections.removeIf([](const QPointer<QTcpSocket> &socket) { return socket.isNull(); });
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_connections)) {
        if (socket->state() == QAbstractSocket::ConnectedState && socket->peerPort() == port
            && socket->peerAddress().isEqual(address)) {
            return socket;
        }
    }
    return nullptr;
}

bool FoundryEmulator::isAuthenticated(const QHttpServerRequest &request) const
{
    const QByteArray value = request.value(m_options.authHeader).trimmed();
    const QByteArray token = m_options.token.toUtf8();
    if (m_options.authScheme.isEmpty())
        return value == token;
    const qsizetype space = value.indexOf(' ');
    // The scheme is case-insensitive (RFC 9110, section 11.1); the token is not.
    return space > 0
            && value.left(space).compare(m_options.authScheme.toUtf8(), Qt::CaseInsensitive) == 0
            && value.mid(space + 1).trimmed() == token;
}

std::optional<EmulatorFault> FoundryEmulator::takeFault(Endpoint endpoint,
                                                        std::initializer_list<Kind> kinds)
{
    const auto fault = std::find_if(m_faults.begin(), m_faults.end(), [&](const EmulatorFault &f) {
        return f.appliesTo(endpoint) && std::find(kinds.begin(), kinds.end(), f.kind) != kinds.end();
    });
    if (fault == m_faults.end())
        return std::nullopt;
    const EmulatorFault taken = *fault;
    if (fault->remaining > 0 && --fault->remaining == 0)
        m_faults.erase(fault);
    return taken;
}

std::variant<QHttpServerResponse, FoundryEmulator::PendingGenerate>
FoundryEmulator::startGenerate(const QHttpServerRequest &request)
{
    PendingGenerate pending;
    const QUrlQuery query = request.query();
    if (query.hasQueryItem(u"topics"_s)) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(
                formValue(query, u"topics"_s).toUtf8(), &parseError);
        const std::optional<QStringList> topics = document.isArray()
                ? topicList(document.array())
                : std::nullopt;
        if (parseError.error != QJsonParseError::NoError || !topics) {
            return message(StatusCode::BadRequest,
                           u"topics must be a URL-encoded JSON array of strings"_s);
        }
        pending.record.status = EmulatorCertificate::Status::Active;
        pending.record.topics = *topics;
    }
    for (const Kind kind : EmulatorFault::certificateKinds()) {
        if (takeFault(Endpoint::Generate, {kind}))
            pending.faults.append(kind);
    }
    return pending;
}

// Runs on the issuing pool: only the CA, which is not modified after it was made, is shared.
FoundryEmulator::IssuedKeys FoundryEmulator::issueKeys(const CertificateAuthority &authority,
                                                       const QList<Kind> &faults, KeyReserve *reserve)
{
    CertificateRequest request;
    if (faults.contains(Kind::EcKey))
        request.keyType = CertificateRequest::KeyType::EcP256;
    else if (faults.contains(Kind::Ed25519Key))
        request.keyType = CertificateRequest::KeyType::Ed25519;
    IssuedKeys keys;
    keys.issued = authority.issue(request, &keys.error, reserve);
    if (keys.issued && (faults.contains(Kind::KeyMismatch) || faults.contains(Kind::ExtraKey)))
        keys.otherKey = CertificateAuthority::createPrivateKeyPem(request, &keys.error);
    return keys;
}

QHttpServerResponse FoundryEmulator::finishGenerate(const PendingGenerate &pending,
                                                    const IssuedKeys &keys)
{
    if (!keys.issued)
        return message(StatusCode::InternalServerError,
                       u"cannot issue a certificate: "_s + keys.error);
    const bool keyMismatch = pending.has(Kind::KeyMismatch);
    if ((keyMismatch || pending.has(Kind::ExtraKey)) && !keys.otherKey)
        return message(StatusCode::InternalServerError, u"cannot create a key: "_s + keys.error);
    const IssuedCertificate &issued = *keys.issued;

    EmulatorCertificate record = pending.record;
    record.id = pending.has(Kind::IdMismatch) ? randomId() : issued.id;
    record.arn = arnFor(record.id);
    record.certificatePem = issued.certificatePem;
    record.issuedAt = QDateTime::currentDateTimeUtc();
    m_certificates.append(record);

    QByteArray certificatePem = pending.has(Kind::CorruptCertificate)
            ? corrupted(issued.certificatePem)
            : issued.certificatePem;
    // The key where anyone may read it: a device's certificate slot.
    if (pending.has(Kind::ExtraPem))
        certificatePem += issued.privateKeyPem;
    QByteArray privateKeyPem = keyMismatch ? *keys.otherKey : issued.privateKeyPem;
    // Always a second key other than the first.
    if (pending.has(Kind::ExtraKey))
        privateKeyPem += keyMismatch ? issued.privateKeyPem : *keys.otherKey;
    return QHttpServerResponse(QJsonObject{
            {u"arn"_s, record.arn},
            {u"id"_s, record.id},
            {u"cert"_s, QString::fromLatin1(certificatePem.toBase64())},
            {u"private"_s, QString::fromLatin1(privateKeyPem.toBase64())},
    });
}

QHttpServerResponse FoundryEmulator::provision(const QHttpServerRequest &request)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return message(StatusCode::BadRequest,
                       u"the body must be a JSON object with arn, certId, deviceId and topics"_s);
    }
    const QJsonObject body = document.object();
    const QJsonValue arn = body.value(u"arn"_s);
    const QString certId = body.value(u"certId"_s).toString();
    const QString deviceId = body.value(u"deviceId"_s).toString();
    if (!arn.isString() || certId.isEmpty() || deviceId.isEmpty())
        return message(StatusCode::BadRequest, u"arn, certId and deviceId must be non-empty strings"_s);
    const std::optional<QStringList> topics = topicList(body.value(u"topics"_s));
    if (!topics)
        return message(StatusCode::BadRequest, u"topics must be an array of strings"_s);

    const qsizetype index = indexOfCertificate(certId);
    if (index < 0)
        return message(StatusCode::NotFound, u"no certificate with id %1"_s.arg(certId));
    EmulatorCertificate &certificate = m_certificates[index];
    if (arn.toString() != certificate.arn) {
        return message(StatusCode::BadRequest,
                       u"arn %1 does not belong to certificate %2"_s.arg(arn.toString(), certId));
    }
    if (!certificate.deviceId.isEmpty() && certificate.deviceId != deviceId) {
        return message(StatusCode::Conflict,
                       u"certificate %1 is associated with another device"_s.arg(certId));
    }
    certificate.status = EmulatorCertificate::Status::Active;
    certificate.topics = *topics;
    certificate.deviceId = deviceId;
    return message(StatusCode::Ok,
                   u"certificate %1 provisioned to device %2"_s.arg(certId, deviceId));
}

QHttpServerResponse FoundryEmulator::revoke(const QHttpServerRequest &request)
{
    // Clients send the parameters in the query, in a JSON body, or in both.
    const QUrlQuery query = request.query();
    QJsonObject body;
    if (!request.body().trimmed().isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return message(StatusCode::BadRequest, u"the body must be a JSON object"_s);
        body = document.object();
    }
    QString parameters[2];
    const QString names[2] = {u"certId"_s, u"deviceId"_s};
    for (int i = 0; i < 2; ++i) {
        const QString fromQuery = formValue(query, names[i]);
        const QJsonValue fromBody = body.value(names[i]);
        if (!fromBody.isUndefined() && !fromBody.isString())
            return message(StatusCode::BadRequest, u"%1 must be a string"_s.arg(names[i]));
        if (!fromQuery.isEmpty() && !fromBody.isUndefined() && fromBody.toString() != fromQuery) {
            return message(StatusCode::BadRequest,
                           u"%1 differs between the query and the body"_s.arg(names[i]));
        }
        parameters[i] = fromQuery.isEmpty() ? fromBody.toString() : fromQuery;
        if (parameters[i].isEmpty())
            return message(StatusCode::BadRequest, u"%1 is required"_s.arg(names[i]));
    }
    const QString &certId = parameters[0];
    const QString &deviceId = parameters[1];

    const qsizetype index = indexOfCertificate(certId);
    if (index < 0)
        return message(StatusCode::NotFound, u"no certificate with id %1"_s.arg(certId));
    const QString owner = m_certificates.at(index).deviceId;
    if (!owner.isEmpty() && owner != deviceId) {
        return message(StatusCode::Conflict,
                       u"certificate %1 is associated with another device"_s.arg(certId));
    }
    m_certificates.removeAt(index);
    return message(StatusCode::Ok, u"certificate %1 deleted"_s.arg(certId));
}

QHttpServerResponse FoundryEmulator::administer(Route route, const QHttpServerRequest &request)
{
    const Method method = request.method();
    if (route == Route::AdminCertificates) {
        QJsonArray list;
        for (const EmulatorCertificate &certificate : std::as_const(m_certificates))
            list.append(toJson(certificate));
        return QHttpServerResponse(list);
    }
    if (route == Route::AdminRequests) {
        if (method == Method::Delete) {
            clearRequests();
            return message(StatusCode::Ok, u"request log cleared"_s);
        }
        QJsonArray list;
        for (const EmulatorRequest &logged : std::as_const(m_requests))
            list.append(toJson(logged));
        return QHttpServerResponse(list);
    }

    if (method == Method::Delete) {
        clearFaults();
        return message(StatusCode::Ok, u"faults cleared"_s);
    }
    if (method == Method::Get) {
        QJsonArray list;
        for (const EmulatorFault &fault : std::as_const(m_faults))
            list.append(fault.toString());
        return QHttpServerResponse(list);
    }
    const QJsonValue spec = QJsonDocument::fromJson(request.body()).object().value(u"fault"_s);
    if (!spec.isString())
        return message(StatusCode::BadRequest, u"the body must be {\"fault\": \"<spec>\"}"_s);
    QString reason;
    const std::optional<EmulatorFault> fault = EmulatorFault::parse(spec.toString(), &reason);
    if (!fault)
        return message(StatusCode::BadRequest, reason);
    addFault(*fault);
    return message(StatusCode::Ok, u"fault %1 added"_s.arg(fault->toString()));
}

QString FoundryEmulator::arnFor(const QString &id) const
{
    return u"arn:aws:iot:%1:%2:cert/%3"_s.arg(m_options.region, m_options.account, id);
}

qsizetype FoundryEmulator::indexOfCertificate(const QString &id) const
{
    const auto found = std::find_if(m_certificates.cbegin(), m_certificates.cend(),
                                    [&id](const EmulatorCertificate &c) { return c.id == id; });
    return found == m_certificates.cend() ? -1 : std::distance(m_certificates.cbegin(), found);
}
