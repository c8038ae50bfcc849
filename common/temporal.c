/* temporal.c: recognises Vietnamese dates, times, periods and durations and writes
 * them as ISO 8601 / TimeML values. */
#include "temporal.h"
#include "calendar.h"
#include "lunar.h"
#include "numeral.h"
#include "text-freq.h"
#include "token.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <stdint.h>
#include <string.h>

const char *const temporal_kind_names[] = {"date", "time", "duration", "interval"};

/* One calendar point as the text gives it; 0 or -1 mark what it leaves out.
 * A lunar point holds its lunar year, month and day; a relative one the
 * unit and offset that stamp.c works out against the anchor. */
struct point {
	int year, month, day;        /* 0: not in the text */
	int hour, min, sec;          /* -1: no clock time */
	const struct day_part *part; /* sáng, chiều ...; NULL when none */
	int quarter, half;           /* quý, 6 tháng đầu/cuối năm */
	int first_month, last_month; /* "9 tháng đầu năm": a run of months */
	int decade;                  /* 198 for "những năm 1980", 0 for none */
	int century;                 /* 21 for "thế kỷ XXI", 0 for none */
	bool context;                /* ngày, a weekday or a part of the day came first */
	bool weak_clock;             /* "8 giờ" alone: a time only beside a date or part */
	enum temporal_rel rel;
	enum temporal_base base;
	int offset, weekday;
	bool lunar, leap;
	int stem, branch;
};

/* The weekdays after "thứ": Monday is thứ hai (2), Saturday thứ bảy (7). */
static const struct {
	const char *word;
	int day;
} weekdays[] = {
	{"hai", 1}, {"ba", 2}, {"tư", 3}, {"năm", 4}, {"sáu", 5}, {"bảy", 6},
	{"2", 1}, {"3", 2}, {"4", 3}, {"5", 4}, {"6", 5}, {"7", 6},
};

/* The parts of the day, their TimeML codes, and the hour from which a clock
 * time before them is after noon ("2 giờ chiều" is 14:00, "11 giờ đêm" 23:00;
 * 12: none is); the longer first where one begins another. */
static const struct day_part {
	const char *word, *code;
	int pm_from;
} day_parts[] = {
	{"sáng sớm", "MO", 12}, {"sáng", "MO", 12}, {"trưa", "MI", 12}, {"chiều", "AF", 0}, {"tối", "EV", 0}, {"đêm", "NI", 6},
};

/* The units of a duration and their ISO 8601 letters, and how many of the
 * letter's unit one is (a decade ten years: hai thập niên is P20Y); a time
 * unit is written after T (PT2H). A bare number before a time unit is a
 * duration only with a word around it that says so (trong 2 giờ, 2 giờ sau). */
static const struct unit {
	const char *word;
	char letter;
	int times;
	bool time;
	enum temporal_rel rel; /* what "N unit trước" counts back in */
} units[] = {
	{"năm", 'Y', 1, false, REL_YEAR}, {"tháng", 'M', 1, false, REL_MONTH},
	{"tuần", 'W', 1, false, REL_WEEK}, {"ngày", 'D', 1, false, REL_DAY},
	{"giờ", 'H', 1, true, REL_NONE}, {"tiếng", 'H', 1, true, REL_NONE},
	{"phút", 'M', 1, true, REL_NONE}, {"giây", 'S', 1, true, REL_NONE},
	{"thập niên", 'Y', 10, false, REL_YEAR}, {"thập kỷ", 'Y', 10, false, REL_YEAR},
	{"thập kỉ", 'Y', 10, false, REL_YEAR}, {"thế kỷ", 'Y', 100, false, REL_YEAR},
	{"thế kỉ", 'Y', 100, false, REL_YEAR},
};
/* The bytes a time unit, any unit, a part of the day and an offset word
 * (below) start with, in either case: a quick "no" before their tables are
 * tried. Built by build_walk on first use. */
static unsigned char time_unit_start[256], unit_start[256], part_start[256], offset_start[256];

/* Words after a duration that belong to it ("5 năm qua", "ba tháng tiếp
 * theo"), and words before one that make a number in words a duration
 * ("trong ba năm", "hơn một tháng"). */
static const char *const duration_after[] = {
	"qua", "liền", "tới", "nữa", "sau đó", "sau", "tiếp theo", "vừa qua", "vừa rồi", "nay",
	"trở lại đây", "gần đây", "liên tục", "đồng hồ", "trước", "kế tiếp",
};
static struct phrase_list duration_after_list = PHRASE_LIST(duration_after);
static const char *const duration_before[] = {
	"trong", "suốt", "sau", "mất", "được", "đã", "vòng", "cả", "ròng", "trải qua", "kéo dài", "diễn ra",
};
/* Words of about how much, which make a duration of a number in words or
 * of days and years, but say nothing between "gần 2 giờ" (a clock) and two
 * hours. */
static const char *const war_names[] = {"chiến tranh", "kháng chiến", "cuộc chiến"};
static const char *const about_before[] = {"hơn", "gần", "khoảng", "chừng", "ngót", "tròn"};
static struct phrase_list about_list = PHRASE_LIST(about_before);

/* Words after a week, month, quarter or year that make it another moved
 * by an offset: tuần này, tháng trước, quý tới, năm ngoái. Each word is
 * for the units in its mask (1 << rel), and counts from what base says.
 * "năm qua" is none: it is the past year or the one ending, as the
 * article's month has it; "năm này" is the year the text tells of. */
#define ALL_UNITS (1 << REL_WEEK | 1 << REL_MONTH | 1 << REL_QUARTER | 1 << REL_YEAR)
static const struct {
	const char *word;
	int offset, units;
	enum temporal_base base;
} unit_offsets[] = {
	{"này", 0, 1 << REL_YEAR, BASE_TEXT}, {"này", 0, ALL_UNITS, BASE_ANCHOR},
	{"nay", 0, 1 << REL_YEAR, BASE_ANCHOR}, {"hiện tại", 0, ALL_UNITS, BASE_ANCHOR},
	{"trước", -1, ALL_UNITS, BASE_TEXT_OR_ANCHOR}, {"vừa qua", -1, ALL_UNITS, BASE_ANCHOR},
	{"qua", -1, ALL_UNITS & ~(1 << REL_YEAR), BASE_ANCHOR}, {"ngoái", -1, 1 << REL_YEAR, BASE_ANCHOR},
	{"sắp tới", 1, ALL_UNITS, BASE_ANCHOR}, {"tới", 1, ALL_UNITS, BASE_ANCHOR},
	{"sau", 1, ALL_UNITS, BASE_TEXT_OR_ANCHOR}, {"kế tiếp", 1, ALL_UNITS, BASE_TEXT_OR_ANCHOR},
	{"tiếp theo", 1, ALL_UNITS, BASE_TEXT_OR_ANCHOR},
};

/* Counts that say not how many ("vài tháng", "nhiều năm qua", "mấy ngày
 * sau"): a duration of X of its unit, PXM, as TimeML writes one. */
static const char *const vague_counts[] = {"vài", "mấy", "dăm", "nhiều", "ít"};
static struct phrase_list vague_list = PHRASE_LIST(vague_counts);

/* Words of how many before a unit: "mấy năm nay", "nhiều năm trước",
 * "chục năm nay" are a stretch of time, not this or that year. */
static const char *const how_many[] = {
	"mấy", "vài", "nhiều", "chục", "bao", "những", "các", "hàng", "dăm", "mươi", "trăm",
};

/* Days named against the anchor by a head word and the word after it:
 * hôm nay, ngày mai, bữa qua; "ngày hôm nay" is the same as "hôm nay".
 * After a part of the day a head may be left out: sáng nay, chiều qua,
 * tối mai (part_alone), not "sáng kia". */
static const struct day_offset {
	const char *head, *tail;
	int offset;
	enum temporal_base base;
	bool part_alone, after_part;
} day_offsets[] = {
	{"hôm", "nay", 0, BASE_ANCHOR, true, true}, {"hôm", "qua", -1, BASE_ANCHOR, true, true},
	{"hôm", "kia", -2, BASE_ANCHOR, false, true}, {"hôm", "sau", 1, BASE_TEXT, false, true},
	{"hôm", "trước", -1, BASE_TEXT, false, true}, {"ngày", "mai", 1, BASE_ANCHOR, true, true},
	{"ngày", "kia", 2, BASE_ANCHOR, false, false}, {"bữa", "nay", 0, BASE_ANCHOR, false, false},
	{"bữa", "qua", -1, BASE_ANCHOR, false, false},
};

/* The words before the day of a date: ngày 5/3, hôm 10/5, mồng 2, mùng 3;
 * and the words of a holiday named by its day: dịp 30/4, lễ 1-5, Quốc
 * khánh 2/9. */
static const char *const day_words[] = {"ngày", "hôm", "mồng", "mùng", "dịp", "lễ", "quốc khánh"};
enum { HOLIDAY_WORDS = 4 }; /* the first of them */
static struct phrase_list day_words_list = PHRASE_LIST(day_words);

/* Feasts of the lunar calendar: Tết and its month and day. */
static const struct {
	const char *word;
	int month, day;
} feasts[] = {
	{"nguyên đán", 1, 1}, {"nguyên tiêu", 1, 15}, {"hàn thực", 3, 3}, {"đoan ngọ", 5, 5},
	{"trung thu", 8, 15},
};

/* What a sentence says of a date's time: the words before it in its
 * clause, nearest first, and right after it. */
static const char *const tense_before[] = {
	"sẽ", "dự kiến", "phấn đấu", "chuẩn bị", "sắp", "dự định", "hạn chót", "chậm nhất",
	"trước ngày", "đã", "vừa", "từng", "hồi",
};
enum { FUTURE_BEFORE = 9 }; /* the first nine are of a future */
static struct phrase_list tense_list = PHRASE_LIST(tense_before);
static const char *const future_after[] = {"tới", "sắp tới", "tới đây"};
static struct phrase_list future_after_list = PHRASE_LIST(future_after);
static const char *const past_after[] = {"vừa qua", "qua"};
static struct phrase_list past_after_list = PHRASE_LIST(past_after);

/* A point with nothing in it yet. */
static void point_init(struct point *p)
{
	memset(p, 0, sizeof *p);
	p->hour = p->min = p->sec = -1;
	p->stem = p->branch = -1;
}

/* Spaces, then at most one comma, then spaces: what may part two pieces of one date. */
static size_t gap(const char *s, size_t n, size_t i)
{
	i = vn_skip_spaces(s, n, i);
	if (i < n && s[i] == ',')
		i = vn_skip_spaces(s, n, i + 1);
	return i;
}

/* The first phrase of a list standing at s[i] (after spaces): its end, or 0. */
static size_t phrase_in(const char *s, size_t n, size_t i, struct phrase_list *list)
{
	return match_list(s, n, vn_skip_spaces(s, n, i), list, NULL);
}

/* Whether one of the phrases ends where the word before s[i] ends. */
static bool phrase_before(const char *s, size_t i, const char *const *list, size_t count)
{
	size_t k, j = vn_skip_spaces_back(s, i);

	for (k = 0; k < count; k++)
		if (match_phrase_back(s, j, list[k]) != (size_t)-1)
			return true;
	return false;
}

/* Words before a year that say it is one of a life: sinh, s., SN (sinh
 * năm), and m. (mất). */
static const char *const life_words[] = {"sinh", "s.", "sn", "sn:", "m."};

/* Reads 1 to max digits at s[i] not followed by another digit; returns the end or 0. */
static size_t number(const char *s, size_t n, size_t i, int max, int *v)
{
	size_t j = i;

	*v = 0;
	while (j < n && vn_is_digit(s[j])) {
		if (j - i == (size_t)max)
			return 0;
		*v = *v * 10 + (s[j] - '0');
		j++;
	}
	return j > i ? j : 0;
}

/* The words a number in words starts with, from numeral.h, when the walk is built. */
static struct phrase_list number_list;
/* Every word of a number in words (hai mươi, một trăm lẻ năm): what the
 * zone of an anchor reaches back over. */
static const char *numeral_phrases[48];
static struct phrase_list numeral_list;

/* Words before "chục" that make it tens, not ten: hàng chục, vài chục. */
static const char *const many_tens[] = {"hàng", "hằng", "vài", "mấy", "nhiều", "dăm"};

/* A whole number from lo to hi at s[i], in digits (at most max of them) or
 * in words ("hai mươi", "mười lăm", "chục"), ending the word: its end, or 0. */
static size_t count_at(const char *s, size_t n, size_t i, int max, int lo, int hi, int *v)
{
	struct numeral x;
	size_t e, k;

	if (i >= n)
		return 0;
	if (vn_is_digit(s[i])) {
		if (!(e = number(s, n, i, max, v)) || vn_word_char_len(s + e, n - e))
			return 0;
	} else if ((e = match_phrase(s, n, i, "chục"))) {
		/* "hơn chục năm nay": ten; "hàng chục năm", "vài chục" are many,
		 * and "hai chục" a multiple, read as none */
		if (phrase_before(s, i, many_tens, NELEM(many_tens)) ||
		    ((k = word_before(s, i)) != (size_t)-1 && match_list(s, n, k, &number_list, NULL)))
			return 0;
		*v = 10;
	} else {
		if (!match_list(s, n, i, &number_list, NULL) || !(e = numeral_parse(s + i, n - i, &x)) ||
		    x.exp10 != 0 || x.mant > hi)
			return 0;
		*v = (int)x.mant;
		e += i;
	}
	return *v >= lo && *v <= hi ? e : 0;
}

/* A four-digit year at s[i], ending the word. */
static size_t year_at(const char *s, size_t n, size_t i, int *y)
{
	int v;
	size_t e = number(s, n, i, 4, &v);

	if (!e || e - i != 4 || v < 1000 || vn_word_char_len(s + e, n - e))
		return 0; /* *y untouched: a caller may hold a year there */
	*y = v;
	return e;
}

/* A hyphen or an en or em dash, with any spaces around it; returns the end or 0. */
static size_t spaced_dash(const char *s, size_t n, size_t i)
{
	size_t k;

	i = vn_skip_spaces(s, n, i);
	if (!(k = vn_dash_len(s + i, n - i)))
		return 0;
	return vn_skip_spaces(s, n, i + k);
}

/* Whether nothing but punctuation and spaces comes before s[i] in the sentence. */
static bool sentence_initial(const char *s, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (vn_word_char_len(s + j, i - j))
			return false;
	return true;
}

static size_t part_at(const char *s, size_t n, size_t i, const struct day_part **part)
{
	size_t k, e;

	if (i >= n || !part_start[(unsigned char)s[i]])
		return 0;
	for (k = 0; k < NELEM(day_parts); k++)
		if ((e = match_phrase(s, n, i, day_parts[k].word))) {
			*part = &day_parts[k];
			return e;
		}
	return 0;
}

/* thứ Hai .. thứ Bảy, thứ 2 .. thứ 7, chủ nhật: its end, and the ISO weekday. */
static size_t weekday_at(const char *s, size_t n, size_t i, int *day)
{
	size_t k, e;

	if ((e = match_phrase(s, n, i, "chủ nhật"))) {
		*day = 7;
		return e;
	}
	if (!(e = match_phrase(s, n, i, "thứ")))
		return 0;
	e = vn_skip_spaces(s, n, e);
	for (k = 0; k < NELEM(weekdays); k++) {
		size_t f = match_phrase(s, n, e, weekdays[k].word);
		if (f) {
			*day = weekdays[k].day;
			return f;
		}
	}
	return 0;
}

/* Words before a weekday that make it a day: vào thứ Sáu, hôm thứ Hai. */
static const char *const weekday_before[] = {"vào", "hôm", "từ", "đến", "tới", "hồi"};

/* Whether the clock at s[i] is a time zone's offset: UTC + 8:30, GMT+7. */
static bool zone_offset(const char *s, size_t i)
{
	size_t j = vn_skip_spaces_back(s, i);

	if (j > 0 && (s[j - 1] == '+' || s[j - 1] == '-'))
		j = vn_skip_spaces_back(s, j - 1);
	return match_phrase_back(s, j, "utc") != (size_t)-1 || match_phrase_back(s, j, "gmt") != (size_t)-1;
}

/* The minutes after "N giờ": 30, 30 phút, rưỡi (half past), ba mươi. */
static size_t minutes_after(const char *s, size_t n, size_t i, int *m)
{
	size_t e, f;

	e = vn_skip_spaces(s, n, i);
	if ((f = match_phrase(s, n, e, "rưỡi"))) {
		*m = 30;
		return f;
	}
	if (!(f = count_at(s, n, e, 2, 0, 59, m)))
		return 0;
	if ((e = match_phrase(s, n, vn_skip_spaces(s, n, f), "phút")))
		f = e;
	return f;
}

/* 13:54[:23], 14h[30], 8 giờ [30 [phút] | rưỡi | kém 15], hai giờ chiều,
 * 15g30, 5 g sáng. */
/* Whether "giờ" (in any letter case) may stand in s[0..n): a quick look
 * before reading a number in words as the hours. */
static bool gio_near(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k;

	for (k = 0; k + 4 < n; k++)
		if ((u[k] | 0x20) == 'g' && (u[k + 1] | 0x20) == 'i' && u[k + 2] == 0xE1 && u[k + 3] == 0xBB &&
		    (u[k + 4] == 0x9D || u[k + 4] == 0x9C))
			return true;
	return false;
}

static size_t clock_at(const char *s, size_t n, size_t i, struct point *p)
{
	static const char *const halves[] = {"a.m.", "p.m.", "am", "pm"}; /* morning, afternoon, ... */
	int h, m = 0, sec = -1, k;
	size_t e, f;
	const struct day_part *part;

	if (i >= n)
		return 0;
	if (!vn_is_digit(s[i])) {
		/* hours in words: only with "giờ" and a part of the day or minutes */
		if (!list_may_start(&number_list, (unsigned char)s[i]) || !gio_near(s + i, n - i < 24 ? n - i : 24) ||
		    !(e = count_at(s, n, i, 2, 0, 24, &h)) ||
		    !(f = match_phrase(s, n, vn_skip_spaces(s, n, e), "giờ")))
			return 0;
		e = f;
		if ((f = minutes_after(s, n, e, &m)))
			e = f;
		else if (!part_at(s, n, gap(s, n, e), &part))
			return 0;
		p->hour = h, p->min = m, p->sec = -1;
		return e;
	}
	if (!(e = number(s, n, i, 2, &h)) || h > 24 || zone_offset(s, i))
		return 0;
	if (e + 2 < n && s[e] == ':' && vn_is_digit(s[e + 1]) && vn_is_digit(s[e + 2])) {
		m = (s[e + 1] - '0') * 10 + (s[e + 2] - '0');
		e += 3;
		if (e + 2 < n && s[e] == ':' && vn_is_digit(s[e + 1]) && vn_is_digit(s[e + 2])) {
			sec = (s[e + 1] - '0') * 10 + (s[e + 2] - '0');
			e += 3;
		}
		if (vn_word_char_len(s + e, n - e) || m > 59 || sec > 59 || (e < n && s[e] == ':'))
			return 0;
		/* 4:00 p.m., 9:39 AM: the English halves of the day */
		for (k = 0; k < (int)NELEM(halves); k++)
			if (h >= 1 && h <= 12 && (f = match_phrase(s, n, vn_skip_spaces(s, n, e), halves[k]))) {
				h = h % 12 + (k % 2 ? 12 : 0);
				e = f;
				break;
			}
	} else if (e < n && (s[e] == 'h' || s[e] == 'H')) {
		e++;
		if ((f = number(s, n, e, 2, &m))) {
			if (f - e != 2 || m > 59)
				return 0;
			e = f;
			if ((f = match_phrase(s, n, vn_skip_spaces(s, n, e), "phút")))
				e = f;
		}
		if (vn_word_char_len(s + e, n - e))
			return 0;
	} else if ((f = match_phrase(s, n, vn_skip_spaces(s, n, e), "giờ"))) {
		e = f;
		if ((f = minutes_after(s, n, e, &m))) {
			e = f;
		} else {
			m = 0;
			p->weak_clock = true;
		}
	} else if ((f = vn_skip_spaces(s, n, e)) < n && (s[f] == 'g' || s[f] == 'G') &&
		   !vn_word_char_len(s + f + 1, n - f - 1)) {
		/* 15g30, 7 g 20, 5 g sáng: g for giờ, with the minutes or a
		 * part of the day (9 g alone may be grams) */
		e = vn_skip_spaces(s, n, f + 1);
		if ((f = number(s, n, e, 2, &m)) && f - e == 2) {
			e = f;
			if ((f = match_phrase(s, n, vn_skip_spaces(s, n, e), "phút")))
				e = f;
			if (m > 59 || vn_word_char_len(s + e, n - e))
				return 0;
		} else if (part_at(s, n, e, &part)) {
			m = 0;
			e = vn_skip_spaces_back(s, e);
		} else {
			return 0;
		}
	} else if (e < n && (s[e] == 'g' || s[e] == 'G') && number(s, n, e + 1, 2, &m) == e + 3) {
		e += 3;
		if (m > 59 || vn_word_char_len(s + e, n - e))
			return 0;
	} else {
		return 0;
	}
	/* 11 giờ kém 15: a quarter to eleven */
	if (sec < 0 && (f = match_phrase(s, n, vn_skip_spaces(s, n, e), "kém")) &&
	    (f = count_at(s, n, vn_skip_spaces(s, n, f), 2, 1, 59, &k))) {
		e = f;
		if ((f = match_phrase(s, n, vn_skip_spaces(s, n, e), "phút")))
			e = f;
		h = h ? h - 1 : 23;
		m = 60 - k;
		p->weak_clock = false;
	}
	p->hour = h, p->min = m, p->sec = sec;
	return e;
}

/* Whether "vào" or "từ" before the bare d/m at s[i..e) makes it a date:
 * "vào 2/9"; after "từ", a d/m with a slash that ends the clause or runs
 * to another ("có hiệu lực từ 1/7.", "từ 1/8 đến 15/8"), not "từ 1/3 lên
 * 1/2", "từ 1/3 đến một nửa", "từ 3-7 m". */
static bool date_word_before(const char *s, size_t n, size_t i, size_t e, char sep)
{
	size_t k = vn_skip_spaces_back(s, i), f;

	if (match_phrase_back(s, k, "vào") != (size_t)-1)
		return true;
	if (sep != '/' || match_phrase_back(s, k, "từ") == (size_t)-1)
		return false;
	e = vn_skip_spaces(s, n, e);
	if (e >= n || strchr(",.;:)", s[e]))
		return true;
	if (!(f = match_phrase(s, n, e, "đến")) && !(f = match_phrase(s, n, e, "tới")) && !(f = spaced_dash(s, n, e)))
		return false;
	f = vn_skip_spaces(s, n, f);
	return f < n && vn_is_digit(s[f]);
}

static size_t list_next(const char *s, size_t n, size_t i, const char *const *heads, size_t nheads);
static const char *const day_heads[] = {"ngày", "mồng", "mùng"};

/* The year a list of d/m ends in after the d/m ending at s[e], each written
 * with the separator sep ("2-8 và 4-8-1964", "22-1, 17-2, 3-3-1973"), or 0. */
static int date_list_year(const char *s, size_t n, size_t e, char sep)
{
	size_t f;
	int v, items, y;

	for (items = 0; items < 8 && (f = list_next(s, n, e, day_heads, NELEM(day_heads))); items++) {
		if (!(e = number(s, n, f, 2, &v)) || v < 1 || v > 31 || e + 1 >= n || s[e] != sep ||
		    !(e = number(s, n, e + 1, 2, &v)) || v < 1 || v > 12)
			return 0;
		if (e + 1 < n && s[e] == sep && year_at(s, n, e + 1, &y))
			return y;
		if (vn_word_char_len(s + e, n - e))
			return 0;
	}
	return 0;
}

/* Whether s[i..e) stands alone in brackets after a space: "(16/7)", not "84(1-3)". */
static bool bracketed(const char *s, size_t n, size_t i, size_t e)
{
	return i > 0 && s[i - 1] == '(' && (i == 1 || !vn_word_char_len_back(s, i - 1)) && e < n && s[e] == ')';
}

/* yyyy-mm-dd, as a page's stamp may write it ("2025-12-19 16:45"): four,
 * two and two digits, nothing of a number or a word after them. */
static size_t iso_date(const char *s, size_t n, size_t i, struct point *p)
{
	int y, m, d;

	if (i + 10 > n || number(s, n, i, 5, &y) != i + 4 || s[i + 4] != '-' || number(s, n, i + 5, 3, &m) != i + 7 ||
	    s[i + 7] != '-' || number(s, n, i + 8, 3, &d) != i + 10 ||
	    (i + 10 < n && (s[i + 10] == '-' || vn_word_char_len(s + i + 10, n - i - 10))) || !calendar_valid(y, m, d))
		return 0;
	p->year = y, p->month = m, p->day = d;
	return i + 10;
}

static size_t unit_at(const char *s, size_t n, size_t i, const struct unit **unit);

/* d/m/yyyy, d-m-yyyy, d.m.yyyy, and d/m, d-m or d.m where the context allows a
 * date; after a day word, a part of the day or a clock, d - m too; d/m
 * alone in brackets, as news dates an event ("... qua đời (25/12)"); and
 * yyyy-mm-dd. */
static size_t numeric_date(const char *s, size_t n, size_t i, struct point *p)
{
	const struct unit *unit;
	int d, m, y = 0;
	size_t e, f, g;
	char sep;
	bool spaced = false;

	if ((e = iso_date(s, n, i, p)))
		return e;
	if (!(e = number(s, n, i, 2, &d)) || e + 1 >= n)
		return 0;
	sep = s[e];
	if (sep != '/' && sep != '-' && sep != '.') {
		/* 21 - 10 with a day word before it, or 1 - 4 – 2004 alone */
		if (!(f = spaced_dash(s, n, e)) || !(f = number(s, n, f, 2, &m)))
			return 0;
		if (!p->context && (!(g = spaced_dash(s, n, f)) || !year_at(s, n, g, &y)))
			return 0;
		sep = '-', spaced = true;
	} else {
		f = number(s, n, e + 1, 2, &m);
	}
	if (!f)
		return 0;
	e = f;
	if (!spaced && e + 1 < n && s[e] == sep && vn_is_digit(s[e + 1])) {
		if (!(e = year_at(s, n, e + 1, &y)))
			return 0;
	} else if (spaced && (g = spaced_dash(s, n, e)) && (f = year_at(s, n, g, &y))) {
		e = f; /* 21 - 10 – 2003 */
	} else if (sep != '.' && !spaced && (y = date_list_year(s, n, e, sep))) {
		/* 2-8 và 4-8-1964: the year its list ends in makes it a date */
	} else if (sep == '.' ? !p->context || unit_at(s, n, gap(s, n, e), &unit)
			      : !p->context && !(sentence_initial(s, i) && e < n && s[e] == ',') &&
					!date_word_before(s, n, i, e, sep) && !(sep == '/' && bracketed(s, n, i, e))) {
		/* A bare d/m is a fraction or a ratio unless something says date:
		 * a day word, the sentence's start before a comma, "vào" or "từ";
		 * a bare d.m, a decimal, only after a day word and before no unit
		 * ("sáng 28.1", not "ngày 9.5 giờ"). */
		return 0;
	}
	if (vn_word_char_len(s + e, n - e) || !calendar_valid(y, m, d))
		return 0;
	if (e + 1 < n && (s[e] == '/' || s[e] == '-' || s[e] == '.' || s[e] == ':' || s[e] == ',') &&
	    vn_is_digit(s[e + 1]))
		return 0;
	p->year = y, p->month = m, p->day = d;
	return e;
}

/* The can chi of a lunar year at s[i] (Giáp Thìn), and the year after it
 * when the text gives it (Tết Mậu Thân 1968, năm Ất Tỵ (2025)): the end, or 0. */
static size_t can_chi_at(const char *s, size_t n, size_t i, struct point *p)
{
	size_t e, f, g;
	int stem, branch, y;

	if (!(e = lunar_stem_at(s + i, n - i, &stem)))
		return 0;
	f = vn_skip_spaces(s, n, i + e);
	if (f == i + e || !(e = lunar_branch_at(s + f, n - f, &branch)))
		return 0;
	p->stem = stem, p->branch = branch;
	e += f;
	g = vn_skip_spaces(s, n, e);
	if (g < n && s[g] == '(' && (f = year_at(s, n, vn_skip_spaces(s, n, g + 1), &y)) &&
	    (f = vn_skip_spaces(s, n, f)) < n && s[f] == ')') {
		p->year = y;
		return f + 1;
	}
	if ((f = year_at(s, n, g, &y))) {
		p->year = y;
		return f;
	}
	return e;
}

/* An optional year after a month or quarter: /2021, .2021, -2021, - 2021,
 * ", 2021" before a mark, năm 2021, năm Giáp Thìn (a lunar year) or a year
 * in words. */
static size_t year_after(const char *s, size_t n, size_t i, struct point *p)
{
	size_t e, k;
	int y;

	if (i + 1 < n && (s[i] == '/' || s[i] == '.') && (e = year_at(s, n, i + 1, &p->year)))
		return e;
	if ((e = spaced_dash(s, n, i)) && (e = year_at(s, n, e, &p->year)))
		return e;
	/* 12 tháng 2, 1809 – ...: a year after a comma, where a mark follows
	 * it (not "tháng 5, 2000 người") */
	if (i < n && s[i] == ',' && (e = year_at(s, n, vn_skip_spaces(s, n, i + 1), &y)) && y <= 2099 &&
	    (k = vn_skip_spaces(s, n, e)) < n && s[k] && (strchr(",.;:()", s[k]) || vn_dash_len(s + k, n - k))) {
		p->year = y;
		return e;
	}
	k = vn_skip_spaces(s, n, i);
	if (!(e = match_phrase(s, n, k, "năm"))) {
		/* Tết Giáp Thìn, tháng Giêng Quý Mão */
		if (p->lunar && (e = can_chi_at(s, n, k, p)))
			return e;
		return i;
	}
	k = vn_skip_spaces(s, n, e);
	if ((e = year_at(s, n, k, &p->year)) || (e = can_chi_at(s, n, k, p)))
		return e;
	if (k < n && !vn_is_digit(s[k]) && (e = count_at(s, n, k, 4, 1000, 9999, &y))) {
		p->year = y;
		return e;
	}
	return i;
}

/* quý I to quý IV, in Roman numerals written the usual way (not IIII). */
static size_t roman_quarter(const char *s, size_t n, size_t i, int *v)
{
	size_t len;

	*v = numeral_roman(s + i, n - i, &len);
	if (*v < 1 || *v > 4 || len != (size_t)(*v == 4 ? 2 : *v))
		return 0;
	return i + len;
}

/* Whether "ta" (the lunar calendar's, "ours") follows a month at s[e] and
 * ends its phrase ("tháng năm ta,", "tháng 5 ta năm 1945"), not the pronoun
 * of a clause ("những tháng năm ta sống"): its end, or 0. */
static size_t lunar_ta(const char *s, size_t n, size_t e)
{
	size_t f = match_phrase(s, n, vn_skip_spaces(s, n, e), "ta"), g;

	if (!f)
		return 0;
	g = vn_skip_spaces(s, n, f);
	return g >= n || !vn_word_char_len(s + g, n - g) || match_phrase(s, n, g, "năm") ? f : 0;
}

/* The month after "tháng": 1-12 in digits or words (tháng mười, tháng tư),
 * or the lunar months Giêng and Chạp; "nhuận" after it makes it the leap
 * month, "ta" a lunar one. "tháng năm" is May only as Năm, or before a
 * year or "ta": "tháng năm qua" is months and years. */
static size_t month_word(const char *s, size_t n, size_t i, struct point *p)
{
	size_t e, f;
	int v;

	if ((e = match_phrase(s, n, i, "giêng")) || (e = match_phrase(s, n, i, "chạp"))) {
		p->month = s[i + 1] == 'i' || s[i + 1] == 'I' ? 1 : 12;
		p->lunar = true;
	} else if ((e = match_phrase(s, n, i, "tư"))) {
		p->month = 4;
	} else if ((e = match_phrase(s, n, i, "năm"))) {
		f = vn_skip_spaces(s, n, e);
		if (s[i] == 'n' && !year_at(s, n, f, &v) && !match_phrase(s, n, f, "năm") && !lunar_ta(s, n, e))
			return 0;
		p->month = 5;
	} else if ((e = count_at(s, n, i, 2, 1, 12, &v))) {
		p->month = v;
	} else {
		return 0;
	}
	if (match_phrase(s, n, vn_skip_spaces(s, n, e), "lần"))
		return 0; /* 6 tháng một lần: once in six months */
	if ((f = match_phrase(s, n, vn_skip_spaces(s, n, e), "nhuận"))) {
		p->leap = true;
		e = f;
	}
	if ((f = lunar_ta(s, n, e))) {
		p->lunar = true;
		e = f;
	}
	return e;
}

/* Where "đầu năm", "cuối năm" or "giữa năm" ends, when it is about the
 * calendar: not "cuối năm thứ nhất" (of a course), nor "đầu năm học". */
static size_t year_part_at(const char *s, size_t n, size_t i)
{
	static const char *const parts[] = {"đầu năm", "cuối năm", "giữa năm"};
	static struct phrase_list parts_list = PHRASE_LIST(parts);
	static const char *const not_after[] = {"thứ", "học", "tài chính"};
	static struct phrase_list not_after_list = PHRASE_LIST(not_after);
	size_t e;

	if (!(e = phrase_in(s, n, i, &parts_list)) || phrase_in(s, n, e, &not_after_list))
		return 0;
	return e;
}

/* "này", "tới", "ngoái" after a unit: the end and the offset; not before a
 * word that makes it the narrative's (năm sau đó, tuần trước khi). */
static size_t unit_offset_at(const char *s, size_t n, size_t i, enum temporal_rel unit, struct point *p)
{
	static const char *const not_after[] = {"đó", "khi", "nữa", "kia", "ấy"};
	static struct phrase_list not_after_list = PHRASE_LIST(not_after);
	size_t k, e;

	if (i >= n || !offset_start[(unsigned char)s[i]])
		return 0;
	for (k = 0; k < NELEM(unit_offsets); k++)
		if ((unit_offsets[k].units & 1 << unit) && (e = match_phrase(s, n, i, unit_offsets[k].word))) {
			if (phrase_in(s, n, e, &not_after_list))
				return 0;
			p->offset = unit_offsets[k].offset, p->base = unit_offsets[k].base;
			return e;
		}
	return 0;
}

/* The date itself: numbers, or ngày/tháng/năm/quý phrases. */
/* The joiner of a list at s[i] (", ", "và", "hoặc", ", và"), with one of
 * heads after it ("mồng 4 hoặc mồng 5", "tháng 10 và tháng 11"): where
 * the next item's number begins, or 0. */
static size_t list_next(const char *s, size_t n, size_t i, const char *const *heads, size_t nheads)
{
	static const char *const joins[] = {"và", "hoặc"};
	size_t j = vn_skip_spaces(s, n, i), e = 0, k, f;

	if (j < n && s[j] == ',')
		j = e = vn_skip_spaces(s, n, j + 1);
	for (k = 0; k < NELEM(joins); k++)
		if ((f = match_phrase(s, n, j, joins[k]))) {
			e = vn_skip_spaces(s, n, f);
			break;
		}
	if (!e)
		return 0;
	for (k = 0; k < nheads; k++)
		if ((f = match_phrase(s, n, e, heads[k])))
			return vn_skip_spaces(s, n, f);
	return e;
}

static const char *const month_heads[] = {"tháng"};

/* "âm lịch" or "(âm lịch)" after a date: its end, or 0. */
static size_t lunar_mark(const char *s, size_t n, size_t e)
{
	size_t k = vn_skip_spaces(s, n, e), j;

	if (k < n && s[k] == '(' && (j = match_phrase(s, n, vn_skip_spaces(s, n, k + 1), "âm lịch")) &&
	    (j = vn_skip_spaces(s, n, j)) < n && s[j] == ')')
		return j + 1;
	return match_phrase(s, n, k, "âm lịch");
}

/* A list's last day is read as any date is (never as a bare day again). */
static size_t date_core(const char *s, size_t n, size_t i, struct point *p, bool prefixed);

/* A list of days goes on after the day ending at s[e] to one with its
 * month ("ngày 20, 22 và 24 tháng 6 năm 1867", "ngày 10, 11/3/1975"):
 * that day's month and year are each one's. Whether it does. */
static bool day_list_month(const char *s, size_t n, size_t e, struct point *p)
{
	struct point q;
	size_t f;
	int v, items;

	for (items = 0; items < 8 && (f = list_next(s, n, e, day_heads, NELEM(day_heads))); items++) {
		if (!(e = number(s, n, f, 2, &v)) || v < 1 || v > 31)
			return false;
		if (e < n && s[e] != ' ' && s[e] != ',' && s[e] != '/' && s[e] != '-' && s[e] != '.')
			return false;
		point_init(&q);
		if ((f = date_core(s, n, f, &q, false)) && q.month && q.day == v) {
			p->month = q.month, p->year = q.year, p->leap = q.leap;
			p->lunar = q.lunar || lunar_mark(s, n, f);
			return true;
		}
	}
	return false;
}

/* A day alone after its word, where a mark or "cùng tháng" follows it
 * ("Ngày 9, ...", "ngày 9 cùng tháng", "(ngày 19)"): that day of a month
 * the text does not give here, or of the month a list of days ends in
 * ("ngày 10, 11 tháng 3"); not a count ("mỗi ngày 3 lần", "ngày 8 tiếng"),
 * which a word follows. */
static size_t bare_day(const char *s, size_t n, size_t i, struct point *p)
{
	const struct day_part *part;
	size_t e, f, w = word_before(s, i);
	int v;

	/* after a day's word or a part of the day, not a weekday ("lần thứ 2, 3") */
	if (w == (size_t)-1 || !(match_list(s, n, w, &day_words_list, NULL) || part_at(s, n, w, &part)))
		return 0;
	if (!(e = number(s, n, i, 2, &v)) || v < 1 || v > 31 || vn_word_char_len(s + e, n - e))
		return 0;
	if (day_list_month(s, n, e, p) && calendar_valid(p->lunar ? 0 : p->year, p->month, v)) {
		p->day = v;
		return e;
	}
	p->month = p->year = 0, p->lunar = p->leap = false;
	f = vn_skip_spaces(s, n, e);
	if ((f = match_phrase(s, n, f, "cùng tháng"))) {
		p->day = v;
		return f;
	}
	if (e < n && !strchr(",.;:)", s[e]) && !(s[e] == ' ' && e + 1 < n && strchr(",.;:(", s[e + 1])))
		return 0;
	if (e + 1 < n && s[e] != ' ' && vn_is_digit(s[e + 1]))
		return 0; /* ngày 9.5, ngày 9:30, thứ 3 12,9% */
	p->day = v;
	return e;
}

/* Where what a list's joiner (a comma, "và", "hoặc", "hay", ", và") that
 * ends at s[k] joins to ends, or (size_t)-1 when no joiner ends there. The
 * joiner's last byte is looked at first: most numbers have none. */
static size_t joiner_before(const char *s, size_t k)
{
#define JOIN(w) {w, sizeof w - 2}
	static const struct {
		const char *word;
		size_t last; /* the index of its last byte */
	} joins[] = {JOIN("và"), JOIN("hoặc"), JOIN("hay")};
#undef JOIN
	size_t j, q;

	if ((k = vn_skip_spaces_back(s, k)) == 0)
		return (size_t)-1;
	if (s[k - 1] == ',')
		return vn_skip_spaces_back(s, k - 1);
	for (j = 0; j < NELEM(joins); j++)
		if (s[k - 1] == joins[j].word[joins[j].last] &&
		    (q = match_phrase_back(s, k, joins[j].word)) != (size_t)-1) {
			k = vn_skip_spaces_back(s, q);
			return k > 0 && s[k - 1] == ',' ? vn_skip_spaces_back(s, k - 1) : k;
		}
	return (size_t)-1;
}

/* Where the number (1 to max) before the list joiner that ends at s[j]
 * begins, or (size_t)-1: "20, " and "22 và " before "24". */
static size_t number_before(const char *s, size_t j, int max)
{
	size_t k = joiner_before(s, j), q;
	int v;

	if (k == (size_t)-1)
		return (size_t)-1;
	for (q = k; q > 0 && k - q < 3 && vn_is_digit(s[q - 1]); q--)
		;
	if (q == k || k - q > 2 || (q > 0 && vn_word_char_len_back(s, q)) || !number(s, k, q, 2, &v) || v < 1 ||
	    v > max)
		return (size_t)-1;
	return q;
}

/* A day in the middle of a list of days that began with its word ("ngày
 * 20, 22 và 24 tháng 6"): of the month the list ends in; 0 when none. */
static size_t listed_day(const char *s, size_t n, size_t i, struct point *p)
{
	size_t e, j = i;
	int v, items;

	if (!(e = number(s, n, i, 2, &v)) || v < 1 || v > 31 || vn_word_char_len(s + e, n - e))
		return 0;
	for (items = 0; items < 8; items++) {
		if ((j = number_before(s, j, 31)) == (size_t)-1)
			return 0;
		if (phrase_before(s, j, day_heads, NELEM(day_heads)))
			break;
	}
	point_init(p);
	if (items == 8 || !day_list_month(s, n, e, p) || !calendar_valid(p->lunar ? 0 : p->year, p->month, v))
		return 0;
	p->day = v;
	return e;
}

/* A list of months goes on after the month ending at s[e] to one with
 * its year ("tháng 10 và 11/2020", "tháng 5, 6 năm 1949", "tháng 10, 11 -
 * 2000"): that year, each month's; 0 when none. */
static int month_list_year(const char *s, size_t n, size_t e)
{
	struct point q;
	size_t f;
	int v, items;

	for (items = 0; items < 8 && (f = list_next(s, n, e, month_heads, NELEM(month_heads))); items++) {
		if (!(e = number(s, n, f, 2, &v)) || v < 1 || v > 12)
			return 0;
		point_init(&q);
		if (year_after(s, n, e, &q) != e && q.year)
			return q.year;
	}
	return 0;
}

/* A month of such a list after its first, with or without "tháng" ("11"
 * in "tháng 10 và 11/2020", "6 năm 1949" in "tháng 5, 6 năm 1949"). */
static size_t listed_month(const char *s, size_t n, size_t i, struct point *p)
{
	size_t e, j = i, f;
	int v, items;

	if (!(e = number(s, n, i, 2, &v)) || v < 1 || v > 12 || vn_word_char_len(s + e, n - e))
		return 0;
	for (items = 0; items < 8; items++) {
		if (items > 0 && phrase_before(s, j, month_heads, NELEM(month_heads)))
			break;
		if ((j = number_before(s, j, 12)) == (size_t)-1)
			return 0;
		if (phrase_before(s, j, month_heads, NELEM(month_heads)))
			break;
	}
	if (items == 8)
		return 0;
	point_init(p);
	p->month = v;
	if ((f = year_after(s, n, e, p)) != e && p->year)
		return f;
	if (!(p->year = month_list_year(s, n, e)))
		return 0;
	return e;
}

static size_t date_core(const char *s, size_t n, size_t i, struct point *p, bool prefixed)
{
	static const char *const first_last[] = {"đầu năm", "cuối năm"};
	static struct phrase_list first_last_list = PHRASE_LIST(first_last);
	size_t e, f, g;
	int v, w;

	if (i >= n)
		return 0;
	if (vn_is_digit(s[i]) || (prefixed && p->context && (e = count_at(s, n, i, 2, 1, 31, &v)))) {
		if (vn_is_digit(s[i]) && (e = numeric_date(s, n, i, p)))
			return e;
		/* sinh 1960, (s. 1911), SN 1985, (m. 1804): a year of a life */
		if (!prefixed && phrase_before(s, i, life_words, NELEM(life_words)) && (e = year_at(s, n, i, &v)) &&
		    !(e < n && (s[e] == '/' || s[e] == '-'))) {
			p->year = v;
			return e;
		}
		/* 12 tháng 4 [năm 2021], ngày hai mươi tháng mười */
		e = count_at(s, n, i, 2, 1, 31, &v);
		if (e && (f = match_phrase(s, n, vn_skip_spaces(s, n, e), "tháng")) &&
		    (g = month_word(s, n, vn_skip_spaces(s, n, f), p))) {
			w = p->month;
			e = year_after(s, n, g, p);
			if (calendar_valid(p->lunar ? 0 : p->year, w, v) && (p->context || p->year || p->lunar || vn_is_digit(s[i]))) {
				p->day = v;
				/* 13 tháng 7 năm ngoái: a day of a year against the anchor */
				if (e == g && !p->lunar && (f = match_phrase(s, n, vn_skip_spaces(s, n, e), "năm")) &&
				    (f = unit_offset_at(s, n, vn_skip_spaces(s, n, f), REL_YEAR, p))) {
					p->rel = REL_YEAR;
					return f;
				}
				return e;
			}
			p->year = p->month = 0, p->lunar = p->leap = false;
		}
		if (prefixed)
			return p->context ? bare_day(s, n, i, p) : 0;
		/* 6 tháng đầu năm 2022, ba tháng đầu năm */
		e = count_at(s, n, i, 2, 1, 12, &v);
		if (e && (f = match_phrase(s, n, vn_skip_spaces(s, n, e), "tháng"))) {
			g = vn_skip_spaces(s, n, f);
			if ((e = phrase_in(s, n, g, &first_last_list)) && year_part_at(s, n, g)) {
				bool first = match_phrase(s, n, g, "đầu năm") != 0;
				if ((f = year_at(s, n, vn_skip_spaces(s, n, e), &p->year)))
					e = f;
				if (v == 6)
					p->half = first ? 1 : 2;
				else if (v == 3)
					p->quarter = first ? 1 : 4;
				else if (v != 12)
					p->first_month = first ? 1 : 13 - v, p->last_month = first ? v : 12;
				return e;
			}
		}
		return 0;
	}
	if (prefixed)
		return 0;
	if ((e = match_phrase(s, n, i, "tháng"))) {
		size_t month = f = vn_skip_spaces(s, n, e);

		if (!(e = month_word(s, n, f, p)) || match_phrase_back(s, vn_skip_spaces_back(s, i), "cách mạng") != (size_t)-1)
			return 0; /* Cách mạng tháng Tám names a revolution */
		if (vn_is_digit(s[f]) && e < n && s[e] == '/' && year_after(s, n, e, p) == e)
			return 0; /* tháng 12/15: not a month */
		/* tháng 7 năm ngoái, tháng 3 năm nay: a month of a year against the anchor */
		if (!p->lunar && (f = match_phrase(s, n, vn_skip_spaces(s, n, e), "năm")) &&
		    (f = unit_offset_at(s, n, vn_skip_spaces(s, n, f), REL_YEAR, p))) {
			p->rel = REL_YEAR;
			return f;
		}
		/* tháng tám này: that month of the year the paragraph tells of,
		 * else of the anchor's */
		if (!p->lunar && (f = match_phrase(s, n, vn_skip_spaces(s, n, e), "này"))) {
			p->rel = REL_YEAR, p->offset = 0, p->base = BASE_TEXT_OR_ANCHOR;
			return f;
		}
		if ((f = year_after(s, n, e, p)) == e && !p->lunar && vn_is_digit(s[month]))
			p->year = month_list_year(s, n, e); /* tháng 10 và 11/2020 */
		return f;
	}
	if ((e = match_phrase(s, n, i, "năm"))) {
		f = vn_skip_spaces(s, n, e);
		if ((e = year_at(s, n, f, &p->year)))
			return e;
		if (f < n && !vn_is_digit(s[f]) && (e = count_at(s, n, f, 4, 1000, 9999, &v))) {
			p->year = v; /* năm hai nghìn không trăm hai mươi ba */
			return e;
		}
		if ((e = can_chi_at(s, n, f, p))) {
			p->lunar = true; /* năm Giáp Thìn */
			return e;
		}
		return 0;
	}
	if ((e = match_phrase(s, n, i, "quý")) || (e = match_phrase(s, n, i, "quí"))) {
		e = vn_skip_spaces(s, n, e);
		if (!(f = count_at(s, n, e, 1, 1, 4, &v)) && !(f = roman_quarter(s, n, e, &v)))
			return 0;
		p->quarter = v;
		return year_after(s, n, f, p);
	}
	if ((e = year_part_at(s, n, i))) {
		f = vn_skip_spaces(s, n, e);
		if ((f = year_at(s, n, f, &p->year)))
			return f;
		return e;
	}
	return 0;
}

/* hôm qua, ngày mai, bữa nay: their end, and the offset in days and its base. */
static size_t day_offset_at(const char *s, size_t n, size_t i, struct point *p)
{
	static const char *const heads[] = {"hôm", "ngày", "bữa"};
	const char *head = NULL;
	size_t k, e, f;

	/* the head, and "ngày" before "hôm" */
	for (k = 0; k < NELEM(heads) && !head; k++)
		if ((e = match_phrase(s, n, i, heads[k])))
			head = heads[k];
	if (!head && !p->part)
		return 0;
	if (head && head[0] == 'n' && (f = match_phrase(s, n, vn_skip_spaces(s, n, e), "hôm")))
		head = "hôm", e = f;
	for (k = 0; k < NELEM(day_offsets); k++) {
		const struct day_offset *d = &day_offsets[k];
		if (p->part ? !(head ? d->after_part : d->part_alone) : !head)
			continue;
		if (head ? strcmp(d->head, head) != 0 || !(f = match_phrase(s, n, vn_skip_spaces(s, n, e), d->tail))
			 : !(f = match_phrase(s, n, i, d->tail)))
			continue;
		p->offset = d->offset, p->base = d->base;
		return f;
	}
	return 0;
}

/* [đầu | cuối | giữa] tuần này, tháng trước, quý tới, năm ngoái: a week,
 * month, quarter or year against the anchor. */
static size_t relative_unit_at(const char *s, size_t n, size_t i, struct point *p)
{
	static const char *const edges[] = {"đầu", "cuối", "giữa"};
	static struct phrase_list edges_list = PHRASE_LIST(edges);
	static const struct {
		const char *word;
		enum temporal_rel rel;
	} rel_units[] = {
		{"tuần", REL_WEEK}, {"tháng", REL_MONTH}, {"quý", REL_QUARTER}, {"quí", REL_QUARTER},
		{"năm", REL_YEAR},
	};
	size_t e, f, k, j = i;

	point_init(p);
	if ((e = phrase_in(s, n, i, &edges_list)))
		i = vn_skip_spaces(s, n, e);
	for (k = 0; k < NELEM(rel_units); k++)
		if ((e = match_phrase(s, n, i, rel_units[k].word)) &&
		    (f = unit_offset_at(s, n, vn_skip_spaces(s, n, e), rel_units[k].rel, p))) {
			if (i == j && phrase_before(s, i, how_many, NELEM(how_many)))
				return 0; /* mấy năm nay, những tháng tới */
			p->rel = rel_units[k].rel;
			return f;
		}
	return 0;
}

/* After a weekday: tuần này / tới / trước (that day of that week), tới (the
 * next one), vừa qua (the last one), or a date in brackets: "thứ Hai (12/4)". */
static size_t after_weekday(const char *s, size_t n, size_t e, struct point *p, int weekday)
{
	size_t k = vn_skip_spaces(s, n, e), f, g;
	struct point q;

	if ((f = match_phrase(s, n, k, "tuần")) &&
	    (g = unit_offset_at(s, n, vn_skip_spaces(s, n, f), REL_WEEK, p))) {
		p->rel = REL_WEEK, p->weekday = weekday;
		return g;
	}
	if ((f = match_phrase(s, n, k, "tới")) || (f = match_phrase(s, n, k, "sắp tới"))) {
		p->rel = REL_WEEKDAY, p->offset = 1, p->weekday = weekday;
		return f;
	}
	if ((f = match_phrase(s, n, k, "vừa qua"))) {
		p->rel = REL_WEEKDAY, p->offset = -1, p->weekday = weekday;
		return f;
	}
	if (k < n && s[k] == '(') {
		point_init(&q);
		q.context = true;
		g = vn_skip_spaces(s, n, k + 1);
		if ((f = match_phrase(s, n, g, "ngày")))
			g = vn_skip_spaces(s, n, f);
		if ((f = numeric_date(s, n, g, &q)) && (g = vn_skip_spaces(s, n, f)) < n && s[g] == ')') {
			p->year = q.year, p->month = q.month, p->day = q.day;
			return g + 1;
		}
	}
	return 0;
}

/*
 * One date or time: any of a weekday, a part of the day, a clock time and
 * "ngày" (or "hôm") in front of the date, a clock time or "âm lịch" after
 * it; or a day against the anchor: hôm qua, sáng nay, 8 giờ tối mai,
 * 11 giờ cùng ngày.
 */
static size_t point_at(const char *s, size_t n, size_t i, struct point *p, bool context)
{
	size_t j = i, k = i, e, f, w, clock_end = 0, weekday_end = 0;
	bool dayword = false, prefixed = false, after_noun = false, paren;
	int steps, weekday = 0;

	point_init(p);
	p->context = context;
	for (steps = 0; steps < 4; steps++) {
		k = steps ? gap(s, n, j) : j;
		if (dayword && k < n && s[k] == ':')
			k = vn_skip_spaces(s, n, k + 1);
		if ((e = weekday_at(s, n, k, &weekday))) {
			p->context = true;
			if ((f = after_weekday(s, n, e, p, weekday)))
				return f;
			/* tối thứ Sáu, ngày Thứ năm, vào chủ nhật: that weekday
			 * near the anchor; a bare "thứ hai" may be "secondly", and
			 * a list of them after a noun counts it ("thế hệ thứ tư,
			 * thứ năm"; not "(thứ ba, thứ năm, thứ bảy)") */
			if ((prefixed && !after_noun) || phrase_before(s, k, weekday_before, NELEM(weekday_before)))
				weekday_end = e;
			else if (steps == 0 && word_before(s, k) != (size_t)-1)
				after_noun = true;
		} else if (!dayword && (e = day_offset_at(s, n, k, p)) &&
			   !(steps == 0 && phrase_before(s, k, how_many, NELEM(how_many)))) {
			/* hôm qua 23-3, hôm qua (23/3), hôm qua (ngày 23/3), sáng
			 * nay, ngày 25/12: the date it names, when it names one */
			j = e;
			e = gap(s, n, e);
			if ((paren = e < n && s[e] == '('))
				e = vn_skip_spaces(s, n, e + 1);
			if ((f = match_phrase(s, n, e, "ngày")))
				e = vn_skip_spaces(s, n, f);
			p->context = true;
			if ((f = numeric_date(s, n, e, p))) {
				if (paren && (e = vn_skip_spaces(s, n, f)) < n && s[e] == ')')
					f = e + 1;
				return f;
			}
			p->rel = REL_DAY;
			return j;
		} else if (!p->part && (e = part_at(s, n, k, &p->part))) {
			p->context = true;
			if (clock_end)
				clock_end = e;
		} else if (p->hour < 0 && (e = clock_at(s, n, k, p))) {
			clock_end = e;
		} else if ((e = match_phrase(s, n, k, "cùng ngày"))) {
			/* 11 giờ cùng ngày, Cùng ngày: the day the text named last */
			p->rel = REL_SAME_DAY;
			return e;
		} else if (!dayword && (e = match_list(s, n, k, &day_words_list, &w)) &&
			   (w < HOLIDAY_WORDS || ((f = vn_skip_spaces(s, n, e)) < n && vn_is_digit(s[f])))) {
			/* ngày mồng 2; a holiday's word only before its day (lễ 30/4, not lễ, tối 10/10) */
			if ((f = match_phrase(s, n, vn_skip_spaces(s, n, e), "mồng")) || (f = match_phrase(s, n, vn_skip_spaces(s, n, e), "mùng")))
				e = f;
			p->context = dayword = true;
		} else {
			break;
		}
		prefixed = true;
		j = e;
	}
	if (!(e = date_core(s, n, k, p, prefixed))) {
		if (weekday_end) {
			p->rel = REL_WEEKDAY, p->offset = 0, p->weekday = weekday, p->base = BASE_ANCHOR;
			return clock_end > weekday_end ? clock_end : weekday_end;
		}
		if (!clock_end || (p->weak_clock && !p->part))
			return 0;
		return clock_end;
	}
	/* 26/07/2022 13:54:23 */
	if (p->hour < 0 && p->day && (j = clock_at(s, n, gap(s, n, e), p))) {
		if (p->weak_clock)
			p->hour = -1;
		else
			e = j;
	}
	if ((j = lunar_mark(s, n, e))) {
		p->lunar = true;
		e = j;
		if (!p->year)
			e = year_after(s, n, e, p);
	}
	return e;
}

/*
 * Values are written by hand, not with snprintf, which cost more than
 * finding them. Every number in one is bounded (years have four digits,
 * hours at most two, durations four), so the longest value, two points
 * with seconds, takes 39 bytes of the 64 in struct temporal.
 */
static char *put_str(char *b, const char *s)
{
	while (*s)
		*b++ = *s++;
	return b;
}

/* v >= 0 in decimal, with zeros in front to at least width digits. */
static char *put_num(char *b, int v, int width)
{
	char d[12];
	int k = 0;

	if (v >= 0 && v < 100 && width <= 2) { /* months, days, hours: most of them */
		if (v >= 10 || width == 2)
			*b++ = (char)('0' + v / 10);
		*b++ = (char)('0' + v % 10);
		return b;
	}
	do
		d[k++] = (char)('0' + v % 10), v /= 10;
	while (v);
	while (k < width)
		d[k++] = '0';
	while (k)
		*b++ = d[--k];
	return b;
}

static char *put_year(char *b, int y)
{
	return y ? put_num(b, y, 4) : put_str(b, "XXXX");
}

/* The part of p's value after its date: T14:30[:05] or TMO, or nothing. */
static char *format_tail(const struct point *p, char *b)
{
	int h;

	if (p->hour >= 0) {
		h = p->hour;
		if (p->part && h < 12 && h >= p->part->pm_from)
			h += 12;
		b = put_num(put_str(b, "T"), h, 2);
		b = put_num(put_str(b, ":"), p->min, 2);
		if (p->sec >= 0)
			b = put_num(put_str(b, ":"), p->sec, 2);
	} else if (p->part) {
		b = put_str(put_str(b, "T"), p->part->code);
	}
	return b;
}

/* Writes the value of p at b, not terminated, and its kind to *kind; returns its end.
 * A relative or lunar date is written as far as the text gives it alone. */
static char *format_point(const struct point *p, char *b, enum temporal_kind *kind)
{
	if (p->rel == REL_WEEK && !p->weekday)
		b = put_str(b, "XXXX-WXX");
	else if (p->rel == REL_MONTH)
		b = put_str(b, "XXXX-XX");
	else if (p->rel == REL_QUARTER)
		b = put_str(b, "XXXX-QX");
	else if (p->rel == REL_YEAR && p->day)
		b = put_num(put_str(put_num(put_str(b, "XXXX-"), p->month, 2), "-"), p->day, 2);
	else if (p->rel == REL_YEAR && p->month)
		b = put_num(put_str(b, "XXXX-"), p->month, 2);
	else if (p->rel == REL_YEAR)
		b = put_str(b, "XXXX");
	else if (p->rel != REL_NONE || (p->lunar && p->day))
		b = put_str(b, "XXXX-XX-XX");
	else if (p->lunar)
		b = put_str(b, p->month ? "XXXX-XX" : "XXXX");
	else if (p->decade)
		b = put_str(put_num(b, p->decade, 3), "X");
	else if (p->century) /* ISO 8601: the 20th century's years are 19XX, "19" */
		b = put_num(b, p->century - 1, 2);
	else {
		b = put_year(b, p->year);
		if (p->quarter)
			b = put_num(put_str(b, "-Q"), p->quarter, 1);
		else if (p->half)
			b = put_num(put_str(b, "-H"), p->half, 1);
		else if (p->month) {
			b = put_num(put_str(b, "-"), p->month, 2);
			if (p->day)
				b = put_num(put_str(b, "-"), p->day, 2);
		} else if (p->day) {
			b = put_num(put_str(b, "-XX-"), p->day, 2);
		} else if (p->hour >= 0 || p->part) {
			b = put_str(b, "-XX-XX");
		}
	}
	*kind = p->hour >= 0 || p->part ? TEMPORAL_TIME : TEMPORAL_DATE;
	return format_tail(p, b);
}

/* Two years a/b, as an interval. */
static void put_years(struct temporal *t, int a, int b)
{
	*put_num(put_str(put_num(t->value, a, 4), "/"), b, 4) = '\0';
}

static void set(struct temporal *t, size_t start, size_t end, enum temporal_kind kind)
{
	t->start = start;
	t->len = end - start;
	t->kind = kind;
	t->yearless = strstr(t->value, "XXXX") != NULL;
}

/* Copies what stamp.c needs of a relative or lunar point into t. */
static void keep_point(const struct point *p, struct temporal *t)
{
	t->month = p->lunar ? 0 : p->month, t->day = p->lunar ? 0 : p->day;
	t->rel = p->rel, t->base = p->base, t->offset = p->offset, t->weekday = p->weekday;
	t->lunar = p->lunar, t->leap = p->leap;
	t->lunar_year = p->lunar ? p->year : 0;
	t->stem = p->stem, t->branch = p->branch;
	t->lunar_month = p->lunar ? p->month : 0, t->lunar_day = p->lunar ? p->day : 0;
	*format_tail(p, t->tail) = '\0';
}

/* Whether b, with a year, comes before a, with a year, at the precision
 * both give: an interval's end before its start ("từ 3000 - 1500 năm TCN"). */
static bool ends_before(const struct point *a, const struct point *b)
{
	if (!a->year || !b->year || a->year != b->year)
		return a->year && b->year && b->year < a->year;
	if (!a->month || !b->month || a->month != b->month)
		return a->month && b->month && b->month < a->month;
	return a->day && b->day && b->day < a->day;
}

/* Whether a range from a to b, both with a month, passes a new year. */
static bool crosses_year(const struct point *a, const struct point *b)
{
	return a->month && b->month && (a->month > b->month || (a->month == b->month && a->day > b->day));
}

/* The start of a range, which may give less than a date: a year, a day
 * (từ 16 đến 18-5, Từ sáng 15 ...) or a clock time (từ 8h-11h ngày 20-2). */
static size_t range_start(const char *s, size_t n, size_t i, struct point *a)
{
	size_t e, f, k;
	int y, d;
	const struct day_part *part = NULL;

	if ((f = year_at(s, n, i, &y))) {
		point_init(a);
		a->year = y;
		return f;
	}
	if ((f = point_at(s, n, i, a, false)) && a->rel == REL_NONE && !a->lunar)
		return f;
	point_init(a);
	k = i;
	if ((e = part_at(s, n, k, &part)))
		k = vn_skip_spaces(s, n, e);
	if ((e = match_phrase(s, n, k, "ngày")))
		k = vn_skip_spaces(s, n, e);
	if (!(e = number(s, n, k, 2, &d)) || vn_word_char_len(s + e, n - e) || d < 1 || d > 31)
		return 0;
	a->day = d, a->part = part;
	return e;
}

/* Past "đầu", "giữa" or "cuối" before "tháng" or "năm" at s[i], where a
 * range's end that is read no other way may begin: where the month or
 * year begins ("từ giữa tháng 5 đến giữa tháng 9"), else i. */
static size_t past_edge(const char *s, size_t n, size_t i)
{
	static const char *const edges[] = {"đầu", "giữa", "cuối"};
	size_t k, e, f;

	for (k = 0; k < NELEM(edges); k++)
		if ((e = match_phrase(s, n, i, edges[k])) && (f = vn_skip_spaces(s, n, e)) > e &&
		    (match_phrase(s, n, f, "tháng") || match_phrase(s, n, f, "năm")))
			return f;
	return i;
}

/* "từ năm 2016 đến năm 2020", "từ năm 2011 đến nay", "từ ngày 31 tháng 7 –
 * 2 tháng 8", "Từ sáng 15 đến hết ngày 16-9", "từ giữa tháng 5 đến giữa
 * tháng 9" (the months of its edges). */
static size_t from_to(const char *s, size_t n, size_t i, struct temporal *t)
{
	struct point a, b;
	size_t e, f;
	enum temporal_kind kind;
	char *v;

	e = vn_skip_spaces(s, n, i);
	if (!(f = range_start(s, n, e, &a)) && !(f = range_start(s, n, past_edge(s, n, e), &a)))
		return 0;
	e = vn_skip_spaces(s, n, f);
	if ((f = match_phrase(s, n, e, "cho")))
		e = vn_skip_spaces(s, n, f); /* từ 1963 cho đến 1965 */
	if (!(f = match_phrase(s, n, e, "đến")) && !(f = match_phrase(s, n, e, "tới")) &&
	    !(f = spaced_dash(s, n, e)))
		return 0;
	e = vn_skip_spaces(s, n, f);
	if ((f = match_phrase(s, n, e, "hết")))
		e = vn_skip_spaces(s, n, f);
	if ((f = match_phrase(s, n, e, "nay")) || (f = match_phrase(s, n, e, "hiện nay")) ||
	    (f = match_phrase(s, n, e, "hiện tại"))) {
		if (!a.month && a.day)
			return 0;
		*put_str(format_point(&a, t->value, &kind), "/PRESENT_REF") = '\0';
	} else {
		int y;
		if ((f = year_at(s, n, e, &y))) {
			point_init(&b);
			b.year = y;
		} else if (!((f = point_at(s, n, e, &b, true)) && b.rel == REL_NONE && !b.lunar) &&
			   !((e = past_edge(s, n, e)) && (f = point_at(s, n, e, &b, true)) && b.rel == REL_NONE &&
			     !b.lunar)) {
			return 0;
		}
		/* A start that gives a day or a clock alone takes the rest from the end. */
		if (!a.month && !a.year && a.day) {
			if (!b.month || !b.day || a.day >= b.day)
				return 0;
			a.month = b.month;
		} else if (!a.month && !a.year && a.hour >= 0 && !a.day) {
			if (!b.day || b.hour < 0)
				return 0;
			a.year = b.year, a.month = b.month, a.day = b.day;
		}
		/* từ ngày 1/7 đến ngày 30/7/2022: one year for both ends, or
		 * the next when the end's month comes before the start's (từ
		 * tháng 11/2019 đến tháng 2). The end of a bare year is not
		 * in it: từ năm 1995 đến tháng 1 leaves that year unknown. */
		if (!a.year && b.year)
			a.year = b.year - (crosses_year(&a, &b) ? 1 : 0);
		else if (!b.year && a.year && a.month)
			b.year = a.year + (crosses_year(&a, &b) ? 1 : 0);
		else if (!a.year && !b.year)
			t->wraps = crosses_year(&a, &b);
		if (ends_before(&a, &b))
			return 0;
		v = put_str(format_point(&a, t->value, &kind), "/");
		*format_point(&b, v, &kind) = '\0';
	}
	t->month = a.month, t->day = a.day;
	return f;
}

/* What joins the two years of a span: a dash, or the sign ÷ that writers
 * of chronologies use for one ("1883 ÷ 1887"); the end or 0. */
static size_t span_mark(const char *s, size_t n, size_t i)
{
	size_t f = spaced_dash(s, n, i);

	i = vn_skip_spaces(s, n, i);
	if (!f && n - i >= 2 && (unsigned char)s[i] == 0xC3 && (unsigned char)s[i + 1] == 0xB7)
		f = vn_skip_spaces(s, n, i + 2);
	return f;
}

/* 2016 - 2020, 1883 ÷ 1887: two years, the second later and not far. */
static size_t year_span(const char *s, size_t n, size_t i, int *a, int *b)
{
	size_t e, f;

	if (!(e = year_at(s, n, i, a)) || !(f = span_mark(s, n, e)) || !(f = year_at(s, n, f, b)))
		return 0;
	if (*b <= *a || *b - *a > 100 || (f < n && s[f] == '/'))
		return 0;
	return f;
}

/* A year and a dash that a closing bracket or "nay" follows ("Vương Văn A
 * (2004-)", "2014-nay"): a span from that year to the present; its end, or
 * 0. Not a dash at the end: a caller's window may end there, before the
 * second year of a span. */
static size_t open_span(const char *s, size_t n, size_t i, int *y)
{
	size_t e, k, d, f;

	if (!(e = year_at(s, n, i, y)) || *y > 2099 || (k = vn_skip_spaces(s, n, e)) >= n ||
	    !(d = vn_dash_len(s + k, n - k)))
		return 0;
	d += k;
	f = vn_skip_spaces(s, n, d);
	if ((k = match_phrase(s, n, f, "nay")) || (k = match_phrase(s, n, f, "hiện nay")) ||
	    (k = match_phrase(s, n, f, "hiện tại")))
		return k;
	return f < n && s[f] == ')' ? d : 0;
}

/* What joins two years after a label that says they are years ("giai
 * đoạn 1975 đến 1985", "năm 2011 - 2012"): a dash, "đến" or "tới"; where
 * the second begins, or 0. */
static size_t years_joined(const char *s, size_t n, size_t e)
{
	size_t f = vn_skip_spaces(s, n, e), g;

	if ((g = spaced_dash(s, n, e)))
		return g;
	if (f > e && ((g = match_phrase(s, n, f, "đến")) || (g = match_phrase(s, n, f, "tới"))))
		return vn_skip_spaces(s, n, g);
	return 0;
}

/* year_span after a label: the years may be joined by "đến" or "tới" too. */
static size_t label_years(const char *s, size_t n, size_t i, int *a, int *b)
{
	size_t e, f;

	if ((f = year_span(s, n, i, a, b)))
		return f;
	if (!(e = year_at(s, n, i, a)) || !(f = years_joined(s, n, e)) || !(f = year_at(s, n, f, b)))
		return 0;
	return *b > *a && *b - *a <= 100 && !(f < n && s[f] == '/') ? f : 0;
}

/* The unit of a duration at s[i]: its end, and which; "tuần lễ" is a
 * week, "tuần tra" (patrol), "tuần hoàn", "tuần dương" none. */
static size_t unit_at(const char *s, size_t n, size_t i, const struct unit **unit)
{
	static const char *const not_week[] = {"tra", "hoàn", "dương", "hành", "tự", "lộc", "báo", "trăng"};
	static struct phrase_list not_week_list = PHRASE_LIST(not_week);
	size_t k, e, f;

	if (i >= n || !unit_start[(unsigned char)s[i]])
		return 0;
	for (k = 0; k < NELEM(units); k++)
		if ((e = match_phrase(s, n, i, units[k].word))) {
			*unit = &units[k];
			if (units[k].letter != 'W' || units[k].time)
				return e;
			f = vn_skip_spaces(s, n, e);
			if (phrase_in(s, n, f, &not_week_list))
				return 0;
			return (f = match_phrase(s, n, f, "lễ")) ? f : e;
		}
	return 0;
}

/* Whether "một" at s[i] is of a rate or "the same": hai lần một năm, 20%
 * một năm, cùng một ngày. */
static bool rate_or_same(const char *s, size_t i)
{
	size_t k = vn_skip_spaces_back(s, i);

	return (k > 0 && s[k - 1] == '%') || match_phrase_back(s, k, "lần") != (size_t)-1 ||
	       match_phrase_back(s, k, "cùng") != (size_t)-1;
}

/* Whether "trước" at s[i] is "ago": it ends the clause ("35 năm trước,"),
 * or "đây" or "rồi" follows (3 năm trước đây), "về" comes before it (10 năm
 * về trước), or the count opens the clause (opens)
 * and a pronoun or a verb's particle begins the next one ("Bảy năm trước
 * không có ai", "Ba năm trước tôi đến"); before a noun it is "before" (hai
 * ngày trước buổi lễ, hai ngày trước khi). */
static size_t ago_at(const char *s, size_t n, size_t i, bool opens)
{
	static const char *const clause[] = {
		"không", "chưa", "đã", "vừa", "mới", "từng", "cũng", "vẫn", "còn", "chỉ", "có",
		"là", "tôi", "anh", "chị", "em", "ông", "bà", "họ", "chúng", "mình", "nó", "cô",
		"cậu", "ta", "người ta", "gia đình", "ở", "tại"};
	static struct phrase_list clause_list = PHRASE_LIST(clause);
	size_t e, f;

	if ((f = match_phrase(s, n, i, "về")) && (e = match_phrase(s, n, vn_skip_spaces(s, n, f), "trước")))
		return e; /* 10 năm về trước */
	if (!(e = match_phrase(s, n, i, "trước")))
		return 0;
	f = vn_skip_spaces(s, n, e);
	if ((i = match_phrase(s, n, f, "đây")))
		return i;
	if (f >= n || !vn_word_char_len(s + f, n - f) || match_phrase(s, n, f, "rồi"))
		return e; /* "từ mười ngày trước rồi": rồi says it is done, ago */
	return opens && phrase_in(s, n, f, &clause_list) ? e : 0;
}

/* Whether the words at s[i] open a clause: the sentence's start, or after
 * a comma, colon, semicolon, bracket or quote. */
static bool opens_clause(const char *s, size_t i)
{
	size_t k = vn_skip_spaces_back(s, i);

	return k == 0 || (s[k - 1] && strchr(",:;(\"", s[k - 1])) ||
	       (k >= 3 && (memcmp(s + k - 3, "\xe2\x80\x9c", 3) == 0 || memcmp(s + k - 3, "\xe2\x80\x93", 3) == 0));
}

/* What joins the two counts of a range (15 - 20 phút, 3 đến 5 năm): a
 * dash, "đến" or "tới"; where the second begins, or 0. */
static size_t range_to(const char *s, size_t n, size_t e)
{
	size_t f;

	if ((f = spaced_dash(s, n, e)))
		return f;
	e = vn_skip_spaces(s, n, e);
	if ((f = match_phrase(s, n, e, "đến")) || (f = match_phrase(s, n, e, "tới")))
		return vn_skip_spaces(s, n, f);
	return 0;
}

/* v of a unit (and a half) as ISO 8601 writes it at b: P5Y, PT30M, P1.5Y,
 * decades and centuries in years, PXM for a count not said (v < 0);
 * returns its end. */
static char *put_duration(char *b, int v, const struct unit *unit, bool half)
{
	if (v < 0) /* vài tháng: PXM */
		b = put_str(b, unit->time ? "PTX" : "PX");
	else if (unit->times > 1) /* hai thập kỷ rưỡi: P25Y */
		b = put_num(put_str(b, "P"), v * unit->times + (half ? unit->times / 2 : 0), 1);
	else if ((b = put_num(put_str(b, unit->time ? "PT" : "P"), v, 1)), half)
		b = put_str(b, ".5");
	*b++ = unit->letter;
	return b;
}

/* The count of a smaller unit of the calendar at s[g], after a count (at
 * s[i]) of unit: "2 năm 3 tháng", "một tháng tám ngày", years then months
 * or days, months then days; its end, *v and *smaller set; 0 for none, and
 * for a day's or month's number ("ngày 5 tháng 3 năm 2024", "6 tháng 4")
 * and one with a digit or '/' after it. */
static size_t smaller_part(const char *s, size_t n, size_t i, size_t g, const struct unit *unit, int *v,
			   const struct unit **smaller)
{
	size_t e, f, k = vn_skip_spaces_back(s, i);

	if (unit->time || unit->times > 1 || g >= n ||
	    match_phrase_back(s, k, "ngày") != (size_t)-1 || match_phrase_back(s, k, "tháng") != (size_t)-1 ||
	    match_phrase_back(s, k, "mùng") != (size_t)-1 || match_phrase_back(s, k, "mồng") != (size_t)-1)
		return 0;
	if (!(e = vn_is_digit(s[g]) ? number(s, n, g, 3, v) : count_at(s, n, g, 3, 1, 99, v)) || *v <= 0 ||
	    (vn_is_digit(s[g]) && vn_word_char_len(s + e, n - e)))
		return 0;
	if (!(f = unit_at(s, n, vn_skip_spaces(s, n, e), smaller)) || (*smaller)->time || (*smaller)->times > 1 ||
	    *smaller <= unit)
		return 0;
	e = vn_skip_spaces(s, n, f);
	return (e < n && (vn_is_digit(s[e]) || s[e] == '/')) || (f < n && s[f] == '/') ? 0 : f;
}

/* [trong] 5 năm [qua|liền|tới|nữa], ba tháng tiếp theo, 2 giờ sau, 30 phút;
 * a range of them, 15 - 20 phút, PT15M/PT20M; 3 ngày trước and cách đây 35
 * năm are dates; not "số 28 ngày 21/01/2019". */
static size_t duration_at(const char *s, size_t n, size_t i, struct temporal *t, bool cued)
{
	const struct unit *unit, *unit2;
	size_t e, f, k, g;
	char *d;
	int v, k1, k2, least = 0;
	bool words, half = false;
	struct point q;

	if (i >= n)
		return 0;
	words = !vn_is_digit(s[i]);
	if (words && (e = match_list(s, n, i, &vague_list, NULL))) {
		v = -1; /* vài tháng, nhiều năm qua */
		if ((f = unit_at(s, n, vn_skip_spaces(s, n, e), &unit)) &&
		    ((unit->word[0] == 't' && unit->letter == 'H' ? !phrase_in(s, n, f, &duration_after_list)
								    : unit->letter == 'H' && s[i] == 'm') ||
		     match_phrase(s, n, vn_skip_spaces(s, n, f), "lễ")))
			return 0; /* nhiều tiếng (voices), mấy giờ (what time), nhiều ngày lễ */
	} else if (words) {
		/* not the unit of a count before it: "một năm ngày thành lập" */
		if (!(e = count_at(s, n, i, 4, 1, 9999, &v)) ||
		    ((k = word_before(s, i)) != (size_t)-1 &&
		     (vn_is_digit(s[vn_skip_spaces_back(s, i) - 1]) || match_list(s, n, k, &number_list, NULL))))
			return 0;
		/* một hai giờ, hai, ba ngày: one count or the next, a range */
		if (!(f = spaced_dash(s, n, e)))
			f = gap(s, n, e);
		if (f < n && !vn_is_digit(s[f]) && (g = count_at(s, n, f, 4, 2, 9999, &k1)) && k1 == v + 1 &&
		    unit_at(s, n, vn_skip_spaces(s, n, g), &unit))
			least = v, v = k1, e = g;
	} else if (!(e = number(s, n, i, 4, &v)) || v == 0 ||
		   (vn_word_char_len(s + e, n - e) && s[e] != 'h')) {
		return 0;
	}
	if (i >= 1 && (s[i - 1] == '.' || s[i - 1] == ',' || s[i - 1] == '/'))
		return 0;
	k = vn_skip_spaces_back(s, i);
	if (match_phrase_back(s, k, "số") != (size_t)-1 || match_phrase_back(s, k, "thứ") != (size_t)-1)
		return 0; /* a number or a rank: số 21 năm 2021, lần thứ 5 */
	/* 15 - 20 phút, 1-2 năm, 3 đến 5 năm: the least and the most */
	if (!words && e < n && s[e] != 'h' && (f = range_to(s, n, e)) && (g = number(s, n, f, 4, &k1)) && k1 > v &&
	    !vn_word_char_len(s + g, n - g)) {
		least = v, v = k1;
		e = g;
	}
	if (!words && e < n && s[e] == 'h' && !vn_word_char_len(s + e + 1, n - e - 1) &&
	    !(e + 1 < n && (s[e + 1] == '-' || s[e + 1] == '.'))) {
		unit = &units[4]; /* 2h: giờ */
		f = e + 1;
	} else if (!(f = unit_at(s, n, vn_skip_spaces(s, n, e), &unit))) {
		return 0;
	}
	/* một năm rưỡi, ba tháng rưởi: and a half */
	g = vn_skip_spaces(s, n, f);
	if ((e = match_phrase(s, n, g, "rưỡi")) || (e = match_phrase(s, n, g, "rưởi")))
		half = true, f = e, g = vn_skip_spaces(s, n, f);
	else if (!least && (e = smaller_part(s, n, i, g, unit, &k1, &unit2))) {
		/* "2 năm 3 tháng", "một tháng tám ngày": P2Y3M, P1M8D */
		d = put_duration(t->value, v, unit, false);
		d = put_num(d, k1, 1);
		*d++ = unit2->letter;
		*d = '\0';
		t->kind = TEMPORAL_DURATION;
		k = phrase_in(s, n, vn_skip_spaces(s, n, e), &duration_after_list);
		return k ? k : e;
	}
	if ((g < n && vn_is_digit(s[g]) && (unit->letter != 'Y' || unit->times > 1 || !year_span(s, n, g, &k1, &k2))) ||
	    (f < n && s[f] == '/'))
		return 0; /* "28 ngày 21/01", "6 tháng 4", "102 năm 1959" (102 in 1959), not
			   * "5 năm 2016 - 2020"; 47 giờ/tuần is a rate */
	if (unit->times > 1 && g < n && numeral_roman(s + g, n - g, &k) > 0)
		return 0; /* "2 thế kỷ XVII - XVIII" are the centuries named */
	if (least && !unit->time && unit->letter == 'M' && month_word(s, n, g, &q))
		return 0; /* "13 - 15 tháng Giêng" are days of a month */
	/* Words and time units need a word that says duration; the others not. */
	if ((words || unit->time) && !cued)
		cued = phrase_before(s, i, duration_before, NELEM(duration_before)) ||
		       (phrase_before(s, i, about_before, NELEM(about_before)) &&
			(words || unit->letter != 'H' || v > 24));
	if (!least && v > 0 && unit->rel != REL_NONE && (!half || unit->rel == REL_YEAR) &&
	    (e = ago_at(s, n, g, opens_clause(s, i)))) {
		/* 3 ngày trước: the anchor's day moved back; 3 năm rưỡi trước
		 * its month; hai thập kỷ trước its year, by 20 */
		bool in_years = unit->times > 1;
		enum temporal_rel rel = half && !in_years ? REL_MONTH : unit->rel;

		memset(t->value, 0, sizeof t->value);
		strcpy(t->value, rel == REL_YEAR ? "XXXX" : rel == REL_MONTH ? "XXXX-XX"
			       : rel == REL_WEEK ? "XXXX-WXX" : "XXXX-XX-XX");
		t->rel = rel;
		t->offset = in_years ? -(v * unit->times + (half ? unit->times / 2 : 0)) : half ? -(12 * v + 6) : -v;
		t->kind = TEMPORAL_DATE;
		return e;
	}
	k = phrase_in(s, n, g, &duration_after_list);
	/* Time units need a word that says duration: digits up to 24 before
	 * giờ are a clock, and 8 giờ alone neither; so do "một" before more
	 * words (a year: một năm nhuận, một tuần dương hạm; not "ở đó một
	 * tuần," or "một tuần thì") and "năm tháng" (the years), not other counts in words (ở
	 * đó hai tuần, ba năm công tác). */
	if (!cued && !k &&
	    (unit->time ? words || (unit->letter == 'H' && v <= 24 && unit->word[0] != 't')
			: words && ((v == 1 && ((g < n && !strchr(",.;:)!?", s[g]) && !match_phrase(s, n, g, "thì")) ||
					       rate_or_same(s, i))) ||
				    (v == 5 && unit->letter == 'M' && match_phrase(s, n, i, "năm")))))
		return 0;
	/* A count in words before "năm 1945" or "ngày hôm sau" is no duration
	 * but an ordinal or a name (hạng Ba năm 2014, tháng Tám năm 1945, hàng
	 * năm năm 2010), or the count of a date (hai ngày hôm sau); after
	 * "Chiến tranh" it names a war (Chiến tranh Bảy năm). */
	if (words && !cued && !k && ((g < n && vn_is_digit(s[g])) || match_phrase(s, n, g, "hôm") ||
				     phrase_before(s, i, war_names, NELEM(war_names))))
		return 0;
	d = t->value;
	if (least) {
		d = put_duration(d, least, unit, false);
		*d++ = '/';
	}
	*put_duration(d, v, unit, half) = '\0';
	t->kind = TEMPORAL_DURATION;
	return k ? k : f;
}

/* thế kỷ 20, thế kỷ thứ 19, thế kỉ XXI: a century, up to the 30th. The walk
 * comes to one only near a digit: a Roman numeral alone is read where a
 * digit follows within reach (thế kỷ XX, năm 1945); an anchor of its own
 * ("kỷ") would cost the walk a look at every kỷ niệm. */
static size_t century_at(const char *s, size_t n, size_t i, struct point *p)
{
	static const char *const heads[] = {"thế kỷ", "thế kỉ"};
	static struct phrase_list heads_list = PHRASE_LIST(heads);
	size_t e, f, len;
	int v;

	if (!(e = phrase_in(s, n, i, &heads_list)))
		return 0;
	e = vn_skip_spaces(s, n, e);
	if ((f = match_phrase(s, n, e, "thứ")))
		e = vn_skip_spaces(s, n, f);
	if ((f = number(s, n, e, 2, &v)) && !vn_word_char_len(s + f, n - f))
		;
	else if ((v = numeral_roman(s + e, n - e, &len)))
		f = e + len;
	else
		return 0;
	if (v < 1 || v > 30)
		return 0;
	point_init(p);
	p->century = v;
	return f;
}

/* những năm 1980, thập niên 80, thập kỷ 90: a decade, 198X. "các năm"
 * lists years ("vào các năm 1920, 1924 và 1928", "các năm 1930 và 1931"). */
static size_t decade_at(const char *s, size_t n, size_t i, struct point *p)
{
	static const char *const heads[] = {"những năm", "thập niên", "thập kỷ", "thập kỉ"};
	static struct phrase_list heads_list = PHRASE_LIST(heads);
	size_t e, f;
	int y;

	if ((e = century_at(s, n, i, p)))
		return e;
	if (!(e = phrase_in(s, n, i, &heads_list)))
		return 0;
	e = vn_skip_spaces(s, n, e);
	if ((f = year_at(s, n, e, &y))) {
		if (y % 10)
			return 0;
	} else if ((f = number(s, n, e, 2, &y)) && f - e == 2 && y % 10 == 0 && !vn_word_char_len(s + f, n - f)) {
		y += 1900;
	} else {
		return 0;
	}
	point_init(p);
	p->decade = y / 10;
	return f;
}

/* The start of the four-digit year that ends at s[k] after its list's
 * joiner (a comma, "và", "hoặc", "hay"), when a year within a century of
 * last stands there, smaller (or with down, larger); (size_t)-1 when none. */
static size_t year_joined_before(const char *s, size_t k, int last, bool down)
{
	int x;

	if ((k = joiner_before(s, k)) == (size_t)-1 || k < 4 ||
	    (k > 4 && (vn_is_digit(s[k - 5]) || vn_word_char_len_back(s, k - 4))) || !year_at(s, k, k - 4, &x) ||
	    (down ? x <= last || x - last > 100 : x >= last || last - x > 100))
		return (size_t)-1;
	return k - 4;
}

/* Whether a word follows the year ending at s[e], other than a list's joiner. */
static bool word_follows(const char *s, size_t n, size_t e)
{
	static const char *const joins[] = {"và", "hoặc", "hay"};
	static struct phrase_list joins_list = PHRASE_LIST(joins);

	e = vn_skip_spaces(s, n, e);
	return e < n && vn_word_char_len(s + e, n - e) && !phrase_in(s, n, e, &joins_list);
}

/* A year in a list of years after "năm" is a year though no "năm" stands
 * before it ("năm 2002 và 2004", "các năm 1998, 2000 và 2003", "năm 1954
 * hoặc 1955"): looked for back from the year at s[i], each earlier year
 * smaller, to the head before the first. A list may run down too, as the
 * years of awards are listed ("(năm 1977, 1965, 1962)"), where a mark or a
 * joiner follows each. A list of tens after "những năm 1920" or "thập niên
 * 1920" goes on in decades ("và 1930"). */
static size_t listed_year(const char *s, size_t n, size_t i, struct point *p)
{
	static const char *const heads[] = {"năm", "thập niên", "thập kỷ", "thập kỉ"};
	size_t e, j = i, h, k;
	int y, first, pass;
	bool down;

	if (!(e = year_at(s, n, i, &y)))
		return 0;
	for (pass = 0; pass < 2; pass++) {
		if ((down = pass == 1) && word_follows(s, n, e))
			return 0;
		for (j = i, first = y; (j = year_joined_before(s, j, first, down)) != (size_t)-1;) {
			(void)year_at(s, n, j, &first);
			for (k = 0; k < NELEM(heads); k++)
				if ((h = match_phrase_back(s, vn_skip_spaces_back(s, j), heads[k])) != (size_t)-1)
					break;
			if (k == NELEM(heads))
				continue;
			point_init(p);
			if (first % 10 == 0 && y % 10 == 0 &&
			    (k > 0 || match_phrase_back(s, vn_skip_spaces_back(s, h), "những") != (size_t)-1))
				p->decade = y / 10;
			else if (k > 0)
				return 0;
			else
				p->year = y;
			return e;
		}
	}
	return 0;
}

/* Whether the year at s[i] is one of a list of two years or more that is
 * all a sentence holds after its colon, as lines of honours are written
 * ("Bằng khen của Chính phủ: 1992, 1997.", "Vô địch (2): 1995; 2014"), or
 * all a bracket holds ("(1980, 1985, 2000)"), each within a century of the
 * one before; not "ISO 9001:2008". The list is looked at to 24 years each way. */
static bool years_alone(const char *s, size_t n, size_t i)
{
	size_t j = i, lo = i > 192 ? i - 192 : 0, f, e;
	int y, last = 0, years;
	char open;

	while (j > lo && s[j - 1] != ':' && s[j - 1] != '(') {
		if (s[j - 1] == ' ' || s[j - 1] == ',' || s[j - 1] == ';' || vn_is_digit(s[j - 1]))
			j--;
		else if ((f = match_phrase_back(s, j, "và")) != (size_t)-1)
			j = f;
		else
			return false;
	}
	if (j == 0 || (open = s[j - 1]) == ':' ? j < 2 || s[j - 1] != ':' || vn_is_digit(s[j - 2])
					     : j > 1 && vn_word_char_len_back(s, j - 1))
		return false;
	for (e = vn_skip_spaces(s, n, j), years = 1; years <= 24; years++) {
		if (!(f = year_at(s, n, e, &y)) || y > 2099 || (last && (y - last > 100 || last - y > 100)))
			return false; /* "Quyết nghị (1441, 1205, 1137)" are numbers */
		last = y;
		e = vn_skip_spaces(s, n, f);
		if (open == '(' && e < n && s[e] == ')')
			return years >= 2;
		if (open == ':' && (e >= n || (s[e] == '.' && vn_skip_spaces(s, n, e + 1) >= n)))
			return years >= 2;
		if (e < n && (s[e] == ',' || s[e] == ';'))
			e = vn_skip_spaces(s, n, e + 1);
		else if ((f = match_phrase(s, n, e, "và")))
			e = vn_skip_spaces(s, n, f);
		else
			return false;
	}
	return false;
}

/* Whether the year s[i..e) closes a bracket after a comma, as a work or a
 * source is dated ("(tiểu thuyết, 1985)", "(Nhà xuất bản Trẻ, 2005)"). */
static bool closes_bracket(const char *s, size_t n, size_t i, size_t e)
{
	size_t j = i > 2 && s[i - 1] == ' ' ? i - 1 : i, lo = i > 96 ? i - 96 : 0;
	bool words = false; /* a list of numbers alone is years_alone's */

	if (j < 2 || s[j - 1] != ',' || e >= n || s[e] != ')')
		return false;
	for (j--; j > lo; j--) {
		if (s[j - 1] == '(')
			return words;
		if (strchr(").;:", s[j - 1]))
			return false;
		words |= (unsigned char)s[j - 1] >= 0x80 || ((s[j - 1] | 0x20) >= 'a' && (s[j - 1] | 0x20) <= 'z');
	}
	return false;
}

/* A year in digits alone opening an entry of a chronology ("1941 – Chiến
 * tranh ...", "1975: Thống nhất"), alone in brackets ("Đại hội 20
 * (1956)"), after a word of time that opens a
 * clause ("Từ 1982 ông là ...", "(đến 1969 công khai)", "và sau 1975
 * ...") or after "tính đến", "mãi đến", "cho đến", "kể từ" anywhere
 * ("Tính đến 2015 dân số ..."); not where the word follows a verb ("tăng
 * từ 1800 lên 2000 người") or a percent follows. */
static size_t cued_year(const char *s, size_t n, size_t i, struct point *p)
{
	static const char *const anywhere[] = {"kể từ", "từ sau", "từ trước", "tính đến", "tính tới", "mãi đến",
					       "mãi tới", "cho đến", "cho tới", "đến trước"};
	/* the words of time a clause may open with, which end every phrase above */
	static const char *const opening[] = {"từ", "đến", "tới", "trước", "sau"};
	static struct phrase_list opening_list = PHRASE_LIST(opening);
	static const char *const joins[] = {"và", "nhưng", "còn"};
	const struct unit *unit;
	size_t e, k, j = 0, w;
	int y;

	if (!(e = year_at(s, n, i, &y)) || y > 2099)
		return 0;
	/* "sau 2000 năm chiến đấu" is a duration, "từ 2010 %" no year */
	k = vn_skip_spaces(s, n, e);
	if (k < n && (s[k] == '%' || unit_at(s, n, k, &unit)))
		return 0;
	/* "1941 – Chiến tranh ...", "1975: ...": an entry of a chronology;
	 * "đại hội 20 (1956)": a year alone in brackets */
	if ((i > 0 && s[i - 1] == '(' && e < n && s[e] == ')') ||
	    (k < n && ((j = spaced_dash(s, n, e)) || s[k] == ':') &&
	     (j = vn_skip_spaces(s, n, j ? j : k + 1)) < n && vn_upper_len(s + j, n - j) && sentence_initial(s, i))) {
		point_init(p);
		p->year = y;
		return e;
	}
	if (years_alone(s, n, i) || closes_bracket(s, n, i, e)) {
		point_init(p);
		p->year = y;
		return e;
	}
	if ((w = word_before(s, i)) == (size_t)-1 || match_list(s, n, w, &opening_list, NULL) != word_end(s, n, w))
		return 0;
	if (!phrase_before(s, i, anywhere, NELEM(anywhere)) && !opens_clause(s, w) &&
	    !phrase_before(s, w, joins, NELEM(joins)))
		return 0;
	point_init(p);
	p->year = y;
	return e;
}

/* Tết Nguyên đán Giáp Thìn, Tết Trung thu năm 2022, Tết 2024, Rằm tháng
 * Giêng, mùng 3 Tết, Tết Dương lịch: a day of the lunar calendar (or the
 * solar new year). */
static size_t feast_at(const char *s, size_t n, size_t i, struct point *p)
{
	size_t e, f, g, k;
	int d;

	point_init(p);
	if ((e = match_phrase(s, n, i, "rằm"))) {
		if (!(f = match_phrase(s, n, vn_skip_spaces(s, n, e), "tháng")) ||
		    !(f = month_word(s, n, vn_skip_spaces(s, n, f), p)))
			return 0;
		p->lunar = true, p->day = 15;
		return year_after(s, n, f, p);
	}
	if ((e = match_phrase(s, n, i, "mồng")) || (e = match_phrase(s, n, i, "mùng"))) {
		if (!(f = count_at(s, n, vn_skip_spaces(s, n, e), 2, 1, 10, &d)) ||
		    !(e = match_phrase(s, n, vn_skip_spaces(s, n, f), "tết")))
			return 0;
		p->lunar = true, p->month = 1, p->day = d;
		return year_after(s, n, e, p);
	}
	if (!(e = match_phrase(s, n, i, "tết")))
		return 0;
	f = vn_skip_spaces(s, n, e);
	if ((k = match_phrase(s, n, f, "dương lịch"))) {
		p->month = p->day = 1;
		return year_after(s, n, k, p);
	}
	p->lunar = true;
	for (k = 0; k < NELEM(feasts); k++)
		if ((g = match_phrase(s, n, f, feasts[k].word))) {
			p->month = feasts[k].month, p->day = feasts[k].day;
			return year_after(s, n, g, p);
		}
	/* Tết alone is a season; with its year it is its first day. */
	p->month = p->day = 1;
	if ((k = year_at(s, n, f, &p->year)) || (k = can_chi_at(s, n, f, p)))
		return k;
	k = year_after(s, n, e, p);
	return p->year || p->stem >= 0 ? k : 0;
}

/* A point and the dash to a second one on the same day or later: ngày 20 -
 * 22/5, 8h-11h ngày 20-2, 20/5 - 22/5: an interval; or a day and "đến" or
 * "tới" a later day, without "từ": "ngày 3/12 đến 5/12/2026", "vào 19 tháng
 * 7 đến 5 tháng 8 năm 2007". */
static size_t point_range(const char *s, size_t n, size_t e, struct point *a, struct temporal *t)
{
	struct point b;
	size_t f, g = vn_skip_spaces(s, n, e);
	enum temporal_kind kind;
	bool to = false;
	char *v;

	if (!(f = spaced_dash(s, n, e)) && ((f = match_phrase(s, n, g, "đến")) || (f = match_phrase(s, n, g, "tới")))) {
		f = vn_skip_spaces(s, n, f);
		to = true;
	}
	if (a->rel != REL_NONE || a->lunar || !f || !(f = point_at(s, n, f, &b, true)) || b.rel != REL_NONE ||
	    b.lunar || !b.day)
		return 0;
	if (to) {
		if (!a->day || !a->month || !b.month || a->hour >= 0 || b.hour >= 0 || (a->year && !b.year))
			return 0;
		/* "ngày 28/12 đến 2/1/2027" crosses a new year; "ngày 5/12 đến
		 * 3/12" is no span */
		if (crosses_year(a, &b) && (a->year || a->month == b.month))
			return 0;
		if (!a->year)
			a->year = b.year - (b.year && crosses_year(a, &b) ? 1 : 0);
		if (ends_before(a, &b))
			return 0;
	} else if (a->day && a->month) {
		if (a->hour >= 0 ? b.hour < 0 : b.hour >= 0)
			return 0;
		if (!a->year)
			a->year = b.year;
	} else if (a->hour >= 0 && !a->day && b.hour >= 0) {
		a->year = b.year, a->month = b.month, a->day = b.day;
	} else {
		return 0;
	}
	v = put_str(format_point(a, t->value, &kind), "/");
	*format_point(&b, v, &kind) = '\0';
	t->month = a->month, t->day = a->day;
	return f;
}

/* Days of one month after "ngày", without "từ": "ngày 20 - 22/5", "ngày
 * 14-30/10/1930", "ngày 3 đến 5/12/2026", "ngày 9 và 10 tháng 5" (two days running; "ngày 9 và 15"
 * are two dates, of which the walk finds the second). Without "ngày" where
 * the month is a word ("13–16 tháng 8 năm 1945"), or where a d/m would be a
 * date alone: with its year ("15-16/7/2023"), in brackets ("(15 và 16/7)"),
 * after "vào" or opening the sentence before a comma. An interval. */
static size_t day_range(const char *s, size_t n, size_t i, struct temporal *t)
{
	struct point a, b;
	size_t e, f, k;
	enum temporal_kind kind;
	bool pair, bare, slashed = false;
	int d, d2;
	char *v;

	/* without "ngày" only where the month is a word after the second day:
	 * "(13–16 tháng 8 năm 1945)" */
	if ((bare = !(e = match_phrase(s, n, i, "ngày")))) {
		if (!vn_is_digit(s[i]))
			return 0;
		e = i;
	}
	e = vn_skip_spaces(s, n, e);
	if ((f = match_phrase(s, n, e, "mồng")) || (f = match_phrase(s, n, e, "mùng")))
		e = vn_skip_spaces(s, n, f);
	if (!(e = number(s, n, e, 2, &d)) || vn_word_char_len(s + e, n - e) || d < 1 || d > 31)
		return 0;
	f = vn_skip_spaces(s, n, e);
	pair = match_phrase(s, n, f, "và") != 0;
	if (!(f = spaced_dash(s, n, e)) && !(f = match_phrase(s, n, vn_skip_spaces(s, n, e), "và")) &&
	    (bare || (!(f = match_phrase(s, n, vn_skip_spaces(s, n, e), "đến")) &&
		      !(f = match_phrase(s, n, vn_skip_spaces(s, n, e), "tới")))))
		return 0;
	f = vn_skip_spaces(s, n, f);
	if (bare && (!(k = number(s, n, f, 2, &d2)) || !match_phrase(s, n, vn_skip_spaces(s, n, k), "tháng"))) {
		if (!k || k >= n || s[k] != '/')
			return 0;
		slashed = true; /* 15 và 16/7: whether it is a date is seen at its end */
	}
	/* "ngày 08-09-10" is one date written day-month-year */
	for (k = f; k < n && vn_is_digit(s[k]); k++)
		;
	if (s[e] == '-' && k < n && s[k] == '-')
		return 0;
	if (!(f = point_at(s, n, f, &b, true)) || b.rel != REL_NONE || b.lunar || !b.month || b.hour >= 0 ||
	    b.day <= d || (pair && b.day != d + 1))
		return 0;
	if (slashed && !b.year && !bracketed(s, n, i, f) && !date_word_before(s, n, i, f, '/') &&
	    !(sentence_initial(s, i) && f < n && s[f] == ','))
		return 0;
	a = b;
	a.day = d;
	v = put_str(format_point(&a, t->value, &kind), "/");
	*format_point(&b, v, &kind) = '\0';
	t->month = a.month, t->day = a.day;
	return f;
}

/* A year opening the sentence before a day and month, as chronologies
 * write an entry ("1859 ngày 17-2 Pháp đánh chiếm ..."): that date. */
static size_t year_led_date(const char *s, size_t n, size_t i, struct point *p)
{
	size_t e, f;
	int y;

	if (!sentence_initial(s, i) || !(e = year_at(s, n, i, &y)) || !(f = point_at(s, n, gap(s, n, e), p, false)) ||
	    !p->day || !p->month || p->year || p->rel != REL_NONE || p->lunar)
		return 0;
	p->year = y;
	return f;
}

/* The forms an expression may take at a word, by the word it starts with. */
enum form {
	SPAN = 1,       /* giai đoạn 2016 - 2020 */
	FROM = 2,       /* từ ... đến ... */
	IN = 4,         /* trong năm, trong 5 năm qua */
	AGO = 8,        /* cách đây 3 ngày */
	DECADE = 16,    /* những năm 1980 */
	FEAST = 32,     /* Tết Nguyên đán, Rằm tháng Giêng, mùng 3 Tết */
	UNIT = 64,      /* tuần này, năm ngoái, cuối tháng tới */
	POINT = 128,    /* a date or a time: ngày 5/3, hôm qua, sáng thứ Hai */
	DURATION = 256, /* ba tháng, hai năm qua */
	DIGITS = 512,   /* 2016-2020, 16/7/2021, 2 giờ sau */
};

/* "cách đây 35 năm": the date that far back, as "35 năm trước"; a word of
 * about how much may stand before the count ("cách đây hơn một năm"). */
static size_t ago_form(const char *s, size_t n, size_t i, struct temporal *t)
{
	const struct unit *unit;
	size_t f, g;
	int d;

	if ((f = phrase_in(s, n, i, &about_list)))
		i = vn_skip_spaces(s, n, f);

	if (!(f = duration_at(s, n, i, t, true)) || t->kind != TEMPORAL_DURATION || strchr(t->value, '/'))
		return f;
	g = vn_skip_spaces(s, n, count_at(s, n, i, 4, 1, 9999, &d));
	if (unit_at(s, n, g, &unit) && unit->rel != REL_NONE) {
		memset(t->value, 0, sizeof t->value);
		strcpy(t->value, unit->rel == REL_YEAR ? "XXXX" : unit->rel == REL_MONTH ? "XXXX-XX"
			       : unit->rel == REL_WEEK ? "XXXX-WXX" : "XXXX-XX-XX");
		t->rel = unit->rel, t->offset = -d * unit->times, t->kind = TEMPORAL_DATE;
	}
	return f;
}

/* "Trong năm, ..." and "trong năm nay": the year being told of; "Trong
 * tháng, ...": the month; "trong 5 năm qua", "trong ba tháng": a duration. */
static size_t in_form(const char *s, size_t n, size_t e, struct temporal *t)
{
	struct point p;
	size_t f, g;
	int a;

	e = vn_skip_spaces(s, n, e);
	if ((f = match_phrase(s, n, e, "năm")) && !year_at(s, n, vn_skip_spaces(s, n, f), &a)) {
		g = vn_skip_spaces(s, n, f);
		if ((g = match_phrase(s, n, g, "nay"))) {
			f = g;
			t->rel = REL_YEAR;
		} else if (f < n && (vn_word_char_len(s + vn_skip_spaces(s, n, f), n - vn_skip_spaces(s, n, f)) ||
				   s[f] == '-' || vn_is_digit(s[f]))) {
			return 0;
		} else {
			t->year_told = true;
		}
		strcpy(t->value, "XXXX");
		t->kind = TEMPORAL_DATE;
		return f;
	}
	/* "Trong 9 tháng đầu năm 2022" is those months, read at the count */
	if ((f = point_at(s, n, e, &p, false)) && (p.first_month || p.half || p.quarter))
		return 0;
	/* "Trong tháng, ...": the month the report tells of */
	if ((f = match_phrase(s, n, e, "tháng")) && (g = vn_skip_spaces(s, n, f)) < n &&
	    !vn_word_char_len(s + g, n - g) && s[g] != '-') {
		strcpy(t->value, "XXXX-XX");
		t->kind = TEMPORAL_DATE;
		return f;
	}
	return duration_at(s, n, e, t, true);
}

/* Tries at s[i] the forms an expression may take there. */
/* Whether a time unit may follow the digits at s[i] (2h, 30 phút, 2 giờ):
 * one look at the byte after them, by the table walk builds from units[]. */
static bool time_unit_may_follow(const char *s, size_t n, size_t i)
{
	while (i < n && vn_is_digit(s[i]))
		i++;
	if (i < n && (s[i] == 'h' || s[i] == 'H'))
		return true;
	i = vn_skip_spaces(s, n, i);
	return i < n && time_unit_start[(unsigned char)s[i]];
}

static bool match_at(const char *s, size_t n, size_t i, unsigned forms, struct temporal *t)
{
	static const char *const spans[] = {"giai đoạn", "nhiệm kỳ", "thời kỳ", "năm học", "niên khóa", "niên khoá",
					    "mùa giải"};
	static struct phrase_list spans_list = PHRASE_LIST(spans);
	struct point p;
	size_t e, f;
	int a, b;

	memset(t, 0, sizeof *t);
	t->stem = t->branch = -1;
	if ((forms & SPAN) && (e = phrase_in(s, n, i, &spans_list))) {
		if (!(f = label_years(s, n, vn_skip_spaces(s, n, e), &a, &b)))
			return false;
		put_years(t, a, b);
		set(t, i, f, TEMPORAL_INTERVAL);
		return true;
	}
	if ((forms & FROM) && (e = match_phrase(s, n, i, "từ"))) {
		if ((f = from_to(s, n, e, t))) {
			set(t, i, f, TEMPORAL_INTERVAL);
			return true;
		}
		/* từ 3 đến 5 năm: a range of durations */
		memset(t, 0, sizeof *t);
		if (!(f = duration_at(s, n, vn_skip_spaces(s, n, e), t, false)) || !strchr(t->value, '/'))
			return false;
		set(t, i, f, TEMPORAL_DURATION);
		return true;
	}
	if ((forms & IN) && (e = match_phrase(s, n, i, "trong"))) {
		if (!(f = in_form(s, n, e, t)))
			return false;
		set(t, i, f, t->kind);
		return true;
	}
	if ((forms & AGO) && (e = match_phrase(s, n, i, "cách đây")) &&
	    (f = ago_form(s, n, vn_skip_spaces(s, n, e), t))) {
		set(t, i, f, t->kind);
		return true;
	}
	if (((forms & DECADE) && (e = decade_at(s, n, i, &p))) || ((forms & FEAST) && (e = feast_at(s, n, i, &p))) ||
	    ((forms & UNIT) && (e = relative_unit_at(s, n, i, &p)))) {
		enum temporal_kind kind;
		*format_point(&p, t->value, &kind) = '\0';
		keep_point(&p, t);
		set(t, i, e, kind);
		return true;
	}
	if ((forms & DIGITS) && (e = year_span(s, n, i, &a, &b))) {
		put_years(t, a, b);
		set(t, i, e, TEMPORAL_INTERVAL);
		return true;
	}
	if ((forms & DIGITS) && (e = open_span(s, n, i, &a))) {
		*put_str(put_num(t->value, a, 4), "/PRESENT_REF") = '\0';
		set(t, i, e, TEMPORAL_INTERVAL);
		return true;
	}
	if ((forms & DIGITS) && ((e = listed_year(s, n, i, &p)) || (e = cued_year(s, n, i, &p)) ||
				 (e = year_led_date(s, n, i, &p)) ||
				 (e = listed_day(s, n, i, &p)) || (e = listed_month(s, n, i, &p)))) {
		enum temporal_kind kind;
		*format_point(&p, t->value, &kind) = '\0';
		keep_point(&p, t);
		set(t, i, e, kind);
		return true;
	}
	/* 2 giờ sau đó, 2h sau, 30 phút: a time unit after digits is a
	 * duration where duration_at finds the words that say so, before it
	 * is read as a clock time */
	if ((forms & DIGITS) && time_unit_may_follow(s, n, i) && (e = duration_at(s, n, i, t, false)) &&
	    t->kind == TEMPORAL_DURATION &&
	    t->value[1] == 'T' && !(point_at(s, n, i, &p, false) && p.hour >= 0 && (p.min > 0 || p.part || p.day))) {
		set(t, i, e, TEMPORAL_DURATION);
		return true;
	}
	memset(t, 0, sizeof *t);
	t->stem = t->branch = -1;
	if ((forms & POINT) && (e = day_range(s, n, i, t))) {
		set(t, i, e, TEMPORAL_INTERVAL);
		return true;
	}
	if ((forms & POINT) && (e = point_at(s, n, i, &p, false))) {
		enum temporal_kind kind;

		/* năm 2021-2022 */
		if (p.year && !p.month && !p.quarter && !p.half && p.hour < 0 && !p.part && !p.lunar &&
		    (f = years_joined(s, n, e)) && (f = year_at(s, n, f, &b)) && b > p.year && b - p.year <= 100) {
			put_years(t, p.year, b);
			set(t, i, f, TEMPORAL_INTERVAL);
			return true;
		}
		if ((f = point_range(s, n, e, &p, t))) {
			set(t, i, f, TEMPORAL_INTERVAL);
			return true;
		}
		if (p.first_month) {
			char *v = put_num(put_str(put_year(t->value, p.year), "-"), p.first_month, 2);
			v = put_num(put_str(put_year(put_str(v, "/"), p.year), "-"), p.last_month, 2);
			*v = '\0';
			kind = TEMPORAL_INTERVAL;
		} else {
			*format_point(&p, t->value, &kind) = '\0';
		}
		keep_point(&p, t);
		set(t, i, e, kind);
		return true;
	}
	if ((forms & DURATION) && (e = duration_at(s, n, i, t, false))) {
		set(t, i, e, t->kind);
		return true;
	}
	return false;
}

/* Where the clause that s[i] stands in begins: after the last . ; : ! ? or
 * the sentence's start, at most 96 bytes back. */
static size_t clause_start(const char *s, size_t i)
{
	size_t lo = i > 96 ? i - 96 : 0;

	while (i > lo && s[i - 1] != '.' && s[i - 1] != ';' && s[i - 1] != ':' && s[i - 1] != '!' &&
	       s[i - 1] != '?')
		i--;
	return i;
}

/* The tense of the clause of a date at s[start..end): what follows it
 * first ("ngày 28/9 tới"), then the nearest of a few words before it. */
static enum temporal_tense tense_of(const char *s, size_t n, size_t start, size_t end)
{
	size_t lo = clause_start(s, start), j = start, k, w;
	int words;

	if (phrase_in(s, n, end, &future_after_list))
		return TENSE_FUTURE;
	if (phrase_in(s, n, end, &past_after_list))
		return TENSE_PAST;
	for (words = 0; words < 12 && j > lo; words++) {
		if ((k = word_before(s, j)) == (size_t)-1) {
			/* a mark: step over it */
			j = vn_skip_spaces_back(s, j);
			j -= j > lo;
			continue;
		}
		if (k < lo)
			break;
		if (match_list(s, n, k, &tense_list, &w))
			return w < FUTURE_BEFORE ? TENSE_FUTURE : TENSE_PAST;
		j = k;
	}
	return TENSE_NONE;
}

/* Digits after 1.793/ or 98, are the rest of a number, not a new one. */
static bool inside_number(const char *s, size_t i)
{
	char c = i >= 2 ? s[i - 1] : 0;

	return (c == '.' || c == ',' || c == '/' || c == '-' || c == ':') && vn_is_digit(s[i - 2]);
}

/* Whether the number at s[i] is followed by what a date, time or duration
 * needs: a separator of its parts, or a word of time. */
static bool number_may_start(const char *s, size_t n, size_t i)
{
	const struct unit *unit;
	struct point listed;
	size_t from = i, k;
	bool joined;

	while (i < n && vn_is_digit(s[i]))
		i++;
	if (i - from == 4 && (phrase_before(s, from, life_words, NELEM(life_words)) || sentence_initial(s, from)))
		return true; /* sinh 1960; 1858, ngày 1-9 */
	if (i < n) {
		if (s[i] == '/' || s[i] == '-' || s[i] == '.' || s[i] == ':' || s[i] == 'h' || s[i] == 'H' ||
		    s[i] == 'g' || s[i] == 'G')
			return true;
		if (span_mark(s, n, i))
			return true;
		k = vn_skip_spaces(s, n, i);
		if (k > i && k < n && (s[k] == 't' || s[k] == (char)0xC4) && range_to(s, n, i))
			return true; /* 3 đến 5 năm */
		if (k < n && (s[k] == 'g' || s[k] == 'G'))
			return true; /* 15g30, 7 g 20 */
		if (unit_at(s, n, k, &unit) || match_phrase(s, n, k, "tháng") || match_phrase(s, n, k, "tết"))
			return true;
		if (i - from <= 2 && k < n && s[k] == 'v' && (k = match_phrase(s, n, k, "và")) &&
		    (k = vn_skip_spaces(s, n, k)) < n && vn_is_digit(s[k]))
			return true; /* (15 và 16/7) */
	}
	/* the later items of a list (năm 2002 và 2004; ngày 20, 22 và 24 tháng 6;
	 * tháng 10 và 11/2020), after a joiner only; a year after a word of
	 * time (Từ 1982 ông) */
	joined = joiner_before(s, from) != (size_t)-1;
	if (i - from == 4)
		return (joined && listed_year(s, n, from, &listed)) || cued_year(s, n, from, &listed);
	return i - from <= 2 && joined && (listed_day(s, n, from, &listed) || listed_month(s, n, from, &listed));
}

/*
 * The words a letter-led expression starts with, and the forms it may take
 * from each: the walk in temporal_find tries an expression only at a digit
 * or at one of these, and the bytes it stops at are built from this table
 * on first use, with the number words of numeral.h (ba tháng, hai giờ
 * chiều), which start a POINT or a DURATION.
 */
static const struct trigger {
	const char *phrase;
	unsigned forms;
} triggers[] = {
	{"ngày", POINT}, {"năm học", SPAN}, {"niên khóa", SPAN}, {"niên khoá", SPAN}, {"mùa giải", SPAN},
	{"năm", POINT | UNIT | DURATION}, {"tháng", POINT | UNIT}, {"tuần", UNIT},
	{"quý", POINT | UNIT}, {"quí", POINT | UNIT}, {"hôm", POINT}, {"bữa", POINT},
	{"đầu", POINT | UNIT}, {"cuối", POINT | UNIT}, {"giữa", POINT | UNIT}, {"trong", IN}, {"từ", FROM},
	{"giai đoạn", SPAN}, {"nhiệm kỳ", SPAN}, {"thời kỳ", SPAN}, {"thứ", POINT}, {"chủ nhật", POINT},
	{"sáng", POINT}, {"trưa", POINT}, {"chiều", POINT}, {"tối", POINT}, {"đêm", POINT},
	{"mồng", POINT | FEAST}, {"mùng", POINT | FEAST}, {"rằm", FEAST}, {"tết", FEAST},
	{"những năm", DECADE}, {"thập niên", DECADE}, {"thập kỷ", DECADE},
	{"thập kỉ", DECADE}, {"thế kỷ", DECADE}, {"thế kỉ", DECADE}, {"cách đây", AGO}, {"cùng ngày", POINT},
	{"dịp", POINT}, {"lễ", POINT}, {"quốc khánh", POINT}, {"chục", DURATION},
	{"vài", DURATION}, {"mấy", DURATION}, {"dăm", DURATION}, {"nhiều", DURATION}, {"ít", DURATION},
};
enum { NUMBER_FORMS = POINT | DURATION };

/*
 * An expression holds a digit within DIGIT_REACH bytes of its start
 * (ngày 19, sáng 5/3, 15 g 30), or one of these words, at most `words`
 * words after its start: một trăm lẻ năm ngày, ba tháng tiếp theo, sáng
 * hôm qua, mùng hai Tết, chiều nay, chiều thứ Năm, ngày 19 (a longer lead
 * before the digit holds one of them). The walk looks near those and
 * passes over the rest. Each is found by a rare pair of its bytes (by
 * text-freq.h, in either letter case); a word that goes with one of these
 * (sáng, tối, Rằm) needs none of its own.
 */
enum anchor_need {
	ANY,        /* stands alone: tuần này, tháng Giêng, ba năm */
	COUNT,      /* after a number in words: hai giờ chiều, một tiếng (not bây giờ, tiếng Việt) */
	PART,       /* after a part of the day or bữa: sáng nay, chiều qua, tối mai, bữa nay */
	WEEKDAY,    /* a weekday: thứ Hai tới (not lần thứ ba) */
};
static const struct anchor {
	const char *phrase;
	int words;
	enum anchor_need need;
} anchors[] = {
	{"năm", 5, ANY}, {"tháng", 5, ANY}, {"ngày", 5, ANY}, {"tuần", 3, ANY}, {"giờ", 3, COUNT},
	{"tiếng", 3, COUNT}, {"phút", 3, COUNT}, {"giây", 3, COUNT}, {"quý", 1, ANY}, {"quí", 1, ANY}, {"hôm", 2, ANY}, {"tết", 2, ANY},
	{"chủ nhật", 1, ANY}, {"thứ", 1, WEEKDAY}, {"nay", 1, PART}, {"qua", 1, PART}, {"mai", 1, PART},
	{"thế kỷ", 3, ANY}, {"thế kỉ", 3, ANY}, {"thập niên", 3, COUNT}, {"thập kỷ", 3, COUNT},
	{"thập kỉ", 3, COUNT},
};
enum { DIGIT_REACH = 16 };

static const char *trigger_phrases[NELEM(triggers) + 16];
static struct phrase_list trigger_list;

/* The forms an expression may take at the word s[i], before trying them; 0 for none. */
static unsigned may_start(const char *s, size_t n, size_t i)
{
	unsigned char b = (unsigned char)s[i];
	size_t k;

	if (vn_is_digit(b))
		return !inside_number(s, i) && number_may_start(s, n, i) ? DIGITS | POINT | DURATION : 0;
	if (!match_list(s, n, i, &trigger_list, &k))
		return 0;
	return k < NELEM(triggers) ? triggers[k].forms : NUMBER_FORMS;
}

/*
 * How the scan sees a byte: inside a word (letters, digits, any byte of a
 * letter's UTF-8), an ASCII separator, or the lead byte of a multi-byte
 * separator: U+0080-U+00BF (NBSP, « ») and U+2000-U+3FFF (dashes, quotes,
 * spaces, CJK punctuation). Vietnamese letters lead with C3-C6 or E1.
 */
enum { IN_WORD, SEP, SEP2, SEP3 };

static const unsigned char byte_class[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* The walk's view of the tables above, built on first use. Each anchor is
 * found by a pair of bytes of its first word, the pair its commonest words
 * in text-freq.h hold least, in any letter case. */
enum { PAIR_KEYS = 1024 };
static struct {
	bool built;
	unsigned char starts[256]; /* a byte an expression may start with */
	/* For two bytes as memcpy reads them, the first of the anchors found
	 * by them (+ 1) in keys, which chains the others by next. */
	unsigned short pair[65536];
	struct anchor_key {
		unsigned char anchor, at; /* which, and where the pair ends in it */
		unsigned short next;
		uint32_t bits, mask;     /* its first four bytes */
	} keys[PAIR_KEYS];
	size_t nkeys;
} walk;

/* How often each pair of bytes stands in the words of text-freq.h, for the
 * pairs the anchors hold: counted once, in one pass over the words. */
static unsigned long pair_freq(const unsigned char *p)
{
	static uint16_t slot[65536]; /* a pair's place in count, + 1 */
	static unsigned long count[256];
	static size_t npairs;
	static bool counted;
	const unsigned char *w;
	size_t a, i, len;
	uint16_t v;

	if (!counted) {
		/* the pairs of the anchors, with the space after one that
		 * has a word after it (key_anchor) */
		for (a = 0; a < NELEM(anchors); a++)
			for (w = (const unsigned char *)anchors[a].phrase, len = strlen((const char *)w) + 1, i = 1; i < len; i++) {
				v = (uint16_t)(w[i - 1] | (w[i] ? w[i] : ' ') << 8);
				if (!slot[v] && npairs < NELEM(count))
					slot[v] = (uint16_t)++npairs;
			}
		/* their counts in words, and at a word's end before a space */
		for (a = 0; a < NELEM(word_freq); a++)
			for (w = (const unsigned char *)word_freq[a].word, i = 1; w[i - 1]; i++) {
				v = (uint16_t)(w[i - 1] | (w[i] ? w[i] : ' ') << 8);
				if (slot[v])
					count[slot[v] - 1] += word_freq[a].freq;
				if (!w[i])
					break;
			}
		counted = true;
	}
	memcpy(&v, p, 2);
	return slot[v] ? count[slot[v] - 1] : 0;
}

static void key_pair(size_t a, const unsigned char *p, size_t at)
{
	uint16_t v;
	unsigned short *k;

	memcpy(&v, p, 2);
	for (k = &walk.pair[v]; *k; k = &walk.keys[*k - 1].next)
		if (walk.keys[*k - 1].anchor == a && walk.keys[*k - 1].at == at)
			return;
	if (walk.nkeys == PAIR_KEYS)
		die("internal error: more than %d anchor keys", PAIR_KEYS);
	walk.keys[walk.nkeys] = (struct anchor_key){(unsigned char)a, (unsigned char)at, 0, 0, 0};
	phrase_bytes(anchors[a].phrase, &walk.keys[walk.nkeys].bits, &walk.keys[walk.nkeys].mask);
	*k = (unsigned short)++walk.nkeys;
}

/* The rarest three bytes within a word of the anchor, by its two pairs, and
 * the same three in every spelling of its letters in either case: the scan
 * looks up only the pairs that start at even bytes, and one of the two
 * pairs of three bytes does. */
static void key_anchor(size_t a)
{
	const unsigned char *w = (const unsigned char *)anchors[a].phrase;
	unsigned char spelt[32];
	uint32_t cps[12], caps[12][3];
	size_t i, len, best = 1, nl = 0, ncap[12], c, pos;
	unsigned long f, best_f = (unsigned long)-1;
	unsigned char spaced[20];
	size_t keyed;
	unsigned variant;
	int k;

	/* An anchor that needs a word after it (thứ Hai) is keyed with the
	 * space after it too: "ứ " is rarer than any three bytes of "thứ". */
	len = strlen(anchors[a].phrase);
	if (len < 3 || len > 16)
		die("internal error: an anchor of %zu bytes", len);
	memcpy(spaced, w, len);
	spaced[len] = ' ';
	keyed = len + (anchors[a].need == WEEKDAY);
	for (i = 1; i + 1 < keyed; i++)
		if (spaced[i - 1] != ' ' && spaced[i] != ' ' && (spaced[i + 1] != ' ' || i + 1 == len) &&
		    (f = pair_freq(spaced + i - 1) + pair_freq(spaced + i)) < best_f)
			best_f = f, best = i;
	/* its letters and their capitals */
	for (i = 0; i < len; i += (size_t)k, nl++) {
		if (nl == 12 || (k = u8_decode(w + i, 4, &cps[nl])) <= 0)
			die("internal error: an anchor of too many letters");
		caps[nl][0] = cps[nl];
		ncap[nl] = 1 + vn_capitals(cps[nl], caps[nl] + 1);
	}
	/* every spelling, letter by letter: the lower case and each capital */
	for (variant = 0;; variant++) {
		unsigned rest = variant;
		for (i = 0, pos = 0; i < nl; i++) {
			c = rest % ncap[i];
			rest /= ncap[i];
			pos += (size_t)u8_encode(caps[i][c], (char *)spelt + pos);
		}
		if (rest)
			break;
		spelt[pos] = ' ';
		if (pos == len) { /* a capital of another length would move the pairs */
			key_pair(a, spelt + best - 1, best);
			key_pair(a, spelt + best, best + 1);
		}
	}
}

/* Marks the first byte of word, in either case, in table. */
static void mark_start(unsigned char *table, const char *word)
{
	unsigned char b = (unsigned char)word[0];

	table[b] = table[b >= 'a' && b <= 'z' ? b - 32 : b] = 1;
}

static void build_walk(void)
{
	size_t i, k = 0;
	int b;

	_Static_assert(NELEM(anchors) < 255, "an anchor's index + 1 in a byte");
	for (i = 0; i < NELEM(triggers); i++)
		trigger_phrases[k++] = triggers[i].phrase;
	k += numeral_first_words(trigger_phrases + k, NELEM(trigger_phrases) - k);
	trigger_list = (struct phrase_list){.phrases = trigger_phrases, .n = k};
	number_list = (struct phrase_list){.phrases = trigger_phrases + NELEM(triggers), .n = k - NELEM(triggers)};
	k = numeral_words(numeral_phrases, NELEM(numeral_phrases));
	numeral_list = (struct phrase_list){.phrases = numeral_phrases, .n = k};
	for (i = 0; i < NELEM(anchors); i++)
		key_anchor(i);
	for (b = 0; b < 256; b++)
		walk.starts[b] = vn_is_digit(b) || list_may_start(&trigger_list, (unsigned char)b);
	for (i = 0; i < NELEM(units); i++) {
		if (units[i].time)
			mark_start(time_unit_start, units[i].word);
		mark_start(unit_start, units[i].word);
	}
	for (i = 0; i < NELEM(day_parts); i++)
		mark_start(part_start, day_parts[i].word);
	for (i = 0; i < NELEM(unit_offsets); i++)
		mark_start(offset_start, unit_offsets[i].word);
	walk.built = true;
}

/*
 * Finding where the walk must look. A digit or a letter-led expression
 * holds a digit within 48 bytes of its start, or an anchor word within a
 * few words. Digits are found eight bytes at a time; far from them, the
 * bytes anchors are found by, one at a time.
 */
#define ONES UINT64_C(0x0101010101010101)

static uint64_t load8(const char *s)
{
	uint64_t x;

	memcpy(&x, s, sizeof x);
	return x;
}

static size_t next_digit(const char *s, size_t n, size_t i)
{
	uint64_t x, y;

	for (; i + 16 <= n; i += 16) {
		x = load8(s + i) ^ ONES * '0';
		y = load8(s + i + 8) ^ ONES * '0';
		/* a digit is now a byte below 10 */
		if ((((x - ONES * 10) & ~x) | ((y - ONES * 10) & ~y)) & ONES * 0x80)
			break;
	}
	while (i < n && !vn_is_digit(s[i]))
		i++;
	return i;
}

/* Whether what an anchor at s[at] needs around it is there. */
static bool anchor_needed(const char *s, size_t n, size_t at, enum anchor_need need)
{
	const struct day_part *part;
	size_t w;
	int day;

	switch (need) {
	case ANY:
		return true;
	case WEEKDAY:
		return weekday_at(s, n, at, &day) != 0;
	default:
		if ((w = word_before(s, at)) == (size_t)-1)
			return false;
		return need == COUNT ? match_list(s, n, w, &numeral_list, NULL) || match_list(s, n, w, &vague_list, NULL)
				     : part_at(s, n, w, &part) != 0 || match_phrase(s, n, w, "bữa");
	}
}

/* Whether an anchor found by the pair ending at s[j] stands there: its
 * start, or (size_t)-1; how many words before it to look in *words. */
static size_t anchor_at(const char *s, size_t n, size_t j, unsigned short key, int *words)
{
	const struct anchor_key *k;
	uint32_t four;
	size_t at;

	for (; key; key = k->next) {
		k = &walk.keys[key - 1];
		if (j < k->at || n - (at = j - k->at) < 4)
			continue;
		memcpy(&four, s + at, 4);
		if ((four & k->mask) == k->bits && match_phrase(s, n, at, anchors[k->anchor].phrase) &&
		    anchor_needed(s, n, at, anchors[k->anchor].need)) {
			*words = anchors[k->anchor].words;
			return at;
		}
	}
	return (size_t)-1;
}

/* The first anchor whose pair ends in s[i..lim) at an odd byte (starts at
 * an even one): where it ends, or lim; where the anchor starts in *at, and
 * its words. The four pairs in eight bytes are looked up at once, which
 * passes most of the text. */
static size_t next_anchor(const char *s, size_t n, size_t i, size_t lim, size_t *at, int *words)
{
	const unsigned short *pair = walk.pair;
	uint16_t q[4], v;
	size_t j = i | 1, stop;

	while (j < lim) {
		if (j + 7 <= lim) {
			memcpy(q, s + j - 1, 8); /* the pairs ending at j, j+2, j+4, j+6 */
			if (!(pair[q[0]] | pair[q[1]] | pair[q[2]] | pair[q[3]])) {
				j += 8;
				continue;
			}
		}
		for (stop = j + 8 < lim ? j + 8 : lim; j < stop; j += 2) {
			memcpy(&v, s + j - 1, 2);
			if (pair[v] && (*at = anchor_at(s, n, j, pair[v], words)) != (size_t)-1)
				return j;
		}
	}
	return lim;
}

/* Where the walk starts to meet an expression an anchor at a may end: back
 * over the number in words before it (up to four words: một trăm lẻ năm
 * ngày) and a word of about how much before that (hơn một năm), then two
 * words more (cách đây ba năm, từ sáng hôm qua), and no more than the
 * anchor's words, at lo or after. */
static size_t anchor_zone(const char *s, size_t n, size_t lo, size_t a, int words)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k = a, w;
	int more = 2;

	/* Words back by bytes: an ASCII letter or digit and every byte of a
	 * multi-byte character are of a word; a dash or quote in UTF-8 so
	 * joins two words into one, which starts the zone earlier, never later. */
	while (words-- > 0 && more > 0 && k > lo) {
		w = k;
		while (w > lo && u[w - 1] < 0x80 && !vn_is_digit(u[w - 1]) &&
		       !((u[w - 1] | 0x20) >= 'a' && (u[w - 1] | 0x20) <= 'z'))
			w--;
		while (w > lo && (u[w - 1] >= 0x80 || vn_is_digit(u[w - 1]) ||
				  ((u[w - 1] | 0x20) >= 'a' && (u[w - 1] | 0x20) <= 'z')))
			w--;
		if (w == k)
			break;
		if (more < 2 || !(vn_is_digit(u[w]) || match_list(s, n, w, &numeral_list, NULL) ||
				  (k < a && match_list(s, n, w, &about_list, NULL))))
			more--;
		k = w;
	}
	return k;
}

/* Whether the text at s + e, after an expression, says it was before the
 * Common Era ("năm 1700 TCN", "1500 năm TCN", "thế kỷ 3 trước Công nguyên"): its year or
 * century is none of the calendar read here, and is left unsaid. */
static bool before_common_era(const char *s, size_t n, size_t e)
{
	static const char *const era[] = {"TCN", "trước Công nguyên", "trước công nguyên", "trước CN"};
	static struct phrase_list era_list = PHRASE_LIST(era);

	size_t f;

	e = vn_skip_spaces(s, n, e);
	if ((f = match_phrase(s, n, e, "năm")))
		e = vn_skip_spaces(s, n, f); /* 1500 năm TCN */
	return phrase_in(s, n, e, &era_list) != 0;
}

bool temporal_find(const char *s, size_t n, size_t from, struct temporal *t)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = from, stop = from, digit = 0, zone, key, at, lim, az;
	unsigned forms;
	int words;
	bool looked = false;

	if (!walk.built)
		build_walk();
	/* Expressions start at a word; walk word by word, looking only at starts. */
	if (vn_word_char_len_back(s, i))
		goto skip_word;
	while (i < n) {
		unsigned char b;

		if (i >= stop) {
			/* Past the stretch being walked: go to the next one. */
			if (!looked || digit < i)
				digit = next_digit(s, n, i);
			looked = true;
			zone = digit >= n ? n : digit > i + DIGIT_REACH ? digit - DIGIT_REACH : i;
			stop = digit + 1;
			/* An anchor before the digit may call the walk earlier:
			 * as many words before it as expressions there hold. */
			lim = digit + 16 < n ? digit + 16 : n;
			if ((key = next_anchor(s, n, i, lim, &at, &words)) < lim && at < digit &&
			    (az = anchor_zone(s, n, i, at > i ? at : i, words)) < zone) {
				if (at < zone)
					stop = key + 1; /* the digit's stretch comes after */
				zone = az;
			}
			if (zone >= n)
				return false;
			/* Resume just after an ASCII separator, where the walk
			 * would have been too. */
			while (zone > i && !(u[zone - 1] < 0x80 && byte_class[u[zone - 1]] == SEP))
				zone--;
			i = zone;
			continue;
		}
		b = u[i];
		switch (byte_class[b]) {
		case SEP:
			i++;
			continue;
		case SEP2:
			i += 2;
			continue;
		case SEP3:
			i += 3;
			continue;
		}
		if (walk.starts[b] && (forms = may_start(s, n, i)) && match_at(s, n, i, forms, t) &&
		    !before_common_era(s, n, t->start + t->len)) {
			/* The tense is for choosing a year the text does not give. */
			if ((t->yearless && t->rel == REL_NONE) || (t->lunar && !t->lunar_year) ||
			    (t->rel == REL_WEEKDAY && !t->offset))
				t->tense = tense_of(s, n, t->start, t->start + t->len);
			return true;
		}
	skip_word:
		while (i < n && byte_class[u[i]] == IN_WORD)
			i++;
	}
	return false;
}
