/* seg.c: sentence boundaries. A boundary follows . ! ? … or ... (with any closing
 * quotes and brackets) when a space and then something other than a lowercase
 * letter follow, unless the period closes an abbreviation or an initial and the
 * next word does not open a sentence, or sits inside a number or a bracket that
 * goes on. Numbers, dates, document symbols and domains have no space after
 * their dots, so they never split. */
#include "seg.h"
#include "compose.h"
#include "token.h"
#include "utf8.h"
#include "vietnamese.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

struct word {
	const char *s;
	size_t len;
};
#define W(s) {s, sizeof s - 1}

/* Titles and abbreviations that a period follows before a name or a number,
 * beyond those the rules of word_before_period find by their letters (a
 * capitalised word without a vowel: ThS, St, Dr, Đ/c); Tp is one even after a
 * number (Quốc lộ 5 Tp. Hải Dương), where the rules take it for a unit. */
static const struct word prefixes[] = {
	W("TP"), W("TX"), W("TT"), W("TS"), W("TSKH"), W("PGS"), W("GS"), W("PGS.TS"), W("GS.TS"),
	W("PGS.TSKH"), W("GS.TSKH"), W("BS"), W("BSCKI"), W("BSCKII"), W("CKI"), W("CKII"), W("KS"),
	W("CN"), W("LS"), W("NSND"), W("NSƯT"), W("NNƯT"), W("NGƯT"), W("NGND"), W("ĐT"), W("NXB"),
	W("Tp"), W("tp"), W("tt"), W("đ/c"), W("Tel"), W("Fax"), W("No"), W("no"), W("Vol"),
	W("vol"), W("Op"), W("op"),
};

/* Words that open sentences and begin no name: after an abbreviation or an
 * initial they show that its period ended the sentence (... tại TP. Theo kế
 * hoạch, ...), whatever follows them. */
static const char *const openers[] = {
	"theo", "tại", "trong", "sau", "với", "ở", "đến", "khi", "nhưng", "ngoài", "trước", "về",
	"nếu", "đồng chí", "đây", "đó", "qua", "trên", "dưới", "giữa", "tới", "còn",
	"và", "để", "cũng", "vào", "lúc", "khoảng", "ngay", "riêng", "nhờ", "tôi", "chúng", "họ",
	"nó", "chị", "có", "đã", "được", "bị", "là", "mà", "thì", "hoặc", "rồi", "vẫn", "vừa",
	"đang", "sẽ", "chưa", "rất", "thậm chí", "dù", "mặc dù", "bởi", "nhằm", "vậy", "cụ thể",
	"kể từ", "gần", "ví dụ", "tính đến", "thêm", "lần", "mỗi", "mọi", "nhiều", "hiện",
	"phát biểu", "tham dự", "ghi nhận", "bên cạnh", "đặc biệt", "thời gian", "ảnh", "nguồn",
};
/* Words that open sentences but also begin names (Tuy nhiên but Tuy Hòa,
 * Từ đó but Từ Sơn, Bà cho biết but TP. Bà Rịa): openers only when no
 * capital follows. */
static const char *const openers_before_lower[] = {
	"tuy", "do", "từ", "vì", "một", "năm", "người", "ngày", "tháng", "sự", "cuộc", "không",
	"như", "điều", "số", "kết", "đối", "thực", "cả", "tên", "tiếp", "sáng", "chiều", "tối",
	"trưa", "đêm", "hôm", "buổi", "cho", "làm", "việc", "hơn", "phía", "cuối", "đầu", "tất",
	"các", "những", "ông", "bà", "cô", "bác", "thế", "chỉ", "song",
};
static struct phrase_list opener_list = PHRASE_LIST(openers);
static struct phrase_list opener_lower_list = PHRASE_LIST(openers_before_lower);

/* Abbreviations without a vowel that follow a name, so end a sentence as words do. */
static const struct word suffixes[] = {W("Jr"), W("Sr"), W("Ltd")};
#undef W

static bool in_words(const struct word *list, size_t count, const char *w, size_t n)
{
	size_t i;

	/* The first byte before memcmp: it rules out nearly every word. */
	for (i = 0; i < count; i++)
		if (list[i].len == n && list[i].s[0] == w[0] && memcmp(list[i].s, w, n) == 0)
			return true;
	return false;
}

/* A length of a word as a bit, the lengths from 15 on as one. */
static unsigned length_bit(size_t n)
{
	return 1u << (n < 15 ? n : 15);
}

static bool is_prefix_word(const char *w, size_t n)
{
	/* The lengths of the prefixes that begin with each byte, found on
	 * first use: a word before a period seldom has one of them. */
	static uint16_t lengths[256];
	static bool known;
	size_t i;

	if (!known) {
		for (i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
			lengths[(unsigned char)prefixes[i].s[0]] |= (uint16_t)length_bit(prefixes[i].len);
		known = true;
	}
	return (lengths[(unsigned char)w[0]] & length_bit(n)) &&
	       in_words(prefixes, sizeof prefixes / sizeof *prefixes, w, n);
}

static bool is_suffix_word(const char *w, size_t n)
{
	return in_words(suffixes, sizeof suffixes / sizeof *suffixes, w, n);
}

/* The bytes that can begin an end mark (mark_len's): . ! ? and the first of … */
static const unsigned char end_leads[] = {'.', '!', '?', 0xE2};
#define NLEADS (sizeof end_leads / sizeof *end_leads)

static bool is_end_lead(unsigned char b)
{
	size_t k;

	for (k = 0; k < NLEADS; k++)
		if (b == end_leads[k])
			return true;
	return false;
}

#ifdef __SSE2__
/* The bytes of the sixteen at p that can begin an end mark, as a mask. */
static unsigned end_lead_mask(const unsigned char *p)
{
	__m128i bytes = _mm_loadu_si128((const __m128i *)(const void *)p), hits = _mm_setzero_si128();
	size_t k;

	for (k = 0; k < NLEADS; k++)
		hits = _mm_or_si128(hits, _mm_cmpeq_epi8(bytes, _mm_set1_epi8((char)end_leads[k])));
	return (unsigned)_mm_movemask_epi8(hits);
}
#endif

/* Where the first byte from i on that can begin an end mark stands in u[..n),
 * or n: most bytes are none, and they are passed thirty-two or sixteen (or
 * eight) at a look. */
static size_t next_end_lead(const unsigned char *u, size_t i, size_t n)
{
#ifdef __SSE2__
	unsigned mask;

	/* Two blocks at a test, then one */
	for (; i + 32 <= n; i += 32)
		if ((mask = end_lead_mask(u + i) | end_lead_mask(u + i + 16) << 16))
			return i + (size_t)__builtin_ctz(mask);
	for (; i + 16 <= n; i += 16)
		if ((mask = end_lead_mask(u + i)))
			return i + (size_t)__builtin_ctz(mask);
	/* The last few bytes in the sixteen that end u, less those before i. */
	if (i < n && n >= 16) {
		mask = end_lead_mask(u + n - 16) >> (i - (n - 16));
		return mask ? i + (size_t)__builtin_ctz(mask) : n;
	}
#else
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	size_t k;

	for (; i + 8 <= n; i += 8) {
		uint64_t w, x, hits = 0;
		memcpy(&w, u + i, 8);
		for (k = 0; k < NLEADS; k++) {
			x = w ^ (ones * end_leads[k]);
			hits |= (x - ones) & ~x;
		}
		if (hits & highs)
			break;
	}
#endif
	while (i < n && !is_end_lead(u[i]))
		i++;
	return i;
}

/* Length of a closing quote or bracket at s, or 0. */
static size_t closer_len(const unsigned char *s, size_t n)
{
	if (n >= 1 && (s[0] == '"' || s[0] == '\'' || s[0] == ')' || s[0] == ']' || s[0] == '}'))
		return 1;
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xBB)
		return 2; /* » */
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9D || s[2] == 0x99))
		return 3; /* ” ’ */
	return 0;
}

/* Length of an end mark at s: . ! ? or … */
static size_t mark_len(const unsigned char *s, size_t n)
{
	if (s[0] == '.' || s[0] == '!' || s[0] == '?')
		return 1;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA6)
		return 3;
	return 0;
}

/* What the word before a period says of the text after it. */
enum before_period {
	ENDS,          /* a word, a number, an acronym (UBND): the period ends the sentence */
	BEFORE_NAME,   /* a title, an abbreviation, an initial: the sentence goes on
			* unless the next word opens one */
	BEFORE_NUMBER, /* a lowercase abbreviation (s. for sinh, m. for mất): the sentence
			* goes on before a number (s. 1890) */
	LIST_NUMBER,   /* a list number opening the sentence (1. Tiếp tục ...) */
};

/* Whether the letter cp is a vowel, and whether it carries a tone or a shape mark. */
static bool letter_vowel(uint32_t cp, bool *marked)
{
	struct vn_vowel v;

	if (!vn_vowel_split(cp, &v))
		return false;
	*marked = v.shape != VN_NO_SHAPE || v.tone != VN_NO_TONE;
	return true;
}

/* Whether the word at s + start follows the start, a space, a bracket, a
 * quote, a dash or a separator, not a symbol it belongs to (°C, R&B). */
static bool stands_apart(const char *s, size_t start)
{
	static const char before[] = "([\"'-,;/";

	return start == 0 || vn_space_len_back(s, start) ||
	       memchr(before, s[start - 1], sizeof before - 1) ||
	       (start >= 3 && (vn_dash_len(s + start - 3, 3) == 3 ||
			       memcmp(s + start - 3, "\xE2\x80\x9C", 3) == 0)); /* “ */
}

/* The word before the period at s[dot]: letters, digits, dots and a slash
 * (Đ/c, PGS.TS, N.V), and what it says of the text after the period. */
static enum before_period word_before_period(const char *s, size_t dot)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t start = dot, len, letters = 0, lowers = 0, vowels = 0, digits = 0;
	bool marked = false, first_upper = false;
	uint32_t cp;
	int k;

	while (start > 0) {
		unsigned char c = u[start - 1];
		if (c == '.' || c == '/' || vn_is_digit(c)) {
			digits += vn_is_digit(c);
			start--;
			continue;
		}
		k = u8_decode_back(u, start, &cp);
		if (!vn_is_letter(cp))
			break;
		start -= (size_t)k;
		letters++;
		lowers += vn_is_lower(cp);
		vowels += letter_vowel(cp, &marked);
		first_upper = vn_is_upper(cp);
	}
	len = dot - start;
	if (len == 0)
		return ENDS;
	/* A number before the prefixes: every one of them has a letter. */
	if (letters == 0)
		return digits == len && start == 0 && len <= 3 ? LIST_NUMBER : ENDS;
	if (is_prefix_word(s + start, len))
		return BEFORE_NAME;
	/* A single capital is an initial (Nguyễn V. Thành), unless a mark makes
	 * it a word (châu Á, nước Ý) or it sticks to a symbol as a unit does
	 * (26 °C, R&B); so is a run of them (N.V. An). */
	if (letters == 1 && len == (size_t)u8_decode(u + start, len, &cp) && first_upper &&
	    !(vowels && marked) && stands_apart(s, start))
		return BEFORE_NAME;
	if (len >= 3 && s[dot - 2] == '.' && u[dot - 1] >= 'A' && u[dot - 1] <= 'Z')
		return BEFORE_NAME;
	/* Every Vietnamese syllable has a vowel: a word with lower case letters
	 * and none is an abbreviation, a title before a name if capitalised (St.
	 * Ft. Dr. Ng.); after a number (49 m., 60 Hz., Vol. 2 Ch. 4) a unit or a
	 * numbered part, which only a number continues. A suffix after a name
	 * (Jr.) ends a sentence as a word does. */
	if (vowels == 0 && lowers > 0 && digits == 0 && !is_suffix_word(s + start, len)) {
		size_t before = vn_skip_spaces_back(s, start);
		bool after_number = before > 0 && vn_is_digit(u[before - 1]);
		return first_upper && !after_number ? BEFORE_NAME : BEFORE_NUMBER;
	}
	return ENDS;
}

static bool starts_upper(const unsigned char *s, size_t n)
{
	uint32_t cp;

	return n > 0 && u8_decode(s, n, &cp) > 0 && vn_is_upper(cp);
}

/* Whether the text at s + i (lim bytes in all) opens a sentence: one of
 * openers, or one of openers_before_lower that no capital follows, after an
 * opening quote or not (TP. "Chúng tôi ...", but John W. "Iron Mike" Daniel). */
static bool opens_sentence(const char *s, size_t lim, size_t i)
{
	size_t e, k;

	if (s[i] == '"')
		i++;
	else if (lim - i >= 3 && memcmp(s + i, "\xE2\x80\x9C", 3) == 0) /* “ */
		i += 3;
	if (match_list(s, lim, i, &opener_list, NULL))
		return true;
	if (!(e = match_list(s, lim, i, &opener_lower_list, NULL)))
		return false;
	k = vn_skip_spaces(s, lim, e);
	return !starts_upper((const unsigned char *)s + k, lim - k);
}

/* Whether the point at s[dot], the space after it and a number at s + next
 * are one number with a stray space (500. 000 đồng): a group of three
 * digits after the space, and before the point a number whose last group
 * it may continue (1.500. 000), not a date (16-7. 100%) or a year (2008. 15). */
static bool number_goes_on(const char *s, size_t lim, size_t dot, size_t next)
{
	size_t j = dot, d;

	for (d = 0; d < 3; d++)
		if (next + d >= lim || !vn_is_digit(s[next + d]))
			return false;
	if (next + 3 < lim && vn_is_digit(s[next + 3]))
		return false;
	while (j > 0 && vn_is_digit(s[j - 1]))
		j--;
	d = dot - j;
	if (j >= 2 && s[j - 1] == '.' && vn_is_digit(s[j - 2]))
		return d == 3;
	return d >= 1 && d <= 3 && (j == 0 || !memchr("-/.:,", s[j - 1], 5));
}

/* How far back from an end mark a decision looks for the quote or the
 * bracket it may close: far enough for any abbreviation in brackets, and
 * the cost of a decision stays bounded in a sentence of any length. */
#define REACH 512

/* Whether s starts with a lowercase letter. A quote before it does not
 * count: quoted speech may start in lowercase after a full stop. */
static bool starts_lowercase(const unsigned char *s, size_t n)
{
	uint32_t cp;

	return n > 0 && u8_decode(s, n, &cp) > 0 && vn_is_lower(cp);
}

/* Whether the end mark at s[i] stands where a sentence may end: before a
 * closing quote or bracket, or before a space and no lowercase letter (not
 * en. in "(zh. 華文, en. classical)"). */
static bool may_end_here(const char *s, size_t lim, size_t i)
{
	size_t k = closer_len((const unsigned char *)s + i + 1, lim - i - 1);

	if (k)
		return true;
	k = vn_skip_spaces(s, lim, i + 1);
	return k > i + 1 && !starts_lowercase((const unsigned char *)s + k, lim - k);
}

/* Whether a bracket opened before the end mark at s[mark] is still open
 * after the mark and its closers, and closes after next (where the text
 * after them begins, lim bytes in all) before another mark that may end a
 * sentence: a period inside it ends none (Hồ Chí Minh (s. 1890), (84. 4)). */
static bool bracket_goes_on(const char *s, size_t lim, size_t mark, size_t next)
{
	size_t floor = mark > REACH ? mark - REACH : 0, i;
	const char *open = memchr(s + floor, '(', mark - floor);
	int depth = 0;

	if (!open)
		return false;
	for (i = (size_t)(open - s); i < next; i++)
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && depth > 0)
			depth--;
	for (i = next; depth > 0 && i < lim; i++) {
		if (mark_len((const unsigned char *)s + i, lim - i) &&
		    may_end_here(s, lim, i))
			return false;
		depth += (s[i] == '(') - (s[i] == ')');
	}
	return depth == 0 && i > next;
}

/* A short photo credit ("Ảnh: Mai Hoa") closing a caption that has no final
 * period is a sentence of its own; returns where it starts, or 0. */
static size_t credit_start(const char *s, size_t n)
{
	static const char credit[] = "\xE1\xBA\xA2nh:"; /* Ảnh: */
	const size_t clen = sizeof credit - 1, tail_max = 64;
	size_t i = n > tail_max + clen ? n - tail_max - clen : 1;
	const char *colon;

	/* Each colon, rarer than the first byte of Ả, says where one may start. */
	while (i + clen <= n && (colon = memchr(s + i + clen - 1, ':', n - (i + clen - 1)))) {
		i = (size_t)(colon - s) + 1 - clen;
		if (memcmp(s + i, credit, clen) == 0 && s[i - 1] == ' ' && i >= 2 && s[i - 2] != '(')
			return i;
		i++;
	}
	return 0;
}


/* Length of a closing quote or bracket set off by a space at s + i (lim
 * bytes in all) that still closes the sentence before it ("Thật đáng tiếc! "
 * - ông nói.), or 0: a bracket or a curly quote always; a straight quote
 * that does not lean on the word after it as an opening one does, when no
 * capital follows it or when it closes a quote the sentence opened (within
 * REACH bytes). */
static size_t spaced_closer(const char *s, size_t lim, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k = closer_len(u + i, lim - i), next, j, quotes = 0;

	if (!k || (u[i] != '"' && u[i] != '\''))
		return k;
	if (vn_word_char_len(s + i + k, lim - i - k))
		return 0;
	next = vn_skip_spaces(s, lim, i + k);
	if (!starts_upper(u + next, lim - next))
		return k;
	if (i > REACH)
		return 0;
	for (j = 0; j < i; j++)
		quotes += s[j] == s[i];
	return quotes % 2 ? k : 0;
}

/* What the text at s + sp, after the end mark at s[i] and the spaces after
 * it, shows that is not in the mark: whether the sentence goes on (lim bytes
 * of text in all, closers the closing quotes and brackets of the mark). */
static bool goes_on(const char *s, size_t lim, size_t i, size_t sp, size_t closers, bool period_only)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k;

	if (starts_lowercase(u + sp, lim - sp))
		return true;
	/* An attribution after a quote, or a lowercase clause after a dash:
	 * "... lắm!" - ông nói. */
	if ((k = vn_dash_len(s + sp, lim - sp))) {
		size_t after = vn_skip_spaces(s, lim, sp + k);
		if (after > sp + k && (closers > 0 || starts_lowercase(u + after, lim - after)))
			return true;
	}
	if (u[i] == '.' && i > 0 && vn_is_digit(u[i - 1]) && number_goes_on(s, lim, i, sp))
		return true;
	/* After an ellipsis a number continues the sentence (Đào hầm suốt... 15 năm). */
	if (!period_only && u[i] != '!' && u[i] != '?' && vn_is_digit(u[sp]))
		return true;
	if (period_only) {
		switch (word_before_period(s, i)) {
		case BEFORE_NAME:
			if (!opens_sentence(s, lim, sp))
				return true;
			break;
		case BEFORE_NUMBER:
			if (vn_is_digit(u[sp]))
				return true;
			break;
		case LIST_NUMBER:
			return true;
		case ENDS:
			break;
		}
	}
	return bracket_goes_on(s, lim, i, sp);
}

size_t seg_next(const char *s, size_t n, bool final)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, end, rest;

	for (;;) {
		size_t mark, sp, k, closers, lim;
		bool period_only;

		/* Find the next end mark: '.', '!', '?', or the lead byte of … */
		if ((i = next_end_lead(u, i, n)) >= n)
			break;
		if (!final && n - i < SEG_LOOKAHEAD)
			return 0;
		mark = mark_len(u + i, n - i);
		if (!mark) {
			i++;
			continue;
		}
		/* The run of marks (..., ?!, …) and the closers after it, with those
		 * set off by a space. */
		end = i;
		period_only = true;
		while (end < n && (k = mark_len(u + end, n - end))) {
			if (u[end] != '.' || end > i)
				period_only = false;
			end += k;
		}
		closers = 0;
		for (;;) {
			while (end < n && (k = closer_len(u + end, n - end)))
				end += k, closers++;
			if (end >= n)
				return final ? n : 0;
			sp = vn_skip_spaces(s, n, end);
			if (sp == end || sp >= n)
				break;
			/* What follows is read up to lim, the same bytes whether or
			 * not more text is to come. */
			if (!final && n - sp < SEG_LOOKAHEAD)
				return 0;
			lim = n - sp < SEG_LOOKAHEAD ? n : sp + SEG_LOOKAHEAD;
			if (!(k = spaced_closer(s, lim, sp)))
				break;
			end = sp + k, closers++;
		}
		if (sp == end) { /* 1.793, Baonghean.vn, 05-CT/TW, rồi... ". */
			i = end;
			continue;
		}
		if (sp >= n)
			return final ? end : 0;
		if (goes_on(s, lim, i, sp, closers, period_only)) {
			i = sp;
			continue;
		}
		return end;
	}
	if (!final)
		return 0;
	rest = credit_start(s, n);
	return rest ? rest : n;
}
