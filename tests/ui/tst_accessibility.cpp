#include "AttentionPanel.h"
#include "BenchPage.h"
#include "BulkRevokeDialog.h"
#include "CertificatesPage.h"
#include "EmulatedFoundry.h"
#include "LaneWidget.h"
#include "LogDock.h"
#include "MainWindow.h"
#include "ProductProfilesDialog.h"
#include "ReadFromDeviceDialog.h"
#include "RevokeCertificateDialog.h"
#include "SessionTokenStore.h"
#include "SettingsDialog.h"
#include "SimulatedDevice.h"
#include "WindowTestMain.h"
#include "WindowTestSupport.h"
#include "device/SerialPortWatcher.h"
#include "jobs/BulkRevocationModel.h"
#include "jobs/JobHistoryModel.h"
#include "jobs/JobJournal.h"
#include "jobs/LeftBehind.h"
#include "jobs/NeedsAttentionModel.h"
#include "jobs/ProductProfiles.h"
#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QGroupBox>
#include <QIcon>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <variant>

// The window as a person who cannot see colour, cannot use a mouse or uses a screen reader meets it:
// every control a person can reach says what it is and what it does (as a screen reader reads it,
// through Qt's accessibility interfaces), the keyboard reaches every main control and action,
// dialogs take Enter and Escape, and PASS and FAIL differ without their colours.
using WindowTestSupport::child;
using WindowTestSupport::waitForVerdict;

namespace {

const QString manualProduct = QStringLiteral("manual start");

// What a person operates: buttons, fields, lists and tables, choices, numbers, sliders.
bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
           || qobject_cast<const QTabBar *>(widget);
}

// Parts of a Qt control (a spin box's field, a table's headers, a scroll area's scroll bars, a line
// edit's clear button, a dock's title buttons, a tab widget's tab bar): Qt names them itself, as part
// of the control that holds them. Qt's containers (a tab widget's pages, a scroll area's viewport)
// are not controls: what they hold counts.
bool isPartOfAQtControl(const QWidget *widget, const QWidget *root)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root->parentWidget();
         parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QAbstractItemView *>(parent)
            || qobject_cast<const QCalendarWidget *>(parent) || qobject_cast<const QTabBar *>(parent)
            || (qobject_cast<const QScrollBar *>(widget) && qobject_cast<const QAbstractScrollArea *>(parent)))
            return true;
    }
    return false;
}

QString describeWidget(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty())
            path.prepend(w->objectName());
        if (w->isWindow())
            break;
    }
    return QStringLiteral("%1 (%2)").arg(path.join(QLatin1Char('/')), QString::fromLatin1(widget->metaObject()->className()));
}

// The name a screen reader announces, as Qt's accessibility interface gives it (a label whose buddy
// the control is counts), with two of Qt's fallbacks not counted: a combo box on Linux announces its
// current item as its name, which says what it holds, not what it is for; and every control in a
// group box without a label of its own is given the group's title, which names the group.
QString announcedName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible)
        return {};
    const auto *group = qobject_cast<const QGroupBox *>(widget->parentWidget());
    QString ownLabel;
    for (const auto &[label, relation] : accessible->relations(QAccessible::Label)) {
        if (label->object() != group)
            ownLabel = label->text(QAccessible::Name);
    }
    const QString given = widget->accessibleName().isEmpty() ? ownLabel : widget->accessibleName();
    if (qobject_cast<const QComboBox *>(widget))
        return given.trimmed();
    const QString name = accessible->text(QAccessible::Name).trimmed();
    if (group && given.isEmpty() && name == QString(group->title()).remove(QLatin1Char('&')))
        return {};
    return name;
}

// Every control under root without a name, and every control of ours (one a form or the code named)
// without a description; a line each, naming the control.
QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!isInteractive(widget) || isPartOfAQtControl(widget, root))
            continue;
        if (announcedName(widget).isEmpty())
            problems << QStringLiteral("no accessible name: %1").arg(describeWidget(widget));
        if (widget->objectName().isEmpty())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Description).trimmed().isEmpty())
            problems << QStringLiteral("no accessible description: %1").arg(describeWidget(widget));
    }
    // A tab is named by its text.
    for (const QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).trimmed().isEmpty())
                problems << QStringLiteral("tab %1 of %2 has no text").arg(i).arg(describeWidget(tabs));
        }
    }
    return problems;
}

// The widgets the Tab key visits from start, in order, once round.
QStringList tabChain(QWidget *start, int limit = 120)
{
    QStringList visited;
    start->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != start)
        return {QStringLiteral("(%1 cannot take the focus)").arg(start->objectName())};
    for (int i = 0; i < limit; ++i) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            break;
        visited << focused->objectName();
        QTest::keyClick(focused, Qt::Key_Tab);
        if (QApplication::focusWidget() == start)
            break;
    }
    return visited;
}

// An icon drawn in grey: what a technician who cannot tell red from green sees.
QImage greyIcon(const QString &path)
{
    QImage image = QIcon(path).pixmap(48, 48).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            const int grey = qGray(pixel);
            image.setPixel(x, y, qRgba(grey, grey, grey, qAlpha(pixel)));
        }
    }
    return image;
}

// How many pixels two grey pictures differ in, by more than a little.
int differingPixels(const QImage &one, const QImage &other)
{
    int differing = 0;
    for (int y = 0; y < one.height(); ++y) {
        for (int x = 0; x < one.width(); ++x) {
            const QRgb a = one.pixel(x, y);
            const QRgb b = other.pixel(x, y);
            if (std::abs(qAlpha(a) - qAlpha(b)) > 64 || std::abs(qGray(a) - qGray(b)) > 64)
                ++differing;
        }
    }
    return differing;
}

// The key pressed where the focus is, as at a keyboard; false when nothing has the focus.
bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focused = QApplication::focusWidget();
    if (!focused)
        return false;
    QTest::keyClick(focused, key, modifiers);
    return true;
}

QString focusedName()
{
    const QWidget *focused = QApplication::focusWidget();
    return focused ? focused->objectName() : QStringLiteral("(nothing)");
}

// A window that opened gets the keyboard, as a desktop's window manager gives it; the offscreen
// platform does not. (QTest::qWaitForWindowActive counts a dialog active while its parent is.)
bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

// In the file dialog named name that parent opened: the path typed where its focus is, then Enter.
// False, with a warning, when the dialog did not open or did not take the file.
bool typeInFileDialog(QWidget *parent, const char *name, const QString &path)
{
    QPointer<QFileDialog> dialog;
    if (!QTest::qWaitFor([&] { return (dialog = parent->findChild<QFileDialog *>(QLatin1String(name))) && dialog->isVisible(); },
                         5000)
        || !activate(dialog)) {
        qWarning("the file dialog %s did not open", name);
        return false;
    }
    QWidget *field = QApplication::focusWidget();
    if (!field || field->window() != dialog) {
        qWarning("the file dialog %s has no field with the focus", name);
        return false;
    }
    QTest::keyClicks(field, path);
    QTest::keyClick(field, Qt::Key_Return);
    // A completion list the typing opened takes the first Enter.
    if (dialog && dialog->isVisible())
        press(Qt::Key_Return);
    if (!QTest::qWaitFor([&dialog] { return !dialog || !dialog->isVisible(); }, 5000)) {
        qWarning("the file dialog %s did not take %s", name, qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlOfTheWindowHasANameAndADescription();
    void everyDialogIsNamedTakesEnterAndClosesOnEscape();
    void tabReachesEveryMainControl();
    void shortcutsReachTheMainActions();
    void passAndFailDifferWithoutTheirColours();
    void enterInAFieldWithItsOwnButtonPressesThatButton();
    void keyboardAloneRunsABulkRevoke();
    void keyboardAloneReadsADeviceAndRevokesItsCertificate();
    void keyboardAloneFinishesANeedsAttentionItemAndRecovers();

private:
    void openWindow();
    // Adds the simulated device's port by path and waits until its lane waits for a device ID.
    LaneWidget *addDeviceLane() { return WindowTestSupport::addDeviceLane(m_window.get(), m_device->portName()); }
    void scan(const QString &typed) { WindowTestSupport::scan(m_window.get(), typed); }
    // Ctrl+Tab from the scan field to the Certificates page, once the page has its journal.
    void goToCertificatesByKeyboard();
    EmulatedFoundry m_foundry{QStringLiteral("a11y-test-token")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionTokenStore> m_tokens;
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QString error;
    QVERIFY2(m_foundry.start(&error), qPrintable(error));
}

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = WindowTestSupport::sandboxSettings(m_foundry, *m_dir, QStringLiteral("a11y-tester"),
                                                    QStringLiteral("bench-a11y"));
    // A product whose jobs wait for Start, so that the lane's Start button is there to reach.
    ProductProfile product;
    product.name = manualProduct;
    product.topicTemplates = QStringList{QStringLiteral("devices/{deviceId}/telemetry")};
    product.autoStart = false;
    ProductProfiles products;
    products.products.insert(product.name, product);
    products.current = product.name;
    products.save(*m_settings);
    m_tokens = WindowTestSupport::sandboxTokens(m_foundry, this);
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("store.json")));
    QVERIFY(m_device->start(QStringLiteral("station")));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_device.reset();
    m_tokens.reset();
    m_settings.reset();
}

void TestAccessibility::openWindow()
{
    m_window = WindowTestSupport::openWindow(m_settings.get(), m_tokens.get(), QSize(1200, 760));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAccessibility::goToCertificatesByKeyboard()
{
    QVERIFY(QTest::qWaitFor([this] { return m_window->certificatesPage()->model()->journal() != nullptr; }, 10000));
    auto *scanEdit = child<QWidget>(m_window.get(), "scanEdit");
    scanEdit->setFocus(Qt::TabFocusReason);
    QTest::keyClick(scanEdit, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(child<QTabWidget>(m_window.get(), "pages")->currentWidget(), m_window->certificatesPage());
}

// The whole window with a lane whose job waits for Start, the log dock open, on both pages; hidden
// controls too, since each shows at some point.
void TestAccessibility::everyControlOfTheWindowHasANameAndADescription()
{
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    scan(QStringLiteral("a11y-0001"));
    QVERIFY(child<QWidget>(lane, "startButton")->isVisible());
    m_window->logDock()->show();
    const QStringList problems = unnamedControls(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::everyDialogIsNamedTakesEnterAndClosesOnEscape()
{
    openWindow();
    QVERIFY(addDeviceLane());

    // Each dialog of the window: named controls, a default button Enter presses, Escape closes it.
    // The default is one of the button box's, or one of the dialog's own buttons, by its name.
    const auto check = [](QDialog *dialog, std::variant<QDialogButtonBox::StandardButton, const char *> expectedDefault) {
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
        QVERIFY2(!dialog->windowTitle().isEmpty(), dialog->metaObject()->className());
        const QStringList problems = unnamedControls(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QPushButton *expected = nullptr;
        if (const auto *name = std::get_if<const char *>(&expectedDefault)) {
            expected = dialog->findChild<QPushButton *>(QLatin1String(*name));
        } else {
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            expected = buttons->button(std::get<QDialogButtonBox::StandardButton>(expectedDefault));
        }
        QVERIFY(expected);
        QVERIFY2(expected->isDefault(), qPrintable(QStringLiteral("%1: %2 is not the default button")
                                                       .arg(dialog->objectName(), expected->text())));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY2(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 5000), dialog->metaObject()->className());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
    };

    m_window->openSettings();
    check(m_window->findChild<SettingsDialog *>(), QDialogButtonBox::Save);

    QTest::mouseClick(child<QPushButton>(m_window.get(), "productsButton"), Qt::LeftButton);
    check(m_window->findChild<ProductProfilesDialog *>(), QDialogButtonBox::Save);

    // Revoking cannot be undone: Enter cancels until a reason is typed.
    auto *revoke = new RevokeCertificateDialog(QStringLiteral("a11y-0001"), QStringLiteral("0123456789abcdef"),
                                               m_window->certificatesPage());
    revoke->setAttribute(Qt::WA_DeleteOnClose);
    revoke->open();
    check(revoke, QDialogButtonBox::Cancel);

    // Bulk revoke opens on choosing its file; read from device on reading the device chosen.
    check(m_window->certificatesPage()->openBulkRevoke(), "chooseFileButton");
    check(m_window->certificatesPage()->openReadFromDevice(), "readButton");

    // About is Qt's message box, run modally: looked at while it runs, and always closed.
    QStringList aboutProblems;
    bool aboutSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            aboutProblems << QStringLiteral("About did not open");
            return;
        }
        aboutSeen = true;
        if (box->windowTitle().isEmpty())
            aboutProblems << QStringLiteral("About has no title");
        aboutProblems << unnamedControls(box);
        QTest::keyClick(box, Qt::Key_Escape);
        if (box->isVisible()) {
            aboutProblems << QStringLiteral("Escape did not close About");
            box->reject();
        }
    });
    QAction *about = m_window->findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    about->trigger();
    QVERIFY(aboutSeen);
    QVERIFY2(aboutProblems.isEmpty(), qPrintable(aboutProblems.join(QLatin1Char('\n'))));
}

// From the scan field round the bench, and from the first search field round the Certificates page.
void TestAccessibility::tabReachesEveryMainControl()
{
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    scan(QStringLiteral("a11y-0002"));

    // As the bench reads from the top: the batch bar, the product, the scan field, then the lane.
    const QStringList bench = tabChain(child<QWidget>(m_window.get(), "capSpin"));
    const QStringList benchOrder{QStringLiteral("capSpin"),      QStringLiteral("newBatchButton"),
                                 QStringLiteral("exportButton"), QStringLiteral("productCombo"),
                                 QStringLiteral("productsButton"), QStringLiteral("scanEdit"),
                                 QStringLiteral("addPortEdit"),  QStringLiteral("startButton"),
                                 QStringLiteral("logButton")};
    qsizetype before = -1;
    for (const QString &name : benchOrder) {
        const qsizetype at = bench.indexOf(name);
        QVERIFY2(at > before, qPrintable(QStringLiteral("Tab does not reach %1 in its turn on the bench: %2")
                                             .arg(name, bench.join(QLatin1String(", ")))));
        before = at;
    }
    QVERIFY2(bench.contains(QStringLiteral("qt_tabwidget_tabbar")), qPrintable(bench.join(QLatin1String(", "))));

    auto *pages = child<QTabWidget>(m_window.get(), "pages");
    auto *scanEdit = child<QWidget>(m_window.get(), "scanEdit");
    scanEdit->setFocus(Qt::TabFocusReason);
    QTest::keyClick(scanEdit, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), m_window->certificatesPage());
    const QStringList certificates = tabChain(child<QWidget>(m_window.get(), "deviceIdEdit"));
    const QStringList expected{QStringLiteral("deviceIdEdit"),   QStringLiteral("certificateEdit"),
                               QStringLiteral("operatorEdit"),   QStringLiteral("stationEdit"),
                               QStringLiteral("outcomeCombo"),   QStringLiteral("dateRangeCheck"),
                               QStringLiteral("searchButton"),   QStringLiteral("clearFilterButton"),
                               QStringLiteral("historyView"),    QStringLiteral("exportButton"),
                               QStringLiteral("bulkRevokeButton"), QStringLiteral("readDeviceButton")};
    qsizetype previous = -1;
    for (const QString &name : expected) {
        const qsizetype at = certificates.indexOf(name);
        QVERIFY2(at > previous, qPrintable(QStringLiteral("Tab does not reach %1 in its turn on the Certificates page: %2")
                                               .arg(name, certificates.join(QLatin1String(", ")))));
        previous = at;
    }
}

// Start and cancel a lane, open Settings, find a certificate and ask to revoke it: keys only.
void TestAccessibility::shortcutsReachTheMainActions()
{
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    auto *scanEdit = child<QLineEdit>(m_window.get(), "scanEdit");
    scanEdit->setFocus();

    // Cancel: started, caught writing, cancelled.
    scan(QStringLiteral("a11y-0003"));
    QVERIFY(!lane->assignedDeviceId().isEmpty());
    QTest::keyClick(scanEdit, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(QTest::qWaitFor([lane] { return lane->lane()->state() == ProvisioningLane::State::Running; }, 10000),
             "Ctrl+Return did not start the lane's job");
    QTest::keyClick(scanEdit, Qt::Key_Period, Qt::ControlModifier);
    QCOMPARE(waitForVerdict(lane), QStringLiteral("CANCELLED"));
    QVERIFY(QTest::qWaitFor([lane] { return lane->waitsForDeviceId(); }, 30000));

    // Start: to PASS.
    scan(QStringLiteral("a11y-0004"));
    QTest::keyClick(scanEdit, Qt::Key_Return, Qt::ControlModifier);
    auto *tile = child<QWidget>(lane, "resultTile");
    QVERIFY(QTest::qWaitFor([tile] { return !tile->isVisible(); }, 10000));
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));
    const QString certificateId = lane->lane()->job()->result().certificateId;
    QVERIFY(!certificateId.isEmpty());

    // Settings.
    QTest::keyClick(scanEdit, Qt::Key_Comma, Qt::ControlModifier);
    auto *settings = m_window->findChild<SettingsDialog *>();
    QVERIFY2(settings, "Ctrl+, did not open Settings");
    QVERIFY(QTest::qWaitFor([settings] { return settings->isVisible(); }, 5000));
    QTest::keyClick(settings, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->findChild<SettingsDialog *>(); }, 5000));
    // A desktop's window manager gives the window back its activation; the offscreen platform does not.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Certificates: Ctrl+F goes to the certificate ID; Enter searches; Delete on the row asks to revoke.
    auto *pages = child<QTabWidget>(m_window.get(), "pages");
    pages->setCurrentWidget(m_window->certificatesPage());
    QTest::keyClick(pages, Qt::Key_F, Qt::ControlModifier);
    auto *certificateEdit = child<QLineEdit>(m_window.get(), "certificateEdit");
    QCOMPARE(QApplication::focusWidget(), certificateEdit);
    QTest::keyClicks(certificateEdit, certificateId.left(8));
    QTest::keyClick(certificateEdit, Qt::Key_Return);
    auto *history = child<QTableView>(m_window.get(), "historyView");
    QVERIFY(QTest::qWaitFor([history] { return history->model()->rowCount() == 1; }, 5000));
    history->setFocus(Qt::TabFocusReason);
    QTest::keyClick(history, Qt::Key_Space);
    QVERIFY(history->selectionModel()->hasSelection());
    QTest::keyClick(history, Qt::Key_Delete);
    auto *revoke = m_window->findChild<RevokeCertificateDialog *>();
    QVERIFY2(revoke, "Delete on the selected job did not ask to revoke its certificate");
    QVERIFY(QTest::qWaitFor([revoke] { return revoke->isVisible(); }, 5000));
    QTest::keyClick(revoke, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->findChild<RevokeCertificateDialog *>(); }, 5000));
    QVERIFY(m_foundry.emulator().certificate(certificateId));
}

// PASS and FAIL: a word, a symbol of its own shape, large; told apart in grey.
void TestAccessibility::passAndFailDifferWithoutTheirColours()
{
    const QImage pass = greyIcon(QStringLiteral(":/icons/pass.svg"));
    const QImage fail = greyIcon(QStringLiteral(":/icons/fail.svg"));
    QVERIFY(!pass.isNull() && !fail.isNull());
    // A tick in a circle against a cross in a square: a tenth of the picture at least.
    QVERIFY2(differingPixels(pass, fail) > pass.width() * pass.height() / 10,
             qPrintable(QString::number(differingPixels(pass, fail))));

    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    scan(QStringLiteral("a11y-0005"));
    QTest::mouseClick(child<QPushButton>(lane, "startButton"), Qt::LeftButton);
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));
    auto *verdict = child<QLabel>(lane, "verdictLabel");
    auto *symbol = child<QLabel>(lane, "verdictIcon");
    QVERIFY(verdict->font().pointSize() >= 24);
    QVERIFY(!symbol->pixmap().isNull());
    QVERIFY2(!symbol->accessibleName().isEmpty(), "the verdict's symbol has no accessible name");
    QVERIFY(child<QWidget>(lane, "resultTile")->accessibleDescription().startsWith(verdict->text()));
}

// Typing a new environment's name and pressing Enter adds it; it must not save the dialog too.
void TestAccessibility::enterInAFieldWithItsOwnButtonPressesThatButton()
{
    openWindow();
    m_window->openSettings();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
    auto *name = child<QLineEdit>(dialog, "newEnvironmentEdit");
    name->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(name, QStringLiteral("staging"));
    QTest::keyClick(name, Qt::Key_Return);
    auto *environments = child<QComboBox>(dialog, "environmentCombo");
    QCOMPARE(environments->currentData().toString(), QStringLiteral("staging"));
    QVERIFY2(child<QLabel>(dialog, "problemLabel")->text().isEmpty(),
             qPrintable(child<QLabel>(dialog, "problemLabel")->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->isDefault());
    dialog->reject();
}

// Support staff without a mouse: Alt+U opens bulk revoke, Enter chooses the file (typed in the file
// dialog), runs, and once a reason is typed revokes; Escape does nothing while it revokes, as the
// dialog says; Enter exports the report and Escape closes it.
void TestAccessibility::keyboardAloneRunsABulkRevoke()
{
    m_foundry.emulator().clearFaults();
    openWindow();
    StationSettings station;
    station.load(*m_settings);
    const QString journalPath = station.effectiveJournalPath();
    goToCertificatesByKeyboard();
    const QString first = WindowTestSupport::journalIssuedCertificate(m_foundry, journalPath, QStringLiteral("a11y-bulk-1"));
    const QString second = WindowTestSupport::journalIssuedCertificate(m_foundry, journalPath, QStringLiteral("a11y-bulk-2"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QString csvPath = m_dir->filePath(QStringLiteral("recall.csv"));
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("certificate_id,device_id\r\n" + first.toLatin1() + ",a11y-bulk-1\r\n" + second.toLatin1()
                  + ",a11y-bulk-2\r\n");
    }
    // The first revoke is answered late enough to press Escape while it waits.
    QString error;
    QVERIFY2(m_foundry.addFault(QStringLiteral("slow@revoke=1500"), &error), qPrintable(error));

    // A button's key presses it as a click does, after a moment.
    QTest::keyClick(m_window->certificatesPage(), Qt::Key_U, Qt::AltModifier);
    BulkRevokeDialog *dialog = nullptr;
    QVERIFY2(QTest::qWaitFor([&] { return (dialog = m_window->certificatesPage()->findChild<BulkRevokeDialog *>()); }, 5000),
             "Alt+U did not open bulk revoke");
    QVERIFY(activate(dialog));
    QCOMPARE(focusedName(), QStringLiteral("chooseFileButton"));
    const QStringList chain = tabChain(child<QWidget>(dialog, "chooseFileButton"));
    QCOMPARE(chain, (QStringList{QStringLiteral("chooseFileButton"), QStringLiteral("rowsView"), QStringLiteral("closeButton")}));

    QVERIFY(press(Qt::Key_Return));
    QVERIFY(typeInFileDialog(dialog, "bulkRevokeFileDialog", csvPath));
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->model()->rowCount() == 2; }, 5000));
    QVERIFY(activate(dialog));
    QCOMPARE(focusedName(), QStringLiteral("runButton"));
    QVERIFY(press(Qt::Key_Return));
    QVERIFY(child<QFrame>(dialog, "confirmFrame")->isVisible());
    QCOMPARE(focusedName(), QStringLiteral("reasonEdit"));
    // Without a reason Enter goes back to the dry run, nothing revoked.
    QVERIFY(press(Qt::Key_Return));
    QVERIFY(!child<QFrame>(dialog, "confirmFrame")->isVisible());
    QCOMPARE(focusedName(), QStringLiteral("runButton"));
    QVERIFY(press(Qt::Key_Return));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("recall by keyboard"));
    QVERIFY(press(Qt::Key_Return));

    auto *note = child<QLabel>(dialog, "runningNoteLabel");
    QVERIFY(note->isVisible());
    QVERIFY(press(Qt::Key_Escape));
    QVERIFY2(dialog->isVisible(), "Escape closed the dialog while it revoked");
    auto *exportButton = child<QPushButton>(dialog, "exportButton");
    QVERIFY(QTest::qWaitFor([exportButton] { return exportButton->isVisible(); }, 30000));
    QVERIFY(!note->isVisible());
    QVERIFY(!m_foundry.emulator().certificate(first));
    QVERIFY(!m_foundry.emulator().certificate(second));

    QCOMPARE(focusedName(), QStringLiteral("exportButton"));
    QVERIFY(press(Qt::Key_Return));
    const QString reportPath = m_dir->filePath(QStringLiteral("report.csv"));
    QVERIFY(typeInFileDialog(dialog, "bulkRevokeExportDialog", reportPath));
    QVERIFY(QTest::qWaitFor([&reportPath] { return QFile::exists(reportPath); }, 5000));
    QVERIFY(activate(dialog));
    QVERIFY(press(Qt::Key_Escape));
    QVERIFY(QTest::qWaitFor([this] { return !m_window->certificatesPage()->findChild<BulkRevokeDialog *>(); }, 5000));
}

// A device the station provisioned, read on its idle lane with keys only: Alt+I, Enter reads, the
// result takes the focus, Enter asks to revoke, and the reason and Enter revoke.
void TestAccessibility::keyboardAloneReadsADeviceAndRevokesItsCertificate()
{
    // A device that gives its certificate back, which reading needs.
    m_device = std::make_unique<SimulatedDevice>(m_dir->filePath(QStringLiteral("zephyr.json")));
    QVERIFY(m_device->start(QStringLiteral("zephyr-shell"), {QStringLiteral("--cred-buf-size"), QStringLiteral("4096")}));
    openWindow();
    LaneWidget *lane = addDeviceLane();
    QVERIFY(lane);
    auto *scanEdit = child<QLineEdit>(m_window.get(), "scanEdit");
    scanEdit->setFocus();
    scan(QStringLiteral("a11y-0006"));
    QTest::keyClick(scanEdit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(waitForVerdict(lane), QStringLiteral("PASS"));
    const QString certificateId = lane->lane()->job()->result().certificateId;
    QVERIFY(!certificateId.isEmpty());
    QVERIFY(QTest::qWaitFor([lane] { return lane->waitsForDeviceId(); }, 30000));

    goToCertificatesByKeyboard();
    QTest::keyClick(m_window->certificatesPage(), Qt::Key_I, Qt::AltModifier);
    ReadFromDeviceDialog *dialog = nullptr;
    QVERIFY2(QTest::qWaitFor([&] { return (dialog = m_window->certificatesPage()->findChild<ReadFromDeviceDialog *>()); }, 5000),
             "Alt+I did not open read from device");
    QVERIFY(activate(dialog));
    QCOMPARE(child<QComboBox>(dialog, "portCombo")->currentText(), m_device->portName());
    QCOMPARE(focusedName(), QStringLiteral("portCombo"));
    const QStringList chain = tabChain(child<QWidget>(dialog, "portCombo"));
    QCOMPARE(chain, (QStringList{QStringLiteral("portCombo"), QStringLiteral("refreshButton"), QStringLiteral("resultLabel"),
                                 QStringLiteral("readButton"), QStringLiteral("closeButton")}));
    child<QWidget>(dialog, "portCombo")->setFocus(Qt::TabFocusReason);

    QVERIFY(press(Qt::Key_Return));
    QCOMPARE(focusedName(), QStringLiteral("resultLabel"));
    auto *revoke = child<QPushButton>(dialog, "revokeButton");
    QVERIFY2(QTest::qWaitFor([revoke] { return revoke->isVisible(); }, 30000),
             qPrintable(child<QLabel>(dialog, "resultLabel")->text()));
    QVERIFY(revoke->isDefault());
    QCOMPARE(focusedName(), QStringLiteral("resultLabel"));
    QVERIFY(press(Qt::Key_Return));

    RevokeCertificateDialog *confirmation = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (confirmation = m_window->findChild<RevokeCertificateDialog *>()) && confirmation->isVisible(); }, 5000));
    QVERIFY(activate(confirmation));
    QCOMPARE(focusedName(), QStringLiteral("reasonEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("device reported stolen"));
    QVERIFY(press(Qt::Key_Return));
    QVERIFY(QTest::qWaitFor([&] { return !m_foundry.emulator().certificate(certificateId); }, 30000));
}

// A job left an item for a person and another was left unfinished: the recovery banner, the Needs
// attention panel and the "Done by hand" dialog say what their controls are; with keys alone the
// item is marked done by hand and recovery runs.
void TestAccessibility::keyboardAloneFinishesANeedsAttentionItemAndRecovers()
{
    StationSettings station;
    station.load(*m_settings);
    const QString journalPath = station.effectiveJournalPath();
    {
        // Its own instance, gone before the window opens: the unfinished job is another run's.
        JobJournal journal(journalPath);
        QVERIFY(journal.open());
        JobJournal::Job row;
        row.deviceId = QStringLiteral("a11y-0009");
        row.port = m_dir->filePath(QStringLiteral("ttyGONE"));
        row.profile = QStringLiteral("station");
        row.slot = 2;
        row.operatorName = QStringLiteral("technician-9");
        const qint64 leftOne = journal.beginJob(row);
        QVERIFY(leftOne != 0);
        LeftBehind item;
        item.kind = LeftBehind::Kind::CertificateMayExistUnknown;
        item.action = LeftBehind::Action::FindAndRevokeCertificate;
        item.deviceId = row.deviceId;
        item.requestedAt = QDateTime::currentDateTimeUtc();
        QVERIFY2(journal.finishJob(leftOne, JobResult::Outcome::NeedsAttention, QStringLiteral("The network dropped"),
                                   {item}),
                 qPrintable(journal.errorString()));
        row.deviceId = QStringLiteral("a11y-0010");
        QVERIFY(journal.beginJob(row) != 0);
    }

    openWindow();
    auto *banner = child<QWidget>(m_window.get(), "recoveryBanner");
    auto *recover = child<QPushButton>(m_window.get(), "recoverButton");
    QVERIFY(QTest::qWaitFor([banner, recover] { return banner->isVisible() && recover->isVisible(); }, 10000));
    QStringList problems = unnamedControls(banner);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    goToCertificatesByKeyboard();
    AttentionPanel *panel = m_window->certificatesPage()->attentionPanel();
    QVERIFY(QTest::qWaitFor([panel] { return panel->model()->rowCount() == 1 && panel->isVisible(); }, 5000));
    problems = unnamedControls(panel);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // Alt+A goes to the list, its oldest item chosen; Tab goes on to the item's button, then to the
    // page's search fields.
    QTest::keyClick(m_window->certificatesPage(), Qt::Key_A, Qt::AltModifier);
    auto *view = child<QWidget>(panel, "attentionView");
    QCOMPARE(QApplication::focusWidget(), view);
    const QStringList chain = tabChain(view);
    const QStringList order{QStringLiteral("attentionView"), QStringLiteral("attentionByHandButton"),
                            QStringLiteral("deviceIdEdit")};
    qsizetype previous = -1;
    for (const QString &name : order) {
        const qsizetype at = chain.indexOf(name);
        QVERIFY2(at > previous, qPrintable(QStringLiteral("Tab does not reach %1 in its turn from the Needs attention list: %2")
                                               .arg(name, chain.join(QLatin1String(", ")))));
        previous = at;
    }

    view->setFocus(Qt::TabFocusReason);
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(focusedName(), QStringLiteral("attentionByHandButton"));
    QVERIFY(press(Qt::Key_Space));
    QInputDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = panel->findChild<QInputDialog *>(QStringLiteral("doneByHandDialog")))
                                         && dialog->isVisible(); }, 5000));
    problems = unnamedControls(dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(activate(dialog));
    QCOMPARE(focusedName(), QStringLiteral("doneByHandEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Foundry support revoked it"));
    QVERIFY(press(Qt::Key_Return));
    QVERIFY(QTest::qWaitFor([panel] { return panel->model()->rowCount() == 0; }, 5000));
    {
        JobJournal reader(journalPath);
        QVERIFY(reader.openExisting());
        QVERIFY(reader.openLeftBehind().isEmpty());
    }

    // Alt+R recovers the unfinished job; its outcome is dismissed from the keyboard too.
    QVERIFY(activate(m_window.get()));
    QVERIFY(press(Qt::Key_R, Qt::AltModifier));
    auto *dismiss = child<QPushButton>(m_window.get(), "recoveryDismissButton");
    QVERIFY(QTest::qWaitFor([dismiss] { return dismiss->isVisible(); }, 30000));
    const QStringList bannerChain = tabChain(recover->isVisible() ? static_cast<QWidget *>(recover) : dismiss);
    QVERIFY2(bannerChain.contains(QStringLiteral("recoveryDismissButton")), qPrintable(bannerChain.join(QLatin1String(", "))));
    dismiss->setFocus(Qt::TabFocusReason);
    QVERIFY(press(Qt::Key_Space));
    QVERIFY(!banner->isVisible());
}

FOUNDRY_WINDOW_TEST_MAIN(TestAccessibility, "tst_accessibility")
#include "tst_accessibility.moc"
