/* meta.h: what a scraped news or Party web page says about its article, read
 * from its lines as the scraper left them: the section, the title, the stamp,
 * the source, the lead, the photo captions and credits, the byline and the
 * chrome; and which lines are the body.
 *
 * A line is told by its shape (a stamp line, a chrome line, "Ảnh: Mai Hoa" at
 * its end, "TTXVN -" at its start), by where it stands (before the lead, after
 * the last paragraph) and by its neighbours (a caption printed twice, blank
 * lines where a photo was). So lines are held until what decides them has been
 * read: the two lines after it (a caption's twin, and what follows the twins),
 * for a name that may be the byline the next paragraph or the end of the
 * document, for the header the lead. At most META_HELD lines and
 * META_POOL bytes are held; past that the oldest is decided on what is known. */
#ifndef VN_META_H
#define VN_META_H

#include <stdbool.h>
#include <stddef.h>

#include "chrome.h"
#include "finding.h"
#include "temporal.h"

enum meta_kind {
	META_SECTION, META_TITLE, META_PUBLISHED, META_SOURCE, META_LEAD, META_CAPTION,
	META_CREDIT, META_AUTHOR, META_BOILERPLATE,
};
/* KIND in a record: "section", "title", "published", ... */
extern const char *const meta_kind_names[];

enum {
	META_LINE_MAX = 1 << 16, /* a longer line is body, never held: meta_long_line */
	META_HELD = 64,          /* lines held at once */
	META_POOL = 1 << 18,     /* bytes of their text */
	META_HEADER = 16,        /* lines read before the lead at most: the header */
	META_LEADINS = 3,        /* paragraphs, from the lead on, that may open with a source */
	META_NAME_MAX = 256,     /* bytes of a name that is capitalised */
	META_CREDIT_MAX = 128,   /* bytes of what a credit names (meta.c takes 100 at most) */
	META_CREDIT_NAMES = 8,   /* names in one credit */
};

/* The last credit read and the values it gave, for the next that names the
 * same: a paper credits its photographer under each photo. */
struct meta_credit {
	char said[META_CREDIT_MAX]; /* what it names, as written */
	size_t said_len;
	char values[META_CREDIT_MAX]; /* its values, one after another */
	size_t len[META_CREDIT_NAMES];
	int n;
};

/* One finding: the line's number, its kind, VALUE and TEXT (TEXT within the
 * line; VALUE within it, or in the recogniser's own buffer until the call
 * returns). */
struct meta_found {
	long line;
	enum meta_kind kind;
	struct piece value, text;
};

struct meta_held {
	long line;
	size_t at, len;    /* its text, in the pool */
	int blanks;        /* blank lines just before it */
	int words;         /* counted as far as meta.c's rules need (a paragraph's 40 at most) */
	unsigned shape;    /* what its own text says: SHAPE_* in meta.c */
	const char *label; /* a chrome line's */
	size_t cut;        /* where a lead-in, a credit or a label's text begins or ends */
	size_t source, source_len; /* the source a lead-in names */
	bool pair;         /* the line before it was its near-duplicate, taken as a caption */
	bool streamed;     /* a line too long to hold: its text is not here */
	char stamp[TEMPORAL_VALUE_MAX];
};

struct meta {
	struct chrome *chrome; /* the chrome table, read-only but for its fold buffer */
	void (*found)(const struct meta_found *f, void *ctx);
	/* Each line of the body as -b writes it (the lead without its source
	 * lead-in); NULL when not wanted. */
	void (*body)(long line, const char *s, size_t n, void *ctx);
	void *ctx;

	/* The document being read. */
	struct meta_held held[META_HELD];
	size_t first, count;  /* the ring of held lines */
	char *pool;           /* META_POOL bytes: their text, oldest first */
	size_t top;           /* bytes in use from pool[held[first].at] on */
	int blanks;           /* blank lines read since the last line */
	bool header;          /* the lead is not read yet */
	bool lead_done;
	int paragraphs;       /* paragraphs of the body read, the lead included */
	int spaced;           /* of those, how many two blank lines or more came before */
	int nonblank;         /* lines read (not blank) */
	bool related;         /* after "Tin liên quan": lines are links to other articles */
	bool after_text;      /* the last line decided was a paragraph or a caption */
	unsigned last_shape;  /* the shape of the last line decided */
	char name[META_NAME_MAX];
	struct meta_credit credit;
};

/* Starts the recogniser on the chrome table ch (chrome_init); once. */
void meta_init(struct meta *m, struct chrome *ch);
/* Lets go what meta_init took. */
void meta_free(struct meta *m);
/* A document begins; one line of it, cleaned (vn-clean's cleaning), at most
 * META_LINE_MAX bytes (an empty one is blank); a line too long to hold, which
 * is body (everything before it is decided first, so that its text can be
 * written next); the document ends: every line held is decided. */
void meta_begin(struct meta *m);
void meta_line(struct meta *m, long line, const char *s, size_t n);
void meta_long_line(struct meta *m, long line);
void meta_end(struct meta *m);

/* A source lead-in at the start of the paragraph s: "TTXVN - ", "(Baonghean.vn)
 * - ", "Hà Nội (TTXVN) - " (a dateline before a bracketed source). Returns
 * where the lead begins, or 0; *src and *len are the source. */
size_t meta_leadin(const char *s, size_t n, size_t *src, size_t *len);
/* Where the lead of the paragraph s begins after a lead-in (meta_leadin) or
 * a dateline of words in capitals ("QUẢNG TRỊ - "), or 0 when none opens it. */
size_t meta_lead_start(const char *s, size_t n);

/* The catalogue line of a document (-s): its title, stamp, sources and
 * authors, each source and author once, joined by "; ", each field cut (at a
 * character) at META_CATALOGUE bytes. */
enum { META_CATALOGUE = 1024 };
struct meta_catalogue {
	char title[META_CATALOGUE], published[TEMPORAL_VALUE_MAX];
	char source[META_CATALOGUE], author[META_CATALOGUE];
	size_t title_len, source_len, author_len;
	bool lines; /* the document had a line */
};
void meta_catalogue_begin(struct meta_catalogue *c);
void meta_catalogue_take(struct meta_catalogue *c, const struct meta_found *f);

#endif
