#include "AttentionPanel.h"
#include "ui_AttentionPanel.h"

#include "RevokeCertificateDialog.h"
#include "foundry/FoundryClient.h"
#include "jobs/NeedsAttentionModel.h"

#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>

AttentionPanel::AttentionPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(new Ui::AttentionPanel)
    , m_model(new NeedsAttentionModel(this))
{
    m_ui->setupUi(this);
    // The same words as the item's own button once a person has finished it.
    m_ui->attentionByHandButton->setText(AttentionAction::finishByHandLabel());
    m_ui->attentionView->setModel(m_model);
    m_ui->attentionStatusLabel->hide();
    connect(m_ui->attentionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttentionPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const std::optional<JobJournal::LeftBehindRecord> record = selectedRecord();
        m_chosenItemId = record ? record->id : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Once the last item is done, only what became of it stays in view.
        const bool items = m_model->rowCount() > 0;
        m_ui->attentionView->setVisible(items);
        m_ui->attentionByHandButton->setVisible(items);
        setVisible(items || !m_ui->attentionStatusLabel->text().isEmpty());
        // The item the person chose stays chosen while it is open, so that the button acts on it;
        // otherwise the oldest, so that Enter on the button finishes it.
        if (items) {
            const int chosen = m_model->rowOf(m_chosenItemId);
            m_ui->attentionView->setCurrentIndex(m_model->index(chosen >= 0 ? chosen : 0));
        }
        updateButtons();
    });
    connect(m_ui->attentionActionButton, &QPushButton::clicked, this, &AttentionPanel::actOnSelected);
    connect(m_ui->attentionByHandButton, &QPushButton::clicked, this, &AttentionPanel::finishSelectedByHand);
    hide();
    updateButtons();
}

AttentionPanel::~AttentionPanel() = default;

void AttentionPanel::setSources(FoundryClient *client, JobJournal *journal, const QString &operatorName,
                                const QString &station, std::function<QStringList()> lanePorts)
{
    abandonAction();
    for (QObject *source : {static_cast<QObject *>(m_client), static_cast<QObject *>(m_journal)}) {
        if (source)
            disconnect(source, nullptr, this, nullptr);
    }
    m_client = client;
    m_journal = journal;
    m_operatorName = operatorName;
    m_station = station;
    m_lanePorts = std::move(lanePorts);
    for (QObject *source : {static_cast<QObject *>(client), static_cast<QObject *>(journal)}) {
        if (source)
            connect(source, &QObject::destroyed, this, &AttentionPanel::abandonAction);
    }
    m_model->setJournal(journal);
}

std::optional<JobJournal::LeftBehindRecord> AttentionPanel::selectedRecord() const
{
    const QModelIndexList rows = m_ui->attentionView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->record(rows.constFirst().row());
}

void AttentionPanel::updateButtons()
{
    const std::optional<JobJournal::LeftBehindRecord> record = selectedRecord();
    const bool free = record && m_journal && !m_action;
    const bool acts = record && AttentionAction::stationActs(record->item.action);
    const bool recovers = record && record->item.action == LeftBehind::Action::RecoverAgain;
    m_ui->attentionActionButton->setText(record ? AttentionAction::label(record->item) : AttentionAction::label({}));
    m_ui->attentionActionButton->setVisible(m_model->rowCount() > 0 && (!record || acts || recovers));
    m_ui->attentionActionButton->setEnabled(free && (recovers || (acts && m_client)));
    m_ui->attentionByHandButton->setEnabled(free);
}

AttentionAction *AttentionPanel::newAction(const JobJournal::LeftBehindRecord &record)
{
    AttentionAction::Setup setup;
    setup.client = m_client;
    setup.journal = m_journal;
    setup.operatorName = m_operatorName;
    setup.station = m_station;
    setup.lanePorts = m_lanePorts ? m_lanePorts() : QStringList();
    return new AttentionAction(setup, record, this);
}

void AttentionPanel::actOnSelected()
{
    const std::optional<JobJournal::LeftBehindRecord> record = selectedRecord();
    if (!record || m_action)
        return;
    if (record->item.action == LeftBehind::Action::RecoverAgain) {
        Q_EMIT recoveryRequested();
        return;
    }
    if (record->item.action != LeftBehind::Action::RevokeCertificate) {
        run(newAction(*record), {});
        return;
    }
    // The same confirmation as the page's Revoke: it names the device and the certificate.
    auto *dialog = new RevokeCertificateDialog(record->item.deviceId, record->item.certificateId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, record = *record] {
        if (!m_action && m_client && m_journal)
            run(newAction(record), dialog->reason());
    });
    dialog->open();
}

void AttentionPanel::finishSelectedByHand()
{
    const std::optional<JobJournal::LeftBehindRecord> record = selectedRecord();
    if (!record || m_action)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("doneByHandDialog"));
    dialog->setWindowTitle(tr("Done by hand"));
    dialog->setLabelText(tr("What did you do? It goes into the journal with your name.\n\n%1")
                             .arg(m_model->data(m_model->index(m_model->rowOf(record->id)), Qt::DisplayRole).toString()));
    // Qt's input dialog makes its field on choosing the mode; it has no name of its own to announce.
    dialog->setInputMode(QInputDialog::TextInput);
    if (auto *field = dialog->findChild<QLineEdit *>()) {
        field->setObjectName(QStringLiteral("doneByHandEdit"));
        field->setAccessibleName(tr("What you did"));
        field->setAccessibleDescription(tr("How the item was finished by hand, as the journal keeps it with your name"));
    }
    connect(dialog, &QInputDialog::textValueSelected, this, [this, record = *record](const QString &how) {
        if (m_action || !m_journal)
            return;
        m_action = newAction(record);
        connect(m_action, &AttentionAction::finished, this, &AttentionPanel::actionFinished);
        m_action->finishByHand(how);
    });
    dialog->open();
}

void AttentionPanel::run(AttentionAction *action, const QString &reason)
{
    m_action = action;
    connect(m_action, &AttentionAction::finished, this, &AttentionPanel::actionFinished);
    m_ui->attentionStatusLabel->setText(tr("Working on it…"));
    m_ui->attentionStatusLabel->show();
    updateButtons();
    m_action->start(reason);
}

void AttentionPanel::actionFinished()
{
    AttentionAction *action = std::exchange(m_action, nullptr);
    action->deleteLater();
    m_ui->attentionStatusLabel->setText(action->message());
    m_ui->attentionStatusLabel->show();
    setVisible(true);
    updateButtons();
}

// The client or journal an action uses is going away: a revoke under way is left to recovery, as its
// journal row says.
void AttentionPanel::abandonAction()
{
    if (!m_action)
        return;
    delete std::exchange(m_action, nullptr);
    m_ui->attentionStatusLabel->setText(tr("The settings changed while an item was being finished; it stays open. "
                                           "Run recovery if it was a revoke, then try again."));
    updateButtons();
}
