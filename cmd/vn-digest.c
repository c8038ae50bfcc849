/* vn-digest: one record per article: the event it reports, its date, who
 * held it, the people and their parts, the awards added up, the documents
 * cited and the statistics reported; with -j one JSON object per article. */
#include "../common/clean.h"
#include "../common/digest.h"
#include "../common/finding.h"
#include "../common/tool.h"

/* The fields of the TSV record after TEXT, for -H. digest.c writes them by
 * these names itself (and -j's nested people, awards, refs, stats, meta), not
 * through finding.c: keep the two alike. */

#include <string.h>

#define CHUNK (1 << 16)

struct state {
	struct digest *digest;
	struct input *in;  /* the paragraph being read */
	bool ended;        /* its text is all read and cleaned */
	char chunk[CHUNK];
};

/* The text of a long line, cleaned, as the cleaner settles it. */
static size_t read_cleaned(void *ctx, char *out, size_t cap)
{
	struct state *st = ctx;
	struct cleaner *cl = &st->digest->cleaner;
	size_t have, k;

	for (;;) {
		have = st->ended ? cl->len : clean_settled(cl);
		if (have) {
			k = have < cap ? have : cap;
			memcpy(out, cl->buf, k);
			clean_take(cl, k);
			return k;
		}
		if (st->ended)
			return 0;
		if ((k = input_text(st->in, st->chunk, sizeof st->chunk)))
			clean_feed(cl, st->chunk, k);
		else
			clean_end(cl), st->ended = true;
	}
}

static size_t read_record(void *ctx, char *out, size_t cap)
{
	return input_text(((struct state *)ctx)->in, out, cap);
}

/* A line of the page, cleaned; a record of vn-clean or vn-seg as body. */
static void read_line(struct input *in, const struct para *p, void *ctx)
{
	struct state *st = ctx;
	struct cleaner *cl = &st->digest->cleaner;
	size_t k;

	st->in = in;
	st->ended = false;
	if (in->shape == SHAPE_RECORDS) {
		digest_record(st->digest, p->line, p->sent, read_record, st);
		return;
	}
	clean_start(cl);
	while (cl->len <= META_LINE_MAX && (k = input_text(in, st->chunk, sizeof st->chunk)))
		clean_feed(cl, st->chunk, k);
	if (cl->len > META_LINE_MAX) {
		digest_long_line(st->digest, p->line, read_cleaned, st);
		return;
	}
	clean_end(cl);
	digest_line(st->digest, p->line, cl->buf, cl->len);
}

static void begin(const char *doc, void *ctx)
{
	(void)doc;
	digest_begin(((struct state *)ctx)->digest);
}

static void end(const char *doc, void *ctx)
{
	struct state *st = ctx;

	digest_end(st->digest);
	digest_write(st->digest, doc);
}

static void start(void *ctx)
{
	struct state *st = ctx;

	if (!(st->digest = digest_new()))
		die("out of memory");
}

static void finish(void *ctx)
{
	struct state *st = ctx;

	digest_free(st->digest);
	st->digest = NULL;
}

int main(int argc, char **argv)
{
	static struct state st;
	static const struct tool digest = {
		.name = "vn-digest",
		.purpose = "Write one record per article given as raw text, -l documents or the records\n"
			   "of vn-clean or vn-seg: DOC<TAB>LOC<TAB>event<TAB>VALUE<TAB>TEXT<TAB>DATE<TAB>\n"
			   "ORGANIZER<TAB>PEOPLE<TAB>AWARDS<TAB>REFS<TAB>STATS.\n",
		.start = start,
		.doc_begin = begin,
		.doc_end = end,
		.paragraph = read_line,
		.end = finish,
		.columns = &digest_columns,
		.ctx = &st,
	};

	memset(&st, 0, sizeof st);
	return tool_main(argc, argv, &digest);
}
