#include "device/DeviceCredential.h"

#include <QCoreApplication>

namespace {

// Marked for the window's translations; the command line shows them as they are.
const char *kindWord(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Certificate: return QT_TRANSLATE_NOOP("DeviceCredential", "certificate");
    case CredentialKind::PrivateKey: return QT_TRANSLATE_NOOP("DeviceCredential", "private key");
    case CredentialKind::CaCertificate: return QT_TRANSLATE_NOOP("DeviceCredential", "CA certificate");
    }
    return "";
}

} // namespace

QString credentialKindName(CredentialKind kind)
{
    return QCoreApplication::translate("DeviceCredential", kindWord(kind));
}

QString credentialKindKey(CredentialKind kind)
{
    return QString::fromLatin1(kindWord(kind));
}

