#pragma once

#include "EmulatorCertificate.h"
#include "EmulatorFault.h"
#include "EmulatorRequest.h"

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QUrl>

#include <chrono>
#include <map>
#include <memory>
#include <optional>

class CertificateAuthority;
class QTcpServer;

// A local stand-in for the Foundry certificate API (see docs/foundry-emulator.md): it issues
// real certificates from its own CA, keeps their state, and misbehaves on request.
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

    struct Outcome
    {
        QHttpServerResponse response;
        bool dropConnection = false;
        std::chrono::milliseconds delay{0};
    };

    struct DelayedReply
    {
        QHttpServerResponder responder;
        Outcome outcome;
        QHostAddress address;
        quint16 port = 0;
    };

    void addRoute(const QString &path, Route route);
    void handle(Route route, const QHttpServerRequest &request, QHttpServerResponder &responder);
    Outcome decide(Route route, const QHttpServerRequest &request);
    void finish(QHttpServerResponder &responder, const Outcome &outcome, QTcpSocket *socket);
    QTcpSocket *connection(const QHostAddress &address, quint16 port);

    bool isAuthenticated(const QHttpServerRequest &request) const;
    std::optional<EmulatorFault> takeFault(EmulatorFault::Endpoint endpoint,
                                           std::initializer_list<EmulatorFault::Kind> kinds);

    QHttpServerResponse generate(const QHttpServerRequest &request);
    QHttpServerResponse provision(const QHttpServerRequest &request);
    QHttpServerResponse revoke(const QHttpServerRequest &request);
    QHttpServerResponse administer(Route route, const QHttpServerRequest &request);

    QString arnFor(const QString &id) const;
    qsizetype indexOfCertificate(const QString &id) const;

    Options m_options;
    std::unique_ptr<CertificateAuthority> m_authority;
    QList<EmulatorCertificate> m_certificates;
    QList<EmulatorRequest> m_requests;
    QList<EmulatorFault> m_faults;
    QList<QPointer<QTcpSocket>> m_connections;
    QHttpServer m_server;
    QTcpServer *m_listener = nullptr;
    // Declared after m_server so that held responders go before the connections they answer.
    std::map<quint64, DelayedReply> m_delayedReplies;
    quint64 m_nextDelayedReply = 0;
};
