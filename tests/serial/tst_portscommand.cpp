#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// "foundry-station-cli ports" as a person or a script runs it. Which ports a machine has is not
// known here; pseudo-terminals are never listed, so a test machine may well have none.
class TestPortsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text();
    void json();
    void usageErrors_data();
    void usageErrors();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &arguments);
};

TestPortsCommand::Result TestPortsCommand::run(const QStringList &arguments)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"), arguments);
    // Nothing in this process has to answer the CLI, so a blocking wait is fine here.
    if (!process.waitForFinished(60000))
        process.kill();
    process.waitForFinished();
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestPortsCommand::text()
{
    const Result result = run({QStringLiteral("ports")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    if (result.out.startsWith("No serial ports found")) {
        QVERIFY2(result.out.contains("/dev/pts/"), result.out.constData());
    } else {
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QVERIFY2(lines.size() >= 2, result.out.constData());
        QVERIFY2(lines.constFirst().startsWith("PORT"), result.out.constData());
        QVERIFY2(lines.constFirst().contains("USB ID"), result.out.constData());
    }
}

void TestPortsCommand::json()
{
    const Result result = run({QStringLiteral("ports"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const QJsonObject object = document.object();
    QCOMPARE(object.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(object.value(QLatin1String("command")).toString(), QStringLiteral("ports"));
    QVERIFY(object.value(QLatin1String("ports")).isArray());
    const QJsonArray ports = object.value(QLatin1String("ports")).toArray();
    for (const QJsonValue &port : ports) {
        const QJsonObject entry = port.toObject();
        QVERIFY(!entry.value(QLatin1String("name")).toString().isEmpty());
        QVERIFY(entry.value(QLatin1String("systemLocation")).toString().startsWith(QLatin1Char('/')));
        for (const char *key : {"description", "manufacturer", "serialNumber"})
            QVERIFY2(entry.value(QLatin1String(key)).isString(), key);
        for (const char *key : {"vendorId", "productId"}) {
            const QJsonValue id = entry.value(QLatin1String(key));
            QVERIFY2(id.isNull() || id.toString().size() == 4, key);
        }
    }
}

void TestPortsCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");

    QTest::newRow("argument") << QStringList{QStringLiteral("ports"), QStringLiteral("/dev/ttyUSB0")}
                              << QByteArray("takes no arguments");
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("ports"), QStringLiteral("--cert-id"), QStringLiteral("x")}
        << QByteArray("--cert-id");
}

void TestPortsCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentions), result.err.constData());
}

QTEST_GUILESS_MAIN(TestPortsCommand)
#include "tst_portscommand.moc"
