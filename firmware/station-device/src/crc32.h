/* CRC-32/ISO-HDLC (the zlib and Ethernet CRC-32), internal to the station device library. */
#ifndef STATION_CRC32_H
#define STATION_CRC32_H

#include <stddef.h>
#include <stdint.h>

uint32_t station_crc32(const uint8_t *data, size_t len);

#endif
