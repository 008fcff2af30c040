#pragma once

#include "simulator/DeviceBehaviour.h"

#include "station_device.h"

#include <QByteArray>

#include <memory>

namespace Simulator {

// A device whose firmware runs the station protocol's C library (firmware/station-device)
// unchanged, with the simulator's credential store behind the library's storage interface.
class StationProtocolBehaviour : public DeviceBehaviour
{
public:
    explicit StationProtocolBehaviour(DeviceContext context);
    ~StationProtocolBehaviour() override;

    void boot() override;
    void receive(char byte) override;
    void logNoise(quint32 random) override;

private:
    static int info(void *user, uint8_t slot, station_cred_type type, uint32_t *length);
    static int read(void *user, uint8_t slot, station_cred_type type, uint32_t offset,
                    uint8_t *buffer, size_t length);
    static int stageBegin(void *user, uint8_t slot, station_cred_type type, uint32_t length);
    static int stageWrite(void *user, uint32_t offset, const uint8_t *data, size_t length);
    static int stageRead(void *user, uint32_t offset, uint8_t *buffer, size_t length);
    static int stageCommit(void *user, uint8_t slot, station_cred_type type, uint32_t length);
    static void stageDiscard(void *user);
    static int remove(void *user, uint8_t slot, station_cred_type type);
    static void write(void *user, const char *data, size_t length);

    void wipeStage();

    // The library keeps pointers to these for as long as the context lives.
    QByteArray m_serial;
    QByteArray m_firmware;
    std::unique_ptr<station_device> m_device;
    bool m_ready = false;
    // Enough of the current line to tell a request that writes to flash from one that reads.
    QByteArray m_lineStart;
    bool m_lineHasContent = false;
    QByteArray m_stage;
};

} // namespace Simulator
