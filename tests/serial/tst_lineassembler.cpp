#include "device/LineAssembler.h"

#include <QTest>

using Line = LineAssembler::Line;

class TestLineAssembler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feed_data();
    void feed();
    void everySplitOfASession_data();
    void everySplitOfASession();
    void overlongLine_data();
    void overlongLine();
    void overlongPendingIsCapped();
    void clearForgetsHalfReceivedInput();

private:
    static QList<Line> lines(std::initializer_list<const char *> texts);
};

QList<Line> TestLineAssembler::lines(std::initializer_list<const char *> texts)
{
    QList<Line> result;
    for (const char *text : texts)
        result.append(Line{QByteArray(text), false});
    return result;
}

// Each row feeds its chunks one after the other, as separate reads from the port.
void TestLineAssembler::feed_data()
{
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<QList<Line>>("expected");
    QTest::addColumn<QByteArray>("pending");

    using L = QByteArrayList;
    QTest::newRow("nothing") << L{} << lines({}) << QByteArray();
    QTest::newRow("LF") << L{"one\ntwo\n"} << lines({"one", "two"}) << QByteArray();
    QTest::newRow("CRLF") << L{"one\r\ntwo\r\n"} << lines({"one", "two"}) << QByteArray();
    QTest::newRow("lone CR") << L{"one\rtwo\r"} << lines({"one", "two"}) << QByteArray();
    QTest::newRow("CRLF split between reads") << L{"one\r", "\ntwo\r", "\n"} << lines({"one", "two"}) << QByteArray();
    QTest::newRow("CR then text in next read") << L{"one\r", "two\n"} << lines({"one", "two"}) << QByteArray();
    QTest::newRow("LF CR is two line ends") << L{"one\n\rtwo\n"} << lines({"one", "", "two"}) << QByteArray();
    QTest::newRow("empty lines kept") << L{"\r\n\r\none\n\n"} << lines({"", "", "one", ""}) << QByteArray();
    QTest::newRow("CR CR LF") << L{"one\r\r\n"} << lines({"one", ""}) << QByteArray();
    QTest::newRow("unterminated tail") << L{"OK\r\nuart:~$ "} << lines({"OK"}) << QByteArray("uart:~$ ");
    QTest::newRow("prompt across reads") << L{"> ", "abc"} << lines({}) << QByteArray("> abc");
    QTest::newRow("tab kept") << L{"a\tb\n"} << lines({"a\tb"}) << QByteArray();
    QTest::newRow("NUL and bell dropped") << L{QByteArray("a\0b\x07" "c\n", 6)} << lines({"abc"}) << QByteArray();
    QTest::newRow("other controls dropped") << L{"\x01\x08\x0b\x0c\x11\x13\x7f" "ok\n"} << lines({"ok"}) << QByteArray();
    QTest::newRow("NUL between CR and LF") << L{QByteArray("one\r\0\ntwo\n", 10)} << lines({"one", "two"}) << QByteArray();
    QTest::newRow("UTF-8 kept") << L{"gr\xc3\xbc\xc3\x9f" "e\n"} << lines({"gr\xc3\xbc\xc3\x9f" "e"}) << QByteArray();
    QTest::newRow("UTF-8 split") << L{"\xe2\x82", "\xac\n"} << lines({"\xe2\x82\xac"}) << QByteArray();

    QTest::newRow("CSI colour") << L{"\x1b[1;32muart:~$ \x1b[m"} << lines({}) << QByteArray("uart:~$ ");
    QTest::newRow("CSI erase line") << L{"\x1b[2Kstatus\x1b[K\r\n"} << lines({"status"}) << QByteArray();
    QTest::newRow("CSI private mode") << L{"\x1b[?25lhidden\x1b[?25h\n"} << lines({"hidden"}) << QByteArray();
    QTest::newRow("CSI with intermediate") << L{"a\x1b[1 qb\n"} << lines({"ab"}) << QByteArray();
    QTest::newRow("CSI split in three") << L{"a\x1b", "[1;3", "1mb\n"} << lines({"ab"}) << QByteArray();
    QTest::newRow("ESC at end of read") << L{"ok\x1b", "[0m\r\n"} << lines({"ok"}) << QByteArray();
    QTest::newRow("escape between CR and LF") << L{"one\r\x1b[K\ntwo\n"} << lines({"one", "two"}) << QByteArray();
    QTest::newRow("two-byte ESC") << L{"\x1b" "7a\x1b" "8b\x1b" "c\x1b=\n"} << lines({"ab"}) << QByteArray();
    QTest::newRow("charset designation") << L{"\x1b(Ba\x1b)0b\n"} << lines({"ab"}) << QByteArray();
    QTest::newRow("OSC ended by BEL") << L{"\x1b]0;title\x07text\n"} << lines({"text"}) << QByteArray();
    QTest::newRow("OSC ended by ST") << L{"\x1b]2;title\x1b\\text\n"} << lines({"text"}) << QByteArray();
    QTest::newRow("OSC split") << L{"\x1b]0;ti", "tle\x1b", "\\text\n"} << lines({"text"}) << QByteArray();
    QTest::newRow("DCS") << L{"\x1bP1$r0m\x1b\\text\n"} << lines({"text"}) << QByteArray();
    QTest::newRow("ESC inside OSC starts a sequence") << L{"\x1b]0;t\x1b[1mtext\n"} << lines({"text"}) << QByteArray();
    QTest::newRow("OSC cut by line end") << L{"\x1b]0;title\r\nnext\n"} << lines({"", "next"}) << QByteArray();
    QTest::newRow("CSI cut by line end") << L{"one\x1b[1\r\ntwo\n"} << lines({"one", "two"}) << QByteArray();
    QTest::newRow("CSI cancelled") << L{"a\x1b[1\x18" "b\n"} << lines({"ab"}) << QByteArray();
    QTest::newRow("ESC ESC") << L{"a\x1b\x1b[0mb\n"} << lines({"ab"}) << QByteArray();
    QTest::newRow("ESC then line end") << L{"a\x1b\nb\n"} << lines({"a", "b"}) << QByteArray();
    QTest::newRow("DEL inside CSI ignored") << L{"a\x1b[1\x7fmb\n"} << lines({"ab"}) << QByteArray();

    // What Zephyr's shell prints for one command with colours on, and what an nRF91 modem answers.
    QTest::newRow("zephyr shell")
        << L{"cred list\r\n\x1b[m", "0,0,CA_CERT,abc=\r\n\x1b[1;32muart:~$ \x1b[m"}
        << lines({"cred list", "0,0,CA_CERT,abc="}) << QByteArray("uart:~$ ");
    QTest::newRow("nrf modem") << L{"\r\n%CMNG: 16842753,0,\"0123\"\r\n", "\r\nOK\r\n"}
                               << lines({"", "%CMNG: 16842753,0,\"0123\"", "", "OK"}) << QByteArray();
}

void TestLineAssembler::feed()
{
    QFETCH(QByteArrayList, chunks);
    QFETCH(QList<Line>, expected);
    QFETCH(QByteArray, pending);

    LineAssembler assembler;
    QList<Line> got;
    for (const QByteArray &chunk : std::as_const(chunks))
        got += assembler.feed(chunk);
    QCOMPARE(got, expected);
    QCOMPARE(assembler.pending(), pending);
    QVERIFY(!assembler.pendingOverlong());
}

void TestLineAssembler::everySplitOfASession_data()
{
    QTest::addColumn<QByteArray>("stream");

    QTest::newRow("zephyr shell") << QByteArray(
        "\x1b[1;32muart:~$ \x1b[mcred buf clear\r\n"
        "\x1b]0;zephyr\x07" "Credential buffer cleared.\r\n"
        "\x1b[1;32muart:~$ \x1b[m\x1b[Kcred list\r\n"
        "0,0,CA_CERT,\x1b(BAbC=\t\r\r\n"
        "\x1b[1;31mError\x1b[0m\x1b" "8\n\r\n"
        "\x1b[1;32muart:~$ \x1b[m");
    QTest::newRow("modem") << QByteArray("AT%CMNG=1\r\r\n%CMNG: 1,0,\"ab\"\r\n\r\nOK\r\n> \x1b\\");
}

// A read can end after any byte. Whatever the split, the lines and the tail are those of the whole
// stream read at once; so are they when every byte comes on its own, and with two splits.
void TestLineAssembler::everySplitOfASession()
{
    QFETCH(QByteArray, stream);

    LineAssembler whole;
    const QList<Line> expected = whole.feed(stream);
    QVERIFY(expected.size() >= 4);
    const QByteArray expectedPending = whole.pending();

    for (qsizetype first = 0; first <= stream.size(); ++first) {
        for (qsizetype second = first; second <= stream.size(); ++second) {
            LineAssembler assembler;
            QList<Line> got = assembler.feed(stream.first(first));
            got += assembler.feed(stream.sliced(first, second - first));
            got += assembler.feed(stream.sliced(second));
            const QByteArray where = "split at " + QByteArray::number(first) + " and " + QByteArray::number(second);
            QVERIFY2(got == expected, where.constData());
            QVERIFY2(assembler.pending() == expectedPending, where.constData());
        }
    }

    LineAssembler bytewise;
    QList<Line> got;
    for (const char byte : std::as_const(stream))
        got += bytewise.feed(QByteArrayView(&byte, 1));
    QCOMPARE(got, expected);
    QCOMPARE(bytewise.pending(), expectedPending);
}

void TestLineAssembler::overlongLine_data()
{
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<QList<Line>>("expected");

    using L = QByteArrayList;
    QTest::newRow("exactly the limit") << L{"12345678\n"} << QList<Line>{{"12345678", false}};
    QTest::newRow("one over") << L{"123456789\n"} << QList<Line>{{"12345678", true}};
    QTest::newRow("far over, in pieces") << L{"12345", "67890abcdef", "ghij\r", "\nnext\n"}
                                         << QList<Line>{{"12345678", true}, {"next", false}};
    QTest::newRow("escapes do not count") << L{"\x1b[1;32m12345678\x1b[0m\n"} << QList<Line>{{"12345678", false}};
}

void TestLineAssembler::overlongLine()
{
    QFETCH(QByteArrayList, chunks);
    QFETCH(QList<Line>, expected);

    LineAssembler assembler(8);
    QCOMPARE(assembler.maxLineLength(), 8);
    QList<Line> got;
    for (const QByteArray &chunk : std::as_const(chunks))
        got += assembler.feed(chunk);
    QCOMPARE(got, expected);
    QVERIFY(assembler.pending().isEmpty());
    QVERIFY(!assembler.pendingOverlong());
}

// A device that never ends its line (a stuck transmitter, a wrong baud rate) cannot make the
// assembler grow.
void TestLineAssembler::overlongPendingIsCapped()
{
    LineAssembler assembler(16);
    const QByteArray noise(1000, 'x');
    for (int i = 0; i < 100; ++i)
        QVERIFY(assembler.feed(noise).isEmpty());
    QCOMPARE(assembler.pending(), QByteArray(16, 'x'));
    QVERIFY(assembler.pendingOverlong());
}

void TestLineAssembler::clearForgetsHalfReceivedInput()
{
    LineAssembler assembler(4);
    QCOMPARE(assembler.feed("one\r"), lines({"one"}));
    assembler.clear();
    // The LF no longer completes a CRLF: it ends an empty line.
    QCOMPARE(assembler.feed("\n"), lines({""}));

    assembler.feed("a\x1b[1;3");
    assembler.clear();
    // Inside the cut sequence "m" would have been its final byte.
    QCOMPARE(assembler.feed("mz\n"), lines({"mz"}));

    assembler.feed("abcdefgh");
    QVERIFY(assembler.pendingOverlong());
    assembler.clear();
    QVERIFY(assembler.pending().isEmpty());
    QVERIFY(!assembler.pendingOverlong());
}

QTEST_GUILESS_MAIN(TestLineAssembler)
#include "tst_lineassembler.moc"
