#pragma once

#include <QtCrypto>

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <functional>

class QObject;

// Where the Foundry access token of an environment is kept: the command line's environment variable
// or terminal prompt, a window's system keychain; and, in the window, the password of a shared
// journal's database. Reading may take a while (a keychain may ask the person to unlock it), so every
// answer comes through a callback, always later from the event loop, never from within the call, and
// not at all once `context` is gone. Tokens and passwords are secrets: no implementation logs them,
// and each keeps them in QCA::SecureArray only.
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    // What is kept under one name. Each kind has keys of its own, so that a journal's password never
    // takes the place of an environment's token, whatever the names.
    struct Secret
    {
        enum class Kind { AccessToken, JournalPassword };

        // An environment's Foundry access token: what a caller means that names only an environment.
        Secret(const QString &environment)
            : kind(Kind::AccessToken)
            , name(environment)
        {
        }
        // The password of the database account a shared journal logs in as (JournalLocation::account()).
        static Secret journalPassword(const QString &account)
        {
            Secret secret(account);
            secret.kind = Kind::JournalPassword;
            return secret;
        }
        // Where a store files it: "token/ENVIRONMENT" or "journal-password/ACCOUNT".
        QString key() const;

        Kind kind;
        // The environment, or the journal's account; for messages too.
        QString name;
    };

    // The token, or an empty one and why there is none in words a person can act on. A journal's
    // password that is not kept is no problem (libpq then looks in PGPASSFILE): it comes back empty,
    // without one.
    using TokenRead = std::function<void(const QCA::SecureArray &token, const QString &problem)>;
    // Empty when done; otherwise why not.
    using Done = std::function<void(const QString &problem)>;

    virtual ~TokenStore() = default;

    virtual void read(const Secret &secret, QObject *context, TokenRead done) = 0;

    // Whether store() and forget() can keep anything; a store that only reads refuses both.
    virtual bool canStore() const { return false; }
    virtual void store(const Secret &secret, const QCA::SecureArray &token, QObject *context, Done done);
    virtual void forget(const Secret &secret, QObject *context, Done done);

protected:
    // Queues the answer for context's thread, dropped if context is destroyed first.
    static void answer(QObject *context, TokenRead done, const QCA::SecureArray &token, const QString &problem);
    static void answer(QObject *context, Done done, const QString &problem);
};
