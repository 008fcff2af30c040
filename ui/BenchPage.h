#pragma once

#include "device/SerialPortList.h"
#include "jobs/ProductProfiles.h"
#include "jobs/ProvisioningLane.h"

#include <QHash>
#include <QList>
#include <QScopedPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class BatchBar;
class DeviceId;
class LaneWidget;
class QSettings;
class SerialPortWatcher;

namespace Ui {
class BenchPage;
}

// The technicians' page: a lane per serial port, appearing and disappearing as devices are plugged
// in and pulled, the product the bench provisions, and the scanner field whose device ID goes to the
// lane that waits for one. A job takes the product chosen when it starts; switching the product
// reopens the idle lanes whose device it speaks to otherwise, and lets running jobs finish.
class BenchPage : public QWidget
{
    Q_OBJECT

public:
    // What every lane and job of the bench shares. The pointers must outlive the lanes (see clear()).
    struct Setup
    {
        ProvisioningLane::Setup lane;
        // Where the product profiles are kept, and which one is chosen; must outlive the page.
        QSettings *settings = nullptr;
        // The topics of the standard product, used while no product profile is saved.
        QStringList topicTemplates;
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
    // Opens a lane on a port that is not listed (a pseudo-terminal), by its path. binding names the
    // device whatever port it is on (a simulated device restarted on a new pseudo-terminal); by default
    // the port's USB serial number. A device that comes back on another port takes its lane back.
    void addPort(const QString &path, const QString &binding = {});
    // Puts the batch bar at the top of the page; the page takes it over.
    void showBatchBar(BatchBar *bar);

    SerialPortWatcher *watcher() const { return m_watcher; }
    QList<LaneWidget *> lanes() const { return m_lanes; }
    // The product jobs start with now; nothing while the chosen one cannot be used (the scan status
    // says why).
    std::optional<ProductProfile> product() const { return m_product; }
    // Chooses the product by name, as the selector does.
    void chooseProduct(const QString &name);
    void openProductProfiles();

    // The standard product's name, while no product profile is saved.
    static QString standardProductName() { return QStringLiteral("standard"); }

Q_SIGNALS:
    // A lane's Log button was pressed.
    void laneLogRequested(const QString &port);

private:
    void portAppeared(const SerialPortList::Port &port);
    void portDisappeared(const SerialPortList::Port &port);
    // A lane bound to the same device (binding) is replaced in place by the new one.
    void addLane(const QString &portName, const QString &usbSerialNumber, const QString &binding);
    // The lane, when it is still closing; null when it is gone already.
    ProvisioningLane *removeLane(LaneWidget *lane);
    // Opens the lane's port again, with the current product's device profile and line rate.
    void reopenLane(LaneWidget *lane);
    void scanned();
    void laneReady(LaneWidget *lane);
    // Starts a job of the current product for deviceId on lane, unless it would be a duplicate (the
    // reason goes on the tile) or the lane must first reopen for the product (the job starts once
    // it is ready).
    void startOn(LaneWidget *lane, const DeviceId &deviceId);
    // Why a job for deviceId would be a duplicate; empty when it would not.
    QString duplicateProblem(const QString &deviceId) const;
    void loadProducts();
    void productChosen();
    void updateEmptyState();

    const QScopedPointer<Ui::BenchPage> m_ui;
    SerialPortWatcher *m_watcher;
    Setup m_setup;
    bool m_started = false;
    QList<LaneWidget *> m_lanes;
    ProductProfiles m_products;
    std::optional<ProductProfile> m_product;
    // A scanned ID that waits for a ready device: for any lane (auto-start, no device ready at the
    // scan), or for the lane on m_pendingPort (reopening for the product).
    QString m_pendingDeviceId;
    QString m_pendingPort;
    // The device each lane is bound to, where it has a name that outlives its port.
    QHash<LaneWidget *, QString> m_bindings;
};
