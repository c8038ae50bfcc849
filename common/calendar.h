/* calendar.h: the Gregorian calendar: which dates exist. */
#ifndef VN_CALENDAR_H
#define VN_CALENDAR_H

#include <stdbool.h>

bool calendar_leap_year(int y);

/* Whether day d of month m exists in year y; y 0 stands for a year the
 * text does not give, in which 29 February may fall. */
bool calendar_valid(int y, int m, int d);

#endif
