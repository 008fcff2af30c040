#pragma once

// What the Qt-based fuzz targets need once per process: QCA with its OpenSSL provider, which the
// certificate checks use, and an application object for timers and translations.
namespace FuzzEnvironment {

// Call from LLVMFuzzerInitialize. Ends the process when QCA cannot check certificates, since every
// input would then fail for the same uninteresting reason.
void start();

// Delivers what is already due (zero-time timers, queued calls) without waiting for anything.
void runDueEvents();

} // namespace FuzzEnvironment
