#include "ProductProfilesDialog.h"

#include <QComboBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// A product of ESP-AT modules whose firmware reads another family of namespaces keeps it when the
// Products dialog shows it and saves it again.
class TestEspAtProduct : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheNamespaceFamily();
};

void TestEspAtProduct::keepsTheNamespaceFamily()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
    ProductProfile product;
    product.name = QStringLiteral("esp-tls");
    product.deviceProfile = QStringLiteral("esp-at:client");
    product.topicTemplates = {QStringLiteral("esp/{deviceId}")};
    ProductProfiles products;
    products.products.insert(product.name, product);
    products.current = product.name;

    ProductProfilesDialog dialog(&settings, products);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("deviceProfileCombo"));
    QVERIFY(combo);
    QVERIFY(combo->findData(QStringLiteral("esp-at")) >= 0);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("esp-at:client"));
    dialog.accept();

    ProductProfiles saved;
    QVERIFY(saved.load(settings).isEmpty());
    QCOMPARE(saved.products.value(QStringLiteral("esp-tls")).deviceProfile, QStringLiteral("esp-at:client"));
}

QTEST_MAIN(TestEspAtProduct)
#include "tst_espatproduct.moc"
