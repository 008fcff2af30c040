#include "emulator/EmulatorFault.h"

#include "base/FaultSpec.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

using Kind = EmulatorFault::Kind;
using Endpoint = EmulatorFault::Endpoint;

constexpr std::array kinds{
    Kind::CorruptCertificate, Kind::IdMismatch,     Kind::KeyMismatch,   Kind::EcKey,
    Kind::Ed25519Key,         Kind::ExtraPem,       Kind::ExtraKey,      Kind::Http500,
    Kind::RateLimit,          Kind::Unavailable,    Kind::Slow,          Kind::DropConnection,
    Kind::MalformedJson,      Kind::HtmlPage,       Kind::HostileMessage,
};
constexpr std::array endpoints{Endpoint::Any, Endpoint::Generate, Endpoint::Provision,
                               Endpoint::Revoke};

bool takesValue(Kind kind)
{
    return kind == Kind::RateLimit || kind == Kind::Unavailable || kind == Kind::Slow;
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
        names.append(EmulatorFault::kindName(kind));
    return names.join(u", "_s);
}

} // namespace

QString EmulatorFault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CorruptCertificate:
        return u"corrupt-certificate"_s;
    case Kind::IdMismatch:
        return u"id-mismatch"_s;
    case Kind::KeyMismatch:
        return u"key-mismatch"_s;
    case Kind::EcKey:
        return u"ec-key"_s;
    case Kind::Ed25519Key:
        return u"ed25519-key"_s;
    case Kind::ExtraPem:
        return u"extra-pem"_s;
    case Kind::ExtraKey:
        return u"extra-key"_s;
    case Kind::Http500:
        return u"http-500"_s;
    case Kind::RateLimit:
        return u"rate-limit"_s;
    case Kind::Unavailable:
        return u"unavailable"_s;
    case Kind::Slow:
        return u"slow"_s;
    case Kind::DropConnection:
        return u"drop-connection"_s;
    case Kind::MalformedJson:
        return u"malformed-json"_s;
    case Kind::HtmlPage:
        return u"html-page"_s;
    case Kind::HostileMessage:
        return u"hostile-message"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString EmulatorFault::endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Any:
        return u"any"_s;
    case Endpoint::Generate:
        return u"generate"_s;
    case Endpoint::Provision:
        return u"provision"_s;
    case Endpoint::Revoke:
        return u"revoke"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<EmulatorFault> EmulatorFault::parse(QStringView spec, QString *error)
{
    QString problem;
    const std::optional<FaultSpec> parsed =
            FaultSpec::parse(spec, u"NAME[@generate|provision|revoke][=VALUE][xCOUNT]"_s, &problem);
    if (!parsed) {
        setError(error, problem);
        return std::nullopt;
    }

    EmulatorFault fault;
    const QString &name = parsed->name;
    const auto kind = std::find_if(kinds.begin(), kinds.end(),
                                   [&name](Kind k) { return kindName(k) == name; });
    if (kind == kinds.end()) {
        setError(error, u"unknown fault \"%1\": known faults are %2"_s.arg(name, knownKinds()));
        return std::nullopt;
    }
    fault.kind = *kind;
    fault.endpoint = spoilsCertificate(fault.kind) ? Endpoint::Generate : Endpoint::Any;

    if (!parsed->target.isEmpty()) {
        const QString &endpointText = parsed->target;
        const auto endpoint = std::find_if(endpoints.begin(), endpoints.end(),
                                           [&endpointText](Endpoint e) {
                                               return endpointName(e) == endpointText;
                                           });
        if (endpoint == endpoints.end()) {
            setError(error, u"unknown endpoint \"%1\" in fault \"%2\": use generate, provision, "
                            "revoke or any"_s.arg(endpointText, spec));
            return std::nullopt;
        }
        if (spoilsCertificate(fault.kind) && *endpoint != Endpoint::Generate
            && *endpoint != Endpoint::Any) {
            setError(error, u"fault %1 applies to generate only"_s.arg(kindName(fault.kind)));
            return std::nullopt;
        }
        if (!spoilsCertificate(fault.kind))
            fault.endpoint = *endpoint;
    }

    if (parsed->value && !takesValue(fault.kind)) {
        setError(error, u"fault %1 takes no value"_s.arg(kindName(fault.kind)));
        return std::nullopt;
    }
    fault.value = parsed->value;
    fault.remaining = parsed->count;
    return fault;
}

QString EmulatorFault::toString() const
{
    FaultSpec spec;
    spec.name = kindName(kind);
    if (endpoint != Endpoint::Any && !spoilsCertificate(kind))
        spec.target = endpointName(endpoint);
    spec.value = value;
    spec.count = remaining;
    return spec.toString();
}

// Only the generate response carries certificate material to spoil.
bool EmulatorFault::spoilsCertificate(Kind kind)
{
    switch (kind) {
    case Kind::CorruptCertificate:
    case Kind::IdMismatch:
    case Kind::KeyMismatch:
    case Kind::EcKey:
    case Kind::Ed25519Key:
    case Kind::ExtraPem:
    case Kind::ExtraKey:
        return true;
    case Kind::Http500:
    case Kind::RateLimit:
    case Kind::Unavailable:
    case Kind::Slow:
    case Kind::DropConnection:
    case Kind::MalformedJson:
    case Kind::HtmlPage:
    case Kind::HostileMessage:
        return false;
    }
    Q_UNREACHABLE_RETURN(false);
}

QList<EmulatorFault::Kind> EmulatorFault::certificateKinds()
{
    QList<Kind> spoiling;
    std::copy_if(kinds.begin(), kinds.end(), std::back_inserter(spoiling), spoilsCertificate);
    return spoiling;
}

bool EmulatorFault::appliesTo(Endpoint requestEndpoint) const
{
    return endpoint == Endpoint::Any || endpoint == requestEndpoint;
}

int EmulatorFault::effectiveValue() const
{
    if (value)
        return *value;
    // One second of Retry-After keeps retrying tests quick; a slow response must outlast a
    // typical short client timeout to be of any use.
    return kind == Kind::Slow ? 3000 : 1;
}
