#include "crc32.h"

uint32_t station_crc32(const uint8_t *data, size_t len)
{
    /* Bitwise rather than table-driven: 1 KiB less flash, and a chunk a few hundred bytes long
     * arrives over 115200 baud far slower than this loop checks it. */
    uint32_t crc = 0xffffffffu;
    size_t i;
    unsigned bit;

    for (i = 0; i < len; ++i) {
        crc ^= data[i];
        for (bit = 0; bit < 8u; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}
