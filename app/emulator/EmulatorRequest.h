#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

// One request as the emulator saw it, for tests to check what a client sent.
struct EmulatorRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    // Whether the authentication header was present at all; its value is never recorded.
    bool hasAuthentication = false;
    // 0 when the connection was dropped without a response.
    int status = 0;
};
