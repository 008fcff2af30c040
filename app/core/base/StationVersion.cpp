#include "base/StationVersion.h"

#include "StationVersionText.h"

QString StationVersion::text()
{
    return QStringLiteral(FOUNDRY_STATION_VERSION);
}
