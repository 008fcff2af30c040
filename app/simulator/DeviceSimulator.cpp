#include "simulator/DeviceSimulator.h"

#include "simulator/CredentialStore.h"
#include "simulator/EspAtBehaviour.h"
#include "simulator/McuMgrBehaviour.h"
#include "simulator/NrfModemBehaviour.h"
#include "simulator/PseudoTerminal.h"
#include "simulator/SerialLine.h"
#include "simulator/SimulatorFaults.h"
#include "simulator/StationProtocolBehaviour.h"
#include "simulator/ZephyrShellBehaviour.h"

using namespace Qt::StringLiterals;

namespace Simulator {

DeviceSimulator::DeviceSimulator(SimulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_faults(std::make_unique<SimulatorFaults>())
    , m_store(std::make_unique<CredentialStore>(m_options.storePath,
                                                SimulatorOptions::profileName(m_options.profile)))
    , m_terminal(std::make_unique<PseudoTerminal>(PseudoTerminal::HostEnd::HeldOpen))
    , m_random(m_options.seed)
{
    Q_ASSERT(m_options.rxBuffer && m_options.slots && m_options.firmware);
    for (const SimulatorFault &fault : std::as_const(m_options.faults))
        m_faults->add(fault);

    m_line = std::make_unique<SerialLine>(m_options.baud, *m_options.rxBuffer, m_terminal.get(),
                                          m_faults.get());
    connect(m_line.get(), &SerialLine::note, this, &DeviceSimulator::note);
    connect(m_line.get(), &SerialLine::vanished, this, [this] {
        m_logNoiseTimer.stop();
        Q_EMIT vanished();
    });

    DeviceContext context{m_options, *m_line, *m_store, *m_faults,
                          [this](const QString &message) { Q_EMIT note(message); }};
    switch (m_options.profile) {
    case SimulatorOptions::Profile::ZephyrShell:
        m_behaviour = std::make_unique<ZephyrShellBehaviour>(context);
        break;
    case SimulatorOptions::Profile::NrfModem:
        m_behaviour = std::make_unique<NrfModemBehaviour>(context);
        break;
    case SimulatorOptions::Profile::Station:
        m_behaviour = std::make_unique<StationProtocolBehaviour>(context);
        break;
    case SimulatorOptions::Profile::EspAt:
        m_behaviour = std::make_unique<EspAtBehaviour>(context);
        break;
    case SimulatorOptions::Profile::McuMgrSmp:
        m_behaviour = std::make_unique<McuMgrBehaviour>(context);
        break;
    }
    m_line->setBehaviour(m_behaviour.get());

    m_logNoiseTimer.setSingleShot(true);
    connect(&m_logNoiseTimer, &QTimer::timeout, this, [this] {
        // A busy line gets its log line a little later, between two commands.
        if (m_line->injectLogNoise(m_random.generate()))
            scheduleLogNoise();
        else
            m_logNoiseTimer.start(std::chrono::milliseconds(5));
    });
}

DeviceSimulator::~DeviceSimulator()
{
    // The line refers to the profile and the terminal: it goes first.
    m_line->setBehaviour(nullptr);
    m_line.reset();
}

bool DeviceSimulator::start(QString *error)
{
    if (m_options.fresh) {
        if (!m_store->clear(error))
            return false;
    } else if (!m_store->load(error)) {
        return false;
    }
    if (!m_terminal->open(error))
        return false;
    m_line->powerOn();
    scheduleLogNoise();
    return true;
}

QString DeviceSimulator::portName() const
{
    return m_terminal->hostPath();
}

QList<SimulatorFault> DeviceSimulator::faults() const
{
    return m_faults->list();
}

void DeviceSimulator::addFault(const SimulatorFault &fault)
{
    m_faults->add(fault);
}

void DeviceSimulator::clearFaults()
{
    m_faults->clear();
}

QList<StoredCredential> DeviceSimulator::credentials() const
{
    return m_store->all();
}

QByteArray DeviceSimulator::credentialsJson() const
{
    return m_store->toJson(QJsonDocument::Compact);
}

void DeviceSimulator::powerCycle()
{
    m_line->powerOn();
}

QJsonObject DeviceSimulator::firmwareStatus() const
{
    return m_behaviour->status();
}

bool DeviceSimulator::hasVanished() const
{
    return m_line->hasVanished();
}

DeviceSimulator::Statistics DeviceSimulator::statistics() const
{
    return {m_line->bytesReceived(), m_line->bytesDropped(), m_line->bytesSent()};
}

void DeviceSimulator::scheduleLogNoise()
{
    const auto mean = m_options.logNoise.count();
    if (mean <= 0 || m_line->hasVanished())
        return;
    // Irregular, between half and one and a half times the mean, like real log traffic.
    const auto wait = mean / 2 + qint64(m_random.bounded(quint32(mean) + 1));
    m_logNoiseTimer.start(std::chrono::milliseconds(wait));
}

} // namespace Simulator
