/* fuzz-temporal: temporal_find on any bytes, from every start a caller may give,
 * must stay inside the text and return spans that lie in it; and the same
 * bytes read as a document, line by line, through the stamp and its
 * hold-back must hand over every date once, with its text and a value. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/stamp.h"
#include "../common/temporal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Inputs are at most this long (fuzz/run: -max_len=4096), so this many lines. */
enum { LINES_MAX = 4096 + 2 };

struct seen {
	const char *text; /* the document's bytes */
	size_t line_at[LINES_MAX], lines; /* where each line starts */
	size_t dates;
};

static void check_dated(const struct dated *d, void *ctx)
{
	struct seen *seen = ctx;

	if (d->t->len == 0 || memchr(d->value, '\0', TEMPORAL_VALUE_MAX) == NULL ||
	    d->anchor > ANCHOR_NONE || d->t->kind > TEMPORAL_INTERVAL)
		abort();
	/* A held text is a copy: it must be the bytes it was found as. */
	if (d->line < 1 || (size_t)d->line > seen->lines ||
	    memcmp(d->text, seen->text + seen->line_at[d->line - 1] + d->t->start, d->t->len) != 0)
		abort();
	seen->dates++;
}

/* The bytes as a document of one sentence a line, with a stamp and a ref. */
static void read_document(const char *s, size_t size)
{
	static struct stamp st;
	static struct seen seen;
	struct sentence sent = {"fuzz", 0, 1, NULL, 0};
	size_t at = 0, end, found = 0, from;
	struct temporal t;

	if (size + 2 > LINES_MAX)
		return;
	seen.text = s, seen.lines = seen.dates = 0;
	st.dated = check_dated;
	st.ctx = &seen;
	st.ref = (struct day){2020, 6, 15};
	stamp_begin(&st, "fuzz");
	while (at <= size) {
		const char *nl = memchr(s + at, '\n', size - at);
		end = nl ? (size_t)(nl - s) : size;
		seen.line_at[seen.lines++] = at;
		sent.line++;
		sent.text = s + at;
		sent.len = end - at;
		stamp_read(&st, &sent);
		for (from = 0; temporal_find(sent.text, sent.len, from, &t); from = t.start + t.len)
			found++;
		at = end + 1;
	}
	stamp_end(&st);
	if (seen.dates != found)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A copy of exactly size bytes, so reading past the end is caught. */
	char *s = malloc(size ? size : 1);
	struct temporal t;
	size_t from;

	if (!s)
		return 0;
	memcpy(s, data, size);
	for (from = 0; from <= size && temporal_find(s, size, from, &t);) {
		if (t.start < from || t.len == 0 || t.start + t.len > size ||
		    memchr(t.value, '\0', sizeof t.value) == NULL || t.kind > TEMPORAL_INTERVAL)
			abort();
		from = t.start + t.len;
	}
	/* Starting inside a word or a character must be safe too. */
	if (size > 1)
		temporal_find(s, size, size / 2, &t);
	read_document(s, size);
	free(s);
	return 0;
}
