/* stamp.h: a document's own date (its stamp) and the dates of the document
 * read against it: each date the text gives, with the year the stamp (or a
 * reference date) gives what the text leaves out. vn-date writes them; a
 * program that wants an article's date or the year of an event reads them
 * the same way. */
#ifndef VN_STAMP_H
#define VN_STAMP_H

#include <stdbool.h>
#include <stddef.h>

#include "sentences.h"
#include "temporal.h"

struct day {
	int year, month, day; /* year 0: none */
};

/* Reads a calendar date YYYY-MM-DD: four digits of a year 1000-9999, two
 * of a month, two of a day the month has; nothing before or after. */
bool day_parse(const char *s, struct day *d);

/* The year of a date on month/day (day 0: the month) written without one,
 * read against the anchor a: the year that puts it nearest before a, or at
 * most about two months after it (news announces what is coming soon);
 * never past 9999. Month 0: a's year. */
int stamp_year(const struct day *a, int month, int day);

/* Where the year of a date came from: ANCHOR in vn-date's records. */
enum anchor { ANCHOR_TEXT, ANCHOR_DOC, ANCHOR_REF, ANCHOR_NONE };
extern const char *const anchor_names[]; /* "text", "doc", "ref", "-" */

/* The stamp is the first full date starting within STAMP_OFFSET bytes of
 * one of a document's first STAMP_SENTENCES sentences; the dates of those
 * sentences wait for it (at most STAMP_HELD of them, with their texts in
 * STAMP_TEXT bytes), so that a date before the stamp is anchored too. */
enum { STAMP_SENTENCES = 8, STAMP_OFFSET = 64, STAMP_HELD = 64, STAMP_TEXT = 8192 };

/* One date of the document, anchored. */
struct dated {
	const char *doc;
	long line, sent;
	const struct temporal *t; /* as the text gives it */
	const char *text;         /* TEXT: t->len bytes */
	const char *value;        /* VALUE, with the year the anchor gives */
	enum anchor anchor;
};

struct stamp {
	struct day ref; /* for a document without a stamp; year 0: none */
	/* Takes each date once its anchor is known, in the order of the text. */
	void (*dated)(const struct dated *d, void *ctx);
	void *ctx;

	/* The document being read. */
	const char *doc;
	struct day day;  /* its stamp; year 0 until seen */
	long sentences;  /* sentences read */
	bool window;     /* still looking for the stamp */
	long year_line;  /* the paragraph that last named a year in a date, */
	char year[4];    /* and that year: what "Trong năm" there means */
	struct held {
		long line, sent;
		struct temporal t;
		size_t text; /* in pool */
	} held[STAMP_HELD];
	size_t nheld;
	char pool[STAMP_TEXT];
	size_t poollen;
};

/* A document begins (doc stays valid until stamp_end), one sentence of it
 * is read, it ends: what is held is handed over then at the latest. */
void stamp_begin(struct stamp *st, const char *doc);
void stamp_read(struct stamp *st, const struct sentence *s);
void stamp_end(struct stamp *st);

/* A line that is a stamp and nothing else, as a page prints it above or below
 * its article: an optional label ("Cập nhật ngày:", "Ngày đăng:"), a full
 * date with its weekday, an optional time of day before or after it, an
 * optional zone ("(GMT+7)") and an optional count of views ("| Lượt xem:
 * 1.204"). value gets the date, and the time when there is one, in ISO 8601:
 * "2022-07-26T13:54:23", "2023-07-15". A date inside a sentence is no stamp
 * line; a line longer than STAMP_LINE_MAX bytes is none either. */
enum { STAMP_LINE_MAX = 160 };
bool stamp_line(const char *s, size_t n, char value[TEMPORAL_VALUE_MAX]);

#endif
