#pragma once

#include <QtCrypto>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// Strict base64 for data that must arrive intact: a lenient decoder would turn a damaged
// certificate into plausible garbage instead of saying it is damaged.
class Base64Text
{
    Q_DECLARE_TR_FUNCTIONS(Base64Text)

public:
    // Empty when text (line breaks and blanks aside) is canonical padded base64; otherwise why not.
    static QString problem(QByteArrayView text);

    static QByteArray decode(QByteArrayView text);
    // Decodes without the plain text or the result passing through ordinary memory.
    static QCA::SecureArray decodeSecure(QByteArrayView text);
};
