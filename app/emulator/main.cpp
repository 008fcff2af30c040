// foundry-emulator: the Foundry certificate API on a loopback address, for tests and demos.
// Prints "listening <base URL>" on stdout once it accepts connections and one line per request
// on stderr.

#include "emulator/EmulatorFault.h"
#include "emulator/FoundryEmulator.h"
#include "base/StationVersion.h"
#include "base/TerminationSignals.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "foundry-emulator: " << message << Qt::endl;
    return 1;
}

bool writeCaCertificate(const QString &path, const QByteArray &pem, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    // A CA certificate is public; other users' tools must be able to read it.
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                             | QFile::ReadOther)) {
        *error = u"cannot make it readable for everyone"_s;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    TerminationSignals termination;

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"foundry-emulator"_s);
    QCoreApplication::setApplicationVersion(StationVersion::text());

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Emulates the Foundry certificate API on a loopback address for tests and demos."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption addressOption(u"address"_s, u"Loopback address to listen on."_s,
                                           u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption portOption(u"port"_s, u"TCP port; 0 picks a free one."_s,
                                        u"port"_s, u"0"_s);
    const QCommandLineOption httpOption(u"http"_s, u"Serve plain HTTP instead of HTTPS."_s);
    const QCommandLineOption caOutOption(
            u"ca-out"_s, u"Write the emulator's CA certificate (PEM) to <file>."_s, u"file"_s);
    const QCommandLineOption tokenOption(
            u"token"_s, u"Token clients must present (default: $FOUNDRY_TOKEN)."_s, u"token"_s);
    const QCommandLineOption authHeaderOption(u"auth-header"_s, u"Header carrying the token."_s,
                                              u"name"_s, u"Authorization"_s);
    const QCommandLineOption authSchemeOption(
            u"auth-scheme"_s, u"Scheme in front of the token; empty for the bare token."_s,
            u"scheme"_s, u"Bearer"_s);
    const QCommandLineOption regionOption(u"region"_s, u"AWS region in certificate ARNs."_s,
                                          u"region"_s, u"us-west-2"_s);
    const QCommandLineOption accountOption(u"account"_s, u"AWS account in certificate ARNs."_s,
                                           u"account"_s, u"123456789012"_s);
    const QCommandLineOption faultOption(
            u"fault"_s,
            u"Inject a fault, NAME[@generate|provision|revoke][=VALUE][xCOUNT]; repeatable. "
            "See docs/foundry-emulator.md."_s,
            u"spec"_s);
    parser.addOptions({addressOption, portOption, httpOption, caOutOption, tokenOption,
                       authHeaderOption, authSchemeOption, regionOption, accountOption,
                       faultOption});
    parser.process(app);

    if (!termination.isValid())
        return fail(u"cannot watch for termination signals"_s);

    FoundryEmulator::Options options;
    options.address = QHostAddress(parser.value(addressOption));
    if (options.address.isNull())
        return fail(u"--address: \"%1\" is not an IP address"_s.arg(parser.value(addressOption)));
    bool portOk = false;
    options.port = parser.value(portOption).toUShort(&portOk);
    if (!portOk)
        return fail(u"--port: \"%1\" is not a port number"_s.arg(parser.value(portOption)));
    options.tls = !parser.isSet(httpOption);
    options.token = parser.isSet(tokenOption) ? parser.value(tokenOption)
                                              : qEnvironmentVariable("FOUNDRY_TOKEN");
    if (options.token.isEmpty())
        return fail(u"no token: pass --token or set FOUNDRY_TOKEN"_s);
    options.authHeader = parser.value(authHeaderOption).toLatin1();
    options.authScheme = parser.value(authSchemeOption);
    options.region = parser.value(regionOption);
    options.account = parser.value(accountOption);

    FoundryEmulator emulator(options);
    for (const QString &spec : parser.values(faultOption)) {
        QString error;
        const std::optional<EmulatorFault> fault = EmulatorFault::parse(spec, &error);
        if (!fault)
            return fail(u"--fault: "_s + error);
        emulator.addFault(*fault);
    }

    QString error;
    if (!emulator.start(&error))
        return fail(error);
    if (parser.isSet(caOutOption)
        && !writeCaCertificate(parser.value(caOutOption), emulator.caCertificatePem(), &error)) {
        return fail(u"--ca-out: cannot write %1: %2"_s.arg(parser.value(caOutOption), error));
    }

    QObject::connect(&emulator, &FoundryEmulator::requestHandled, &app,
                     [](const EmulatorRequest &request) {
                         const QString status = request.status == 0
                                 ? u"dropped"_s
                                 : QString::number(request.status);
                         QTextStream(stderr) << request.method << ' ' << request.path << ' '
                                             << status << Qt::endl;
                     });

    termination.quitApplicationOnSignal();

    QTextStream(stdout) << "listening " << emulator.baseUrl().toString() << Qt::endl;
    const int status = QCoreApplication::exec();
    return status;
}
