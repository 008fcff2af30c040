#pragma once

#include "device/DeviceAccess.h"
#include "device/SerialSettings.h"
#include "jobs/JobJournal.h"

#include <QObject>
#include <QStringList>

class FoundryClient;

// Finishes one item a job left for a person (JobJournal::LeftBehindRecord) with the action its
// LeftBehind names: revoke the certificate (journaled as CertificateRevocation does), delete the copy
// in the slot through the device profile that wrote it, or put the device back in its mode. Once the
// action succeeds, the item is marked done in the journal, with who did it, when and how; an item only
// a person can finish (find a certificate with Foundry's support, look at a device) is marked done by
// hand. Words for a person come from here and from LeftBehind::describe.
class AttentionAction : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        FoundryClient *client = nullptr;
        JobJournal *journal = nullptr;
        QString operatorName;
        QString station;
        // How to open a device's port; the port name is the item's, and the baud rate the one its job
        // recorded (the one given here for a job recorded before the journal kept it).
        SerialSettings serial;
        // Ports a bench lane holds: the station does not open them behind the lane's back.
        QStringList lanePorts;
    };

    enum class State { Idle, Revoking, DeletingFromDevice, RestoringDevice, Done, Failed };
    Q_ENUM(State)

    // journal and client must outlive the action and live on its thread.
    AttentionAction(Setup setup, JobJournal::LeftBehindRecord record, QObject *parent = nullptr);
    ~AttentionAction() override;

    // Whether the station itself does what the item asks (start()), rather than a person by hand.
    static bool stationActs(LeftBehind::Action action);
    // The button's text for an item; finishByHandLabel() for the item a person finished.
    static QString label(const LeftBehind &item);
    static QString finishByHandLabel();

    // Does what the item asks; reason goes with a revoke into the journal. A device item whose job ran
    // at another station fails at once: its port name is that station's, not this machine's.
    void start(const QString &reason = {});
    // A person did what the item asks; how, in their words, goes into the journal.
    void finishByHand(const QString &how);

    State state() const { return m_state; }
    const JobJournal::LeftBehindRecord &record() const { return m_record; }
    // Once Done or Failed: what happened and, when it failed, what to do next.
    QString message() const { return m_message; }

Q_SIGNALS:
    void finished();

private:
    // The one place the state changes.
    void transition(State next);
    void enter(State state);
    void revoke();
    void deleteFromDevice();
    void restoreDevice();
    bool portHeldByLane() const;
    // How the item's job spoke to its device (DeviceAccess::fromJournal); nullopt, after failWith(),
    // when the journal could not be read or its record is not usable.
    std::optional<DeviceAccess> accessOfJob();
    // Marks the item done with how, then Done; Failed when the journal cannot record it.
    void markDone(const QString &how);
    void failWith(const QString &message);

    Setup m_setup;
    JobJournal::LeftBehindRecord m_record;
    State m_state = State::Idle;
    QString m_reason;
    QString m_message;
};
