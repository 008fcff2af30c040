#pragma once

// The CLI's exit codes; scripts rely on them, so they never change meaning.
enum class ExitCode : int {
    Success = 0,
    Failure = 1,             // anything not listed below
    Usage = 2,
    FoundryError = 3,        // Foundry or the network
    BundleRejected = 4,      // certificate or key failed its checks
    DeviceError = 5,         // device or serial port
    VerificationMismatch = 6, // the device holds something other than what was written
    NeedsAttention = 7,      // a rollback step failed; a person must finish it
};
