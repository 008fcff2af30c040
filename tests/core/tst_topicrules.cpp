#include "foundry/TopicRules.h"

#include <QTest>

class TestTopicRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void splitCommaSeparated_data();
    void splitCommaSeparated();
};

void TestTopicRules::check_data()
{
    QTest::addColumn<QStringList>("topics");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>("errorMentions");

    const QString longest = QString(TopicRules::maxBytes, QLatin1Char('a'));
    QTest::newRow("none") << QStringList() << 0 << 0 << QString();
    QTest::newRow("plain") << QStringList{QStringLiteral("devices/42/telemetry"), QStringLiteral("cmd")} << 0 << 0 << QString();
    QTest::newRow("256 bytes") << QStringList{longest} << 0 << 0 << QString();
    QTest::newRow("257 bytes") << QStringList{longest + QLatin1Char('a')} << 1 << 0 << QStringLiteral("257 bytes");
    // Three bytes per character in UTF-8: the byte limit, not the character count, applies.
    QTest::newRow("multibyte over") << QStringList{QString(86, QChar(0x20AC))} << 1 << 0 << QStringLiteral("258 bytes");
    QTest::newRow("7 slashes") << QStringList{QStringLiteral("a/b/c/d/e/f/g/h")} << 0 << 0 << QString();
    QTest::newRow("8 slashes") << QStringList{QStringLiteral("a/b/c/d/e/f/g/h/i")} << 1 << 0 << QStringLiteral("at most 7");
    QTest::newRow("empty") << QStringList{QString()} << 1 << 0 << QStringLiteral("empty");
    QTest::newRow("blank") << QStringList{QStringLiteral("  ")} << 1 << 0 << QStringLiteral("empty");
    QTest::newRow("duplicate") << QStringList{QStringLiteral("a/b"), QStringLiteral("a/b")} << 1 << 0 << QStringLiteral("twice");
    QTest::newRow("plus wildcard") << QStringList{QStringLiteral("test/+/+/1")} << 0 << 1 << QString();
    QTest::newRow("hash at end") << QStringList{QStringLiteral("XiQ/#")} << 0 << 1 << QString();
    // Foundry's own example: '#' in the middle is both a wildcard and misplaced.
    QTest::newRow("hash in middle") << QStringList{QStringLiteral("1/#/1")} << 0 << 2 << QString();
    QTest::newRow("reference example") << QStringList{QStringLiteral("1/#/1"), QStringLiteral("test/+/+/1"), QStringLiteral("1/2/3")}
                                       << 0 << 3 << QString();
}

void TestTopicRules::check()
{
    QFETCH(QStringList, topics);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(QString, errorMentions);

    const TopicRules::Result result = TopicRules::check(topics);
    QCOMPARE(result.errors.size(), errors);
    QCOMPARE(result.warnings.size(), warnings);
    QCOMPARE(result.isValid(), errors == 0);
    if (!errorMentions.isEmpty())
        QVERIFY2(result.errors.constFirst().contains(errorMentions), qPrintable(result.errors.constFirst()));
}

void TestTopicRules::splitCommaSeparated_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("topics");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("blank") << QStringLiteral("  ") << QStringList();
    QTest::newRow("one") << QStringLiteral("a/b") << QStringList{QStringLiteral("a/b")};
    QTest::newRow("trimmed") << QStringLiteral(" a/b , c ") << QStringList{QStringLiteral("a/b"), QStringLiteral("c")};
    QTest::newRow("empty item kept") << QStringLiteral("a,,b") << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")};
}

void TestTopicRules::splitCommaSeparated()
{
    QFETCH(QString, text);
    QFETCH(QStringList, topics);
    QCOMPARE(TopicRules::splitCommaSeparated(text), topics);
}

QTEST_GUILESS_MAIN(TestTopicRules)
#include "tst_topicrules.moc"
