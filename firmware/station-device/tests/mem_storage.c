#include "mem_storage.h"

#include <string.h>

/* One storage operation happens; false if the power is (or just went) out. */
static bool powered(mem_storage *m)
{
    if (m->power_lost)
        return false;
    if (m->ops_left == 0) {
        m->power_lost = true;
        return false;
    }
    if (m->ops_left > 0)
        --m->ops_left;
    return true;
}

static mem_cred *cred_of(mem_storage *m, uint8_t slot, station_cred_type type)
{
    return slot < MEM_SLOTS ? &m->cred[slot][type] : NULL;
}

static int info(void *user, uint8_t slot, station_cred_type type, uint32_t *length)
{
    mem_storage *m = user;
    mem_cred *c = cred_of(m, slot, type);

    if (!powered(m) || c == NULL)
        return -1;
    *length = c->length[c->active];
    return 0;
}

static int read_cred(void *user, uint8_t slot, station_cred_type type, uint32_t offset, uint8_t *buf,
                     size_t len)
{
    mem_storage *m = user;
    mem_cred *c = cred_of(m, slot, type);

    if (!powered(m) || c == NULL || offset + len > c->length[c->active])
        return -1;
    memcpy(buf, c->data[c->active] + offset, len);
    return 0;
}

static mem_cred *staged(mem_storage *m)
{
    return &m->cred[m->stage_slot][m->stage_type];
}

static int stage_begin(void *user, uint8_t slot, station_cred_type type, uint32_t length)
{
    mem_storage *m = user;
    mem_cred *c = cred_of(m, slot, type);
    uint8_t bank;

    if (!powered(m) || c == NULL || length > MEM_CRED_MAX)
        return -1;
    m->staging = true;
    m->stage_slot = slot;
    m->stage_type = type;
    m->stage_length = length;
    m->stage_next = 0;
    bank = (uint8_t)(1u - c->active);
    memset(c->data[bank], 0xff, MEM_CRED_MAX); /* erase */
    c->length[bank] = 0;
    return 0;
}

static int stage_write(void *user, uint32_t offset, const uint8_t *data, size_t len)
{
    mem_storage *m = user;
    mem_cred *c;
    size_t n = len;

    if (!m->staging || offset != m->stage_next || offset + len > m->stage_length) {
        ++m->write_violations;
        return -1;
    }
    c = staged(m);
    if (!powered(m)) {
        n = len / 2u; /* the power fails halfway through programming */
        memcpy(c->data[1u - c->active] + offset, data, n);
        return -1;
    }
    memcpy(c->data[1u - c->active] + offset, data, n);
    m->stage_next += (uint32_t)n;
    return 0;
}

static int stage_read(void *user, uint32_t offset, uint8_t *buf, size_t len)
{
    mem_storage *m = user;
    mem_cred *c;

    if (!powered(m) || !m->staging || offset + len > m->stage_length)
        return -1;
    c = staged(m);
    memcpy(buf, c->data[1u - c->active] + offset, len);
    return 0;
}

static int stage_commit(void *user, uint8_t slot, station_cred_type type, uint32_t length)
{
    mem_storage *m = user;
    mem_cred *c;

    if (!powered(m) || !m->staging || slot != m->stage_slot || type != m->stage_type ||
        length != m->stage_length || m->stage_next != length)
        return -1;
    c = staged(m);
    /* The bank flip is the single atomic step a real design gets from one flash word write. */
    c->length[1u - c->active] = length;
    c->active = (uint8_t)(1u - c->active);
    m->staging = false;
    return 0;
}

static void stage_discard(void *user)
{
    mem_storage *m = user;

    m->staging = false;
    ++m->discards;
}

static int remove_cred(void *user, uint8_t slot, station_cred_type type)
{
    mem_storage *m = user;
    mem_cred *c = cred_of(m, slot, type);

    if (!powered(m) || c == NULL)
        return -1;
    c->length[c->active] = 0;
    return 0;
}

void mem_storage_reset(mem_storage *m)
{
    memset(m, 0, sizeof *m);
    m->ops_left = -1;
}

void mem_storage_power_cycle(mem_storage *m)
{
    m->staging = false;
    m->power_lost = false;
    m->ops_left = -1;
}

station_storage mem_storage_interface(mem_storage *m)
{
    station_storage s;

    s.user = m;
    s.info = info;
    s.read = read_cred;
    s.stage_begin = stage_begin;
    s.stage_write = stage_write;
    s.stage_read = stage_read;
    s.stage_commit = stage_commit;
    s.stage_discard = stage_discard;
    s.remove = remove_cred;
    return s;
}
