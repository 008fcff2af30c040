#include "CheckBundleCommand.h"

#include "base/BoundedFile.h"
#include "BundleReport.h"
#include "credentials/CertificateBundle.h"
#include "foundry/GenerateResponse.h"

namespace {

// A generate response is a few kilobytes.
constexpr qsizetype maxResponseBytes = 1024 * 1024;

} // namespace

CheckBundleCommand::CheckBundleCommand(QString path, CliOutput *output, QObject *parent)
    : CliCommand(output, parent)
    , m_path(std::move(path))
{
}

void CheckBundleCommand::start()
{
    QString problem;
    std::optional<QByteArray> content = BoundedFile::read(m_path, maxResponseBytes, &problem);
    if (!content) {
        end(ExitCode::Failure, QStringLiteral("file"), problem);
        return;
    }
    QByteArray &body = *content;
    // Responses pasted from a web page or wiki often carry no-break spaces as indentation, which JSON
    // does not allow; they cannot occur inside the base64 values, so they are plain blanks here.
    body.replace("\xc2\xa0", "  ");
    const GenerateResponse response = GenerateResponse::parse(body);
    const CertificateBundle bundle = CertificateBundle::check(response);
    m_output->set(QStringLiteral("file"), m_path);
    BundleReport::report(bundle, m_output);
    if (!bundle.isValid()) {
        end(ExitCode::BundleRejected, CertificateBundle::problemName(bundle.findings().constFirst().problem),
            BundleReport::failureMessage(bundle));
        return;
    }
    m_output->info(tr("All checks passed: the certificate and key can be installed."));
    end(ExitCode::Success);
}
