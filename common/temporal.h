/* temporal.h: finds dates, times, periods and durations in one Vietnamese sentence. */
#ifndef VN_TEMPORAL_H
#define VN_TEMPORAL_H

#include <stdbool.h>
#include <stddef.h>

enum temporal_kind { TEMPORAL_DATE, TEMPORAL_TIME, TEMPORAL_DURATION, TEMPORAL_INTERVAL };

/* The KIND of each in a record: "date", "time", "duration", "interval". */
extern const char *const temporal_kind_names[];

/* The longest VALUE, and the longest part of one after its date, with their NULs. */
enum { TEMPORAL_VALUE_MAX = 64, TEMPORAL_TAIL_MAX = 16 };

/* What the sentence says of when it happens: a future or a past it tells of
 * ("sẽ tổ chức vào ngày 28/9 tới", "đã ... ngày 5/3 vừa qua"), or neither. */
enum temporal_tense { TENSE_NONE, TENSE_PAST, TENSE_FUTURE };

/* A date the text gives against a reference point it does not name: the
 * anchor's day, week, month, quarter or year moved by an offset ("hôm qua",
 * "tuần tới", "năm ngoái", "3 ngày trước"), a weekday before or after the
 * anchor ("chủ nhật vừa qua", "thứ Hai tới"), or the day the text last
 * named ("11 giờ cùng ngày"). */
enum temporal_rel {
	REL_NONE, REL_DAY, REL_WEEK, REL_MONTH, REL_QUARTER, REL_YEAR, REL_WEEKDAY, REL_SAME_DAY
};

/* What a relative date counts from: the anchor (hôm qua, năm ngoái); the
 * date the text named last, in its sentence (for a year, its paragraph),
 * when there is one, else the anchor (năm sau, tuần trước: the narrative's
 * or the writer's); or only such a date (hôm sau, năm này). */
enum temporal_base { BASE_ANCHOR, BASE_TEXT_OR_ANCHOR, BASE_TEXT };

struct temporal {
	size_t start, len;      /* byte span in the sentence */
	enum temporal_kind kind;
	/* The value as far as the text gives it: a year it does not give is
	 * XXXX, so are a relative date and a lunar one, worked out by stamp.c. */
	char value[TEMPORAL_VALUE_MAX];
	/* The first calendar date in value, for choosing a missing year:
	 * month and day are 0 when the text does not give them. */
	int month, day;
	bool yearless;          /* value holds XXXX */
	bool year_told;         /* "Trong năm": the year the paragraph tells of, XXXX here */
	enum temporal_tense tense;
	/* A relative date: its unit and the offset from the anchor's (for
	 * REL_WEEKDAY, -1 the last such weekday before the anchor, +1 the next
	 * after it), the weekday in that week (1 Monday .. 7 Sunday, 0 none),
	 * and what its value has after the date ("T14:00", "TMO"). */
	enum temporal_rel rel;
	enum temporal_base base;
	int offset, weekday;
	char tail[TEMPORAL_TAIL_MAX];
	/* An interval whose ends give no year and whose end's month comes
	 * before its start's: the end is in the next year (từ tháng 10 đến
	 * tháng 3). */
	bool wraps;
	/* A lunar date (âm lịch, tháng Giêng, Rằm, mùng 1 Tết): its lunar
	 * year (0 when the text gives none), or the can chi of that year
	 * (stem and branch, -1 when none), month, day (0 for a whole month)
	 * and whether the month is the leap one; tail as above. */
	bool lunar;
	int lunar_year, stem, branch, lunar_month, lunar_day;
	bool leap;
};

/*
 * Finds the first temporal expression starting at or after byte `from` of
 * s[0..n); fills *t and returns true, or returns false if there is none.
 * A pure function of the text: it never guesses a year the text lacks.
 */
bool temporal_find(const char *s, size_t n, size_t from, struct temporal *t);

#endif
