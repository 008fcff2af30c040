#include "device/DeviceCredential.h"

QString credentialKindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Certificate: return QStringLiteral("certificate");
    case CredentialKind::PrivateKey: return QStringLiteral("private key");
    case CredentialKind::CaCertificate: return QStringLiteral("CA certificate");
    }
    return {};
}
