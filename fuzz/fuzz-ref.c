/* Fuzz target: the citation finder on arbitrary bytes, in a copy that ends
 * exactly where the input does, so reads past the end are caught; its
 * spans stay inside the text and its strings inside their bounds, and what
 * one sentence remembers for the next is kept bounded. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/ref.h"

static size_t size;

static void check_span(struct span p)
{
	if (p.start > size || p.len > size - p.start)
		abort();
}

static void check(const struct ref *r, void *ctx)
{
	size_t len = strlen(r->value);

	(void)ctx;
	check_span(r->text);
	check_span(r->issuer);
	check_span(r->subject);
	if (!len || len >= REF_VALUE_MAX || !r->type || !r->type[0] || strlen(r->date) > 16 ||
	    strlen(r->term) > 15 || !r->text.len)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static struct ref_context rc;
	static bool ready;
	char *s = malloc(n ? n : 1);
	size_t found;

	if (!ready) {
		ref_context_init(&rc);
		ready = true;
	}
	/* now and then a new document */
	if (n && data[0] % 8 == 0)
		ref_forget(&rc);
	memcpy(s, data, n);
	size = n;
	found = ref_find(s, n, &rc, check, NULL);
	if (found > REF_MAX || (found && !ref_maybe(s, n)) || rc.nremembered > REF_REMEMBERED)
		abort();
	free(s);
	return 0;
}
