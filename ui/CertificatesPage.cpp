#include "CertificatesPage.h"
#include "ui_CertificatesPage.h"

#include "AttentionPanel.h"
#include "BulkRevokeDialog.h"
#include "ReadFromDeviceDialog.h"
#include "RevokeCertificateDialog.h"
#include "base/ForeignText.h"
#include "foundry/FoundryClient.h"
#include "foundry/FoundryRateLimiter.h"
#include "jobs/CertificateRevocation.h"
#include "jobs/JobHistoryModel.h"
#include "jobs/ProvisioningLane.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QThread>

#include <memory>

namespace {

// The result choice that is not an outcome: certificates a later revoke took.
const QString revokedChoice = QStringLiteral("revoked");

} // namespace

CertificatesPage::CertificatesPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::CertificatesPage)
    , m_model(new JobHistoryModel(this))
    , m_attention(new AttentionPanel(this))
{
    m_ui->setupUi(this);
    m_attention->setObjectName(QStringLiteral("attentionPanel"));
    m_ui->certificatesLayout->insertWidget(0, m_attention);
    m_ui->outcomeCombo->addItem(tr("Any"));
    const QStringList outcomes{tr("done"), tr("failed"), tr("needs attention"), tr("cancelled"), tr("unfinished")};
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        m_ui->outcomeCombo->addItem(outcomes.at(i), JobJournal::outcomeTexts().at(i));
    m_ui->outcomeCombo->addItem(tr("revoked"), revokedChoice);
    const QDate today = QDate::currentDate();
    m_ui->fromEdit->setDate(today.addDays(-7));
    m_ui->toEdit->setDate(today);

    m_ui->historyView->setModel(m_model);
    QHeaderView *header = m_ui->historyView->horizontalHeader();
    header->setSortIndicator(JobHistoryModel::TimeColumn, Qt::DescendingOrder);
    m_ui->historyView->setSortingEnabled(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Widths for what the columns hold rather than measured per page (a page is read at a time);
    // a certificate ID is cut in the middle, so both its ends show, the whole on hover.
    const QFontMetrics metrics = m_ui->historyView->fontMetrics();
    const auto widthOf = [&metrics](int characters) { return metrics.horizontalAdvance(QLatin1Char('m')) * characters; };
    const QList<std::pair<int, int>> widths{{JobHistoryModel::DeviceIdColumn, 10}, {JobHistoryModel::CertificateIdColumn, 15},
                                            {JobHistoryModel::ArnColumn, 10},      {JobHistoryModel::TopicsColumn, 11},
                                            {JobHistoryModel::ResultColumn, 11},   {JobHistoryModel::OperatorColumn, 8},
                                            {JobHistoryModel::StationColumn, 7}};
    for (const auto &[column, characters] : widths)
        header->resizeSection(column, widthOf(characters));
    m_ui->historyView->setTextElideMode(Qt::ElideMiddle);
    m_ui->historyView->verticalHeader()->hide();

    for (QLineEdit *edit : {m_ui->deviceIdEdit, m_ui->certificateEdit, m_ui->operatorEdit, m_ui->stationEdit})
        connect(edit, &QLineEdit::returnPressed, this, &CertificatesPage::search);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &CertificatesPage::search);
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &CertificatesPage::search);
    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, this, &CertificatesPage::search);
    connect(m_ui->clearFilterButton, &QPushButton::clicked, this, [this] {
        clearFilterFields();
        search();
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CertificatesPage::chooseExportFile);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &CertificatesPage::confirmRevoke);
    connect(m_ui->bulkRevokeButton, &QPushButton::clicked, this, &CertificatesPage::openBulkRevoke);
    connect(m_ui->readDeviceButton, &QPushButton::clicked, this, &CertificatesPage::openReadFromDevice);
    // Keys for the two things support staff come for: finding a certificate, and revoking it.
    addAction(m_ui->actionFindCertificate);
    connect(m_ui->actionFindCertificate, &QAction::triggered, this, [this] {
        m_ui->certificateEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->certificateEdit->selectAll();
    });
    m_ui->historyView->addAction(m_ui->actionRevokeSelected);
    connect(m_ui->actionRevokeSelected, &QAction::triggered, m_ui->revokeButton, &QPushButton::click);
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CertificatesPage::updateRevokeButton);
    // The selected row's revoked state changes when a revoke ends, or any job does.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CertificatesPage::updateRevokeButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CertificatesPage::updateRevokeButton);
    connect(m_model, &JobHistoryModel::errorChanged, this, [this](const QString &error) {
        showProblem(error.isEmpty() ? QString() : tr("The history cannot be read: %1").arg(error));
    });
}

// An export under way writes its file to the end: a half-written export would look like a short history.
CertificatesPage::~CertificatesPage()
{
    if (m_exportThread) {
        m_exportThread->wait();
        delete m_exportThread;
    }
}

void CertificatesPage::setSources(FoundryClient *client, JobJournal *journal, const QString &operatorName,
                                  const QString &station)
{
    abandonRevocation();
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_client = client;
    m_journal = journal;
    m_operatorName = operatorName;
    m_station = station;
    for (QObject *source : {static_cast<QObject *>(client), static_cast<QObject *>(journal)}) {
        if (source)
            connect(source, &QObject::destroyed, this, &CertificatesPage::abandonRevocation);
    }
    showProblem({});
    m_model->setFilter(filterFromFields());
    m_model->setJournal(journal);
    updateRevokeButton();
    // The panel's actions open no port a bench lane holds.
    m_attention->setSources(client, journal, operatorName, station, [this] {
        QStringList ports;
        for (const ProvisioningLane *lane : m_lanes ? m_lanes() : QList<ProvisioningLane *>())
            ports << lane->setup().serial.portName;
        return ports;
    });
}

// Without a search of its own: the caller searches once it has set what it looks for.
void CertificatesPage::clearFilterFields()
{
    for (QLineEdit *edit : {m_ui->deviceIdEdit, m_ui->certificateEdit, m_ui->operatorEdit, m_ui->stationEdit})
        edit->clear();
    const QSignalBlocker outcome(m_ui->outcomeCombo);
    const QSignalBlocker dates(m_ui->dateRangeCheck);
    m_ui->outcomeCombo->setCurrentIndex(0);
    m_ui->dateRangeCheck->setChecked(false);
    m_ui->fromEdit->setEnabled(false);
    m_ui->toEdit->setEnabled(false);
}

JobJournal::Filter CertificatesPage::filterFromFields() const
{
    JobJournal::Filter filter;
    filter.deviceId = m_ui->deviceIdEdit->text().trimmed();
    filter.certificatePrefix = m_ui->certificateEdit->text().trimmed();
    filter.operatorName = m_ui->operatorEdit->text().trimmed();
    filter.station = m_ui->stationEdit->text().trimmed();
    if (const QString outcome = m_ui->outcomeCombo->currentData().toString(); outcome == revokedChoice)
        filter.certificateRevoked = true;
    else if (!outcome.isEmpty())
        filter.outcome = JobJournal::outcomeFromText(outcome);
    if (m_ui->dateRangeCheck->isChecked()) {
        // Whole days in the station's own time zone, the last day included.
        filter.from = m_ui->fromEdit->date().startOfDay();
        filter.to = m_ui->toEdit->date().addDays(1).startOfDay();
    }
    return filter;
}

void CertificatesPage::search()
{
    m_model->setFilter(filterFromFields());
    if (m_model->errorString().isEmpty())
        m_ui->statusLabel->setText(m_model->canFetchMore({})
                                       ? tr("Showing the newest matches; scroll down for more.")
                                       : tr("%n job(s) found.", nullptr, m_model->rowCount()));
}

std::optional<JobJournal::Job> CertificatesPage::selectedJob() const
{
    const QModelIndexList rows = m_ui->historyView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->job(rows.constFirst().row());
}

void CertificatesPage::updateRevokeButton()
{
    const std::optional<JobJournal::Job> job = selectedJob();
    m_ui->revokeButton->setEnabled(job && job->kind == JobJournal::Kind::Provision && !job->certificateId.isEmpty()
                                   && !job->certificateRevokedAt.isValid() && m_client && m_journal
                                   && !m_revocation);
}

void CertificatesPage::confirmRevoke()
{
    const std::optional<JobJournal::Job> job = selectedJob();
    if (!job)
        return;
    auto *dialog = new RevokeCertificateDialog(job->deviceId, job->certificateId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, job = *job] { revoke(job, dialog->reason()); });
    dialog->open();
}

void CertificatesPage::revoke(const JobJournal::Job &job, const QString &reason)
{
    if (!m_client || !m_journal || m_revocation)
        return;
    showProblem({});
    CertificateRevocation::Settings settings;
    settings.certificateId = job.certificateId;
    settings.deviceId = job.deviceId;
    settings.operatorName = m_operatorName;
    settings.station = m_station;
    settings.reason = reason;
    m_revocation = new CertificateRevocation(m_client, m_journal, settings, this);
    connect(m_revocation, &CertificateRevocation::finished, this, &CertificatesPage::revoked);
    m_ui->statusLabel->setText(tr("Revoking certificate %1…").arg(ForeignText::escaped(job.certificateId)));
    updateRevokeButton();
    m_revocation->start();
}

void CertificatesPage::revoked()
{
    CertificateRevocation *revocation = std::exchange(m_revocation, nullptr);
    revocation->deleteLater();
    if (revocation->error().isError()) {
        m_ui->statusLabel->clear();
        QString problem = tr("Foundry did not revoke the certificate: %1").arg(revocation->error().message());
        if (!revocation->foundryMessage().isEmpty())
            problem += tr(" Foundry said: %1").arg(ForeignText::escaped(revocation->foundryMessage()));
        showProblem(problem + tr(" Check the connection in Settings and try again; the journal records the attempt."));
    } else {
        m_ui->statusLabel->setText(tr("The certificate is revoked."));
        showProblem(revocation->warnings().join(QLatin1Char('\n')));
    }
    updateRevokeButton();
}

// The client or journal a revoke uses is going away (new settings): the request is dropped and its
// journal row stays unfinished, which recovery finishes.
void CertificatesPage::abandonRevocation()
{
    if (!m_revocation)
        return;
    delete std::exchange(m_revocation, nullptr);
    m_ui->statusLabel->clear();
    showProblem(tr("The settings changed while a certificate was being revoked; it may or may not be revoked. Run "
                   "recovery, then search for the certificate again."));
    updateRevokeButton();
}

void CertificatesPage::setRateLimiter(FoundryRateLimiter *rateLimiter)
{
    m_rateLimiter = rateLimiter;
}

BulkRevokeDialog *CertificatesPage::openBulkRevoke()
{
    if (!m_client || !m_journal) {
        showProblem(tr("Bulk revoke needs the Foundry connection and the journal: open Settings and check them."));
        return nullptr;
    }
    auto *dialog = new BulkRevokeDialog(m_client, m_journal, m_rateLimiter, m_operatorName, m_station, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkRevokeDialog::runFinished, this, &CertificatesPage::search);
    dialog->open();
    return dialog;
}

void CertificatesPage::setLaneSource(std::function<QList<ProvisioningLane *>()> lanes)
{
    m_lanes = std::move(lanes);
}

ReadFromDeviceDialog *CertificatesPage::openReadFromDevice()
{
    if (!m_journal) {
        showProblem(tr("Reading from a device needs the journal: open Settings and check the journal (a file, or the "
                       "factory's postgresql:// address)."));
        return nullptr;
    }
    auto *dialog = new ReadFromDeviceDialog(m_journal, m_lanes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReadFromDeviceDialog::certificateFound, this, &CertificatesPage::showCertificate);
    connect(dialog, &ReadFromDeviceDialog::revokeRequested, this, &CertificatesPage::confirmRevoke);
    dialog->open();
    return dialog;
}

void CertificatesPage::showCertificate(const QString &certificateId)
{
    clearFilterFields();
    m_ui->certificateEdit->setText(certificateId);
    search();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const JobJournal::Job &job = m_model->job(row);
        if (job.kind == JobJournal::Kind::Provision && job.certificateId.compare(certificateId, Qt::CaseInsensitive) == 0) {
            m_ui->historyView->selectRow(row);
            m_ui->historyView->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void CertificatesPage::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the history"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CertificatesPage::exportTo);
    dialog->open();
}

void CertificatesPage::exportTo(const QString &fileName)
{
    if (!m_journal) {
        showProblem(tr("There is no journal to export: open Settings and check the journal (a file, or the factory's "
                       "postgresql:// address)."));
        Q_EMIT exportFinished(false);
        return;
    }
    if (m_exportThread)
        return;
    struct Result
    {
        // The journal could not be read, or the file not written: different things to do next.
        QString readProblem;
        QString problem;
        qsizetype jobs = 0;
    };
    const auto result = std::make_shared<Result>();
    m_exportThread = QThread::create([result, path = m_journal->path(), password = m_journal->password(),
                                      filter = m_model->filter(), order = m_model->order(), fileName]() mutable {
        // A Qt SQL connection belongs to the thread that opened it: the export reads through its own,
        // with the shared journal's password when the window was given one.
        JobJournal reader(path);
        reader.setPassword(std::exchange(password, {}));
        if (!reader.openExisting()) {
            result->readProblem = reader.errorString();
            return;
        }
        if (!reader.exportCsv(filter, order, fileName, &result->jobs))
            result->problem = reader.errorString();
    });
    connect(m_exportThread, &QThread::finished, this, [this, result, fileName] {
        std::exchange(m_exportThread, nullptr)->deleteLater();
        m_ui->exportButton->setEnabled(true);
        if (!result->readProblem.isEmpty()) {
            m_ui->statusLabel->clear();
            // The reason already says what to do (the database, its password): no advice about files.
            showProblem(tr("The history was not exported, because the journal cannot be read: %1")
                            .arg(result->readProblem));
        } else if (!result->problem.isEmpty()) {
            m_ui->statusLabel->clear();
            showProblem(tr("The history was not exported: %1. Choose another file or folder and try again.")
                            .arg(result->problem));
        } else {
            showProblem({});
            m_ui->statusLabel->setText(
                tr("%n job(s) exported to %1.", nullptr, static_cast<int>(result->jobs)).arg(fileName));
        }
        Q_EMIT exportFinished(result->readProblem.isEmpty() && result->problem.isEmpty());
    });
    m_ui->exportButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Exporting the history to %1…").arg(fileName));
    m_exportThread->start();
}

void CertificatesPage::showProblem(const QString &problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
}
