#include "simulator/CredentialStore.h"
#include "simulator/DeviceSimulator.h"
#include "simulator/EspAtBehaviour.h"
#include "simulator/SimulatorFault.h"
#include "simulator/SimulatorOptions.h"
#include "PtyClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Simulator;

namespace {

constexpr int fastBaud = 1000000;

std::unique_ptr<DeviceSimulator> startModule(SimulatorOptions options, PtyClient &host)
{
    options.profile = SimulatorOptions::Profile::EspAt;
    if (options.baud == 115200)
        options.baud = fastBaud;
    QString error;
    const std::optional<SimulatorOptions> resolved = options.resolved(&error);
    if (!resolved) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto simulator = std::make_unique<DeviceSimulator>(*resolved);
    if (!simulator->start(&error) || !host.open(simulator->portName(), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    // Power-on: "ready", echo on until ATE0.
    if (!host.waitFor("ready\r\n"))
        return nullptr;
    if (host.exchange("ATE0\r\n", "OK\r\n") != "ATE0\r\nOK\r\n")
        return nullptr;
    return simulator;
}

// Sends a write and its value; returns what the module answered after the value.
QByteArray writeValue(PtyClient &host, const QByteArray &space, const QByteArray &key, const QByteArray &value)
{
    const QByteArray prompt = host.exchange("AT+SYSMFG=2,\"" + space + "\",\"" + key + "\",8,"
                                                + QByteArray::number(value.size()) + "\r\n",
                                            ">");
    if (prompt != "OK\r\n\r\n>")
        return "no prompt: " + prompt;
    return host.exchange(value, "\r\n", 5000);
}

} // namespace

// The simulator's ESP-AT module byte by byte, as Espressif documents AT+SYSMFG.
class TestEspAtSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void writeReadErase();
    void linesAndKeysItRefuses();
    void partitionLimit();
    void faults();
    void storeFileNamesNamespaces();
};

void TestEspAtSimulator::identity()
{
    SimulatorOptions options;
    options.mac = u"24:0a:c4:ab:cd:ef"_s;
    PtyClient host;
    const auto module = startModule(options, host);
    QVERIFY(module);
    QCOMPARE(host.exchange("AT\r\n", "\r\n"), "OK\r\n"_ba);
    const QByteArray version = host.exchange("AT+GMR\r\n", "OK\r\n");
    QVERIFY2(version.startsWith("AT version:4.0.0.0("), version.constData());
    QVERIFY(version.contains("\r\nSDK version:"));
    QVERIFY(version.contains("\r\nBin version:"));
    QCOMPARE(host.exchange("AT+CIPSTAMAC?\r\n", "OK\r\n"), "+CIPSTAMAC:\"24:0a:c4:ab:cd:ef\"\r\nOK\r\n"_ba);
    QVERIFY(host.exchange("AT+SYSMFG?\r\n", "OK\r\n").contains("+SYSMFG:\"mqtt_key\"\r\n"));
    // Not an nRF91 modem: no IMEI, no %CMNG.
    QCOMPARE(host.exchange("AT+CGSN\r\n", "\r\n"), "ERROR\r\n"_ba);
    QCOMPARE(host.exchange("AT%CMNG=1\r\n", "\r\n"), "ERROR\r\n"_ba);
}

void TestEspAtSimulator::writeReadErase()
{
    PtyClient host;
    const auto module = startModule({}, host);
    QVERIFY(module);
    // Raw bytes: line ends, quotes and commas inside the value are data, not commands.
    const QByteArray value = "-----BEGIN CERTIFICATE-----\nAT\r\n\",OK\n-----END CERTIFICATE-----\n";
    QCOMPARE(writeValue(host, "mqtt_cert", "mqtt_cert", value), "OK\r\n"_ba);
    QCOMPARE(host.exchange("AT+SYSMFG=1,\"mqtt_cert\",\"mqtt_cert\"\r\n", "\r\nOK\r\n"),
             "+SYSMFG:\"mqtt_cert\",\"mqtt_cert\",8," + QByteArray::number(value.size()) + ',' + value + "\r\nOK\r\n");
    QCOMPARE(host.exchange("AT+SYSMFG=1,\"mqtt_cert\",\"mqtt_cert\",28,2\r\n", "\r\nOK\r\n"),
             "+SYSMFG:\"mqtt_cert\",\"mqtt_cert\",8,2,AT\r\nOK\r\n"_ba);
    QCOMPARE(host.exchange("AT+SYSMFG=1,\"mqtt_cert\"\r\n", "OK\r\n"), "+SYSMFG:\"mqtt_cert\",\"mqtt_cert\",8\r\n\r\nOK\r\n"_ba);
    QCOMPARE(host.exchange("AT+SYSMFG=0,\"mqtt_cert\",\"mqtt_cert\"\r\n", "\r\n"), "OK\r\n"_ba);
    // NVS refuses to read or erase what it does not have.
    QCOMPARE(host.exchange("AT+SYSMFG=1,\"mqtt_cert\",\"mqtt_cert\"\r\n", "\r\n"), "ERROR\r\n"_ba);
    QCOMPARE(host.exchange("AT+SYSMFG=0,\"mqtt_cert\",\"mqtt_cert\"\r\n", "\r\n"), "ERROR\r\n"_ba);
}

void TestEspAtSimulator::linesAndKeysItRefuses()
{
    PtyClient host;
    const auto module = startModule({}, host);
    QVERIFY(module);
    QCOMPARE(host.exchange("AT+SYSMFG=2,\"no_such_ns\",\"x\",8,4\r\n", "\r\n"), "ERROR\r\n"_ba);
    QCOMPARE(host.exchange("AT+SYSMFG=2,\"client_cert\",\"other\",8,4\r\n", "\r\n"), "ERROR\r\n"_ba);
    QCOMPARE(host.exchange("AT+SYSMFG=2,\"client_cert\",\"client_cert.0\",8,0\r\n", "\r\n"), "ERROR\r\n"_ba);
    // A command longer than the 256-byte command buffer.
    QCOMPARE(host.exchange("AT+" + QByteArray(300, 'X') + "\r\n", "\r\n"), "ERROR\r\n"_ba);
    QCOMPARE(host.exchange("AT\r\n", "\r\n"), "OK\r\n"_ba);
}

// Two pages hold 126 entries, 40 of them the factory parameters': 2 KiB fit, 3 KiB do not.
void TestEspAtSimulator::partitionLimit()
{
    SimulatorOptions options;
    options.nvsBytes = 2 * EspAtBehaviour::nvsPageBytes;
    PtyClient host;
    const auto module = startModule(options, host);
    QVERIFY(module);
    QCOMPARE(writeValue(host, "mqtt_key", "mqtt_key", QByteArray(3000, 'k')), "ERROR\r\n"_ba);
    QCOMPARE(writeValue(host, "mqtt_key", "mqtt_key", QByteArray(2000, 'k')), "OK\r\n"_ba);
    // Replacing a value frees its old entries first.
    QCOMPARE(writeValue(host, "mqtt_key", "mqtt_key", QByteArray(2400, 'k')), "OK\r\n"_ba);
    QCOMPARE(writeValue(host, "mqtt_cert", "mqtt_cert", QByteArray(1000, 'c')), "ERROR\r\n"_ba);
    QCOMPARE(module->firmwareStatus().value(u"nvsEntriesAvailable"_s).toInt(), 126);
}

void TestEspAtSimulator::faults()
{
    PtyClient host;
    const auto module = startModule({}, host);
    QVERIFY(module);
    QString error;
    module->addFault(*SimulatorFault::parse(u"busyx2"_s, &error));
    QCOMPARE(host.exchange("AT\r\n", "\r\n"), "busy p...\r\n"_ba);
    QCOMPARE(host.exchange("AT\r\n", "\r\n"), "busy p...\r\n"_ba);
    QCOMPARE(host.exchange("AT\r\n", "\r\n"), "OK\r\n"_ba);

    module->addFault(*SimulatorFault::parse(u"lost-ok"_s, &error));
    const QByteArray prompt = host.exchange("AT+SYSMFG=2,\"mqtt_cert\",\"mqtt_cert\",8,4\r\n", ">");
    QCOMPARE(prompt, "OK\r\n\r\n>"_ba);
    host.take();
    QVERIFY(host.write("abcd"));
    host.collect(200);
    QCOMPARE(host.take(), QByteArray());
    // Stored all the same.
    QCOMPARE(host.exchange("AT+SYSMFG=1,\"mqtt_cert\",\"mqtt_cert\"\r\n", "\r\nOK\r\n"),
             "+SYSMFG:\"mqtt_cert\",\"mqtt_cert\",8,4,abcd\r\nOK\r\n"_ba);

    module->addFault(*SimulatorFault::parse(u"wrong-digest"_s, &error));
    QCOMPARE(host.exchange("AT+SYSMFG=1,\"mqtt_cert\",\"mqtt_cert\"\r\n", "\r\nOK\r\n"),
             "+SYSMFG:\"mqtt_cert\",\"mqtt_cert\",8,4,ab\x9c" "d\r\nOK\r\n"_ba);
    QCOMPARE(host.exchange("AT+SYSMFG=1,\"mqtt_cert\",\"mqtt_cert\"\r\n", "\r\nOK\r\n"),
             "+SYSMFG:\"mqtt_cert\",\"mqtt_cert\",8,4,abcd\r\nOK\r\n"_ba);
    QCOMPARE(module->firmwareStatus().value(u"busyAnswers"_s).toInt(), 2);
}

void TestEspAtSimulator::storeFileNamesNamespaces()
{
    QTemporaryDir dir;
    SimulatorOptions options;
    options.storePath = dir.filePath(u"store.json"_s);
    PtyClient host;
    const auto module = startModule(options, host);
    QVERIFY(module);
    QCOMPARE(writeValue(host, "client_key", "client_key.1", "secret"), "OK\r\n"_ba);
    QFile file(options.storePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray credentials = QJsonDocument::fromJson(file.readAll()).object().value(u"credentials"_s).toArray();
    QCOMPARE(credentials.size(), 1);
    const QJsonObject credential = credentials.first().toObject();
    QCOMPARE(credential.value(u"tag"_s).toInt(), 1);
    QCOMPARE(credential.value(u"type"_s).toString(), u"client_key"_s);
    QCOMPARE(credential.value(u"typeCode"_s).toInt(), int(EspAtBehaviour::namespaces().indexOf("client_key")));
    QCOMPARE(credential.value(u"secret"_s).toBool(), true);
    QVERIFY(!credential.contains(u"data"_s));
    QCOMPARE(credential.value(u"sha256"_s).toString(),
             QString::fromLatin1(QCryptographicHash::hash("secret", QCryptographicHash::Sha256).toHex()));
}

QTEST_GUILESS_MAIN(TestEspAtSimulator)
#include "tst_espatsimulator.moc"
