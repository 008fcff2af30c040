#include "CheckBundleCommand.h"

#include "BundleReport.h"
#include "CertificateBundle.h"
#include "GenerateResponse.h"
#include "SecureWipe.h"

#include <QFile>

namespace {

constexpr qint64 maxResponseBytes = 1024 * 1024;

} // namespace

CheckBundleCommand::CheckBundleCommand(QString path, CliOutput *output, QObject *parent)
    : CliCommand(output, parent)
    , m_path(std::move(path))
{
}

void CheckBundleCommand::start()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        end(ExitCode::Failure, QStringLiteral("file"),
            tr("cannot read %1: %2. Check the path.").arg(m_path, file.errorString()));
        return;
    }
    if (file.size() > maxResponseBytes) {
        end(ExitCode::BundleRejected, QStringLiteral("malformed-response"),
            tr("%1 is %2 bytes; a generate response is a few kilobytes. Is this the right file?")
                .arg(m_path).arg(file.size()));
        return;
    }
    QByteArray body = file.readAll();
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
