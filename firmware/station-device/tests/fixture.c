#include "fixture.h"

#include <stdio.h>
#include <string.h>

#include "crc32.h"
#include "sha256.h"

static void capture(void *user, const char *data, size_t len)
{
    fixture *f = user;
    const char *crlf = NULL;
    size_t i;

    ++f->writes;
    for (i = 0; i + 1u < len; ++i) {
        if (data[i] == '\r' && data[i + 1u] == '\n') {
            crlf = data + i;
            break;
        }
    }
    if (len < 2u || crlf != data + len - 2u)
        ++f->malformed_writes;
    if (f->out_len + len < FIXTURE_OUT_MAX) {
        memcpy(f->out + f->out_len, data, len);
        f->out_len += len;
    }
}

void fixture_init(fixture *f)
{
    memset(f, 0, sizeof *f);
    mem_storage_reset(&f->storage);
    f->cfg.serial = "SN-TEST-0001";
    f->cfg.firmware = "0.9.1";
    f->cfg.slots = 4;
    f->cfg.max_credential = MEM_CRED_MAX;
    f->cfg.max_chunk = 0;
    f->cfg.rx_buffer = 256;
    f->cfg.storage = mem_storage_interface(&f->storage);
    f->cfg.write = capture;
    f->cfg.write_user = f;
    fixture_boot(f);
}

bool fixture_boot(fixture *f)
{
    return station_device_init(&f->dev, &f->cfg);
}

void fixture_feed(fixture *f, const uint8_t *data, size_t len)
{
    station_device_input(&f->dev, data, len);
}

void fixture_feed_str(fixture *f, const char *text)
{
    fixture_feed(f, (const uint8_t *)text, strlen(text));
}

const char *fixture_take(fixture *f)
{
    memcpy(f->taken, f->out, f->out_len);
    f->taken[f->out_len] = '\0';
    f->out_len = 0;
    return f->taken;
}

const char *fixture_request(fixture *f, const char *line)
{
    fixture_feed_str(f, line);
    fixture_feed_str(f, "\n");
    return fixture_take(f);
}

unsigned fixture_next_seq(fixture *f)
{
    return ++f->seq;
}

void hex_sha256(const uint8_t *data, size_t len, char out[65])
{
    static const char hex[] = "0123456789abcdef";
    uint8_t digest[STATION_SHA256_SIZE];
    station_sha256 s;
    unsigned i;

    station_sha256_init(&s);
    station_sha256_update(&s, data, len);
    station_sha256_final(&s, digest);
    for (i = 0; i < STATION_SHA256_SIZE; ++i) {
        out[2u * i] = hex[digest[i] >> 4];
        out[2u * i + 1u] = hex[digest[i] & 15u];
    }
    out[64] = '\0';
}

size_t base64_encode(const uint8_t *data, size_t len, char *out)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t i, o = 0;

    for (i = 0; i < len; i += 3u) {
        uint32_t group = (uint32_t)data[i] << 16;
        if (i + 1u < len)
            group |= (uint32_t)data[i + 1u] << 8;
        if (i + 2u < len)
            group |= data[i + 2u];
        out[o++] = alphabet[(group >> 18) & 63u];
        out[o++] = alphabet[(group >> 12) & 63u];
        out[o++] = i + 1u < len ? alphabet[(group >> 6) & 63u] : '=';
        out[o++] = i + 2u < len ? alphabet[group & 63u] : '=';
    }
    out[o] = '\0';
    return o;
}

void fixture_chunk_line(fixture *f, char *line, size_t size, uint32_t offset, const uint8_t *data,
                        size_t len)
{
    char b64[2048];

    base64_encode(data + offset, len, b64);
    snprintf(line, size, "@%u CHUNK %lu %s %08lx", fixture_next_seq(f), (unsigned long)offset, b64,
             (unsigned long)station_crc32(data + offset, len));
}

bool fixture_store(fixture *f, unsigned slot, const char *type, const uint8_t *data, size_t len,
                   size_t chunk)
{
    char line[4096], sha[65];
    size_t offset;

    hex_sha256(data, len, sha);
    snprintf(line, sizeof line, "@%u WRITE %u %s %lu %s", fixture_next_seq(f), slot, type,
             (unsigned long)len, sha);
    if (strstr(fixture_request(f, line), " OK WRITE ") == NULL)
        return false;
    for (offset = 0; offset < len; offset += chunk) {
        size_t n = len - offset < chunk ? len - offset : chunk;
        fixture_chunk_line(f, line, sizeof line, (uint32_t)offset, data, n);
        if (strstr(fixture_request(f, line), " OK CHUNK ") == NULL)
            return false;
    }
    snprintf(line, sizeof line, "@%u COMMIT", fixture_next_seq(f));
    return strstr(fixture_request(f, line), " OK COMMIT ") != NULL;
}
