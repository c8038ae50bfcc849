/* numeral.c: one Vietnamese numeral, digits or words with scale words, as mant × 10^exp10. */
#include "numeral.h"

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

/* 18 digits, so that a product by ten or a sum never leaves long long. */
#define MANT_MAX 999999999999999999LL
#define EXP_MAX 24
#define EXP_MIN (-18)

struct word {
	const char *text;
	size_t len;
	int value;
};

#define W(text, value) {text, sizeof(text) - 1, value}

static const struct word digit_words[] = {
	W("một", 1), W("hai", 2), W("ba", 3), W("bốn", 4), W("năm", 5),
	W("sáu", 6), W("bảy", 7), W("bẩy", 7), W("tám", 8), W("chín", 9),
};

/* After "mươi" and "mười" the ones change shape: mốt, tư, lăm; "năm" there
 * is the noun (hai mươi năm = twenty years), so it is left out. */
static const struct word unit_words[] = {
	W("mốt", 1), W("một", 1), W("hai", 2), W("ba", 3), W("bốn", 4), W("tư", 4),
	W("lăm", 5), W("nhăm", 5), W("sáu", 6), W("bảy", 7), W("bẩy", 7),
	W("tám", 8), W("chín", 9),
};

/* Scale words and their powers of ten. */
static const struct word scale_words[] = {
	W("nghìn", 3), W("ngàn", 3), W("vạn", 4), W("triệu", 6), W("tỷ", 9), W("tỉ", 9),
};

/* After a bare "năm" these make it the year, not five. */
static const struct word year_words[] = {
	W("nay", 0), W("qua", 0), W("tới", 0), W("sau", 0), W("trước", 0), W("học", 0),
	W("đó", 0), W("ấy", 0), W("này", 0), W("kia", 0), W("ngoái", 0), W("mới", 0),
	W("thứ", 0), W("đầu", 0), W("cuối", 0), W("giữa", 0), W("nào", 0), W("nữa", 0),
	W("liền", 0), W("liên", 0), W("gần", 0), W("rồi", 0), W("trở", 0), W("kế", 0),
	W("tài", 0), W("sinh", 0), W("tháng", 0), W("hoạt", 0), W("sản", 0), W("kỷ", 0),
	W("thành", 0), W("xưa", 0), W("vừa", 0), W("tiếp", 0), W("mươi", 0),
};

/* After a bare "một" these make it the article "a", not one. */
static const struct word article_words[] = {
	W("số", 0), W("cách", 0), W("trong", 0), W("phần", 0), W("vài", 0), W("chút", 0),
	W("lúc", 0), W("khi", 0), W("mặt", 0), W("loạt", 0), W("nửa", 0), W("thời", 0),
	W("hôm", 0), W("mình", 0), W("kiểu", 0), W("sự", 0), W("việc", 0), W("nào", 0),
	W("khác", 0), W("ít", 0), W("bộ", 0), W("hệ", 0), W("chiều", 0), W("khối", 0),
	W("mực", 0), W("lòng", 0),
};

/* Length of w if s starts with it as a whole word; cap allows an
 * uppercase first letter (every number word starts with ASCII). */
static size_t word_len_at(const char *s, size_t n, const char *w, size_t k, bool cap)
{
	if (k > n)
		return 0;
	if (s[0] != w[0] && !(cap && s[0] == w[0] - ('a' - 'A')))
		return 0;
	if (memcmp(s + 1, w + 1, k - 1) != 0 || vn_word_char_len(s + k, n - k))
		return 0;
	return k;
}

static size_t word_at(const char *s, size_t n, const char *w, bool cap)
{
	return word_len_at(s, n, w, strlen(w), cap);
}

static size_t word_in(const char *s, size_t n, const struct word *t, size_t nt,
		      bool cap, int *value)
{
	size_t i, k;

	for (i = 0; i < nt; i++)
		if ((k = word_len_at(s, n, t[i].text, t[i].len, cap))) {
			*value = t[i].value;
			return k;
		}
	return 0;
}

static bool word_listed(const char *s, size_t n, const struct word *t, size_t nt)
{
	int value;

	return word_in(s, n, t, nt, false, &value) > 0;
}

/* Length of the spaces between two words at s, or 0. */
static size_t gap(const char *s, size_t n)
{
	size_t p = 0, k;

	while (p < n && (k = vn_space_len(s + p, n - p)) && s[p] != '\n')
		p += k;
	return p;
}

/* Length of the word w after a gap at s, counting the gap, or 0. */
static size_t next_word(const char *s, size_t n, const char *w)
{
	size_t g = gap(s, n), k;

	if (g == 0 || !(k = word_at(s + g, n - g, w, false)))
		return 0;
	return g + k;
}

static size_t next_in(const char *s, size_t n, const struct word *t, size_t nt, int *value)
{
	size_t g = gap(s, n), k;

	if (g == 0 || !(k = word_in(s + g, n - g, t, nt, false, value)))
		return 0;
	return g + k;
}


static bool times_pow10(long long *m, int k)
{
	while (k-- > 0) {
		if (*m > MANT_MAX / 10)
			return false;
		*m *= 10;
	}
	return true;
}

/* a += b, exactly, or false when the sum needs more than 18 digits. */
static bool add(struct numeral *a, const struct numeral *b)
{
	struct numeral x = *a, y = *b;

	if (x.mant == 0)
		x.exp10 = y.exp10;
	if (y.mant == 0)
		y.exp10 = x.exp10;
	if (x.exp10 > y.exp10) {
		if (!times_pow10(&x.mant, x.exp10 - y.exp10))
			return false;
		x.exp10 = y.exp10;
	} else if (y.exp10 > x.exp10) {
		if (!times_pow10(&y.mant, y.exp10 - x.exp10))
			return false;
	}
	if (x.mant > MANT_MAX - y.mant)
		return false;
	a->mant = x.mant + y.mant;
	a->exp10 = x.exp10;
	return true;
}

/* "mười [u]" or "D mươi [u]": 10-99 in words, where the digit word D at s
 * is read already: p bytes, d (p 0 when none is there, and "mười" may be). */
static size_t tens_after(const char *s, size_t n, bool cap, size_t p, int d, long long *val)
{
	size_t k;
	int u;

	if (!p && (p = word_at(s, n, "mười", cap)))
		d = 1;
	else if (!p || !(k = next_word(s + p, n - p, "mươi")))
		return 0;
	else
		p += k;
	*val = d * 10;
	if ((k = next_in(s + p, n - p, unit_words, NELEM(unit_words), &u))) {
		*val += u;
		p += k;
	}
	return p;
}

static size_t parse_tens(const char *s, size_t n, bool cap, long long *val)
{
	int d = 0;
	size_t p = word_in(s, n, digit_words, NELEM(digit_words), cap, &d);

	return tens_after(s, n, cap, p, d, val);
}

struct group {
	long long val;
	bool hundreds;  /* holds "trăm": a whole group after a scale word */
	bool bare;      /* one digit word, nothing else */
};

/* 0-999 in words: [D trăm | không trăm] [linh D | lẻ D | tens | rưỡi] | tens | D. */
static size_t parse_group(const char *s, size_t n, bool cap, struct group *g)
{
	size_t p, k, u;
	int d = 0;
	long long t;

	g->hundreds = g->bare = false;
	if ((p = word_in(s, n, digit_words, NELEM(digit_words), cap, &d))
	    || ((p = word_at(s, n, "không", cap)) && (d = 0, 1))) {
		if ((k = next_word(s + p, n - p, "trăm"))) {
			p += k;
			g->hundreds = true;
			g->val = d * 100;
			if (((k = next_word(s + p, n - p, "linh")) || (k = next_word(s + p, n - p, "lẻ")))
			    && (u = next_in(s + p + k, n - p - k, digit_words, NELEM(digit_words), &d))) {
				g->val += d;
				return p + k + u;
			}
			if ((k = gap(s + p, n - p)) && (u = parse_tens(s + p + k, n - p - k, false, &t))) {
				g->val += t;
				return p + k + u;
			}
			if ((k = next_word(s + p, n - p, "rưỡi"))) {
				g->val += 50;
				p += k;
			}
			return p;
		}
		if (d == 0)
			return 0;
	}
	/* a digit word not before "trăm" may be before "mươi": it is not read again */
	if ((k = tens_after(s, n, cap, p, d, &t))) {
		g->val = t;
		return k;
	}
	if (p) {
		g->val = d;
		g->bare = true;
	}
	return p;
}

static size_t digit_run(const char *s, size_t n)
{
	size_t p = 0;

	while (p < n && s[p] >= '0' && s[p] <= '9')
		p++;
	return p;
}

/* Appends the digits s[0..k) to *m; false past 18 digits. */
static bool take_digits(long long *m, const char *s, size_t k)
{
	size_t i;

	for (i = 0; i < k; i++) {
		if (*m > (MANT_MAX - (s[i] - '0')) / 10)
			return false;
		*m = *m * 10 + (s[i] - '0');
	}
	return true;
}

/* s[p] is sep followed by exactly three digits. */
static bool group_of_three(const char *s, size_t n, size_t p, char sep)
{
	return p < n && s[p] == sep && digit_run(s + p + 1, n - p - 1) == 3;
}

/*
 * Digits: Vietnamese "1.793.000,5"; the English "1,793,000.5" only where
 * unambiguous (two groups, or a group and a decimal point); "3.5" with a
 * point not before three digits is a decimal too.
 */
static size_t parse_digits(const char *s, size_t n, struct numeral *v)
{
	size_t p = digit_run(s, n), k;
	char group = 0, point = 0;
	bool lone_zero;

	v->mant = 0;
	v->exp10 = 0;
	if (!take_digits(&v->mant, s, p))
		return 0;
	/* no number is grouped after a lone 0: "0.001" is a decimal */
	lone_zero = p == 1 && s[0] == '0';
	if (p <= 3 && !lone_zero && group_of_three(s, n, p, '.')) {
		group = '.';
		point = ',';
	} else if (p <= 3 && !lone_zero && group_of_three(s, n, p, ',')
		   && (group_of_three(s, n, p + 4, ',')
		       || (p + 4 < n && s[p + 4] == '.' && digit_run(s + p + 5, n - p - 5) > 0))) {
		group = ',';
		point = '.';
	} else if (p + 1 < n && (s[p] == ',' || s[p] == '.') && digit_run(s + p + 1, n - p - 1) > 0
		   && (s[p] == ',' || lone_zero || digit_run(s + p + 1, n - p - 1) != 3)) {
		point = s[p];
	}
	if (group)
		while (group_of_three(s, n, p, group)) {
			if (!take_digits(&v->mant, s + p + 1, 3))
				return 0;
			p += 4;
		}
	if (point && p + 1 < n && s[p] == point && (k = digit_run(s + p + 1, n - p - 1)) > 0) {
		if (k > (size_t)-EXP_MIN || !take_digits(&v->mant, s + p + 1, k))
			return 0;
		v->exp10 = -(int)k;
		p += 1 + k;
	}
	return p;
}

/* Scale words after a gap at s: "nghìn", "triệu", "nghìn tỷ" (a smaller
 * scale before a bigger one multiplies). Returns the length and *e. */
static size_t parse_scale(const char *s, size_t n, int *e)
{
	size_t p, k;
	int x;

	if (!(p = next_in(s, n, scale_words, NELEM(scale_words), e)))
		return 0;
	while ((k = next_in(s + p, n - p, scale_words, NELEM(scale_words), &x)) && x > *e) {
		*e += x;
		p += k;
	}
	return p;
}

/* Whether the word after a bare "năm" or "một" at s (after its k bytes)
 * leaves it a number. */
static bool bare_counts(const char *s, size_t n, size_t k, int d)
{
	size_t g = gap(s + k, n - k);
	const char *w = s + k + g;
	size_t wn = n - k - g;
	uint32_t cp;

	if (d != 1 && d != 5)
		return true;
	if (g == 0 || wn == 0 || u8_decode((const unsigned char *)w, wn, &cp) <= 0 || !vn_is_lower(cp))
		return false;
	if (d == 5)
		return !word_listed(w, wn, year_words, NELEM(year_words));
	return !word_listed(w, wn, article_words, NELEM(article_words));
}

size_t numeral_parse(const char *s, size_t n, struct numeral *v)
{
	struct numeral total = {0, 0}, a, half;
	struct group g = {0, false, false};
	size_t p = 0, at = 0, k, sk;
	int e, prev = INT_MAX;
	bool digits;

	if (n == 0)
		return 0;
	for (;;) {
		digits = s[at] >= '0' && s[at] <= '9';
		if (digits) {
			if (!(k = parse_digits(s + at, n - at, &a)))
				break;
		} else if ((k = parse_group(s + at, n - at, at == 0, &g))) {
			a.mant = g.val;
			a.exp10 = 0;
		} else if (at > 0 && prev >= 3
			   && ((k = word_at(s + at, n - at, "linh", false)) || (k = word_at(s + at, n - at, "lẻ", false)))
			   && (sk = next_in(s + at + k, n - at - k, digit_words, NELEM(digit_words), &e))) {
			/* "hai nghìn linh năm" */
			a.mant = e;
			a.exp10 = 0;
			k += sk;
			if (!add(&total, &a))
				break;
			p = at + k;
			break;
		} else {
			break;
		}
		sk = parse_scale(s + at + k, n - at - k, &e);
		if (at == 0 && !sk) {
			if (!digits && g.bare && !bare_counts(s, n, k, (int)g.val))
				return 0;
			total = a;
			p = k;
			break;
		}
		if (!sk) {
			/* After a scale word, a whole group in words finishes it:
			 * "hai nghìn năm trăm"; digits need their own scale. */
			if (!digits && g.hundreds && prev >= 3 && add(&total, &a))
				p = at + k;
			break;
		}
		if (e >= prev || a.exp10 + e > EXP_MAX)
			break;
		a.exp10 += e;
		if (!add(&total, &a))
			break;
		p = at + k + sk;
		prev = e;
		if ((k = next_word(s + p, n - p, "rưỡi"))) {
			half.mant = 5;
			half.exp10 = e - 1;
			if (add(&total, &half))
				p += k;
			break;
		}
		if (!(k = gap(s + p, n - p)) || p + k >= n)
			break;
		at = p + k;
	}
	if (p == 0)
		return 0;
	*v = total;
	return p;
}

size_t numeral_format(const struct numeral *v, char *buf, size_t cap)
{
	char d[24];
	size_t nd = 0, len = 0, i;
	unsigned long long m;
	int exp = v->exp10;

	m = v->mant < 0 ? -(unsigned long long)v->mant : (unsigned long long)v->mant;
	while (exp < 0 && m != 0 && m % 10 == 0) {
		m /= 10;
		exp++;
	}
	if (m == 0)
		exp = 0;
	do {
		d[nd++] = '0' + m % 10;
		m /= 10;
	} while (m);
#define PUT(c) do { if (len + 1 >= cap) goto no_room; buf[len++] = (c); } while (0)
	if (v->mant < 0)
		PUT('-');
	if (exp >= 0) {
		while (nd)
			PUT(d[--nd]);
		for (i = 0; i < (size_t)exp; i++)
			PUT('0');
	} else if (nd <= (size_t)-exp) {
		PUT('0');
		PUT('.');
		for (i = nd; i < (size_t)-exp; i++)
			PUT('0');
		while (nd)
			PUT(d[--nd]);
	} else {
		while (nd) {
			if (nd == (size_t)-exp)
				PUT('.');
			PUT(d[--nd]);
		}
	}
#undef PUT
	buf[len] = '\0';
	return len;
no_room:
	if (cap)
		buf[0] = '\0';
	return 0;
}

int numeral_roman(const char *s, size_t n, size_t *len)
{
	static const char letters[] = "IVXL";
	static const int values[] = {1, 5, 10, 50};
	int v = 0, prev = 0, d;
	size_t q = 0;
	const char *c;

	while (q < n && s[q] && (c = strchr(letters, s[q])) != NULL) {
		d = values[c - letters];
		v += d > prev ? d - 2 * prev : d;
		prev = d;
		q++;
	}
	if (q == 0 || q > 7 || vn_word_char_len(s + q, n - q))
		return 0;
	*len = q;
	return v;
}

size_t numeral_first_words(const char **words, size_t cap)
{
	size_t i, k = 0;

	for (i = 0; i < NELEM(digit_words) && k < cap; i++)
		words[k++] = digit_words[i].text;
	if (k < cap)
		words[k++] = "mười";
	return k;
}

size_t numeral_words(const char **words, size_t cap)
{
	static const char *const joins[] = {"mười", "mươi", "trăm", "lẻ", "linh", "không", "rưỡi"};
	const struct word *lists[] = {digit_words, unit_words, scale_words};
	const size_t sizes[] = {NELEM(digit_words), NELEM(unit_words), NELEM(scale_words)};
	size_t i, j, m, k = 0;

	for (i = 0; i < NELEM(lists); i++)
		for (j = 0; j < sizes[i]; j++) {
			for (m = 0; m < k && strcmp(words[m], lists[i][j].text) != 0; m++)
				;
			if (m == k && k < cap)
				words[k++] = lists[i][j].text;
		}
	for (i = 0; i < NELEM(joins) && k < cap; i++)
		words[k++] = joins[i];
	return k;
}

size_t numeral_roman_write(int v, char *buf, size_t cap)
{
	static const struct {
		int value;
		const char *letters;
	} steps[] = {
		{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
		{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
	};
	size_t len = 0, k, l;

	if (v < 1 || v > 3999)
		return 0;
	for (k = 0; k < NELEM(steps); k++)
		for (l = strlen(steps[k].letters); v >= steps[k].value; v -= steps[k].value) {
			if (len + l >= cap)
				return 0;
			memcpy(buf + len, steps[k].letters, l);
			len += l;
		}
	buf[len] = '\0';
	return len;
}

int numeral_cmp(const struct numeral *a, const struct numeral *b)
{
	long double x = a->mant, y = b->mant;
	int i;

	for (i = 0; i < a->exp10; i++)
		x *= 10;
	for (i = 0; i > a->exp10; i--)
		x /= 10;
	for (i = 0; i < b->exp10; i++)
		y *= 10;
	for (i = 0; i > b->exp10; i--)
		y /= 10;
	return (x > y) - (x < y);
}
