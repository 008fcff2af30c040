#pragma once

#include <QString>
#include <QStringList>

// What in a text could be a private key's PEM body: a run of 48 or more base64 characters with
// letters of both cases beyond hexadecimal's. A key's body lines are 64 random such characters;
// digests, certificate IDs and ARNs ("cert/" and lower-case hex) are not.
namespace SecretScan {

QStringList keyLikeRuns(const QString &text);

} // namespace SecretScan
