#pragma once

#include <QFrame>
#include <QScopedPointer>

class StationBatch;
class StationLog;

namespace Ui {
class BatchBar;
}

// The bench's batch at a glance: done and failed in this batch, this shift's counts, the work
// order's unit cap and whether it is reached, and the evidence export. Every number comes from
// StationBatch's signals.
class BatchBar : public QFrame
{
    Q_OBJECT

public:
    // batch and log must outlive the bar.
    BatchBar(StationBatch *batch, StationLog *log, QWidget *parent = nullptr);
    ~BatchBar() override;

    // Asks where to save the evidence (a file dialog that does not block), then exports.
    void chooseEvidenceFile();
    // Writes the batch's CSV and the log beside it; the outcome is said on the bar. False on failure.
    bool exportEvidenceTo(const QString &csvFile);
    // The bar's last stop for Tab, which the page's own widgets follow.
    QWidget *lastTabStop() const;

private:
    void showCounts();
    // Hidden while there is nothing to say, so that the lanes keep the room.
    void showStatus(const QString &status);

    const QScopedPointer<Ui::BatchBar> m_ui;
    StationBatch *m_batch;
    StationLog *m_log;
};
