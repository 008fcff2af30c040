#include "jobs/LeftBehind.h"

QString LeftBehind::describe(const LeftBehind &item)
{
    const QString certificate = item.certificateRevoked ? tr("revoked certificate %1").arg(item.certificateId)
                                                        : tr("certificate %1").arg(item.certificateId);
    // What Foundry holds of it, when the one who left it knows.
    const QString state = item.certificateState.isEmpty() ? QString() : QStringLiteral(", ") + item.certificateState;
    switch (item.kind) {
    case Kind::CertificateOnFoundry:
        return tr("Certificate %1 is still on Foundry%2. Revoke it (certificate %1, device %3).")
            .arg(item.certificateId, state, item.deviceId);
    case Kind::CertificateMayExistUnknown:
        return tr("Foundry may hold a certificate this job never learnt the ID of (%1). Look for certificates "
                  "generated just now and revoke them.")
            .arg(item.certificateState);
    case Kind::CertificateMaybeOnFoundry:
        return tr("Certificate %1 may still be on Foundry%2: the revoke may have gone through, but its answer "
                  "was lost or unreadable. If Foundry still lists it, revoke it (certificate %1, device %3).")
            .arg(item.certificateId, state, item.deviceId);
    case Kind::DeviceHoldsKey:
        return tr("The device on %1 may still hold the private key of %2 in slot %3; delete it there.")
            .arg(item.port, certificate)
            .arg(item.slot);
    case Kind::DeviceHoldsCertificate:
        return tr("The device on %1 may still hold %2 in slot %3; delete it there.")
            .arg(item.port, certificate)
            .arg(item.slot);
    case Kind::DeviceModeNotRestored:
        return tr("The job may have left %1 on %2: send %3 to the device there, or restart it.")
            .arg(item.deviceState, item.port, QString::fromLatin1(item.restoreCommand));
    }
    return {};
}

QString LeftBehind::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CertificateOnFoundry: return QStringLiteral("certificate-on-foundry");
    case Kind::CertificateMayExistUnknown: return QStringLiteral("certificate-may-exist-unknown");
    case Kind::CertificateMaybeOnFoundry: return QStringLiteral("certificate-maybe-on-foundry");
    case Kind::DeviceHoldsCertificate: return QStringLiteral("device-holds-certificate");
    case Kind::DeviceHoldsKey: return QStringLiteral("device-holds-key");
    case Kind::DeviceModeNotRestored: return QStringLiteral("device-mode-not-restored");
    }
    return {};
}

QString LeftBehind::actionName(Action action)
{
    switch (action) {
    case Action::RevokeCertificate: return QStringLiteral("revoke-certificate");
    case Action::FindAndRevokeCertificate: return QStringLiteral("find-and-revoke-certificate");
    case Action::DeleteFromDevice: return QStringLiteral("delete-from-device");
    case Action::RestoreDeviceMode: return QStringLiteral("restore-device-mode");
    }
    return {};
}

QJsonObject LeftBehind::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindName(kind)},
                     {QStringLiteral("action"), actionName(action)},
                     {QStringLiteral("text"), describe(*this)}};
    if (!certificateId.isEmpty())
        json.insert(QStringLiteral("certId"), certificateId);
    if (!deviceId.isEmpty())
        json.insert(QStringLiteral("deviceId"), deviceId);
    if (!port.isEmpty())
        json.insert(QStringLiteral("port"), port);
    if (slot != 0)
        json.insert(QStringLiteral("slot"), slot);
    if (!restoreCommand.isEmpty())
        json.insert(QStringLiteral("restoreCommand"), QString::fromLatin1(restoreCommand));
    return json;
}
