#pragma once

#include "jobs/StationSettings.h"

#include <QMainWindow>
#include <QScopedPointer>

#include <memory>

class BenchPage;
class CertificatesPage;
class FoundryClient;
class FoundryRateLimiter;
class JobJournal;
class ProvisioningLane;
class QSettings;
class RememberedProfiles;
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
    CertificatesPage *certificatesPage() const { return m_certificates; }
    // Reads the settings and the token again and starts the bench over them.
    void applySettings();
    void openSettings();

    static inline const QString sandboxEnvironment = QStringLiteral("sandbox");

private:
    void tokenRead(const QCA::SecureArray &token, const QString &problem);
    // Keeps the client, journal and remembered profiles that closing lanes still use until the last
    // of those lanes is gone; the members are empty afterwards.
    void keepUntilGone(const QList<ProvisioningLane *> &closing);
    void showProblem(const QString &problem);

    const QScopedPointer<Ui::MainWindow> m_ui;
    QSettings *m_settings;
    TokenStore *m_tokens;
    StationSettings m_station;
    BenchPage *m_bench;
    CertificatesPage *m_certificates;
    // Every lane's Foundry calls, across settings changes too: Foundry throttles per account.
    FoundryRateLimiter *m_rateLimiter;
    // Replaced together when the settings change, after the bench has let go of them.
    std::unique_ptr<FoundryClient> m_client;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<RememberedProfiles> m_rememberedProfiles;
    // Answers for an older applySettings() are dropped.
    int m_generation = 0;
};
