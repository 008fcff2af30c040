#pragma once

#include "CliCommand.h"

// check-bundle FILE: holds a saved generate response to every check, offline.
class CheckBundleCommand : public CliCommand
{
    Q_OBJECT

public:
    CheckBundleCommand(QString path, CliOutput *output, QObject *parent = nullptr);
    void start() override;

private:
    QString m_path;
};
