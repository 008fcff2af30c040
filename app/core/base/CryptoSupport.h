#pragma once

#include <QCoreApplication>
#include <QString>

// The station cannot check a certificate without QCA's OpenSSL provider; say so at start-up,
// not at the first device.
class CryptoSupport
{
    Q_DECLARE_TR_FUNCTIONS(CryptoSupport)

public:
    // Empty when everything needed is there; otherwise what is missing and how to get it.
    static QString problem();
};
