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

/* Length of the whitespace character at s (ASCII blanks, NBSP, the Unicode
 * spaces and zero-width characters), or 0. */
size_t vn_space_len(const char *s, size_t n);
/* The same for the character ending at s + n. */
size_t vn_space_len_back(const char *s, size_t n);

#endif
