#pragma once

#include <QtCrypto>

#include <QCoreApplication>
#include <QString>

// The Foundry access token comes from FOUNDRY_TOKEN or, on a terminal, from a prompt that does not
// echo. It is never read from a file in plain text.
class TokenSource
{
    Q_DECLARE_TR_FUNCTIONS(TokenSource)

public:
    // Empty token and *problem set when there is no way to get one.
    static QCA::SecureArray obtain(QString *problem);
};
