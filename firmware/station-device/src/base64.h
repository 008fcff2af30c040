/* Strict RFC 4648 base64 decoding, internal to the station device library. */
#ifndef STATION_BASE64_H
#define STATION_BASE64_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Decodes the standard alphabet with mandatory '=' padding and no whitespace. Rejects any other
 * character, padding anywhere but the end, and non-zero unused bits, so that every byte sequence
 * has exactly one accepted encoding. `out` may be the same memory as `text`: decoding in place
 * saves a second line-sized buffer. Returns false on invalid input; `out` is then unspecified.
 */
bool station_base64_decode(const char *text, size_t len, uint8_t *out, size_t *out_len);

#endif
