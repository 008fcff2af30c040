#pragma once

#include <QByteArray>
#include <QString>

// What a device can hold in a credential slot.
enum class CredentialKind { Certificate, PrivateKey, CaCertificate };

// In people's words, translated in the window: "certificate", "private key", "CA certificate".
QString credentialKindName(CredentialKind kind);
// The same, fixed, for what programs read (the command line's --json).
QString credentialKindKey(CredentialKind kind);

// One credential as a device reports it: never its content, only a digest of what it stored.
struct StoredCredential
{
    int slot = 0;
    CredentialKind kind = CredentialKind::Certificate;
    QByteArray sha256; // 32 raw bytes; empty when the device could not compute it
    QString status;    // the device's own words, if it reports any
};
