/* temporal.h: finds dates, times, periods and durations in one Vietnamese sentence. */
#ifndef VN_TEMPORAL_H
#define VN_TEMPORAL_H

#include <stdbool.h>
#include <stddef.h>

enum temporal_kind { TEMPORAL_DATE, TEMPORAL_TIME, TEMPORAL_DURATION, TEMPORAL_INTERVAL };

/* The KIND of each in a record: "date", "time", "duration", "interval". */
extern const char *const temporal_kind_names[];

/* The longest VALUE, with its terminating NUL. */
enum { TEMPORAL_VALUE_MAX = 64 };

struct temporal {
	size_t start, len;      /* byte span in the sentence */
	enum temporal_kind kind;
	char value[TEMPORAL_VALUE_MAX]; /* normalized value; a year the text does not give is XXXX */
	/* The first calendar date in value, for choosing a missing year:
	 * month and day are 0 when the text does not give them. */
	int month, day;
	bool yearless;          /* value holds XXXX */
	bool lunar;             /* "âm lịch" follows: the value is a lunar date, not converted */
	bool year_told;         /* "Trong năm": the year the paragraph tells of, XXXX here */
};

/*
 * Finds the first temporal expression starting at or after byte `from` of
 * s[0..n); fills *t and returns true, or returns false if there is none.
 * A pure function of the text: it never guesses a year the text lacks.
 */
bool temporal_find(const char *s, size_t n, size_t from, struct temporal *t);

#endif
