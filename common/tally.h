/* tally.h: the totals of a document's awards, one row per award and giver,
 * each row's recipients counted together by what they are ("28 tập thể",
 * "93 cá nhân"), as vn-award -s writes them and vn-digest reports them. */
#ifndef VN_TALLY_H
#define VN_TALLY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "award.h"

/* Rows kept, kinds of recipient a row keeps, and bytes of a text. */
enum { TALLY_ROWS = 64, TALLY_KINDS = 16, TALLY_TEXT = 256 };

struct tally_total {
	long long count; /* -1: a recipient named, not counted; saturates, never wraps */
	char text[TALLY_TEXT];
};

struct tally_row {
	char value[AWARD_VALUE_MAX];
	char by[TALLY_TEXT];
	struct tally_total to[TALLY_KINDS];
	size_t nto;
	char reason[TALLY_TEXT]; /* what the first of its awards that says was given for */
};

/* An award as said once: its award, giver and recipients, and its reason
 * (0 when none is said), each as a hash. */
struct tally_said {
	uint64_t award, reason;
};
enum { TALLY_SAID = 128 };
struct tally {
	struct tally_row rows[TALLY_ROWS];
	size_t nrows;
	struct tally_said said[TALLY_SAID];
	size_t nsaid;
};

void tally_clear(struct tally *t);

/* Adds the award a, found in the sentence s, to the totals; false when they
 * have no room for it (then nothing of it is added). The same award from
 * the same giver to the same recipients, said again, is counted once: a
 * ceremony's lead names what the body then gives. */
bool tally_add(struct tally *t, const char *s, const struct award *a);

/* Writes a total's count as the lead of its text ("28 "), or "" for a
 * recipient named; buf holds 24 bytes. */
void tally_count_lead(const struct tally_total *total, char *buf);

#endif
