/* finding.c: writes findings and text records through output.c. */
#include "finding.h"
#include "output.h"
#include "util.h"

#include <string.h>

struct piece piece_str(const char *s)
{
	return (struct piece){s, strlen(s)};
}

void finding_init(struct finding *f, const char *kind, struct piece value, struct piece text)
{
	f->kind = kind;
	f->value = value;
	f->text = text;
	f->nextra = 0;
}

void finding_add(struct finding *f, const char *name, struct piece one)
{
	if (f->nextra == FINDING_EXTRAS)
		die("internal error: more than %d fields in a record", FINDING_EXTRAS);
	f->extra[f->nextra++] = (struct extra){name, one, NULL, NULL, 0};
}

void finding_add_entries(struct finding *f, const char *name, const struct piece *lead,
			 const struct piece *list, size_t n)
{
	finding_add(f, name, (struct piece){"", 0});
	f->extra[f->nextra - 1].list = list;
	f->extra[f->nextra - 1].lead = lead;
	f->extra[f->nextra - 1].n = n;
}

void finding_add_list(struct finding *f, const char *name, const struct piece *list, size_t n)
{
	finding_add_entries(f, name, NULL, list, n);
}

static void write_extras(const struct finding *f)
{
	size_t i, k;

	for (i = 0; i < f->nextra; i++) {
		const struct extra *e = &f->extra[i];
		if (!e->list) {
			out_field(e->name, e->one.s, e->one.len);
			continue;
		}
		out_field_open(e->name);
		for (k = 0; k < e->n; k++) {
			if (k)
				out_field_text("; ", 2);
			if (e->lead)
				out_field_text(e->lead[k].s, e->lead[k].len);
			out_field_text(e->list[k].s, e->list[k].len);
		}
	}
}

void finding_write(const char *doc, long line, long sent, const struct finding *f)
{
	out_begin(doc, line, sent);
	out_field_str("kind", f->kind);
	out_field("value", f->value.s, f->value.len);
	out_field("text", f->text.s, f->text.len);
	write_extras(f);
	out_end();
}

void finding_write_summary(const char *doc, const struct finding *f)
{
	out_begin_doc(doc);
	write_extras(f);
	out_end();
}

void text_record_write(const char *doc, long line, long sent, const char *text, size_t len)
{
	out_begin(doc, line, sent);
	out_field("text", text, len);
	out_end();
}
