/* finding.c: writes findings and text records through output.c, and the
 * header line that names their fields. */
#include "finding.h"
#include "output.h"
#include "util.h"

#include <string.h>

/* The fields of each lead after DOC, as -j names them. */
static const char *const leads[][4] = {
	[LEAD_TEXT] = {"loc", "text"},
	[LEAD_FINDING] = {"loc", "kind", "value", "text"},
	[LEAD_SUMMARY] = {NULL},
	[LEAD_DOCUMENT] = {"text"},
};

const struct columns text_columns = {LEAD_TEXT, NULL, 0};
const struct columns document_columns = {LEAD_DOCUMENT, NULL, 0};

/* A field's name in the header: its JSON name in capitals. */
static void header_name(const char *name)
{
	char up[32];
	size_t i, n = strlen(name);

	if (n > sizeof up)
		die("internal error: a field name longer than %zu bytes", sizeof up);
	for (i = 0; i < n; i++)
		up[i] = name[i] >= 'a' && name[i] <= 'z' ? (char)(name[i] - 'a' + 'A') : name[i];
	out_raw("\t", 1);
	out_raw(up, n);
}

void columns_write_header(const struct columns *c)
{
	const char *const *lead = leads[c->lead];
	size_t i;

	out_raw("DOC", 3);
	for (i = 0; i < NELEM(leads[0]) && lead[i]; i++)
		header_name(lead[i]);
	for (i = 0; i < c->nextras; i++)
		header_name(c->extras[i]);
	out_end();
}

struct piece piece_str(const char *s)
{
	return (struct piece){s, strlen(s)};
}

void finding_init(struct finding *f, const struct columns *c, const char *kind, struct piece value,
		  struct piece text)
{
	f->columns = c;
	f->kind = kind;
	f->value = value;
	f->text = text;
	f->nextra = 0;
}

void summary_init(struct finding *f, const struct columns *c)
{
	finding_init(f, c, "", (struct piece){"", 0}, (struct piece){"", 0});
}

void finding_add(struct finding *f, struct piece one)
{
	if (f->nextra == f->columns->nextras || f->nextra == FINDING_EXTRAS)
		die("internal error: more fields in a record than its columns name");
	f->extra[f->nextra++] = (struct extra){one, NULL, NULL, 0};
}

void finding_add_entries(struct finding *f, const struct piece *lead, const struct piece *list, size_t n)
{
	finding_add(f, (struct piece){"", 0});
	f->extra[f->nextra - 1].list = list;
	f->extra[f->nextra - 1].lead = lead;
	f->extra[f->nextra - 1].n = n;
}

void finding_add_list(struct finding *f, const struct piece *list, size_t n)
{
	finding_add_entries(f, NULL, list, n);
}

/* The extras, each under its column's name; a record written in columns it
 * does not fill is a program's mistake, which its header would hide. */
static void write_extras(const struct finding *f, enum columns_lead lead)
{
	size_t i, k;

	if (f->columns->lead != lead || f->nextra != f->columns->nextras)
		die("internal error: a record does not fill the columns it is written in");
	for (i = 0; i < f->nextra; i++) {
		const struct extra *e = &f->extra[i];
		const char *name = f->columns->extras[i];
		if (!e->list) {
			out_field(name, e->one.s, e->one.len);
			continue;
		}
		out_field_open(name);
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
	const char *const *name = leads[LEAD_FINDING];

	out_begin(doc, line, sent);
	out_field_str(name[1], f->kind);
	out_field(name[2], f->value.s, f->value.len);
	out_field(name[3], f->text.s, f->text.len);
	write_extras(f, LEAD_FINDING);
	out_end();
}

void finding_write_summary(const char *doc, const struct finding *f)
{
	out_begin_doc(doc);
	write_extras(f, LEAD_SUMMARY);
	out_end();
}

void text_record_write(const char *doc, long line, long sent, const char *text, size_t len)
{
	out_begin(doc, line, sent);
	out_field(leads[LEAD_TEXT][1], text, len);
	out_end();
}
