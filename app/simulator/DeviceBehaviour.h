#pragma once

#include "simulator/DeviceContext.h"
#include "simulator/StoredCredential.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <chrono>

namespace Simulator {

// The firmware of one kind of device: it reads bytes from its receive buffer one at a time,
// whenever it is not busy, and answers through the DeviceOutput.
class DeviceBehaviour
{
public:
    explicit DeviceBehaviour(DeviceContext context);
    virtual ~DeviceBehaviour();
    Q_DISABLE_COPY_MOVE(DeviceBehaviour)

    // Power on (again): everything but the credential storage starts over.
    virtual void boot() = 0;
    virtual void receive(char byte) = 0;
    // Bytes of a burst were dropped because the receive buffer was full.
    virtual void receiveOverrun() {}
    // An unrelated log line, if this kind of firmware logs to its console.
    virtual void logNoise(quint32 random) { Q_UNUSED(random) }
    // What the control socket's status adds for this kind of device.
    virtual QJsonObject status() const { return {}; }

protected:
    const SimulatorOptions &options() const { return m_context.options; }
    DeviceOutput &output() { return m_context.output; }
    CredentialStore &store() { return m_context.store; }
    SimulatorFaults &faults() { return m_context.faults; }
    void note(const QString &message) const;

    // The header of a credential record in flash, as firmware/station-device/README.md lays it
    // out for an A/B layout: magic, generation, length and a CRC-32, four 32-bit words.
    static constexpr qint64 recordHeaderBytes = 16;

    // The time a command keeps the firmware busy before any flash work: --command-ms, or the flat
    // --write-ms for a command that writes or deletes a credential when that is set.
    std::chrono::microseconds busyTime(bool writesCredential) const;
    // Flash work of the running command, which keeps the firmware busy that much longer (see
    // SimulatorOptions::FlashTiming). Erasing covers the sectors that `bytes` bytes from the start
    // of a sector occupy; programming covers every word that [offset, offset + bytes) touches.
    // Neither costs anything when a flat --write-ms stands in for the flash.
    void eraseFlash(qint64 bytes);
    void programFlash(qint64 offset, qint64 bytes);

    // Stores a credential, flipping one byte first if a corrupt-byte fault is pending.
    bool storeCredential(StoredCredential credential, QString *error);
    // The raw SHA-256 the device reports for a credential: a wrong one while a wrong-digest
    // fault is pending.
    QByteArray reportedSha256(const StoredCredential &credential);
    // True, once per pending wrong-digest fault, when this digest report must be wrong.
    bool reportWrongDigest(const StoredCredential &credential);
    // True, once per pending reject-write fault, when a write must fail.
    bool rejectWrite(const QString &what);

    // "[00:00:07.412,000]": the uptime as Zephyr's logger prints it.
    QByteArray logTimestamp() const;

private:
    DeviceContext m_context;
};

} // namespace Simulator
