#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// A deliberate misbehaviour of the emulator, for exercising the station's error handling.
struct EmulatorFault
{
    enum class Kind {
        CorruptCertificate, // generate: a certificate PEM that no longer parses
        IdMismatch,         // generate: id and ARN that are not the SHA-256 of the certificate
        KeyMismatch,        // generate: a private key of another key pair
        EcKey,              // generate: a valid certificate on an EC P-256 key, the key as PKCS#8
        Ed25519Key,         // generate: a valid certificate on an Ed25519 key, the key as PKCS#8
        ExtraPem,           // generate: the certificate field holds the private key after it
        ExtraKey,           // generate: the key field holds a second private key after the key
        Http500,            // 500 without acting on the request
        RateLimit,          // 429 with Retry-After, without acting on the request
        Unavailable,        // 503 with Retry-After, without acting on the request
        Slow,               // the response is held back for a while
        DropConnection,     // the request is carried out, then the connection closes unanswered
        MalformedJson,      // the request is carried out, the response body is cut short
        HtmlPage,           // 200 with an HTML login page, as a captive portal answers; not acted on
        HostileMessage,     // 400 whose message holds terminal escapes and a forged line; not acted on
    };
    enum class Endpoint { Any, Generate, Provision, Revoke };

    Kind kind = Kind::Http500;
    Endpoint endpoint = Endpoint::Any;
    // Requests still to be spoiled; -1 keeps the fault until it is cleared.
    int remaining = 1;
    // Seconds of Retry-After for rate-limit and unavailable, milliseconds for slow; unset means
    // defaultValue().
    std::optional<int> value;

    // NAME[@generate|provision|revoke|any][=VALUE][xCOUNT|x*], e.g. "rate-limit@generate=2x3".
    // "x*" keeps the fault until it is cleared.
    static std::optional<EmulatorFault> parse(QStringView spec, QString *error);
    // The inverse of parse().
    QString toString() const;

    bool appliesTo(Endpoint requestEndpoint) const;
    // Whether the fault spoils generate's certificate or key, rather than the answer's delivery.
    static bool spoilsCertificate(Kind kind);
    static QList<Kind> certificateKinds();
    int effectiveValue() const;

    static QString kindName(Kind kind);
    static QString endpointName(Endpoint endpoint);
};
