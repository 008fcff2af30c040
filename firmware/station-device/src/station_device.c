#include "station_device.h"

#include <string.h>

#include "base64.h"
#include "crc32.h"
#include "sha256.h"

/* C99 has no _Static_assert; a negative array size stops the build instead. */
typedef char station_line_max_in_range[(STATION_DEVICE_LINE_MAX >= 128u &&
                                        STATION_DEVICE_LINE_MAX <= 65535u) ? 1 : -1];

#define NO_SEQ (-1L)
#define MAX_TOKENS 6u /* "@seq VERB" and at most four arguments */

/* "@65535 CHUNK 4294967295 " + base64 + " ffffffff": what a CHUNK line needs besides payload. */
#define CHUNK_LINE_OVERHEAD 33u

/* Storage reads go through this much stack at a time while hashing or comparing. */
#define READ_PIECE 32u

typedef struct {
    char *text;
    size_t len;
} token;

static const char *const error_text[] = {
    "",
    "malformed line",
    "unknown command",
    "bad argument",
    "line too long",
    "bad base64",
    "bad crc",
    "out of order offset",
    "too large",
    "no such slot",
    "not found",
    "digest mismatch",
    "storage failure",
    "busy",
    "no write in progress",
    "incomplete",
    "version unsupported",
    "hello required",
};

static const char *const type_name[STATION_CRED_TYPE_COUNT] = {"CERT", "KEY", "CA"};

static void put_char(station_device *d, char c)
{
    /* STATION_DEVICE_REPLY_MAX covers the longest reply; this bound only guards the buffer. */
    if (d->reply_len < sizeof d->reply)
        d->reply[d->reply_len++] = c;
}

static void put_str(station_device *d, const char *s)
{
    while (*s != '\0')
        put_char(d, *s++);
}

static void put_u32(station_device *d, uint32_t v)
{
    char digits[10];
    unsigned n = 0;

    do {
        digits[n++] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v != 0);
    while (n > 0)
        put_char(d, digits[--n]);
}

static void put_hex(station_device *d, const uint8_t *bytes, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    size_t i;

    for (i = 0; i < len; ++i) {
        put_char(d, hex[bytes[i] >> 4]);
        put_char(d, hex[bytes[i] & 15u]);
    }
}

static void put_key_u32(station_device *d, const char *key, uint32_t v)
{
    put_char(d, ' ');
    put_str(d, key);
    put_char(d, '=');
    put_u32(d, v);
}

static void put_key_str(station_device *d, const char *key, const char *v)
{
    put_char(d, ' ');
    put_str(d, key);
    put_char(d, '=');
    put_str(d, v);
}

static void put_key_sha(station_device *d, const uint8_t sha[STATION_SHA256_SIZE])
{
    put_str(d, " sha256=");
    put_hex(d, sha, STATION_SHA256_SIZE);
}

static void reply_begin(station_device *d, long seq, const char *status)
{
    d->reply_len = 0;
    put_char(d, '=');
    if (seq == NO_SEQ)
        put_char(d, '-');
    else
        put_u32(d, (uint32_t)seq);
    put_char(d, ' ');
    put_str(d, status);
}

static void reply_end(station_device *d)
{
    put_str(d, "\r\n");
    d->cfg.write(d->cfg.write_user, d->reply, d->reply_len);
}

static void ok_begin(station_device *d, long seq, const char *verb)
{
    reply_begin(d, seq, "OK ");
    put_str(d, verb);
}

/* Errors that carry details are built with err_begin() + put_key_*() + reply_end(). */
static void err_begin(station_device *d, long seq, station_error code)
{
    reply_begin(d, seq, "ERR ");
    put_u32(d, (uint32_t)code);
    put_char(d, ' ');
    put_str(d, error_text[code]);
}

static void err(station_device *d, long seq, station_error code)
{
    err_begin(d, seq, code);
    reply_end(d);
}

static void put_slot_type(station_device *d, uint8_t slot, station_cred_type type)
{
    put_key_u32(d, "slot", slot);
    put_key_str(d, "type", type_name[type]);
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

static char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

static bool token_is(const token *t, const char *word)
{
    size_t i;

    for (i = 0; i < t->len; ++i) {
        if (word[i] == '\0' || upper(t->text[i]) != word[i])
            return false;
    }
    return word[t->len] == '\0';
}

static bool parse_u32(const token *t, uint32_t *out)
{
    uint32_t v = 0;
    size_t i;

    if (t->len == 0 || t->len > 10u)
        return false;
    for (i = 0; i < t->len; ++i) {
        uint32_t digit;
        if (t->text[i] < '0' || t->text[i] > '9')
            return false;
        digit = (uint32_t)(t->text[i] - '0');
        if (v > (0xffffffffu - digit) / 10u)
            return false;
        v = v * 10u + digit;
    }
    *out = v;
    return true;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = upper(c);
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool parse_hex(const token *t, uint8_t *out, size_t bytes)
{
    size_t i;

    if (t->len != 2u * bytes)
        return false;
    for (i = 0; i < bytes; ++i) {
        int hi = hex_value(t->text[2u * i]), lo = hex_value(t->text[2u * i + 1u]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = (uint8_t)(hi << 4 | lo);
    }
    return true;
}

/* "@" then 1-5 digits, no leading zero, at most 65535. Returns NO_SEQ otherwise. */
static long parse_seq(const token *t)
{
    token digits;
    uint32_t v;

    if (t->len < 2u || t->len > 6u || t->text[0] != '@' || (t->len > 2u && t->text[1] == '0'))
        return NO_SEQ;
    digits.text = t->text + 1;
    digits.len = t->len - 1u;
    if (!parse_u32(&digits, &v) || v > 65535u)
        return NO_SEQ;
    return (long)v;
}

/* Splits on spaces and tabs. Returns MAX_TOKENS + 1 when there are more tokens than fit. */
static size_t tokenize(char *line, size_t len, token *tokens)
{
    size_t n = 0, i = 0;

    for (;;) {
        size_t start;
        while (i < len && is_space(line[i]))
            ++i;
        if (i == len)
            return n;
        if (n == MAX_TOKENS)
            return MAX_TOKENS + 1u;
        start = i;
        while (i < len && !is_space(line[i]))
            ++i;
        tokens[n].text = line + start;
        tokens[n].len = i - start;
        ++n;
    }
}

/* The first token, if complete within `len` bytes, as a sequence number. */
static long leading_seq(char *line, size_t len)
{
    token t;
    size_t i = 0;

    while (i < len && is_space(line[i]))
        ++i;
    t.text = line + i;
    while (i < len && !is_space(line[i]))
        ++i;
    if (i == len)
        return NO_SEQ;
    t.len = (size_t)(line + i - t.text);
    return parse_seq(&t);
}

/* Slot number argument; replies with the error itself when it is not a valid slot. */
static bool parse_slot(station_device *d, long seq, const token *t, uint8_t *slot)
{
    uint32_t v;

    if (!parse_u32(t, &v)) {
        err(d, seq, STATION_ERR_BAD_ARGUMENT);
        return false;
    }
    if (v >= d->cfg.slots) {
        err_begin(d, seq, STATION_ERR_NO_SUCH_SLOT);
        put_key_u32(d, "slots", d->cfg.slots);
        reply_end(d);
        return false;
    }
    *slot = (uint8_t)v;
    return true;
}

static bool parse_type(const token *t, station_cred_type *type)
{
    unsigned i;

    for (i = 0; i < STATION_CRED_TYPE_COUNT; ++i) {
        if (token_is(t, type_name[i])) {
            *type = (station_cred_type)i;
            return true;
        }
    }
    return false;
}

/* Hashes `length` bytes of the slot's credential, or of the staging area if `staged`. */
static int hash_stored(const station_storage *st, bool staged, uint8_t slot,
                       station_cred_type type, uint32_t length,
                       uint8_t sha[STATION_SHA256_SIZE])
{
    station_sha256 ctx;
    uint8_t piece[READ_PIECE];
    uint32_t offset = 0;

    station_sha256_init(&ctx);
    while (offset < length) {
        size_t n = length - offset < READ_PIECE ? (size_t)(length - offset) : READ_PIECE;
        int rc = staged ? st->stage_read(st->user, offset, piece, n)
                        : st->read(st->user, slot, type, offset, piece, n);
        if (rc != 0)
            return rc;
        station_sha256_update(&ctx, piece, n);
        offset += (uint32_t)n;
    }
    station_sha256_final(&ctx, sha);
    return 0;
}

static void end_write(station_device *d)
{
    if (d->writing && d->cfg.storage.stage_discard != NULL)
        d->cfg.storage.stage_discard(d->cfg.storage.user);
    d->writing = false;
}

static void cmd_hello(station_device *d, long seq, token *args, size_t nargs)
{
    bool supported = false;
    size_t i = 0;

    if (nargs != 1u) {
        err(d, seq, STATION_ERR_BAD_ARGUMENT);
        return;
    }
    while (i <= args[0].len) {
        token version;
        uint32_t v;
        version.text = args[0].text + i;
        version.len = 0;
        while (i + version.len < args[0].len && version.text[version.len] != ',')
            ++version.len;
        if (!parse_u32(&version, &v) || v == 0 || v > 65535u) {
            err(d, seq, STATION_ERR_BAD_ARGUMENT);
            return;
        }
        if (v == STATION_PROTOCOL_VERSION)
            supported = true;
        i += version.len + 1u;
    }
    if (!supported) {
        err_begin(d, seq, STATION_ERR_VERSION);
        put_key_u32(d, "versions", STATION_PROTOCOL_VERSION);
        reply_end(d);
        return;
    }
    /* HELLO is the host's resynchronisation point: nothing half-done survives it. */
    end_write(d);
    d->hello_done = true;
    ok_begin(d, seq, "HELLO");
    put_key_u32(d, "proto", STATION_PROTOCOL_VERSION);
    put_key_str(d, "serial", d->cfg.serial);
    put_key_str(d, "fw", d->cfg.firmware);
    put_key_u32(d, "line", STATION_DEVICE_LINE_MAX);
    put_key_u32(d, "chunk", d->chunk_max);
    put_key_u32(d, "cred", d->cfg.max_credential);
    put_key_u32(d, "slots", d->cfg.slots);
    put_key_u32(d, "rxbuf", d->cfg.rx_buffer);
    /* Only when the integrator says so: it depends on how the UART feeds the library. */
    if (d->cfg.pipeline >= 2u)
        put_key_u32(d, "pipe", 2u);
    put_key_str(d, "types", "CERT,KEY,CA");
    reply_end(d);
}

static void cmd_write(station_device *d, long seq, token *args, size_t nargs)
{
    const station_storage *st = &d->cfg.storage;
    station_cred_type type;
    uint32_t length;
    uint8_t sha[STATION_SHA256_SIZE];
    uint8_t slot;

    if (nargs != 4u || !parse_type(&args[1], &type) || !parse_u32(&args[2], &length) ||
        length == 0 || !parse_hex(&args[3], sha, sizeof sha)) {
        err(d, seq, STATION_ERR_BAD_ARGUMENT);
        return;
    }
    if (!parse_slot(d, seq, &args[0], &slot))
        return;
    if (length > d->cfg.max_credential) {
        err_begin(d, seq, STATION_ERR_TOO_LARGE);
        put_key_u32(d, "max", d->cfg.max_credential);
        reply_end(d);
        return;
    }
    /* The same WRITE again is the host retrying after a lost reply: restart it rather than
     * refuse, so the retry is harmless. */
    if (d->writing && !(slot == d->write_slot && type == d->write_type &&
                        length == d->write_length &&
                        memcmp(sha, d->write_sha256, sizeof sha) == 0)) {
        err(d, seq, STATION_ERR_BUSY);
        return;
    }
    d->writing = false;
    if (st->stage_begin(st->user, slot, type, length) != 0) {
        err(d, seq, STATION_ERR_STORAGE);
        return;
    }
    d->writing = true;
    d->write_slot = slot;
    d->write_type = type;
    d->write_length = length;
    d->write_next = 0;
    d->write_last_len = 0;
    memcpy(d->write_sha256, sha, sizeof sha);
    ok_begin(d, seq, "WRITE");
    put_slot_type(d, slot, type);
    put_key_u32(d, "length", length);
    reply_end(d);
}

/* Whether the staging area holds `data` at `offset`; -1 on a storage failure. */
static int staged_equals(const station_storage *st, uint32_t offset, const uint8_t *data,
                         size_t len)
{
    uint8_t piece[READ_PIECE];
    size_t done = 0;

    while (done < len) {
        size_t n = len - done < READ_PIECE ? len - done : READ_PIECE;
        if (st->stage_read(st->user, offset + (uint32_t)done, piece, n) != 0)
            return -1;
        if (memcmp(piece, data + done, n) != 0)
            return 0;
        done += n;
    }
    return 1;
}

static void chunk_ok(station_device *d, long seq)
{
    ok_begin(d, seq, "CHUNK");
    put_key_u32(d, "next", d->write_next);
    reply_end(d);
}

static void cmd_chunk(station_device *d, long seq, token *args, size_t nargs)
{
    const station_storage *st = &d->cfg.storage;
    uint8_t crc_bytes[4];
    uint32_t offset, crc;
    uint8_t *payload;
    size_t len;

    if (nargs != 3u || !parse_u32(&args[0], &offset) || !parse_hex(&args[2], crc_bytes, 4u)) {
        err(d, seq, STATION_ERR_BAD_ARGUMENT);
        return;
    }
    if (!d->writing) {
        err(d, seq, STATION_ERR_NO_WRITE);
        return;
    }
    payload = (uint8_t *)args[1].text;
    if (!station_base64_decode(args[1].text, args[1].len, payload, &len)) {
        err(d, seq, STATION_ERR_BAD_ENCODING);
        return;
    }
    if (len > d->chunk_max) {
        err_begin(d, seq, STATION_ERR_TOO_LARGE);
        put_key_u32(d, "max", d->chunk_max);
        reply_end(d);
        return;
    }
    crc = (uint32_t)crc_bytes[0] << 24 | (uint32_t)crc_bytes[1] << 16 |
          (uint32_t)crc_bytes[2] << 8 | (uint32_t)crc_bytes[3];
    if (station_crc32(payload, len) != crc) {
        err(d, seq, STATION_ERR_BAD_CRC);
        return;
    }

    if (offset == d->write_next) {
        if (len > d->write_length - d->write_next) {
            err_begin(d, seq, STATION_ERR_TOO_LARGE);
            put_key_u32(d, "max", d->write_length - d->write_next);
            reply_end(d);
            return;
        }
        if (st->stage_write(st->user, offset, payload, len) != 0) {
            end_write(d);
            err(d, seq, STATION_ERR_STORAGE);
            return;
        }
        d->write_next += (uint32_t)len;
        d->write_last_len = (uint16_t)len;
        chunk_ok(d, seq);
        return;
    }

    /* The newest chunk again is the host retrying after a lost acknowledgement. It is compared
     * with what was staged instead of written again: flash cannot be programmed twice. */
    if (d->write_last_len != 0 && len == d->write_last_len &&
        offset == d->write_next - d->write_last_len) {
        int same = staged_equals(st, offset, payload, len);
        if (same < 0) {
            end_write(d);
            err(d, seq, STATION_ERR_STORAGE);
            return;
        }
        if (same > 0) {
            chunk_ok(d, seq);
            return;
        }
    }
    err_begin(d, seq, STATION_ERR_BAD_OFFSET);
    put_key_u32(d, "expected", d->write_next);
    reply_end(d);
}

static void cmd_commit(station_device *d, long seq, token *args, size_t nargs)
{
    const station_storage *st = &d->cfg.storage;
    uint8_t sha[STATION_SHA256_SIZE];

    (void)args;
    if (nargs != 0) {
        err(d, seq, STATION_ERR_BAD_ARGUMENT);
        return;
    }
    if (!d->writing) {
        err(d, seq, STATION_ERR_NO_WRITE);
        return;
    }
    if (d->write_next != d->write_length) {
        err_begin(d, seq, STATION_ERR_INCOMPLETE);
        put_key_u32(d, "received", d->write_next);
        put_key_u32(d, "length", d->write_length);
        reply_end(d);
        return;
    }
    if (hash_stored(st, true, d->write_slot, d->write_type, d->write_length, sha) != 0) {
        end_write(d);
        err(d, seq, STATION_ERR_STORAGE);
        return;
    }
    if (memcmp(sha, d->write_sha256, sizeof sha) != 0) {
        end_write(d);
        err_begin(d, seq, STATION_ERR_DIGEST_MISMATCH);
        put_key_sha(d, sha);
        reply_end(d);
        return;
    }
    if (st->stage_commit(st->user, d->write_slot, d->write_type, d->write_length) != 0) {
        end_write(d);
        err(d, seq, STATION_ERR_STORAGE);
        return;
    }
    d->writing = false;
    ok_begin(d, seq, "COMMIT");
    put_slot_type(d, d->write_slot, d->write_type);
    put_key_u32(d, "length", d->write_length);
    put_key_sha(d, sha);
    reply_end(d);
}

static void cmd_abort(station_device *d, long seq, token *args, size_t nargs)
{
    (void)args;
    if (nargs != 0) {
        err(d, seq, STATION_ERR_BAD_ARGUMENT);
        return;
    }
    end_write(d);
    ok_begin(d, seq, "ABORT");
    reply_end(d);
}

/* Parses "<slot> <type>"; replies with the error itself on failure. */
static bool slot_type_args(station_device *d, long seq, token *args, size_t nargs, uint8_t *slot,
                           station_cred_type *type)
{
    if (nargs != 2u || !parse_type(&args[1], type)) {
        err(d, seq, STATION_ERR_BAD_ARGUMENT);
        return false;
    }
    return parse_slot(d, seq, &args[0], slot);
}

static void cmd_digest(station_device *d, long seq, token *args, size_t nargs)
{
    const station_storage *st = &d->cfg.storage;
    uint8_t sha[STATION_SHA256_SIZE];
    station_cred_type type;
    uint32_t length;
    uint8_t slot;

    if (!slot_type_args(d, seq, args, nargs, &slot, &type))
        return;
    if (st->info(st->user, slot, type, &length) != 0 ||
        (length > 0 && hash_stored(st, false, slot, type, length, sha) != 0)) {
        err(d, seq, STATION_ERR_STORAGE);
        return;
    }
    if (length == 0) {
        err(d, seq, STATION_ERR_NOT_FOUND);
        return;
    }
    ok_begin(d, seq, "DIGEST");
    put_slot_type(d, slot, type);
    put_key_u32(d, "length", length);
    put_key_sha(d, sha);
    reply_end(d);
}

static void cmd_list(station_device *d, long seq, token *args, size_t nargs)
{
    const station_storage *st = &d->cfg.storage;
    uint8_t first = 0, last = (uint8_t)(d->cfg.slots - 1u), slot;
    uint32_t count = 0;

    if (nargs > 1u) {
        err(d, seq, STATION_ERR_BAD_ARGUMENT);
        return;
    }
    if (nargs == 1u) {
        if (!parse_slot(d, seq, &args[0], &first))
            return;
        last = first;
    }
    for (slot = first;; ++slot) {
        unsigned t;
        for (t = 0; t < STATION_CRED_TYPE_COUNT; ++t) {
            station_cred_type type = (station_cred_type)t;
            uint8_t sha[STATION_SHA256_SIZE];
            uint32_t length;
            if (st->info(st->user, slot, type, &length) != 0 ||
                (length > 0 && hash_stored(st, false, slot, type, length, sha) != 0)) {
                err(d, seq, STATION_ERR_STORAGE);
                return;
            }
            if (length == 0)
                continue;
            reply_begin(d, seq, "ITEM");
            put_slot_type(d, slot, type);
            put_key_u32(d, "length", length);
            put_key_sha(d, sha);
            reply_end(d);
            ++count;
        }
        if (slot == last)
            break;
    }
    ok_begin(d, seq, "LIST");
    put_key_u32(d, "count", count);
    reply_end(d);
}

static void cmd_delete(station_device *d, long seq, token *args, size_t nargs)
{
    const station_storage *st = &d->cfg.storage;
    station_cred_type type;
    uint32_t length;
    uint8_t slot;

    if (!slot_type_args(d, seq, args, nargs, &slot, &type))
        return;
    if (st->info(st->user, slot, type, &length) != 0) {
        err(d, seq, STATION_ERR_STORAGE);
        return;
    }
    if (length == 0) {
        err(d, seq, STATION_ERR_NOT_FOUND);
        return;
    }
    if (st->remove(st->user, slot, type) != 0) {
        err(d, seq, STATION_ERR_STORAGE);
        return;
    }
    ok_begin(d, seq, "DELETE");
    put_slot_type(d, slot, type);
    reply_end(d);
}

typedef void (*command_fn)(station_device *d, long seq, token *args, size_t nargs);

static const struct {
    const char *verb;
    command_fn run;
} commands[] = {
    {"HELLO", cmd_hello},   {"WRITE", cmd_write}, {"CHUNK", cmd_chunk},
    {"COMMIT", cmd_commit}, {"ABORT", cmd_abort}, {"DIGEST", cmd_digest},
    {"LIST", cmd_list},     {"DELETE", cmd_delete},
};

static void handle_line(station_device *d, char *line, size_t len)
{
    token tokens[MAX_TOKENS];
    size_t n = tokenize(line, len, tokens), i;
    long seq;

    if (n == 0)
        return; /* blank lines let the host flush a partial line without a reply */
    seq = parse_seq(&tokens[0]);
    for (i = 0; i < len; ++i) {
        unsigned char c = (unsigned char)line[i];
        if ((c < 0x20u && c != '\t') || c > 0x7eu) {
            err(d, seq, STATION_ERR_MALFORMED);
            return;
        }
    }
    if (seq == NO_SEQ || n < 2u) {
        err(d, seq, STATION_ERR_MALFORMED);
        return;
    }
    for (i = 0; i < sizeof commands / sizeof commands[0]; ++i) {
        if (token_is(&tokens[1], commands[i].verb))
            break;
    }
    if (i == sizeof commands / sizeof commands[0]) {
        err(d, seq, STATION_ERR_UNKNOWN_COMMAND);
        return;
    }
    if (n > MAX_TOKENS) {
        err(d, seq, STATION_ERR_BAD_ARGUMENT);
        return;
    }
    if (!d->hello_done && commands[i].run != cmd_hello) {
        err(d, seq, STATION_ERR_HELLO_REQUIRED);
        return;
    }
    commands[i].run(d, seq, tokens + 2, n - 2u);
}

static void end_of_line(station_device *d)
{
    if (d->line_overflow) {
        err_begin(d, leading_seq(d->line, d->line_len), STATION_ERR_LINE_TOO_LONG);
        put_key_u32(d, "max", STATION_DEVICE_LINE_MAX);
        reply_end(d);
    } else {
        handle_line(d, d->line, d->line_len);
    }
    /* The line may have carried private key bytes; do not leave them lying in RAM. */
    memset(d->line, 0, d->line_len);
    d->line_len = 0;
    d->line_overflow = false;
}

void station_device_input(station_device *ctx, const uint8_t *data, size_t len)
{
    size_t i;

    for (i = 0; i < len; ++i) {
        char c = (char)data[i];
        if (c == '\r' || c == '\n') {
            end_of_line(ctx);
        } else if (ctx->line_len == STATION_DEVICE_LINE_MAX) {
            /* Keep the start of the line: it holds the sequence number for the error reply. */
            ctx->line_overflow = true;
        } else {
            ctx->line[ctx->line_len++] = c;
        }
    }
}

static bool valid_id(const char *s)
{
    size_t n = 0;

    if (s == NULL)
        return false;
    for (; s[n] != '\0'; ++n) {
        if (n == STATION_DEVICE_ID_MAX || s[n] <= ' ' || s[n] > '~')
            return false;
    }
    return n > 0;
}

bool station_device_init(station_device *ctx, const station_device_config *cfg)
{
    const station_storage *st = &cfg->storage;
    uint32_t line_chunk = (STATION_DEVICE_LINE_MAX - CHUNK_LINE_OVERHEAD) / 4u * 3u;

    if (!valid_id(cfg->serial) || !valid_id(cfg->firmware) || cfg->slots == 0 ||
        cfg->max_credential == 0 || (cfg->max_chunk != 0 && cfg->max_chunk < 16u) ||
        cfg->rx_buffer == 0 || cfg->write == NULL ||
        st->info == NULL || st->read == NULL || st->stage_begin == NULL ||
        st->stage_write == NULL || st->stage_read == NULL || st->stage_commit == NULL ||
        st->remove == NULL)
        return false;
    memset(ctx, 0, sizeof *ctx);
    ctx->cfg = *cfg;
    ctx->chunk_max = (uint16_t)line_chunk;
    if (cfg->max_chunk != 0 && cfg->max_chunk < line_chunk)
        ctx->chunk_max = cfg->max_chunk;
    return true;
}
