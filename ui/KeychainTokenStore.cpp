#include "KeychainTokenStore.h"

#include <qt6keychain/keychain.h>


namespace {

using Kind = TokenStore::Secret::Kind;

// The keychain cannot be used. QtKeychain says NoBackendAvailable only where it finds no backend
// library at all; through libsecret, a session bus or Secret Service that is not there comes back as
// OtherError with D-Bus's message. Either way the token is kept in memory for the session instead,
// which is no weaker than asking for it each time: it never reaches the disk. A journal's password
// likewise.
bool noKeychainService(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

void KeychainTokenStore::read(const Secret &secret, QObject *context, TokenRead done)
{
    if (m_noKeychain) {
        m_session.read(secret, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(secret.key());
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [this, secret, context, done = std::move(done)](QKeychain::Job *finished) mutable {
                         auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         if (noKeychainService(read->error())) {
                             m_noKeychain = true;
                             m_session.read(secret, context, std::move(done));
                             return;
                         }
                         if (read->error() == QKeychain::EntryNotFound) {
                             // A journal without a password of its own: libpq then looks in PGPASSFILE.
                             done({}, secret.kind == Kind::AccessToken
                                          ? tr("no Foundry access token for %1 in the keychain: enter it in Settings")
                                                .arg(secret.name)
                                          : QString());
                             return;
                         }
                         if (read->error() != QKeychain::NoError) {
                             done({}, secret.kind == Kind::AccessToken
                                          ? tr("the keychain did not give the access token for %1 (%2)")
                                                .arg(secret.name, read->errorString())
                                          : tr("the keychain did not give the database password for %1 (%2); unlock "
                                               "the keychain, or enter the password in Settings again")
                                                .arg(secret.name, read->errorString()));
                             return;
                         }
                         QByteArray data = read->binaryData();
                         const QCA::SecureArray token(data);
                         data.fill('\0');
                         done(token, {});
                     });
    job->start();
}

void KeychainTokenStore::store(const Secret &secret, const QCA::SecureArray &token, QObject *context, Done done)
{
    if (m_noKeychain) {
        m_session.store(secret, token, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(secret.key());
    job->setBinaryData(token.toByteArray());
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [this, secret, token, context, done = std::move(done)](QKeychain::Job *finished) mutable {
                         if (noKeychainService(finished->error())) {
                             m_noKeychain = true;
                             m_session.store(secret, token, context, std::move(done));
                             return;
                         }
                         if (finished->error() == QKeychain::NoError) {
                             done({});
                             return;
                         }
                         done(secret.kind == Kind::AccessToken
                                  ? tr("the keychain did not keep the access token for %1 (%2)")
                                        .arg(secret.name, finished->errorString())
                                  : tr("the keychain did not keep the database password for %1 (%2)")
                                        .arg(secret.name, finished->errorString()));
                     });
    job->start();
}

void KeychainTokenStore::forget(const Secret &secret, QObject *context, Done done)
{
    if (m_noKeychain) {
        m_session.forget(secret, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(secret.key());
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [secret, done = std::move(done)](QKeychain::Job *finished) {
                         if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
                             done({});
                             return;
                         }
                         done(secret.kind == Kind::AccessToken
                                  ? tr("the keychain did not forget the access token for %1 (%2)")
                                        .arg(secret.name, finished->errorString())
                                  : tr("the keychain did not forget the database password for %1 (%2)")
                                        .arg(secret.name, finished->errorString()));
                     });
    job->start();
}
