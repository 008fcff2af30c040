#pragma once

#include "SessionTokenStore.h"
#include "foundry/TokenStore.h"

// Tokens in the operating system's keychain (Secret Service, macOS Keychain, Windows Credential
// Manager) through QtKeychain, one entry per environment, and one per shared journal's database
// account for its password. Where no keychain service runs, they are kept in memory for this session
// only, never in plain text on disk (QtKeychain's insecure fallback stays off).
class KeychainTokenStore : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainTokenStore)

public:
    void read(const Secret &secret, QObject *context, TokenRead done) override;
    bool canStore() const override { return true; }
    void store(const Secret &secret, const QCA::SecureArray &token, QObject *context, Done done) override;
    void forget(const Secret &secret, QObject *context, Done done) override;

    static inline const QString service = QStringLiteral("foundry-station");

private:
    SessionTokenStore m_session;
    bool m_noKeychain = false;
};
