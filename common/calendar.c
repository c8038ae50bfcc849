/* calendar.c: Gregorian leap years, month lengths, day numbers and ISO weeks. */
#include "calendar.h"

bool calendar_leap_year(int y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

bool calendar_valid(int y, int m, int d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	return !(m == 2 && d == 29 && y && !calendar_leap_year(y));
}

/* Meeus ch. 7 in integers: floor(365.25 x) is 1461 x / 4, floor(30.6001 x) is 306001 x / 10000. */
long calendar_day_number(int year, int month, int day)
{
	long y = year, m = month, centuries;

	if (m <= 2) {
		y -= 1;
		m += 12;
	}
	centuries = y / 100;
	return 1461 * (y + 4716) / 4 + 306001 * (m + 1) / 10000 + day + 2 - centuries + centuries / 4 - 1524;
}

void calendar_date_of(long jdn, int *year, int *month, int *day)
{
	long alpha = (4 * jdn - 7468865) / 146097; /* (jdn - 1867216.25) / 36524.25 */
	long a = jdn + 1 + alpha - alpha / 4;
	long b = a + 1524;
	long c = (100 * b - 12210) / 36525; /* (b - 122.1) / 365.25 */
	long d = 36525 * c / 100;
	long e = 10000 * (b - d) / 306001;

	*day = (int)(b - d - 306001 * e / 10000);
	*month = (int)(e < 14 ? e - 1 : e - 13);
	*year = (int)(*month > 2 ? c - 4716 : c - 4715);
}

int calendar_weekday(long day)
{
	/* Day number 0 was a Monday. */
	return (int)(day % 7) + 1;
}

void calendar_iso_week(long day, int *year, int *week)
{
	/* The week's Thursday decides its year; week 1 holds 4 January. */
	long thursday = day - calendar_weekday(day) + 4;
	int y, m, d;

	calendar_date_of(thursday, &y, &m, &d);
	*year = y;
	*week = (int)((thursday - calendar_day_number(y, 1, 1)) / 7) + 1;
}
