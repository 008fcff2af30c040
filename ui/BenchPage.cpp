#include "BenchPage.h"
#include "ui_BenchPage.h"

#include "DeviceIdScan.h"
#include "LaneWidget.h"
#include "base/ForeignText.h"
#include "device/DeviceInspection.h"
#include "device/SerialPortWatcher.h"

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
    m_watcher->start();
}

QList<ProvisioningLane *> BenchPage::clear()
{
    m_watcher->stop();
    m_started = false;
    QList<ProvisioningLane *> closing;
    const QList<LaneWidget *> open = m_lanes;
    for (LaneWidget *lane : open) {
        if (ProvisioningLane *stillClosing = removeLane(lane))
            closing.append(stillClosing);
    }
    return closing;
}

void BenchPage::addPort(const QString &path)
{
    if (!m_started)
        return;
    const QString key = SerialPortList::deviceKey(path);
    for (LaneWidget *lane : std::as_const(m_lanes)) {
        if (SerialPortList::deviceKey(lane->lane()->setup().serial.portName) == key) {
            m_ui->scanStatusLabel->setText(tr("%1 has its lane already.").arg(ForeignText::escaped(path)));
            return;
        }
    }
    addLane(path, SerialPortList::usbSerialNumber(path));
}

void BenchPage::showBatchBar(QWidget *bar)
{
    m_ui->benchLayout->insertWidget(0, bar);
}

void BenchPage::portAppeared(const SerialPortList::Port &port)
{
    if (m_started)
        addLane(port.systemLocation, port.serialNumber);
}

void BenchPage::portDisappeared(const SerialPortList::Port &port)
{
    for (LaneWidget *lane : std::as_const(m_lanes)) {
        if (lane->lane()->setup().serial.portName != port.systemLocation)
            continue;
        // A job under way notices the device is gone and shows its FAIL tile; the lane stays for it.
        if (lane->lane()->state() != ProvisioningLane::State::Running)
            removeLane(lane);
        return;
    }
}

void BenchPage::addLane(const QString &portName, const QString &usbSerialNumber)
{
    ProvisioningLane::Setup laneSetup = m_setup.lane;
    laneSetup.serial.portName = portName;
    if (laneSetup.profile.isEmpty())
        laneSetup.profile = QString(DeviceInspection::automatic);
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
    connect(widget, &LaneWidget::logRequested, this, &BenchPage::laneLogRequested);
    m_ui->lanesLayout->insertWidget(m_ui->lanesLayout->count() - 1, widget);
    m_lanes.append(widget);
    updateEmptyState();
    lane->open();
}

ProvisioningLane *BenchPage::removeLane(LaneWidget *widget)
{
    m_lanes.removeOne(widget);
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

void BenchPage::scanned()
{
    const DeviceIdScan scan(m_ui->scanEdit->text());
    m_ui->scanEdit->clear();
    LaneWidget *waiting = nullptr;
    for (LaneWidget *lane : std::as_const(m_lanes)) {
        if (lane->waitsForDeviceId()) {
            waiting = lane;
            break;
        }
    }
    if (!scan.isValid()) {
        m_ui->scanStatusLabel->setText(scan.problem());
        if (waiting)
            waiting->showRefusedScan(scan.problem());
        return;
    }
    if (!waiting) {
        m_ui->scanStatusLabel->setText(
            tr("No lane waits for a device ID: plug a device in, or wait until a lane says it is ready, then scan "
               "%1 again.")
                .arg(scan.deviceId()));
        return;
    }
    ProvisioningJob::Settings settings;
    settings.deviceId = scan.deviceId();
    settings.slot = m_setup.slot;
    settings.topicTemplates = m_setup.topicTemplates;
    if (waiting->startJob(settings))
        m_ui->scanStatusLabel->setText(
            tr("%1 goes to the lane on %2.")
                .arg(scan.deviceId(), ForeignText::escaped(waiting->lane()->setup().serial.portName)));
}

void BenchPage::updateEmptyState()
{
    m_ui->noPortsLabel->setVisible(m_lanes.isEmpty());
}
