/* Fuzz target: the award finder on arbitrary bytes, checked whole and in a copy
 * that ends exactly where the input does, so reads past the end are caught. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/award.h"

static void check_span(struct span p, size_t size)
{
	if (p.start > size || p.len > size - p.start)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct award a[AWARD_MAX];
	char *s = malloc(size ? size : 1);
	size_t n, k, j;

	memcpy(s, data, size);
	n = award_find(s, size, a, AWARD_MAX);
	if (n > AWARD_MAX || (n && !award_maybe(s, size)))
		abort();
	for (k = 0; k < n; k++) {
		check_span(a[k].text, size);
		check_span(a[k].by, size);
		if (a[k].nto > AWARD_PARTS || a[k].nreason > AWARD_PARTS ||
		    !memchr(a[k].value, '\0', sizeof a[k].value) || !a[k].value[0])
			abort();
		for (j = 0; j < a[k].nto; j++)
			check_span(a[k].to[j].text, size);
		for (j = 0; j < a[k].nreason; j++)
			check_span(a[k].reason[j], size);
	}
	free(s);
	return 0;
}
