/* finding.h: what every extractor finds, in one shape, and the one writer of
 * its record: DOC LOC KIND VALUE TEXT [EXTRA...] (docs/FORMAT.md), as a TSV
 * line or a JSON object. */
#ifndef VN_FINDING_H
#define VN_FINDING_H

#include <stddef.h>

/* A piece of text: in the sentence, in a table, in a buffer. */
struct piece {
	const char *s;
	size_t len;
};

/* At most this many extra fields in a record. */
enum { FINDING_EXTRAS = 8 };

/* The fields of the records a program writes, declared once: -j names each
 * field by its name here, and -H writes the names, in capitals, as a header
 * line. A record starts with DOC; then come LOC and TEXT (a text record,
 * vn-seg's), LOC KIND VALUE TEXT and the extras (a finding), the extras
 * alone (a summary, -s), or TEXT alone (a document, the -l form). */
enum columns_lead { LEAD_TEXT, LEAD_FINDING, LEAD_SUMMARY, LEAD_DOCUMENT };

struct columns {
	enum columns_lead lead;
	const char *const *extras; /* the names of the fields after the lead, in order */
	size_t nextras;
};

/* columns of a finding or summary whose extra names are the array names */
#define COLUMNS(lead, names) {lead, names, sizeof(names) / sizeof((names)[0])}

extern const struct columns text_columns, document_columns;

/* Writes the header line that names the columns (-H): DOC LOC KIND ... */
void columns_write_header(const struct columns *c);

/* A field after TEXT, named for JSON: one piece, or a list of n entries
 * written joined by "; " (an empty list is an empty field); an entry is its
 * piece of list, after its piece of lead when there is a lead ("3 " before
 * "tập thể"). */
struct extra {
	struct piece one;
	const struct piece *list; /* NULL: the field is `one` */
	const struct piece *lead; /* NULL, or one for each entry */
	size_t n;
};

struct finding {
	const struct columns *columns; /* the names of its extras */
	const char *kind;
	struct piece value, text;
	struct extra extra[FINDING_EXTRAS];
	size_t nextra;
};

/* A piece for a NUL-terminated string. */
struct piece piece_str(const char *s);

/* Starts f: the columns it is written in, its kind, value and text; no
 * extras yet. */
void finding_init(struct finding *f, const struct columns *c, const char *kind, struct piece value,
		  struct piece text);
/* Starts a summary (-s), written in c: only its extras are written. */
void summary_init(struct finding *f, const struct columns *c);
/* Adds the next extra field, of one piece or of a list of n pieces; its
 * name is the next of the columns'. */
void finding_add(struct finding *f, struct piece one);
void finding_add_list(struct finding *f, const struct piece *list, size_t n);
/* The same, each entry after its lead. */
void finding_add_entries(struct finding *f, const struct piece *lead, const struct piece *list, size_t n);

/* Writes the finding's record: DOC, LOC line.sent, KIND, VALUE, TEXT, extras. */
void finding_write(const char *doc, long line, long sent, const struct finding *f);
/* Writes a summary that stands for a whole document: DOC, then the extras. */
void finding_write_summary(const char *doc, const struct finding *f);

/* A text record: DOC LOC TEXT. */
void text_record_write(const char *doc, long line, long sent, const char *text, size_t len);

#endif
