/* vietnamese.c: case of Latin letters with Vietnamese diacritics, and spaces. */
#include "vietnamese.h"

#include <string.h>

#include "utf8.h"

/* The Latin blocks interleave cases; Vietnamese uses U+00C0-U+01B0 and U+1EA0-U+1EF9. */
bool vn_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x100 && cp <= 0x137)
		return cp % 2 == 0;
	if (cp >= 0x139 && cp <= 0x148)
		return cp % 2 == 1;
	if (cp >= 0x14A && cp <= 0x177)
		return cp % 2 == 0;
	if (cp == 0x1A0 || cp == 0x1AF)
		return true;
	if (cp >= 0x1EA0 && cp <= 0x1EF9)
		return cp % 2 == 0;
	if (cp >= 0x391 && cp <= 0x3A9)
		return true;
	if (cp >= 0x410 && cp <= 0x42F)
		return true;
	return false;
}

bool vn_is_lower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	if (cp >= 0xDF && cp <= 0xFF)
		return cp != 0xF7;
	if (cp >= 0x100 && cp <= 0x137)
		return cp % 2 == 1;
	if (cp >= 0x139 && cp <= 0x148)
		return cp % 2 == 0;
	if (cp >= 0x14A && cp <= 0x177)
		return cp % 2 == 1;
	if (cp == 0x1A1 || cp == 0x1B0)
		return true;
	if (cp >= 0x1EA0 && cp <= 0x1EF9)
		return cp % 2 == 1;
	if (cp >= 0x3B1 && cp <= 0x3C9)
		return true;
	if (cp >= 0x430 && cp <= 0x44F)
		return true;
	return false;
}

bool vn_is_letter(uint32_t cp)
{
	return vn_is_upper(cp) || vn_is_lower(cp);
}

uint32_t vn_to_lower(uint32_t cp)
{
	if (!vn_is_upper(cp))
		return cp;
	/* ASCII, Latin-1, Greek and Cyrillic sit 0x20 apart; the rest in pairs. */
	return cp < 0x100 || (cp >= 0x391 && cp <= 0x42F) ? cp + 0x20 : cp + 1;
}

uint32_t vn_to_upper(uint32_t cp)
{
	/* vn_to_lower adds 0x20 or 1: the capital is one of the two below */
	if (cp >= 0x20 && vn_is_upper(cp - 0x20) && vn_to_lower(cp - 0x20) == cp)
		return cp - 0x20;
	if (cp >= 1 && vn_is_upper(cp - 1) && vn_to_lower(cp - 1) == cp)
		return cp - 1;
	return cp;
}

void vn_fold(char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;
	int k;

	while (i < n) {
		k = u8_decode((unsigned char *)s + i, n - i, &cp);
		if (k <= 0) {
			i++;
			continue;
		}
		if (vn_is_upper(cp))
			u8_encode(vn_to_lower(cp), s + i);
		i += (size_t)k;
	}
}

size_t vn_capitals(uint32_t cp, uint32_t caps[2])
{
	static const uint32_t below[] = {1, 0x20};
	size_t k, n = 0;

	for (k = 0; k < 2; k++)
		if (cp >= below[k] && vn_is_upper(cp - below[k]) && vn_to_lower(cp - below[k]) == cp)
			caps[n++] = cp - below[k];
	return n;
}

void vn_first_bytes(const char *word, bool first[256])
{
	uint32_t cp, caps[2];
	char bytes[4];
	size_t k, ncaps;

	if (u8_decode((const unsigned char *)word, strlen(word), &cp) <= 0)
		return;
	first[(unsigned char)word[0]] = true;
	for (ncaps = vn_capitals(cp, caps), k = 0; k < ncaps; k++) {
		u8_encode(caps[k], bytes);
		first[(unsigned char)bytes[0]] = true;
	}
}

size_t vn_space_len_wide(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;

	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
		return 2; /* NBSP */
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && ((s[2] >= 0x80 && s[2] <= 0x8B) || s[2] == 0xAF))
		return 3; /* U+2000-U+200B, U+202F */
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0xA0)
		return 3; /* U+2060 */
	if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 3; /* U+3000 */
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 3; /* U+FEFF */
	return 0;
}

size_t vn_space_len_back_wide(const char *s, size_t n)
{
	size_t k;

	for (k = 2; k <= 3 && k <= n; k++)
		if (vn_space_len(s + n - k, k) == k)
			return k;
	return 0;
}

static bool word_cp(uint32_t cp)
{
	return vn_is_letter(cp) || (cp >= 0x300 && cp <= 0x36F);
}

/* word_cp of each character of two bytes (up to U+07FF) and of the
 * Vietnamese block (U+1E00-U+1EFF, after them), the characters Vietnamese
 * is written in, so that a word is read without decoding each of its
 * letters. Built from word_cp on first use. */
enum { BLOCK_1E = 0x800, FAST_CHARS = 0x800 + 0x100 };
static unsigned char word_bits[FAST_CHARS / 8];
static bool word_bits_built;

static bool word_bit(uint32_t i)
{
	uint32_t k;

	if (!word_bits_built) {
		for (k = 0; k < FAST_CHARS; k++)
			if (word_cp(k < BLOCK_1E ? k : k - BLOCK_1E + 0x1E00))
				word_bits[k >> 3] |= (unsigned char)(1u << (k & 7));
		word_bits_built = true;
	}
	return word_bits[i >> 3] >> (i & 7) & 1;
}

static bool continuation(unsigned char b)
{
	return (b & 0xC0) == 0x80;
}

/* For a well-formed character of two bytes at u (n bytes there), or of
 * three in the Vietnamese block: its length in *len and whether it goes on
 * a word; -1 for any other character, which the decoder reads. */
static int fast_word_char(const unsigned char *u, size_t n, size_t *len)
{
	if (n >= 2 && u[0] >= 0xC2 && u[0] <= 0xDF && continuation(u[1])) {
		*len = 2;
		return word_bit((uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F));
	}
	if (n >= 3 && u[0] == 0xE1 && (u[1] & 0xFC) == 0xB8 && continuation(u[2])) {
		*len = 3;
		return word_bit(BLOCK_1E + ((uint32_t)(u[1] & 3) << 6 | (u[2] & 0x3F)));
	}
	return -1;
}

size_t vn_word_char_len_wide(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t cp;
	size_t len;
	int k, w;

	if ((w = fast_word_char(u, n, &len)) >= 0)
		return w ? len : 0;
	k = u8_decode(u, n, &cp);
	return k > 0 && word_cp(cp) ? (size_t)k : 0;
}

size_t vn_word_char_len_back_wide(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t cp;
	size_t len;
	int k, w;

	/* A lead byte right before the last continuation bytes starts the
	 * character that ends at n, as u8_decode_back reads it. */
	if (n >= 2 && continuation(u[n - 1]) && (w = fast_word_char(u + n - 2, 2, &len)) >= 0)
		return w ? len : 0;
	if (n >= 3 && continuation(u[n - 1]) && (w = fast_word_char(u + n - 3, 3, &len)) >= 0 && len == 3)
		return w ? len : 0;
	k = u8_decode_back(u, n, &cp);
	return k > 0 && word_cp(cp) ? (size_t)k : 0;
}

size_t vn_upper_len(const char *s, size_t n)
{
	unsigned char c = n ? (unsigned char)s[0] : 0;
	uint32_t cp;
	int k;

	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	k = u8_decode((const unsigned char *)s, n, &cp);
	return k > 0 && vn_is_upper(cp) ? (size_t)k : 0;
}

size_t vn_dash_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 1 && u[0] == '-')
		return 1;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94))
		return 3;
	return 0;
}

size_t vn_item_mark_len(const char *s, size_t n)
{
	size_t i = vn_skip_spaces(s, n, 0), k;

	if (i >= n)
		return 0;
	if (s[i] == '+' || s[i] == '*')
		return i + 1;
	if ((k = vn_dash_len(s + i, n - i)))
		return i + k;
	return n - i >= 3 && !memcmp(s + i, "\xE2\x80\xA2", 3) ? i + 3 : 0;
}
