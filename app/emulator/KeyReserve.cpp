#include "emulator/KeyReserve.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <iterator>

#include <openssl/rsa.h>

using namespace Qt::StringLiterals;

KeyReserve::KeyReserve(int rsaBits)
    : m_rsaBits(rsaBits)
{
}

KeyReserve::~KeyReserve() = default;

bool KeyReserve::fill(int count, QThreadPool *pool, QString *error)
{
    QList<QFuture<EVP_PKEY *>> made;
    for (int i = 0; i < count; ++i)
        made.append(QtConcurrent::run(pool, [bits = m_rsaBits] { return EVP_RSA_gen(static_cast<unsigned int>(bits)); }));
    std::vector<KeyPair> keys;
    for (QFuture<EVP_PKEY *> &future : made) {
        KeyPair key(future.result(), &EVP_PKEY_free);
        if (key)
            keys.push_back(std::move(key));
    }
    const int failed = count - int(keys.size());
    // Held only to add them: generate may take keys meanwhile.
    QMutexLocker locker(&m_mutex);
    std::move(keys.begin(), keys.end(), std::back_inserter(m_keys));
    if (failed > 0 && error)
        *error = u"%1 of %2 RSA-%3 key pairs could not be made"_s.arg(failed).arg(count).arg(m_rsaBits);
    return failed == 0;
}

KeyReserve::KeyPair KeyReserve::take(const CertificateRequest &request)
{
    KeyPair key(nullptr, &EVP_PKEY_free);
    if (request.keyType != CertificateRequest::KeyType::Rsa || request.keyBits != m_rsaBits)
        return key;
    QMutexLocker locker(&m_mutex);
    if (m_keys.empty())
        return key;
    key = std::move(m_keys.back());
    m_keys.pop_back();
    return key;
}

qsizetype KeyReserve::size() const
{
    QMutexLocker locker(&m_mutex);
    return qsizetype(m_keys.size());
}
