#include "device/RememberedProfiles.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Profiles remembered by USB serial number, in a real settings file.
class TestRememberedProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void survivesARestart();
    void forgets();
    void refusesWhatItCannotUse();
    void ignoresHostileSettings();
    void staysBounded();
    void worksWithoutSettings();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("station.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRememberedProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRememberedProfiles::survivesARestart()
{
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        RememberedProfiles remembered(&settings);
        remembered.remember(QStringLiteral("FT232R-A1B2"), QStringLiteral("zephyr-shell"));
        remembered.remember(QStringLiteral("0123456789"), QStringLiteral("nrf-modem"));
        remembered.remember(QStringLiteral("0123456789"), QStringLiteral("station"));
    }
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const RememberedProfiles remembered(&settings);
    QCOMPARE(remembered.profileFor(QStringLiteral("FT232R-A1B2")), QStringLiteral("zephyr-shell"));
    QCOMPARE(remembered.profileFor(QStringLiteral("0123456789")), QStringLiteral("station"));
    QCOMPARE(remembered.profileFor(QStringLiteral("unknown")), QString());
}

void TestRememberedProfiles::forgets()
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    {
        RememberedProfiles remembered(&settings);
        remembered.remember(QStringLiteral("SN1"), QStringLiteral("station"));
        remembered.forget(QStringLiteral("SN1"));
        QCOMPARE(remembered.profileFor(QStringLiteral("SN1")), QString());
    }
    const RememberedProfiles again(&settings);
    QCOMPARE(again.profileFor(QStringLiteral("SN1")), QString());
}

void TestRememberedProfiles::refusesWhatItCannotUse()
{
    RememberedProfiles remembered;
    remembered.remember(QString(), QStringLiteral("station"));
    remembered.remember(QStringLiteral("SN\n2"), QStringLiteral("station"));
    remembered.remember(QStringLiteral("SN 3"), QStringLiteral("station"));
    remembered.remember(QString(129, QLatin1Char('x')), QStringLiteral("station"));
    remembered.remember(QStringLiteral("SN4"), QStringLiteral("teletype"));
    QCOMPARE(remembered.profileFor(QString()), QString());
    QCOMPARE(remembered.profileFor(QStringLiteral("SN\n2")), QString());
    QCOMPARE(remembered.profileFor(QStringLiteral("SN 3")), QString());
    QCOMPARE(remembered.profileFor(QString(129, QLatin1Char('x'))), QString());
    QCOMPARE(remembered.profileFor(QStringLiteral("SN4")), QString());
}

// A settings file is foreign input: what it says is used only where it is a known profile for a
// printable serial number.
void TestRememberedProfiles::ignoresHostileSettings()
{
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        QVariantMap stored;
        stored.insert(QStringLiteral("GOOD"), QStringLiteral("nrf-modem"));
        stored.insert(QStringLiteral("BAD\x1b[2J"), QStringLiteral("station"));
        stored.insert(QStringLiteral("UNKNOWN"), QStringLiteral("rm -rf"));
        stored.insert(QStringLiteral("NUMBER"), 42);
        settings.setValue(QStringLiteral("detection/profilesByUsbSerialNumber"), stored);
    }
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const RememberedProfiles remembered(&settings);
    QCOMPARE(remembered.profileFor(QStringLiteral("GOOD")), QStringLiteral("nrf-modem"));
    QCOMPARE(remembered.profileFor(QStringLiteral("BAD\x1b[2J")), QString());
    QCOMPARE(remembered.profileFor(QStringLiteral("UNKNOWN")), QString());
    QCOMPARE(remembered.profileFor(QStringLiteral("NUMBER")), QString());
}

void TestRememberedProfiles::staysBounded()
{
    RememberedProfiles remembered;
    for (qsizetype i = 0; i < RememberedProfiles::maxDevices + 10; ++i)
        remembered.remember(QStringLiteral("SN%1").arg(i), QStringLiteral("station"));
    qsizetype kept = 0;
    for (qsizetype i = 0; i < RememberedProfiles::maxDevices + 10; ++i)
        kept += remembered.profileFor(QStringLiteral("SN%1").arg(i)).isEmpty() ? 0 : 1;
    QCOMPARE(kept, RememberedProfiles::maxDevices);
    // The newest is always kept.
    QCOMPARE(remembered.profileFor(QStringLiteral("SN%1").arg(RememberedProfiles::maxDevices + 9)), QStringLiteral("station"));
}

void TestRememberedProfiles::worksWithoutSettings()
{
    RememberedProfiles remembered;
    remembered.remember(QStringLiteral("SN1"), QStringLiteral("zephyr-shell"));
    QCOMPARE(remembered.profileFor(QStringLiteral("SN1")), QStringLiteral("zephyr-shell"));
}

QTEST_GUILESS_MAIN(TestRememberedProfiles)
#include "tst_rememberedprofiles.moc"
