/* temporal.c: recognises Vietnamese dates, times, periods and durations and writes
 * them as ISO 8601 / TimeML values. */
#include "temporal.h"
#include "calendar.h"
#include "numeral.h"
#include "token.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <stdint.h>
#include <string.h>

const char *const temporal_kind_names[] = {"date", "time", "duration", "interval"};

/* One calendar point as the text gives it; 0 or -1 mark what it leaves out. */
struct point {
	int year, month, day;        /* 0: not in the text */
	int hour, min, sec;          /* -1: no clock time */
	const struct day_part *part; /* sáng, chiều ...; NULL when none */
	int quarter, half;           /* quý, 6 tháng đầu/cuối năm */
	int first_month, last_month; /* "9 tháng đầu năm": a run of months */
	bool context;                /* ngày, a weekday or a part of the day came first */
	bool weak_clock;             /* "8 giờ" alone: a time only beside a date or part */
};

static const char *const weekdays[] = {"hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6", "7"};

/* The parts of the day, their TimeML codes, and the hour from which a clock
 * time before them is after noon ("2 giờ chiều" is 14:00, "11 giờ đêm" 23:00;
 * 12: none is). */
static const struct day_part {
	const char *word, *code;
	int pm_from;
} day_parts[] = {
	{"sáng", "MO", 12}, {"trưa", "MI", 12}, {"chiều", "AF", 0}, {"tối", "EV", 0}, {"đêm", "NI", 6},
};

/* The units of a duration ("5 năm", "6 tháng") and their ISO 8601 letters. */
static const struct {
	const char *word;
	char unit;
} units[] = {{"năm", 'Y'}, {"tháng", 'M'}, {"tuần", 'W'}, {"ngày", 'D'}};

/*
 * The words a letter-led expression starts with, which is all the walk in
 * temporal_find stops at besides digits. A bare one needs no digit after it
 * (quý IV, đầu năm); every other holds one within a few words. The bytes the
 * walk stops at, the index that matches these and the marker letters the
 * walk finds the bare ones by are built from this table on first use.
 */
static const struct trigger {
	const char *phrase;
	bool bare;
} triggers[] = {
	{"ngày", false}, {"năm", false}, {"tháng", false}, {"quý", true},
	{"đầu năm", true}, {"cuối năm", true}, {"giữa năm", true}, {"trong năm", true}, {"trong", false},
	{"từ", false}, {"giai đoạn", false}, {"nhiệm kỳ", false}, {"thời kỳ", false},
	{"thứ", false}, {"chủ nhật", false},
	{"sáng", false}, {"trưa", false}, {"chiều", false}, {"tối", false}, {"đêm", false},
};

static const char *trigger_phrases[NELEM(triggers)]; /* the bare ones first */
static struct phrase_list trigger_list = PHRASE_LIST(trigger_phrases);
static size_t nbare;

/* Spaces, then at most one comma, then spaces: what may part two pieces of one date. */
static size_t gap(const char *s, size_t n, size_t i)
{
	i = vn_skip_spaces(s, n, i);
	if (i < n && s[i] == ',')
		i = vn_skip_spaces(s, n, i + 1);
	return i;
}

/* Reads 1 to max digits at s[i] not followed by another digit; returns the end or 0. */
static size_t number(const char *s, size_t n, size_t i, int max, int *v)
{
	size_t j = i;

	*v = 0;
	while (j < n && vn_is_digit(s[j])) {
		if (j - i == (size_t)max)
			return 0;
		*v = *v * 10 + (s[j] - '0');
		j++;
	}
	return j > i ? j : 0;
}

/* A four-digit year at s[i], ending the word. */
static size_t year_at(const char *s, size_t n, size_t i, int *y)
{
	int v;
	size_t e = number(s, n, i, 4, &v);

	if (!e || e - i != 4 || v < 1000 || vn_word_char_len(s + e, n - e))
		return 0; /* *y untouched: a caller may hold a year there */
	*y = v;
	return e;
}

/* A hyphen or an en or em dash, with any spaces around it; returns the end or 0. */
static size_t spaced_dash(const char *s, size_t n, size_t i)
{
	size_t k;

	i = vn_skip_spaces(s, n, i);
	if (!(k = vn_dash_len(s + i, n - i)))
		return 0;
	return vn_skip_spaces(s, n, i + k);
}

/* Whether nothing but punctuation and spaces comes before s[i] in the sentence. */
static bool sentence_initial(const char *s, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (vn_word_char_len(s + j, i - j))
			return false;
	return true;
}

static size_t part_at(const char *s, size_t n, size_t i, const struct day_part **part)
{
	size_t k, e;

	for (k = 0; k < NELEM(day_parts); k++)
		if ((e = match_phrase(s, n, i, day_parts[k].word))) {
			*part = &day_parts[k];
			return e;
		}
	return 0;
}

static size_t weekday_at(const char *s, size_t n, size_t i)
{
	size_t k, e;

	if ((e = match_phrase(s, n, i, "chủ nhật")))
		return e;
	if (!(e = match_phrase(s, n, i, "thứ")))
		return 0;
	e = vn_skip_spaces(s, n, e);
	for (k = 0; k < NELEM(weekdays); k++) {
		size_t f = match_phrase(s, n, e, weekdays[k]);
		if (f)
			return f;
	}
	return 0;
}

/* 13:54[:23], 14h[30], 8 giờ [30 [phút]], 15g30. */
static size_t clock_at(const char *s, size_t n, size_t i, struct point *p)
{
	int h, m = 0, sec = -1;
	size_t e, f;

	if (!(e = number(s, n, i, 2, &h)) || h > 24)
		return 0;
	if (e + 2 < n && s[e] == ':' && vn_is_digit(s[e + 1]) && vn_is_digit(s[e + 2])) {
		m = (s[e + 1] - '0') * 10 + (s[e + 2] - '0');
		e += 3;
		if (e + 2 < n && s[e] == ':' && vn_is_digit(s[e + 1]) && vn_is_digit(s[e + 2])) {
			sec = (s[e + 1] - '0') * 10 + (s[e + 2] - '0');
			e += 3;
		}
		if (vn_word_char_len(s + e, n - e) || m > 59 || sec > 59 || (e < n && s[e] == ':'))
			return 0;
	} else if (e < n && (s[e] == 'h' || s[e] == 'H')) {
		e++;
		if ((f = number(s, n, e, 2, &m))) {
			if (f - e != 2 || m > 59)
				return 0;
			e = f;
			if ((f = match_phrase(s, n, vn_skip_spaces(s, n, e), "phút")))
				e = f;
		}
		if (vn_word_char_len(s + e, n - e))
			return 0;
	} else if ((f = match_phrase(s, n, vn_skip_spaces(s, n, e), "giờ"))) {
		e = f;
		f = number(s, n, vn_skip_spaces(s, n, e), 2, &m);
		if (f && m <= 59) {
			e = f;
			if ((f = match_phrase(s, n, vn_skip_spaces(s, n, e), "phút")))
				e = f;
		} else {
			m = 0;
			p->weak_clock = true;
		}
	} else if ((f = vn_skip_spaces(s, n, e)) < n && (s[f] == 'g' || s[f] == 'G') &&
		   (e = vn_skip_spaces(s, n, f + 1)) && (f = number(s, n, e, 2, &m)) && f - e == 2) {
		/* 15g30, 7 g 20: g for giờ, and only with the minutes (9 g alone may be grams) */
		e = f;
		if ((f = match_phrase(s, n, vn_skip_spaces(s, n, e), "phút")))
			e = f;
		if (m > 59 || vn_word_char_len(s + e, n - e))
			return 0;
	} else {
		return 0;
	}
	p->hour = h, p->min = m, p->sec = sec;
	return e;
}

/* d/m/yyyy, d-m-yyyy, d.m.yyyy, and d/m or d-m where the context allows a date. */
static size_t numeric_date(const char *s, size_t n, size_t i, struct point *p)
{
	int d, m, y = 0;
	size_t e, f;
	char sep;

	if (!(e = number(s, n, i, 2, &d)) || e + 1 >= n)
		return 0;
	sep = s[e];
	if (sep != '/' && sep != '-' && sep != '.')
		return 0;
	if (!(f = number(s, n, e + 1, 2, &m)))
		return 0;
	e = f;
	if (e + 1 < n && s[e] == sep && vn_is_digit(s[e + 1])) {
		if (!(e = year_at(s, n, e + 1, &y)))
			return 0;
	} else if (sep == '.' || (!p->context && !(sentence_initial(s, i) && e < n && s[e] == ','))) {
		/* A bare d/m is a fraction or a ratio unless something says date. */
		return 0;
	}
	if (vn_word_char_len(s + e, n - e) || !calendar_valid(y, m, d))
		return 0;
	if (e + 1 < n && (s[e] == '/' || s[e] == '-' || s[e] == '.' || s[e] == ':' || s[e] == ',') &&
	    vn_is_digit(s[e + 1]))
		return 0;
	p->year = y, p->month = m, p->day = d;
	return e;
}

/* An optional year after a month or quarter: /2021, .2021, -2021, - 2021 or
 * năm 2021. */
static size_t year_after(const char *s, size_t n, size_t i, int *y)
{
	size_t e, k;

	if (i + 1 < n && (s[i] == '/' || s[i] == '.') && (e = year_at(s, n, i + 1, y)))
		return e;
	if ((e = spaced_dash(s, n, i)) && (e = year_at(s, n, e, y)))
		return e;
	k = vn_skip_spaces(s, n, i);
	if ((e = match_phrase(s, n, k, "năm")) && (e = year_at(s, n, vn_skip_spaces(s, n, e), y)))
		return e;
	return i;
}

/* quý I to quý IV, in Roman numerals written the usual way (not IIII). */
static size_t roman_quarter(const char *s, size_t n, size_t i, int *v)
{
	size_t len;

	*v = numeral_roman(s + i, n - i, &len);
	if (*v < 1 || *v > 4 || len != (size_t)(*v == 4 ? 2 : *v))
		return 0;
	return i + len;
}

/* The date itself: numbers, or ngày/tháng/năm/quý phrases. */
static size_t date_core(const char *s, size_t n, size_t i, struct point *p, bool prefixed)
{
	size_t e, f;
	int v, w;

	if (i >= n)
		return 0;
	if (vn_is_digit(s[i])) {
		if ((e = numeric_date(s, n, i, p)))
			return e;
		/* 12 tháng 4 [năm 2021] */
		e = number(s, n, i, 2, &v);
		if (e && (f = match_phrase(s, n, vn_skip_spaces(s, n, e), "tháng")) &&
		    (f = number(s, n, vn_skip_spaces(s, n, f), 2, &w)) && !vn_word_char_len(s + f, n - f)) {
			e = year_after(s, n, f, &p->year);
			if ((p->context || p->year) && calendar_valid(p->year, w, v)) {
				p->month = w, p->day = v;
				return e;
			}
			p->year = 0;
		}
		if (prefixed)
			return 0;
		/* 6 tháng đầu năm 2022 */
		e = number(s, n, i, 2, &v);
		if (e && v >= 1 && v <= 12 && (f = match_phrase(s, n, vn_skip_spaces(s, n, e), "tháng"))) {
			size_t g = vn_skip_spaces(s, n, f);
			bool first = match_phrase(s, n, g, "đầu năm") != 0;
			if (first || match_phrase(s, n, g, "cuối năm")) {
				e = match_phrase(s, n, g, first ? "đầu năm" : "cuối năm");
				if ((f = year_at(s, n, vn_skip_spaces(s, n, e), &p->year)))
					e = f;
				if (v == 6)
					p->half = first ? 1 : 2;
				else if (v == 3)
					p->quarter = first ? 1 : 4;
				else if (v != 12)
					p->first_month = first ? 1 : 13 - v, p->last_month = first ? v : 12;
				return e;
			}
		}
		return 0;
	}
	if (prefixed)
		return 0;
	if ((e = match_phrase(s, n, i, "tháng"))) {
		if (!(f = number(s, n, vn_skip_spaces(s, n, e), 2, &v)) || v < 1 || v > 12 ||
		    vn_word_char_len(s + f, n - f))
			return 0;
		if (f < n && s[f] == '/' && !year_after(s, n, f, &w))
			return 0; /* tháng 12/15: not a month */
		p->month = v;
		return year_after(s, n, f, &p->year);
	}
	if ((e = match_phrase(s, n, i, "năm")))
		return year_at(s, n, vn_skip_spaces(s, n, e), &p->year);
	if ((e = match_phrase(s, n, i, "quý"))) {
		e = vn_skip_spaces(s, n, e);
		if ((f = number(s, n, e, 1, &v))) {
			if (v < 1 || v > 4 || vn_word_char_len(s + f, n - f))
				return 0;
		} else if (!(f = roman_quarter(s, n, e, &v))) {
			return 0;
		}
		p->quarter = v;
		return year_after(s, n, f, &p->year);
	}
	if ((e = match_phrase(s, n, i, "đầu năm")) || (e = match_phrase(s, n, i, "cuối năm")) ||
	    (e = match_phrase(s, n, i, "giữa năm"))) {
		f = vn_skip_spaces(s, n, e);
		if ((f = year_at(s, n, f, &p->year)))
			return f;
		return e;
	}
	return 0;
}

/*
 * One date or time: any of a weekday, a part of the day, a clock time and
 * "ngày" in front of the date, a clock time or "âm lịch" after it.
 */
static size_t point_at(const char *s, size_t n, size_t i, struct point *p, bool *lunar)
{
	size_t j = i, k = i, e, clock_end = 0;
	bool dayword = false, prefixed = false;
	int steps;

	memset(p, 0, sizeof *p);
	p->hour = p->min = p->sec = -1;
	for (steps = 0; steps < 4; steps++) {
		k = steps ? gap(s, n, j) : j;
		if (dayword && k < n && s[k] == ':')
			k = vn_skip_spaces(s, n, k + 1);
		if ((e = weekday_at(s, n, k))) {
			p->context = true;
		} else if (!p->part && (e = part_at(s, n, k, &p->part))) {
			p->context = true;
			if (clock_end)
				clock_end = e;
		} else if (p->hour < 0 && (e = clock_at(s, n, k, p))) {
			clock_end = e;
		} else if (!dayword && (e = match_phrase(s, n, k, "ngày"))) {
			p->context = dayword = true;
		} else {
			break;
		}
		prefixed = true;
		j = e;
	}
	if (!(e = date_core(s, n, k, p, prefixed))) {
		if (!clock_end || (p->weak_clock && !p->part))
			return 0;
		return clock_end;
	}
	/* 26/07/2022 13:54:23 */
	if (p->hour < 0 && p->day && (j = clock_at(s, n, gap(s, n, e), p))) {
		if (p->weak_clock)
			p->hour = -1;
		else
			e = j;
	}
	k = vn_skip_spaces(s, n, e);
	if (k < n && s[k] == '(' && (j = match_phrase(s, n, vn_skip_spaces(s, n, k + 1), "âm lịch"))) {
		j = vn_skip_spaces(s, n, j);
		if (j < n && s[j] == ')') {
			*lunar = true;
			e = j + 1;
		}
	} else if ((j = match_phrase(s, n, k, "âm lịch"))) {
		*lunar = true;
		e = j;
	}
	return e;
}

/*
 * Values are written by hand, not with snprintf, which cost more than
 * finding them. Every number in one is bounded (years have four digits,
 * hours at most two, durations three), so the longest value, two points
 * with seconds, takes 39 bytes of the 64 in struct temporal.
 */
static char *put_str(char *b, const char *s)
{
	while (*s)
		*b++ = *s++;
	return b;
}

/* v >= 0 in decimal, with zeros in front to at least width digits. */
static char *put_num(char *b, int v, int width)
{
	char d[12];
	int k = 0;

	do
		d[k++] = (char)('0' + v % 10), v /= 10;
	while (v);
	while (k < width)
		d[k++] = '0';
	while (k)
		*b++ = d[--k];
	return b;
}

static char *put_year(char *b, int y)
{
	return y ? put_num(b, y, 4) : put_str(b, "XXXX");
}

/* Writes the value of p at b, not terminated, and its kind to *kind; returns its end. */
static char *format_point(const struct point *p, char *b, enum temporal_kind *kind)
{
	int h;

	b = put_year(b, p->year);
	if (p->quarter) {
		b = put_num(put_str(b, "-Q"), p->quarter, 1);
	} else if (p->half) {
		b = put_num(put_str(b, "-H"), p->half, 1);
	} else if (p->month) {
		b = put_num(put_str(b, "-"), p->month, 2);
		if (p->day)
			b = put_num(put_str(b, "-"), p->day, 2);
	} else if (p->hour >= 0 || p->part) {
		b = put_str(b, "-XX-XX");
	}
	*kind = TEMPORAL_TIME;
	if (p->hour >= 0) {
		h = p->hour;
		if (p->part && h < 12 && h >= p->part->pm_from)
			h += 12;
		b = put_num(put_str(b, "T"), h, 2);
		b = put_num(put_str(b, ":"), p->min, 2);
		if (p->sec >= 0)
			b = put_num(put_str(b, ":"), p->sec, 2);
		return b;
	}
	if (p->part)
		return put_str(put_str(b, "T"), p->part->code);
	*kind = TEMPORAL_DATE;
	return b;
}

/* Two years a/b, as an interval. */
static void put_years(struct temporal *t, int a, int b)
{
	*put_num(put_str(put_num(t->value, a, 4), "/"), b, 4) = '\0';
}

static void set(struct temporal *t, size_t start, size_t end, enum temporal_kind kind)
{
	t->start = start;
	t->len = end - start;
	t->kind = kind;
	t->yearless = strstr(t->value, "XXXX") != NULL;
}

/* Whether a range from a to b, both with a month, passes a new year. */
static bool crosses_year(const struct point *a, const struct point *b)
{
	return a->month && b->month && (a->month > b->month || (a->month == b->month && a->day > b->day));
}

/* "từ năm 2016 đến năm 2020", "từ năm 2011 đến nay". */
static size_t from_to(const char *s, size_t n, size_t i, struct temporal *t)
{
	struct point a, b;
	size_t e, f;
	enum temporal_kind kind;
	char *v;
	bool lunar = false;
	int y;

	e = vn_skip_spaces(s, n, i);
	if ((f = year_at(s, n, e, &y))) {
		memset(&a, 0, sizeof a);
		a.hour = a.min = a.sec = -1;
		a.year = y;
	} else if (!(f = point_at(s, n, e, &a, &lunar))) {
		return 0;
	}
	e = vn_skip_spaces(s, n, f);
	if (!(f = match_phrase(s, n, e, "đến")) && !(f = match_phrase(s, n, e, "tới")))
		return 0;
	e = vn_skip_spaces(s, n, f);
	if ((f = match_phrase(s, n, e, "nay")) || (f = match_phrase(s, n, e, "hiện nay")) ||
	    (f = match_phrase(s, n, e, "hiện tại"))) {
		*put_str(format_point(&a, t->value, &kind), "/PRESENT_REF") = '\0';
	} else {
		if ((f = year_at(s, n, e, &y))) {
			memset(&b, 0, sizeof b);
			b.hour = b.min = b.sec = -1;
			b.year = y;
		} else if (!(f = point_at(s, n, e, &b, &lunar))) {
			return 0;
		}
		/* từ ngày 1/7 đến ngày 30/7/2022: one year for both ends, or
		 * the next when the end's month comes before the start's (từ
		 * tháng 11/2019 đến tháng 2). The end of a bare year is not
		 * in it: từ năm 1995 đến tháng 1 leaves that year unknown. */
		if (!a.year && b.year)
			a.year = b.year - (crosses_year(&a, &b) ? 1 : 0);
		else if (!b.year && a.year && a.month)
			b.year = a.year + (crosses_year(&a, &b) ? 1 : 0);
		v = put_str(format_point(&a, t->value, &kind), "/");
		*format_point(&b, v, &kind) = '\0';
	}
	t->month = a.month, t->day = a.day;
	t->lunar = lunar;
	return f;
}

/* 2016 - 2020: two years, the second later and not far. */
static size_t year_span(const char *s, size_t n, size_t i, int *a, int *b)
{
	size_t e, f;

	if (!(e = year_at(s, n, i, a)) || !(f = spaced_dash(s, n, e)) || !(f = year_at(s, n, f, b)))
		return 0;
	if (*b <= *a || *b - *a > 100 || (f < n && s[f] == '/'))
		return 0;
	return f;
}

/* [trong] 5 năm [qua|liền|tới|nữa]; not "số 28 ngày 21/01/2019". */
static size_t duration_at(const char *s, size_t n, size_t i, struct temporal *t)
{
	static const char *const after[] = {"qua", "liền", "tới", "nữa", "trước", "sau"};
	size_t e, f, k, g;
	char *d;
	int v;

	if (!(e = number(s, n, i, 3, &v)) || v == 0 || vn_word_char_len(s + e, n - e))
		return 0;
	if (i >= 1 && (s[i - 1] == '.' || s[i - 1] == ',' || s[i - 1] == '/'))
		return 0;
	k = i;
	while (k > 0 && vn_space_len_back(s, k))
		k -= vn_space_len_back(s, k);
	if (match_phrase_back(s, k, "số") != (size_t)-1 || match_phrase_back(s, k, "thứ") != (size_t)-1)
		return 0; /* a number or a rank: số 21 năm 2021, lần thứ 5 */
	e = vn_skip_spaces(s, n, e);
	for (k = 0; k < NELEM(units); k++)
		if ((f = match_phrase(s, n, e, units[k].word)))
			break;
	if (k == NELEM(units))
		return 0;
	g = vn_skip_spaces(s, n, f);
	if (g < n && vn_is_digit(s[g]) && units[k].unit != 'Y')
		return 0; /* "28 ngày 21/01", "6 tháng 4" */
	d = put_num(put_str(t->value, "P"), v, 1);
	*d++ = units[k].unit;
	*d = '\0';
	for (k = 0; k < NELEM(after); k++)
		if ((e = match_phrase(s, n, g, after[k])))
			return e;
	return f;
}

static bool match_at(const char *s, size_t n, size_t i, struct temporal *t)
{
	struct point p;
	size_t e, f;
	bool lunar = false;
	int a, b;

	memset(t, 0, sizeof *t);
	if (!vn_is_digit(s[i])) {
		if ((e = match_phrase(s, n, i, "giai đoạn")) || (e = match_phrase(s, n, i, "nhiệm kỳ")) ||
		    (e = match_phrase(s, n, i, "thời kỳ"))) {
			if ((f = year_span(s, n, vn_skip_spaces(s, n, e), &a, &b))) {
				put_years(t, a, b);
				set(t, i, f, TEMPORAL_INTERVAL);
				return true;
			}
			return false;
		}
		if ((e = match_phrase(s, n, i, "từ"))) {
			if ((f = from_to(s, n, e, t))) {
				set(t, i, f, TEMPORAL_INTERVAL);
				return true;
			}
			return false;
		}
		if ((e = match_phrase(s, n, i, "trong"))) {
			e = vn_skip_spaces(s, n, e);
			/* "Trong năm, ..." and "trong năm nay": the year being told of */
			if ((f = match_phrase(s, n, e, "năm")) && !year_at(s, n, vn_skip_spaces(s, n, f), &a)) {
				size_t g = vn_skip_spaces(s, n, f);
				if ((g = match_phrase(s, n, g, "nay")))
					f = g;
				else if (f < n && (vn_word_char_len(s + vn_skip_spaces(s, n, f), n - vn_skip_spaces(s, n, f)) ||
						   s[f] == '-' || vn_is_digit(s[f])))
					return false;
				else
					t->year_told = true;
				strcpy(t->value, "XXXX");
				set(t, i, f, TEMPORAL_DATE);
				return true;
			}
			if (e < n && vn_is_digit(s[e]) && (f = duration_at(s, n, e, t))) {
				set(t, i, f, TEMPORAL_DURATION);
				return true;
			}
			return false;
		}
	}
	if (vn_is_digit(s[i]) && (e = year_span(s, n, i, &a, &b))) {
		put_years(t, a, b);
		set(t, i, e, TEMPORAL_INTERVAL);
		return true;
	}
	if ((e = point_at(s, n, i, &p, &lunar))) {
		enum temporal_kind kind;

		/* năm 2021-2022 */
		if (p.year && !p.month && !p.quarter && !p.half && p.hour < 0 && !p.part &&
		    (f = spaced_dash(s, n, e)) && (f = year_at(s, n, f, &b)) && b > p.year && b - p.year <= 100) {
			put_years(t, p.year, b);
			set(t, i, f, TEMPORAL_INTERVAL);
			return true;
		}
		if (p.first_month) {
			char *v = put_num(put_str(put_year(t->value, p.year), "-"), p.first_month, 2);
			v = put_num(put_str(put_year(put_str(v, "/"), p.year), "-"), p.last_month, 2);
			*v = '\0';
			kind = TEMPORAL_INTERVAL;
		} else {
			*format_point(&p, t->value, &kind) = '\0';
		}
		t->month = p.month, t->day = p.day;
		t->lunar = lunar;
		set(t, i, e, kind);
		return true;
	}
	if (vn_is_digit(s[i]) && (e = duration_at(s, n, i, t))) {
		set(t, i, e, TEMPORAL_DURATION);
		return true;
	}
	return false;
}

/* Digits after 1.793/ or 98, are the rest of a number, not a new one. */
static bool inside_number(const char *s, size_t i)
{
	char c = i >= 2 ? s[i - 1] : 0;

	return (c == '.' || c == ',' || c == '/' || c == '-' || c == ':') && vn_is_digit(s[i - 2]);
}

/* Whether a digit comes within the next few words: every letter-led form
 * but the bare triggers holds one there. */
static bool digit_ahead(const char *s, size_t n, size_t i)
{
	size_t end = n - i > 48 ? i + 48 : n;

	for (; i < end; i++)
		if (vn_is_digit(s[i]))
			return true;
	return false;
}

/* Whether the number at s[i] is followed by what a date, time or duration
 * needs: a separator of its parts, or a word of time. */
static bool number_may_start(const char *s, size_t n, size_t i)
{
	size_t k;

	while (i < n && vn_is_digit(s[i]))
		i++;
	if (i >= n)
		return false;
	if (s[i] == '/' || s[i] == '-' || s[i] == '.' || s[i] == ':' || s[i] == 'h' || s[i] == 'H')
		return true;
	if (spaced_dash(s, n, i))
		return true;
	i = vn_skip_spaces(s, n, i);
	if (i < n && (s[i] == 'g' || s[i] == 'G'))
		return true; /* 15g30, 7 g 20 */
	for (k = 0; k < NELEM(units); k++)
		if (match_phrase(s, n, i, units[k].word))
			return true;
	return match_phrase(s, n, i, "giờ") != 0;
}

/* Whether an expression may start at the word s[i], before trying them all. */
static bool may_start(const char *s, size_t n, size_t i)
{
	unsigned char b = (unsigned char)s[i];
	size_t k;

	if (vn_is_digit(b))
		return !inside_number(s, i) && number_may_start(s, n, i);
	if (!match_list(s, n, i, &trigger_list, &k))
		return false;
	return k < nbare || digit_ahead(s, n, i);
}

/*
 * How the scan sees a byte: inside a word (letters, digits, any byte of a
 * letter's UTF-8), an ASCII separator, or the lead byte of a multi-byte
 * separator: U+0080-U+00BF (NBSP, « ») and U+2000-U+3FFF (dashes, quotes,
 * spaces, CJK punctuation). Vietnamese letters lead with C3-C6 or E1.
 */
enum { IN_WORD, SEP, SEP2, SEP3 };

static const unsigned char byte_class[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};


/*
 * Finding where the walk must look. A digit or a letter-led expression
 * holds a digit within 48 bytes of its start (digit_ahead); a bare trigger
 * holds a marker letter instead. Whole stretches without either are passed
 * eight bytes at a time, which is most of the text.
 */
#define ONES UINT64_C(0x0101010101010101)

/* The marker letters, built with the rest of the walk's view of the trigger
 * table on first use. A marker is the last letter outside ASCII of a bare
 * trigger (or its last letter), in either case: its last byte b, as
 * b | mask == last, after the letter's other bytes (lead). The scan tests
 * eight bytes for MARKERS_MAX markers at once; a slot not used never
 * matches, as no byte | 0xFF is 0xFE. */
enum { MARKERS_MAX = 2 };

struct marker {
	unsigned char last, mask;
	unsigned char lead[3];
	size_t nlead;
};

static struct {
	bool built;
	unsigned char starts[256];     /* a byte an expression may start with */
	unsigned char stops[256];      /* a digit, or a byte a marker may end with */
	struct marker markers[MARKERS_MAX];
	size_t nmarkers;
	size_t marker_words;           /* most words a bare trigger has before its marker's */
} walk;

static void add_marker(const unsigned char *c, size_t len, unsigned char mask)
{
	struct marker m = {(unsigned char)(c[len - 1] | mask), mask, {0}, len - 1};
	size_t k;

	memcpy(m.lead, c, len - 1);
	for (k = 0; k < walk.nmarkers; k++)
		if (walk.markers[k].last == m.last && walk.markers[k].mask == m.mask &&
		    walk.markers[k].nlead == m.nlead && memcmp(walk.markers[k].lead, m.lead, m.nlead) == 0)
			return;
	if (walk.nmarkers == MARKERS_MAX)
		die("internal error: the bare triggers need more than %d marker letters", MARKERS_MAX);
	walk.markers[walk.nmarkers++] = m;
}

/* The marker of the bare phrase p: its letter, with one mask for its capital
 * when the two differ in one bit of the last byte, else each as it is. */
static void mark_bare(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i, at = 0, len = 1, words = 0, at_words = 0, ulen = 0, ncaps, c;
	unsigned char upper[4], diff = 0;
	uint32_t cp, caps[2], letter = 0;
	int k;

	for (i = 0; u[i]; i += (size_t)k) {
		if ((k = u8_decode(u + i, 4, &cp)) <= 0)
			die("internal error: a trigger that is not UTF-8");
		words += cp == ' ';
		if (cp != ' ' && (cp >= 0x80 || letter < 0x80))
			at = i, len = (size_t)k, at_words = words, letter = cp;
	}
	if (at_words > walk.marker_words)
		walk.marker_words = at_words;
	ncaps = vn_capitals(letter, caps);
	if (ncaps == 1) {
		ulen = (size_t)u8_encode(caps[0], (char *)upper);
		diff = (unsigned char)(upper[ulen - 1] ^ u[at + len - 1]);
	}
	if (ncaps == 1 && ulen == len && memcmp(upper, u + at, len - 1) == 0 && !(diff & (diff - 1))) {
		add_marker(u + at, len, diff);
		return;
	}
	add_marker(u + at, len, 0);
	for (c = 0; c < ncaps; c++) {
		ulen = (size_t)u8_encode(caps[c], (char *)upper);
		add_marker(upper, ulen, 0);
	}
}

static void build_walk(void)
{
	size_t i, k = 0;
	int b;

	for (i = 0; i < MARKERS_MAX; i++)
		walk.markers[i] = (struct marker){0xFE, 0xFF, {0}, 0};
	for (i = 0; i < NELEM(triggers); i++)
		if (triggers[i].bare) {
			trigger_phrases[k++] = triggers[i].phrase;
			mark_bare(triggers[i].phrase);
		}
	nbare = k;
	for (i = 0; i < NELEM(triggers); i++)
		if (!triggers[i].bare)
			trigger_phrases[k++] = triggers[i].phrase;
	for (b = 0; b < 256; b++) {
		walk.starts[b] = vn_is_digit(b) || list_may_start(&trigger_list, (unsigned char)b);
		walk.stops[b] = vn_is_digit(b);
		for (i = 0; i < walk.nmarkers; i++)
			walk.stops[b] |= (b | walk.markers[i].mask) == walk.markers[i].last;
	}
	walk.built = true;
}

static bool marker_at(const unsigned char *u, size_t i)
{
	size_t k;

	for (k = 0; k < walk.nmarkers; k++) {
		const struct marker *m = &walk.markers[k];
		size_t j;

		if ((u[i] | m->mask) != m->last || i < m->nlead)
			continue;
		for (j = 0; j < m->nlead && u[i - m->nlead + j] == m->lead[j]; j++)
			;
		if (j == m->nlead)
			return true;
	}
	return false;
}

static uint64_t load8(const char *s)
{
	uint64_t x;

	memcpy(&x, s, sizeof x);
	return x;
}

/* The high bit of a byte of v that is zero is set (and maybe of a byte above it). */
static uint64_t zeros(uint64_t v)
{
	return (v - ONES) & ~v;
}

/* The first digit or marker at s[i] or after, or n. */
static size_t next_stop(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	_Static_assert(MARKERS_MAX == 2, "next_stop tests two markers");
	/* The markers in every byte, in locals that the text cannot alias. */
	const uint64_t last0 = ONES * walk.markers[0].last, mask0 = ONES * walk.markers[0].mask;
	const uint64_t last1 = ONES * walk.markers[1].last, mask1 = ONES * walk.markers[1].mask;
	uint64_t x, digits, hits;
	size_t end;

	while (i < n) {
		if (n - i >= 8) {
			x = load8(s + i);
			/* a digit is a byte below 10 once '0' is taken away */
			digits = x ^ ONES * '0';
			hits = ((digits - ONES * 10) & ~digits) | zeros((x | mask0) ^ last0) |
			       zeros((x | mask1) ^ last1);
			if (!(hits & ONES * 0x80)) {
				i += 8;
				continue;
			}
		}
		/* other letters end with a marker's last byte: look at each */
		for (end = n - i >= 8 ? i + 8 : n; i < end; i++)
			if (walk.stops[u[i]] && (vn_is_digit(s[i]) || marker_at(u, i)))
				return i;
	}
	return n;
}

/* Where the walk must start, at lo or after, to meet the bare trigger a
 * marker at m may be part of: after the ASCII separator before the marker's
 * word, or as many words before it as a bare trigger has there (a word
 * here runs to an ASCII separator, so the walk may start a little early). */
static size_t marker_zone(const char *s, size_t lo, size_t m)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k = m, w;

	for (w = 0;; w++) {
		while (k > lo && !(u[k - 1] < 0x80 && byte_class[u[k - 1]] == SEP))
			k--;
		if (w == walk.marker_words)
			return k;
		while (k > lo && u[k - 1] < 0x80 && byte_class[u[k - 1]] == SEP)
			k--;
	}
}

bool temporal_find(const char *s, size_t n, size_t from, struct temporal *t)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = from, stop = from, next, zone, k;

	if (!walk.built)
		build_walk();
	/* Expressions start at a word; walk word by word, looking only at starts. */
	if (vn_word_char_len_back(s, i))
		goto skip_word;
	while (i < n) {
		unsigned char b;

		if (i >= stop) {
			/* Past the stretch being walked: go to the next one. */
			if ((next = next_stop(s, n, i)) >= n)
				return false;
			if (vn_is_digit(s[next])) {
				zone = next > i + 47 ? next - 47 : i;
			} else {
				/* a digit just after the marker reaches back before its zone */
				zone = marker_zone(s, i, next);
				for (k = next + 1; k < n && k < zone + 47; k++)
					if (vn_is_digit(s[k])) {
						zone = k > i + 47 ? k - 47 : i;
						break;
					}
			}
			stop = next + 1;
			/* Resume just after an ASCII separator, where the walk
			 * would have been too. */
			while (zone > i && !(u[zone - 1] < 0x80 && byte_class[u[zone - 1]] == SEP))
				zone--;
			i = zone;
			continue;
		}
		b = u[i];
		switch (byte_class[b]) {
		case SEP:
			i++;
			continue;
		case SEP2:
			i += 2;
			continue;
		case SEP3:
			i += 3;
			continue;
		}
		if (walk.starts[b] && may_start(s, n, i) && match_at(s, n, i, t))
			return true;
	skip_word:
		while (i < n && byte_class[u[i]] == IN_WORD)
			i++;
	}
	return false;
}
