#include "simulator/SimulatorFault.h"

#include "base/FaultSpec.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace Simulator {

namespace {

using Kind = SimulatorFault::Kind;

constexpr std::array kinds{Kind::Vanish, Kind::CorruptByte, Kind::StopAnswering,
                           Kind::RejectWrite, Kind::WrongDigest, Kind::Busy, Kind::LostOk,
                           Kind::DropFrame, Kind::CrcError, Kind::OffsetMismatch, Kind::BufferTooSmall,
                           Kind::LostAnswer};

bool takesValue(Kind kind)
{
    return kind == Kind::Vanish || kind == Kind::CorruptByte;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString knownKinds()
{
    QStringList names;
    for (const Kind kind : kinds)
        names.append(SimulatorFault::kindName(kind));
    return names.join(u", "_s);
}

} // namespace

QString SimulatorFault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Vanish:
        return u"vanish"_s;
    case Kind::CorruptByte:
        return u"corrupt-byte"_s;
    case Kind::StopAnswering:
        return u"stop-answering"_s;
    case Kind::RejectWrite:
        return u"reject-write"_s;
    case Kind::WrongDigest:
        return u"wrong-digest"_s;
    case Kind::Busy:
        return u"busy"_s;
    case Kind::LostOk:
        return u"lost-ok"_s;
    case Kind::DropFrame:
        return u"drop-frame"_s;
    case Kind::CrcError:
        return u"crc-error"_s;
    case Kind::OffsetMismatch:
        return u"offset-mismatch"_s;
    case Kind::BufferTooSmall:
        return u"buffer-too-small"_s;
    case Kind::LostAnswer:
        return u"lost-answer"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<SimulatorFault> SimulatorFault::parse(QStringView spec, QString *error)
{
    QString problem;
    const std::optional<FaultSpec> parsed = FaultSpec::parse(spec, u"NAME[=VALUE][xCOUNT]"_s, &problem);
    if (!parsed) {
        setError(error, problem);
        return std::nullopt;
    }
    if (!parsed->target.isEmpty()) {
        setError(error, u"fault \"%1\": the simulator's faults take no @target"_s.arg(spec));
        return std::nullopt;
    }

    SimulatorFault fault;
    const QString &name = parsed->name;
    const auto kind = std::find_if(kinds.begin(), kinds.end(),
                                   [&name](Kind k) { return kindName(k) == name; });
    if (kind == kinds.end()) {
        setError(error, u"unknown fault \"%1\": known faults are %2"_s.arg(name, knownKinds()));
        return std::nullopt;
    }
    fault.kind = *kind;

    if (parsed->value) {
        if (!takesValue(fault.kind)) {
            setError(error, u"fault %1 takes no value"_s.arg(kindName(fault.kind)));
            return std::nullopt;
        }
        if (fault.kind == Kind::Vanish && *parsed->value < 1) {
            setError(error, u"value of fault \"%1\" must be between 1 and %2"_s.arg(spec)
                                    .arg(std::numeric_limits<int>::max()));
            return std::nullopt;
        }
        fault.value = parsed->value;
    }
    if (parsed->countGiven && fault.kind == Kind::Vanish) {
        setError(error, u"fault vanish happens once and takes no count"_s);
        return std::nullopt;
    }
    fault.remaining = parsed->count;
    return fault;
}

QString SimulatorFault::toString() const
{
    FaultSpec spec;
    spec.name = kindName(kind);
    spec.value = value;
    spec.count = remaining;
    return spec.toString();
}

} // namespace Simulator
