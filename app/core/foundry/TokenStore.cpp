#include "foundry/TokenStore.h"

#include <QMetaObject>
#include <QObject>

QString TokenStore::Secret::key() const
{
    return (kind == Kind::AccessToken ? QStringLiteral("token/") : QStringLiteral("journal-password/")) + name;
}

void TokenStore::store(const Secret &secret, const QCA::SecureArray &token, QObject *context, Done done)
{
    Q_UNUSED(token)
    answer(context, std::move(done),
           secret.kind == Secret::Kind::AccessToken
               ? tr("this station cannot keep the access token for %1; give it each time it is asked for").arg(secret.name)
               : tr("this station cannot keep the database password for %1; put it in the file PGPASSFILE names")
                     .arg(secret.name));
}

void TokenStore::forget(const Secret &secret, QObject *context, Done done)
{
    answer(context, std::move(done),
           secret.kind == Secret::Kind::AccessToken
               ? tr("this station keeps no access token for %1, so there is none to forget").arg(secret.name)
               : tr("this station keeps no database password for %1, so there is none to forget").arg(secret.name));
}

void TokenStore::answer(QObject *context, TokenRead done, const QCA::SecureArray &token, const QString &problem)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), token, problem] { done(token, problem); }, Qt::QueuedConnection);
}

void TokenStore::answer(QObject *context, Done done, const QString &problem)
{
    QMetaObject::invokeMethod(context, [done = std::move(done), problem] { done(problem); }, Qt::QueuedConnection);
}
