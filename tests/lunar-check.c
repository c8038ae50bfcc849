/* lunar-check: drives common/lunar.c for tests/lunar.bats: Tết dates, conversions both ways, facts, names. */
/*
 * It includes lunar.c itself, to reach the worked examples of Meeus in its
 * static functions; built with -DLUNAR_ZONE_HOURS=8 it is China's calendar,
 * which the tests check against China's published dates.
 *
 *   lunar-check tet FIRST LAST        a line per lunar year: YEAR TET STEM BRANCH LEAP
 *   lunar-check roundtrip FIRST LAST  every day of solar years FIRST-LAST to lunar and back
 *   lunar-check facts FILE            each fact of FILE, then "N facts, N matched"
 *   lunar-check solar Y-M-D           the lunar date of a solar date
 *   lunar-check lunar Y-M[L]-D        the solar date of a lunar date (L: leap month)
 *   lunar-check names WORD...         the stem or branch each WORD starts with
 *   lunar-check nearest STEM BRANCH YEAR   lunar_year_of_can_chi
 *   lunar-check meeus                 the worked examples of Meeus' book
 */
#include "../common/lunar.c"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void usage(void)
{
	fputs("usage: lunar-check tet|roundtrip FIRST LAST | facts FILE | solar Y-M-D | lunar Y-M[L]-D |\n"
	      "       names WORD... | nearest STEM BRANCH YEAR | meeus\n", stderr);
	exit(2);
}

static int number(const char *s)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0')
		usage();
	return (int)v;
}

/* "2024-03-10" or, for a lunar date, "2020-04L-01"; false if it is neither. */
static bool parse_date(const char *s, int *y, int *m, int *d, bool *leap)
{
	char l = 0;

	*leap = false;
	if (sscanf(s, "%d-%d-%d", y, m, d) == 3)
		return true;
	if (sscanf(s, "%d-%d%c-%d", y, m, &l, d) == 4 && l == 'L') {
		*leap = true;
		return true;
	}
	return false;
}

static void print_lunar(int year, int month, int day, bool leap)
{
	printf("%04d-%02d%s-%02d", year, month, leap ? "L" : "", day);
}

static void tet(int first, int last)
{
	int year, y, m, d, stem, branch;

	for (year = first; year <= last; year++) {
		if (!lunar_to_solar(year, 1, 1, false, &y, &m, &d)) {
			printf("%d none\n", year);
			continue;
		}
		lunar_year_can_chi(year, &stem, &branch);
		printf("%d %04d-%02d-%02d %s %s %d\n", year, y, m, d, lunar_stem_names[stem],
			lunar_branch_names[branch], lunar_leap_month(year));
	}
}

/* Every solar day of the years, to lunar and back; also that the lunar
 * dates run on one day at a time. */
static void roundtrip(int first, int last)
{
	long days = 0, wrong = 0, jdn;
	int year, month, day, y, m, d, prev_year = 0, prev_month = 0, prev_day = 0;
	bool leap, prev_leap = false;

	for (jdn = calendar_day_number(first, 1, 1); jdn < calendar_day_number(last + 1, 1, 1); jdn++) {
		int sy, sm, sd;

		calendar_date_of(jdn, &sy, &sm, &sd);
		days++;
		if (!solar_to_lunar(sy, sm, sd, &year, &month, &day, &leap) ||
			!lunar_to_solar(year, month, day, leap, &y, &m, &d) || y != sy || m != sm || d != sd) {
			if (wrong++ < 10)
				printf("wrong: %04d-%02d-%02d\n", sy, sm, sd);
			continue;
		}
		if (prev_year && day != prev_day + 1 &&
			!(day == 1 && (prev_day == 29 || prev_day == 30) &&
			  (month != prev_month || leap != prev_leap || year != prev_year))) {
			if (wrong++ < 10)
				printf("jump: %04d-%02d-%02d\n", sy, sm, sd);
		}
		prev_year = year, prev_month = month, prev_day = day, prev_leap = leap;
	}
	printf("%ld days, %ld wrong\n", days, wrong);
	failures += wrong != 0;
}

/* A fact is "LUNAR SOLAR" (2024-03-10 2024-04-18), checked both ways,
 * "LUNAR none" for a day that does not exist, or "leap YEAR MONTH" (MONTH 0:
 * no leap month). '#' starts a comment. */
static void facts(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[512], a[64], b[64];
	int count = 0, matched = 0;

	if (!f) {
		perror(path);
		exit(2);
	}
	while (fgets(line, sizeof line, f)) {
		int ly, lm, ld, sy, sm, sd, y, m, d;
		bool ll, sl, leap;
		char *hash = strchr(line, '#');

		if (hash)
			*hash = '\0';
		if (sscanf(line, "%63s %63s", a, b) != 2)
			continue;
		count++;
		if (strcmp(a, "leap") == 0) {
			int year, month;

			if (sscanf(line, "%*s %d %d", &year, &month) == 2 && lunar_leap_month(year) == month)
				matched++;
			else
				printf("not a fact here: leap %s (computed %d)\n", b, lunar_leap_month(atoi(b)));
			continue;
		}
		if (parse_date(a, &ly, &lm, &ld, &ll) && strcmp(b, "none") == 0) {
			if (!lunar_to_solar(ly, lm, ld, ll, &y, &m, &d))
				matched++;
			else
				printf("not a fact here: %s none (computed %04d-%02d-%02d)\n", a, y, m, d);
			continue;
		}
		if (!parse_date(a, &ly, &lm, &ld, &ll) || !parse_date(b, &sy, &sm, &sd, &sl) || sl) {
			printf("bad line: %s", line);
			continue;
		}
		if (lunar_to_solar(ly, lm, ld, ll, &y, &m, &d) && y == sy && m == sm && d == sd &&
			solar_to_lunar(sy, sm, sd, &y, &m, &d, &leap) && y == ly && m == lm && d == ld &&
			leap == ll) {
			matched++;
			continue;
		}
		printf("not a fact here: %s %s (computed ", a, b);
		if (solar_to_lunar(sy, sm, sd, &y, &m, &d, &leap))
			print_lunar(y, m, d, leap);
		printf(")\n");
	}
	fclose(f);
	printf("%d facts, %d matched\n", count, matched);
	failures += matched != count;
}

static void names(char **words, int count)
{
	int i, index;
	size_t len;

	for (i = 0; i < count; i++) {
		size_t n = strlen(words[i]);

		if ((len = lunar_stem_at(words[i], n, &index)))
			printf("%s: stem %s, %zu bytes\n", words[i], lunar_stem_names[index], len);
		else if ((len = lunar_branch_at(words[i], n, &index)))
			printf("%s: branch %s, %zu bytes\n", words[i], lunar_branch_names[index], len);
		else
			printf("%s: none\n", words[i]);
	}
}

/* Meeus' examples: 7.a (the Julian Day), 25.a (the sun), 49.a (a new moon). */
static void meeus(void)
{
	int y, m, d;

	calendar_date_of(2436116, &y, &m, &d);
	printf("7.a: 1957-10-04 is JD %ld; JD 2436116 is %04d-%02d-%02d\n", calendar_day_number(1957, 10, 4),
		y, m, d);
	printf("25.a: the sun at JDE 2448908.5 is at %.5f degrees\n", sun_longitude(2448908.5));
	printf("49.a: new moon -283 at JDE %.5f\n", new_moon_jde(-283));
}

int main(int argc, char **argv)
{
	int y, m, d, year, month, day;
	bool leap;

	if (argc < 2)
		usage();
	if (strcmp(argv[1], "tet") == 0 && argc == 4) {
		tet(number(argv[2]), number(argv[3]));
	} else if (strcmp(argv[1], "roundtrip") == 0 && argc == 4) {
		roundtrip(number(argv[2]), number(argv[3]));
	} else if (strcmp(argv[1], "facts") == 0 && argc == 3) {
		facts(argv[2]);
	} else if (strcmp(argv[1], "solar") == 0 && argc == 3) {
		if (!parse_date(argv[2], &y, &m, &d, &leap) || leap)
			usage();
		if (solar_to_lunar(y, m, d, &year, &month, &day, &leap))
			print_lunar(year, month, day, leap), putchar('\n');
		else
			puts("none");
	} else if (strcmp(argv[1], "lunar") == 0 && argc == 3) {
		if (!parse_date(argv[2], &year, &month, &day, &leap))
			usage();
		if (lunar_to_solar(year, month, day, leap, &y, &m, &d))
			printf("%04d-%02d-%02d\n", y, m, d);
		else
			puts("none");
	} else if (strcmp(argv[1], "names") == 0) {
		names(argv + 2, argc - 2);
	} else if (strcmp(argv[1], "nearest") == 0 && argc == 5) {
		if (lunar_year_of_can_chi(number(argv[2]), number(argv[3]), number(argv[4]), &year))
			printf("%d\n", year);
		else
			puts("none");
	} else if (strcmp(argv[1], "meeus") == 0 && argc == 2) {
		meeus();
	} else {
		usage();
	}
	return failures ? 1 : 0;
}
