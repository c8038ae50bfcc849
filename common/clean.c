/* clean.c: one pass over a line that normalizes spaces, drops invisible and
 * control characters, composes decomposed vowels and places tone marks in one
 * style.  The word being read is the tail of the output buffer, so a combining
 * mark or a tone move only ever rewrites the current syllable.
 *
 * Letters, digits, punctuation and single spaces, the bulk of any text, go
 * through a byte automaton that copies them and follows just enough of the
 * word to see whether its tone may have to move.  Anything else, and the end
 * of a word whose tone may move, is handled by the general rules, one
 * character at a time.  The rule of tone placement is written once, in
 * style_rhymes and tone_must_move; place_tone applies it, and the automaton
 * is built at start-up by asking it about every letter. */
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

/* What each ASCII byte is: d dropped, s a space, p another visible
 * character, L a letter. */
static const char ascii_class[128 + 1] =
	"dddddddddsssssdd" "dddddddddddddddd"
	"sppppppppppppppp" "pppppppppppppppp"
	"pLLLLLLLLLLLLLLL" "LLLLLLLLLLLppppp"
	"pLLLLLLLLLLLLLLL" "LLLLLLLLLLLppppd";

/* A vowel of a rhyme: lower-case letter and shape mark (enum vn_shape). */
struct rhyme_vowel {
	char letter;
	unsigned char shape;
};

/* The rhymes whose tone the two styles place differently: first vowel,
 * second vowel, and whether the rhyme only comes before a final consonant. */
static const struct style_rhyme {
	struct rhyme_vowel first, second;
	bool closed_only;
} style_rhymes[] = {
	{{'o', VN_NO_SHAPE}, {'a', VN_NO_SHAPE}, false},
	{{'o', VN_NO_SHAPE}, {'a', VN_BREVE}, true},
	{{'o', VN_NO_SHAPE}, {'e', VN_NO_SHAPE}, false},
	{{'u', VN_NO_SHAPE}, {'y', VN_NO_SHAPE}, false},
};
#define RHYMES (sizeof style_rhymes / sizeof *style_rhymes)

/* The states of the automaton between characters.  It copies every byte it
 * reads: a space is written at once and taken back if the line ends after
 * it, and spaces that are dropped go the slow way.  In a word, the states
 * follow its first two vowels that make one of style_rhymes, and then
 * whether the end of the word, or a final consonant, leaves the tone where
 * the style wants it (tone_must_move). */
enum {
	AT_START,      /* nothing visible yet on the line */
	SPACED,        /* after a space */
	AFTER_OTHER,   /* after a visible character that is not a letter */
	IN_WORD,       /* in a word, no rhyme yet, the last letter begins none */
	IN_SETTLED,    /* after the rhyme: its tone stays, whatever follows */
	IN_MOVE_IF_OPEN,   /* it moves if the word ends here, */
	IN_MOVE_IF_CLOSED, /* it moves if a final consonant follows, */
	IN_MOVE,       /* it moves, or may: the end of the word goes to place_tone */
	IN_FIXED,      /* in a word never rewritten (see struct cleaner) */
	/* In a word, no rhyme yet, after the first vowel of a rhyme: two states
	 * for each of firsts, the vowel without and with a tone mark.  There is
	 * room for as many firsts as rhymes; states counts those in use. */
	IN_FIRST,
	STATES = IN_FIRST + 2 * RHYMES
};

/* Read from style_rhymes at start-up (find_rhymes): its first vowels, each
 * once, and the states in use; for a lower-case letter and a shape, 1 + its
 * place among firsts, or 0; for each of firsts, the vowels it makes a rhyme
 * with, in an open syllable or a closed one; and the vowels that end one. */
enum { RHYME_OPEN = 1, RHYME_CLOSED = 2 };
static struct rhyme_vowel firsts[RHYMES];
static unsigned first_count, states;
static unsigned char first_place[26][VN_HORN + 1];
static unsigned char rhyme_with[RHYMES][26][VN_HORN + 1];
static bool ends_rhyme[26][VN_HORN + 1];

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

/* The Icelandic eth (Ð U+00D0, ð U+00F0) looks like Đ and đ and is typed
 * for them by keyboards and fonts that lack the Vietnamese letters.  As the
 * first letter of a word it is taken for the Vietnamese one; inside a word
 * (a code, a phonetic spelling) it stays. */
static const struct { uint32_t eth, dd; } eth_for_dd[] = {
	{0x00D0, 0x0110},
	{0x00F0, 0x0111},
};

/* The Vietnamese letter the eth cp stands for; 0 if cp is no eth. */
static uint32_t dd_for(uint32_t cp)
{
	size_t i;

	for (i = 0; i < sizeof eth_for_dd / sizeof *eth_for_dd; i++)
		if (eth_for_dd[i].eth == cp)
			return eth_for_dd[i].dd;
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

/* Whether two vowels make one of style_rhymes, closed if a final consonant
 * follows them. */
static bool tone_rhyme(const struct vn_vowel *v1, const struct vn_vowel *v2, bool closed)
{
	unsigned place = first_place[(v1->letter | 0x20) - 'a'][v1->shape];
	unsigned syllable = closed ? RHYME_CLOSED : RHYME_OPEN;

	return place && rhyme_with[place - 1][(v2->letter | 0x20) - 'a'][v2->shape] & syllable;
}

/* Where a style wants the tone of such a rhyme: on the first vowel in an
 * open syllable unless modern (hòa, thủy; hoà, thuỷ), on the second one
 * before a final consonant (hoàng, huỳnh) in both styles. */
static bool tone_on_first(bool closed, bool modern)
{
	return !closed && !modern;
}

/* Whether the tone of a syllable whose first two vowels are v1 and v2 has
 * to move: they make one of style_rhymes, only one of them carries a tone,
 * and it is not where the style wants it.  Which tone does not matter. */
static bool tone_must_move(const struct vn_vowel *v1, const struct vn_vowel *v2, bool closed, bool modern)
{
	bool first_toned = v1->tone != VN_NO_TONE;

	if (!tone_rhyme(v1, v2, closed) || first_toned == (v2->tone != VN_NO_TONE))
		return false; /* another rhyme; no tone, or two */
	return first_toned != tone_on_first(closed, modern);
}

/* Moves the tone of the word at the end of buf when tone_must_move says so
 * and the word is unambiguously a syllable. */
static void place_tone(struct cleaner *c)
{
	uint32_t cps[10];
	size_t n = 0, pos = c->word, i = 0, first;
	struct vn_vowel v1, v2;
	char initial[4], final[4];
	unsigned char tone;
	bool closed;
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
	if (!tone_must_move(&v1, &v2, closed, c->modern))
		return; /* most often the tone is in place */
	if (!consonants(cps, n, &i, initial) || i != first ||
	    !in_list(initial, initials, sizeof initials / sizeof *initials))
		return;
	i += 2;
	if (!consonants(cps, n, &i, final) || i != n || !in_list(final, finals, sizeof finals / sizeof *finals))
		return;
	/* The one tone goes over to the other vowel. */
	tone = v1.tone;
	v1.tone = v2.tone;
	v2.tone = tone;
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

/* Where the character that ends at end in buf begins. */
static size_t char_before(const struct cleaner *c, size_t end)
{
	size_t p = end - 1;

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
		if ((b < 0x80) & (ascii_class[b & 0x7F] != 'L'))
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

/* The state after a letter in a word with no rhyme yet, v its parts if it
 * is a vowel, NULL if not: whether it is the first vowel of a rhyme. */
static unsigned first_state(const struct vn_vowel *v)
{
	unsigned place = v ? first_place[(v->letter | 0x20) - 'a'][v->shape] : 0;

	return place ? IN_FIRST + 2 * (place - 1) + (v->tone != VN_NO_TONE) : IN_WORD;
}

/* The state after the vowel v read in the state from after the first vowel
 * of a rhyme, alone the state after v if it followed no first vowel: if
 * they make a rhyme, tone_must_move tells for an open syllable and for a
 * closed one. */
static unsigned after_first(unsigned from, const struct vn_vowel *v, unsigned alone, bool modern)
{
	unsigned place = (from - IN_FIRST) / 2;
	const struct rhyme_vowel *f = &firsts[place];
	struct vn_vowel first = {f->letter, f->shape, (from - IN_FIRST) % 2 ? VN_GRAVE : VN_NO_TONE};
	bool move_open, move_closed;

	/* tone_rhyme's answer, in an open or a closed syllable. */
	if (!rhyme_with[place][(v->letter | 0x20) - 'a'][v->shape])
		return alone;
	move_open = tone_must_move(&first, v, false, modern);
	move_closed = tone_must_move(&first, v, true, modern);
	if (move_open == move_closed)
		return move_open ? IN_MOVE : IN_SETTLED;
	return move_open ? IN_MOVE_IF_OPEN : IN_MOVE_IF_CLOSED;
}

/* The state after a character of the class (as in ascii_class, s for the
 * space only) read in state from, or SLOW: v its parts if it is a vowel
 * (NULL does for one that ends no rhyme), alone the first_state of the
 * letter, asked once a character rather than once a state. */
static unsigned next_state(unsigned from, const struct vn_vowel *v, unsigned alone, char class, bool modern)
{
	if (class == 's' || class == 'p') {
		if (from == AT_START || from == SPACED)
			return class == 's' ? SLOW : AFTER_OTHER;
		if (from == IN_MOVE || from == IN_MOVE_IF_OPEN)
			return SLOW;
		return class == 's' ? SPACED : AFTER_OTHER;
	}
	if (class != 'L')
		return SLOW;
	if (from < IN_SETTLED)
		return alone;
	if (from >= IN_FIRST)
		return v ? after_first(from, v, alone, modern) : alone;
	switch (from) {
	/* A letter after the rhyme: the syllable is closed. */
	case IN_MOVE_IF_OPEN:
		return IN_SETTLED;
	case IN_MOVE_IF_CLOSED:
		return IN_MOVE;
	}
	return from;
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
	c->last = char_before(c, c->len);
	c->fixed = state == IN_FIXED || c->len - c->word > WORD_MAX;
	/* Before its first rhyme a word has no tone to move (see next_state);
	 * after it, even settled, a mark may add a tone, and place_tone tells. */
	c->pair = state >= IN_SETTLED && state <= IN_MOVE;
	for (p = c->word; p < c->len; p++)
		bytes |= (unsigned char)c->buf[p];
	c->ascii = bytes < 0x80;
}

/* The state after the word at the end of buf: when no rhyme comes before
 * its last letter, its last two letters read as the automaton reads them. */
static unsigned word_state(const struct cleaner *c)
{
	struct vn_vowel v, before;
	const struct vn_vowel *last;
	unsigned from = IN_WORD;
	size_t p;

	if (c->fixed || c->len - c->word > WORD_MAX)
		return IN_FIXED;
	if (c->pair)
		return IN_MOVE;
	if (c->last > c->word) {
		p = char_before(c, c->last);
		from = first_state(letter_vowel(c->buf + p, c->last - p, &before));
	}
	last = letter_vowel(c->buf + c->last, c->len - c->last, &v);
	return next_state(from, last, first_state(last), 'L', c->modern);
}

/* Sets the automaton's state from the fields of the general rules. */
static void leave_slow(struct cleaner *c)
{
	if (c->word == CLEAN_NO_WORD) {
		c->fence = c->len;
		c->state = !c->started ? AT_START : c->space ? SPACED : AFTER_OTHER;
		return;
	}
	c->fence = c->word;
	c->state = (unsigned char)word_state(c);
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
}

/* A letter of k bytes; leave_slow sees whether it ends a rhyme. */
static void put_letter(struct cleaner *c, const unsigned char *s, size_t k)
{
	if (c->word == CLEAN_NO_WORD)
		start_word(c);
	if (k > 1)
		c->ascii = false;
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
		char class = ascii_class[s[0]];
		if (class == 'p') {
			end_word(c);
			show(c);
			put_bytes(c, s, 1);
		} else if (class == 's') {
			put_blank(c);
		} else if (class == 'L') {
			put_letter(c, s, 1);
		}
		return 1;
	}
	k = latin_letter(s, n, &cp);
	if (k && c->word == CLEAN_NO_WORD && dd_for(cp)) {
		char dd[4];
		put_letter(c, (const unsigned char *)dd, (size_t)u8_encode(dd_for(cp), dd));
		return (size_t)k;
	}
	if (k) {
		put_letter(c, s, (size_t)k);
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
		put_letter(c, s, (size_t)k);
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

/* Sets the step from state from with byte b to state to. */
static void step(uint16_t *automaton, unsigned from, unsigned b, unsigned to)
{
	automaton[from * 256 + b] = (uint16_t)(to * 256);
}

/* Sets the steps from every state in use over the last byte of the
 * character at s (n bytes, of the class): from the state itself for ASCII,
 * from its partial state for prefix otherwise. The character is looked at
 * once, not once a state. */
static void char_steps(uint16_t *automaton, unsigned prefix, const char *s, size_t n, char class, bool modern)
{
	struct vn_vowel v;
	const struct vn_vowel *vowel = letter_vowel(s, n, &v);
	unsigned from, alone = first_state(vowel);

	/* A vowel that ends no rhyme steps as any other letter. */
	if (vowel && !ends_rhyme[(vowel->letter | 0x20) - 'a'][vowel->shape])
		vowel = NULL;
	for (from = 0; from < states; from++)
		step(automaton, n == 1 ? from : PARTIAL(from, prefix), (unsigned char)s[n - 1],
		     next_state(from, vowel, alone, class, modern));
}

/* Fills firsts, states, first_place, rhyme_with and ends_rhyme. */
static void find_rhymes(void)
{
	const struct style_rhyme *r;

	for (r = style_rhymes; r < style_rhymes + RHYMES; r++) {
		unsigned char *place = &first_place[r->first.letter - 'a'][r->first.shape];
		if (!*place) {
			firsts[first_count] = r->first;
			*place = (unsigned char)++first_count;
		}
		rhyme_with[*place - 1][r->second.letter - 'a'][r->second.shape] |=
			r->closed_only ? RHYME_CLOSED : RHYME_OPEN | RHYME_CLOSED;
		ends_rhyme[r->second.letter - 'a'][r->second.shape] = true;
	}
	states = IN_FIRST + 2 * first_count;
}

static void build_automaton(uint16_t *automaton, bool modern)
{
	unsigned from, b, lead, mid;
	uint32_t cp;

	for (b = 0; b < (SLOW + 1) * 256; b++)
		automaton[b] = SLOW * 256;
	for (b = 0; b < 0x80; b++) {
		const char ascii = (char)b;
		char class = b == ' ' || ascii_class[b] != 's' ? ascii_class[b] : 'd';
		char_steps(automaton, 0, &ascii, 1, class, modern);
	}
	for (lead = 0xC3; lead <= 0xC6; lead++) {
		for (from = 0; from < states; from++)
			step(automaton, from, lead, PARTIAL(from, LEAD_C3 + lead - 0xC3));
		for (b = 0x80; b < 0xC0; b++) {
			const char letter[2] = {(char)lead, (char)b};
			/* An eth goes the slow way: clean_char tells if it begins a word. */
			if (latin_letter((const unsigned char *)letter, 2, &cp) && !dd_for(cp))
				char_steps(automaton, LEAD_C3 + lead - 0xC3, letter, 2, 'L', modern);
		}
	}
	for (from = 0; from < states; from++)
		step(automaton, from, 0xE1, PARTIAL(from, LEAD_E1));
	for (mid = 0xBA; mid <= 0xBB; mid++) {
		for (from = 0; from < states; from++)
			step(automaton, PARTIAL(from, LEAD_E1), mid, PARTIAL(from, E1_BA + mid - 0xBA));
		for (b = 0x80; b < 0xC0; b++) {
			const char letter[3] = {(char)0xE1, (char)mid, (char)b};
			if (latin_letter((const unsigned char *)letter, 3, &cp))
				char_steps(automaton, E1_BA + mid - 0xBA, letter, 3, 'L', modern);
		}
	}
}

bool clean_init(struct cleaner *c, bool modern)
{
	static bool built[2];

	if (!states)
		find_rhymes();
	if (!built[modern]) {
		build_automaton(automata[modern], modern);
		built[modern] = true;
	}
	memset(c, 0, sizeof *c);
	c->modern = modern;
	clean_start(c);
	return clean_room(c, 0); /* a buffer before the first feed */
}

void clean_free(struct cleaner *c)
{
	free(c->buf);
	c->buf = NULL;
}

bool clean_room(struct cleaner *c, size_t n)
{
	/* Output never outgrows its input by more than a byte per word. */
	size_t need = c->len + 2 * n + 16;
	char *buf;

	if (c->cap >= need)
		return true;
	if (!(buf = realloc(c->buf, need)))
		return false;
	c->buf = buf;
	c->cap = need;
	return true;
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

/* Eight steps from row over p; the row they lead to, SLOW's if one of them
 * goes there (SLOW never leaves). */
static unsigned eight_steps(const uint16_t *automaton, unsigned row, const unsigned char *p)
{
	row = automaton[row + p[0]];
	row = automaton[row + p[1]];
	row = automaton[row + p[2]];
	row = automaton[row + p[3]];
	row = automaton[row + p[4]];
	row = automaton[row + p[5]];
	row = automaton[row + p[6]];
	return automaton[row + p[7]];
}

/* Copies the bytes from p to out while the automaton, from *row, stays off
 * SLOW; returns where it stopped (end, or the byte that leads to SLOW) with
 * *row and *out where they got to. Eight bytes are read at a step and checked
 * once, and only when they lead to SLOW taken again one by one. A long
 * stretch is read as two at once, the second from just after a space, where
 * the automaton is SPACED unless it went SLOW before: each step hangs on the
 * load of the one before, and two chains of loads take the time of one. */
static const unsigned char *copy_plain(const uint16_t *automaton, unsigned *row, const unsigned char *p,
				       const unsigned char *end, char **out)
{
	const unsigned slow = SLOW * 256, spaced = SPACED * 256;
	unsigned at = *row, next, after;
	const unsigned char *space;
	char *o = *out;

	while (end - p >= 8) {
		space = end - p >= 128 ? memchr(p + (end - p) / 2, ' ', 32) : NULL;
		if (space && end - space > 8) {
			/* side by side: p up to the space and q from after it, until
			 * either goes SLOW; then p alone up to the space */
			const unsigned char *first_end = space + 1, *q = first_end;
			unsigned second = spaced;
			char *second_out = o + (q - p);
			while (first_end - p >= 8 && end - q >= 8) {
				next = eight_steps(automaton, at, p);
				after = eight_steps(automaton, second, q);
				if (next == slow || after == slow)
					break;
				memcpy(o, p, 8), memcpy(second_out, q, 8);
				at = next, p += 8, o += 8;
				second = after, q += 8, second_out += 8;
			}
			while (first_end - p >= 8 && (next = eight_steps(automaton, at, p)) != slow) {
				memcpy(o, p, 8);
				at = next, p += 8, o += 8;
			}
			while (p < first_end && (next = automaton[at + *p]) != slow)
				*o++ = (char)*p++, at = next;
			if (p < first_end)
				break;
			if (at == spaced)
				p = q, o = second_out, at = second;
			continue;
		}
		if ((next = eight_steps(automaton, at, p)) == slow)
			break;
		memcpy(o, p, 8);
		at = next, p += 8, o += 8;
	}
	while (p < end && (next = automaton[at + *p]) != slow)
		*o++ = (char)*p++, at = next;
	*row = at;
	*out = o;
	return p;
}

void clean_feed(struct cleaner *c, const char *str, size_t n)
{
	const uint16_t *automaton = automata[c->modern];
	const unsigned char *p = (const unsigned char *)str, *end = p + n;
	unsigned row = c->state * 256u;

	if (!clean_room(c, n))
		die("out of memory");
	for (;;) {
		char *out = c->buf + c->len;

		p = copy_plain(automaton, &row, p, end, &out);
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
	return char_before(c, c->len);
}

void clean_take(struct cleaner *c, size_t n)
{
	memmove(c->buf, c->buf + n, c->len - n);
	c->len -= n;
	c->fence = c->fence > n ? c->fence - n : 0;
}
