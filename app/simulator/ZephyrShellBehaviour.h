#pragma once

#include "simulator/DeviceBehaviour.h"

#include <QByteArray>
#include <QByteArrayList>

namespace Simulator {

// A Zephyr application with the shell on its UART and CONFIG_TLS_CREDENTIALS_SHELL, on the
// default (volatile) credentials backend. Messages, return codes and quirks follow Zephyr's
// subsys/shell and subsys/net/lib/tls_credentials/tls_credentials_shell.c.
class ZephyrShellBehaviour : public DeviceBehaviour
{
public:
    explicit ZephyrShellBehaviour(DeviceContext context);

    void boot() override;
    void receive(char byte) override;
    void receiveOverrun() override;
    void logNoise(quint32 random) override;

private:
    enum class Color { Normal, Error, Warning, Info };
    enum class Escape { None, Started, Sequence, Tilde };

    void receiveInBypass(char byte);
    void endOfLine();
    void execute();
    int runCommand(const QByteArrayList &argv);
    int runCred(const QByteArrayList &argv);
    int runShell(const QByteArrayList &argv);

    int credBuf(const QByteArrayList &argv);
    int credAdd(const QByteArrayList &argv);
    int credDel(const QByteArrayList &argv);
    int credGet(const QByteArrayList &argv);
    int credList(const QByteArrayList &argv);
    int finishGet(int result);

    std::optional<quint32> parseSectag(const QByteArray &arg, int *error);
    std::optional<int> parseType(const QByteArray &arg);
    int appendToCredBuffer(const QByteArray &chunk);
    void clearCredBuffer();

    void print(const QByteArray &text, Color color = Color::Normal);
    void printHelp(const QByteArray &command);
    void printPrompt();
    void printLog(const QByteArray &level, const QByteArray &module, const QByteArray &message);
    bool wrongParameterCount(const QByteArray &command, qsizetype argc, qsizetype mandatory,
                             qsizetype optional);
    bool isPrivate(int type) const;

    bool m_echo = true;
    bool m_colors = true;
    bool m_vt100 = true;
    bool m_bypass = false;
    Escape m_escape = Escape::None;
    char m_lastNewline = 0;
    QByteArray m_line;
    QByteArray m_credBuffer;
    int m_returnValue = 0;
};

} // namespace Simulator
