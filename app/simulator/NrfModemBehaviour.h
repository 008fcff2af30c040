#pragma once

#include "simulator/DeviceBehaviour.h"

#include <QByteArray>

namespace Simulator {

// An nRF91 modem behind the nRF Connect SDK's AT host: AT commands over the UART, credentials
// managed with AT%CMNG. Line handling follows lib/at_host; replies and error codes follow
// Nordic's AT command reference.
class NrfModemBehaviour : public DeviceBehaviour
{
public:
    explicit NrfModemBehaviour(DeviceContext context);

    void boot() override;
    void receive(char byte) override;
    QJsonObject status() const override;

    // A mode AT+CFUN accepts (Nordic's AT command reference).
    static bool isFunctionalMode(int mode);

private:
    struct Parameter
    {
        QByteArray text;
        bool quoted = false;
    };

    void execute(const QByteArray &line);
    QByteArray run(const QByteArray &command);
    QByteArray credentialCommand(const QList<Parameter> &parameters);
    QByteArray writeCredential(const QList<Parameter> &parameters);
    QByteArray listCredentials(const QList<Parameter> &parameters);
    QByteArray readCredential(const QList<Parameter> &parameters);
    QByteArray deleteCredential(const QList<Parameter> &parameters);
    QByteArray cmeError(int code) const;
    bool isActive() const;
    bool isModemOwned(quint32 tag) const;

    bool m_echo = false;
    bool m_numericErrors = false;
    int m_functionalMode = 1;
    // AT+CFUN=<mode> commands taken: what a host costs the modem in mode switches.
    int m_functionalModeChanges = 0;
    bool m_insideQuotes = false;
    QByteArray m_buffer;
};

} // namespace Simulator
