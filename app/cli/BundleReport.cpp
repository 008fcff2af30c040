#include "BundleReport.h"

#include "credentials/CertificateBundle.h"
#include "CliOutput.h"

#include <QJsonArray>

void BundleReport::report(const CertificateBundle &bundle, CliOutput *output)
{
    if (bundle.isValid()) {
        output->set(QStringLiteral("certificate"), bundle.summary().toJson());
        output->info(bundle.summary().toText().trimmed());
        return;
    }
    QJsonArray findings;
    for (const CertificateBundle::Finding &finding : bundle.findings()) {
        findings.append(QJsonObject{{QStringLiteral("check"), CertificateBundle::problemName(finding.problem)},
                                    {QStringLiteral("message"), finding.message}});
    }
    output->set(QStringLiteral("findings"), findings);
    if (!bundle.id().isEmpty())
        output->set(QStringLiteral("certId"), bundle.id());
}

QString BundleReport::failureMessage(const CertificateBundle &bundle)
{
    const QList<CertificateBundle::Finding> findings = bundle.findings();
    QString message = tr("the certificate bundle failed %n check(s) and must not be installed:", nullptr,
                         static_cast<int>(findings.size()));
    for (const CertificateBundle::Finding &finding : findings)
        message += QStringLiteral("\n  - %1: %2").arg(CertificateBundle::problemName(finding.problem), finding.message);
    return message;
}
