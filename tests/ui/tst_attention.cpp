#include "AttentionPanel.h"
#include "BenchPage.h"
#include "CertificatesPage.h"
#include "EmulatedFoundry.h"
#include "LaneWidget.h"
#include "MainWindow.h"
#include "RevokeCertificateDialog.h"
#include "SessionTokenStore.h"
#include "SettingsDialog.h"
#include "SimulatedDevice.h"
#include "WindowTestMain.h"
#include "WindowTestSupport.h"
#include "device/SerialPortWatcher.h"
#include "jobs/JobHistoryModel.h"
#include "jobs/JobJournal.h"
#include "jobs/NeedsAttentionModel.h"
#include "jobs/ProvisioningLane.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using WindowTestSupport::child;
using State = ProvisioningJob::State;

// Jobs that need attention and the recovery banner, clicked through offscreen as support staff and a
// field engineer would: the emulated Foundry over HTTPS on loopback, a simulated device on a
// pseudo-terminal, and the station's own SQLite journal.
class TestAttention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void failedRollbackIsFinishedByItsRevokeButton();
    void recoveryFromTheBanner();
    void laneSaysWhatFoundryMayHaveDoneWhenTheNetworkDrops();
    void chosenItemStaysChosenWhileLanesMoveOn();

private:
    void openWindow();
    // The window open with a simulated device's lane waiting for a scan; null when it did not get there.
    LaneWidget *openWindowWithDeviceLane();
    void addFault(const QString &spec);
    void scan(const QString &deviceId);
    void showCertificates();
    QString text(QObject *parent, const char *label) const;
    // A job a killed station left writing certificateId into slot 2 on port: its rows and no live run.
    qint64 recordKilledJob(const QString &certificateId, const QString &arn, const QString &port);

    EmulatedFoundry m_foundry{QStringLiteral("attention-window-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_journalPath;
    std::unique_ptr<SessionTokenStore> m_tokens;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<MainWindow> m_window;
};

void TestAttention::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestAttention::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_foundry.emulator().clearFaults();
    m_foundry.emulator().clearRequests();
    m_settings = WindowTestSupport::sandboxSettings(m_foundry, *m_dir, QStringLiteral("attention-tester"),
                                                    QStringLiteral("field-1"));
    m_settings->setValue(SettingsDialog::topicsTemplateKey(), QStringLiteral("devices/{deviceId}/telemetry"));
    StationSettings station;
    station.load(*m_settings);
    m_journalPath = station.effectiveJournalPath();
    m_tokens = WindowTestSupport::sandboxTokens(m_foundry, this);
}

void TestAttention::cleanup()
{
    m_window.reset();
    m_device.reset();
    m_tokens.reset();
    m_settings.reset();
}

void TestAttention::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_tokens.get());
    m_window->benchPage()->watcher()->setSource([] { return QList<SerialPortList::Port>(); });
    m_window->resize(1200, 820);
    m_window->show();
    CertificatesPage *page = m_window->certificatesPage();
    QVERIFY2(QTest::qWaitFor([page] { return page->model()->journal() != nullptr; }, 10000),
             qPrintable(text(m_window.get(), "connectionLabel")));
}

LaneWidget *TestAttention::openWindowWithDeviceLane()
{
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    if (!m_device->start(QStringLiteral("station")))
        return nullptr;
    openWindow();
    auto *addPortEdit = child<QLineEdit>(m_window.get(), "addPortEdit");
    if (!addPortEdit || !QTest::qWaitFor([addPortEdit] { return addPortEdit->isVisible(); }, 10000))
        return nullptr;
    QTest::keyClicks(addPortEdit, m_device->portName());
    QTest::keyClick(addPortEdit, Qt::Key_Return);
    if (m_window->benchPage()->lanes().size() != 1)
        return nullptr;
    LaneWidget *lane = m_window->benchPage()->lanes().constFirst();
    return QTest::qWaitFor([lane] { return lane->waitsForDeviceId(); }, 30000) ? lane : nullptr;
}

void TestAttention::addFault(const QString &spec)
{
    QString error;
    QVERIFY2(m_foundry.addFault(spec, &error), qPrintable(error));
}

void TestAttention::scan(const QString &deviceId)
{
    auto *scanEdit = child<QLineEdit>(m_window.get(), "scanEdit");
    QTest::keyClicks(scanEdit, deviceId);
    QTest::keyClick(scanEdit, Qt::Key_Return);
}

void TestAttention::showCertificates()
{
    child<QTabWidget>(m_window.get(), "pages")->setCurrentWidget(m_window->certificatesPage());
}

QString TestAttention::text(QObject *parent, const char *label) const
{
    const auto *found = parent->findChild<QLabel *>(QLatin1String(label));
    return found ? found->text() : QStringLiteral("<no %1>").arg(QLatin1String(label));
}

qint64 TestAttention::recordKilledJob(const QString &certificateId, const QString &arn, const QString &port)
{
    // Its own instance, destroyed at the end: the station that ran the job is gone, its run lock with it.
    JobJournal journal(m_journalPath);
    if (!journal.open())
        return 0;
    JobJournal::Job row;
    row.deviceId = QStringLiteral("field-dev-0009");
    row.port = port;
    row.profile = QStringLiteral("station");
    row.slot = 2;
    row.operatorName = QStringLiteral("technician-9");
    const qint64 id = journal.beginJob(row);
    journal.setDevice(id, QStringLiteral("SN-9"), {QStringLiteral("devices/field-dev-0009/telemetry")});
    journal.setCertificate(id, certificateId, arn);
    for (State state : {State::Identifying, State::Generating, State::CheckingBundle})
        journal.finishStep(journal.beginStep(id, state), true);
    journal.beginStep(id, State::WritingCertificate, QStringLiteral("Writing the certificate into slot 2"));
    return id;
}

// Foundry answers neither the provision nor the rollback's revoke: the job ends needing attention
// with its certificate left on Foundry. On the Certificates page the item is listed first with a
// Revoke button; after the confirmation the certificate is revoked, the item leaves the list, and the
// journal keeps who finished it and how.
void TestAttention::failedRollbackIsFinishedByItsRevokeButton()
{
    LaneWidget *lane = openWindowWithDeviceLane();
    QVERIFY(lane);
    addFault(QStringLiteral("http-500@provisionx*"));
    addFault(QStringLiteral("http-500@revokex*"));
    scan(QStringLiteral("field-dev-0001"));
    ProvisioningLane *running = lane->lane();
    QVERIFY(QTest::qWaitFor([running] { return running->job() && running->job()->isFinished(); }, 60000));
    QCOMPARE(running->job()->state(), State::NeedsAttention);
    const QString certificateId = running->job()->result().certificateId;
    QVERIFY(m_foundry.emulator().certificate(certificateId));
    m_foundry.emulator().clearFaults();

    showCertificates();
    auto *panel = m_window->certificatesPage()->attentionPanel();
    QVERIFY(QTest::qWaitFor([panel] { return panel->isVisible() && panel->model()->rowCount() == 1; }, 5000));
    const QString item = panel->model()->index(0).data().toString();
    QVERIFY2(item.contains(certificateId), qPrintable(item));
    auto *act = child<QPushButton>(panel, "attentionActionButton");
    QVERIFY(act->isEnabled());
    QCOMPARE(act->text(), QStringLiteral("Revoke certificate…"));
    QTest::mouseClick(act, Qt::LeftButton);

    auto *dialog = panel->findChild<RevokeCertificateDialog *>();
    QVERIFY(dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
    QVERIFY(text(dialog, "whatLabel").contains(certificateId));
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("rollback could not revoke it"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QVERIFY(QTest::qWaitFor([&] { return !m_foundry.emulator().certificate(certificateId); }, 30000));
    QVERIFY(QTest::qWaitFor([panel] { return panel->model()->rowCount() == 0; }, 5000));
    QVERIFY2(text(panel, "attentionStatusLabel").startsWith(QLatin1String("Done")),
             qPrintable(text(panel, "attentionStatusLabel")));

    JobJournal reader(m_journalPath);
    QVERIFY(reader.openExisting());
    QVERIFY(reader.openLeftBehind().isEmpty());
    const QList<JobJournal::LeftBehindRecord> items = reader.leftBehind(running->job()->journalId());
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().item.certificateId, certificateId);
    QCOMPARE(items.constFirst().finishedBy, QStringLiteral("attention-tester"));
    QVERIFY(items.constFirst().finishedAt.isValid());
    QVERIFY2(items.constFirst().finishedHow.contains(QLatin1String("revoked")), qPrintable(items.constFirst().finishedHow));
    const JobJournal::Job revoke = reader.jobs().constFirst();
    QCOMPARE(revoke.kind, JobJournal::Kind::Revoke);
    QCOMPARE(revoke.reason, QStringLiteral("rollback could not revoke it"));
}

// A station was killed while writing a certificate into a device that is not plugged in now. The
// window offers recovery in a banner; its one button revokes the certificate without blocking the
// window, shows the outcome, and lists what the device may still hold under Needs attention, whose
// delete button says what to do since the device is not there.
void TestAttention::recoveryFromTheBanner()
{
    const GenerateResponse issued = m_foundry.generate();
    const QString certificateId = issued.id();
    QVERIFY(!certificateId.isEmpty());
    const QString port = m_dir->filePath(QStringLiteral("ttyGONE9"));
    const qint64 jobId = recordKilledJob(certificateId, issued.arn(), port);
    QVERIFY(jobId != 0);

    openWindow();
    auto *banner = child<QWidget>(m_window.get(), "recoveryBanner");
    auto *recover = child<QPushButton>(m_window.get(), "recoverButton");
    QVERIFY2(QTest::qWaitFor([banner, recover] { return banner->isVisible() && recover->isVisible(); }, 10000),
             qPrintable(text(m_window.get(), "recoveryLabel")));
    QVERIFY2(text(m_window.get(), "recoveryLabel").startsWith(QLatin1String("1 unfinished job")),
             qPrintable(text(m_window.get(), "recoveryLabel")));

    QTest::mouseClick(recover, Qt::LeftButton);
    // The click returns at once; recovery goes on while the window answers.
    QVERIFY(!recover->isVisible());
    auto *dismiss = child<QPushButton>(m_window.get(), "recoveryDismissButton");
    QVERIFY(QTest::qWaitFor([dismiss] { return dismiss->isVisible(); }, 30000));
    const QString outcome = text(m_window.get(), "recoveryLabel");
    QVERIFY2(outcome.contains(QLatin1String("rolled back")), qPrintable(outcome));
    QVERIFY(!recover->isVisible());
    QVERIFY(!m_foundry.emulator().certificate(certificateId));

    auto *panel = m_window->certificatesPage()->attentionPanel();
    QVERIFY(QTest::qWaitFor([panel] { return panel->model()->rowCount() == 1; }, 5000));
    showCertificates();
    QVERIFY(panel->isVisible());
    const QString item = panel->model()->index(0).data().toString();
    QVERIFY2(item.contains(port) && item.contains(QLatin1String("slot 2")), qPrintable(item));
    auto *act = child<QPushButton>(panel, "attentionActionButton");
    QCOMPARE(act->text(), QStringLiteral("Delete it from the device"));
    QTest::mouseClick(act, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([panel, this] { return text(panel, "attentionStatusLabel").contains(QLatin1String("Plug it in")); },
                            10000));
    QCOMPARE(panel->model()->rowCount(), 1);

    QTest::mouseClick(dismiss, Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    JobJournal reader(m_journalPath);
    QVERIFY(reader.openExisting());
    QCOMPARE(reader.job(jobId)->outcome, JobResult::Outcome::Failed);
}

// The connection drops as Foundry answers generate: the lane's FAIL tile says that Foundry may have
// issued a certificate the station never heard of, and that it is left under Needs attention, where
// the item is; not a socket error.
void TestAttention::laneSaysWhatFoundryMayHaveDoneWhenTheNetworkDrops()
{
    LaneWidget *lane = openWindowWithDeviceLane();
    QVERIFY(lane);
    addFault(QStringLiteral("drop-connection@generatex*"));
    scan(QStringLiteral("field-dev-0002"));
    auto *tile = lane->findChild<QWidget *>(QStringLiteral("resultTile"));
    QVERIFY(tile && QTest::qWaitFor([tile] { return tile->isVisible(); }, 60000));
    QCOMPARE(text(lane, "verdictLabel"), QStringLiteral("FAIL"));
    const QString sentence = text(lane, "sentenceLabel");
    QVERIFY2(sentence.startsWith(QLatin1String("The network dropped while Foundry was issuing the certificate: Foundry "
                                               "may have issued one, and the station could not hear its answer.")),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("Needs attention")), qPrintable(sentence));
    QVERIFY2(!sentence.contains(QLatin1String("closed")), qPrintable(sentence));
    auto *panel = m_window->certificatesPage()->attentionPanel();
    QVERIFY(QTest::qWaitFor([panel] { return panel->model()->rowCount() == 1; }, 5000));
    QCOMPARE(panel->model()->record(0).item.kind, LeftBehind::Kind::CertificateMayExistUnknown);

    // Only Foundry's support can find that certificate: the station offers no action of its own, and
    // the person marks the item done by hand with what was done.
    showCertificates();
    QVERIFY(!child<QPushButton>(panel, "attentionActionButton")->isVisible());
    QTest::mouseClick(child<QPushButton>(panel, "attentionByHandButton"), Qt::LeftButton);
    auto *dialog = panel->findChild<QInputDialog *>(QStringLiteral("doneByHandDialog"));
    QVERIFY(dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
    dialog->setTextValue(QStringLiteral("Foundry support revoked the orphan"));
    dialog->accept();
    QVERIFY(QTest::qWaitFor([panel] { return panel->model()->rowCount() == 0; }, 5000));
    JobJournal reader(m_journalPath);
    QVERIFY(reader.openExisting());
    const QList<JobJournal::LeftBehindRecord> items = reader.leftBehind(lane->lane()->job()->journalId());
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().finishedHow, QStringLiteral("done by hand: Foundry support revoked the orphan"));
    QCOMPARE(items.constFirst().finishedBy, QStringLiteral("attention-tester"));
}

// Every step of every lane changes the journal. A person who chose the third item must find it still
// chosen when a lane moves on, and when another job leaves an item, so that the button acts on it and
// not on the oldest.
void TestAttention::chosenItemStaysChosenWhileLanesMoveOn()
{
    JobJournal journal(m_journalPath);
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    const auto leaveItem = [&journal](const QString &deviceId, LeftBehind::Action action) {
        JobJournal::Job row;
        row.deviceId = deviceId;
        row.port = QStringLiteral("/dev/ttyUSB7");
        row.profile = QStringLiteral("station");
        row.slot = 2;
        row.operatorName = QStringLiteral("technician-9");
        const qint64 id = journal.beginJob(row);
        LeftBehind item;
        item.kind = action == LeftBehind::Action::RevokeCertificate ? LeftBehind::Kind::CertificateOnFoundry
                                                                   : LeftBehind::Kind::DeviceHoldsCertificate;
        item.action = action;
        item.certificateId = QStringLiteral("cert-") + deviceId;
        item.deviceId = deviceId;
        item.port = row.port;
        item.slot = 2;
        return journal.finishJob(id, JobResult::Outcome::NeedsAttention, QStringLiteral("left"), {item});
    };
    QVERIFY(leaveItem(QStringLiteral("field-dev-0011"), LeftBehind::Action::RevokeCertificate));
    QVERIFY(leaveItem(QStringLiteral("field-dev-0012"), LeftBehind::Action::RevokeCertificate));
    QVERIFY(leaveItem(QStringLiteral("field-dev-0013"), LeftBehind::Action::DeleteFromDevice));

    AttentionPanel panel;
    panel.setSources(nullptr, &journal, QStringLiteral("attention-tester"), QStringLiteral("field-1"));
    NeedsAttentionModel *model = panel.model();
    QCOMPARE(model->rowCount(), 3);
    auto *view = child<QListView>(&panel, "attentionView");
    const qint64 chosen = model->record(2).id;
    QCOMPARE(model->record(2).item.deviceId, QStringLiteral("field-dev-0013"));
    view->setCurrentIndex(model->index(2));
    auto *act = child<QPushButton>(&panel, "attentionActionButton");
    QCOMPARE(act->text(), QStringLiteral("Delete it from the device"));
    const auto chosenId = [view, model] {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        return rows.isEmpty() ? qint64(0) : model->record(rows.constFirst().row()).id;
    };

    // A lane begins a job and takes steps; the model reads the journal once the moment's events are handled.
    JobJournal::Job running;
    running.deviceId = QStringLiteral("field-dev-0014");
    running.port = QStringLiteral("/dev/ttyUSB8");
    running.profile = QStringLiteral("station");
    running.operatorName = QStringLiteral("technician-9");
    const qint64 runningId = journal.beginJob(running);
    QVERIFY(runningId != 0);
    QVERIFY(journal.finishStep(journal.beginStep(runningId, State::Identifying), true));
    journal.beginStep(runningId, State::Generating);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(chosenId(), chosen);
    QCOMPARE(act->text(), QStringLiteral("Delete it from the device"));

    // Another job leaves an item: the list grows, and the person's choice stays.
    QVERIFY(leaveItem(QStringLiteral("field-dev-0015"), LeftBehind::Action::RevokeCertificate));
    QVERIFY(QTest::qWaitFor([model] { return model->rowCount() == 4; }, 5000));
    QCOMPARE(chosenId(), chosen);
    QCOMPARE(act->text(), QStringLiteral("Delete it from the device"));
}

FOUNDRY_WINDOW_TEST_MAIN(TestAttention, "tst_attention")

#include "tst_attention.moc"
