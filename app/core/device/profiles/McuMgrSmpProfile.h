#pragma once

#include "device/DeviceProfile.h"
#include "device/smp/SmpFileLayout.h"
#include "device/smp/SmpFrameDecoder.h"
#include "device/smp/SmpResponse.h"

class CborWriter;

// Zephyr devices managed with MCUmgr over their serial console (SMP, see device/smp). MCUmgr has no
// command for TLS credentials: the product loads them from files at boot, so each credential is
// uploaded as a file (file system group 8, command 0) to the path the file layout names, in chunks
// that fit the buffer the device reports (OS group 0, command 6), and verified with the file system's
// SHA-256 (command 2), or where the device hashes only with CRC32, by reading the file back and
// hashing it on the host in locked memory. A delete overwrites the file with zeros and removes it
// through the shell group where the device has it, or leaves it empty where not.
//
// Every request is answered or resent: a lost or damaged frame (no answer in time, or a CRC that does
// not match) sends the request again with its sequence number, at most maxResends times; an upload
// the device answers with another offset than expected resumes where the device says.
class McuMgrSmpProfile : public DeviceProfile
{
    Q_OBJECT

public:
    explicit McuMgrSmpProfile(QObject *parent = nullptr);
    ~McuMgrSmpProfile() override;

    QString name() const override { return QStringLiteral("mcumgr-smp"); }
    QByteArray expectedDigest(CredentialKind kind, const QCA::SecureArray &pem) const override;
    bool canReadCertificates() const override { return true; }

    void setFileLayout(const SmpFileLayout &layout) { m_layout = layout; }
    const SmpFileLayout &fileLayout() const { return m_layout; }

    // An SMP echo in SMP framing: a device with MCUmgr's shell transport answers it with an SMP
    // frame, a plain shell with a line of text. It changes nothing on either.
    static QByteArray detectionRequest();
    static bool isDetectionAnswer(const QByteArray &packet);

    static constexpr int maxResends = 3;
    // What an upload takes when the device does not report its buffer: Zephyr's shell transport MTU.
    static constexpr int fallbackBufferSize = 256;
    // Slots listed when no slot is asked for: the file system cannot be listed through MCUmgr.
    static constexpr int listedSlots = 4;
    // The largest credential file read back.
    static constexpr qint64 maxFileBytes = 16384;

protected:
    void startOperation(const QCA::SecureArray &pem) override;
    bool readsLines() const override { return false; }
    void bytesReceived(const QByteArray &bytes) override;
    void lineReceived(const QByteArray &line) override { Q_UNUSED(line) }
    QByteArray lineEnd() const override { return QByteArrayLiteral("\n"); }
    void timedOut() override;

private:
    enum class Step {
        Idle,
        Parameters,  // OS 6: buffer size and count
        Information, // OS 7: OS and application information
        Status,      // FS 1: does the file exist, and how long is it
        Hash,        // FS 2: its SHA-256
        Download,    // FS 0 read: the file, into locked memory
        Upload,      // FS 0 write: one chunk
        Remove,      // shell group 9: fs rm
    };
    // What an upload is for: the credential, zeros over a credential, or an empty file in its place.
    enum class UploadPurpose { Credential, Overwrite, Truncate };
    struct Target
    {
        int slot;
        CredentialKind kind;
    };

    void request(Step step, bool write, quint16 group, quint8 command, const CborWriter &body);
    void resend();
    // The one transition function: the device answered the current request.
    void responded(const SmpResponse &response);
    void afterParameters();
    void listNext();
    void askStatus(const Target &target);
    void askHash();
    void startDownload();
    void askDownloadChunk();
    void downloaded();
    void startUpload(QCA::SecureArray content, UploadPurpose purpose);
    void sendChunk();
    void uploaded();
    void askRemove();
    void fail(DeviceError::Kind kind, const QString &message);
    void wipeSecrets();
    bool isFileMissing(const SmpResponse &response) const;
    bool hashUnavailable(const SmpResponse &response) const;
    QString errorText(const SmpResponse &response) const;
    qsizetype maxChunkBytes() const;

    SmpFileLayout m_layout = SmpFileLayout::defaults();
    SmpFrameDecoder m_decoder;
    Step m_step = Step::Idle;
    quint8 m_sequence = 0;
    quint16 m_group = 0;
    quint8 m_command = 0;
    QByteArray m_frames; // the request in flight, for a resend; wiped after
    int m_resends = 0;
    bool m_sawShellText = false;

    // What the device reported; kept for the operations that follow in a job.
    std::optional<int> m_bufferSize;
    bool m_noSha256 = false;

    DeviceIdentity m_identity;
    QList<Target> m_targets;
    Target m_target{0, CredentialKind::Certificate};
    QList<StoredCredential> m_listed;

    QCA::SecureArray m_content; // the credential, encoded as the device is to hold it
    QCA::SecureArray m_upload;  // what the running upload sends
    UploadPurpose m_purpose = UploadPurpose::Credential;
    qint64 m_offset = 0;
    qint64 m_chunk = 0;
    int m_resumes = 0;
    QCA::SecureArray m_readBack;
    qint64 m_readLength = -1;
};
