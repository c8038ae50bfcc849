/* fuzz-quantity: quantity_find on any bytes must not crash, must hand over
 * quantities in the order of the text, each with its TEXT and UNIT inside
 * the sentence (a percentage's UNIT may be "%") and its VALUE a short
 * NUL-terminated decimal. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/quantity.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct seen {
	const char *s;
	size_t n, last_start;
};

static int inside(const struct seen *x, struct piece p)
{
	return p.s >= x->s && p.len <= x->n && (size_t)(p.s - x->s) <= x->n - p.len;
}

static void check(const struct quantity *q, void *ctx)
{
	struct seen *x = ctx;
	size_t len = strnlen(q->value, sizeof q->value), start;

	if (len == 0 || len == sizeof q->value || strspn(q->value, "0123456789./") != len)
		abort();
	if ((unsigned)q->kind > QUANTITY_ORDINAL || !quantity_kind_names[q->kind])
		abort();
	if (q->text.len == 0 || !inside(x, q->text))
		abort();
	if (q->unit.len && !inside(x, q->unit) &&
	    !(q->kind == QUANTITY_PERCENT && q->unit.len == 1 && q->unit.s[0] == '%'))
		abort();
	/* one after another, never starting before the last one did */
	start = (size_t)(q->text.s - x->s);
	if (start < x->last_start)
		abort();
	x->last_start = start;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A copy of exactly size bytes, so reading past the end is caught. */
	char *s = malloc(size ? size : 1);
	struct seen x = {s, size, 0};

	if (!s)
		return 0;
	memcpy(s, data, size);
	quantity_find(s, size, check, &x);
	free(s);
	return 0;
}
