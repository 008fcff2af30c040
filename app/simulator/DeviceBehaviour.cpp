#include "simulator/DeviceBehaviour.h"

#include "simulator/CredentialStore.h"
#include "simulator/DeviceOutput.h"
#include "simulator/SimulatorFaults.h"

using namespace Qt::StringLiterals;

namespace Simulator {

DeviceBehaviour::DeviceBehaviour(DeviceContext context)
    : m_context(std::move(context))
{
}

DeviceBehaviour::~DeviceBehaviour() = default;

void DeviceBehaviour::note(const QString &message) const
{
    if (m_context.note)
        m_context.note(message);
}

std::chrono::microseconds DeviceBehaviour::busyTime(bool writesCredential) const
{
    if (writesCredential && options().writeTime)
        return *options().writeTime;
    return options().commandTime;
}

void DeviceBehaviour::eraseFlash(qint64 bytes)
{
    const SimulatorOptions::FlashTiming &flash = options().flash;
    if (options().writeTime || bytes <= 0)
        return;
    const qint64 sectors = (bytes + flash.sectorBytes - 1) / flash.sectorBytes;
    output().extendBusy(flash.sectorErase * sectors);
}

void DeviceBehaviour::programFlash(qint64 offset, qint64 bytes)
{
    const SimulatorOptions::FlashTiming &flash = options().flash;
    if (options().writeTime || bytes <= 0)
        return;
    const qint64 words =
            (offset + bytes + flash.wordBytes - 1) / flash.wordBytes - offset / flash.wordBytes;
    output().extendBusy(flash.wordProgram * words);
}

bool DeviceBehaviour::storeCredential(StoredCredential credential, QString *error)
{
    if (const auto fault = faults().take(SimulatorFault::Kind::CorruptByte);
        fault && !credential.bytes.isEmpty()) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(fault->value.value_or(
                                                              int(credential.bytes.size() / 2))),
                                        credential.bytes.size() - 1);
        credential.bytes[offset] = char(~credential.bytes.at(offset));
        note(u"fault corrupt-byte: flipped byte %1 of tag %2 type %3"_s.arg(offset)
                     .arg(credential.tag)
                     .arg(credential.typeName));
    }
    return store().put(std::move(credential), error);
}

QByteArray DeviceBehaviour::reportedSha256(const StoredCredential &credential)
{
    QByteArray digest = credential.sha256;
    if (reportWrongDigest(credential))
        digest[0] = char(~digest.at(0));
    return digest;
}

bool DeviceBehaviour::reportWrongDigest(const StoredCredential &credential)
{
    if (!faults().take(SimulatorFault::Kind::WrongDigest))
        return false;
    note(u"fault wrong-digest: reporting a wrong digest for tag %1 type %2"_s.arg(credential.tag)
                 .arg(credential.typeName));
    return true;
}

bool DeviceBehaviour::rejectWrite(const QString &what)
{
    if (!faults().take(SimulatorFault::Kind::RejectWrite))
        return false;
    note(u"fault reject-write: refused to store %1"_s.arg(what));
    return true;
}

QByteArray DeviceBehaviour::logTimestamp() const
{
    const qint64 us = m_context.output.uptime().count();
    const qint64 ms = us / 1000;
    return QByteArray("[")
            + QByteArray::number(ms / 3600000).rightJustified(2, '0') + ':'
            + QByteArray::number(ms / 60000 % 60).rightJustified(2, '0') + ':'
            + QByteArray::number(ms / 1000 % 60).rightJustified(2, '0') + '.'
            + QByteArray::number(ms % 1000).rightJustified(3, '0') + ','
            + QByteArray::number(us % 1000).rightJustified(3, '0') + ']';
}

} // namespace Simulator
