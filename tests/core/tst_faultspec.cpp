#include "base/FaultSpec.h"

#include <QTest>

class TestFaultSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void TestFaultSpec::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("value"); // -1: none
    QTest::addColumn<int>("count");

    QTest::newRow("name") << QStringLiteral("http-500") << QStringLiteral("http-500") << QString() << -1 << 1;
    QTest::newRow("everything") << QStringLiteral("rate-limit@generate=2x3") << QStringLiteral("rate-limit")
                                << QStringLiteral("generate") << 2 << 3;
    QTest::newRow("until cleared") << QStringLiteral("stop-answeringx*") << QStringLiteral("stop-answering") << QString()
                                   << -1 << -1;
    // The count suffix is not part of the name, even for a name that ends in x.
    QTest::newRow("name ending in x") << QStringLiteral("boxx2") << QStringLiteral("box") << QString() << -1 << 2;
    QTest::newRow("value zero") << QStringLiteral("corrupt-byte=0") << QStringLiteral("corrupt-byte") << QString() << 0 << 1;
}

void TestFaultSpec::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, target);
    QFETCH(int, value);
    QFETCH(int, count);

    QString error;
    const std::optional<FaultSpec> spec = FaultSpec::parse(text, QStringLiteral("NAME"), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->name, name);
    QCOMPARE(spec->target, target);
    QCOMPARE(spec->value.value_or(-1), value);
    QCOMPARE(spec->count, count);
    QCOMPARE(spec->toString(), text);
}

void TestFaultSpec::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("complaint");

    QTest::newRow("empty") << QString() << QStringLiteral("expected NAME");
    QTest::newRow("upper case") << QStringLiteral("HTTP-500") << QStringLiteral("expected NAME");
    QTest::newRow("negative value") << QStringLiteral("slow=-1") << QStringLiteral("expected NAME");
    QTest::newRow("value too large") << QStringLiteral("slow=99999999999") << QStringLiteral("at most");
    QTest::newRow("count zero") << QStringLiteral("slowx0") << QStringLiteral("between 1 and");
    QTest::newRow("count too large") << QStringLiteral("slowx99999999999") << QStringLiteral("between 1 and");
    QTest::newRow("trailing text") << QStringLiteral("slow x2") << QStringLiteral("expected NAME");
}

void TestFaultSpec::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, complaint);
    QString error;
    QVERIFY(!FaultSpec::parse(text, QStringLiteral("NAME[=VALUE]"), &error));
    QVERIFY2(error.contains(complaint), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFaultSpec)
#include "tst_faultspec.moc"
