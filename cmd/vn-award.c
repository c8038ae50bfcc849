/* vn-award: find the awards given in Vietnamese text: which award, given by whom,
 * to whom and for what, one record each; or with -s their totals per document. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../common/award.h"
#include "../common/loop.h"
#include "../common/output.h"
#include "../common/util.h"

static const char usage_text[] =
	"usage: vn-award [-jls] [-d name] [file ...]\n"
	"Write one record DOC<TAB>LOC<TAB>award<TAB>VALUE<TAB>TEXT<TAB>BY<TAB>TO<TAB>FOR\n"
	"per award given in the input.\n"
	"  -d name  DOC for raw text (default: the file name, - for stdin)\n"
	"  -j       write JSON Lines\n"
	"  -l       each input line is one document: ID<TAB>TEXT\n"
	"  -s       write DOC<TAB>VALUE<TAB>BY<TAB>TO once per document, award and giver,\n"
	"           with the recipients counted together\n";

/* -s keeps this many award and giver pairs of a document, each with this many
 * kinds of recipient; past that, the totals so far are written and counting
 * starts again, so a pair can then have a second line. */
enum { SUMMARY_ROWS = 64, SUMMARY_KINDS = 16, SUMMARY_TEXT = 256 };

struct total {
	long long count; /* -1: a recipient named, not counted */
	char text[SUMMARY_TEXT];
};

struct row {
	char value[AWARD_VALUE_MAX];
	char by[SUMMARY_TEXT];
	struct total to[SUMMARY_KINDS];
	size_t nto;
};

static struct {
	bool on;
	char *doc;
	size_t doccap;
	struct row rows[SUMMARY_ROWS];
	size_t nrows;
} summary;

static const char *at(const char *s, struct span p)
{
	return s + p.start;
}

/* "03" as "3"; false when the count is not a whole number that fits. */
static bool whole(const struct numeral *n, long long *v)
{
	long long m = n->mant;
	int e;

	if (n->mant < 0 || n->exp10 < 0)
		return false;
	for (e = 0; e < n->exp10; e++) {
		if (m > 100000000000000000LL)
			return false;
		m *= 10;
	}
	*v = m;
	return true;
}

static void write_recipient(const char *s, const struct award_recipient *r)
{
	char digits[32];
	size_t n;

	if (r->count.mant >= 0 && (n = numeral_format(&r->count, digits, sizeof digits))) {
		out_field_text(digits, n);
		out_field_text(" ", 1);
	}
	out_field_text(at(s, r->text), r->text.len);
}

/* The TO field: "28 tập thể; 93 cá nhân". */
static void write_recipients(const char *s, const struct award *a)
{
	size_t k;

	out_field_open("to");
	for (k = 0; k < a->nto; k++) {
		if (k)
			out_field_text("; ", 2);
		write_recipient(s, &a->to[k]);
	}
}

static void write_award(const struct sentence *st, const struct award *a)
{
	size_t k;

	out_begin(st->doc, st->line, st->sent);
	out_field_str("kind", "award");
	out_field_str("value", a->value);
	out_field("text", at(st->text, a->text), a->text.len);
	out_field("by", at(st->text, a->by), a->by.len);
	write_recipients(st->text, a);
	out_field_open("for");
	for (k = 0; k < a->nreason; k++) {
		if (k)
			out_field_text("; ", 2);
		out_field_text(at(st->text, a->reason[k]), a->reason[k].len);
	}
	out_end();
}

static void summary_flush(void)
{
	size_t r, k;
	char digits[24];

	for (r = 0; r < summary.nrows; r++) {
		const struct row *row = &summary.rows[r];
		out_begin_doc(summary.doc);
		out_field_str("value", row->value);
		out_field_str("by", row->by);
		out_field_open("to");
		for (k = 0; k < row->nto; k++) {
			if (k)
				out_field_text("; ", 2);
			if (row->to[k].count >= 0) {
				snprintf(digits, sizeof digits, "%lld ", row->to[k].count);
				out_field_text(digits, strlen(digits));
			}
			out_field_text(row->to[k].text, strlen(row->to[k].text));
		}
		out_end();
	}
	summary.nrows = 0;
}

/* Copies s (n bytes) into a SUMMARY_TEXT field; false when it does not fit. */
static bool copy_text(char *dst, const char *s, size_t n)
{
	if (n >= SUMMARY_TEXT)
		return false;
	memcpy(dst, s, n);
	dst[n] = '\0';
	return true;
}

static bool same(const char *a, const char *s, size_t n)
{
	return strlen(a) == n && memcmp(a, s, n) == 0;
}

/* Adds the recipients to the row; false when it has no room left for them. */
static bool add_recipients(struct row *row, const char *s, const struct award *a)
{
	size_t k, j;

	for (k = 0; k < a->nto; k++) {
		const struct award_recipient *r = &a->to[k];
		long long count = -1;
		if (r->count.mant >= 0 && !whole(&r->count, &count))
			return false;
		for (j = 0; j < row->nto; j++)
			if ((row->to[j].count < 0) == (count < 0) &&
			    same(row->to[j].text, at(s, r->text), r->text.len))
				break;
		if (j == row->nto) {
			if (j == SUMMARY_KINDS || !copy_text(row->to[j].text, at(s, r->text), r->text.len))
				return false;
			row->to[j].count = count < 0 ? -1 : 0;
			row->nto++;
		}
		if (count >= 0)
			row->to[j].count += count;
	}
	return true;
}

/* Adds the award to the document's totals; false when there is no room. */
static bool summary_add(const char *s, const struct award *a)
{
	static struct row row;
	size_t r;

	for (r = 0; r < summary.nrows; r++)
		if (strcmp(summary.rows[r].value, a->value) == 0 &&
		    same(summary.rows[r].by, at(s, a->by), a->by.len))
			break;
	if (r < summary.nrows) {
		row = summary.rows[r];
	} else {
		if (r == SUMMARY_ROWS || !copy_text(row.by, at(s, a->by), a->by.len))
			return false;
		memcpy(row.value, a->value, sizeof row.value);
		row.nto = 0;
	}
	/* Counted into a copy, so that a row is never counted in part. */
	if (!add_recipients(&row, s, a))
		return false;
	summary.rows[r] = row;
	if (r == summary.nrows)
		summary.nrows++;
	return true;
}

static void summarize(const struct sentence *st, const struct award *a)
{
	size_t len = strlen(st->doc) + 1;

	if (!summary.doc || strcmp(summary.doc, st->doc) != 0) {
		summary_flush();
		if (len > summary.doccap)
			summary.doc = xrealloc(summary.doc, summary.doccap = len);
		memcpy(summary.doc, st->doc, len);
	}
	if (summary_add(st->text, a))
		return;
	summary_flush();
	if (!summary_add(st->text, a)) {
		/* Too long to keep: the award stands on a line of its own. */
		out_begin_doc(st->doc);
		out_field_str("value", a->value);
		out_field("by", at(st->text, a->by), a->by.len);
		write_recipients(st->text, a);
		out_end();
	}
}

static void find_awards(const struct sentence *st, void *ctx)
{
	struct award a[AWARD_MAX];
	size_t n = award_find(st->text, st->len, a, AWARD_MAX), k;

	(void)ctx;
	for (k = 0; k < n; k++)
		if (summary.on)
			summarize(st, &a[k]);
		else
			write_award(st, &a[k]);
}

static void read_input(struct input *in, void *ctx)
{
	for_each_sentence(in, find_awards, ctx);
	/* A document does not go on in the next input. */
	summary_flush();
}

int main(int argc, char **argv)
{
	struct common_opts o = {0};
	int c;

	progname = "vn-award";
	common_long_opts(argc, argv, usage_text);
	while ((c = getopt(argc, argv, "d:hjls")) != -1)
		if (c == 's')
			summary.on = true;
		else if (!common_opt(&o, c, optarg, usage_text))
			usage_error(usage_text);
	return finish(for_each_input(argv + optind, &o, read_input, &o));
}
