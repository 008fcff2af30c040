#include "device/profiles/StationProtocolCodec.h"
#include "device/profiles/StationProtocolReply.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace {

// The SHA-256 of the certificate written in the example sessions of docs/station-protocol.md.
const QByteArray exampleDigest = "5f34a9a3c8f8d228763802563159dfac999ff049883234df6aa146cf631cc63d";

// A chunk line taken apart as a device reads it.
struct ChunkRequest
{
    QByteArray seq;
    qint64 offset = -1;
    QByteArray payload;
    quint32 crc = 0;
};

std::optional<ChunkRequest> readChunkLine(const QByteArray &line)
{
    if (!line.endsWith("\r\n"))
        return std::nullopt;
    const QList<QByteArray> words = line.chopped(2).split(' ');
    if (words.size() != 5 || !words.at(0).startsWith('@') || words.at(1) != "CHUNK" || words.at(4).size() != 8)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(words.at(3), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    ChunkRequest request;
    bool offsetRead = false;
    bool crcRead = false;
    request.seq = words.at(0).mid(1);
    request.offset = words.at(2).toLongLong(&offsetRead);
    request.payload = decoded.decoded;
    request.crc = words.at(4).toUInt(&crcRead, 16);
    if (!offsetRead || !crcRead)
        return std::nullopt;
    return request;
}

} // namespace

class TestStationProtocolCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crcVectors_data();
    void crcVectors();
    void exampleSession();
    void requestLines();
    void chunkRoundTrip_data();
    void chunkRoundTrip();
    void longestChunkLineFitsTheDevice_data();
    void longestChunkLineFitsTheDevice();
    void typeNames();
    void exampleSessionReplies();
    void hostileReplies_data();
    void hostileReplies();
    void longestReplyIsBounded();
    void numbers_data();
    void numbers();
    void damagedRepliesAreRecognised();
};

void TestStationProtocolCodec::crcVectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("crc");
    // Section 4.2.
    QTest::newRow("check") << QByteArray("123456789") << 0xcbf43926u;
    QTest::newRow("empty") << QByteArray() << 0x00000000u;
    QTest::newRow("f") << QByteArray("f") << 0x76d32be0u;
    QTest::newRow("foobar") << QByteArray("foobar") << 0x9ef61f95u;
    // Every byte value, so that a sign-extended char shows: zlib.crc32(bytes(range(256))).
    QByteArray all(256, '\0');
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    QTest::newRow("every byte value") << all << 0x29058c73u;
}

void TestStationProtocolCodec::crcVectors()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, crc);
    QCOMPARE(StationProtocolCodec::crc32(data), crc);
}

// The example sessions of docs/station-protocol.md, section 9, as the station protocol's C library
// produced them (its own test checks the file against its output): "> " lines the host sent, "< "
// lines the device sent.
void TestStationProtocolCodec::exampleSession()
{
    QFile file(QStringLiteral(STATION_EXAMPLE_SESSION));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QMap<QByteArray, QByteArray> replies; // by sequence number
    QList<QByteArray> chunkRequests;
    QByteArray writeRequest;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QByteArray text = line.mid(2);
        if (line.startsWith("< =")) {
            // Every reply the library sends is read, with the number of its request.
            const std::optional<StationProtocolReply> reply = StationProtocolReply::parse(text);
            QVERIFY2(reply, text.constData());
            const QByteArray seq = text.mid(1, text.indexOf(' ') - 1);
            QCOMPARE(reply->seq, seq == "-" ? -1 : seq.toInt());
            QCOMPARE(reply->line, text);
            replies.insert(seq, text);
        } else if (line.startsWith("< ")) {
            QVERIFY2(!StationProtocolReply::parse(text), text.constData());
        } else if (line.startsWith("> ") && text.contains(" CHUNK ")) {
            chunkRequests << text + "\r\n";
        } else if (line.startsWith("> ") && writeRequest.isEmpty() && text.contains(" WRITE ")) {
            writeRequest = text;
        }
    }
    QCOMPARE(chunkRequests.size(), 8);

    // The certificate, from the chunks the device accepted, decoded independently of the codec.
    QMap<qint64, QByteArray> accepted;
    for (const QByteArray &line : std::as_const(chunkRequests)) {
        const std::optional<ChunkRequest> chunk = readChunkLine(line);
        QVERIFY2(chunk, line.constData());
        if (!replies.value(chunk->seq).contains(" ERR 6 "))
            accepted.insert(chunk->offset, chunk->payload);
    }
    QByteArray certificate;
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it) {
        QCOMPARE(it.key(), qint64(certificate.size()));
        certificate += it.value();
    }
    const QList<QByteArray> write = writeRequest.split(' ');
    QCOMPARE(write.value(4).toLongLong(), qint64(certificate.size()));
    QCOMPARE(write.value(5), exampleDigest);
    QCOMPARE(QCryptographicHash::hash(certificate, QCryptographicHash::Sha256).toHex(), exampleDigest);

    // Byte for byte what the station sends: framing, base64 and CRC at once. The chunk damaged on
    // the wire is what the device's CRC check caught.
    const qint64 chunkBytes = StationProtocolCodec::chunkPayloadBytes(357, 512, 256);
    for (const QByteArray &line : std::as_const(chunkRequests)) {
        const std::optional<ChunkRequest> chunk = readChunkLine(line);
        const QByteArray expected = certificate.mid(chunk->offset, chunkBytes);
        const QByteArray built = StationProtocolCodec::chunkLine(quint16(chunk->seq.toUInt()), chunk->offset, expected);
        if (replies.value(chunk->seq).contains(" ERR 6 ")) {
            QVERIFY(built != line);
            QVERIFY(StationProtocolCodec::crc32(chunk->payload) != chunk->crc);
        } else {
            QCOMPARE(built, line);
        }
    }
    QCOMPARE(StationProtocolCodec::chunkLine(7, 0, "foobar"), QByteArray("@7 CHUNK 0 Zm9vYmFy 9ef61f95\r\n"));
}

void TestStationProtocolCodec::requestLines()
{
    using Codec = StationProtocolCodec;
    QCOMPARE(Codec::requestLine(1, "HELLO", {"1"}), QByteArray("@1 HELLO 1\r\n"));
    QCOMPARE(Codec::requestLine(2, "WRITE", {"0", "CERT", "599", exampleDigest}),
             "@2 WRITE 0 CERT 599 " + exampleDigest + "\r\n");
    QCOMPARE(Codec::requestLine(7, "COMMIT"), QByteArray("@7 COMMIT\r\n"));
    QCOMPARE(Codec::requestLine(65535, "LIST", {"3"}), QByteArray("@65535 LIST 3\r\n"));
    QCOMPARE(Codec::requestLine(0, "DELETE", {"0", "CERT"}), QByteArray("@0 DELETE 0 CERT\r\n"));
    // Section 3.7: the longest WRITE, which decides when a device needs its input paced.
    const QByteArray longestWrite = Codec::requestLine(65535, "WRITE", {"255", "CERT", "4294967295", exampleDigest});
    QCOMPARE(qint64(longestWrite.size()), Codec::longestRequestLine);
}

void TestStationProtocolCodec::chunkRoundTrip_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qint64>("offset");
    // Every length modulo 3 exercises another padding of base64.
    QTest::newRow("one byte") << QByteArray("A") << 0LL;
    QTest::newRow("two bytes") << QByteArray("AB") << 3LL;
    QTest::newRow("three bytes") << QByteArray("ABC") << 5LL;
    QTest::newRow("four bytes") << QByteArray("\xff\x00\x80\x7f", 4) << 4294967295LL;
    QByteArray all(256, '\0');
    for (int i = 0; i < 256; ++i)
        all[i] = char(255 - i);
    QTest::newRow("every byte value") << all << 165LL;
    QTest::newRow("the largest chunk of a 512-byte line") << QByteArray(357, '\n') << 357LL;
}

// What the station sends, read back by an independent strict decoder, is what it meant to send.
void TestStationProtocolCodec::chunkRoundTrip()
{
    QFETCH(QByteArray, payload);
    QFETCH(qint64, offset);
    const QByteArray line = StationProtocolCodec::chunkLine(65535, offset, payload);
    const std::optional<ChunkRequest> read = readChunkLine(line);
    QVERIFY2(read, line.constData());
    QCOMPARE(read->seq, QByteArray("65535"));
    QCOMPARE(read->offset, offset);
    QCOMPARE(read->payload, payload);
    QCOMPARE(read->crc, StationProtocolCodec::crc32(payload));
    // A single flipped bit, anywhere, changes the check the device compares.
    for (qsizetype i = 0; i < payload.size(); ++i) {
        QByteArray damaged = payload;
        damaged[i] = char(damaged.at(i) ^ 0x01);
        QVERIFY2(StationProtocolCodec::crc32(damaged) != read->crc, qPrintable(QString::number(i)));
    }
}

void TestStationProtocolCodec::longestChunkLineFitsTheDevice_data()
{
    QTest::addColumn<qint64>("chunk");
    QTest::addColumn<qint64>("lineLimit");
    QTest::addColumn<qint64>("rxbuf");
    QTest::newRow("the specification's example") << 357LL << 512LL << 256LL;
    QTest::newRow("line shorter than the buffer") << 357LL << 128LL << 1024LL;
    QTest::newRow("the smallest buffer") << 357LL << 512LL << 39LL;
    QTest::newRow("a buffer one short of a quantum more") << 357LL << 512LL << 42LL;
    QTest::newRow("the C library's default") << 357LL << 512LL << 512LL;
}

// Section 3.7: with the largest sequence number and offset, a chunk of chunkPayloadBytes() still
// fits in min(line, rxbuf) bytes, CRLF included.
void TestStationProtocolCodec::longestChunkLineFitsTheDevice()
{
    QFETCH(qint64, chunk);
    QFETCH(qint64, lineLimit);
    QFETCH(qint64, rxbuf);
    const qint64 bytes = StationProtocolCodec::chunkPayloadBytes(chunk, lineLimit, rxbuf);
    QVERIFY(bytes > 0);
    const QByteArray line = StationProtocolCodec::chunkLine(65535, 4294967295LL, QByteArray(bytes, 'x'));
    QVERIFY2(qint64(line.size()) <= qMin(lineLimit, rxbuf), qPrintable(QString::number(line.size())));
    QCOMPARE(qint64(line.size()) - (bytes + 2) / 3 * 4, StationProtocolCodec::chunkLineOverhead);
}

void TestStationProtocolCodec::typeNames()
{
    using Codec = StationProtocolCodec;
    for (const CredentialKind kind : {CredentialKind::Certificate, CredentialKind::PrivateKey,
                                      CredentialKind::CaCertificate}) {
        QCOMPARE(Codec::kindFromType(Codec::typeName(kind)), std::optional(kind));
        // Type names are case-insensitive (section 3.2).
        QCOMPARE(Codec::kindFromType(Codec::typeName(kind).toLower()), std::optional(kind));
    }
    QCOMPARE(Codec::typeName(CredentialKind::PrivateKey), QByteArray("KEY"));
    QVERIFY(!Codec::kindFromType("PSK"));
    QVERIFY(!Codec::kindFromType(""));
}

void TestStationProtocolCodec::exampleSessionReplies()
{
    using Reply = StationProtocolReply;
    const auto hello = Reply::parse("=1 OK HELLO proto=1 serial=FPS-DEMO-0042 fw=2.3.0 line=512 chunk=357 "
                                    "cred=4096 slots=4 rxbuf=256 types=CERT,KEY,CA");
    QVERIFY(hello);
    QCOMPARE(hello->type, Reply::Type::Ok);
    QCOMPARE(hello->seq, 1);
    const QList<QByteArray> keys{"proto", "serial", "fw", "line", "chunk", "cred", "slots", "rxbuf", "types"};
    QCOMPARE(hello->keys, keys);
    QCOMPARE(hello->fields.value("serial"), QByteArray("FPS-DEMO-0042"));
    QCOMPARE(hello->number("rxbuf"), std::optional<qint64>(256));
    QVERIFY(!hello->number("serial"));

    const auto badCrc = Reply::parse("=26 ERR 6 bad crc");
    QVERIFY(badCrc);
    QCOMPARE(badCrc->type, Reply::Type::Error);
    QCOMPARE(badCrc->seq, 26);
    QCOMPARE(badCrc->code, int(StationProtocolCodec::badCrc));
    QCOMPARE(badCrc->text, QByteArray("bad crc"));
    QVERIFY(badCrc->fields.isEmpty());

    const auto badBase64 = Reply::parse("=26 ERR 5 bad base64");
    QVERIFY(badBase64);
    QCOMPARE(badBase64->code, int(StationProtocolCodec::badBase64));

    const auto outOfOrder = Reply::parse("=29 ERR 7 out of order offset expected=165");
    QVERIFY(outOfOrder);
    QCOMPARE(outOfOrder->text, QByteArray("out of order offset"));
    QCOMPARE(outOfOrder->number("expected"), std::optional<qint64>(165));

    const auto item = Reply::parse("=9 ITEM slot=0 type=CERT length=599 sha256=" + exampleDigest);
    QVERIFY(item);
    QCOMPARE(item->type, Reply::Type::Item);
    QCOMPARE(item->fields.value("sha256"), exampleDigest);

    const auto unnumbered = Reply::parse("=- ERR 1 malformed line");
    QVERIFY(unnumbered);
    QCOMPARE(unnumbered->seq, -1);
    QCOMPARE(unnumbered->code, 1);

    // Runs of spaces count as one; the line is kept as the device sent it, for messages.
    const auto spaced = Reply::parse("=65535  OK   CHUNK  next=599");
    QVERIFY(spaced);
    QCOMPARE(spaced->seq, 65535);
    QCOMPARE(spaced->number("next"), std::optional<qint64>(599));
    QCOMPARE(spaced->line, QByteArray("=65535  OK   CHUNK  next=599"));
}

void TestStationProtocolCodec::hostileReplies_data()
{
    QTest::addColumn<QByteArray>("line");
    const QByteArray valid = "=5 OK CHUNK next=165";
    QVERIFY(StationProtocolReply::parse(valid));
    // Truncated on the way.
    QTest::newRow("only the mark") << QByteArray("=");
    QTest::newRow("only the number") << QByteArray("=5");
    QTest::newRow("OK without verb") << QByteArray("=5 OK");
    QTest::newRow("ERR without code") << QByteArray("=5 ERR");
    QTest::newRow("ERR without text") << QByteArray("=4 ERR 6");
    QTest::newRow("ERR with only fields") << QByteArray("=29 ERR 7 expected=165");
    QTest::newRow("ITEM without fields") << QByteArray("=9 ITEM");
    QTest::newRow("field cut before its =") << QByteArray("=5 OK CHUNK next");
    // Sequence numbers no host sends.
    QTest::newRow("sequence number too large") << QByteArray("=65536 OK CHUNK next=165");
    QTest::newRow("sequence number too long") << QByteArray("=000005 OK CHUNK next=165");
    QTest::newRow("signed sequence number") << QByteArray("=+5 OK CHUNK next=165");
    QTest::newRow("negative sequence number") << QByteArray("=-5 OK CHUNK next=165");
    QTest::newRow("hexadecimal sequence number") << QByteArray("=0x5 OK CHUNK next=165");
    // Bad CRC or base64 as the device reports them, damaged.
    QTest::newRow("code too long") << QByteArray("=4 ERR 1006 bad crc");
    QTest::newRow("code not a number") << QByteArray("=4 ERR 6x bad crc");
    QTest::newRow("code missing before the text") << QByteArray("=4 ERR bad base64");
    // Keywords and keys the protocol does not have.
    QTest::newRow("lower-case keyword") << QByteArray("=5 ok CHUNK next=165");
    QTest::newRow("unknown keyword") << QByteArray("=5 YES CHUNK next=165");
    QTest::newRow("field where the verb goes") << QByteArray("=5 OK next=165");
    QTest::newRow("upper-case key") << QByteArray("=5 OK CHUNK Next=165");
    QTest::newRow("empty key") << QByteArray("=5 OK CHUNK =165");
    QTest::newRow("word among fields") << QByteArray("=5 OK CHUNK next=165 garbage");
    // Control characters and bytes outside ASCII (section 3.1 allows 0x20 to 0x7e).
    QTest::newRow("NUL") << valid.left(17) + '\0' + valid.mid(17);
    QTest::newRow("tab") << QByteArray("=5 OK CHUNK\tnext=165");
    QTest::newRow("tab in a value") << valid + '\t';
    QTest::newRow("escape") << QByteArray("=5 OK CHUNK next=165\x1b[2J");
    QTest::newRow("bell") << QByteArray("=1 OK HELLO proto=1 serial=FPS\x07 fw=2.3.0");
    QTest::newRow("carriage return") << valid + '\r' + valid;
    QTest::newRow("DEL") << valid + '\x7f';
    QTest::newRow("C1 CSI") << QByteArray("=5 \x9b[2J OK CHUNK next=165");
    QTest::newRow("UTF-8") << QByteArray("=1 OK HELLO proto=1 serial=F\xc3\xa9 fw=2.3.0");
    // Longer than any reply a device may send (section 3.1).
    const QByteArray oneTooLong = valid + " x=" + QByteArray(StationProtocolReply::maxLineLength + 1 - valid.size() - 3, 'a');
    QCOMPARE(oneTooLong.size(), StationProtocolReply::maxLineLength + 1);
    QTest::newRow("one byte too long") << oneTooLong;
    QTest::newRow("the longest line read") << valid + " x=" + QByteArray(4096 - valid.size() - 3, '9');
    // Not replies at all.
    QTest::newRow("log line") << QByteArray("[00:00:07.412,000] <inf> prov: staging slot 0 CERT");
    QTest::newRow("request echoed") << QByteArray("@5 CHUNK 0 Zm9vYmFy 9ef61f95");
    QTest::newRow("empty") << QByteArray();
}

void TestStationProtocolCodec::hostileReplies()
{
    QFETCH(QByteArray, line);
    const std::optional<StationProtocolReply> reply = StationProtocolReply::parse(line);
    QVERIFY2(!reply, qPrintable(QString::fromLatin1(reply ? reply->line.left(200).toPercentEncoding(" =") : QByteArray())));
}

// A reply of the largest size a device may send is read; one byte more is not.
void TestStationProtocolCodec::longestReplyIsBounded()
{
    const QByteArray start = "=65535 OK COMMIT slot=255 type=CERT length=4294967295 sha256=" + exampleDigest + " x=";
    const QByteArray longest = start + QByteArray(StationProtocolReply::maxLineLength - start.size(), 'y');
    QCOMPARE(longest.size(), StationProtocolReply::maxLineLength);
    const std::optional<StationProtocolReply> reply = StationProtocolReply::parse(longest);
    QVERIFY(reply);
    QCOMPARE(reply->fields.value("sha256"), exampleDigest);
    QVERIFY(!StationProtocolReply::parse(longest + 'y'));
}

void TestStationProtocolCodec::numbers_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<std::optional<qint64>>("number");
    QTest::newRow("zero") << QByteArray("0") << std::optional<qint64>(0);
    QTest::newRow("leading zeros") << QByteArray("0165") << std::optional<qint64>(165);
    QTest::newRow("ten digits") << QByteArray("4294967295") << std::optional<qint64>(4294967295LL);
    QTest::newRow("eleven digits") << QByteArray("42949672950") << std::optional<qint64>();
    QTest::newRow("plus sign") << QByteArray("+165") << std::optional<qint64>();
    QTest::newRow("minus sign") << QByteArray("-1") << std::optional<qint64>();
    QTest::newRow("hexadecimal") << QByteArray("0x10") << std::optional<qint64>();
    QTest::newRow("exponent") << QByteArray("1e3") << std::optional<qint64>();
    QTest::newRow("empty") << QByteArray() << std::optional<qint64>();
}

void TestStationProtocolCodec::numbers()
{
    QFETCH(QByteArray, value);
    QFETCH(std::optional<qint64>, number);
    const std::optional<StationProtocolReply> reply = StationProtocolReply::parse("=5 OK CHUNK next=" + value);
    QVERIFY(reply);
    QCOMPARE(reply->number("next"), number);
    QVERIFY(!reply->number("missing"));
}

// Section 3.5: no log line starts like a reply, so one that does and cannot be read was damaged.
void TestStationProtocolCodec::damagedRepliesAreRecognised()
{
    using Reply = StationProtocolReply;
    QVERIFY(Reply::looksLikeReply("=5 \x9b[2J HELLO garbled"));
    QVERIFY(Reply::looksLikeReply("=- ERR"));
    QVERIFY(!Reply::looksLikeReply("="));
    QVERIFY(!Reply::looksLikeReply("=a"));
    QVERIFY(!Reply::looksLikeReply("[00:00:07.412,000] <inf> prov: =5 OK"));
}

QTEST_GUILESS_MAIN(TestStationProtocolCodec)
#include "tst_stationprotocolcodec.moc"
