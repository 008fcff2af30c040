#pragma once

#include "simulator/DeviceBehaviour.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Simulator {

// An Espressif module running ESP-AT: AT commands ending in CRLF, echo on after power-on, and the
// manufacturing NVS partition read and written with AT+SYSMFG (Espressif's Basic AT Commands and
// AT+SYSMFG examples). Binary values are taken as exactly <length> raw bytes after a ">" prompt.
// It holds the PKI namespaces ESP-AT's documentation lists, each key named after its namespace or
// "<namespace>.<index>"; the store file records a value's namespace as its type (its place in
// namespaces() as the type code) and the index as its tag (0 for a key named after its namespace).
class EspAtBehaviour : public DeviceBehaviour
{
public:
    explicit EspAtBehaviour(DeviceContext context);

    void boot() override;
    void receive(char byte) override;
    QJsonObject status() const override;

    // The namespaces the firmware has, in the order AT+SYSMFG? lists them.
    static const QList<QByteArray> &namespaces();
    // NVS stores data in 32-byte entries, 126 to a 4096-byte page; one page is kept free for
    // garbage collection. The partition's own factory parameters take some entries.
    static constexpr int nvsEntryBytes = 32;
    static constexpr int nvsEntriesPerPage = 126;
    static constexpr int nvsPageBytes = 4096;
    static constexpr int factoryParameterEntries = 40;

private:
    struct Parameter
    {
        QByteArray text;
        bool quoted = false;
    };

    void execute(const QByteArray &line);
    QByteArray run(const QByteArray &command);
    QByteArray manufacturingNvs(const QList<Parameter> &parameters);
    QByteArray erase(const QList<Parameter> &parameters);
    QByteArray read(const QList<Parameter> &parameters);
    QByteArray write(const QList<Parameter> &parameters);
    void valueReceived();
    // The store's (tag, type) of a key, or nullopt for a key this firmware does not name so.
    std::optional<std::pair<quint32, int>> location(const QByteArray &space, const QByteArray &key) const;
    static qint64 entriesFor(qint64 bytes);
    // Counts the entries what the store holds takes, after every change.
    void countEntries();
    qint64 entriesAvailable() const;

    bool m_echo = true;
    QByteArray m_line;
    bool m_lineTooLong = false;
    // A binary write in progress: where it goes and the bytes still to come.
    std::optional<std::pair<quint32, int>> m_pending;
    qint64 m_pendingRemaining = 0;
    QByteArray m_value;
    qint64 m_entriesUsed = 0;
    int m_writes = 0;
    int m_busyAnswers = 0;
};

} // namespace Simulator
