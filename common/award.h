/* award.h: finds the awards given in one Vietnamese sentence: which award, given
 * by whom, to whom, and for what. */
#ifndef VN_AWARD_H
#define VN_AWARD_H

#include <stdbool.h>
#include <stddef.h>

#include "numeral.h"
#include "token.h"


/* One recipient: "03 tập thể" is counted (count 3, noun "tập thể"); "Sở Nội
 * vụ" or "các tập thể, cá nhân" is named (count.mant < 0) and stands as written. */
struct award_recipient {
	struct numeral count;
	struct span text; /* the noun when counted, else the whole name */
};

enum {
	AWARD_VALUE_MAX = 200, /* bytes of a VALUE, its NUL included */
	AWARD_PARTS = 32,      /* recipients, and reasons, kept of one award */
	AWARD_MAX = 32,        /* awards kept of one sentence */
};

/* An award as found: what it points to lives until the callback returns. */
struct award {
	struct span text;  /* the award's name as it stands */
	const char *value; /* its name as the law on emulation names it */
	struct span by;    /* who gives it; len 0 when not said */
	const struct award_recipient *to;
	size_t nto;
	const struct span *reason; /* what it is given for */
	size_t nreason;
};

/* Whether s[0..n) has a word an award needs; a cheap test before award_find. */
bool award_maybe(const char *s, size_t n);

/*
 * Calls found on each award given in the sentence s[0..n), in the order
 * they stand, at most AWARD_MAX of them; returns how many there were.
 * Proposals, plans and rules about a kind of award are not awards given.
 */
size_t award_find(const char *s, size_t n, void (*found)(const struct award *a, void *ctx), void *ctx);

#endif
