#include "base/ForeignText.h"

#include <QTest>

class TestForeignText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaped_data();
    void escaped();
    void escapedBytes_data();
    void escapedBytes();
    void forTerminalKeepsOwnLineBreaks();
    void csvCell_data();
    void csvCell();
};

void TestForeignText::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain") << QStringLiteral("Rate exceeded") << QStringLiteral("Rate exceeded");
    QTest::newRow("non-ascii letters stay") << QStringLiteral("Gr\u00fc\u00dfe \u6e29\u5ea6") << QStringLiteral("Gr\u00fc\u00dfe \u6e29\u5ea6");
    QTest::newRow("terminal title") << QStringLiteral("\x1b]0;pwned\x07ok") << QStringLiteral("\\x1b]0;pwned\\x07ok");
    QTest::newRow("clear screen") << QStringLiteral("\x1b[2J\x1b[H") << QStringLiteral("\\x1b[2J\\x1b[H");
    QTest::newRow("fake line") << QStringLiteral("oops\nPROVISIONED x") << QStringLiteral("oops\\nPROVISIONED x");
    QTest::newRow("carriage return overwrite") << QStringLiteral("FAILED\rPASSED") << QStringLiteral("FAILED\\rPASSED");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
    QTest::newRow("nul and del") << QString::fromLatin1("a\0b\x7f", 4) << QStringLiteral("a\\x00b\\x7f");
    QTest::newRow("c1 control") << QStringLiteral("a\u009bb") << QStringLiteral("a\\x9bb");
    QTest::newRow("bidi override") << QStringLiteral("abc\u202etxt.exe") << QStringLiteral("abc\\u202etxt.exe");
    QTest::newRow("bidi isolate") << QStringLiteral("\u2066x\u2069") << QStringLiteral("\\u2066x\\u2069");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\\u2028b");
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QStringLiteral("\\ud800");
    QTest::newRow("surrogate pair stays") << QStringLiteral("\U0001F600") << QStringLiteral("\U0001F600");
}

void TestForeignText::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(ForeignText::escaped(text), shown);
}

void TestForeignText::escapedBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");

    QTest::newRow("ascii") << QByteArray("uart:~$ ") << QStringLiteral("uart:~$ ");
    QTest::newRow("utf-8") << QByteArray("\xc3\xbc") << QStringLiteral("\u00fc");
    QTest::newRow("invalid byte") << QByteArray("a\xff" "b") << QStringLiteral("a\\xffb");
    QTest::newRow("truncated sequence") << QByteArray("a\xe6\xb8") << QStringLiteral("a\\xe6\\xb8");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
    QTest::newRow("encoded surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
    QTest::newRow("escape sequence") << QByteArray("\x1b[31mERROR\x1b[0m") << QStringLiteral("\\x1b[31mERROR\\x1b[0m");
    QTest::newRow("encoded c1 control") << QByteArray("\xc2\x9b" "2J") << QStringLiteral("\\x9b2J");
}

void TestForeignText::escapedBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(ForeignText::escaped(QByteArrayView(bytes)), shown);
}

void TestForeignText::forTerminalKeepsOwnLineBreaks()
{
    QCOMPARE(ForeignText::forTerminal(u"error: one\n\tdetail\x1b[2J\r"), QStringLiteral("error: one\n\tdetail\\x1b[2J\\r"));
}

void TestForeignText::csvCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");

    QTest::newRow("plain") << QStringLiteral("device-0001") << QStringLiteral("device-0001");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma quoted") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("lines kept, quoted") << QStringLiteral("t/1\nt/2") << QStringLiteral("\"t/1\nt/2\"");
    // OWASP's list of characters that make a spreadsheet evaluate a cell.
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                             << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("'\\t=1");
    QTest::newRow("leading carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\\r=1");
    QTest::newRow("formula later is text") << QStringLiteral("a=1") << QStringLiteral("a=1");
    QTest::newRow("control escaped") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1b[2Jb");
}

void TestForeignText::csvCell()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(ForeignText::csvCell(text), cell);
}

QTEST_GUILESS_MAIN(TestForeignText)
#include "tst_foreigntext.moc"
