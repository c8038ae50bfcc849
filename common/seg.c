/* seg.c: sentence boundaries. A boundary follows . ! ? … or ... (with any closing
 * quotes and brackets) when a space and then something other than a lowercase
 * letter follow, and the word before the period is not an abbreviation or an
 * initial. Numbers, dates, document symbols and domains have no space after
 * their dots, so they never split. */
#include "seg.h"
#include "utf8.h"
#include "vietnamese.h"

#include <string.h>

/* Words that a period follows without ending the sentence: titles and
 * abbreviations that always precede a name or a number. */
#define W(s) {s, sizeof s - 1}
static const struct {
	const char *s;
	size_t len;
} prefixes[] = {
	W("TP"), W("Tp"), W("tp"), W("TX"), W("Tx"), W("TT"), W("Q"), W("P"), W("H"), W("X"), W("Tr"),
	W("tr"), W("St"), W("Mr"), W("Mrs"), W("Ms"), W("Dr"), W("TS"), W("Ts"), W("ThS"), W("Ths"),
	W("Th.S"), W("TSKH"), W("PGS"), W("GS"), W("PGS.TS"), W("GS.TS"), W("PGS.TSKH"), W("GS.TSKH"),
	W("BS"), W("Bs"), W("BSCKI"), W("BSCKII"), W("CKI"), W("CKII"), W("KS"), W("Ks"), W("CN"),
	W("LS"), W("NSND"), W("NSƯT"), W("NNƯT"), W("NGƯT"), W("NGND"), W("ĐT"), W("Đ/c"), W("đ/c"),
	W("Đc"), W("Nxb"), W("NXB"), W("Sđd"), W("sđd"), W("tt"), W("Tel"), W("Fax"), W("No"),
	W("no"), W("Vol"), W("vol"), W("Ch"), W("ch"), W("pp"), W("Op"), W("op"), W("Gs"), W("Pgs"),
};
#undef W

static bool is_prefix_word(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
		if (prefixes[i].len == n && memcmp(prefixes[i].s, w, n) == 0)
			return true;
	return false;
}

/* Bytes that can begin an end mark. */
static const bool may_end[256] = {['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1};

/* Whether any of the eight bytes at s may begin an end mark. */
static bool word_may_end(const unsigned char *s)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t w, a, b, c, d;

	memcpy(&w, s, 8);
	a = w ^ (ones * '.');
	b = w ^ (ones * '!');
	c = w ^ (ones * '?');
	d = w ^ (ones * 0xE2);
	return (((a - ones) & ~a) | ((b - ones) & ~b) | ((c - ones) & ~c) | ((d - ones) & ~d)) & highs;
}

/* Length of a closing quote or bracket at s, or 0. */
static size_t closer_len(const unsigned char *s, size_t n)
{
	if (n >= 1 && (s[0] == '"' || s[0] == '\'' || s[0] == ')' || s[0] == ']' || s[0] == '}'))
		return 1;
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xBB)
		return 2; /* » */
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9D || s[2] == 0x99))
		return 3; /* ” ’ */
	return 0;
}

/* Length of an end mark at s: . ! ? or … */
static size_t mark_len(const unsigned char *s, size_t n)
{
	if (s[0] == '.' || s[0] == '!' || s[0] == '?')
		return 1;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA6)
		return 3;
	return 0;
}

/* Whether the period at s[dot] closes an abbreviation, a title or an initial,
 * so that what follows continues the sentence. */
static bool period_continues(const char *s, size_t dot)
{
	size_t start = dot, len;
	uint32_t cp;
	int k;

	/* The word before the period: letters, digits, dots and a slash (Đ/c). */
	while (start > 0) {
		unsigned char c = (unsigned char)s[start - 1];
		if (c == '.' || c == '/' || (c >= '0' && c <= '9')) {
			start--;
			continue;
		}
		k = u8_decode_back((const unsigned char *)s, start, &cp);
		if (!vn_is_letter(cp))
			break;
		start -= (size_t)k;
	}
	len = dot - start;
	if (len == 0)
		return false;
	if (is_prefix_word(s + start, len))
		return true;
	/* A single capital is an initial (Nguyễn V. Thành); so is a run of them (A.B.) */
	k = u8_decode((const unsigned char *)s + dot - len, len, &cp);
	if (k > 0 && (size_t)k == len && vn_is_upper(cp))
		return true;
	if (len >= 3 && s[dot - 2] == '.' && ((unsigned char)s[dot - 1] < 0x80) && s[dot - 1] >= 'A' && s[dot - 1] <= 'Z')
		return true;
	/* A list number opening the sentence: "1. Tiếp tục ..." */
	if (start == 0 && len <= 3) {
		size_t i;
		for (i = 0; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == len)
			return true;
	}
	return false;
}

/* A short photo credit ("Ảnh: Mai Hoa") closing a caption that has no final
 * period is a sentence of its own; returns where it starts, or 0. */
static size_t credit_start(const char *s, size_t n)
{
	static const char credit[] = "\xE1\xBA\xA2nh:"; /* Ảnh: */
	const size_t clen = sizeof credit - 1, tail_max = 64;
	size_t i = n > tail_max + clen ? n - tail_max - clen : 1;

	for (; i + clen <= n; i++) {
		if (memcmp(s + i, credit, clen) != 0)
			continue;
		if (s[i - 1] == ' ' && i >= 2 && s[i - 2] != '(')
			return i;
	}
	return 0;
}

/* Length of a dash (- – —) at s, or 0. */
static size_t dash_len(const unsigned char *s, size_t n)
{
	if (s[0] == '-')
		return 1;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94))
		return 3;
	return 0;
}

/* Whether s starts with a lowercase letter. A quote before it does not
 * count: quoted speech may start in lowercase after a full stop. */
static bool starts_lowercase(const unsigned char *s, size_t n)
{
	uint32_t cp;

	return n > 0 && u8_decode(s, n, &cp) > 0 && vn_is_lower(cp);
}

static bool is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static size_t skip_space(const char *s, size_t n, size_t i)
{
	size_t k;

	while (i < n && (k = vn_space_len(s + i, n - i)))
		i += k;
	return i;
}

size_t seg_next(const char *s, size_t n, bool final)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, end, rest;

	for (;;) {
		size_t mark, sp, k, closers;
		bool period_only;

		/* Find the next end mark: '.', '!', '?', or the lead byte of … */
		while (i + 8 <= n && !word_may_end(u + i))
			i += 8;
		while (i < n && !may_end[u[i]])
			i++;
		if (i >= n)
			break;
		if (!final && n - i < SEG_LOOKAHEAD)
			return 0;
		mark = mark_len(u + i, n - i);
		if (!mark) {
			i++;
			continue;
		}
		/* The run of marks (..., ?!, …) and the closers after it. */
		end = i;
		period_only = true;
		while (end < n && (k = mark_len(u + end, n - end))) {
			if (u[end] != '.' || end > i)
				period_only = false;
			end += k;
		}
		closers = 0;
		while (end < n && (k = closer_len(u + end, n - end)))
			end += k, closers++;
		if (end >= n)
			return final ? n : 0;
		sp = skip_space(s, n, end);
		if (sp == end) { /* 1.793, Baonghean.vn, 05-CT/TW. */
			i = end;
			continue;
		}
		if (sp >= n)
			return final ? end : 0;
		/* A quote set off by a space but followed by a mark closes this
		 * sentence ("... rồi... ".): take it and look again after it. */
		if ((k = closer_len(u + sp, n - sp)) && sp + k < n && (mark_len(u + sp + k, n - sp - k) ||
		    closer_len(u + sp + k, n - sp - k) || u[sp + k] == ',')) {
			i = sp + k;
			continue;
		}
		if (starts_lowercase(u + sp, n - sp)) {
			i = sp;
			continue;
		}
		/* An attribution after a quote, or a lowercase clause after a dash:
		 * "... lắm!" - ông nói. */
		if ((k = dash_len(u + sp, n - sp))) {
			size_t after = skip_space(s, n, sp + k);
			if (after > sp + k && (closers > 0 || starts_lowercase(u + after, n - after))) {
				i = after;
				continue;
			}
		}
		/* A digit on both sides: a number broken by a space (500. 000đ). */
		if (u[i] == '.' && i > 0 && is_digit(u[i - 1]) && is_digit(u[sp])) {
			i = sp;
			continue;
		}
		/* After an ellipsis a number continues the sentence (Đào hầm suốt... 15 năm). */
		if (!period_only && u[i] != '!' && u[i] != '?' && is_digit(u[sp])) {
			i = sp;
			continue;
		}
		if (period_only && period_continues(s, i)) {
			i = sp;
			continue;
		}
		return end;
	}
	if (!final)
		return 0;
	rest = credit_start(s, n);
	return rest ? rest : n;
}
