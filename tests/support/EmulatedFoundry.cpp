#include "EmulatedFoundry.h"

#include "foundry/FoundryReply.h"

#include <QFile>
#include <QSignalSpy>

using namespace std::chrono_literals;

EmulatedFoundry::EmulatedFoundry(QString token)
    : m_token(std::move(token))
{
}

bool EmulatedFoundry::start(QString *error)
{
    FoundryEmulator::Options options;
    options.token = m_token;
    m_emulator = std::make_unique<FoundryEmulator>(options);
    if (!m_emulator->start(error))
        return false;
    m_caFile = m_caDir.filePath(QStringLiteral("ca.pem"));
    QFile ca(m_caFile);
    if (!ca.open(QIODevice::WriteOnly) || ca.write(m_emulator->caCertificatePem()) < 0) {
        *error = ca.errorString();
        return false;
    }
    ca.close();

    FoundryClientSettings settings;
    settings.baseUrl = m_emulator->baseUrl();
    settings.caFile = m_caFile;
    settings.token = QCA::SecureArray(m_token.toUtf8());
    settings.initialBackoff = 20ms;
    settings.maxBackoff = 100ms;
    m_client = std::make_unique<FoundryClient>(settings);
    *error = m_client->configurationProblem();
    return error->isEmpty();
}

bool EmulatedFoundry::addFault(const QString &spec, QString *error)
{
    const std::optional<EmulatorFault> fault = EmulatorFault::parse(spec, error);
    if (fault)
        m_emulator->addFault(*fault);
    return fault.has_value();
}

void EmulatedFoundry::startCli(QProcess &cli, const QStringList &arguments) const
{
    QProcessEnvironment environment = cli.processEnvironment();
    if (environment.isEmpty())
        environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FOUNDRY_TOKEN"), m_token);
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(FOUNDRY_BIN_DIR "/foundry-station-cli"),
              arguments + QStringList{QStringLiteral("--api-url"), m_emulator->baseUrl().toString(),
                                      QStringLiteral("--ca-file"), m_caFile});
}

GenerateResponse EmulatedFoundry::generate()
{
    FoundryReply *reply = m_client->generate(std::nullopt);
    QSignalSpy finished(reply, &FoundryReply::finished);
    if (!finished.wait(20000) || reply->error().isError())
        qWarning("generate failed: %s", qPrintable(reply->error().message()));
    GenerateResponse response = reply->takeGenerateResponse();
    delete reply;
    return response;
}

CertificateBundle EmulatedFoundry::checkedBundle()
{
    return CertificateBundle::check(generate());
}
