#include "BatchBar.h"
#include "ui_BatchBar.h"

#include "jobs/BatchEvidence.h"
#include "jobs/StationBatch.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLocale>

BatchBar::BatchBar(StationBatch *batch, StationLog *log, QWidget *parent)
    : QFrame(parent)
    , m_ui(new Ui::BatchBar)
    , m_batch(batch)
    , m_log(log)
{
    m_ui->setupUi(this);
    m_ui->capSpin->setValue(batch->unitCap());
    connect(m_ui->capSpin, &QSpinBox::valueChanged, batch, &StationBatch::setUnitCap);
    connect(m_ui->newBatchButton, &QPushButton::clicked, batch, &StationBatch::startNewBatch);
    connect(m_ui->newShiftButton, &QPushButton::clicked, batch, &StationBatch::startNewShift);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BatchBar::chooseEvidenceFile);
    connect(batch, &StationBatch::countsChanged, this, &BatchBar::showCounts);
    showCounts();
}

BatchBar::~BatchBar() = default;

void BatchBar::showCounts()
{
    m_ui->doneLabel->setText(tr("Done: %1").arg(m_batch->done()));
    m_ui->failedLabel->setText(tr("Failed: %1").arg(m_batch->failed()));
    m_ui->shiftLabel->setText(tr("This shift (since %1): %2 done, %3 failed")
                                  .arg(QLocale().toString(m_batch->shiftStartedAt().toLocalTime().time(),
                                                          QLocale::ShortFormat))
                                  .arg(m_batch->shiftDone())
                                  .arg(m_batch->shiftFailed()));
    if (m_ui->capSpin->value() != m_batch->unitCap())
        m_ui->capSpin->setValue(m_batch->unitCap());
    showStatus(m_batch->capText());
    m_ui->statusLabel->setStyleSheet(m_batch->acceptsNewJob() ? QString()
                                                              : QStringLiteral("color: #7a5a00; font-weight: bold;"));
}

void BatchBar::showStatus(const QString &status)
{
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(!status.isEmpty());
}

void BatchBar::chooseEvidenceFile()
{
    const QString suggested = QDir::home().filePath(
        tr("evidence-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    auto *dialog = new QFileDialog(this, tr("Export the batch as evidence"), suggested, tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BatchBar::exportEvidenceTo);
    dialog->open();
}

bool BatchBar::exportEvidenceTo(const QString &csvFile)
{
    QString error;
    if (!BatchEvidence::write(*m_batch, *m_log, csvFile, &error)) {
        showStatus(error);
        return false;
    }
    showStatus(tr("%n job(s) saved to %1, the lanes' log to %2.", nullptr,
                                  int(m_batch->records().size()))
                                   .arg(QDir::toNativeSeparators(csvFile),
                                        QDir::toNativeSeparators(BatchEvidence::logFileFor(csvFile))));
    return true;
}

QWidget *BatchBar::lastTabStop() const
{
    return m_ui->exportButton;
}
