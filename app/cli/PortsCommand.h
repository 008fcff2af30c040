#pragma once

#include "CliCommand.h"

// ports: the serial ports this computer has.
class PortsCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit PortsCommand(CliOutput *output, QObject *parent = nullptr);
    void start() override;
};
