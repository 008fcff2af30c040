#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Everything a command reports goes through here: lines for a person, or with --json exactly one
// JSON object on standard output when the command ends.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    explicit CliOutput(bool json);

    bool isJson() const { return m_json; }
    void info(const QString &line);    // stdout, text mode only
    void progress(const QString &line); // stderr, text mode only
    void warning(const QString &line);  // stderr in text mode, "warnings" in JSON
    void set(const QString &key, const QJsonValue &value);

    // Ends the command: prints the error (if any) or the JSON object, and gives the exit code.
    int finish(ExitCode code, const QString &errorKind = {}, const QString &errorMessage = {});

private:
    bool m_json;
    QJsonObject m_result;
    QStringList m_warnings;
};
