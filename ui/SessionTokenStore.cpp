#include "SessionTokenStore.h"

void SessionTokenStore::read(const QString &environment, QObject *context, TokenRead done)
{
    const QCA::SecureArray token = m_tokens.value(environment);
    answer(context, std::move(done), token,
           token.isEmpty() ? tr("no Foundry access token for %1 yet: enter it in Settings").arg(environment) : QString());
}

void SessionTokenStore::store(const QString &environment, const QCA::SecureArray &token, QObject *context, Done done)
{
    m_tokens.insert(environment, token);
    answer(context, std::move(done), {});
}

void SessionTokenStore::forget(const QString &environment, QObject *context, Done done)
{
    m_tokens.remove(environment);
    answer(context, std::move(done), {});
}
