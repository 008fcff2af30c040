#include "jobs/FailureSentence.h"

namespace {

QString forFoundry(FoundryError::Kind kind)
{
    using Kind = FoundryError::Kind;
    switch (kind) {
    case Kind::Network:
    case Kind::Tls:
        return FailureSentence::tr("Foundry could not be reached: check the network cable, then scan the device ID "
                                   "again.");
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

} // namespace

QString FailureSentence::forJob(const JobResult &result)
{
    if (result.outcome == JobResult::Outcome::Cancelled)
        return tr("Cancelled and rolled back: scan the device ID again to start over.");
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
