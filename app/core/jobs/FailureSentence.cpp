#include "jobs/FailureSentence.h"

#include <algorithm>

namespace {

QString forFoundry(FoundryError::Kind kind)
{
    using Kind = FoundryError::Kind;
    switch (kind) {
    case Kind::Network:
        return FailureSentence::tr("Foundry could not be reached: check the network cable, then scan the device ID "
                                   "again.");
    case Kind::Tls:
        return FailureSentence::tr("The station could not verify that it was talking to Foundry: ask a supervisor to "
                                   "check the Foundry CA file in Settings and this computer's clock, then scan the "
                                   "device ID again.");
    case Kind::Unauthorized:
        return FailureSentence::tr("Foundry refused the station's token: ask a supervisor to renew it in Settings, "
                                   "then scan the device ID again.");
    case Kind::RateLimited:
    case Kind::Server:
        return FailureSentence::tr("Foundry is busy or failing: wait a minute, then scan the device ID again.");
    case Kind::NotFound:
    case Kind::Rejected:
        return FailureSentence::tr("Foundry refused this device: check the ID on its label, then scan the device ID "
                                   "again.");
    case Kind::Configuration:
    case Kind::MalformedResponse:
    case Kind::None:
        break;
    }
    return FailureSentence::tr("Foundry's answer could not be used: ask a supervisor to check the Foundry settings, "
                               "then scan the device ID again.");
}

QString forDevice(std::optional<DeviceError::Kind> kind)
{
    using Kind = DeviceError::Kind;
    if (kind == Kind::Timeout || kind == Kind::Disconnected)
        return FailureSentence::tr("The device stopped answering: check its cable and power, then scan the device ID "
                                   "again.");
    if (kind == Kind::NotSupported || kind == Kind::CapacityTooSmall)
        return FailureSentence::tr("The device cannot take this certificate: check it is the right product and "
                                   "firmware, then scan the device ID again.");
    return FailureSentence::tr("The device refused the certificate: scan the device ID again, and set the device "
                               "aside if it fails twice.");
}

bool networkDropped(FoundryError::Kind kind)
{
    return kind == FoundryError::Kind::Network || kind == FoundryError::Kind::Tls;
}

// What Foundry may have done at the step whose connection dropped; empty for any other failure.
QString onFoundrysSide(const JobResult &result)
{
    if (result.failure != JobResult::Failure::Foundry || !networkDropped(result.foundryError))
        return {};
    const bool tls = result.foundryError == FoundryError::Kind::Tls;
    switch (result.foundryCall) {
    case JobResult::FoundryCall::Generate:
        if (result.foundryMayHaveActed)
            return FailureSentence::tr("The network dropped while Foundry was issuing the certificate: Foundry may "
                                       "have issued one, and the station could not hear its answer.");
        return tls ? FailureSentence::tr("The station could not trust its connection to Foundry, so no certificate "
                                         "was issued.")
                   : FailureSentence::tr("Foundry could not be reached to issue a certificate, so none was issued.");
    case JobResult::FoundryCall::Provision:
        if (result.foundryMayHaveActed)
            return FailureSentence::tr("The network dropped while Foundry was activating the certificate: Foundry may "
                                       "have activated it, and the station could not hear its answer, even after "
                                       "asking again.");
        return tls ? FailureSentence::tr("The station could not trust its connection to Foundry, so the certificate "
                                         "was not activated.")
                   : FailureSentence::tr("Foundry could not be reached to activate the certificate, even after the "
                                         "station asked again.");
    case JobResult::FoundryCall::None:
        break;
    }
    return {};
}

// What the station did about it, once the job has ended.
QString stationsPart(const JobResult &result)
{
    const auto left = [&result](LeftBehind::Kind kind) {
        return std::any_of(result.leftBehind.cbegin(), result.leftBehind.cend(),
                           [kind](const LeftBehind &item) { return item.kind == kind; });
    };
    if (result.outcome == JobResult::Outcome::NeedsAttention) {
        if (networkDropped(result.rollbackRevokeError))
            return FailureSentence::tr("The network dropped while the rollback revoked the certificate: Foundry "
                                       "may still hold it. The station left it under Needs attention on the "
                                       "Certificates page: revoke it there once the network is back, and set the "
                                       "device aside.");
        if (left(LeftBehind::Kind::CertificateMayExistUnknown))
            return FailureSentence::tr("The station cannot revoke a certificate whose ID it never heard: it left it "
                                       "under Needs attention on the Certificates page for Foundry support to find. "
                                       "Scan the device ID again once the network is back.");
        return {};
    }
    // A connection that cannot be trusted does not come back by waiting: the settings or the clock are wrong,
    // or something stands between the station and Foundry.
    if (result.foundryError == FoundryError::Kind::Tls) {
        if (result.certificateId.isEmpty())
            return FailureSentence::tr("Nothing was left to undo. Ask a supervisor to check the Foundry CA file in "
                                       "Settings and this computer's clock before scanning the device ID again.");
        return FailureSentence::tr("The station rolled the job back: it deleted the device's copy and revoked the "
                                   "certificate. Ask a supervisor to check the Foundry CA file in Settings and this "
                                   "computer's clock before scanning the device ID again.");
    }
    if (result.certificateId.isEmpty())
        return FailureSentence::tr("Nothing was left to undo: scan the device ID again once the network is back.");
    return FailureSentence::tr("The station rolled the job back: it deleted the device's copy and revoked the "
                               "certificate. Scan the device ID again once the network is back.");
}

} // namespace

QString FailureSentence::forProvisionRetry(const FoundryError &error)
{
    if (!networkDropped(error.kind()))
        return tr("Provisioning failed: %1 The station asks Foundry again.").arg(error.summary());
    if (error.mayHaveReachedFoundry())
        return tr("The network dropped while Foundry was activating the certificate: Foundry may have activated it, "
                  "and the station could not hear its answer. The station asks again, which does no harm.");
    return tr("Foundry could not be reached to activate the certificate: the station asks again.");
}

QString FailureSentence::forNetworkDrop(const JobResult &result)
{
    if (result.outcome == JobResult::Outcome::Cancelled)
        return {};
    // Foundry's side first, then the station's.
    if (const QString foundry = onFoundrysSide(result); !foundry.isEmpty()) {
        if (const QString station = stationsPart(result); !station.isEmpty())
            return foundry + QLatin1Char(' ') + station;
    }
    // Only the rollback's revoke dropped: the first failure was something else.
    if (result.outcome == JobResult::Outcome::NeedsAttention && networkDropped(result.rollbackRevokeError))
        return stationsPart(result);
    return {};
}

QString FailureSentence::forJob(const JobResult &result)
{
    if (result.outcome == JobResult::Outcome::Cancelled)
        return tr("Cancelled and rolled back: scan the device ID again to start over.");
    if (const QString dropped = forNetworkDrop(result); !dropped.isEmpty())
        return dropped;
    if (result.outcome == JobResult::Outcome::NeedsAttention)
        return tr("Failed, and the clean-up could not finish: set the device aside and call a supervisor, the log "
                  "lists what is left.");
    switch (result.failure) {
    case JobResult::Failure::Foundry:
        return forFoundry(result.foundryError);
    case JobResult::Failure::Device:
        return forDevice(result.deviceError);
    case JobResult::Failure::Verification:
        return tr("The device stored something other than what was sent: scan the device ID again, and set the "
                  "device aside if it fails twice.");
    case JobResult::Failure::Bundle:
        return tr("Foundry's certificate failed the station's checks and was not written: scan the device ID again, "
                  "and call a supervisor if it repeats.");
    case JobResult::Failure::Topics:
        return tr("The topics for this device could not be made: ask a supervisor to check the topics template, "
                  "then scan the device ID again.");
    case JobResult::Failure::Journal:
        return tr("The station could not write its journal: ask a supervisor to check the disk, then scan the "
                  "device ID again.");
    case JobResult::Failure::Cancelled:
        return tr("Cancelled and rolled back: scan the device ID again to start over.");
    case JobResult::Failure::None:
        break;
    }
    return tr("The job failed and was rolled back: scan the device ID again.");
}

QString FailureSentence::forLane(const DeviceError &error)
{
    switch (error.kind) {
    case DeviceError::Kind::Disconnected:
        return tr("The device was unplugged: plug it in again and its lane comes back.");
    case DeviceError::Kind::Timeout:
    case DeviceError::Kind::Protocol:
        return tr("The device does not answer: check its cable and power, then unplug it and plug it in again.");
    case DeviceError::Kind::NotSupported:
    case DeviceError::Kind::CapacityTooSmall:
    case DeviceError::Kind::Refused:
    case DeviceError::Kind::VerificationMismatch:
        break;
    }
    return tr("The station cannot work with this device: check it is the right product, then unplug it and plug it "
              "in again.");
}
