#include "jobs/AttentionAction.h"

#include "base/ForeignText.h"
#include "device/DeviceCredentialDelete.h"
#include "device/DeviceProfile.h"
#include "device/DeviceStateRestore.h"
#include "device/SerialPortList.h"
#include "jobs/CertificateRevocation.h"

#include <algorithm>

AttentionAction::AttentionAction(Setup setup, JobJournal::LeftBehindRecord record, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_record(std::move(record))
{
}

AttentionAction::~AttentionAction() = default;

bool AttentionAction::stationActs(LeftBehind::Action action)
{
    switch (action) {
    case LeftBehind::Action::RevokeCertificate:
    case LeftBehind::Action::DeleteFromDevice:
    case LeftBehind::Action::RestoreDeviceMode:
        return true;
    case LeftBehind::Action::FindAndRevokeCertificate:
    case LeftBehind::Action::CheckDevice:
    case LeftBehind::Action::RecoverAgain:
        break;
    }
    return false;
}

QString AttentionAction::label(const LeftBehind &item)
{
    switch (item.action) {
    case LeftBehind::Action::RevokeCertificate: return tr("Revoke certificate…");
    case LeftBehind::Action::DeleteFromDevice:
        return item.kind == LeftBehind::Kind::DeviceHoldsCertificateAndKey ? tr("Delete them from the device")
                                                                           : tr("Delete it from the device");
    case LeftBehind::Action::RestoreDeviceMode: return tr("Put the device back");
    case LeftBehind::Action::RecoverAgain: return tr("Recover again");
    case LeftBehind::Action::FindAndRevokeCertificate:
    case LeftBehind::Action::CheckDevice:
        break;
    }
    return finishByHandLabel();
}

QString AttentionAction::finishByHandLabel()
{
    return tr("Done by hand…");
}

void AttentionAction::start(const QString &reason)
{
    if (m_state != State::Idle)
        return;
    m_reason = reason;
    switch (m_record.item.action) {
    case LeftBehind::Action::RevokeCertificate:
        transition(State::Revoking);
        return;
    case LeftBehind::Action::DeleteFromDevice:
    case LeftBehind::Action::RestoreDeviceMode:
        // A port name is this machine's: the same name at the desk is another device, or none.
        if (!m_record.station.isEmpty() && m_record.station != m_setup.station) {
            failWith(tr("The device was at station %1; this station cannot reach it. Do it at %1, then mark it "
                        "done by hand.")
                         .arg(ForeignText::escaped(m_record.station)));
            return;
        }
        transition(m_record.item.action == LeftBehind::Action::DeleteFromDevice ? State::DeletingFromDevice
                                                                                : State::RestoringDevice);
        return;
    case LeftBehind::Action::FindAndRevokeCertificate:
    case LeftBehind::Action::CheckDevice:
    case LeftBehind::Action::RecoverAgain:
        break;
    }
    // IDs, ports and device answers came from outside.
    failWith(tr("The station cannot do this itself: %1 Then mark it done by hand.")
                 .arg(ForeignText::escaped(LeftBehind::describe(m_record.item))));
}

void AttentionAction::finishByHand(const QString &how)
{
    if (m_state != State::Idle)
        return;
    markDone(how.trimmed().isEmpty() ? tr("done by hand") : tr("done by hand: %1").arg(how.trimmed()));
}

void AttentionAction::transition(State next)
{
    m_state = next;
    enter(next);
}

void AttentionAction::enter(State state)
{
    switch (state) {
    case State::Idle:
        return;
    case State::Revoking:
        revoke();
        return;
    case State::DeletingFromDevice:
        deleteFromDevice();
        return;
    case State::RestoringDevice:
        restoreDevice();
        return;
    case State::Done:
    case State::Failed:
        Q_EMIT finished();
        return;
    }
}

void AttentionAction::revoke()
{
    CertificateRevocation::Settings settings;
    settings.certificateId = m_record.item.certificateId;
    settings.deviceId = m_record.item.deviceId;
    settings.operatorName = m_setup.operatorName;
    settings.station = m_setup.station;
    settings.reason = m_reason;
    // This item stays open when the outcome is uncertain: a second one would ask for the same revoke.
    settings.leaveUncertainOutcomeOpen = false;
    auto *revocation = new CertificateRevocation(m_setup.client, m_setup.journal, settings, this);
    connect(revocation, &CertificateRevocation::finished, this, [this, revocation] {
        revocation->deleteLater();
        const FoundryError error = revocation->error();
        const QString certificate = ForeignText::escaped(m_record.item.certificateId);
        if (!error.isError())
            markDone(tr("certificate %1 revoked (revoke job %2)").arg(certificate).arg(revocation->journalId()));
        else if (error.kind() == FoundryError::Kind::NotFound)
            // The earlier revoke whose answer was lost went through after all.
            markDone(tr("Foundry no longer knows certificate %1, so nothing was left to revoke").arg(certificate));
        else
            failWith(tr("Certificate %1 is not revoked: %2 The item stays open; try again.").arg(certificate, error.message()));
    });
    revocation->start();
}

bool AttentionAction::portHeldByLane() const
{
    const QString device = SerialPortList::deviceKey(m_record.item.port);
    return std::any_of(m_setup.lanePorts.cbegin(), m_setup.lanePorts.cend(),
                       [&device](const QString &port) { return SerialPortList::deviceKey(port) == device; });
}

std::optional<DeviceAccess> AttentionAction::accessOfJob()
{
    const std::optional<JobJournal::Job> job = m_setup.journal->job(m_record.jobId);
    if (!job && !m_setup.journal->errorString().isEmpty()) {
        failWith(tr("The station could not read from the journal how the job spoke to the device: %1 Check that the "
                    "journal can be reached, then try again; the item stays open.")
                     .arg(m_setup.journal->errorString()));
        return std::nullopt;
    }
    // No such job: no profile to name, which the device step says.
    if (!job)
        return DeviceAccess{QString(), m_setup.serial.baudRate, SmpFileLayout::defaults()};
    QString problem;
    std::optional<DeviceAccess> access =
        DeviceAccess::fromJournal(job->profile, job->deviceAccess, m_setup.serial.baudRate, &problem);
    if (!access)
        // Acting on the device elsewhere than the job wrote could report done while it still holds them.
        failWith(tr("The station did not touch the device on %1: %2. Look at the device by hand, then mark this done "
                    "by hand.")
                     .arg(ForeignText::escaped(m_record.item.port), problem));
    return access;
}

void AttentionAction::deleteFromDevice()
{
    const LeftBehind &item = m_record.item;
    if (portHeldByLane()) {
        failWith(tr("The device on %1 is in a lane on the bench, which holds its port. Provision it again into slot %2 "
                    "there, which replaces what it holds, then mark this done by hand.")
                     .arg(ForeignText::escaped(item.port))
                     .arg(item.slot));
        return;
    }
    QList<CredentialKind> kinds;
    if (item.kind == LeftBehind::Kind::DeviceHoldsKey || item.kind == LeftBehind::Kind::DeviceHoldsCertificateAndKey)
        kinds << CredentialKind::PrivateKey;
    if (item.kind == LeftBehind::Kind::DeviceHoldsCertificate || item.kind == LeftBehind::Kind::DeviceHoldsCertificateAndKey)
        kinds << CredentialKind::Certificate;
    const std::optional<DeviceAccess> access = accessOfJob();
    if (!access)
        return;
    SerialSettings serial = m_setup.serial;
    serial.portName = item.port;
    auto *deletion = new DeviceCredentialDelete(serial, *access, item.slot, kinds, this);
    connect(deletion, &DeviceCredentialDelete::finished, this, [this, deletion] {
        deletion->deleteLater();
        const std::optional<DeviceError> error = deletion->error();
        if (!error) {
            markDone(tr("deleted from slot %1 on %2 by the station")
                         .arg(m_record.item.slot)
                         .arg(ForeignText::escaped(m_record.item.port)));
            return;
        }
        if (error->kind == DeviceError::Kind::Disconnected)
            failWith(tr("The device is not on %1 (%2). Plug it in there and try again, or provision it again into slot "
                        "%3 on any port, which replaces what it holds, and mark this done by hand.")
                         .arg(ForeignText::escaped(m_record.item.port), error->message)
                         .arg(m_record.item.slot));
        else
            failWith(tr("The device on %1 did not delete it (%2: %3). Try again, or provision it again into slot %4, "
                        "which replaces what it holds, and mark this done by hand.")
                         .arg(ForeignText::escaped(m_record.item.port), error->step, error->message)
                         .arg(m_record.item.slot));
    });
    deletion->start();
}

void AttentionAction::restoreDevice()
{
    const LeftBehind &item = m_record.item;
    const QString command = DeviceProfile::quoted(item.restoreCommand);
    const QString port = ForeignText::escaped(item.port);
    if (portHeldByLane()) {
        failWith(tr("The device on %1 is in a lane on the bench, which holds its port. Restart the device, then mark "
                    "this done by hand.")
                     .arg(port));
        return;
    }
    const std::optional<DeviceAccess> access = accessOfJob();
    if (!access)
        return;
    SerialSettings serial = m_setup.serial;
    serial.portName = item.port;
    auto *restore = new DeviceStateRestore(serial, *access, item.restoreCommand, this);
    connect(restore, &DeviceStateRestore::finished, this, [this, restore, command, port] {
        restore->deleteLater();
        if (const std::optional<DeviceError> error = restore->error())
            failWith(tr("The device on %1 was not put back (%2: %3). Restart the device, or send %4 to it, then mark "
                        "this done by hand.")
                         .arg(port, error->step, error->message, command));
        else
            markDone(tr("the station sent %1 to the device on %2, which took it").arg(command, port));
    });
    restore->start();
}

void AttentionAction::markDone(const QString &how)
{
    if (!m_setup.journal->finishLeftBehind(m_record.id, m_setup.operatorName, how)) {
        failWith(tr("It is done (%1), but the journal could not record it: %2").arg(how, m_setup.journal->errorString()));
        return;
    }
    m_message = tr("Done: %1.").arg(how);
    transition(State::Done);
}

void AttentionAction::failWith(const QString &message)
{
    m_message = message;
    transition(State::Failed);
}
