#pragma once

#include "CliCommand.h"
#include "jobs/JobJournal.h"

// history [--device-id ID|--cert-id PREFIX] [--csv FILE] [--json]: the jobs the journal holds, newest
// first, for support staff; with --csv also written to a file that spreadsheets open.
class HistoryCommand : public CliCommand
{
    Q_OBJECT

public:
    HistoryCommand(QString journalPath, JobJournal::Filter filter, QString csvFile, CliOutput *output,
                   QObject *parent = nullptr);
    void start() override;

private:
    QString m_journalPath;
    JobJournal::Filter m_filter;
    QString m_csvFile;
};
