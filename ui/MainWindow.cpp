#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "BatchBar.h"
#include "BenchPage.h"
#include "LaneWidget.h"
#include "LogDock.h"
#include "AttentionPanel.h"
#include "CertificatesPage.h"
#include "SettingsDialog.h"
#include "base/CryptoSupport.h"
#include "base/StationVersion.h"
#include "device/RememberedProfiles.h"
#include "foundry/FoundryClient.h"
#include "foundry/FoundryRateLimiter.h"
#include "foundry/TokenStore.h"
#include "foundry/TopicRules.h"
#include "jobs/JobJournal.h"
#include "jobs/JournalLocation.h"
#include "jobs/ProvisioningLane.h"
#include "jobs/SandboxSession.h"
#include "jobs/StationBatch.h"
#include "jobs/StationLog.h"
#include "jobs/StationRecovery.h"

#include <QMessageBox>
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
    , m_log(new StationLog(StationLog::defaultCapacity, this))
    , m_batch(new StationBatch(this))
    , m_bench(new BenchPage(this))
    , m_certificates(new CertificatesPage(this))
    , m_rateLimiter(new FoundryRateLimiter(FoundryRateLimiter::defaultRatePerSecond, FoundryRateLimiter::defaultBurst, this))
    , m_logDock(new LogDock(m_log, this))
    , m_batchBar(new BatchBar(m_batch, m_log))
    , m_recovery(new StationRecovery(this))
{
    registerStationResources();
    m_ui->setupUi(this);
    m_bench->setObjectName(QStringLiteral("benchPage"));
    m_ui->pages->addTab(m_bench, tr("Bench"));
    m_bench->showBatchBar(m_batchBar);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    // The lanes are what a technician reads from two metres; the log is for a closer look, from a
    // lane's Log button or the Station menu.
    m_logDock->hide();
    m_ui->menuStation->insertAction(m_ui->actionExportEvidence, m_logDock->toggleViewAction());
    connect(m_ui->actionExportEvidence, &QAction::triggered, m_batchBar, &BatchBar::chooseEvidenceFile);
    connect(m_bench, &BenchPage::laneLogRequested, m_logDock, &LogDock::showLane);
    m_certificates->setObjectName(QStringLiteral("certificatesPage"));
    m_certificates->setRateLimiter(m_rateLimiter);
    m_certificates->setLaneSource([this] {
        QList<ProvisioningLane *> lanes;
        for (const LaneWidget *lane : m_bench->lanes())
            lanes << lane->lane();
        return lanes;
    });
    m_ui->pages->addTab(m_certificates, tr("Certificates"));
    m_recovery->setLanePorts([this] { return lanePorts(); });
    connect(m_recovery, &StationRecovery::pendingChanged, this, &MainWindow::updateRecoveryBanner);
    connect(m_recovery, &StationRecovery::progress, this, &MainWindow::showRecoveryProgress);
    connect(m_recovery, &StationRecovery::finished, this, [this] {
        m_showRecoveryOutcome = true;
        updateRecoveryBanner();
    });
    connect(m_ui->recoverButton, &QPushButton::clicked, m_recovery, &StationRecovery::start);
    connect(m_certificates->attentionPanel(), &AttentionPanel::recoveryRequested, m_recovery, &StationRecovery::start);
    connect(m_ui->recoveryDismissButton, &QPushButton::clicked, this, [this] {
        m_showRecoveryOutcome = false;
        updateRecoveryBanner();
    });
    updateRecoveryBanner();
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Foundry Provisioning Station"),
                           tr("<p><b>Foundry Provisioning Station</b> %1</p>"
                              "<p>Built with Qt %2 (LGPL-3.0) and QCA (LGPL-2.1).</p>")
                               .arg(StationVersion::text().toHtmlEscaped(), QString::fromLatin1(qVersion())));
    });
    // Where the technician left the window and its log; whatever else the file holds there is ignored.
    restoreGeometry(m_settings->value(geometryKey).toByteArray());
    restoreState(m_settings->value(stateKey).toByteArray());
    applySettings();
}

// The bench's lanes use the client, the journal and the remembered profiles: they go first.
MainWindow::~MainWindow()
{
    m_settings->setValue(geometryKey, saveGeometry());
    m_settings->setValue(stateKey, saveState());
    m_bench->clear();
    delete m_bench;
    // Before the log it shows.
    delete m_logDock;
}

void MainWindow::applySettings()
{
    ++m_generation;
    const QList<ProvisioningLane *> closing = m_bench->clear();
    m_recovery->setSources(nullptr, nullptr, SerialSettings());
    m_station = StationSettings();
    m_ui->connectionLabel->clear();
    const QString unreadable = m_station.load(*m_settings);
    const bool ownSandbox = unreadable.isEmpty() && m_station.currentRunsOwnSandbox();
    keepUntilGone(closing, !ownSandbox);
    const bool sandbox = m_station.currentIsSandbox();
    m_ui->sandboxBanner->setVisible(sandbox);
    setWindowTitle(sandbox ? tr("SANDBOX - Foundry Provisioning Station") : tr("Foundry Provisioning Station"));
    if (!unreadable.isEmpty()) {
        showProblem(unreadable);
        return;
    }
    // Without QCA's OpenSSL provider no certificate can be checked: say which package is missing
    // before anything starts, not at the first device.
    if (const QString crypto = CryptoSupport::problem(); !crypto.isEmpty()) {
        m_ui->connectionLabel->setText(tr("The bench cannot start: %1").arg(crypto));
        return;
    }
    if (ownSandbox) {
        if (!ownSandboxRuns())
            return;
        StationSettings::Environment &environment = m_station.environments[m_station.currentEnvironment];
        environment.apiUrl = m_sandbox->apiUrl().toString();
        environment.caFile = m_sandbox->caFile();
        environment.authHeader = StationSettings::Environment().authHeader;
        // Its certificates live only as long as its Foundry; so does the journal that records them.
        m_station.journalPath = m_sandbox->journalFile();
    }
    if (const QList<StationSettings::Problem> problems = m_station.problems(); !problems.isEmpty()) {
        showProblem(problems.constFirst().message);
        return;
    }
    if (ownSandbox) {
        tokenRead(m_sandbox->token(), {});
        addSandboxPorts();
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
    // Last to go: the journal is in its folder.
    std::unique_ptr<SandboxSession> sandbox;
    std::unique_ptr<FoundryClient> client;
    std::unique_ptr<JobJournal> journal;
    std::unique_ptr<RememberedProfiles> rememberedProfiles;
};

} // namespace

void MainWindow::keepUntilGone(const QList<ProvisioningLane *> &closing, bool leavingSandbox)
{
    std::unique_ptr<SandboxSession> sandbox;
    if (leavingSandbox && m_sandbox) {
        m_sandbox->disconnect(this);
        sandbox = std::move(m_sandbox);
    }
    // One share per closing lane, dropped with the lane's connection when the lane is destroyed:
    // the last lane to go lets the old client, journal, profiles and Sandbox go.
    const auto retired = std::make_shared<RetiredSetup>(RetiredSetup{
        std::move(sandbox), std::move(m_client), std::move(m_journal), std::move(m_rememberedProfiles)});
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
    const std::optional<JournalLocation> journal = JournalLocation::parse(m_station.effectiveJournalPath(), nullptr);
    if (!journal || journal->backend() != JournalLocation::Backend::Postgres) {
        openJournal({});
        return;
    }
    // None kept is no problem: libpq then looks in PGPASSFILE.
    const int generation = m_generation;
    m_tokens->read(TokenStore::Secret::journalPassword(journal->account()), this,
                   [this, generation](const QCA::SecureArray &password, const QString &unreadable) {
                       if (generation != m_generation)
                           return;
                       if (!unreadable.isEmpty()) {
                           showProblem(unreadable);
                           return;
                       }
                       openJournal(password);
                   });
}

void MainWindow::openJournal(const QCA::SecureArray &password)
{
    m_journal = std::make_unique<JobJournal>(m_station.effectiveJournalPath());
    if (!password.isEmpty()) {
        QByteArray bytes = password.toByteArray();
        m_journal->setPassword(QString::fromUtf8(bytes));
        bytes.fill('\0');
    }
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
    setup.lane.log = m_log;
    setup.lane.batch = m_batch;
    setup.topicTemplates = TopicRules::splitCommaSeparated(
        m_settings->value(SettingsDialog::topicsTemplateKey(), SettingsDialog::defaultTopicsTemplate()).toString());
    setup.settings = m_settings;
    setup.sandbox = m_station.currentIsSandbox();
    m_bench->start(std::move(setup));
    m_certificates->setSources(m_client.get(), m_journal.get(), m_station.effectiveOperatorName(),
                               m_station.effectiveStationName());
    m_recovery->setOnlyStation(m_station.effectiveStationName());
    m_recovery->setSources(m_client.get(), m_journal.get(), SerialSettings());
}

QStringList MainWindow::lanePorts() const
{
    QStringList ports;
    for (const LaneWidget *lane : m_bench->lanes())
        ports << lane->lane()->setup().serial.portName;
    return ports;
}

void MainWindow::updateRecoveryBanner()
{
    const bool recovering = m_recovery->state() == StationRecovery::State::Recovering;
    const int pending = m_recovery->pendingCount();
    m_ui->recoveryProgress->setVisible(recovering);
    m_ui->recoverButton->setVisible(!recovering && pending > 0);
    m_ui->recoveryDismissButton->setVisible(!recovering && m_showRecoveryOutcome);
    // While recovering, the banner says what progress() said last (showRecoveryProgress).
    if (recovering)
        return;
    QStringList text;
    if (m_showRecoveryOutcome)
        text << m_recovery->outcome();
    if (pending > 0)
        text << StationRecovery::offer(pending, m_recovery->oldestPending());
    m_ui->recoveryLabel->setText(text.join(QLatin1Char(' ')));
    m_ui->recoveryBanner->setVisible(!text.isEmpty());
}

void MainWindow::showRecoveryProgress(int done, int total)
{
    updateRecoveryBanner();
    m_ui->recoveryProgress->setRange(0, std::max(total, 1));
    m_ui->recoveryProgress->setValue(done);
    m_ui->recoveryLabel->setText(StationRecovery::progressText(done, total));
    m_ui->recoveryBanner->setVisible(true);
}

bool MainWindow::ownSandboxRuns()
{
    if (m_sandbox && m_sandbox->state() == SandboxSession::State::Running)
        return true;
    if (!m_sandbox) {
        m_sandbox = std::make_unique<SandboxSession>();
        connect(m_sandbox.get(), &SandboxSession::started, this, &MainWindow::applySettings);
        connect(m_sandbox.get(), &SandboxSession::failed, this, &MainWindow::showProblem);
        connect(m_sandbox.get(), &SandboxSession::devicePlugged, this,
                [this](const QString &name, const QString &port) { m_bench->addPort(port, name); });
    }
    m_ui->connectionLabel->setText(tr("Starting the Sandbox: an emulated Foundry and simulated devices..."));
    m_sandbox->start();
    return false;
}

void MainWindow::addSandboxPorts()
{
    for (const SandboxSession::Device &device : m_sandbox->devices()) {
        if (const QString port = m_sandbox->devicePort(device.name); !port.isEmpty())
            m_bench->addPort(port, device.name);
    }
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
