#pragma once

#include "foundry/TokenStore.h"

#include <QHash>

// Tokens kept in memory for this session only, in secure memory, never written anywhere: where no
// keychain service runs, the token is asked for once and kept here until the station closes.
class SessionTokenStore : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(SessionTokenStore)

public:
    void read(const QString &environment, QObject *context, TokenRead done) override;
    bool canStore() const override { return true; }
    void store(const QString &environment, const QCA::SecureArray &token, QObject *context, Done done) override;
    void forget(const QString &environment, QObject *context, Done done) override;

private:
    QHash<QString, QCA::SecureArray> m_tokens;
};
