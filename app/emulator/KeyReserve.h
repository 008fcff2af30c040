#pragma once

#include "emulator/CertificateRequest.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <openssl/evp.h>

#include <memory>
#include <vector>

class QThreadPool;

// RSA key pairs made before generate asks for them. A real Foundry makes its keys on its own
// machines; the emulator shares the station's, so a benchmark that wants the station's own figures
// fills a reserve before it starts the clock and generate only signs. Safe to take from several
// threads at once.
class KeyReserve
{
public:
    using KeyPair = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

    explicit KeyReserve(int rsaBits = CertificateRequest().keyBits);
    ~KeyReserve();
    Q_DISABLE_COPY_MOVE(KeyReserve)

    // Adds count key pairs, made on pool, and returns once they are all made; false with *error
    // set when one could not be made (the ones that could are kept).
    bool fill(int count, QThreadPool *pool, QString *error);
    // A key pair for request, or null when the reserve is empty or holds no key of the kind the
    // request asks for.
    KeyPair take(const CertificateRequest &request);
    qsizetype size() const;

private:
    const int m_rsaBits;
    mutable QMutex m_mutex;
    std::vector<KeyPair> m_keys;
};
