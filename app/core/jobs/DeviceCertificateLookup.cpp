#include "jobs/DeviceCertificateLookup.h"

#include "base/ForeignText.h"
#include "device/DeviceInspection.h"

DeviceCertificateLookup::DeviceCertificateLookup(SerialSettings serial, JobJournal *journal, QObject *parent)
    : QObject(parent)
    , m_serial(std::move(serial))
    , m_journal(journal)
{
}

DeviceCertificateLookup::~DeviceCertificateLookup() = default;

void DeviceCertificateLookup::start()
{
    if (m_inspection)
        return;
    m_inspection = new DeviceInspection(m_serial, QString(DeviceInspection::automatic), std::nullopt, this);
    connect(m_inspection, &DeviceInspection::progress, this, &DeviceCertificateLookup::progress);
    connect(m_inspection, &DeviceInspection::finished, this, &DeviceCertificateLookup::inspected);
    m_inspection->start();
}

void DeviceCertificateLookup::inspected()
{
    if (const std::optional<DeviceError> error = m_inspection->error()) {
        m_problem = tr("The device on %1 could not be read: %2 failed: %3. Check that it is plugged in and powered, "
                       "then read it again.")
                        .arg(m_serial.portName, error->step, error->message);
        Q_EMIT finished();
        return;
    }
    m_profileName = m_inspection->profileName();
    m_identity = m_inspection->identity();
    if (!collect(*m_inspection)) {
        Q_EMIT finished();
        return;
    }
    m_otherPlaces = otherPlaces();
    if (!m_problem.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    inspectNext();
}

void DeviceCertificateLookup::inspectNext()
{
    if (m_otherPlaces.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    const DeviceAccess place = m_otherPlaces.takeFirst();
    m_inspection->deleteLater();
    m_inspection = new DeviceInspection(m_serial, place.profile, std::nullopt, this);
    m_inspection->setFileLayout(place.smpFiles);
    connect(m_inspection, &DeviceInspection::progress, this, &DeviceCertificateLookup::progress);
    connect(m_inspection, &DeviceInspection::finished, this, &DeviceCertificateLookup::otherPlaceInspected);
    m_inspection->start();
}

void DeviceCertificateLookup::otherPlaceInspected()
{
    if (const std::optional<DeviceError> error = m_inspection->error()) {
        m_problem = tr("The device on %1 could not be read where the journal's jobs put credentials: %2 failed: %3. "
                       "Check that it is plugged in and powered, then read it again.")
                        .arg(m_serial.portName, error->step, error->message);
        Q_EMIT finished();
        return;
    }
    if (!collect(*m_inspection)) {
        Q_EMIT finished();
        return;
    }
    inspectNext();
}

bool DeviceCertificateLookup::collect(const DeviceInspection &inspection)
{
    const QMap<int, QString> ids = inspection.certificateIds();
    for (const StoredCredential &credential : inspection.credentials()) {
        if (credential.kind != CredentialKind::Certificate)
            continue;
        Held held;
        held.slot = credential.slot;
        held.certificateId = ids.value(credential.slot).toLower();
        if (!held.certificateId.isEmpty()) {
            if (!m_journal) {
                m_problem = tr("The journal went away (the settings changed): read the device again.");
                return false;
            }
            const std::optional<CertificateInJournal> known = CertificateInJournal::find(*m_journal, held.certificateId);
            if (!known) {
                m_problem = tr("The journal cannot be read: %1").arg(m_journal->errorString());
                return false;
            }
            held.journal = *known;
        }
        m_held << held;
    }
    return true;
}

QList<DeviceAccess> DeviceCertificateLookup::otherPlaces()
{
    if (!m_journal)
        return {};
    const DeviceAccess read{m_profileName, m_serial.baudRate, SmpFileLayout::defaults()};
    QList<DeviceAccess> places;
    const QStringList recorded = m_journal->deviceAccesses(m_profileName, maxOtherPlaces);
    if (!m_journal->errorString().isEmpty()) {
        m_problem = tr("The journal cannot be read: %1").arg(m_journal->errorString());
        return {};
    }
    for (const QString &text : recorded) {
        QString refused;
        std::optional<DeviceAccess> place = DeviceAccess::fromJournal(m_profileName, text, m_serial.baudRate, &refused);
        if (!place)
            continue;
        // The line the device answered on just now; only where the credentials are differs.
        place->baudRate = m_serial.baudRate;
        if (*place != read && !places.contains(*place))
            places << *place;
    }
    return places;
}

std::optional<DeviceCertificateLookup::Held> DeviceCertificateLookup::revocable() const
{
    for (const Held &held : m_held) {
        if (held.journal.provision && !held.journal.revoked)
            return held;
    }
    return std::nullopt;
}

QString DeviceCertificateLookup::summary() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    const QString device = m_identity.serialNumber.isEmpty()
        ? tr("The %1 device on %2").arg(ForeignText::escaped(m_profileName), m_serial.portName)
        : tr("The %1 device %2 on %3")
              .arg(ForeignText::escaped(m_profileName), ForeignText::escaped(m_identity.serialNumber), m_serial.portName);
    if (m_held.isEmpty())
        return tr("%1 holds no client certificate: there is nothing on it to revoke.").arg(device);
    QStringList sentences;
    for (const Held &held : m_held) {
        if (held.certificateId.isEmpty()) {
            sentences << tr("%1 holds a certificate in slot %2 but does not give it back, so its ID cannot be known "
                            "from the device. Search this page by the device's ID or serial number instead.")
                             .arg(device, QString::number(held.slot));
        } else if (!held.journal.provision) {
            sentences << tr("%1 holds certificate %2 (slot %3), which this station's journal does not know: another "
                            "station, or a person outside the station, provisioned it. Look it up in that station's "
                            "history, or revoke it with: foundry-station-cli revoke --cert-id %2 --device-id "
                            "DEVICE-ID (the device's ID on Foundry).")
                             .arg(device, held.certificateId, QString::number(held.slot));
        } else if (held.journal.revoked) {
            sentences << tr("%1 holds certificate %2 (slot %3), which is revoked already: the device cannot connect "
                            "with it. Provision it again to give it a new certificate.")
                             .arg(device, held.certificateId, QString::number(held.slot));
        } else {
            sentences << tr("%1 holds certificate %2 (slot %3) of device ID %4, provisioned on %5; it is selected in "
                            "the history.")
                             .arg(device, held.certificateId, QString::number(held.slot),
                                  ForeignText::escaped(held.journal.provision->deviceId),
                                  held.journal.provision->startedAt.toLocalTime().toString(Qt::ISODate));
        }
    }
    return sentences.join(QLatin1Char('\n'));
}
