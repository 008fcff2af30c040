#include "device/DeviceInspection.h"

#include "device/DeviceProfiles.h"
#include "device/profiles/McuMgrSmpProfile.h"
#include "device/SerialLink.h"

#include <QTimer>
#include <QtCrypto>

using namespace std::chrono_literals;

DeviceInspection::DeviceInspection(SerialSettings settings, QString profileName, std::optional<int> slot, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_requestedProfile(std::move(profileName))
    , m_slot(slot)
    , m_link(new SerialLink(m_settings, this))
    , m_probeTimer(new QTimer(this))
{
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &DeviceInspection::endAsking);
    connect(m_link, &SerialLink::bytesReceived, this, [this](const QByteArray &bytes) {
        m_bytesHeard += bytes.size();
        probeAnswer(bytes);
    });
    // Once a profile is attached, it reports a vanished device itself.
    connect(m_link, &SerialLink::failed, this, [this](const QString &message) {
        if (m_state == State::Asking || m_state == State::Distinguishing)
            fail({DeviceError::Kind::Disconnected, tr("detecting the device profile"), message});
    });
}

DeviceInspection::~DeviceInspection() = default;

DeviceProfile::Timeouts DeviceInspection::probeTimeouts()
{
    return {1500ms, 3000ms};
}

void DeviceInspection::start()
{
    if (!m_link->open()) {
        fail({DeviceError::Kind::Disconnected, tr("opening %1").arg(m_settings.portName), m_link->errorString()});
        return;
    }
    if (m_requestedProfile == automatic) {
        if (DeviceProfiles::names().contains(m_expectedProfile)) {
            m_state = State::Confirming;
            Q_EMIT progress(tr("Expecting a %1 device, as last time.").arg(m_expectedProfile));
            useProfile(m_expectedProfile);
            m_profile->setTimeouts(probeTimeouts());
            m_profile->identify();
            return;
        }
        ask();
        return;
    }
    m_state = State::Identifying;
    useProfile(m_requestedProfile);
    if (!m_profile) {
        fail({DeviceError::Kind::NotSupported, tr("choosing the device profile"),
              tr("there is no device profile \"%1\"; use one of: %2, or auto")
                  .arg(m_requestedProfile, DeviceProfiles::names().join(QLatin1String(", ")))});
        return;
    }
    m_profile->identify();
}

void DeviceInspection::ask()
{
    if (m_profile) {
        // A remembered profile that did not fit; its own input must not take the answer.
        m_profile->disconnect(this);
        m_link->disconnect(m_profile);
        m_profile->deleteLater();
        m_profile.clear();
        m_profileName.clear();
    }
    m_state = State::Asking;
    m_probeLines.clear();
    m_link->write(DeviceProfiles::probeRequest());
    m_probeTimer->start(probeAnswerWait);
}

void DeviceInspection::probeAnswer(const QByteArray &bytes)
{
    if (m_state == State::Distinguishing) {
        followUpAnswer(bytes);
        return;
    }
    if (m_state != State::Asking)
        return;
    if (!m_recognised.isEmpty())
        return;
    const QList<LineAssembler::Line> lines = m_probeLines.feed(bytes);
    for (const LineAssembler::Line &line : lines) {
        m_recognised = DeviceProfiles::recogniseProbeAnswer(line.text);
        if (m_recognised.isEmpty())
            continue;
        if (const QByteArray followUp = DeviceProfiles::followUpRequest(m_recognised); !followUp.isEmpty()) {
            m_state = State::Distinguishing;
            m_followUpAnswer.clear();
            m_link->write(followUp);
            m_probeTimer->start(probeAnswerWait);
            return;
        }
        if (DeviceProfiles::toleratesLateProbeAnswer(m_recognised)) {
            m_probeTimer->stop();
            endAsking();
            return;
        }
        // The rest of the answer is let arrive and discarded, so that the profile starts on a quiet
        // line. Only once: a device that logs all the time is never quiet, and its profile copes with
        // log lines anyway.
        m_probeTimer->start(probeQuietTime);
        return;
    }
}

void DeviceInspection::followUpAnswer(const QByteArray &bytes)
{
    for (const SmpFrameDecoder::Event &event : m_followUpAnswer.feed(bytes)) {
        const QString profile = DeviceProfiles::recogniseFollowUpAnswer(m_recognised, event);
        if (profile.isEmpty())
            continue;
        m_recognised = profile;
        m_probeTimer->stop();
        endAsking();
        return;
    }
}

void DeviceInspection::endAsking()
{
    if (m_state != State::Asking && m_state != State::Distinguishing)
        return;
    m_link->flushInput();
    m_state = State::Probing;
    m_candidates = DeviceProfiles::names();
    if (!m_recognised.isEmpty()) {
        // The profile confirms what the answer said by identifying the device; should it fail, the
        // others are still tried as before.
        m_candidates.removeOne(m_recognised);
        m_candidates.prepend(m_recognised);
    }
    tryNextCandidate();
}

void DeviceInspection::tryNextCandidate()
{
    if (m_candidates.isEmpty()) {
        QString message = tr("no known device answered on %1 at %2 (tried %3).")
                              .arg(m_settings.portName, m_settings.describe(), m_triedWithoutAnswer.join(QLatin1String(", ")));
        // Another reader of the port takes bytes meant for the station; who has it open is what can be known.
        if (const QStringList others = m_link->otherProcessesUsingPort(); !others.isEmpty()) {
            message += QLatin1Char(' ')
                + (m_bytesHeard == 0 ? tr("Nothing at all came back, and something else may be reading the port: %1 "
                                          "has it open too, and a program that reads it takes the device's answers "
                                          "before the station sees them. Close it and try again.")
                                     : tr("Something else may be reading the port: %1 has it open too, and may have "
                                          "taken part of the device's answers. Close it and try again."))
                      .arg(others.join(QLatin1String(", ")));
        } else {
            message += QLatin1Char(' ')
                + tr("Check the baud rate and the cable, and that the device runs a Zephyr shell with the TLS "
                     "credentials shell, an nRF91 modem in AT mode, an Espressif module running ESP-AT, a "
                     "Zephyr device with MCUmgr over its shell console, or firmware that speaks the station "
                     "protocol; then name the profile with --profile.");
        }
        fail({DeviceError::Kind::NotSupported, tr("detecting the device profile"), message});
        return;
    }
    const QString name = m_candidates.takeFirst();
    if (name == m_recognised)
        Q_EMIT progress(tr("The device answers like a %1 device.").arg(name));
    else
        Q_EMIT progress(tr("Trying %1...").arg(name));
    useProfile(name);
    if (name == m_recognised)
        m_profile->inputLineIsClear();
    m_profile->setTimeouts(probeTimeouts());
    m_profile->identify();
}

void DeviceInspection::useProfile(const QString &name)
{
    if (m_profile) {
        m_profile->disconnect(this);
        m_link->disconnect(m_profile);
        m_profile->deleteLater();
    }
    m_profile = DeviceProfiles::createAttached(name, m_link, this);
    if (!m_profile)
        return;
    if (auto *smp = qobject_cast<McuMgrSmpProfile *>(m_profile))
        smp->setFileLayout(m_smpFiles);
    m_profileName = name;
    connect(m_profile, &DeviceProfile::identified, this, &DeviceInspection::identified);
    connect(m_profile, &DeviceProfile::credentialsListed, this, &DeviceInspection::listed);
    connect(m_profile, &DeviceProfile::certificateRead, this, &DeviceInspection::certificateRead);
    connect(m_profile, &DeviceProfile::operationFailed, this, &DeviceInspection::operationFailed);
}

void DeviceInspection::identified(const DeviceIdentity &identity)
{
    m_identity = identity;
    if (m_identifyOnly) {
        m_state = State::Done;
        m_profile->setTimeouts({});
        Q_EMIT finished();
        return;
    }
    m_state = State::Listing;
    m_profile->setTimeouts({});
    m_profile->listCredentials(m_slot);
}

void DeviceInspection::listed(const QList<StoredCredential> &credentials)
{
    m_credentials = credentials;
    if (m_profile->canReadCertificates()) {
        for (const StoredCredential &credential : credentials) {
            if (credential.kind == CredentialKind::Certificate)
                m_certificatesToRead.append(credential.slot);
        }
    }
    m_state = State::ReadingCertificates;
    readNextCertificate();
}

// A digest cannot be turned back into a certificate, but where the device gives the certificate
// back, its AWS ID (the SHA-256 of its DER) tells support staff which certificate the device holds.
void DeviceInspection::readNextCertificate()
{
    if (m_certificatesToRead.isEmpty()) {
        finish();
        return;
    }
    m_profile->readCertificate(m_certificatesToRead.takeFirst(), CredentialKind::Certificate);
}

void DeviceInspection::certificateRead(int slot, CredentialKind kind, const QByteArray &pem)
{
    Q_UNUSED(kind)
    QCA::ConvertResult result = QCA::ErrorDecode;
    const QCA::Certificate certificate = QCA::Certificate::fromPEM(QString::fromLatin1(pem), &result);
    if (result == QCA::ConvertGood)
        m_certificateIds.insert(slot, QCA::arrayToHex(QCA::Hash(QStringLiteral("sha256")).hash(certificate.toDER()).toByteArray()));
    readNextCertificate();
}

DeviceInspection::OpenPort DeviceInspection::takeOpenPort(QObject *newParent)
{
    if (!m_identifyOnly || m_state != State::Done || m_error || !m_profile || !m_link || !m_link->isOpen())
        return {};
    m_link->disconnect(this);
    m_profile->disconnect(this);
    m_link->setParent(newParent);
    m_profile->setParent(newParent);
    OpenPort port{m_link, m_profile};
    m_link = nullptr;
    m_profile.clear();
    return port;
}

void DeviceInspection::finish()
{
    m_state = State::Done;
    m_link->close();
    Q_EMIT finished();
}

void DeviceInspection::operationFailed(const DeviceError &error)
{
    // A certificate that cannot be read back only lacks its ID in the report.
    if (m_state == State::ReadingCertificates && error.kind != DeviceError::Kind::Disconnected) {
        readNextCertificate();
        return;
    }
    // The device is not what it was last time: ask it.
    if (m_state == State::Confirming && error.kind != DeviceError::Kind::Disconnected) {
        m_link->flushInput();
        ask();
        return;
    }
    // While probing, a profile that gets no answer it understands just is not this device's.
    if (m_state == State::Probing && error.kind != DeviceError::Kind::Disconnected) {
        m_triedWithoutAnswer << m_profileName;
        tryNextCandidate();
        return;
    }
    fail(error);
}

void DeviceInspection::fail(const DeviceError &error)
{
    m_error = error;
    finish();
}
