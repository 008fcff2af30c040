#include "TerminalTokenStore.h"

#include "base/ForeignText.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

QCA::SecureArray promptWithoutEcho(const QString &environment)
{
    std::fputs(qPrintable(QCoreApplication::translate("TerminalTokenStore", "Foundry access token (%1): ")
                              .arg(ForeignText::escaped(environment))),
               stderr);
    std::fflush(stderr);
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QCA::SecureArray token;
    char c = 0;
    while (read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
        if (c != '\r')
            token.append(QCA::SecureArray(1, c));
    }
    c = 0;
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return token;
}

} // namespace

void TerminalTokenStore::read(const Secret &secret, QObject *context, TokenRead done)
{
    // On the command line libpq reads a journal's password from PGPASSFILE itself.
    if (secret.kind == Secret::Kind::JournalPassword) {
        answer(context, std::move(done), {}, {});
        return;
    }
    QByteArray fromEnvironment = qgetenv("FOUNDRY_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty()) {
        const QCA::SecureArray token(fromEnvironment);
        fromEnvironment.fill('\0');
        answer(context, std::move(done), token, {});
        return;
    }
    if (!isatty(STDIN_FILENO)) {
        answer(context, std::move(done), {},
               tr("no Foundry access token: set the FOUNDRY_TOKEN environment variable, or run the command "
                  "in a terminal to be asked for it"));
        return;
    }
    const QCA::SecureArray token = promptWithoutEcho(secret.name);
    answer(context, std::move(done), token, token.isEmpty() ? tr("no Foundry access token was entered") : QString());
}
