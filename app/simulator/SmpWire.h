#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>

#include <optional>
#include <variant>

namespace Simulator {

// The simulated firmware's own reading and writing of SMP over its console, written apart from the
// station's (app/core/device/smp) so that each checks the other: a table-driven CRC where the
// station computes bit by bit, and maps written indefinite in length, as Zephyr's zcbor writes them,
// where the station writes definite ones.
namespace SmpWire {

quint16 crc16(const QByteArray &bytes);
// The frames of one packet, as Zephyr's console transport writes them.
QByteArray frames(const QByteArray &packet);
// The packet of a complete set of frame lines (start bytes included, newlines not), or nullopt
// when they do not make one with a good CRC.
std::optional<QByteArray> packet(const QList<QByteArray> &frameLines);

// What a request body holds: a flat map of text keys to numbers, strings and arrays of text, the
// shapes the station's requests have.
using Value = std::variant<qint64, QByteArray, bool, QList<QByteArray>>;
using Map = QMap<QByteArray, Value>;
std::optional<Map> readMap(const QByteArray &cbor);

// An indefinite-length map, as zcbor writes one.
class MapWriter
{
public:
    MapWriter();
    MapWriter &number(const QByteArray &key, qint64 value);
    MapWriter &text(const QByteArray &key, const QByteArray &value);
    MapWriter &bytes(const QByteArray &key, const QByteArray &value);
    // A nested map under key.
    MapWriter &map(const QByteArray &key, const MapWriter &inner);
    QByteArray finished() const { return m_cbor + char(0xff); }

private:
    void head(int major, quint64 argument);
    QByteArray m_cbor;
};

}

} // namespace Simulator
