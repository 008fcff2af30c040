#include "base64.h"

static int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

bool station_base64_decode(const char *text, size_t len, uint8_t *out, size_t *out_len)
{
    size_t in = 0, o = 0;

    if (len % 4u != 0)
        return false;
    while (in < len) {
        bool last = in + 4u == len;
        int v[4];
        unsigned i, pad = 0;
        uint32_t group;

        /* Read the whole quad before writing: in-place output trails the input by at least one
         * byte per quad, so it only ever overwrites characters already consumed. */
        for (i = 0; i < 4u; ++i) {
            char c = text[in + i];
            if (c == '=' && last && i >= 2u) {
                v[i] = 0;
                ++pad;
                continue;
            }
            if (pad > 0)
                return false;
            v[i] = sextet(c);
            if (v[i] < 0)
                return false;
        }
        group = (uint32_t)v[0] << 18 | (uint32_t)v[1] << 12 | (uint32_t)v[2] << 6 | (uint32_t)v[3];
        if ((pad == 1u && (group & 0xffu) != 0) || (pad == 2u && (group & 0xffffu) != 0))
            return false;
        out[o++] = (uint8_t)(group >> 16);
        if (pad < 2u)
            out[o++] = (uint8_t)(group >> 8);
        if (pad < 1u)
            out[o++] = (uint8_t)group;
        in += 4u;
    }
    *out_len = o;
    return true;
}
