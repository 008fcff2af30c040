#include "LaneWidget.h"
#include "ui_LaneWidget.h"

#include "base/ForeignText.h"
#include "jobs/FailureSentence.h"
#include "jobs/StationBatch.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>

namespace {

// Verdict colours: white on these reads at better than 4.5:1; the word and the icon say it too.
const QString passColour = QStringLiteral("#1b7a1b");
const QString failColour = QStringLiteral("#b00020");
const QString noticeColour = QStringLiteral("#7a5a00");

QString identityText(const DeviceIdentity &identity)
{
    QStringList parts;
    if (!identity.serialNumber.isEmpty())
        parts << LaneWidget::tr("serial %1").arg(ForeignText::escaped(identity.serialNumber));
    if (!identity.firmwareVersion.isEmpty())
        parts << LaneWidget::tr("firmware %1").arg(ForeignText::escaped(identity.firmwareVersion));
    return parts.join(QLatin1String(", "));
}

bool writesToDevice(ProvisioningJob::State state)
{
    return state == ProvisioningJob::State::WritingCertificate || state == ProvisioningJob::State::WritingKey;
}

} // namespace

LaneWidget::LaneWidget(ProvisioningLane *lane, const QString &usbSerialNumber, QWidget *parent)
    : QFrame(parent)
    , m_ui(new Ui::LaneWidget)
    , m_lane(lane)
    , m_usbSerialNumber(usbSerialNumber)
{
    m_ui->setupUi(this);
    m_ui->startButton->hide();
    m_ui->portLabel->setText(ForeignText::escaped(lane->setup().serial.portName));
    m_ui->usbSerialLabel->setText(usbSerialNumber.isEmpty() ? tr("none") : ForeignText::escaped(usbSerialNumber));
    m_ui->profileLabel->setText(tr("not detected yet"));
    m_ui->resultTile->hide();
    m_ui->progressBar->setValue(0);
    setAccessibleName(tr("Lane %1").arg(m_ui->portLabel->text()));
    m_ui->logButton->setVisible(lane->setup().log != nullptr);

    connect(m_ui->cancelButton, &QPushButton::clicked, lane, &ProvisioningLane::cancel);
    connect(m_ui->startButton, &QPushButton::clicked, this, &LaneWidget::startRequested);
    connect(m_ui->copyCertificateButton, &QToolButton::clicked, this, &LaneWidget::copyCertificateId);
    connect(m_ui->logButton, &QPushButton::clicked, this,
            [this] { Q_EMIT logRequested(m_lane->setup().serial.portName); });
    connect(lane, &ProvisioningLane::stateChanged, this, &LaneWidget::laneStateChanged);
    connect(lane, &ProvisioningLane::progress, this,
            [this](const QString &message) { m_ui->stepLabel->setText(ForeignText::escaped(message)); });
    connect(lane, &ProvisioningLane::profileDetected, this,
            [this](const QString &name) { m_ui->profileLabel->setText(ForeignText::escaped(name)); });
    connect(lane, &ProvisioningLane::openFailed, this, &LaneWidget::showFailure);
    connect(lane, &ProvisioningLane::deviceLost, this, &LaneWidget::showFailure);
    connect(lane, &ProvisioningLane::jobStarted, this, &LaneWidget::jobStarted);
    connect(lane, &ProvisioningLane::jobFinished, this, &LaneWidget::jobFinished);
}

LaneWidget::~LaneWidget() = default;

bool LaneWidget::waitsForDeviceId() const
{
    return m_laneState == ProvisioningLane::State::Ready && m_assignedDeviceId.isEmpty();
}

void LaneWidget::assignDeviceId(const QString &deviceId)
{
    m_assignedDeviceId = deviceId;
    m_ui->stepLabel->setText(tr("Device ID %1: press Start to provision it.").arg(ForeignText::escaped(deviceId)));
    m_ui->startButton->show();
}

void LaneWidget::clearAssignedDeviceId()
{
    m_assignedDeviceId.clear();
    m_ui->startButton->hide();
}

void LaneWidget::showWaiting(const QString &sentence)
{
    m_ui->stepLabel->setText(sentence);
}

bool LaneWidget::startJob(ProvisioningJob::Settings settings)
{
    if (m_laneState != ProvisioningLane::State::Ready)
        return false;
    if (const StationBatch *batch = m_lane->setup().batch; batch && !batch->acceptsNewJob()) {
        showRefusedScan(batch->capText());
        return false;
    }
    return m_lane->startJob(std::move(settings));
}

void LaneWidget::followInTabOrder(QWidget *previous)
{
    const QList<QWidget *> stops{m_ui->startButton, m_ui->cancelButton, m_ui->logButton, m_ui->copyCertificateButton};
    for (QWidget *stop : stops) {
        setTabOrder(previous, stop);
        previous = stop;
    }
}

QWidget *LaneWidget::lastTabStop() const
{
    return m_ui->copyCertificateButton;
}

QString LaneWidget::shortCertificateId(const QString &certificateId)
{
    constexpr qsizetype shown = 12;
    return certificateId.size() <= shown ? certificateId : certificateId.left(shown) + QChar(0x2026);
}

void LaneWidget::laneStateChanged(ProvisioningLane::State state)
{
    m_laneState = state;
    if (state != ProvisioningLane::State::Ready)
        clearAssignedDeviceId();
    // Only where there is something to stop: a job, or the lane still opening.
    m_ui->cancelButton->setEnabled(state == ProvisioningLane::State::Running || state == ProvisioningLane::State::Detecting
                                   || state == ProvisioningLane::State::Recovering);
    switch (state) {
    case ProvisioningLane::State::Recovering:
        m_ui->stepLabel->setText(tr("Finishing what an earlier run left on this port..."));
        break;
    case ProvisioningLane::State::Detecting:
        m_ui->stepLabel->setText(tr("Asking the device which language it speaks..."));
        break;
    case ProvisioningLane::State::Ready:
        m_ui->profileLabel->setText(ForeignText::escaped(m_lane->profileName()));
        m_ui->stepLabel->setText(tr("Ready: scan the device ID label."));
        break;
    case ProvisioningLane::State::Closing:
        m_ui->stepLabel->setText(tr("Rolling back before the port closes..."));
        break;
    case ProvisioningLane::State::Closed:
        m_ui->stepLabel->setText(tr("Port closed."));
        break;
    case ProvisioningLane::State::Running:
    case ProvisioningLane::State::Failed:
        break;
    }
}

void LaneWidget::jobStarted(ProvisioningJob *job)
{
    m_ui->resultTile->hide();
    m_ui->progressBar->setRange(0, 100);
    m_ui->progressBar->setValue(0);
    m_ui->identityLabel->clear();
    connect(job, &ProvisioningJob::stateChanged, this,
            [this, job](ProvisioningJob::State state) { jobStateChanged(job, state); });
    connect(job, &ProvisioningJob::writeProgress, this, [this](CredentialKind, qint64 written, qint64 total) {
        // A bar holds an int: the fraction, not the byte counts.
        m_ui->progressBar->setValue(total > 0 ? int(written * 100 / total) : 0);
    });
    connect(job, &ProvisioningJob::progress, this,
            [this](const QString &message) { m_ui->stepLabel->setText(ForeignText::escaped(message)); });
}

void LaneWidget::jobStateChanged(ProvisioningJob *job, ProvisioningJob::State state)
{
    m_ui->stepLabel->setText(ForeignText::escaped(job->describe(state)));
    if (m_ui->identityLabel->text().isEmpty())
        m_ui->identityLabel->setText(identityText(job->identity()));
    if (writesToDevice(state))
        m_ui->progressBar->setValue(0);
    setWriting(writesToDevice(state));
}

void LaneWidget::jobFinished(ProvisioningJob *job)
{
    setWriting(false);
    const JobResult &result = job->result();
    switch (result.outcome) {
    case JobResult::Outcome::Done:
        showPass(result);
        return;
    case JobResult::Outcome::Cancelled:
        showFail(tr("CANCELLED"), FailureSentence::forJob(result));
        return;
    case JobResult::Outcome::NeedsAttention:
    case JobResult::Outcome::Failed:
    case JobResult::Outcome::Pending:
        break;
    }
    // The detail (which call, which answer, what is left where) is in the lane's log.
    showFail(tr("FAIL"), FailureSentence::forJob(result));
}

void LaneWidget::showFailure(const DeviceError &error)
{
    setWriting(false);
    showFail(tr("FAIL"), FailureSentence::forLane(error));
}

void LaneWidget::showPass(const JobResult &result)
{
    m_certificateId = result.certificateId;
    m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    m_ui->stepLabel->setText(tr("Done: scan the next device ID label."));
    m_ui->sentenceLabel->setText(tr("Device %1 holds its certificate, and Foundry has activated it.")
                                     .arg(ForeignText::escaped(result.deviceId)));
    m_ui->certificateLabel->setText(tr("Certificate %1").arg(shortCertificateId(result.certificateId)));
    m_ui->certificateLabel->setToolTip(result.certificateId);
    m_ui->certificateLabel->show();
    m_ui->copyCertificateButton->show();
    QStringList topics;
    for (const QString &topic : result.topics)
        topics << ForeignText::escaped(topic);
    m_ui->topicsLabel->setText(tr("Topics: %1").arg(topics.join(QLatin1String(", "))));
    m_ui->topicsLabel->show();
    showTile(tr("PASS"), {QStringLiteral(":/icons/pass.svg"), tr("Pass: a tick in a circle")}, passColour);
}

void LaneWidget::showFail(const QString &verdict, const QString &sentence)
{
    m_certificateId.clear();
    // What was written is rolled back, or the job never got that far: a full bar beside FAIL would
    // say otherwise.
    m_ui->progressBar->setValue(0);
    m_ui->sentenceLabel->setText(sentence);
    m_ui->certificateLabel->hide();
    m_ui->copyCertificateButton->hide();
    m_ui->topicsLabel->hide();
    showTile(verdict, failSymbol(), failColour);
}

void LaneWidget::showRefusedScan(const QString &reason)
{
    m_ui->sentenceLabel->setText(reason);
    m_ui->certificateLabel->hide();
    m_ui->copyCertificateButton->hide();
    m_ui->topicsLabel->hide();
    showTile(tr("SCAN REFUSED"), failSymbol(), noticeColour);
}

LaneWidget::Symbol LaneWidget::failSymbol()
{
    return {QStringLiteral(":/icons/fail.svg"), tr("Fail: a cross in a square")};
}

void LaneWidget::showTile(const QString &verdict, const Symbol &symbol, const QString &colour)
{
    m_ui->verdictLabel->setText(verdict);
    m_ui->verdictIcon->setPixmap(QIcon(symbol.iconPath).pixmap(48, 48));
    m_ui->verdictIcon->setAccessibleName(symbol.name);
    m_ui->resultTile->setStyleSheet(
        QStringLiteral("#resultTile { background: %1; border-radius: 6px; } #resultTile QLabel { color: white; }")
            .arg(colour));
    m_ui->resultTile->setAccessibleDescription(verdict + QLatin1String(": ") + m_ui->sentenceLabel->text());
    m_ui->resultTile->show();
}

void LaneWidget::setWriting(bool writing)
{
    if (writing == m_writing)
        return;
    m_writing = writing;
    Q_EMIT writingChanged(writing);
}

void LaneWidget::copyCertificateId()
{
    if (!m_certificateId.isEmpty())
        QGuiApplication::clipboard()->setText(m_certificateId);
}
