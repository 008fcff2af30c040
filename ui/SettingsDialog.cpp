#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "base/ForeignText.h"
#include "foundry/TokenStore.h"
#include "foundry/TopicRules.h"

#include <QPushButton>
#include <QSettings>

SettingsDialog::SettingsDialog(QSettings *settings, TokenStore *tokens, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_settings(settings)
    , m_tokens(tokens)
{
    m_ui->setupUi(this);
    if (const QString problem = m_station.load(*settings); !problem.isEmpty())
        m_ui->problemLabel->setText(problem);
    const StationSettings::Environment environment = m_station.current();
    m_ui->environmentLabel->setText(tr("Environment: %1").arg(ForeignText::escaped(m_station.currentEnvironment)));
    m_ui->apiUrlEdit->setText(environment.apiUrl);
    m_ui->authHeaderEdit->setText(environment.authHeader);
    m_ui->caFileEdit->setText(environment.caFile);
    m_ui->journalEdit->setText(m_station.journalPath);
    m_ui->journalEdit->setPlaceholderText(m_station.effectiveJournalPath());
    m_ui->operatorEdit->setText(m_station.operatorName);
    m_ui->operatorEdit->setPlaceholderText(m_station.effectiveOperatorName());
    m_ui->stationEdit->setText(m_station.stationName);
    m_ui->stationEdit->setPlaceholderText(m_station.effectiveStationName());
    m_ui->topicsTemplateEdit->setText(settings->value(topicsTemplateKey(), defaultTopicsTemplate()).toString());
    m_ui->tokenEdit->setEnabled(tokens->canStore());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog()
{
    m_ui->tokenEdit->clear();
}

void SettingsDialog::accept()
{
    StationSettings::Environment &environment = m_station.environments[m_station.currentEnvironment];
    environment.apiUrl = m_ui->apiUrlEdit->text().trimmed();
    environment.authHeader = m_ui->authHeaderEdit->text().trimmed();
    environment.caFile = m_ui->caFileEdit->text().trimmed();
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
    m_station.save(*m_settings);
    m_settings->setValue(topicsTemplateKey(), topics.join(QLatin1Char(',')));
    m_settings->sync();

    const QString typed = m_ui->tokenEdit->text();
    m_ui->tokenEdit->clear();
    if (typed.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    QByteArray bytes = typed.toUtf8();
    const QCA::SecureArray token(bytes);
    bytes.fill('\0');
    m_tokens->store(m_station.currentEnvironment, token, this, [this](const QString &problem) { finish(problem); });
}

void SettingsDialog::finish(const QString &problem)
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    if (!problem.isEmpty()) {
        m_ui->problemLabel->setText(tr("The settings are saved, but the token is not: %1").arg(problem));
        return;
    }
    QDialog::accept();
}
