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

/* ---- The sentence as tokens ---- */

bool tok_is_word(const struct tokens *x, int i)
{
	return i >= 0 && i < x->n && !x->t[i].punct;
}

bool tok_is_punct(const struct tokens *x, int i, char mark)
{
	return i >= 0 && i < x->n && x->t[i].punct == mark;
}

/* Whether token i is the first word of w (lower case, up to a space or the
 * end), letter case aside; *rest is then where that word of w ends. */
static bool token_starts(const struct tokens *x, int i, const char *w, const char **rest)
{
	const struct token *t;
	size_t j, n;

	if (!tok_is_word(x, i))
		return false;
	t = &x->t[i];
	n = t->end - t->start;
	if (n > TOKEN_LOW_MAX)
		return false;
	/* t->low has no space and no NUL: a match stops within the word of w. */
	for (j = 0; j < n; j++)
		if (t->low[j] != (unsigned char)w[j])
			return false;
	*rest = w + n;
	return w[n] == ' ' || !w[n];
}

bool tok_is(const struct tokens *x, int i, const char *w)
{
	const char *rest;

	return tok_is_word(x, i) && x->t[i].low[0] == (unsigned char)w[0] &&
	       token_starts(x, i, w, &rest) && !*rest;
}

int tok_phrase(const struct tokens *x, int i, const char *phrase)
{
	int k = 0;

	/* Most words differ in their first byte: a quick no. */
	if (!tok_is_word(x, i) || x->t[i].low[0] != (unsigned char)phrase[0])
		return 0;
	for (;;) {
		if (!token_starts(x, i + k, phrase, &phrase))
			return 0;
		k++;
		if (!*phrase)
			return k;
		phrase++;
	}
}

int tok_list(const struct tokens *x, int i, const char *const *list, size_t n, size_t *which)
{
	size_t k;
	int m;

	if (!tok_is_word(x, i))
		return 0;
	/* The first bytes are compared here: most phrases end there. */
	for (k = 0; k < n; k++)
		if (x->t[i].low[0] == (unsigned char)list[k][0] && (m = tok_phrase(x, i, list[k]))) {
			if (which)
				*which = k;
			return m;
		}
	return 0;
}

int tok_list_before(const struct tokens *x, int a, int b, const char *const *list, size_t n)
{
	size_t k;
	int w;

	for (k = 0; k < n; k++) {
		const char *p = list[k];
		for (w = 1; *p; p++)
			w += *p == ' ';
		if (b - w >= a && tok_phrase(x, b - w, list[k]) == w)
			return w;
	}
	return 0;
}

struct span tok_span(const struct tokens *x, int a, int b)
{
	struct span p = {0, 0};

	if (a < b) {
		p.start = x->t[a].start;
		p.len = x->t[b - 1].end - p.start;
	}
	return p;
}

/* The mark at s (n bytes), its length in *len; 0 when s is no mark. */
static char mark_at(const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;

	*len = 1;
	switch (u[0]) {
	case ',': return ',';
	case ';': return ';';
	case ':': return ':';
	case '.': case '!': case '?': return '.';
	case '(': case '[': return '(';
	case ')': case ']': return ')';
	case '"': return '"';
	case '-': return '-';
	}
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80) {
		*len = 3;
		switch (u[2]) {
		case 0x9C: case 0x98: return 'o'; /* “ ‘ */
		case 0x9D: case 0x99: return 'c'; /* ” ’ */
		case 0x93: case 0x94: return '-'; /* – — */
		case 0xA6: return '.';            /* … */
		}
	}
	if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB)) {
		*len = 2;
		return u[1] == 0xAB ? 'o' : 'c';
	}
	return 0;
}

/* Fills in t->low and t->upper of the word t of s. */
static void fold(const char *str, struct token *t)
{
	const unsigned char *s = (const unsigned char *)str + t->start;
	size_t n = t->end - t->start, j;
	uint32_t cp;
	int k;

	for (j = 0; j < n && j < TOKEN_LOW_MAX; j += (size_t)k) {
		k = 1;
		if (s[j] < 0x80)
			t->low[j] = s[j] >= 'A' && s[j] <= 'Z' ? s[j] + 32 : s[j] ? s[j] : 0xFF;
		else if ((k = u8_decode(s + j, n - j, &cp)) > 0)
			u8_encode(vn_to_lower(cp), (char *)t->low + j);
		else
			t->low[j] = 0xFF, k = 1;
	}
	t->upper = (s[0] >= 'A' && s[0] <= 'Z') ||
		   (s[0] >= 0x80 && u8_decode(s, n, &cp) > 0 && vn_is_upper(cp));
}

/* Whether the mark m (k bytes) at s + i stays inside the word that began at
 * start: a one-byte mark between a word's bytes and a digit ("2016-2020",
 * "98,35"), or, but for , . and :, before a capital or a digit ("05-CT/TW"). */
static bool mark_inside(const char *s, size_t n, size_t i, size_t start, char m, size_t k)
{
	return k == 1 && m != '(' && m != ')' && m != '"' && i > start && i + 1 < n &&
	       (vn_is_digit(s[i + 1]) ||
		(s[i] != ',' && s[i] != '.' && s[i] != ':' && (unsigned char)s[i + 1] >= 'A'));
}

size_t tokenize(struct tokens *x, const char *s, size_t from, size_t n)
{
	size_t i = from;

	x->s = s;
	x->n = 0;
	while (i < n && x->n < TOKEN_MAX) {
		size_t k = vn_space_len(s + i, n - i), start;
		struct token *t;
		char m;
		if (k) {
			i += k;
			continue;
		}
		t = &x->t[x->n++];
		t->start = start = i;
		t->upper = false;
		t->memo = 0;
		m = mark_at(s + i, n - i, &k);
		if (m) {
			t->punct = m;
			t->sep = m == ',' || m == ';';
			t->end = i += k;
			continue;
		}
		t->punct = 0;
		while (i < n) {
			unsigned char c = (unsigned char)s[i];
			/* Letters, digits and the bytes of most characters go on the
			 * word: spaces and marks begin with C2, E2, E3 or EF, or are ASCII. */
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			    (c >= 0x80 && c < 0xC2) || (c > 0xC2 && c < 0xE2)) {
				i++;
				continue;
			}
			if (vn_space_len(s + i, n - i))
				break;
			if ((m = mark_at(s + i, n - i, &k)) && !mark_inside(s, n, i, start, m, k))
				break;
			i++;
		}
		t->end = i;
		fold(s, t);
		t->sep = tok_is(x, x->n - 1, "và") || tok_is(x, x->n - 1, "cùng");
	}
	return i;
}
