#include "CliOutput.h"

#include "base/ForeignText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace {

// Foreign text is escaped where it is quoted; this catches whatever was missed, so that no answer
// from Foundry or a device can move the cursor or retitle the terminal.
void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = ForeignText::forTerminal(text).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

CliOutput::CliOutput(bool json)
    : m_json(json)
{
}

void CliOutput::info(const QString &line)
{
    if (!m_json)
        writeTo(stdout, line + QLatin1Char('\n'));
}

void CliOutput::progress(const QString &line)
{
    if (!m_json)
        writeTo(stderr, line + QLatin1Char('\n'));
}

void CliOutput::warning(const QString &line)
{
    m_warnings << line;
    if (!m_json)
        writeTo(stderr, tr("warning: %1\n").arg(line));
}

void CliOutput::set(const QString &key, const QJsonValue &value)
{
    m_result.insert(key, value);
}

int CliOutput::finish(ExitCode code, const QString &errorKind, const QString &errorMessage)
{
    const int exitCode = static_cast<int>(code);
    if (m_json) {
        QJsonObject result = m_result;
        result.insert(QStringLiteral("ok"), code == ExitCode::Success);
        result.insert(QStringLiteral("exitCode"), exitCode);
        if (!m_warnings.isEmpty())
            result.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(m_warnings));
        if (!errorMessage.isEmpty())
            result.insert(QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("kind"), errorKind}, {QStringLiteral("message"), errorMessage}});
        writeTo(stdout, QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else if (!errorMessage.isEmpty()) {
        writeTo(stderr, tr("error: %1\n").arg(errorMessage));
    }
    return exitCode;
}
