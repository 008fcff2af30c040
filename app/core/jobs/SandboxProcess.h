#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

class QTimer;

// One helper program of the Sandbox (the Foundry emulator, a device simulator) run as a child process:
// it announces itself with one line on standard output ("listening URL", "pty PATH"), which is read in
// bounded steps, and writes its log to a file. Anything else it prints is dropped unread beyond a
// small bound; a program that prints no announcement in time, or ends, is reported in words.
class SandboxProcess : public QObject
{
    Q_OBJECT

public:
    enum class State { NotRunning, Starting, Running, Ended };
    Q_ENUM(State)

    // program: full path; announcement: the word that starts the line it prints when ready ("pty").
    SandboxProcess(QString name, QString program, QStringList arguments, QByteArray announcement,
                   QObject *parent = nullptr);
    // Stops the program (see stop()).
    ~SandboxProcess() override;

    void setEnvironment(const QProcessEnvironment &environment) { m_process->setProcessEnvironment(environment); }
    // Where the program's standard error goes; read back (the end of it) to explain a failure.
    void setLogFile(const QString &path);
    void start();
    // Asks the program to end (SIGTERM: both programs close cleanly on it), and kills it when it has not
    // ended within a few seconds. Blocks for at most that long: used when the Sandbox closes.
    void stop();
    // Ends the program at once, as pulling a device ends it: no clean-up.
    void kill();

    State state() const { return m_state; }
    QString name() const { return m_name; }
    // What followed the announcement word, such as the port's path; empty until Running.
    QString announced() const { return m_announced; }
    qint64 processId() const { return m_process->processId(); }

    static constexpr qsizetype maxLineBytes = 4096;

Q_SIGNALS:
    void running(const QString &announced);
    // Before it announced itself (failed to start) or after (it went away); problem says what happened.
    void ended(const QString &problem);

private:
    void readOutput();
    void finished();
    void fail(const QString &problem);
    QString logTail() const;

    const QString m_name;
    const QString m_program;
    const QStringList m_arguments;
    const QByteArray m_announcement;
    QProcess *m_process;
    QTimer *m_startTimeout;
    QString m_logFile;
    QString m_announced;
    State m_state = State::NotRunning;
};
