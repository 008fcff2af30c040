#pragma once

#include "emulator/EmulatorCertificate.h"
#include "emulator/EmulatorFault.h"
#include "emulator/EmulatorRequest.h"
#include "emulator/IssuedCertificate.h"

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QThreadPool>
#include <QUrl>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <variant>

class CertificateAuthority;
class KeyReserve;
class QTcpServer;

// A local stand-in for the Foundry certificate API (see docs/foundry-emulator.md): it issues
// real certificates from its own CA, keeps their state, and misbehaves on request.
//
// Everything runs on the thread the emulator lives in, except the costly part of generate: the
// RSA key pair and the signature are made on a thread pool, so that concurrent generates are
// served concurrently and the emulator keeps answering other requests meanwhile. Faults, the
// request log and the certificates' state are only ever touched on the emulator's thread.
class FoundryEmulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Only loopback addresses are accepted: the emulator hands out private keys to anyone
        // who knows the token.
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;
        bool tls = true;
        QString token;
        QByteArray authHeader = QByteArrayLiteral("Authorization");
        // Empty sends the bare token in the header.
        QString authScheme = QStringLiteral("Bearer");
        QString region = QStringLiteral("us-west-2");
        QString account = QStringLiteral("123456789012");
        // Where generate makes key pairs and signs certificates. Null: a pool of the emulator's
        // own, one thread per core. It must outlive the emulator's requests in flight.
        QThreadPool *issuingPool = nullptr;
        // Key pairs made ahead, taken by generate before it makes one of its own.
        std::shared_ptr<KeyReserve> keyReserve;
    };

    explicit FoundryEmulator(Options options, QObject *parent = nullptr);
    ~FoundryEmulator() override;

    bool start(QString *error);
    QUrl baseUrl() const;
    // Empty before start().
    QByteArray caCertificatePem() const;

    QList<EmulatorCertificate> certificates() const;
    std::optional<EmulatorCertificate> certificate(const QString &id) const;

    // Requests to the Foundry API and unknown paths; the /emulator/ administration requests are
    // left out so that they do not disturb what a test checks.
    QList<EmulatorRequest> requests() const;
    void clearRequests();

    QList<EmulatorFault> faults() const;
    void addFault(const EmulatorFault &fault);
    void clearFaults();

Q_SIGNALS:
    // Every request, administration included, once its outcome is decided.
    void requestHandled(const EmulatorRequest &request);

private:
    enum class Route {
        Unknown,
        Generate,
        Provision,
        Revoke,
        AdminCertificates,
        AdminRequests,
        AdminFaults,
    };

    // What generate settles on the emulator's thread before the key pair exists: the record's
    // status and topics, and the faults it took, in the order requests arrived.
    struct PendingGenerate
    {
        EmulatorCertificate record;
        // The faults that spoil this certificate or its key.
        QList<EmulatorFault::Kind> faults;

        bool has(EmulatorFault::Kind kind) const { return faults.contains(kind); }
    };

    // What the issuing pool makes for one generate.
    struct IssuedKeys
    {
        std::optional<IssuedCertificate> issued;
        // Set for a key-mismatch or extra-key fault: a key of another key pair of the same type.
        std::optional<QByteArray> otherKey;
        QString error;
    };

    struct Outcome
    {
        QHttpServerResponse response;
        // Set while generate's key pair is still being made; response is filled in then.
        std::optional<PendingGenerate> pendingGenerate{};
        bool malformedJson = false;
        bool dropConnection = false;
        std::chrono::milliseconds delay{0};
    };

    // A responder held while the answer is made or deliberately delayed.
    struct HeldReply
    {
        QHttpServerResponder responder;
        Outcome outcome;
        QHostAddress address;
        quint16 port = 0;
    };

    void addRoute(const QString &path, Route route);
    void handle(Route route, const QHttpServerRequest &request, QHttpServerResponder &responder);
    Outcome decide(Route route, const QHttpServerRequest &request);
    // Logs the request with its final status and answers it, now or after the outcome's delay.
    // A held reply whose client has gone answers nobody.
    void deliver(EmulatorRequest record, bool administrative, QHttpServerResponder &responder,
                 Outcome outcome, const QHostAddress &address, quint16 port, bool held);
    void finish(QHttpServerResponder &responder, const Outcome &outcome, QTcpSocket *socket);
    QTcpSocket *connection(const QHostAddress &address, quint16 port);

    bool isAuthenticated(const QHttpServerRequest &request) const;
    std::optional<EmulatorFault> takeFault(EmulatorFault::Endpoint endpoint,
                                           std::initializer_list<EmulatorFault::Kind> kinds);

    // Checks the request and takes generate's faults; either the final (error) response or what
    // the issuing pool must make before finishGenerate() can answer.
    std::variant<QHttpServerResponse, PendingGenerate>
    startGenerate(const QHttpServerRequest &request);
    static IssuedKeys issueKeys(const CertificateAuthority &authority,
                                const QList<EmulatorFault::Kind> &faults, KeyReserve *reserve);
    QHttpServerResponse finishGenerate(const PendingGenerate &pending, const IssuedKeys &keys);
    QHttpServerResponse provision(const QHttpServerRequest &request);
    QHttpServerResponse revoke(const QHttpServerRequest &request);
    QHttpServerResponse administer(Route route, const QHttpServerRequest &request);

    QString arnFor(const QString &id) const;
    qsizetype indexOfCertificate(const QString &id) const;

    Options m_options;
    // Shared with the issuing pool's tasks, which may outlive the emulator.
    std::shared_ptr<const CertificateAuthority> m_authority;
    QThreadPool m_ownIssuingPool;
    QList<EmulatorCertificate> m_certificates;
    QList<EmulatorRequest> m_requests;
    QList<EmulatorFault> m_faults;
    QList<QPointer<QTcpSocket>> m_connections;
    QHttpServer m_server;
    QTcpServer *m_listener = nullptr;
    // Declared after m_server so that held responders go before the connections they answer.
    std::map<quint64, HeldReply> m_heldReplies;
    quint64 m_nextHeldReply = 0;
};
