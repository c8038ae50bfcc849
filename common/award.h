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

struct award {
	struct span text;       /* the award's name as it stands */
	char value[AWARD_VALUE_MAX];  /* its name as the law on emulation names it */
	struct span by;         /* who gives it; len 0 when not said */
	struct award_recipient to[AWARD_PARTS];
	size_t nto;
	struct span reason[AWARD_PARTS]; /* what it is given for */
	size_t nreason;
};

/* Whether s[0..n) has a word an award needs; a cheap test before award_find. */
bool award_maybe(const char *s, size_t n);

/*
 * Finds the awards given in the sentence s[0..n), in the order they stand,
 * and fills at most max of them into a. Returns how many were found.
 * Proposals, plans and rules about a kind of award are not awards given.
 */
size_t award_find(const char *s, size_t n, struct award *a, size_t max);

#endif
