/* utf8.h: the one UTF-8 decoder and encoder. */
#ifndef VN_UTF8_H
#define VN_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define U8_REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/*
 * Decodes the sequence at s (n bytes available) into *cp.
 * Returns its length (1-4), 0 when s holds only a valid but incomplete
 * prefix, or -1 when the bytes are not UTF-8 (overlong forms, surrogates
 * and values past U+10FFFF included); then one byte should be skipped.
 */
int u8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Length of the longest prefix of s made of whole, valid characters. */
size_t u8_valid_prefix(const unsigned char *s, size_t n);

/* Writes cp as UTF-8 into out (4 bytes of room); returns the length. */
int u8_encode(uint32_t cp, char *out);

/* Decodes the character that ends just before s + n, for looking backwards
 * over valid text; returns its length, or 0 at the start. */
int u8_decode_back(const unsigned char *s, size_t n, uint32_t *cp);

#endif
