/* A minimal assertion harness: each test executable counts failed checks and exits non-zero. */
#ifndef HARNESS_H
#define HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_failures;

#define CHECK(cond)                                                                           \
    do {                                                                                      \
        if (!(cond)) {                                                                        \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);         \
            ++harness_failures;                                                               \
        }                                                                                     \
    } while (0)

#define CHECK_STR(actual, expected)                                                           \
    do {                                                                                      \
        const char *actual_ = (actual), *expected_ = (expected);                              \
        if (strcmp(actual_, expected_) != 0) {                                                \
            fprintf(stderr, "%s:%d: %s\n  got:      \"%s\"\n  expected: \"%s\"\n", __FILE__,   \
                    __LINE__, #actual, actual_, expected_);                                   \
            ++harness_failures;                                                               \
        }                                                                                     \
    } while (0)

#define CHECK_PREFIX(actual, prefix)                                                          \
    do {                                                                                      \
        const char *actual_ = (actual), *prefix_ = (prefix);                                  \
        if (strncmp(actual_, prefix_, strlen(prefix_)) != 0) {                                \
            fprintf(stderr, "%s:%d: %s\n  got:         \"%s\"\n  expected prefix: \"%s\"\n",  \
                    __FILE__, __LINE__, #actual, actual_, prefix_);                           \
            ++harness_failures;                                                               \
        }                                                                                     \
    } while (0)

#define RUN_TEST(fn)                                                                          \
    do {                                                                                      \
        int before_ = harness_failures;                                                       \
        fn();                                                                                 \
        printf("%s %s\n", harness_failures == before_ ? "pass" : "FAIL", #fn);                \
    } while (0)

#define HARNESS_EXIT_CODE() (harness_failures == 0 ? 0 : 1)

#endif
