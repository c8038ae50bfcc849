/* Fuzz target: the lunar calendar's conversions both ways and its name matchers, on arbitrary numbers and bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/lunar.h"

/* The next number from the input, spread over the years around the range (and past it). */
static int take(const uint8_t **data, size_t *size, int span, int base)
{
	uint32_t v = 0;
	int i;

	for (i = 0; i < 2 && *size; i++, (*data)++, (*size)--)
		v = v << 8 | **data;
	return base + (int)(v % (uint32_t)span);
}

static void check_lunar(int year, int month, int day, bool leap)
{
	int y, m, d, ly, lm, ld;
	bool ll;

	if (!lunar_to_solar(year, month, day, leap, &y, &m, &d))
		return;
	if (year < LUNAR_YEAR_MIN || year > LUNAR_YEAR_MAX || month < 1 || month > 12 || day < 1 ||
		day > 30 || (leap && lunar_leap_month(year) != month))
		abort();
	if (!solar_to_lunar(y, m, d, &ly, &lm, &ld, &ll) || ly != year || lm != month || ld != day ||
		ll != leap)
		abort();
}

static void check_solar(int y, int m, int d)
{
	int year, month, day, sy, sm, sd;
	bool leap;

	if (!solar_to_lunar(y, m, d, &year, &month, &day, &leap))
		return;
	if (m < 1 || m > 12 || d < 1 || d > 31 || year < LUNAR_YEAR_MIN || year > LUNAR_YEAR_MAX ||
		(year != y && year != y - 1) || month < 1 || month > 12 || day < 1 || day > 30)
		abort();
	if (!lunar_to_solar(year, month, day, leap, &sy, &sm, &sd) || sy != y || sm != m || sd != d)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	size_t n = size, len;
	int year, stem, branch, near, found, index, s, b;

	year = take(&data, &size, 500, 1750);
	check_lunar(year, take(&data, &size, 15, -1), take(&data, &size, 33, -1), size && (*data & 1));
	check_solar(take(&data, &size, 500, 1750), take(&data, &size, 15, -1), take(&data, &size, 33, -1));

	/* The year nearest a reference has the asked names and is at most 30 years off. */
	stem = take(&data, &size, 12, -1);
	branch = take(&data, &size, 14, -1);
	near = take(&data, &size, 60000, -30000) * 40; /* past LUNAR_NEAR_YEAR_MAX too */
	if (lunar_year_of_can_chi(stem, branch, near, &found)) {
		lunar_year_can_chi(found, &s, &b);
		if (s != stem || b != branch || abs(found - near) > 30)
			abort();
	} else if (stem >= 0 && stem <= 9 && branch >= 0 && branch <= 11 && stem % 2 == branch % 2 &&
		abs(near) <= LUNAR_NEAR_YEAR_MAX) {
		abort();
	}

	/* A name found is within the input and a known index. */
	if ((len = lunar_stem_at(text, n, &index)) && (len > n || index < 0 || index > 9))
		abort();
	if ((len = lunar_branch_at(text, n, &index)) && (len > n || index < 0 || index > 11))
		abort();
	return 0;
}
