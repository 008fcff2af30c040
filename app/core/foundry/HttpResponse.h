#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP answer as received: its body may hold a private key, so its owner wipes it.
struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    // The first header of that name, compared without regard to case.
    QByteArray header(QByteArrayView name) const;
};
