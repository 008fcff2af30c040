#pragma once

#include "jobs/StationSettings.h"

#include <QMainWindow>
#include <QScopedPointer>

#include <memory>

class BatchBar;
class BenchPage;
class CertificatesPage;
class FoundryClient;
class FoundryRateLimiter;
class JobJournal;
class ProvisioningLane;
class QSettings;
class LogDock;
class RememberedProfiles;
class SandboxSession;
class StationBatch;
class StationLog;
class StationRecovery;
class TokenStore;

namespace Ui {
class MainWindow;
}

// The station's window: the pages (the bench for now) over one Foundry client, one journal and the
// profiles remembered per device, all built from the saved settings and the token store. Problems
// with them are shown in the window, never in a modal box.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // settings and tokens must outlive the window.
    MainWindow(QSettings *settings, TokenStore *tokens, QWidget *parent = nullptr);
    ~MainWindow() override;

    BenchPage *benchPage() const { return m_bench; }
    StationLog *log() const { return m_log; }
    StationBatch *batch() const { return m_batch; }
    LogDock *logDock() const { return m_logDock; }
    BatchBar *batchBar() const { return m_batchBar; }
    CertificatesPage *certificatesPage() const { return m_certificates; }
    StationRecovery *recovery() const { return m_recovery; }
    // Reads the settings and the token again and starts the bench over them.
    void applySettings();
    void openSettings();

    // The window's size and place, and its toolbar's and log dock's, kept in the settings when it closes.
    static inline const QString geometryKey = QStringLiteral("window/geometry");
    static inline const QString stateKey = QStringLiteral("window/state");
    static inline const QString sandboxEnvironment = StationSettings::sandboxEnvironmentName;
    // The Sandbox the station runs itself (a Sandbox environment without an API URL); null otherwise.
    SandboxSession *sandbox() const { return m_sandbox.get(); }

private:
    void tokenRead(const QCA::SecureArray &token, const QString &problem);
    // After the token (and, for a shared journal, its password from the token store): the journal,
    // then everything that records into it.
    void openJournal(const QCA::SecureArray &password);
    // Keeps the client, journal and remembered profiles that closing lanes still use until the last
    // of those lanes is gone; the members are empty afterwards.
    // The Sandbox's programs too, when leavingSandbox: rolling back needs its Foundry and devices.
    void keepUntilGone(const QList<ProvisioningLane *> &closing, bool leavingSandbox);
    // Starts the Sandbox's programs; false until they run (applySettings() is called again then).
    bool ownSandboxRuns();
    void addSandboxPorts();
    void showProblem(const QString &problem);
    // The banner over the journal's unfinished jobs: offered, under way, or its outcome.
    void updateRecoveryBanner();
    // A recovery under way has done done of total jobs.
    void showRecoveryProgress(int done, int total);
    QStringList lanePorts() const;

    const QScopedPointer<Ui::MainWindow> m_ui;
    QSettings *m_settings;
    TokenStore *m_tokens;
    StationSettings m_station;
    // The station's log and batch outlive every setup: a shift goes on across settings changes.
    StationLog *m_log;
    StationBatch *m_batch;
    BenchPage *m_bench;
    CertificatesPage *m_certificates;
    // Every lane's Foundry calls, across settings changes too: Foundry throttles per account.
    FoundryRateLimiter *m_rateLimiter;
    // Outlives the journal, which may be in its folder.
    std::unique_ptr<SandboxSession> m_sandbox;
    LogDock *m_logDock;
    BatchBar *m_batchBar;
    // Replaced together when the settings change, after the bench has let go of them.
    std::unique_ptr<FoundryClient> m_client;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<RememberedProfiles> m_rememberedProfiles;
    StationRecovery *m_recovery;
    bool m_showRecoveryOutcome = false;
    // Answers for an older applySettings() are dropped.
    int m_generation = 0;
};
