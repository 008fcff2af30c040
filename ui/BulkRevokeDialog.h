#pragma once

#include "jobs/BulkRevocationPlan.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

class BulkRevocationModel;
class BulkRevocationRunner;
class FoundryClient;
class FoundryRateLimiter;
class JobJournal;

namespace Ui {
class BulkRevokeDialog;
}

// Bulk revoke for support staff, in the order they need it: choose a CSV file, read the dry run (each
// row's planned action), confirm with a reason, watch the progress (Cancel stops after the request in
// flight), read and export the report. The plan, the run and the report are app/core's
// (BulkRevocationPlan, BulkRevocationRunner, BulkRevocationModel); this only shows them.
class BulkRevokeDialog : public QDialog
{
    Q_OBJECT

public:
    // client and journal are followed: should they go away (the settings change), a run in flight is
    // dropped with its journal row left unfinished, for recovery. rateLimiter: the window's, shared
    // with the lanes; may be null.
    BulkRevokeDialog(FoundryClient *client, JobJournal *journal, FoundryRateLimiter *rateLimiter,
                     const QString &operatorName, const QString &station, QWidget *parent = nullptr);
    ~BulkRevokeDialog() override;

    // Reads and plans the file, as choosing it does.
    void planFile(const QString &path);
    // Writes the report, as Export does once a file is chosen.
    bool exportReportTo(const QString &fileName);

    BulkRevocationModel *model() const { return m_model; }
    BulkRevocationRunner *runner() const { return m_runner; }

    // While revoking, closing does nothing: Cancel run stops after the request in flight.
    void reject() override;

Q_SIGNALS:
    // The run has ended (completed, cancelled or stopped); the journal holds its revokes.
    void runFinished();

private:
    enum class Phase { Choosing, Planned, Confirming, Running, Reported };
    void showPhase(Phase phase);
    void chooseFile();
    void askConfirmation();
    void run();
    void updateProgress();
    void runEnded();
    void chooseExportFile();
    void sourceGone();
    void showProblem(const QString &problem);

    const QScopedPointer<Ui::BulkRevokeDialog> m_ui;
    QPointer<FoundryClient> m_client;
    QPointer<JobJournal> m_journal;
    QPointer<FoundryRateLimiter> m_rateLimiter;
    QString m_operatorName;
    QString m_station;
    BulkRevocationModel *m_model;
    BulkRevocationRunner *m_runner = nullptr;
    BulkRevocationPlan m_plan;
    Phase m_phase = Phase::Choosing;
};
