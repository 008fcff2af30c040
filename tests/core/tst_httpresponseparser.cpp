#include "foundry/HttpResponseParser.h"

#include <QTest>

using Failure = HttpResponseParser::Failure;

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeAnswer_data();
    void completeAnswer();
    void bodyUntilClose();
    void noBody_data();
    void noBody();
    void bytesAfterTheAnswerAreIgnored();
    void refused_data();
    void refused();
    void limitsHoldWhileReading_data();
    void limitsHoldWhileReading();
    void quotesForeignBytesEscaped();
};

namespace {

// Feeds the bytes in pieces of the given size, as a connection delivers them.
void feedInPieces(HttpResponseParser &parser, QByteArrayView bytes, qsizetype piece)
{
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        parser.feed(bytes.sliced(at, qMin(piece, bytes.size() - at)));
}

const QByteArray json = R"({"id":"abc","message":"ok"})";

} // namespace

void TestHttpResponseParser::completeAnswer_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-length") << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                           + QByteArray::number(json.size()) + "\r\n\r\n" + json
                                    << 200 << json;
    QTest::newRow("LF line ends, no reason") << QByteArray("HTTP/1.0 201\nContent-Length: 2\n\nhi") << 201 << QByteArray("hi");
    QTest::newRow("chunked, extension, trailer")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n5;name=value\r\n{\"id\"\r\nA \r\n:\"abc\"}   \r\n"
                      "0\r\nX-Trailer: 1\r\n\r\n")
        << 200 << QByteArray(R"({"id":"abc"}   )");
    QTest::newRow("100 continue first") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\nnone")
                                        << 404 << QByteArray("none");
    QTest::newRow("agreeing content-lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\ncontent-length: 3\r\n\r\nabc")
                                              << 200 << QByteArray("abc");
    QTest::newRow("zero length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << 200 << QByteArray();
}

void TestHttpResponseParser::completeAnswer()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    for (const qsizetype piece : {wire.size(), qsizetype(1), qsizetype(7)}) {
        HttpResponseParser parser;
        feedInPieces(parser, wire, piece);
        QVERIFY2(parser.isComplete(), qPrintable(parser.errorString()));
        QVERIFY(!parser.hasFailed());
        QCOMPARE(parser.response().status, status);
        QCOMPARE(parser.response().body, body);
    }
}

void TestHttpResponseParser::bodyUntilClose()
{
    HttpResponseParser parser;
    parser.feed("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nsome");
    parser.feed(" text");
    QVERIFY(!parser.isComplete());
    parser.endOfInput();
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.response().body, QByteArray("some text"));
    QCOMPARE(parser.response().header("content-type"), QByteArray("text/plain"));

    // A close before the announced length is an incomplete answer, not a short one.
    HttpResponseParser cut;
    cut.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
    cut.endOfInput();
    QVERIFY(!cut.isComplete());
    QVERIFY(!cut.hasFailed());
}

void TestHttpResponseParser::noBody_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("204") << QByteArray("DELETE") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n");
    QTest::newRow("304") << QByteArray("GET") << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n");
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n");
}

void TestHttpResponseParser::noBody()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, wire);

    HttpResponseParser parser(method);
    parser.feed(wire);
    QVERIFY(parser.isComplete());
    QVERIFY(parser.response().body.isEmpty());
}

void TestHttpResponseParser::bytesAfterTheAnswerAreIgnored()
{
    HttpResponseParser parser;
    parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 500 Oops\r\n\r\n");
    parser.feed("more");
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.response().status, 200);
    QCOMPARE(parser.response().body, QByteArray("ok"));
}

void TestHttpResponseParser::refused_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<Failure>("failure");

    const QByteArray ok = "HTTP/1.1 200 OK\r\n";
    QTest::newRow("not HTTP") << QByteArray("<html>\r\n") << Failure::Protocol;
    QTest::newRow("HTTP/2") << QByteArray("HTTP/2 200\r\n") << Failure::Protocol;
    QTest::newRow("four-digit status") << QByteArray("HTTP/1.1 2000 OK\r\n") << Failure::Protocol;
    QTest::newRow("signed status") << QByteArray("HTTP/1.1 +20 OK\r\n") << Failure::Protocol;
    QTest::newRow("status 600") << QByteArray("HTTP/1.1 600 Odd\r\n") << Failure::Protocol;
    QTest::newRow("status glued to reason") << QByteArray("HTTP/1.1 200OK\r\n") << Failure::Protocol;
    QTest::newRow("no colon") << ok + "Content-Length 5\r\n" << Failure::Protocol;
    QTest::newRow("space before colon") << ok + "Content-Length : 5\r\n" << Failure::Protocol;
    QTest::newRow("folded header") << ok + "X-A: 1\r\n continued\r\n" << Failure::Protocol;
    QTest::newRow("control character in value") << ok + "X-A: a\x1b]0;title\a\r\n" << Failure::Protocol;
    QTest::newRow("lone CR in value") << ok + "X-A: a\rX-B: b\r\n" << Failure::Protocol;
    QTest::newRow("signed content-length") << ok + "Content-Length: +5\r\n\r\n" << Failure::Protocol;
    QTest::newRow("negative content-length") << ok + "Content-Length: -1\r\n\r\n" << Failure::Protocol;
    QTest::newRow("list content-length") << ok + "Content-Length: 5, 5\r\n\r\n" << Failure::Protocol;
    QTest::newRow("disagreeing content-lengths") << ok + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n"
                                                  << Failure::Protocol;
    QTest::newRow("huge content-length") << ok + "Content-Length: 99999999999999999999999\r\n\r\n" << Failure::TooLarge;
    QTest::newRow("content-length over the limit")
        << ok + "Content-Length: " + QByteArray::number(HttpResponseParser::maxBodyBytes + 1) + "\r\n\r\n" << Failure::TooLarge;
    QTest::newRow("gzip") << ok + "Transfer-Encoding: gzip, chunked\r\n\r\n" << Failure::Protocol;
    QTest::newRow("chunk size 0x") << ok + "Transfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n" << Failure::Protocol;
    QTest::newRow("chunk size empty") << ok + "Transfer-Encoding: chunked\r\n\r\n\r\n" << Failure::Protocol;
    QTest::newRow("negative chunk size") << ok + "Transfer-Encoding: chunked\r\n\r\n-1\r\n" << Failure::Protocol;
    // Would overflow a 64-bit size if it were added up before it was compared.
    QTest::newRow("chunk size past 64 bits") << ok + "Transfer-Encoding: chunked\r\n\r\n1\r\na\r\n7fffffffffffffff\r\n"
                                             << Failure::TooLarge;
    QTest::newRow("chunk longer than its size") << ok + "Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n"
                                                << Failure::Protocol;
}

void TestHttpResponseParser::refused()
{
    QFETCH(QByteArray, wire);
    QFETCH(Failure, failure);

    for (const qsizetype piece : {wire.size(), qsizetype(1)}) {
        HttpResponseParser parser;
        feedInPieces(parser, wire, piece);
        QVERIFY(parser.hasFailed());
        QVERIFY(!parser.isComplete());
        QCOMPARE(parser.failure(), failure);
        QVERIFY(!parser.errorString().isEmpty());
        QVERIFY(parser.response().body.isEmpty());
    }
}

void TestHttpResponseParser::limitsHoldWhileReading_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("filler");

    const QByteArray ok = "HTTP/1.1 200 OK\r\n";
    QTest::newRow("endless status line") << QByteArray("HTTP/1.1 200 ") << QByteArray("x");
    QTest::newRow("endless header line") << ok + "X-A: " << QByteArray("x");
    QTest::newRow("endless headers") << ok << QByteArray("X-A: 1\r\n");
    QTest::newRow("endless interim answers") << QByteArray() << QByteArray("HTTP/1.1 100 Continue\r\n\r\n");
    QTest::newRow("endless body") << ok + "\r\n" << QByteArray("x");
    QTest::newRow("endless chunk line") << ok + "Transfer-Encoding: chunked\r\n\r\n1" << QByteArray("0");
    QTest::newRow("endless chunks") << ok + "Transfer-Encoding: chunked\r\n\r\n" << QByteArray("1\r\nx\r\n");
    QTest::newRow("endless trailers") << ok + "Transfer-Encoding: chunked\r\n\r\n0\r\n" << QByteArray("X-A: 1\r\n");
}

// The server never stops sending: the parser must fail within its limits, not grow without end.
void TestHttpResponseParser::limitsHoldWhileReading()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, filler);

    HttpResponseParser parser;
    parser.feed(head);
    const QByteArray piece = filler.repeated(qMax<qsizetype>(1, 4096 / filler.size()));
    const qsizetype limit = HttpResponseParser::maxHeaderBytes + HttpResponseParser::maxBodyBytes;
    qsizetype sent = head.size();
    while (!parser.hasFailed() && sent <= 2 * limit) {
        parser.feed(piece);
        sent += piece.size();
    }
    QVERIFY(parser.hasFailed());
    QCOMPARE(parser.failure(), Failure::TooLarge);
    QVERIFY(sent <= limit + piece.size());
}

void TestHttpResponseParser::quotesForeignBytesEscaped()
{
    HttpResponseParser parser;
    parser.feed("\x1b]0;owned\x07\x1b[2J\r\n");
    QVERIFY(parser.hasFailed());
    QVERIFY2(!parser.errorString().contains(QChar(0x1b)), qPrintable(parser.errorString()));
    QVERIFY2(parser.errorString().contains(QLatin1String("\\x1b")), qPrintable(parser.errorString()));
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
