/*
 * Power fails at every storage operation of a replacement write in turn; after each "reboot"
 * (the same storage, a freshly initialised context) the slot must hold either the old
 * credential or, only if the commit had completed, the new one.
 */
#include <stdio.h>
#include <string.h>

#include "fixture.h"
#include "harness.h"

static fixture f;
static uint8_t old_cert[1000];
static uint8_t new_cert[1300];
static uint8_t key[1600];

static void fill(uint8_t *data, size_t len, unsigned seed)
{
    size_t i;

    for (i = 0; i < len; ++i)
        data[i] = (uint8_t)(i * 13u + seed);
}

static void setup_old_credentials(void)
{
    fixture_init(&f);
    fill(old_cert, sizeof old_cert, 5);
    fill(new_cert, sizeof new_cert, 9);
    fill(key, sizeof key, 77);
    fixture_request(&f, "@1 HELLO 1");
    CHECK(fixture_store(&f, 1, "CERT", old_cert, sizeof old_cert, 300));
    CHECK(fixture_store(&f, 1, "KEY", key, sizeof key, 300));
}

static void reboot(void)
{
    mem_storage_power_cycle(&f.storage);
    CHECK(fixture_boot(&f));
}

static bool holds(const char *type, const uint8_t *data, size_t len)
{
    char request[64], sha[65];

    snprintf(request, sizeof request, "@%u HELLO 1", fixture_next_seq(&f));
    fixture_request(&f, request);
    snprintf(request, sizeof request, "@%u DIGEST 1 %s", fixture_next_seq(&f), type);
    hex_sha256(data, len, sha);
    return strstr(fixture_request(&f, request), sha) != NULL;
}

static void test_power_loss_at_every_step_keeps_old_or_new(void)
{
    long cut;
    bool committed = false;

    for (cut = 0; !committed; ++cut) {
        setup_old_credentials();
        f.storage.ops_left = cut;
        committed = fixture_store(&f, 1, "CERT", new_cert, sizeof new_cert, 300);
        reboot();
        if (committed) {
            CHECK(holds("CERT", new_cert, sizeof new_cert));
        } else if (!holds("CERT", old_cert, sizeof old_cert)) {
            fprintf(stderr, "old certificate lost with power cut after %ld operations\n", cut);
            ++harness_failures;
        }
        CHECK(holds("KEY", key, sizeof key));
        CHECK(f.storage.write_violations == 0);
    }
    /* The loop must have cut the power inside the commit's own digest check too. */
    CHECK(cut > (long)(sizeof new_cert / 32u));
}

static void test_reset_mid_write_without_storage_fault(void)
{
    char request[1024];

    setup_old_credentials();
    fixture_request(&f, "@50 WRITE 1 CERT 1300 "
                        "0000000000000000000000000000000000000000000000000000000000000000");
    f.seq = 50;
    fixture_chunk_line(&f, request, sizeof request, 0, new_cert, 300);
    CHECK_STR(fixture_request(&f, request), "=51 OK CHUNK next=300\r\n");

    reboot();
    /* A device that reset answers "hello required", telling the host to start over. */
    fixture_chunk_line(&f, request, sizeof request, 300, new_cert, 300);
    CHECK_STR(fixture_request(&f, request), "=52 ERR 17 hello required\r\n");
    CHECK_PREFIX(fixture_request(&f, "@53 HELLO 1"), "=53 OK HELLO ");
    f.seq = 53;
    fixture_chunk_line(&f, request, sizeof request, 300, new_cert, 300);
    CHECK_STR(fixture_request(&f, request), "=54 ERR 14 no write in progress\r\n");
    CHECK(holds("CERT", old_cert, sizeof old_cert));
}

static void test_power_loss_during_delete(void)
{
    setup_old_credentials();
    f.storage.ops_left = 1; /* the info lookup succeeds, the removal does not */
    CHECK_STR(fixture_request(&f, "@60 DELETE 1 KEY"), "=60 ERR 12 storage failure\r\n");
    reboot();
    CHECK(holds("KEY", key, sizeof key));
}

int main(void)
{
    RUN_TEST(test_power_loss_at_every_step_keeps_old_or_new);
    RUN_TEST(test_reset_mid_write_without_storage_fault);
    RUN_TEST(test_power_loss_during_delete);
    return HARNESS_EXIT_CODE();
}
