#include "SimulatedDevice.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QTest>

SimulatedDevice::SimulatedDevice(QString storeFile)
    : m_storeFile(std::move(storeFile))
    , m_controlPath(m_storeFile + QStringLiteral(".control"))
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SimulatedDevice::~SimulatedDevice()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

bool SimulatedDevice::start(const QString &profile, const QStringList &extraArguments)
{
    m_extraArguments = extraArguments;
    m_process.start(QStringLiteral(FOUNDRY_BIN_DIR "/device-simulator"),
                    QStringList{QStringLiteral("--profile"), profile, QStringLiteral("--store"), m_storeFile,
                                QStringLiteral("--fresh"), QStringLiteral("--control"), m_controlPath}
                        + extraArguments);
    // Its first line names the pseudo-terminal: "pty /dev/pts/N".
    if (!QTest::qWaitFor([this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; }, 10000))
        return false;
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("pty "))
        return false;
    m_portName = QString::fromLatin1(line.mid(4));
    return true;
}

std::unique_ptr<SerialLink> SimulatedDevice::openLink() const
{
    SerialSettings settings;
    settings.portName = m_portName;
    if (const qsizetype baud = m_extraArguments.indexOf(QStringLiteral("--baud")); baud >= 0)
        settings.baudRate = m_extraArguments.value(baud + 1).toInt();
    auto link = std::make_unique<SerialLink>(settings);
    if (!link->open()) {
        qWarning("%s", qPrintable(link->errorString()));
        return nullptr;
    }
    return link;
}

QJsonObject SimulatedDevice::status() const
{
    const QByteArray answer = control(QStringLiteral("status")).toUtf8();
    if (!answer.startsWith("ok "))
        return {};
    return QJsonDocument::fromJson(answer.mid(3)).object();
}

QString SimulatedDevice::control(const QString &command) const
{
    QLocalSocket socket;
    socket.connectToServer(m_controlPath);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(command.toUtf8() + '\n');
    if (!QTest::qWaitFor([&socket] { return socket.canReadLine() || socket.state() != QLocalSocket::ConnectedState; }, 5000))
        return {};
    return QString::fromUtf8(socket.readLine().trimmed());
}

QJsonArray SimulatedDevice::storedCredentials() const
{
    QFile file(m_storeFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("credentials")).toArray();
}
