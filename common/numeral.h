/* numeral.h: reads one Vietnamese numeral, in digits or in words, into a decimal value. */
#ifndef VN_NUMERAL_H
#define VN_NUMERAL_H

#include <stddef.h>

/* A decimal value: mant × 10^exp10 (98,35 = 9835e-2; 8,8 nghìn = 88e2; 1.793 = 1793e0). */
struct numeral {
	long long mant;
	int exp10;
};

/*
 * Parses the numeral that starts at s[0] (n bytes available): digits with
 * Vietnamese grouping and decimals ("1.793", "98,35", "03"), number words
 * ("hai mươi mốt", "một trăm linh năm", capitalised at a sentence start),
 * with scale words (nghìn, ngàn, vạn, triệu, tỷ, tỉ, rưỡi). Returns the bytes
 * consumed (0 if no numeral starts here) and fills *v. Does not consume a
 * trailing space.
 *
 * Words that are numbers only sometimes are taken only where they count:
 * a bare "năm" before a year or a time word ("năm 2019", "năm nay") and a
 * bare "một" meaning "a" ("một số", "một cách") are not numerals; "không"
 * and "tư" are digits only inside a numeral ("không trăm", "bốn mươi tư").
 * Values beyond 18 significant digits are not numerals.
 */
size_t numeral_parse(const char *s, size_t n, struct numeral *v);

/* Writes v as a plain decimal ("1793", "98.35", "1200000") into buf; returns
 * its length, or 0 and "" (when cap is not 0) if it does not fit in cap
 * bytes with its terminating NUL. */
size_t numeral_format(const struct numeral *v, char *buf, size_t cap);

/* A Roman numeral of the letters I, V, X and L at s ("khóa XIII", "quý IV",
 * "Đại hội XVII"), up to seven of them and ending the word: its value, and
 * its length in *len; 0 when none is there. */
int numeral_roman(const char *s, size_t n, size_t *len);

/* Writes v (1 to 3999) as a Roman numeral into buf ("XIII"); returns its
 * length, or 0 if v is out of range or does not fit in cap bytes with its NUL. */
size_t numeral_roman_write(int v, char *buf, size_t cap);

/* Compares two values: <0, 0 or >0. */
int numeral_cmp(const struct numeral *a, const struct numeral *b);

#endif
