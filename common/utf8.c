/* utf8.c: strict UTF-8 decoding (RFC 3629) and encoding. */
#include "utf8.h"

#include <stdbool.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

int u8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char b = s[0];
	int len, i;
	uint32_t c, min;

	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	if (b < 0xC2)
		return -1;
	if (b < 0xE0) {
		len = 2, c = b & 0x1F, min = 0x80;
	} else if (b < 0xF0) {
		len = 3, c = b & 0x0F, min = 0x800;
	} else if (b < 0xF5) {
		len = 4, c = b & 0x07, min = 0x10000;
	} else {
		return -1;
	}
	for (i = 1; i < len; i++) {
		if ((size_t)i >= n)
			return 0;
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		c = (c << 6) | (s[i] & 0x3F);
		/* Reject overlong and out-of-range forms as early as they show. */
		if (i == 1 && len == 3 && ((b == 0xE0 && s[1] < 0xA0) || (b == 0xED && s[1] >= 0xA0)))
			return -1;
		if (i == 1 && len == 4 && ((b == 0xF0 && s[1] < 0x90) || (b == 0xF4 && s[1] >= 0x90)))
			return -1;
	}
	if (c < min)
		return -1;
	*cp = c;
	return len;
}

int u8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

int u8_decode_back(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t i = n;
	int len;

	if (n == 0)
		return 0;
	if (s[n - 1] < 0x80) { /* ASCII: the byte alone, nothing before it to look at */
		*cp = s[n - 1];
		return 1;
	}
	while (i > 0 && n - i < 4 && (s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i == 0 || (s[i - 1] & 0xC0) == 0x80) {
		*cp = 0xFFFD;
		return 1;
	}
	i--;
	len = u8_decode(s + i, n - i, cp);
	if (len <= 0 || (size_t)len != n - i) {
		*cp = 0xFFFD;
		return 1;
	}
	return len;
}

/*
 * u8_valid_prefix reads every byte of the input, and in Vietnamese text a
 * character of one, two or three bytes follows another in no order a branch
 * predictor can learn. So it runs a DFA whose moves for one byte are packed
 * in one 64-bit row: from state s (a multiple of 6) the byte leads to state
 * (row >> s) & 63. The next state hangs on one shift, and no branch is taken
 * per character. ERROR is 0, so every row keeps it.
 */
enum {
	ERROR = 0, ACCEPT = 6,
	NEED1 = 12, NEED2 = 18, NEED3 = 24, /* continuation bytes still to come */
	AFTER_E0 = 30, AFTER_ED = 36, AFTER_F0 = 42, AFTER_F4 = 48, /* second bytes with narrower ranges */
};

#define MOVE(from, to) ((uint64_t)(to) << (from))
#define ASCII MOVE(ACCEPT, ACCEPT)
#define LEAD2 MOVE(ACCEPT, NEED1)
#define LEAD3 MOVE(ACCEPT, NEED2)
#define LEAD4 MOVE(ACCEPT, NEED3)
#define CONT (MOVE(NEED1, ACCEPT) | MOVE(NEED2, NEED1) | MOVE(NEED3, NEED2))
#define CONT_80 (CONT | MOVE(AFTER_ED, NEED1) | MOVE(AFTER_F4, NEED2)) /* 80-8F */
#define CONT_90 (CONT | MOVE(AFTER_ED, NEED1) | MOVE(AFTER_F0, NEED2)) /* 90-9F */
#define CONT_A0 (CONT | MOVE(AFTER_E0, NEED1) | MOVE(AFTER_F0, NEED2)) /* A0-BF */
#define R2(x) x, x
#define R4(x) R2(x), R2(x)
#define R8(x) R4(x), R4(x)
#define R16(x) R8(x), R8(x)

static const uint64_t dfa_rows[256] = {
	R16(ASCII), R16(ASCII), R16(ASCII), R16(ASCII), /* 00-3F */
	R16(ASCII), R16(ASCII), R16(ASCII), R16(ASCII), /* 40-7F */
	R16(CONT_80), R16(CONT_90), R16(CONT_A0), R16(CONT_A0),
	R2(ERROR), R2(LEAD2), R4(LEAD2), R8(LEAD2), R16(LEAD2), /* C0-DF; C0, C1 only overlong */
	MOVE(ACCEPT, AFTER_E0), R8(LEAD3), R4(LEAD3), MOVE(ACCEPT, AFTER_ED), R2(LEAD3), /* E0-EF */
	MOVE(ACCEPT, AFTER_F0), LEAD4, R2(LEAD4), MOVE(ACCEPT, AFTER_F4), /* F0-F4 */
	R2(ERROR), R4(ERROR), R4(ERROR), ERROR, /* F5-FF: never in UTF-8 */
};

#define STEP(b) (state = dfa_rows[b] >> (state & 63))

#ifdef __SSE2__
/*
 * Most sixteen-byte blocks of Vietnamese text hold ASCII and characters of
 * two and three bytes whose second bytes may be any continuation byte: for
 * them the lead bytes alone say where continuation bytes must stand, and
 * the blocks are valid when they stand exactly there. A block with anything
 * else (C0, C1, E0, ED, F0-FF) is left to the DFA. plain_blocks reads one
 * block or two (blocks), with one test of those bytes for both; need is the
 * mask of the first bytes that the block before leaves to be continuation
 * bytes; returns whether the blocks are of that kind and valid, and sets
 * *next to what they leave to the next block.
 *
 * block_bits reads the block at s, whose first byte is bit at of the masks:
 * it adds its continuation bytes, its bytes from 80 on and those from E0 on
 * to the masks, and returns the bytes that are left to the DFA.
 */
static inline __m128i block_bits(const unsigned char *s, unsigned at, uint64_t *cont, uint64_t *lead,
				 uint64_t *from_e0)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
	/* as signed bytes 80-BF are below -64; as unsigned ones a byte is from
	 * x on when it is the greater of itself and x */
	const __m128i c0_c1 = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xFE)), _mm_set1_epi8((char)0xC0));
	const __m128i from_f0 = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8((char)0xF0)), v);
	const __m128i e0_ed = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE0)),
					   _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED)));

	*cont |= (uint64_t)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))) << at;
	*lead |= (uint64_t)_mm_movemask_epi8(v) << at;
	*from_e0 |= (uint64_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8((char)0xE0)), v)) << at;
	return _mm_or_si128(_mm_or_si128(c0_c1, from_f0), e0_ed);
}

static inline bool plain_blocks(const unsigned char *s, unsigned blocks, unsigned need, unsigned *next)
{
	uint64_t cont = 0, lead = 0, from_e0 = 0, wanted;
	__m128i others = block_bits(s, 0, &cont, &lead, &from_e0);

	if (blocks == 2)
		others = _mm_or_si128(others, block_bits(s + 16, 16, &cont, &lead, &from_e0));
	if (_mm_movemask_epi8(others))
		return false;
	wanted = need | (lead & ~cont) << 1 | from_e0 << 2;
	*next = (unsigned)(wanted >> 16 * blocks);
	return (wanted & (((uint64_t)1 << 16 * blocks) - 1)) == cont;
}

/* The continuation bytes a state at the end of a block still wants, as a
 * mask of the next block's first bytes (0 for one that wants none or that
 * plain_block cannot go on from), and back. */
static unsigned need_of_state(uint64_t state)
{
	return (state & 63) == NEED1 ? 1 : (state & 63) == NEED2 ? 3 : 0;
}

static const uint64_t state_of_need[4] = {ACCEPT, NEED1, ERROR, NEED2};
#endif

size_t u8_valid_prefix(const unsigned char *s, size_t n)
{
	uint64_t state = ACCEPT;
	size_t i, valid = 0;
#ifdef __SSE2__
	unsigned need = 0, next;
	bool plain = true; /* the state is one that need stands for */
#endif

	/* Sixteen bytes a step with no test between them, remembering where a
	 * step ends on a character boundary. */
	for (i = 0; i + 16 <= n; i += 16) {
#ifdef __SSE2__
		/* two blocks at a test while there are two, then one */
		if (plain && i + 32 <= n && plain_blocks(s + i, 2, need, &next)) {
			need = next;
			i += 16;
			valid = next ? valid : i + 16;
			continue;
		}
		if (plain && plain_blocks(s + i, 1, need, &next)) {
			need = next;
			valid = next ? valid : i + 16;
			continue;
		}
		if (plain)
			state = state_of_need[need];
#endif
		STEP(s[i]), STEP(s[i + 1]), STEP(s[i + 2]), STEP(s[i + 3]);
		STEP(s[i + 4]), STEP(s[i + 5]), STEP(s[i + 6]), STEP(s[i + 7]);
		STEP(s[i + 8]), STEP(s[i + 9]), STEP(s[i + 10]), STEP(s[i + 11]);
		STEP(s[i + 12]), STEP(s[i + 13]), STEP(s[i + 14]), STEP(s[i + 15]);
		if ((state & 63) == ERROR)
			break;
		valid = (state & 63) == ACCEPT ? i + 16 : valid;
#ifdef __SSE2__
		need = need_of_state(state);
		plain = need || (state & 63) == ACCEPT;
#endif
	}
	/* The rest byte by byte from that boundary: at once when it is valid
	 * to its end (ERROR, once reached, stays), as it nearly always is;
	 * else again up to an error, or a character cut at its end. */
	state = ACCEPT;
	for (i = valid; i < n; i++)
		STEP(s[i]);
	if ((state & 63) == ACCEPT)
		return n;
	state = ACCEPT;
	for (i = valid; i < n; i++) {
		STEP(s[i]);
		if ((state & 63) == ERROR)
			break;
		valid = (state & 63) == ACCEPT ? i + 1 : valid;
	}
	return valid;
}
