#include "CertificatesPage.h"
#include "EmulatedFoundry.h"
#include "MainWindow.h"
#include "RevokeCertificateDialog.h"
#include "SessionTokenStore.h"
#include "WindowTestMain.h"
#include "WindowTestSupport.h"
#include "device/SerialPortWatcher.h"
#include "BenchPage.h"
#include "foundry/FoundryReply.h"
#include "jobs/JobHistoryModel.h"
#include "jobs/JobJournal.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString deviceId = QStringLiteral("desk-dev-0001");
const QString otherDeviceId = QStringLiteral("desk-dev-0002");

} // namespace

// The Certificates page as support staff use it: a certificate Foundry issued (the emulator over
// HTTPS on loopback) and the job that holds it in the station's journal file, found by the beginning
// of its ID, revoked after the confirmation, or not when the confirmation is cancelled.
using WindowTestSupport::child;

class TestCertificatesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void foundByPrefixAndRevokedAfterConfirming();
    void cancelledConfirmationRevokesNothing();
    void refusedRevokeIsShownOnThePage();
    void exportWritesWhatTheSearchFinds();

private:
    void openWindow();
    // Searches the certificate by the beginning of its ID, typed in capitals, and selects its row.
    void findAndSelect(const QString &certificateId);
    // Clicks Revoke and returns the confirmation it opens.
    RevokeCertificateDialog *openConfirmation();
    QList<JobJournal::Job> journaledRevokes() const;
    QString resultOfRow(int row) const;
    bool saveScreenshot(const QString &fileName) const;
    WindowTestSupport::CertificatesStation m_station{QStringLiteral("certificates-test-token"),
                                                     QStringLiteral("support-tester"), QStringLiteral("desk-1")};
    CertificatesPage *m_page = nullptr;
};

void TestCertificatesPage::initTestCase()
{
    QString error;
    QVERIFY2(m_station.start(&error), qPrintable(error));
}

void TestCertificatesPage::init()
{
    QVERIFY(m_station.prepare(this));
}

void TestCertificatesPage::cleanup()
{
    m_page = nullptr;
    m_station.release();
}

void TestCertificatesPage::openWindow()
{
    m_page = m_station.openWindow();
    QVERIFY(m_page);
}

void TestCertificatesPage::findAndSelect(const QString &certificateId)
{
    auto *edit = child<QLineEdit>(m_page, "certificateEdit");
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, certificateId.left(10).toUpper());
    QTest::keyClick(edit, Qt::Key_Return);
    JobHistoryModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, JobHistoryModel::CertificateIdColumn).data().toString(), certificateId);
    QCOMPARE(model->index(0, JobHistoryModel::DeviceIdColumn).data().toString(), deviceId);
    QCOMPARE(resultOfRow(0), QStringLiteral("done"));
    auto *view = child<QTableView>(m_page, "historyView");
    QVERIFY(view);
    view->selectRow(0);
    QVERIFY(child<QPushButton>(m_page, "revokeButton")->isEnabled());
}

RevokeCertificateDialog *TestCertificatesPage::openConfirmation()
{
    QTest::mouseClick(child<QPushButton>(m_page, "revokeButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<RevokeCertificateDialog *>();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000))
        return nullptr;
    return dialog;
}

QList<JobJournal::Job> TestCertificatesPage::journaledRevokes() const
{
    JobJournal reader(m_station.journalPath());
    QList<JobJournal::Job> revokes;
    if (!reader.openExisting())
        return revokes;
    for (const JobJournal::Job &job : reader.jobs()) {
        if (job.kind == JobJournal::Kind::Revoke)
            revokes << job;
    }
    return revokes;
}

QString TestCertificatesPage::resultOfRow(int row) const
{
    return m_page->model()->index(row, JobHistoryModel::ResultColumn).data().toString();
}

void TestCertificatesPage::foundByPrefixAndRevokedAfterConfirming()
{
    openWindow();
    const QString certificateId = m_station.journalIssuedCertificate(deviceId);
    QVERIFY(!certificateId.isEmpty());
    QVERIFY(!m_station.journalIssuedCertificate(otherDeviceId).isEmpty());
    findAndSelect(certificateId);

    RevokeCertificateDialog *dialog = openConfirmation();
    QVERIFY(dialog);
    const QString what = child<QLabel>(dialog, "whatLabel")->text();
    QVERIFY2(what.contains(certificateId) && what.contains(deviceId), qPrintable(what));
    QVERIFY(child<QLabel>(dialog, "warningLabel")->text().contains(QStringLiteral("cannot be undone")));
    auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    QPushButton *revoke = buttons->button(QDialogButtonBox::Ok);
    QCOMPARE(revoke->text(), QStringLiteral("Revoke"));
    // No revoke without a reason.
    QVERIFY(!revoke->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("device returned under warranty"));
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);

    QVERIFY(QTest::qWaitFor([&] { return !m_station.foundry().emulator().certificate(certificateId); }, 30000));
    // The history follows the window's own journal: the revoke's row on top, the job's row revoked.
    JobHistoryModel *model = m_page->model();
    QVERIFY2(QTest::qWaitFor([&] { return model->rowCount() == 2 && resultOfRow(1) == QLatin1String("revoked"); }, 10000),
             qPrintable(QStringLiteral("%1 rows, %2").arg(model->rowCount()).arg(resultOfRow(0))));
    QCOMPARE(resultOfRow(0), QStringLiteral("revocation done"));
    QCOMPARE(model->index(0, JobHistoryModel::OperatorColumn).data().toString(), QStringLiteral("support-tester"));
    QVERIFY(child<QLabel>(m_page, "statusLabel")->text().contains(QStringLiteral("revoked")));
    QVERIFY(child<QLabel>(m_page, "problemLabel")->text().isEmpty());

    const QList<JobJournal::Job> revokes = journaledRevokes();
    QCOMPARE(revokes.size(), 1);
    QCOMPARE(revokes.constFirst().certificateId, certificateId);
    QCOMPARE(revokes.constFirst().deviceId, deviceId);
    QCOMPARE(revokes.constFirst().operatorName, QStringLiteral("support-tester"));
    QCOMPARE(revokes.constFirst().station, QStringLiteral("desk-1"));
    QCOMPARE(revokes.constFirst().reason, QStringLiteral("device returned under warranty"));
    QCOMPARE(revokes.constFirst().outcome, JobResult::Outcome::Done);

    // A revoked certificate cannot be revoked again.
    child<QTableView>(m_page, "historyView")->selectRow(1);
    QVERIFY(!child<QPushButton>(m_page, "revokeButton")->isEnabled());
    QVERIFY(saveScreenshot(QStringLiteral("certificates-revoked.png")));

    // The result "revoked" finds the job whose certificate was revoked, not the revoke itself.
    auto *outcome = child<QComboBox>(m_page, "outcomeCombo");
    outcome->setCurrentIndex(outcome->findText(QStringLiteral("revoked")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(resultOfRow(0), QStringLiteral("revoked"));
    QCOMPARE(model->index(0, JobHistoryModel::OperatorColumn).data().toString(), QStringLiteral("technician-3"));
}

// docs/ takes its screenshots from the tests, as tst_benchwindow does: FOUNDRY_SCREENSHOT_DIR names
// where they go. True when none is asked for, or it was saved.
bool TestCertificatesPage::saveScreenshot(const QString &fileName) const
{
    const QString dir = qEnvironmentVariable("FOUNDRY_SCREENSHOT_DIR");
    return dir.isEmpty() || m_station.window()->grab().save(dir + QLatin1Char('/') + fileName);
}

void TestCertificatesPage::cancelledConfirmationRevokesNothing()
{
    openWindow();
    const QString certificateId = m_station.journalIssuedCertificate(deviceId);
    QVERIFY(!certificateId.isEmpty());
    findAndSelect(certificateId);
    m_station.foundry().emulator().clearRequests();

    RevokeCertificateDialog *dialog = openConfirmation();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("changed my mind"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_page->findChild<RevokeCertificateDialog *>(); }, 5000));

    // Long enough for a revoke that was wrongly sent to reach the emulator and the history.
    QTest::qWait(500);
    QVERIFY(m_station.foundry().emulator().requests().isEmpty());
    QVERIFY(m_station.foundry().emulator().certificate(certificateId));
    QVERIFY(journaledRevokes().isEmpty());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(resultOfRow(0), QStringLiteral("done"));
    QVERIFY(child<QPushButton>(m_page, "revokeButton")->isEnabled());
}

// Foundry refuses with a message meant to take over a terminal: the page says so in its own label,
// escaped, with what to do; no message box; the attempt is journaled as a failed revoke.
void TestCertificatesPage::refusedRevokeIsShownOnThePage()
{
    openWindow();
    const QString certificateId = m_station.journalIssuedCertificate(deviceId);
    QVERIFY(!certificateId.isEmpty());
    QString error;
    QVERIFY2(m_station.foundry().addFault(QStringLiteral("hostile-message@revoke"), &error), qPrintable(error));
    findAndSelect(certificateId);
    RevokeCertificateDialog *dialog = openConfirmation();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("key exposed"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);

    auto *problem = child<QLabel>(m_page, "problemLabel");
    QVERIFY(QTest::qWaitFor([problem] { return !problem->text().isEmpty(); }, 30000));
    const QString text = problem->text();
    QVERIFY2(text.contains(QStringLiteral("did not revoke")) && text.contains(QStringLiteral("try again")), qPrintable(text));
    QVERIFY2(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x202e)), qPrintable(text));
    QVERIFY(problem->isVisible());
    QVERIFY(!QApplication::activeModalWidget() || !qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    QVERIFY(m_station.foundry().emulator().certificate(certificateId));
    const QList<JobJournal::Job> revokes = journaledRevokes();
    QCOMPARE(revokes.size(), 1);
    QCOMPARE(revokes.constFirst().outcome, JobResult::Outcome::Failed);
    QVERIFY(QTest::qWaitFor([this] {
        return m_page->model()->rowCount() == 2 && resultOfRow(0) == QLatin1String("revocation failed");
    }, 10000));
    QCOMPARE(resultOfRow(1), QStringLiteral("done"));
}

// The export runs off the GUI thread and writes every job the search finds, with the journal's CSV
// writer: a device ID that looks like a formula stays text.
void TestCertificatesPage::exportWritesWhatTheSearchFinds()
{
    openWindow();
    {
        JobJournal bench(m_station.journalPath());
        QVERIFY(bench.open());
        for (const QString &device : {QStringLiteral("=HYPERLINK(\"http://example.invalid\")"), QStringLiteral("desk-a"),
                                      QStringLiteral("other-b")}) {
            JobJournal::Job job;
            job.deviceId = device;
            job.certificateId = device == QLatin1String("other-b") ? QStringLiteral("ffff01") : QStringLiteral("abcd01");
            const qint64 id = bench.beginJob(job);
            QVERIFY(id != 0 && bench.finishJob(id, JobResult::Outcome::Done, {}));
        }
    }
    QTest::keyClicks(child<QLineEdit>(m_page, "certificateEdit"), QStringLiteral("ABCD"));
    QTest::keyClick(child<QLineEdit>(m_page, "certificateEdit"), Qt::Key_Return);
    QCOMPARE(m_page->model()->rowCount(), 2);

    const QString file = m_station.dir().filePath(QStringLiteral("history.csv"));
    QSignalSpy finished(m_page, &CertificatesPage::exportFinished);
    m_page->exportTo(file);
    // Off the GUI thread: the button waits for the end, which the event loop delivers.
    QVERIFY(!child<QPushButton>(m_page, "exportButton")->isEnabled());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QVERIFY(child<QPushButton>(m_page, "exportButton")->isEnabled());
    QVERIFY2(child<QLabel>(m_page, "statusLabel")->text().startsWith(QStringLiteral("2 job")),
             qPrintable(child<QLabel>(m_page, "statusLabel")->text()));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(written.readAll());
    QCOMPARE(csv.count(QLatin1String("\r\n")), 3);
    QVERIFY(csv.contains(QLatin1String(",desk-a,abcd01,")));
    QVERIFY2(csv.contains(QLatin1String("\"'=HYPERLINK(")), qPrintable(csv));
    QVERIFY(!csv.contains(QLatin1String("ffff01")));

    // A folder that does not exist: the page says so and what to do.
    m_page->exportTo(m_station.dir().filePath(QStringLiteral("missing/history.csv")));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constLast().at(0).toBool(), false);
    const QString problem = child<QLabel>(m_page, "problemLabel")->text();
    QVERIFY2(problem.contains(QStringLiteral("not exported")) && problem.contains(QStringLiteral("Choose another")),
             qPrintable(problem));

    // The export reads through a connection of its own: a journal it cannot read is not a file
    // problem, and the page does not send the person to choose another file.
    QVERIFY(QFile::rename(m_station.journalPath(), m_station.journalPath() + QStringLiteral(".moved")));
    m_page->exportTo(file);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constLast().at(0).toBool(), false);
    const QString unread = child<QLabel>(m_page, "problemLabel")->text();
    QVERIFY2(unread.contains(QStringLiteral("journal cannot be read")) && !unread.contains(QStringLiteral("Choose another"))
                 && !unread.contains(QStringLiteral("..")),
             qPrintable(unread));
    QVERIFY(QFile::rename(m_station.journalPath() + QStringLiteral(".moved"), m_station.journalPath()));
}

FOUNDRY_WINDOW_TEST_MAIN(TestCertificatesPage, "tst_certificatespage")

#include "tst_certificatespage.moc"
