#pragma once

#include "CliCommand.h"
#include "jobs/JournalRecovery.h"
#include "device/SerialSettings.h"

#include <memory>

class FoundryClient;

// recover [--journal FILE]: finishes or rolls back the jobs a crash or a kill left unfinished (see
// JournalRecovery), one line per job, and exits 7 when anything is left that a person must see to.
class RecoverCommand : public CliCommand
{
    Q_OBJECT

public:
    // serial: how to open a job's port to put its device back (the port is the job's).
    RecoverCommand(FoundryClient *client, QString journalPath, SerialSettings serial, CliOutput *output,
                   QObject *parent = nullptr);
    void start() override;

    // One job's line and what is left behind, as recover and provision (which recovers first) print it.
    static void print(const JournalRecovery::Recovered &job, CliOutput *output);

private:
    void report();

    FoundryClient *m_client;
    QString m_journalPath;
    SerialSettings m_serial;
    std::unique_ptr<JobJournal> m_journal;
    // After the journal, so that it goes first: it uses the journal up to its end.
    std::unique_ptr<JournalRecovery> m_recovery;
};
