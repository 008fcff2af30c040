#include "jobs/DeviceId.h"

#include <QTest>

// The one device-ID rule that the bench's scanner and the command line's --device-id share.
class TestDeviceId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWhatALabelCarries_data();
    void acceptsWhatALabelCarries();
    void refusesWithTheReason_data();
    void refusesWithTheReason();
    void fromIdentityTakesTheSerialNumber();
};

void TestDeviceId::acceptsWhatALabelCarries_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("id");
    QTest::newRow("plain") << QStringLiteral("dev-0001") << QStringLiteral("dev-0001");
    QTest::newRow("every allowed sign") << QStringLiteral("a.B_9:z-0") << QStringLiteral("a.B_9:z-0");
    QTest::newRow("scanner's blanks") << QStringLiteral("  dev-7\t\r\n") << QStringLiteral("dev-7");
    QTest::newRow("longest") << QString(DeviceId::maxLength, QLatin1Char('x')) << QString(DeviceId::maxLength, QLatin1Char('x'));
}

void TestDeviceId::acceptsWhatALabelCarries()
{
    QFETCH(QString, typed);
    QFETCH(QString, id);
    const DeviceId deviceId(typed);
    QVERIFY2(deviceId.isValid(), qPrintable(deviceId.problem()));
    QCOMPARE(deviceId.text(), id);
    QVERIFY(deviceId.problem().isEmpty());
}

void TestDeviceId::refusesWithTheReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blanks only") << QStringLiteral(" \t ") << QStringLiteral("empty");
    QTest::newRow("too long") << QString(DeviceId::maxLength + 1, QLatin1Char('x')) << QStringLiteral("129 characters");
    QTest::newRow("space inside") << QStringLiteral("dev 1") << QStringLiteral("holds \" \"");
    QTest::newRow("slash, a topic level") << QStringLiteral("dev/1") << QStringLiteral("holds \"/\"");
    QTest::newRow("MQTT wildcard") << QStringLiteral("dev+") << QStringLiteral("holds \"+\"");
    QTest::newRow("placeholder") << QStringLiteral("{serial}") << QStringLiteral("holds \"{\"");
    QTest::newRow("non-ASCII letter") << QStringLiteral("d\u00e9v") << QStringLiteral("only letters, digits");
    // A control character is shown escaped, never as itself.
    QTest::newRow("escape sequence") << QStringLiteral("dev\x1b[2J") << QStringLiteral("\\x1b");
}

void TestDeviceId::refusesWithTheReason()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    const DeviceId deviceId(typed);
    QVERIFY(!deviceId.isValid());
    QVERIFY2(deviceId.problem().contains(reason), qPrintable(deviceId.problem()));
    QVERIFY(!deviceId.problem().contains(QChar(0x1b)));
}

void TestDeviceId::fromIdentityTakesTheSerialNumber()
{
    DeviceIdentity identity;
    identity.serialNumber = QStringLiteral("352656100123456");
    const DeviceId imei = DeviceId::fromIdentity(identity);
    QVERIFY2(imei.isValid(), qPrintable(imei.problem()));
    QCOMPARE(imei.text(), identity.serialNumber);

    identity.serialNumber.clear();
    const DeviceId none = DeviceId::fromIdentity(identity);
    QVERIFY(!none.isValid());
    QVERIFY2(none.problem().contains(QStringLiteral("no serial number")), qPrintable(none.problem()));

    identity.serialNumber = QStringLiteral("SN 42/7");
    const DeviceId unusable = DeviceId::fromIdentity(identity);
    QVERIFY(!unusable.isValid());
    QVERIFY2(unusable.problem().contains(QStringLiteral("serial number cannot be its device ID")),
             qPrintable(unusable.problem()));
}

QTEST_GUILESS_MAIN(TestDeviceId)
#include "tst_deviceid.moc"
