/* vn-award: find the awards given in Vietnamese text: which award, given by whom,
 * to whom and for what, one record each; or with -s their totals per document. */
#include <string.h>

#include "../common/award.h"
#include "../common/finding.h"
#include "../common/tally.h"
#include "../common/tool.h"

/* DOC LOC award VALUE TEXT BY TO FOR, or with -s DOC VALUE BY TO */
static const char *const award_extras[] = {"by", "to", "for"}, *const totals_extras[] = {"value", "by", "to"};
static const struct columns award_columns = COLUMNS(LEAD_FINDING, award_extras),
			    totals_columns = COLUMNS(LEAD_SUMMARY, totals_extras);

struct state {
	const struct sentence *sentence; /* the one being read */
	bool summary;                     /* -s */
	struct tally totals;
};

static struct piece at(const char *s, struct span p)
{
	return (struct piece){s + p.start, p.len};
}

/* The award's record: DOC LOC award VALUE TEXT BY TO FOR, TO as "28 tập
 * thể; 93 cá nhân"; or, alone, DOC VALUE BY TO for an award too long for
 * the totals of -s. */
static void write_award(const struct sentence *st, const struct award *a, bool alone)
{
	struct piece lead[AWARD_PARTS], to[AWARD_PARTS], reason[AWARD_PARTS];
	char counts[AWARD_PARTS][32];
	struct finding f;
	size_t k, len;

	finding_init(&f, alone ? &totals_columns : &award_columns, "award", piece_str(a->value),
		     at(st->text, a->text));
	if (alone)
		finding_add(&f, piece_str(a->value));
	finding_add(&f, at(st->text, a->by));
	for (k = 0; k < a->nto; k++) {
		len = a->to[k].count.mant < 0 ? 0 : numeral_format(&a->to[k].count, counts[k], sizeof counts[k] - 1);
		if (len)
			counts[k][len++] = ' ';
		lead[k] = (struct piece){counts[k], len};
		to[k] = at(st->text, a->to[k].text);
	}
	finding_add_entries(&f, lead, to, a->nto);
	if (alone) {
		finding_write_summary(st->doc, &f);
		return;
	}
	for (k = 0; k < a->nreason; k++)
		reason[k] = at(st->text, a->reason[k]);
	finding_add_list(&f, reason, a->nreason);
	finding_write(st->doc, st->line, st->sent, &f);
}

/* DOC VALUE BY TO: an award and giver of the document with its recipients
 * counted together. */
static void write_row(const char *doc, const struct tally_row *row)
{
	struct piece lead[TALLY_KINDS], to[TALLY_KINDS];
	char counts[TALLY_KINDS][24];
	struct finding f;
	size_t k;

	for (k = 0; k < row->nto; k++) {
		tally_count_lead(&row->to[k], counts[k]);
		lead[k] = piece_str(counts[k]);
		to[k] = piece_str(row->to[k].text);
	}
	summary_init(&f, &totals_columns);
	finding_add(&f, piece_str(row->value));
	finding_add(&f, piece_str(row->by));
	finding_add_entries(&f, lead, to, row->nto);
	finding_write_summary(doc, &f);
}

static void write_totals(struct state *st, const char *doc)
{
	size_t r;

	for (r = 0; r < st->totals.nrows; r++)
		write_row(doc, &st->totals.rows[r]);
	tally_clear(&st->totals);
}

static void found(const struct award *a, void *ctx)
{
	struct state *st = ctx;
	const struct sentence *s = st->sentence;

	if (!st->summary) {
		write_award(s, a, false);
		return;
	}
	if (tally_add(&st->totals, s->text, a))
		return;
	/* No room: what is counted so far goes out, and counting starts again. */
	write_totals(st, s->doc);
	/* Too long to keep: the award stands on a line of its own. */
	if (!tally_add(&st->totals, s->text, a))
		write_award(s, a, true);
}

static void find_awards(const struct sentence *s, void *ctx)
{
	struct state *st = ctx;

	st->sentence = s;
	award_find(s->text, s->len, found, st);
}

static void end_document(const char *doc, void *ctx)
{
	write_totals(ctx, doc);
}

static bool take_option(int letter, const char *arg, void *ctx)
{
	struct state *st = ctx;

	(void)arg;
	st->summary = letter == 's';
	if (st->summary)
		tool_set_columns(&totals_columns);
	return st->summary;
}

int main(int argc, char **argv)
{
	static struct state st;
	static const struct tool_option options[] = {
		{'s', "summary", NULL, "write DOC<TAB>VALUE<TAB>BY<TAB>TO once per document, award and\n"
		 "giver, with the recipients counted together"},
	};
	static const struct tool award = {
		.name = "vn-award",
		.purpose = "Write one record DOC<TAB>LOC<TAB>award<TAB>VALUE<TAB>TEXT<TAB>BY<TAB>TO<TAB>FOR\n"
			   "per award given in the input.\n",
		.options = options,
		.noptions = NELEM(options),
		.option = take_option,
		.doc_end = end_document,
		.sentence = find_awards,
		.columns = &award_columns,
		.ctx = &st,
	};

	memset(&st, 0, sizeof st);
	return tool_main(argc, argv, &award);
}
