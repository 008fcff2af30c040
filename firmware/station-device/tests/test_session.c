/* The commands: version negotiation, writes, commits, digests, listing, deleting, errors. */
#include <stdio.h>
#include <string.h>

#include "fixture.h"
#include "harness.h"

static fixture f;
static char expected[1024];
static char line[4096];

static uint8_t cert[1200];
static uint8_t key[1700];
static uint8_t other[900];

static void fill(uint8_t *data, size_t len, unsigned seed)
{
    size_t i;

    for (i = 0; i < len; ++i)
        data[i] = (uint8_t)((i * 31u + seed) ^ (i >> 3));
}

static void start(void)
{
    fixture_init(&f);
    fill(cert, sizeof cert, 1);
    fill(key, sizeof key, 2);
    fill(other, sizeof other, 3);
    fixture_request(&f, "@100 HELLO 1");
    f.seq = 0;
}

static const char *digest_line(unsigned seq, unsigned slot, const char *type, const uint8_t *data,
                               size_t len)
{
    char sha[65];

    hex_sha256(data, len, sha);
    snprintf(expected, sizeof expected, "=%u OK DIGEST slot=%u type=%s length=%lu sha256=%s\r\n",
             seq, slot, type, (unsigned long)len, sha);
    return expected;
}

static const char *write_line(unsigned slot, const char *type, size_t len, const uint8_t *data)
{
    char sha[65];

    hex_sha256(data, len, sha);
    snprintf(line, sizeof line, "@%u WRITE %u %s %lu %s", fixture_next_seq(&f), slot, type,
             (unsigned long)len, sha);
    return line;
}

static const char *chunk_line(uint32_t offset, const uint8_t *data, size_t len)
{
    fixture_chunk_line(&f, line, sizeof line, offset, data, len);
    return line;
}

static void test_hello_negotiates_version(void)
{
    fixture_init(&f);
    CHECK_PREFIX(fixture_request(&f, "@1 HELLO 2,1,3"), "=1 OK HELLO proto=1 ");
    CHECK_STR(fixture_request(&f, "@2 HELLO 2"), "=2 ERR 16 version unsupported versions=1\r\n");
    CHECK_STR(fixture_request(&f, "@3 HELLO 2,3"), "=3 ERR 16 version unsupported versions=1\r\n");
    CHECK_STR(fixture_request(&f, "@4 HELLO one"), "=4 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@5 HELLO 1,"), "=5 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@6 HELLO 0"), "=6 ERR 3 bad argument\r\n");
}

static void test_commands_need_hello_first(void)
{
    fixture_init(&f);
    CHECK_STR(fixture_request(&f, "@1 LIST"), "=1 ERR 17 hello required\r\n");
    CHECK_STR(fixture_request(&f, "@2 DIGEST 0 CERT"), "=2 ERR 17 hello required\r\n");
    CHECK_STR(fixture_request(&f, "@3 HELLO 2"), "=3 ERR 16 version unsupported versions=1\r\n");
    CHECK_STR(fixture_request(&f, "@4 LIST"), "=4 ERR 17 hello required\r\n");
    CHECK_PREFIX(fixture_request(&f, "@5 HELLO 1"), "=5 OK HELLO ");
    CHECK_STR(fixture_request(&f, "@6 LIST"), "=6 OK LIST count=0\r\n");
}

static void test_hello_reports_configured_limits_in_full(void)
{
    fixture_init(&f);
    f.cfg.serial = "S234567890123456789012345678901Z";
    f.cfg.firmware = "F234567890123456789012345678901Z";
    f.cfg.slots = 255;
    f.cfg.max_credential = 4294967295u;
    f.cfg.max_chunk = 100;
    f.cfg.rx_buffer = 4294967295u;
    CHECK(fixture_boot(&f));
    CHECK_STR(fixture_request(&f, "@65535 HELLO 1"),
              "=65535 OK HELLO proto=1 serial=S234567890123456789012345678901Z "
              "fw=F234567890123456789012345678901Z line=512 chunk=100 cred=4294967295 "
              "slots=255 rxbuf=4294967295 types=CERT,KEY,CA\r\n");
    /* With pipelining advertised the longest HELLO reply still fits 192 bytes, CRLF included. */
    f.cfg.pipeline = 2;
    CHECK(fixture_boot(&f));
    CHECK_STR(fixture_request(&f, "@65535 HELLO 1"),
              "=65535 OK HELLO proto=1 serial=S234567890123456789012345678901Z "
              "fw=F234567890123456789012345678901Z line=512 chunk=100 cred=4294967295 "
              "slots=255 rxbuf=4294967295 pipe=2 types=CERT,KEY,CA\r\n");
    CHECK(strlen(fixture_request(&f, "@65535 HELLO 1")) <= STATION_DEVICE_REPLY_MAX);
}

static void test_init_rejects_bad_configuration(void)
{
    station_device_config good;

    fixture_init(&f);
    good = f.cfg;
    CHECK(fixture_boot(&f));
    f.cfg.serial = "has space";
    CHECK(!fixture_boot(&f));
    f.cfg = good;
    f.cfg.firmware = "";
    CHECK(!fixture_boot(&f));
    f.cfg = good;
    f.cfg.serial = "S234567890123456789012345678901Z3";
    CHECK(!fixture_boot(&f));
    f.cfg = good;
    f.cfg.slots = 0;
    CHECK(!fixture_boot(&f));
    f.cfg = good;
    f.cfg.storage.stage_commit = NULL;
    CHECK(!fixture_boot(&f));
    f.cfg = good;
    f.cfg.write = NULL;
    CHECK(!fixture_boot(&f));
    f.cfg = good;
    f.cfg.max_chunk = 15;
    CHECK(!fixture_boot(&f));
    f.cfg = good;
    f.cfg.storage.stage_discard = NULL; /* optional */
    CHECK(fixture_boot(&f));
}

static void test_write_commit_digest_list_delete(void)
{
    char sha[65];

    start();
    snprintf(expected, sizeof expected, "=1 OK WRITE slot=2 type=CERT length=%lu\r\n",
             (unsigned long)sizeof cert);
    CHECK_STR(fixture_request(&f, write_line(2, "CERT", sizeof cert, cert)), expected);
    CHECK_STR(fixture_request(&f, chunk_line(0, cert, 357)), "=2 OK CHUNK next=357\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(357, cert, 357)), "=3 OK CHUNK next=714\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(714, cert, 357)), "=4 OK CHUNK next=1071\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(1071, cert, 129)), "=5 OK CHUNK next=1200\r\n");
    hex_sha256(cert, sizeof cert, sha);
    snprintf(expected, sizeof expected,
             "=6 OK COMMIT slot=2 type=CERT length=1200 sha256=%s\r\n", sha);
    CHECK_STR(fixture_request(&f, "@6 COMMIT"), expected);
    CHECK_STR(fixture_request(&f, "@7 DIGEST 2 CERT"), digest_line(7, 2, "CERT", cert, 1200));

    CHECK(fixture_store(&f, 2, "KEY", key, sizeof key, 300));
    CHECK(fixture_store(&f, 0, "ca", other, sizeof other, 357));
    CHECK_STR(fixture_request(&f, "@50 DIGEST 2 KEY"), digest_line(50, 2, "KEY", key, 1700));

    {
        char want[1024], sha_key[65], sha_ca[65];
        hex_sha256(key, sizeof key, sha_key);
        hex_sha256(other, sizeof other, sha_ca);
        snprintf(want, sizeof want,
                 "=51 ITEM slot=0 type=CA length=900 sha256=%s\r\n"
                 "=51 ITEM slot=2 type=CERT length=1200 sha256=%s\r\n"
                 "=51 ITEM slot=2 type=KEY length=1700 sha256=%s\r\n"
                 "=51 OK LIST count=3\r\n",
                 sha_ca, sha, sha_key);
        CHECK_STR(fixture_request(&f, "@51 LIST"), want);
        snprintf(want, sizeof want, "=52 ITEM slot=0 type=CA length=900 sha256=%s\r\n"
                                    "=52 OK LIST count=1\r\n", sha_ca);
        CHECK_STR(fixture_request(&f, "@52 LIST 0"), want);
        CHECK_STR(fixture_request(&f, "@53 LIST 1"), "=53 OK LIST count=0\r\n");
    }

    CHECK_STR(fixture_request(&f, "@60 DELETE 2 KEY"), "=60 OK DELETE slot=2 type=KEY\r\n");
    CHECK_STR(fixture_request(&f, "@61 DIGEST 2 KEY"), "=61 ERR 10 not found\r\n");
    CHECK_STR(fixture_request(&f, "@62 DELETE 2 KEY"), "=62 ERR 10 not found\r\n");
    CHECK_STR(fixture_request(&f, "@63 DIGEST 2 CERT"), digest_line(63, 2, "CERT", cert, 1200));
    CHECK(f.storage.write_violations == 0);
}

static void test_commit_replaces_an_existing_credential(void)
{
    start();
    CHECK(fixture_store(&f, 1, "CERT", cert, sizeof cert, 200));
    CHECK(fixture_store(&f, 1, "CERT", other, sizeof other, 200));
    CHECK_STR(fixture_request(&f, "@70 DIGEST 1 CERT"), digest_line(70, 1, "CERT", other, 900));
}

static void test_bad_crc_is_rejected_and_the_resend_accepted(void)
{
    char *crc;

    start();
    fixture_request(&f, write_line(0, "CERT", sizeof cert, cert));
    chunk_line(0, cert, 300);
    crc = strrchr(line, ' ') + 1;
    crc[7] = crc[7] == '0' ? '1' : '0';
    CHECK_STR(fixture_request(&f, line), "=2 ERR 6 bad crc\r\n");
    /* A payload corrupted on the wire, caught by the CRC and not the decoder. */
    chunk_line(0, cert, 300);
    line[20] = line[20] == 'A' ? 'B' : 'A';
    CHECK_STR(fixture_request(&f, line), "=3 ERR 6 bad crc\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(0, cert, 300)), "=4 OK CHUNK next=300\r\n");
}

static void test_bad_base64_and_bad_arguments(void)
{
    start();
    fixture_request(&f, write_line(0, "CERT", sizeof cert, cert));
    CHECK_STR(fixture_request(&f, "@2 CHUNK 0 Zg= 00000000"), "=2 ERR 5 bad base64\r\n");
    CHECK_STR(fixture_request(&f, "@3 CHUNK 0 Zh== 76d32be0"), "=3 ERR 5 bad base64\r\n");
    CHECK_STR(fixture_request(&f, "@4 CHUNK 0 Zg== 76d32be"), "=4 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@5 CHUNK -1 Zg== 76d32be0"), "=5 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@6 CHUNK 0 Zg=="), "=6 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@7 CHUNK 0 Zg== 76D32BE0"), "=7 OK CHUNK next=1\r\n");
    CHECK_STR(fixture_request(&f, "@8 WRITE 0 PSK 10 00"), "=8 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@9 WRITE 0 CERT 0 "
                                  "0000000000000000000000000000000000000000000000000000000000000000"),
              "=9 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@10 WRITE 0 CERT 10 abc"), "=10 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@11 DIGEST 0"), "=11 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@12 DELETE 0 KEYS"), "=12 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@13 COMMIT now"), "=13 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@14 LIST 0 1"), "=14 ERR 3 bad argument\r\n");
}

static void test_out_of_order_offsets_are_refused(void)
{
    start();
    fixture_request(&f, write_line(0, "KEY", sizeof key, key));
    CHECK_STR(fixture_request(&f, chunk_line(100, key, 100)), "=2 ERR 7 out of order offset expected=0\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(0, key, 100)), "=3 OK CHUNK next=100\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(100, key, 100)), "=4 OK CHUNK next=200\r\n");
    /* Only the newest chunk can be a retry; anything older is a host bug. */
    CHECK_STR(fixture_request(&f, chunk_line(0, key, 100)), "=5 ERR 7 out of order offset expected=200\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(300, key, 100)), "=6 ERR 7 out of order offset expected=200\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(200, key, 100)), "=7 OK CHUNK next=300\r\n");
    CHECK(f.storage.write_violations == 0);
}

static void test_repeated_chunk_is_acknowledged_idempotently(void)
{
    start();
    fixture_request(&f, write_line(3, "CERT", sizeof cert, cert));
    CHECK_STR(fixture_request(&f, chunk_line(0, cert, 300)), "=2 OK CHUNK next=300\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(300, cert, 300)), "=3 OK CHUNK next=600\r\n");
    /* The acknowledgement was lost: the host sends the same chunk again, twice. */
    CHECK_STR(fixture_request(&f, chunk_line(300, cert, 300)), "=4 OK CHUNK next=600\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(300, cert, 300)), "=5 OK CHUNK next=600\r\n");
    /* Same offset and length, different bytes: not a retry. */
    CHECK_STR(fixture_request(&f, chunk_line(300, other, 300)), "=6 ERR 7 out of order offset expected=600\r\n");
    /* Same offset, shorter: not a retry either. */
    CHECK_STR(fixture_request(&f, chunk_line(300, cert, 299)), "=7 ERR 7 out of order offset expected=600\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(600, cert, 358)), "=8 ERR 8 too large max=357\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(600, cert, 357)), "=9 OK CHUNK next=957\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(957, cert, 243)), "=10 OK CHUNK next=1200\r\n");
    CHECK_PREFIX(fixture_request(&f, "@11 COMMIT"), "=11 OK COMMIT slot=3 type=CERT length=1200 ");
    CHECK_STR(fixture_request(&f, "@12 DIGEST 3 CERT"), digest_line(12, 3, "CERT", cert, 1200));
    CHECK(f.storage.write_violations == 0);
}

static void test_too_large_credentials_and_chunks(void)
{
    start();
    CHECK_STR(fixture_request(&f, "@1 WRITE 0 CERT 4097 "
                                  "0000000000000000000000000000000000000000000000000000000000000000"),
              "=1 ERR 8 too large max=4096\r\n");
    CHECK_STR(fixture_request(&f, "@2 WRITE 0 CERT 99999999999 "
                                  "0000000000000000000000000000000000000000000000000000000000000000"),
              "=2 ERR 3 bad argument\r\n");
    f.seq = 2;
    fixture_request(&f, write_line(0, "CERT", 100, cert));
    /* A chunk running past the declared length. */
    CHECK_STR(fixture_request(&f, chunk_line(0, cert, 101)), "=4 ERR 8 too large max=100\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(0, cert, 60)), "=5 OK CHUNK next=60\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(60, cert, 41)), "=6 ERR 8 too large max=40\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(60, cert, 40)), "=7 OK CHUNK next=100\r\n");
    CHECK_PREFIX(fixture_request(&f, "@8 COMMIT"), "=8 OK COMMIT ");
}

static void test_configured_chunk_limit_applies(void)
{
    fixture_init(&f);
    f.cfg.max_chunk = 64;
    CHECK(fixture_boot(&f));
    CHECK_PREFIX(fixture_request(&f, "@1 HELLO 1"),
                 "=1 OK HELLO proto=1 serial=SN-TEST-0001 fw=0.9.1 line=512 chunk=64 ");
    f.seq = 1;
    fill(cert, sizeof cert, 1);
    fixture_request(&f, write_line(0, "CERT", 200, cert));
    CHECK_STR(fixture_request(&f, chunk_line(0, cert, 65)), "=3 ERR 8 too large max=64\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(0, cert, 64)), "=4 OK CHUNK next=64\r\n");
}

static void test_digest_mismatch_keeps_the_old_credential(void)
{
    char sha_other[65];

    start();
    CHECK(fixture_store(&f, 1, "KEY", key, sizeof key, 357));
    f.seq = 10;
    /* Declares the digest of `key` but sends `other`. */
    snprintf(line, sizeof line, "@11 WRITE 1 KEY 900 ");
    hex_sha256(key, sizeof key, line + strlen(line));
    CHECK_PREFIX(fixture_request(&f, line), "=11 OK WRITE ");
    f.seq = 11;
    CHECK_STR(fixture_request(&f, chunk_line(0, other, 300)), "=12 OK CHUNK next=300\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(300, other, 300)), "=13 OK CHUNK next=600\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(600, other, 300)), "=14 OK CHUNK next=900\r\n");
    hex_sha256(other, sizeof other, sha_other);
    snprintf(expected, sizeof expected, "=15 ERR 11 digest mismatch sha256=%s\r\n", sha_other);
    CHECK_STR(fixture_request(&f, "@15 COMMIT"), expected);
    CHECK(f.storage.discards == 1);
    CHECK_STR(fixture_request(&f, "@16 DIGEST 1 KEY"), digest_line(16, 1, "KEY", key, 1700));
    CHECK_STR(fixture_request(&f, "@17 COMMIT"), "=17 ERR 14 no write in progress\r\n");
}

static void test_commit_before_the_last_byte_is_refused(void)
{
    start();
    fixture_request(&f, write_line(0, "CA", sizeof other, other));
    CHECK_STR(fixture_request(&f, chunk_line(0, other, 357)), "=2 OK CHUNK next=357\r\n");
    CHECK_STR(fixture_request(&f, "@3 COMMIT"), "=3 ERR 15 incomplete received=357 length=900\r\n");
    f.seq = 3;
    CHECK_STR(fixture_request(&f, chunk_line(357, other, 357)), "=4 OK CHUNK next=714\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(714, other, 186)), "=5 OK CHUNK next=900\r\n");
    CHECK_PREFIX(fixture_request(&f, "@6 COMMIT"), "=6 OK COMMIT slot=0 type=CA length=900 ");
}

static void test_chunk_and_commit_need_an_open_write(void)
{
    start();
    CHECK_STR(fixture_request(&f, chunk_line(0, cert, 10)), "=1 ERR 14 no write in progress\r\n");
    CHECK_STR(fixture_request(&f, "@2 COMMIT"), "=2 ERR 14 no write in progress\r\n");
    CHECK_STR(fixture_request(&f, "@3 ABORT"), "=3 OK ABORT\r\n");
}

static void test_abort_discards_and_keeps_the_old_credential(void)
{
    start();
    CHECK(fixture_store(&f, 0, "CERT", cert, sizeof cert, 357));
    f.seq = 20;
    fixture_request(&f, write_line(0, "CERT", sizeof other, other));
    CHECK_STR(fixture_request(&f, chunk_line(0, other, 300)), "=22 OK CHUNK next=300\r\n");
    CHECK_STR(fixture_request(&f, "@23 ABORT"), "=23 OK ABORT\r\n");
    CHECK(f.storage.discards == 1);
    CHECK_STR(fixture_request(&f, "@24 ABORT"), "=24 OK ABORT\r\n");
    CHECK(f.storage.discards == 1);
    f.seq = 24;
    CHECK_STR(fixture_request(&f, chunk_line(300, other, 300)), "=25 ERR 14 no write in progress\r\n");
    CHECK_STR(fixture_request(&f, "@26 DIGEST 0 CERT"), digest_line(26, 0, "CERT", cert, 1200));
}

static void test_hello_abandons_an_open_write(void)
{
    start();
    fixture_request(&f, write_line(0, "CERT", sizeof cert, cert));
    CHECK_STR(fixture_request(&f, chunk_line(0, cert, 300)), "=2 OK CHUNK next=300\r\n");
    CHECK_PREFIX(fixture_request(&f, "@3 HELLO 1"), "=3 OK HELLO ");
    CHECK(f.storage.discards == 1);
    f.seq = 3;
    CHECK_STR(fixture_request(&f, chunk_line(300, cert, 300)), "=4 ERR 14 no write in progress\r\n");
    CHECK_STR(fixture_request(&f, "@5 DIGEST 0 CERT"), "=5 ERR 10 not found\r\n");
}

static void test_second_write_is_busy_unless_it_is_a_retry(void)
{
    start();
    CHECK_PREFIX(fixture_request(&f, write_line(0, "CERT", sizeof cert, cert)), "=1 OK WRITE ");
    CHECK_STR(fixture_request(&f, chunk_line(0, cert, 300)), "=2 OK CHUNK next=300\r\n");
    CHECK_STR(fixture_request(&f, write_line(1, "CERT", sizeof cert, cert)), "=3 ERR 13 busy\r\n");
    CHECK_STR(fixture_request(&f, write_line(0, "KEY", sizeof cert, cert)), "=4 ERR 13 busy\r\n");
    CHECK_STR(fixture_request(&f, write_line(0, "CERT", sizeof cert, key)), "=5 ERR 13 busy\r\n");
    /* The identical WRITE restarts the transfer from offset 0. */
    CHECK_PREFIX(fixture_request(&f, write_line(0, "CERT", sizeof cert, cert)), "=6 OK WRITE ");
    CHECK_STR(fixture_request(&f, chunk_line(300, cert, 300)), "=7 ERR 7 out of order offset expected=0\r\n");
    CHECK_STR(fixture_request(&f, chunk_line(0, cert, 357)), "=8 OK CHUNK next=357\r\n");
    CHECK(f.storage.write_violations == 0);
}

static void test_slot_bounds(void)
{
    start();
    CHECK(fixture_store(&f, 3, "CERT", cert, 10, 10));
    f.seq = 10;
    CHECK_STR(fixture_request(&f, write_line(4, "CERT", 10, cert)), "=11 ERR 9 no such slot slots=4\r\n");
    CHECK_STR(fixture_request(&f, "@12 DIGEST 4 CERT"), "=12 ERR 9 no such slot slots=4\r\n");
    CHECK_STR(fixture_request(&f, "@13 DELETE 255 KEY"), "=13 ERR 9 no such slot slots=4\r\n");
    CHECK_STR(fixture_request(&f, "@14 LIST 4"), "=14 ERR 9 no such slot slots=4\r\n");
    CHECK_STR(fixture_request(&f, "@15 DIGEST 4294967296 CERT"), "=15 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@16 DIGEST x CERT"), "=16 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@17 DIGEST 3 CERT"), digest_line(17, 3, "CERT", cert, 10));
}

static void test_storage_failures_are_reported(void)
{
    start();
    CHECK(fixture_store(&f, 0, "CERT", cert, sizeof cert, 357));
    f.storage.power_lost = true;
    CHECK_STR(fixture_request(&f, "@1 DIGEST 0 CERT"), "=1 ERR 12 storage failure\r\n");
    CHECK_STR(fixture_request(&f, "@2 LIST"), "=2 ERR 12 storage failure\r\n");
    CHECK_STR(fixture_request(&f, "@3 DELETE 0 CERT"), "=3 ERR 12 storage failure\r\n");
    f.seq = 3;
    CHECK_STR(fixture_request(&f, write_line(1, "CERT", 10, cert)), "=4 ERR 12 storage failure\r\n");
    mem_storage_power_cycle(&f.storage);
    /* A failed read in the middle of a listing ends it with the error, after the rows so far. */
    CHECK(fixture_store(&f, 2, "KEY", key, sizeof key, 357));
    /* info and 38 reads for slot 0's certificate, info for six empty credentials, info and
     * the first five reads of slot 2's key. */
    f.storage.ops_left = 1 + 38 + 6 + 1 + 5;
    {
        const char *out = fixture_request(&f, "@40 LIST");
        CHECK_PREFIX(out, "=40 ITEM slot=0 type=CERT length=1200 ");
        CHECK(strstr(out, "=40 ERR 12 storage failure\r\n") != NULL);
        CHECK(strstr(out, "OK LIST") == NULL);
    }
}

int main(void)
{
    RUN_TEST(test_hello_negotiates_version);
    RUN_TEST(test_commands_need_hello_first);
    RUN_TEST(test_hello_reports_configured_limits_in_full);
    RUN_TEST(test_init_rejects_bad_configuration);
    RUN_TEST(test_write_commit_digest_list_delete);
    RUN_TEST(test_commit_replaces_an_existing_credential);
    RUN_TEST(test_bad_crc_is_rejected_and_the_resend_accepted);
    RUN_TEST(test_bad_base64_and_bad_arguments);
    RUN_TEST(test_out_of_order_offsets_are_refused);
    RUN_TEST(test_repeated_chunk_is_acknowledged_idempotently);
    RUN_TEST(test_too_large_credentials_and_chunks);
    RUN_TEST(test_configured_chunk_limit_applies);
    RUN_TEST(test_digest_mismatch_keeps_the_old_credential);
    RUN_TEST(test_commit_before_the_last_byte_is_refused);
    RUN_TEST(test_chunk_and_commit_need_an_open_write);
    RUN_TEST(test_abort_discards_and_keeps_the_old_credential);
    RUN_TEST(test_hello_abandons_an_open_write);
    RUN_TEST(test_second_write_is_busy_unless_it_is_a_retry);
    RUN_TEST(test_slot_bounds);
    RUN_TEST(test_storage_failures_are_reported);
    return HARNESS_EXIT_CODE();
}
