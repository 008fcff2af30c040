#include "TokenSource.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

QCA::SecureArray promptWithoutEcho()
{
    std::fputs("Foundry access token: ", stderr);
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

QCA::SecureArray TokenSource::obtain(QString *problem)
{
    const QByteArray fromEnvironment = qgetenv("FOUNDRY_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty())
        return QCA::SecureArray(fromEnvironment);
    if (!isatty(STDIN_FILENO)) {
        *problem = tr("no Foundry access token: set the FOUNDRY_TOKEN environment variable, or run the command "
                      "in a terminal to be asked for it");
        return {};
    }
    QCA::SecureArray token = promptWithoutEcho();
    if (token.isEmpty())
        *problem = tr("no Foundry access token was entered");
    return token;
}
