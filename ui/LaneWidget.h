#pragma once

#include "device/DeviceError.h"
#include "jobs/ProvisioningJob.h"
#include "jobs/ProvisioningLane.h"

#include <QFrame>
#include <QScopedPointer>

namespace Ui {
class LaneWidget;
}

// One port on the bench: what the device is, what its job is doing, and at the end a PASS or FAIL
// tile readable from two metres. It shows what its ProvisioningLane signals and asks the lane to
// start and cancel jobs; it never talks to Foundry or the port itself.
class LaneWidget : public QFrame
{
    Q_OBJECT

public:
    LaneWidget(ProvisioningLane *lane, const QString &usbSerialNumber, QWidget *parent = nullptr);
    ~LaneWidget() override;

    ProvisioningLane *lane() const { return m_lane; }
    QString usbSerialNumber() const { return m_usbSerialNumber; }
    // The lane is open and its device waits for the ID a scanner reads from its label.
    bool waitsForDeviceId() const;
    // A device ID for the lane's next job, kept until Start is pressed (startRequested()), a job
    // starts, or the lane stops being ready.
    void assignDeviceId(const QString &deviceId);
    QString assignedDeviceId() const { return m_assignedDeviceId; }
    // What the lane waits for, when it is more than a scan: a sentence on what to do next.
    void showWaiting(const QString &sentence);
    bool isWriting() const { return m_writing; }
    // Starts a job for deviceId on the lane, with the rest of settings the bench's; false when the
    // lane is not ready for one, or the batch's unit cap is reached (said on the tile).
    bool startJob(ProvisioningJob::Settings settings);
    // A scan meant for this lane was refused: the reason goes on the tile.
    void showRefusedScan(const QString &reason);

    static QString shortCertificateId(const QString &certificateId);

    // Tab comes to the lane's buttons right after previous, in the lane's own order.
    void followInTabOrder(QWidget *previous);
    QWidget *lastTabStop() const;

Q_SIGNALS:
    // The lane's job is writing to its device (true) or has stopped writing (false).
    void writingChanged(bool writing);
    // Start was pressed for the assigned device ID.
    void startRequested();
    // The Log button: the station log should show this lane's port.
    void logRequested(const QString &port);

private:
    void laneStateChanged(ProvisioningLane::State state);
    void jobStarted(ProvisioningJob *job);
    void jobStateChanged(ProvisioningJob *job, ProvisioningJob::State state);
    void jobFinished(ProvisioningJob *job);
    void showFailure(const DeviceError &error);
    void showPass(const JobResult &result);
    void showFail(const QString &verdict, const QString &sentence);
    // The verdict's symbol: its shape tells PASS from FAIL without its colour; its name says the shape.
    struct Symbol
    {
        QString iconPath;
        QString name;
    };
    static Symbol failSymbol();
    void showTile(const QString &verdict, const Symbol &symbol, const QString &colour);
    void setWriting(bool writing);
    void copyCertificateId();
    void clearAssignedDeviceId();

    const QScopedPointer<Ui::LaneWidget> m_ui;
    ProvisioningLane *m_lane;
    ProvisioningLane::State m_laneState = ProvisioningLane::State::Closed;
    QString m_certificateId;
    QString m_usbSerialNumber;
    QString m_assignedDeviceId;
    bool m_writing = false;
};
