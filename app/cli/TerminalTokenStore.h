#pragma once

#include "foundry/TokenStore.h"

// The command line's tokens: FOUNDRY_TOKEN, or on a terminal a prompt that does not echo. It keeps
// nothing, and never reads a token from a file in plain text. A journal's password it leaves to
// libpq, which reads PGPASSFILE.
class TerminalTokenStore : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TerminalTokenStore)

public:
    void read(const Secret &secret, QObject *context, TokenRead done) override;
};
