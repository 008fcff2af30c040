#include "foundry/TokenStore.h"

#include <QMetaObject>
#include <QObject>

void TokenStore::store(const QString &environment, const QCA::SecureArray &token, QObject *context, Done done)
{
    Q_UNUSED(token)
    answer(context, std::move(done),
           tr("this station cannot keep the access token for %1; give it each time it is asked for").arg(environment));
}

void TokenStore::forget(const QString &environment, QObject *context, Done done)
{
    answer(context, std::move(done),
           tr("this station keeps no access token for %1, so there is none to forget").arg(environment));
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
