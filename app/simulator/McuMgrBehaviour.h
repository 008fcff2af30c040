#pragma once

#include "simulator/DeviceBehaviour.h"
#include "simulator/SmpWire.h"

#include <QByteArray>
#include <QList>
#include <QMap>

namespace Simulator {

// A Zephyr device managed with MCUmgr over its shell console (CONFIG_MCUMGR_TRANSPORT_SHELL): lines
// that start with an SMP frame go to MCUmgr, anything else to the shell, which knows no commands of
// interest and says so. MCUmgr has the OS group (echo, parameters, information), the file system
// group (upload, download, status, hash) and the shell group (`fs rm`). Files live on a simulated
// littlefs; those under /lfs/cred/<tag>/ are the credentials the product loads at boot, and are
// mirrored into the credential store as tag and type.
class McuMgrBehaviour : public DeviceBehaviour
{
public:
    explicit McuMgrBehaviour(DeviceContext context);

    void boot() override;
    void receive(char byte) override;
    void logNoise(quint32 random) override;
    QJsonObject status() const override;

    // The directory credentials are loaded from, and the file names that mean each credential type.
    static constexpr char credentialDirectory[] = "/lfs/cred/";

private:
    struct Request
    {
        quint8 op = 0;
        quint8 version = 0;
        quint16 group = 0;
        quint8 sequence = 0;
        quint8 command = 0;
        SmpWire::Map body;
    };
    struct Answer
    {
        SmpWire::MapWriter body;
        int rc = 0;               // MGMT_ERR, answered as "rc" in either version
        int groupRc = 0;          // the group's own code: "err" in version 2, mapped to rc in version 1
        int version1Rc = 0;       // what version 1 answers instead of groupRc
    };

    void shellLine(const QByteArray &line);
    void frameLine(const QByteArray &line);
    void execute(const QByteArray &packet);
    Answer run(const Request &request, bool *writes);
    Answer osCommand(const Request &request);
    Answer fileCommand(const Request &request, bool *writes);
    Answer upload(const Request &request, bool *writes);
    Answer download(const Request &request);
    Answer fileStatus(const Request &request);
    Answer hash(const Request &request);
    Answer shellCommand(const Request &request, bool *writes);
    void reply(const Request &request, const Answer &answer);
    void fileChanged(const QByteArray &name);
    void loadFromStore();
    int packetLimit() const;

    // Shell input, and the frames of a packet being received.
    QByteArray m_line;
    bool m_inFrame = false;
    QList<QByteArray> m_frames;

    struct File
    {
        QByteArray bytes;
        // A secret restored from the store file: only its digest and length are known.
        QByteArray sha256;
        qint64 length = 0;
    };
    QMap<QByteArray, File> m_files;
    QByteArray m_uploadName;
    qint64 m_uploadLength = 0;
    qint64 m_uploadOffset = 0;
    qint64 m_previousChunkOffset = 0;
    int m_packetsAnswered = 0;
};

} // namespace Simulator
