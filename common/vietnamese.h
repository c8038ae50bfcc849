/* vietnamese.h: letter case and spacing classes for the characters Vietnamese text uses. */
#ifndef VN_VIETNAMESE_H
#define VN_VIETNAMESE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool vn_is_upper(uint32_t cp);
bool vn_is_lower(uint32_t cp);
bool vn_is_letter(uint32_t cp);
/* The lowercase of an uppercase letter (same UTF-8 length); any other cp as it is. */
uint32_t vn_to_lower(uint32_t cp);

/* vn_space_len and vn_space_len_back for the spaces of more than one byte. */
size_t vn_space_len_wide(const char *s, size_t n);
size_t vn_space_len_back_wide(const char *s, size_t n);

/* Length of the whitespace character at s (ASCII blanks, NBSP, the Unicode
 * spaces and zero-width characters), or 0. Inline, as the scanners ask at
 * nearly every word and most bytes answer at once. */
static inline size_t vn_space_len(const char *s, size_t n)
{
	unsigned char b = n ? (unsigned char)s[0] : 0;

	if (b == ' ' || (b >= '\t' && b <= '\r'))
		return 1;
	/* The others start with C2 (NBSP), E2, E3 or EF. */
	return b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF ? vn_space_len_wide(s, n) : 0;
}

/* The same for the character ending at s + n. */
static inline size_t vn_space_len_back(const char *s, size_t n)
{
	unsigned char b = n ? (unsigned char)s[n - 1] : 0;

	if (b == ' ' || (b >= '\t' && b <= '\r'))
		return 1;
	return b < 0x80 ? 0 : vn_space_len_back_wide(s, n);
}

#endif
