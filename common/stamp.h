/* stamp.h: a document's own date (its stamp) and the dates of the document
 * read against it: each date the text gives, with what the stamp (or a
 * reference date) gives where the text leaves out a year or names a day
 * against the day it is written (hôm qua, tuần tới, năm ngoái), and lunar
 * dates in the solar calendar. vn-date writes them; a program that wants an
 * article's date or the year of an event reads them the same way. */
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
 * read against the anchor a, in a sentence of no tense: the year that puts
 * it nearest before a, or at most about two months after it (news announces
 * what is coming soon); never past 9999. Month 0: a's year. */
int stamp_year(const struct day *a, int month, int day);
/* The date of a day named without its month, by the anchor a: the last
 * such day on or before it, the first after it for a future. Whether the
 * month it falls in has that day. */
bool stamp_month(const struct day *a, int day, enum temporal_tense tense, struct day *out);
/* The value of a date relative to the day a ("sáng nay", "hôm qua", "thứ Hai
 * tuần trước") into b, as vn-date writes it; false when it names no day
 * (29 tháng 2 năm ngoái in 2024) or is no relative date. */
bool stamp_relative(const struct temporal *t, const struct day *a, char *b, size_t cap);
/* The solar value of a lunar day t ("ngày 23 tháng Chạp", "mùng 5 Tết năm
 * Giáp Thìn") into b, in the year the text gives, or else the one that the
 * day a (NULL for none) puts it in, as vn-date does; false when no year is
 * known, the day does not exist, or t is no lunar day. */
bool stamp_lunar(const struct temporal *t, const struct day *a, char *b, size_t cap);

/* Where what VALUE holds beyond the text came from: ANCHOR in vn-date's
 * records. The text itself; the document's stamp; the reference date; none
 * (VALUE keeps XXXX). */
enum anchor { ANCHOR_TEXT, ANCHOR_DOC, ANCHOR_REF, ANCHOR_NONE };
extern const char *const anchor_names[]; /* "text", "doc", "ref", "-" */

/* The calendar TEXT is in: CALENDAR in vn-date's records. VALUE is always
 * solar: a lunar date is converted, or XXXX where its year is not known. */
enum calendar { CALENDAR_SOLAR, CALENDAR_LUNAR };
extern const char *const calendar_names[]; /* "solar", "lunar" */

/*
 * The stamp is looked for in a document's first STAMP_SENTENCES sentences:
 * a stamp line (a full date and nothing but labels: "Cập nhật ngày:
 * 26/07/2022 13:54:23", "Thứ Sáu, 12/1/2024, 16:05 (GMT+7)", "Ngày đăng:
 * 15/07/2023 | Lượt xem: 1.204"), or else a dateline, a full date that
 * opens a sentence and a comma after it ("Sáng ngày 16/7/2021, Ban ..."),
 * when no later year is named beside it (then it is a retrospective's, or
 * a life's, not the article's). The dates of those sentences wait for it
 * (at most STAMP_HELD of them, their texts in STAMP_TEXT bytes).
 */
enum { STAMP_SENTENCES = 8, STAMP_HELD = 64, STAMP_TEXT = 8192 };

/* How a document's stamp was found. */
enum stamp_kind { STAMP_NONE, STAMP_LINE, STAMP_DATELINE };

/* One date of the document, anchored. */
struct dated {
	const char *doc;
	long line, sent;
	const struct temporal *t; /* as the text gives it */
	enum temporal_kind kind;  /* t's, or interval for a lunar month */
	const char *text;         /* TEXT: t->len bytes */
	const char *value;        /* VALUE, with what the anchor gives */
	enum anchor anchor;
	enum calendar calendar;
};

struct stamp {
	struct day ref; /* for a document without a stamp; year 0: none */
	/* Takes each date once its anchor is known, in the order of the text. */
	void (*dated)(const struct dated *d, void *ctx);
	void *ctx;

	/* The document being read. */
	const char *doc;
	struct day day;        /* its stamp; year 0 until settled */
	enum stamp_kind kind;  /* how it was found */
	struct day dateline;   /* a dateline waiting for the window to close */
	int latest_year;       /* the latest year its first sentences name */
	bool dated_before;     /* one of them named a full date */
	long sentences;        /* sentences read */
	bool window;           /* still looking for the stamp */
	long year_line;        /* the paragraph that last named a year in a date, */
	char year[4];          /* and that year: what "Trong năm" there means */
	struct day last_day;   /* the day the text named last: "cùng ngày" */
	enum anchor last_anchor;
	long day_line, day_sent; /* the sentence that named a full date last, */
	struct day said;       /* and that date: the year of a bare one after it */
	long named_line;       /* the paragraph that named a year last, handed over, */
	int named_year;        /* and that year: what "năm sau" there counts from */
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
/* A stamp line after the place it was written in, as a page's header may
 * print it ("Thanh Hóa, ngày 19/11/2025"); in the body such a line dates a
 * letter or a document, not the page. */
bool stamp_dateline(const char *s, size_t n, char value[TEMPORAL_VALUE_MAX]);

#endif
