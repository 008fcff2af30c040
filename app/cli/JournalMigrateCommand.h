#pragma once

#include "CliCommand.h"

// journal migrate --from SQLITE_FILE --to URL: moves a station's history into the shared journal,
// one job (with its steps) per transaction, each marked with where it came from, so that running it
// again, or after it was stopped half-way, adds only what is not there yet.
class JournalMigrateCommand : public CliCommand
{
    Q_OBJECT

public:
    JournalMigrateCommand(QString from, QString to, CliOutput *output, QObject *parent = nullptr);
    void start() override;

private:
    QString m_from;
    QString m_to;
};
