#pragma once

#include "jobs/JobJournal.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

#include <functional>
#include <optional>

class AttentionPanel;
class BulkRevokeDialog;
class CertificateRevocation;
class FoundryClient;
class FoundryRateLimiter;
class JobHistoryModel;
class ProvisioningLane;
class ReadFromDeviceDialog;
class QThread;

namespace Ui {
class CertificatesPage;
}

// The support staff's page: the journal's history, searched and sorted, exported as CSV, and the
// revoke of a selected certificate after a confirmation. Problems show on the page, never in a box.
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatesPage(QWidget *parent = nullptr);
    ~CertificatesPage() override;

    // What the page and its attention panel read and revoke through, and whom a revoke is journaled
    // for. The page lets go of the client and the journal when they are destroyed; a revoke under way
    // is then abandoned and left to recovery, as its journal row says.
    void setSources(FoundryClient *client, JobJournal *journal, const QString &operatorName, const QString &station);

    // The window's limiter, shared with the lanes, that bulk revokes wait on; null: no limit.
    void setRateLimiter(FoundryRateLimiter *rateLimiter);
    // Opens the bulk revoke from a file over the page's sources; the history refreshes when it has run.
    BulkRevokeDialog *openBulkRevoke();
    // Where "Read from device" and the attention panel find the bench's lanes, whose ports they must
    // not take from a busy lane.
    void setLaneSource(std::function<QList<ProvisioningLane *>()> lanes);
    // Opens "Read from device"; a certificate it finds is selected in the history (showCertificate).
    ReadFromDeviceDialog *openReadFromDevice();
    // Clears the search, finds the certificate by its ID and selects the job that provisioned it.
    void showCertificate(const QString &certificateId);

    JobHistoryModel *model() const { return m_model; }
    // The jobs that need attention, listed above the history; the window gives it its sources.
    AttentionPanel *attentionPanel() const { return m_attention; }
    // Runs the search the fields describe.
    void search();
    // Writes every job the search finds (read into the table or not) to fileName, on a thread of its
    // own: the whole of a big journal takes seconds. exportFinished says how it went; a problem shows
    // on the page.
    void exportTo(const QString &fileName);

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    void clearFilterFields();
    JobJournal::Filter filterFromFields() const;
    std::optional<JobJournal::Job> selectedJob() const;
    void updateRevokeButton();
    void confirmRevoke();
    void revoke(const JobJournal::Job &job, const QString &reason);
    void revoked();
    void abandonRevocation();
    void chooseExportFile();
    void showProblem(const QString &problem);

    const QScopedPointer<Ui::CertificatesPage> m_ui;
    JobHistoryModel *m_model;
    AttentionPanel *m_attention;
    QPointer<FoundryClient> m_client;
    QPointer<JobJournal> m_journal;
    QString m_operatorName;
    QString m_station;
    CertificateRevocation *m_revocation = nullptr;
    QPointer<QThread> m_exportThread;
    QPointer<FoundryRateLimiter> m_rateLimiter;
    std::function<QList<ProvisioningLane *>()> m_lanes;
};
