#pragma once

#include "device/DeviceCredential.h"
#include "device/DeviceError.h"
#include "device/DeviceIdentity.h"
#include "device/DeviceProfile.h"
#include "device/LineAssembler.h"
#include "device/SerialSettings.h"
#include "device/smp/SmpFileLayout.h"
#include "device/smp/SmpFrameDecoder.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;
class SerialLink;

// Finds out what a device on a port is and what it holds, writing nothing: opens the port, works out
// the profile (or takes the one given), identifies the device and lists its credentials.
class DeviceInspection : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView automatic{"auto"};

    DeviceInspection(SerialSettings settings, QString profileName, std::optional<int> slot, QObject *parent = nullptr);
    ~DeviceInspection() override;

    // Stop once the device has said who it is, for a caller that only needs the profile and identity,
    // and keep the port open for takeOpenPort().
    void setIdentifyOnly(bool identifyOnly) { m_identifyOnly = identifyOnly; }
    // For an automatic inspection: the profile the device answered as before (see
    // RememberedProfiles). It identifies the device without the probe; should it fail, the device
    // is asked as if nothing were remembered.
    void setExpectedProfile(const QString &profile) { m_expectedProfile = profile; }
    // For an MCUmgr device: where a product put its credentials (the defaults unless given).
    void setFileLayout(const SmpFileLayout &layout) { m_smpFiles = layout; }
    void start();

    QString profileName() const { return m_profileName; }
    DeviceIdentity identity() const { return m_identity; }
    QList<StoredCredential> credentials() const { return m_credentials; }
    std::optional<DeviceError> error() const { return m_error; }
    // AWS certificate IDs (SHA-256 of the DER) of client certificates the device gave back, by slot.
    QMap<int, QString> certificateIds() const { return m_certificateIds; }

    // After an identify-only inspection that succeeded: the open port and the profile that identified
    // the device, with a job's timeouts, now owned by newParent. Opening the device again would cost
    // a session start (the station protocol's settle pause) and tell nothing new. Null members once
    // taken, or when the inspection failed or was not identify-only.
    struct OpenPort
    {
        SerialLink *link = nullptr;
        DeviceProfile *profile = nullptr;
    };
    OpenPort takeOpenPort(QObject *newParent);

    // Shorter than in a real job: a device that does not speak a profile is only waited for briefly.
    static DeviceProfile::Timeouts probeTimeouts();
    // How long a device has to answer DeviceProfiles::probeRequest(), and how long the rest of its
    // answer is given after the line that named the profile, before that profile takes the port.
    static constexpr std::chrono::milliseconds probeAnswerWait{500};
    static constexpr std::chrono::milliseconds probeQuietTime{40};

Q_SIGNALS:
    void progress(const QString &message);
    void finished();

private:
    enum class State {
        Idle,
        Confirming, // the remembered profile identifies the device
        Asking,     // the probe request is out; its answer names the profile
        Distinguishing, // the answer named a profile another answers alike; a second question decides
        Probing, // trying profiles one by one, for a device whose answer said nothing known
        Identifying,
        Listing,
        ReadingCertificates,
        Done
    };

    void ask();
    void probeAnswer(const QByteArray &bytes);
    void followUpAnswer(const QByteArray &bytes);
    // The answer named a profile (or none came in time): the candidates are tried, that one first.
    void endAsking();
    void tryNextCandidate();
    void useProfile(const QString &name);
    void identified(const DeviceIdentity &identity);
    void listed(const QList<StoredCredential> &credentials);
    void readNextCertificate();
    void certificateRead(int slot, CredentialKind kind, const QByteArray &pem);
    void finish();
    void operationFailed(const DeviceError &error);
    void fail(const DeviceError &error);

    SerialSettings m_settings;
    QString m_requestedProfile;
    std::optional<int> m_slot;
    bool m_identifyOnly = false;
    QString m_expectedProfile;
    SmpFileLayout m_smpFiles = SmpFileLayout::defaults();
    State m_state = State::Idle;
    SerialLink *m_link;
    QTimer *m_probeTimer;
    LineAssembler m_probeLines;
    SmpFrameDecoder m_followUpAnswer;
    QString m_recognised;
    QPointer<DeviceProfile> m_profile;
    QStringList m_candidates;
    QStringList m_triedWithoutAnswer;
    qint64 m_bytesHeard = 0;
    QString m_profileName;
    DeviceIdentity m_identity;
    QList<StoredCredential> m_credentials;
    QList<int> m_certificatesToRead;
    QMap<int, QString> m_certificateIds;
    std::optional<DeviceError> m_error;
};
