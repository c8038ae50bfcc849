/* vn-meta: what a scraped page says about its article (section, title, stamp,
 * source, lead, captions, credits, byline, chrome), one record each; or with
 * -s one catalogue line per document; or with -b the body alone. */
#include "../common/chrome.h"
#include "../common/clean.h"
#include "../common/finding.h"
#include "../common/meta.h"
#include "../common/output.h"
#include "../common/tool.h"

#include <string.h>

#define CHUNK (1 << 16)

/* DOC LOC KIND VALUE TEXT; with -s DOC TITLE PUBLISHED SOURCE AUTHOR; with -b DOC LOC TEXT */
static const char *const catalogue_extras[] = {"title", "published", "source", "author"};
static const struct columns meta_columns = {LEAD_FINDING, NULL, 0},
			    catalogue_columns = COLUMNS(LEAD_SUMMARY, catalogue_extras);

struct state {
	bool summary, body;   /* -s, -b */
	struct cleaner cl;
	struct chrome chrome;
	struct meta meta;
	struct meta_catalogue catalogue;
	const char *doc;
	const char *refused;  /* the record stream last refused */
	char chunk[CHUNK];
};

static void write_found(const struct meta_found *f, void *ctx)
{
	struct state *st = ctx;
	struct finding out;

	if (st->summary)
		meta_catalogue_take(&st->catalogue, f);
	if (st->summary || st->body)
		return;
	finding_init(&out, &meta_columns, meta_kind_names[f->kind], f->value, f->text);
	finding_write(st->doc, f->line, 0, &out);
}

static void write_body(long line, const char *s, size_t n, void *ctx)
{
	text_record_write(((struct state *)ctx)->doc, line, 0, s, n);
}

/* Cleans one line and hands it over; a line too long to hold is body, and
 * goes out (with -b) while it is read. */
static void read_line(struct input *in, const struct para *p, void *ctx)
{
	struct state *st = ctx;
	struct cleaner *cl = &st->cl;
	bool streaming = false;
	size_t k;

	if (in->shape == SHAPE_RECORDS) {
		if (st->refused != in->name)
			error("%s: a record stream has lost the page's blank lines, chrome and repeated "
			      "captions; give vn-meta the raw text or -l documents", in->name);
		st->refused = in->name;
		return;
	}
	st->catalogue.lines = true;
	clean_start(cl);
	while ((k = input_text(in, st->chunk, sizeof st->chunk))) {
		clean_feed(cl, st->chunk, k);
		if (cl->len > META_LINE_MAX) {
			if (!streaming) {
				meta_long_line(&st->meta, p->line);
				streaming = true;
				if (st->body) {
					out_begin(p->doc, p->line, 0);
					out_field_open("text");
				}
			}
			k = clean_settled(cl);
			if (st->body)
				out_field_text(cl->buf, k);
			clean_take(cl, k);
		}
	}
	clean_end(cl);
	if (!streaming)
		meta_line(&st->meta, p->line, cl->buf, cl->len);
	else if (st->body) {
		out_field_text(cl->buf, cl->len);
		out_end();
	}
}

static void begin(const char *doc, void *ctx)
{
	struct state *st = ctx;

	st->doc = doc;
	meta_begin(&st->meta);
	meta_catalogue_begin(&st->catalogue);
}

static void end(const char *doc, void *ctx)
{
	struct state *st = ctx;
	struct meta_catalogue *c = &st->catalogue;
	struct finding f;

	meta_end(&st->meta);
	if (!st->summary || !c->lines)
		return;
	summary_init(&f, &catalogue_columns);
	finding_add(&f, (struct piece){c->title, c->title_len});
	finding_add(&f, piece_str(c->published));
	finding_add(&f, (struct piece){c->source, c->source_len});
	finding_add(&f, (struct piece){c->author, c->author_len});
	finding_write_summary(doc, &f);
}

static void finish(void *ctx)
{
	struct state *st = ctx;

	meta_free(&st->meta);
	chrome_free(&st->chrome);
	clean_free(&st->cl);
}

static bool take_option(int letter, const char *arg, void *ctx)
{
	struct state *st = ctx;

	(void)arg;
	if (letter == 's')
		st->summary = true;
	else
		st->body = true;
	return true;
}

static void start(void *ctx)
{
	struct state *st = ctx;

	if (st->summary && st->body)
		tool_usage_error("-b and -s write different records: give one of them");
	if (st->summary || st->body)
		tool_set_columns(st->summary ? &catalogue_columns : &text_columns);
	clean_init(&st->cl, false);
	chrome_init(&st->chrome, &st->cl);
	meta_init(&st->meta, &st->chrome);
	st->meta.found = write_found;
	st->meta.body = st->body ? write_body : NULL;
	st->meta.ctx = st;
}

int main(int argc, char **argv)
{
	static struct state st;
	static const struct tool_option options[] = {
		{'b', "body", NULL, "write the body alone as text records DOC<TAB>LOC<TAB>TEXT:\n"
				    "no title, captions, credits, bylines or chrome"},
		{'s', "summary", NULL, "write DOC<TAB>TITLE<TAB>PUBLISHED<TAB>SOURCE<TAB>AUTHOR once per\n"
				       "document: the catalogue"},
	};
	static const struct tool meta = {
		.name = "vn-meta",
		.purpose = "Write one record DOC<TAB>LOC<TAB>KIND<TAB>VALUE<TAB>TEXT per section, title,\n"
			   "stamp, source, lead, caption, credit, byline and chrome line of each page\n"
			   "given as raw text or -l documents.\n",
		.options = options,
		.noptions = NELEM(options),
		.option = take_option,
		.start = start,
		.doc_begin = begin,
		.doc_end = end,
		.paragraph = read_line,
		.columns = &meta_columns,
		.end = finish,
		.ctx = &st,
	};

	memset(&st, 0, sizeof st);
	return tool_main(argc, argv, &meta);
}
