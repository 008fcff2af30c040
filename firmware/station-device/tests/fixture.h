/* A device under test: the library, in-memory storage, and everything it sent. */
#ifndef FIXTURE_H
#define FIXTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mem_storage.h"
#include "station_device.h"

#define FIXTURE_OUT_MAX 65536u

typedef struct {
    mem_storage storage;
    station_device_config cfg;
    station_device dev;
    char out[FIXTURE_OUT_MAX];
    size_t out_len;
    char taken[FIXTURE_OUT_MAX];
    unsigned writes;          /* calls of the write callback */
    unsigned malformed_writes; /* calls whose data was not exactly one CRLF-terminated line */
    unsigned seq;             /* the last sequence number fixture_next_seq() handed out */
} fixture;

/* Empty storage, the default configuration, booted. */
void fixture_init(fixture *f);

/* station_device_init() with f->cfg on the same storage, as firmware does after a reset. */
bool fixture_boot(fixture *f);

void fixture_feed(fixture *f, const uint8_t *data, size_t len);
void fixture_feed_str(fixture *f, const char *text);

/* Everything the device sent since the last call, as a string. */
const char *fixture_take(fixture *f);

/* Sends one request line (LF appended) and returns the reply lines. */
const char *fixture_request(fixture *f, const char *line);

unsigned fixture_next_seq(fixture *f);

/* WRITE, CHUNKs of at most `chunk` bytes, COMMIT; true if every step replied OK. */
bool fixture_store(fixture *f, unsigned slot, const char *type, const uint8_t *data, size_t len,
                   size_t chunk);

/* The CHUNK request for data[offset, offset + len) with a fresh sequence number. */
void fixture_chunk_line(fixture *f, char *line, size_t size, uint32_t offset, const uint8_t *data,
                        size_t len);

void hex_sha256(const uint8_t *data, size_t len, char out[65]);
size_t base64_encode(const uint8_t *data, size_t len, char *out);

#endif
