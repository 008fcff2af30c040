#include "LeftBehindReport.h"

QString LeftBehindReport::text(const LeftBehind &item)
{
    const QString sentence = LeftBehind::describe(item);
    if (item.action != LeftBehind::Action::RevokeCertificate)
        return sentence;
    return sentence + QLatin1Char(' ')
        + tr("With this program: foundry-station-cli revoke --cert-id %1 --device-id %2")
              .arg(item.certificateId, item.deviceId);
}

QStringList LeftBehindReport::text(const QList<LeftBehind> &items)
{
    QStringList lines;
    for (const LeftBehind &item : items)
        lines << text(item);
    return lines;
}
