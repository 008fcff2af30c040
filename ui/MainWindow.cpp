#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "BenchPage.h"
#include "CertificatesPage.h"
#include "SettingsDialog.h"
#include "device/RememberedProfiles.h"
#include "foundry/FoundryClient.h"
#include "foundry/FoundryRateLimiter.h"
#include "foundry/TokenStore.h"
#include "foundry/TopicRules.h"
#include "jobs/JobJournal.h"

#include <QSettings>

// The icons live in a static library, whose resources are registered by hand; Q_INIT_RESOURCE
// must not be used inside a namespace.
static void registerStationResources()
{
    Q_INIT_RESOURCE(station);
}

MainWindow::MainWindow(QSettings *settings, TokenStore *tokens, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_bench(new BenchPage(this))
    , m_certificates(new CertificatesPage(this))
    , m_rateLimiter(new FoundryRateLimiter(FoundryRateLimiter::defaultRatePerSecond, FoundryRateLimiter::defaultBurst, this))
{
    registerStationResources();
    m_ui->setupUi(this);
    m_bench->setObjectName(QStringLiteral("benchPage"));
    m_ui->pages->addTab(m_bench, tr("Bench"));
    m_certificates->setObjectName(QStringLiteral("certificatesPage"));
    m_ui->pages->addTab(m_certificates, tr("Certificates"));
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    applySettings();
}

// The bench's lanes use the client, the journal and the remembered profiles: they go first.
MainWindow::~MainWindow()
{
    m_bench->clear();
    delete m_bench;
}

void MainWindow::applySettings()
{
    ++m_generation;
    keepUntilGone(m_bench->clear());
    m_station = StationSettings();
    m_ui->connectionLabel->clear();
    const QString unreadable = m_station.load(*m_settings);
    const bool sandbox = m_station.currentEnvironment == sandboxEnvironment;
    m_ui->sandboxBanner->setVisible(sandbox);
    setWindowTitle(sandbox ? tr("SANDBOX - Foundry Provisioning Station") : tr("Foundry Provisioning Station"));
    if (!unreadable.isEmpty()) {
        showProblem(unreadable);
        return;
    }
    if (const QList<StationSettings::Problem> problems = m_station.problems(); !problems.isEmpty()) {
        showProblem(problems.constFirst().message);
        return;
    }
    const int generation = m_generation;
    m_tokens->read(m_station.currentEnvironment, this,
                   [this, generation](const QCA::SecureArray &token, const QString &problem) {
                       if (generation == m_generation)
                           tokenRead(token, problem);
                   });
}

namespace {

// What lanes of an earlier setup use.
struct RetiredSetup
{
    std::unique_ptr<FoundryClient> client;
    std::unique_ptr<JobJournal> journal;
    std::unique_ptr<RememberedProfiles> rememberedProfiles;
};

} // namespace

void MainWindow::keepUntilGone(const QList<ProvisioningLane *> &closing)
{
    // One share per closing lane, dropped with the lane's connection when the lane is destroyed:
    // the last lane to go lets the old client, journal and profiles go.
    const auto retired = std::make_shared<RetiredSetup>(
        RetiredSetup{std::move(m_client), std::move(m_journal), std::move(m_rememberedProfiles)});
    for (ProvisioningLane *lane : closing)
        connect(lane, &QObject::destroyed, this, [retired] {});
}

void MainWindow::tokenRead(const QCA::SecureArray &token, const QString &problem)
{
    if (token.isEmpty()) {
        showProblem(problem);
        return;
    }
    FoundryClientSettings clientSettings = m_station.foundryClientSettings();
    clientSettings.token = token;
    m_client = std::make_unique<FoundryClient>(std::move(clientSettings));
    if (const QString invalid = m_client->configurationProblem(); !invalid.isEmpty()) {
        showProblem(invalid);
        return;
    }
    m_journal = std::make_unique<JobJournal>(m_station.effectiveJournalPath());
    if (!m_journal->open()) {
        showProblem(tr("the journal cannot be opened (%1)").arg(m_journal->errorString()));
        return;
    }
    m_rememberedProfiles = std::make_unique<RememberedProfiles>(m_settings);

    BenchPage::Setup setup;
    setup.lane.client = m_client.get();
    setup.lane.journal = m_journal.get();
    setup.lane.rateLimiter = m_rateLimiter;
    setup.lane.rememberedProfiles = m_rememberedProfiles.get();
    setup.lane.operatorName = m_station.effectiveOperatorName();
    setup.lane.station = m_station.effectiveStationName();
    setup.topicTemplates = TopicRules::splitCommaSeparated(
        m_settings->value(SettingsDialog::topicsTemplateKey(), SettingsDialog::defaultTopicsTemplate()).toString());
    setup.sandbox = m_station.currentEnvironment == sandboxEnvironment;
    m_bench->start(std::move(setup));
    m_certificates->setSources(m_client.get(), m_journal.get(), m_station.effectiveOperatorName(),
                               m_station.effectiveStationName());
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_tokens, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::showProblem(const QString &problem)
{
    m_ui->connectionLabel->setText(tr("The bench cannot start: %1. Open Settings to fix it.").arg(problem));
}
