/* quantity.c: the quantities of a sentence (numbers, percentages, ratios,
 * ranges, ordinals) and the noun each counts; dates, document numbers,
 * names and phone numbers are passed over. */
#include "quantity.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "numeral.h"
#include "temporal.h"
#include "token.h"
#include "util.h"
#include "vietnamese.h"

const char *const quantity_kind_names[] = {
	[QUANTITY_NUMBER] = "number",
	[QUANTITY_PERCENT] = "percent",
	[QUANTITY_RATIO] = "ratio",
	[QUANTITY_ORDINAL] = "ordinal",
};

/* The longest UNIT, in syllables: "tổ chức cơ sở Đảng". */
enum { UNIT_WORDS = 5 };

/* Words that end a UNIT: verbs, prepositions, conjunctions, and the
 * modifiers after a head noun ("đảng viên mới" counts đảng viên). */
static const char *const unit_stop_words[] = {
	"và", "với", "của", "cho", "trong", "được", "đạt", "có",
	"là", "so", "theo", "tại", "ở", "để", "từ", "đến", "tới",
	"trên", "dưới", "hơn", "gồm", "bao gồm", "thuộc", "trực thuộc",
	"về", "đã", "đang", "sẽ", "bị", "do", "vì", "nhưng", "hoặc",
	"hay", "mà", "thì", "như", "khi", "nếu", "sau", "trước",
	"bằng", "qua", "vào", "ra", "lên", "xuống", "đồng thời",
	"trở lên", "trở", "nhằm", "đối với", "tham gia", "hoàn thành",
	"tiến hành", "thực hiện", "kiểm tra", "giám sát", "xem xét",
	"tham dự", "dự", "chiếm", "tăng", "giảm", "còn", "cũng", "đều",
	"này", "đó", "kia", "nào", "mới", "trọng tâm", "đột phá",
	"chủ yếu", "tiêu biểu", "xuất sắc", "nhất", "khác", "liền",
	"liên tiếp", "nữa", "rồi", "đi", "lại", "vẫn", "chưa", "không",
	"phải", "cần", "nên", "gần", "khoảng", "nhận", "trao", "tặng",
	"kết nạp", "đề ra", "gồm có", "ấy", "đây", "năm", "tháng",
	"ngày", "quý", "tuần", "hôm", "giờ", "mỗi", "mọi", "từng",
	"cả", "các", "những", "một",
};
static struct phrase_list unit_stops = PHRASE_LIST(unit_stop_words);

/* A number after one of these is a label, not a quantity: "số 28", "Điều 5". */
static const char *const label_word_list[] = {
	"số", "điều", "khoản", "mục", "chương", "điểm", "trang", "tầng",
	"phòng", "quận", "phường", "tổ", "ấp", "khu", "khối", "lớp",
	"xóm", "thôn", "đội", "thoại", "hotline", "fax", "phiên", "mã",
	"kỳ", "quốc lộ", "tỉnh lộ", "đường",
};
static struct phrase_list label_words = PHRASE_LIST(label_word_list);

/* A bare "năm" after one of these is the year: "mỗi năm", "những năm". */
static const char *const year_before_words[] = {
	"mỗi", "hằng", "hàng", "cả", "các", "những", "trong", "nhiều",
	"vài", "mấy", "từng", "cùng", "sang", "cuối", "đầu", "giữa",
	"của", "trước", "sau", "suốt", "qua", "năm", "tháng", "ngày",
	"là", "thứ", "nay",
	/* the end of a numeral: "hai mươi năm" is twenty years */
	"mươi", "mười", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ",
	"tỉ", "chục", "một", "hai", "ba", "bốn", "sáu", "bảy", "tám",
	"chín", "lăm", "mốt", "tư", "rưỡi",
};
static struct phrase_list year_before = PHRASE_LIST(year_before_words);

/* After a number these make a duration: vn-date's, not a quantity. */
static const char *const time_unit_words[] = {
	"năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý",
	"thế kỷ", "thập kỷ",
};
static struct phrase_list time_units = PHRASE_LIST(time_unit_words);

/* The words a quantity can start with, besides digits and Roman numerals:
 * the first word of a numeral, and "thứ" and "khóa" that bring ordinals.
 * "không" (zero, and "not") starts none: it is a digit only inside one
 * ("một nghìn không trăm linh năm"). */
static const char *const first_word_list[] = {
	"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám",
	"chín", "mười", "thứ", "khóa", "khoá",
};
static struct phrase_list first_words = PHRASE_LIST(first_word_list);

/* Whether each pair of bytes may start a quantity: a digit or a Roman
 * numeral letter and anything, or the first two bytes of one of
 * first_words, in either case. The scan stops only at those pairs, so most
 * words are passed over without finding where they end. Then, for each of
 * a word's first PREFIX_BYTES bytes, a bit for each of first_words that may
 * have it there: its own byte (its first letter in either case), or past its
 * end anything but an ASCII letter or digit right after it and anything
 * after that; a word goes to match_list only when one of first_words is left.
 * Built on first use from the tables they stand for. */
enum { PREFIX_BYTES = 5 }; /* as first_prefix reads them */
static bool pair_starts[256 * 256];
static uint32_t prefix_words[PREFIX_BYTES][256];
static uint32_t ended_words[PREFIX_BYTES]; /* the text ends here: the words as short */
static bool roman_letter[256];
static bool starts_built;
_Static_assert(NELEM(first_word_list) <= 32, "a bit for each of first_words");

static bool pair_at(const char *s)
{
	return pair_starts[(unsigned char)s[0] | (unsigned)(unsigned char)s[1] << 8];
}

/* Whether the word at s (n bytes left) may be one of first_words. */
static bool first_prefix(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t m = prefix_words[0][u[0]];
	size_t k;

	if (n >= PREFIX_BYTES) /* the usual case, without a branch a byte */
		return (m & prefix_words[1][u[1]] & prefix_words[2][u[2]] & prefix_words[3][u[3]] &
			prefix_words[4][u[4]]) != 0;
	for (k = 1; k < PREFIX_BYTES; k++)
		m &= k < n ? prefix_words[k][u[k]] : ended_words[k];
	return m != 0;
}

static void build_starts(void)
{
	int c, b;
	size_t i, k, len;

	for (c = 0; c < 256; c++) {
		char one = (char)c;

		roman_letter[c] = numeral_roman(&one, 1, &len) > 0;
		if (!vn_is_digit(c) && !roman_letter[c])
			continue;
		for (b = 0; b < 256; b++)
			pair_starts[(unsigned)c | (unsigned)b << 8] = true;
	}
	for (i = 0; i < NELEM(first_word_list); i++) {
		const unsigned char *w = (const unsigned char *)first_word_list[i];
		unsigned char cap = (unsigned char)(w[0] - ('a' - 'A'));
		uint32_t bit = (uint32_t)1 << i;

		pair_starts[w[0] | (unsigned)w[1] << 8] = true;
		pair_starts[cap | (unsigned)w[1] << 8] = true;
		prefix_words[0][cap] |= bit;
		len = strlen(first_word_list[i]);
		for (k = 0; k < PREFIX_BYTES; k++) {
			if (k < len)
				prefix_words[k][w[k]] |= bit;
			for (b = 0; k >= len && b < 256; b++)
				if (k > len || !vn_ascii_word_char((unsigned char)b))
					prefix_words[k][b] |= bit;
			if (k >= len)
				ended_words[k] |= bit;
		}
	}
	starts_built = true;
}

static size_t gap(const char *s, size_t n, size_t p)
{
	return vn_skip_spaces(s, n, p) - p;
}

/* Whether a letter (a word character, not a digit) starts at s. */
static bool letter_at(const char *s, size_t n)
{
	return n && !vn_is_digit(s[0]) && vn_word_char_len(s, n);
}

static bool upper_at(const char *s, size_t n, size_t p)
{
	return vn_upper_len(s + p, n - p) > 0;
}

/* Whether only opening punctuation stands before p: a sentence start. */
static bool sentence_start(const char *s, size_t p)
{
	size_t q = 0;

	while (q < p) {
		if (s[q] && strchr(" \"'([*-", s[q]))
			q++;
		else if ((unsigned char)s[q] == 0xE2 && p - q >= 3)
			q += 3; /* opening quotes, dashes, bullets */
		else
			return false;
	}
	return true;
}

/* The word before p (after spaces) is the phrase w: where it starts, or (size_t)-1. */
static size_t phrase_before(const char *s, size_t p, const char *w)
{
	size_t q = vn_skip_spaces_back(s, p);

	return q == p ? (size_t)-1 : match_phrase_back(s, q, w);
}

struct scan {
	const char *s;
	size_t n;
	void (*found)(const struct quantity *q, void *ctx);
	void *ctx;
	struct temporal t;
	bool have_t;            /* t is the last expression found */
	size_t clean_from, clean_to; /* and before it, a span where none starts */
};

/* The temporal expression over p..end, from vn-date's recogniser, asked
 * about a window around the numeral (two words before it, a word or two
 * after) so that a long sentence is not read again for every number in it. */
static bool temporal_at(struct scan *sc, size_t p, size_t end, size_t *tend)
{
	const char *s = sc->s;
	size_t from = p, to, b;
	int i;

	if (!(sc->have_t && sc->t.start < end && sc->t.start + sc->t.len > p)) {
		for (i = 0; i < 2 && (b = word_before(s, from)) != (size_t)-1 && p - b <= 32; i++)
			from = b;
		/* The last search saw nothing start here. */
		if (from >= sc->clean_from && end <= sc->clean_to)
			return false;
		to = end + 16 < sc->n ? end + 16 : sc->n;
		while (to < sc->n && !vn_space_len(s + to, sc->n - to))
			to++;
		sc->clean_from = from;
		while ((sc->have_t = temporal_find(s, to, from, &sc->t)) && sc->t.start + sc->t.len <= p)
			from = sc->t.start + sc->t.len;
		sc->clean_to = sc->have_t ? sc->t.start : to;
		if (!sc->have_t || sc->t.start >= end)
			return false;
	}
	*tend = sc->t.start + sc->t.len;
	return true;
}

/* Hands a quantity over; value (shorter than QUANTITY_VALUE_MAX) is copied. */
static void emit(struct scan *sc, enum quantity_kind kind, const char *value, size_t start, size_t end,
		 struct piece unit)
{
	struct quantity q;

	q.kind = kind;
	memcpy(q.value, value, strlen(value) + 1);
	q.text = (struct piece){sc->s + start, end - start};
	q.unit = unit;
	sc->found(&q, sc->ctx);
}

/* The counted noun phrase after p, in *unit; returns its end. */
static size_t unit_after(struct scan *sc, size_t p, struct piece *unit)
{
	const char *s = sc->s;
	size_t n = sc->n, q = p, w, e, g, start = 0, end = 0;
	int words = 0;

	while (words < UNIT_WORDS) {
		g = gap(s, n, q);
		w = q + g;
		if (g == 0 || w >= n || !letter_at(s + w, n - w) || match_list(s, n, w, &unit_stops, NULL))
			break;
		e = word_end(s, n, w);
		if (words == 0)
			start = w;
		end = q = e;
		words++;
	}
	*unit = (struct piece){s + start, end - start};
	return words ? end : p;
}

/* Percent sign after a numeral ending at p: "%", " %", " phần trăm". */
static size_t percent_after(const char *s, size_t n, size_t p)
{
	size_t g = gap(s, n, p), e;

	if (p < n && s[p] == '%')
		return 1;
	if (g && p + g < n && s[p + g] == '%')
		return g + 1;
	if (g && (e = match_phrase(s, n, p + g, "phần trăm")))
		return e - p;
	return 0;
}

/* A dash between two parts of a range, with its spaces, or 0. */
static size_t dash_at(const char *s, size_t n, size_t p)
{
	size_t q = p + gap(s, n, p), k = vn_dash_len(s + q, n - q);

	return k ? q + k - p + gap(s, n, q + k) : 0;
}

/* The end of the token (run of non-space bytes) at p, less trailing punctuation. */
static size_t token_end(const char *s, size_t n, size_t p)
{
	size_t q = p;

	while (q < n && !vn_space_len(s + q, n - q))
		q++;
	while (q > p && strchr(".,;:!?)]\"'", s[q - 1]) && s[q - 1])
		q--;
	if (q - p >= 3 && (!memcmp(s + q - 3, "\xE2\x80\x9D", 3) || !memcmp(s + q - 3, "\xE2\x80\xA6", 3)))
		q -= 3; /* closing quote, ellipsis */
	return q;
}

/* Digits of a phone number from p: groups split by single spaces, dots or
 * dashes; returns the end of the run and the count of digits in *digits. */
static size_t digit_cluster(const char *s, size_t n, size_t p, int *digits)
{
	size_t q = p, end = p;

	*digits = 0;
	while (q < n && vn_is_digit(s[q])) {
		while (q < n && vn_is_digit(s[q]))
			q++, ++*digits;
		end = q;
		if (q + 1 < n && strchr(" .-", s[q]) && vn_is_digit(s[q + 1]))
			q++;
	}
	return end;
}

struct parsed {
	struct numeral v;
	size_t end;      /* end of the numeral with its scale words */
	size_t digits;   /* end of its digits alone */
};

static bool parse_at(const char *s, size_t n, size_t p, struct parsed *x)
{
	struct numeral d;
	size_t k;

	if (!(k = numeral_parse(s + p, n - p, &x->v)))
		return false;
	x->end = x->digits = p + k;
	/* Scale words after the digits: where do the digits alone end? */
	if (vn_is_digit(s[p]) && memchr(s + p, ' ', k) &&
	    (k = numeral_parse(s + p, token_end(s, n, p) - p, &d)))
		x->digits = p + k;
	return true;
}

/* The second part of a range after the first ends at p: "- 4%", "đến 85%"
 * (with_to: after "từ"). It must be of the same sort and bigger; "3 - 4
 * triệu" gives the first part the second's scale. Fills *b, returns its
 * end (its percent sign included, then *pct is set), or 0; *dated is set
 * to its end when the second part is a date or duration. */
static size_t range_end(struct scan *sc, size_t p, bool with_to, bool words, bool percent,
			struct numeral *a, struct numeral *b, bool *pct, size_t *dated)
{
	const char *s = sc->s;
	size_t n = sc->n, g = gap(s, n, p), q, pk, tend;
	struct parsed x;
	struct numeral d, first = *a;

	if ((q = dash_at(s, n, p)))
		q += p;
	else if (!(with_to && g && ((q = match_phrase(s, n, p + g, "đến")) || (q = match_phrase(s, n, p + g, "tới")))))
		return 0;
	q += gap(s, n, q);
	if (q >= n || vn_is_digit(s[q]) == words || !parse_at(s, n, q, &x))
		return 0;
	if (temporal_at(sc, q, x.end, &tend)) {
		/* "3 - 4 năm": the first part goes with the second's duration */
		*dated = tend;
		return 0;
	}
	pk = percent_after(s, n, x.end);
	if (percent && !pk)
		return 0;
	if (!words && x.digits != token_end(s, n, q) && !(pk && x.digits < n && s[x.digits] == '%'))
		return 0;
	if (x.end > x.digits && numeral_parse(s + q, x.digits - q, &d) && d.mant == x.v.mant)
		first.exp10 += x.v.exp10 - d.exp10;
	if (numeral_cmp(&first, &x.v) >= 0)
		return 0;
	*a = first;
	*b = x.v;
	*pct = pk > 0;
	return x.end + pk;
}

static void format_range(char *buf, size_t cap, const struct numeral *a, const struct numeral *b)
{
	size_t k = numeral_format(a, buf, cap);

	if (b && k + 2 < cap) {
		memcpy(buf + k, "..", 2);
		numeral_format(b, buf + k + 2, cap - k - 2);
	}
}

/* After the first numeral (start..a->end): a percent, a range, the unit.
 * from is where TEXT starts ("từ" included). Returns where to go on. */
static size_t quantity(struct scan *sc, size_t from, size_t start, struct parsed *a, bool words)
{
	const char *s = sc->s;
	size_t n = sc->n, p = a->end, k, g, end, dated = 0;
	struct numeral b;
	struct piece unit = {"", 0};
	bool percent = false, range = false, pct;
	char value[QUANTITY_VALUE_MAX];

	if ((k = percent_after(s, n, p))) {
		percent = true;
		p += k;
	}
	if ((k = range_end(sc, p, from < start, words, percent, &a->v, &b, &pct, &dated))) {
		range = true;
		percent = percent || pct;
		p = k;
	} else if (dated) {
		return dated;
	}
	if (!range)
		from = start;
	if (percent) {
		end = p;
		unit = piece_str("%");
	} else {
		/* "hai mươi năm": a duration the recogniser did not take is
		 * still vn-date's business, not a count. */
		g = gap(s, n, p);
		if (g && (k = match_list(s, n, p + g, &time_units, NULL)))
			return k;
		end = unit_after(sc, p, &unit);
		/* A bare number word counts something, or it is not a number. */
		if (words && unit.len == 0 && a->v.mant < 10 && a->v.exp10 == 0 && !range)
			return p;
	}
	format_range(value, sizeof value, &a->v, range ? &b : NULL);
	emit(sc, percent ? QUANTITY_PERCENT : QUANTITY_NUMBER, value, from, p, unit);
	return end;
}

static void ordinal(struct scan *sc, const struct numeral *v, size_t start, size_t end)
{
	char value[QUANTITY_VALUE_MAX];

	numeral_format(v, value, sizeof value);
	emit(sc, QUANTITY_ORDINAL, value, start, end, (struct piece){"", 0});
}

/* Roman numerals in a list after the first: "khóa XI, XII", "XI và XII". */
static size_t roman_list(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, q, len;
	int v;

	for (;;) {
		q = p;
		if (q < n && s[q] == ',')
			q++;
		else if (!(q = match_phrase(s, n, q + gap(s, n, q), "và")))
			return p;
		q += gap(s, n, q);
		if (q >= n || !(v = numeral_roman(s + q, n - q, &len)))
			return p;
		ordinal(sc, &(struct numeral){v, 0}, q, q + len);
		p = q + len;
	}
}

/* The ordinal words after "thứ" and their values; "năm" is five whatever
 * follows ("thứ năm liên tiếp"). */
static const struct {
	const char *word;
	int value;
} ordinal_words[] = {{"nhất", 1}, {"tư", 4}, {"năm", 5}};

/* "thứ 5", "thứ nhất", "lần thứ XIII", "khóa XII", "Đại hội XVII",
 * "Trung ương 4": what follows the word at p, an ordinal. */
static size_t ordinal_after(struct scan *sc, size_t start, size_t p, bool roman_only)
{
	const char *s = sc->s;
	size_t n = sc->n, q = p + gap(sc->s, sc->n, p), e = 0, len, i;
	struct numeral v = {0, 0};
	int r;

	if (q == p || q >= n)
		return 0;
	if ((r = numeral_roman(s + q, n - q, &len))) {
		v.mant = r;
		e = q + len;
	} else if (roman_only) {
		return 0;
	} else {
		for (i = 0; i < NELEM(ordinal_words) && !(e = match_phrase(s, n, q, ordinal_words[i].word)); i++)
			;
		if (e) {
			v.mant = ordinal_words[i].value;
		} else if (!upper_at(s, n, q) && (e = numeral_parse(s + q, n - q, &v))) {
			/* "thứ Hai" is a weekday */
			e += q;
			if (vn_is_digit(s[q]) && e != token_end(s, n, q))
				return 0;
		} else {
			return 0;
		}
	}
	ordinal(sc, &v, start, e);
	return roman_list(sc, e);
}

/* A word numeral, or a word that brings an ordinal, at p; returns where to go on. */
static size_t at_word(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, b, e, tend, r, len;
	struct parsed a;

	if ((e = match_phrase(s, n, p, "thứ"))) {
		b = phrase_before(s, p, "lần");
		r = ordinal_after(sc, b != (size_t)-1 ? b : p, e, false);
		return r ? r : e;
	}
	if ((e = match_phrase(s, n, p, "khóa")) || (e = match_phrase(s, n, p, "khoá"))) {
		r = ordinal_after(sc, p, e, false);
		return r ? r : e;
	}
	if (numeral_roman(s + p, n - p, &len)) {
		b = vn_skip_spaces_back(s, p);
		if (b < p && (b = match_phrase_back(s, b, "đại hội")) != (size_t)-1 &&
		    (r = ordinal_after(sc, b, vn_skip_spaces_back(s, p), true)))
			return r;
		return p + len;
	}
	/* Capitalised only at a sentence start: "Hai nhiệm vụ"; not "“Năm cải cách". */
	if (upper_at(s, n, p) && !sentence_start(s, p))
		return 0;
	if (!parse_at(s, n, p, &a))
		return 0;
	b = word_before(s, p);
	if (b != (size_t)-1 && (upper_at(s, n, b) || match_list(s, n, b, &label_words, NULL)))
		return a.end;
	/* "mỗi năm", "những năm": the year */
	if (a.v.mant == 5 && a.end - p == strlen("năm") && b != (size_t)-1 &&
	    (match_list(s, n, b, &year_before, NULL) || vn_is_digit(s[b])))
		return a.end;
	e = a.end + gap(s, n, a.end);
	if (e < n && upper_at(s, n, e)) /* "Ba Đình", "Hai Bà Trưng": names */
		return a.end;
	if (temporal_at(sc, p, a.end, &tend))
		return tend;
	return quantity(sc, b != (size_t)-1 && match_phrase(s, n, b, "từ") ? b : p, p, &a, true);
}

/* A ratio "1.793/2.900" at p..te (the first part read into a): emits it
 * with its unit and returns where to go on, or 0 when it is none. */
static size_t ratio(struct scan *sc, size_t p, size_t te, const struct parsed *a)
{
	const char *s = sc->s;
	struct numeral d;
	struct piece unit;
	char value[QUANTITY_VALUE_MAX];
	size_t k, end;

	if (!(s[a->digits] == '/' && a->end == a->digits && a->digits + 1 < te && vn_is_digit(s[a->digits + 1]) &&
	      numeral_parse(s + a->digits + 1, te - a->digits - 1, &d) == te - a->digits - 1))
		return 0;
	k = numeral_format(&a->v, value, sizeof value);
	value[k++] = '/';
	numeral_format(&d, value + k, sizeof value - k);
	end = unit_after(sc, te, &unit);
	emit(sc, QUANTITY_RATIO, value, p, te, unit);
	return end;
}

/* Digits at p; returns where to go on. */
static size_t at_digits(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, te = token_end(s, n, p), b, tend, from = p, q, e;
	struct parsed a;
	int digits;

	/* Phone numbers: "0912 345 678", "+84 912 345 678". */
	q = digit_cluster(s, n, p, &digits);
	if ((s[p] == '0' || (p > 0 && s[p - 1] == '+')) && digits >= 8)
		return q;
	/* Dates first: "nhiệm kỳ 2020 - 2025" is an interval, not a label. */
	if (temporal_at(sc, p, p + 1, &tend))
		return tend;
	/* Digits stuck to letters or symbols before them: "COVID-19", "F0". */
	if (p > 0 && !vn_space_len_back(s, p) && !strchr("(\"'[", s[p - 1]) &&
	    !(p >= 3 && !memcmp(s + p - 3, "\xE2\x80\x9C", 3)))
		return (e = word_end(s, n, p)) > te ? e : te;
	if (!parse_at(s, n, p, &a))
		return word_end(s, n, p);
	if (a.digits == te && (b = phrase_before(s, p, "trung ương")) != (size_t)-1) {
		/* "Hội nghị Trung ương 4": a plenum's number */
		ordinal(sc, &a.v, b, a.digits);
		return a.digits;
	}
	b = word_before(s, p);
	/* "Kết luận số 28", "Quân khu 7"; not "tổng số 1.234" */
	if (b != (size_t)-1 && ((match_list(s, n, b, &label_words, NULL) && phrase_before(s, p, "tổng số") == (size_t)-1) ||
				(upper_at(s, n, b) && !sentence_start(s, b))))
		return te;
	if (a.digits < te) {
		/* "1.793/2.900": a ratio; "3%-4%" goes on below; anything else
		 * stuck to the number is a code: "05-CT/TW", "91/2017/NĐ-CP". */
		if ((q = ratio(sc, p, te, &a)))
			return q;
		if (!(s[a.digits] == '%' || (s[a.digits] == '-' && a.digits + 1 < te && vn_is_digit(s[a.digits + 1]))))
			return (e = word_end(s, n, te)) > te ? e : te;
		a.end = a.digits;
	}
	if (b != (size_t)-1 && match_phrase(s, n, b, "từ"))
		from = b;
	return quantity(sc, from, p, &a, false);
}

/* Where the next quantity may start, from p on: a digit, a Roman numeral
 * letter or one of first_words beginning a word; n when there is none. */
static size_t next_start(const char *s, size_t n, size_t p)
{
	for (;;) {
		while (p + 2 < n && !pair_at(s + p) && !pair_at(s + p + 1))
			p += 2;
		while (p + 1 < n && !pair_at(s + p))
			p++;
		/* the last byte alone: a one-digit number, a one-letter Roman numeral */
		if (p + 1 >= n)
			return p < n && (vn_is_digit(s[p]) || roman_letter[(unsigned char)s[p]]) &&
			       !vn_word_char_len_back(s, p) ? p : n;
		if (vn_word_char_len_back(s, p))
			p++;
		else if (vn_is_digit(s[p]) || roman_letter[(unsigned char)s[p]] || first_prefix(s + p, n - p))
			return p;
		else
			p += 2;
	}
}

void quantity_find(const char *s, size_t n, void (*found)(const struct quantity *q, void *ctx), void *ctx)
{
	struct scan sc = {s, n, found, ctx, {0}, false, 0, 0};
	size_t p = 0, q, len;

	if (!starts_built)
		build_starts();
	while ((p = next_start(s, n, p)) < n) {
		q = 0;
		if (vn_is_digit(s[p]))
			q = at_digits(&sc, p);
		else if ((roman_letter[(unsigned char)s[p]] && numeral_roman(s + p, n - p, &len)) ||
			 match_list(s, n, p, &first_words, NULL))
			q = at_word(&sc, p);
		/* nothing here: on after the word (s[p] is an ASCII letter or digit) */
		p = q > p ? q : p + 1;
	}
}
