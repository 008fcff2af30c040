#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Simulator {

// A deliberate misbehaviour of the simulated device, for exercising the station's error handling.
struct SimulatorFault
{
    enum class Kind {
        Vanish,        // the device disappears: the pty master closes after VALUE more bytes
        CorruptByte,   // a stored credential gets one byte flipped (at offset VALUE)
        StopAnswering, // the device keeps reading and executing but sends nothing
        RejectWrite,   // a credential write fails (Zephyr cred add, modem 515, station ERR 12)
        WrongDigest,   // a reported digest does not match what is stored (esp-at: a value reads back changed)
        Busy,          // esp-at: a command is dropped with "busy p..."
        LostOk,        // esp-at: a value is stored but the OK after its bytes never comes
        // MCUmgr SMP (mcumgr-smp):
        DropFrame,      // a request packet is lost on its way in
        CrcError,       // an answer leaves with a wrong CRC
        OffsetMismatch, // an upload rewinds to the start of the chunk before
        BufferTooSmall, // an upload chunk finds no buffer (MGMT_ERR_EMSGSIZE)
        LostAnswer,     // a request is carried out, its answer lost
    };

    Kind kind = Kind::StopAnswering;
    // Occurrences still to come (credentials, commands, digests); -1 keeps the fault until it is
    // cleared. Vanish happens once.
    int remaining = 1;
    // Vanish: bytes still received before the device disappears (default 1). CorruptByte: the
    // offset of the flipped byte (default: the middle of the credential).
    std::optional<int> value;

    // NAME[=VALUE][xCOUNT|x*], e.g. "vanish=300", "stop-answeringx*", "wrong-digestx2".
    static std::optional<SimulatorFault> parse(QStringView spec, QString *error);
    // The inverse of parse().
    QString toString() const;

    static QString kindName(Kind kind);
};

} // namespace Simulator
