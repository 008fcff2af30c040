#include "BenchPage.h"
#include "ui_BenchPage.h"

#include "BatchBar.h"
#include "LaneWidget.h"
#include "ProductProfilesDialog.h"
#include "base/ForeignText.h"
#include "device/DeviceInspection.h"
#include "device/SerialPortWatcher.h"
#include "jobs/DeviceId.h"

#include <QSettings>

#include <QTimer>

#include <algorithm>
#include <utility>

BenchPage::BenchPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::BenchPage)
    , m_watcher(new SerialPortWatcher(this))
{
    m_ui->setupUi(this);
    m_ui->addPortRow->hide();
    connect(m_watcher, &SerialPortWatcher::portAppeared, this, &BenchPage::portAppeared);
    connect(m_watcher, &SerialPortWatcher::portDisappeared, this, &BenchPage::portDisappeared);
    connect(m_ui->scanEdit, &QLineEdit::returnPressed, this, &BenchPage::scanned);
    connect(m_ui->addPortButton, &QPushButton::clicked, this, [this] {
        const QString path = m_ui->addPortEdit->text().trimmed();
        if (!path.isEmpty())
            addPort(path);
        m_ui->addPortEdit->clear();
    });
    connect(m_ui->addPortEdit, &QLineEdit::returnPressed, m_ui->addPortButton, &QPushButton::click);
    connect(m_ui->productCombo, &QComboBox::activated, this, &BenchPage::productChosen);
    connect(m_ui->productsButton, &QPushButton::clicked, this, &BenchPage::openProductProfiles);
}

// The lanes go first: each rolls back a running job before its port closes.
BenchPage::~BenchPage()
{
    clear();
}

void BenchPage::start(Setup setup)
{
    clear();
    m_setup = std::move(setup);
    m_started = true;
    m_ui->addPortRow->setVisible(m_setup.sandbox);
    m_ui->productsButton->setEnabled(m_setup.settings != nullptr);
    loadProducts();
    m_watcher->start();
}

void BenchPage::loadProducts()
{
    m_products = ProductProfiles();
    if (m_setup.settings) {
        if (const QString unreadable = m_products.load(*m_setup.settings); !unreadable.isEmpty())
            m_ui->scanStatusLabel->setText(unreadable);
    }
    if (m_products.products.isEmpty()) {
        ProductProfile standard;
        standard.name = standardProductName();
        standard.topicTemplates = m_setup.topicTemplates;
        m_products.products.insert(standard.name, standard);
    }
    m_ui->productCombo->clear();
    for (const QString &name : m_products.products.keys())
        m_ui->productCombo->addItem(ForeignText::escaped(name), name);
    chooseProduct(m_products.products.contains(m_products.current) ? m_products.current
                                                                   : m_products.products.firstKey());
}

void BenchPage::productChosen()
{
    chooseProduct(m_ui->productCombo->currentData().toString());
}

void BenchPage::chooseProduct(const QString &name)
{
    m_ui->productCombo->setCurrentIndex(m_ui->productCombo->findData(name));
    QString problem;
    m_product = m_products.usable(name, &problem);
    if (!m_product) {
        m_ui->scanStatusLabel->setText(
            tr("No job starts until the product can be used: %1. Press Products... to correct it.").arg(problem));
        return;
    }
    if (m_setup.settings && m_products.current != name) {
        m_products.current = name;
        m_products.saveCurrent(*m_setup.settings);
    }
    m_ui->scanStatusLabel->setText(tr("Provisioning %1: slot %2, topics %3.")
                                       .arg(ForeignText::escaped(name))
                                       .arg(m_product->slot)
                                       .arg(ForeignText::escaped(m_product->topicTemplates.join(QLatin1String(", ")))));
    // Running jobs finish with what they started with; a lane in recovery is let finish it. Either
    // is reopened for the product when its next job is to start.
    const QList<LaneWidget *> open = m_lanes;
    for (LaneWidget *lane : open) {
        const ProvisioningLane::State state = lane->lane()->state();
        const bool busy = state == ProvisioningLane::State::Running || state == ProvisioningLane::State::Closing
                          || state == ProvisioningLane::State::Recovering;
        if (!busy && !m_product->fitsLane(lane->lane()->setup()))
            reopenLane(lane);
    }
}

void BenchPage::openProductProfiles()
{
    if (!m_setup.settings)
        return;
    auto *dialog = new ProductProfilesDialog(m_setup.settings, m_products, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &BenchPage::loadProducts);
    dialog->open();
}

QList<ProvisioningLane *> BenchPage::clear()
{
    m_watcher->stop();
    m_started = false;
    m_pendingDeviceId.clear();
    m_pendingPort.clear();
    m_ui->addPortRow->hide();
    QList<ProvisioningLane *> closing;
    const QList<LaneWidget *> open = m_lanes;
    for (LaneWidget *lane : open) {
        if (ProvisioningLane *stillClosing = removeLane(lane))
            closing.append(stillClosing);
    }
    return closing;
}

void BenchPage::addPort(const QString &path, const QString &binding)
{
    if (!m_started)
        return;
    const QString key = SerialPortList::deviceKey(path);
    for (LaneWidget *lane : std::as_const(m_lanes)) {
        // The same device back on the same path (pseudo-terminal numbers are reused) takes its lane back.
        if (SerialPortList::deviceKey(lane->lane()->setup().serial.portName) == key
            && (binding.isEmpty() || m_bindings.value(lane) != binding)) {
            m_ui->scanStatusLabel->setText(tr("%1 has its lane already.").arg(ForeignText::escaped(path)));
            return;
        }
    }
    const QString usbSerialNumber = SerialPortList::usbSerialNumber(path);
    addLane(path, usbSerialNumber, binding.isEmpty() ? usbSerialNumber : binding);
}

void BenchPage::showBatchBar(BatchBar *bar)
{
    m_ui->benchLayout->insertWidget(0, bar);
    // Tab reads the bench from the top: the batch bar, the product, the scan field, then the lanes.
    setTabOrder({bar->lastTabStop(), m_ui->productCombo, m_ui->productsButton, m_ui->scanEdit, m_ui->addPortEdit,
                 m_ui->addPortButton});
}

void BenchPage::portAppeared(const SerialPortList::Port &port)
{
    if (m_started)
        addLane(port.systemLocation, port.serialNumber, port.serialNumber);
}

void BenchPage::portDisappeared(const SerialPortList::Port &port)
{
    for (LaneWidget *lane : std::as_const(m_lanes)) {
        if (lane->lane()->setup().serial.portName != port.systemLocation)
            continue;
        // A job under way notices the device is gone and shows its FAIL tile; the lane stays for it.
        // Otherwise it goes once this poll is over: the same device replugged into another socket
        // appears in it and takes the lane over.
        if (lane->lane()->state() != ProvisioningLane::State::Running)
            QTimer::singleShot(0, lane, [this, lane] { removeLane(lane); });
        return;
    }
}

void BenchPage::addLane(const QString &portName, const QString &usbSerialNumber, const QString &binding)
{
    int position = m_ui->lanesLayout->count() - 1;
    if (LaneWidget *earlier = binding.isEmpty() ? nullptr : m_bindings.key(binding)) {
        position = m_ui->lanesLayout->indexOf(earlier);
        removeLane(earlier);
    }
    ProvisioningLane::Setup laneSetup = m_setup.lane;
    laneSetup.serial.portName = portName;
    if (laneSetup.profile.isEmpty())
        laneSetup.profile = QString(DeviceInspection::automatic);
    if (m_product)
        m_product->applyTo(&laneSetup);
    // A product whose devices carry no label takes the device's own serial number as its ID.
    laneSetup.identifyOnOpen = true;
    auto *lane = new ProvisioningLane(std::move(laneSetup), this);
    auto *widget = new LaneWidget(lane, usbSerialNumber, m_ui->lanesContainer);
    widget->setObjectName(QStringLiteral("lane:") + portName);
    widget->setMinimumWidth(340);
    connect(widget, &LaneWidget::writingChanged, this, [this](bool writing) {
        if (writing)
            m_watcher->pause();
        else
            m_watcher->resume();
    });
    // Queued: starting may reopen the lane, which must not go while it emits.
    connect(lane, &ProvisioningLane::ready, widget, [this, widget] { laneReady(widget); }, Qt::QueuedConnection);
    connect(widget, &LaneWidget::startRequested, widget,
            [this, widget] { startOn(widget, DeviceId(widget->assignedDeviceId())); }, Qt::QueuedConnection);
    connect(widget, &LaneWidget::logRequested, this, &BenchPage::laneLogRequested);
    m_ui->lanesLayout->insertWidget(position, widget);
    // From left to right, after the scan field that gives them their device IDs.
    const qsizetype left = std::min<qsizetype>(position, m_lanes.size()) - 1;
    widget->followInTabOrder(left >= 0 ? m_lanes.at(left)->lastTabStop() : m_ui->addPortButton);
    m_lanes.insert(std::min<qsizetype>(position, m_lanes.size()), widget);
    if (!binding.isEmpty())
        m_bindings.insert(widget, binding);
    updateEmptyState();
    lane->open();
}

ProvisioningLane *BenchPage::removeLane(LaneWidget *widget)
{
    m_lanes.removeOne(widget);
    m_bindings.remove(widget);
    if (widget->isWriting())
        m_watcher->resume();
    ProvisioningLane *lane = widget->lane();
    delete widget;
    // Closing rolls a running job back, or lets recovery finish, first; the lane goes once it is closed.
    lane->close();
    updateEmptyState();
    if (lane->state() == ProvisioningLane::State::Closed) {
        delete lane;
        return nullptr;
    }
    connect(lane, &ProvisioningLane::stateChanged, lane, [lane](ProvisioningLane::State state) {
        if (state == ProvisioningLane::State::Closed || state == ProvisioningLane::State::Failed)
            lane->deleteLater();
    });
    return lane;
}

void BenchPage::reopenLane(LaneWidget *lane)
{
    const QString portName = lane->lane()->setup().serial.portName;
    const QString usbSerialNumber = lane->usbSerialNumber();
    // A bound lane is replaced in its place by addLane(); an unbound one goes to the end.
    const QString binding = m_bindings.value(lane);
    if (binding.isEmpty())
        removeLane(lane);
    addLane(portName, usbSerialNumber, binding);
}

void BenchPage::scanned()
{
    const DeviceId scan(m_ui->scanEdit->text());
    m_ui->scanEdit->clear();
    LaneWidget *waiting = nullptr;
    for (LaneWidget *lane : std::as_const(m_lanes)) {
        if (lane->waitsForDeviceId()) {
            waiting = lane;
            break;
        }
    }
    if (!scan.isValid()) {
        const QString refused =
            tr("The scan is refused: %1. Check that the scanner read the device ID label, then scan again.")
                .arg(scan.problem());
        m_ui->scanStatusLabel->setText(refused);
        if (waiting)
            waiting->showRefusedScan(refused);
        return;
    }
    if (!m_product) {
        m_ui->scanStatusLabel->setText(tr("%1 cannot be provisioned while the chosen product cannot be used. Press "
                                          "Products... to correct it, then scan again.")
                                           .arg(scan.text()));
        return;
    }
    if (const QString duplicate = duplicateProblem(scan.text()); !duplicate.isEmpty()) {
        const QString refused = tr("The scan is refused: %1.").arg(duplicate);
        m_ui->scanStatusLabel->setText(refused);
        if (waiting)
            waiting->showRefusedScan(refused);
        return;
    }
    if (!waiting) {
        if (m_product->autoStart) {
            m_pendingDeviceId = scan.text();
            m_pendingPort.clear();
            m_ui->scanStatusLabel->setText(
                tr("%1 waits for its device: plug it in; its job starts once the device is ready.").arg(scan.text()));
            return;
        }
        m_ui->scanStatusLabel->setText(
            tr("No lane waits for a device ID: plug a device in, or wait until a lane says it is ready, then scan "
               "%1 again.")
                .arg(scan.text()));
        return;
    }
    if (!m_product->autoStart) {
        waiting->assignDeviceId(scan.text());
        m_ui->scanStatusLabel->setText(tr("%1 waits on the lane on %2: press Start there.")
                                           .arg(scan.text(), ForeignText::escaped(waiting->lane()->setup().serial.portName)));
        return;
    }
    startOn(waiting, scan);
}

void BenchPage::laneReady(LaneWidget *lane)
{
    const QString portName = lane->lane()->setup().serial.portName;
    if (!m_pendingDeviceId.isEmpty() && (m_pendingPort.isEmpty() || m_pendingPort == portName)) {
        const DeviceId pending(m_pendingDeviceId);
        m_pendingDeviceId.clear();
        m_pendingPort.clear();
        startOn(lane, pending);
        return;
    }
    if (!m_product || !m_product->autoStart || m_product->requiresScannedDeviceId)
        return;
    const DeviceId own = DeviceId::fromIdentity(lane->lane()->identity());
    if (!own.isValid()) {
        lane->showWaiting(tr("This device cannot start on its own: %1. Scan the device ID label to start.")
                              .arg(own.problem()));
        return;
    }
    startOn(lane, own);
}

void BenchPage::startOn(LaneWidget *lane, const DeviceId &deviceId)
{
    if (!m_product || !deviceId.isValid())
        return;
    if (const QString duplicate = duplicateProblem(deviceId.text()); !duplicate.isEmpty()) {
        const QString refused = tr("Not started: %1.").arg(duplicate);
        m_ui->scanStatusLabel->setText(refused);
        lane->showRefusedScan(refused);
        return;
    }
    if (!m_product->fitsLane(lane->lane()->setup())) {
        m_pendingDeviceId = deviceId.text();
        m_pendingPort = lane->lane()->setup().serial.portName;
        reopenLane(lane);
        m_ui->scanStatusLabel->setText(tr("%1 waits while the lane on %2 reopens for %3.")
                                           .arg(deviceId.text(), ForeignText::escaped(m_pendingPort),
                                                ForeignText::escaped(m_product->name)));
        return;
    }
    if (lane->startJob(m_product->jobSettings(deviceId.text())))
        m_ui->scanStatusLabel->setText(
            tr("%1 goes to the lane on %2.")
                .arg(deviceId.text(), ForeignText::escaped(lane->lane()->setup().serial.portName)));
}

QString BenchPage::duplicateProblem(const QString &deviceId) const
{
    for (LaneWidget *lane : std::as_const(m_lanes)) {
        const ProvisioningJob *job = lane->lane()->job();
        if (lane->lane()->state() == ProvisioningLane::State::Running && job && job->result().deviceId == deviceId)
            return tr("device %1 is being provisioned on the lane on %2 now")
                .arg(deviceId, ForeignText::escaped(lane->lane()->setup().serial.portName));
    }
    if (!m_setup.lane.journal)
        return {};
    return DeviceId::duplicateProblem(deviceId, *m_setup.lane.journal);
}

void BenchPage::updateEmptyState()
{
    m_ui->noPortsLabel->setVisible(m_lanes.isEmpty());
}
