#include "SessionTokenStore.h"

void SessionTokenStore::read(const Secret &secret, QObject *context, TokenRead done)
{
    const QCA::SecureArray token = m_tokens.value(secret.key());
    QString problem;
    // A journal without a password of its own is no problem: libpq then looks in PGPASSFILE.
    if (token.isEmpty() && secret.kind == Secret::Kind::AccessToken)
        problem = tr("no Foundry access token for %1 yet: enter it in Settings").arg(secret.name);
    answer(context, std::move(done), token, problem);
}

void SessionTokenStore::store(const Secret &secret, const QCA::SecureArray &token, QObject *context, Done done)
{
    m_tokens.insert(secret.key(), token);
    answer(context, std::move(done), {});
}

void SessionTokenStore::forget(const Secret &secret, QObject *context, Done done)
{
    m_tokens.remove(secret.key());
    answer(context, std::move(done), {});
}
