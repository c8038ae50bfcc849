/* vn-ref: find the documents Vietnamese text cites, one record each under a key
 * that joins across articles; or with -s how often each is cited per document. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "../common/finding.h"
#include "../common/ref.h"
#include "../common/tool.h"

/* Documents counted at once for -s, and bytes kept of an issuer. */
enum { TOTALS = 128, ISSUER_MAX = 160 };

/* DOC LOC ref VALUE TEXT TYPE ISSUER DATE TERM SUBJECT, or with -s DOC VALUE TYPE ISSUER COUNT */
static const char *const ref_extras[] = {"type", "issuer", "date", "term", "subject"},
		  *const totals_extras[] = {"value", "type", "issuer", "count"};
static const struct columns ref_columns = COLUMNS(LEAD_FINDING, ref_extras),
			    totals_columns = COLUMNS(LEAD_SUMMARY, totals_extras);

struct total {
	char value[REF_VALUE_MAX];
	const char *type;
	char issuer[ISSUER_MAX];
	unsigned long count;
};

struct state {
	const struct sentence *sentence; /* the one being read */
	bool summary;                     /* -s */
	struct ref_context refs;
	struct total totals[TOTALS];
	size_t ntotals;
};

static struct piece at(const char *s, struct span p)
{
	return (struct piece){s + p.start, p.len};
}

static void write_ref(const struct sentence *s, const struct ref *r)
{
	struct finding f;

	finding_init(&f, &ref_columns, "ref", piece_str(r->value), at(s->text, r->text));
	finding_add(&f, piece_str(r->type));
	finding_add(&f, at(s->text, r->issuer));
	finding_add(&f, piece_str(r->date));
	finding_add(&f, piece_str(r->term));
	finding_add(&f, at(s->text, r->subject));
	finding_write(s->doc, s->line, s->sent, &f);
}

/* DOC VALUE TYPE ISSUER COUNT, for each document counted so far. */
static void write_totals(struct state *st, const char *doc)
{
	struct finding f;
	char count[24];
	size_t k;

	for (k = 0; k < st->ntotals; k++) {
		const struct total *t = &st->totals[k];
		snprintf(count, sizeof count, "%lu", t->count);
		summary_init(&f, &totals_columns);
		finding_add(&f, piece_str(t->value));
		finding_add(&f, piece_str(t->type));
		finding_add(&f, piece_str(t->issuer));
		finding_add(&f, piece_str(count));
		finding_write_summary(doc, &f);
	}
	st->ntotals = 0;
}

/* Keeps the first issuer named for a document, cut at a character's end. */
static void keep_issuer(struct total *t, struct piece issuer)
{
	size_t n = issuer.len < ISSUER_MAX ? issuer.len : ISSUER_MAX - 1;

	while (n < issuer.len && n > 0 && ((unsigned char)issuer.s[n] & 0xC0) == 0x80)
		n--;
	memcpy(t->issuer, issuer.s, n);
	t->issuer[n] = '\0';
}

static void count_ref(struct state *st, const struct ref *r)
{
	struct piece issuer = at(st->sentence->text, r->issuer);
	struct total *t;
	size_t k;

	for (k = 0; k < st->ntotals && strcmp(st->totals[k].value, r->value); k++)
		;
	if (k == st->ntotals) {
		/* No room: what is counted so far goes out, and counting starts again. */
		if (k == TOTALS)
			write_totals(st, st->sentence->doc), k = 0;
		t = &st->totals[st->ntotals++];
		strcpy(t->value, r->value);
		t->type = r->type;
		t->issuer[0] = '\0';
		t->count = 0;
	}
	t = &st->totals[k];
	if (t->count < ULONG_MAX)
		t->count++;
	if (!t->issuer[0] && issuer.len)
		keep_issuer(t, issuer);
}

static void found(const struct ref *r, void *ctx)
{
	struct state *st = ctx;

	if (st->summary)
		count_ref(st, r);
	else
		write_ref(st->sentence, r);
}

static void find_refs(const struct sentence *s, void *ctx)
{
	struct state *st = ctx;

	st->sentence = s;
	ref_find(s->text, s->len, &st->refs, found, st);
}

static void start(void *ctx)
{
	struct state *st = ctx;

	ref_context_init(&st->refs);
	if (st->summary)
		tool_set_columns(&totals_columns);
}

static void begin_document(const char *doc, void *ctx)
{
	(void)doc;
	ref_forget(&((struct state *)ctx)->refs);
}

static void end_document(const char *doc, void *ctx)
{
	write_totals(ctx, doc);
}

int main(int argc, char **argv)
{
	static struct state st;
	static const struct tool ref = {
		.name = "vn-ref",
		.purpose = "Write one record DOC<TAB>LOC<TAB>ref<TAB>VALUE<TAB>TEXT<TAB>TYPE<TAB>ISSUER<TAB>\n"
			   "DATE<TAB>TERM<TAB>SUBJECT per document the input cites.\n",
		.summary = &st.summary,
		.summary_help = "write DOC<TAB>VALUE<TAB>TYPE<TAB>ISSUER<TAB>COUNT once per document\n"
				"and document cited",
		.start = start,
		.doc_begin = begin_document,
		.doc_end = end_document,
		.sentence = find_refs,
		.columns = &ref_columns,
		.ctx = &st,
	};
	int status;

	/* Afresh, should main run again in the same process. */
	memset(&st, 0, sizeof st);
	status = tool_main(argc, argv, &ref);
	ref_context_free(&st.refs);
	return status;
}
