#pragma once

#include "simulator/SimulatorFault.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <chrono>
#include <optional>

namespace Simulator {

// Everything that makes one simulated device differ from another. Unset optionals take the
// profile's default (resolved()), which is what a real device of that kind ships with.
struct SimulatorOptions
{
    enum class Profile { ZephyrShell, NrfModem, Station, EspAt, McuMgrSmp };

    Profile profile = Profile::ZephyrShell;

    // Line rate in baud; a byte takes 10 bit times (8N1) in both directions.
    int baud = 115200;
    // Bytes the receive path holds while the firmware is busy; a burst beyond it is dropped.
    std::optional<int> rxBuffer;
    // Zephyr: CONFIG_SHELL_CMD_BUFF_SIZE; nRF: the AT host's command buffer; MCUmgr: the SMP
    // buffer (CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE), the largest packet it takes. The station
    // library's line limit is fixed when it is compiled.
    std::optional<int> lineMax;
    // Zephyr: credential slots (CONFIG_TLS_MAX_CREDENTIALS_NUMBER); nRF: credentials the modem
    // stores before it reports memory full; station: slots reported by HELLO.
    std::optional<int> slots;
    // Zephyr: CONFIG_TLS_CREDENTIALS_SHELL_CRED_BUF_SIZE, in characters of base64 text.
    int credBufSize = 1024;
    // Zephyr: the shell has `cred buf load` (raw input ended by Ctrl+C, Zephyr pull request
    // 90358); older releases such as 3.7 do not.
    bool credBufLoad = false;
    // Station: the largest credential the staging area holds.
    int maxCredential = 4096;
    // Station: 2 reports pipe=2 in HELLO, so the host may send a write's next request before the
    // current one's reply (protocol section 3.7); 1 leaves it out, for a stop-and-wait host.
    int pipe = 2;

    // The flash a device keeps its credentials in. Erasing works on whole sectors and is slow;
    // programming works on words and is fast. The defaults are the nRF52840's internal flash
    // (Product Specification, NVMC electrical specification: 4 KiB pages, t_ERASEPAGE 85 ms,
    // t_WRITE 41 us per 32-bit word). See docs/device-simulator.md, "Flash".
    struct FlashTiming
    {
        int sectorBytes = 4096;
        std::chrono::microseconds sectorErase{85000};
        int wordBytes = 4;
        std::chrono::microseconds wordProgram{41};
    };

    // How long the firmware is busy with a command besides the flash work it does: parsing,
    // decoding, hashing, answering.
    std::chrono::milliseconds commandTime{1};
    FlashTiming flash;
    // When set, every command that writes or deletes a credential keeps the firmware busy for
    // this flat time instead of its command time and flash work (--write-ms; the simulator's
    // only model before it modelled flash).
    std::optional<std::chrono::milliseconds> writeTime;

    // Average interval of unrelated log lines (Zephyr and station); zero for none.
    std::chrono::milliseconds logNoise{0};
    quint32 seed = 1;

    QString imei = QStringLiteral("352656100367872");
    std::optional<QString> firmware;
    QString serial = QStringLiteral("FPS-SIM-0001");
    // ESP-AT: the station MAC address (AT+CIPSTAMAC?), and the size of the manufacturing NVS
    // partition in bytes (Espressif's AT+SYSFLASH example writes one of 0x1C000).
    QString mac = QStringLiteral("24:0a:c4:00:00:01");
    int nvsBytes = 0x1C000;
    int cfun = 1;
    bool echo = false;
    bool overwrite = true;
    // MCUmgr: the file system group hashes with CRC32 only (no SHA-256 built in), and the device
    // answers in SMP version 1 ("rc") even to version 2 requests.
    bool smpCrc32Only = false;
    bool smpVersion1 = false;

    // JSON file with what the device holds; empty keeps everything in memory.
    QString storePath;
    // Start with an empty device even when the store file holds credentials.
    bool fresh = false;

    QList<SimulatorFault> faults;

    // Fills in the profile's defaults and checks the values; nullopt with *error set if one is
    // out of range.
    std::optional<SimulatorOptions> resolved(QString *error) const;

    static QString profileName(Profile profile);
    static std::optional<Profile> parseProfile(QStringView name);
};

} // namespace Simulator
