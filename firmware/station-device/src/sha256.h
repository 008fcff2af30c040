/* SHA-256 (FIPS 180-4), internal to the station device library. */
#ifndef STATION_SHA256_H
#define STATION_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define STATION_SHA256_SIZE 32u

typedef struct {
    uint32_t state[8];
    uint64_t total; /* bytes hashed so far */
    uint8_t block[64];
    size_t fill;
} station_sha256;

void station_sha256_init(station_sha256 *s);
void station_sha256_update(station_sha256 *s, const uint8_t *data, size_t len);
void station_sha256_final(station_sha256 *s, uint8_t digest[STATION_SHA256_SIZE]);

#endif
