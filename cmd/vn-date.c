/* vn-date: find every date, time, period and duration in Vietnamese text and write
 * it as ISO 8601 / TimeML, giving partial dates the year of the document. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../common/loop.h"
#include "../common/output.h"
#include "../common/temporal.h"
#include "../common/util.h"

static const char usage_text[] =
	"usage: vn-date [-jl] [-d name] [-r YYYY-MM-DD] [file ...]\n"
	"Write one record DOC<TAB>LOC<TAB>KIND<TAB>VALUE<TAB>TEXT<TAB>ANCHOR per date,\n"
	"time, period or duration in the input.\n"
	"  -d name  DOC for raw text (default: the file name, - for stdin)\n"
	"  -j       write JSON Lines\n"
	"  -l       each input line is one document: ID<TAB>TEXT\n"
	"  -r YYYY-MM-DD, --ref=YYYY-MM-DD\n"
	"           the year for partial dates of a document without its own stamp\n";

/* The stamp is looked for in a document's first sentences, at their start. */
enum { STAMP_SENTENCES = 8, STAMP_OFFSET = 64 };
/* Findings held back until the stamp is known; past this, the window closes. */
enum { PENDING_MAX = 64, PENDING_TEXT = 8192 };

struct day {
	int year, month, day; /* year 0: none */
};

struct finding {
	long line, sent;
	struct temporal t;
	size_t text; /* offset into the text pool */
};

struct state {
	struct day ref;       /* --ref */
	struct day stamp;     /* the document's own date */
	char *doc;            /* DOC of the document being read */
	size_t doccap;
	long sentences;       /* sentences read in this document */
	bool window;          /* still looking for the stamp */
	long year_line;       /* the paragraph in which the text last named a year, */
	char year[4];         /* and that year: what "Trong năm" there means */
	struct finding pending[PENDING_MAX];
	size_t npending;
	char pool[PENDING_TEXT];
	size_t poollen;
};

static bool parse_day(const char *s, struct day *d)
{
	char end;

	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &d->year, &d->month, &d->day, &end) != 3 ||
	    s[4] != '-' || s[7] != '-' || d->year < 1 || d->month < 1 || d->month > 12 ||
	    d->day < 1 || d->day > 31)
		return false;
	return true;
}

static _Noreturn void bad_ref(const char *arg)
{
	warn("bad reference date '%s': use YYYY-MM-DD", arg);
	usage_error(usage_text);
}

/* A day number good enough to compare dates a few months apart. */
static long ordinal(int y, int m, int d)
{
	return (long)y * 372 + m * 31 + d;
}

/* The year that puts month/day nearest before the anchor, or at most about
 * two months after it (news announces what is coming soon). */
static int choose_year(const struct temporal *t, const struct day *a)
{
	int y;

	if (!t->month)
		return a->year;
	for (y = a->year + 1; y > a->year - 1; y--)
		if (ordinal(y, t->month, t->day ? t->day : 1) <= ordinal(a->year, a->month, a->day) + 62)
			break;
	return y;
}

static void write_finding(const struct state *st, long line, long sent, const struct temporal *t,
			  const char *text)
{
	const struct day *a = st->stamp.year ? &st->stamp : st->ref.year ? &st->ref : NULL;
	const char *anchor = "text";
	char value[sizeof t->value], year[8], *x;

	memcpy(value, t->value, sizeof value);
	/* A clock time alone has no day to put a year on. */
	if (t->yearless && !strstr(value, "-XX")) {
		anchor = "-";
		if (a) {
			anchor = a == &st->stamp ? "doc" : "ref";
			snprintf(year, sizeof year, "%04d", choose_year(t, a));
			while ((x = strstr(value, "XXXX")))
				memcpy(x, year, 4);
		}
	} else if (t->yearless) {
		anchor = "-";
	}
	out_begin(st->doc, line, sent);
	out_field_str("kind", t->kind);
	out_field_str("value", value);
	out_field("text", text, t->len);
	out_field_str("anchor", anchor);
	out_end();
}

/* Writes what was held back, now that the anchor is settled, and stops holding. */
static void flush_pending(struct state *st)
{
	size_t k;

	for (k = 0; k < st->npending; k++) {
		const struct finding *f = &st->pending[k];
		write_finding(st, f->line, f->sent, &f->t, st->pool + f->text);
	}
	st->npending = st->poollen = 0;
	st->window = false;
}

static void start_document(struct state *st, const char *doc)
{
	size_t len = strlen(doc) + 1;

	flush_pending(st);
	if (len > st->doccap) {
		st->doccap = len;
		st->doc = xrealloc(st->doc, len);
	}
	memcpy(st->doc, doc, len);
	st->sentences = 0;
	st->stamp.year = 0;
	st->year_line = 0;
	st->window = true;
}

/* A full date at the start of one of the first sentences: "Cập nhật ngày:
 * 26/07/2022 13:54:23", "Sáng ngày 16/7/2021, ...". */
static bool is_stamp(const struct temporal *t)
{
	return !t->yearless && t->day && t->start <= STAMP_OFFSET &&
	       (strcmp(t->kind, "date") == 0 || strcmp(t->kind, "time") == 0);
}

static void hold(struct state *st, const struct sentence *s, const struct temporal *t)
{
	struct finding *f;

	if (st->npending == PENDING_MAX || t->len + 1 > PENDING_TEXT - st->poollen) {
		flush_pending(st);
		write_finding(st, s->line, s->sent, t, s->text + t->start);
		return;
	}
	f = &st->pending[st->npending++];
	f->line = s->line, f->sent = s->sent, f->t = *t;
	f->text = st->poollen;
	memcpy(st->pool + st->poollen, s->text + t->start, t->len);
	st->poollen += t->len;
}

/* "Năm 2020, ... Trong năm, có 98,6% ...": "Trong năm" is the year the
 * paragraph last named in a date, before any anchor. */
static void told_year(struct state *st, long line, struct temporal *t)
{
	bool named = !t->yearless && (strcmp(t->kind, "date") == 0 || strcmp(t->kind, "time") == 0);

	if (named) {
		memcpy(st->year, t->value, 4);
		st->year_line = line;
	} else if (t->year_told && st->year_line == line) {
		memcpy(t->value, st->year, 4);
		t->yearless = false;
	}
}

static void date_sentence(const struct sentence *s, void *ctx)
{
	struct state *st = ctx;
	struct temporal t;
	size_t from = 0;

	if (!st->doc || strcmp(st->doc, s->doc) != 0)
		start_document(st, s->doc);
	if (st->window && ++st->sentences > STAMP_SENTENCES)
		flush_pending(st);
	while (temporal_find(s->text, s->len, from, &t)) {
		from = t.start + t.len;
		told_year(st, s->line, &t);
		if (!st->window) {
			write_finding(st, s->line, s->sent, &t, s->text + t.start);
			continue;
		}
		if (!st->stamp.year && is_stamp(&t)) {
			sscanf(t.value, "%4d-%2d-%2d", &st->stamp.year, &st->stamp.month, &st->stamp.day);
			hold(st, s, &t);
			/* The rest of this sentence is written after what came before. */
			continue;
		}
		hold(st, s, &t);
	}
	if (st->stamp.year && st->window)
		flush_pending(st);
}

static void date_input(struct input *in, void *ctx)
{
	struct state *st = ctx;

	for_each_sentence(in, date_sentence, ctx);
	flush_pending(st);
	free(st->doc);
	st->doc = NULL;
	st->doccap = 0;
}

/* Takes --ref=DATE and --ref DATE out of argv, which getopt does not know. */
static void long_ref(int *argc, char **argv, struct state *st)
{
	int i, j = 1;
	const char *arg;

	for (i = 1; i < *argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			while (i < *argc)
				argv[j++] = argv[i++];
			break;
		}
		if (strncmp(argv[i], "--ref=", 6) == 0) {
			arg = argv[i] + 6;
		} else if (strcmp(argv[i], "--ref") == 0) {
			if (i + 1 == *argc)
				usage_error(usage_text);
			arg = argv[++i];
		} else {
			argv[j++] = argv[i];
			continue;
		}
		if (!parse_day(arg, &st->ref))
			bad_ref(arg);
	}
	argv[j] = NULL;
	*argc = j;
}

int main(int argc, char **argv)
{
	static struct state st;
	struct common_opts o = {0};
	int c;

	progname = "vn-date";
	common_long_opts(argc, argv, usage_text);
	long_ref(&argc, argv, &st);
	while ((c = getopt(argc, argv, "d:hjlr:")) != -1) {
		if (c == 'r') {
			if (!parse_day(optarg, &st.ref))
				bad_ref(optarg);
		} else if (!common_opt(&o, c, optarg, usage_text)) {
			usage_error(usage_text);
		}
	}
	return finish(for_each_input(argv + optind, &o, date_input, &st));
}
