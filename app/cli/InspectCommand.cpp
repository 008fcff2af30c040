#include "InspectCommand.h"

#include "device/DeviceInspection.h"

#include <QJsonArray>

InspectCommand::InspectCommand(SerialSettings settings, QString profile, std::optional<int> slot, CliOutput *output,
                               QObject *parent)
    : CliCommand(output, parent)
    , m_inspection(new DeviceInspection(settings, std::move(profile), slot, this))
    , m_settings(std::move(settings))
{
    connect(m_inspection, &DeviceInspection::progress, this, [this](const QString &message) { m_output->progress(message); });
    connect(m_inspection, &DeviceInspection::finished, this, &InspectCommand::report);
}

void InspectCommand::start()
{
    m_output->set(QStringLiteral("port"), m_settings.portName);
    m_output->progress(tr("Inspecting the device on %1 (%2)...").arg(m_settings.portName, m_settings.describe()));
    m_inspection->start();
}

void InspectCommand::report()
{
    if (const std::optional<DeviceError> error = m_inspection->error()) {
        end(ExitCode::DeviceError, QStringLiteral("device"),
            tr("%1 on %2 failed: %3").arg(error->step, m_settings.portName, error->message));
        return;
    }
    const DeviceIdentity identity = m_inspection->identity();
    QJsonObject details;
    for (const auto &[name, value] : identity.details)
        details.insert(name, value);
    m_output->set(QStringLiteral("profile"), m_inspection->profileName());
    m_output->set(QStringLiteral("identity"), QJsonObject{{QStringLiteral("serialNumber"), identity.serialNumber},
                                                          {QStringLiteral("firmwareVersion"), identity.firmwareVersion},
                                                          {QStringLiteral("details"), details}});
    const auto orUnknown = [](const QString &text) { return text.isEmpty() ? tr("(not reported)") : text; };
    m_output->info(tr("Port:       %1 (%2)").arg(m_settings.portName, m_settings.describe()));
    m_output->info(tr("Profile:    %1").arg(m_inspection->profileName()));
    m_output->info(tr("Serial:     %1").arg(orUnknown(identity.serialNumber)));
    m_output->info(tr("Firmware:   %1").arg(orUnknown(identity.firmwareVersion)));
    for (const auto &[name, value] : identity.details)
        m_output->info(QStringLiteral("%1 %2").arg(name + QLatin1Char(':'), -11).arg(value));

    const QList<StoredCredential> credentials = m_inspection->credentials();
    const QMap<int, QString> certificateIds = m_inspection->certificateIds();
    QJsonArray list;
    m_output->info(tr("Credentials: %n", nullptr, static_cast<int>(credentials.size())));
    for (const StoredCredential &credential : credentials) {
        const QString digest = credential.sha256.isEmpty() ? tr("(device cannot compute it)")
                                                           : QString::fromLatin1(credential.sha256.toHex());
        QJsonObject entry{{QStringLiteral("slot"), credential.slot},
                          {QStringLiteral("kind"), credentialKindKey(credential.kind)},
                          {QStringLiteral("sha256"), credential.sha256.isEmpty() ? QJsonValue() : QJsonValue(digest)},
                          {QStringLiteral("status"), credential.status}};
        m_output->info(QStringLiteral("  %1 %2 %3").arg(credential.slot, 10).arg(credentialKindName(credential.kind), -15).arg(digest));
        if (credential.kind == CredentialKind::Certificate && certificateIds.contains(credential.slot)) {
            entry.insert(QStringLiteral("certificateId"), certificateIds.value(credential.slot));
            m_output->info(tr("  %1 AWS certificate ID %2").arg(QString(), 10).arg(certificateIds.value(credential.slot)));
        }
        list.append(entry);
    }
    m_output->set(QStringLiteral("credentials"), list);
    end(ExitCode::Success);
}
