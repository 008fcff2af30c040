/* The station device library: whatever bytes reach the device's UART, in any split, with the
 * in-memory A/B storage of the library's own tests checking how flash is written. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "mem_storage.h"
#include "station_device.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_reply(void *user, const char *data, size_t len)
{
    size_t i;
    (void)user;
    /* One whole line per call, CRLF-terminated, and nothing a terminal would act on. */
    if (len < 2u || data[len - 2u] != '\r' || data[len - 1u] != '\n') {
        fprintf(stderr, "a reply that is not one CRLF-terminated line\n");
        abort();
    }
    for (i = 0; i + 2u < len; ++i) {
        const unsigned char c = (unsigned char)data[i];
        if (c < 0x20u || c > 0x7eu) {
            fprintf(stderr, "a reply with byte 0x%02x at %zu\n", c, i);
            abort();
        }
    }
}

static mem_storage storage;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    station_device device;
    station_device_config config = {0};
    size_t at = 0;
    size_t piece;

    if (size < 2u)
        return 0;
    /* The first byte picks how the bytes are split into reads, the second the pipelining mode. */
    piece = 1u + data[0] % 64u;
    mem_storage_reset(&storage);
    config.serial = "FPS-FUZZ-0001";
    config.firmware = "1.0.0";
    config.slots = 4;
    config.max_credential = MEM_CRED_MAX;
    config.max_chunk = 0;
    config.rx_buffer = 256;
    config.pipeline = (uint8_t)(data[1] & 1u ? 2u : 0u);
    config.storage = mem_storage_interface(&storage);
    config.write = check_reply;
    config.write_user = NULL;
    if (!station_device_init(&device, &config))
        abort();
    data += 2;
    size -= 2u;
    while (at < size) {
        const size_t length = size - at < piece ? size - at : piece;
        station_device_input(&device, data + at, length);
        at += length;
    }
    if (storage.write_violations != 0u) {
        fprintf(stderr, "flash written out of order, twice or past the end\n");
        abort();
    }
    return 0;
}
