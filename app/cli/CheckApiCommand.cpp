#include "CheckApiCommand.h"

#include "BundleReport.h"
#include "LeftBehindReport.h"
#include "credentials/CertificateBundle.h"

CheckApiCommand::CheckApiCommand(FoundryClient *client, std::optional<QStringList> topics, QString deviceId,
                                 CliOutput *output, QObject *parent)
    : CliCommand(output, parent)
    , m_check(new ConnectionCheck(client, std::move(topics), std::move(deviceId), this))
{
    connect(m_check, &ConnectionCheck::progress, this, [this](const QString &message) { m_output->progress(message); });
    connect(m_check, &ConnectionCheck::requestStarted, this, &CheckApiCommand::showRetries);
    connect(m_check, &ConnectionCheck::bundleChecked, this, [this](const CertificateBundle &bundle) {
        BundleReport::report(bundle, m_output);
        if (!bundle.isValid())
            m_bundleFailure = BundleReport::failureMessage(bundle);
    });
    connect(m_check, &ConnectionCheck::finished, this, &CheckApiCommand::finished);
}

void CheckApiCommand::start()
{
    m_check->start();
}

void CheckApiCommand::finished(const ConnectionCheck::Result &result)
{
    m_output->set(QStringLiteral("generated"), result.generated);
    if (result.generated)
        m_output->set(QStringLiteral("revoked"), result.revoked);
    const QString failure = result.outcome == ConnectionCheck::Result::Outcome::BundleRejected ? m_bundleFailure
                                                                                               : result.message;
    if (result.leftBehind) {
        QString message = tr("revoking the test certificate failed: %1\n%2")
                              .arg(result.revokeMessage, LeftBehindReport::text(*result.leftBehind));
        if (!failure.isEmpty())
            message = failure + QLatin1Char('\n') + message;
        end(ExitCode::NeedsAttention, result.revokeErrorKind, message);
        return;
    }
    switch (result.outcome) {
    case ConnectionCheck::Result::Outcome::Works:
        m_output->info(tr("Foundry works: URL, token and TLS are good; the test certificate passed every check and "
                          "was revoked again."));
        end(ExitCode::Success);
        return;
    case ConnectionCheck::Result::Outcome::FoundryError:
    case ConnectionCheck::Result::Outcome::BundleRejected:
        end(result.outcome == ConnectionCheck::Result::Outcome::FoundryError ? ExitCode::FoundryError
                                                                              : ExitCode::BundleRejected,
            result.errorKind, result.revoked ? failure + QLatin1Char('\n') + tr("The certificate was revoked.") : failure);
        return;
    }
}
