#include "foundry/FoundryAnswer.h"
#include "TestMain.h"

#include <QJsonDocument>
#include <QJsonObject>

using Kind = FoundryError::Kind;
using Expected = FoundryAnswer::Expected;

class TestFoundryAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgement_data();
    void acknowledgement();
    void certificateNeedsJson_data();
    void certificateNeedsJson();
    void failureQuotesFoundryEscaped();
    void retryAfterIsBounded();
    void jsonContentType_data();
    void jsonContentType();

private:
    static HttpResponse response(int status, const QByteArray &contentType, const QByteArray &body);
};

HttpResponse TestFoundryAnswer::response(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    if (!contentType.isEmpty())
        response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    response.body = body;
    return response;
}

void TestFoundryAnswer::acknowledgement_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind"); // None: success

    const QByteArray json = "application/json";
    QTest::newRow("message") << 200 << json << QByteArray(R"({"message":"certificate provisioned"})") << Kind::None;
    QTest::newRow("empty object") << 200 << json << QByteArray("{}") << Kind::None;
    QTest::newRow("charset parameter") << 200 << QByteArray("Application/JSON; charset=utf-8") << QByteArray("{}") << Kind::None;
    QTest::newRow("created") << 201 << json << QByteArray("{}") << Kind::None;
    QTest::newRow("no content") << 204 << QByteArray() << QByteArray() << Kind::None;

    // A captive portal or a proxy's login page: not Foundry, so not done.
    QTest::newRow("html login page") << 200 << QByteArray("text/html; charset=utf-8")
                                     << QByteArray("<html><body><form>Sign in</form></body></html>")
                                     << Kind::MalformedResponse;
    QTest::newRow("json body labelled html") << 200 << QByteArray("text/html") << QByteArray("{}") << Kind::MalformedResponse;
    QTest::newRow("no content type") << 200 << QByteArray() << QByteArray("{}") << Kind::MalformedResponse;
    QTest::newRow("empty 200") << 200 << json << QByteArray() << Kind::MalformedResponse;
    QTest::newRow("json array") << 200 << json << QByteArray("[]") << Kind::MalformedResponse;
    QTest::newRow("json string") << 200 << json << QByteArray("\"ok\"") << Kind::MalformedResponse;
    QTest::newRow("broken json") << 200 << json << QByteArray("{\"message\":") << Kind::MalformedResponse;
    QTest::newRow("accepted is not done") << 202 << json << QByteArray("{}") << Kind::MalformedResponse;
    QTest::newRow("204 with a body") << 204 << QByteArray("text/html") << QByteArray("<html/>") << Kind::MalformedResponse;
    QTest::newRow("non-authoritative") << 203 << json << QByteArray("{}") << Kind::MalformedResponse;
    QTest::newRow("informational") << 101 << json << QByteArray("{}") << Kind::MalformedResponse;

    // Foundry's "standard failure response" may come with 200.
    QTest::newRow("success false") << 200 << json << QByteArray(R"({"success":false,"message":"no such device"})")
                                   << Kind::Rejected;
    QTest::newRow("status error") << 200 << json << QByteArray(R"({"status":"error","message":"denied"})") << Kind::Rejected;
    QTest::newRow("error field") << 200 << json << QByteArray(R"({"error":"policy missing"})") << Kind::Rejected;
    QTest::newRow("success true") << 200 << json << QByteArray(R"({"success":true,"error":null})") << Kind::None;

    QTest::newRow("unauthorized") << 401 << json << QByteArray(R"({"message":"bad token"})") << Kind::Unauthorized;
    QTest::newRow("not found") << 404 << json << QByteArray("{}") << Kind::NotFound;
    QTest::newRow("rate limited") << 429 << json << QByteArray("{}") << Kind::RateLimited;
    QTest::newRow("server error page") << 502 << QByteArray("text/html") << QByteArray("<html>Bad gateway</html>")
                                       << Kind::Server;
    QTest::newRow("redirect") << 302 << QByteArray("text/html") << QByteArray() << Kind::MalformedResponse;
}

void TestFoundryAnswer::acknowledgement()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);

    HttpResponse http = response(status, contentType, body);
    const FoundryAnswer answer = FoundryAnswer::read(Expected::Acknowledgement, http);
    QCOMPARE(answer.error().kind(), kind);
    if (kind == Kind::MalformedResponse && status >= 200 && status < 300) {
        // Something answered, so a provision or revoke may have been acted on: the job retries.
        QVERIFY(answer.error().mayHaveReachedFoundry());
        QVERIFY2(answer.error().summary().size() > 40, qPrintable(answer.error().summary()));
    }
    QVERIFY(http.body.isEmpty());
}

void TestFoundryAnswer::certificateNeedsJson_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("text/html") << 200 << QByteArray("text/html");
    QTest::newRow("no content type") << 200 << QByteArray();
    QTest::newRow("202") << 202 << QByteArray("application/json");
    QTest::newRow("204") << 204 << QByteArray("application/json");
}

// A generate answer that is not exactly the documented one is refused, but a certificate id in it
// is kept, so that the certificate Foundry may have made can still be revoked.
void TestFoundryAnswer::certificateNeedsJson()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);

    const QString id(64, QLatin1Char('b'));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                      {QStringLiteral("arn"), QStringLiteral("arn:aws:iot:x:1:cert/") + id},
                                                      {QStringLiteral("cert"), QStringLiteral("AAAA")},
                                                      {QStringLiteral("private"), QStringLiteral("QUJD")}})
                                .toJson();
    HttpResponse http = response(status, contentType, body);
    FoundryAnswer answer = FoundryAnswer::read(Expected::Certificate, http);
    QCOMPARE(answer.error().kind(), Kind::MalformedResponse);
    QVERIFY(answer.error().mayHaveReachedFoundry());
    QCOMPARE(answer.generateResponse().id(), id);
    // The key was lifted out and the body wiped, whatever was wrong with the answer.
    QVERIFY(http.body.isEmpty());
}

void TestFoundryAnswer::failureQuotesFoundryEscaped()
{
    HttpResponse http = response(400, "application/json",
                                 QByteArray(R"({"message":"bad\u001b]0;owned\u0007\nPROVISIONED \u202e"})"));
    const FoundryAnswer answer = FoundryAnswer::read(Expected::Acknowledgement, http);
    QCOMPARE(answer.error().kind(), Kind::Rejected);
    QCOMPARE(answer.error().foundryMessage(), QStringLiteral("bad\\x1b]0;owned\\x07\\nPROVISIONED \\u202e"));

    HttpResponse longText = response(400, "text/plain", QByteArray(400, 'x') + "\x1b[2J");
    QCOMPARE(FoundryAnswer::read(Expected::Acknowledgement, longText).error().foundryMessage(),
             QString(400, QLatin1Char('x')) + QStringLiteral("\\x1b[2J"));
    HttpResponse tooLong = response(400, "application/json",
                                    QJsonDocument(QJsonObject{{QStringLiteral("message"), QString(5000, QLatin1Char('y'))}})
                                        .toJson());
    QCOMPARE(FoundryAnswer::read(Expected::Acknowledgement, tooLong).error().foundryMessage().size(), 500);
}

void TestFoundryAnswer::retryAfterIsBounded()
{
    HttpResponse http = response(429, "application/json", "{}");
    http.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("99999999999999999")});
    const FoundryAnswer answer = FoundryAnswer::read(Expected::Acknowledgement, http);
    QCOMPARE(answer.error().retryAfter(), std::chrono::milliseconds(std::chrono::hours(24)));
}

void TestFoundryAnswer::jsonContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("json");

    QTest::newRow("plain") << QByteArray("application/json") << true;
    QTest::newRow("parameters") << QByteArray("application/json;charset=UTF-8") << true;
    QTest::newRow("spaces") << QByteArray(" application/json ; charset=utf-8") << true;
    QTest::newRow("problem json") << QByteArray("application/problem+json") << true;
    QTest::newRow("html") << QByteArray("text/html") << false;
    QTest::newRow("text json") << QByteArray("text/json") << false;
    QTest::newRow("prefix only") << QByteArray("application/jsonp") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestFoundryAnswer::jsonContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(bool, json);
    QCOMPARE(FoundryAnswer::isJsonContentType(contentType), json);
}

FOUNDRY_TEST_MAIN(TestFoundryAnswer)
#include "tst_foundryanswer.moc"
