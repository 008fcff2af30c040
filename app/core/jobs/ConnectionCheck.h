#pragma once

#include "jobs/LeftBehind.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class CertificateBundle;
class FoundryClient;
class FoundryReply;

// The proof that a Foundry environment works end to end (URL, token, TLS): generate a certificate,
// check it as a job would, revoke it again. The command line's check-api and the window's "Test
// connection" run this one check.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Outcome { Works, FoundryError, BundleRejected };
        // How generate and the checks went.
        Outcome outcome = Outcome::Works;
        QString errorKind; // FoundryError's or the first bundle finding's name
        QString message;   // what went wrong, in words; empty when it works
        QString certificateId;
        bool generated = false;
        bool revoked = false;
        // The test certificate, when revoking it failed: a person must see to it.
        std::optional<LeftBehind> leftBehind;
        QString revokeErrorKind;
        QString revokeMessage;

        bool works() const { return outcome == Outcome::Works && !leftBehind; }
    };

    // client must outlive the check.
    ConnectionCheck(FoundryClient *client, std::optional<QStringList> topics, QString deviceId,
                    QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void progress(const QString &message);
    // A request went out; for a front end that shows its retries.
    void requestStarted(FoundryReply *reply);
    void bundleChecked(const CertificateBundle &bundle);
    void finished(const ConnectionCheck::Result &result);

private:
    void generated(FoundryReply *reply);
    void revoked(FoundryReply *reply);

    FoundryClient *m_client;
    std::optional<QStringList> m_topics;
    QString m_deviceId;
    Result m_result;
};
