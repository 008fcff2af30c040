#include "AttentionPanel.h"
#include "BenchPage.h"
#include "BulkRevokeDialog.h"
#include "CertificatesPage.h"
#include "EmulatedFoundry.h"
#include "LaneWidget.h"
#include "MainWindow.h"
#include "ReadFromDeviceDialog.h"
#include "SessionTokenStore.h"
#include "SettingsDialog.h"
#include "SimulatedDevice.h"
#include "StationLanguage.h"
#include "WindowTestMain.h"
#include "WindowTestSupport.h"
#include "device/SerialPortWatcher.h"
#include "jobs/BulkRevocationModel.h"
#include "jobs/JobHistoryModel.h"
#include "jobs/JobJournal.h"
#include "jobs/LeftBehind.h"
#include "jobs/NeedsAttentionModel.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The window's translations: compiled in, loaded for the language chosen in Settings, with plural
// forms; and the window in German, whose longer text must not be cut off anywhere.
// FOUNDRY_SCREENSHOT_DIR (./dev screenshots) saves the German bench, Certificates page, Settings,
// and the Needs attention panel with the recovery banner.
using WindowTestSupport::child;

namespace {

// Buttons, check boxes and one-line labels that show less than their text: a cut-off word.
QStringList cutOffText(QWidget *root)
{
    QStringList cut;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const auto *label = qobject_cast<QLabel *>(widget);
        const bool oneLineText = (label && !label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull())
                                 || qobject_cast<QAbstractButton *>(widget);
        if (oneLineText && widget->width() < widget->minimumSizeHint().width())
            cut << QStringLiteral("%1 (%2 px of %3)")
                       .arg(widget->objectName())
                       .arg(widget->width())
                       .arg(widget->minimumSizeHint().width());
    }
    return cut;
}

// The Alt+letter keys of the Certificates page's labels, buttons and group boxes and of the menu
// bar's menus, each with the texts it is on.
QMultiMap<int, QString> mnemonics(MainWindow *window)
{
    QMultiMap<int, QString> found;
    const auto add = [&found](const QString &text) {
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
            found.insert(key[0].key(), text);
    };
    for (QWidget *widget : window->certificatesPage()->findChildren<QWidget *>()) {
        if (const auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text());
        else if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (const auto *group = qobject_cast<QGroupBox *>(widget))
            add(group->title());
    }
    for (const QAction *menu : window->menuBar()->actions())
        add(menu->text());
    return found;
}

// The texts that share an Alt+letter key: which of them Alt and the letter reaches depends on focus.
QStringList sharedMnemonics(MainWindow *window)
{
    const QMultiMap<int, QString> keys = mnemonics(window);
    QStringList shared;
    for (const int key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            shared << keys.values(key).join(QLatin1String(" / "));
    }
    return shared;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eachLanguageIsCompiledInWithItsPlurals();
    void settingsOffersTheLanguagesFromTheNextStart();
    // English, then it installs German.
    void certificatesPageMnemonicsAreDistinct();
    // These last: each installs German for the rest of the program.
    void germanWindowHoldsItsLayout();
    void germanNeedsAttentionAndRecoveryHoldTheirLayout();

private:
    void openWindow();
    bool saveScreenshot(QWidget *widget, const QString &fileName) const;
    EmulatedFoundry m_foundry{QStringLiteral("i18n-test-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionTokenStore> m_tokens;
    std::vector<std::unique_ptr<SimulatedDevice>> m_devices;
    std::unique_ptr<MainWindow> m_window;
};

void TestTranslations::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestTranslations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = WindowTestSupport::sandboxSettings(m_foundry, *m_dir, QStringLiteral("i18n-tester"),
                                                    QStringLiteral("bench-i18n"));
    m_tokens = WindowTestSupport::sandboxTokens(m_foundry, this);
}

void TestTranslations::cleanup()
{
    m_window.reset();
    m_devices.clear();
    m_tokens.reset();
    m_settings.reset();
}

void TestTranslations::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_tokens.get());
    m_window->benchPage()->watcher()->setSource([] { return QList<SerialPortList::Port>(); });
    m_window->resize(1280, 760);
    m_window->show();
}

bool TestTranslations::saveScreenshot(QWidget *widget, const QString &fileName) const
{
    const QString dir = qEnvironmentVariable("FOUNDRY_SCREENSHOT_DIR");
    return dir.isEmpty() || widget->grab().save(dir + QLatin1Char('/') + fileName);
}

// As StationLanguage::install looks them up: by the locale's languages, under :/i18n.
void TestTranslations::eachLanguageIsCompiledInWithItsPlurals()
{
    const QString catalog = QStringLiteral("foundry-station");
    const QString folder = QStringLiteral(":/i18n");
    const QString sep = QStringLiteral("_");

    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German, QLocale::Austria), catalog, sep, folder));
    QCOMPARE(german.translate("MainWindow", "Certificates"), QStringLiteral("Zertifikate"));
    QCOMPARE(german.translate("CertificatesPage", "%n job(s) found.", nullptr, 1), QStringLiteral("%n Auftrag gefunden."));
    QCOMPARE(german.translate("CertificatesPage", "%n job(s) found.", nullptr, 2), QStringLiteral("%n Aufträge gefunden."));

    QTranslator chinese;
    QVERIFY(chinese.load(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China), catalog, sep, folder));
    QCOMPARE(chinese.translate("MainWindow", "Certificates"), QStringLiteral("证书"));
    QCOMPARE(chinese.translate("CertificatesPage", "%n job(s) found.", nullptr, 5), QStringLiteral("找到 %n 个任务。"));

    QTranslator english;
    QVERIFY(english.load(QLocale(QLocale::English, QLocale::UnitedKingdom), catalog, sep, folder));
    QCOMPARE(english.translate("CertificatesPage", "%n job(s) found.", nullptr, 1), QStringLiteral("%n job found."));
    QCOMPARE(english.translate("CertificatesPage", "%n job(s) found.", nullptr, 3), QStringLiteral("%n jobs found."));
}

void TestTranslations::settingsOffersTheLanguagesFromTheNextStart()
{
    openWindow();
    m_window->openSettings();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    auto *languages = child<QComboBox>(dialog, "languageCombo");
    QVERIFY(languages);
    QStringList codes;
    for (int i = 0; i < languages->count(); ++i)
        codes << languages->itemData(i).toString();
    QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}));
    QCOMPARE(languages->currentIndex(), 0);
    QVERIFY(child<QLabel>(dialog, "languageHint")->isVisible());
    languages->setCurrentIndex(languages->findData(QStringLiteral("de")));
    QCOMPARE(languages->currentText(), QStringLiteral("Deutsch"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(m_settings->value(StationLanguage::settingsKey).toString(), QStringLiteral("de"));
}

// Two devices, one provisioned and one ready, then the Certificates page with that job selected.
void TestTranslations::germanWindowHoldsItsLayout()
{
    QCOMPARE(StationLanguage::install(QStringLiteral("de")).language(), QLocale::German);
    for (const QString &name : {QStringLiteral("one.json"), QStringLiteral("two.json")}) {
        m_devices.push_back(std::make_unique<SimulatedDevice>(m_dir->filePath(name)));
        QVERIFY(m_devices.back()->start(QStringLiteral("station")));
    }
    openWindow();
    auto *pages = child<QTabWidget>(m_window.get(), "pages");
    QCOMPARE(pages->tabText(0), QStringLiteral("Arbeitsplatz"));
    QVERIFY(QTest::qWaitFor([this] { return child<QWidget>(m_window.get(), "addPortEdit")->isVisible(); }, 10000));
    for (const auto &device : m_devices)
        m_window->benchPage()->addPort(device->portName());
    const QList<LaneWidget *> lanes = m_window->benchPage()->lanes();
    QCOMPARE(lanes.size(), 2);
    for (LaneWidget *lane : lanes)
        QVERIFY(QTest::qWaitFor([lane] { return lane->waitsForDeviceId(); }, 30000));
    auto *scanEdit = child<QLineEdit>(m_window.get(), "scanEdit");
    QTest::keyClicks(scanEdit, QStringLiteral("geraet-0001"));
    QTest::keyClick(scanEdit, Qt::Key_Return);
    auto *tile = child<QWidget>(lanes.at(0), "resultTile");
    QVERIFY(QTest::qWaitFor([tile] { return tile->isVisible(); }, 60000));
    QCOMPARE(child<QLabel>(lanes.at(0), "verdictLabel")->text(), QStringLiteral("BESTANDEN"));

    // A laptop's screen takes the whole window, and no text in it is cut off.
    QVERIFY2(m_window->minimumSizeHint().width() <= 1280, qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QStringList cut = cutOffText(m_window.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));
    QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("bench-de.png")));

    pages->setCurrentWidget(m_window->certificatesPage());
    auto *history = child<QTableView>(m_window.get(), "historyView");
    // The row as the journal has it once the job has ended.
    const QString done = QCoreApplication::translate("JobHistoryModel", "done");
    QVERIFY(done != QLatin1String("done"));
    QVERIFY(QTest::qWaitFor([history, done] {
        return history->model()->rowCount() == 1
               && history->model()->index(0, JobHistoryModel::ResultColumn).data().toString() == done;
    }, 10000));
    history->selectRow(0);
    QVERIFY(child<QPushButton>(m_window.get(), "revokeButton")->isEnabled());
    cut = cutOffText(m_window.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));
    QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("certificates-de.png")));

    // The dialogs, at the size they open with.
    m_window->openSettings();
    auto *settings = m_window->findChild<SettingsDialog *>();
    QVERIFY(settings);
    QVERIFY(QTest::qWaitFor([settings] { return settings->isVisible(); }, 5000));
    cut = cutOffText(settings);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));
    QVERIFY(saveScreenshot(settings, QStringLiteral("settings-de.png")));
    settings->reject();
    pages->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "productsButton"), Qt::LeftButton);
    auto *products = m_window->findChild<QDialog *>(QStringLiteral("ProductProfilesDialog"));
    QVERIFY(products);
    QVERIFY(QTest::qWaitFor([products] { return products->isVisible(); }, 5000));
    cut = cutOffText(products);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));
    products->reject();

    // Bulk revoke as it opens and at its confirmation, whose button counts the certificates; read
    // from device with a lane's port chosen. Each fits the laptop's screen.
    pages->setCurrentWidget(m_window->certificatesPage());
    BulkRevokeDialog *bulk = m_window->certificatesPage()->openBulkRevoke();
    QVERIFY(bulk);
    QVERIFY(QTest::qWaitFor([bulk] { return bulk->isVisible(); }, 5000));
    QCOMPARE(child<QPushButton>(bulk, "chooseFileButton")->text(), QStringLiteral("Datei &wählen…"));
    cut = cutOffText(bulk);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));
    const QString recall = m_dir->filePath(QStringLiteral("rueckruf.csv"));
    {
        QFile csv(recall);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("certificate_id,device_id\r\n" + QByteArray(64, 'a') + ",geraet-0002\r\n");
    }
    bulk->planFile(recall);
    // The planned action shows whole in its column.
    auto *rows = child<QTableView>(bulk, "rowsView");
    const QString action = rows->model()->index(0, BulkRevocationModel::ActionColumn).data().toString();
    QCOMPARE(action, QStringLiteral("widerrufen (nicht im Journal)"));
    QVERIFY2(rows->columnWidth(BulkRevocationModel::ActionColumn) > rows->fontMetrics().horizontalAdvance(action),
             qPrintable(QString::number(rows->columnWidth(BulkRevocationModel::ActionColumn))));
    QTest::mouseClick(child<QPushButton>(bulk, "runButton"), Qt::LeftButton);
    QVERIFY(child<QWidget>(bulk, "confirmFrame")->isVisible());
    QCOMPARE(child<QPushButton>(bulk, "confirmButton")->text(), QStringLiteral("1 Zertifikat widerrufen"));
    cut = cutOffText(bulk);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));
    QVERIFY2(bulk->minimumSizeHint().width() <= 1280, qPrintable(QString::number(bulk->minimumSizeHint().width())));
    bulk->reject();

    ReadFromDeviceDialog *read = m_window->certificatesPage()->openReadFromDevice();
    QVERIFY(read);
    QVERIFY(QTest::qWaitFor([read] { return read->isVisible(); }, 5000));
    QCOMPARE(child<QComboBox>(read, "portCombo")->currentText(), m_devices.front()->portName());
    cut = cutOffText(read);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));
    QVERIFY2(read->minimumSizeHint().width() <= 1280, qPrintable(QString::number(read->minimumSizeHint().width())));
    read->reject();
}

// On the Certificates page and the menu bar, in English and in German, each Alt+letter reaches one
// field or button.
void TestTranslations::certificatesPageMnemonicsAreDistinct()
{
    openWindow();
    QStringList shared = sharedMnemonics(m_window.get());
    QVERIFY2(shared.isEmpty(), qPrintable(shared.join(QLatin1String(", "))));
    m_window.reset();

    QCOMPARE(StationLanguage::install(QStringLiteral("de")).language(), QLocale::German);
    openWindow();
    QCOMPARE(m_window->menuBar()->actions().constLast()->text(), QStringLiteral("&Hilfe"));
    shared = sharedMnemonics(m_window.get());
    QVERIFY2(shared.isEmpty(), qPrintable(shared.join(QLatin1String(", "))));
}

// A revoke left for a person and a job left unfinished: the recovery banner and the Needs attention
// panel on the Certificates page, with its "Done by hand" dialog, show their German text whole.
void TestTranslations::germanNeedsAttentionAndRecoveryHoldTheirLayout()
{
    QCOMPARE(StationLanguage::install(QStringLiteral("de")).language(), QLocale::German);
    StationSettings station;
    station.load(*m_settings);
    {
        JobJournal journal(station.effectiveJournalPath());
        QVERIFY(journal.open());
        JobJournal::Job row;
        row.deviceId = QStringLiteral("geraet-0009");
        row.port = m_dir->filePath(QStringLiteral("ttyWEG"));
        row.profile = QStringLiteral("station");
        row.slot = 2;
        row.operatorName = QStringLiteral("techniker-9");
        const qint64 leftOne = journal.beginJob(row);
        QVERIFY(leftOne != 0);
        LeftBehind item;
        item.kind = LeftBehind::Kind::CertificateOnFoundry;
        item.action = LeftBehind::Action::RevokeCertificate;
        item.deviceId = row.deviceId;
        item.certificateId = QString(64, QLatin1Char('b'));
        QVERIFY2(journal.finishJob(leftOne, JobResult::Outcome::NeedsAttention, QStringLiteral("Foundry answered nothing"),
                                   {item}),
                 qPrintable(journal.errorString()));
        row.deviceId = QStringLiteral("geraet-0010");
        QVERIFY(journal.beginJob(row) != 0);
    }
    openWindow();
    auto *recover = child<QPushButton>(m_window.get(), "recoverButton");
    QVERIFY(QTest::qWaitFor([recover] { return recover->isVisible(); }, 10000));
    QCOMPARE(recover->text(), QStringLiteral("Wiede&rherstellen"));
    QStringList cut = cutOffText(m_window.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));

    child<QTabWidget>(m_window.get(), "pages")->setCurrentWidget(m_window->certificatesPage());
    AttentionPanel *panel = m_window->certificatesPage()->attentionPanel();
    QVERIFY(QTest::qWaitFor([panel] { return panel->model()->rowCount() == 1 && panel->isVisible(); }, 10000));
    QCOMPARE(panel->title(), QStringLiteral("Braucht Au&fmerksamkeit"));
    cut = cutOffText(m_window.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));
    QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("attention-de.png")));

    QTest::mouseClick(child<QPushButton>(panel, "attentionByHandButton"), Qt::LeftButton);
    auto *byHand = panel->findChild<QInputDialog *>(QStringLiteral("doneByHandDialog"));
    QVERIFY(byHand && QTest::qWaitFor([byHand] { return byHand->isVisible(); }, 5000));
    cut = cutOffText(byHand);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));
    byHand->reject();

    // The outcome of recovery, with the button that dismisses it.
    QTest::mouseClick(recover, Qt::LeftButton);
    auto *dismiss = child<QPushButton>(m_window.get(), "recoveryDismissButton");
    QVERIFY(QTest::qWaitFor([dismiss] { return dismiss->isVisible(); }, 30000));
    cut = cutOffText(m_window.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));
}

FOUNDRY_WINDOW_TEST_MAIN(TestTranslations, "tst_translations")
#include "tst_translations.moc"
