#include "device/smp/CborValue.h"
#include "device/smp/CborWriter.h"
#include "device/smp/SmpFileLayout.h"
#include "device/smp/SmpFrameDecoder.h"
#include "device/smp/SmpHeader.h"
#include "device/smp/SmpResponse.h"
#include "device/smp/SmpSerialFraming.h"

#include <QTest>

// The pieces of MCUmgr's SMP over a serial console, against vectors worked out from the
// specifications (RFC 8949 appendix A for CBOR, Zephyr's smp_transport.rst and smp_protocol.rst)
// and computed outside the station.
class TestSmpCodec : public QObject
{
    Q_OBJECT

private:
    static QByteArray echoRequest()
    {
        // SMP version 2 write to OS group 0, command 0 (echo), sequence 0: {"d": "Hello world!"}.
        return QByteArray::fromHex("0a00001000000000a161646c") + "Hello world!";
    }

private Q_SLOTS:
    void crc16IsXmodem()
    {
        QCOMPARE(SmpSerialFraming::crc16("123456789"), quint16(0x31C3));
        QCOMPARE(SmpSerialFraming::crc16(""), quint16(0));
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        QCOMPARE(SmpSerialFraming::crc16(all), quint16(0x7E55));
    }

    void shortPacketIsOneFrame()
    {
        QCOMPARE(SmpSerialFraming::encode(echoRequest()),
                 QByteArray("\x06\x09" "ABoKAAAQAAAAAKFhZGxIZWxsbyB3b3JsZCG8Ew==\n"));
    }

    void longPacketIsCutInto127ByteFrames()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        const QByteArray frames = SmpSerialFraming::encode(all);
        const QList<QByteArray> lines = frames.chopped(1).split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).size() + 1, 127);
        QCOMPARE(lines.at(1).size() + 1, 127);
        QCOMPARE(lines.at(2).size() + 1, 103);
        QVERIFY(lines.at(0).startsWith("\x06\x09"));
        QVERIFY(lines.at(1).startsWith("\x04\x14"));
        QVERIFY(lines.at(2).startsWith("\x04\x14"));

        SmpFrameDecoder decoder;
        QList<SmpFrameDecoder::Event> events;
        // In pieces, as a serial port delivers them.
        for (qsizetype i = 0; i < frames.size(); i += 7)
            events += decoder.feed(QByteArrayView(frames).sliced(i, qMin<qsizetype>(7, frames.size() - i)));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).kind, SmpFrameDecoder::Event::Kind::Packet);
        QCOMPARE(events.at(0).body, all);
    }

    void decoderTellsShellTextFromFrames()
    {
        SmpFrameDecoder decoder;
        const QList<SmpFrameDecoder::Event> events = decoder.feed(
            "uart:~$ AT\r\nAT: command not found\r\n" + SmpSerialFraming::encode(echoRequest()) + "uart:~$ ");
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).kind, SmpFrameDecoder::Event::Kind::Text);
        QCOMPARE(events.at(0).body, QByteArray("uart:~$ AT"));
        QCOMPARE(events.at(1).body, QByteArray("AT: command not found"));
        QCOMPARE(events.at(2).kind, SmpFrameDecoder::Event::Kind::Packet);
        QCOMPARE(events.at(2).body, echoRequest());
    }

    // After a log line the shell prints its prompt again, with no line end, and the answer's first
    // frame follows on the same line.
    void frameAfterAPromptIsRead()
    {
        SmpFrameDecoder decoder;
        const QList<SmpFrameDecoder::Event> events =
            decoder.feed("\r\n[00:00:01.000,000] <inf> app: up\r\nuart:~$ " + SmpSerialFraming::encode(echoRequest()));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).kind, SmpFrameDecoder::Event::Kind::Text);
        QCOMPARE(events.at(1).body, QByteArray("uart:~$ "));
        QCOMPARE(events.at(2).kind, SmpFrameDecoder::Event::Kind::Packet);
        QCOMPARE(events.at(2).body, echoRequest());
    }

    void damagedFramesAreReportedNotGuessed_data()
    {
        QTest::addColumn<QByteArray>("frames");
        QByteArray crcFlipped = SmpSerialFraming::encode(echoRequest());
        crcFlipped[crcFlipped.size() - 5] = crcFlipped.at(crcFlipped.size() - 5) == 'A' ? 'B' : 'A';
        QTest::newRow("crc") << crcFlipped;
        QTest::newRow("not base64") << QByteArray("\x06\x09" "AB*=\n");
        QTest::newRow("no length") << QByteArray("\x06\x09" "AA==\n");
        QTest::newRow("length without room for a CRC") << QByteArray("\x06\x09" "AAEA\n");
        QTest::newRow("longer than the station reads") << QByteArray("\x06\x09" "//8A\n");
        QTest::newRow("overlong frame") << QByteArray("\x06\x09") + QByteArray(200, 'A') + '\n';
        QByteArray cut = SmpSerialFraming::encode(QByteArray(200, 'x'));
        cut = cut.left(cut.indexOf('\n') + 1) + SmpSerialFraming::encode(echoRequest());
        QTest::newRow("packet cut short by the next") << cut;
    }

    void damagedFramesAreReportedNotGuessed()
    {
        QFETCH(QByteArray, frames);
        SmpFrameDecoder decoder(1024);
        const QList<SmpFrameDecoder::Event> events = decoder.feed(frames);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.at(0).kind, SmpFrameDecoder::Event::Kind::Damaged);
        QVERIFY(events.at(0).reason);
        // A good packet after damage is still read.
        const QList<SmpFrameDecoder::Event> after = decoder.feed(SmpSerialFraming::encode(echoRequest()));
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.at(0).kind, SmpFrameDecoder::Event::Kind::Packet);
    }

    void continuationWithoutStartIsIgnored()
    {
        SmpFrameDecoder decoder;
        QVERIFY(decoder.feed("\x04\x14" "AAAA\n").isEmpty());
    }

    void headerVectors()
    {
        const std::optional<SmpHeader> request = SmpHeader::decode(echoRequest());
        QVERIFY(request);
        QCOMPARE(request->op, SmpHeader::Op::Write);
        QCOMPARE(request->version, SmpHeader::version2);
        QCOMPARE(request->length, quint16(16));
        QCOMPARE(request->group, quint16(0));
        QCOMPARE(request->command, quint8(0));
        QCOMPARE(request->encode(), echoRequest().left(8));

        SmpHeader upload;
        upload.op = SmpHeader::Op::Write;
        upload.length = 0x1234;
        upload.group = 8;
        upload.sequence = 0xfe;
        upload.command = 0;
        QCOMPARE(upload.encode(), QByteArray::fromHex("0a0012340008fe00"));
        QVERIFY(!SmpHeader::decode(QByteArray::fromHex("0a00001000000000").left(7)));
        QVERIFY(!SmpHeader::decode(QByteArray::fromHex("2a00000000000000")));
        QVERIFY(!SmpHeader::decode(QByteArray::fromHex("0e00000000000000")));
    }

    void cborWriterVectors()
    {
        QCOMPARE(CborWriter().unsignedInteger(0).data(), QByteArray::fromHex("00"));
        QCOMPARE(CborWriter().unsignedInteger(23).data(), QByteArray::fromHex("17"));
        QCOMPARE(CborWriter().unsignedInteger(24).data(), QByteArray::fromHex("1818"));
        QCOMPARE(CborWriter().unsignedInteger(1000).data(), QByteArray::fromHex("1903e8"));
        QCOMPARE(CborWriter().unsignedInteger(1000000).data(), QByteArray::fromHex("1a000f4240"));
        QCOMPARE(CborWriter().unsignedInteger(1000000000000).data(), QByteArray::fromHex("1b000000e8d4a51000"));
        QCOMPARE(CborWriter().integer(-1).data(), QByteArray::fromHex("20"));
        QCOMPARE(CborWriter().integer(-1000).data(), QByteArray::fromHex("3903e7"));
        QCOMPARE(CborWriter().bytes(QByteArray::fromHex("01020304")).data(), QByteArray::fromHex("4401020304"));
        QCOMPARE(CborWriter().text("IETF").data(), QByteArray::fromHex("6449455446"));
        QCOMPARE(CborWriter().boolean(false).data(), QByteArray::fromHex("f4"));
        QCOMPARE(CborWriter().boolean(true).data(), QByteArray::fromHex("f5"));
        CborWriter map;
        map.map(2).text("a").unsignedInteger(1).text("b").array(2).unsignedInteger(2).unsignedInteger(3);
        QCOMPARE(map.data(), QByteArray::fromHex("a26161016162820203"));
    }

    void cborReaderVectors()
    {
        QCOMPARE(CborValue::decode(QByteArray::fromHex("1b000000e8d4a51000"))->integer(), qint64(1000000000000));
        QCOMPARE(CborValue::decode(QByteArray::fromHex("3903e7"))->integer(), qint64(-1000));
        QCOMPARE(CborValue::decode(QByteArray::fromHex("f5"))->boolean(), true);
        QCOMPARE(CborValue::decode(QByteArray::fromHex("6449455446"))->bytes(), QByteArray("IETF"));
        QCOMPARE(CborValue::decode(QByteArray::fromHex("f6"))->type(), CborValue::Type::Null);
        // 2^64 - 1 is a CBOR unsigned integer, but no signed one.
        QVERIFY(!CborValue::decode(QByteArray::fromHex("1bffffffffffffffff"))->integer());

        // Indefinite map with an indefinite array inside, as zcbor writes: {_ "a": 1, "b": [_ 2, 3]}.
        const std::optional<CborValue> indefinite = CborValue::decode(QByteArray::fromHex("bf61610161629f0203ffff"));
        QVERIFY(indefinite);
        QVERIFY(indefinite->isMap());
        QCOMPARE(indefinite->value("a")->integer(), qint64(1));
        QCOMPARE(indefinite->value("b")->elements().size(), size_t(2));
        QCOMPARE(indefinite->value("b")->elements().at(1).integer(), qint64(3));
        QVERIFY(!indefinite->value("c"));
    }

    void cborReaderRefusesWhatSmpNeverSends_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut integer") << QByteArray::fromHex("1a000f42");
        QTest::newRow("string longer than what remains") << QByteArray::fromHex("6549455446");
        QTest::newRow("huge string length") << QByteArray::fromHex("7bffffffffffffffff");
        QTest::newRow("map count beyond the bytes") << QByteArray::fromHex("bbffffffffffffffff");
        QTest::newRow("unclosed indefinite map") << QByteArray::fromHex("bf616101");
        QTest::newRow("lone break") << QByteArray::fromHex("ff");
        QTest::newRow("indefinite string") << QByteArray::fromHex("7f6161ff");
        QTest::newRow("tag") << QByteArray::fromHex("c11a514b67b0");
        QTest::newRow("float") << QByteArray::fromHex("f93c00");
        QTest::newRow("trailing bytes") << QByteArray::fromHex("0000");
        QTest::newRow("too deep") << QByteArray(20, char(0x81)) + QByteArray::fromHex("00");
        QTest::newRow("too many items") << QByteArray::fromHex("9f") + QByteArray(1000, char(0)) + QByteArray::fromHex("ff");
    }

    void cborReaderRefusesWhatSmpNeverSends()
    {
        QFETCH(QByteArray, bytes);
        const char *error = nullptr;
        QVERIFY(!CborValue::decode(bytes, &error));
        QVERIFY(error);
    }

    void responseErrorForms()
    {
        // Version 1: {_ "rc": 8} (not supported).
        const std::optional<SmpResponse> version1 = SmpResponse::parse(QByteArray::fromHex("03000006000801"
                                                                                           "00bf62726308ff"));
        QVERIFY(version1);
        QCOMPARE(version1->rc, int(SmpResponse::NotSupported));
        QVERIFY(!version1->errorGroup);
        QCOMPARE(version1->header.group, quint16(8));

        // Version 2: {_ "err": {_ "group": 8, "rc": 3}}.
        CborWriter body;
        body.map(1).text("err").map(2).text("group").unsignedInteger(8).text("rc").unsignedInteger(3);
        SmpHeader header;
        header.op = SmpHeader::Op::WriteResponse;
        header.group = 8;
        header.length = quint16(body.size());
        const std::optional<SmpResponse> version2 = SmpResponse::parse(header.encode() + body.data());
        QVERIFY(version2);
        QCOMPARE(version2->rc, 3);
        QCOMPARE(version2->errorGroup, 8);
        QVERIFY(!version2->succeeded());

        // The echo answer from the SMP specification's example, {"r": "Hi!"}: success.
        const std::optional<SmpResponse> echo = SmpResponse::parse(QByteArray::fromHex("0b00000700008c00a1617263486921"));
        QVERIFY(echo);
        QVERIFY(echo->succeeded());
        QCOMPARE(echo->header.sequence, quint8(0x8c));
        QCOMPARE(echo->body.value("r")->bytes(), QByteArray("Hi!"));

        // A request is no response; a length that disagrees, a body that is no map and an rc that is no
        // integer are refused.
        QVERIFY(!SmpResponse::parse(echoRequest()));
        QVERIFY(!SmpResponse::parse(QByteArray::fromHex("0b00000800008c00a1617263486921")));
        QVERIFY(!SmpResponse::parse(QByteArray::fromHex("0b0000010000000000")));
        QVERIFY(!SmpResponse::parse(QByteArray::fromHex("0b00000600000000a16272636178")));
    }

    // A path from station.ini is foreign text: whichever check it fails, the message shows it escaped.
    void fileLayoutProblemsQuoteThePathEscaped_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("shown");
        QTest::newRow("not absolute") << QStringLiteral("cred\x1b[2J/{slot}.crt") << QStringLiteral("cred\\x1b[2J/{slot}.crt");
        QTest::newRow("too long") << QStringLiteral("/lfs/\x1b]0;title\a/") + QString(64, QLatin1Char('c')) + QStringLiteral("/{slot}")
                                  << QStringLiteral("/lfs/\\x1b]0;title\\x07/");
        QTest::newRow("control character") << QStringLiteral("/lfs/\r{slot}.crt") << QStringLiteral("/lfs/\\r{slot}.crt");
    }

    void fileLayoutProblemsQuoteThePathEscaped()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, shown);
        SmpFileLayout layout = SmpFileLayout::defaults();
        layout.certificatePath = pattern;
        const QString problem = layout.problem();
        QVERIFY2(problem.contains(shown), qPrintable(problem));
        for (const QChar c : problem)
            QVERIFY2(c.unicode() >= 0x20, qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestSmpCodec)
#include "tst_smpcodec.moc"
