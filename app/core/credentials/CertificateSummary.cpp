#include "credentials/CertificateSummary.h"

QJsonObject CertificateSummary::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("arn"), arn},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("serialNumber"), serialNumber},
        {QStringLiteral("notBefore"), notBefore.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), notAfter.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sha256Fingerprint"), sha256Fingerprint},
        {QStringLiteral("keyType"), keyType},
        {QStringLiteral("keyBits"), keyBits},
    };
}

QString CertificateSummary::toText() const
{
    const auto line = [](const char *label, const QString &value) {
        return QStringLiteral("%1 %2\n").arg(QLatin1String(label), -13).arg(value);
    };
    return line("Certificate:", id) + line("ARN:", arn) + line("Subject:", subject) + line("Issuer:", issuer)
        + line("Serial:", serialNumber) + line("Valid from:", notBefore.toUTC().toString(Qt::ISODate))
        + line("Valid until:", notAfter.toUTC().toString(Qt::ISODate)) + line("SHA-256:", sha256Fingerprint)
        + line("Key:", QStringLiteral("%1 %2 bits").arg(keyType).arg(keyBits));
}
