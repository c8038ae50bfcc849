/* temporal.h: finds dates, times, periods and durations in one Vietnamese sentence. */
#ifndef VN_TEMPORAL_H
#define VN_TEMPORAL_H

#include <stdbool.h>
#include <stddef.h>

struct temporal {
	size_t start, len;   /* byte span in the sentence */
	char kind[12];       /* "date", "time", "duration", "interval" */
	char value[64];      /* normalized value; a year the text does not give is XXXX */
	/* The first calendar date in value, for choosing a missing year:
	 * month and day are 0 when the text does not give them. */
	int month, day;
	bool yearless;       /* value holds XXXX */
	bool lunar;          /* "âm lịch" follows: the value is a lunar date, not converted */
	bool year_told;      /* "Trong năm": the year the paragraph tells of, XXXX here */
};

/*
 * Finds the first temporal expression starting at or after byte `from` of
 * s[0..n); fills *t and returns true, or returns false if there is none.
 * A pure function of the text: it never guesses a year the text lacks.
 */
bool temporal_find(const char *s, size_t n, size_t from, struct temporal *t);

#endif
