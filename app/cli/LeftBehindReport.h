#pragma once

#include "jobs/LeftBehind.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// What the CLI prints of a left-behind item: the core's sentence, and for a certificate to revoke
// the command that does it.
class LeftBehindReport
{
    Q_DECLARE_TR_FUNCTIONS(LeftBehindReport)

public:
    static QString text(const LeftBehind &item);
    static QStringList text(const QList<LeftBehind> &items);
};
