/* meta.c: reads the lines of a scraped page into its section, title, stamp,
 * source, lead, captions, credits, byline and chrome, and tells the body. */
#include "meta.h"
#include "byline.h"
#include "names.h"
#include "stamp.h"
#include "token.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <stdlib.h>
#include <string.h>

const char *const meta_kind_names[] = {
	"section", "title", "published", "source", "lead", "caption", "credit", "author", "boilerplate",
};

/* What a line's own text says it is. */
enum {
	SHAPE_PROSE = 1 << 0,       /* a paragraph: it ends a sentence, or is long */
	SHAPE_TITLE = 1 << 1,       /* may be a title: a few words, a capital first, no sentence end */
	SHAPE_CHROME = 1 << 2,      /* chrome.c's (label) */
	SHAPE_STAMP = 1 << 3,       /* a stamp line (stamp) */
	SHAPE_CREDIT = 1 << 4,      /* ends with a photo credit, "Ảnh: Mai Hoa" (cut: where it begins) */
	SHAPE_CREDIT_ONLY = 1 << 5, /* is one */
	SHAPE_LEADIN = 1 << 6,      /* opens with its source, "TTXVN -" (cut: where the text begins) */
	SHAPE_SOURCE = 1 << 7,      /* "Nguồn: X", "Nguồn X" (cut: where X begins) */
	SHAPE_THEO = 1 << 8,        /* "Theo X" (cut: where X begins) */
	SHAPE_BYLINE = 1 << 9,      /* "Bài và ảnh: X", "Tác giả: X" (cut: where X begins) */
	SHAPE_NAMES = 1 << 10,      /* names alone: "Hằng Nga", "Đồng Thúy (TTXVN)" */
	SHAPE_HEADING = 1 << 11,    /* "== Lịch sử ==" */
	SHAPE_IN_PHOTO = 1 << 12,   /* "Trong ảnh: ...", "Ảnh minh họa", "Toàn cảnh hội nghị" */
	SHAPE_CUE = 1 << 13,        /* the words of a caption: "phát biểu tại", "toàn cảnh" */
	SHAPE_PHOTO_BYLINE = 1 << 14, /* a labelled byline whose author took the photos too */
	SHAPE_START = 1 << 15,      /* no line: the start of the document, before its first */
};

/* The lines that may end a page after its last paragraph: a name there is its byline. */
#define SHAPES_FOOTER (SHAPE_CHROME | SHAPE_STAMP | SHAPE_SOURCE | SHAPE_THEO | SHAPE_BYLINE | \
		       SHAPE_NAMES | SHAPE_CREDIT_ONLY)
/* Lines that say by themselves what they are. */
#define SHAPES_FIXED (SHAPE_CHROME | SHAPE_STAMP | SHAPE_SOURCE | SHAPE_BYLINE | SHAPE_CREDIT_ONLY)
/* Lines that are the page's byline or source in its footer, and body
 * elsewhere ("Nguồn: Tổng cục Thống kê" under a table). */
#define SHAPES_SIGNED (SHAPE_NAMES | SHAPE_THEO | SHAPE_SOURCE)

enum {
	PROSE_WORDS = 40,   /* a line this long is a paragraph, whatever its end, */
	PROSE_BYTES = 640,  /* and so is one this long: its words are not counted */
	TITLE_WORDS = 3,    /* a title has at least this many words with letters, */
	TITLE_MAX = 26,     /* and at most this many words */
	SECTION_WORDS = 8,  /* a section's name at most this many */
	CAPTION_MIN = 5,    /* a caption told by its twin, at least this many */
	VIEW_WORDS = 12,    /* "Toàn cảnh hội nghị", a caption wherever it stands: at most this many */
	SHORT_MAX = 160,    /* bytes of a byline, a source line, a credit */
	CREDIT_MAX = 100,   /* bytes of what a credit names (below META_CREDIT_MAX) */
	LEADIN_MAX = 48,    /* bytes of the source in a lead-in */
	TITLE_LINES = 6,    /* the title is among a page's first lines */
	NEAR_MAX = 4096,    /* bytes of a line compared with its neighbour */
	NAMES_MAX = 8,      /* names in one byline or credit */
};

/* A credit's names are remembered whole (struct meta_credit). */
_Static_assert((int)CREDIT_MAX <= (int)META_CREDIT_MAX, "a credit's names do not fit struct meta_credit");

/* ---- The shape of a line ---- */

static size_t char_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
	int k = i < n ? u8_decode((const unsigned char *)s + i, n - i, cp) : 0;

	if (k <= 0)
		*cp = 0;
	return k > 0 ? (size_t)k : 1;
}

/* Whether a byte is a letter's, a digit or of a character beyond ASCII. */
static bool wordy(unsigned char b)
{
	return b >= 0x80 || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}

/* Words of s, counted up to limit: the runs between spaces (a cleaned line
 * has no other) that hold a letter or a digit. */
static int count_words(const char *s, size_t n, int limit)
{
	int words = 0;
	size_t i = 0;

	while (i < n && words < limit) {
		if (!wordy((unsigned char)s[i])) {
			i++;
			continue;
		}
		/* counted: the rest of its run is passed over at once */
		words++;
		while (i < n && s[i] != ' ')
			i++;
	}
	return words;
}

/* Words of s that begin with a letter (not "2023", not "21°04′0″B"), as
 * count_words counts words, up to limit. */
static int lettered_words(const char *s, size_t n, int limit)
{
	size_t i = 0;
	int words = 0;
	uint32_t cp;

	while (i < n && words < limit) {
		if (s[i] == ' ') {
			i++;
			continue;
		}
		while (i < n && s[i] != ' ' && !wordy((unsigned char)s[i]))
			i++;
		if (i < n && s[i] != ' ') {
			char_at(s, n, i, &cp);
			words += vn_is_letter(cp);
		}
		while (i < n && s[i] != ' ')
			i++;
	}
	return words;
}

/* Where the text of s ends, before closing quotes and brackets and spaces. */
static size_t last_mark(const char *s, size_t n)
{
	for (;;) {
		n = vn_skip_spaces_back(s, n);
		if (n && (s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ')' || s[n - 1] == ']'))
			n--;
		else if (n >= 3 && (memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(s + n - 3, "\xE2\x80\x99", 3) == 0))
			n -= 3; /* ” ’ */
		else if (n >= 2 && memcmp(s + n - 2, "\xC2\xBB", 2) == 0)
			n -= 2; /* » */
		else
			return n;
	}
}

/* The mark that ends s: '.', '!', '?', ';', ':', 'e' for an ellipsis, or 0. */
static char end_mark(const char *s, size_t n)
{
	char c;

	n = last_mark(s, n);
	if (!n)
		return 0;
	if (n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0)
		return 'e';
	c = s[n - 1];
	return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' ? c : 0;
}

/* Whether the line s[0..n) is an interviewer's turn, which is prose
 * however short: "PV: Xin cảm ơn đồng chí!", "Phóng viên: ...?". */
static bool interview_turn(const char *s, size_t n)
{
	static const char *const askers[] = {"pv", "phóng viên", "hỏi"};
	size_t k, e;

	for (k = 0; k < NELEM(askers); k++)
		if ((e = match_phrase(s, n, 0, askers[k])) && e < n && s[e] == ':')
			return true;
	return false;
}

/* A sentence ends inside s, another begins: ". T", but not after a word in
 * capitals ("TP. Hồ Chí Minh") or a single letter ("N. Anh"). */
static bool inner_sentence(const char *s, size_t n)
{
	size_t i, b;
	uint32_t cp;

	for (i = 1; i + 2 < n; i++) {
		if ((s[i] != '.' && s[i] != '!' && s[i] != '?') || s[i + 1] != ' ')
			continue;
		char_at(s, n, i + 2, &cp);
		if (!vn_is_upper(cp))
			continue;
		for (b = i; b > 0 && s[b - 1] != ' '; b--)
			;
		if (i - b >= 2 && count_words(s + b, i - b, 2) == 1) {
			size_t j;
			bool capitals = true;
			for (j = b; j < i; j += char_at(s, i, j, &cp))
				if (vn_is_lower(cp))
					capitals = false;
			if (!capitals)
				return true;
		}
	}
	return false;
}

static bool is_prose(const char *s, size_t n, int words)
{
	char e = end_mark(s, n);

	return words >= PROSE_WORDS || e == '.' || e == 'e' || e == ';' || e == ':' ||
	       ((e == '!' || e == '?') && (words > 25 || interview_turn(s, n))) || (words >= 12 && inner_sentence(s, n));
}

/* A capital, a digit or an opening quote first. */
static bool title_start(const char *s, size_t n)
{
	uint32_t cp;

	char_at(s, n, 0, &cp);
	return vn_is_upper(cp) || vn_is_digit((int)cp) || cp == '"' || cp == 0x201C || cp == '(' ||
	       cp == 0x2018;
}

/* The words of a caption, told by its place, not by a credit: what people do
 * in a news photo, and where. */
static const char *const caption_words[] = {
	"phát biểu", "trao", "tặng", "chủ trì", "tham dự", "dự hội nghị", "dự lễ", "thăm",
	"kiểm tra", "làm việc", "chụp ảnh", "lưu niệm", "toàn cảnh", "quang cảnh", "ký kết",
	"trình bày", "chúc mừng", "động viên", "tham quan", "khảo sát", "thảo luận", "cắt băng",
	"dâng hương", "hội đàm", "nhận bằng khen", "nhận giấy khen", "nhận cờ", "nhận huân chương",
	"nhận danh hiệu", "nhận huy hiệu", "nhận quà", "nhận hoa", "tại hội nghị", "tại buổi",
	"tại lễ",
};
static struct phrase_list caption_list = PHRASE_LIST(caption_words);
/* Or who: a caption names the person first. */
static const char *const caption_subjects[] = {"đồng chí", "ông", "bà", "lãnh đạo", "đại diện", "các đại biểu"};
static struct phrase_list subject_list = PHRASE_LIST(caption_subjects);

static bool caption_cue(const char *s, size_t n)
{
	size_t i, k;

	if (match_list(s, n, 0, &subject_list, NULL))
		return true;
	for (i = 0; i < n; i += k) {
		if (match_list(s, n, i, &caption_list, NULL))
			return true;
		/* on to the next word */
		while (i < n && (k = vn_word_char_len(s + i, n - i)))
			i += k;
		k = 1;
	}
	return false;
}

/* What says a photo is there without naming who took it, at the start of a
 * line or in brackets at its end: "Ảnh minh họa", "(Ảnh tư liệu)". */
static const char *const photo_notes[] = {"ảnh minh họa", "ảnh minh hoạ", "ảnh tư liệu"};

static bool photo_note(const char *s, size_t n)
{
	size_t k, e = n && s[n - 1] == ')' ? n - 1 : n, i;

	for (k = 0; k < NELEM(photo_notes); k++) {
		if (match_phrase(s, n, 0, photo_notes[k]))
			return true;
		i = e > strlen(photo_notes[k]) ? e - strlen(photo_notes[k]) - 1 : 0;
		if (e < n && i < e && s[i] == '(' && match_phrase(s, e, i + 1, photo_notes[k]) == e)
			return true;
	}
	return false;
}

/* The labels of a photo credit, at most three words. */
static const char *const credit_labels[] = {
	"ảnh", "nguồn ảnh", "ảnh minh họa", "ảnh minh hoạ", "ảnh tư liệu",
};

/* The end of a credit's label at s + i, the longest that stands there; 0 for none. */
static size_t credit_label_end(const char *s, size_t n, size_t i)
{
	size_t k, e, end = 0;

	for (k = 0; k < NELEM(credit_labels); k++)
		if ((e = match_phrase(s, n, i, credit_labels[k])) > end)
			end = e;
	return end;
}

/* "Ảnh: Mai Hoa", "(Ảnh: Đồng Thúy/TTXVN)", "Nguồn ảnh: TTXVN", "Ảnh minh
 * họa: ubkttw.vn" at s + i: the end of its label and mark, where what it
 * names begins; or 0. */
static size_t credit_label(const char *s, size_t n, size_t i)
{
	size_t e = credit_label_end(s, n, i), k;

	if (!e)
		return 0;
	e = vn_skip_spaces(s, n, e);
	if (e < n && s[e] == ':')
		e++;
	else if ((k = vn_dash_len(s + e, n - e)))
		e += k;
	else
		return 0;
	return vn_skip_spaces(s, n, e);
}

/* What a credit names, s[from..n): short, no sentence in it. */
static bool credit_names_ok(const char *s, size_t from, size_t n)
{
	size_t i;

	if (from >= n || n - from > CREDIT_MAX || count_words(s + from, n - from, 9) > 8)
		return false;
	for (i = from; i < n; i++)
		if (s[i] == ':' || s[i] == ';' || s[i] == '!' || s[i] == '?')
			return false;
	return !inner_sentence(s + from, n - from);
}

/* Where what the credit that begins at s + from names ends: before a final
 * full stop, and before a closing bracket unless the credit opened it
 * ("(Ảnh: TTXVN)", but "Ảnh: Quang Minh (TTXVN)"). */
static size_t credit_end(const char *s, size_t n, size_t from)
{
	n = vn_skip_spaces_back(s, n);
	if (n > from && s[n - 1] == '.')
		n--;
	if (n > from && s[n - 1] == ')' && !memchr(s + from, '(', n - from))
		n--;
	return vn_skip_spaces_back(s, n);
}

/* Whether s[0..q) ends with a dash or a bar. */
static bool dash_before(const char *s, size_t q)
{
	return (q >= 1 && (s[q - 1] == '-' || s[q - 1] == '|')) || (q >= 3 && vn_dash_len(s + q - 3, 3) == 3);
}

/* Where a credit whose label ends at the mark at q begins: "Ảnh:",
 * "ẢNH:", "Ảnh -", "Nguồn ảnh:", "Ảnh minh họa:" before it, the label of
 * the most words; or (size_t)-1. */
static size_t label_before(const char *s, size_t q)
{
	/* The last bytes the labels end with, either case: from the table, on first use. */
	static bool last_byte[256], ready;
	size_t w, found = (size_t)-1, k;
	int words;

	if (!ready) {
		for (k = 0; k < NELEM(credit_labels); k++) {
			size_t len = strlen(credit_labels[k]), c, ncaps;
			uint32_t cp, caps[2];
			char bytes[4];
			int e = u8_decode_back((const unsigned char *)credit_labels[k], len, &cp);
			last_byte[(unsigned char)credit_labels[k][len - 1]] = true;
			for (ncaps = e > 0 ? vn_capitals(cp, caps) : 0, c = 0; c < ncaps; c++)
				last_byte[(unsigned char)bytes[u8_encode(caps[c], bytes) - 1]] = true;
		}
		ready = true;
	}
	q = w = vn_skip_spaces_back(s, q);
	if (!q || !last_byte[(unsigned char)s[q - 1]])
		return (size_t)-1;
	/* The word that ends there, then the two before it. */
	while (w > 0 && (k = vn_word_char_len_back(s, w)))
		w -= k;
	for (words = 0; words < 3 && w != (size_t)-1 && w < q; words++, w = word_before(s, w))
		if (credit_label_end(s, q, w) == q)
			found = w;
	return found;
}

/* Whether the credit that begins at i stands where a credit may: at the
 * start, after a bracket, after the end of a sentence or a dash, or in
 * capitals ("ẢNH: NHẬT BẮC"), which needs no mark before it. */
static bool credit_place(const char *s, size_t n, size_t i)
{
	size_t q;

	if (i == 0 || s[i - 1] == '(' || (s[i - 1] == ' ' && n - i >= 6 && memcmp(s + i + 3, "NH", 2) == 0))
		return true;
	q = vn_skip_spaces_back(s, i);
	return q < i && (end_mark(s, q) || dash_before(s, q));
}

/* Where a photo credit at the end of s begins ("... năm 2019. Ảnh: Mai Hoa",
 * "... hội nghị (Ảnh: TTXVN)", "... - Ảnh: NGỌC AN"), or n when there is none.
 * Its label's mark (a colon or a dash) is looked for near the end, the label
 * read back from there; the last credit that names a few words is taken. */
static size_t credit_start(const char *s, size_t n)
{
	size_t from = n > CREDIT_MAX + 16 ? n - CREDIT_MAX - 16 : 0, found = n, i, e, end, k;
	const char *p;

	static const unsigned char marks[] = {':', '-', 0xE2};

	for (k = 0; k < NELEM(marks); k++)
		for (p = s + from; (p = memchr(p, marks[k], (size_t)(s + n - p))); p++) {
			/* E2 begins the en and em dashes, and quotes too. */
			if (marks[k] == 0xE2 && vn_dash_len(p, (size_t)(s + n - p)) != 3)
				continue;
			if ((i = label_before(s, (size_t)(p - s))) == (size_t)-1 || (found < n && i < found))
				continue;
			end = credit_end(s, n, i);
			if ((e = credit_label(s, end, i)) && credit_names_ok(s, e, end) && credit_place(s, n, i))
				found = i;
		}
	return found;
}

/* The source a paper prints before its lead: "(Baonghean.vn)", "(ĐCSVN)";
 * bare, an agency in capitals ("TTXVN", "ĐTO", "NDO", "VOV.VN") or a site
 * ("Baonghean.vn"): whether s[0..n) is one. */
static bool source_name(const char *s, size_t n, bool bracketed)
{
	size_t i, upper = 0, dot = 0;
	bool lower = false;
	uint32_t cp;

	if (!n || n > LEADIN_MAX)
		return false;
	char_at(s, n, 0, &cp);
	if (!vn_is_letter(cp))
		return false;
	if (bracketed)
		return count_words(s, n, 5) <= 4 && !memchr(s, '(', n);
	for (i = 0; i < n; i += char_at(s, n, i, &cp)) {
		char_at(s, n, i, &cp);
		if (cp == '.')
			dot = i;
		else if (vn_is_upper(cp))
			upper++;
		else if (vn_is_lower(cp))
			lower = true;
		else if (!vn_is_digit((int)cp) && cp != '+')
			return false;
	}
	/* An agency in capitals, or a site: a name, a dot, two to four letters. */
	if (!lower)
		return upper >= 2;
	return dot > 1 && n - dot - 1 >= 2 && n - dot - 1 <= 4;
}

/* A dash between the lead-in and the lead, with its spaces: its end, or 0. */
static size_t leadin_dash(const char *s, size_t n, size_t i)
{
	size_t k;

	i = vn_skip_spaces(s, n, i);
	if (!(k = vn_dash_len(s + i, n - i)))
		return 0;
	k = vn_skip_spaces(s, n, i + k);
	return k > i + vn_dash_len(s + i, n - i) && k < n ? k : 0;
}

/* A paper's or a station's name before the dash of a lead-in, its word
 * and up to four capitalised words ("Báo Quảng Ninh -", "Đài PT-TH Hà
 * Tĩnh -"): the end of its name, or 0. */
static size_t paper_name(const char *s, size_t n)
{
	static const char *const kinds[] = {"báo", "tạp chí", "đài", "cổng thông tin điện tử", "truyền hình"};
	size_t i = 0, end, k, words;
	uint32_t cp;

	for (k = 0; k < NELEM(kinds) && !(i = match_phrase(s, n, 0, kinds[k])); k++)
		;
	if (!i || !vn_is_upper(char_at(s, n, 0, &cp) ? cp : 0))
		return 0;
	for (end = 0, words = 0; words < 5; words++) {
		i = vn_skip_spaces(s, n, i);
		if (i >= n || vn_dash_len(s + i, n - i) || !char_at(s, n, i, &cp) || !vn_is_upper(cp))
			break;
		/* a word, dashes inside it too ("PT-TH") */
		while (i < n && ((k = vn_word_char_len(s + i, n - i)) ||
				 (s[i] == '-' && i + 1 < n && s[i + 1] != ' ' && (k = 1))))
			i += k;
		end = i;
	}
	/* the lead after the dash opens with a capital, not "Báo Nhân Dân -
	 * cơ quan ngôn luận của Đảng" */
	return end && end <= LEADIN_MAX && (i = leadin_dash(s, n, end)) && char_at(s, n, i, &cp) && vn_is_upper(cp)
		       ? end
		       : 0;
}

size_t meta_leadin(const char *s, size_t n, size_t *src, size_t *len)
{
	size_t i = 0, j, e, words = 0, head = n < LEADIN_MAX * 2 ? n : LEADIN_MAX * 2;
	uint32_t cp;

	/* No dash near the start, no lead-in: most paragraphs end here. */
	if (!memchr(s, '-', head) && !memchr(s, 0xE2, head))
		return 0;
	/* A dateline: a few capitalised words before a bracket, and the day
	 * after a comma ("Hà Nội, 12/1 (TTXVN) -"). */
	while (i < n && s[i] != '(' && words < 5) {
		char_at(s, n, i, &cp);
		if (!vn_is_upper(cp))
			break;
		while (i < n && (j = vn_word_char_len(s + i, n - i)))
			i += j;
		words++;
		if (i < n && s[i] == ',') {
			for (i = vn_skip_spaces(s, n, i + 1); i < n && (vn_is_digit(s[i]) || s[i] == '/' || s[i] == '-'); i++)
				;
			i = vn_skip_spaces(s, n, i);
			break;
		}
		i = vn_skip_spaces(s, n, i);
	}
	if (i >= n || s[i] != '(')
		i = 0;
	if (s[i] == '(') {
		const char *close = memchr(s + i, ')', n - i < LEADIN_MAX + 2 ? n - i : LEADIN_MAX + 2);
		if (!close || !source_name(s + i + 1, (size_t)(close - s) - i - 1, true))
			return 0;
		*src = i + 1;
		*len = (size_t)(close - s) - i - 1;
		return leadin_dash(s, n, (size_t)(close - s) + 1);
	}
	if ((j = paper_name(s, n))) {
		*src = 0;
		*len = j;
		return leadin_dash(s, n, j);
	}
	for (j = 0; j < n && !vn_space_len(s + j, n - j) && !vn_dash_len(s + j, n - j); j++)
		;
	if (!(e = leadin_dash(s, n, j)) || !source_name(s, j, false))
		return 0;
	*src = 0;
	*len = j;
	return e;
}

size_t meta_lead_start(const char *s, size_t n)
{
	size_t i = 0, j, src, len, words = 0;
	uint32_t cp;

	if ((j = meta_leadin(s, n, &src, &len)))
		return j;
	/* "QUẢNG TRỊ - ": words in capitals throughout, then the dash */
	while (i < n && words < 4) {
		for (j = i; j < n && !vn_space_len(s + j, n - j) && !vn_dash_len(s + j, n - j); j += char_at(s, n, j, &cp))
			if (char_at(s, n, j, &cp), !vn_is_upper(cp))
				return 0;
		if (j == i)
			break;
		words++;
		if ((len = leadin_dash(s, n, j)))
			return j - i > 1 || words > 1 ? len : 0;
		i = vn_skip_spaces(s, n, j);
	}
	return 0;
}

/* Where what follows a label of s ends it: "Nguồn: X", "Theo X", "Bài và
 * ảnh: X"; colon optional when colon is false. Returns where X begins, or 0. */
static size_t after_label(const char *s, size_t n, const char *label, bool colon)
{
	size_t e = match_phrase(s, n, 0, label);

	if (!e)
		return 0;
	e = vn_skip_spaces(s, n, e);
	if (e < n && s[e] == ':')
		e = vn_skip_spaces(s, n, e + 1);
	else if (colon)
		return 0;
	return e < n ? e : 0;
}

/* ---- Names in bylines and credits ---- */

struct names {
	struct piece name[NAMES_MAX];
	int n;
	struct piece agency; /* len 0: none */
};

static struct piece trimmed(const char *s, size_t n)
{
	size_t i = vn_skip_spaces(s, n, 0), end = vn_skip_spaces_back(s, n);

	/* all spaces: nothing, not a length below zero */
	return (struct piece){s + i, end > i ? end - i : 0};
}

/* A source or a byline as its value: without a final full stop, nor a
 * closing bracket that closes nothing in it. */
static struct piece value_of(const char *s, size_t n)
{
	struct piece v = trimmed(s, n);

	for (;;)
		if (v.len && v.s[v.len - 1] == '.')
			v = trimmed(v.s, v.len - 1);
		else if (v.len && v.s[v.len - 1] == ')' && !memchr(v.s, '(', v.len))
			v = trimmed(v.s, v.len - 1);
		else
			return v;
}

/* A word of s at i that parts two names: "-", "–", "&", "và"; its end or 0. */
static size_t name_separator(const char *s, size_t n, size_t i)
{
	size_t k;

	if ((k = vn_dash_len(s + i, n - i)) || (i < n && s[i] == '&' && (k = 1)))
		return i + k < n && !vn_space_len(s + i + k, n - i - k) ? 0 : i + k;
	return match_phrase(s, n, i, "và");
}

/* Where the part of a list of names that begins at i ends; *next is where
 * the one after it begins, n when none does. */
static size_t part_end(const char *s, size_t n, size_t i, size_t *next)
{
	size_t k;

	for (; i < n; i++) {
		if (s[i] == ',' || s[i] == ';') {
			*next = i + 1;
			return i;
		}
		if ((i == 0 || s[i - 1] == ' ') && (k = name_separator(s, n, i))) {
			*next = k;
			return i;
		}
	}
	*next = n;
	return n;
}

/* Whether every word of s starts with a capital, "và" aside: what a line of
 * names is, and most lines are not (looked at before the names are read). */
static bool all_capitalised(const char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		if (b == ' ') {
			i++;
			continue;
		}
		if ((b >= 'a' && b <= 'z' && !(match_phrase(s, n, i, "và"))) ||
		    (b >= 0x80 && char_at(s, n, i, &cp) && vn_is_lower(cp)))
			return false;
		while (i < n && s[i] != ' ')
			i++;
	}
	return true;
}

/* Whether s[0..n) is one to most words, each beginning with a capital,
 * parted by spaces alone. */
static bool capitalised_words(const char *s, size_t n, int most)
{
	size_t i = vn_skip_spaces(s, n, 0);
	uint32_t cp;
	int words = 0;

	if (i == 0 || i >= n)
		return false;
	while (i < n) {
		if (++words > most || !char_at(s, n, i, &cp) || !vn_is_upper(cp))
			return false;
		while (i < n && s[i] != ' ')
			if (!vn_word_char_len(s + i, n - i))
				return false;
			else
				i += vn_word_char_len(s + i, n - i);
		i = vn_skip_spaces(s, n, i);
	}
	return true;
}

/* Whether s[0..n) is a writer's initials: two to four capitals, each but
 * the last with a point after it, a space after a point or not ("Đ.T",
 * "H.Y", "N.V.A."). */
static bool initials(const char *s, size_t n)
{
	size_t i = 0, k;
	uint32_t cp;
	int letters = 0;

	while (i < n) {
		if (!(k = char_at(s, n, i, &cp)) || !vn_is_upper(cp) || ++letters > 4)
			return false;
		i += k;
		if (i < n && s[i] != '.')
			return false;
		if (i < n)
			i = vn_skip_spaces(s, n, i + 1);
	}
	return letters >= 2;
}

/* The words a body that signs a byline after a dash begins with: "Minh
 * Anh - Trung tâm Truyền thông huyện", whose name has small letters. */
static const char *const signing_bodies[] = {
	"trung tâm", "đài", "báo", "cổng thông tin", "phòng", "ban", "văn phòng", "tạp chí", "hội",
	"ủy ban", "ubnd", "huyện ủy", "thành ủy", "tỉnh ủy", "đảng ủy", "bộ chỉ huy", "công an",
};
static struct phrase_list signing_body_list = PHRASE_LIST(signing_bodies);

/* Whether s[0..n) is the name of a body that signs alone, a capital
 * first: a signing body's words, then at most six more, each a capital
 * first, the syllable after one, or a word of a body's name in small
 * letters ("Văn phòng Đảng ủy xã", "Ban Tuyên giáo Huyện ủy", "Trung tâm
 * Văn hóa - Thông tin huyện"); no sentence ("Ban Tuyên giáo tổng kết năm
 * 2025"). */
static bool signing_body_alone(const char *s, size_t n)
{
	static const char *const small[] = {
		"ủy", "uỷ", "xã", "huyện", "tỉnh", "phường", "quận", "thị", "trấn", "thành", "phố", "và", "nhân", "dân", "-", "–",
	};
	size_t i, k, w, len;
	uint32_t cp;
	int words = 0;
	bool after_capital = false;

	if (!char_at(s, n, 0, &cp) || !vn_is_upper(cp) || !(i = match_list(s, n, 0, &signing_body_list, NULL)))
		return false;
	for (i = vn_skip_spaces(s, n, i); i < n; i = vn_skip_spaces(s, n, i + len)) {
		for (len = 0; i + len < n && s[i + len] != ' '; len++)
			;
		if (++words > 6)
			return false;
		if (char_at(s, n, i, &cp) && vn_is_upper(cp)) {
			after_capital = true;
			continue;
		}
		/* the second syllable of a word: "Tuyên giáo", "Văn hóa" */
		if (after_capital) {
			after_capital = false;
			continue;
		}
		for (k = 0; k < NELEM(small); k++)
			if ((w = strlen(small[k])) == len && !memcmp(s + i, small[k], w))
				break;
		if (k == NELEM(small))
			return false;
	}
	return words > 0;
}

/* Where s[0..n) ends before a spaced dash and a body that signs it (into
 * *body); n when none does. */
static size_t body_after_dash(const char *s, size_t n, struct piece *body)
{
	size_t i, k, from;
	uint32_t cp;

	for (i = n; i-- > 1;)
		if (s[i - 1] == ' ' && (k = vn_dash_len(s + i, n - i)) && (from = vn_skip_spaces(s, n, i + k)) > i + k &&
		    from < n && char_at(s, n, from, &cp) && vn_is_upper(cp) && match_list(s, n, from, &signing_body_list, NULL)) {
			*body = trimmed(s + from, n - from);
			return i;
		}
	return n;
}

/* Reads s[0..n) as the names of a byline or a credit: persons (after a
 * title, "TS.", "Đại tá") parted by ",", ";", "-", "&" or "và", and an agency
 * in brackets at the end, after a slash, or as the last part when it is no
 * person: "Đồng Thúy (TTXVN)", "Minh Anh/TTXVN", "Hằng Nga - Minh Anh",
 * "PGS, TS NGUYỄN VĂN A". False when a part is no person. */
static bool read_names(const char *s, size_t n, struct names *out)
{
	struct piece all = trimmed(s, n);
	const char *slash, *open;
	size_t i, next;

	out->n = 0;
	out->agency.len = 0;
	s = all.s, n = all.len;
	if (!n || n > SHORT_MAX)
		return false;
	/* "PGS, TS NGUYỄN VĂN A": the title is no part of the name. */
	i = names_byline_title(s, n);
	s += i, n -= i;
	if (s[n - 1] == ')' && (open = memchr(s, '(', n))) {
		uint32_t cp;
		out->agency = trimmed(open + 1, (size_t)(s + n - 1 - open - 1));
		n = (size_t)(open - s);
		/* "Hoàng Anh (thực hiện)", "(tổng hợp)": a note, no agency */
		if (out->agency.len && char_at(out->agency.s, out->agency.len, 0, &cp) && vn_is_lower(cp))
			out->agency.len = 0;
	} else if ((slash = memchr(s, '/', n))) {
		struct piece before = trimmed(s, (size_t)(slash - s)), after = trimmed(slash + 1, (size_t)(s + n - slash - 1));
		/* "Đồng Thúy/TTXVN", or the agency first: "VGP/Nhật Bắc". */
		if (!memchr(before.s, ' ', before.len) && !names_is_person(before.s, before.len) &&
		    names_is_person(after.s, after.len)) {
			out->agency = before;
			s = after.s, n = after.len;
		} else {
			out->agency = after;
			n = (size_t)(slash - s);
		}
	}
	if (!out->agency.len)
		n = body_after_dash(s, n, &out->agency);
	if (!all_capitalised(s, n))
		return false;
	for (i = 0; i < n; i = next) {
		struct piece part = trimmed(s + i, part_end(s, n, i, &next) - i);
		size_t title = names_byline_title(part.s, part.len);
		part.s += title, part.len -= title;
		if (!part.len)
			continue;
		/* "Mai Anh - Lào Cai": the province the writer reports from, last */
		if (next >= n && out->n && names_is_province(part.s, part.len))
			continue;
		if (names_is_person(part.s, part.len) && out->n < NAMES_MAX)
			out->name[out->n++] = part;
		else if (next >= n && out->n && !out->agency.len)
			out->agency = part; /* "Minh Anh - TTXVN": the agency, last */
		else
			return false;
	}
	return out->n > 0;
}

/* ---- Near-duplicates: a caption printed as the photo's alt text and again under it ---- */

static unsigned word_hash(const char *s, size_t n, size_t *i)
{
	unsigned h = 2166136261u;
	uint32_t cp;
	size_t k, j = *i; /* in a local: no store through i at each byte */

	for (;;) {
		unsigned char b = j < n ? (unsigned char)s[j] : 0;
		/* ASCII letters and digits at once; the rest decoded and lowered. */
		if ((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) {
			h = (h ^ (b | (b >= 'A' ? 0x20u : 0))) * 16777619u;
			j++;
			continue;
		}
		if (b < 0x80 || !(k = vn_word_char_len(s + j, n - j))) {
			*i = j;
			return h;
		}
		char_at(s, n, j, &cp);
		h = (h ^ vn_to_lower(cp)) * 16777619u;
		j += k;
	}
}

/* The hash of each pair of words in a row, a bit each: two lines that share
 * most of their pairs say the same thing. */
struct pairs {
	unsigned long long bits[8];
	int n;
};

static void read_pairs(const char *s, size_t n, struct pairs *p)
{
	unsigned prev = 0, h, b;
	size_t i = 0;

	memset(p, 0, sizeof *p);
	while (i < n) {
		if (!vn_word_char_len(s + i, n - i)) {
			i++;
			continue;
		}
		h = word_hash(s, n, &i);
		if (prev) {
			b = (prev * 31u + h) % 512u;
			if (!(p->bits[b / 64] >> (b % 64) & 1))
				p->n++;
			p->bits[b / 64] |= 1ull << (b % 64);
		}
		prev = h;
	}
}

/* The first three words, folded, compared: pairs that differ there are no
 * near-duplicates, and most lines are told apart by them alone. */
static bool same_start(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0;
	int w;

	for (w = 0; w < 3; w++) {
		while (i < an && !vn_word_char_len(a + i, an - i))
			i++;
		while (j < bn && !vn_word_char_len(b + j, bn - j))
			j++;
		if ((i < an) != (j < bn) || word_hash(a, an, &i) != word_hash(b, bn, &j))
			return false;
	}
	return true;
}

/* 1: the same words in the same order; 2: nearly (seven pairs of words in
 * ten shared); 0: neither. */
static int near_duplicates(const char *a, size_t an, const char *b, size_t bn)
{
	struct pairs pa, pb;
	int common = 0, k;

	/* Twins begin with the same bytes (their capitals too): most lines are
	 * told apart by four bytes, before their words are read. */
	if (an > NEAR_MAX || bn > NEAR_MAX || an * 10 < bn * 6 || bn * 10 < an * 6 || an < 4 || bn < 4 ||
	    memcmp(a, b, 4) != 0 || !same_start(a, an, b, bn))
		return 0;
	if (an == bn && memcmp(a, b, an) == 0)
		return 1; /* the same bytes: no need to read the words */
	read_pairs(a, an, &pa);
	read_pairs(b, bn, &pb);
	for (k = 0; k < 8; k++)
		for (unsigned long long both = pa.bits[k] & pb.bits[k]; both; both &= both - 1)
			common++;
	if (pa.n < 2 || pb.n < 2)
		return 0;
	if (common == pa.n && common == pb.n && an * 10 <= bn * 11 && bn * 10 <= an * 11)
		return 1;
	return common * 10 >= (pa.n > pb.n ? pa.n : pb.n) * 7 ? 2 : 0;
}

/* ---- What each line is, by itself ---- */

static const char *text_of(const struct meta *m, const struct meta_held *h)
{
	return m->pool + h->at;
}

/* The k-th line held, from the oldest. */
static struct meta_held *held_at(struct meta *m, size_t k)
{
	return &m->held[(m->first + k) % META_HELD];
}

static void pop(struct meta *m)
{
	m->last_shape = held_at(m, 0)->shape;
	m->first = (m->first + 1) % META_HELD;
	m->count--;
}

/* The shapes of a line that is short: a credit alone, a byline, a source
 * line, "Theo X", names alone. */
static unsigned short_shape(const char *s, size_t n, bool prose, int words, size_t *cut)
{
	/* "(Ảnh: VOV)", "(Nguồn: TTXVN)" */
	size_t o = n > 2 && s[0] == '(' && s[n - 1] == ')' ? 1 : 0;
	struct names names;
	uint32_t cp;
	size_t e;
	bool photo, names_only;

	if (n > SHORT_MAX)
		return 0;
	if ((e = credit_label(s, n, o)) && credit_names_ok(s, e, credit_end(s, n, o))) {
		*cut = e;
		return SHAPE_CREDIT_ONLY;
	}
	if ((e = byline_label(s, n, &photo, &names_only)) &&
	    (names_only ? read_names(s + e, n - e, &names) : count_words(s + e, n - e, 9) <= 8)) {
		*cut = e;
		return SHAPE_BYLINE | (photo ? SHAPE_PHOTO_BYLINE : 0);
	}
	/* "Nguồn Cổng TTĐT", "Nguồn: baochinhphu.vn", never "Nguồn vốn ...". */
	if ((e = after_label(s + o, n - o, "nguồn tin", true)) || (e = after_label(s + o, n - o, "nguồn", false))) {
		e += o;
		char_at(s, n, e, &cp);
		if ((vn_is_upper(cp) || memchr(s, ':', e)) && count_words(s + e, n - e, 11) <= 10) {
			*cut = e;
			return SHAPE_SOURCE;
		}
	}
	/* "BÁO NGHỆ AN", "Báo Nhân Dân": a paper's name alone, each word a capital first;
	 * "Văn phòng Đảng ủy xã", "Ban Tuyên giáo Huyện ủy": a body that signs alone */
	if (!o && (e = match_phrase(s, n, 0, "báo")) && (unsigned char)s[0] == 'B' && capitalised_words(s + e, n - e, 5)) {
		*cut = 0;
		return SHAPE_SOURCE;
	}
	if (!o && !prose && signing_body_alone(s, n)) {
		*cut = 0;
		return SHAPE_SOURCE;
	}
	/* "(TTXVN/Vietnam+)": an agency alone in brackets, after a slash or not. */
	if (o) {
		const char *slash = memchr(s, '/', n);
		size_t agency = (size_t)((slash ? slash : s + n - 1) - s) - 1;
		if (source_name(s + 1, agency, false)) {
			*cut = 1;
			return SHAPE_SOURCE;
		}
	}
	/* "Theo TTXVN", "Theo Thanh Hà (Báo Đồng Tháp)", "(Theo VOV)", never "Theo đó, ...". */
	if (n > 5 + o && memcmp(s + o, "Theo ", 5) == 0) {
		e = vn_skip_spaces(s, n, 5 + o);
		char_at(s, n, e, &cp);
		/* X a name, or a site ("Theo ubkttw.vn"). */
		if ((vn_is_upper(cp) || source_name(s + e, (size_t)(value_of(s + e, n - e).len), false)) &&
		    count_words(s + e, n - e, 11) <= 10 && (!prose || count_words(s, n, 7) <= 6)) {
			*cut = e;
			return SHAPE_THEO;
		}
	}
	/* Names: a few words, a capital first (most lines end here). */
	if (words > 3 * NAMES_MAX || (unsigned char)s[0] < 'A' || ((unsigned char)s[0] >= 'a' && (unsigned char)s[0] <= 'z'))
		return 0;
	return read_names(s, n, &names) || initials(s, n) ? SHAPE_NAMES : 0;
}

static void read_shape(struct meta *m, struct meta_held *h, const char *s, size_t n)
{
	size_t credit, k;
	int limit;

	h->shape = 0;
	h->label = NULL;
	h->cut = h->source = h->source_len = 0;
	h->pair = false;
	h->words = 0;
	if ((h->label = chrome_label(m->chrome, s, n))) {
		h->shape = SHAPE_CHROME;
		return;
	}
	if (stamp_line(s, n, h->stamp)) {
		h->shape = SHAPE_STAMP;
		return;
	}
	if (n >= 2 && s[0] == '=' && s[1] == '=') {
		h->shape = SHAPE_HEADING;
		return;
	}
	/* Words matter as far as a rule needs them: a line with a credit is a
	 * caption (a twin's 5 words), one that ends a sentence a paragraph (a
	 * byline's 25 if it is short); a line of 640 bytes is a paragraph. */
	credit = credit_start(s, n);
	limit = credit < n ? CAPTION_MIN : end_mark(s, n) != '.' ? PROSE_WORDS
			 : n > SHORT_MAX ? CAPTION_MIN : 3 * NAMES_MAX + 1;
	h->words = n >= PROSE_BYTES ? PROSE_WORDS : count_words(s, n, limit);
	if (credit < n)
		;
	else if (is_prose(s, n, h->words))
		h->shape = SHAPE_PROSE;
	else if (h->words <= TITLE_MAX && title_start(s, n) && lettered_words(s, n, TITLE_WORDS) == TITLE_WORDS)
		h->shape = SHAPE_TITLE;
	if ((h->shape |= short_shape(s, n, h->shape & SHAPE_PROSE, h->words, &h->cut)) & SHAPES_FOOTER)
		return;
	if (credit < n) {
		h->shape |= SHAPE_CREDIT;
		h->cut = credit;
	} else if ((h->shape & SHAPE_PROSE) && (k = meta_leadin(s, n, &h->source, &h->source_len))) {
		h->shape |= SHAPE_LEADIN;
		h->cut = k;
	}
	if (after_label(s, n, "trong ảnh", true) || photo_note(s, n) ||
	    ((!(h->shape & SHAPE_PROSE) || (h->words <= VIEW_WORDS && end_mark(s, n) == '.')) &&
	     h->words <= VIEW_WORDS && (match_phrase(s, n, 0, "toàn cảnh") || match_phrase(s, n, 0, "quang cảnh"))))
		h->shape |= SHAPE_IN_PHOTO;
	if (!(h->shape & (SHAPE_PROSE | SHAPE_CREDIT)) && caption_cue(s, n))
		h->shape |= SHAPE_CUE;
}

/* ---- Findings ---- */

static void emit(struct meta *m, const struct meta_held *h, enum meta_kind kind, struct piece value,
		 struct piece text)
{
	struct meta_found f = {h->line, kind, value, text};

	m->found(&f, m->ctx);
}

static struct piece line_of(const struct meta *m, const struct meta_held *h)
{
	return (struct piece){text_of(m, h), h->len};
}

static void emit_body(struct meta *m, const struct meta_held *h, size_t from)
{
	if (m->body && !h->streamed)
		m->body(h->line, text_of(m, h) + from, h->len - from, m->ctx);
}

/* Each name, capitalised as a name. */
static void emit_names(struct meta *m, const struct meta_held *h, enum meta_kind kind,
		       const struct names *names, struct piece text)
{
	int i;

	for (i = 0; i < names->n; i++) {
		names_capitalise(names->name[i].s, names->name[i].len, m->name);
		emit(m, h, kind, (struct piece){m->name, names->name[i].len}, text);
	}
}

/* A credit's names s[from..to): each person, or what it names as it stands
 * ("TTXVN", "Tư liệu") without an agency after a slash. */
static void read_credit(struct meta_credit *c, const char *x, size_t n)
{
	struct names names;
	const char *slash;
	struct piece v;
	size_t at = 0;
	int k;

	memcpy(c->said, x, n);
	c->said_len = n;
	c->n = 0;
	if (read_names(x, n, &names)) {
		for (k = 0; k < names.n; at += names.name[k++].len) {
			names_capitalise(names.name[k].s, names.name[k].len, c->values + at);
			c->len[c->n++] = names.name[k].len;
		}
		return;
	}
	if ((slash = memchr(x, '/', n)) && slash > x)
		n = (size_t)(slash - x);
	v = value_of(x, n);
	memcpy(c->values, v.s, v.len);
	c->len[c->n++] = v.len;
}

static void emit_credit(struct meta *m, const struct meta_held *h, size_t from, size_t to,
			struct piece text)
{
	struct meta_credit *c = &m->credit;
	const char *x = text_of(m, h) + from;
	size_t at = 0;
	int k;

	/* What a credit names is at most CREDIT_MAX bytes (credit_names_ok). */
	if (to - from != c->said_len || memcmp(x, c->said, c->said_len) != 0)
		read_credit(c, x, to - from);
	for (k = 0; k < c->n; at += c->len[k++])
		emit(m, h, META_CREDIT, (struct piece){c->values + at, c->len[k]}, text);
}

/* A byline's names from s + from: the authors, the agency a source. A
 * byline that names no person names its author as it stands. */
static void emit_byline(struct meta *m, const struct meta_held *h, size_t from, bool photo)
{
	const char *s = text_of(m, h);
	struct piece x = value_of(s + from, h->len - from), line = line_of(m, h);
	struct names names;

	if (!read_names(x.s, x.len, &names)) {
		emit(m, h, META_AUTHOR, x, line);
		return;
	}
	emit_names(m, h, META_AUTHOR, &names, line);
	if (photo)
		emit_names(m, h, META_CREDIT, &names, line);
	if (names.agency.len)
		emit(m, h, META_SOURCE, names.agency, line);
}

/* A byline or source line: "Hằng Nga", "Theo X" (X's authors and agency
 * when X names persons, else X the source), "Nguồn: X". */
static void emit_signed(struct meta *m, const struct meta_held *h)
{
	const char *s = text_of(m, h);
	struct piece x = value_of(s + h->cut, h->len - h->cut);
	struct names names;

	if (h->shape & SHAPE_NAMES)
		emit_byline(m, h, 0, false);
	else if ((h->shape & SHAPE_THEO) && read_names(x.s, x.len, &names))
		emit_byline(m, h, h->cut, false);
	else
		emit(m, h, META_SOURCE, x, line_of(m, h));
}

/* Where a caption ends before its credit: before the spaces, an opening
 * bracket, a dash or a bar. */
static size_t caption_end(const char *s, size_t end)
{
	for (;;) {
		end = vn_skip_spaces_back(s, end);
		if (end && (s[end - 1] == '(' || s[end - 1] == '|' || s[end - 1] == '-'))
			end--;
		else if (end >= 3 && vn_dash_len(s + end - 3, 3) == 3)
			end -= 3;
		else
			return end;
	}
}

/* The caption without its credit, then the credit. */
static void emit_caption(struct meta *m, const struct meta_held *h)
{
	const char *s = text_of(m, h);
	size_t to;

	if (!(h->shape & SHAPE_CREDIT)) {
		emit(m, h, META_CAPTION, line_of(m, h), line_of(m, h));
		return;
	}
	if (caption_end(s, h->cut))
		emit(m, h, META_CAPTION, (struct piece){s, caption_end(s, h->cut)}, line_of(m, h));
	to = credit_end(s, h->len, h->cut);
	emit_credit(m, h, credit_label(s, to, h->cut), to, (struct piece){s + h->cut, to - h->cut});
}

/* The lines that say by themselves what they are: chrome, a stamp, a credit
 * alone, a source line, a labelled byline. False for any other. */
static bool decide_fixed(struct meta *m, struct meta_held *h)
{
	const char *s = text_of(m, h);
	struct piece line = line_of(m, h);
	size_t k;

	if (h->shape & SHAPE_CHROME) {
		emit(m, h, META_BOILERPLATE, piece_str(h->label), line);
		if (strcmp(h->label, "breadcrumb") == 0 && (k = chrome_last_crumb(s, h->len)))
			emit(m, h, META_SECTION, (struct piece){s + k, h->len - k}, line);
		/* "Tin liên quan" heads a list of links; "Xem thêm: ..." is one. */
		if (strcmp(h->label, "related") == 0 && !memchr(s, ':', h->len))
			m->related = true;
	} else if (h->shape & SHAPE_STAMP) {
		emit(m, h, META_PUBLISHED, piece_str(h->stamp), line);
	} else if (h->shape & SHAPE_CREDIT_ONLY) {
		size_t o = s[0] == '(';
		k = credit_end(s, h->len, o);
		emit_credit(m, h, h->cut, k, (struct piece){s + o, k - o});
	} else if (h->shape & SHAPE_BYLINE) {
		emit_byline(m, h, h->cut, h->shape & SHAPE_PHOTO_BYLINE);
	} else {
		return false;
	}
	return true;
}

/* ---- Which lines are captions ---- */

/* The text of a line that a caption compares: without its credit. */
static size_t caption_len(const struct meta_held *h)
{
	return h->shape & SHAPE_CREDIT ? h->cut : h->len;
}

/* A caption told by what it holds or by the line after it: a credit, "Trong
 * ảnh:", a credit alone next, or the same caption twice (the photo's alt
 * text and the caption under it, which makes the next line one too): the
 * same words, or nearly with a credit on one of the two (lines of a list
 * are nearly the same too). */
static bool captioned(struct meta *m, size_t k)
{
	struct meta_held *h = held_at(m, k), *next = k + 1 < m->count ? held_at(m, k + 1) : NULL;
	const struct meta_held *after = k + 2 < m->count ? held_at(m, k + 2) : NULL;
	unsigned before = k ? held_at(m, k - 1)->shape : m->last_shape;
	bool twins;
	int same;

	if ((h->shape & (SHAPE_CREDIT | SHAPE_IN_PHOTO)) || h->pair)
		return true;
	/* A paragraph that opens with its source is none. */
	if (!next || next->blanks > 1 || next->streamed || (h->shape & SHAPE_LEADIN))
		return false;
	if (next->shape & SHAPE_CREDIT_ONLY)
		return true;
	if (next->shape & (SHAPES_FIXED | SHAPES_SIGNED) || h->words < CAPTION_MIN || next->words < CAPTION_MIN)
		return false;
	same = near_duplicates(text_of(m, h), caption_len(h), text_of(m, next), caption_len(next));
	/* Twins are set apart from the lines around them (or follow a
	 * paragraph), unlike two lines of a list that happen to be the same. */
	twins = same == 1 && (h->blanks || (before & (SHAPE_PROSE | SHAPE_START))) && (!after || after->blanks);
	if (twins || (same && ((h->shape | next->shape) & SHAPE_CREDIT))) {
		next->pair = true;
		return true;
	}
	return false;
}

/* Or by its place: alone after the blank lines a photo leaves, not a
 * sentence, with the words of a caption; unless the page puts as many blank
 * lines before half its paragraphs or more (in the header, before any, it
 * cannot be told). */
static bool placed_caption(const struct meta *m, const struct meta_held *h, const struct meta_held *next)
{
	return h->blanks >= 2 && (h->shape & SHAPE_CUE) && (!next || next->blanks >= 1) &&
	       (m->header || m->spaced * 2 < m->paragraphs);
}

/* ---- The lines held, and when each is decided ---- */

/* A line of the body, after the header: what it is, given the line after
 * it (NULL at the end) and whether it stands in the page's footer. */
static void decide_body(struct meta *m, struct meta_held *h, struct meta_held *next, bool footer)
{
	const char *s = text_of(m, h);
	size_t from = 0;

	if (decide_fixed(m, h))
		return;
	if (footer && (h->shape & SHAPES_SIGNED)) {
		emit_signed(m, h);
		return;
	}
	if (!h->streamed && !(h->shape & SHAPE_HEADING) && (captioned(m, 0) || placed_caption(m, h, next))) {
		emit_caption(m, h);
		m->after_text = true;
		return;
	}
	if (m->related && !(h->shape & (SHAPE_PROSE | SHAPE_HEADING))) {
		emit(m, h, META_BOILERPLATE, piece_str("related"), line_of(m, h));
		return;
	}
	m->after_text = (h->shape & SHAPE_PROSE) != 0;
	if (!(h->shape & SHAPE_PROSE)) {
		m->related = m->related && !(h->shape & SHAPE_HEADING);
		/* A paragraph after a heading ("== Sự kiện ==") is no lead. */
		m->lead_done = m->lead_done || (h->shape & SHAPE_HEADING);
		emit_body(m, h, 0);
		return;
	}
	m->related = false;
	m->spaced += h->blanks >= 2;
	if (++m->paragraphs <= META_LEADINS && (h->shape & SHAPE_LEADIN)) {
		emit(m, h, META_SOURCE, (struct piece){s + h->source, h->source_len},
		     (struct piece){s, vn_skip_spaces_back(s, h->cut)});
		from = h->cut;
	}
	if (!m->lead_done && !h->streamed)
		emit(m, h, META_LEAD, (struct piece){s + from, h->len - from}, line_of(m, h));
	m->lead_done = true;
	emit_body(m, h, from);
}

/* Whether a name or "Theo X" at the front is the page's byline: it follows
 * a paragraph or a caption, and nothing after it but chrome, stamps, other
 * bylines and sources, and the links of a list of other articles. 1 when it
 * is, 0 when it is not, -1 when that cannot be told before more is read. */
static int footer_state(struct meta *m, bool end)
{
	bool links = false;
	size_t k;

	if (!m->after_text)
		return 0;
	for (k = 1; k < m->count; k++) {
		const struct meta_held *x = held_at(m, k);
		if (x->shape & SHAPE_CHROME)
			links = links || strcmp(x->label, "related") == 0;
		else if (!(x->shape & SHAPES_FOOTER) && (!links || (x->shape & SHAPE_PROSE)))
			return 0;
	}
	return end ? 1 : -1;
}

/* Which held line is the lead: the first paragraph that is no caption.
 * Returns its index; count when no held line is; -1 when it cannot be told
 * before the next line is read. */
static long find_lead(struct meta *m, bool end)
{
	size_t k;

	for (k = 0; k < m->count; k++) {
		struct meta_held *h = held_at(m, k);
		if (h->streamed)
			return (long)k;
		if (!(h->shape & SHAPE_PROSE) || (h->shape & (SHAPES_FIXED | SHAPE_HEADING)))
			continue;
		if (k + 2 >= m->count && !end)
			return -1;
		if (!captioned(m, k))
			return (long)k;
	}
	return (long)m->count;
}

/* The title: among the page's first lines (chrome and stamps aside) before
 * the lead, the first that may be one and is longer than a section's name
 * can be, else the longest that may be one; no caption. -1: none. */
static long find_title(struct meta *m, size_t lead)
{
	long title = -1;
	int seen = 0, best = 0;
	size_t k;

	for (k = 0; k < lead; k++) {
		struct meta_held *h = held_at(m, k);
		if (h->shape & (SHAPE_CHROME | SHAPE_STAMP))
			continue;
		if (++seen > TITLE_LINES || (h->shape & SHAPE_HEADING))
			break;
		if (!(h->shape & SHAPE_TITLE) || (h->shape & SHAPES_FIXED) || captioned(m, k))
			continue;
		if (h->words > SECTION_WORDS)
			return (long)k;
		if (h->words > best)
			best = h->words, title = (long)k;
	}
	return title;
}

/* The lines before the lead: the title, the sections before and after it, a
 * byline or place name after it, captions, chrome and stamps. What follows a
 * heading ("== Lịch sử ==") is no page's header but an article's body. */
static void decide_header(struct meta *m, size_t lead)
{
	long title = find_title(m, lead), k;
	/* Lines that neither a title nor a paragraph follow are no header. */
	int seen = title >= 0 || lead < m->count ? 0 : -1;

	for (k = 0; k < (long)lead; k++) {
		struct meta_held *h = held_at(m, 0), *next = m->count > 1 ? held_at(m, 1) : NULL;
		struct piece line = line_of(m, h);
		bool top = !(h->shape & SHAPE_HEADING) && seen >= 0 && ++seen <= TITLE_LINES;
		if (h->shape & SHAPE_HEADING)
			seen = -1, m->lead_done = true;
		if (decide_fixed(m, h))
			;
		else if (k > title && stamp_dateline(line.s, line.len, h->stamp))
			emit(m, h, META_PUBLISHED, piece_str(h->stamp), line);
		else if (k == title)
			emit(m, h, META_TITLE, line, line);
		else if (!(h->shape & SHAPE_HEADING) && (captioned(m, 0) || (k > title && placed_caption(m, h, next))))
			emit_caption(m, h);
		else if (h->shape & (SHAPE_THEO | SHAPE_SOURCE))
			emit_signed(m, h);
		else if (top && k > title && (h->shape & SHAPE_NAMES) && !names_is_province(line.s, line.len))
			emit_byline(m, h, 0, false);
		else if (top && !(h->shape & SHAPE_PROSE) && h->words <= SECTION_WORDS &&
			 lettered_words(line.s, line.len, SECTION_WORDS) == h->words)
			emit(m, h, META_SECTION, line, line);
		else
			emit_body(m, h, 0);
		pop(m);
	}
	m->header = false;
}

/* Decides the front line, or the header, when what decides it has been
 * read (at the end of the document, everything has), or at once when forced.
 * False when it waits. */
static bool decide_front(struct meta *m, bool end, bool force)
{
	struct meta_held *h, *next;
	bool footer = false;
	int state;

	if (m->header) {
		long lead = find_lead(m, end || force);
		if (lead < 0 || (lead == (long)m->count && !end && !force && m->nonblank < META_HEADER))
			return false;
		decide_header(m, (size_t)lead);
		return true;
	}
	if (!m->count)
		return false;
	h = held_at(m, 0);
	next = m->count > 1 ? held_at(m, 1) : NULL;
	/* Two lines after it: a caption's twin, and what follows the twins. */
	if (m->count < 3 && !end && !force)
		return false;
	if (h->shape & SHAPES_SIGNED) {
		if ((state = footer_state(m, end || force)) < 0)
			return false;
		footer = state == 1;
	}
	decide_body(m, h, next, footer);
	pop(m);
	return true;
}

/* Room for n more bytes and one more line: the text held moved to the
 * pool's start, and lines decided while there is none. */
static void make_room(struct meta *m, size_t n)
{
	size_t base, k;

	for (;;) {
		if (m->count < META_HELD && m->top + n <= META_POOL)
			return;
		base = m->count ? held_at(m, 0)->at : m->top;
		memmove(m->pool, m->pool + base, m->top - base);
		for (k = 0; k < m->count; k++)
			held_at(m, k)->at -= base;
		m->top -= base;
		if (m->count < META_HELD && m->top + n <= META_POOL)
			return;
		decide_front(m, false, true);
	}
}

static struct meta_held *push(struct meta *m, long line, const char *s, size_t n)
{
	struct meta_held *h;

	make_room(m, n);
	h = held_at(m, m->count++);
	h->line = line;
	h->at = m->top;
	h->len = n;
	memcpy(m->pool + m->top, s, n);
	m->top += n;
	h->blanks = m->blanks;
	h->streamed = false;
	m->blanks = 0;
	m->nonblank++;
	return h;
}

void meta_init(struct meta *m, struct chrome *ch)
{
	m->chrome = ch;
	m->pool = xmalloc(META_POOL);
	meta_begin(m);
}

void meta_free(struct meta *m)
{
	free(m->pool);
	m->pool = NULL;
}

void meta_begin(struct meta *m)
{
	m->first = m->count = m->top = 0;
	m->blanks = m->paragraphs = m->spaced = m->nonblank = 0;
	m->header = true;
	m->lead_done = m->related = m->after_text = false;
	m->last_shape = SHAPE_START;
}

void meta_line(struct meta *m, long line, const char *s, size_t n)
{
	struct meta_held *h;

	if (!n) {
		m->blanks++;
		return;
	}
	h = push(m, line, s, n);
	read_shape(m, h, s, n);
	while (decide_front(m, false, false))
		;
}

void meta_long_line(struct meta *m, long line)
{
	struct meta_held *h = push(m, line, "", 0);

	h->streamed = true;
	h->shape = SHAPE_PROSE;
	h->words = PROSE_WORDS;
	h->pair = false;
	while (m->count)
		decide_front(m, false, true);
}

void meta_end(struct meta *m)
{
	while (m->count || m->header)
		if (!decide_front(m, true, false))
			break;
	meta_begin(m);
}

/* ---- The catalogue ---- */

void meta_catalogue_begin(struct meta_catalogue *c)
{
	c->title_len = c->source_len = c->author_len = 0;
	c->published[0] = '\0';
	c->lines = false;
}

/* Appends v to the list buf (len bytes so far) unless it is in it; what
 * does not fit is cut at a character. */
static void catalogue_add(char *buf, size_t *len, struct piece v, bool list)
{
	size_t at = 0, k;

	if (list)
		while (at < *len) {
			const char *semi = memchr(buf + at, ';', *len - at);
			size_t end = semi ? (size_t)(semi - buf) : *len;
			if (end - at == v.len && memcmp(buf + at, v.s, v.len) == 0)
				return;
			at = end + 2;
		}
	if (*len && *len + 2 <= META_CATALOGUE) {
		memcpy(buf + *len, "; ", 2);
		*len += 2;
	}
	k = v.len < META_CATALOGUE - *len ? v.len : META_CATALOGUE - *len;
	while (k && k < v.len && ((unsigned char)v.s[k] & 0xC0) == 0x80)
		k--;
	memcpy(buf + *len, v.s, k);
	*len += k;
}

void meta_catalogue_take(struct meta_catalogue *c, const struct meta_found *f)
{
	switch (f->kind) {
	case META_TITLE:
		if (!c->title_len)
			catalogue_add(c->title, &c->title_len, f->value, false);
		break;
	case META_PUBLISHED:
		if (!c->published[0] && f->value.len < sizeof c->published) {
			memcpy(c->published, f->value.s, f->value.len);
			c->published[f->value.len] = '\0';
		}
		break;
	case META_SOURCE:
		catalogue_add(c->source, &c->source_len, f->value, true);
		break;
	case META_AUTHOR:
		catalogue_add(c->author, &c->author_len, f->value, true);
		break;
	default:
		break;
	}
}
