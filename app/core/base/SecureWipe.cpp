#include "base/SecureWipe.h"

#include <cstring>

namespace {

// A volatile function pointer keeps the compiler from dropping a memset whose result is never read.
void *(*const volatile wipeMemory)(void *, int, size_t) = std::memset;

} // namespace

void SecureWipe::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        wipeMemory(bytes.data(), 0, static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void SecureWipe::wipe(QString &text)
{
    if (!text.isEmpty())
        wipeMemory(text.data(), 0, static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}
