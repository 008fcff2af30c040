#include "ReadFromDeviceDialog.h"
#include "ui_ReadFromDeviceDialog.h"

#include "device/SerialPortList.h"
#include "jobs/DeviceCertificateLookup.h"
#include "jobs/JobJournal.h"
#include "jobs/ProvisioningLane.h"

ReadFromDeviceDialog::ReadFromDeviceDialog(JobJournal *journal, std::function<QList<ProvisioningLane *>()> lanes,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ReadFromDeviceDialog)
    , m_journal(journal)
    , m_laneSource(std::move(lanes))
{
    m_ui->setupUi(this);
    m_ui->revokeButton->hide();
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ReadFromDeviceDialog::refreshPorts);
    connect(m_ui->portCombo, &QComboBox::currentIndexChanged, this, &ReadFromDeviceDialog::portChosen);
    connect(m_ui->readButton, &QPushButton::clicked, this, &ReadFromDeviceDialog::read);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, [this] {
        Q_EMIT revokeRequested();
        accept();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    refreshPorts();
}

// A read under way ends with the dialog; a lane it paused opens again.
ReadFromDeviceDialog::~ReadFromDeviceDialog()
{
    delete std::exchange(m_lookup, nullptr);
    if (m_pausedLane)
        m_pausedLane->open();
}

void ReadFromDeviceDialog::refreshPorts()
{
    m_ports.clear();
    QStringList devices;
    m_followedLanes.removeAll(nullptr);
    for (ProvisioningLane *lane : m_laneSource ? m_laneSource() : QList<ProvisioningLane *>()) {
        // What the chosen port's lane does decides whether it may be read: the dialog follows it.
        if (!m_followedLanes.contains(lane)) {
            m_followedLanes << lane;
            connect(lane, &ProvisioningLane::stateChanged, this, &ReadFromDeviceDialog::portChosen);
        }
        m_ports << Port{lane->setup().serial, lane};
        devices << SerialPortList::deviceKey(lane->setup().serial.portName);
    }
    for (const SerialPortList::Port &port : SerialPortList::available()) {
        if (devices.contains(SerialPortList::deviceKey(port.systemLocation)))
            continue;
        SerialSettings serial;
        serial.portName = port.systemLocation;
        m_ports << Port{serial, nullptr};
    }
    const QSignalBlocker blocker(m_ui->portCombo);
    m_ui->portCombo->clear();
    for (const Port &port : std::as_const(m_ports))
        m_ui->portCombo->addItem(port.serial.portName);
    portChosen();
}

QString ReadFromDeviceDialog::busyReason(const Port &port) const
{
    if (!port.lane)
        return {};
    switch (port.lane->state()) {
    case ProvisioningLane::State::Closed:
    case ProvisioningLane::State::Ready:
    case ProvisioningLane::State::Failed:
        return {};
    case ProvisioningLane::State::Running:
        return tr("Its bench lane is provisioning a device. Wait until the lane shows its result, then read again.");
    case ProvisioningLane::State::Recovering:
    case ProvisioningLane::State::Detecting:
        return tr("Its bench lane is still opening the device. Wait until the lane is ready, then read again.");
    case ProvisioningLane::State::Closing:
        return tr("Its bench lane is rolling a job back. Wait until it has finished, then read again.");
    }
    return {};
}

void ReadFromDeviceDialog::portChosen()
{
    const int index = m_ui->portCombo->currentIndex();
    if (index < 0 || index >= m_ports.size()) {
        m_ui->portStatusLabel->setText(
            tr("The station sees no device. Plug one in (or add its port on the Bench page), then press Refresh."));
        m_ui->readButton->setEnabled(false);
        return;
    }
    const Port &port = m_ports.at(index);
    const QString busy = busyReason(port);
    if (!busy.isEmpty())
        m_ui->portStatusLabel->setText(busy);
    else if (port.lane && port.lane->state() == ProvisioningLane::State::Ready)
        m_ui->portStatusLabel->setText(
            tr("Its bench lane is idle: the lane is paused while the device is read, and opens again afterwards."));
    else
        m_ui->portStatusLabel->setText(tr("No lane holds this port: the station opens it to read the device."));
    m_ui->readButton->setEnabled(busy.isEmpty() && !m_lookup && m_journal);
}

void ReadFromDeviceDialog::read()
{
    const int index = m_ui->portCombo->currentIndex();
    if (m_lookup || !m_journal || index < 0 || index >= m_ports.size())
        return;
    const Port port = m_ports.at(index);
    if (const QString busy = busyReason(port); !busy.isEmpty()) {
        m_ui->portStatusLabel->setText(busy);
        return;
    }
    if (port.lane && port.lane->state() == ProvisioningLane::State::Ready) {
        port.lane->close();
        m_pausedLane = port.lane;
    }
    m_ui->revokeButton->hide();
    m_ui->readButton->setDefault(true);
    m_ui->resultLabel->setText(tr("Reading the device on %1…").arg(port.serial.portName));
    // The keyboard waits on the result, which a screen reader then reads; were the focus left on the
    // Read button or the device list, both about to be disabled, it would move on to Close.
    m_ui->resultLabel->setFocus(Qt::OtherFocusReason);
    m_lookup = new DeviceCertificateLookup(port.serial, m_journal, this);
    connect(m_lookup, &DeviceCertificateLookup::progress, m_ui->resultLabel, &QLabel::setText);
    connect(m_lookup, &DeviceCertificateLookup::finished, this, &ReadFromDeviceDialog::lookedUp);
    m_ui->readButton->setEnabled(false);
    m_ui->portCombo->setEnabled(false);
    m_lookup->start();
}

void ReadFromDeviceDialog::lookedUp()
{
    if (ProvisioningLane *lane = std::exchange(m_pausedLane, nullptr))
        lane->open();
    m_lookup->deleteLater();
    DeviceCertificateLookup *lookup = std::exchange(m_lookup, nullptr);
    m_ui->resultLabel->setText(lookup->summary());
    m_ui->portCombo->setEnabled(true);
    portChosen();
    if (const std::optional<DeviceCertificateLookup::Held> held = lookup->revocable()) {
        Q_EMIT certificateFound(held->certificateId);
        m_ui->revokeButton->show();
        m_ui->revokeButton->setDefault(true);
    }
}
