#include "jobs/LeftBehind.h"

#include "device/DeviceProfile.h"

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QString LeftBehind::describe(const LeftBehind &item)
{
    // What Foundry holds of it, when the one who left it knows.
    const QString state = item.certificateState.isEmpty() ? QString() : QStringLiteral(", ") + item.certificateState;
    const QString port = item.deviceSerial.isEmpty() ? item.port : tr("%1 (serial %2)").arg(item.port, item.deviceSerial);
    switch (item.kind) {
    case Kind::CertificateOnFoundry:
        if (item.action == Action::RecoverAgain)
            return tr("Certificate %1 is not revoked yet.").arg(item.certificateId);
        return tr("Certificate %1 is still on Foundry%2. Revoke it (certificate %1, device %3).")
            .arg(item.certificateId, state, item.deviceId);
    case Kind::CertificateMayExistUnknown:
        if (item.requestedAt.isValid())
            return tr("The job asked Foundry for a certificate at or after %1, and the answer with its ID never reached "
                      "the station: Foundry may hold a certificate whose ID nobody knows, which was never written to "
                      "device %2. Ask Foundry support to revoke the certificates generated then that no device holds.")
                .arg(timeText(item.requestedAt), item.deviceId);
        return tr("Foundry may hold a certificate this job never learnt the ID of (%1). Look for certificates "
                  "generated just now and revoke them.")
            .arg(item.certificateState);
    case Kind::CertificateMaybeOnFoundry:
        if (item.action == Action::RecoverAgain)
            return tr("Certificate %1 may still be on Foundry: recovery could not revoke it.").arg(item.certificateId);
        return tr("Certificate %1 may still be on Foundry%2: the revoke may have gone through, but its answer "
                  "was lost or unreadable. If Foundry still lists it, revoke it (certificate %1, device %3).")
            .arg(item.certificateId, state, item.deviceId);
    case Kind::CertificateNotYetProvisioned:
        return tr("Certificate %1 is not revoked, and Foundry has not confirmed that it is provisioned to device %2.")
            .arg(item.certificateId, item.deviceId);
    case Kind::DeviceHoldsKey:
    case Kind::DeviceHoldsCertificate:
    case Kind::DeviceHoldsCertificateAndKey: {
        const bool both = item.kind == Kind::DeviceHoldsCertificateAndKey;
        const QString what = both ? tr("the certificate and private key")
            : item.kind == Kind::DeviceHoldsKey ? tr("the private key")
                                                : tr("the certificate");
        const QString certificate = item.certificateRevoked ? tr("revoked certificate %1").arg(item.certificateId)
            : item.certificateState.isEmpty() ? tr("certificate %1").arg(item.certificateId)
                                              : tr("certificate %1, %2,").arg(item.certificateId, item.certificateState);
        const QString holds = item.deviceConfirmed
            ? tr("The device on %1 confirmed before the interruption that it holds %2 of %3 in slot %4.")
            : tr("The device on %1 may still hold %2 of %3 in slot %4.");
        QString sentence = holds.arg(port, what, certificate).arg(item.slot);
        if (item.action == Action::DeleteFromDevice)
            sentence += QLatin1Char(' ')
                + (both ? tr("Delete them there, or provision the device again into that slot, which replaces them.")
                        : tr("Delete it there, or provision the device again into that slot, which replaces it."));
        return sentence;
    }
    case Kind::DeviceModeNotRestored:
        if (item.action == Action::CheckDevice)
            return tr("The journal says the interrupted job changed the device on %1 and recorded %2 to undo it, but "
                      "recovery did not send it (%3). Check the device by hand.")
                .arg(port, DeviceProfile::quoted(item.restoreCommand), item.problem);
        if (!item.problem.isEmpty())
            return tr("The interrupted job may have left %1 on %2, and recovery could not put it back (%3). Send %4 to "
                      "the device there, or restart it.")
                .arg(item.deviceState, port, item.problem, QString::fromLatin1(item.restoreCommand));
        return tr("The job may have left %1 on %2: send %3 to the device there, or restart it.")
            .arg(item.deviceState, port, QString::fromLatin1(item.restoreCommand));
    }
    return {};
}

QStringList LeftBehind::describe(const QList<LeftBehind> &items)
{
    QStringList text;
    for (const LeftBehind &item : items)
        text << describe(item);
    return text;
}

QString LeftBehind::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CertificateOnFoundry: return QStringLiteral("certificate-on-foundry");
    case Kind::CertificateMayExistUnknown: return QStringLiteral("certificate-may-exist-unknown");
    case Kind::CertificateMaybeOnFoundry: return QStringLiteral("certificate-maybe-on-foundry");
    case Kind::CertificateNotYetProvisioned: return QStringLiteral("certificate-not-yet-provisioned");
    case Kind::DeviceHoldsCertificate: return QStringLiteral("device-holds-certificate");
    case Kind::DeviceHoldsKey: return QStringLiteral("device-holds-key");
    case Kind::DeviceHoldsCertificateAndKey: return QStringLiteral("device-holds-certificate-and-key");
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
    case Action::CheckDevice: return QStringLiteral("check-device");
    case Action::RecoverAgain: return QStringLiteral("recover-again");
    }
    return {};
}

std::optional<LeftBehind::Kind> LeftBehind::kindFromName(const QString &name)
{
    for (const Kind kind : {Kind::CertificateOnFoundry, Kind::CertificateMayExistUnknown, Kind::CertificateMaybeOnFoundry,
                            Kind::CertificateNotYetProvisioned, Kind::DeviceHoldsCertificate, Kind::DeviceHoldsKey,
                            Kind::DeviceHoldsCertificateAndKey, Kind::DeviceModeNotRestored}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<LeftBehind::Action> LeftBehind::actionFromName(const QString &name)
{
    for (const Action action : {Action::RevokeCertificate, Action::FindAndRevokeCertificate, Action::DeleteFromDevice,
                                Action::RestoreDeviceMode, Action::CheckDevice, Action::RecoverAgain}) {
        if (actionName(action) == name)
            return action;
    }
    return std::nullopt;
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
    if (!deviceSerial.isEmpty())
        json.insert(QStringLiteral("deviceSerial"), deviceSerial);
    if (slot != 0)
        json.insert(QStringLiteral("slot"), slot);
    if (requestedAt.isValid())
        json.insert(QStringLiteral("requestedAt"), requestedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!restoreCommand.isEmpty())
        json.insert(QStringLiteral("restoreCommand"), QString::fromLatin1(restoreCommand));
    return json;
}

QJsonArray LeftBehind::toJson(const QList<LeftBehind> &items)
{
    QJsonArray list;
    for (const LeftBehind &item : items)
        list.append(item.toJson());
    return list;
}
