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
/* The uppercase of a lowercase letter, the one vn_to_lower takes back to it; any other cp as it is. */
uint32_t vn_to_upper(uint32_t cp);
/* Puts the letters of s (n bytes of UTF-8) in lower case, in place. */
void vn_fold(char *s, size_t n);
/* The capitals that vn_to_lower lowers to cp, into caps: how many (0 to 2).
 * A capital is 1 or 0x20 below its lower case, never further. */
size_t vn_capitals(uint32_t cp, uint32_t caps[2]);
/* Marks in first the first byte of the first character of word (a string),
 * and of each of its capitals: the bytes it may start with in any letter
 * case, for a quick test before a list of words is compared. */
void vn_first_bytes(const char *word, bool first[256]);

static inline bool vn_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* vn_word_char_len and vn_word_char_len_back for characters of more than one byte. */
size_t vn_word_char_len_wide(const char *s, size_t n);
size_t vn_word_char_len_back_wide(const char *s, size_t n);

static inline bool vn_ascii_word_char(unsigned char c)
{
	return vn_is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Length of the word character at s (n bytes): a letter (vn_is_letter), a
 * digit or a combining mark (U+0300-U+036F, which goes on the letter before
 * it); 0 for anything else. The one definition of what goes on a word.
 * Inline with its one-byte answers, as the scanners ask at most words. */
static inline size_t vn_word_char_len(const char *s, size_t n)
{
	unsigned char c = n ? (unsigned char)s[0] : 0;

	if (c < 0x80)
		return n && vn_ascii_word_char(c);
	return vn_word_char_len_wide(s, n);
}

/* The same for the character that ends at s + n; 0 at the start. */
static inline size_t vn_word_char_len_back(const char *s, size_t n)
{
	unsigned char c = n ? (unsigned char)s[n - 1] : 0;

	if (c < 0x80)
		return n && vn_ascii_word_char(c);
	return vn_word_char_len_back_wide(s, n);
}

/* Length of the capital letter at s (vn_is_upper), or 0. */
size_t vn_upper_len(const char *s, size_t n);

/* Length of a dash at s: '-', the en dash or the em dash; 0 for none. */
size_t vn_dash_len(const char *s, size_t n);

/* Where the mark of a list's item that opens the line s[0..n) ends ("-",
 * "+", "*", "•", "–", after spaces or not); 0 for none. */
size_t vn_item_mark_len(const char *s, size_t n);

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

/* Where the spaces at s + i end (i itself when there are none). */
static inline size_t vn_skip_spaces(const char *s, size_t n, size_t i)
{
	size_t k;

	while (i < n && (k = vn_space_len(s + i, n - i)))
		i += k;
	return i;
}

/* Where the spaces that end at s + i begin. */
static inline size_t vn_skip_spaces_back(const char *s, size_t i)
{
	size_t k;

	while (i > 0 && (k = vn_space_len_back(s, i)))
		i -= k;
	return i;
}

#endif
