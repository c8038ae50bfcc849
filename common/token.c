/* token.c: phrases matched on the bytes of a sentence, and the sentence as tokens. */
#include "token.h"
#include "text-freq.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

/* The length of the character at u (avail bytes) when it lowers to the
 * phrase's character of l bytes at p; else 0. Out of line, as few tries
 * come to it, so that match_phrase_rest keeps no character on its stack. */
static __attribute__((noinline)) int lowers_to(const unsigned char *u, size_t avail, const char *p, int l)
{
	uint32_t a, b;
	int k;

	/* Phrases hold whole characters, so four bytes are enough to decode one. */
	if (u8_decode((const unsigned char *)p, 4, &b) != l)
		return 0;
	k = u8_decode(u, avail, &a);
	return k > 0 && vn_to_lower(a) == b ? k : 0;
}

size_t match_phrase_rest(const char *s, size_t n, size_t i, const char *p)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char c, last;
	uint32_t b;
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
		/* A capital of U+00C0-U+01B0 begins with the byte its lower case
		 * begins with (all but Ŀ, U+013F, whose ŀ begins C5 80), one of
		 * U+1EA0-U+1EF9 with its first two: a quick no for most letters. */
		if (c >= 0xC3 && c <= 0xC6 && u[i] != c && !(c == 0xC5 && (unsigned char)p[1] == 0x80))
			return 0;
		if (c == 0xE1 && (u[i] != 0xE1 || i + 1 >= n || u[i + 1] != (unsigned char)p[1]))
			return 0;
		if (!(k = lowers_to(u + i, n - i, p, l)))
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

/* phrase_bytes for the first width bytes (at most 8), in b[] and m[]; with
 * spaced, past the first space too, as the one ' ' it is most often. */
static void phrase_bytes_of(const char *p, size_t width, bool spaced, unsigned char *b, unsigned char *m)
{
	unsigned char cap[4];
	uint32_t cp, caps[2];
	size_t i = 0, j, c, ncaps;
	int k, len;
	bool same_length = true;

	memset(b, 0, width);
	memset(m, 0, width);
	while (i < width && p[i] && same_length) {
		if (p[i] == ' ') {
			if (!spaced)
				break;
			b[i] = ' ', m[i++] = 0xFF;
			spaced = false;
			continue;
		}
		k = u8_decode((const unsigned char *)p + i, 4, &cp);
		if (k <= 0)
			die("internal error: a phrase that is not UTF-8");
		for (j = 0; j < (size_t)k && i + j < width; j++)
			b[i + j] = (unsigned char)p[i + j], m[i + j] = 0xFF;
		ncaps = vn_capitals(cp, caps);
		for (c = 0; c < ncaps; c++) {
			if ((len = u8_encode(caps[c], (char *)cap)) != k)
				same_length = false;
			for (j = 0; j < (size_t)k && j < (size_t)len && i + j < width; j++)
				m[i + j] &= (unsigned char)~(cap[j] ^ b[i + j]);
		}
		i += (size_t)k;
	}
	for (j = 0; j < width; j++)
		b[j] &= m[j];
}

void phrase_bytes(const char *p, uint32_t *bits, uint32_t *mask)
{
	unsigned char b[4], m[4];

	phrase_bytes_of(p, 4, false, b, m);
	memcpy(bits, b, 4);
	memcpy(mask, m, 4);
}

/*
 * The second look, for a run of SECOND_RUN phrases or more: by the two
 * bytes after the first character (its first byte says how long it is),
 * each pair of values of which goes to one of SECOND_CLASSES classes. For
 * each class, the phrases of the run whose prefix may hold a pair of it
 * there, in the run's order: the run's place in second_table holds
 * SECOND_CLASSES + 1 offsets from that place, then the phrases' places in
 * the list's order. A phrase that lets more than SECOND_FREE bits of the
 * two bytes be anything is in every class. A run that does not fit is read
 * whole, as a short one is.
 */
enum { SECOND_RUN = 6, SECOND_CLASSES = 256, SECOND_FREE = 6, SECOND_TABLE = 1 << 17 };
static unsigned short second_table[SECOND_TABLE];
static size_t second_used;

/* Where the bytes looked at second are: past a first byte of b. */
static size_t second_at(unsigned char b)
{
	return b < 0xC0 ? 1 : b < 0xE0 ? 2 : 3;
}

static unsigned second_class(unsigned v, unsigned w)
{
	return (v ^ w * 37) % SECOND_CLASSES;
}

static void index_second(struct phrase_list *l, unsigned char b)
{
	static uint64_t classes[PHRASE_LIST_MAX][SECOND_CLASSES / 64];
	unsigned short *run = second_table + second_used;
	size_t from = l->runs[b].from, to = l->runs[b].to, k, at = SECOND_CLASSES + 1, j = second_at(b);
	unsigned char m8[8], b8[8];
	unsigned c, free, sub, v, w, count[SECOND_CLASSES];
	unsigned short place[SECOND_CLASSES + 1];
	uint64_t bits;
	bool every;

	if (to - from < SECOND_RUN)
		return;
	memset(count, 0, sizeof count);
	for (k = from; k < to; k++) {
		memcpy(m8, &l->prefix[k].mask, 8);
		memcpy(b8, &l->prefix[k].bits, 8);
		/* every pair the prefix lets stand there: its bits, and any of the others */
		free = (~m8[j] & 0xFFu) | (~m8[j + 1] & 0xFFu) << 8;
		every = __builtin_popcount(free) > SECOND_FREE;
		memset(classes[k], every ? 0xFF : 0, sizeof classes[k]);
		for (sub = free; !every; sub = (sub - 1) & free) {
			v = (b8[j] | b8[j + 1] << 8) | sub;
			c = second_class(v & 0xFF, v >> 8);
			classes[k][c / 64] |= (uint64_t)1 << (c % 64);
			if (!sub)
				break;
		}
		for (w = 0; w < SECOND_CLASSES / 64; w++)
			for (bits = classes[k][w]; bits; bits &= bits - 1)
				count[w * 64 + (unsigned)__builtin_ctzll(bits)]++;
	}
	for (c = 0; c < SECOND_CLASSES; c++)
		at += count[c];
	if (at > SECOND_TABLE - second_used || at > 0xFFFF)
		return;
	/* each class's place, then its phrases in the run's order */
	for (at = SECOND_CLASSES + 1, c = 0; c <= SECOND_CLASSES; c++) {
		run[c] = place[c] = (unsigned short)at;
		at += c < SECOND_CLASSES ? count[c] : 0;
	}
	for (k = from; k < to; k++)
		for (w = 0; w < SECOND_CLASSES / 64; w++)
			for (bits = classes[k][w]; bits; bits &= bits - 1)
				run[place[w * 64 + (unsigned)__builtin_ctzll(bits)]++] = (unsigned short)k;
	l->by_second[b] = (uint32_t)second_used + 1;
	second_used += at;
}

static void index_list(struct phrase_list *l)
{
	unsigned short at[256];
	size_t i, j, k;
	int b;

	if (l->n > PHRASE_LIST_MAX)
		die("internal error: a phrase list longer than %d", PHRASE_LIST_MAX);
	/* the runs by first byte, each in the list's order: count, then place */
	memset(l->runs, 0, sizeof l->runs);
	memset(l->first_hashes, 0, sizeof l->first_hashes);
	for (i = 0; i < l->n; i++)
		l->runs[key((unsigned char)l->phrases[i][0])].to++;
	for (k = 0, b = 0; b < 256; b++) {
		l->runs[b].from = at[b] = (unsigned short)k;
		k += l->runs[b].to;
		l->runs[b].to = (unsigned short)k;
	}
	for (i = 0; i < l->n; i++) {
		unsigned char b8[8], m8[8];
		k = at[key((unsigned char)l->phrases[i][0])]++;
		phrase_bytes_of(l->phrases[i], 8, true, b8, m8);
		memcpy(&l->spaced[k].bits, b8, 8);
		memcpy(&l->spaced[k].mask, m8, 8);
		/* the prefix is that up to the first space */
		j = strcspn(l->phrases[i], " ");
		l->space_at[k] = (unsigned char)(l->phrases[i][j] && j + 1 < 8 ? j : 0);
		if (j < 8)
			memset(b8 + j, 0, 8 - j), memset(m8 + j, 0, 8 - j);
		memcpy(&l->prefix[k].bits, b8, 8);
		memcpy(&l->prefix[k].mask, m8, 8);
		l->first_hash[k] = tok_hash((const unsigned char *)l->phrases[i], strcspn(l->phrases[i], " "));
		l->first_hashes[l->first_hash[k] % FIRST_HASH_BITS / 64] |= 1ULL << l->first_hash[k] % 64;
		l->order[k] = (unsigned short)i;
	}
	memset(l->by_second, 0, sizeof l->by_second);
	for (b = 0; b < 256; b++)
		index_second(l, (unsigned char)b);
	l->indexed = true;
}

/* Whether the phrase k of l, whose first word's prefix the text's eight
 * bytes at s + i hold, cannot stand there for the bytes after its first
 * space: the text has one ' ' there, no other space after it, and then
 * bytes that are not the phrase's. */
static inline bool apart_after_space(const char *s, size_t n, size_t i, uint64_t eight, const struct phrase_list *l,
				     size_t k)
{
	size_t q = l->space_at[k];

	return q && (eight & l->spaced[k].mask) != l->spaced[k].bits && i + q + 1 < n && s[i + q] == ' ' &&
	       !vn_space_len(s + i + q + 1, n - i - q - 1);
}

/* match_list past its quick noes, out of line so that they save no registers. */
static __attribute__((noinline)) size_t match_run(const char *s, size_t n, size_t i, struct phrase_list *l,
						  size_t *which)
{
	unsigned char b = key((unsigned char)s[i]);
	uint64_t eight;
	const struct phrase_prefix *p, *end;
	size_t e;

	if (!l->indexed)
		index_list(l);
	if (n - i >= 8)
		memcpy(&eight, s + i, 8);
	else
		eight = 0, memcpy(&eight, s + i, n - i);
	/* The phrases stand in their list's order within a byte's run, and
	 * within a class of the second byte, so the first that matches is the
	 * first of the list. */
	if (l->by_second[b]) {
		const unsigned short *run = second_table + l->by_second[b] - 1, *k, *last;
		/* the bytes as eight holds them: 0 past the text's end */
		size_t j = i + second_at((unsigned char)s[i]);
		unsigned c = second_class(j < n ? (unsigned char)s[j] : 0, j + 1 < n ? (unsigned char)s[j + 1] : 0);

		for (k = run + run[c], last = run + run[c + 1]; k < last; k++) {
			p = l->prefix + *k;
			if ((eight & p->mask) == p->bits && !apart_after_space(s, n, i, eight, l, *k) &&
			    (e = match_phrase_rest(s, n, i, l->phrases[l->order[*k]]))) {
				if (which)
					*which = l->order[*k];
				return e;
			}
		}
		return 0;
	}
	for (p = l->prefix + l->runs[b].from, end = l->prefix + l->runs[b].to; p < end; p++)
		if ((eight & p->mask) == p->bits && !apart_after_space(s, n, i, eight, l, (size_t)(p - l->prefix)) &&
		    (e = match_phrase_rest(s, n, i, l->phrases[l->order[p - l->prefix]]))) {
			if (which)
				*which = l->order[p - l->prefix];
			return e;
		}
	return 0;
}

size_t match_list(const char *s, size_t n, size_t i, struct phrase_list *l, size_t *which)
{
	unsigned char b;

	if (i >= n)
		return 0;
	/* most bytes begin no phrase of a list */
	b = key((unsigned char)s[i]);
	if (l->indexed && l->runs[b].from == l->runs[b].to)
		return 0;
	return match_run(s, n, i, l, which);
}

bool list_may_start(struct phrase_list *l, unsigned char b)
{
	if (!l->indexed)
		index_list(l);
	return l->runs[key(b)].from < l->runs[key(b)].to;
}

size_t word_before(const char *s, size_t i)
{
	size_t q = vn_skip_spaces_back(s, i), k, e;

	if (q == i || q == 0)
		return (size_t)-1;
	e = q;
	for (;;) {
		unsigned char c = (unsigned char)s[q - 1];

		/* an ASCII letter or digit without a call; the rest by its code point */
		if (c < 0x80 && (vn_is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
			k = 1;
		else if (c < 0x80 || !(k = vn_word_char_len_back(s, q)))
			break;
		if ((q -= k) == 0)
			break;
	}
	return q == e ? (size_t)-1 : q;
}

size_t word_end(const char *s, size_t n, size_t i)
{
	size_t k;

	while (i < n && (k = vn_word_char_len(s + i, n - i)))
		i += k;
	return i;
}

/* ---- The phrase filter ---- */

/* What the filter costs, in instructions for a million bytes of text, to be
 * weighed when it chooses which byte of which word to look for: each byte
 * looked for (memchr reads the text again), each hit of the byte and each
 * word with that byte the hit is compared with, and each place the word
 * stands (its phrases are then matched). */
enum { PASS_COST = 400000, HIT_COST = 60, HIT_WORD_COST = 8, WORD_COST = 1000 };

/* How often the word w (len bytes) stands in a million bytes of text. */
static unsigned long word_frequency(const char *w, size_t len)
{
	size_t lo = 0, hi = NELEM(word_freq), mid;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strncmp(word_freq[mid].word, w, len);
		if (c == 0 && word_freq[mid].word[len])
			c = 1;
		if (c == 0)
			return word_freq[mid].freq;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 1; /* rarer than the commonest words */
}

static void set_bit(unsigned char bits[32], unsigned char b)
{
	bits[b >> 3] |= (unsigned char)(1u << (b & 7));
}

static bool bit_set(const unsigned char bits[32], unsigned char b)
{
	return bits[b >> 3] >> (b & 7) & 1;
}

/* Notes in precede the bytes that may stand before the rare byte of w at
 * w + at (never its first byte, as candidates chooses): the byte before it, or, when that ends w's first letter (first
 * bytes), the last byte of that letter and of each of its capitals, as
 * word_stands takes them. */
static void note_precede(unsigned char precede[32], const char *w, size_t first, size_t at)
{
	uint32_t cp, caps[2];
	char bytes[4];
	size_t k, ncaps;

	set_bit(precede, (unsigned char)w[at - 1]);
	if (at > first)
		return;
	if (u8_decode((const unsigned char *)w, first, &cp) != (int)first) {
		memset(precede, 0xFF, 32);
		return;
	}
	for (ncaps = vn_capitals(cp, caps), k = 0; k < ncaps; k++)
		if (u8_encode(caps[k], bytes) == (int)first)
			set_bit(precede, (unsigned char)bytes[first - 1]);
}

/* The word of f that is w (len bytes), or one added for it with its rare byte at. */
static size_t word_of(struct phrase_filter *f, const char *w, size_t len, size_t at)
{
	struct filter_word *fw;
	unsigned char b = (unsigned char)w[at];
	size_t k;

	for (k = 0; k < f->nwords; k++)
		if (f->words[k].len == len && !memcmp(f->words[k].word, w, len) && f->words[k].at == at)
			return k;
	fw = &f->words[f->nwords];
	fw->word = w, fw->len = len, fw->at = at, fw->phrases = 0;
	fw->first = vn_word_char_len(w, len);
	fw->next = f->with[b];
	f->with[b] = (unsigned char)++f->nwords;
	if (at + 1 < len)
		set_bit(f->follow[b], (unsigned char)w[at + 1]);
	else
		/* the word ends there: no ASCII letter or digit goes on it */
		for (k = 0; k < 256; k++)
			if (!vn_ascii_word_char((unsigned char)k))
				set_bit(f->follow[b], (unsigned char)k);
	note_precede(f->precede[b], w, fw->first, at);
	return f->nwords - 1;
}

/* A byte of a phrase that may be looked for: where it is, in which word
 * (its start, its length and how common it is). */
struct candidate {
	unsigned char byte;
	size_t at, word, len;
	unsigned long freq;
};

/* The bytes of the phrase p past the first letters of its words, each once,
 * in the least common word that holds it; returns how many (at most 64). */
static size_t candidates(const struct filter_phrase *p, struct candidate *c)
{
	const char *s = p->phrase;
	size_t w = 0, l, j, k, m, n = 0;
	unsigned long wf;

	while (s[w]) {
		l = strcspn(s + w, " ");
		k = vn_word_char_len(s + w, l);
		wf = word_frequency(s + w, l);
		for (j = w + (k ? k : 1); j < w + l; j++) {
			for (m = 0; m < n && c[m].byte != (unsigned char)s[j]; m++)
				;
			if (m == n)
				n++;
			else if (c[m].freq <= wf)
				continue;
			c[m] = (struct candidate){(unsigned char)s[j], j, w, l, wf};
		}
		w += l + (s[w + l] == ' ');
	}
	return n;
}

/* What looking for the bytes taken costs, each phrase looked for by its
 * cheapest candidate among them (per million bytes of text, as the _COST
 * figures): (unsigned long)-1 when a phrase has none. */
static unsigned long cover_cost(const struct phrase_filter *f, struct candidate (*c)[64], const size_t *nc,
				const bool *taken)
{
	unsigned long total = 0, best, one;
	size_t k, m;
	int b;

	for (b = 0; b < 256; b++)
		if (taken[b])
			total += PASS_COST + HIT_COST * byte_freq[b];
	for (k = 0; k < f->nphrases; k++) {
		best = (unsigned long)-1;
		for (m = 0; m < nc[k]; m++) {
			one = HIT_WORD_COST * byte_freq[c[k][m].byte] + WORD_COST * c[k][m].freq;
			if (taken[c[k][m].byte] && one < best)
				best = one;
		}
		if (best == (unsigned long)-1)
			return best;
		total += best;
	}
	return total;
}

void filter_ready(struct phrase_filter *f)
{
	static struct candidate c[FILTER_PHRASES][64];
	size_t nc[FILTER_PHRASES], left = f->nphrases, k, m, q, word;
	unsigned long cost[256], fresh[256], least, now, tried;
	bool covered[FILTER_PHRASES] = {false}, taken[256] = {false}, used[256] = {false}, better;
	int b, d, best = 0;

	for (k = 0; k < f->nphrases; k++) {
		nc[k] = candidates(&f->phrases[k], c[k]);
		for (m = 0; m < nc[k]; m++)
			used[c[k][m].byte] = true;
	}
	f->nwords = f->nbytes = 0;
	memset(f->with, 0, sizeof f->with);
	memset(f->follow, 0, sizeof f->follow);
	memset(f->precede, 0, sizeof f->precede);
	/* A cover of the phrases: time and again, the byte whose cost for
	 * each phrase it covers that no chosen byte does is least; */
	while (left) {
		for (b = 0; b < 256; b++)
			cost[b] = PASS_COST + HIT_COST * byte_freq[b], fresh[b] = 0;
		for (k = 0; k < f->nphrases; k++)
			for (m = 0; !covered[k] && m < nc[k]; m++) {
				b = c[k][m].byte;
				fresh[b]++;
				cost[b] += HIT_WORD_COST * byte_freq[b] + WORD_COST * c[k][m].freq;
			}
		least = (unsigned long)-1;
		for (b = 0; b < 256; b++)
			if (fresh[b] && !taken[b] && cost[b] / fresh[b] < least)
				least = cost[b] / fresh[b], best = b;
		if (least == (unsigned long)-1)
			die("internal error: a phrase with no byte for the filter to look for");
		taken[best] = true;
		for (k = 0; k < f->nphrases; k++)
			for (m = 0; !covered[k] && m < nc[k]; m++)
				if (c[k][m].byte == best)
					covered[k] = true, left--;
	}
	/* then, while it costs less, a byte dropped, or swapped for another. */
	now = cover_cost(f, c, nc, taken);
	do {
		better = false;
		for (b = 0; b < 256; b++) {
			if (!taken[b])
				continue;
			for (d = -1; d < 256 && taken[b]; d++) {
				/* (a swap only for a rarer byte: fewer tries, and the
				 * only ones that can lower the hits) */
				if (d >= 0 && (!used[d] || taken[d] || byte_freq[d] >= byte_freq[b]))
					continue;
				taken[b] = false;
				if (d >= 0)
					taken[d] = true;
				if ((tried = cover_cost(f, c, nc, taken)) < now) {
					now = tried, better = true;
					continue;
				}
				taken[b] = true;
				if (d >= 0)
					taken[d] = false;
			}
		}
	} while (better);
	for (b = 0; b < 256; b++)
		if (taken[b])
			f->bytes[f->nbytes++] = (unsigned char)b;
	/* Each phrase by its least common word that holds a chosen byte. */
	for (k = 0; k < f->nphrases; k++) {
		struct filter_phrase *p = &f->phrases[k];
		const struct candidate *pick = NULL;
		for (m = 0; m < nc[k]; m++)
			if (taken[c[k][m].byte] &&
			    (!pick || c[k][m].freq < pick->freq ||
			     (c[k][m].freq == pick->freq && byte_freq[c[k][m].byte] < byte_freq[pick->byte])))
				pick = &c[k][m];
		p->word = pick->word;
		p->words_before = 0;
		for (q = 0; q < pick->word; q++)
			p->words_before += p->phrase[q] == ' ';
		word = word_of(f, p->phrase + pick->word, pick->len, pick->at - pick->word);
		p->next = f->words[word].phrases;
		f->words[word].phrases = (unsigned char)(k + 1);
	}
}

void filter_add(struct phrase_filter *f, const char *phrase)
{
	struct filter_phrase *p;
	size_t w = 0, len, j, k;

	if (f->nphrases == FILTER_PHRASES || strlen(phrase) > 64)
		die("internal error: no room for '%s' in a phrase filter", phrase);
	p = &f->phrases[f->nphrases++];
	*p = (struct filter_phrase){phrase, 0, 0, strlen(phrase), 0, 0};
	/* The bytes of the first letter of each word, which a capital changes. */
	while (phrase[w]) {
		len = strcspn(phrase + w, " ");
		k = vn_word_char_len(phrase + w, len);
		for (j = w; j < w + (k ? k : 1); j++)
			p->letters |= 1ULL << j;
		w += len + (phrase[w + len] == ' ');
	}
}

/* Whether the word w stands at s + start, a word of its own: its bytes but
 * its first letter, then that letter in either case. */
static bool word_stands(const struct filter_word *w, const char *s, size_t n, size_t start)
{
	uint32_t a, b;
	size_t j;

	if (start + w->len > n)
		return false;
	for (j = w->first; j < w->len; j++)
		if (s[start + j] != w->word[j])
			return false;
	if (vn_word_char_len_back(s, start) || vn_word_char_len(s + start + w->len, n - start - w->len))
		return false;
	if (!memcmp(s + start, w->word, w->first))
		return true;
	return u8_decode((const unsigned char *)s + start, w->first, &a) == (int)w->first &&
	       u8_decode((const unsigned char *)w->word, w->first, &b) == (int)w->first &&
	       vn_to_lower(a) == b;
}

/* Whether the byte j of the phrase p agrees with the text's byte at s + k:
 * the first letters of its words, which a capital changes, agree with any
 * letter. Sets *spaced when the text has a space there that p does not (it
 * has more than one space, or another, between two words). */
static bool byte_agrees(const struct filter_phrase *p, size_t j, const char *s, size_t n, size_t k,
			bool *spaced)
{
	bool letter = p->letters >> j & 1;

	if (!letter && s[k] == p->phrase[j])
		return true;
	if (vn_space_len(s + k, n - k) || vn_space_len_back(s, k + 1)) {
		*spaced = true;
		return false;
	}
	return letter;
}

/* Whether the phrase p stands with one space between its words, its word
 * with the rare byte at s + at: compared from that word outwards, so that a
 * space more shows where it is. */
static bool phrase_as_written(const struct filter_phrase *p, const char *s, size_t n, size_t at,
			      bool *spaced)
{
	size_t j, start = at - p->word;

	if (p->word > at || start + p->size > n)
		return false;
	/* most bytes are the phrase's own: byte_agrees only for the others */
	for (j = p->word; j < p->size; j++)
		if ((s[start + j] != p->phrase[j] || p->letters >> j & 1) && !byte_agrees(p, j, s, n, start + j, spaced))
			return false;
	for (j = p->word; j-- > 0;)
		if ((s[start + j] != p->phrase[j] || p->letters >> j & 1) && !byte_agrees(p, j, s, n, start + j, spaced))
			return false;
	return !vn_word_char_len_back(s, start) && match_phrase(s, n, start, p->phrase);
}

/* Whether the phrase p, whose word with the rare byte stands at s + at, stands there. */
static bool phrase_stands(const struct filter_phrase *p, const char *s, size_t n, size_t at)
{
	bool spaced = false;
	size_t j;

	if (phrase_as_written(p, s, n, at, &spaced))
		return true;
	if (!spaced)
		return false;
	for (j = 0; j < p->words_before && at != (size_t)-1; j++)
		at = word_before(s, at);
	return at != (size_t)-1 && match_phrase(s, n, at, p->phrase);
}

bool filter_maybe(const struct phrase_filter *f, const char *s, size_t n)
{
	const char *p;
	size_t k, i, j, q;

	for (k = 0; k < f->nbytes; k++)
		for (p = s; (p = memchr(p, f->bytes[k], n - (size_t)(p - s))); p++) {
			unsigned char next = p + 1 < s + n ? (unsigned char)p[1] : 0;
			/* every word has a letter before its rare byte */
			if (!bit_set(f->follow[f->bytes[k]], next) || p == s ||
			    !bit_set(f->precede[f->bytes[k]], (unsigned char)p[-1]))
				continue;
			i = (size_t)(p - s);
			for (j = f->with[f->bytes[k]]; j; j = f->words[j - 1].next) {
				const struct filter_word *w = &f->words[j - 1];
				/* The bytes beside the hit first: most hits end there. */
				if (w->at > i || (w->at + 1 < w->len && (i + 1 >= n || s[i + 1] != w->word[w->at + 1])) ||
				    (w->at > w->first && s[i - 1] != w->word[w->at - 1]) ||
				    !word_stands(w, s, n, i - w->at))
					continue;
				for (q = w->phrases; q; q = f->phrases[q - 1].next)
					if (phrase_stands(&f->phrases[q - 1], s, n, i - w->at))
						return true;
			}
		}
	return false;
}

/* ---- The sentence as tokens ---- */

/* tok_match_list past its quick noes, out of line so that they save no registers. */
static __attribute__((noinline)) int tok_match_run(const struct tokens *x, int i, struct phrase_list *l,
						   size_t *which)
{
	/* t->low is in lower case, as the index's keys are; a word of another
	 * hash is another word */
	unsigned char b = x->t[i].low[0];
	unsigned h = x->t[i].hash;
	size_t k;
	int m;

	if (!l->indexed)
		index_list(l);
	for (k = l->runs[b].from; k < l->runs[b].to; k++)
		if (h == l->first_hash[k] && (m = tok_phrase(x, i, l->phrases[l->order[k]]))) {
			if (which)
				*which = l->order[k];
			return m;
		}
	return 0;
}

int tok_match_list(const struct tokens *x, int i, struct phrase_list *l, size_t *which)
{
	unsigned h;

	if (!tok_is_word(x, i))
		return 0;
	/* most words begin no phrase of a list */
	h = x->t[i].hash;
	if (l->indexed && !(l->first_hashes[h % FIRST_HASH_BITS / 64] >> h % 64 & 1))
		return 0;
	return tok_match_run(x, i, l, which);
}

int tok_list_before(const struct tokens *x, int a, int b, const char *const *list, size_t n)
{
	const struct token *t;
	size_t k, len, last;
	int w;

	/* A phrase ends with a word of at most TOKEN_LOW_MAX bytes, whose last
	 * byte is its own last byte: most phrases end there, before their
	 * words are counted. */
	if (!tok_is_word(x, b - 1) || (last = x->t[b - 1].end - x->t[b - 1].start) > TOKEN_LOW_MAX)
		return 0;
	t = &x->t[b - 1];
	for (k = 0; k < n; k++) {
		const char *p = list[k];
		len = strlen(p);
		if (len < last || (unsigned char)p[len - 1] != t->low[last - 1])
			continue;
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

/* ---- The words lexicons know ---- */

/* The words filed, by number (known[0] for a word not filed), their bytes
 * after the end 0 (same reads TOKEN_LOW_MAX of them), their marks; and a
 * table of their tok_hash, a slot for each of twice as many words as may
 * be filed, where a word is found at its hash's slot or in the next ones:
 * most words are in no lexicon, and their slot is empty at the first look. */
static struct known_word {
	unsigned char low[TOKEN_LOW_MAX];
	size_t len;
	uint64_t marks;
} known[TOK_WORDS_MAX + 1];
static unsigned nknown;
/* Whether the words are marked: until then a word not filed (known[0]) is
 * marked with every bit, from tokenize's first use. */
static bool words_marked;
enum { SLOT_BITS = 13 };
_Static_assert(1u << SLOT_BITS >= 2 * (TOK_WORDS_MAX + 1), "the slots of the words are at most half full");
static struct {
	unsigned hash;
	unsigned short word; /* 0: an empty slot */
} slots[1u << SLOT_BITS];

/* The slot of a word's hash: its high bits, which FNV-1a's last multiply mixes best. */
static inline size_t slot_of(unsigned h)
{
	return h >> (32 - SLOT_BITS);
}

/* Whether the filed word's bytes a begin with the n bytes at b (n at most
 * TOKEN_LOW_MAX; TOKEN_LOW_MAX bytes at b may be read, as a token's low
 * holds): where SSE2 is, the sixteen bytes at once and the first n of them
 * looked at, without a loop whose end, at a length of its own for every
 * word, is mispredicted. */
static bool same(const unsigned char *a, const unsigned char *b, size_t n)
{
#ifdef __SSE2__
	_Static_assert(TOKEN_LOW_MAX == 16, "same compares sixteen bytes at once");
	unsigned equal = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)a),
								     _mm_loadu_si128((const __m128i *)(const void *)b)));
	unsigned wanted = (1u << n) - 1;

	return (equal & wanted) == wanted;
#else
	return !memcmp(a, b, n);
#endif
}

/* tok_word_find, inline for tokenize. */
static inline unsigned find_word(const unsigned char *low, size_t n, unsigned h)
{
	size_t k;

	if (n > TOKEN_LOW_MAX)
		return 0;
	for (k = slot_of(h); slots[k].word; k = (k + 1) & ((1u << SLOT_BITS) - 1))
		if (slots[k].hash == h && known[slots[k].word].len == n && same(known[slots[k].word].low, low, n))
			return slots[k].word;
	return 0;
}

unsigned tok_word_find(const unsigned char *low, size_t n, unsigned h)
{
	return find_word(low, n, h);
}

unsigned tok_word_add(const char *w, size_t n)
{
	unsigned char low[TOKEN_LOW_MAX] = {0};
	unsigned h, word;
	size_t k;

	if (n > TOKEN_LOW_MAX)
		die("internal error: '%.*s' is longer than a token's lower case", (int)n, w);
	memcpy(low, w, n);
	h = tok_hash(low, n);
	if ((word = find_word(low, n, h)))
		return word;
	if (nknown == TOK_WORDS_MAX)
		die("internal error: no room for the word '%.*s'", (int)n, w);
	word = ++nknown;
	memcpy(known[word].low, low, sizeof low);
	known[word].len = n;
	for (k = slot_of(h); slots[k].word; k = (k + 1) & ((1u << SLOT_BITS) - 1))
		;
	slots[k].hash = h;
	slots[k].word = (unsigned short)word;
	return word;
}

unsigned tok_words_filed(void)
{
	return nknown;
}

void tok_word_mark(unsigned word, uint64_t marks)
{
	known[word].marks = marks;
}

void tok_words_marked(void)
{
	words_marked = true;
	known[0].marks = 0;
}

/* A character's lower case as written (both bytes of a character of two
 * bytes; the last two of one of U+1E00-U+1EFF, whose first, E1, its lower
 * case shares), and whether it is a capital. */
struct lowered {
	unsigned char bytes[2];
	bool upper;
};
/* The lower case of each character of two bytes, by its code point, and of
 * U+1E00-U+1EFF (the letters with two marks), by its last byte and the two
 * low bits of the one before: vn_to_lower's, looked up instead of computed
 * for every letter of every word. Built with on_word on first use. */
static struct lowered lower_2byte[0x800], lower_1e[0x100];

/* Letters, digits and the bytes of most characters go on a word whatever
 * follows them: spaces and marks begin with C2, E2, E3 or EF, or are ASCII. */
static bool on_word[256];
/* The lower case of each ASCII byte of on_word (letters and digits), which
 * tokenize writes a run at a time; 0 for every other byte. */
static unsigned char ascii_lower[256];
/* The words that part a list as ',' and ';' do, and their tok_hash. */
static const char *const list_words[] = {"và", "cùng"};
static unsigned list_word_hash[NELEM(list_words)];
/* Whether a list word's tok_hash has this low byte: one look rules out
 * nearly every other word. */
static bool list_word_low[256];

static void build_lowers(void)
{
	static bool built;
	uint32_t cp;
	uint16_t l;
	int c;

	if (built)
		return;
	for (c = 0; c < 256; c++) {
		on_word[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			     (c >= 0x80 && c < 0xC2) || (c > 0xC2 && c < 0xE2);
		ascii_lower[c] = (unsigned char)(c >= 0x80 || !on_word[c] ? 0 : c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	for (cp = 0; cp < 0x800; cp++) {
		l = (uint16_t)vn_to_lower(cp);
		lower_2byte[cp] = (struct lowered){{(unsigned char)(0xC0 | l >> 6), (unsigned char)(0x80 | (l & 0x3F))},
						   l != cp};
	}
	for (cp = 0; cp < 0x100; cp++) {
		l = (uint16_t)vn_to_lower(0x1E00 + cp);
		lower_1e[cp] = (struct lowered){
			{(unsigned char)(0x80 | ((l >> 6) & 0x3F)), (unsigned char)(0x80 | (l & 0x3F))}, l != 0x1E00 + cp};
	}
	for (c = 0; c < (int)NELEM(list_words); c++) {
		list_word_hash[c] = tok_hash((const unsigned char *)list_words[c], strlen(list_words[c]));
		list_word_low[list_word_hash[c] & 0xFF] = true;
	}
	if (!words_marked)
		known[0].marks = ~(uint64_t)0;
	built = true;
}

/* One byte more of a word's tok_hash. */
static inline unsigned hash_byte(unsigned h, unsigned char b)
{
	return (h ^ b) * 16777619u;
}

/* Writes the lower case of the character at s (avail bytes) at out, adds
 * its bytes to the hash *h and returns its length, *upper set when it is a
 * capital; 0xFF and 1 for a byte that begins no character. For what
 * read_word does not lower itself: an ASCII byte but a letter or digit, a
 * character of two bytes after C2 (which may be a space or a mark, so is
 * looked at first), the rest. */
static inline size_t lower_char(const unsigned char *s, size_t avail, unsigned char *out, bool *upper, unsigned *h)
{
	unsigned char c = s[0];
	const struct lowered *l;
	uint32_t cp;
	int len, k;

	if (c < 0x80) {
		*upper = c >= 'A' && c <= 'Z';
		out[0] = *upper ? c + 32 : c ? c : 0xFF;
		*h = hash_byte(*h, out[0]);
		return 1;
	}
	if (c >= 0xC2 && c < 0xE0 && avail > 1 && (s[1] & 0xC0) == 0x80) {
		l = &lower_2byte[(c & 0x1F) << 6 | (s[1] & 0x3F)];
		out[0] = l->bytes[0];
		out[1] = l->bytes[1];
		*upper = l->upper;
		*h = hash_byte(hash_byte(*h, out[0]), out[1]);
		return 2;
	}
	if ((len = u8_decode(s, avail, &cp)) > 0) {
		u8_encode(vn_to_lower(cp), (char *)out);
		*upper = vn_is_upper(cp);
		for (k = 0; k < len; k++)
			*h = hash_byte(*h, out[k]);
		return (size_t)len;
	}
	out[0] = 0xFF;
	*upper = false;
	*h = hash_byte(*h, 0xFF);
	return 1;
}

static bool ascii_letter(unsigned char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* Whether the byte c begins a letter: ASCII, or a lead byte of Latin up to
 * Vietnamese's U+1Exx. */
static bool begins_letter(unsigned char c)
{
	return ascii_letter(c) || (c >= 0xC3 && c <= 0xE1);
}

/* Whether the n bytes at s are all ASCII letters: what stands before the
 * apostrophe of "K’Mák" or "O’Brian", never a Vietnamese word with its
 * tone ("đồng ý’Ông", a space missed after a quote). */
static bool ascii_letters(const char *s, size_t n)
{
	for (; n; n--, s++)
		if (!ascii_letter((unsigned char)*s))
			return false;
	return true;
}

/* Whether the mark m (k bytes) at s + i stays inside the word that began at
 * start: a one-byte mark between a word's bytes and a digit ("2016-2020",
 * "98,35"), or, but for , . and :, before a capital or a digit ("05-CT/TW");
 * a typographic apostrophe after ASCII letters and before a letter, as the
 * names of the Highlands write it as often as "'" ("H’Lan", "B’Lao", "Tr’hy"). */
static bool mark_inside(const char *s, size_t n, size_t i, size_t start, char m, size_t k)
{
	if (k == 3 && m == 'c' && (unsigned char)s[i + 2] == 0x99)
		return i > start && i + 3 < n && ascii_letters(s + start, i - start) && begins_letter((unsigned char)s[i + 3]);
	return k == 1 && m != '(' && m != ')' && m != '"' && i > start && i + 1 < n &&
	       (vn_is_digit(s[i + 1]) ||
		(s[i] != ',' && s[i] != '.' && s[i] != ':' && (unsigned char)s[i + 1] >= 'A'));
}

/* Whether the word t is "và" or "cùng", which part the pieces of a list. */
static bool separates(const struct token *t, unsigned hash, size_t n)
{
	size_t k;

	/* the hash first: a test of the word's length is a branch taken at random */
	if (!list_word_low[hash & 0xFF])
		return false;
	for (k = 0; k < NELEM(list_words); k++)
		if (hash == list_word_hash[k] && n == strlen(list_words[k]) && !memcmp(t->low, list_words[k], n))
			return true;
	return false;
}

/* Reads the word at s + i (its first byte neither a space nor a mark) into
 * t's end, low, upper, hash, word, marks and sep; returns its end, and in
 * *space the length of the space that ended it (0 when none did). Its lower
 * case is written and hashed as it is read, a character at a time while
 * within TOKEN_LOW_MAX bytes; its first character tells its case. The
 * letters of two bytes and those of U+1E00-U+1EFF, most of Vietnamese's
 * that are not ASCII, are lowered here, the rest by lower_char. */
static inline size_t read_word(const unsigned char *s, size_t n, size_t i, struct token *t, size_t *space)
{
	const size_t start = i, stop = n - start > TOKEN_LOW_MAX ? start + TOKEN_LOW_MAX : n;
	unsigned char *out = t->low, c, low;
	const struct lowered *l;
	unsigned h = 2166136261u;
	size_t k;
	bool up;
	char m;

	*space = 0;
	t->upper = (unsigned)(s[i] - 'A') < 26u;
	for (;;) {
		/* a run of ASCII letters and digits, the most of a word */
		while (i < stop && (low = ascii_lower[s[i]])) {
			*out++ = low;
			h = hash_byte(h, low);
			i++;
		}
		if (i >= n)
			break;
		c = s[i];
		/* most words end at a space */
		if (c == ' ') {
			*space = 1;
			break;
		}
		if (i < stop && c >= 0xC3 && c < 0xE0 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
			l = &lower_2byte[(c & 0x1F) << 6 | (s[i + 1] & 0x3F)];
			out[0] = l->bytes[0];
			out[1] = l->bytes[1];
			h = hash_byte(hash_byte(h, out[0]), out[1]);
			if (i == start)
				t->upper = l->upper;
			out += 2;
			i += 2;
			continue;
		}
		if (i < stop && c == 0xE1 && i + 2 < n && (s[i + 1] & 0xFC) == 0xB8 && (s[i + 2] & 0xC0) == 0x80) {
			l = &lower_1e[(s[i + 1] & 0x03) << 6 | (s[i + 2] & 0x3F)];
			out[0] = 0xE1;
			out[1] = l->bytes[0];
			out[2] = l->bytes[1];
			h = hash_byte(hash_byte(hash_byte(h, 0xE1), out[1]), out[2]);
			if (i == start)
				t->upper = l->upper;
			out += 3;
			i += 3;
			continue;
		}
		if (!on_word[c]) {
			if ((*space = vn_space_len((const char *)s + i, n - i)))
				break;
			if ((m = mark_at((const char *)s + i, n - i, &k)) && !mark_inside((const char *)s, n, i, start, m, k))
				break;
		}
		if (i - start >= TOKEN_LOW_MAX) {
			i++;
			continue;
		}
		k = lower_char(s + i, n - i, out, &up, &h);
		if (i == start)
			t->upper = up;
		out += k;
		i += k;
	}
	t->end = i;
	/* h is tok_hash of low when the word is short enough to have it all */
	h = i - start <= TOKEN_LOW_MAX ? h : 0;
	t->hash = h;
	t->word = (unsigned short)find_word(t->low, i - start, h);
	t->marks = known[t->word].marks;
	t->sep = separates(t, h, i - start);
	return i;
}

size_t tokenize(struct tokens *x, const char *str, size_t from, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	struct token *t = x->t, *full = x->t + TOKEN_MAX;
	size_t i = from, k, space;
	char m;

	build_lowers();
	x->s = str;
	x->filed = nknown;
	while (i < n && t < full) {
		m = 0;
		/* a byte of on_word is neither a space nor a mark, and most tokens begin with one */
		if (!on_word[s[i]]) {
			if ((k = vn_space_len(str + i, n - i))) {
				i += k;
				continue;
			}
			m = mark_at(str + i, n - i, &k);
		}
		t->start = i;
		t->memo = 0;
		if (m) {
			t->punct = m;
			t->upper = false;
			t->sep = m == ',' || m == ';';
			t->word = 0;
			t->marks = 0;
			t->end = i += k;
			t++;
			continue;
		}
		t->punct = 0;
		i = read_word(s, n, i, t, &space);
		/* the space that ended it, read once, unless the tokens are full,
		 * when tokenize stops at it */
		if (++t < full)
			i += space;
	}
	x->n = (int)(t - x->t);
	return i;
}

size_t tokenize_clauses(struct tokens *x, const char *s, size_t from, size_t n)
{
	size_t stop = tokenize(x, s, from, n);
	int k;

	if (stop < n) {
		for (k = x->n - 1; k > x->n / 2 && !tok_is_punct(x, k, ';') && !tok_is_punct(x, k, '.'); k--)
			;
		if (k > x->n / 2) {
			x->n = k + 1;
			stop = x->t[k].end;
		}
	}
	return stop;
}
