#pragma once

#include <QtCrypto>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <chrono>

// Where Foundry is and how to talk to it. The token lives in locked memory and is never written
// anywhere by the station; it comes from FOUNDRY_TOKEN or a prompt.
struct FoundryClientSettings
{
    Q_DECLARE_TR_FUNCTIONS(FoundryClientSettings)

public:
    QUrl baseUrl;
    QString caFile; // extra trust anchor (PEM), on top of the system's trust store
    QByteArray authHeader = QByteArrayLiteral("Authorization");
    QByteArray authScheme = QByteArrayLiteral("Bearer"); // empty: the header carries the bare token
    QCA::SecureArray token;

    std::chrono::milliseconds transferTimeout{30000};
    int maxAttempts = 4;                               // for 429, 503 and safe network retries
    std::chrono::milliseconds initialBackoff{1000};    // doubled on every retry
    std::chrono::milliseconds maxBackoff{30000};       // also caps what Retry-After may ask for

    // Empty when usable; otherwise why not, in words a person can act on.
    QString validate() const;
};
