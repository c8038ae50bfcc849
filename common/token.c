/* token.c: phrases matched on the bytes of a sentence, and the sentence as tokens. */
#include "token.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <stdint.h>
#include <string.h>

/* ---- On the bytes ---- */

/* memcmp for the few bytes of a letter or a short word, without the call. */
static bool same_bytes(const char *a, const char *b, size_t n)
{
	while (n > 0 && *a == *b)
		a++, b++, n--;
	return n == 0;
}

/* The code point of a phrase's character of l bytes at p (phrases are UTF-8). */
static uint32_t phrase_char(const char *p, int l)
{
	uint32_t cp = (unsigned char)p[0] & (0x7F >> l);
	int k;

	for (k = 1; k < l; k++)
		cp = cp << 6 | ((unsigned char)p[k] & 0x3F);
	return cp;
}

size_t match_phrase_rest(const char *s, size_t n, size_t i, const char *p)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char c, last;
	uint32_t a, b;
	int k, l, d;

	/* Most tries fail at the first letters: bytes decide that, and the
	 * text in lower case, without decoding a character. */
	while ((c = (unsigned char)*p)) {
		if (c == ' ') {
			size_t j = vn_skip_spaces(s, n, i);
			if (j == i)
				return 0;
			i = j;
			p++;
			continue;
		}
		if (i >= n)
			return 0;
		if (c < 0x80) {
			/* no other character lowers to an ASCII one */
			if (u[i] != c && !(c >= 'a' && c <= 'z' && (u[i] | 0x20) == c))
				return 0;
			i++, p++;
			continue;
		}
		l = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
		last = (unsigned char)p[l - 1];
		/* A capital is 1 or 0x20 below its lower case (vn_capitals).
		 * After the same leading bytes, the text's letter is the phrase's
		 * moved by the difference of the last bytes; */
		if ((size_t)l <= n - i && same_bytes(s + i, p, (size_t)l - 1)) {
			d = last - u[i + l - 1];
			if (d && ((u[i + l - 1] & 0xC0) != 0x80 || (d != 1 && d != 0x20)))
				return 0;
			if (d && (b = phrase_char(p, l), vn_to_lower(b - (uint32_t)d) != b))
				return 0;
			i += l, p += l;
			continue;
		}
		/* other leading bytes come of a move that borrows from the last
		 * byte's six bits, which needs them below 0x20. */
		if (u[i] < 0x80 || (last & 0x3F) >= 0x20)
			return 0;
		/* Phrases hold whole characters, so four bytes are enough to decode one. */
		l = u8_decode((const unsigned char *)p, 4, &b);
		k = u8_decode(u + i, n - i, &a);
		if (k <= 0 || l <= 0 || vn_to_lower(a) != b)
			return 0;
		i += k, p += l;
	}
	return vn_word_char_len(s + i, n - i) ? 0 : i;
}

size_t match_phrase_back(const char *s, size_t i, const char *p)
{
	size_t len = strlen(p), start;

	/* Spaces in p may stand for more than one: try where its words would
	 * begin if every space were one byte, then step back over the others. */
	if (!strchr(p, ' ')) {
		if (len > i || match_phrase(s, i, i - len, p) != i)
			return (size_t)-1;
		start = i - len;
	} else {
		const char *last = strrchr(p, ' ') + 1;
		size_t k = match_phrase_back(s, i, last), words = 1, j;

		if (k == (size_t)-1)
			return (size_t)-1;
		for (j = 0; p[j]; j++)
			words += p[j] == ' ';
		start = k;
		for (j = 1; j < words; j++) {
			start = word_before(s, start);
			if (start == (size_t)-1)
				return (size_t)-1;
		}
		if (match_phrase(s, i, start, p) != i)
			return (size_t)-1;
	}
	return vn_word_char_len_back(s, start) ? (size_t)-1 : start;
}

/* The byte a phrase is indexed by: its first, ASCII letters in lower case
 * (other capitals begin with the byte their lower case begins with). */
static unsigned char key(unsigned char b)
{
	return b >= 'A' && b <= 'Z' ? b | 0x20 : b;
}

/* The first four bytes of a phrase as a mask and the bits they must have
 * under it, in a text that holds the phrase in any letter case: each byte
 * keeps the bits its letter has in every capital that vn_to_lower lowers to
 * it; the bytes from a space (any spaces) or the phrase's end on, or past a
 * capital of another length, say nothing. */
static void phrase_prefix(const char *p, uint32_t *bits, uint32_t *mask)
{
	unsigned char b[4] = {0}, m[4] = {0}, cap[4];
	uint32_t cp, caps[2];
	size_t i = 0, j, c, ncaps;
	int k, len;
	bool same_length = true;

	while (i < 4 && p[i] && p[i] != ' ' && same_length) {
		k = u8_decode((const unsigned char *)p + i, 4, &cp);
		if (k <= 0)
			die("internal error: a phrase that is not UTF-8");
		for (j = 0; j < (size_t)k && i + j < 4; j++)
			b[i + j] = (unsigned char)p[i + j], m[i + j] = 0xFF;
		ncaps = vn_capitals(cp, caps);
		for (c = 0; c < ncaps; c++) {
			if ((len = u8_encode(caps[c], (char *)cap)) != k)
				same_length = false;
			for (j = 0; j < (size_t)k && j < (size_t)len && i + j < 4; j++)
				m[i + j] &= (unsigned char)~(cap[j] ^ b[i + j]);
		}
		i += (size_t)k;
	}
	memcpy(mask, m, 4);
	memcpy(bits, b, 4);
	*bits &= *mask;
}

static void index_list(struct phrase_list *l)
{
	size_t i, k = 0;
	int b;

	if (l->n > 255)
		die("internal error: a phrase list longer than 255");
	for (b = 0; b < 256; b++) {
		l->from[b] = (unsigned char)k;
		for (i = 0; i < l->n; i++)
			if (key((unsigned char)l->phrases[i][0]) == b) {
				phrase_prefix(l->phrases[i], &l->prefix[k], &l->prefix_mask[k]);
				l->order[k++] = (unsigned short)i;
			}
		l->to[b] = (unsigned char)k;
	}
	l->indexed = true;
}

size_t match_list(const char *s, size_t n, size_t i, struct phrase_list *l, size_t *which)
{
	unsigned char b;
	uint32_t four;
	size_t k, e;

	if (i >= n)
		return 0;
	if (!l->indexed)
		index_list(l);
	b = key((unsigned char)s[i]);
	if (n - i >= 4)
		memcpy(&four, s + i, 4);
	else
		four = 0, memcpy(&four, s + i, n - i);
	/* The phrases stand in their list's order within a byte's run, so the
	 * first that matches is the first of the list. */
	for (k = l->from[b]; k < l->to[b]; k++)
		if ((four & l->prefix_mask[k]) == l->prefix[k] &&
		    (e = match_phrase_rest(s, n, i, l->phrases[l->order[k]]))) {
			if (which)
				*which = l->order[k];
			return e;
		}
	return 0;
}

bool list_may_start(struct phrase_list *l, unsigned char b)
{
	if (!l->indexed)
		index_list(l);
	return l->from[key(b)] < l->to[key(b)];
}

size_t word_before(const char *s, size_t i)
{
	size_t q = vn_skip_spaces_back(s, i), k, e;

	if (q == i || q == 0)
		return (size_t)-1;
	e = q;
	while (q > 0 && (k = vn_word_char_len_back(s, q)))
		q -= k;
	return q == e ? (size_t)-1 : q;
}
