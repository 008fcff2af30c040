#include "BenchPage.h"
#include "CertificatesPage.h"
#include "EmulatedFoundry.h"
#include "LaneWidget.h"
#include "LogDock.h"
#include "MainWindow.h"
#include "ProductProfilesDialog.h"
#include "RevokeCertificateDialog.h"
#include "SessionTokenStore.h"
#include "SettingsDialog.h"
#include "SimulatedDevice.h"
#include "WindowTestSupport.h"
#include "device/SerialPortWatcher.h"
#include "jobs/ProductProfiles.h"

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
#include <QGroupBox>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
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

// The window as a person who cannot see colour, cannot use a mouse or uses a screen reader meets it:
// every control a person can reach says what it is and what it does (as a screen reader reads it,
// through Qt's accessibility interfaces), the keyboard reaches every main control and action,
// dialogs take Enter and Escape, and PASS and FAIL differ without their colours.
using WindowTestSupport::child;

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

private:
    void openWindow();
    // Adds the simulated device's port by path and waits until its lane waits for a device ID.
    LaneWidget *addDeviceLane();
    void scan(const QString &typed);
    QString waitForVerdict(LaneWidget *lane);
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
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_tokens.get());
    m_window->benchPage()->watcher()->setSource([] { return QList<SerialPortList::Port>(); });
    m_window->resize(1200, 760);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

LaneWidget *TestAccessibility::addDeviceLane()
{
    auto *addPortEdit = child<QLineEdit>(m_window.get(), "addPortEdit");
    if (!addPortEdit || !QTest::qWaitFor([addPortEdit] { return addPortEdit->isVisible(); }, 10000))
        return nullptr;
    QTest::keyClicks(addPortEdit, m_device->portName());
    QTest::keyClick(addPortEdit, Qt::Key_Return);
    const QList<LaneWidget *> lanes = m_window->benchPage()->lanes();
    if (lanes.size() != 1)
        return nullptr;
    LaneWidget *lane = lanes.constFirst();
    return QTest::qWaitFor([lane] { return lane->waitsForDeviceId(); }, 30000) ? lane : nullptr;
}

void TestAccessibility::scan(const QString &typed)
{
    auto *scanEdit = child<QLineEdit>(m_window.get(), "scanEdit");
    QVERIFY(scanEdit);
    QTest::keyClicks(scanEdit, typed);
    QTest::keyClick(scanEdit, Qt::Key_Return);
}

QString TestAccessibility::waitForVerdict(LaneWidget *lane)
{
    auto *tile = child<QWidget>(lane, "resultTile");
    if (!tile || !QTest::qWaitFor([tile] { return tile->isVisible(); }, 60000))
        return {};
    return child<QLabel>(lane, "verdictLabel")->text();
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
    const auto check = [](QDialog *dialog, QDialogButtonBox::StandardButton expectedDefault) {
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000));
        QVERIFY2(!dialog->windowTitle().isEmpty(), dialog->metaObject()->className());
        const QStringList problems = unnamedControls(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *expected = buttons->button(expectedDefault);
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
                               QStringLiteral("historyView"),    QStringLiteral("exportButton")};
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

int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    // No keychain service: nothing of the test reaches a person's real keychain.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/foundry-station-test-bus");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    TestAccessibility test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_accessibility.moc"
