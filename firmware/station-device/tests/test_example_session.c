/*
 * Produces the example transcripts of docs/station-protocol.md by running the library, so the
 * CRCs and digests in the document are real. Without arguments it prints them. "--check FILE"
 * fails unless FILE holds exactly this output; "--doc FILE" fails unless every block of it
 * appears verbatim in FILE.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "crc32.h"
#include "fixture.h"

static fixture f;
static char transcript[65536];
static size_t transcript_len;

/* A throwaway self-signed certificate (its key was never kept). */
static const char certificate[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBjjCCATWgAwIBAgIUScAFMze3QEfcmIkOKqVhABdPF3owCgYIKoZIzj0EAwIw\n"
    "HTEbMBkGA1UEAwwSRlBTIGV4YW1wbGUgZGV2aWNlMB4XDTI2MTEyNjE0MDIzOFoX\n"
    "DTM2MTEyMzE0MDIzOFowHTEbMBkGA1UEAwwSRlBTIGV4YW1wbGUgZGV2aWNlMFkw\n"
    "EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEwMAndop/yQIx8G7i64LIIRQzIsivRMp+\n"
    "eWzE7jtyf33wDJKCnu/ydQAk6JWSCPn/5AKRc24gXE+f+LJBVt4pS6NTMFEwHQYD\n"
    "VR0OBBYEFGuJDVsObQkkkbFb/iMB4EwX4ye3MB8GA1UdIwQYMBaAFGuJDVsObQkk\n"
    "kbFb/iMB4EwX4ye3MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIg\n"
    "EdMiIKtQURePDgxsSlDdUdv1+v1FHj3cufzWhuMSBRcCICNtLsn9iM/EAcqgLA6R\n"
    "Gw47CFgIt/H+dnsjEa5VLACO\n"
    "-----END CERTIFICATE-----\n";

/* The host's chunk size for this device: min(chunk, (min(line, rxbuf) - 35) / 4 * 3). */
#define HOST_CHUNK 165u

static void emit(const char *text)
{
    size_t len = strlen(text);

    if (transcript_len + len < sizeof transcript) {
        memcpy(transcript + transcript_len, text, len);
        transcript_len += len;
    }
}

static void note(const char *text)
{
    emit("# ");
    emit(text);
    emit("\n");
}

/* Shows the reply lines as "< line", without their CRLF. */
static void show_replies(const char *replies)
{
    while (*replies != '\0') {
        const char *end = strstr(replies, "\r\n");
        char shown[1024];
        size_t len = (size_t)(end - replies);
        memcpy(shown, replies, len);
        shown[len] = '\0';
        emit("< ");
        emit(shown);
        emit("\n");
        replies = end + 2;
    }
}

static void lost_reply(const char *replies)
{
    size_t len = strcspn(replies, "\r");
    char shown[256];

    memcpy(shown, replies, len);
    shown[len] = '\0';
    emit("# the device's reply \"");
    emit(shown);
    emit("\" is lost on the way; after its timeout the host sends the chunk again\n");
}

static const char *send_line(const char *line)
{
    emit("> ");
    emit(line);
    emit("\n");
    fixture_feed_str(&f, line);
    fixture_feed_str(&f, "\r\n");
    return fixture_take(&f);
}

static void request(const char *line)
{
    show_replies(send_line(line));
}

static void chunk_request(unsigned seq, size_t offset, size_t len, char *line, size_t size)
{
    const uint8_t *data = (const uint8_t *)certificate;
    char b64[512];

    base64_encode(data + offset, len, b64);
    snprintf(line, size, "@%u CHUNK %lu %s %08lx", seq, (unsigned long)offset, b64,
             (unsigned long)station_crc32(data + offset, len));
}

static void write_certificate(unsigned *seq)
{
    size_t len = sizeof certificate - 1u, offset;
    char line[1024], sha[65];

    hex_sha256((const uint8_t *)certificate, len, sha);
    snprintf(line, sizeof line, "@%u WRITE 0 CERT %lu %s", (*seq)++, (unsigned long)len, sha);
    request(line);
    for (offset = 0; offset < len; offset += HOST_CHUNK) {
        size_t n = len - offset < HOST_CHUNK ? len - offset : HOST_CHUNK;
        chunk_request((*seq)++, offset, n, line, sizeof line);
        request(line);
        if (offset == 0) {
            note("a log line from the firmware's own logger; no reply prefix, so the host skips it");
            emit("< [00:00:07.412,000] <inf> prov: staging slot 0 CERT\n");
        }
    }
}

static void main_session(void)
{
    unsigned seq = 2;

    request("@1 HELLO 1");
    write_certificate(&seq);
    request("@7 COMMIT");
    request("@8 DIGEST 0 CERT");
    request("@9 LIST");
    request("@10 DELETE 0 CERT");
    request("@11 LIST");
}

static void recovery_session(void)
{
    size_t len = sizeof certificate - 1u;
    char line[1024], sha[65];

    note("noise before the host's first request: the bytes 1b 5b 30 6d ff, then CR LF");
    fixture_feed_str(&f, "\x1b[0m\xff\r\n");
    show_replies(fixture_take(&f));
    request("@20 HELLO 2");
    request("@21 HELLO 2,1");
    request("@22 DIGEST 4 CERT");
    request("@23 DIGEST 1 KEY");
    request("@24 FORMAT");

    hex_sha256((const uint8_t *)certificate, len, sha);
    snprintf(line, sizeof line, "@25 WRITE 1 CERT %lu %s", (unsigned long)len, sha);
    request(line);

    note("one character of the payload corrupted on the wire");
    chunk_request(26, 0, HOST_CHUNK, line, sizeof line);
    line[30] = line[30] == 'Q' ? 'R' : 'Q';
    request(line);
    chunk_request(27, 0, HOST_CHUNK, line, sizeof line);
    lost_reply(send_line(line));
    chunk_request(28, 0, HOST_CHUNK, line, sizeof line);
    request(line);
    note("a host bug skips a chunk");
    chunk_request(29, 2u * HOST_CHUNK, HOST_CHUNK, line, sizeof line);
    request(line);
    request("@30 COMMIT");
    request("@31 ABORT");
    request("@32 COMMIT");
}

static bool read_file(const char *path, char *buf, size_t size)
{
    FILE *file = fopen(path, "rb");
    size_t n;

    if (file == NULL) {
        perror(path);
        return false;
    }
    n = fread(buf, 1, size - 1u, file);
    buf[n] = '\0';
    fclose(file);
    return true;
}

/* Every blank-line-separated block of the transcript must appear verbatim in the document. */
static bool document_shows_transcript(const char *document)
{
    static char block[65536];
    const char *start = transcript;

    while (start < transcript + transcript_len) {
        const char *end = strstr(start, "\n\n");
        size_t len = end != NULL ? (size_t)(end - start) + 1u : strlen(start);
        memcpy(block, start, len);
        block[len] = '\0';
        if (strstr(document, block) == NULL)
            return false;
        start += len + 1u;
    }
    return true;
}

int main(int argc, char **argv)
{
    static char expected[131072];
    int i;

    fixture_init(&f);
    f.cfg.serial = "FPS-DEMO-0042";
    f.cfg.firmware = "2.3.0";
    f.cfg.rx_buffer = 256;
    if (!fixture_boot(&f))
        return 1;
    /* The document shows the two sessions as separate blocks; a blank line divides them. */
    main_session();
    emit("\n");
    recovery_session();
    transcript[transcript_len] = '\0';

    if (argc == 1) {
        fwrite(transcript, 1, transcript_len, stdout);
        return 0;
    }
    for (i = 1; i + 1 < argc; i += 2) {
        if (!read_file(argv[i + 1], expected, sizeof expected))
            return 1;
        if (strcmp(argv[i], "--check") == 0 && strcmp(expected, transcript) != 0) {
            fprintf(stderr, "%s differs from the library's output:\n%s", argv[i + 1], transcript);
            return 1;
        }
        if (strcmp(argv[i], "--doc") == 0 && !document_shows_transcript(expected)) {
            fprintf(stderr, "%s does not show the library's output:\n%s", argv[i + 1], transcript);
            return 1;
        }
    }
    return 0;
}
