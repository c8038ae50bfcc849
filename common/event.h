/* event.h: the event a sentence reports: a conference, a ceremony, a
 * congress ("hội nghị tổng kết công tác xây dựng Đảng năm 2019"), with its
 * subject as written, the body that holds it ("Ban Thường vụ Tỉnh ủy tổ chức
 * ..."), and the period it reviews ("năm 2019", "nhiệm kỳ 2020 - 2025"),
 * from which the year of its date may be told. */
#ifndef VN_EVENT_H
#define VN_EVENT_H

#include <stdbool.h>
#include <stddef.h>

#include "token.h"

struct event {
	struct span name;      /* the kind and its subject: VALUE */
	struct span organizer; /* who holds it; len 0 when not said */
	bool held;             /* a verb says it is held: "tổ chức", "khai mạc", "diễn ra" */
	/* When the period it reviews ends (the first period named after
	 * "tổng kết" or "sơ kết", else the first it names): the last day of
	 * "năm 2019", of "giai đoạn 2016 - 2020", of "6 tháng đầu năm 2022";
	 * the middle of the last year of "nhiệm kỳ 2020 - 2025", whose
	 * congresses close it. Year 0 when it names none. */
	int review_year, review_month, review_day;
};

/*
 * Finds the first event the sentence s[0..n) names; fills *e and returns
 * true, or returns false. A plural or generic mention ("các hội nghị") is
 * no event.
 */
bool event_find(const char *s, size_t n, struct event *e);

/* The year of a date on month/day that an event reviewing e's period was held
 * in, when the text gives none: the year that puts the date nearest the end of
 * that period; 0 when e names no period. */
int event_year(const struct event *e, int month, int day);

#endif
