/* clean.c: one pass over a line that normalizes spaces, drops invisible and
 * control characters, composes decomposed vowels and places tone marks in one
 * style.  The word being read is the tail of the output buffer, so a combining
 * mark or a tone move only ever rewrites the current syllable.
 *
 * Letters, digits, punctuation and single spaces, the bulk of any text, go
 * through a byte automaton that copies them and follows just enough of the
 * word to see whether its tone may have to move.  Anything else, and the end
 * of a word whose tone may move, is handled by the general rules, one
 * character at a time. */
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

/* The states of the automaton between characters.  It copies every byte it
 * reads: a space is written at once and taken back if the line ends after
 * it, and spaces that are dropped go the slow way.  In a word, the states
 * follow its first rhyme oa, oă, oe or uy, the first two vowels of any
 * syllable whose tone place_tone may move. */
enum {
	AT_START,      /* nothing visible yet on the line */
	SPACED,        /* after a space */
	AFTER_OTHER,   /* after a visible character that is not a letter */
	IN_WORD,       /* in a word, no rhyme yet */
	IN_O,          /* the same after an o without a mark, */
	IN_O_TONED,    /* an o with a tone mark only, */
	IN_U,          /* a u, */
	IN_U_TONED,    /* a u with a tone mark */
	IN_TONE_FIRST, /* just after the rhyme, its tone on the first vowel */
	IN_TONE_SECOND, /* or on the second */
	IN_SETTLED,    /* after the rhyme, its tone where the style wants it */
	IN_MOVE,       /* after the rhyme, its tone may have to move: the end of the word goes to place_tone */
	IN_FIXED,      /* in a word never rewritten (see struct cleaner) */
	STATES
};

/* The first bytes of the multi-byte letters the automaton reads: a lead byte
 * C3-C6 (U+00C0-U+01BF), or E1 and then BA or BB (U+1E80-U+1EFF). */
enum { LEAD_C3, LEAD_E1 = 4, E1_BA, E1_BB, PREFIXES };

/* After the states, one for each state and prefix: the state to come back to
 * if the bytes turn out not to be such a letter. */
#define PARTIAL(state, prefix) (STATES + (state) * PREFIXES + (prefix))
/* Last, a state that never leaves: the character goes through the general rules. */
#define SLOW PARTIAL(STATES, 0)

/* For the state whose row is r (the state times 256) and the byte b, the row
 * of the next state is automaton[r + b].  Rows make a step one addition and
 * one load.  One automaton for each tone style. */
static uint16_t automata[2][(SLOW + 1) * 256];

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
	if (c->pair && !c->ascii && !c->fixed && c->len - c->word <= WORD_MAX)
		place_tone(c);
	c->word = CLEAN_NO_WORD;
}

static void put_bytes(struct cleaner *c, const unsigned char *s, size_t k)
{
	c->last = c->len;
	memcpy(c->buf + c->len, s, k);
	c->len += k;
}

/* Where the letter at the end of buf begins. */
static size_t last_char(const struct cleaner *c)
{
	size_t p = c->len - 1;

	while (p > 0 && ((unsigned char)c->buf[p] & 0xC0) == 0x80)
		p--;
	return p;
}

/* Where the word at the end of buf begins: after the last ASCII byte that is
 * not a letter (the automaton writes no other between words) and not before
 * fence.  Past WORD_MAX bytes the looking stops, as such a word is never
 * rewritten. */
static size_t word_start(const struct cleaner *c)
{
	size_t p = c->len, stop = p - c->fence > WORD_MAX + 1 ? p - (WORD_MAX + 1) : c->fence;

	while (p > stop) {
		unsigned char b = (unsigned char)c->buf[p - 1];
		/* & rather than &&: multi-byte letters and ASCII come in no order. */
		if ((b < 0x80) & (ascii_class[b & 0x7F] >= 'a'))
			break;
		p--;
	}
	return p;
}

/* The parts of the letter at s in *v and a pointer to them if it is a
 * vowel, NULL if not. */
static const struct vn_vowel *letter_vowel(const char *s, size_t n, struct vn_vowel *v)
{
	uint32_t cp;

	return u8_decode((const unsigned char *)s, n, &cp) > 0 && vn_vowel_split(cp, v) ? v : NULL;
}

/* The state in a word with no rhyme yet after a letter: v its parts if it
 * is a vowel, NULL if not. */
static unsigned rhyme_state(const struct vn_vowel *v)
{
	if (!v || v->shape != VN_NO_SHAPE)
		return IN_WORD;
	switch (v->letter | 0x20) {
	case 'o': return v->tone ? IN_O_TONED : IN_O;
	case 'u': return v->tone ? IN_U_TONED : IN_U;
	}
	return IN_WORD;
}

/* Sets the fields of the general rules from the automaton's state. */
static void enter_slow(struct cleaner *c)
{
	unsigned state = c->state;
	unsigned char bytes = 0;
	size_t p;

	c->started = state != AT_START;
	c->space = state == SPACED;
	c->word = CLEAN_NO_WORD;
	if (state < IN_WORD)
		return;
	c->word = word_start(c);
	c->last = last_char(c);
	c->fixed = state == IN_FIXED || c->len - c->word > WORD_MAX;
	/* Before its first rhyme a word has no tone to move (see next_state);
	 * after it, place_tone tells. */
	c->pair = state >= IN_TONE_FIRST;
	c->after = state == IN_O || state == IN_O_TONED ? 'O' : state == IN_U || state == IN_U_TONED ? 'U' : 'L';
	for (p = c->word; p < c->len; p++)
		bytes |= (unsigned char)c->buf[p];
	c->ascii = bytes < 0x80;
}

/* Sets the automaton's state from the fields of the general rules. */
static void leave_slow(struct cleaner *c)
{
	struct vn_vowel v;

	if (c->word == CLEAN_NO_WORD) {
		c->fence = c->len;
		c->state = !c->started ? AT_START : c->space ? SPACED : AFTER_OTHER;
		return;
	}
	c->fence = c->word;
	if (c->fixed || c->len - c->word > WORD_MAX)
		c->state = IN_FIXED;
	else if (c->pair)
		c->state = IN_MOVE;
	else
		c->state = (unsigned char)rhyme_state(letter_vowel(c->buf + c->last, c->len - c->last, &v));
}

/* Something visible follows: the space written before it stays. */
static void show(struct cleaner *c)
{
	c->space = false;
	c->started = true;
}

/* A space, written at once unless one is already there or nothing visible
 * comes before it on the line. */
static void put_blank(struct cleaner *c)
{
	end_word(c);
	if (c->started && !c->space) {
		c->buf[c->len++] = ' ';
		c->space = true;
	}
}

static void start_word(struct cleaner *c)
{
	show(c);
	c->word = c->len;
	c->ascii = true;
	c->fixed = c->pair = false;
	c->after = 'L';
}

/* A letter of k bytes and the letter code family (as in ascii_class). */
static void put_letter(struct cleaner *c, const unsigned char *s, size_t k, char family)
{
	if (c->word == CLEAN_NO_WORD)
		start_word(c);
	if (k > 1)
		c->ascii = false;
	c->pair |= family - c->after == 2;
	c->after = family;
	put_bytes(c, s, k);
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
		show(c);
	}
	if (composed) {
		c->len = c->last + (size_t)u8_encode(composed, c->buf + c->last);
		return;
	}
	if (c->word != CLEAN_NO_WORD)
		c->fixed = true;
	if (mark == 0x0340 || mark == 0x0341) { /* old forms of the grave and acute */
		c->last = c->len;
		c->len += (size_t)u8_encode(mark - 0x40, c->buf + c->len);
	} else {
		put_bytes(c, s, (size_t)k);
	}
}

/* The general rules for the character at s; returns its length. */
static size_t clean_char(struct cleaner *c, const unsigned char *s, size_t n)
{
	uint32_t cp;
	int k;

	if (s[0] < 0x80) {
		char code = ascii_class[s[0]];
		if (code == 'p') {
			end_word(c);
			show(c);
			put_bytes(c, s, 1);
		} else if (code == 's') {
			put_blank(c);
		} else if (code != 'd') {
			put_letter(c, s, 1, code);
		}
		return 1;
	}
	k = latin_letter(s, n, &cp);
	if (k) {
		put_letter(c, s, (size_t)k, letter_family(cp));
		return (size_t)k;
	}
	k = u8_decode(s, n, &cp);
	if (k <= 0) {
		/* Not UTF-8 (the input layer never sends it): copied as it is. */
		end_word(c);
		show(c);
		put_bytes(c, s, 1);
		return 1;
	}
	switch (multi_class(cp)) {
	case LETTER:
		put_letter(c, s, (size_t)k, 'L');
		break;
	case MARK:
		put_mark(c, cp, s, k);
		break;
	case OTHER:
		end_word(c);
		show(c);
		put_bytes(c, s, (size_t)k);
		break;
	case SPACE:
		put_blank(c);
		break;
	}
	return (size_t)k;
}

/* The state after a character of the letter code (as in ascii_class, s for
 * the space only), v its parts if it is a vowel, read in state from; or
 * SLOW.  As in place_tone, the rhyme's tone belongs on its first vowel in an
 * open syllable unless modern, on the second one otherwise. */
static unsigned next_state(unsigned from, const struct vn_vowel *v, char code, bool modern)
{
	bool toned;

	if (code == 's' || code == 'p') {
		if (from == AT_START || from == SPACED)
			return code == 's' ? SLOW : AFTER_OTHER;
		if (from == IN_MOVE || (from == IN_TONE_SECOND && !modern))
			return SLOW;
		return code == 's' ? SPACED : AFTER_OTHER;
	}
	if (code < 'A' || code > 'Z')
		return SLOW;
	switch (from) {
	case IN_FIXED:
	case IN_MOVE:
		return from;
	case IN_TONE_FIRST:
		return IN_MOVE;
	case IN_TONE_SECOND:
	case IN_SETTLED:
		return IN_SETTLED;
	case IN_O: case IN_O_TONED: case IN_U: case IN_U_TONED:
		if (!v)
			break;
		if (from == IN_O || from == IN_O_TONED ?
		    ((v->letter | 0x20) == 'a' || (v->letter | 0x20) == 'e') &&
		    (v->shape == VN_NO_SHAPE || ((v->letter | 0x20) == 'a' && v->shape == VN_BREVE)) :
		    (v->letter | 0x20) == 'y' && v->shape == VN_NO_SHAPE) {
			toned = from == IN_O_TONED || from == IN_U_TONED;
			if (toned == (v->tone != VN_NO_TONE))
				return IN_SETTLED; /* no tone, or two */
			/* In the modern style, both places of the tone are known now. */
			if (toned)
				return modern ? IN_MOVE : IN_TONE_FIRST;
			return modern ? IN_SETTLED : IN_TONE_SECOND;
		}
		break;
	}
	return rhyme_state(v);
}

/* Sets the step from state from with byte b to state to. */
static void step(uint16_t *automaton, unsigned from, unsigned b, unsigned to)
{
	automaton[from * 256 + b] = (uint16_t)(to * 256);
}

/* Sets the steps from every state over the last byte of the character at s
 * (n bytes, of the letter code): from the state itself for ASCII, from its
 * partial state for prefix otherwise. The character is looked at once, not
 * once a state. */
static void char_steps(uint16_t *automaton, unsigned prefix, const char *s, size_t n, char code, bool modern)
{
	struct vn_vowel v;
	const struct vn_vowel *vowel = letter_vowel(s, n, &v);
	unsigned from;

	for (from = 0; from < STATES; from++)
		step(automaton, n == 1 ? from : PARTIAL(from, prefix), (unsigned char)s[n - 1],
		     next_state(from, vowel, code, modern));
}

static void build_automaton(uint16_t *automaton, bool modern)
{
	unsigned from, b, lead, mid;
	uint32_t cp;

	for (b = 0; b < (SLOW + 1) * 256; b++)
		automaton[b] = SLOW * 256;
	for (b = 0; b < 0x80; b++) {
		const char ascii = (char)b;
		char code = b == ' ' || ascii_class[b] != 's' ? ascii_class[b] : 'd';
		char_steps(automaton, 0, &ascii, 1, code, modern);
	}
	for (lead = 0xC3; lead <= 0xC6; lead++) {
		for (from = 0; from < STATES; from++)
			step(automaton, from, lead, PARTIAL(from, LEAD_C3 + lead - 0xC3));
		for (b = 0x80; b < 0xC0; b++) {
			const char letter[2] = {(char)lead, (char)b};
			if (latin_letter((const unsigned char *)letter, 2, &cp))
				char_steps(automaton, LEAD_C3 + lead - 0xC3, letter, 2, letter_family(cp), modern);
		}
	}
	for (from = 0; from < STATES; from++)
		step(automaton, from, 0xE1, PARTIAL(from, LEAD_E1));
	for (mid = 0xBA; mid <= 0xBB; mid++) {
		for (from = 0; from < STATES; from++)
			step(automaton, PARTIAL(from, LEAD_E1), mid, PARTIAL(from, E1_BA + mid - 0xBA));
		for (b = 0x80; b < 0xC0; b++) {
			const char letter[3] = {(char)0xE1, (char)mid, (char)b};
			if (latin_letter((const unsigned char *)letter, 3, &cp))
				char_steps(automaton, E1_BA + mid - 0xBA, letter, 3, letter_family(cp), modern);
		}
	}
}

void clean_init(struct cleaner *c, bool modern)
{
	static bool built[2];

	if (!built[modern]) {
		build_automaton(automata[modern], modern);
		built[modern] = true;
	}
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
	c->len = c->fence = 0;
	c->state = AT_START;
}

/* Goes back to where the character read in state began, with the bytes
 * of it the automaton copied; returns how many it read. */
static size_t back_up(struct cleaner *c, unsigned state)
{
	size_t read = 0;

	if (state >= STATES) {
		read = (state - STATES) % PREFIXES >= E1_BA ? 2 : 1;
		state = (state - STATES) / PREFIXES;
	}
	c->state = (unsigned char)state;
	c->len -= read;
	return read;
}

/* The character at s through the general rules; returns its length. */
static size_t slow_char(struct cleaner *c, const unsigned char *s, size_t n)
{
	size_t k;

	enter_slow(c);
	k = clean_char(c, s, n);
	leave_slow(c);
	return k;
}

void clean_feed(struct cleaner *c, const char *str, size_t n)
{
	const uint16_t *automaton = automata[c->modern];
	const unsigned char *p = (const unsigned char *)str, *end = p + n;
	unsigned row = c->state * 256u;

	/* Output never outgrows its input by more than a byte per word. */
	if (c->cap < c->len + 2 * n + 16) {
		c->cap = c->len + 2 * n + 16;
		c->buf = xrealloc(c->buf, c->cap);
	}
	for (;;) {
		char *out = c->buf + c->len;
		unsigned next;

		/* Eight bytes at a time, checked once: SLOW never leaves, and only
		 * then are the eight taken again one by one. */
		while (end - p >= 8) {
			next = automaton[row + p[0]];
			next = automaton[next + p[1]];
			next = automaton[next + p[2]];
			next = automaton[next + p[3]];
			next = automaton[next + p[4]];
			next = automaton[next + p[5]];
			next = automaton[next + p[6]];
			next = automaton[next + p[7]];
			if (next == SLOW * 256)
				break;
			memcpy(out, p, 8);
			row = next, p += 8, out += 8;
		}
		while (p < end && (next = automaton[row + *p]) != SLOW * 256) {
			*out++ = (char)*p++;
			row = next;
		}
		c->len = (size_t)(out - c->buf);
		p -= back_up(c, row / 256);
		if (p == end && row < STATES * 256)
			return;
		/* The character at p, or a letter cut short at the end, which is none. */
		p += slow_char(c, p, (size_t)(end - p));
		row = c->state * 256u;
	}
}

void clean_end(struct cleaner *c)
{
	enter_slow(c);
	end_word(c);
	if (c->space)
		c->len--; /* nothing visible came after it */
	c->space = false;
	leave_slow(c);
}

size_t clean_settled(struct cleaner *c)
{
	size_t start;

	if (c->state < IN_WORD)
		return c->len - (c->state == SPACED);
	start = word_start(c);
	if (c->state != IN_FIXED && c->len - start <= WORD_MAX)
		return start;
	/* A long word is never rewritten, but its last letter may still take a mark. */
	c->state = IN_FIXED;
	return last_char(c);
}

void clean_take(struct cleaner *c, size_t n)
{
	memmove(c->buf, c->buf + n, c->len - n);
	c->len -= n;
	c->fence = c->fence > n ? c->fence - n : 0;
}
