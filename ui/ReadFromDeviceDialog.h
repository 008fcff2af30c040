#pragma once

#include "device/SerialSettings.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QScopedPointer>

#include <functional>

class DeviceCertificateLookup;
class JobJournal;
class ProvisioningLane;

namespace Ui {
class ReadFromDeviceDialog;
}

// "Read from device": support staff choose a plugged-in device, the station reads which certificate
// it holds and finds it in the journal (DeviceCertificateLookup), and offers to revoke it. The bench's
// lanes own their ports: an idle lane is paused while its device is read and opened again after;
// a busy lane is never interrupted, the dialog says to wait for it instead.
class ReadFromDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    // lanes: gives the bench's lanes as they are now, asked again at every refresh (a device plugged
    // in while the dialog is open gets a lane of its own at once); journal must be open.
    ReadFromDeviceDialog(JobJournal *journal, std::function<QList<ProvisioningLane *>()> lanes, QWidget *parent = nullptr);
    ~ReadFromDeviceDialog() override;

    // Lists the lanes' ports and every other serial port the station sees, and follows lanes that
    // are new since the last refresh.
    void refreshPorts();
    // Reads the device on the chosen port, when no busy lane holds it.
    void read();
    DeviceCertificateLookup *lookup() const { return m_lookup; }

Q_SIGNALS:
    // The device holds this certificate, which the journal has from a provisioning job and has not
    // seen revoked.
    void certificateFound(const QString &certificateId);
    // Revoke was pressed for it: the normal confirmation should follow.
    void revokeRequested();

private:
    struct Port
    {
        SerialSettings serial;
        QPointer<ProvisioningLane> lane;
    };
    void portChosen();
    // Why the chosen port cannot be read now; empty when it can.
    QString busyReason(const Port &port) const;
    void lookedUp();

    const QScopedPointer<Ui::ReadFromDeviceDialog> m_ui;
    QPointer<JobJournal> m_journal;
    std::function<QList<ProvisioningLane *>()> m_laneSource;
    // The lanes whose state the dialog follows.
    QList<QPointer<ProvisioningLane>> m_followedLanes;
    QList<Port> m_ports;
    DeviceCertificateLookup *m_lookup = nullptr;
    // The lane paused for the read, opened again once it is done.
    QPointer<ProvisioningLane> m_pausedLane;
};
