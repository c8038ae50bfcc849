/* lunar.h: the Vietnamese lunar calendar (âm lịch): lunar dates to solar dates and back, and the can chi names of years. */
#ifndef VN_LUNAR_H
#define VN_LUNAR_H

#include <stdbool.h>
#include <stddef.h>

/* The lunar years the functions answer for; a lunar year starts at its Tết,
 * so solar dates from Tết 1800 (25 January 1800) to the eve of Tết 2200. */
#define LUNAR_YEAR_MIN 1800
#define LUNAR_YEAR_MAX 2199

/*
 * Solar (Gregorian) date of lunar day `day` of month `month` (1-12; `leap`
 * for the leap month that repeats it) of lunar year `year` (the solar year
 * of its Tết: mùng 1 Tết Giáp Thìn is lunar 2024-1-1, 10 February 2024).
 * False, leaving *y, *m and *d alone, when there is no such day: day 30 of a
 * 29-day month, a leap month the year does not have, a year out of range.
 */
bool lunar_to_solar(int year, int month, int day, bool leap, int *y, int *m, int *d);

/* The lunar date of a solar date; false, leaving the outputs alone, for an
 * invalid date or one outside the lunar years above. */
bool solar_to_lunar(int y, int m, int d, int *year, int *month, int *day, bool *leap);

/* The month that lunar year `year` repeats as its leap month (tháng nhuận),
 * 0 when it has none or is out of range. */
int lunar_leap_month(int year);

/*
 * Can chi (sexagenary) names of years: stems 0-9 (giáp ... quý), branches
 * 0-11 (tý ... hợi), lowercase UTF-8 in NFC. A year's stem and branch always
 * have the same parity, so 60 of the 120 pairs name a year (1984 is giáp tý).
 */
extern const char *const lunar_stem_names[10];
extern const char *const lunar_branch_names[12];

/* The stem and branch of lunar year `year` (any year, not only the range). */
void lunar_year_can_chi(int year, int *stem, int *branch);

/*
 * Sets *year to the year named by `stem` and `branch` nearest to `near_year`
 * ("Tết Giáp Thìn" in an article of 2024 is 2024, in one of 2050 still 2024);
 * of two 30 years away, the earlier. False when the pair names no year (of
 * different parity, or out of 0-9 and 0-11) or near_year is more than
 * LUNAR_NEAR_YEAR_MAX from year 0.
 */
#define LUNAR_NEAR_YEAR_MAX 1000000
bool lunar_year_of_can_chi(int stem, int branch, int near_year, int *year);

/*
 * The stem or branch whose name starts s (n bytes, NFC): its length in
 * bytes, with *index set, or 0. Any letter may be uppercase ("Giáp", "GIÁP");
 * the name must end there (not "Canhx"). Older spellings count too: Kỉ for
 * Kỷ, Quí for Quý, Tị for Tỵ, Mẹo for Mão.
 */
size_t lunar_stem_at(const char *s, size_t n, int *index);
size_t lunar_branch_at(const char *s, size_t n, int *index);

#endif
