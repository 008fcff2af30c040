#include "BulkRevokeDialog.h"
#include "ui_BulkRevokeDialog.h"

#include "base/ForeignText.h"
#include "foundry/FoundryClient.h"
#include "foundry/FoundryRateLimiter.h"
#include "jobs/BulkRevocationModel.h"
#include "jobs/BulkRevocationRunner.h"
#include "jobs/JobJournal.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

#include <algorithm>

BulkRevokeDialog::BulkRevokeDialog(FoundryClient *client, JobJournal *journal, FoundryRateLimiter *rateLimiter,
                                   const QString &operatorName, const QString &station, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::BulkRevokeDialog)
    , m_client(client)
    , m_journal(journal)
    , m_rateLimiter(rateLimiter)
    , m_operatorName(operatorName)
    , m_station(station)
    , m_model(new BulkRevocationModel(this))
{
    m_ui->setupUi(this);
    m_ui->rowsView->setModel(m_model);
    m_ui->rowsView->verticalHeader()->hide();
    m_ui->rowsView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_ui->rowsView->horizontalHeader();
    header->setStretchLastSection(true);
    const int character = m_ui->rowsView->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    header->resizeSection(BulkRevocationModel::LineColumn, character * 4);
    header->resizeSection(BulkRevocationModel::CertificateIdColumn, character * 16);
    header->resizeSection(BulkRevocationModel::DeviceIdColumn, character * 10);
    // A row is read for its planned action and its result: those columns show each whole, in the
    // window's language, whose words can be twice as long as English ones.
    const QFontMetrics metrics = m_ui->rowsView->fontMetrics();
    const auto widest = [this, &metrics, character](int column, const QStringList &texts) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + character * 2;
    };
    using Action = BulkRevocationPlan::Action;
    using Outcome = BulkRevocationRunner::Outcome;
    QStringList actions;
    for (Action action : {Action::Revoke, Action::RevokeUnknown, Action::AlreadyRevoked, Action::Duplicate,
                          Action::OtherDevice, Action::Malformed})
        actions << BulkRevocationPlan::actionText(action);
    QStringList outcomes;
    for (Outcome outcome : {Outcome::Revoked, Outcome::Failed, Outcome::Uncertain, Outcome::Skipped, Outcome::NotAttempted})
        outcomes << BulkRevocationRunner::outcomeText(outcome);
    header->resizeSection(BulkRevocationModel::ActionColumn, widest(BulkRevocationModel::ActionColumn, actions));
    header->resizeSection(BulkRevocationModel::ResultColumn, widest(BulkRevocationModel::ResultColumn, outcomes));

    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &BulkRevokeDialog::chooseFile);
    connect(m_ui->runButton, &QPushButton::clicked, this, &BulkRevokeDialog::askConfirmation);
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] { showPhase(Phase::Planned); });
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &BulkRevokeDialog::run);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &BulkRevokeDialog::updateConfirmButton);
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        m_runner->cancel();
        m_ui->cancelRunButton->setEnabled(false);
        m_ui->summaryLabel->setText(
            tr("Cancelling: the request in flight is allowed to finish, then nothing more is sent."));
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BulkRevokeDialog::chooseExportFile);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &BulkRevokeDialog::reject);
    for (QObject *source : {static_cast<QObject *>(client), static_cast<QObject *>(journal)}) {
        if (source)
            connect(source, &QObject::destroyed, this, &BulkRevokeDialog::sourceGone);
    }
    showProblem({});
    showPhase(Phase::Choosing);
}

BulkRevokeDialog::~BulkRevokeDialog() = default;

namespace {

// The button Enter presses, with the focus on it, so that Enter and Space agree.
void offer(QPushButton *button)
{
    button->setDefault(true);
    button->setFocus(Qt::OtherFocusReason);
}

} // namespace

// One place says what each step shows, so that no button is left on from an earlier step, and
// where the keyboard is: the focus and the button Enter presses follow the step, the next one's.
void BulkRevokeDialog::showPhase(Phase phase)
{
    m_phase = phase;
    const bool running = phase == Phase::Running;
    m_ui->chooseFileButton->setEnabled(phase == Phase::Choosing || phase == Phase::Planned || phase == Phase::Reported);
    m_ui->runButton->setVisible(phase == Phase::Planned || phase == Phase::Choosing);
    m_ui->runButton->setEnabled(phase == Phase::Planned && m_plan.revokeCount() > 0 && m_client && m_journal);
    m_ui->confirmFrame->setVisible(phase == Phase::Confirming);
    m_ui->progressBar->setVisible(running || phase == Phase::Reported);
    m_ui->cancelRunButton->setVisible(running);
    m_ui->cancelRunButton->setEnabled(running);
    m_ui->exportButton->setVisible(phase == Phase::Reported);
    m_ui->closeButton->setEnabled(!running);
    m_ui->runningNoteLabel->setVisible(running);
    switch (phase) {
    case Phase::Choosing: offer(m_ui->chooseFileButton); break;
    case Phase::Planned: offer(m_ui->runButton->isEnabled() ? m_ui->runButton : m_ui->chooseFileButton); break;
    case Phase::Confirming:
        m_ui->reasonEdit->setFocus(Qt::OtherFocusReason);
        updateConfirmButton();
        break;
    case Phase::Running:
        // No key goes on by itself while revoking: Enter presses nothing, and the focus is on the rows,
        // which follow the run; Cancel run is a Tab away.
        for (QPushButton *button : {m_ui->chooseFileButton, m_ui->runButton, m_ui->backButton, m_ui->confirmButton,
                                    m_ui->cancelRunButton, m_ui->exportButton, m_ui->closeButton})
            button->setDefault(false);
        m_ui->rowsView->setFocus(Qt::OtherFocusReason);
        break;
    case Phase::Reported: offer(m_ui->exportButton); break;
    }
}

// Revocation cannot be undone: Enter goes back to the dry run until a reason is typed.
void BulkRevokeDialog::updateConfirmButton()
{
    const bool reasonGiven = !m_ui->reasonEdit->text().trimmed().isEmpty();
    m_ui->confirmButton->setEnabled(reasonGiven);
    (reasonGiven ? m_ui->confirmButton : m_ui->backButton)->setDefault(true);
}

void BulkRevokeDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the certificates to revoke"), QString(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("bulkRevokeFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BulkRevokeDialog::planFile);
    dialog->open();
}

void BulkRevokeDialog::planFile(const QString &path)
{
    if (m_phase == Phase::Running || m_phase == Phase::Confirming)
        return;
    showProblem({});
    delete std::exchange(m_runner, nullptr);
    m_ui->fileLabel->setText(ForeignText::escaped(QFileInfo(path).fileName()));
    if (!m_journal) {
        m_plan = {};
        m_model->setPlan(m_plan);
        showProblem(tr("There is no journal to check the file against: open Settings and check the journal (a file, "
                       "or the factory's postgresql:// address)."));
        showPhase(Phase::Choosing);
        return;
    }
    m_plan = BulkRevocationPlan::fromFile(path, *m_journal);
    m_model->setPlan(m_plan);
    if (!m_plan.problem().isEmpty()) {
        m_ui->summaryLabel->clear();
        showProblem(m_plan.problem());
        showPhase(Phase::Choosing);
        return;
    }
    using Action = BulkRevocationPlan::Action;
    m_ui->summaryLabel->setText(
        tr("Dry run, nothing revoked yet: %n row(s).", nullptr, static_cast<int>(m_plan.rows().size())) + QLatin1Char(' ')
        + tr("To revoke: %1 found in the journal, %2 not in it. Skipped: %3 already revoked, %4 duplicate, %5 on "
             "another device in the journal, %6 malformed.")
              .arg(m_plan.count(Action::Revoke))
              .arg(m_plan.count(Action::RevokeUnknown))
              .arg(m_plan.count(Action::AlreadyRevoked))
              .arg(m_plan.count(Action::Duplicate))
              .arg(m_plan.count(Action::OtherDevice))
              .arg(m_plan.count(Action::Malformed)));
    if (m_plan.revokeCount() == 0)
        showProblem(tr("No row of this file would be revoked. Fix the rows marked malformed, or choose another file."));
    showPhase(Phase::Planned);
}

void BulkRevokeDialog::askConfirmation()
{
    if (m_phase != Phase::Planned || m_plan.revokeCount() == 0)
        return;
    QString text = tr("Revoke %n certificate(s) on Foundry? Revocation cannot be undone: those devices can no longer "
                      "connect, and each needs a new certificate provisioned.",
                      nullptr, m_plan.revokeCount());
    if (const int unknown = m_plan.count(BulkRevocationPlan::Action::RevokeUnknown); unknown > 0)
        text += QLatin1Char(' ') + tr("%n of them are not in this station's journal.", nullptr, unknown);
    m_ui->confirmLabel->setText(text);
    m_ui->confirmButton->setText(tr("Revoke %n certificate(s)", nullptr, m_plan.revokeCount()));
    showPhase(Phase::Confirming);
}

void BulkRevokeDialog::run()
{
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (m_phase != Phase::Confirming || reason.isEmpty())
        return;
    if (!m_client || !m_journal) {
        showProblem(tr("The Foundry connection is not set up: open Settings, then choose the file again."));
        showPhase(Phase::Planned);
        return;
    }
    delete std::exchange(m_runner, nullptr);
    m_runner = new BulkRevocationRunner(m_plan, m_client, m_journal, m_rateLimiter, {m_operatorName, m_station, reason}, this);
    m_model->follow(m_runner);
    connect(m_runner, &BulkRevocationRunner::rowFinished, this, &BulkRevokeDialog::updateProgress);
    connect(m_runner, &BulkRevocationRunner::finished, this, &BulkRevokeDialog::runEnded);
    m_ui->progressBar->setRange(0, m_runner->revokeTotal());
    m_ui->progressBar->setValue(0);
    showProblem({});
    showPhase(Phase::Running);
    updateProgress();
    m_runner->start();
}

void BulkRevokeDialog::updateProgress()
{
    if (!m_runner || m_phase != Phase::Running)
        return;
    m_ui->progressBar->setValue(m_runner->revokesDone());
    if (m_ui->cancelRunButton->isEnabled())
        m_ui->summaryLabel->setText(tr("Revoking: %1 of %2 done.").arg(m_runner->revokesDone()).arg(m_runner->revokeTotal()));
}

void BulkRevokeDialog::runEnded()
{
    using Outcome = BulkRevocationRunner::Outcome;
    m_ui->progressBar->setValue(m_runner->revokesDone());
    QString text;
    switch (m_runner->end()) {
    case BulkRevocationRunner::End::Completed: text = tr("Finished."); break;
    case BulkRevocationRunner::End::Cancelled: text = tr("Cancelled."); break;
    case BulkRevocationRunner::End::Stopped: text = tr("Stopped."); break;
    }
    text += QLatin1Char(' ')
        + tr("%1 revoked, %2 failed, %3 with an unknown outcome, %4 skipped, %5 not sent. Export the report to keep it.")
              .arg(m_runner->count(Outcome::Revoked))
              .arg(m_runner->count(Outcome::Failed))
              .arg(m_runner->count(Outcome::Uncertain))
              .arg(m_runner->count(Outcome::Skipped))
              .arg(m_runner->count(Outcome::NotAttempted));
    m_ui->summaryLabel->setText(text);
    QStringList problems;
    if (!m_runner->stopReason().isEmpty())
        problems << m_runner->stopReason();
    if (m_runner->count(Outcome::Uncertain) > 0)
        problems << tr("Foundry may or may not have revoked the rows marked unknown: run recovery, then search for them "
                       "on the Certificates page.");
    showProblem(problems.join(QLatin1Char('\n')));
    showPhase(Phase::Reported);
    Q_EMIT runFinished();
}

void BulkRevokeDialog::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the bulk revoke report"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("bulkRevokeExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BulkRevokeDialog::exportReportTo);
    dialog->open();
}

bool BulkRevokeDialog::exportReportTo(const QString &fileName)
{
    if (!m_runner)
        return false;
    QString why;
    if (!BulkRevocationRunner::exportReport(m_runner->results(), fileName, &why)) {
        showProblem(tr("The report was not exported: %1. Choose another file or folder and try again.").arg(why));
        return false;
    }
    showProblem({});
    m_ui->summaryLabel->setText(tr("The report is exported to %1.").arg(ForeignText::escaped(fileName)));
    offer(m_ui->closeButton);
    return true;
}

void BulkRevokeDialog::reject()
{
    if (m_phase == Phase::Running)
        return;
    QDialog::reject();
}

// The request in flight is dropped with the runner; its journal row stays unfinished, which recovery finishes.
void BulkRevokeDialog::sourceGone()
{
    const bool wasRunning = m_phase == Phase::Running;
    delete std::exchange(m_runner, nullptr);
    m_plan = {};
    m_model->setPlan(m_plan);
    showPhase(Phase::Choosing);
    showProblem(wasRunning ? tr("The settings changed during the run; the certificate being revoked may or may not be "
                                "revoked. Run recovery, then choose the file again: rows already revoked are skipped.")
                           : tr("The settings changed: choose the file again."));
}

void BulkRevokeDialog::showProblem(const QString &problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
}
