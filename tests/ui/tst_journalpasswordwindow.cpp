#include "CertificatesPage.h"
#include "EmulatedFoundry.h"
#include "KeychainTokenStore.h"
#include "MainWindow.h"
#include "PostgresServer.h"
#include "SettingsDialog.h"
#include "WindowTestMain.h"
#include "WindowTestSupport.h"
#include "jobs/JobHistoryModel.h"
#include "jobs/JobJournal.h"
#include "jobs/JournalLocation.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

const QString role = QStringLiteral("bench07");
const QString password = QStringLiteral("s3cret-Window-pw");
const QString environment = QStringLiteral("production");

} // namespace

using WindowTestSupport::child;

// A shared journal on a real PostgreSQL server whose station account must give a password: typed
// into Settings, kept by the window's token store (the keychain, or for the session where no keychain
// service runs, as here) and given to every journal connection the window opens.
class TestJournalPasswordWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void passwordFieldIsOnlyForADatabase();
    void passwordMnemonicIsItsOwnInEachLanguage_data();
    void passwordMnemonicIsItsOwnInEachLanguage();
    void passwordTypedInSettingsOpensTheSharedJournal();

private:
    // The window over m_settings and m_keychain; waits until the bench says whether it started.
    void openWindow();
    // What the window's problem line says; empty once the bench started.
    QString shownProblem() const;
    QCA::SecureArray readFromKeychain(const TokenStore::Secret &secret);

    PostgresServer m_postgres;
    EmulatedFoundry m_foundry{QStringLiteral("journal-password-test-token")};
    QString m_journalUrl;
    QString m_account;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainTokenStore> m_keychain;
    std::unique_ptr<MainWindow> m_window;
};

void TestJournalPasswordWindow::initTestCase()
{
    // The shared journal's spool goes to the test's own data folder.
    QStandardPaths::setTestModeEnabled(true);
    if (!m_postgres.isInstalled())
        QSKIP("no PostgreSQL server on this machine; ./dev installs the package postgresql");
    QString why;
    QVERIFY2(m_postgres.start(&why), qPrintable(why));
    QVERIFY2(m_postgres.createPasswordRole(role, password, &why), qPrintable(why));
    QVERIFY2(m_foundry.start(&why), qPrintable(why));
    m_journalUrl = m_postgres.url(role, role);
    const std::optional<JournalLocation> location = JournalLocation::parse(m_journalUrl, &why);
    QVERIFY2(location, qPrintable(why));
    m_account = location->account();
}

// A production environment on the emulated Foundry, its token already kept; the journal the shared
// database (a Sandbox would keep a file of its own).
void TestJournalPasswordWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // libpq would otherwise take a password from the person's own ~/.pgpass.
    qputenv("PGPASSFILE", QFile::encodeName(m_dir->filePath(QStringLiteral("no-pgpass"))));
    StationSettings station;
    station.environments.insert(environment, {m_foundry.emulator().baseUrl().toString(),
                                              QStringLiteral("Authorization: Bearer"), m_foundry.caFile()});
    station.currentEnvironment = environment;
    station.journalPath = m_journalUrl;
    station.operatorName = QStringLiteral("ada");
    station.stationName = QStringLiteral("bench-7");
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
    station.save(*m_settings);
    m_keychain = std::make_unique<KeychainTokenStore>();
    bool stored = false;
    m_keychain->store(environment, QCA::SecureArray(m_foundry.token().toUtf8()), this,
                      [&stored](const QString &problem) { stored = problem.isEmpty(); });
    QVERIFY(QTest::qWaitFor([&stored] { return stored; }, 5000));
}

void TestJournalPasswordWindow::cleanup()
{
    // The window goes before the store it reads from.
    m_window.reset();
    m_keychain.reset();
    m_settings.reset();
}

void TestJournalPasswordWindow::openWindow()
{
    m_window = WindowTestSupport::openWindow(m_settings.get(), m_keychain.get(), QSize(1200, 720));
    CertificatesPage *page = m_window->certificatesPage();
    QVERIFY(QTest::qWaitFor([this, page] { return page->model()->journal() || !shownProblem().isEmpty(); }, 20000));
}

QString TestJournalPasswordWindow::shownProblem() const
{
    return child<QLabel>(m_window.get(), "connectionLabel")->text();
}

QCA::SecureArray TestJournalPasswordWindow::readFromKeychain(const TokenStore::Secret &secret)
{
    bool answered = false;
    QCA::SecureArray read;
    m_keychain->read(secret, this, [&answered, &read](const QCA::SecureArray &token, const QString &) {
        read = token;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 5000))
        qWarning("the store did not answer");
    return read;
}

void TestJournalPasswordWindow::passwordFieldIsOnlyForADatabase()
{
    SettingsDialog dialog(m_settings.get(), m_keychain.get());
    auto *journalEdit = child<QLineEdit>(&dialog, "journalEdit");
    auto *passwordEdit = child<QLineEdit>(&dialog, "journalPasswordEdit");
    QVERIFY(journalEdit && passwordEdit);
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!passwordEdit->accessibleName().isEmpty());
    QVERIFY(!passwordEdit->accessibleDescription().isEmpty());
    auto *caption = child<QLabel>(&dialog, "journalPasswordCaption");
    QCOMPARE(caption->buddy(), passwordEdit);
    QVERIFY(passwordEdit->isEnabled());
    QVERIFY(passwordEdit->text().isEmpty());

    // A file keeps no password: the field goes grey, and what was typed in it goes.
    QTest::keyClicks(passwordEdit, QStringLiteral("typed"));
    journalEdit->setText(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(!passwordEdit->isEnabled());
    QVERIFY(passwordEdit->text().isEmpty());
    journalEdit->clear();
    QVERIFY(!passwordEdit->isEnabled());
    journalEdit->setText(m_journalUrl);
    QVERIFY(passwordEdit->isEnabled());
}

void TestJournalPasswordWindow::passwordMnemonicIsItsOwnInEachLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("Simplified Chinese") << QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
}

// No other label or button of the dialog answers to the password field's Alt key.
void TestJournalPasswordWindow::passwordMnemonicIsItsOwnInEachLanguage()
{
    QFETCH(QLocale, locale);
    QTranslator translator;
    QVERIFY(translator.load(locale, QStringLiteral("foundry-station"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    SettingsDialog dialog(m_settings.get(), m_keychain.get());
    QCoreApplication::removeTranslator(&translator);
    auto *caption = child<QLabel>(&dialog, "journalPasswordCaption");
    QVERIFY(caption);
    const QKeySequence mnemonic = QKeySequence::mnemonic(caption->text());
    QVERIFY2(!mnemonic.isEmpty(), qPrintable(caption->text()));
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label != caption)
            QVERIFY2(QKeySequence::mnemonic(label->text()) != mnemonic, qPrintable(label->text()));
    }
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        QVERIFY2(QKeySequence::mnemonic(button->text()) != mnemonic, qPrintable(button->text()));
}

// Without the password the bench says where it goes; typed into Settings it is kept under the
// journal's account, never shown back or written to the settings file, and the window then opens the
// journal: its Certificates page finds a job, and exports it on a thread of its own.
void TestJournalPasswordWindow::passwordTypedInSettingsOpensTheSharedJournal()
{
    openWindow();
    QVERIFY2(shownProblem().contains(JournalLocation::wherePasswordGoes()), qPrintable(shownProblem()));
    QVERIFY(!shownProblem().contains(password));

    child<QAction>(m_window.get(), "actionSettings")->trigger();
    SettingsDialog *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
    QTest::keyClicks(child<QLineEdit>(dialog, "journalPasswordEdit"), password);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    const QPointer<QLabel> dialogProblem = child<QLabel>(dialog, "problemLabel");
    QVERIFY2(QTest::qWaitFor([this] { return !m_window->findChild<SettingsDialog *>(); }, 5000),
             dialogProblem ? qPrintable(dialogProblem->text()) : "");

    QCOMPARE(readFromKeychain(TokenStore::Secret::journalPassword(m_account)).toByteArray(), password.toUtf8());
    // Under a key of its own: not an environment's token, even one named like the account.
    QVERIFY(readFromKeychain(TokenStore::Secret(m_account)).isEmpty());
    QCOMPARE(readFromKeychain(environment).toByteArray(), m_foundry.token().toUtf8());

    CertificatesPage *page = m_window->certificatesPage();
    QVERIFY2(QTest::qWaitFor([page] { return page->model()->journal() != nullptr; }, 20000),
             qPrintable(shownProblem()));
    QVERIFY2(shownProblem().isEmpty(), qPrintable(shownProblem()));
    {
        JobJournal bench(m_journalUrl);
        bench.setSpoolPath(m_dir->filePath(QStringLiteral("spool.sqlite")));
        bench.setPassword(password);
        QVERIFY2(bench.open(), qPrintable(bench.errorString()));
        JobJournal::Job job;
        job.deviceId = QStringLiteral("shared-dev-1");
        job.certificateId = QStringLiteral("abcd0001");
        job.station = QStringLiteral("bench-2");
        const qint64 id = bench.beginJob(job);
        QVERIFY(id != 0 && bench.finishJob(id, JobResult::Outcome::Done, {}));
    }
    QTest::keyClicks(child<QLineEdit>(page, "certificateEdit"), QStringLiteral("ABCD"));
    QTest::keyClick(child<QLineEdit>(page, "certificateEdit"), Qt::Key_Return);
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, JobHistoryModel::DeviceIdColumn).data().toString(), QStringLiteral("shared-dev-1"));

    const QString csvFile = m_dir->filePath(QStringLiteral("history.csv"));
    QSignalSpy exported(page, &CertificatesPage::exportFinished);
    page->exportTo(csvFile);
    QVERIFY(exported.wait(20000));
    QVERIFY2(exported.constFirst().at(0).toBool(), qPrintable(child<QLabel>(page, "problemLabel")->text()));
    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains("shared-dev-1"));

    child<QAction>(m_window.get(), "actionSettings")->trigger();
    dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(child<QLineEdit>(dialog, "journalPasswordEdit")->text().isEmpty());
    dialog->reject();
    QFile saved(m_settings->fileName());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains(password.toUtf8()));
}

FOUNDRY_WINDOW_TEST_MAIN(TestJournalPasswordWindow, "tst_journalpasswordwindow")

#include "tst_journalpasswordwindow.moc"
