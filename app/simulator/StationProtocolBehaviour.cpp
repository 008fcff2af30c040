#include "simulator/StationProtocolBehaviour.h"

#include "simulator/CredentialStore.h"
#include "simulator/DeviceOutput.h"

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Simulator {

namespace {

QString typeName(station_cred_type type)
{
    switch (type) {
    case STATION_CRED_CERT:
        return u"CERT"_s;
    case STATION_CRED_KEY:
        return u"KEY"_s;
    case STATION_CRED_CA:
        return u"CA"_s;
    }
    return u"?"_s;
}

StationProtocolBehaviour *profileOf(void *user)
{
    return static_cast<StationProtocolBehaviour *>(user);
}

} // namespace

StationProtocolBehaviour::StationProtocolBehaviour(DeviceContext context)
    : DeviceBehaviour(std::move(context))
    , m_serial(options().serial.toLatin1())
    , m_firmware(options().firmware.value_or(QString()).toLatin1())
    , m_device(std::make_unique<station_device>())
{
}

StationProtocolBehaviour::~StationProtocolBehaviour()
{
    wipeStage();
}

void StationProtocolBehaviour::boot()
{
    wipeStage();
    m_lineStart.clear();
    m_lineHasContent = false;

    station_device_config config{};
    config.serial = m_serial.constData();
    config.firmware = m_firmware.constData();
    config.slots = uint8_t(*options().slots);
    config.max_credential = uint32_t(options().maxCredential);
    config.max_chunk = 0;
    config.rx_buffer = uint32_t(*options().rxBuffer);
    // SerialLine keeps filling its receive buffer while the library handles a line, which is what
    // pipe=2 promises (protocol section 3.7).
    config.pipeline = uint8_t(options().pipe);
    config.storage.user = this;
    config.storage.info = &StationProtocolBehaviour::info;
    config.storage.read = &StationProtocolBehaviour::read;
    config.storage.stage_begin = &StationProtocolBehaviour::stageBegin;
    config.storage.stage_write = &StationProtocolBehaviour::stageWrite;
    config.storage.stage_read = &StationProtocolBehaviour::stageRead;
    config.storage.stage_commit = &StationProtocolBehaviour::stageCommit;
    config.storage.stage_discard = &StationProtocolBehaviour::stageDiscard;
    config.storage.remove = &StationProtocolBehaviour::remove;
    config.write = &StationProtocolBehaviour::write;
    config.write_user = this;
    m_ready = station_device_init(m_device.get(), &config);
    if (!m_ready) {
        note(u"the station library refused its configuration"_s);
        return;
    }
    output().send(logTimestamp() + " <inf> prov: station protocol " 
                  + QByteArray::number(STATION_PROTOCOL_VERSION) + " ready\r\n");
}

void StationProtocolBehaviour::receive(char byte)
{
    if (!m_ready)
        return;
    const auto *data = reinterpret_cast<const uint8_t *>(&byte);
    if (byte != '\r' && byte != '\n') {
        if (m_lineStart.size() < 24)
            m_lineStart.append(byte);
        m_lineHasContent = m_lineHasContent || (byte != ' ' && byte != '\t');
        station_device_input(m_device.get(), data, 1);
        return;
    }
    if (!m_lineHasContent) {
        station_device_input(m_device.get(), data, 1);
        m_lineStart.clear();
        return;
    }
    // The library handles the whole request, storage calls and reply, when the line ends. The
    // storage callbacks below add the flash work each call does; the verb only matters for a flat
    // --write-ms.
    const QByteArray verb = m_lineStart.simplified().split(' ').value(1).toUpper();
    const bool writes = verb == "WRITE" || verb == "CHUNK" || verb == "COMMIT" || verb == "DELETE";
    output().commandStarted(busyTime(writes));
    station_device_input(m_device.get(), data, 1);
    output().commandFinished();
    m_lineStart.clear();
    m_lineHasContent = false;
}

void StationProtocolBehaviour::logNoise(quint32 random)
{
    static const std::array<const char *, 4> lines{
            "<inf> prov: battery 3.91 V",
            "<inf> app: heartbeat",
            "<wrn> flash: erase took 31 ms",
            "<inf> prov: waiting for the station",
    };
    output().send(logTimestamp() + ' ' + lines.at(random % lines.size()) + "\r\n");
}

int StationProtocolBehaviour::info(void *user, uint8_t slot, station_cred_type type, uint32_t *length)
{
    const StoredCredential *credential = profileOf(user)->store().find(slot, int(type));
    *length = credential ? uint32_t(credential->length) : 0;
    return 0;
}

int StationProtocolBehaviour::read(void *user, uint8_t slot, station_cred_type type, uint32_t offset,
                         uint8_t *buffer, size_t length)
{
    StationProtocolBehaviour *profile = profileOf(user);
    const StoredCredential *credential = profile->store().find(slot, int(type));
    // A key restored from the store file is known by its digest only: its bytes stayed in the
    // memory of the simulator that received it.
    if (!credential || credential->bytes.isEmpty()
        || qsizetype(offset) + qsizetype(length) > credential->bytes.size()) {
        return -1;
    }
    std::memcpy(buffer, credential->bytes.constData() + offset, length);
    // The library hashes what it reads, from offset 0 on: a flipped first byte makes the
    // digest it reports wrong while the stored bytes stay right.
    if (offset == 0 && length > 0 && profile->reportWrongDigest(*credential))
        buffer[0] = uint8_t(~buffer[0]);
    return 0;
}

// The storage behind the library is flash in the A/B layout firmware/station-device/README.md
// describes: each (slot, type) has two areas, each a header and room for a credential.
// stage_begin erases the spare area (the sectors that header and credential take), stage_write
// programs the data, stage_commit programs the header that makes the area current, remove
// programs a "deleted" header. Reads are memory-mapped and cost nothing here.
int StationProtocolBehaviour::stageBegin(void *user, uint8_t, station_cred_type, uint32_t length)
{
    StationProtocolBehaviour *profile = profileOf(user);
    profile->eraseFlash(recordHeaderBytes + qint64(length));
    profile->wipeStage();
    profile->m_stage = QByteArray(qsizetype(length), '\0');
    return 0;
}

int StationProtocolBehaviour::stageWrite(void *user, uint32_t offset, const uint8_t *data, size_t length)
{
    StationProtocolBehaviour *profile = profileOf(user);
    QByteArray &stage = profile->m_stage;
    if (qsizetype(offset) + qsizetype(length) > stage.size())
        return -1;
    profile->programFlash(recordHeaderBytes + qint64(offset), qint64(length));
    std::memcpy(stage.data() + offset, data, length);
    return 0;
}

int StationProtocolBehaviour::stageRead(void *user, uint32_t offset, uint8_t *buffer, size_t length)
{
    const QByteArray &stage = profileOf(user)->m_stage;
    if (qsizetype(offset) + qsizetype(length) > stage.size())
        return -1;
    std::memcpy(buffer, stage.constData() + offset, length);
    return 0;
}

int StationProtocolBehaviour::stageCommit(void *user, uint8_t slot, station_cred_type type, uint32_t length)
{
    StationProtocolBehaviour *profile = profileOf(user);
    if (qsizetype(length) != profile->m_stage.size())
        return -1;
    if (profile->rejectWrite(u"slot %1 %2"_s.arg(slot).arg(typeName(type))))
        return -1;
    profile->programFlash(0, recordHeaderBytes);
    StoredCredential credential;
    credential.tag = slot;
    credential.type = int(type);
    credential.typeName = typeName(type);
    credential.secret = type == STATION_CRED_KEY;
    credential.bytes = profile->m_stage;
    profile->wipeStage();
    QString error;
    if (!profile->storeCredential(credential, &error)) {
        profile->note(error);
        return -1;
    }
    return 0;
}

void StationProtocolBehaviour::stageDiscard(void *user)
{
    profileOf(user)->wipeStage();
}

int StationProtocolBehaviour::remove(void *user, uint8_t slot, station_cred_type type)
{
    StationProtocolBehaviour *profile = profileOf(user);
    profile->programFlash(0, recordHeaderBytes);
    QString error;
    if (!profile->store().remove(slot, int(type), &error)) {
        profile->note(error);
        return -1;
    }
    return 0;
}

void StationProtocolBehaviour::write(void *user, const char *data, size_t length)
{
    profileOf(user)->output().send(QByteArray(data, qsizetype(length)));
}

void StationProtocolBehaviour::wipeStage()
{
    // Key chunks pass through the staging area; they should not linger once it is abandoned.
    m_stage.fill('\0');
    m_stage.clear();
}

} // namespace Simulator
