/* vnpipe.h: the recognisers of vnpipe's programs, for C programs that link
 * libvnpipe (pkg-config --cflags --libs vnpipe): where Vietnamese sentences
 * end, the cleaning of a line, dates, numerals and awards.
 *
 * Text is UTF-8, given as a pointer and a length (no NUL needed); any bytes
 * are safe, and text as vn-clean(1) leaves it (NFC, one tone style) is read
 * best. What a finder reports is a struct whose spans are byte offsets into
 * the text it was given, handed to a callback with a context pointer of the
 * caller's; the strings a struct points to live until the callback returns.
 * No function exits the program or writes to a stream: the only failure is
 * running out of memory, which the functions that allocate return as NULL.
 * The functions are not safe to call from several threads at once (the first
 * call of a finder builds its tables).
 *
 * Adding a recogniser (people, citations, quantities ...) takes a struct
 * vnp_NAME of public fields (spans, numbers, strings; never a private
 * struct of common/), a finder of the shape every finder here has,
 *     size_t vnp_NAME_find(const char *s, size_t n,
 *                          void (*found)(const struct vnp_NAME *, void *), void *ctx);
 * and in vnpipe.c the few lines that call common/NAME.h and copy each of
 * its findings into the public struct; then a line of docs/example.c and of
 * its expected output in tests/install.bats. */
#ifndef VNPIPE_H
#define VNPIPE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The version of the library, as vn-seg --version gives it: "0.1.0". */
const char *vnp_version(void);

/* A piece of the text given: len bytes from byte start. */
struct vnp_span {
	size_t start, len;
};

/* ---- Sentences ---- */

/* Calls found with each sentence of s[0..n), in order, without the spaces
 * around it, as vn-seg(1) splits; a line end always ends a sentence.
 * Returns how many sentences there were. */
size_t vnp_sentence_find(const char *s, size_t n,
			 void (*found)(const struct vnp_span *sentence, void *ctx), void *ctx);

/* ---- Cleaning ---- */

/* A cleaner keeps a buffer between lines, so cleaning allocates only when a
 * line is longer than any before. */
struct vnp_cleaner;

enum { VNP_CLEAN_MODERN = 1 }; /* tone marks hoà, khoá, thuỷ (vn-clean -m) */

/* A cleaner with the flags above, or NULL when out of memory. */
struct vnp_cleaner *vnp_clean_new(int flags);
void vnp_clean_free(struct vnp_cleaner *c);

/* Cleans the line s[0..n) as vn-clean(1) cleans a line's text (it does not
 * drop chrome or repeated lines): Unicode spaces, TAB, CR and LF made one
 * space, control characters and zero-width ones removed, NFD composed to
 * NFC, one tone placement, spaces trimmed; bytes that are not UTF-8 become
 * U+FFFD. Returns the clean line, NUL-terminated, its length in *len; it
 * lives until the next call with c. NULL when out of memory. */
const char *vnp_clean_line(struct vnp_cleaner *c, const char *s, size_t n, size_t *len);

/* ---- Dates, times, periods and durations ---- */

struct vnp_date {
	struct vnp_span text; /* the expression as it stands */
	const char *kind;     /* "date", "time", "interval" or "duration" */
	const char *value;    /* ISO 8601, as vn-date(1) writes it; a year the
	                       * text does not give is XXXX */
	int lunar;            /* 1: "âm lịch" follows; the value is not converted */
};

/* Calls found with each date of the sentence s[0..n), in order; returns how
 * many there were. The year is never guessed: vn-date's ANCHOR (a year
 * from the document or -r) is the program's, not the finder's. */
size_t vnp_date_find(const char *s, size_t n,
		     void (*found)(const struct vnp_date *date, void *ctx), void *ctx);

/* ---- Numerals ---- */

/* A decimal value: mant × 10^exp10 (98,35 is 9835 and -2). */
struct vnp_numeral {
	long long mant;
	int exp10;
};

/* Reads the numeral, in digits ("1.793", "98,35") or in words ("hai mươi
 * mốt", "một trăm linh năm", "2,5 triệu"), that starts at s[0]; returns the
 * bytes it takes and fills *v, or returns 0 when no numeral starts there. */
size_t vnp_numeral_parse(const char *s, size_t n, struct vnp_numeral *v);

/* Writes v as a plain decimal ("1793", "98.35") and a NUL into buf; returns
 * its length, or 0 when it does not fit in cap bytes. */
size_t vnp_numeral_format(const struct vnp_numeral *v, char *buf, size_t cap);

/* ---- Awards ---- */

struct vnp_recipient {
	/* "03 tập thể": count 3, text "tập thể". A named recipient ("Sở Nội
	 * vụ") has count.mant -1 and its whole name as text. */
	struct vnp_numeral count;
	struct vnp_span text;
};

struct vnp_award {
	struct vnp_span text;  /* the award's name as it stands */
	const char *value;     /* as the law on emulation names it, with its class */
	struct vnp_span by;    /* who gives it; len 0 when not said */
	const struct vnp_recipient *to; /* at most 32 of each */
	size_t nto;
	const struct vnp_span *reason;  /* what it is given for */
	size_t nreason;
};

/* Calls found with each award given in the sentence s[0..n), in order, as
 * vn-award(1) finds them; returns how many there were. */
size_t vnp_award_find(const char *s, size_t n,
		      void (*found)(const struct vnp_award *award, void *ctx), void *ctx);

#ifdef __cplusplus
}
#endif

#endif
