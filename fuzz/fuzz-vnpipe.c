/* Fuzz target: the library's public functions (vnpipe.h) on arbitrary bytes:
 * spans stay inside the text, the clean line is valid UTF-8 ending in a NUL. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"
#include "../common/vnpipe.h"

static size_t size;

static void check_span(struct vnp_span p)
{
	if (p.start > size || p.len > size - p.start)
		abort();
}

static void sentence(const struct vnp_span *p, void *ctx)
{
	(void)ctx;
	if (p->len == 0)
		abort();
	check_span(*p);
}

static void date(const struct vnp_date *d, void *ctx)
{
	(void)ctx;
	check_span(d->text);
	if (!d->kind[0] || !d->value[0])
		abort();
}

static void award(const struct vnp_award *a, void *ctx)
{
	size_t k;

	(void)ctx;
	check_span(a->text);
	check_span(a->by);
	for (k = 0; k < a->nto; k++)
		check_span(a->to[k].text);
	for (k = 0; k < a->nreason; k++)
		check_span(a->reason[k]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	/* A copy of exactly n bytes, so reading past the end is caught. */
	char *s = malloc(n ? n : 1), value[32];
	struct vnp_cleaner *c = vnp_clean_new(n && data[0] & 1 ? VNP_CLEAN_MODERN : 0);
	struct vnp_numeral v;
	const char *clean;
	size_t len, i, k;

	if (!s || !c)
		abort();
	memcpy(s, data, n);
	size = n;
	vnp_sentence_find(s, n, sentence, NULL);
	vnp_date_find(s, n, date, NULL);
	vnp_award_find(s, n, award, NULL);
	for (i = 0; i < n; i++)
		if ((k = vnp_numeral_parse(s + i, n - i, &v)) > n - i ||
		    (k && vnp_numeral_format(&v, value, sizeof value) >= sizeof value))
			abort();
	clean = vnp_clean_line(c, s, n, &len);
	if (!clean || clean[len] != '\0' || u8_valid_prefix((const unsigned char *)clean, len) != len)
		abort();
	vnp_clean_free(c);
	free(s);
	return 0;
}
