/* calendar.h: the Gregorian calendar: which dates exist, day numbers, weekdays and ISO weeks. */
#ifndef VN_CALENDAR_H
#define VN_CALENDAR_H

#include <stdbool.h>

bool calendar_leap_year(int y);

/* Whether day d of month m exists in year y; y 0 stands for a year the
 * text does not give, in which 29 February may fall. */
bool calendar_valid(int y, int m, int d);

/* The Julian day number of a date (2000-01-01 is 2451545), and back. */
long calendar_day_number(int y, int m, int d);
void calendar_date_of(long day, int *y, int *m, int *d);

/* The ISO weekday of a day number: 1 Monday .. 7 Sunday. */
int calendar_weekday(long day);

/* The ISO 8601 week of a day number: its year (which may be the one before
 * or after the date's) and its number, 1 to 53. */
void calendar_iso_week(long day, int *year, int *week);

#endif
