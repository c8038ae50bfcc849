/* Fuzz target: the award finder on arbitrary bytes, checked whole and in a copy
 * that ends exactly where the input does, so reads past the end are caught. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/award.h"

static size_t size;

static void check_span(struct span p)
{
	if (p.start > size || p.len > size - p.start)
		abort();
}

static void check(const struct award *a, void *ctx)
{
	size_t j;

	(void)ctx;
	check_span(a->text);
	check_span(a->by);
	if (a->nto > AWARD_PARTS || a->nreason > AWARD_PARTS || !a->value[0] ||
	    strlen(a->value) >= AWARD_VALUE_MAX)
		abort();
	for (j = 0; j < a->nto; j++)
		check_span(a->to[j].text);
	for (j = 0; j < a->nreason; j++)
		check_span(a->reason[j]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	char *s = malloc(n ? n : 1);
	size_t found;

	memcpy(s, data, n);
	size = n;
	found = award_find(s, n, check, NULL);
	if (found > AWARD_MAX || (found && !award_maybe(s, n)))
		abort();
	free(s);
	return 0;
}
