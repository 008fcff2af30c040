#pragma once

#include <QtCrypto>

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <functional>

class QObject;

// Where the Foundry access token of an environment is kept: the command line's environment variable
// or terminal prompt, a window's system keychain. Reading may take a while (a keychain may ask the
// person to unlock it), so every answer comes through a callback, always later from the event loop,
// never from within the call, and not at all once `context` is gone. Tokens are secrets: no
// implementation logs them, and each keeps them in QCA::SecureArray only.
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    // The token, or an empty one and why there is none in words a person can act on.
    using TokenRead = std::function<void(const QCA::SecureArray &token, const QString &problem)>;
    // Empty when done; otherwise why not.
    using Done = std::function<void(const QString &problem)>;

    virtual ~TokenStore() = default;

    virtual void read(const QString &environment, QObject *context, TokenRead done) = 0;

    // Whether store() and forget() can keep anything; a store that only reads refuses both.
    virtual bool canStore() const { return false; }
    virtual void store(const QString &environment, const QCA::SecureArray &token, QObject *context, Done done);
    virtual void forget(const QString &environment, QObject *context, Done done);

protected:
    // Queues the answer for context's thread, dropped if context is destroyed first.
    static void answer(QObject *context, TokenRead done, const QCA::SecureArray &token, const QString &problem);
    static void answer(QObject *context, Done done, const QString &problem);
};
