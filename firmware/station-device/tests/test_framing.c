/* Line assembly, terminators, sequence numbers, and what the device does with bad input. */
#include <string.h>

#include "fixture.h"
#include "harness.h"

static fixture f;

#define HELLO_REPLY(seq)                                                                      \
    "=" seq " OK HELLO proto=1 serial=SN-TEST-0001 fw=0.9.1 line=512 chunk=357 cred=4096 "    \
    "slots=4 rxbuf=256 types=CERT,KEY,CA\r\n"

static void test_accepts_cr_lf_and_crlf(void)
{
    fixture_init(&f);
    fixture_feed_str(&f, "@1 HELLO 1\r");
    CHECK_STR(fixture_take(&f), HELLO_REPLY("1"));
    fixture_feed_str(&f, "@2 HELLO 1\n");
    CHECK_STR(fixture_take(&f), HELLO_REPLY("2"));
    fixture_feed_str(&f, "@3 HELLO 1\r\n@4 HELLO 1\r\n");
    CHECK_STR(fixture_take(&f), HELLO_REPLY("3") HELLO_REPLY("4"));
}

static void test_bytes_arrive_one_at_a_time(void)
{
    const char *request = "@7 HELLO 1\r\n";
    size_t i;

    fixture_init(&f);
    for (i = 0; request[i] != '\0'; ++i) {
        fixture_feed(&f, (const uint8_t *)request + i, 1);
        CHECK_STR(fixture_take(&f), request[i] == '\r' ? HELLO_REPLY("7") : "");
    }
}

static void test_blank_lines_get_no_reply(void)
{
    fixture_init(&f);
    fixture_feed_str(&f, "\r\n\n\r   \t \r\n");
    CHECK_STR(fixture_take(&f), "");
    CHECK(f.writes == 0);
}

static void test_case_and_whitespace_are_lenient(void)
{
    fixture_init(&f);
    CHECK_STR(fixture_request(&f, "  @9\thello   1  "), HELLO_REPLY("9"));
    CHECK_STR(fixture_request(&f, "@10 list"), "=10 OK LIST count=0\r\n");
}

static void test_sequence_number_is_echoed_canonically(void)
{
    fixture_init(&f);
    CHECK_STR(fixture_request(&f, "@0 HELLO 1"), HELLO_REPLY("0"));
    CHECK_STR(fixture_request(&f, "@65535 HELLO 1"), HELLO_REPLY("65535"));
}

static void test_bad_sequence_numbers_are_malformed(void)
{
    fixture_init(&f);
    CHECK_STR(fixture_request(&f, "HELLO 1"), "=- ERR 1 malformed line\r\n");
    CHECK_STR(fixture_request(&f, "@ HELLO 1"), "=- ERR 1 malformed line\r\n");
    CHECK_STR(fixture_request(&f, "@065 HELLO 1"), "=- ERR 1 malformed line\r\n");
    CHECK_STR(fixture_request(&f, "@65536 HELLO 1"), "=- ERR 1 malformed line\r\n");
    CHECK_STR(fixture_request(&f, "@12x HELLO 1"), "=- ERR 1 malformed line\r\n");
    CHECK_STR(fixture_request(&f, "@12"), "=12 ERR 1 malformed line\r\n");
}

static void test_garbage_is_reported_and_forgotten(void)
{
    static const uint8_t noise[] = {0x00, 0xff, 0x1b, '[', '3', '1', 'm', 0x80, '\n'};

    fixture_init(&f);
    fixture_feed(&f, noise, sizeof noise);
    CHECK_STR(fixture_take(&f), "=- ERR 1 malformed line\r\n");
    /* A control byte after a valid sequence number still lets the host match the error. */
    CHECK_STR(fixture_request(&f, "@3 HELLO 1\x7f"), "=3 ERR 1 malformed line\r\n");
    CHECK_STR(fixture_request(&f, "@4 HELLO\b 1"), "=4 ERR 1 malformed line\r\n");
    CHECK_STR(fixture_request(&f, "@5 HELLO 1"), HELLO_REPLY("5"));
}

static void test_unknown_command_and_extra_arguments(void)
{
    fixture_init(&f);
    CHECK_STR(fixture_request(&f, "@1 READ 0 KEY"), "=1 ERR 2 unknown command\r\n");
    CHECK_STR(fixture_request(&f, "@2 HELLOX 1"), "=2 ERR 2 unknown command\r\n");
    CHECK_STR(fixture_request(&f, "@3 HELLO 1 2"), "=3 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@4 HELLO"), "=4 ERR 3 bad argument\r\n");
    CHECK_STR(fixture_request(&f, "@5 HELLO 1 a b c d e f"), "=5 ERR 3 bad argument\r\n");
}

static void test_line_of_exactly_the_maximum_is_accepted(void)
{
    char line[STATION_DEVICE_LINE_MAX + 1];

    fixture_init(&f);
    memset(line, ' ', STATION_DEVICE_LINE_MAX);
    memcpy(line, "@1 HELLO 1", 10);
    line[STATION_DEVICE_LINE_MAX] = '\0';
    CHECK_STR(fixture_request(&f, line), HELLO_REPLY("1"));
}

static void test_overlong_line_is_discarded_up_to_its_end(void)
{
    char line[STATION_DEVICE_LINE_MAX + 200];

    fixture_init(&f);
    memset(line, 'A', sizeof line - 1u);
    memcpy(line, "@8 HELLO ", 9);
    line[sizeof line - 1u] = '\0';
    /* The tail must not be read as a request of its own. */
    memcpy(line + STATION_DEVICE_LINE_MAX + 20, " @9 HELLO 1 ", 12);
    CHECK_STR(fixture_request(&f, line), "=8 ERR 4 line too long max=512\r\n");

    memset(line, 'A', sizeof line - 1u);
    CHECK_STR(fixture_request(&f, line), "=- ERR 4 line too long max=512\r\n");

    CHECK_STR(fixture_request(&f, "@10 HELLO 1"), HELLO_REPLY("10"));
}

static void test_each_reply_line_is_one_write(void)
{
    static const uint8_t cert[] = "certificate bytes";

    fixture_init(&f);
    fixture_request(&f, "@1 HELLO 1");
    CHECK(fixture_store(&f, 0, "CERT", cert, sizeof cert - 1u, 5));
    CHECK(fixture_store(&f, 1, "CA", cert, sizeof cert - 1u, 5));
    fixture_request(&f, "@90 LIST");
    fixture_request(&f, "@91 BOGUS");
    CHECK(f.writes == 1u + 6u + 6u + 3u + 1u);
    CHECK(f.malformed_writes == 0);
}

int main(void)
{
    RUN_TEST(test_accepts_cr_lf_and_crlf);
    RUN_TEST(test_bytes_arrive_one_at_a_time);
    RUN_TEST(test_blank_lines_get_no_reply);
    RUN_TEST(test_case_and_whitespace_are_lenient);
    RUN_TEST(test_sequence_number_is_echoed_canonically);
    RUN_TEST(test_bad_sequence_numbers_are_malformed);
    RUN_TEST(test_garbage_is_reported_and_forgotten);
    RUN_TEST(test_unknown_command_and_extra_arguments);
    RUN_TEST(test_line_of_exactly_the_maximum_is_accepted);
    RUN_TEST(test_overlong_line_is_discarded_up_to_its_end);
    RUN_TEST(test_each_reply_line_is_one_write);
    return HARNESS_EXIT_CODE();
}
