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

/* match_phrase past its first byte, which the caller has compared. */
static size_t match_from(const char *s, size_t n, size_t i, const char *p)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char c;
	uint32_t a, b;
	int k, l;

	/* Most tries fail at the first letter: bytes decide that, and the text
	 * in lower case, without decoding a character. */
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
		if ((size_t)l <= n - i && same_bytes(s + i, p, (size_t)l)) {
			i += l, p += l;
			continue;
		}
		if (u[i] < 0x80)
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

size_t match_phrase(const char *s, size_t n, size_t i, const char *p)
{
	unsigned char c = (unsigned char)*p, b;

	/* No character lowers to an ASCII letter but that letter in capitals,
	 * nor an ASCII one to a character outside ASCII. */
	if (i >= n)
		return 0;
	b = (unsigned char)s[i];
	if (c >= 'a' && c <= 'z' ? (b | 0x20) != c : c >= 0x80 && b < 0x80)
		return 0;
	return match_from(s, n, i, p);
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

static void index_list(struct phrase_list *l)
{
	size_t i, k = 0;
	int b;

	if (l->n > 255)
		die("internal error: a phrase list longer than 255");
	for (b = 0; b < 256; b++) {
		l->from[b] = (unsigned char)k;
		for (i = 0; i < l->n; i++)
			if (key((unsigned char)l->phrases[i][0]) == b)
				l->order[k++] = (unsigned short)i;
		l->to[b] = (unsigned char)k;
	}
	l->indexed = true;
}

size_t match_list(const char *s, size_t n, size_t i, struct phrase_list *l, size_t *which)
{
	unsigned char b;
	size_t k, e;

	if (i >= n)
		return 0;
	if (!l->indexed)
		index_list(l);
	b = key((unsigned char)s[i]);
	/* The phrases stand in their list's order within a byte's run, so the
	 * first that matches is the first of the list. */
	for (k = l->from[b]; k < l->to[b]; k++)
		if ((e = match_from(s, n, i, l->phrases[l->order[k]]))) {
			if (which)
				*which = l->order[k];
			return e;
		}
	return 0;
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

size_t word_end(const char *s, size_t n, size_t i)
{
	size_t k;

	while (i < n && (k = vn_word_char_len(s + i, n - i)))
		i += k;
	return i;
}
