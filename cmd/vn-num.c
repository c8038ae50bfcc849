/* vn-num: find every quantity in Vietnamese text (numbers, percentages, ratios,
 * ranges, ordinals) with the noun it counts. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../common/loop.h"
#include "../common/numeral.h"
#include "../common/output.h"
#include "../common/temporal.h"
#include "../common/utf8.h"
#include "../common/util.h"
#include "../common/vietnamese.h"

static const char usage_text[] =
	"usage: vn-num [-jl] [-d name] [file ...]\n"
	"Write one record DOC<TAB>LOC<TAB>KIND<TAB>VALUE<TAB>TEXT<TAB>UNIT per quantity\n"
	"in the input: number, percent, ratio or ordinal.\n"
	"  -d name  DOC for raw text (default: the file name, - for stdin)\n"
	"  -j       write JSON Lines\n"
	"  -l       each input line is one document: ID<TAB>TEXT\n";

/* The longest UNIT, in syllables: "tổ chức cơ sở Đảng". */
enum { UNIT_WORDS = 5 };

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

struct phrase {
	const char *text;
	size_t len;
};

#define P(w) {w, sizeof(w) - 1}

/* Words that end a UNIT: verbs, prepositions, conjunctions, and the
 * modifiers after a head noun ("đảng viên mới" counts đảng viên). */
static struct phrase unit_stops[] = {
	P("và"), P("với"), P("của"), P("cho"), P("trong"), P("được"), P("đạt"), P("có"),
	P("là"), P("so"), P("theo"), P("tại"), P("ở"), P("để"), P("từ"), P("đến"), P("tới"),
	P("trên"), P("dưới"), P("hơn"), P("gồm"), P("bao gồm"), P("thuộc"), P("trực thuộc"),
	P("về"), P("đã"), P("đang"), P("sẽ"), P("bị"), P("do"), P("vì"), P("nhưng"), P("hoặc"),
	P("hay"), P("mà"), P("thì"), P("như"), P("khi"), P("nếu"), P("sau"), P("trước"),
	P("bằng"), P("qua"), P("vào"), P("ra"), P("lên"), P("xuống"), P("đồng thời"),
	P("trở lên"), P("trở"), P("nhằm"), P("đối với"), P("tham gia"), P("hoàn thành"),
	P("tiến hành"), P("thực hiện"), P("kiểm tra"), P("giám sát"), P("xem xét"),
	P("tham dự"), P("dự"), P("chiếm"), P("tăng"), P("giảm"), P("còn"), P("cũng"), P("đều"),
	P("này"), P("đó"), P("kia"), P("nào"), P("mới"), P("trọng tâm"), P("đột phá"),
	P("chủ yếu"), P("tiêu biểu"), P("xuất sắc"), P("nhất"), P("khác"), P("liền"),
	P("liên tiếp"), P("nữa"), P("rồi"), P("đi"), P("lại"), P("vẫn"), P("chưa"), P("không"),
	P("phải"), P("cần"), P("nên"), P("gần"), P("khoảng"), P("nhận"), P("trao"), P("tặng"),
	P("kết nạp"), P("đề ra"), P("gồm có"), P("ấy"), P("đây"), P("năm"), P("tháng"),
	P("ngày"), P("quý"), P("tuần"), P("hôm"), P("giờ"), P("mỗi"), P("mọi"), P("từng"),
	P("cả"), P("các"), P("những"), P("một"),
};

/* A number after one of these is a label, not a quantity: "số 28", "Điều 5". */
static const struct phrase label_words[] = {
	P("số"), P("điều"), P("khoản"), P("mục"), P("chương"), P("điểm"), P("trang"), P("tầng"),
	P("phòng"), P("quận"), P("phường"), P("tổ"), P("ấp"), P("khu"), P("khối"), P("lớp"),
	P("xóm"), P("thôn"), P("đội"), P("thoại"), P("hotline"), P("fax"), P("phiên"), P("mã"),
	P("kỳ"), P("quốc lộ"), P("tỉnh lộ"), P("đường"),
};

/* A bare "năm" after one of these is the year: "mỗi năm", "những năm". */
static const struct phrase year_before[] = {
	P("mỗi"), P("hằng"), P("hàng"), P("cả"), P("các"), P("những"), P("trong"), P("nhiều"),
	P("vài"), P("mấy"), P("từng"), P("cùng"), P("sang"), P("cuối"), P("đầu"), P("giữa"),
	P("của"), P("trước"), P("sau"), P("suốt"), P("qua"), P("năm"), P("tháng"), P("ngày"),
	P("là"), P("thứ"), P("nay"),
	/* the end of a numeral: "hai mươi năm" is twenty years */
	P("mươi"), P("mười"), P("trăm"), P("nghìn"), P("ngàn"), P("vạn"), P("triệu"), P("tỷ"),
	P("tỉ"), P("chục"), P("một"), P("hai"), P("ba"), P("bốn"), P("sáu"), P("bảy"), P("tám"),
	P("chín"), P("lăm"), P("mốt"), P("tư"), P("rưỡi"),
};

/* After a number these make a duration: vn-date's, not a quantity. */
static const struct phrase time_units[] = {
	P("năm"), P("tháng"), P("ngày"), P("tuần"), P("giờ"), P("phút"), P("giây"), P("quý"),
	P("thế kỷ"), P("thập kỷ"),
};

/* The words a quantity can start with, besides digits and Roman numerals:
 * the first word of a numeral, and "thứ" and "khóa" that bring ordinals.
 * "không" (zero, and "not") starts none: it is a digit only inside one
 * ("một nghìn không trăm linh năm"). */
static const struct phrase first_words[] = {
	P("một"), P("hai"), P("ba"), P("bốn"), P("năm"), P("sáu"), P("bảy"), P("bẩy"), P("tám"),
	P("chín"), P("mười"), P("thứ"), P("khóa"), P("khoá"),
};

static bool roman_letter(char c)
{
	return c == 'I' || c == 'V' || c == 'X' || c == 'L';
}

/* Whether the word w (len bytes) is one of first_words (capitalised too)
 * or a Roman numeral. */
static bool first_word(const char *w, size_t len)
{
	size_t i, k;

	if (roman_letter(w[0])) {
		for (i = 1; i < len && roman_letter(w[i]); i++)
			;
		if (i == len)
			return true;
	}
	for (i = 0; i < NELEM(first_words); i++) {
		if (first_words[i].len != len || (w[0] | 0x20) != first_words[i].text[0])
			continue;
		for (k = 1; k < len && w[k] == first_words[i].text[k]; k++)
			;
		if (k == len)
			return true;
	}
	return false;
}

/* Byte classes: WORD goes on a word (ASCII letters and digits, the lead
 * bytes of Latin letters U+00C0-U+01BF, combining marks and the Vietnamese
 * block, and continuation bytes; not the leads of punctuation and spaces).
 * And a bit for each pair of bytes a quantity can start with: a digit or a
 * Roman numeral letter and anything, or the first two bytes of one of
 * first_words, in either case; and for their second and third bytes. The
 * scan stops only at those pairs, so most
 * words are passed over without finding where they end. Both filled once
 * by classify_bytes(). */
enum { WORD = 1 };
static unsigned char byte_class[256];
static unsigned char pair_bits[256 * 256 / 8], next_pair_bits[256 * 256 / 8];

static void bit_add(unsigned char *bits, unsigned char a, unsigned char b)
{
	unsigned i = a | (unsigned)b << 8;

	bits[i >> 3] |= (unsigned char)(1u << (i & 7));
}

static bool bit_at(const unsigned char *bits, const char *s)
{
	unsigned i = (unsigned char)s[0] | (unsigned)(unsigned char)s[1] << 8;

	return bits[i >> 3] >> (i & 7) & 1;
}

static bool pair_at(const char *s)
{
	return bit_at(pair_bits, s);
}

/* Whether the letters at s (n bytes) may begin one of first_words: their
 * second and third bytes are those of one ("chín" but not "chức"). */
static bool first_prefix(const char *s, size_t n)
{
	if (s[1] == 'a' && (s[0] | 0x20) == 'b')
		return true; /* "ba", the one two-byte word */
	return n > 2 && bit_at(next_pair_bits, s + 1);
}

static void classify_bytes(void)
{
	int c, b;
	size_t i;

	for (c = 0; c < 256; c++)
		if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= 0x80 && c < 0xC0) || (c >= 0xC3 && c <= 0xCD) || c == 0xE1)
			byte_class[c] = WORD;
	for (b = 0; b < 256; b++) {
		for (c = '0'; c <= '9'; c++)
			bit_add(pair_bits, (unsigned char)c, (unsigned char)b);
		bit_add(pair_bits, 'I', (unsigned char)b);
		bit_add(pair_bits, 'V', (unsigned char)b);
		bit_add(pair_bits, 'X', (unsigned char)b);
		bit_add(pair_bits, 'L', (unsigned char)b);
	}
	for (i = 0; i < NELEM(first_words); i++) {
		const unsigned char *w = (const unsigned char *)first_words[i].text;

		bit_add(pair_bits, w[0], w[1]);
		bit_add(pair_bits, (unsigned char)(w[0] - ('a' - 'A')), w[1]);
		if (first_words[i].len > 2)
			bit_add(next_pair_bits, w[1], w[2]);
	}
}

/* unit_stops sorted by first byte, and where each first byte's run starts
 * and ends in it, so a UNIT word is compared with a few stops only. */
static unsigned char stops_from[256], stops_to[256];

static int by_first_byte(const void *a, const void *b)
{
	return (unsigned char)((const struct phrase *)a)->text[0] -
	       (unsigned char)((const struct phrase *)b)->text[0];
}

static void index_stops(void)
{
	size_t i;
	unsigned char c;

	qsort(unit_stops, NELEM(unit_stops), sizeof unit_stops[0], by_first_byte);
	for (i = NELEM(unit_stops); i-- > 0;) {
		c = (unsigned char)unit_stops[i].text[0];
		if (!stops_to[c])
			stops_to[c] = (unsigned char)(i + 1);
		stops_from[c] = (unsigned char)i;
	}
}

static bool word_byte(char c)
{
	return byte_class[(unsigned char)c] & WORD;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Length of the letter (or combining mark) at s, or 0. */
static size_t letter_len(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	uint32_t cp;
	int k;

	if (c < 0x80)
		return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 1 : 0;
	if (c >= 0xC3 && c <= 0xC6 && n >= 2)
		return 2; /* Latin-1 and Extended-A letters, ơ ư */
	if (c == 0xE1 && n >= 3 && (unsigned char)s[1] >= 0xBA && (unsigned char)s[1] <= 0xBB)
		return 3; /* the Vietnamese block */
	k = u8_decode((const unsigned char *)s, n, &cp);
	if (k <= 0)
		return 0;
	return vn_is_letter(cp) || (cp >= 0x300 && cp <= 0x36F) ? (size_t)k : 0;
}

/* The end of the word (letters and digits) starting at p. */
static size_t word_end(const char *s, size_t n, size_t p)
{
	size_t k;

	while (p < n) {
		if (is_digit(s[p]))
			p++;
		else if ((k = letter_len(s + p, n - p)))
			p += k;
		else
			break;
	}
	return p;
}

static size_t gap(const char *s, size_t n, size_t p)
{
	size_t q = p, k;

	while (q < n && (k = vn_space_len(s + q, n - q)))
		q += k;
	return q - p;
}

/* Whether s[p..] starts with phrase w as whole words, case-insensitive in
 * the first ASCII letter. */
static bool phrase_len_at(const char *s, size_t n, size_t p, const char *w, size_t k)
{
	if (k > n - p || s[p + k - 1] != w[k - 1] || memcmp(s + p + 1, w + 1, k - 1) != 0)
		return false;
	if (s[p] != w[0] && !(s[p] >= 'A' && s[p] <= 'Z' && (s[p] | 0x20) == w[0]))
		return false;
	return p + k == n || (!letter_len(s + p + k, n - p - k) && !is_digit(s[p + k]));
}

/* phrase_len_at for a string literal. */
#define phrase_at(s, n, p, w) phrase_len_at(s, n, p, w, sizeof(w) - 1)

static size_t listed(const char *s, size_t n, size_t p, const struct phrase *list, size_t nl)
{
	size_t i;
	char c = s[p] >= 'A' && s[p] <= 'Z' ? s[p] | 0x20 : s[p];

	for (i = 0; i < nl; i++)
		if (list[i].text[0] == c && phrase_len_at(s, n, p, list[i].text, list[i].len))
			return list[i].len;
	return 0;
}

/* Start of the word before p, if only spaces part them; else (size_t)-1. */
static size_t word_before(const char *s, size_t p)
{
	size_t q = p, k, e;

	while (q > 0 && (k = vn_space_len_back(s, q)))
		q -= k;
	if (q == p || q == 0)
		return (size_t)-1;
	e = q;
	while (q > 0 && word_byte(s[q - 1]))
		q--;
	/* continuation bytes of a punctuation mark are not the word */
	while (q < e && ((unsigned char)s[q] & 0xC0) == 0x80)
		q++;
	return q == e ? (size_t)-1 : q;
}

static bool upper_at(const char *s, size_t n, size_t p)
{
	uint32_t cp;

	return u8_decode((const unsigned char *)s + p, n - p, &cp) > 0 && vn_is_upper(cp);
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

/* A Roman numeral word at p (I, V, X, L only): its value, its end in *end. */
static int roman_at(const char *s, size_t n, size_t p, size_t *end)
{
	static const char letters[] = "IVXL";
	static const int values[] = {1, 5, 10, 50};
	int v = 0, prev = 0, d;
	size_t q = p;
	const char *c;

	while (q < n && s[q] && (c = strchr(letters, s[q])) != NULL) {
		d = values[c - letters];
		v += d > prev ? d - 2 * prev : d;
		prev = d;
		q++;
	}
	if (q == p || q - p > 7 || (q < n && (letter_len(s + q, n - q) || is_digit(s[q]))))
		return 0;
	*end = q;
	return v;
}

struct scan {
	const struct sentence *st;
	const char *s;
	size_t n;
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

static void emit(struct scan *sc, const char *kind, const char *value, size_t start, size_t end,
		 const char *unit, size_t ulen)
{
	out_begin(sc->st->doc, sc->st->line, sc->st->sent);
	out_field_str("kind", kind);
	out_field_str("value", value);
	out_field("text", sc->s + start, end - start);
	out_field("unit", unit, ulen);
	out_end();
}

static bool is_stop(const char *s, size_t n, size_t p)
{
	unsigned char c = (unsigned char)s[p];
	size_t i;

	if (c >= 'A' && c <= 'Z')
		c |= 0x20;
	for (i = stops_from[c]; i < stops_to[c]; i++)
		if (phrase_len_at(s, n, p, unit_stops[i].text, unit_stops[i].len))
			return true;
	return false;
}

/* The counted noun phrase after p; its span in *u, *ulen; returns its end. */
static size_t unit_after(struct scan *sc, size_t p, const char **u, size_t *ulen)
{
	const char *s = sc->s;
	size_t n = sc->n, q = p, w, e, g, start = 0, end = 0;
	int words = 0;

	while (words < UNIT_WORDS) {
		g = gap(s, n, q);
		w = q + g;
		if (g == 0 || w >= n || !letter_len(s + w, n - w) || is_stop(s, n, w))
			break;
		e = word_end(s, n, w);
		if (words == 0)
			start = w;
		end = q = e;
		words++;
	}
	*u = s + start;
	*ulen = end - start;
	return words ? end : p;
}

/* Percent sign after a numeral ending at p: "%", " %", " phần trăm". */
static size_t percent_after(const char *s, size_t n, size_t p)
{
	size_t g = gap(s, n, p);

	if (p < n && s[p] == '%')
		return 1;
	if (g && p + g < n && s[p + g] == '%')
		return g + 1;
	if (g && phrase_at(s, n, p + g, "phần trăm"))
		return g + strlen("phần trăm");
	return 0;
}

/* A dash between two parts of a range, with its spaces, or 0. */
static size_t dash_at(const char *s, size_t n, size_t p)
{
	size_t g = gap(s, n, p), q = p + g;

	if (q < n && s[q] == '-')
		q++;
	else if (n - q >= 3 && !memcmp(s + q, "\xE2\x80\x93", 3))
		q += 3; /* en dash */
	else
		return 0;
	return q - p + gap(s, n, q);
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
	while (q < n && is_digit(s[q])) {
		while (q < n && is_digit(s[q]))
			q++, ++*digits;
		end = q;
		if (q + 1 < n && strchr(" .-", s[q]) && is_digit(s[q + 1]))
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
	if (is_digit(s[p]) && memchr(s + p, ' ', k) && (k = numeral_parse(s + p, token_end(s, n, p) - p, &d)))
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
	else if (with_to && g && phrase_at(s, n, p + g, "đến"))
		q = p + g + strlen("đến");
	else if (with_to && g && phrase_at(s, n, p + g, "tới"))
		q = p + g + strlen("tới");
	else
		return 0;
	q += gap(s, n, q);
	if (q >= n || is_digit(s[q]) == words || !parse_at(s, n, q, &x))
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
	const char *s = sc->s, *u = "";
	size_t n = sc->n, p = a->end, k, g, end, ulen = 0, dated = 0;
	struct numeral b;
	bool percent = false, range = false, pct;
	char value[128];

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
		u = "%";
		ulen = 1;
	} else {
		/* "hai mươi năm": a duration the recogniser did not take is
		 * still vn-date's business, not a count. */
		g = gap(s, n, p);
		if (g && (k = listed(s, n, p + g, time_units, NELEM(time_units))))
			return p + g + k;
		end = unit_after(sc, p, &u, &ulen);
		/* A bare number word counts something, or it is not a number. */
		if (words && ulen == 0 && a->v.mant < 10 && a->v.exp10 == 0 && !range)
			return p;
	}
	format_range(value, sizeof value, &a->v, range ? &b : NULL);
	emit(sc, percent ? "percent" : "number", value, from, p, u, ulen);
	return end;
}

static void ordinal(struct scan *sc, const char *value, size_t start, size_t end)
{
	emit(sc, "ordinal", value, start, end, "", 0);
}

/* Roman numerals in a list after the first: "khóa XI, XII", "XI và XII". */
static size_t roman_list(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, q, e;
	int v;
	char value[16];

	for (;;) {
		q = p;
		if (q < n && s[q] == ',')
			q++;
		else if (!phrase_at(s, n, q + gap(s, n, q), "và"))
			return p;
		else
			q += gap(s, n, q) + strlen("và");
		q += gap(s, n, q);
		if (q >= n || !(v = roman_at(s, n, q, &e)))
			return p;
		numeral_format(&(struct numeral){v, 0}, value, sizeof value);
		ordinal(sc, value, q, e);
		p = e;
	}
}

/* "thứ 5", "thứ nhất", "lần thứ XIII", "khóa XII", "Đại hội XVII",
 * "Trung ương 4": what follows the word at p, an ordinal. */
static size_t ordinal_after(struct scan *sc, size_t start, size_t p, bool roman_only)
{
	const char *s = sc->s;
	size_t n = sc->n, q = p + gap(sc->s, sc->n, p), e;
	struct numeral v = {0, 0};
	char value[48];
	int r;

	if (q == p || q >= n)
		return 0;
	if ((r = roman_at(s, n, q, &e))) {
		v.mant = r;
	} else if (roman_only) {
		return 0;
	} else if (phrase_at(s, n, q, "nhất")) {
		v.mant = 1;
		e = q + strlen("nhất");
	} else if (phrase_at(s, n, q, "tư")) {
		v.mant = 4;
		e = q + strlen("tư");
	} else if (phrase_at(s, n, q, "năm")) {
		/* five whatever follows: "thứ năm liên tiếp" */
		v.mant = 5;
		e = q + strlen("năm");
	} else if (!upper_at(s, n, q) && (e = numeral_parse(s + q, n - q, &v))) {
		/* "thứ Hai" is a weekday */
		e += q;
		if (is_digit(s[q]) && e != token_end(s, n, q))
			return 0;
	} else {
		return 0;
	}
	numeral_format(&v, value, sizeof value);
	ordinal(sc, value, start, e);
	return roman_list(sc, e);
}

/* A word numeral, or a word that brings an ordinal, at p; returns where to go on. */
static size_t at_word(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, b, e, tend, r;
	struct parsed a;

	if (phrase_at(s, n, p, "thứ")) {
		b = word_before(s, p);
		if (b != (size_t)-1 && phrase_at(s, n, b, "lần"))
			r = ordinal_after(sc, b, p + strlen("thứ"), false);
		else
			r = ordinal_after(sc, p, p + strlen("thứ"), false);
		return r ? r : p + strlen("thứ");
	}
	if (phrase_at(s, n, p, "khóa") || phrase_at(s, n, p, "khoá")) {
		r = ordinal_after(sc, p, p + strlen("khóa"), false);
		return r ? r : p + strlen("khóa");
	}
	if (roman_at(s, n, p, &e)) {
		size_t h = word_before(s, p);

		if (h != (size_t)-1 && phrase_at(s, n, h, "hội") && (b = word_before(s, h)) != (size_t)-1 &&
		    (phrase_at(s, n, b, "đại") || phrase_at(s, n, b, "Đại")) &&
		    (r = ordinal_after(sc, b, h + strlen("hội"), true)))
			return r;
		return e;
	}
	/* Capitalised only at a sentence start: "Hai nhiệm vụ"; not "“Năm cải cách". */
	if (upper_at(s, n, p) && !sentence_start(s, p))
		return 0;
	if (!parse_at(s, n, p, &a))
		return 0;
	b = word_before(s, p);
	if (b != (size_t)-1 && (upper_at(s, n, b) || listed(s, n, b, label_words, NELEM(label_words))))
		return a.end;
	/* "mỗi năm", "những năm": the year */
	if (a.v.mant == 5 && a.end - p == strlen("năm") && b != (size_t)-1 &&
	    (listed(s, n, b, year_before, NELEM(year_before)) || is_digit(s[b])))
		return a.end;
	e = a.end + gap(s, n, a.end);
	if (e < n && upper_at(s, n, e)) /* "Ba Đình", "Hai Bà Trưng": names */
		return a.end;
	if (temporal_at(sc, p, a.end, &tend))
		return tend;
	return quantity(sc, b != (size_t)-1 && phrase_at(s, n, b, "từ") ? b : p, p, &a, true);
}

/* Whether the word at b is "số" of "tổng số" (the total), not a label. */
static bool total_before(const char *s, size_t n, size_t b)
{
	size_t t;

	return phrase_at(s, n, b, "số") && (t = word_before(s, b)) != (size_t)-1 &&
	       phrase_at(s, n, t, "tổng");
}

/* Digits at p; returns where to go on. */
static size_t at_digits(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, te = token_end(s, n, p), b, b2, tend, from = p, q;
	struct parsed a;
	struct numeral d;
	char value[96];
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
		return word_end(s, n, p) > te ? word_end(s, n, p) : te;
	if (!parse_at(s, n, p, &a))
		return word_end(s, n, p);
	b = word_before(s, p);
	if (b != (size_t)-1 && phrase_at(s, n, b, "ương") && (b2 = word_before(s, b)) != (size_t)-1 &&
	    phrase_at(s, n, b2, "trung") && a.digits == te) {
		/* "Hội nghị Trung ương 4": a plenum's number */
		numeral_format(&a.v, value, sizeof value);
		ordinal(sc, value, b2, a.digits);
		return a.digits;
	}
	if (b != (size_t)-1 && ((listed(s, n, b, label_words, NELEM(label_words)) && !total_before(s, n, b)) ||
				(upper_at(s, n, b) && !sentence_start(s, b))))
		return te; /* "Kết luận số 28", "Quân khu 7"; not "tổng số 1.234" */
	if (a.digits < te) {
		/* "1.793/2.900": a ratio; "3%-4%" goes on below; anything else
		 * stuck to the number is a code: "05-CT/TW", "91/2017/NĐ-CP". */
		if (s[a.digits] == '/' && a.end == a.digits && a.digits + 1 < te && is_digit(s[a.digits + 1]) &&
		    numeral_parse(s + a.digits + 1, te - a.digits - 1, &d) == te - a.digits - 1) {
			const char *u;
			size_t ulen, end;

			numeral_format(&a.v, value, sizeof value);
			q = strlen(value);
			value[q++] = '/';
			numeral_format(&d, value + q, sizeof value - q);
			end = unit_after(sc, te, &u, &ulen);
			emit(sc, "ratio", value, p, te, u, ulen);
			return end;
		}
		if (!(s[a.digits] == '%' || (s[a.digits] == '-' && a.digits + 1 < te && is_digit(s[a.digits + 1]))))
			return word_end(s, n, te) > te ? word_end(s, n, te) : te;
		a.end = a.digits;
	}
	b = word_before(s, p);
	if (b != (size_t)-1 && phrase_at(s, n, b, "từ"))
		from = b;
	return quantity(sc, from, p, &a, false);
}

/* Whether the character before p is part of a word. */
static bool inside_word(const char *s, size_t p)
{
	unsigned char c;
	uint32_t cp;

	if (p == 0)
		return false;
	c = (unsigned char)s[p - 1];
	if (c < 0x80)
		return byte_class[c] & WORD;
	if (p >= 2 && (unsigned char)s[p - 2] >= 0xC3 && (unsigned char)s[p - 2] <= 0xC6)
		return true; /* the common two-byte letters */
	if (p >= 3 && (unsigned char)s[p - 3] == 0xE1 && ((unsigned char)s[p - 2] | 1) == 0xBB)
		return true; /* the Vietnamese block */
	return u8_decode_back((const unsigned char *)s, p, &cp) > 0 &&
	       (vn_is_letter(cp) || (cp >= 0x300 && cp <= 0x36F));
}

static void number_sentence(const struct sentence *st, void *ctx)
{
	struct scan sc = {st, st->text, st->len, {0}, false, 0, 0};
	const char *s = st->text;
	size_t n = st->len, p = 0, q, e;

	(void)ctx;
	if (n == 0)
		return;
	for (;;) {
		while (p + 2 < n && !pair_at(s + p) && !pair_at(s + p + 1))
			p += 2;
		while (p + 1 < n && !pair_at(s + p))
			p++;
		/* the last byte alone: a one-digit number, a one-letter Roman numeral */
		if (p + 1 >= n && (p >= n || !(is_digit(s[p]) || roman_letter(s[p]))))
			break;
		if (inside_word(s, p)) {
			p++;
			continue;
		}
		if (!is_digit(s[p]) && !roman_letter(s[p]) && !first_prefix(s + p, n - p)) {
			p += 2;
			continue;
		}
		for (e = p + 1; e < n && byte_class[(unsigned char)s[e]] & WORD; e++)
			;
		q = e;
		if (is_digit(s[p]))
			q = at_digits(&sc, p);
		else if (first_word(s + p, e - p))
			q = at_word(&sc, p);
		p = q > p ? q : e;
	}
}

static void number_input(struct input *in, void *ctx)
{
	for_each_sentence(in, number_sentence, ctx);
}

int main(int argc, char **argv)
{
	struct common_opts o = {0};
	int c;

	progname = "vn-num";
	classify_bytes();
	index_stops();
	common_long_opts(argc, argv, usage_text);
	while ((c = getopt(argc, argv, "d:hjl")) != -1)
		if (!common_opt(&o, c, optarg, usage_text))
			usage_error(usage_text);
	return finish(for_each_input(argv + optind, &o, number_input, NULL));
}
