/* lunar.c: the Vietnamese lunar calendar, from the new moons and the sun's longitude seen in UTC+7. */
/*
 * The astronomy follows Jean Meeus, Astronomical Algorithms (2nd ed., 1998):
 *   ch. 7   the Julian Day Number of a Gregorian date, and back;
 *   ch. 49  the instant of a new moon: the mean phase, its periodic terms and
 *           the 14 planetary terms (a few seconds' error);
 *   ch. 25  the sun's apparent longitude, the low-accuracy method (0.01°, so a
 *           solar term is known to a quarter of an hour).
 * Both give Dynamical Time; ΔT = TT - UT comes from the polynomials of
 * Espenak and Meeus (NASA, "Polynomial Expressions for Delta T", Five
 * Millennium Canon of Solar Eclipses), which past 2050 are a forecast.
 *
 * The calendar's rules, as Vietnam keeps them since 1968 (and as applied here
 * to every year; before 1968 Vietnam counted in UTC+8, with China):
 *   1. days are counted in UTC+7, the meridian of 105° E; a month starts on
 *      the day of its new moon and ends the day before the next one;
 *   2. month 11 is the month that contains the December solstice (the sun at
 *      270°);
 *   3. when 13 months start from one month 11 to the next, the first month
 *      after month 11 that contains no major solar term (trung khí: the sun
 *      at a multiple of 30°) is the leap month, and repeats the number of the
 *      month before it;
 *   4. the year starts on day 1 of month 1 (Tết), and is named by its stem and
 *      branch (can chi), in cycles of 60: 1984 was Giáp Tý.
 * A year is worked out whole from the three month 11s around it, at each call:
 * no table, no cache.
 */
#include "lunar.h"
#include "calendar.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"
#include "vietnamese.h"

/* The hours east of Greenwich the calendar counts days in; the test driver
 * also builds it with 8, China's zone, to check it against China's calendar. */
#ifndef LUNAR_ZONE_HOURS
#define LUNAR_ZONE_HOURS 7
#endif

#define PI 3.14159265358979323846
#define J2000 2451545.0              /* 2000 January 1.5 TT */
#define SYNODIC_MONTH 29.530588861
#define NEW_MOON_0 2451550.09766     /* JDE of lunation 0, 2000 January 6 */

static double sin_deg(double degrees)
{
	return sin(degrees * (PI / 180));
}

/* ΔT in seconds by Espenak and Meeus: a polynomial in t = year - origin,
 * for the years up to `until`; after the last one, the parabolas below. */
static const struct delta_t_span {
	double until, origin, c[8];
} delta_t_spans[] = {
	{1800, 1700, {8.83, 0.1603, -0.0059285, 0.00013336, -1.0 / 1174000}},
	{1860, 1800, {13.72, -0.332447, 0.0068612, 0.0041116, -0.00037436, 0.0000121272,
		-0.0000001699, 0.000000000875}},
	{1900, 1860, {7.62, 0.5737, -0.251754, 0.01680668, -0.0004473624, 1.0 / 233174}},
	{1920, 1900, {-2.79, 1.494119, -0.0598939, 0.0061966, -0.000197}},
	{1941, 1920, {21.20, 0.84493, -0.076100, 0.0020936}},
	{1961, 1950, {29.07, 0.407, -1.0 / 233, 1.0 / 2547}},
	{1986, 1975, {45.45, 1.067, -1.0 / 260, -1.0 / 718}},
	{2005, 2000, {63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599}},
	{2050, 2000, {62.92, 0.32217, 0.005589}},
};

static double delta_t_seconds(double year)
{
	double u = (year - 1820) / 100;
	size_t i;
	int k;

	for (i = 0; i < sizeof delta_t_spans / sizeof delta_t_spans[0]; i++) {
		const struct delta_t_span *span = &delta_t_spans[i];
		double t = year - span->origin, sum = 0;

		if (year >= span->until)
			continue;
		for (k = 7; k >= 0; k--)
			sum = sum * t + span->c[k];
		return sum;
	}
	if (year < 2150)
		return -20 + 32 * u * u - 0.5628 * (2150 - year);
	return -20 + 32 * u * u;
}

/* TT - UT in days at (about) the instant jd. */
static double delta_t_days(double jd)
{
	return delta_t_seconds(2000 + (jd - J2000) / 365.25) / 86400;
}

/* The periodic terms of a new moon (Meeus table 49.A): coefficient in days,
 * the power of E it is multiplied by, and the multiples of M, M', F and Ω in
 * the sine's argument. */
static const struct moon_term {
	double days;
	signed char e_power, m, m_moon, f, omega;
} new_moon_terms[] = {
	{-0.40720, 0, 0, 1, 0, 0},  {0.17241, 1, 1, 0, 0, 0},   {0.01608, 0, 0, 2, 0, 0},
	{0.01039, 0, 0, 0, 2, 0},   {0.00739, 1, -1, 1, 0, 0},  {-0.00514, 1, 1, 1, 0, 0},
	{0.00208, 2, 2, 0, 0, 0},   {-0.00111, 0, 0, 1, -2, 0}, {-0.00057, 0, 0, 1, 2, 0},
	{0.00056, 1, 1, 2, 0, 0},   {-0.00042, 0, 0, 3, 0, 0},  {0.00042, 1, 1, 0, 2, 0},
	{0.00038, 1, 1, 0, -2, 0},  {-0.00024, 1, -1, 2, 0, 0}, {-0.00017, 0, 0, 0, 0, 1},
	{-0.00007, 0, 2, 1, 0, 0},  {0.00004, 0, 0, 2, -2, 0},  {0.00004, 0, 3, 0, 0, 0},
	{0.00003, 0, 1, 1, -2, 0},  {0.00003, 0, 0, 2, 2, 0},   {-0.00003, 0, 1, 1, 2, 0},
	{0.00003, 0, -1, 1, 2, 0},  {-0.00002, 0, -1, 1, -2, 0}, {-0.00002, 0, 1, 3, 0, 0},
	{0.00002, 0, 0, 4, 0, 0},
};

/* The planetary arguments A1-A14 (Meeus p. 351): base + rate * k degrees
 * (A1 also has -0.009173 T²), and each one's coefficient in days. */
static const struct planet_term {
	double base, rate, days;
} new_moon_planet_terms[] = {
	{299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
	{349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
	{207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
	{207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
	{239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
};

/* The instant (JDE) of new moon number k, k = 0 being that of 2000 January 6 (Meeus ch. 49). */
static double new_moon_jde(int k)
{
	double t = k / 1236.85, t2 = t * t, t3 = t2 * t, t4 = t3 * t;
	double jde = NEW_MOON_0 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 +
		0.00000000073 * t4;
	double e = 1 - 0.002516 * t - 0.0000074 * t2;
	double sun_anomaly = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
	double moon_anomaly = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 -
		0.000000058 * t4;
	double latitude = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 +
		0.000000011 * t4;
	double node = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
	size_t i;

	for (i = 0; i < sizeof new_moon_terms / sizeof new_moon_terms[0]; i++) {
		const struct moon_term *term = &new_moon_terms[i];
		double factor = term->e_power == 0 ? 1 : term->e_power == 1 ? e : e * e;

		jde += term->days * factor * sin_deg(term->m * sun_anomaly + term->m_moon * moon_anomaly +
			term->f * latitude + term->omega * node);
	}
	for (i = 0; i < sizeof new_moon_planet_terms / sizeof new_moon_planet_terms[0]; i++) {
		const struct planet_term *term = &new_moon_planet_terms[i];

		jde += term->days * sin_deg(term->base + term->rate * k - (i == 0 ? 0.009173 * t2 : 0));
	}
	return jde;
}

/* The local day (Julian Day Number) of new moon k: the first day of its month. */
static long new_moon_day(int k)
{
	double jde = new_moon_jde(k);

	return (long)floor(jde - delta_t_days(jde) + 0.5 + LUNAR_ZONE_HOURS / 24.0);
}

/* The sun's apparent longitude in degrees, 0-360, at the instant jde (Meeus ch. 25, low accuracy). */
static double sun_longitude(double jde)
{
	double t = (jde - J2000) / 36525;
	double mean_longitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
	double anomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
	double center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin_deg(anomaly) +
		(0.019993 - 0.000101 * t) * sin_deg(2 * anomaly) + 0.000289 * sin_deg(3 * anomaly);
	double node = 125.04 - 1934.136 * t;
	double apparent = fmod(mean_longitude + center - 0.00569 - 0.00478 * sin_deg(node), 360);

	return apparent < 0 ? apparent + 360 : apparent;
}

/* The sun's longitude at the local midnight that starts day jdn. */
static double sun_at_day_start(long jdn)
{
	double ut = jdn - 0.5 - LUNAR_ZONE_HOURS / 24.0;

	return sun_longitude(ut + delta_t_days(ut));
}

/* Which 30° the sun is in when day jdn starts: a month whose first day and
 * the next month's first day give the same has no major solar term. */
static int sun_sector(long jdn)
{
	return (int)(sun_at_day_start(jdn) / 30) % 12;
}

/* Whether day jdn starts before the December solstice; for days from
 * September to March, the only ones it is asked about. */
static bool before_solstice(long jdn)
{
	double longitude = sun_at_day_start(jdn);

	return longitude >= 90 && longitude < 270;
}

/* The lunation that starts month 11 of solar year y: the last new moon on a
 * day that starts before the solstice. */
static int month11_lunation(int y)
{
	int k = (int)floor((calendar_day_number(y, 12, 31) - NEW_MOON_0) / SYNODIC_MONTH);

	while (!before_solstice(new_moon_day(k)))
		k--;
	while (before_solstice(new_moon_day(k + 1)))
		k++;
	return k;
}

/* Among the 12 or 13 months from one month 11 (first[0]) to the next
 * (first[count]), the index of the leap month if it is one of the first
 * `look`, else -1. Reads first[1..look+1]. */
static int leap_index(const long *first, int count, int look)
{
	int i, sector, next;

	if (count != 13)
		return -1;
	sector = sun_sector(first[1]);
	for (i = 1; i <= look; i++, sector = next) {
		next = sun_sector(first[i + 1]);
		if (next == sector)
			return i;
	}
	return -1; /* with look 12 not reached: 12 terms cannot fill the 12 months after month 11 */
}

/* The number of the month at index i of a run from month 11 with its leap month at leap. */
static int month_number(int i, int leap)
{
	if (leap >= 0 && i >= leap)
		i--;
	return (i + 10) % 12 + 1;
}

/* One lunar year, worked out: its 12 or 13 months. */
struct lunar_year {
	long first[14];        /* each month's first day; first[count] is the next Tết */
	signed char number[13];
	int count, leap;       /* leap: the leap month's index, or -1 */
};

/* Fills *out for lunar year `year`: its months 1 to 10 end the run of months
 * from month 11 of the solar year before, its months 11 and 12 start the run
 * from month 11 of `year`, of which only whether it repeats 11 or 12 matters
 * (so its length, up to month 11 of the year after). */
static void lunar_year_months(int year, struct lunar_year *out)
{
	long first[17];
	int k_before = month11_lunation(year - 1), k_this = month11_lunation(year);
	int run = k_this - k_before, next_run = month11_lunation(year + 1) - k_this;
	int leap, next_leap, i, start, end;

	for (i = 0; i <= run + 3; i++)
		first[i] = new_moon_day(k_before + i);
	leap = leap_index(first, run, 12);
	next_leap = leap_index(first + run, next_run, 2);
	/* Month 1 is two months after month 11, three when 11 or 12 repeats. */
	start = leap == 1 || leap == 2 ? 3 : 2;
	end = run + (next_leap < 0 ? 2 : 3);
	out->count = end - start;
	out->leap = -1;
	for (i = start; i <= end; i++) {
		int n = i - start;

		out->first[n] = first[i];
		if (i == end)
			break;
		if (i < run) {
			out->number[n] = (signed char)month_number(i, leap);
			if (i == leap)
				out->leap = n;
		} else {
			out->number[n] = (signed char)month_number(i - run, next_leap);
			if (i - run == next_leap)
				out->leap = n;
		}
	}
}

bool lunar_to_solar(int year, int month, int day, bool leap, int *y, int *m, int *d)
{
	struct lunar_year months;
	int i;

	if (year < LUNAR_YEAR_MIN || year > LUNAR_YEAR_MAX || month < 1 || month > 12 || day < 1 ||
		day > 30)
		return false;
	lunar_year_months(year, &months);
	for (i = 0; i < months.count; i++) {
		if (months.number[i] != month || (i == months.leap) != leap)
			continue;
		if (day > months.first[i + 1] - months.first[i])
			return false;
		calendar_date_of(months.first[i] + day - 1, y, m, d);
		return true;
	}
	return false;
}

bool solar_to_lunar(int y, int m, int d, int *year, int *month, int *day, bool *leap)
{
	struct lunar_year months;
	long jdn;
	int lunar = y, i;

	if (y < LUNAR_YEAR_MIN || y > LUNAR_YEAR_MAX + 1 || !calendar_valid(y, m, d))
		return false;
	jdn = calendar_day_number(y, m, d);
	/* Tết falls in January or February: a day before it is in the year before. */
	if (m <= 2) {
		lunar_year_months(y, &months);
		if (jdn < months.first[0])
			lunar = y - 1;
	}
	if (lunar < LUNAR_YEAR_MIN || lunar > LUNAR_YEAR_MAX)
		return false;
	if (m > 2 || lunar != y)
		lunar_year_months(lunar, &months);
	for (i = months.count - 1; jdn < months.first[i]; i--)
		;
	*year = lunar;
	*month = months.number[i];
	*day = (int)(jdn - months.first[i] + 1);
	*leap = i == months.leap;
	return true;
}

int lunar_leap_month(int year)
{
	struct lunar_year months;

	if (year < LUNAR_YEAR_MIN || year > LUNAR_YEAR_MAX)
		return 0;
	lunar_year_months(year, &months);
	return months.leap < 0 ? 0 : months.number[months.leap];
}

const char *const lunar_stem_names[10] = {
	"giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
};
const char *const lunar_branch_names[12] = {
	"tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi",
};

/* Other spellings of the names, with the index of the name they stand for. */
struct spelling {
	const char *text;
	int index;
};
static const struct spelling stem_spellings[] = {{"kỉ", 5}, {"quí", 9}};
static const struct spelling branch_spellings[] = {{"tị", 5}, {"mẹo", 3}};

void lunar_year_can_chi(int year, int *stem, int *branch)
{
	/* 1984 is Giáp Tý, the start of a cycle; year % 60 first, so no year overflows. */
	int cycle = ((year % 60 - 1984 % 60) % 60 + 60) % 60;

	*stem = cycle % 10;
	*branch = cycle % 12;
}

bool lunar_year_of_can_chi(int stem, int branch, int near_year, int *year)
{
	int cycle, behind;

	if (stem < 0 || stem > 9 || branch < 0 || branch > 11 || stem % 2 != branch % 2 ||
		near_year < -LUNAR_NEAR_YEAR_MAX || near_year > LUNAR_NEAR_YEAR_MAX)
		return false;
	/* The place in the cycle with both remainders: stem + 10 j for some j in 0-5. */
	for (cycle = stem; cycle % 12 != branch; cycle += 10)
		;
	behind = ((near_year - 1984 - cycle) % 60 + 60) % 60;
	*year = behind <= 30 ? near_year - behind : near_year - behind + 60;
	return true;
}

/* The length of `name` at s, each letter compared in lowercase, when the word ends there; else 0. */
static size_t name_len_at(const char *s, size_t n, const char *name)
{
	const unsigned char *text = (const unsigned char *)s, *want = (const unsigned char *)name;
	size_t at = 0, wanted = strlen(name), seen = 0;
	uint32_t got, expected;
	int len;

	while (seen < wanted) {
		if (at == n || (len = u8_decode(text + at, n - at, &got)) <= 0)
			return 0;
		seen += (size_t)u8_decode(want + seen, wanted - seen, &expected);
		if (vn_to_lower(got) != expected)
			return 0;
		at += (size_t)len;
	}
	if (at < n && u8_decode(text + at, n - at, &got) > 0 &&
		(vn_is_letter(got) || (got >= '0' && got <= '9')))
		return 0;
	return at;
}

/* The name of names[0..count) or of spellings[0..extra) that starts s. */
static size_t name_at(const char *s, size_t n, const char *const *names, int count,
	const struct spelling *spellings, size_t extra, int *index)
{
	size_t len, i;
	int k;

	for (k = 0; k < count; k++) {
		if ((len = name_len_at(s, n, names[k]))) {
			*index = k;
			return len;
		}
	}
	for (i = 0; i < extra; i++) {
		if ((len = name_len_at(s, n, spellings[i].text))) {
			*index = spellings[i].index;
			return len;
		}
	}
	return 0;
}

size_t lunar_stem_at(const char *s, size_t n, int *index)
{
	return name_at(s, n, lunar_stem_names, 10, stem_spellings,
		sizeof stem_spellings / sizeof stem_spellings[0], index);
}

size_t lunar_branch_at(const char *s, size_t n, int *index)
{
	return name_at(s, n, lunar_branch_names, 12, branch_spellings,
		sizeof branch_spellings / sizeof branch_spellings[0], index);
}
