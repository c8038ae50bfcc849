/* example.c: libvnpipe on each line of standard input: the line cleaned, its
 * sentences, and in each the dates, numerals and awards found.
 *
 *     cc -o example docs/example.c $(pkg-config --cflags --libs vnpipe)
 *     printf 'Ngày 7/3, Chủ tịch UBND tỉnh tặng Bằng khen cho 12 cá nhân.\n' | ./example
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>

#include <vnpipe.h>

/* A sentence, which the finders' spans are offsets in, and its dates. */
struct sentence {
	const char *s;
	struct vnp_span dates[32];
	size_t ndates;
};

static void print_span(const char *label, const struct sentence *st, struct vnp_span p)
{
	printf(" %s \"%.*s\"", label, (int)p.len, st->s + p.start);
}

static void print_date(const struct vnp_date *d, void *ctx)
{
	struct sentence *st = ctx;

	printf("  %s %s", d->kind, d->value);
	print_span("from", st, d->text);
	putchar('\n');
	if (st->ndates < sizeof st->dates / sizeof st->dates[0])
		st->dates[st->ndates++] = d->text;
}

static void print_award(const struct vnp_award *a, void *ctx)
{
	char count[32];
	size_t k;

	printf("  award %s", a->value);
	if (a->by.len)
		print_span("by", ctx, a->by);
	for (k = 0; k < a->nto; k++) {
		/* A counted recipient, "12 cá nhân", or a named one. */
		if (a->to[k].count.mant >= 0 && vnp_numeral_format(&a->to[k].count, count, sizeof count))
			printf(" to %s", count);
		print_span(a->to[k].count.mant >= 0 ? "of" : "to", ctx, a->to[k].text);
	}
	putchar('\n');
}

static int in_date(const struct sentence *st, size_t i)
{
	size_t k;

	for (k = 0; k < st->ndates; k++)
		if (i >= st->dates[k].start && i < st->dates[k].start + st->dates[k].len)
			return 1;
	return 0;
}

/* The numerals that begin a word outside the dates: "12", "hai mươi mốt". */
static void print_numerals(const struct sentence *st, size_t n)
{
	struct vnp_numeral v;
	char value[32];
	size_t i, k;

	for (i = 0; i < n; i++) {
		if ((i > 0 && st->s[i - 1] != ' ') || in_date(st, i))
			continue;
		if ((k = vnp_numeral_parse(st->s + i, n - i, &v)) && vnp_numeral_format(&v, value, sizeof value)) {
			printf("  numeral %s from \"%.*s\"\n", value, (int)k, st->s + i);
			i += k - 1;
		}
	}
}

/* The clean line the sentences' spans point into, and their count. */
struct line {
	const char *text;
	int sentences;
};

static void print_sentence(const struct vnp_span *p, void *ctx)
{
	struct line *line = ctx;
	struct sentence st = {line->text + p->start, {{0, 0}}, 0};

	printf("sentence %d: %.*s\n", ++line->sentences, (int)p->len, st.s);
	vnp_date_find(st.s, p->len, print_date, &st);
	print_numerals(&st, p->len);
	vnp_award_find(st.s, p->len, print_award, &st);
}

int main(void)
{
	struct vnp_cleaner *cleaner = vnp_clean_new(0);
	struct line clean;
	char *input = NULL;
	size_t cap = 0, len;
	ssize_t n;

	if (!cleaner)
		return 1;
	printf("libvnpipe %s\n", vnp_version());
	while ((n = getline(&input, &cap, stdin)) > 0) {
		if (!(clean.text = vnp_clean_line(cleaner, input, (size_t)n, &len)))
			return 1;
		clean.sentences = 0;
		vnp_sentence_find(clean.text, len, print_sentence, &clean);
	}
	free(input);
	vnp_clean_free(cleaner);
	return 0;
}
