/* Published test vectors for SHA-256, CRC-32/ISO-HDLC and base64. */
#include <stdint.h>
#include <string.h>

#include "base64.h"
#include "crc32.h"
#include "fixture.h"
#include "harness.h"
#include "sha256.h"

static void hex(const uint8_t *digest, char out[65])
{
    static const char digits[] = "0123456789abcdef";
    unsigned i;

    for (i = 0; i < 32u; ++i) {
        out[2u * i] = digits[digest[i] >> 4];
        out[2u * i + 1u] = digits[digest[i] & 15u];
    }
    out[64] = '\0';
}

static void sha_of_string(const char *text, char out[65])
{
    hex_sha256((const uint8_t *)text, strlen(text), out);
}

/* FIPS 180-4 examples (NIST CSRC "SHA256.pdf", "SHA2_Additional.pdf"). */
static void test_sha256_nist_vectors(void)
{
    char out[65];

    sha_of_string("", out);
    CHECK_STR(out, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha_of_string("abc", out);
    CHECK_STR(out, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    sha_of_string("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", out);
    CHECK_STR(out, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    sha_of_string("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklm"
                  "nopqrlmnopqrsmnopqrstnopqrstu",
                  out);
    CHECK_STR(out, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

static void test_sha256_million_a_in_odd_pieces(void)
{
    static uint8_t piece[997];
    uint8_t digest[32];
    station_sha256 s;
    size_t done = 0;
    char out[65];

    memset(piece, 'a', sizeof piece);
    station_sha256_init(&s);
    while (done < 1000000u) {
        size_t n = 1000000u - done < sizeof piece ? 1000000u - done : sizeof piece;
        station_sha256_update(&s, piece, n);
        done += n;
    }
    station_sha256_final(&s, digest);
    hex(digest, out);
    CHECK_STR(out, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Lengths around the padding boundary, hashed whole and byte by byte, must agree. */
static void test_sha256_split_updates_agree(void)
{
    static const size_t lengths[] = {55, 56, 57, 63, 64, 65, 119, 120, 128};
    uint8_t data[128];
    unsigned i;
    size_t j;

    for (j = 0; j < sizeof data; ++j)
        data[j] = (uint8_t)(j * 7u + 3u);
    for (i = 0; i < sizeof lengths / sizeof lengths[0]; ++i) {
        uint8_t whole[32], bytewise[32];
        station_sha256 s;
        station_sha256_init(&s);
        station_sha256_update(&s, data, lengths[i]);
        station_sha256_final(&s, whole);
        station_sha256_init(&s);
        for (j = 0; j < lengths[i]; ++j)
            station_sha256_update(&s, data + j, 1);
        station_sha256_final(&s, bytewise);
        CHECK(memcmp(whole, bytewise, 32) == 0);
    }
}

/* CRC-32/ISO-HDLC check value from the CRC catalogue, plus zlib's crc32() of short strings. */
static void test_crc32_vectors(void)
{
    CHECK(station_crc32((const uint8_t *)"123456789", 9) == 0xcbf43926u);
    CHECK(station_crc32((const uint8_t *)"", 0) == 0x00000000u);
    CHECK(station_crc32((const uint8_t *)"a", 1) == 0xe8b7be43u);
    CHECK(station_crc32((const uint8_t *)"f", 1) == 0x76d32be0u);
    CHECK(station_crc32((const uint8_t *)"foobar", 6) == 0x9ef61f95u);
    CHECK(station_crc32((const uint8_t *)"The quick brown fox jumps over the lazy dog", 43) ==
          0x414fa339u);
}

static void check_decodes(const char *text, const char *expected)
{
    uint8_t out[64];
    size_t len = 0;

    CHECK(station_base64_decode(text, strlen(text), out, &len));
    CHECK(len == strlen(expected));
    CHECK(memcmp(out, expected, len) == 0);
}

/* RFC 4648 section 10. */
static void test_base64_rfc4648_vectors(void)
{
    check_decodes("", "");
    check_decodes("Zg==", "f");
    check_decodes("Zm8=", "fo");
    check_decodes("Zm9v", "foo");
    check_decodes("Zm9vYg==", "foob");
    check_decodes("Zm9vYmE=", "fooba");
    check_decodes("Zm9vYmFy", "foobar");
    check_decodes("+/+/", "\xfb\xff\xbf");
}

static void test_base64_rejects_everything_else(void)
{
    static const char *const invalid[] = {
        "Zg=",      /* not a multiple of four */
        "Zg=a",     /* data after padding */
        "Z===",     /* three padding characters */
        "====",     /* padding only */
        "Zh==",     /* non-zero unused bits: a second encoding of "f" */
        "Zm9=",     /* likewise for "fo" */
        "Zg==Zg==", /* padding before the end */
        "Zm9v!A==", /* outside the alphabet */
        "Zm9-",     /* URL-safe alphabet */
        "Zm 9",     /* whitespace */
    };
    unsigned i;

    for (i = 0; i < sizeof invalid / sizeof invalid[0]; ++i) {
        uint8_t out[16];
        size_t len;
        if (station_base64_decode(invalid[i], strlen(invalid[i]), out, &len)) {
            fprintf(stderr, "accepted invalid base64 \"%s\"\n", invalid[i]);
            ++harness_failures;
        }
    }
}

static void test_base64_decodes_in_place(void)
{
    uint8_t data[200];
    char text[300];
    size_t i, len = 0, text_len;

    for (i = 0; i < sizeof data; ++i)
        data[i] = (uint8_t)(255u - i);
    text_len = base64_encode(data, sizeof data, text);
    CHECK(station_base64_decode(text, text_len, (uint8_t *)text, &len));
    CHECK(len == sizeof data);
    CHECK(memcmp(text, data, sizeof data) == 0);
}

int main(void)
{
    RUN_TEST(test_sha256_nist_vectors);
    RUN_TEST(test_sha256_million_a_in_odd_pieces);
    RUN_TEST(test_sha256_split_updates_agree);
    RUN_TEST(test_crc32_vectors);
    RUN_TEST(test_base64_rfc4648_vectors);
    RUN_TEST(test_base64_rejects_everything_else);
    RUN_TEST(test_base64_decodes_in_place);
    return HARNESS_EXIT_CODE();
}
