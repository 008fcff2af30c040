#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "StationLanguage.h"

#include "base/ForeignText.h"
#include "foundry/FoundryClient.h"
#include "foundry/TokenStore.h"
#include "foundry/TopicRules.h"
#include "jobs/ConnectionCheck.h"
#include "jobs/JournalLocation.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QSettings>

#include <algorithm>

namespace {

QCA::SecureArray takeTyped(QLineEdit *edit)
{
    QByteArray bytes = edit->text().toUtf8();
    edit->clear();
    const QCA::SecureArray token(bytes);
    bytes.fill('\0');
    return token;
}

} // namespace

SettingsDialog::SettingsDialog(QSettings *settings, TokenStore *tokens, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_settings(settings)
    , m_tokens(tokens)
{
    m_ui->setupUi(this);
    if (const QString problem = m_station.load(*settings); !problem.isEmpty())
        m_ui->problemLabel->setText(problem);
    m_ui->journalEdit->setText(m_station.journalPath);
    m_ui->journalEdit->setPlaceholderText(m_station.effectiveJournalPath());
    updateJournalPasswordField();
    connect(m_ui->journalEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateJournalPasswordField);
    m_ui->operatorEdit->setText(m_station.operatorName);
    m_ui->operatorEdit->setPlaceholderText(m_station.effectiveOperatorName());
    m_ui->stationEdit->setText(m_station.stationName);
    m_ui->stationEdit->setPlaceholderText(m_station.effectiveStationName());
    m_ui->topicsTemplateEdit->setText(settings->value(topicsTemplateKey(), defaultTopicsTemplate()).toString());
    for (const StationLanguage::Choice &language : StationLanguage::choices())
        m_ui->languageCombo->addItem(language.name, language.code);
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(settings->value(StationLanguage::settingsKey).toString())));

    // Names are shown escaped; each item keeps the name itself as its data.
    for (const QString &name : m_station.environments.keys())
        m_ui->environmentCombo->addItem(ForeignText::escaped(name), name);
    if (!m_station.environments.contains(m_station.currentEnvironment))
        m_ui->environmentCombo->addItem(ForeignText::escaped(m_station.currentEnvironment), m_station.currentEnvironment);
    showEnvironment(m_station.currentEnvironment);
    m_ui->environmentCombo->setCurrentIndex(m_ui->environmentCombo->findData(m_station.currentEnvironment));

    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this,
            [this] { showEnvironment(m_ui->environmentCombo->currentData().toString()); });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateTokenField);
    connect(m_ui->apiUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateTokenField);
    connect(m_ui->addEnvironmentButton, &QPushButton::clicked, this, &SettingsDialog::addEnvironment);
    m_ui->newEnvironmentEdit->installEventFilter(this);
    connect(m_ui->removeEnvironmentButton, &QPushButton::clicked, this, &SettingsDialog::removeEnvironment);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog()
{
    m_ui->tokenEdit->clear();
    m_ui->journalPasswordEdit->clear();
    delete m_check;
}

// Enter in the new environment's name adds it, as the button beside it does, and goes no further:
// the dialog would take it for Save, with the new environment still empty.
bool SettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->newEnvironmentEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addEnvironment();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SettingsDialog::keepShownEnvironment()
{
    if (m_shown.isEmpty())
        return;
    StationSettings::Environment &environment = m_station.environments[m_shown];
    environment.apiUrl = m_ui->apiUrlEdit->text().trimmed();
    environment.authHeader = m_ui->authHeaderEdit->text().trimmed();
    environment.caFile = m_ui->caFileEdit->text().trimmed();
    environment.kind = m_ui->kindCombo->currentIndex() == 1 ? StationSettings::Kind::Sandbox
                                                             : StationSettings::Kind::Production;
    if (!m_ui->tokenEdit->text().isEmpty())
        m_typedTokens.insert(m_shown, takeTyped(m_ui->tokenEdit));
}

void SettingsDialog::showEnvironment(const QString &name)
{
    keepShownEnvironment();
    m_shown = name;
    const StationSettings::Environment environment = m_station.environments.value(name);
    m_ui->apiUrlEdit->setText(environment.apiUrl);
    m_ui->authHeaderEdit->setText(environment.authHeader);
    m_ui->caFileEdit->setText(environment.caFile);
    m_ui->kindCombo->setCurrentIndex(m_station.isSandbox(name) ? 1 : 0);
    // The built-in Sandbox is always one.
    m_ui->kindCombo->setEnabled(name != StationSettings::sandboxEnvironmentName);
    m_ui->removeEnvironmentButton->setEnabled(m_ui->environmentCombo->count() > 1);
    if (!m_check)
        m_ui->connectionResultLabel->clear();
    updateTokenField();
}

void SettingsDialog::updateTokenField()
{
    // A Sandbox without a URL is run by the station, with a token of its own.
    const bool ownSandbox = m_ui->kindCombo->currentIndex() == 1 && m_ui->apiUrlEdit->text().trimmed().isEmpty();
    m_ui->tokenEdit->setEnabled(m_tokens->canStore() && !ownSandbox);
    m_ui->apiUrlEdit->setPlaceholderText(ownSandbox || m_ui->kindCombo->currentIndex() == 1
                                             ? tr("Empty: the station runs an emulated Foundry and simulated devices")
                                             : tr("https://foundry.example.com"));
}

void SettingsDialog::updateJournalPasswordField()
{
    const bool database = JournalLocation::looksLikeDatabaseUrl(m_ui->journalEdit->text().trimmed());
    if (!database)
        m_ui->journalPasswordEdit->clear();
    m_ui->journalPasswordEdit->setEnabled(database && m_tokens->canStore());
}

void SettingsDialog::addEnvironment()
{
    const QString name = m_ui->newEnvironmentEdit->text().trimmed();
    if (name.isEmpty())
        return;
    if (m_station.environments.contains(name)) {
        m_ui->problemLabel->setText(tr("There is an environment named \"%1\" already; choose it above, or give the "
                                       "new one another name.")
                                        .arg(ForeignText::escaped(name)));
        return;
    }
    StationSettings probe;
    probe.environments.insert(name, {});
    for (const StationSettings::Problem &problem : probe.environmentProblems(name)) {
        if (problem.field == StationSettings::Field::Environment) {
            m_ui->problemLabel->setText(problem.message);
            return;
        }
    }
    m_ui->problemLabel->clear();
    m_ui->newEnvironmentEdit->clear();
    m_station.environments.insert(name, {});
    m_ui->environmentCombo->addItem(ForeignText::escaped(name), name);
    m_ui->environmentCombo->setCurrentIndex(m_ui->environmentCombo->count() - 1);
    m_ui->apiUrlEdit->setFocus();
}

void SettingsDialog::removeEnvironment()
{
    if (m_ui->environmentCombo->count() <= 1)
        return;
    const QString name = m_shown;
    m_ui->tokenEdit->clear();
    m_shown.clear();
    m_station.environments.remove(name);
    m_typedTokens.remove(name);
    // Showing the next environment must not write the removed one back.
    m_ui->environmentCombo->removeItem(m_ui->environmentCombo->findData(name));
    if (m_shown.isEmpty())
        showEnvironment(m_ui->environmentCombo->currentData().toString());
}

void SettingsDialog::accept()
{
    keepShownEnvironment();
    m_station.currentEnvironment = m_shown;
    m_station.journalPath = m_ui->journalEdit->text().trimmed();
    m_station.operatorName = m_ui->operatorEdit->text().trimmed();
    m_station.stationName = m_ui->stationEdit->text().trimmed();
    QStringList problems;
    for (const StationSettings::Problem &problem : m_station.problems())
        problems << problem.message;
    const QStringList topics = TopicRules::splitCommaSeparated(m_ui->topicsTemplateEdit->text());
    if (topics.isEmpty())
        problems << tr("the topics template is empty: name at least one topic, such as devices/{deviceId}/telemetry");
    if (!problems.isEmpty()) {
        m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    // The password belongs to the journal typed above, whichever environment is current.
    if (const std::optional<JournalLocation> journal = JournalLocation::parse(m_station.journalPath, nullptr);
        journal && journal->backend() == JournalLocation::Backend::Postgres
        && !m_ui->journalPasswordEdit->text().isEmpty()) {
        m_journalAccount = journal->account();
        m_typedJournalPassword = takeTyped(m_ui->journalPasswordEdit);
    }
    m_station.save(*m_settings);
    m_settings->setValue(topicsTemplateKey(), topics.join(QLatin1Char(',')));
    m_settings->setValue(StationLanguage::settingsKey, m_ui->languageCombo->currentData().toString());
    m_settings->sync();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    storeNextToken();
}

// One token after another; the dialog closes when the last is kept.
void SettingsDialog::storeNextToken()
{
    if (m_typedTokens.isEmpty()) {
        storeJournalPassword();
        return;
    }
    const QString environment = m_typedTokens.firstKey();
    const QCA::SecureArray token = m_typedTokens.take(environment);
    m_tokens->store(environment, token, this, [this](const QString &problem) {
        if (problem.isEmpty()) {
            storeNextToken();
            return;
        }
        for (QCA::SecureArray &unsaved : m_typedTokens)
            unsaved.clear();
        m_typedTokens.clear();
        m_typedJournalPassword.clear();
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
        m_ui->problemLabel->setText(tr("The settings are saved, but the token is not: %1").arg(problem));
    });
}

void SettingsDialog::storeJournalPassword()
{
    if (m_typedJournalPassword.isEmpty()) {
        QDialog::accept();
        return;
    }
    const QCA::SecureArray password = std::exchange(m_typedJournalPassword, {});
    m_tokens->store(TokenStore::Secret::journalPassword(m_journalAccount), password, this,
                    [this](const QString &problem) {
                        if (problem.isEmpty()) {
                            QDialog::accept();
                            return;
                        }
                        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
                        m_ui->problemLabel->setText(
                            tr("The settings are saved, but the journal's password is not: %1").arg(problem));
                    });
}

void SettingsDialog::testConnection()
{
    if (m_check)
        return;
    keepShownEnvironment();
    StationSettings shown = m_station;
    shown.currentEnvironment = m_shown;
    if (shown.currentRunsOwnSandbox()) {
        m_ui->connectionResultLabel->setText(
            tr("The station runs this Sandbox's Foundry itself while you work in it: there is nothing to test."));
        return;
    }
    if (const QList<StationSettings::Problem> problems = shown.environmentProblems(m_shown); !problems.isEmpty()) {
        m_ui->connectionResultLabel->setText(problems.constFirst().message);
        return;
    }
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->connectionResultLabel->setText(tr("Testing..."));
    const FoundryClientSettings settings = shown.foundryClientSettings();
    if (m_typedTokens.contains(m_shown)) {
        runConnectionCheck(settings, m_typedTokens.value(m_shown), {});
        return;
    }
    m_tokens->read(m_shown, this, [this, settings](const QCA::SecureArray &token, const QString &problem) {
        runConnectionCheck(settings, token, problem);
    });
}

void SettingsDialog::runConnectionCheck(FoundryClientSettings settings, const QCA::SecureArray &token,
                                        const QString &problem)
{
    if (token.isEmpty()) {
        m_ui->testConnectionButton->setEnabled(true);
        m_ui->connectionResultLabel->setText(problem);
        return;
    }
    settings.token = token;
    m_testClient = std::make_unique<FoundryClient>(std::move(settings));
    if (const QString invalid = m_testClient->configurationProblem(); !invalid.isEmpty()) {
        m_ui->testConnectionButton->setEnabled(true);
        m_ui->connectionResultLabel->setText(invalid);
        return;
    }
    m_check = new ConnectionCheck(m_testClient.get(), std::nullopt, QStringLiteral("station-check-api"), this);
    connect(m_check, &ConnectionCheck::progress, this,
            [this](const QString &message) { m_ui->connectionResultLabel->setText(message); });
    connect(m_check, &ConnectionCheck::finished, this, [this](const ConnectionCheck::Result &result) {
        m_check->deleteLater();
        m_ui->testConnectionButton->setEnabled(true);
        if (result.works()) {
            m_ui->connectionResultLabel->setText(tr("Foundry works: URL, token and TLS are good; the test certificate "
                                                    "passed every check and was revoked again."));
            return;
        }
        QString text = result.outcome == ConnectionCheck::Result::Outcome::Works
                           ? QString()
                           : tr("It does not work: %1").arg(result.message);
        if (result.leftBehind)
            text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
                    + tr("Revoking the test certificate failed (%1): %2")
                          .arg(result.revokeMessage, LeftBehind::describe(*result.leftBehind));
        m_ui->connectionResultLabel->setText(text);
    });
    m_check->start();
}
