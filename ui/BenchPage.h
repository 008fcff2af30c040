#pragma once

#include "device/SerialPortList.h"
#include "jobs/ProvisioningLane.h"

#include <QList>
#include <QScopedPointer>
#include <QStringList>
#include <QWidget>

class LaneWidget;
class SerialPortWatcher;

namespace Ui {
class BenchPage;
}

// The technicians' page: a lane per serial port, appearing and disappearing as devices are plugged
// in and pulled, and the scanner field whose device ID goes to the lane that waits for one.
class BenchPage : public QWidget
{
    Q_OBJECT

public:
    // What every lane and job of the bench shares. The pointers must outlive the lanes (see clear()).
    struct Setup
    {
        ProvisioningLane::Setup lane;
        QStringList topicTemplates;
        int slot = 1;
        // Sandbox: ports are added by path too, since simulated devices' pseudo-terminals are never listed.
        bool sandbox = false;
    };

    explicit BenchPage(QWidget *parent = nullptr);
    ~BenchPage() override;

    // Closes every lane, then watches the ports with the new setup.
    void start(Setup setup);
    // Closes every lane and stops watching. A lane still rolling a job back (or finishing a recovery)
    // goes on with the old setup until it has closed; such lanes are returned, so that what they use
    // can be kept until they are gone.
    QList<ProvisioningLane *> clear();
    // Opens a lane on a port that is not listed (a pseudo-terminal), by its path.
    void addPort(const QString &path);
    // Puts the batch bar at the top of the page; the page takes it over.
    void showBatchBar(QWidget *bar);

    SerialPortWatcher *watcher() const { return m_watcher; }
    QList<LaneWidget *> lanes() const { return m_lanes; }

Q_SIGNALS:
    // A lane's Log button was pressed.
    void laneLogRequested(const QString &port);

private:
    void portAppeared(const SerialPortList::Port &port);
    void portDisappeared(const SerialPortList::Port &port);
    void addLane(const QString &portName, const QString &usbSerialNumber);
    // The lane, when it is still closing; null when it is gone already.
    ProvisioningLane *removeLane(LaneWidget *lane);
    void scanned();
    void updateEmptyState();

    const QScopedPointer<Ui::BenchPage> m_ui;
    SerialPortWatcher *m_watcher;
    Setup m_setup;
    bool m_started = false;
    QList<LaneWidget *> m_lanes;
};
