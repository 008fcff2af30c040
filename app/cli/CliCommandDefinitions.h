#pragma once

#include "CliCommandDefinition.h"

#include <QCoreApplication>

// Every command of foundry-station-cli, in the order the help lists them; each one declares and
// checks its own options.
class CliCommandDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(CliCommandDefinitions)

public:
    static const QList<CliCommandDefinition> &all();
    // Null when there is no command of that name.
    static const CliCommandDefinition *find(const QString &name);

private:
    static CliCommandDefinition checkBundle();
    static CliCommandDefinition checkApi();
    static CliCommandDefinition revoke();
    static CliCommandDefinition ports();
    static CliCommandDefinition inspect();
    static CliCommandDefinition provision();
    static CliCommandDefinition recover();
    static CliCommandDefinition history();
    static CliCommandDefinition journal();
};
