/* clean.c: one pass over a line that normalizes spaces, drops invisible and
 * control characters, composes decomposed vowels and places tone marks in one
 * style.  The word being read is the tail of the output buffer, so a combining
 * mark or a tone move only ever rewrites the current syllable. */
#include "clean.h"
#include "compose.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Longer letter runs are not syllables and are never rewritten; the longest
 * Vietnamese syllables ("nghiệng", "khuỷu") take under 10 bytes. */
#define WORD_MAX 32

enum { OTHER, LETTER, SPACE, DROP, MARK };

/* What each ASCII byte is: d dropped, s a space, p another visible character,
 * or a letter, in upper case: L in general, and for the rhymes oa, oe and uy,
 * O an o, Q an a or e, U a u, W a y.  A pair to look at is a letter two codes
 * above the one before it (O then Q, U then W). */
static const char ascii_class[128 + 1] =
	"dddddddddsssssdd" "dddddddddddddddd"
	"sppppppppppppppp" "pppppppppppppppp"
	"pQLLLQLLLLLLLLLO" "LLLLLULLLWLppppp"
	"pQLLLQLLLLLLLLLO" "LLLLLULLLWLppppd";

/* The same letter codes for U+00C0-U+00FF (x for × and ÷). */
static const char latin1_family[64 + 1] =
	"QQQQQQLLQQQQLLLL" "LLOOOOOxOUUUUWLL"
	"QQQQQQLLQQQQLLLL" "LLOOOOOxOUUUUWLW";

void clean_init(struct cleaner *c, bool modern)
{
	memset(c, 0, sizeof *c);
	c->modern = modern;
	c->cap = 4096;
	c->buf = xmalloc(c->cap);
	clean_start(c);
}

void clean_free(struct cleaner *c)
{
	free(c->buf);
	c->buf = NULL;
}

void clean_start(struct cleaner *c)
{
	c->len = c->last = 0;
	c->word = CLEAN_NO_WORD;
	c->started = c->space = false;
}

/* The class of a character outside ASCII. */
static int multi_class(uint32_t cp)
{
	switch (cp) {
	case 0x0085: case 0x00A0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000:
		return SPACE;
	case 0x00AD: case 0x180E: case 0x2060: case 0xFEFF:
		return DROP;
	}
	if (cp < 0xA0)
		return DROP; /* C1 controls */
	if (cp >= 0x2000 && cp <= 0x200A)
		return SPACE;
	if (cp >= 0x200B && cp <= 0x200F)
		return DROP; /* zero-width space and joiners, direction marks */
	if (cp >= 0x0300 && cp <= 0x036F)
		return MARK;
	return vn_is_letter(cp) ? LETTER : OTHER;
}

/* Writes the space that waits, now that something visible follows it. */
static void put_space(struct cleaner *c)
{
	if (c->space) {
		c->buf[c->len++] = ' ';
		c->space = false;
	}
	c->started = true;
}

static void start_word(struct cleaner *c)
{
	put_space(c);
	c->word = c->len;
	c->ascii = true;
	c->odd = c->long_word = c->pair = false;
	c->after = 'L';
}

/* Lower-case ASCII for the consonants of a syllable, '#' for đ and Đ, 0 for
 * anything that is not a consonant letter. */
static char consonant(uint32_t cp)
{
	if (cp == 0x110 || cp == 0x111)
		return '#';
	if (cp >= 'A' && cp <= 'Z')
		cp += 'a' - 'A';
	if (cp >= 'a' && cp <= 'z' && !strchr("aeiouy", (int)cp))
		return (char)cp;
	return 0;
}

/* "qu" and "gi" are left out: their u and i are not vowels of the rhyme. */
static const char *const initials[] = {
	"", "b", "c", "ch", "d", "#", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng",
	"ngh", "nh", "p", "ph", "r", "s", "t", "th", "tr", "v", "x",
};
static const char *const finals[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};

static bool in_list(const char *s, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(s, list[i]) == 0)
			return true;
	return false;
}

/* Reads consonant letters from cps[*i] on into out (room for 4); false if
 * more than three, or not consonants, come before end or a vowel. */
static bool consonants(const uint32_t *cps, size_t n, size_t *i, char *out)
{
	size_t k = 0;
	char ch;

	while (*i < n && (ch = consonant(cps[*i]))) {
		if (k == 3)
			return false;
		out[k++] = ch;
		++*i;
	}
	out[k] = '\0';
	return true;
}

/* Whether two vowels make one of the rhymes oa, oă, oe, uy; oă only comes
 * before a final consonant. */
static bool tone_rhyme(const struct vn_vowel *v1, const struct vn_vowel *v2, bool closed)
{
	char a = (char)(v1->letter | 0x20), b = (char)(v2->letter | 0x20);

	if (v1->shape != VN_NO_SHAPE)
		return false;
	if (a == 'o' && (b == 'a' || b == 'e'))
		return v2->shape == VN_NO_SHAPE || (closed && b == 'a' && v2->shape == VN_BREVE);
	return a == 'u' && b == 'y' && v2->shape == VN_NO_SHAPE;
}

/* Moves the tone of the word at the end of buf when it is unambiguously a
 * syllable whose rhyme is oa, oă, oe or uy: on the first vowel in an open
 * syllable (hòa, thủy) unless c->modern (hoà, thuỷ), on the second one before
 * a final consonant (hoàng, huỳnh) in both styles. */
static void place_tone(struct cleaner *c)
{
	uint32_t cps[10];
	size_t n = 0, pos = c->word, i = 0, first;
	struct vn_vowel v1, v2;
	char initial[4], final[4];
	unsigned char tone;
	bool closed, on_first;
	char out[40];
	size_t outlen = 0;

	while (pos < c->len) {
		int k;
		if (n == sizeof cps / sizeof *cps)
			return;
		k = u8_decode((const unsigned char *)c->buf + pos, c->len - pos, &cps[n]);
		if (k <= 0)
			return;
		pos += (size_t)k;
		n++;
	}
	for (first = 0; first < n && !vn_vowel_split(cps[first], &v1); first++)
		;
	if (first + 2 > n || !vn_vowel_split(cps[first + 1], &v2))
		return;
	closed = first + 2 < n;
	if (!tone_rhyme(&v1, &v2, closed) || (v1.tone != VN_NO_TONE) == (v2.tone != VN_NO_TONE))
		return; /* another rhyme; no tone, or two */
	on_first = !closed && !c->modern;
	if ((on_first && v1.tone) || (!on_first && v2.tone))
		return; /* already in place: the common case */
	if (!consonants(cps, n, &i, initial) || i != first ||
	    !in_list(initial, initials, sizeof initials / sizeof *initials))
		return;
	i += 2;
	if (!consonants(cps, n, &i, final) || i != n || !in_list(final, finals, sizeof finals / sizeof *finals))
		return;
	tone = v1.tone | v2.tone;
	v1.tone = on_first ? tone : VN_NO_TONE;
	v2.tone = on_first ? VN_NO_TONE : tone;
	cps[first] = vn_vowel_join(&v1);
	cps[first + 1] = vn_vowel_join(&v2);
	for (i = 0; i < n; i++)
		outlen += (size_t)u8_encode(cps[i], out + outlen);
	/* The word may grow by a byte (ùy to uỳ); clean_feed keeps room for it. */
	memcpy(c->buf + c->word, out, outlen);
	c->len = c->word + outlen;
	c->last = c->len - (size_t)u8_encode(cps[n - 1], out);
}

static void end_word(struct cleaner *c)
{
	if (c->word == CLEAN_NO_WORD)
		return;
	if (c->pair && !c->ascii && !c->odd && !c->long_word && c->len - c->word <= WORD_MAX)
		place_tone(c);
	c->word = CLEAN_NO_WORD;
}

static void put_bytes(struct cleaner *c, const unsigned char *s, size_t k)
{
	c->last = c->len;
	memcpy(c->buf + c->len, s, k);
	c->len += k;
}

/* A combining mark: composed with the letter before it when they make one. */
static void put_mark(struct cleaner *c, uint32_t mark, const unsigned char *s, int k)
{
	uint32_t base = 0, composed = 0;

	if (c->word != CLEAN_NO_WORD) {
		u8_decode((unsigned char *)c->buf + c->last, c->len - c->last, &base);
		composed = vn_compose(base, mark);
		c->ascii = false;
	} else {
		put_space(c);
	}
	if (composed) {
		c->len = c->last + (size_t)u8_encode(composed, c->buf + c->last);
		return;
	}
	if (c->word != CLEAN_NO_WORD)
		c->odd = true;
	if (mark == 0x0340 || mark == 0x0341) { /* old forms of the grave and acute */
		c->last = c->len;
		c->len += (size_t)u8_encode(mark - 0x40, c->buf + c->len);
	} else {
		put_bytes(c, s, (size_t)k);
	}
}

/* The letter code (as in ascii_class) of a Latin letter outside ASCII. */
static char letter_family(uint32_t cp)
{
	struct vn_vowel v;

	if (cp < 0x100)
		return latin1_family[cp - 0xC0];
	/* U+1EA0-U+1EF9 runs a, e, i, o, u, y. */
	if (cp >= 0x1EA0)
		return cp < 0x1EC8 ? 'Q' : cp < 0x1ECC ? 'L' : cp < 0x1EE4 ? 'O' : cp < 0x1EF2 ? 'U' : 'W';
	if (!vn_vowel_split(cp, &v))
		return 'L';
	switch (v.letter | 0x20) {
	case 'a': case 'e': return 'Q';
	case 'o': return 'O';
	case 'u': return 'U';
	case 'y': return 'W';
	}
	return 'L';
}

/* The length of the Latin letter at s (U+00C0-U+024F but × and ÷, and the
 * Vietnamese U+1EA0-U+1EF9), with its code point in *cp; 0 for anything else. */
static int latin_letter(const unsigned char *s, size_t n, uint32_t *cp)
{
	if (s[0] >= 0xC3 && s[0] <= 0xC9 && n >= 2 && (s[1] & 0xC0) == 0x80) {
		*cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
		return *cp < 0x250 && *cp != 0xD7 && *cp != 0xF7 ? 2 : 0;
	}
	if (s[0] == 0xE1 && n >= 3 && (s[1] == 0xBA || s[1] == 0xBB) && (s[2] & 0xC0) == 0x80) {
		*cp = 0x1E00 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
		return *cp >= 0x1EA0 && *cp <= 0x1EF9 ? 3 : 0;
	}
	return 0;
}

/* Reads the run of Latin letters at s[i], the bulk of any text, with the
 * state in locals; returns where the run ends. */
static size_t letter_run(struct cleaner *c, const unsigned char *s, size_t i, size_t n)
{
	char *out, *last, after;
	bool pair, ascii;

	if (c->word == CLEAN_NO_WORD)
		start_word(c);
	out = c->buf + c->len, last = c->buf + c->last;
	after = c->after, pair = c->pair, ascii = c->ascii;
	while (i < n) {
		char family;
		uint32_t cp;
		int k;

		if (s[i] < 0x80) {
			family = ascii_class[s[i]];
			if (family >= 'a')
				break;
			last = out;
			*out++ = (char)s[i++];
		} else {
			k = latin_letter(s + i, n - i, &cp);
			if (!k)
				break;
			family = letter_family(cp);
			ascii = false;
			last = out;
			*out++ = (char)s[i++];
			*out++ = (char)s[i++];
			if (k == 3)
				*out++ = (char)s[i++];
		}
		pair |= family - after == 2;
		after = family;
	}
	c->len = (size_t)(out - c->buf), c->last = (size_t)(last - c->buf);
	c->after = after, c->pair = pair, c->ascii = ascii;
	return i;
}

void clean_feed(struct cleaner *c, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	/* Output never outgrows its input by more than a byte per word. */
	if (c->cap < c->len + 2 * n + 16) {
		c->cap = c->len + 2 * n + 16;
		c->buf = xrealloc(c->buf, c->cap);
	}
	while (i < n) {
		char ac = s[i] < 0x80 ? ascii_class[s[i]] : 'm';
		uint32_t cp;
		int cl, k;

		if (ac == 'p') {
			/* A run of digits and punctuation. */
			char *out;
			end_word(c);
			put_space(c);
			out = c->buf + c->len;
			do
				*out++ = (char)s[i++];
			while (i < n && s[i] < 0x80 && ascii_class[s[i]] == 'p');
			c->len = (size_t)(out - c->buf);
			c->last = c->len - 1;
			continue;
		}
		if (ac == 's') {
			end_word(c);
			c->space = c->started;
			i++;
			continue;
		}
		if (ac == 'd') {
			i++;
			continue;
		}
		if (ac != 'm' || latin_letter(s + i, n - i, &cp)) {
			i = letter_run(c, s, i, n);
			continue;
		}
		k = u8_decode(s + i, n - i, &cp);
		if (k <= 0) {
			/* Not UTF-8 (the input layer never sends it): copied as it is. */
			end_word(c);
			put_space(c);
			put_bytes(c, s + i++, 1);
			continue;
		}
		cl = multi_class(cp);
		if (cl == LETTER) {
			if (c->word == CLEAN_NO_WORD)
				start_word(c);
			c->ascii = false;
			c->after = 'L';
			put_bytes(c, s + i, (size_t)k);
		} else if (cl == MARK) {
			put_mark(c, cp, s + i, k);
		} else if (cl == OTHER) {
			end_word(c);
			put_space(c);
			put_bytes(c, s + i, (size_t)k);
		} else if (cl == SPACE) {
			end_word(c);
			c->space = c->started;
		}
		i += (size_t)k;
	}
}

void clean_end(struct cleaner *c)
{
	end_word(c);
	c->space = false;
}

size_t clean_settled(struct cleaner *c)
{
	if (c->word == CLEAN_NO_WORD)
		return c->len;
	if (c->len - c->word > WORD_MAX)
		c->long_word = true;
	/* A long word is never rewritten, but its last letter may still take a mark. */
	return c->long_word ? c->last : c->word;
}

void clean_take(struct cleaner *c, size_t n)
{
	memmove(c->buf, c->buf + n, c->len - n);
	c->len -= n;
	c->last = c->last > n ? c->last - n : 0;
	if (c->word != CLEAN_NO_WORD)
		c->word = c->word > n ? c->word - n : 0;
}
