/*
 * Device side of the Foundry Provisioning Station "station" protocol, version 1
 * (docs/station-protocol.md).
 *
 * Portable C99: no heap, no OS, nothing from the C library but <string.h>, and no state outside
 * the station_device context the caller owns. The firmware feeds received bytes in with
 * station_device_input(); replies leave through the write callback; credentials live behind the
 * caller's station_storage.
 */
#ifndef STATION_DEVICE_H
#define STATION_DEVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STATION_PROTOCOL_VERSION 1u

/*
 * Longest request line accepted, terminator excluded. It sizes the buffer inside station_device,
 * so every translation unit that includes this header must see the same value: override it in
 * the build system, never in one source file. 128 is the protocol's minimum.
 */
#ifndef STATION_DEVICE_LINE_MAX
#define STATION_DEVICE_LINE_MAX 512u
#endif

/* Longest serial number or firmware version string; both are reported in one reply line. */
#define STATION_DEVICE_ID_MAX 32u

/* Longest reply line, CRLF included (the HELLO reply with both strings at their maximum). */
#define STATION_DEVICE_REPLY_MAX 192u

typedef enum {
    STATION_CRED_CERT = 0, /* client certificate */
    STATION_CRED_KEY = 1,  /* client private key: never readable, only its digest */
    STATION_CRED_CA = 2    /* CA certificate */
} station_cred_type;

#define STATION_CRED_TYPE_COUNT 3u

/* Error codes of the protocol; the numbers are part of the wire format. */
typedef enum {
    STATION_ERR_MALFORMED = 1,
    STATION_ERR_UNKNOWN_COMMAND = 2,
    STATION_ERR_BAD_ARGUMENT = 3,
    STATION_ERR_LINE_TOO_LONG = 4,
    STATION_ERR_BAD_ENCODING = 5,
    STATION_ERR_BAD_CRC = 6,
    STATION_ERR_BAD_OFFSET = 7,
    STATION_ERR_TOO_LARGE = 8,
    STATION_ERR_NO_SUCH_SLOT = 9,
    STATION_ERR_NOT_FOUND = 10,
    STATION_ERR_DIGEST_MISMATCH = 11,
    STATION_ERR_STORAGE = 12,
    STATION_ERR_BUSY = 13,
    STATION_ERR_NO_WRITE = 14,
    STATION_ERR_INCOMPLETE = 15,
    STATION_ERR_VERSION = 16,
    STATION_ERR_HELLO_REQUIRED = 17
} station_error;

/*
 * Credential storage. Every function returns 0 on success; any other value is a storage failure
 * that the device reports as STATION_ERR_STORAGE. All functions are called from within
 * station_device_input() and may block (erase, program) for as long as the flash needs.
 *
 * A write goes to a staging area, never to the slot itself: stage_begin() prepares it (erase),
 * stage_write() fills it in order, stage_commit() makes it the slot's content in one atomic step
 * (an A/B bank flip or a commit record with a sequence number). Until stage_commit() has returned
 * 0, a power loss must leave the slot's previous content readable. Within one stage_begin() the
 * library writes every offset exactly once, in increasing order, with no gaps, so a staging area
 * in NOR flash never has to be reprogrammed without an erase.
 */
typedef struct station_storage {
    void *user;

    /* Length of the credential held by (slot, type); 0 when the slot holds none of that type. */
    int (*info)(void *user, uint8_t slot, station_cred_type type, uint32_t *length);

    /* Bytes of the stored credential; offset + len never exceeds the length info() reported. */
    int (*read)(void *user, uint8_t slot, station_cred_type type, uint32_t offset, uint8_t *buf,
                size_t len);

    /* Start staging a credential of `length` bytes for (slot, type); drops any earlier staging. */
    int (*stage_begin)(void *user, uint8_t slot, station_cred_type type, uint32_t length);

    int (*stage_write)(void *user, uint32_t offset, const uint8_t *data, size_t len);

    /* Reads staged bytes back: the commit digest is computed over what the medium holds. */
    int (*stage_read)(void *user, uint32_t offset, uint8_t *buf, size_t len);

    /* Atomically replace (slot, type) with the `length` staged bytes. */
    int (*stage_commit)(void *user, uint8_t slot, station_cred_type type, uint32_t length);

    /* Notification that the staged data is abandoned (abort, failed check). May be NULL. */
    void (*stage_discard)(void *user);

    /* Delete the credential of (slot, type); atomic like stage_commit(). */
    int (*remove)(void *user, uint8_t slot, station_cred_type type);
} station_storage;

/*
 * Sends reply bytes. Called once per reply line with the whole line, CRLF included, so firmware
 * that logs to the same UART can keep its log lines from splitting a reply. Must not call back
 * into the library.
 */
typedef void (*station_write_fn)(void *user, const char *data, size_t len);

typedef struct {
    /* Printable ASCII without spaces, 1 to STATION_DEVICE_ID_MAX characters; must outlive the
     * context (string literals or static buffers). */
    const char *serial;
    const char *firmware;

    uint8_t slots;           /* slots 0 .. slots-1, at least 1 */
    uint32_t max_credential; /* largest credential in bytes that storage can stage */
    uint16_t max_chunk;      /* largest chunk payload, at least 16; 0 = as large as a line allows */
    uint32_t rx_buffer;      /* bytes the UART receive path can hold before they are fed in */
    /*
     * 2: the receive path keeps buffering while station_device_input() handles a line, so the
     * host may send the next request of a write before the reply to the current one (pipe=2 in
     * HELLO, protocol section 3.7). 0 or 1: the host waits for each reply. Set 2 only if bytes
     * land in a buffer of rx_buffer bytes of their own, never straight in the library's line.
     */
    uint8_t pipeline;

    station_storage storage;
    station_write_fn write;
    void *write_user;
} station_device_config;

/* The context. Its members are private; it is declared here so callers can allocate it. */
typedef struct {
    station_device_config cfg;
    uint16_t chunk_max;
    uint16_t line_len;
    bool line_overflow;
    bool hello_done;

    bool writing;
    uint8_t write_slot;
    station_cred_type write_type;
    uint32_t write_length;
    uint32_t write_next;
    uint16_t write_last_len; /* length of the newest accepted chunk; 0 before the first */
    uint8_t write_sha256[32];

    uint16_t reply_len;
    char reply[STATION_DEVICE_REPLY_MAX];
    char line[STATION_DEVICE_LINE_MAX];
} station_device;

/*
 * Validates the configuration and resets the context: no HELLO seen, no write open. Calling it
 * again after a reboot with the same storage is how the firmware starts over. Returns false if
 * the configuration is invalid (missing callback, bad strings, zero slots or sizes); the context
 * must not be used then.
 */
bool station_device_init(station_device *ctx, const station_device_config *cfg);

/*
 * Feeds bytes received from the host, in any split. Each complete line is handled before the
 * call returns, storage calls and replies included, so call it from a thread or main loop, not
 * from an interrupt handler.
 */
void station_device_input(station_device *ctx, const uint8_t *data, size_t len);

#ifdef __cplusplus
}
#endif

#endif
