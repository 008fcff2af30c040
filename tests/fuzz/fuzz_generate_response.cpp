// GenerateResponse::parse, then CertificateBundle::check: Foundry's answer to generate, whatever it
// holds, up to the checks that decide whether anything is written into a device.
#include "credentials/CertificateBundle.h"
#include "FuzzEnvironment.h"
#include "foundry/GenerateResponse.h"

#include <QTimeZone>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzEnvironment::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A fixed "now" keeps every run of an input the same.
    static const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::UTC);
    QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const GenerateResponse response = GenerateResponse::parse(body);
    // The body may have held a key: nothing of it may stay behind.
    if (!body.isEmpty())
        std::abort();
    CertificateBundle bundle = CertificateBundle::check(response, now);
    if (!response.shapeError().isEmpty() && bundle.isValid())
        std::abort();
    if (bundle.isValid() && (bundle.certificatePem().isEmpty() || bundle.privateKeyPem().isEmpty()))
        std::abort();
    for (const CertificateBundle::Finding &finding : bundle.findings()) {
        if (finding.message.isEmpty())
            std::abort();
    }
    bundle.dropPrivateKey();
    return 0;
}
