/* stamp.c: finds a document's stamp and works out its dates against it;
 * reads a stamp line. */
#include "stamp.h"
#include "calendar.h"
#include "lunar.h"
#include "token.h"
#include "utf8.h"
#include "vietnamese.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

const char *const anchor_names[] = {"text", "doc", "ref", "-"};
const char *const calendar_names[] = {"solar", "lunar"};

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

/*
 * The year for month/day that the anchor a gives: for a future the text
 * tells of, the first on or after the anchor; for a past, the last on or
 * before it; else the one nearest before the anchor, or at most about two
 * months after it (news announces what is coming soon). Never past 9999.
 */
static int choose_year(int month, int day, const struct day *a, enum temporal_tense tense)
{
	long now = ordinal(a->year, a->month, a->day);
	int y;

	if (!month)
		return a->year;
	if (tense == TENSE_FUTURE) {
		for (y = a->year - 1; y < a->year + 1; y++)
			if (ordinal(y, month, day ? day : 31) >= now)
				break;
		return y;
	}
	for (y = a->year < 9999 ? a->year + 1 : a->year; y > a->year - 1; y--)
		if (ordinal(y, month, day ? day : 1) <= now + (tense == TENSE_PAST ? 0 : 62))
			break;
	return y;
}

int stamp_year(const struct day *a, int month, int day)
{
	return choose_year(month, day, a, TENSE_NONE);
}

/* The year of month/day named after the full date said in its sentence:
 * the same, or the next when the day falls up to six weeks after a date
 * late in the year (30/12/2020 ... 2/1). */
static int year_after(int month, int day, const struct day *said)
{
	long at = ordinal(said->year, said->month, said->day), then = ordinal(said->year, month, day ? day : 1);

	return then < at && ordinal(said->year + 1, month, day ? day : 1) - at <= 45 ? said->year + 1
										     : said->year;
}

/* The date of a day named alone ("Ngày 9, ...", "ngày 9 cùng tháng"),
 * from base: the day the text named last, whose month it is; or the
 * anchor, the last such day on or before it, the first on or after it for
 * a future. Whether that month has the day. */
static bool month_of_day(int day, const struct day *base, bool named, enum temporal_tense tense, struct day *out)
{
	int y = base->year, m = base->month;

	if (!named && day < base->day && tense == TENSE_FUTURE && ++m > 12)
		m = 1, y++;
	else if (!named && day > base->day && tense != TENSE_FUTURE && --m < 1)
		m = 12, y--;
	if (!calendar_valid(y, m, day))
		return false;
	*out = (struct day){y, m, day};
	return true;
}

bool stamp_month(const struct day *a, int day, enum temporal_tense tense, struct day *out)
{
	return month_of_day(day, a, false, tense, out);
}

/* The solar day of the lunar month and day of t in the year that the
 * anchor gives, by the rule of choose_year, as a day number; 0 for none. */
static long choose_lunar(const struct temporal *t, int month, int day, const struct day *a, int *year)
{
	long now = calendar_day_number(a->year, a->month, a->day), best = 0, jd;
	int ly, lm, ld, c, y, m, d;
	bool leap;

	if (!solar_to_lunar(a->year, a->month, a->day, &ly, &lm, &ld, &leap))
		return 0;
	for (c = ly - 1; c <= ly + 1; c++) {
		if (!lunar_to_solar(c, month, day, t->leap, &y, &m, &d))
			continue;
		jd = calendar_day_number(y, m, d);
		if (t->tense == TENSE_FUTURE ? jd >= now - 1 && !best
		    : jd <= now + (t->tense == TENSE_PAST ? 1 : 62)) {
			best = jd;
			*year = c;
		}
	}
	return best;
}

static void put_day(char *b, size_t cap, long jd, const char *tail)
{
	int y, m, d;

	calendar_date_of(jd, &y, &m, &d);
	snprintf(b, cap, "%04d-%02d-%02d%s", y, m, d, tail);
}

/* The value of a date relative to the anchor a; false when that day is not
 * in the year it falls in (29 tháng 2 năm ngoái in 2024). */
static bool relative_value(const struct temporal *t, const struct day *a, char *b, size_t cap)
{
	long jd = calendar_day_number(a->year, a->month, a->day);
	int y, w, k;

	switch (t->rel) {
	case REL_DAY:
		put_day(b, cap, jd + t->offset, t->tail);
		return true;
	case REL_WEEKDAY:
		/* the next such weekday after the anchor, or the last before it;
		 * a bare one, on or after it for a future, else on or before it */
		k = t->weekday - calendar_weekday(jd);
		if (t->offset > 0)
			k = k > 0 ? k : k + 7;
		else if (t->offset < 0)
			k = k < 0 ? k : k - 7;
		else if (t->tense == TENSE_FUTURE)
			k = k >= 0 ? k : k + 7;
		else
			k = k <= 0 ? k : k - 7;
		put_day(b, cap, jd + k, t->tail);
		return true;
	case REL_WEEK:
		jd += 7L * t->offset;
		if (t->weekday) {
			put_day(b, cap, jd - calendar_weekday(jd) + t->weekday, t->tail);
			return true;
		}
		calendar_iso_week(jd, &y, &w);
		snprintf(b, cap, "%04d-W%02d%s", y, w, t->tail);
		return true;
	case REL_MONTH:
		k = a->year * 12 + a->month - 1 + t->offset;
		snprintf(b, cap, "%04d-%02d%s", k / 12, k % 12 + 1, t->tail);
		return true;
	case REL_QUARTER:
		k = a->year * 4 + (a->month - 1) / 3 + t->offset;
		snprintf(b, cap, "%04d-Q%d%s", k / 4, k % 4 + 1, t->tail);
		return true;
	case REL_YEAR:
		if (t->day) { /* 13 tháng 7 năm ngoái */
			if (!calendar_valid(a->year + t->offset, t->month, t->day))
				return false;
			snprintf(b, cap, "%04d-%02d-%02d%s", a->year + t->offset, t->month, t->day, t->tail);
		} else if (t->month) /* tháng 7 năm ngoái */
			snprintf(b, cap, "%04d-%02d%s", a->year + t->offset, t->month, t->tail);
		else
			snprintf(b, cap, "%04d%s", a->year + t->offset, t->tail);
		return true;
	default:
		return false;
	}
}

bool stamp_relative(const struct temporal *t, const struct day *a, char *b, size_t cap)
{
	return a->year && relative_value(t, a, b, cap);
}

/* The value of a lunar date, in solar days, when its year is known from
 * the text or the anchor a; false when it is not or the day does not exist. */
static bool lunar_value(const struct temporal *t, const struct day *a, char *b, size_t cap,
			enum temporal_kind *kind, enum anchor *anchor, enum anchor from)
{
	int year = t->lunar_year, y, m, d, last;
	long first, end = 0;

	*anchor = ANCHOR_TEXT;
	if (!year && t->stem >= 0 && a) {
		if (!lunar_year_of_can_chi(t->stem, t->branch, a->year, &year))
			return false;
		*anchor = from;
	}
	if (!t->lunar_month) {
		if (!year)
			return false; /* a can chi alone, and no anchor to place it */
		snprintf(b, cap, "%04d", year);
		return true;
	}
	if (!year && !a)
		return false;
	if (!year) {
		*anchor = from;
		if (!choose_lunar(t, t->lunar_month, t->lunar_day ? t->lunar_day : 1, a, &year))
			return false;
	}
	if (t->lunar_day) {
		/* "30 tháng Chạp" is the eve of Tết, the 29th in a short year */
		if (!lunar_to_solar(year, t->lunar_month, t->lunar_day, t->leap, &y, &m, &d) &&
		    !(t->lunar_month == 12 && t->lunar_day == 30 && lunar_to_solar(year, 12, 29, t->leap, &y, &m, &d)))
			return false;
		snprintf(b, cap, "%04d-%02d-%02d%s", y, m, d, t->tail);
		return true;
	}
	/* a whole lunar month: its first day to its last */
	if (!lunar_to_solar(year, t->lunar_month, 1, t->leap, &y, &m, &d))
		return false;
	first = calendar_day_number(y, m, d);
	for (last = 30; last >= 29 && !end; last--)
		if (lunar_to_solar(year, t->lunar_month, last, t->leap, &y, &m, &d))
			end = calendar_day_number(y, m, d);
	put_day(b, cap, first, "");
	b[10] = '/';
	put_day(b + 11, cap - 11, end, "");
	*kind = TEMPORAL_INTERVAL;
	return true;
}

bool stamp_lunar(const struct temporal *t, const struct day *a, char *b, size_t cap)
{
	enum temporal_kind kind = t->kind;
	enum anchor anchor;

	return t->lunar && t->lunar_day && lunar_value(t, a, b, cap, &kind, &anchor, ANCHOR_DOC);
}

/* The last day in a value, YYYY-MM-DD or XXXX-MM-DD (year 0), for "cùng
 * ngày" after it; a day not known (XXXX-XX-XX) is month 0, a clock alone
 * (XXXX-XX-XXT21:00) no day. */
static bool last_day_in(const char *v, struct day *d)
{
	size_t i, len = strlen(v);
	bool found = false;

	for (i = 0; i + 10 <= len; i++)
		if ((i == 0 || v[i - 1] == '/') && v[i + 4] == '-' && v[i + 7] == '-' &&
		    (v[i + 10] == '\0' || v[i + 10] == 'T' || v[i + 10] == '/')) {
			if (vn_is_digit(v[i]) && vn_is_digit(v[i + 3]))
				d->year = (v[i] - '0') * 1000 + (v[i + 1] - '0') * 100 + (v[i + 2] - '0') * 10 +
					  (v[i + 3] - '0');
			else if (v[i] == 'X')
				d->year = 0;
			else
				continue;
			if (vn_is_digit(v[i + 5]) && vn_is_digit(v[i + 8])) {
				d->month = (v[i + 5] - '0') * 10 + (v[i + 6] - '0');
				d->day = (v[i + 8] - '0') * 10 + (v[i + 9] - '0');
			} else if (v[i + 10] == 'T') {
				continue; /* a clock alone keeps the day in context */
			} else {
				d->month = d->day = 0;
			}
			found = true;
		}
	return found;
}

/* The date a relative one of unit rel counts from in the text: the date
 * its sentence named last, or for a year the year its paragraph named. */
static bool text_base(const struct stamp *st, long line, long sent, enum temporal_rel rel, struct day *base)
{
	if (st->day_line == line && st->day_sent == sent && st->said.year &&
	    (st->said.day || rel == REL_MONTH || rel == REL_QUARTER || rel == REL_YEAR)) {
		*base = st->said;
		if (!base->day)
			base->day = 1;
		return true;
	}
	if (rel == REL_YEAR && st->named_line == line && st->named_year) {
		*base = (struct day){st->named_year, 1, 1};
		return true;
	}
	return false;
}

/* Hands t over with what its anchor gives it. */
static void hand_over(struct stamp *st, long line, long sent, const struct temporal *t, const char *text)
{
	const struct day *a = st->day.year ? &st->day : st->ref.year ? &st->ref : NULL;
	enum anchor from = a == &st->day ? ANCHOR_DOC : ANCHOR_REF;
	char value[TEMPORAL_VALUE_MAX], *x;
	struct dated d = {st->doc, line, sent, t, t->kind, text, value, ANCHOR_TEXT,
			  t->lunar ? CALENDAR_LUNAR : CALENDAR_SOLAR};
	struct day named, base;
	int y = 0, k, v;

	memcpy(value, t->value, sizeof value);
	if (t->rel == REL_SAME_DAY) {
		d.anchor = ANCHOR_NONE;
		if (st->last_day.month) {
			if (st->last_day.year)
				snprintf(value, sizeof value, "%04d-%02d-%02d%s", st->last_day.year,
					 st->last_day.month, st->last_day.day, t->tail);
			else
				snprintf(value, sizeof value, "XXXX-%02d-%02d%s", st->last_day.month,
					 st->last_day.day, t->tail);
			d.anchor = st->last_anchor;
		}
	} else if (t->rel != REL_NONE) {
		/* năm sau, tuần trước: from the date the text named last, when
		 * there is one; hôm qua, năm ngoái: from the anchor */
		d.anchor = ANCHOR_NONE;
		if (t->base != BASE_ANCHOR && text_base(st, line, sent, t->rel, &base)) {
			if (relative_value(t, &base, value, sizeof value))
				d.anchor = ANCHOR_TEXT;
		} else if (a && t->base != BASE_TEXT) {
			if (relative_value(t, a, value, sizeof value))
				d.anchor = from;
		}
	} else if (t->lunar) {
		/* "ngày 2/9/2023 (tức ngày 18 tháng 7 âm lịch)": the lunar year of
		 * the date its sentence named, before the anchor's */
		bool said = !t->lunar_year && text_base(st, line, sent, REL_DAY, &base);
		if (!lunar_value(t, said ? &base : a, value, sizeof value, &d.kind, &d.anchor,
				 said ? ANCHOR_TEXT : from)) {
			memcpy(value, t->value, sizeof value);
			d.anchor = ANCHOR_NONE;
		}
	} else if (t->yearless && t->day && !t->month) {
		/* a day alone: of the month of the date the text gave last (not
		 * the stamp's own), else by the anchor */
		d.anchor = ANCHOR_NONE;
		if (st->last_day.year && st->last_day.month && st->last_anchor == ANCHOR_TEXT &&
		    !(st->last_day.year == st->day.year && st->last_day.month == st->day.month &&
		      st->last_day.day == st->day.day) &&
		    month_of_day(t->day, &st->last_day, true, t->tense, &named))
			d.anchor = st->last_anchor;
		else if (a && month_of_day(t->day, a, false, t->tense, &named))
			d.anchor = from;
		if (d.anchor != ANCHOR_NONE)
			snprintf(value, sizeof value, "%04d-%02d-%02d%s", named.year, named.month, named.day, t->tail);
	} else if (t->yearless) {
		d.anchor = ANCHOR_NONE;
		/* A clock time alone has no day to put a year on; a day after a
		 * full date of its sentence takes that date's year ("ngày 1/8/1949
		 * ... Ngày 4/8"), else the anchor gives one. */
		if (!strstr(value, "-XX") && t->month && st->day_line == line && st->day_sent == sent) {
			d.anchor = ANCHOR_TEXT;
			y = year_after(t->month, t->day, &st->said);
		} else if (a && !strstr(value, "-XX")) {
			d.anchor = from;
			y = choose_year(t->month, t->day, a, t->tense);
		}
		/* the end of từ tháng 10 đến tháng 3 is in the next year */
		for (x = value; d.anchor != ANCHOR_NONE && (x = strstr(x, "XXXX")); x += 4) {
			for (v = y, k = 3; k >= 0; k--, v /= 10)
				x[k] = (char)('0' + v % 10);
			y += t->wraps;
		}
	} else if (t->month && t->kind != TEMPORAL_DURATION && vn_is_digit(value[0])) {
		/* a date the text gives whole: what a bare day after it in its
		 * sentence, and "năm sau" there, count from */
		st->day_line = line, st->day_sent = sent;
		st->said = (struct day){(value[0] - '0') * 1000 + (value[1] - '0') * 100 + (value[2] - '0') * 10 +
					(value[3] - '0'), t->month, t->day};
	}
	if (!t->lunar && t->kind != TEMPORAL_DURATION && vn_is_digit(value[0]) && vn_is_digit(value[3]) &&
	    d.anchor == ANCHOR_TEXT) {
		st->named_line = line;
		st->named_year = (value[0] - '0') * 1000 + (value[1] - '0') * 100 + (value[2] - '0') * 10 +
				 (value[3] - '0');
	}
	if (t->kind != TEMPORAL_DURATION && last_day_in(value, &named)) {
		st->last_day = named;
		st->last_anchor = d.anchor;
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

/* The window closes: a dateline no later year contradicts is the stamp. */
static void close_window(struct stamp *st)
{
	if (!st->day.year && st->dateline.year && st->latest_year <= st->dateline.year) {
		st->day = st->dateline;
		st->kind = STAMP_DATELINE;
	}
	release(st);
}

void stamp_begin(struct stamp *st, const char *doc)
{
	st->doc = doc;
	st->day.year = st->dateline.year = st->last_day.year = st->said.year = 0;
	st->last_day.month = 0;
	st->day_line = st->day_sent = st->named_line = 0;
	st->kind = STAMP_NONE;
	st->latest_year = 0;
	st->dated_before = false;
	st->sentences = 0;
	st->window = true;
	st->year_line = 0;
	st->nheld = st->poollen = 0;
}

void stamp_end(struct stamp *st)
{
	close_window(st);
}

/* A full date: day, month and year, in the solar calendar. */
static bool full_date(const struct temporal *t)
{
	return !t->yearless && t->day && !t->lunar && t->rel == REL_NONE &&
	       (t->kind == TEMPORAL_DATE || t->kind == TEMPORAL_TIME);
}

/* The year, month and day of a full date's VALUE (YYYY-MM-DD...). */
static struct day day_of(const char *v)
{
	return (struct day){(v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0'),
			    (v[5] - '0') * 10 + (v[6] - '0'), (v[8] - '0') * 10 + (v[9] - '0')};
}

/* Whether the word at s starts with a capital. */
static bool capitalised(const char *s, size_t n)
{
	uint32_t cp;

	return u8_decode((const unsigned char *)s, n, &cp) > 0 && vn_is_upper(cp);
}

/* Whether t opens the sentence s as a dateline does: at its start, or
 * after a place or an agency and a dash (TTXVN - Ngày ...), a comma after. */
static bool opens_dateline(const struct temporal *t, const struct sentence *s)
{
	const char *x = s->text;
	size_t j = vn_skip_spaces_back(x, t->start), i, e, k;
	int depth = 0;

	k = vn_skip_spaces(x, s->len, t->start + t->len);
	if (k >= s->len || x[k] != ',')
		return false;
	if (j == 0)
		return true;
	if (!vn_dash_len(x + j - 1, 1) && x[j - 1] != ')' && !(j >= 3 && vn_dash_len(x + j - 3, 3)))
		return false;
	/* every word before is capitalised or in brackets */
	for (i = 0; i < j;) {
		if (!(e = vn_word_char_len(x + i, j - i))) {
			depth += x[i] == '(' ? 1 : x[i] == ')' ? -1 : 0;
			i++;
			continue;
		}
		if (!depth && !capitalised(x + i, j - i))
			return false;
		while (i < j && (e = vn_word_char_len(x + i, j - i)))
			i += e;
	}
	return true;
}

static void hold(struct stamp *st, const struct sentence *s, const struct temporal *t)
{
	struct held *h;

	if (st->nheld == STAMP_HELD || t->len + 1 > STAMP_TEXT - st->poollen) {
		close_window(st);
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
	bool named = !t->yearless && !t->lunar && t->rel == REL_NONE &&
		     (t->kind == TEMPORAL_DATE || t->kind == TEMPORAL_TIME);

	if (named) {
		memcpy(st->year, t->value, 4);
		st->year_line = line;
	} else if (t->year_told && st->year_line == line) {
		memcpy(t->value, st->year, 4);
		t->yearless = false;
	}
}

void stamp_read(struct stamp *st, const struct sentence *s)
{
	struct temporal t;
	size_t from = 0, stamp = (size_t)-1;
	struct day dateline = {0, 0, 0};
	bool opening = true;
	char line[TEMPORAL_VALUE_MAX];

	if (st->window && ++st->sentences > STAMP_SENTENCES)
		close_window(st);
	while (temporal_find(s->text, s->len, from, &t)) {
		from = t.start + t.len;
		told_year(st, s->line, &t);
		if (!st->window) {
			hand_over(st, s->line, s->sent, &t, s->text + t.start);
			continue;
		}
		if (full_date(&t) && stamp == (size_t)-1)
			stamp = st->nheld;
		if (opening && full_date(&t) && opens_dateline(&t, s))
			dateline = day_of(t.value);
		else if (!t.yearless && !t.lunar && t.rel == REL_NONE && vn_is_digit(t.value[0]) &&
			 day_of(t.value).year > st->latest_year)
			st->latest_year = day_of(t.value).year;
		opening = false;
		hold(st, s, &t);
	}
	if (!st->window || st->day.year)
		return;
	/* A stamp line settles the stamp; the rest of its sentence is handed
	 * over after what came before. */
	if (stamp != (size_t)-1 && stamp < st->nheld && stamp_line(s->text, s->len, line)) {
		st->day = day_of(line);
		st->kind = STAMP_LINE;
		release(st);
		return;
	}
	/* A dateline after a sentence that named a full date is a history's
	 * ("... thành lập ngày 20/12/1899. Ngày 22/10/1956, ..."), not a lead's. */
	if (dateline.year && !st->dateline.year && !st->dated_before)
		st->dateline = dateline;
	if (stamp != (size_t)-1)
		st->dated_before = true;
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
		if (i < n && s[i] && strchr(",|/()[]", s[i]))
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

/* "Thanh Hóa, ngày 19/11/2025": the place a dateline opens with, one to
 * four words with capitals and a comma; where what follows it begins, or 0. */
static size_t dateline_place(const char *s, size_t n)
{
	size_t i = 0, e, words = 0;

	while (i < n && words < 4 && capitalised(s + i, n - i) && (e = vn_word_char_len(s + i, n - i))) {
		while (i < n && (e = vn_word_char_len(s + i, n - i)))
			i += e;
		words++;
		i = vn_skip_spaces(s, n, i);
		if (i < n && s[i] == ',')
			return i + 1;
	}
	return 0;
}

bool stamp_dateline(const char *s, size_t n, char value[TEMPORAL_VALUE_MAX])
{
	size_t i = dateline_place(s, n);

	return i && stamp_line(s + i, n - i, value);
}
