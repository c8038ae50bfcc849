/* Fuzz target: the people of arbitrary bytes, read as the sentences of a
 * document; every span stays inside its sentence, every NAME is valid UTF-8
 * that ends within its room, the chunker's mentions are in order and inside
 * the tokens, and the people kept of a document stay within their table. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/person.h"
#include "../common/utf8.h"

static const char *text;
static size_t size;

static void check_span(const char *s, struct span p)
{
	/* a byline's spans are in its copy, which is at most PERSON_LINE_MAX */
	size_t n = s == text ? size : PERSON_LINE_MAX;

	if (p.start > n || p.len > n - p.start)
		abort();
}

static void found(const struct person *p, void *ctx)
{
	size_t k, len = strlen(p->name);

	(void)ctx;
	if (p->role >= PERSON_ROLES || p->ntitles > PERSON_TITLES || len >= PERSON_NAME_MAX ||
	    u8_valid_prefix((const unsigned char *)p->name, len) != len)
		abort();
	check_span(p->s, p->text);
	for (k = 0; k < p->ntitles; k++)
		check_span(p->s, p->title[k]);
}

static void full(const struct person_doc *d, void *ctx)
{
	size_t k;

	(void)ctx;
	if (d->npeople > PERSON_PEOPLE)
		abort();
	for (k = 0; k < d->npeople; k++)
		if (d->people[k].chain_len >= PERSON_CHAIN_MAX || !d->people[k].name[0] ||
		    d->people[k].nroles > PERSON_ROLES || d->people[k].nheld > PERSON_HELD)
			abort();
}

/* The chunker on the tokens of the whole input: mentions in order, inside. */
static void chunk(const char *s, size_t n)
{
	static struct tokens x;
	struct person_mention m;
	unsigned flags;
	int i, k, t;

	tokenize(&x, s, 0, n);
	flags = person_all_caps(&x) ? PERSON_CAPS : 0;
	for (i = 0; i < x.n; i++) {
		if (!(k = person_at(&x, i, x.n, flags, &m)))
			continue;
		if (m.start < i || m.end != i + k || m.end > x.n || m.name < m.start ||
		    m.name_end < m.name || m.name_end > m.end || m.ntitles > PERSON_TITLES)
			abort();
		for (t = 0; t < m.ntitles; t++)
			if (m.title[t].start < m.start || m.title[t].end > m.end || m.title[t].end < m.title[t].start)
				abort();
		i += k - 1;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static struct person_doc d = {.found = found, .full = full};
	char *s = malloc(n ? n : 1);
	size_t from = 0, k;
	long line = 1;

	memcpy(s, data, n);
	text = s;
	size = n;
	chunk(s, n);
	/* each line a sentence, as short lines and long ones come */
	person_doc_start(&d);
	for (k = 0; k <= n; k++)
		if (k == n || s[k] == '\n') {
			text = s + from;
			size = k - from;
			person_sentence(&d, line++, 1, s + from, k - from);
			from = k + 1;
		}
	person_doc_end(&d);
	free(s);
	return 0;
}
