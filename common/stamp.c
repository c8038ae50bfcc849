/* stamp.c: finds a document's stamp and gives its dates their missing years. */
#include "stamp.h"
#include "calendar.h"
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

/* The year that puts month/day nearest before the anchor, or at most about
 * two months after it (news announces what is coming soon); never past 9999. */
static int choose_year(const struct temporal *t, const struct day *a)
{
	int y;

	if (!t->month)
		return a->year;
	for (y = a->year < 9999 ? a->year + 1 : a->year; y > a->year - 1; y--)
		if (ordinal(y, t->month, t->day ? t->day : 1) <= ordinal(a->year, a->month, a->day) + 62)
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
			for (y = choose_year(t, a), k = 3; k >= 0; k--, y /= 10)
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
