/* stamp.c: finds a document's stamp and gives its dates their missing years;
 * reads a stamp line. */
#include "stamp.h"
#include "calendar.h"
#include "token.h"
#include "vietnamese.h"

#include <string.h>

const char *const anchor_names[] = {"text", "doc", "ref", "-"};

bool day_parse(const char *s, struct day *d)
{
	int v[3] = {0, 0, 0}, f = 0;
	size_t i;

	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return false;
			f++;
		} else if (vn_is_digit(s[i])) {
			v[f] = v[f] * 10 + (s[i] - '0');
		} else {
			return false;
		}
	}
	if (s[10] || v[0] < 1000 || !calendar_valid(v[0], v[1], v[2]))
		return false;
	d->year = v[0], d->month = v[1], d->day = v[2];
	return true;
}

/* A day number good enough to compare dates a few months apart. */
static long ordinal(int y, int m, int d)
{
	return (long)y * 372 + m * 31 + d;
}

int stamp_year(const struct day *a, int month, int day)
{
	int y;

	if (!month)
		return a->year;
	for (y = a->year < 9999 ? a->year + 1 : a->year; y > a->year - 1; y--)
		if (ordinal(y, month, day ? day : 1) <= ordinal(a->year, a->month, a->day) + 62)
			break;
	return y;
}

/* Hands t over with the year of the stamp, or of --ref, in its XXXX. */
static void hand_over(const struct stamp *st, long line, long sent, const struct temporal *t,
		      const char *text)
{
	const struct day *a = st->day.year ? &st->day : st->ref.year ? &st->ref : NULL;
	char value[TEMPORAL_VALUE_MAX], year[4], *x;
	struct dated d = {st->doc, line, sent, t, text, value, ANCHOR_TEXT};
	int y, k;

	memcpy(value, t->value, sizeof value);
	if (t->yearless) {
		d.anchor = ANCHOR_NONE;
		/* A clock time alone has no day to put a year on. */
		if (a && !strstr(value, "-XX")) {
			d.anchor = a == &st->day ? ANCHOR_DOC : ANCHOR_REF;
			for (y = stamp_year(a, t->month, t->day), k = 3; k >= 0; k--, y /= 10)
				year[k] = (char)('0' + y % 10);
			while ((x = strstr(value, "XXXX")))
				memcpy(x, year, 4);
		}
	}
	st->dated(&d, st->ctx);
}

/* Hands over what was held, now that the anchor is settled, and stops holding. */
static void release(struct stamp *st)
{
	size_t k;

	for (k = 0; k < st->nheld; k++) {
		const struct held *h = &st->held[k];
		hand_over(st, h->line, h->sent, &h->t, st->pool + h->text);
	}
	st->nheld = st->poollen = 0;
	st->window = false;
}

void stamp_begin(struct stamp *st, const char *doc)
{
	st->doc = doc;
	st->day.year = 0;
	st->sentences = 0;
	st->window = true;
	st->year_line = 0;
	st->nheld = st->poollen = 0;
}

void stamp_end(struct stamp *st)
{
	release(st);
}

/* A full date at the start of one of the first sentences: "Cập nhật ngày:
 * 26/07/2022 13:54:23", "Sáng ngày 16/7/2021, ...". */
static bool is_stamp(const struct temporal *t)
{
	return !t->yearless && t->day && t->start <= STAMP_OFFSET &&
	       (t->kind == TEMPORAL_DATE || t->kind == TEMPORAL_TIME);
}

static void hold(struct stamp *st, const struct sentence *s, const struct temporal *t)
{
	struct held *h;

	if (st->nheld == STAMP_HELD || t->len + 1 > STAMP_TEXT - st->poollen) {
		release(st);
		hand_over(st, s->line, s->sent, t, s->text + t->start);
		return;
	}
	h = &st->held[st->nheld++];
	h->line = s->line, h->sent = s->sent, h->t = *t;
	h->text = st->poollen;
	memcpy(st->pool + st->poollen, s->text + t->start, t->len);
	st->poollen += t->len;
}

/* "Năm 2020, ... Trong năm, có 98,6% ...": "Trong năm" is the year the
 * paragraph last named in a date, before any anchor. */
static void told_year(struct stamp *st, long line, struct temporal *t)
{
	bool named = !t->yearless && (t->kind == TEMPORAL_DATE || t->kind == TEMPORAL_TIME);

	if (named) {
		memcpy(st->year, t->value, 4);
		st->year_line = line;
	} else if (t->year_told && st->year_line == line) {
		memcpy(t->value, st->year, 4);
		t->yearless = false;
	}
}

/* The year, month and day of a full date's VALUE (YYYY-MM-DD...). */
static struct day day_of(const char *v)
{
	return (struct day){(v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0'),
			    (v[5] - '0') * 10 + (v[6] - '0'), (v[8] - '0') * 10 + (v[9] - '0')};
}

void stamp_read(struct stamp *st, const struct sentence *s)
{
	struct temporal t;
	size_t from = 0;

	if (st->window && ++st->sentences > STAMP_SENTENCES)
		release(st);
	while (temporal_find(s->text, s->len, from, &t)) {
		from = t.start + t.len;
		told_year(st, s->line, &t);
		if (!st->window) {
			hand_over(st, s->line, s->sent, &t, s->text + t.start);
			continue;
		}
		/* The rest of the stamp's sentence is handed over after what came before. */
		if (!st->day.year && is_stamp(&t))
			st->day = day_of(t.value);
		hold(st, s, &t);
	}
	if (st->day.year && st->window)
		release(st);
}

/* ---- Stamp lines ---- */

/* What a page prints before its stamp, longest first where one begins another. */
static const char *const stamp_labels[] = {
	"cập nhật ngày", "cập nhật lúc", "cập nhật", "ngày cập nhật", "thời gian cập nhật",
	"ngày đăng tải", "ngày đăng", "đăng ngày", "đăng lúc", "đăng tải", "thời gian đăng",
	"ngày xuất bản", "xuất bản", "thời gian", "ngày", "đăng",
};
static struct phrase_list stamp_label_list = PHRASE_LIST(stamp_labels);

/* What a page prints after it: a count, before or after its word. */
static const char *const stamp_counts[] = {
	"lượt xem", "lượt đọc", "lượt truy cập", "lượt thích", "bình luận", "views",
};
static struct phrase_list stamp_count_list = PHRASE_LIST(stamp_counts);

/* What parts the pieces of a stamp line: spaces, commas, dashes, bars, slashes,
 * brackets and the middle dot. */
static size_t stamp_separators(const char *s, size_t n, size_t i)
{
	size_t k;

	for (;;) {
		i = vn_skip_spaces(s, n, i);
		if (i < n && s[i] && strchr(",|/()", s[i]))
			i++;
		else if ((k = vn_dash_len(s + i, n - i)))
			i += k;
		else if (n - i >= 2 && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB7)
			i += 2;
		else
			return i;
	}
}

/* Digits, with the dots and commas of a grouped number: the end, or i. */
static size_t stamp_number(const char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && (vn_is_digit(s[j]) || ((s[j] == '.' || s[j] == ',') && j > i && j + 1 < n &&
					      vn_is_digit(s[j + 1]))))
		j++;
	return j;
}

/* A count of views or comments at i ("Lượt xem: 1.204", "1.204 lượt xem"):
 * its end, or 0. */
static size_t stamp_count(const char *s, size_t n, size_t i)
{
	size_t e, j;

	if ((e = match_list(s, n, i, &stamp_count_list, NULL))) {
		j = vn_skip_spaces(s, n, e);
		if (j < n && s[j] == ':')
			j = vn_skip_spaces(s, n, j + 1);
		return stamp_number(s, n, j) > j ? stamp_number(s, n, j) : 0;
	}
	if ((j = stamp_number(s, n, i)) > i)
		return match_list(s, n, vn_skip_spaces(s, n, j), &stamp_count_list, NULL);
	return 0;
}

/* A zone at i ("GMT+7", "UTC +07:00", "+07:00"): its end, or 0. */
static size_t stamp_zone(const char *s, size_t n, size_t i)
{
	size_t j = i;

	if ((j = match_phrase(s, n, i, "gmt")) || (j = match_phrase(s, n, i, "utc")))
		j = vn_skip_spaces(s, n, j);
	else
		j = i;
	if (j < n && (s[j] == '+' || s[j] == '-') && j + 1 < n && vn_is_digit(s[j + 1])) {
		j = stamp_number(s, n, j + 1);
		if (j + 1 < n && s[j] == ':' && vn_is_digit(s[j + 1]))
			j = stamp_number(s, n, j + 1);
		return j;
	}
	return j > i ? j : 0;
}

/* The clock time of a TIME value ("2022-07-26T13:54:23", "XXXX-XX-XXT16:05"):
 * the digits after the T, or NULL for a part of the day ("TMO"). */
static const char *clock_of(const char *v)
{
	const char *t = strchr(v, 'T');

	return t && vn_is_digit(t[1]) ? t + 1 : NULL;
}

bool stamp_line(const char *s, size_t n, char value[TEMPORAL_VALUE_MAX])
{
	char date[11] = "", clock[9] = "";
	bool labelled = false;
	struct temporal t;
	size_t i = 0, e, digits = 0;

	if (n > STAMP_LINE_MAX)
		return false;
	/* A full date has a year: four digits at least. */
	for (e = 0; e < n; e++)
		digits += vn_is_digit(s[e]);
	if (digits < 4)
		return false;
	while ((i = stamp_separators(s, n, i)) < n) {
		if (temporal_find(s, n, i, &t) && t.start == i && !t.lunar &&
		    (t.kind == TEMPORAL_DATE || t.kind == TEMPORAL_TIME)) {
			const char *c = t.kind == TEMPORAL_TIME ? clock_of(t.value) : NULL;
			bool day = !t.yearless && t.day;
			if ((t.kind == TEMPORAL_TIME && !c) || (!day && !c) || (day && *date) || (c && *clock))
				return false;
			if (day)
				memcpy(date, t.value, 10);
			if (c) {
				size_t k = strlen(c) < 8 ? strlen(c) : 8;
				memcpy(clock, c, k);
				clock[k] = '\0';
			}
			i = t.start + t.len;
		} else if (!*date && !*clock && !labelled && (e = match_list(s, n, i, &stamp_label_list, NULL))) {
			labelled = true;
			i = vn_skip_spaces(s, n, e);
			if (i < n && s[i] == ':')
				i++;
		} else if (*clock && ((e = match_phrase(s, n, i, "am")) || (e = match_phrase(s, n, i, "sa")))) {
			i = e;
		} else if (*clock && ((e = match_phrase(s, n, i, "pm")) || (e = match_phrase(s, n, i, "ch")))) {
			/* 12 PM is noon; 1 PM to 11 PM are 13:00 to 23:00. */
			int hour = (clock[0] - '0') * 10 + (clock[1] - '0');
			if (hour < 12) {
				hour += 12;
				clock[0] = (char)('0' + hour / 10), clock[1] = (char)('0' + hour % 10);
			}
			i = e;
		} else if ((*date || *clock) && ((e = stamp_zone(s, n, i)) || (e = stamp_count(s, n, i)))) {
			i = e;
		} else {
			return false;
		}
	}
	if (!*date)
		return false;
	memcpy(value, date, 11);
	if (*clock) {
		value[10] = 'T';
		memcpy(value + 11, clock, strlen(clock) + 1);
	}
	return true;
}
