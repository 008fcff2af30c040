#pragma once

#include "foundry/TokenStore.h"

#include <QHash>

// Tokens and journal passwords kept in memory for this session only, in secure memory, never written
// anywhere: where no keychain service runs, each is asked for once and kept here until the station
// closes.
class SessionTokenStore : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(SessionTokenStore)

public:
    void read(const Secret &secret, QObject *context, TokenRead done) override;
    bool canStore() const override { return true; }
    void store(const Secret &secret, const QCA::SecureArray &token, QObject *context, Done done) override;
    void forget(const Secret &secret, QObject *context, Done done) override;

private:
    // By Secret::key().
    QHash<QString, QCA::SecureArray> m_tokens;
};
