#include "jobs/ProductProfiles.h"

#include "device/DeviceInspection.h"
#include "TestMain.h"

#include <QSettings>
#include <QTemporaryDir>

// Product profiles kept in a real INI file beside the station's settings, as the window saves them
// and the command line reads them; what a hand or a hostile program wrote there is refused in words.
class TestProductProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void savedProfilesComeBack();
    void removedProfileLeavesTheFile();
    void hostileValuesAreRefusedInWords_data();
    void hostileValuesAreRefusedInWords();
    void unknownProductNamesTheKnownOnes();
    void jobAndLaneTakeTheProduct();

private:
    QString iniFile() const { return m_dir->filePath(QStringLiteral("station.ini")); }
    static ProductProfile tracker();
    ProductProfiles loaded() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProductProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

ProductProfile TestProductProfiles::tracker()
{
    ProductProfile product;
    product.name = QStringLiteral("Tracker v2");
    product.deviceProfile = QStringLiteral("nrf-modem");
    product.slot = 16842753;
    product.topicTemplates = {QStringLiteral("trackers/{imei}/up"), QStringLiteral("trackers/{deviceId}/down")};
    product.baudRate = 921600;
    product.requiresScannedDeviceId = false;
    product.autoStart = false;
    product.smpFiles = SmpFileLayout::defaults(SmpFileLayout::Encoding::Der);
    product.smpFiles.privateKeyPath = QStringLiteral("/ext/keys/{slot}.der");
    return product;
}

ProductProfiles TestProductProfiles::loaded() const
{
    QSettings file(iniFile(), QSettings::IniFormat);
    ProductProfiles profiles;
    const QString problem = profiles.load(file);
    [&problem] { QVERIFY2(problem.isEmpty(), qPrintable(problem)); }();
    return profiles;
}

void TestProductProfiles::savedProfilesComeBack()
{
    ProductProfiles saved;
    saved.products.insert(tracker().name, tracker());
    ProductProfile sensor;
    sensor.name = QStringLiteral("sensor");
    sensor.topicTemplates = {QStringLiteral("sensors/{deviceId}")};
    saved.products.insert(sensor.name, sensor);
    saved.current = tracker().name;
    {
        QSettings file(iniFile(), QSettings::IniFormat);
        // The station's own settings in the same file stay as they are.
        file.setValue(QStringLiteral("environment"), QStringLiteral("sandbox"));
        saved.save(file);
    }
    const ProductProfiles back = loaded();
    QCOMPARE(back.current, tracker().name);
    QCOMPARE(back.products.keys(), (QStringList{QStringLiteral("Tracker v2"), QStringLiteral("sensor")}));
    const ProductProfile product = back.products.value(tracker().name);
    QCOMPARE(product.deviceProfile, QStringLiteral("nrf-modem"));
    QCOMPARE(product.slot, 16842753);
    QCOMPARE(product.topicTemplates, tracker().topicTemplates);
    QCOMPARE(product.baudRate, 921600);
    QCOMPARE(product.requiresScannedDeviceId, false);
    QCOMPARE(product.autoStart, false);
    QVERIFY(product.smpFiles == tracker().smpFiles);
    QCOMPARE(product.smpFiles.path(7, CredentialKind::PrivateKey), QByteArray("/ext/keys/7.der"));
    QVERIFY2(product.problems().isEmpty(), qPrintable(product.problems().join(QLatin1Char('\n'))));
    const ProductProfile defaults = back.products.value(QStringLiteral("sensor"));
    QCOMPARE(defaults.deviceProfile, QString(DeviceInspection::automatic));
    QCOMPARE(defaults.requiresScannedDeviceId, true);
    QCOMPARE(defaults.autoStart, true);
    QVERIFY(defaults.smpFiles == SmpFileLayout::defaults());
    QCOMPARE(QSettings(iniFile(), QSettings::IniFormat).value(QStringLiteral("environment")).toString(),
             QStringLiteral("sandbox"));
}

void TestProductProfiles::removedProfileLeavesTheFile()
{
    ProductProfiles profiles;
    profiles.products.insert(tracker().name, tracker());
    ProductProfile other = tracker();
    other.name = QStringLiteral("old");
    profiles.products.insert(other.name, other);
    {
        QSettings file(iniFile(), QSettings::IniFormat);
        profiles.save(file);
        profiles.products.remove(QStringLiteral("old"));
        profiles.save(file);
    }
    QCOMPARE(loaded().products.keys(), QStringList{tracker().name});
}

void TestProductProfiles::hostileValuesAreRefusedInWords_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown device profile") << QStringLiteral("deviceProfile") << QStringLiteral("quectel-at")
                                            << QStringLiteral("no device profile \"quectel-at\"");
    QTest::newRow("escape in the profile") << QStringLiteral("deviceProfile") << QStringLiteral("x\x1b[2J")
                                           << QStringLiteral("\\x1b");
    QTest::newRow("negative slot") << QStringLiteral("slot") << QStringLiteral("-3") << QStringLiteral("slot");
    QTest::newRow("slot not a number") << QStringLiteral("slot") << QStringLiteral("1; DROP TABLE")
                                       << QStringLiteral("slot");
    QTest::newRow("slot beyond an int") << QStringLiteral("slot") << QStringLiteral("99999999999")
                                        << QStringLiteral("slot");
    QTest::newRow("baud zero") << QStringLiteral("baud") << QStringLiteral("0") << QStringLiteral("baud rate");
    QTest::newRow("baud text") << QStringLiteral("baud") << QStringLiteral("fast") << QStringLiteral("baud rate");
    QTest::newRow("no topics") << QStringLiteral("topicsTemplate") << QString() << QStringLiteral("no topics");
    QTest::newRow("unknown field") << QStringLiteral("topicsTemplate") << QStringLiteral("a/{password}")
                                   << QStringLiteral("{password}");
    QTest::newRow("unclosed field") << QStringLiteral("topicsTemplate") << QStringLiteral("a/{deviceId")
                                    << QStringLiteral("without its '}'");
    QTest::newRow("topic twice") << QStringLiteral("topicsTemplate") << QStringLiteral("a/{deviceId},a/{deviceId}")
                                 << QStringLiteral("twice");
    QTest::newRow("control character in a topic") << QStringLiteral("topicsTemplate") << QStringLiteral("a/\x07/b")
                                                  << QStringLiteral("\\x07");
    QTest::newRow("MCUmgr encoding") << QStringLiteral("smpEncoding") << QStringLiteral("base64")
                                     << QStringLiteral("neither pem nor der");
    QTest::newRow("MCUmgr path not absolute") << QStringLiteral("smpCertificatePath") << QStringLiteral("cred/{slot}.crt")
                                              << QStringLiteral("does not start with /");
    QTest::newRow("MCUmgr path with an escape") << QStringLiteral("smpPrivateKeyPath") << QStringLiteral("/lfs/\x1b[2J")
                                                << QStringLiteral("\\x1b");
    QTest::newRow("MCUmgr files shared") << QStringLiteral("smpCaCertificatePath") << QStringLiteral("/lfs/cred/{slot}/client.crt")
                                         << QStringLiteral("share one file");
    QTest::newRow("flag neither true nor false") << QStringLiteral("autoStart") << QStringLiteral("sometimes")
                                                 << QStringLiteral("neither true nor false");
    QTest::newRow("flag with an escape") << QStringLiteral("requiresScannedDeviceId") << QStringLiteral("yes\x1b]0;x\x07")
                                         << QStringLiteral("\\x1b");
}

void TestProductProfiles::hostileValuesAreRefusedInWords()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    {
        QSettings file(iniFile(), QSettings::IniFormat);
        ProductProfiles profiles;
        ProductProfile product;
        product.name = QStringLiteral("p");
        product.topicTemplates = {QStringLiteral("d/{deviceId}")};
        profiles.products.insert(product.name, product);
        profiles.save(file);
        file.setValue(QStringLiteral("products/p/") + key, value);
    }
    const ProductProfiles back = loaded();
    const QStringList problems = back.products.value(QStringLiteral("p")).problems();
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(reason), qPrintable(problems.join(QLatin1Char('\n'))));
    for (const QString &problem : problems) {
        for (const QChar c : problem)
            QVERIFY2(c.isPrint(), qPrintable(problem));
    }
    QString why;
    QVERIFY(!back.usable(QStringLiteral("p"), &why));
    QVERIFY2(why.contains(QStringLiteral("correct it")), qPrintable(why));
}

void TestProductProfiles::unknownProductNamesTheKnownOnes()
{
    QString why;
    QVERIFY(!ProductProfiles().usable(QStringLiteral("tracker"), &why));
    QVERIFY2(why.contains(QStringLiteral("none is saved")), qPrintable(why));

    ProductProfiles profiles;
    profiles.products.insert(tracker().name, tracker());
    ProductProfile badName = tracker();
    badName.name = QStringLiteral("bad\x1b[31mname");
    profiles.products.insert(badName.name, badName);
    QVERIFY(profiles.usable(tracker().name, &why));
    QVERIFY(!profiles.usable(QStringLiteral("tracker"), &why));
    QVERIFY2(why.contains(QStringLiteral("Tracker v2")), qPrintable(why));
    QVERIFY2(!why.contains(QChar(0x1b)), qPrintable(why));
    QVERIFY(!profiles.usable(badName.name, &why));
    QVERIFY2(why.contains(QStringLiteral("not usable")), qPrintable(why));
}

void TestProductProfiles::jobAndLaneTakeTheProduct()
{
    const ProductProfile product = tracker();
    const ProvisioningJob::Settings job = product.jobSettings(QStringLiteral("dev-1"));
    QCOMPARE(job.deviceId, QStringLiteral("dev-1"));
    QCOMPARE(job.slot, product.slot);
    QCOMPARE(job.topicTemplates, product.topicTemplates);
    QVERIFY(job.topics.isEmpty());

    ProvisioningLane::Setup lane;
    lane.serial.portName = QStringLiteral("/dev/ttyUSB3");
    QVERIFY(!product.fitsLane(lane));
    product.applyTo(&lane);
    QCOMPARE(lane.profile, QStringLiteral("nrf-modem"));
    QCOMPARE(lane.serial.baudRate, 921600);
    QCOMPARE(lane.serial.portName, QStringLiteral("/dev/ttyUSB3"));
    QVERIFY(lane.smpFiles == product.smpFiles);
    QVERIFY(product.fitsLane(lane));
    // Other files for an MCUmgr device: the lane's profile must be given them.
    lane.smpFiles = SmpFileLayout::defaults();
    QVERIFY(!product.fitsLane(lane));
}

FOUNDRY_TEST_MAIN(TestProductProfiles)
#include "tst_productprofiles.moc"
