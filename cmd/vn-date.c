/* vn-date: find every date, time, period and duration in Vietnamese text and write
 * it as ISO 8601 / TimeML, giving partial dates the year of the document. */
#include "../common/finding.h"
#include "../common/stamp.h"
#include "../common/tool.h"

/* ANCHOR and CALENDAR as pieces, measured once in main. */
static struct piece anchor_pieces[ANCHOR_NONE + 1], calendar_pieces[CALENDAR_LUNAR + 1];
static const char *const extras[] = {"anchor", "calendar"};
static const struct columns columns = COLUMNS(LEAD_FINDING, extras);

static void write_date(const struct dated *d, void *ctx)
{
	struct finding f;

	(void)ctx;
	finding_init(&f, &columns, temporal_kind_names[d->kind], piece_str(d->value),
		     (struct piece){d->text, d->t->len});
	finding_add(&f, anchor_pieces[d->anchor]);
	finding_add(&f, calendar_pieces[d->calendar]);
	finding_write(d->doc, d->line, d->sent, &f);
}

static struct stamp stamp = {.dated = write_date};

static bool take_option(int letter, const char *arg, void *ctx)
{
	(void)letter;
	if (!day_parse(arg, &((struct stamp *)ctx)->ref))
		tool_usage_error("bad reference date '%s': use YYYY-MM-DD", printable(arg));
	return true;
}

static void begin(const char *doc, void *ctx)
{
	stamp_begin(ctx, doc);
}

static void end(const char *doc, void *ctx)
{
	(void)doc;
	stamp_end(ctx);
}

static void read_sentence(const struct sentence *s, void *ctx)
{
	stamp_read(ctx, s);
}

int main(int argc, char **argv)
{
	static const struct tool_option options[] = {
		{'r', "ref", "YYYY-MM-DD", "the anchor for documents without a stamp of their own"},
	};
	static const struct tool date = {
		.name = "vn-date",
		.purpose = "Write one record DOC<TAB>LOC<TAB>KIND<TAB>VALUE<TAB>TEXT<TAB>ANCHOR<TAB>CALENDAR\n"
			   "per date, time, period or duration in the input.\n",
		.options = options,
		.noptions = NELEM(options),
		.option = take_option,
		.doc_begin = begin,
		.doc_end = end,
		.sentence = read_sentence,
		.columns = &columns,
		.ctx = &stamp,
	};

	size_t i;

	for (i = 0; i < NELEM(anchor_pieces); i++)
		anchor_pieces[i] = piece_str(anchor_names[i]);
	for (i = 0; i < NELEM(calendar_pieces); i++)
		calendar_pieces[i] = piece_str(calendar_names[i]);
	/* Afresh, should main run again in the same process. */
	stamp = (struct stamp){.dated = write_date};
	return tool_main(argc, argv, &date);
}
