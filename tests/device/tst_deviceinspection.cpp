#include "SimulatedDevice.h"
#include "TestMain.h"
#include "device/DeviceInspection.h"
#include "device/DeviceProfiles.h"

#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>

// Detection: one question, "AT", whose answer names the profile, so that a device is not made to
// wait through a wrong profile's timeout. Against the device simulator on a real pseudo-terminal.
class TestDeviceInspection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesAnswers_data();
    void recognisesAnswers();
    void detectsEachDeviceFromItsAnswer_data();
    void detectsEachDeviceFromItsAnswer();
    void confirmsTheRememberedProfileWithoutAsking();
    void asksWhenTheDeviceIsNotWhatWasRemembered();

private:
    // Inspects the simulated device automatically, expecting profile expected; the progress it
    // reported, or a failure.
    QStringList inspect(const QString &simulated, const QString &expected, QString *detected);
};

void TestDeviceInspection::recognisesAnswers_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("profile");
    QTest::newRow("station, no sequence number") << QByteArray("=- ERR 1 malformed line") << QStringLiteral("station");
    QTest::newRow("station, numbered") << QByteArray("=1 OK HELLO proto=1") << QStringLiteral("station");
    QTest::newRow("modem OK") << QByteArray("OK") << QStringLiteral("nrf-modem");
    QTest::newRow("modem OK, spaces") << QByteArray("  OK \t") << QStringLiteral("nrf-modem");
    QTest::newRow("modem ERROR") << QByteArray("ERROR") << QStringLiteral("nrf-modem");
    QTest::newRow("modem CME") << QByteArray("+CME ERROR: 3") << QStringLiteral("nrf-modem");
    QTest::newRow("zephyr") << QByteArray("AT: command not found") << QStringLiteral("zephyr-shell");
    QTest::newRow("zephyr after prompt") << QByteArray("uart:~$ AT: command not found") << QStringLiteral("zephyr-shell");
    QTest::newRow("echo") << QByteArray("AT") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("log line") << QByteArray("[00:00:01.000] <inf> main: OK so far") << QString();
    QTest::newRow("equals, then a letter") << QByteArray("=x log") << QString();
    QTest::newRow("a lone equals sign") << QByteArray("=") << QString();
    QTest::newRow("OK with more") << QByteArray("OKAY") << QString();
    QTest::newRow("other command not found") << QByteArray("ATE0: command not found") << QString();
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00OK", 5) << QString();
}

void TestDeviceInspection::recognisesAnswers()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, profile);
    QCOMPARE(DeviceProfiles::recogniseProbeAnswer(line), profile);
}

void TestDeviceInspection::detectsEachDeviceFromItsAnswer_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("arguments");
    // Typed on the device's line before the station opens it, without a line end: the probe's first
    // line end makes a command of it, whose answer comes before the one to "AT".
    QTest::addColumn<QByteArray>("halfLine");
    QTest::newRow("station") << QStringLiteral("station") << QStringList{} << QByteArray();
    QTest::newRow("station, log noise") << QStringLiteral("station") << QStringList{QStringLiteral("--log-noise=20")}
                                        << QByteArray();
    // Named by the answer to the half line; the answer to "AT" comes while the profile starts.
    QTest::newRow("station, half a line") << QStringLiteral("station") << QStringList{} << QByteArray("HEL");
    QTest::newRow("zephyr-shell") << QStringLiteral("zephyr-shell") << QStringList{} << QByteArray();
    QTest::newRow("zephyr-shell, log noise") << QStringLiteral("zephyr-shell")
                                             << QStringList{QStringLiteral("--log-noise=20")} << QByteArray();
    QTest::newRow("zephyr-shell, half a line") << QStringLiteral("zephyr-shell") << QStringList{} << QByteArray("cred");
    // It answers "AT" as a Zephyr shell does; its answer to an SMP echo in SMP framing names it.
    QTest::newRow("mcumgr-smp") << QStringLiteral("mcumgr-smp") << QStringList{} << QByteArray();
    QTest::newRow("mcumgr-smp, log noise") << QStringLiteral("mcumgr-smp")
                                           << QStringList{QStringLiteral("--log-noise=20")} << QByteArray();
    QTest::newRow("nrf-modem") << QStringLiteral("nrf-modem") << QStringList{} << QByteArray();
    QTest::newRow("nrf-modem, echo on") << QStringLiteral("nrf-modem") << QStringList{QStringLiteral("--echo")}
                                        << QByteArray();
    // Its ERROR names it; the OK to "AT" is waited out before the profile sends its first command.
    QTest::newRow("nrf-modem, half a line") << QStringLiteral("nrf-modem") << QStringList{} << QByteArray("AT+CF");
}

// Each device is named by its first answer: no other profile is tried, and the profile then
// identifies the device on a quiet line.
void TestDeviceInspection::detectsEachDeviceFromItsAnswer()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, halfLine);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SimulatedDevice device(dir.filePath(QStringLiteral("store.json")));
    QVERIFY(device.start(profile, arguments));
    if (!halfLine.isEmpty()) {
        QSerialPort earlier(device.portName());
        QVERIFY(earlier.open(QIODevice::ReadWrite));
        earlier.write(halfLine);
        QVERIFY(earlier.waitForBytesWritten(1000));
        // Until the simulated line has carried it and the firmware has taken it into its line buffer.
        QTest::qWait(50);
    }

    SerialSettings serial;
    serial.portName = device.portName();
    DeviceInspection inspection(serial, QString(DeviceInspection::automatic), std::nullopt);
    inspection.setIdentifyOnly(true);
    QStringList progress;
    connect(&inspection, &DeviceInspection::progress, this, [&progress](const QString &message) { progress << message; });
    QSignalSpy finished(&inspection, &DeviceInspection::finished);
    inspection.start();
    QVERIFY(finished.wait(20000));
    QVERIFY2(!inspection.error(), qPrintable(inspection.error() ? inspection.error()->message : QString()));
    QCOMPARE(inspection.profileName(), profile);
    QCOMPARE(progress, QStringList{QStringLiteral("The device answers like a %1 device.").arg(profile)});
    QVERIFY(!inspection.identity().serialNumber.isEmpty());
}

QStringList TestDeviceInspection::inspect(const QString &simulated, const QString &expected, QString *detected)
{
    QTemporaryDir dir;
    SimulatedDevice device(dir.filePath(QStringLiteral("store.json")));
    if (!dir.isValid() || !device.start(simulated))
        return {QStringLiteral("the simulator did not start")};
    SerialSettings serial;
    serial.portName = device.portName();
    DeviceInspection inspection(serial, QString(DeviceInspection::automatic), std::nullopt);
    inspection.setIdentifyOnly(true);
    inspection.setExpectedProfile(expected);
    QStringList progress;
    connect(&inspection, &DeviceInspection::progress, this, [&progress](const QString &message) { progress << message; });
    QSignalSpy finished(&inspection, &DeviceInspection::finished);
    inspection.start();
    if (!finished.wait(20000))
        return {QStringLiteral("the inspection did not finish")};
    if (inspection.error())
        return {inspection.error()->message};
    *detected = inspection.profileName();
    return progress;
}

void TestDeviceInspection::confirmsTheRememberedProfileWithoutAsking()
{
    QString detected;
    const QStringList progress = inspect(QStringLiteral("zephyr-shell"), QStringLiteral("zephyr-shell"), &detected);
    QCOMPARE(detected, QStringLiteral("zephyr-shell"));
    QCOMPARE(progress, QStringList{QStringLiteral("Expecting a zephyr-shell device, as last time.")});
}

// Another kind of device behind the same USB serial number (an adapter moved to other hardware):
// the remembered profile fails to identify it, and the device is asked.
void TestDeviceInspection::asksWhenTheDeviceIsNotWhatWasRemembered()
{
    QString detected;
    const QStringList progress = inspect(QStringLiteral("station"), QStringLiteral("nrf-modem"), &detected);
    QCOMPARE(detected, QStringLiteral("station"));
    QCOMPARE(progress, (QStringList{QStringLiteral("Expecting a nrf-modem device, as last time."),
                                    QStringLiteral("The device answers like a station device.")}));
}

FOUNDRY_TEST_MAIN(TestDeviceInspection)
#include "tst_deviceinspection.moc"
