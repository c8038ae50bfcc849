/* temporal.c: recognises Vietnamese dates, times, periods and durations and writes
 * them as ISO 8601 / TimeML values. */
#include "temporal.h"
#include "utf8.h"
#include "vietnamese.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* One calendar point as the text gives it; 0 or -1 mark what it leaves out. */
struct point {
	int year, month, day;        /* 0: not in the text */
	int hour, min, sec;          /* -1: no clock time */
	const char *part;            /* TimeML part of the day: "MO", "AF" ... */
	int quarter, half;           /* quý, 6 tháng đầu/cuối năm */
	int first_month, last_month; /* "9 tháng đầu năm": a run of months */
	bool context;                /* ngày, a weekday or a part of the day came first */
	bool weak_clock;             /* "8 giờ" alone: a time only beside a date or part */
};

/* Most bytes cannot start an expression: digits and the first letters of the
 * trigger words (ngày, năm, nhiệm kỳ, tháng, từ, trong, thứ, thời kỳ, tối,
 * trưa, quý, sáng, chiều, chủ nhật, cuối, giai đoạn, giữa, đêm, đầu). */
static const unsigned char starts[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
	['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['n'] = 1, ['N'] = 1, ['t'] = 1, ['T'] = 1, ['q'] = 1, ['Q'] = 1,
	['s'] = 1, ['S'] = 1, ['c'] = 1, ['C'] = 1, ['g'] = 1, ['G'] = 1,
	[0xC4] = 1, /* đ Đ */
};

static const char *const weekdays[] = {"hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6", "7"};

static const struct {
	const char *word, *code;
} day_parts[] = {
	{"sáng", "MO"}, {"trưa", "MI"}, {"chiều", "AF"}, {"tối", "EV"}, {"đêm", "NI"},
};

static uint32_t lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c == 0x1A0 || c == 0x1AF)
		return c + 1;
	return vn_is_upper(c) && c >= 0x100 ? c + 1 : vn_is_upper(c) ? c + 32 : c;
}

static bool is_digit(unsigned char b)
{
	return b >= '0' && b <= '9';
}

/* Whether the character at s[i] is a letter or digit. */
static bool word_char_at(const char *s, size_t n, size_t i)
{
	uint32_t c;
	unsigned char b;
	int k;

	if (i >= n)
		return false;
	b = (unsigned char)s[i];
	if (b < 0x80)
		return is_digit(b) || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
	k = u8_decode((const unsigned char *)s + i, n - i, &c);
	return k > 0 && vn_is_letter(c);
}

/* Whether the character before s[i] is a letter or digit. */
static bool word_char_before(const char *s, size_t i)
{
	uint32_t c;
	unsigned char b;

	if (i == 0)
		return false;
	b = (unsigned char)s[i - 1];
	if (b < 0x80)
		return is_digit(b) || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
	return u8_decode_back((const unsigned char *)s, i, &c) > 0 && vn_is_letter(c);
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
	size_t k;

	while (i < n && (k = vn_space_len(s + i, n - i)))
		i += k;
	return i;
}

/* Spaces, then at most one comma, then spaces: what may part two pieces of one date. */
static size_t gap(const char *s, size_t n, size_t i)
{
	i = skip_spaces(s, n, i);
	if (i < n && s[i] == ',')
		i = skip_spaces(s, n, i + 1);
	return i;
}

/* memcmp for the few bytes of a letter or a short word, without the call. */
static bool same_bytes(const char *a, const char *b, size_t n)
{
	while (n > 0 && *a == *b)
		a++, b++, n--;
	return n == 0;
}

/*
 * Matches the lowercase word w at s[i] in any case, a space in w standing for
 * one or more spaces; the word must end there. Returns its end, or 0.
 */
static size_t word_from(const char *s, size_t n, size_t i, const char *w)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char c;
	uint32_t a, b;
	int k, l;

	/* Most tries fail at the first letter: bytes decide that, and the text
	 * in lowercase, without decoding a character. */
	while ((c = (unsigned char)*w)) {
		if (c == ' ') {
			size_t j = skip_spaces(s, n, i);
			if (j == i)
				return 0;
			i = j;
			w++;
			continue;
		}
		if (i >= n)
			return 0;
		if (c < 0x80) {
			/* no other character lowers to an ASCII one */
			if (u[i] != c && !(c >= 'a' && c <= 'z' && (u[i] | 0x20) == c))
				return 0;
			i++, w++;
			continue;
		}
		l = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
		if ((size_t)l <= n - i && same_bytes(s + i, w, (size_t)l)) {
			i += l, w += l;
			continue;
		}
		if (u[i] < 0x80)
			return 0;
		/* Patterns hold whole characters, so four bytes are enough to decode one. */
		l = u8_decode((const unsigned char *)w, 4, &b);
		k = u8_decode(u + i, n - i, &a);
		if (k <= 0 || l <= 0 || lower(a) != b)
			return 0;
		i += k, w += l;
	}
	return word_char_at(s, n, i) ? 0 : i;
}

/* word_from, with the first byte looked at here: most tries end there. No
 * character lowers to an ASCII letter but that letter in capitals, nor an
 * ASCII one to a character outside ASCII. */
static inline size_t word(const char *s, size_t n, size_t i, const char *w)
{
	unsigned char c = (unsigned char)*w, b;

	if (i >= n)
		return 0;
	b = (unsigned char)s[i];
	if (c >= 'a' && c <= 'z' ? (b | 0x20) != c : c >= 0x80 && b < 0x80)
		return 0;
	return word_from(s, n, i, w);
}

/* Reads 1 to max digits at s[i] not followed by another digit; returns the end or 0. */
static size_t number(const char *s, size_t n, size_t i, int max, int *v)
{
	size_t j = i;

	*v = 0;
	while (j < n && is_digit(s[j])) {
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

	if (!e || e - i != 4 || v < 1000 || word_char_at(s, n, e))
		return 0; /* *y untouched: a caller may hold a year there */
	*y = v;
	return e;
}

static bool valid_day(int y, int m, int d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	return !(m == 2 && d == 29 && y && (y % 4 || (y % 100 == 0 && y % 400)));
}

/* A hyphen or an en or em dash, with any spaces around it; returns the end or 0. */
static size_t dash(const char *s, size_t n, size_t i)
{
	i = skip_spaces(s, n, i);
	if (i < n && s[i] == '-')
		i++;
	else if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		 ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
		i += 3;
	else
		return 0;
	return skip_spaces(s, n, i);
}

/* Whether nothing but punctuation and spaces comes before s[i] in the sentence. */
static bool sentence_initial(const char *s, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (word_char_at(s, i, j))
			return false;
	return true;
}

static size_t part_at(const char *s, size_t n, size_t i, const char **code)
{
	size_t k, e;

	for (k = 0; k < sizeof day_parts / sizeof *day_parts; k++)
		if ((e = word(s, n, i, day_parts[k].word))) {
			*code = day_parts[k].code;
			return e;
		}
	return 0;
}

static size_t weekday_at(const char *s, size_t n, size_t i)
{
	size_t k, e;

	if ((e = word(s, n, i, "chủ nhật")))
		return e;
	if (!(e = word(s, n, i, "thứ")))
		return 0;
	e = skip_spaces(s, n, e);
	for (k = 0; k < sizeof weekdays / sizeof *weekdays; k++) {
		size_t f = word(s, n, e, weekdays[k]);
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
	if (e + 2 < n && s[e] == ':' && is_digit(s[e + 1]) && is_digit(s[e + 2])) {
		m = (s[e + 1] - '0') * 10 + (s[e + 2] - '0');
		e += 3;
		if (e + 2 < n && s[e] == ':' && is_digit(s[e + 1]) && is_digit(s[e + 2])) {
			sec = (s[e + 1] - '0') * 10 + (s[e + 2] - '0');
			e += 3;
		}
		if (word_char_at(s, n, e) || m > 59 || sec > 59 || (e < n && s[e] == ':'))
			return 0;
	} else if (e < n && (s[e] == 'h' || s[e] == 'H')) {
		e++;
		if ((f = number(s, n, e, 2, &m))) {
			if (f - e != 2 || m > 59)
				return 0;
			e = f;
			if ((f = word(s, n, skip_spaces(s, n, e), "phút")))
				e = f;
		}
		if (word_char_at(s, n, e))
			return 0;
	} else if ((f = word(s, n, skip_spaces(s, n, e), "giờ"))) {
		e = f;
		f = number(s, n, skip_spaces(s, n, e), 2, &m);
		if (f && m <= 59) {
			e = f;
			if ((f = word(s, n, skip_spaces(s, n, e), "phút")))
				e = f;
		} else {
			m = 0;
			p->weak_clock = true;
		}
	} else if ((f = skip_spaces(s, n, e)) < n && (s[f] == 'g' || s[f] == 'G') &&
		   (e = skip_spaces(s, n, f + 1)) && (f = number(s, n, e, 2, &m)) && f - e == 2) {
		/* 15g30, 7 g 20: g for giờ, and only with the minutes (9 g alone may be grams) */
		e = f;
		if ((f = word(s, n, skip_spaces(s, n, e), "phút")))
			e = f;
		if (m > 59 || word_char_at(s, n, e))
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
	if (e + 1 < n && s[e] == sep && is_digit(s[e + 1])) {
		if (!(e = year_at(s, n, e + 1, &y)))
			return 0;
	} else if (sep == '.' || (!p->context && !(sentence_initial(s, i) && e < n && s[e] == ','))) {
		/* A bare d/m is a fraction or a ratio unless something says date. */
		return 0;
	}
	if (word_char_at(s, n, e) || !valid_day(y, m, d))
		return 0;
	if (e + 1 < n && (s[e] == '/' || s[e] == '-' || s[e] == '.' || s[e] == ':' || s[e] == ',') &&
	    is_digit(s[e + 1]))
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
	if ((e = dash(s, n, i)) && (e = year_at(s, n, e, y)))
		return e;
	k = skip_spaces(s, n, i);
	if ((e = word(s, n, k, "năm")) && (e = year_at(s, n, skip_spaces(s, n, e), y)))
		return e;
	return i;
}

static int roman_quarter(const char *s, size_t n, size_t i, size_t *end)
{
	static const char *const roman[] = {"IV", "III", "II", "I"};
	static const int value[] = {4, 3, 2, 1};
	size_t k, l;

	for (k = 0; k < 4; k++) {
		l = strlen(roman[k]);
		if (i + l <= n && memcmp(s + i, roman[k], l) == 0 && !word_char_at(s, n, i + l)) {
			*end = i + l;
			return value[k];
		}
	}
	return 0;
}

/* The date itself: numbers, or ngày/tháng/năm/quý phrases. */
static size_t date_core(const char *s, size_t n, size_t i, struct point *p, bool prefixed)
{
	size_t e, f;
	int v, w;

	if (i >= n)
		return 0;
	if (is_digit(s[i])) {
		if ((e = numeric_date(s, n, i, p)))
			return e;
		/* 12 tháng 4 [năm 2021] */
		e = number(s, n, i, 2, &v);
		if (e && (f = word(s, n, skip_spaces(s, n, e), "tháng")) &&
		    (f = number(s, n, skip_spaces(s, n, f), 2, &w)) && !word_char_at(s, n, f)) {
			e = year_after(s, n, f, &p->year);
			if ((p->context || p->year) && valid_day(p->year, w, v)) {
				p->month = w, p->day = v;
				return e;
			}
			p->year = 0;
		}
		if (prefixed)
			return 0;
		/* 6 tháng đầu năm 2022 */
		e = number(s, n, i, 2, &v);
		if (e && v >= 1 && v <= 12 && (f = word(s, n, skip_spaces(s, n, e), "tháng"))) {
			size_t g = skip_spaces(s, n, f);
			bool first = word(s, n, g, "đầu năm") != 0;
			if (first || word(s, n, g, "cuối năm")) {
				e = word(s, n, g, first ? "đầu năm" : "cuối năm");
				if ((f = year_at(s, n, skip_spaces(s, n, e), &p->year)))
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
	if ((e = word(s, n, i, "tháng"))) {
		if (!(f = number(s, n, skip_spaces(s, n, e), 2, &v)) || v < 1 || v > 12 ||
		    word_char_at(s, n, f))
			return 0;
		if (f < n && s[f] == '/' && !year_after(s, n, f, &w))
			return 0; /* tháng 12/15: not a month */
		p->month = v;
		return year_after(s, n, f, &p->year);
	}
	if ((e = word(s, n, i, "năm")))
		return year_at(s, n, skip_spaces(s, n, e), &p->year);
	if ((e = word(s, n, i, "quý"))) {
		e = skip_spaces(s, n, e);
		if ((f = number(s, n, e, 1, &v))) {
			if (v < 1 || v > 4 || word_char_at(s, n, f))
				return 0;
		} else if (!(v = roman_quarter(s, n, e, &f))) {
			return 0;
		}
		p->quarter = v;
		return year_after(s, n, f, &p->year);
	}
	if ((e = word(s, n, i, "đầu năm")) || (e = word(s, n, i, "cuối năm")) ||
	    (e = word(s, n, i, "giữa năm"))) {
		f = skip_spaces(s, n, e);
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
			k = skip_spaces(s, n, k + 1);
		if ((e = weekday_at(s, n, k))) {
			p->context = true;
		} else if (!p->part && (e = part_at(s, n, k, &p->part))) {
			p->context = true;
			if (clock_end)
				clock_end = e;
		} else if (p->hour < 0 && (e = clock_at(s, n, k, p))) {
			clock_end = e;
		} else if (!dayword && (e = word(s, n, k, "ngày"))) {
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
	k = skip_spaces(s, n, e);
	if (k < n && s[k] == '(' && (j = word(s, n, skip_spaces(s, n, k + 1), "âm lịch"))) {
		j = skip_spaces(s, n, j);
		if (j < n && s[j] == ')') {
			*lunar = true;
			e = j + 1;
		}
	} else if ((j = word(s, n, k, "âm lịch"))) {
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
static char *format_point(const struct point *p, char *b, const char **kind)
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
	*kind = "time";
	if (p->hour >= 0) {
		h = p->hour;
		/* "2 giờ chiều" is 14:00; "11 giờ đêm" is 23:00. */
		if (p->part && h < 12 && (strcmp(p->part, "AF") == 0 || strcmp(p->part, "EV") == 0 ||
					 (strcmp(p->part, "NI") == 0 && h >= 6)))
			h += 12;
		b = put_num(put_str(b, "T"), h, 2);
		b = put_num(put_str(b, ":"), p->min, 2);
		if (p->sec >= 0)
			b = put_num(put_str(b, ":"), p->sec, 2);
		return b;
	}
	if (p->part)
		return put_str(put_str(b, "T"), p->part);
	*kind = "date";
	return b;
}

/* Two years a/b, as an interval. */
static void put_years(struct temporal *t, int a, int b)
{
	*put_num(put_str(put_num(t->value, a, 4), "/"), b, 4) = '\0';
}

static void set(struct temporal *t, size_t start, size_t end, const char *kind)
{
	t->start = start;
	t->len = end - start;
	strcpy(t->kind, kind);
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
	const char *kind;
	char *v;
	bool lunar = false;
	int y;

	e = skip_spaces(s, n, i);
	if ((f = year_at(s, n, e, &y))) {
		memset(&a, 0, sizeof a);
		a.hour = a.min = a.sec = -1;
		a.year = y;
	} else if (!(f = point_at(s, n, e, &a, &lunar))) {
		return 0;
	}
	e = skip_spaces(s, n, f);
	if (!(f = word(s, n, e, "đến")) && !(f = word(s, n, e, "tới")))
		return 0;
	e = skip_spaces(s, n, f);
	if ((f = word(s, n, e, "nay")) || (f = word(s, n, e, "hiện nay")) ||
	    (f = word(s, n, e, "hiện tại"))) {
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

	if (!(e = year_at(s, n, i, a)) || !(f = dash(s, n, e)) || !(f = year_at(s, n, f, b)))
		return 0;
	if (*b <= *a || *b - *a > 100 || (f < n && s[f] == '/'))
		return 0;
	return f;
}

/* Whether the word w ends at s[k]. */
static bool word_ends(const char *s, size_t n, size_t k, const char *w)
{
	size_t l = strlen(w);

	return k >= l && word(s, n, k - l, w) == k && !word_char_before(s, k - l);
}

/* [trong] 5 năm [qua|liền|tới|nữa]; not "số 28 ngày 21/01/2019". */
static size_t duration_at(const char *s, size_t n, size_t i, struct temporal *t)
{
	static const struct {
		const char *word;
		char unit;
	} units[] = {{"năm", 'Y'}, {"tháng", 'M'}, {"tuần", 'W'}, {"ngày", 'D'}};
	static const char *const after[] = {"qua", "liền", "tới", "nữa", "trước", "sau"};
	size_t e, f, k, g;
	char *d;
	int v;

	if (!(e = number(s, n, i, 3, &v)) || v == 0 || word_char_at(s, n, e))
		return 0;
	if (i >= 1 && (s[i - 1] == '.' || s[i - 1] == ',' || s[i - 1] == '/'))
		return 0;
	k = i;
	while (k > 0 && vn_space_len_back(s, k))
		k -= vn_space_len_back(s, k);
	if (word_ends(s, n, k, "số") || word_ends(s, n, k, "thứ"))
		return 0; /* a number or a rank: số 21 năm 2021, lần thứ 5 */
	e = skip_spaces(s, n, e);
	for (k = 0; k < sizeof units / sizeof *units; k++)
		if ((f = word(s, n, e, units[k].word)))
			break;
	if (k == sizeof units / sizeof *units)
		return 0;
	g = skip_spaces(s, n, f);
	if (g < n && is_digit(s[g]) && units[k].unit != 'Y')
		return 0; /* "28 ngày 21/01", "6 tháng 4" */
	d = put_num(put_str(t->value, "P"), v, 1);
	*d++ = units[k].unit;
	*d = '\0';
	for (k = 0; k < sizeof after / sizeof *after; k++)
		if ((e = word(s, n, g, after[k])))
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
	if (!is_digit(s[i])) {
		if ((e = word(s, n, i, "giai đoạn")) || (e = word(s, n, i, "nhiệm kỳ")) ||
		    (e = word(s, n, i, "thời kỳ"))) {
			if ((f = year_span(s, n, skip_spaces(s, n, e), &a, &b))) {
				put_years(t, a, b);
				set(t, i, f, "interval");
				return true;
			}
			return false;
		}
		if ((e = word(s, n, i, "từ"))) {
			if ((f = from_to(s, n, e, t))) {
				set(t, i, f, "interval");
				return true;
			}
			return false;
		}
		if ((e = word(s, n, i, "trong"))) {
			e = skip_spaces(s, n, e);
			/* "Trong năm, ..." and "trong năm nay": the year being told of */
			if ((f = word(s, n, e, "năm")) && !year_at(s, n, skip_spaces(s, n, f), &a)) {
				size_t g = skip_spaces(s, n, f);
				if ((g = word(s, n, g, "nay")))
					f = g;
				else if (f < n && (word_char_at(s, n, skip_spaces(s, n, f)) ||
						   s[f] == '-' || is_digit(s[f])))
					return false;
				else
					t->year_told = true;
				strcpy(t->value, "XXXX");
				set(t, i, f, "date");
				return true;
			}
			if (e < n && is_digit(s[e]) && (f = duration_at(s, n, e, t))) {
				set(t, i, f, "duration");
				return true;
			}
			return false;
		}
	}
	if (is_digit(s[i]) && (e = year_span(s, n, i, &a, &b))) {
		put_years(t, a, b);
		set(t, i, e, "interval");
		return true;
	}
	if ((e = point_at(s, n, i, &p, &lunar))) {
		const char *kind;

		/* năm 2021-2022 */
		if (p.year && !p.month && !p.quarter && !p.half && p.hour < 0 && !p.part &&
		    (f = dash(s, n, e)) && (f = year_at(s, n, f, &b)) && b > p.year && b - p.year <= 100) {
			put_years(t, p.year, b);
			set(t, i, f, "interval");
			return true;
		}
		if (p.first_month) {
			char *v = put_num(put_str(put_year(t->value, p.year), "-"), p.first_month, 2);
			v = put_num(put_str(put_year(put_str(v, "/"), p.year), "-"), p.last_month, 2);
			*v = '\0';
			kind = "interval";
		} else {
			*format_point(&p, t->value, &kind) = '\0';
		}
		t->month = p.month, t->day = p.day;
		t->lunar = lunar;
		set(t, i, e, kind);
		return true;
	}
	if (is_digit(s[i]) && (e = duration_at(s, n, i, t))) {
		set(t, i, e, "duration");
		return true;
	}
	return false;
}

/* Digits after 1.793/ or 98, are the rest of a number, not a new one. */
static bool inside_number(const char *s, size_t i)
{
	char c = i >= 2 ? s[i - 1] : 0;

	return (c == '.' || c == ',' || c == '/' || c == '-' || c == ':') && is_digit(s[i - 2]);
}

/*
 * Whether the word at s[i] is one a letter-led expression starts with; one
 * look at the word saves trying every pattern on every word. The common
 * spellings (lowercase, or a capital first letter) are compared as bytes;
 * only a word with a capital further in is decoded.
 */
static bool is_trigger(const char *s, size_t n, size_t i)
{
#define W(first, rest) {first, rest, sizeof rest - 1}
	static const struct {
		char first;
		const char *rest;
		size_t len;
	} triggers[] = {
		W('n', "gày"), W('n', "ăm"), W('n', "hiệm"), W('t', "háng"), W('t', "hứ"),
		W('t', "hời"), W('t', "ối"), W('t', "rưa"), W('t', "rong"), W('t', "ừ"),
		W('q', "uý"), W('s', "áng"), W('c', "hiều"), W('c', "hủ"), W('c', "uối"),
		W('g', "iai"), W('g', "iữa"), W('d', "êm"), W('d', "ầu"), /* d: đ */
	};
#undef W
	const unsigned char *u = (const unsigned char *)s;
	char first;
	size_t k, j;
	uint32_t c;

	if (u[i] == 0xC4) {
		if (i + 1 >= n || (u[i + 1] | 1) != 0x91)
			return false;
		first = 'd', j = i + 2;
	} else {
		first = (char)(u[i] | 0x20), j = i + 1;
	}
	/* The table is in order of first letters: look only at the run of this one. */
	switch (first) {
	case 'n': k = 0; break;
	case 't': k = 3; break;
	case 'q': k = 10; break;
	case 's': k = 11; break;
	case 'c': k = 12; break;
	case 'g': k = 15; break;
	case 'd': k = 17; break;
	default: return false;
	}
	for (; k < sizeof triggers / sizeof *triggers && triggers[k].first == first; k++)
		if (triggers[k].len <= n - j && s[j] == triggers[k].rest[0] &&
		    same_bytes(s + j, triggers[k].rest, triggers[k].len) &&
		    !word_char_at(s, n, j + triggers[k].len))
			return true;
	/* NĂM, THÁNG: all capitals */
	if (!((u[i] >= 'A' && u[i] <= 'Z') || u[i] == 0xC4) || j >= n)
		return false;
	if (u[j] >= 'A' && u[j] <= 'Z')
		return true;
	return u[j] >= 0x80 && u8_decode(u + j, n - j, &c) > 0 && vn_is_upper(c);
}

/* Whether a digit comes within the next few words: every letter-led form
 * but quý IV and đầu năm holds one there. */
static bool digit_ahead(const char *s, size_t n, size_t i)
{
	size_t end = n - i > 48 ? i + 48 : n;

	for (; i < end; i++)
		if (is_digit(s[i]))
			return true;
	return false;
}

/* Whether the number at s[i] is followed by what a date, time or duration
 * needs: a separator of its parts, or a word of time. */
static bool number_may_start(const char *s, size_t n, size_t i)
{
	static const char *const next[] = {"năm", "tháng", "ngày", "tuần", "giờ"};
	size_t k;

	while (i < n && is_digit(s[i]))
		i++;
	if (i >= n)
		return false;
	if (s[i] == '/' || s[i] == '-' || s[i] == '.' || s[i] == ':' || s[i] == 'h' || s[i] == 'H')
		return true;
	if (dash(s, n, i))
		return true;
	i = skip_spaces(s, n, i);
	if (i < n && (s[i] == 'g' || s[i] == 'G'))
		return true; /* 15g30, 7 g 20 */
	for (k = 0; k < sizeof next / sizeof *next; k++)
		if (word(s, n, i, next[k]))
			return true;
	return false;
}

/* Whether an expression may start at the word s[i], before trying them all. */
static bool may_start(const char *s, size_t n, size_t i)
{
	unsigned char b = (unsigned char)s[i];

	if (is_digit(b))
		return !inside_number(s, i) && number_may_start(s, n, i);
	if (!is_trigger(s, n, i))
		return false;
	return digit_ahead(s, n, i) || word(s, n, i, "quý") || word(s, n, i, "đầu năm") ||
	       word(s, n, i, "cuối năm") || word(s, n, i, "giữa năm") || word(s, n, i, "trong năm");
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
 * holds a digit within 48 bytes of its start (digit_ahead); the others are
 * quý and đầu/cuối/giữa/trong năm, which hold a q or an ă. Whole stretches
 * without these are passed eight bytes at a time, which is most of the text.
 */
#define ONES UINT64_C(0x0101010101010101)

static uint64_t load8(const char *s)
{
	uint64_t x;

	memcpy(&x, s, sizeof x);
	return x;
}

/* Whether one of the eight bytes of v is zero. */
static bool zero_byte(uint64_t v)
{
	return ((v - ONES) & ~v & ONES * 0x80) != 0;
}

static size_t next_digit(const char *s, size_t n, size_t i)
{
	uint64_t x;

	for (; i + 8 <= n; i += 8) {
		x = load8(s + i) ^ ONES * '0';
		/* a digit is now a byte below 10 */
		if ((x - ONES * 10) & ~x & ONES * 0x80)
			break;
	}
	while (i < n && !is_digit(s[i]))
		i++;
	return i;
}

/* A q or Q, or the second byte of ă or Ă (C4 83, C4 82). */
static bool marker_at(const unsigned char *u, size_t i)
{
	return (u[i] | 0x20) == 'q' || ((u[i] & 0xFE) == 0x82 && i > 0 && u[i - 1] == 0xC4);
}

static size_t next_marker(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t end;
	uint64_t x;

	while (i < n) {
		if (n - i >= 8) {
			x = load8(s + i);
			if (!zero_byte((x | ONES * 0x20) ^ ONES * 'q') &&
			    !zero_byte((x & ONES * 0xFE) ^ ONES * 0x82)) {
				i += 8;
				continue;
			}
		}
		/* ể (E1 BB 83) passes the test too: look at each byte */
		for (end = n - i >= 8 ? i + 8 : n; i < end; i++)
			if (marker_at(u, i))
				return i;
	}
	return n;
}

/* Where the walk must start to meet the expression a marker at m may be
 * part of: quý starts there, the ă of năm is a word after its start. */
static size_t marker_zone(const char *s, size_t lo, size_t m)
{
	size_t k, l;

	if ((s[m] | 0x20) == 'q' || m < lo + 2)
		return m;
	k = m - 2; /* the n of năm */
	while (k > lo && (l = vn_space_len_back(s + lo, k - lo)))
		k -= l;
	return k;
}

bool temporal_find(const char *s, size_t n, size_t from, struct temporal *t)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = from, stop = from, digit = 0, lim, mark, zone, k;
	bool looked = false;

	/* Expressions start at a word; walk word by word, looking only at starts. */
	if (word_char_before(s, i))
		goto skip_word;
	while (i < n) {
		unsigned char b;

		if (i >= stop) {
			/* Past the stretch being walked: go to the next one. */
			if (!looked || digit < i)
				digit = next_digit(s, n, i);
			looked = true;
			/* A marker after the digit waits for the next stretch. */
			lim = digit < n ? digit : n;
			mark = next_marker(s, lim, i);
			if (digit >= n && mark >= n)
				return false;
			zone = digit >= n ? n : digit > i + 47 ? digit - 47 : i;
			stop = digit + 1;
			if (mark < lim && (k = marker_zone(s, i, mark)) < zone)
				zone = k, stop = mark + 1;
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
		if (starts[b] && may_start(s, n, i) && match_at(s, n, i, t))
			return true;
	skip_word:
		while (i < n && byte_class[u[i]] == IN_WORD)
			i++;
	}
	return false;
}
