#pragma once

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QObject>

#include <memory>

class CliCommand;
class FoundryClient;
class JobJournal;

// foundry-station-cli: reads the command line, runs one command, reports its exit code.
class StationCli : public QObject
{
    Q_OBJECT

public:
    explicit StationCli(QObject *parent = nullptr);
    ~StationCli() override;

    // Returns an exit code when the command ended (or never started) without needing the event
    // loop; otherwise -1, and finished() follows.
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    int usageError(const QString &message);
    FoundryClient *createClient(QString *problem);
    QString helpText() const;
    QString journalPath() const;

    QCommandLineParser m_parser;
    std::unique_ptr<CliOutput> m_output;
    // provision's journal. Destroyed before the commands (children, deleted by ~QObject): a job writes
    // nothing once it has finished, and the CLI ends only then.
    std::unique_ptr<JobJournal> m_journal;
};
