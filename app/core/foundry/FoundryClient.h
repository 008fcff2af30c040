#pragma once

#include "foundry/FoundryClientSettings.h"
#include "foundry/FoundryReply.h"

#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

#include <optional>

// The three calls of Foundry's certificate API, as its documentation describes them. Asynchronous:
// every call returns at once with a FoundryReply that reports finished().
class FoundryClient : public QObject
{
    Q_OBJECT

public:
    explicit FoundryClient(FoundryClientSettings settings, QObject *parent = nullptr);

    // Empty when the settings can be used; every call fails with a Configuration error otherwise.
    QString configurationProblem() const { return m_configurationProblem; }
    const FoundryClientSettings &settings() const { return m_settings; }

    // GET /foundry/certificates/generate. With topics, Foundry activates the certificate at once.
    // Not idempotent: once a request may have reached Foundry it is never sent again.
    FoundryReply *generate(const std::optional<QStringList> &topics = std::nullopt);
    // POST /foundry/certificates/provision: activate, attach the topic policy, tie to the device.
    FoundryReply *provision(const QString &arn, const QString &certificateId, const QString &deviceId,
                            const QStringList &topics);
    // DELETE /foundry/certificates/revoke: delete the certificate and untie it from the device.
    FoundryReply *revoke(const QString &certificateId, const QString &deviceId);

private:
    HttpRequest request(const QByteArray &method, const QString &path, const QString &query = {},
                        const QByteArray &jsonBody = {}) const;
    FoundryReply *send(FoundryReply::Operation operation, HttpRequest request);

    FoundryClientSettings m_settings;
    QString m_configurationProblem;
    QSslConfiguration m_tls;
};
