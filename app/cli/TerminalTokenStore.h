#pragma once

#include "foundry/TokenStore.h"

// The command line's tokens: FOUNDRY_TOKEN, or on a terminal a prompt that does not echo. It keeps
// nothing, and never reads a token from a file in plain text.
class TerminalTokenStore : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TerminalTokenStore)

public:
    void read(const QString &environment, QObject *context, TokenRead done) override;
};
