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
		/* A capital has the length of its lower case, and only a capital
		 * lowers to another character: most letters that differ are
		 * turned down without decoding the phrase's. */
		if (u[i] < 0x80 || (u[i] >= 0xF0 ? 4 : u[i] >= 0xE0 ? 3 : 2) != l || !vn_upper_len(s + i, n - i))
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

/* Whether the phrase is in lower case, as match_list's shortcut needs. */
static bool lower_case(const char *p)
{
	uint32_t cp;
	int k;

	for (; *p; p += k)
		if ((k = u8_decode((const unsigned char *)p, 4, &cp)) <= 0 || vn_to_lower(cp) != cp)
			return false;
	return true;
}

static void index_list(struct phrase_list *l)
{
	size_t i, k = 0;
	int b;

	if (l->n > PHRASE_LIST_MAX)
		die("internal error: a phrase list longer than %d", PHRASE_LIST_MAX);
	for (i = 0; i < l->n; i++)
		if (!lower_case(l->phrases[i]))
			die("internal error: phrase '%s' is not in lower case", l->phrases[i]);
	for (b = 0; b < 256; b++) {
		l->from[b] = (unsigned short)k;
		for (i = 0; i < l->n; i++)
			if (key((unsigned char)l->phrases[i][0]) == b) {
				l->second[k] = l->phrases[i][0] && l->phrases[i][1] != ' ' ? (unsigned char)l->phrases[i][1] : 0;
				l->order[k++] = (unsigned short)i;
			}
		l->to[b] = (unsigned short)k;
	}
	l->indexed = true;
}

/* How many characters of the text match_list puts in lower case once. */
enum { HEAD_CHARS = 3 };

/* The first HEAD_CHARS characters at s + i in lower case, into out (4 bytes
 * each); fewer at the end of the text, at a space or a NUL (so that no byte
 * of the head is one), or before bytes that are not UTF-8. Returns their
 * length. */
static size_t lower_head(const char *s, size_t n, size_t i, char *out)
{
	size_t len = 0;
	uint32_t cp;
	int c, k;

	for (c = 0; c < HEAD_CHARS && i < n; c++, i += (size_t)k) {
		unsigned char b = (unsigned char)s[i];

		if (b < 0x80) {
			if (b == ' ' || b == '\0')
				break;
			out[len++] = (char)(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
			k = 1;
			continue;
		}
		if ((k = u8_decode((const unsigned char *)s + i, n - i, &cp)) <= 0)
			break;
		len += (size_t)u8_encode(vn_to_lower(cp), out + len);
	}
	return len;
}

size_t match_list(const char *s, size_t n, size_t i, struct phrase_list *l, size_t *which)
{
	unsigned char b;
	size_t k, e, j, hlen;
	char head[4 * HEAD_CHARS];
	const char *p;

	if (i >= n)
		return 0;
	if (!l->indexed)
		index_list(l);
	b = key((unsigned char)s[i]);
	if (l->from[b] == l->to[b])
		return 0;
	/* A phrase whose first characters (up to a space) differ from the
	 * text's in lower case cannot match: most are turned down so, with the
	 * text lowered once rather than at each phrase. */
	hlen = lower_head(s, n, i, head);
	/* The phrases stand in their list's order within a byte's run, so the
	 * first that matches is the first of the list. */
	for (k = l->from[b]; k < l->to[b]; k++) {
		/* most are turned down by their second byte, without a look at the phrase */
		if (hlen > 1 && l->second[k] && l->second[k] != (unsigned char)head[1])
			continue;
		p = l->phrases[l->order[k]];
		/* (the first byte is the run's, and match_from compares it; a
		 * byte equal to the head's is no space and no NUL) */
		for (j = 1; j < hlen && p[j] == head[j]; j++)
			;
		if (j < hlen && p[j] != ' ' && p[j])
			continue;
		if ((e = match_from(s, n, i, p))) {
			if (which)
				*which = l->order[k];
			return e;
		}
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
