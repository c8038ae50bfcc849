/* quantity.h: finds the quantities of one Vietnamese sentence (numbers,
 * percentages, ratios, ranges, ordinals) with the noun each counts. */
#ifndef VN_QUANTITY_H
#define VN_QUANTITY_H

#include <stdbool.h>
#include <stddef.h>

#include "finding.h"

enum quantity_kind { QUANTITY_NUMBER, QUANTITY_PERCENT, QUANTITY_RATIO, QUANTITY_ORDINAL };

/* The KIND of each: "number", "percent", "ratio", "ordinal". */
extern const char *const quantity_kind_names[];

/* The longest VALUE, with its NUL: two numerals of a range. */
enum { QUANTITY_VALUE_MAX = 128 };

struct quantity {
	enum quantity_kind kind;
	char value[QUANTITY_VALUE_MAX]; /* "1793", "98.35", "3..5", "1793/2900" */
	struct piece text;  /* the quantity as written, in the sentence */
	struct piece unit;  /* what it counts, in the sentence; "%" for a
			     * percentage; empty for an ordinal or when nothing is counted */
};

/* Calls found on each quantity of the sentence s[0..n), in the order of the
 * text; q and what it points to last until found returns. */
void quantity_find(const char *s, size_t n, void (*found)(const struct quantity *q, void *ctx), void *ctx);

/* Whether q's UNIT is a measure or money ("203,07 ha", "25 tỷ đồng"), not a
 * count of things. */
bool quantity_measured(const struct quantity *q);

#endif
