#include "KeychainTokenStore.h"

#include <qt6keychain/keychain.h>


namespace {

QString keychainKey(const QString &environment)
{
    return QStringLiteral("token/") + environment;
}

// The keychain cannot be used. QtKeychain says NoBackendAvailable only where it finds no backend
// library at all; through libsecret, a session bus or Secret Service that is not there comes back as
// OtherError with D-Bus's message. Either way the token is kept in memory for the session instead,
// which is no weaker than asking for it each time: it never reaches the disk.
bool noKeychainService(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

void KeychainTokenStore::read(const QString &environment, QObject *context, TokenRead done)
{
    if (m_noKeychain) {
        m_session.read(environment, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(keychainKey(environment));
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [this, environment, context, done = std::move(done)](QKeychain::Job *finished) mutable {
                         auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         if (noKeychainService(read->error())) {
                             m_noKeychain = true;
                             m_session.read(environment, context, std::move(done));
                             return;
                         }
                         if (read->error() == QKeychain::EntryNotFound) {
                             done({}, tr("no Foundry access token for %1 in the keychain: enter it in Settings")
                                          .arg(environment));
                             return;
                         }
                         if (read->error() != QKeychain::NoError) {
                             done({}, tr("the keychain did not give the access token for %1 (%2)")
                                          .arg(environment, read->errorString()));
                             return;
                         }
                         QByteArray data = read->binaryData();
                         const QCA::SecureArray token(data);
                         data.fill('\0');
                         done(token, {});
                     });
    job->start();
}

void KeychainTokenStore::store(const QString &environment, const QCA::SecureArray &token, QObject *context, Done done)
{
    if (m_noKeychain) {
        m_session.store(environment, token, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(keychainKey(environment));
    job->setBinaryData(token.toByteArray());
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [this, environment, token, context, done = std::move(done)](QKeychain::Job *finished) mutable {
                         if (noKeychainService(finished->error())) {
                             m_noKeychain = true;
                             m_session.store(environment, token, context, std::move(done));
                             return;
                         }
                         done(finished->error() == QKeychain::NoError
                                  ? QString()
                                  : tr("the keychain did not keep the access token for %1 (%2)")
                                        .arg(environment, finished->errorString()));
                     });
    job->start();
}

void KeychainTokenStore::forget(const QString &environment, QObject *context, Done done)
{
    if (m_noKeychain) {
        m_session.forget(environment, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(keychainKey(environment));
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [environment, done = std::move(done)](QKeychain::Job *finished) {
                         const bool gone = finished->error() == QKeychain::NoError
                             || finished->error() == QKeychain::EntryNotFound;
                         done(gone ? QString()
                                   : tr("the keychain did not forget the access token for %1 (%2)")
                                         .arg(environment, finished->errorString()));
                     });
    job->start();
}
