#pragma once

#include "credentials/CertificateBundle.h"
#include "foundry/FoundryClient.h"
#include "emulator/FoundryEmulator.h"
#include "foundry/GenerateResponse.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

// The Foundry emulator in the test process over HTTPS on loopback, its CA in a file, and a
// FoundryClient that trusts it, with short backoffs so that retry tests stay quick.
class EmulatedFoundry
{
public:
    explicit EmulatedFoundry(QString token);

    // False, with error, when the emulator could not start or the client is misconfigured.
    bool start(QString *error);
    FoundryEmulator &emulator() { return *m_emulator; }
    const FoundryEmulator &emulator() const { return *m_emulator; }
    FoundryClient &client() { return *m_client; }
    QString token() const { return m_token; }
    QString caFile() const { return m_caFile; }
    // A certificate Foundry issued through client(), as generate leaves it: inactive, tied to nothing.
    // Empty (with a warning) when generate failed.
    GenerateResponse generate();
    // What generate() issued, through the station's own checks, as a provisioning job takes it;
    // invalid when generate failed or the answer did not pass.
    CertificateBundle checkedBundle();
    // Adds a fault given as the emulator's command line takes it; false, with error, when malformed.
    bool addFault(const QString &spec, QString *error);
    // Starts foundry-station-cli with arguments, pointed at this Foundry with its token; variables
    // already set in cli's environment are kept.
    void startCli(QProcess &cli, const QStringList &arguments) const;

private:
    QString m_token;
    QTemporaryDir m_caDir;
    QString m_caFile;
    std::unique_ptr<FoundryEmulator> m_emulator;
    std::unique_ptr<FoundryClient> m_client;
};
