/*
 * In-memory credential storage for the host tests, laid out like an A/B flash design: each
 * credential has two banks, a write stages into the bank that is not active, and a commit flips
 * the active bank in one step. It can lose power after a chosen number of operations and checks
 * that the library writes the staging area the way NOR flash needs.
 */
#ifndef MEM_STORAGE_H
#define MEM_STORAGE_H

#include <stdbool.h>
#include <stdint.h>

#include "station_device.h"

#define MEM_SLOTS 8u
#define MEM_CRED_MAX 4096u

typedef struct {
    uint8_t data[2][MEM_CRED_MAX];
    uint32_t length[2]; /* 0: the bank holds no credential */
    uint8_t active;
} mem_cred;

typedef struct {
    mem_cred cred[MEM_SLOTS][STATION_CRED_TYPE_COUNT];

    bool staging;
    uint8_t stage_slot;
    station_cred_type stage_type;
    uint32_t stage_length;
    uint32_t stage_next; /* the only offset flash could program next */

    long ops_left;   /* operations until the power fails; negative: it never does */
    bool power_lost; /* every operation fails until mem_storage_power_cycle() */

    unsigned write_violations; /* stage writes out of order, repeated or past the end */
    unsigned discards;
} mem_storage;

void mem_storage_reset(mem_storage *m);

/* Power comes back: staging state is lost (RAM), stored banks survive, faults are cleared. */
void mem_storage_power_cycle(mem_storage *m);

station_storage mem_storage_interface(mem_storage *m);

#endif
