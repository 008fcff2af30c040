#include "device/SerialSettings.h"

#include <QTest>

class TestSerialSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data();
    void describe();
    void validate_data();
    void validate();
    void wireTime_data();
    void wireTime();
};

namespace {

SerialSettings framed(qint32 baud, QSerialPort::DataBits dataBits, QSerialPort::Parity parity,
                      QSerialPort::StopBits stopBits, QSerialPort::FlowControl flow = QSerialPort::NoFlowControl)
{
    SerialSettings settings;
    settings.portName = QStringLiteral("ttyUSB0");
    settings.baudRate = baud;
    settings.dataBits = dataBits;
    settings.parity = parity;
    settings.stopBits = stopBits;
    settings.flowControl = flow;
    return settings;
}

} // namespace

void TestSerialSettings::describe_data()
{
    QTest::addColumn<SerialSettings>("settings");
    QTest::addColumn<QString>("text");

    QTest::newRow("default") << SerialSettings() << QStringLiteral("115200 8N1");
    QTest::newRow("7E2") << framed(9600, QSerialPort::Data7, QSerialPort::EvenParity, QSerialPort::TwoStop)
                         << QStringLiteral("9600 7E2");
    QTest::newRow("5O1.5") << framed(300, QSerialPort::Data5, QSerialPort::OddParity, QSerialPort::OneAndHalfStop)
                           << QStringLiteral("300 5O1.5");
    QTest::newRow("mark") << framed(1200, QSerialPort::Data8, QSerialPort::MarkParity, QSerialPort::OneStop)
                                 << QStringLiteral("1200 8M1");
    QTest::newRow("space") << framed(1200, QSerialPort::Data8, QSerialPort::SpaceParity, QSerialPort::OneStop)
                           << QStringLiteral("1200 8S1");
    QTest::newRow("RTS/CTS") << framed(921600, QSerialPort::Data8, QSerialPort::NoParity, QSerialPort::OneStop,
                                       QSerialPort::HardwareControl)
                             << QStringLiteral("921600 8N1 RTS/CTS");
    QTest::newRow("XON/XOFF") << framed(115200, QSerialPort::Data8, QSerialPort::NoParity, QSerialPort::OneStop,
                                        QSerialPort::SoftwareControl)
                              << QStringLiteral("115200 8N1 XON/XOFF");
}

void TestSerialSettings::describe()
{
    QFETCH(SerialSettings, settings);
    QFETCH(QString, text);
    QCOMPARE(settings.describe(), text);
}

void TestSerialSettings::validate_data()
{
    QTest::addColumn<SerialSettings>("settings");
    QTest::addColumn<QString>("mentions"); // empty: valid

    const SerialSettings good = framed(115200, QSerialPort::Data8, QSerialPort::NoParity, QSerialPort::OneStop);
    QTest::newRow("good") << good << QString();
    SerialSettings noPort = good;
    noPort.portName = QStringLiteral("  ");
    QTest::newRow("no port") << noPort << QStringLiteral("ports");
    SerialSettings zeroBaud = good;
    zeroBaud.baudRate = 0;
    QTest::newRow("zero baud") << zeroBaud << QStringLiteral("baud rate");
    SerialSettings hugeBaud = good;
    hugeBaud.baudRate = 100'000'000;
    QTest::newRow("huge baud") << hugeBaud << QStringLiteral("baud rate");
    SerialSettings nineBits = good;
    nineBits.dataBits = static_cast<QSerialPort::DataBits>(9);
    QTest::newRow("9 data bits") << nineBits << QStringLiteral("data bits");
    SerialSettings badParity = good;
    badParity.parity = static_cast<QSerialPort::Parity>(1);
    QTest::newRow("unknown parity") << badParity << QStringLiteral("parity");
    SerialSettings badStop = good;
    badStop.stopBits = static_cast<QSerialPort::StopBits>(0);
    QTest::newRow("unknown stop bits") << badStop << QStringLiteral("stop bits");
    SerialSettings badFlow = good;
    badFlow.flowControl = static_cast<QSerialPort::FlowControl>(3);
    QTest::newRow("unknown flow control") << badFlow << QStringLiteral("flow control");
    SerialSettings negativeChunk = good;
    negativeChunk.pacingChunkBytes = -1;
    QTest::newRow("negative chunk") << negativeChunk << QStringLiteral("pacing");
    SerialSettings unpaced = good;
    unpaced.pacingChunkBytes = 0;
    QTest::newRow("pacing off") << unpaced << QString();
}

void TestSerialSettings::validate()
{
    QFETCH(SerialSettings, settings);
    QFETCH(QString, mentions);
    const QString problem = settings.validate();
    if (mentions.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestSerialSettings::wireTime_data()
{
    QTest::addColumn<SerialSettings>("settings");
    QTest::addColumn<int>("bitsPerByte");
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<qint64>("microseconds");

    const SerialSettings n81 = framed(115200, QSerialPort::Data8, QSerialPort::NoParity, QSerialPort::OneStop);
    QTest::newRow("nothing") << n81 << 10 << qsizetype(0) << qint64(0);
    // 1000 bits at 115200 baud: 8680.56 us, rounded up.
    QTest::newRow("8N1 100 bytes") << n81 << 10 << qsizetype(100) << qint64(8681);
    QTest::newRow("8N1 at 1200") << framed(1200, QSerialPort::Data8, QSerialPort::NoParity, QSerialPort::OneStop)
                                 << 10 << qsizetype(96) << qint64(800'000);
    QTest::newRow("7E2") << framed(9600, QSerialPort::Data7, QSerialPort::EvenParity, QSerialPort::TwoStop) << 11
                         << qsizetype(96) << qint64(110'000);
    QTest::newRow("8O1.5 counts 2") << framed(9600, QSerialPort::Data8, QSerialPort::OddParity,
                                              QSerialPort::OneAndHalfStop)
                                    << 12 << qsizetype(8) << qint64(10'000);
    // Slow rates and large transfers do not overflow the arithmetic.
    QTest::newRow("1 MiB at 300") << framed(300, QSerialPort::Data8, QSerialPort::NoParity, QSerialPort::OneStop) << 10
                                  << qsizetype(1 << 20) << qint64(34'952'533'334);
}

void TestSerialSettings::wireTime()
{
    QFETCH(SerialSettings, settings);
    QFETCH(int, bitsPerByte);
    QFETCH(qsizetype, bytes);
    QFETCH(qint64, microseconds);
    QCOMPARE(settings.bitsPerByte(), bitsPerByte);
    QCOMPARE(settings.wireTime(bytes).count(), microseconds);
}

QTEST_GUILESS_MAIN(TestSerialSettings)
#include "tst_serialsettings.moc"
