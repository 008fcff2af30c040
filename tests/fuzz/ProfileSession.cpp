#include "ProfileSession.h"

#include "device/DeviceProfile.h"
#include "FuzzEnvironment.h"

#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

constexpr int slot = 1;

// Short on purpose: every chunk a profile writes is a step of the script.
QCA::SecureArray certificatePem()
{
    return QCA::SecureArray(QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                                              "MIIBszCCAVmgAwIBAgIUFuzzFuzzFuzzFuzzFuzzFuzzFuzzFuzzwCgYIKoZIzj0E\n"
                                              "-----END CERTIFICATE-----\n"));
}

QCA::SecureArray keyPem()
{
    return QCA::SecureArray(QByteArrayLiteral("-----BEGIN RSA PRIVATE KEY-----\n"
                                              "MIIEowIBAAKCAQEAfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzz\n"
                                              "-----END RSA PRIVATE KEY-----\n"));
}

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "device profile contract broken: %s\n", what);
    std::abort();
}

} // namespace

ProfileSession::ProfileSession(DeviceProfile *profile)
    : m_profile(profile)
{
    // A verification lists first; its list result is not the operation's result.
    connect(profile, &DeviceProfile::identified, this, &ProfileSession::ended);
    connect(profile, &DeviceProfile::credentialWritten, this, &ProfileSession::ended);
    connect(profile, &DeviceProfile::credentialVerified, this, &ProfileSession::ended);
    connect(profile, &DeviceProfile::credentialsListed, this, [this] {
        if (!m_verifying)
            ended();
    });
    connect(profile, &DeviceProfile::certificateRead, this, &ProfileSession::ended);
    connect(profile, &DeviceProfile::credentialDeleted, this, &ProfileSession::ended);
    connect(profile, &DeviceProfile::operationFailed, this, &ProfileSession::ended);
}

void ProfileSession::ended()
{
    ++m_endings;
    if (m_endings > 1)
        broken("an operation ended more than once");
}

bool ProfileSession::startNext()
{
    if (m_profile->isBusy())
        return true;
    checkContract();
    m_endings = 0;
    m_verifying = false;
    switch (m_next++) {
    case 0: m_profile->identify(); return true;
    case 1: m_profile->writeCredential(slot, CredentialKind::Certificate, certificatePem()); return true;
    case 2:
        m_verifying = true;
        m_profile->verifyCredential(slot, CredentialKind::Certificate, certificatePem());
        return true;
    case 3: m_profile->writeCredential(slot, CredentialKind::PrivateKey, keyPem()); return true;
    case 4: m_profile->listCredentials(); return true;
    case 5: m_profile->readCertificate(slot, CredentialKind::Certificate); return true;
    case 6: m_profile->deleteCredential(slot, CredentialKind::Certificate); return true;
    default: return false;
    }
}

// Once an operation has been started and the profile is idle again, it must have given exactly one
// result; while it runs, none.
void ProfileSession::checkContract() const
{
    if (m_next == 0)
        return;
    if (!m_profile->isBusy() && m_endings != 1)
        broken("an operation ended without a result");
    if (m_profile->isBusy() && m_endings != 0)
        broken("a result while the operation still runs");
}

void ProfileSession::fireEarliestTimer()
{
    QTimer *earliest = nullptr;
    const QList<QTimer *> timers = m_profile->findChildren<QTimer *>();
    for (QTimer *timer : timers) {
        if (timer->isActive() && (!earliest || timer->remainingTime() < earliest->remainingTime()))
            earliest = timer;
    }
    if (!earliest)
        return;
    // What expiry does: a single-shot timer stops, then its timeout is delivered.
    if (earliest->isSingleShot())
        earliest->stop();
    QMetaObject::invokeMethod(earliest, "timeout", Qt::DirectConnection);
}

void ProfileSession::play(QByteArrayView script)
{
    if (!startNext())
        return;
    FuzzEnvironment::runDueEvents();
    qsizetype at = 0;
    while (at <= script.size()) {
        const qsizetype separator = script.indexOf(readSeparator, at);
        const qsizetype timer = script.indexOf(timerMarker, at);
        qsizetype end = script.size();
        if (separator >= 0)
            end = separator;
        if (timer >= 0 && timer < end)
            end = timer;
        if (end > at)
            m_profile->receiveBytes(script.sliced(at, end - at).toByteArray());
        if (end == timer)
            fireEarliestTimer();
        FuzzEnvironment::runDueEvents();
        checkContract();
        if (!startNext())
            return;
        FuzzEnvironment::runDueEvents();
        at = end + readSeparator.size();
    }
}
