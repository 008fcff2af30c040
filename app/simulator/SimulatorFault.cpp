#include "simulator/SimulatorFault.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace Simulator {

namespace {

using Kind = SimulatorFault::Kind;

constexpr std::array kinds{Kind::Vanish, Kind::CorruptByte, Kind::StopAnswering,
                           Kind::RejectWrite, Kind::WrongDigest};

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
    }
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<SimulatorFault> SimulatorFault::parse(QStringView spec, QString *error)
{
    // The name is matched lazily so that a count suffix such as "x3" is not swallowed by it.
    static const QRegularExpression syntax(u"^([a-z-]+?)(?:=([0-9]+))?(?:x([0-9]+|\\*))?$"_s);
    const QRegularExpressionMatch match = syntax.matchView(spec);
    if (!match.hasMatch()) {
        setError(error, u"malformed fault \"%1\": expected NAME[=VALUE][xCOUNT]"_s.arg(spec));
        return std::nullopt;
    }

    SimulatorFault fault;
    const QStringView name = match.capturedView(1);
    const auto kind = std::find_if(kinds.begin(), kinds.end(),
                                   [name](Kind k) { return kindName(k) == name; });
    if (kind == kinds.end()) {
        setError(error, u"unknown fault \"%1\": known faults are %2"_s.arg(name, knownKinds()));
        return std::nullopt;
    }
    fault.kind = *kind;

    if (match.hasCaptured(2)) {
        if (!takesValue(fault.kind)) {
            setError(error, u"fault %1 takes no value"_s.arg(kindName(fault.kind)));
            return std::nullopt;
        }
        bool ok = false;
        fault.value = match.capturedView(2).toInt(&ok);
        if (!ok || (fault.kind == Kind::Vanish && *fault.value < 1)) {
            setError(error, u"value of fault \"%1\" must be between %2 and %3"_s.arg(spec)
                                    .arg(fault.kind == Kind::Vanish ? 1 : 0)
                                    .arg(std::numeric_limits<int>::max()));
            return std::nullopt;
        }
    }

    if (match.hasCaptured(3)) {
        if (fault.kind == Kind::Vanish) {
            setError(error, u"fault vanish happens once and takes no count"_s);
            return std::nullopt;
        }
        const QStringView count = match.capturedView(3);
        if (count == u"*") {
            fault.remaining = -1;
        } else {
            bool ok = false;
            fault.remaining = count.toInt(&ok);
            if (!ok || fault.remaining < 1) {
                setError(error, u"count of fault \"%1\" must be between 1 and %2, or *"_s.arg(spec)
                                        .arg(std::numeric_limits<int>::max()));
                return std::nullopt;
            }
        }
    }
    return fault;
}

QString SimulatorFault::toString() const
{
    QString spec = kindName(kind);
    if (value)
        spec += u'=' + QString::number(*value);
    if (remaining < 0)
        spec += u"x*"_s;
    else if (remaining != 1)
        spec += u'x' + QString::number(remaining);
    return spec;
}

} // namespace Simulator
