// EspAtProfile: whatever a module sends back, counted values included, through every operation the station asks of it.
#include "FuzzEnvironment.h"
#include "ProfileSession.h"
#include "device/profiles/EspAtProfile.h"

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzEnvironment::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    EspAtProfile profile;
    ProfileSession session(&profile);
    session.play(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
