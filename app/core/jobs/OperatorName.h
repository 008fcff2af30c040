#pragma once

#include <QString>

// Who runs a job when nobody says otherwise.
namespace OperatorName {

// The name of the account this process runs as, from the system's user database, so that it is
// known even where USER and LOGNAME are unset (services, sudo, CI). Falls back to the environment,
// then to "uid N".
QString ofThisAccount();

} // namespace OperatorName
