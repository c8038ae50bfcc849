/* person.c: reads the mentions of people in a sentence (a name, its titles,
 * the honorific before it), the part each plays, and who a later mention by
 * title alone stands for. */
#include "person.h"
#include "byline.h"
#include "compose.h"
#include "lunar.h"
#include "names.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <limits.h>
#include <stdint.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdio.h>
#include <string.h>

/* Syllables a name has at most: "Y Thanh Hà Niê Kđăm". */
enum { NAME_WORDS = 5 };

static bool shouted(const char *s, size_t start, size_t end);
static bool roman(const char *s, size_t a, size_t b);
static bool ethnic_surname(const struct tokens *x, int k);

/* ---- Tokens ---- */

/* Whether the character at s (n bytes, n > 0) is a capital, decoding only
 * the letters of two bytes and those of U+1E00-U+1EFF. */
static inline bool capital_at(const unsigned char *s, size_t n)
{
	if (s[0] < 0x80)
		return s[0] >= 'A' && s[0] <= 'Z';
	if (s[0] >= 0xC3 && s[0] < 0xE0 && n >= 2)
		return vn_is_upper((uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F));
	if (s[0] == 0xE1 && n >= 3)
		return vn_is_upper(0x1000u | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F));
	return false;
}

static bool capital(const struct tokens *x, int i)
{
	return tok_is_word(x, i) && x->t[i].upper;
}

/* Whether each of tokens a..b is a word with a capital first. */
static bool capitals(const struct tokens *x, int a, int b)
{
	for (; a < b; a++)
		if (!capital(x, a))
			return false;
	return true;
}

/* Whether token i holds a control character (a NUL): no name's. */
static bool control_in(const struct tokens *x, int i)
{
	size_t j;

	for (j = x->t[i].start; j < x->t[i].end; j++)
		if ((unsigned char)x->s[j] < 0x20)
			return true;
	return false;
}

/* A word of letters: no digit, no '/' ("Thúy/TTXVN" is two things), no
 * control character. */
static bool letters(const struct tokens *x, int i)
{
	size_t j;
	unsigned char c;

	/* control_in's test in the same pass */
	for (j = x->t[i].start; j < x->t[i].end; j++)
		if (c = (unsigned char)x->s[j], vn_is_digit(c) || c == '/' || c == '@' || c < 0x20)
			return false;
	return true;
}

/* A capitalised word that may be a syllable of a name: no digit, and no
 * dash before a capital ("Toán-Tin", "Hà Nội-Lào Cai" name no one). */
static bool name_word(const struct tokens *x, int i)
{
	size_t j;

	if (!capital(x, i) || !letters(x, i))
		return false;
	/* an acronym ("LBKT", "TTXVN") is no syllable of a name; "III" of a king is */
	if (shouted(x->s, x->t[i].start, x->t[i].end) && !roman(x->s, x->t[i].start, x->t[i].end))
		return false;
	for (j = x->t[i].start + 1; j + 1 < x->t[i].end; j++)
		if (x->s[j] == '-' && x->s[j + 1] >= 'A' && x->s[j + 1] <= 'Z')
			return false;
	return true;
}

/* "George W. Bush", "J. Robert Oppenheimer": a capital letter alone with
 * its dot, before a word of a name, is an initial of that name. */
static bool initial_at(const struct tokens *x, int i)
{
	return tok_is_word(x, i) && x->t[i].end - x->t[i].start == 1 && x->s[x->t[i].start] >= 'A' &&
	       x->s[x->t[i].start] <= 'Z' && tok_is_punct(x, i + 1, '.') && name_word(x, i + 2);
}

/* The words of the name at tokens a..b, its initials' dots not counted. */
static int name_words(const struct tokens *x, int a, int b)
{
	int n = b - a;

	for (; a < b; a++)
		n -= tok_is_punct(x, a, '.');
	return n;
}

static bool digits(const struct tokens *x, int i)
{
	return tok_is_word(x, i) && vn_is_digit(x->s[x->t[i].start]);
}

/* Whether the word's letters are all capitals, two of them at least ("VĂN", not "A"). */
static bool shouted(const char *s, size_t start, size_t end)
{
	size_t j, n = 0;
	uint32_t cp;
	int k;

	/* a small letter of ASCII says no before any character is decoded:
	 * nearly every word has one */
	for (j = start; j < end; j++)
		if (s[j] >= 'a' && s[j] <= 'z')
			return false;
	for (j = start; j < end;) {
		/* ASCII without a call: most words are */
		if ((unsigned char)s[j] < 0x80) {
			n += s[j] >= 'A' && s[j] <= 'Z';
			j++;
			continue;
		}
		k = u8_decode((const unsigned char *)s + j, end - j, &cp);
		if (k <= 0)
			return false;
		if (vn_is_lower(cp))
			return false;
		n += vn_is_upper(cp);
		j += (size_t)k;
	}
	return n >= 2;
}

bool person_all_caps(const struct tokens *x)
{
	int i, words = 0, caps = 0;

	/* A word whose last byte is not its lower case ends in a capital. */
	for (i = 0; i < x->n; i++)
		if (tok_is_word(x, i) && x->t[i].end - x->t[i].start >= 2 &&
		    x->t[i].end - x->t[i].start <= TOKEN_LOW_MAX && !digits(x, i)) {
			words++;
			caps += (unsigned char)x->s[x->t[i].end - 1] != x->t[i].low[x->t[i].end - x->t[i].start - 1];
			/* no if even every token left were a word in capitals */
			if (caps + (x->n - 1 - i) < 4 * (words - caps))
				return false;
		}
	return words >= 3 && caps * 5 >= words * 4;
}

static bool verb_of_part(const struct tokens *x, int k);
static enum person_role verb_in_any_case(const struct tokens *x, int k, bool *found);
static enum person_role role_after(const struct tokens *x, int k, enum person_role *also);

/* "anh", "chị", "thầy", "cô" in lower case: honorifics here, though not in
 * names.c's list, where "Anh" is England and "anh" a brother too often. */
static const char *const honorific_words[] = {"anh", "chị", "thầy", "cô"};
/* Whether one of honorific_words has a tok_hash with this low byte: one
 * look rules out nearly every other word. */
static bool honorific_low[256], honorific_low_made;

static void make_honorific_low(void)
{
	size_t k;

	for (k = 0; k < NELEM(honorific_words); k++)
		honorific_low[tok_hash((const unsigned char *)honorific_words[k], strlen(honorific_words[k])) & 0xFF] = true;
	honorific_low_made = true;
}

/* honorific_word past the look at the hash's low byte. */
static bool honorific_rest(const struct tokens *x, int i)
{
	bool common;
	size_t k;

	for (k = 0; k < NELEM(honorific_words) && !tok_is(x, i, honorific_words[k]); k++)
		;
	/* "Anh" with a capital is England, "Cô Tô" an island, but not before a
	 * family name and a capital at the start, nor before a given name and
	 * a verb of a part ("Anh Lộc bảo:"); "Chị", "Thầy" at the start are
	 * honorifics before a name and more of the clause ("Chị Lan cho
	 * biết", not the title "Chị Nhung (1970)") */
	if (k == NELEM(honorific_words))
		return false;
	if (!x->t[i].upper)
		return true;
	if (!(i == 0 || tok_is_punct(x, i - 1, '.') || tok_is_punct(x, i - 1, ':') || tok_is_punct(x, i - 1, 'o') ||
	      tok_is_punct(x, i - 1, '-')) ||
	    !tok_is_word(x, i + 1) || !x->t[i + 1].upper)
		return false;
	return ((k == 1 || k == 2) && tok_is_word(x, i + 2) && !x->t[i + 2].upper) || (names_surname(x, i + 1, &common) && tok_is_word(x, i + 2) && x->t[i + 2].upper) ||
	       (names_place(x, i) <= 1 && !names_place(x, i + 1) && verb_of_part(x, i + 2));
}

/* Whether token i is an honorific of honorific_words. */
/* names_dashed_degree past a quick no: such a word is filed by no
 * lexicon and begins with two capitals of ASCII ("PGS-TS", "GS-TSKH"), as
 * no name does but one in capitals. */
static inline bool dashed_degree(const struct tokens *x, int i)
{
	const unsigned char *b;

	if (!tok_is_word(x, i) || x->t[i].word || x->t[i].end - x->t[i].start < 4)
		return false;
	b = (const unsigned char *)x->s + x->t[i].start;
	return b[0] >= 'A' && b[0] <= 'Z' && b[1] >= 'A' && b[1] <= 'Z' && names_dashed_degree(x, i);
}

static inline bool honorific_word(const struct tokens *x, int i)
{
	if (!honorific_low_made)
		make_honorific_low();
	return tok_is_word(x, i) && honorific_low[x->t[i].hash & 0xFF] && honorific_rest(x, i);
}

/* The tokens of an honorific at i, of names.c's list or one of ours. */
static int honorific_at(const struct tokens *x, int i)
{
	int h = names_honorific(x, i);

	return h ? h : honorific_word(x, i);
}

/* A family name and a capitalised word after it: where a name may begin. */
static bool name_led(const struct tokens *x, int i)
{
	bool common;
	int m = names_surname(x, i, &common);

	return m && name_word(x, i + m) && !names_place(x, i);
}

/* Whether a place of two words or more stands among the tokens a..b
 * ("Wushu Việt Nam"); one of one word may be a syllable of a name ("Anh",
 * "Đức", "Mỹ"). */
static bool place_within(const struct tokens *x, int a, int b)
{
	int m;

	for (; a < b; a++)
		if ((m = names_place(x, a)) > 1 && a + m <= b)
			return true;
	return false;
}

/* The words before a name that make it a place, a body or a thing named
 * after a person ("đường Lê Lợi", "Trường THPT Nguyễn Du", "Học viện Chính
 * trị quốc gia Hồ Chí Minh"), or a capitalised word it goes on from. */
static bool named_after(const struct tokens *x, int k, bool titled)
{
	int b = k, w, steps, j;

	/* đền “Bạch Đế”: the quote between */
	if (tok_is_punct(x, k - 1, 'o') || tok_is_punct(x, k - 1, '"'))
		k--;
	for (w = 1; w <= 4 && k - w >= 0; w++)
		if (names_named_after(x, k - w) == w && (!titled || x->t[k - w].upper))
			return true;
	if (titled)
		return false;
	/* "trường Bưởi - Chu Văn An": a thing's second name after a dash */
	if (tok_is_punct(x, k - 1, '-') && capital(x, k - 2)) {
		for (j = k - 2; j > 0 && capital(x, j - 1); j--)
			;
		for (w = 1; w <= 4 && j - w >= 0; w++)
			if (names_named_after(x, j - w) == w)
				return true;
	}
	/* "TP. Hồ Chí Minh", "P. Lê Quý Đôn", "Q. Hoàn Kiếm", "Đ. Trần Phú": a
	 * place's or a street's word cut short */
	if (tok_is_punct(x, k - 1, '.') && (tok_is(x, k - 2, "tp") || tok_is(x, k - 2, "p") ||
					    tok_is(x, k - 2, "q") || tok_is(x, k - 2, "tx") ||
					    tok_is(x, k - 2, "tt") || tok_is(x, k - 2, "đ")))
		return true;
	/* "tại Lạc Dương", "giáp Hoàng Hải": where something is */
	if (tok_is(x, k - 1, "tại") || tok_is(x, k - 1, "ở") || tok_is(x, k - 1, "giáp") ||
	    tok_is(x, k - 1, "trên") || tok_phrase(x, k - 2, "giáp với") == 2)
		return true;
	if (capital(x, k - 1)) {
		/* "Sau Nguyễn Văn A": a capital that only begins the sentence */
		if ((k - 1 == 0 || tok_is_punct(x, k - 2, '.') || tok_is_punct(x, k - 2, ':') ||
		     tok_is_punct(x, k - 2, 'o') || tok_is_punct(x, k - 2, '"')) &&
		    !names_body(x, k - 1) && !names_place(x, k - 1))
			return false;
		return true;
	}
	/* Back over the words of a body's name to the word that began it. */
	for (steps = 0; steps < 8 && b > 0; steps++) {
		if (capital(x, b - 1)) {
			b--;
			continue;
		}
		for (w = 3; w > 0; w--)
			if (b - w >= 0 && names_body_word(x, b - w) == w)
				break;
		if (w > 0) {
			b -= w;
			continue;
		}
		if (tok_is_word(x, b - 1) && capital(x, b - 2) && !names_stop(x, b - 1)) {
			b--;
			continue;
		}
		break;
	}
	for (j = b; j < k; j++)
		if (capital(x, j) && (names_body(x, j) || names_named_after(x, j)))
			return true;
	/* "trung tâm Cộng đồng Nguyễn Tri Phương", "trường chuyên Trần Phú":
	 * the word that began it in small letters too, when only capitals,
	 * the second syllables of their words and words of a body's name
	 * follow it */
	for (; b < k - 1; b++) {
		/* not the second syllable of a word: "Quân đội Nhân dân" */
		if (!(w = names_named_after(x, b)) || (b > 0 && names_compound(x, b - 1)))
			continue;
		for (j = b + w; j < k;)
			if (capital(x, j) || names_compound(x, j - 1))
				j++;
			else if ((steps = names_body_word(x, j)))
				j += steps;
			else
				break;
		if (j == k && j > b + w)
			return true;
	}
	return false;
}

/* ---- Titles ---- */

/* A title at i: its head, "nguyên" before it included; 0 when none. */
static int title_head(const struct tokens *x, int i, enum names_title_kind *kind)
{
	int p = names_title_prefix(x, i), m;

	if ((m = names_title(x, i + p, kind)))
		return p + m;
	if (dashed_degree(x, i + p)) {
		*kind = NAMES_DEGREE;
		return p + 1;
	}
	return 0;
}

/* Words a body goes on over to a capital: "Bộ Giáo dục - Đào tạo", "Sở
 * Giáo dục và Đào tạo". */
static bool body_joins(const struct tokens *x, int j)
{
	enum names_title_kind kind;

	return (tok_is_punct(x, j, '-') || tok_is(x, j, "và") || tok_is(x, j, "&")) && capital(x, j + 1) &&
	       !names_title(x, j + 1, &kind) && !names_honorific(x, j + 1) && !name_led(x, j + 1);
}

/* "Văn hóa, Thể thao và Du lịch": a comma inside a body's name, before a
 * capital that begins no title nor name, with "và" and a capital ahead. */
static bool body_comma(const struct tokens *x, int j, int end)
{
	enum names_title_kind kind;
	int k;

	if (!tok_is_punct(x, j, ',') || !capital(x, j + 1) || name_led(x, j + 1) ||
	    names_title(x, j + 1, &kind) || names_honorific(x, j + 1))
		return false;
	for (k = j + 1; k < end && tok_is_word(x, k) && !tok_is(x, k, "và"); k++)
		;
	return tok_is(x, k, "và") && capital(x, k + 1);
}

static bool name_in_body(const struct tokens *x, int a, int b, bool foreign, int *at);
static bool namesake(const struct tokens *x, int body, int at);
static bool name_shaped(const struct tokens *x, int a, int b);

/* Verbs one person does to another, of one word: "vua Càn Long sai Tôn Sĩ
 * Nghị", "Quốc trưởng Bảo Đại mời Ngô Đình Diệm". */
static const char *const verbs_on_people[] = {
	"sai", "lệnh", "mời", "chọn", "cử", "phong", "giao", "bắt", "giết", "gặp", "tiếp", "đón",
	"thăm", "phái", "triệu", "gọi", "ép", "truất", "tha", "cách", "bãi",
};

/* Whether the small word at j, after a capital, is the second syllable of a
 * capitalised word ("Bộ Quốc phòng", "Sở Tài chính tỉnh"): a known one, or
 * one before what a body's word may be followed by, not "Kennedy bí mật".
 * A body's first word k that is one of the commonest families alone names
 * a house ("Chúa Nguyễn lập Châu Định Viễn", "vua Lê sai"): a verb follows. */
static bool small_syllable(const struct tokens *x, int k, int j)
{
	bool common;
	int i;

	if (names_compound(x, j - 1))
		return true;
	if (j - 1 == k && names_surname(x, k, &common) == 1 && common)
		return false;
	/* "Bộ trưởng Lê Văn Hinh sống ở Huế", "chủ tịch xã Bùi Văn Luyến nhắc
	 * lại", "giám đốc lâm trường Tánh Linh Bùi Văn Thu than": after a
	 * person's name that ends the capitals, a verb (not after a district's
	 * name) */
	for (i = j; i > k && x->t[i - 1].upper; i--)
		;
	for (; i < j - 1; i++)
		if (name_shaped(x, i, j) && names_locality(x, i) != j - i)
			return false;
	/* "Quốc trưởng Bảo Đại chọn Ngô Đình Diệm làm Thủ tướng": before a
	 * person's full name, a verb one person does to another */
	for (i = j + 1; i < x->n && tok_is_word(x, i) && x->t[i].upper; i++)
		;
	if (TOK_IN(x, j, verbs_on_people) == 1 && i - (j + 1) >= 3 && name_shaped(x, j + 1, i))
		return false;
	return j + 1 >= x->n || x->t[j + 1].punct || x->t[j + 1].upper || names_body_word(x, j + 1) ||
	       names_stop(x, j + 1);
}

/* the bodies of the state and the Party whose names are words, not
 * names of their own as a paper's or a firm's are ("báo Tiền Phong") */
static const char *const small_bodies[] = {
	"bộ", "sở", "cục", "chi cục", "tổng cục", "vụ", "ủy ban", "uỷ ban", "ban", "phòng",
	"viện", "học viện", "trường", "hội", "hội đồng", "văn phòng", "chi nhánh", "lâm trường",
	"nông trường", "xí nghiệp", "trung tâm", "nhà máy", "đài", "trạm", "khoa",
};

/* How many capitalised words from token k on stand right before token j. */
static int capitals_before(const struct tokens *x, int k, int j)
{
	int i;

	for (i = j; i > k && tok_is_word(x, i - 1) && x->t[i - 1].upper; i--)
		;
	return j - i;
}

/* How many capitalised words stand from token j on. */
static int capitals_from(const struct tokens *x, int j)
{
	int i;

	for (i = j; i < x->n && tok_is_word(x, i) && x->t[i].upper; i++)
		;
	return i - j;
}

/* Whether a noun that a stop word begins stands at token k: "dự án", "dự thảo". */
static bool noun_at(const struct tokens *x, int k)
{
	bool found;

	return verb_in_any_case(x, k, &found) == PERSON_NO_ROLE && found;
}

/* Whether the word at token e may be one of a body's name in small letters. */
static bool small_name_word(const struct tokens *x, int e)
{
	enum names_title_kind kind;

	return e < x->n && tok_is_word(x, e) && !x->t[e].upper &&
	       (!names_stop(x, e) || tok_is(x, e, "và") || noun_at(x, e)) && !names_title(x, e, &kind) &&
	       !names_honorific(x, e) && !digits(x, e) && !verb_of_part(x, e);
}

/* "phòng, chống" or "phòng chống" at token j, which begins a list of what a
 * steering committee fights: its tokens, or 0. */
static int fights_at(const struct tokens *x, int j)
{
	if (!tok_is(x, j, "phòng"))
		return 0;
	if (tok_is(x, j + 1, "chống"))
		return 2;
	return tok_is_punct(x, j + 1, ',') && tok_is(x, j + 2, "chống") ? 3 : 0;
}

/* "Bộ trưởng bộ tài nguyên & môi trường Mai Ái Trực": after a body's word
 * in small letters, the small words of its name ("và" among them, a number
 * last), two joined by a dash ("thi đua - khen thưởng"), up to a capital (a
 * person's name, which name_in_body then finds, or more of the body), a
 * mark, a verb that gives a part or the end; not over another verb of the
 * lexicon, a title or more than ten tokens. After "phòng, chống" comes a
 * list of what the committee fights ("Ban chỉ đạo phòng, chống tham
 * nhũng, lãng phí tỉnh"), over whose commas it goes on. Where they end, or
 * j when they do not end so. */
static int small_body(const struct tokens *x, int j, int end, bool named)
{
	int e = j, most = j + 10, m;
	bool list = false;

	if ((m = fights_at(x, j)))
		e = j + m, most = j + 16, list = true;
	for (; e < end && e < most; e++) {
		if (e > j && e + 1 < end && (tok_is_punct(x, e, '-') || (list && tok_is_punct(x, e, ','))) &&
		    small_name_word(x, e + 1) && !tok_is(x, e + 1, "và") && !verb_of_part(x, e + 1))
			continue;
		if (!small_name_word(x, e))
			break;
	}
	/* a number ends the name: "vụ thành tích cao 1" */
	if (e > j && e < end && digits(x, e))
		e++;
	if (e == j)
		return j;
	if (e >= end || tok_is_punct(x, e, ',') || tok_is_punct(x, e, '.') || tok_is_punct(x, e, ')') ||
	    tok_is_punct(x, e, '-'))
		return e;
	/* after a name of capitals ("Ban Tổ chức Trung ương công bố Quyết
	 * định"), a capital goes on with it only as a place, a person's name
	 * or after "và" ("Trung tâm Hồi sức cấp cứu và Chống độc") */
	if (named)
		return x->t[e].upper && (names_place(x, e) || capitals_from(x, e) >= 2 ||
					 tok_is(x, e - 1, "và"))
			       ? e
			       : j;
	return x->t[e].upper || verb_of_part(x, e) ? e : j;
}

/* Whether a body's word of small_bodies ends right before token j. */
static bool generic_before(const struct tokens *x, int j)
{
	int w;

	for (w = 1; w <= 2; w++)
		if (j - w >= 0 && TOK_IN(x, j - w, small_bodies) == w)
			return true;
	return false;
}

/* "Bộ trưởng" at token j after "Hội đồng" (from token k on): the Council
 * of Ministers, with the place that may follow it; its tokens from j, or 0. */
static int council_at(const struct tokens *x, int j, int k)
{
	int m;

	if (!x->t[j].upper || j < k + 2 || tok_phrase(x, j, "bộ trưởng") != 2 || tok_phrase(x, j - 2, "hội đồng") != 2)
		return 0;
	return (m = names_place(x, j + 2)) ? 2 + m : 2;
}

/* Whether the body read to token e ends with the Council of Ministers. */
static bool council_ends(const struct tokens *x, int k, int e)
{
	int j;

	for (j = e - 2; j >= k + 2 && j >= e - 8; j--)
		if (council_at(x, j, k) == e - j)
			return true;
	return false;
}

/* Where the body of a title (the words after its head, from token k) ends:
 * its capitals, the words a body's name writes small ("Hội đồng nhân dân
 * tỉnh"), a place, "khóa XIII"; not a verb or the next title. */
static int body_end(const struct tokens *x, int k, int end, bool caps)
{
	/* a paper's word, which its name follows: "báo Nhân Dân", "tạp chí Cộng sản" */
	static const char *const papers[] = {"báo", "tạp chí"};
	/* the legislature and its standing committee, whose councils and
	 * committees are named "... của Quốc hội" */
	static const char *const legislature[] = {
		"quốc hội", "ủy ban thường vụ quốc hội", "uỷ ban thường vụ quốc hội",
	};
	enum names_title_kind kind;
	/* a body in small letters, or one after a head that holds a body's
	 * word: "trưởng đài truyền hình huyện", "trưởng phòng pháp chế chi cục
	 * Kiểm lâm" */
	bool after_capital = false, common,
	     small = k < x->n && (TOK_IN(x, k, small_bodies) ||
					(k > 1 && (tok_is(x, k - 2, "trưởng") || tok_is(x, k - 2, "phó")) &&
					 TOK_IN(x, k - 1, small_bodies) == 1));
	int j = k, m, at, after_place = -1;

	if (k < x->n && !x->t[k].upper && (m = TOK_IN(x, k, papers)) && capital(x, k + m))
		j += m;
	/* "Trưởng Ban chỉ đạo": the head's last word begins a body's name
	 * that goes on in small letters */
	else if (k > 0 && (m = names_body_word(x, k - 1)) > 1) {
		j = k - 1 + m;
		small = true;
	}
	while (j < end) {
		if (!tok_is_word(x, j)) {
			if (j > k && (body_joins(x, j) || body_comma(x, j, end))) {
				j++;
				continue;
			}
			/* "Thành đoàn TP. Hồ Chí Minh": the city's word
			 * abbreviated, and its name */
			if (j > k && tok_is_punct(x, j, '.') && x->t[j - 1].upper && names_named_after(x, j - 1) == 1 &&
			    capital(x, j + 1) && ((m = names_named_city(x, j + 1)) || (m = names_place(x, j + 1)))) {
				j += 1 + m;
				continue;
			}
			/* "Tổng thống George W. Bush và Quốc hội": an initial is a
			 * name's, and the body ends where that name does */
			if (j > k && initial_at(x, j - 1))
				for (j++; j < end && name_word(x, j);)
					j += initial_at(x, j) ? 2 : 1;
			break;
		}
		/* a place of one word is written with a capital: not the "pháp" of
		 * "trưởng phòng pháp chế", the "anh" of "vua anh" */
		if ((m = names_place(x, j)) && (m > 1 || x->t[j].upper || caps)) {
			j += m;
			after_capital = false;
			after_place = j;
			continue;
		}
		/* "Hội đồng Bộ trưởng", the Council of Ministers, is a body of its
		 * own; a place may follow it, and then a name ("Chủ tịch Hội đồng
		 * Bộ trưởng Liên Xô Nikita Khrushchev") */
		if ((m = council_at(x, j, k)))
			return j + m;
		/* a title ends the body, not one that a body's name begins with
		 * ("Đại sứ quán"), nor a profession a society is of ("Hội Nhà
		 * báo tỉnh", "Hội Nhạc sĩ Việt Nam"), nor one of the person a
		 * place of the body is named after ("Bộ Tư lệnh Bảo vệ Lăng Chủ
		 * tịch Hồ Chí Minh") */
		if (x->t[j].upper && (m = names_title(x, j, &kind)) && names_body(x, j) <= m &&
		    !tok_is(x, j - 1, "ban") && !tok_is(x, j - 1, "đoàn") && !tok_is(x, j - 1, "bộ") &&
		    !(tok_is(x, j - 1, "hội") && x->t[j - 1].upper) &&
		    !(x->t[j - 1].upper && names_named_after(x, j - 1) == 1 && names_named_city(x, j + m)))
			break;
		if (names_honorific(x, j) && !x->t[j].upper)
			break;
		if (caps) {
			if (names_stop(x, j) || (names_surname(x, j, &common) && tok_is_word(x, j + 1) &&
						 !names_stop(x, j + 1)))
				break;
			j++;
			continue;
		}
		if (tok_is(x, j, "và") && j > k && body_joins(x, j)) {
			j++;
			continue;
		}
		/* "Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội":
		 * the body it is part of */
		if (j > k && tok_is(x, j, "thuộc") && tok_is_word(x, j + 1) && x->t[j + 1].upper && names_body(x, j + 1)) {
			j++;
			after_capital = false;
			continue;
		}
		/* "Chủ nhiệm Ủy ban Kinh tế và Tài chính của Quốc hội": the
		 * legislature whose council or committee it is */
		if (j > k && tok_is(x, j, "của") && capital(x, j + 1) && TOK_IN(x, j + 1, legislature)) {
			j++;
			after_capital = false;
			continue;
		}
		/* "khoa Công nghệ thông tin": a stop word that ends a body's
		 * word begun before it ("thông tin") is the body's */
		if (!x->t[j].upper && j >= k + 2 && (m = names_body_word(x, j - 2)) > 2 && names_stop(x, j)) {
			j += m - 2;
			after_capital = false;
			continue;
		}
		/* (not the second syllable of a capitalised word: "Ủy ban Bầu
		 * cử Quốc gia") */
		if (!x->t[j].upper && (m = names_stop(x, j)) && !(after_capital && names_compound(x, j - 1))) {
			/* "Đại sứ Việt Nam tại Lào": from one country to another */
			if (tok_is(x, j, "tại") && after_place == j && (m = names_place(x, j + 1))) {
				j += 1 + m;
				continue;
			}
			break;
		}
		/* "Đại sứ quán", "Tổng Lãnh sự quán": a body's name of words */
		if (x->t[j].upper && (m = names_body(x, j)) > 1) {
			j += m;
			after_capital = false;
			continue;
		}
		if (x->t[j].upper) {
			j++;
			after_capital = true;
			continue;
		}
		if (small && fights_at(x, j) && (m = small_body(x, j, end, false)) > j) {
			j = m;
			small = false;
			continue;
		}
		if ((m = names_body_word(x, j))) {
			/* "Chủ tịch Trung Quốc Tập Cận Bình hội đàm": the name ends the
			 * body, not the one the body is named after ("Bí thư Đoàn
			 * TNCS Hồ Chí Minh tỉnh") */
			if (after_capital && name_in_body(x, k, j, false, &at) && !namesake(x, k, at))
				break;
			j += m;
			after_capital = false;
			continue;
		}
		/* "khóa XIII", "khoá 7", "nhiệm kỳ 2020 - 2025"; "Học viện Chính trị
		 * khu vực I", "Hải quan khu vực 3" */
		if ((tok_is(x, j, "khóa") || tok_is(x, j, "khoá")) && tok_is_word(x, j + 1) &&
		    (digits(x, j + 1) || x->t[j + 1].upper)) {
			j += 2;
			continue;
		}
		if (tok_phrase(x, j, "khu vực") && tok_is_word(x, j + 2) && (digits(x, j + 2) || x->t[j + 2].upper)) {
			j += 3;
			continue;
		}
		if (tok_phrase(x, j, "nhiệm kỳ") && digits(x, j + 2)) {
			/* "nhiệm kỳ 2025 - 2030" */
			j += tok_is_punct(x, j + 3, '-') && digits(x, j + 4) ? 5 : 3;
			continue;
		}
		if ((after_capital && small_syllable(x, k, j)) || (digits(x, j) && j > k) ||
		    /* the last syllable of "Hội Cựu chiến binh", of three with one capital */
		    (j - 2 >= k && x->t[j - 2].upper && tok_phrase(x, j - 2, "cựu chiến binh") == 3)) {
			/* the small syllable of "Quốc phòng", the number of "Quân khu 7" */
			j++;
			after_capital = false;
			continue;
		}
		/* not after a place or a person's name, which end a body's
		 * name: "Thứ trưởng Bộ Y tế Nguyễn Thị Kim Tiến tuyên thệ",
		 * "Đảng Nhân dân Cách mạng Lào Choummaly Sayasone dẫn dầu" */
		if (small && j != after_place && !(after_capital && (capitals_before(x, k, j) > 2 ||
								     name_in_body(x, k, j, false, &at))) &&
		    (m = small_body(x, j, end, after_capital && !generic_before(x, j))) > j) {
			j = m;
			small = false;
			continue;
		}
		break;
	}
	return j;
}

/* A word before a place's name: the capitals after it begin with the place. */
static bool before_place(const struct tokens *x, int i)
{
	static const char *const forms[] = {
		"tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "thành phố", "thôn",
		"ấp", "bản", "ủy", "uỷ", "ubnd", "hđnd", "mttq",
	};
	int w;

	for (w = 1; w <= 2; w++)
		if (i - w >= 0 && tok_list(x, i - w, forms, NELEM(forms), NULL) == w)
			return true;
	return false;
}

/* Whether token i follows "tỉnh" or "Tỉnh ủy", after which every place
 * that may stand is a province, before 2025 or after, or one of the past. */
static bool before_province(const struct tokens *x, int i)
{
	return tok_is(x, i - 1, "tỉnh") ||
	       ((tok_is(x, i - 1, "ủy") || tok_is(x, i - 1, "uỷ")) && tok_is(x, i - 2, "tỉnh"));
}

/* Whether a word of a body's name stands among the tokens a..b ("Thành Đoàn"). */
static bool body_within(const struct tokens *x, int a, int b)
{
	for (; a < b; a++)
		if (names_body_word(x, a) || names_body(x, a))
			return true;
	return false;
}

/* Whether the title that ends before token a names a place's office or a
 * calling, after which one foreign word is a place ("Thống đốc Indiana",
 * "ca sĩ Jamaica") rather than a name. */
static bool place_title(const struct tokens *x, int a)
{
	static const char *const governors[] = {
		"thống đốc", "thị trưởng", "tỉnh trưởng", "quận trưởng", "thủ hiến", "tổng đốc",
	};
	enum names_title_kind kind;
	int w;

	for (w = 1; w <= 3; w++)
		if (a - w >= 0 && names_title(x, a - w, &kind) == w)
			return kind == NAMES_CALLING || tok_list_before(x, a - w, a, governors, NELEM(governors));
	return false;
}

/* Whether the title that ends before token a is an office of the past
 * over a land, after which capitals of no family are the land ("tri phủ
 * Hải Lăng", "tổng trấn Bắc Thành", "Tiết độ sứ An Nam"), not a name. */
static bool office_over_land(const struct tokens *x, int a)
{
	static const char *const offices[] = {
		"tri huyện", "tri phủ", "tri châu", "tổng trấn", "hiệp trấn", "tiết độ sứ", "thứ sử",
		"thái thú", "kinh lược sứ", "tổng đốc", "tuần phủ", "bố chánh", "án sát",
	};

	return tok_list_before(x, a > 4 ? a - 4 : 0, a, offices, NELEM(offices)) > 0;
}

/* A name the capitals at the end of a body (tokens a..b) end with: "Bí thư
 * Tỉnh ủy Bắc Giang Dương Văn Thái" is Dương Văn Thái, not Giang Dương Văn
 * Thái; "Thủ tướng Pháp Pierre Mendès-France" is Pierre Mendès-France.
 * Sets *at to where it begins; false when the body holds none. */
/* "Phó Thủ tướng Thứ Nhất": the title's rank, no name */
static bool rank_word(const struct tokens *x, int k)
{
	return tok_is(x, k, "thứ") &&
	       (tok_is(x, k + 1, "nhất") || tok_is(x, k + 1, "hai") || tok_is(x, k + 1, "ba"));
}

static bool syllable(const struct tokens *x, int i);

/* Whether tokens a..b are two words or more, one of them no Vietnamese syllable. */
static bool foreign_words(const struct tokens *x, int a, int b)
{
	int i;

	if (name_words(x, a, b) < 2)
		return false;
	for (i = a; i < b; i++)
		if (tok_is_word(x, i) && !syllable(x, i))
			return true;
	return false;
}

/* Middle names that no place has as its second word: after a body that a
 * place may follow ("Bí thư Huyện ủy Lò Văn Hùng", "Tỉnh ủy Hầu A Lềnh"),
 * a family name of any kind and one of these begin a name, as a name of
 * the highlands of three words or more does ("UBND tỉnh Y Giang Gry Niê
 * Knơng"). */
static const char *const middle_names[] = {"văn", "thị", "a", "seo", "mí"};

/* Where the name of tokens q..b in the body from token a begins, when it
 * may be the name of a thing named after someone and then a person's:
 * after a word of such things, a family name of the commonest two words
 * on or more ("Hiệu trưởng Trường THPT Nguyễn Du Trần Văn Bình"); else q. */
static int after_namesake(const struct tokens *x, int a, int q, int b)
{
	bool common;
	int w, p;

	for (w = 1; w <= 3 && q - w >= a; w++)
		if (names_named_after(x, q - w) == w && x->t[q - w].upper)
			break;
	if (w > 3 || q - w < a)
		return q;
	for (p = q + 2; p <= b - 2; p++)
		if (names_surname(x, p, &common) && common)
			return p;
	return q;
}

static bool name_in_body(const struct tokens *x, int a, int b, bool foreign, int *at)
{
	int r = b, from, q, m, any = -1, best = -1;
	bool common, place_first;
	enum names_title_kind kind;

	for (;;) {
		if (r > a && name_word(x, r - 1))
			r--;
		else if (r - 2 >= a && initial_at(x, r - 2))
			r -= 2;
		else
			break;
	}
	if (r == b || names_compound(x, b - 1))
		return false;
	from = r;
	while (from < b && (m = names_place(x, from)) && from + m <= b)
		from += m;
	/* after a province's body no place but a province, which names_place
	 * knows, may stand: "Bí thư Tỉnh ủy Tôn Ngọc Hạnh" */
	place_first = from == r && before_place(x, r) && !before_province(x, r);
	for (q = from; q < b && best < 0; q++) {
		/* "Tổng Bí thư Trường Chinh": a whole name of note */
		if (names_alias(x, q) == b - q && capitals(x, q, b)) {
			best = q;
			break;
		}
		/* not a place ("Đại học Y Hà Nội": neither "Y Hà Nội" nor "Hà Nội") */
		if (!names_surname(x, q, &common) || b - q < 2 || b - q > NAME_WORDS || names_place(x, q) == b - q ||
		    (ethnic_surname(x, q) && names_place(x, q + 1) == b - q - 1))
			continue;
		if (place_first && q == r && !(common && b - q <= 4) && !(b - q <= 4 && TOK_IN(x, q + 1, middle_names)) &&
		    !(ethnic_surname(x, q) && b - q >= 3))
			continue;
		if (common)
			best = q;
		else if (any < 0)
			any = q;
	}
	if (best < 0)
		best = any;
	/* A name of no Vietnamese family right after the title: "Tổng thống
	 * Putin", "Quốc trưởng Bảo Đại"; of one word only where the clause goes
	 * on with a verb or ends, not in "Thủ tướng Chính phủ". After a body's
	 * word of two syllables too, where the name is of two words or more and
	 * written as no Vietnamese one ("Bộ trưởng Ngoại giao William Seward",
	 * not "Hiệu trưởng Đại học Hoa Sen", "Chủ tịch Đại học Columbia"). */
	if (best < 0 && foreign && !place_first && (r == a || (b - r >= 2 && r - 2 >= a && names_compound(x, r - 2))) &&
	    !before_place(x, a) && !(from == a && office_over_land(x, a))) {
		/* an acronym there is the body's ("Chủ tịch PLO Yasser Arafat") */
		while (from < b && shouted(x->s, x->t[from].start, x->t[from].end))
			from++;
		if (from < b && name_words(x, from, b) <= 4 && !names_body(x, from) && !names_named_after(x, from) &&
		    !rank_word(x, from) &&
		    !names_title(x, from, &kind) && !place_within(x, from, b) && !body_within(x, from, b) &&
		    (b - from > 1 || ((b >= x->n || x->t[b].punct || names_stop(x, b)) && !place_title(x, a))) &&
		    (r == a || foreign_words(x, from, b)))
			best = from;
	}
	/* "Bí thư Huyện ủy Lục Yên": the body ends with a district */
	if (best < 0 || names_locality(x, best) == b - best)
		return false;
	*at = after_namesake(x, a, best, b);
	return true;
}

static void add_title(struct person_mention *m, int start, int end)
{
	if (m->ntitles < PERSON_TITLES && end > start) {
		m->title[m->ntitles].start = start;
		m->title[m->ntitles].end = end;
		m->ntitles++;
	}
}

/* A word that may be a given name alone after "ông", "bà" before any verb:
 * small letters after its capital ("ông II", "bà UBND" are not), not a
 * middle syllable ("Văn", "Thị"), an honorific ("Ông Bà tổ tiên") or the
 * Party ("bà Đảng"). */
static bool given_word(const struct tokens *x, int k)
{
	return !shouted(x->s, x->t[k].start, x->t[k].end) && !tok_is(x, k, "văn") && !tok_is(x, k, "thị") &&
	       !tok_is(x, k, "đảng") && !names_honorific(x, k);
}

/* A name after a title or an honorific, at token k: its tokens, or 0. In
 * capitals it begins with a family name and ends before a verb. */
/* Whether the title of m tokens at token j, right after a family name, is rather
 * more of the name: of two words or more, each with a capital, as a name's
 * syllables are and a title's are not ("Chủ tịch"), and the name's end
 * ("đồng chí Đinh Công Sứ," whose "Công Sứ" is also a colonial office). */
static bool title_as_name(const struct tokens *x, int j, int m, int end)
{
	int i;

	if (m < 2 || j + m > end)
		return false;
	for (i = j; i < j + m; i++)
		if (!name_word(x, i))
			return false;
	return j + m == end || !tok_is_word(x, j + m) || !x->t[j + m].upper;
}

static int name_after(const struct tokens *x, int k, int end, bool caps, bool honoured)
{
	enum names_title_kind kind;
	bool common;
	int j = k, m;

	if (!(caps ? capital(x, k) && letters(x, k) : name_word(x, k)) || names_place(x, k))
		return 0;
	/* "Sở Nội vụ", "đường Lê Lợi"; but "ông Đoàn Văn Hậu", "ca sĩ Hồ Ngọc Hà" */
	if ((names_body(x, k) || names_named_after(x, k)) &&
	    !(names_surname(x, k, &common) && name_word(x, k + 1) && !names_body(x, k + 1) && !names_named_after(x, k + 1)))
		return 0;
	if (caps) {
		if (!names_surname(x, k, &common))
			return 0;
		for (j = k + 1; j < end && j - k < 4 && tok_is_word(x, j) && letters(x, j) &&
				!names_stop(x, j) && !names_title(x, j, &kind) && !names_body(x, j);
		     j++)
			;
		return j - k >= 2 ? j - k : 0;
	}
	if (names_title(x, k, &kind))
		return 0;
	/* a rank, or a language ("giáo sư Tiếng Anh") */
	if (rank_word(x, k) || tok_is(x, k, "tiếng"))
		return 0;
	while (j < end && name_word(x, j) &&
	       !(j > k && (m = names_title(x, j, &kind)) &&
		 !(j == k + 1 && names_surname(x, k, &common) && title_as_name(x, j, m, end))))
		j += initial_at(x, j) ? 2 : 1;
	if (name_words(x, k, j) > NAME_WORDS || names_compound(x, j - 1))
		return 0;
	/* "vận động viên Wushu Việt Nam": a place in it, and no family name first;
	 * "Đại học Y Hà Nội": a word of the Highlands' names before a place alone */
	if ((!names_surname(x, k, &common) && place_within(x, k + 1, j)) ||
	    (ethnic_surname(x, k) && names_place(x, k + 1) == j - k - 1))
		return 0;
	/* one word only where the clause goes on with a verb or ends (after
	 * "ông", "bà" any word in small letters: "ông Phong trả lời"), and not a
	 * family name alone, which names a house ("chúa Nguyễn", "vua Lê") */
	if (j - k == 1 && !(j >= x->n || x->t[j].punct || names_stop(x, j) || (honoured && !x->t[j].upper && given_word(x, k))))
		return 0;
	return j - k;
}

/* Whether the title at tokens k..e, before a colon, heads an item of a
 * list of people: it opens the line, or follows a semicolon, a colon, a
 * period or a dash, or a comma where it ends in no place, which would
 * label the next item ("Hàn Quốc: Lee, Thứ trưởng Ngoại giao Trung Quốc:
 * Wang"). */
/* Verbs whose object the person after them is, whom the verb after that
 * does not govern: "gặp X đề nghị", "hỏi X", "không chờ X trả lời". */
static const char *const meeting_verbs[] = {"gặp", "hỏi", "nhờ", "khuyên", "thuyết phục", "chờ", "đợi"};

/* The fields of a degree, which may stand between it and the name. */
static const char *const degree_fields[] = {
	"luật", "luật học", "kinh tế", "y học", "y khoa", "sử học", "văn học", "triết học", "toán học",
	"vật lý", "hóa học", "khoa học", "ngữ văn", "kỹ thuật", "nông nghiệp", "giáo dục học",
	"tâm lý học", "xã hội học", "chính trị học", "quản trị kinh doanh",
};

/* Where a degree's field that begins at token k ends: its words in small
 * letters ("khoa học quản lý kinh tế"), six at most, up to a comma, a
 * semicolon or a dash; k when they end otherwise. */
static int degree_field_end(const struct tokens *x, int k, int end)
{
	int e;

	for (e = k; e < end && e < k + 6 && tok_is_word(x, e) && !x->t[e].upper && !names_stop(x, e); e++)
		;
	return e < end && (tok_is_punct(x, e, ',') || tok_is_punct(x, e, ';') || tok_is_punct(x, e, '-')) ? e : k;
}

/* Whether the title at token k is of many: "các", "những" before it, or
 * before the honorific before it ("các đồng chí Phó Bí thư Tỉnh ủy"). */
static bool plural_title(const struct tokens *x, int k)
{
	int h;

	for (h = 1; h <= 2 && k - h >= 0; h++)
		if (names_honorific(x, k - h) == h) {
			k -= h;
			break;
		}
	return tok_is(x, k - 1, "các") || tok_is(x, k - 1, "những");
}

static bool item_title(const struct tokens *x, int k, int e)
{
	int j;

	/* "Các Phó Tổng cục trưởng: A, B", "có các đồng chí Phó Bí thư Tỉnh ủy: A, B" */
	if (plural_title(x, k))
		return true;
	if (k == 0 || tok_is_punct(x, k - 1, ';') || tok_is_punct(x, k - 1, '.') || tok_is_punct(x, k - 1, '-') ||
	    tok_is_punct(x, k - 1, ':'))
		return true;
	if (!tok_is_punct(x, k - 1, ','))
		return false;
	for (j = k + 1; j < e; j++)
		if (names_place(x, j) == e - j)
			return false;
	return true;
}

/* The titles before a name, from token k: each title with its body, joined
 * by commas or "kiêm"; the name, when the last body ends with one, goes to
 * m. Returns where the titles end. */
/* Whether the first title of m is an office ("Thủ tướng"), not a rank, a
 * degree or a calling. */
static bool first_office(const struct tokens *x, const struct person_mention *m)
{
	enum names_title_kind kind;

	return title_head(x, m->title[0].start, &kind) && kind == NAMES_OFFICE;
}

/* The tokens of a country or a city of the world, capitalised, that a
 * calling at token i goes with ("nhà văn Pháp", "Tổng Giám mục
 * Canterbury"); 0 when none is there. */
static int calling_place(const struct tokens *x, int i)
{
	return tok_is_word(x, i) && x->t[i].upper ? names_place(x, i) : 0;
}

/* The units of administration, whose names may be people's ("Phó Bí thư
 * Đảng ủy phường Trần Phú"). */
static const char *const units[] = {"xã", "phường", "thị trấn", "thị xã", "quận", "huyện", "thành phố",
				    "tỉnh", "thôn", "bản", "ấp", "xóm", "làng", "khu phố", "tổ dân phố"};
/* People of history whose names communes, wards and streets bear: facts. */
static const char *const namesakes[] = {
	"trần phú", "lê lợi", "quang trung", "hoàng văn thụ", "trần hưng đạo", "nguyễn trãi", "lý thường kiệt",
	"hai bà trưng", "phan bội châu", "lê hồng phong", "nguyễn du", "ngô quyền", "trần quốc toản",
	"nguyễn thái học", "phan chu trinh", "hoàng diệu", "võ thị sáu", "nguyễn văn cừ", "lê thánh tông",
	"trưng vương", "bà triệu", "hùng vương", "an dương vương", "đinh tiên hoàng", "lý thái tổ",
	"trần nhân tông", "kim đồng", "lý tự trọng", "nguyễn huệ", "hàm nghi", "phan đình phùng", "tô hiệu",
	"hoàng hoa thám", "phạm ngũ lão", "yết kiêu", "chu văn an", "tôn đức thắng", "lê duẩn", "trường chinh",
	"võ nguyên giáp", "phạm văn đồng", "nguyễn văn trỗi", "lê quý đôn", "nguyễn bỉnh khiêm", "lê đại hành",
	"lý nam đế", "mai hắc đế", "triệu quang phục", "phùng hưng", "đinh bộ lĩnh", "trần quang khải",
	"lê lai", "đào duy từ", "nguyễn tri phương", "hoàng quốc việt", "nguyễn đình chiểu", "trương định",
	"nguyễn trung trực", "cao thắng", "phan đăng lưu", "hà huy tập", "lê văn tám", "nguyễn thị minh khai",
	"cù chính lan", "bế văn đàn", "phan đình giót", "tô vĩnh diện", "nguyễn viết xuân", "nguyễn văn linh",
	"hồ tùng mậu", "ngô gia tự", "nguyễn lương bằng", "lương thế vinh", "nguyễn công trứ", "lê thánh tôn",
	"trần quý cáp", "huỳnh thúc kháng", "trần cao vân", "lê văn sỹ", "nguyễn an ninh", "võ văn kiệt",
};

/* Whether the words at..e of a title's body are a unit of administration's
 * name that is a person's of history ("Bí thư Đảng ủy xã Trần Hưng Đạo"):
 * the unit's word before them, the body from token body. */
/* Whether the name at token at is a city's after its word abbreviated in
 * the body from token body: "Thành đoàn TP. Hồ Chí Minh". */
static bool city_namesake(const struct tokens *x, int body, int at)
{
	return at - 2 >= body && tok_is_punct(x, at - 1, '.') && names_named_after(x, at - 2) == 1 &&
	       x->t[at - 2].upper && names_named_city(x, at);
}

/* Whether the name at token at is of the one a place of the body from
 * token body is named after, with a title between: "Bộ Tư lệnh Bảo vệ
 * Lăng Chủ tịch Hồ Chí Minh". */
static bool titled_namesake(const struct tokens *x, int body, int at)
{
	enum names_title_kind kind;
	int w;

	for (w = 1; w <= 3 && at - w - 1 >= body; w++)
		if (title_head(x, at - w, &kind) == w && names_named_after(x, at - w - 1) == 1 && x->t[at - w - 1].upper &&
		    names_named_city(x, at))
			return true;
	return false;
}

/* Whether the name at token at is the city's name that the body from token
 * body took: it begins with a word of things named after people, or such a
 * word stands right before the name ("Đoàn TNCS Hồ Chí Minh", "Ủy ban Nhân
 * dân Thành phố Hồ Chí Minh"). */
static bool named_city_body(const struct tokens *x, int body, int at)
{
	int w;

	if (at <= body || !names_named_city(x, at))
		return false;
	for (w = 1; w <= 2 && at - w >= body; w++)
		if (names_named_after(x, at - w) == w && x->t[at - w].upper)
			return true;
	return names_named_after(x, body) && x->t[body].upper;
}

static bool unit_namesake(const struct tokens *x, int body, int at, int e)
{
	return tok_list_before(x, body, at, units, NELEM(units)) && TOK_IN(x, at, namesakes) == e - at;
}

/* Whether each of tokens a..b is written as a Vietnamese syllable may be. */
static bool syllables(const struct tokens *x, int a, int b)
{
	for (; a < b; a++)
		if (!syllable(x, a))
			return false;
	return true;
}

static int titles_before(const struct tokens *x, int k, int end, bool caps, struct person_mention *m)
{
	enum names_title_kind kind;
	int h, e, at, n, p;
	bool post;

	while ((h = title_head(x, k, &kind))) {
		/* "Tiến sĩ Luật Cù Huy Hà Vũ": a degree's field before a name of
		 * two words or more is the degree's ("Giáo sư Toán học Lucas" is a chair) */
		if (kind == NAMES_DEGREE && (n = TOK_IN(x, k + h, degree_fields)) &&
		    name_after(x, k + h + n, end, caps, false) >= 2)
			h += n;
		e = kind == NAMES_DEGREE || kind == NAMES_CALLING ? k + h : body_end(x, k + h, end, caps);
		/* "Nhà văn Pháp Victor Hugo": the place, before a name of two
		 * words at least ("ca sĩ Mỹ Tâm" is a singer's name), and after
		 * one of one word (Anh, Mỹ, Đức), a name not of Vietnamese
		 * syllables alone ("Nhạc sĩ Anh Việt Thu" is his name) */
		if (kind == NAMES_CALLING && (p = calling_place(x, e)) && (n = name_after(x, e + p, end, caps, false)) >= 2 &&
		    (p > 1 || !syllables(x, e + p, e + p + n)))
			e += p;
		/* "giáo viên Lê Thị Hoa": a post takes a full name right after
		 * it, not "giáo viên Quebec", "giảng viên Trường quân sự Hoàng Phố" */
		post = names_post(x, k) == h;
		if ((e == k + h || kind == NAMES_CALLING || council_ends(x, k + h, e)) &&
		    (n = name_after(x, e, end, caps, false)) && (!post || (e == k + h && n >= 2))) {
			add_title(m, k, e);
			m->name = e, m->name_end = e + n;
			return e;
		}
		if (post) {
			if (!caps && name_in_body(x, k + h, e, true, &at) && at == k + h && e - at >= 2) {
				add_title(m, k, at);
				m->name = at, m->name_end = e;
				return at;
			}
			add_title(m, k, e);
			return e;
		}
		if (!caps && name_in_body(x, k + h, e, true, &at) && !unit_namesake(x, k + h, at, e) &&
		    !city_namesake(x, k + h, at) && !titled_namesake(x, k + h, at) && !named_city_body(x, k + h, at)) {
			add_title(m, k, at);
			m->name = at, m->name_end = e;
			return at;
		}
		if (caps && e < end && (n = name_after(x, e, end, caps, false))) {
			add_title(m, k, e);
			m->name = e, m->name_end = e + n;
			return e;
		}
		add_title(m, k, e);
		k = e;
		/* "Giám đốc: Nguyễn Hữu Vinh", "Trưởng ban: đồng chí Trần Nam": a
		 * title that heads an item of a list, a colon, and the name */
		if (tok_is_punct(x, k, ':') && item_title(x, m->title[0].start, k) &&
		    (n = name_after(x, (at = k + 1 + honorific_at(x, k + 1)), end, caps, false)) &&
		    /* a word alone ends the item: not "Phóng viên: Xin ông cho biết ..." */
		    (n > 1 || at + n >= end || x->t[at + n].punct)) {
			m->name = at, m->name_end = at + n;
			return at;
		}
		/* "Ban nghiên cứu của Thủ tướng Chính phủ, GS Hồ Uy Liêm": after
		 * an owner's title, a degree or a calling begins another's mention */
		if ((tok_is_punct(x, k, ',') || tok_is(x, k, "kiêm") || tok_is_punct(x, k, '-')) &&
		    title_head(x, k + 1, &kind) &&
		    !(tok_is_punct(x, k, ',') && (kind == NAMES_DEGREE || kind == NAMES_CALLING) &&
		      m->ntitles && tok_is(x, m->title[0].start - 1, "của") && first_office(x, m)))
			k++;
		else if (!title_head(x, k, &kind))
			break;
	}
	return k;
}

/* Whether the title head at tokens k..k+h is one the mention has already:
 * "Tổng thống Kennedy, Tổng thống Johnson" speaks of two people. */
static bool same_head(const struct tokens *x, const struct person_mention *m, int k, int h)
{
	int t, j;

	for (t = 0; t < m->ntitles; t++) {
		for (j = 0; j < h && tok_is_word(x, m->title[t].start + j) && tok_is_word(x, k + j) &&
			    x->t[m->title[t].start + j].hash == x->t[k + j].hash;
		     j++)
			;
		if (j == h)
			return true;
	}
	return false;
}

/* Whether token k ends the sentence: nothing after it but a full stop or
 * a semicolon. */
static bool sentence_end(const struct tokens *x, int k)
{
	return k == x->n || (k + 1 == x->n && (tok_is_punct(x, k, '.') || tok_is_punct(x, k, ';')));
}

/* Whether the colon at token k follows a name that opens its line and
 * no title yet, as in a list of people with their posts: "Phạm Văn An:
 * nguyên Phó Ban Tổ chức Trung ương, nguyên Bí thư Tỉnh ủy". */
static int life_years(const struct tokens *x, int k, int end);

static bool listed_titles(const struct tokens *x, int k, int end, unsigned flags, const struct person_mention *m)
{
	int j;

	/* "Cao Huy Đỉnh (1927-1975): Giáo sư, ...": past the years of a life */
	if (k == m->name_end && (j = life_years(x, k, end)) > k && tok_is_punct(x, j, ':'))
		k = j;
	else if (k != m->name_end)
		return false;
	if (!(flags & PERSON_FIRST) || k >= end || !tok_is_punct(x, k, ':') || m->ntitles)
		return false;
	for (j = 0; j < m->start; j++)
		if (tok_is_word(x, j))
			return false;
	return true;
}

/* The end of the years of a life in parentheses at token k ("(s. 1931)",
 * "(sinh năm 1960)", "(1920 - 1995)", "(1920–1995)"), or k. */
static int life_years(const struct tokens *x, int k, int end)
{
	int j = k + 1, years = 0;

	if (!tok_is_punct(x, k, '('))
		return k;
	for (; j < end && j < k + 8 && !tok_is_punct(x, j, ')'); j++)
		if (digits(x, j))
			years++;
		else if (!(tok_is(x, j, "s") || tok_is(x, j, "sinh") || tok_is(x, j, "năm") || tok_is(x, j, "mất") ||
			   tok_is_punct(x, j, '.') || tok_is_punct(x, j, '-')))
			return k;
	return j < end && tok_is_punct(x, j, ')') && years ? j + 1 : k;
}

/* "(thứ hai từ trái sang)", "(bên phải)": where someone stands in a photo,
 * in brackets after the name at token k; where they end, or k. */
static int photo_place(const struct tokens *x, int k, int end)
{
	int j = k + 1, sides = 0;

	if (!tok_is_punct(x, k, '('))
		return k;
	for (; j < end && j < k + 8 && tok_is_word(x, j) && !x->t[j].upper; j++)
		sides += tok_is(x, j, "trái") || tok_is(x, j, "phải") || tok_is(x, j, "giữa");
	return j < end && tok_is_punct(x, j, ')') && sides ? j + 1 : k;
}

/* The words that give a person a post, between the name and its title. */
static const char *const appointed[] = {
	"được bầu làm", "được bầu giữ chức", "được bầu vào chức", "được bổ nhiệm làm", "được bổ nhiệm giữ chức",
	"được bổ nhiệm", "được phân công giữ chức", "được phân công làm", "được điều động giữ chức",
	"được giao giữ chức", "được chỉ định làm", "được chỉ định giữ chức", "giữ chức vụ", "giữ chức",
	"đảm nhận chức vụ", "đảm nhận chức", "tái đắc cử chức", "tái đắc cử", "đắc cử chức", "đắc cử",
	"trúng cử", "làm", "được tín nhiệm bầu làm", "được tín nhiệm bầu giữ chức", "là",
};
/* The words that may stand between the name and the words that give it a
 * post ("đã được bổ nhiệm", "tiếp tục được bầu giữ chức"), not before
 * "làm", which then tells what someone did ("X cũng làm ..."). */
static const char *const appointed_adverbs[] = {
	"đã", "cũng", "tiếp tục", "chính thức", "vừa", "mới", "lại", "đều", "từng", "hiện", "hiện nay", "vốn",
};

/* The titles after a name ending at token k: ", Ủy viên Trung ương Đảng,
 * Bí thư Tỉnh ủy", " - Phó Bí thư Thường trực Tỉnh ủy". Returns where they end. */
/* Whether the name at token at, in the body of a title that begins at
 * token body, is the body's namesake: right after capitalised words that
 * name a thing named after someone ("Bảo tàng Hồ Chí Minh", "Đại học Quốc
 * gia Thành phố Hồ Chí Minh"), or the name a city took, in a body that
 * begins with such words ("Học viện Chính trị quốc gia Hồ Chí Minh",
 * "Đoàn Thanh niên Cộng sản Hồ Chí Minh"). For a title after a name, where
 * "Viện phó Viện Hàn lâm Khoa học Nguyễn Đình Công" names someone else. */
static bool namesake(const struct tokens *x, int body, int at)
{
	int w;

	for (w = 1; w <= 3 && at - w >= body; w++)
		if (names_named_after(x, at - w) == w && x->t[at - w].upper)
			return true;
	return city_namesake(x, body, at) || titled_namesake(x, body, at) || named_city_body(x, body, at);
}

/* The post given with one of appointed at token k ("được bầu giữ chức Bí
 * thư Đảng ủy xã"), added to m's titles: where it ends, or k for none. */
static int appointed_post(const struct tokens *x, int k, int end, bool caps, struct person_mention *m)
{
	enum names_title_kind kind;
	int a, w, h, e, at;

	for (a = k; a < k + 3 && (w = TOK_IN(x, a, appointed_adverbs)); a += w)
		;
	if (!(w = TOK_IN(x, a, appointed)) || (a > k && tok_is(x, a, "làm")) || !(h = title_head(x, a + w, &kind)) ||
	    kind == NAMES_DEGREE || kind == NAMES_CALLING)
		return k;
	w += a - k;
	e = body_end(x, k + w + h, end, caps);
	if (tok_is(x, e, "là") || name_after(x, e, end, caps, false) || (!caps && name_in_body(x, k + w + h, e, true, &at)))
		return k;
	add_title(m, k + w, e);
	return e;
}

/* Where the body of a title set off between commas after a name ends: on
 * over the words in small letters that its name goes on with up to the
 * comma, where a verb of a part follows it ("Ông A, viện trưởng viện
 * Nghiên cứu phát triển, cho biết"; not "..., Bộ trưởng Bộ Quốc phòng dẫn
 * đầu, đã ..."), at most six and none that ends a name or says what the
 * person does; e otherwise. */
static int body_to_comma(const struct tokens *x, int e, int end)
{
	enum person_role also;
	int j;

	for (j = e; j < end && j < e + 6 && tok_is_word(x, j) && !x->t[j].upper && !digits(x, j) && !names_stop(x, j) &&
		    !verb_of_part(x, j) && !names_honorific(x, j);
	     j++)
		;
	return j > e && tok_is_punct(x, j, ',') && role_after(x, j, &also) ? j : e;
}

static int titles_after(const struct tokens *x, int k, int end, unsigned flags, struct person_mention *m)
{
	enum names_title_kind kind;
	bool caps = flags & PERSON_CAPS, common, listed = listed_titles(x, k, end, flags, m);
	int h, e, at, sep, last = k;

	/* "Phạm Song (s. 1931), Giáo sư, ...", "Trần Hai (1920 - 1995), nguyên
	 * Bí thư": the years of a life between the name and its titles */
	if (((e = life_years(x, k, end)) > k || (e = photo_place(x, k, end)) > k) &&
	    (tok_is_punct(x, e, ',') || tok_is_punct(x, e, '-')) && title_head(x, e + 1, &kind))
		k = e;

	/* "Trần Văn Hải được bầu giữ chức Bí thư Đảng ủy xã": the post the
	 * person is given, right after the name, is a title too */
	if (!listed && (e = appointed_post(x, k, end, caps, m)) > k)
		return e;
	/* the separator before each title: ",", "-", "kiêm" after a title, ", kiêm" */
	if (listed && (e = life_years(x, k, end)) > k)
		k = e;
	while (k < end && (tok_is_punct(x, k, ',') || tok_is_punct(x, k, '-') || (listed && tok_is_punct(x, k, ':')) ||
			   (last != m->name_end && tok_is(x, k, "kiêm")))) {
		sep = tok_is_punct(x, k, ',') && tok_is(x, k + 1, "kiêm") ? 2 : 1;
		if (!(h = title_head(x, k + sep, &kind)))
			break;
		e = kind == NAMES_DEGREE || kind == NAMES_CALLING ? k + sep + h : body_end(x, k + sep + h, end, caps);
		/* "X - Tiến sĩ khoa học quản lý kinh tế, Phó Chủ nhiệm ...": a
		 * degree's field in small letters, up to the mark before the
		 * next title */
		if (kind == NAMES_DEGREE && TOK_IN(x, e, degree_fields))
			e = degree_field_end(x, e, end);
		/* "Victor Hugo, nhà văn Pháp" */
		if (kind == NAMES_CALLING)
			e += calling_place(x, e);
		else if (kind != NAMES_DEGREE && tok_is_punct(x, k, ','))
			e = body_to_comma(x, e, end);
		/* "Tổng thống Kennedy, Tổng thống Nixon", "Phó Tổng thống Andrew Johnson,
		 * Bộ trưởng Ngoại giao William Seward": a title with a name of its own;
		 * "trưởng ban là A, phó ban là B", "Chủ tịch: A, Phó Chủ tịch: B":
		 * one said to be someone's */
		if (tok_is(x, e, "là") ||
		    (tok_is_punct(x, e, ':') && name_after(x, e + 1 + honorific_at(x, e + 1), end, caps, false) >= 2) ||
		    (!caps && ((name_in_body(x, k + sep + h, e, true, &at) && !namesake(x, k + sep + h, at) &&
				!unit_namesake(x, k + sep + h, at, e) &&
				(same_head(x, m, k + sep, h) || at < e - 1 || names_surname(x, at, &common))) ||
			       name_after(x, e, end, caps, false))))
			break;
		k += sep;
		add_title(m, k, e);
		k = last = e;
		/* "Thiếu tướng (2009), kiêm Tư lệnh ...": the year a title was
		 * given, in brackets, before the next */
		if (tok_is_punct(x, k, '(') && digits(x, k + 1) && tok_is_punct(x, k + 2, ')') &&
		    (tok_is_punct(x, k + 3, ',') || tok_is_punct(x, k + 3, '-')) && title_head(x, k + 4 + tok_is(x, k + 4, "kiêm"), &kind))
			k += 3;
	}
	/* "Đồng chí X, Ủy viên Trung ương Đảng(,) được bầu giữ chức Bí thư
	 * Tỉnh ủy": after the titles too, but for "làm", and not for one
	 * whose someone else is given it ("Trợ lý của Đại tướng X, Bộ
	 * trưởng Bộ Công an, giữ chức vụ ...") */
	h = last + tok_is_punct(x, last, ',');
	if (!listed && last > m->name_end && !tok_is(x, h, "làm") && !tok_is(x, m->start - 1, "của") &&
	    (e = appointed_post(x, h, end, caps, m)) > h)
		last = e;
	/* a colon's titles run to the end, or are two or more (a list's body
	 * may break the chain: "..., Phó trưởng Ban chỉ đạo về phòng, chống
	 * tham nhũng"), or one that a comma or a semicolon ends ("Lê Văn An:
	 * Bí thư Huyện ủy, sinh năm 1950"), or they were words of a quote */
	if (listed && m->ntitles < 2 && !(flags & PERSON_WHOLE && sentence_end(x, last)) &&
	    !(m->ntitles == 1 && (tok_is_punct(x, last, ',') || tok_is_punct(x, last, ';')))) {
		m->ntitles = 0;
		return m->name_end;
	}
	/* "Nguyễn Công Tạn (nguyên bộ trưởng)": a title alone in parentheses
	 * right after the name; the parenthesis closes the mention */
	if (last == m->name_end && tok_is_punct(x, k, '(') && (h = title_head(x, k + 1, &kind))) {
		e = kind == NAMES_DEGREE || kind == NAMES_CALLING ? k + 1 + h : body_end(x, k + 1 + h, end, caps);
		if (tok_is_punct(x, e, ')') && !(!caps && name_in_body(x, k + 1 + h, e, true, &at))) {
			add_title(m, k + 1, e);
			last = e + 1;
		}
	}
	return last;
}

/* Whether token i is written as a Vietnamese syllable may be: a known
 * initial consonant, one to three vowels and a known final ("Khiêm",
 * "Nguyễn"); not "Texoma", "Manhattan", "Praha". A word with a dash is a
 * name read another way ("Jong-un") and passes. */
static bool syllable(const struct tokens *x, int i)
{
	/* the letters without their marks; D for đ */
	static const char *const initials[] = {
		"ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
		"b", "c", "d", "D", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
	};
	static const char *const finals[] = {"ch", "ng", "nh", "c", "m", "n", "p", "t", ""};
	char base[TOKEN_LOW_MAX + 1];
	size_t n = 0, j, k, vowels;
	struct vn_vowel v;
	uint32_t cp;
	int len;

	if (x->t[i].end - x->t[i].start > TOKEN_LOW_MAX)
		return false;
	for (j = x->t[i].start; j < x->t[i].end; j += (size_t)len) {
		if (x->s[j] == '-')
			return true;
		/* a credit's name ends at its slash: "Hà/TTXVN" */
		if (x->s[j] == '/')
			break;
		if ((len = u8_decode((const unsigned char *)x->s + j, x->t[i].end - j, &cp)) <= 0)
			return false;
		cp = vn_to_lower(cp);
		if (cp == 0x111 || cp == 0xF0)
			base[n++] = 'D'; /* đ, and ð written for it */
		else if (vn_vowel_split(cp, &v))
			base[n++] = (char)(v.letter | 0x20);
		else if (cp >= 'a' && cp <= 'z')
			base[n++] = (char)cp;
		else
			return false;
	}
	base[n] = '\0';
	for (j = 0, k = 0; k < NELEM(initials); k++)
		if (!strncmp(base, initials[k], strlen(initials[k]))) {
			j = strlen(initials[k]);
			break;
		}
	for (vowels = 0; base[j + vowels] && strchr("aeiouy", base[j + vowels]); vowels++)
		;
	if (vowels < 1 || vowels > 3)
		return false;
	for (k = 0; k < NELEM(finals); k++)
		if (!strcmp(base + j + vowels, finals[k]))
			return true;
	return false;
}

/* "Kim Jong Un", "Kim Duk Koo": after Kim, a short word of Latin letters. */
static bool korean(const struct tokens *x, int k, int i)
{
	size_t j, n = x->t[i].end - x->t[i].start;

	if (!tok_is(x, k, "kim") || n > 4)
		return false;
	for (j = x->t[i].start; j < x->t[i].end; j++)
		if (!((x->s[j] | 0x20) >= 'a' && (x->s[j] | 0x20) <= 'z'))
			return false;
	return true;
}

static bool ethnic_surname(const struct tokens *x, int k)
{
	static const char *const highlands[] = {"y", "ksor", "siu", "kpă", "rmah", "rơ mah", "h'"};

	return TOK_IN(x, k, highlands) > 0;
}

/* Whether the capitals at a..b might be a name with no title: a family
 * name first, two to four words. */
static bool name_shaped(const struct tokens *x, int a, int b)
{
	bool common;

	return b - a >= 2 && b - a <= 4 && names_surname(x, a, &common) && !names_place(x, a);
}

/* Whether the capitals at k..j stand in a list of two or more whose
 * other items are surely names: three words or more, or one of the
 * commonest families first ("Lâm Bưu và Đặng Tiểu Bình"). */
static bool among_names(const struct tokens *x, int k, int j)
{
	int a = k, b = j, e, names = 0, items = 1;
	bool common;

	while (a >= 2 && (tok_is_punct(x, a - 1, ',') || tok_is(x, a - 1, "và")) && capital(x, a - 2)) {
		for (e = a - 1, a = e; a > 0 && capital(x, a - 1); a--)
			;
		items++;
		names += name_shaped(x, a, e) && (e - a >= 3 || (names_surname(x, a, &common) && common));
	}
	while (b + 1 < x->n && (tok_is_punct(x, b, ',') || tok_is(x, b, "và")) && capital(x, b + 1)) {
		for (e = b + 1, b = e; b < x->n && capital(x, b); b++)
			;
		items++;
		names += name_shaped(x, e, b) && (b - e >= 3 || (names_surname(x, e, &common) && common));
	}
	return items >= 2 && names * 2 >= items - 1;
}

/* Whether the name that ends at token k is said to hold a title: "Tô
 * Hiệu là Bí thư Khu ủy", "Tô Lâm hiện là Tổng Bí thư", "X từng giữ chức
 * Chủ tịch ...", "X được bầu làm Phó Bí thư". */
static bool title_predicated(const struct tokens *x, int k)
{
	static const char *const before[] = {"hiện", "từng", "nay", "cũng", "đã", "vẫn", "lúc đó", "khi đó"};
	static const char *const being[] = {"là", "làm", "giữ chức", "được bầu làm", "được bầu giữ chức",
					    "được cử làm", "được bổ nhiệm làm", "nhậm chức"};
	enum names_title_kind kind;
	int m;

	while ((m = TOK_IN(x, k, before)))
		k += m;
	if (!(m = TOK_IN(x, k, being)))
		return false;
	k += m;
	k += names_title_prefix(x, k);
	return tok_is_word(x, k) && x->t[k].upper && names_title(x, k, &kind) && kind != NAMES_DEGREE &&
	       kind != NAMES_CALLING;
}

/* Whether the capitals at k..j stand in a list of places or things ("11
 * huyện: Bảo Lạc, Chợ Rã, Hà Quảng, ..."): one after a word like "huyện",
 * or where most of the list is shaped like no name. */
static bool place_list(const struct tokens *x, int k, int j)
{
	int items = 1, names = 1, a = k, b = j, e;

	/* the items before, then after; a route is a list too ("Ga Vinh - Phan Bội Châu - Lê Lợi") */
	while (a >= 2 && (tok_is_punct(x, a - 1, ',') || tok_is(x, a - 1, "và") || tok_is_punct(x, a - 1, '-')) &&
	       capital(x, a - 2)) {
		for (e = a - 1, a = e; a > 0 && capital(x, a - 1); a--)
			;
		items++;
		names += name_shaped(x, a, e);
	}
	while (b + 1 < x->n && (tok_is_punct(x, b, ',') || tok_is(x, b, "và") || tok_is_punct(x, b, '-')) &&
	       capital(x, b + 1)) {
		for (e = b + 1, b = e; b < x->n && capital(x, b); b++)
			;
		items++;
		names += name_shaped(x, e, b);
	}
	/* "các anh Ba Bường, Ba Hương, Mười Thơ, Vũ Đình Liệu": people */
	if (names_honorific(x, a - 1) || honorific_word(x, a - 1))
		return false;
	if (items >= 3 && names * 2 <= items)
		return true;
	if (items < 2)
		return false;
	/* "có trường Pétrus Ký, Chu Văn An, Võ Trường Toản"; of two, a comma
	 * may end a clause ("ở phố Hàng Mành, Dương Tuấn cho biết") */
	/* "Đại lộ: Hồ Chí Minh, Trần Hưng Đạo, ..." */
	b = a - tok_is_punct(x, a - 1, ':');
	for (e = 1; e <= 3 && items >= 3; e++)
		if (b - e >= 0 && names_named_after(x, b - e) == e && (b == a || x->t[b - e].upper))
			return true;
	/* "các xã Thạch Quý, Thạch Linh", "10 huyện: Hà Âm, Hà Dương", "Các
	 * trường Trung học cơ sở là Nguyễn Gia Thiều, ...": what the list names
	 * is said before it, in its clause; not "Khởi nghĩa Thái Nguyên của
	 * Trịnh Văn Cấn và Lương Ngọc Quyến" */
	for (e = a - 1; e >= 1 && e >= a - 8 && !tok_is_punct(x, e, '.') && !tok_is_punct(x, e, ';') &&
			!tok_is(x, a - 1, "của");
	     e--)
		if ((tok_is(x, e - 1, "các") || tok_is(x, e - 1, "những") || digits(x, e - 1)) &&
		    names_named_after(x, e) && !tok_is(x, e, "người"))
			return true;
	return false;
}

/* Whether the capitals at k..j end with a place and a dash and a place
 * follow: a road or a line between the two ("Cao Tốc Hà Nội - Hải Phòng"). */
static bool route(const struct tokens *x, int k, int j)
{
	int t, p;

	if (!tok_is_punct(x, j, '-') || !names_place(x, j + 1))
		return false;
	/* names_place reads two places with a dash between as one ("Bà Rịa - Vũng Tàu") */
	for (t = k + 1; t < j; t++)
		if ((p = names_place(x, t)) == j - t || p > j - t + 1)
			return true;
	return false;
}

/* Whether the capitals at k..j stand by a dash in a chain of three dashes
 * or more between capitals: the streets or stops of a route ("Lê Lợi -
 * Quang Trung - Trần Phú - Lê Duẩn"). Three names joined so ("bộ ba A - B
 * - C") make two, and a book's ".- 1989.- Tr. 28" none. */
static bool dash_chain(const struct tokens *x, int k, int j)
{
	int t, dashes = 0;

	if (!tok_is_punct(x, k - 1, '-') && !tok_is_punct(x, j, '-'))
		return false;
	for (t = 0; t + 1 < x->n; t++)
		dashes += tok_is_punct(x, t, '-') && capital(x, t + 1) && (capital(x, t - 1) || tok_is_punct(x, t - 1, ')'));
	return dashes >= 3;
}

/* Words of going or of time after "Từ X" that make "Từ" "from". */
static const char *const onward[] = {
	"trở đi", "trở về sau", "đến", "tới", "về", "xuống", "lên", "sang", "qua", "ra", "vào", "năm",
	"cho đến",
};

/* Whether what follows the capitals at k..j says they are a place: "Đào Xá
 * thuộc xã Đông Lỗ", "Lý Chính Thắng, quận 3", "Ngô Hưng (nay là Hồ Châu)", "Trương Minh Ký nay là
 * đường Hai Bà Trưng", "Võ Giàng nay gộp thành Quế Võ"; or a "Từ" first is
 * "from" ("Từ Hoa Lư tới Thăng Long"). */
static bool place_after(const struct tokens *x, int k, int j)
{
	static const char *const units[] = {
		"tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "thành phố", "thôn", "làng",
	};
	int e;

	if (tok_is(x, j, "thuộc") && tok_list(x, j + 1, units, NELEM(units), NULL))
		return true;
	/* "số 157, Lý Chính Thắng, quận 3": an address */
	if (tok_is_punct(x, j, ',') && (tok_is(x, j + 1, "quận") || tok_is(x, j + 1, "phường")) &&
	    tok_is_word(x, j + 2) && (digits(x, j + 2) || x->t[j + 2].upper))
		return true;
	if ((tok_is_punct(x, j, '(') && tok_is(x, j + 1, "nay")) ||
	    (tok_is(x, j, "nay") && (tok_is(x, j + 1, "thuộc") || tok_is(x, j + 1, "gộp"))))
		return true;
	if (tok_is(x, j, "nay") && tok_is(x, j + 1, "là") && (names_named_after(x, j + 2) || names_place(x, j + 2)))
		return true;
	if (!tok_is(x, k, "từ"))
		return false;
	for (e = j; e < x->n && e < j + 8 && tok_is_word(x, e); e++)
		if ((tok_is(x, e, "đến") || tok_is(x, e, "tới") || tok_is(x, e, "sang")) && capital(x, e + 1))
			return true;
	/* opening a clause, a "Từ" before a word of going or of time
	 * ("Từ Hoa Lư về thành Đại La", "Từ Xa Mát (Tây Ninh) xuống Ba Thu",
	 * "Từ Nhân Tông trở đi", "Từ Thu Đông năm 1954") */
	if (k > 0 && !x->t[k - 1].punct)
		return false;
	e = j;
	if (tok_is_punct(x, e, '('))
		while (e < x->n && e < j + 8 && !tok_is_punct(x, e, ')'))
			e++;
	e += tok_is_punct(x, e, ')');
	return TOK_IN(x, e, onward) > 0;
}

/* A name with no title or honorific before it: a family name first, two to
 * four capitalised syllables, no place, season or body; its tokens, or 0. */
static int bare_name(const struct tokens *x, int k, int end)
{
	enum names_title_kind kind;
	bool common;
	int s, j, index;

	/* "Trường Chinh": a whole name of note, each word with a capital (not
	 * "cuộc Trường chinh"), and not a street's ("đường Trường Chinh") */
	if ((s = names_alias(x, k)) && !name_word(x, k + s))
		return !capitals(x, k, k + s) || named_after(x, k, false) || names_place(x, k) ? 0 : s;
	if (!(s = names_surname(x, k, &common)) || names_place(x, k))
		return 0;
	for (j = k; j < end && name_word(x, j) && !(j > k && names_title(x, j, &kind)); j++)
		;
	if (j - k < 2 || j - k > (tok_is(x, k, "y") ? NAME_WORDS : 4) || j - k <= s)
		return 0;
	/* "Tiền Hải", "Hoàng Hà" alone: a district, a river */
	if (names_compound(x, j - 1) || names_locality(x, k) == j - k)
		return 0;
	/* chủ đề “Mùa Xuân Mới”: a name in quotes after a word is a thing's */
	if ((tok_is_punct(x, k - 1, 'o') || tok_is_punct(x, k - 1, '"')) && tok_is_word(x, k - 2) &&
	    (tok_is_punct(x, j, 'c') || tok_is_punct(x, j, '"')))
		return 0;
	/* "Giáp Thìn", "Đinh Dậu": years */
	if (j - k == 2 && lunar_stem_at(x->s + x->t[k].start, x->t[k].end - x->t[k].start, &index) &&
	    lunar_branch_at(x->s + x->t[k + 1].start, x->t[k + 1].end - x->t[k + 1].start, &index))
		return 0;
	/* "Từ Thanh Hóa": a word before a place */
	if (!common && names_place(x, k + 1))
		return 0;
	/* "07 Nguyễn Thiện Thành, phường 5": a street after its number */
	if (named_after(x, k, false) || digits(x, k - 1) || place_list(x, k, j) || place_after(x, k, j) ||
	    route(x, k, j) || dash_chain(x, k, j))
		return 0;
	/* "Hồ Texoma", "Từ Praha": a word no Vietnamese name has; the names of
	 * the Central Highlands ("Y Bhăm Ênuôl", "Ksor Phước Hà") are written
	 * their own way */
	for (index = k + s; index < j && !ethnic_surname(x, k); index++)
		if (!syllable(x, index) && !korean(x, k, index))
			return 0;
	return j - k;
}

/* Whether the words before token i say that what follows is the authority
 * one acts for: "thừa ủy quyền của", "được sự ủy quyền của", "thay mặt". */
static bool for_authority(const struct tokens *x, int i)
{
	return tok_phrase(x, i - 3, "ủy quyền của") == 3 || tok_phrase(x, i - 3, "uỷ quyền của") == 3 ||
	       tok_phrase(x, i - 2, "thay mặt") == 2 || tok_phrase(x, i - 2, "thừa lệnh") == 2;
}

/* Words for kin, before a title that is then their kin's: "chồng công chúa". */
static const char *const kin[] = {
	"chồng", "vợ", "con", "cha", "mẹ", "bố", "anh", "chị", "em", "cháu", "ông nội", "bà nội", "ông ngoại",
	"bà ngoại", "con trai", "con gái",
};

/* The name that the title ending at token k is said to be: "Tổng Bí thư
 * đương nhiệm là Nguyễn Phú Trọng", "trưởng ban là ông A" (after "là",
 * and "đương nhiệm", "hiện nay" ... before it), the name's tokens and in
 * *at where it begins (past an honorific); 0 for none. */
static int named_as(const struct tokens *x, int k, int end, bool caps, int *at)
{
	static const char *const nows[] = {"đương nhiệm", "hiện nay", "hiện tại", "hiện", "đầu tiên", "cuối cùng"};
	int h, n;

	k += TOK_IN(x, k, nows);
	if (!tok_is(x, k, "là") || k + 1 >= end)
		return 0;
	k++;
	h = honorific_at(x, k);
	n = h ? name_after(x, k + h, end, caps, true) : caps ? 0 : bare_name(x, k, end);
	*at = k + h;
	return n;
}

/* Whether token i opens a clause: the sentence's first, or one after a
 * comma, a semicolon, a colon or an opening bracket. */
static bool clause_opens(const struct tokens *x, int i)
{
	return i == 0 || tok_is_punct(x, i - 1, ',') || tok_is_punct(x, i - 1, ';') || tok_is_punct(x, i - 1, ':') ||
	       tok_is_punct(x, i - 1, '(');
}

int person_at(const struct tokens *x, int i, int end, unsigned flags, struct person_mention *m)
{
	bool caps = flags & PERSON_CAPS, plural;
	enum names_title_kind kind;
	int k = i, h, n, w;

	if (!tok_is_word(x, i))
		return 0;
	if (!names_may_begin(x, i) && !honorific_word(x, i) && !dashed_degree(x, i))
		return 0;
	h = honorific_at(x, i);
	/* Most words begin no mention: a quick no before the rest. */
	if (!h && !title_head(x, i, &kind) &&
	    !(x->t[i].upper && !caps && (names_surname(x, i, &plural) || names_alias(x, i))))
		return 0;
	memset(m, 0, sizeof *m);
	m->start = i;
	if (h) {
		/* "Bà Rịa", "Hai Bà Trưng": the honorific begins or stands in a place;
		 * "284 Bà Triệu": a street after its house number (not "năm 1963
		 * ông Diệm") */
		if (!capital(x, i + h) || names_place(x, i) > h || names_place(x, i - 1) > 1 ||
		    (x->t[i].upper && digits(x, i - 1)))
			return 0;
		/* "Cát Bà Sunrise", "Bia Bà La Khê": with a capital after a
		 * capital that does not begin the sentence, the word is a
		 * syllable of a place's name, unless a full name follows
		 * ("Hải Thượng Lãn Ông Lê Hữu Trác") */
		if (x->t[i].upper && capital(x, i - 1) && i - 1 > 0 && !tok_is_punct(x, i - 2, '.') &&
		    !tok_is_punct(x, i - 2, ':') && !tok_is_punct(x, i - 2, 'o') && !tok_is_punct(x, i - 2, '"') &&
		    !names_title(x, i - 1, &kind) && !name_led(x, i + h))
			return 0;
		/* "đền Ông Hoàng Mười", "chùa Bà Đanh": a shrine's name */
		if (capital(x, i) && (names_named_after(x, i - 1) == 1 || names_named_after(x, i - 2) == 2) &&
		    !tok_is(x, i - 1, "người"))
			return 0;
		plural = tok_is(x, i - 1, "các") || tok_is(x, i - 1, "những");
		m->honorific = !plural;
		k = i + h;
		if (plural)
			m->start = k;
	}
	if (!h && !caps && named_after(x, i, true))
		return 0;
	/* "Đền thờ Thượng tướng X": no mention begins inside a title's head,
	 * whose first word one was refused at, nor with the name after a
	 * title that a place is named after ("Nhà lưu niệm Đại tướng X") */
	if (!h && i > 0 && tok_is_word(x, i - 1) && title_head(x, i - 1, &kind) > 1)
		return 0;
	for (w = 1; !h && !caps && w <= 3 && i - w >= 0; w++)
		if (tok_is_word(x, i - w) && title_head(x, i - w, &kind) == w && named_after(x, i - w, true))
			return 0;
	/* "Bộ Tư lệnh", "Bộ Chỉ huy": a body */
	if (!h && tok_is(x, i - 1, "bộ") && capital(x, i - 1))
		return 0;
	/* "đoàn đại biểu Virginia": a delegation, and whom it stands for;
	 * "ban thư ký Dalburo", "ban giám đốc": a board, a secretariat */
	if (!h && ((tok_is(x, i - 1, "đoàn") && tok_is(x, i, "đại") && tok_is(x, i + 1, "biểu")) ||
		   (tok_is(x, i - 1, "ban") && !x->t[i - 1].upper && title_head(x, i, &kind))))
		return 0;
	k = titles_before(x, k, end, caps, m);
	/* "Thừa ủy quyền của Thủ tướng Chính phủ, Thượng tướng X trao ...",
	 * "Thay mặt Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh Y trao ...": the
	 * title before the comma is the authority's, the mention begins after it */
	if (m->ntitles > 1 && for_authority(x, m->start) && tok_is_punct(x, m->title[0].end, ',')) {
		memmove(m->title, m->title + 1, (size_t)(m->ntitles - 1) * sizeof m->title[0]);
		m->ntitles--;
		m->start = m->title[0].start;
	}
	if (m->name == m->name_end) {
		if (m->ntitles) {
			/* a title alone; a degree or calling goes with a name only */
			title_head(x, m->title[0].start, &kind);
			if (kind == NAMES_DEGREE || kind == NAMES_CALLING)
				return 0;
			/* "Tổng Bí thư đương nhiệm là Nguyễn Phú Trọng": the
			 * name the title is said to be; not where the title is
			 * someone's ("bà nội của Nữ hoàng là ...", "chồng công
			 * chúa là ...") */
			/* "Chủ tịch UBND tỉnh, ông Nguyễn Hữu Thành cho biết": a
			 * title that opens its clause, a comma, and a name with
			 * its honorific, which the title is set before */
			if (clause_opens(x, m->start) && tok_is_punct(x, k, ',') && (h = honorific_at(x, k + 1)) &&
			    (n = name_after(x, k + 1 + h, end, caps, true)) > 0) {
				m->honorific = true;
				m->name = k + 1 + h;
				m->name_end = m->name + n;
				m->end = titles_after(x, m->name_end, end, flags, m);
				return m->end - i;
			}
			if (!(m->start > 0 && (tok_is(x, m->start - 1, "của") || TOK_IN(x, m->start - 1, kin))) &&
			    (n = named_as(x, k, end, caps, &h)) > 0) {
				m->honorific = h > k;
				m->name = h;
				m->name_end = h + n;
				m->end = h + n;
				return m->end - i;
			}
			m->end = m->name = m->name_end = k;
			return k - i;
		}
		if (h)
			n = name_after(x, k, end, caps, m->honorific);
		else
			n = caps ? 0 : bare_name(x, k, end);
		if (!n)
			return 0;
		m->name = k;
		m->name_end = k + n;
	}
	m->end = titles_after(x, m->name_end, end, flags, m);
	return m->end - i;
}

/* ---- Names as written out ---- */

/* Whether the word s[a..b) is a Roman numeral in capitals ("II", "XIV"). */
static bool roman(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (!strchr("IVXLCDM", s[a]) || !s[a])
			return false;
	return true;
}

/* Whether the word s[a..b) is written as NAME writes it: no capital after
 * its first character and no combining mark. */
static bool plain(const char *str, size_t a, size_t b)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t j;

	for (j = a + 1; j < b; j++)
		if ((s[j] >= 'A' && s[j] <= 'Z') || s[j] == 0xCC || s[j] == 0xCD ||
		    (s[j] >= 0xC3 && capital_at(s + j, b - j)))
			return false;
	return u8_valid_prefix(s + a, b - a) == b - a;
}

size_t person_name(const char *s, size_t start, size_t end, char *out, size_t cap)
{
	size_t o = 0, j = start, word, last = 0, k;
	uint32_t cp, prev = 0, c;
	bool loud, first, prev_first = false, prev_loud = false;
	char buf[4];
	int len;

	if (!cap)
		return 0;
	while (j < end) {
		if ((k = vn_space_len(s + j, end - j))) {
			j += k;
			continue;
		}
		for (word = j; j < end && !vn_space_len(s + j, end - j); j++)
			;
		if (o && o + 1 < cap)
			out[o++] = ' ';
		/* most words go as they are: no capital after the first letter,
		 * no combining mark */
		if (plain(s, word, j) && o + (j - word) < cap) {
			memcpy(out + o, s + word, j - word);
			o += j - word;
			prev_loud = false;
			continue;
		}
		/* "III" of "Charles III" is no shouted word, nor "L.A." of initials;
		 * "VI" is of "VI THANH" and "NGUYỄN VĂN VI", a name in capitals */
		loud = shouted(s, word, j) && !(roman(s, word, j) && o && !prev_loud) && !memchr(s + word, '.', j - word);
		prev_loud = shouted(s, word, j);
		first = true;
		prev = 0;
		for (k = word; k < j; k += (size_t)len) {
			len = u8_decode((const unsigned char *)s + k, j - k, &cp);
			if (len <= 0) {
				len = 1;
				cp = 0xFFFD;
			}
			/* a combining mark goes on the letter before it (NFC) */
			if (cp >= 0x300 && cp <= 0x36F && prev && (c = vn_compose(prev, cp))) {
				cp = loud && !prev_first ? vn_to_lower(c) : c;
				o = last;
			} else {
				if (loud && !first)
					cp = vn_to_lower(cp);
				prev_first = first && vn_is_letter(cp);
				if (vn_is_letter(cp))
					first = false;
			}
			if (o + (size_t)u8_encode(cp, buf) >= cap)
				goto done;
			last = o;
			o += (size_t)u8_encode(cp, out + o);
			prev = cp;
		}
	}
done:
	out[o] = '\0';
	return o;
}

/* ---- The recogniser ---- */

const char *const person_role_names[PERSON_ROLES] = {
	"", "chair", "attend", "speak", "present", "receive", "author", "photo",
};

/* The verbs that say what the person before them does; where one begins
 * another, the longer first, and words that are no such verb (PERSON_NO_ROLE). */
static const struct verb {
	const char *words;
	enum person_role role;
} verbs[] = {
	{"đồng chủ trì", PERSON_CHAIR}, {"chủ trì", PERSON_CHAIR}, {"điều hành kỳ họp", PERSON_CHAIR},
	{"điều hành phiên", PERSON_CHAIR}, {"điều hành buổi", PERSON_CHAIR}, {"điều hành phần", PERSON_CHAIR},
	{"điều hành hội nghị", PERSON_CHAIR},
	{"dự kiến", PERSON_NO_ROLE}, {"dự án", PERSON_NO_ROLE}, {"dự thảo", PERSON_NO_ROLE},
	{"dự báo", PERSON_NO_ROLE}, {"dự toán", PERSON_NO_ROLE}, {"dự định", PERSON_NO_ROLE},
	{"dự bị", PERSON_NO_ROLE}, {"dự khuyết", PERSON_NO_ROLE}, {"dự thi", PERSON_NO_ROLE},
	{"tham dự", PERSON_ATTEND}, {"đến dự", PERSON_ATTEND}, {"về dự", PERSON_ATTEND},
	{"tới dự", PERSON_ATTEND}, {"dự", PERSON_ATTEND},
	{"phát biểu", PERSON_SPEAK}, {"nhấn mạnh", PERSON_SPEAK}, {"khẳng định", PERSON_SPEAK},
	{"cho biết", PERSON_SPEAK}, {"cho rằng", PERSON_SPEAK}, {"đề nghị", PERSON_SPEAK},
	{"yêu cầu", PERSON_SPEAK}, {"chỉ đạo", PERSON_SPEAK}, {"nói", PERSON_SPEAK},
	{"chia sẻ", PERSON_SPEAK}, {"nêu rõ", PERSON_SPEAK}, {"lưu ý", PERSON_SPEAK},
	{"kết luận", PERSON_SPEAK}, {"trình bày", PERSON_SPEAK}, {"gợi mở", PERSON_SPEAK},
	{"ghi nhận", PERSON_SPEAK}, {"biểu dương", PERSON_SPEAK}, {"đánh giá", PERSON_SPEAK},
	{"nhận định", PERSON_SPEAK}, {"bày tỏ", PERSON_SPEAK}, {"tuyên bố", PERSON_SPEAK},
	{"trả lời", PERSON_SPEAK}, {"giải thích", PERSON_SPEAK}, {"kêu gọi", PERSON_SPEAK},
	{"ra lời kêu gọi", PERSON_SPEAK}, {"ra lời hiệu triệu", PERSON_SPEAK}, {"ra thông điệp", PERSON_SPEAK},
	{"gợi ý", PERSON_SPEAK},
	{"nhắc nhở", PERSON_SPEAK}, {"đề xuất", PERSON_SPEAK}, {"kiến nghị", PERSON_SPEAK},
	{"trao đổi", PERSON_SPEAK}, {"quán triệt", PERSON_SPEAK}, {"chúc mừng", PERSON_SPEAK},
	{"hoan nghênh", PERSON_SPEAK}, {"cảm ơn", PERSON_SPEAK}, {"thông tin", PERSON_SPEAK},
	{"báo cáo", PERSON_SPEAK}, {"đọc diễn văn", PERSON_SPEAK}, {"đọc báo cáo", PERSON_SPEAK},
	{"đọc tham luận", PERSON_SPEAK}, {"đọc lời", PERSON_SPEAK}, {"trình bày", PERSON_SPEAK},
	{"chất vấn", PERSON_SPEAK}, {"công bố", PERSON_SPEAK}, {"đọc quyết định", PERSON_SPEAK},
	{"diễn thuyết", PERSON_SPEAK}, {"truyền đạt", PERSON_SPEAK}, {"thuyết trình", PERSON_SPEAK},
	{"bảo vệ", PERSON_NO_ROLE}, {"bảo đảm", PERSON_NO_ROLE}, {"bảo hiểm", PERSON_NO_ROLE},
	{"bảo quản", PERSON_NO_ROLE}, {"bảo tồn", PERSON_NO_ROLE}, {"bảo lãnh", PERSON_NO_ROLE},
	{"bảo trợ", PERSON_NO_ROLE}, {"bảo dưỡng", PERSON_NO_ROLE}, {"bảo tàng", PERSON_NO_ROLE},
	{"bảo hộ", PERSON_NO_ROLE}, {"bảo", PERSON_SPEAK},
	{"kể cả", PERSON_NO_ROLE}, {"kể từ", PERSON_NO_ROLE}, {"kể lại", PERSON_SPEAK}, {"kể", PERSON_SPEAK},
	{"nhớ lại", PERSON_SPEAK}, {"than thở", PERSON_SPEAK}, {"than phiền", PERSON_SPEAK},
	{"than vãn", PERSON_SPEAK}, {"than", PERSON_SPEAK}, {"tâm sự", PERSON_SPEAK},
	{"thừa nhận", PERSON_SPEAK}, {"xác nhận", PERSON_SPEAK}, {"cho hay", PERSON_SPEAK},
	{"thổ lộ", PERSON_SPEAK}, {"bộc bạch", PERSON_SPEAK}, {"phân trần", PERSON_SPEAK},
	{"tiết lộ", PERSON_SPEAK}, {"thông báo", PERSON_SPEAK}, {"căn dặn", PERSON_SPEAK},
	{"nhắn nhủ", PERSON_SPEAK}, {"tiếp lời", PERSON_SPEAK}, {"hỏi", PERSON_SPEAK},
	{"trao tặng", PERSON_PRESENT}, {"trao", PERSON_PRESENT}, {"tặng", PERSON_PRESENT},
	{"gắn bó", PERSON_NO_ROLE}, {"gắn với", PERSON_NO_ROLE}, {"gắn liền", PERSON_NO_ROLE},
	{"gắn", PERSON_PRESENT},
	{"được trao tặng", PERSON_RECEIVE}, {"được tặng", PERSON_RECEIVE}, {"được trao", PERSON_RECEIVE},
	{"được gắn", PERSON_RECEIVE}, {"được nhận", PERSON_RECEIVE}, {"được truy tặng", PERSON_RECEIVE},
	{"được phong", PERSON_RECEIVE}, {"vinh dự nhận", PERSON_RECEIVE}, {"vinh dự được", PERSON_RECEIVE},
	{"đón nhận", PERSON_RECEIVE}, {"nhận thấy", PERSON_NO_ROLE}, {"nhận thức", PERSON_NO_ROLE},
	{"nhận lời", PERSON_NO_ROLE}, {"nhận xét", PERSON_SPEAK}, {"nhận ra", PERSON_NO_ROLE},
	{"nhận biết", PERSON_NO_ROLE}, {"nhận diện", PERSON_NO_ROLE}, {"nhận lỗi", PERSON_NO_ROLE},
	{"nhận trách nhiệm", PERSON_NO_ROLE}, {"nhận nhiệm vụ", PERSON_NO_ROLE}, {"nhận lệnh", PERSON_NO_ROLE},
	{"nhận được lệnh", PERSON_NO_ROLE}, {"nhận tin", PERSON_NO_ROLE}, {"nhận được tin", PERSON_NO_ROLE}, {"nhận nuôi", PERSON_NO_ROLE},
	{"nhận làm", PERSON_NO_ROLE}, {"nhận công tác", PERSON_NO_ROLE}, {"nhận dạy", PERSON_NO_ROLE},
	{"nhận chức", PERSON_NO_ROLE}, {"nhận quyền", PERSON_NO_ROLE}, {"nhận vai", PERSON_NO_ROLE},
	{"nhận là", PERSON_NO_ROLE}, {"nhận mình", PERSON_NO_ROLE}, {"nhận rằng", PERSON_SPEAK},
	{"nhận", PERSON_RECEIVE},
};

/* Words between a person and the verb: "đã", "cũng", "đồng thời",
 * "xúc động" ("đồng chí X xúc động bày tỏ"). */
static const char *const auxiliaries[] = {
	"đã", "cũng", "vừa", "đồng thời", "trực tiếp", "đang", "sẽ", "luôn", "còn", "đều",
	"lần lượt", "chính thức", "long trọng", "thân mật", "ân cần", "cùng", "xúc động", "phấn khởi",
	"vui mừng", "tự hào", "vẫn", "lại", "liền", "bèn", "từng", "tiếp tục", "liên tục", "hào hứng",
	"hồ hởi", "thẳng thắn", "bình tĩnh", "trầm ngâm", "ngậm ngùi", "sửng sốt", "bức xúc", "trăn trở",
	"băn khoăn", "lo lắng", "cởi mở", "mỉm cười", "cười", "vui vẻ", "nghiêm túc", "khiêm tốn", "thì",
};

/* The verb at token k in either case: its role, *found set; PERSON_NO_ROLE
 * when none. */
static enum person_role verb_in_any_case(const struct tokens *x, int k, bool *found)
{
	/* the verbs' words, in their order, looked up by their first byte */
	static const char *words[NELEM(verbs)];
	static struct phrase_list list = PHRASE_LIST(words);
	size_t v;

	*found = false;
	if (!words[0])
		for (v = 0; v < NELEM(verbs); v++)
			words[v] = verbs[v].words;
	if (!tok_match_list(x, k, &list, &v))
		return PERSON_NO_ROLE;
	*found = true;
	return verbs[v].role;
}

/* The verb at token k: its role, *found set; PERSON_NO_ROLE when none. */
static enum person_role verb_at(const struct tokens *x, int k, bool *found)
{
	*found = false;
	/* a capital is a name's, unless the sentence is in capitals */
	if (!tok_is_word(x, k) || (x->t[k].upper && !shouted(x->s, x->t[k].start, x->t[k].end)))
		return PERSON_NO_ROLE;
	return verb_in_any_case(x, k, found);
}

/* Whether a verb that gives a part stands at token k. */
static bool verb_of_part(const struct tokens *x, int k)
{
	bool found;

	return verb_at(x, k, &found) != PERSON_NO_ROLE;
}

/* The part of a second verb right after the verb of part r at token k,
 * joined by "và" or a comma: "dự và phát biểu chỉ đạo", "dự, chỉ đạo hội
 * nghị", "chủ trì và phát biểu khai mạc", "dự và trao Bằng khen"; none
 * when it is r's own ("nhấn mạnh và đề nghị"). */
static enum person_role second_part(const struct tokens *x, int k, enum person_role r)
{
	enum person_role second;
	bool found;
	int j;

	/* past the verb's words: "tham dự", "phát biểu" */
	for (j = k + 1; j < x->n && j <= k + 3 && tok_is_word(x, j) && !tok_is(x, j, "và"); j++)
		;
	/* after a verb of speech, a comma opens what is said: "cho biết, dự kiến ..." */
	if (!(tok_is(x, j, "và") || (tok_is_punct(x, j, ',') && r != PERSON_SPEAK)))
		return PERSON_NO_ROLE;
	second = verb_at(x, j + 1, &found);
	return second == r || second == PERSON_AUTHOR || second == PERSON_PHOTO ? PERSON_NO_ROLE : second;
}

/* The role the verb after a mention (ending at token k) gives it, and in
 * *also that of a second verb joined to it (second_part). */
static enum person_role role_after(const struct tokens *x, int k, enum person_role *also)
{
	enum person_role r;
	bool found;
	int m, j;

	*also = PERSON_NO_ROLE;
	/* "Đồng chí A, Bí thư Tỉnh ủy, phát biểu", "Ông A - Giám đốc Sở - cho biết" */
	if (tok_is_punct(x, k, ',') || tok_is_punct(x, k, '-'))
		k++;

	while ((m = TOK_IN(x, k, auxiliaries)))
		k += m;
	r = verb_at(x, k, &found);
	if (r != PERSON_NO_ROLE)
		*also = second_part(x, k, r);
	/* "dự và chủ trì hội nghị": who attends and chairs, chairs */
	if (r == PERSON_ATTEND && *also == PERSON_CHAIR) {
		*also = PERSON_NO_ROLE;
		return PERSON_CHAIR;
	}
	if (found)
		return r;
	/* "đến thăm và trao Huy hiệu ...", "đến thăm, chúc Tết và trao ...":
	 * verbs of no part, in small letters ("Tết" is a common noun), then one
	 * of a part */
	for (j = k; j < x->n && j <= k + 6 && (tok_is_word(x, j) || tok_is_punct(x, j, ',')) &&
		    (!x->t[j].upper || (j > k && tok_is(x, j, "tết"))); j++)
		if (tok_is(x, j, "và") && j > k && (r = verb_at(x, j + 1, &found)) == PERSON_PRESENT)
			return r;
	/* "thay mặt Ban Thường vụ Tỉnh ủy trao ..." */
	if (tok_phrase(x, k, "thay mặt"))
		for (j = k + 2; j < x->n && j < k + 14 && tok_is_word(x, j); j++)
			if ((r = verb_at(x, j, &found)) || found)
				return r;
	return PERSON_NO_ROLE;
}

/* The role of the verb after the mention that ends at token k, the
 * subject of its clause, and others named by a plural: "A và các lãnh đạo
 * khác nhiều lần bày tỏ". */
static enum person_role with_others(const struct tokens *x, int k)
{
	bool found;
	int j;

	if (tok_is(x, k, "và") && (tok_is(x, k + 1, "các") || tok_is(x, k + 1, "những")))
		for (j = k + 2; j < x->n && j <= k + 10 && tok_is_word(x, j) && !names_honorific(x, j); j++)
			if (verb_of_part(x, j))
				return verb_at(x, j, &found);
	return PERSON_NO_ROLE;
}

/* Whether the mention that ends at token k, the subject of its clause,
 * speaks after doing something of no part: "ôn lại truyền thống của Đảng
 * và nhấn mạnh", "biểu dương ..., ghi nhận ... và đề nghị"; up to another
 * person's honorific or title, not after a passive ("được thần báo mộng
 * và nhắc nhở"). */
static bool said_after(const struct tokens *x, int k)
{
	enum { SAID_AFTER = 16 };
	enum names_title_kind kind;
	bool found;
	int m, j;

	while ((m = TOK_IN(x, k, auxiliaries)))
		k += m;
	if (!tok_is_word(x, k) || x->t[k].upper || tok_is(x, k, "được") || tok_is(x, k, "bị"))
		return false;
	for (j = k + 1; j < x->n && j <= k + SAID_AFTER && (tok_is_word(x, j) || tok_is_punct(x, j, ',')) &&
			!names_honorific(x, j) && !(x->t[j].upper && names_title(x, j, &kind));
	     j++)
		if (tok_is(x, j, "và") && verb_at(x, j + 1, &found) == PERSON_SPEAK)
			return true;
	return false;
}

/* The role the verb after a note between commas or in brackets after a
 * mention (ending at token k) gives it: "Ông Đào Lập Công, cư dân thôn 1,
 * xã Gia Huynh, cho biết", "Ông An (47 tuổi, trú xã Bình Minh) cho biết".
 * A note between commas opens in small letters and holds no verb of a part
 * nor the next mention (at token next), within NOTE_TOKENS. After a title
 * set off after the name (body_after), the words in small letters up to a
 * comma are the rest of its body, read as such a note: "Bà Ngô Thị Lan,
 * phó khoa ngữ văn, cho biết". */
static enum person_role role_past_note(const struct tokens *x, int k, int next, bool body_after,
				       enum person_role *also)
{
	enum { NOTE_TOKENS = 14 };
	enum person_role r;
	int j;

	*also = PERSON_NO_ROLE;
	/* "Ông Nguyễn Văn An (47 tuổi, trú xã Bình Minh) cho biết" */
	if (tok_is_punct(x, k, '('))
		for (j = k + 1; j < next && j <= k + NOTE_TOKENS + 6; j++)
			if (tok_is_punct(x, j, ')'))
				return role_after(x, j + 1, also);
	if (body_after && tok_is_word(x, k) && !x->t[k].upper && !verb_of_part(x, k))
		j = k + 1;
	else if (tok_is_punct(x, k, ',') && tok_is_word(x, k + 1) && !x->t[k + 1].upper && !verb_of_part(x, k + 1))
		j = k + 2;
	else
		return PERSON_NO_ROLE;
	for (; j < next && j <= k + NOTE_TOKENS; j++) {
		if (tok_is_punct(x, j, ',') && (r = role_after(x, j, also)))
			return r;
		if (x->t[j].punct && x->t[j].punct != ',')
			break;
		if (verb_of_part(x, j))
			break;
	}
	return PERSON_NO_ROLE;
}

/* Whether the mention at tokens a..b opens its sentence and a quote is
 * given to it after a colon: "Bí thư Thành ủy A: “Anh là ...”"; not to
 * one spoken to: "nói với tướng Giáp: “...”". */
static bool quoted(const struct tokens *x, int a, int b)
{
	int m;

	/* "Ông A hồ hởi: “...”", "Ông Chương lúng túng: “...”", "anh Luyến có
	 * cách nghĩ riêng: “...”": a few words in small letters may come
	 * before the colon */
	while ((m = TOK_IN(x, b, auxiliaries)))
		b += m;
	for (m = 0; m < 4 && tok_is_word(x, b) && !x->t[b].upper; m++)
		b++;
	return (a == 0 || (a == 1 && (tok_is_punct(x, 0, '-') || tok_is_punct(x, 0, 'o')))) && tok_is_punct(x, b, ':') &&
	       (tok_is_punct(x, b + 1, 'o') || tok_is_punct(x, b + 1, '"'));
}

/* Where the sentence that token k is in begins: after a full stop, not
 * after the dot of a short abbreviation in capitals before a capital ("Chủ
 * trì có TS. Phạm Văn Thuấn và PGS.TS Lê Minh Quân"). */
static int sentence_begin(const struct tokens *x, int k)
{
	int j;

	for (; k > 0; k--) {
		if (!tok_is_punct(x, k - 1, '.'))
			continue;
		j = k - 2;
		if (!(j >= 0 && tok_is_word(x, j) && x->t[j].upper && x->t[j].end == x->t[k - 1].start &&
		      x->t[j].end - x->t[j].start <= 4 && tok_is_word(x, k) && x->t[k].upper))
			break;
	}
	return k;
}

/* Whether the words before token k, since the clause began, say the people
 * named attend: "Tham dự hội nghị có ...", "có sự tham dự của ...". */
/* What one takes part in as one attends: "Tham gia hội nghị có ...". */
static const char *const meetings_joined[] = {
	"hội nghị", "đại hội", "hội thảo", "kỳ họp", "phiên họp", "cuộc họp", "buổi lễ", "lễ",
	"buổi làm việc", "buổi gặp mặt", "buổi tiếp", "lễ kỷ niệm",
};

/* Whether the clause from token start opens with a verb of attending and
 * "có" before token k (attending). */
static bool attend_opening(const struct tokens *x, int start, int k)
{
	bool found;
	int j;

	/* "Tới dự có ...", "Cùng tham dự có ...", any verb of attending the
	 * table has ("Dự kiến có ..." is none); "Tiếp đoàn có ...", who
	 * receives a delegation */
	if (tok_is(x, start, "cùng"))
		start++;
	/* "Cùng đi có ...", "Đi cùng có ...": who accompanies a visit */
	if (!(verb_in_any_case(x, start, &found) == PERSON_ATTEND || tok_phrase(x, start, "tiếp đoàn") ||
	      tok_phrase(x, start, "đón tiếp đoàn") || tok_phrase(x, start, "tiếp và làm việc với đoàn") ||
	      (start > 0 && tok_is(x, start - 1, "cùng") && tok_is(x, start, "đi")) || tok_phrase(x, start, "đi cùng") ||
	      /* "Về phía tỉnh có ...", "Tham gia đoàn công tác có ...",
	       * "Chứng kiến buổi lễ có ..." */
	      tok_phrase(x, start, "về phía") || tok_phrase(x, start, "tham gia đoàn") || tok_phrase(x, start, "chứng kiến") ||
	      /* "Tham gia hội nghị này có ..." */
	      (tok_phrase(x, start, "tham gia") && TOK_IN(x, start + 2, meetings_joined))))
		return false;
	for (j = start; j < k; j++)
		if (tok_is(x, j, "có"))
			return true;
	return false;
}

static bool attending(const struct tokens *x, int k)
{
	int j, start;

	start = sentence_begin(x, k);
	for (j = start; j < k; j++)
		if (tok_phrase(x, j, "sự tham dự của") || tok_phrase(x, j, "sự có mặt của"))
			return true;
	if (attend_opening(x, start, k))
		return true;
	/* "X chủ trì hội nghị; dự có đồng chí Y": a clause of its own after a
	 * semicolon (the semicolons of a list after "Tham dự có:" part its
	 * items, which share the verb before them) */
	for (j = k - 1; j > start && !tok_is_punct(x, j, ';'); j--)
		;
	return j > start && attend_opening(x, j + 1, k);
}

/* The part of a second verb joined to the verb of attending that opens
 * the clause of the mention at token k (second_part): "Tham dự và chỉ
 * đạo hội nghị có ...". */
static enum person_role attend_also(const struct tokens *x, int k)
{
	int start = sentence_begin(x, k);
	bool found;

	start += tok_is(x, start, "cùng");
	return verb_in_any_case(x, start, &found) == PERSON_ATTEND ? second_part(x, start, PERSON_ATTEND)
								    : PERSON_NO_ROLE;
}

/* What a presidium chairs: "Đoàn Chủ tịch đại hội". */
static const char *const presided[] = {"đại hội", "hội nghị", "kỳ họp", "phiên họp"};

/* Whether the people named at token k chair: "dưới sự chủ trì của ...",
 * or the presidium's list, "Đoàn Chủ tịch đại hội gồm các đồng chí: ...". */
static bool chairing(const struct tokens *x, int k)
{
	int j, start;

	start = sentence_begin(x, k);
	/* "Cùng chủ trì có các đồng chí ...", "Chủ trì hội nghị có ..." */
	j = start + tok_is(x, start, "cùng");
	if (tok_phrase(x, j, "chủ trì") || tok_phrase(x, j, "đồng chủ trì"))
		for (; j < k; j++)
			if (tok_is(x, j, "có"))
				return true;
	/* the presidium of the event, not of a body ("Đoàn Chủ tịch Mặt trận được bầu gồm") */
	if (tok_phrase(x, start, "đoàn chủ tịch")) {
		j = start + 3;
		j += TOK_IN(x, j, presided);
		if (j < k && (tok_is(x, j, "gồm") || tok_is(x, j, "là")))
			return true;
	}

	for (j = k - 1; j >= 3 && !tok_is_punct(x, j, '.') && !tok_is_punct(x, j, ';'); j--)
		if (tok_phrase(x, j - 3, "sự chủ trì của") == 4 && j == k - 1)
			return true;
	return false;
}

/* Nouns of people that may stand between "cho" and the name of one who
 * receives. */
static const char *const people_nouns[] = {
	"đảng viên", "cán bộ", "chiến sĩ", "học sinh", "sinh viên", "cụ", "mẹ", "con", "cháu",
	"gia đình", "nhà giáo", "thầy giáo", "cô giáo", "bác sĩ", "nghệ sĩ", "công nhân", "nông dân",
	"thương binh", "cựu chiến binh", "đoàn viên", "hội viên", "đội viên", "thanh niên",
};
/* Words that may follow such a noun: "cho đảng viên lão thành Trần Văn Sáu". */
static const char *const people_noun_modifiers[] = {
	"lão thành", "cao tuổi", "ưu tú", "tiêu biểu", "xuất sắc", "trẻ", "nữ", "mới",
};

/* Whether the mention at token k receives: after "cho" in a clause that
 * gives something ("trao Bằng khen cho ông ..."), or right after the verb. */
static bool receiving(const struct tokens *x, int k)
{
	enum person_role r;
	bool found;
	int j, m, q;

	if (k > 0 && verb_at(x, k - 1, &found) == PERSON_PRESENT)
		return true;
	if (k > 1 && verb_at(x, k - 2, &found) == PERSON_PRESENT && tok_phrase(x, k - 2, "trao tặng"))
		return true;
	/* "cho đảng viên Vũ Văn Lực", "cho con là ...": a noun of people
	 * between, and a word of it ("cho đảng viên lão thành ...") */
	j = k - 1;
	if (tok_is(x, j, "là"))
		j--;
	for (q = 0; q <= 2 && !tok_is(x, j, "cho"); q++)
		for (m = 1; m <= 3 && j - m - q >= 0; m++)
			if (tok_is(x, j - m - q, "cho") && TOK_IN(x, j - m - q + 1, people_nouns) == m &&
			    (!q || TOK_IN(x, j - q + 1, people_noun_modifiers) == q)) {
				j -= m + q;
				break;
			}
	if (!tok_is(x, j, "cho"))
		return false;
	k = j + 1;
	for (j = k - 2; j >= 0 && !tok_is_punct(x, j, ';') && !tok_is_punct(x, j, '.'); j--)
		if ((r = verb_at(x, j, &found)) == PERSON_PRESENT)
			return true;
	return false;
}

/* The part of the mention at k that follows the comma of the clause
 * opening the sentence with a verb of speaking, chairing or attending:
 * "Phát biểu ..., X", "Chủ trì hội nghị, X", "Tham dự hội nghị, X". */
static enum person_role opened_by(const struct tokens *x, int k)
{
	enum person_role r;
	bool found;
	int j;

	r = verb_in_any_case(x, 0, &found);
	if (r != PERSON_SPEAK && r != PERSON_CHAIR && r != PERSON_ATTEND)
		return PERSON_NO_ROLE;
	for (j = 0; j < k && !tok_is_punct(x, j, ','); j++)
		;
	return j == k - 1 ? r : PERSON_NO_ROLE;
}

/* "Theo TS. Lê Thị Hằng, Trưởng khoa ..., có tới 30% ...", "Theo ông A
 * thì ...": words given as the mention's (tokens a..b), opening the
 * sentence or a clause, also after
 * a word that links it to the one before ("Cũng theo ông A, ..."), or
 * after them, ending the sentence ("..., theo ông A."). */
static bool according_to(const struct tokens *x, int a, int b)
{
	static const char *const links[] = {"cũng", "còn", "nhưng", "song"};
	/* "Theo lời X,", "Theo ý kiến của X,": what X said */
	static const char *const sayings[] = {"lời", "ý kiến của", "đánh giá của", "nhận định của"};
	int t = a - 1, m;

	for (m = 1; m <= 3 && t - m >= 0; m++)
		if (TOK_IN(x, t - m + 1, sayings) == m && tok_is(x, t - m, "theo")) {
			t -= m;
			break;
		}
	if (!tok_is(x, t, "theo"))
		return false;
	/* "..., theo Tổng Bí thư Tô Lâm.": the words before, the mention
	 * ending the sentence */
	if (t > 0 && tok_is_punct(x, t - 1, ',') && (b >= x->n || (tok_is_punct(x, b, '.') && b + 1 >= x->n)))
		return true;
	/* "Theo ông A thì ...": "thì" ends the words given as a comma does */
	if (!(tok_is_punct(x, b, ',') || tok_is(x, b, "thì")))
		return false;
	if (t > 0 && TOK_IN(x, t - 1, links))
		t--;
	return t == 0 || tok_is_punct(x, t - 1, ',');
}

/* "Đó là yêu cầu của đồng chí X tại hội nghị ...", "Đây là lời khẳng
 * định của ông X": the sentence that gives the quote before it (a
 * headline's) to the mention at token a. */
static bool owned_words(const struct tokens *x, int a)
{
	static const char *const openings[] = {"đó là", "đây là", "đấy là"};
	static const char *const sayings[] = {
		"yêu cầu", "khẳng định", "chia sẻ", "ý kiến", "phát biểu", "nhấn mạnh", "chỉ đạo", "đề nghị",
		"nhận định", "đánh giá", "tâm sự", "mong muốn", "kêu gọi", "lời", "tâm niệm",
	};
	int w, k;

	if (a < 4 || !tok_is(x, a - 1, "của") || !(w = TOK_IN(x, 0, openings)))
		return false;
	/* up to two words before the saying: "lời khẳng định", "những lời chia sẻ" */
	for (k = w; k <= w + 2 && k < a - 1; k++)
		if (k + TOK_IN(x, k, sayings) == a - 1 && TOK_IN(x, k, sayings))
			return true;
	return false;
}

/* Whether the tokens a..b, between two mentions, join them in a list. */
static bool list_join(const struct tokens *x, int a, int b)
{
	if (a == b)
		return false;
	if (b - a == 1)
		return x->t[a].sep || tok_is_punct(x, a, ':');
	if (b - a == 2)
		return (tok_is_punct(x, a, ',') && (tok_is(x, a + 1, "và") || tok_is(x, a + 1, "cùng"))) ||
		       tok_phrase(x, a, "cùng với");
	return false;
}

/* ---- The people of a document ---- */

/* The hashes of a title (tokens a..b) in lower case, one space between its
 * tokens, as it grows a token at a time, into h (at most cap); the last is
 * the whole title's. Returns how many. */
static size_t title_hashes(const struct tokens *x, int a, int b, unsigned *h, size_t cap)
{
	const struct token *t;
	const unsigned char *bytes;
	unsigned v = 2166136261u;
	size_t n = 0, j, len;
	int k;

	for (k = a; k < b && n < cap; k++) {
		t = &x->t[k];
		if (k > a)
			v = (v ^ ' ') * 16777619u;
		len = t->end - t->start < TOKEN_LOW_MAX ? t->end - t->start : TOKEN_LOW_MAX;
		bytes = t->punct ? (const unsigned char *)x->s + t->start : t->low;
		for (j = 0; j < len; j++)
			v = (v ^ bytes[j]) * 16777619u;
		h[n++] = v;
	}
	return n;
}

/* The person of the document so named, whose name has the hash h. */
static struct person_known *find_person(struct person_doc *d, const char *name, unsigned h)
{
	size_t k;

	for (k = 0; k < d->npeople; k++)
		if (d->people[k].name_hash == h && !strcmp(d->people[k].name, name))
			return &d->people[k];
	return NULL;
}

static unsigned name_hash(const char *name)
{
	return tok_hash((const unsigned char *)name, strlen(name));
}

static struct person_known *add_person(struct person_doc *d, const char *name)
{
	unsigned h = name_hash(name);
	struct person_known *p = find_person(d, name, h);

	if (p)
		return p;
	if (d->npeople == PERSON_PEOPLE) {
		if (d->full)
			d->full(d, d->ctx);
		d->npeople = 0;
	}
	p = &d->people[d->npeople++];
	memset(p, 0, sizeof *p);
	snprintf(p->name, sizeof p->name, "%s", name);
	/* a name cut to fit is kept under its own hash */
	p->name_hash = name_hash(p->name);
	return p;
}

/* Notes the role r of person p, once. */
static void add_role(struct person_known *p, enum person_role r)
{
	size_t k;

	if (!r)
		return;
	for (k = 0; k < p->nroles && p->roles[k] != r; k++)
		;
	if (k == p->nroles)
		p->roles[p->nroles++] = (unsigned char)r;
}

/* Adds what a mention says of the person to what is known of them: its
 * role, its chain of titles if it is the longest, and the hashes of its
 * titles (held, n of them). */
static void remember(struct person_doc *d, const struct person *f, const unsigned *held, size_t n)
{
	struct person_known *p = add_person(d, f->name);
	size_t k, q, len;

	p->mentions++;
	p->last = ++d->clock;
	p->line = f->line;
	p->formal |= f->ntitles > 0 || f->honorific;
	add_role(p, f->role);
	add_role(p, f->also);
	for (k = 0; k < n; k++) {
		for (q = 0; q < p->nheld && p->held[q] != held[k]; q++)
			;
		if (q == p->nheld && p->nheld < PERSON_HELD)
			p->held[p->nheld++] = held[k];
	}
	for (len = k = 0; k < f->ntitles; k++)
		len += f->title[k].len + 2 * (k > 0);
	if (len <= p->chain_len || len >= sizeof p->chain)
		return;
	for (len = k = 0; k < f->ntitles; k++) {
		if (k)
			memcpy(p->chain + len, "; ", 2), len += 2;
		memcpy(p->chain + len, f->s + f->title[k].start, f->title[k].len);
		len += f->title[k].len;
	}
	p->chain[len] = '\0';
	p->chain_len = len;
}

/* The person named before whom a title alone stands for: the latest to
 * hold every title of it (whole[q], the hash of each), as seen or as seen
 * with more after it ("Bí thư Tỉnh ủy" of "Bí thư Tỉnh ủy Bắc Giang"). */
static const struct person_known *by_titles(const struct person_doc *d, const unsigned *whole, size_t n)
{
	const struct person_known *best = NULL;
	size_t k, q, j;

	for (k = 0; k < d->npeople; k++) {
		const struct person_known *p = &d->people[k];
		for (q = 0; q < n; q++) {
			for (j = 0; j < p->nheld && p->held[j] != whole[q]; j++)
				;
			if (j == p->nheld)
				break;
		}
		if (q == n && (!best || p->last > best->last))
			best = p;
	}
	return best;
}

/* Whether p held one of the titles whole[0..n) (their hashes; 0 for none). */
static bool holds_any(const struct person_known *p, const unsigned *whole, size_t n)
{
	size_t q, j;

	for (q = 0; q < n; q++)
		for (j = 0; whole[q] && j < p->nheld; j++)
			if (p->held[j] == whole[q])
				return true;
	return false;
}

/* The person named before whose name ends with the given name ("ông
 * Thắng"), or for a family name, begins with it ("Chủ tịch Mao"); one named
 * with a title or an honorific, as a news report first names whom it later
 * calls by a part of the name, and last named on line near or after (a
 * text of many stories in one is no one story); the latest of several. */
static const struct person_known *by_given_name(const struct person_doc *d, const char *given, bool family,
						 long near, const unsigned *whole, size_t nwhole)
{
	const struct person_known *best = NULL;
	size_t k, n = strlen(given), len;
	bool best_titled = false, titled;
	const char *name;

	for (k = 0; k < d->npeople; k++) {
		name = d->people[k].name;
		len = strlen(name);
		if (!(d->people[k].formal && len > n && d->people[k].line >= near &&
		      ((name[len - n - 1] == ' ' && !strcmp(name + len - n, given)) ||
		       (family && name[n] == ' ' && !strncmp(name, given, n)))))
			continue;
		/* "Tổng thống Kennedy": the one named with that title, before
		 * the latest of the name ("Robert Kennedy") */
		titled = holds_any(&d->people[k], whole, nwhole);
		if (!best || (titled && !best_titled) || (titled == best_titled && d->people[k].last > best->last))
			best = &d->people[k], best_titled = titled;
	}
	return best;
}


static void emit(struct person_doc *d, struct person *f, const unsigned *held, size_t n)
{
	if (!f->name[0])
		return;
	remember(d, f, held, n);
	d->found(f, d->ctx);
}

/* ---- Bylines and credits ---- */

/* The words of the place at k up to a dash, where two places joined by
 * one ("Bà Rịa - Vũng Tàu") may be two names ("Thanh Hải - Đức Anh"). */
static int place_words(const struct tokens *x, int k)
{
	int m = names_place(x, k), j;

	for (j = k; j < k + m && !tok_is_punct(x, j, '-'); j++)
		;
	return j - k;
}

/* Whether the words at k, a place of a list, are no name where a name is
 * looked for: a place of more than two words, or of words that are no
 * syllables of a name. A credit or a byline of two syllables that spell a
 * place is a writer's name as often ("Thanh Hải", "Hà Nam"), as are a
 * country of one syllable and the name after it ("Đức Anh"). */
static bool place_not_name(const struct tokens *x, int k)
{
	int m = place_words(x, k), j;

	if (!m)
		return false;
	if (m > 2 || !capital(x, k + 1))
		return true;
	/* in capitals too where the place is a word alone: "ĐỨC THUẬN" */
	for (j = k; j < k + 2; j++)
		if (!syllable(x, j) || (m == 2 && shouted(x->s, x->t[j].start, x->t[j].end)))
			return true;
	return false;
}

/* Whether the word at k, the head of a place named after someone, is
 * rather a family name before a given name ("Ảnh: Hồ Cầu", not "hồ Xuân
 * Hương" as a lake only there). */
static bool family_first(const struct tokens *x, int k)
{
	bool common;

	return names_surname(x, k, &common) > 0 && capital(x, k + 1) && syllable(x, k + 1);
}

/* The name of a credit from token k: capitalised words up to a '/', a dash,
 * a bracket or the end, at least two and no acronym ("Đồng Thúy/TTXVN" is
 * Đồng Thúy, "TTXVN" none); its bytes in *p. A name all in capitals ("THU
 * HÀ", "Bài và ảnh: VI THANH") runs to a mark or the end: no agency after
 * it can be told from it. */
static bool credit_name(const struct tokens *x, int k, int end, struct span *p)
{
	size_t stop;
	const char *slash;
	bool loud;
	int j;

	if (!capital(x, k) || names_body(x, k) || (names_named_after(x, k) && !family_first(x, k)) ||
	    place_not_name(x, k))
		return false;
	loud = shouted(x->s, x->t[k].start, x->t[k].end);
	for (j = k; j < end && j - k < 4 && capital(x, j) && !control_in(x, j); j++) {
		slash = memchr(x->s + x->t[j].start, '/', x->t[j].end - x->t[j].start);
		stop = slash ? (size_t)(slash - x->s) : x->t[j].end;
		if (loud && shouted(x->s, x->t[j].start, stop) && stop > x->t[j].start && syllable(x, j)) {
			if (slash) {
				j++;
				break;
			}
			continue;
		}
		if (loud || shouted(x->s, x->t[j].start, stop) || slash) {
			if (slash && !shouted(x->s, x->t[j].start, stop) && stop > x->t[j].start) {
				j++;
				break;
			}
			break;
		}
	}
	if (j - k < 2)
		return false;
	p->start = x->t[k].start;
	slash = memchr(x->s + x->t[j - 1].start, '/', x->t[j - 1].end - x->t[j - 1].start);
	p->len = (slash ? (size_t)(slash - x->s) : x->t[j - 1].end) - p->start;
	/* what follows the name is an agency, another name or the end */
	return j >= end || x->t[j].punct || (x->t[j].upper && !loud) || (tok_is(x, j, "và") && capital(x, j + 1));
}

/* A credit in the tokens: "Ảnh: Mai Hoa" (photo), "Bài và ảnh: X" at the
 * start (author). Returns its token, the name in *p, the role in *role; -1 when none. */
static int credit_at(const struct tokens *x, int k, struct span *p, enum person_role *role)
{
	int m;

	/* "Ảnh: X" after a mark or opening its line; not "Làng nghề nhiếp
	 * ảnh: Lai Xá", "Trong ảnh: ..." */
	if (tok_is(x, k, "ảnh") && tok_is_punct(x, k + 1, ':') && (k == 0 || x->t[k - 1].punct) &&
	    credit_name(x, k + 2, x->n, p)) {
		*role = PERSON_PHOTO;
		return k + 2;
	}
	if (k == 0) {
		/* "Bài, ảnh: ", "Tác giả: ": a byline's label, as vn-meta reads it
		 * (on the bytes: "Bài, ảnh" holds a comma) */
		size_t from = x->t[0].start, e;
		bool photo, names_only;

		e = byline_label(x->s + from, x->t[x->n - 1].end - from, &photo, &names_only);
		for (m = 0; e && m < x->n && x->t[m].start < from + e; m++)
			;
		if (e && m < x->n && credit_name(x, m, x->n, p)) {
			*role = PERSON_AUTHOR;
			return m;
		}
	}
	return -1;
}

/* A line that is a name alone ("Đồng Thúy", "Theo Hà Anh (TTXVN)"): its name
 * in *p, *surname when it begins with a family name. */
/* The name at token k of a line of names, up to the line's end, an agency
 * after it or the next name; where it ends in *j, or false. */
static bool line_name(const struct tokens *x, int k, struct span *p, int *j)
{
	if (!credit_name(x, k, x->n, p))
		return false;
	/* a Vietnamese name: not a line of a list of works ("Churchill World
	 * History Database", "Please Don't Vote") */
	for (*j = k; *j < x->n && x->t[*j].start < p->start + p->len; (*j)++)
		if (!syllable(x, *j))
			return false;
	return true;
}

/* Where a web site's name from token i ends ("baothanhhoa.vn", "vov.vn":
 * words in lower case joined by dots, no space between), or i. */
static int web_site_end(const struct tokens *x, int i)
{
	int k = i;

	while (tok_is_word(x, k) && !x->t[k].upper && tok_is_punct(x, k + 1, '.') &&
	       x->t[k + 1].start == x->t[k].end && tok_is_word(x, k + 2) && x->t[k + 2].start == x->t[k + 1].end)
		k += 2;
	return k > i ? k + 1 : i;
}

/* The tokens of a byline at most, the agency after its names included
 * ("Tòng Thị Hoa (Trung tâm TT-VH huyện Mường La)"). */
enum { PERSON_LINE_TOKENS = 16 };

/* Whether a writer's paper or body begins at token i: "báo", "tạp chí",
 * "đài", or a body ("Trung tâm TT-VH huyện Mường La", "Ban Tuyên giáo
 * Huyện ủy"). */
static bool agency_at(const struct tokens *x, int i)
{
	return tok_is(x, i, "báo") || tok_phrase(x, i, "tạp chí") || tok_is(x, i, "đài") || names_body(x, i) ||
	       (tok_is_word(x, i) && x->t[i].upper && names_body_word(x, i));
}

/* The notes after a byline's name in brackets of what its writer did. */
static const char *const writers_notes[] = {"thực hiện", "tổng hợp", "ghi", "lược dịch", "biên dịch", "dịch"};

/* Whether the name of tokens a to b of a line is a place's: a place of
 * two words or more, or one word that is all of it; not a country before
 * a given name ("Đức Anh"). */
static bool spelled_as_place(const struct tokens *x, int a, int b)
{
	int m = place_words(x, a);

	return m > 1 || (m && a + m == b);
}

static bool name_line(const struct tokens *x, struct person_line *names, bool *theo)
{
	enum names_title_kind kind;
	struct span *p = names->name;
	bool common;
	int k = 0, j, i;

	/* the words of a credit that names no one: "Nguồn Cổng TTĐT" */
	static const char *const not_names[] = {"nguồn", "ảnh", "bài", "tin", "video", "xem", "clip"};

	*theo = tok_is(x, 0, "theo");
	k = *theo;
	if (TOK_IN(x, k, not_names) || x->n - k < 2 || x->n - k > PERSON_LINE_TOKENS || names_title(x, k, &kind) ||
	    !line_name(x, k, &p[0], &j))
		return false;
	names->surname[0] = names_surname(x, k, &common) > 0;
	names->place[0] = spelled_as_place(x, k, j);
	names->n = 1;
	/* two writers, "Thu Hà - Minh Anh", "Thu Hà, Minh Anh", "Thu Hà và Minh Anh" */
	if ((tok_is_punct(x, j, '-') || tok_is_punct(x, j, ',') || tok_is(x, j, "và")) &&
	    x->t[j - 1].end == p[0].start + p[0].len && line_name(x, j + 1, &p[1], &i)) {
		names->surname[1] = names_surname(x, j + 1, &common) > 0;
		names->place[1] = spelled_as_place(x, j + 1, i);
		names->n = 2;
		j = i;
		/* "Nam Định, Việt Nam": two places are no writers */
		if (names->place[0] && names->place[1])
			return false;
	}
	/* nothing but an agency after it, its paper in brackets or after a
	 * dash ("Tuấn Minh (Báo Hà Giang)", "Tuấn Minh - Báo Hà Giang"), a
	 * site in brackets ("Ngọc Diệp (baothanhhoa.vn)"), or anything after
	 * its slash ("Nguyễn Hải/Báo Bắc Giang") */
	p = &names->name[names->n - 1];
	if (!(((tok_is_punct(x, j, '(') && tok_is_punct(x, x->n - 1, ')')) || tok_is_punct(x, j, '-')) &&
	      agency_at(x, j + 1)) &&
	    !(tok_is_punct(x, j, '(') && (i = web_site_end(x, j + 1)) > j + 1 && tok_is_punct(x, i, ')') &&
	      i + 1 == x->n) &&
	    /* "Hoàng Anh (thực hiện)", "(tổng hợp)": what the writer did */
	    !(tok_is_punct(x, j, '(') && (i = TOK_IN(x, j + 1, writers_notes)) && tok_is_punct(x, j + 1 + i, ')') &&
	      j + 2 + i == x->n) &&
	    x->t[j - 1].end == p->start + p->len)
		for (; j < x->n; j++)
			if (tok_is_word(x, j) && !shouted(x->s, x->t[j].start, x->t[j].end))
				return false;
	return true;
}

/* Gives out the names of a line, from s, as the byline (author) or, those
 * with a family name, as names. */
static void give_line(struct person_doc *d, long line, const char *s, const struct person_line *names,
		      bool author)
{
	char name[PERSON_NAME_MAX];
	struct person f;
	int k;

	for (k = 0; k < names->n; k++) {
		if (!author && (!names->surname[k] || names->place[k]))
			continue;
		/* "Mai Anh - Lào Cai": the province a writer reports from */
		if (author && k > 0 && names_is_province(s + names->name[k].start, names->name[k].len))
			continue;
		memset(&f, 0, sizeof f);
		f.line = line;
		f.sent = 1;
		f.s = s;
		person_name(s, names->name[k].start, names->name[k].start + names->name[k].len, name, sizeof name);
		f.name = name;
		f.text = names->name[k];
		f.role = author ? PERSON_AUTHOR : PERSON_NO_ROLE;
		emit(d, &f, NULL, 0);
	}
}

/* The held line goes out: as the byline, or its names with a family name. */
static void release_byline(struct person_doc *d, bool author)
{
	if (!d->byline.held)
		return;
	d->byline.held = false;
	give_line(d, d->byline.line, d->byline.text, &d->byline.names, author && !d->see_also);
}

/* ---- One sentence ---- */

/* Mentions kept of a piece of a sentence. */
enum { MENTIONS_MAX = 64 };

/* Gives out the mention m of x, resolving a title alone or a given name to
 * the person named before it. */
static void give(struct person_doc *d, const struct tokens *x, const struct person_mention *m,
		 enum person_role role, enum person_role also, long line, long sent)
{
	const struct person_known *who = NULL;
	unsigned held[PERSON_HELD], whole[PERSON_TITLES];
	char name[PERSON_NAME_MAX];
	bool family, common;
	struct person f;
	size_t nheld = 0, h;
	int k;

	memset(&f, 0, sizeof f);
	f.line = line, f.sent = sent, f.s = x->s;
	f.text = tok_span(x, m->start, m->end);
	f.role = role;
	f.also = also;
	f.honorific = m->honorific;
	for (k = 0; k < m->ntitles; k++) {
		f.title[f.ntitles++] = tok_span(x, m->title[k].start, m->title[k].end);
		h = title_hashes(x, m->title[k].start, m->title[k].end, held + nheld, PERSON_HELD - nheld);
		whole[k] = h ? held[nheld + h - 1] : 0;
		nheld += h;
	}
	if (m->name == m->name_end) {
		/* a title alone: "Bí thư Tỉnh ủy phát biểu" */
		if (!(x->t[m->title[0].start].upper || m->honorific) || !(role || m->honorific) ||
		    !(who = by_titles(d, whole, (size_t)m->ntitles)))
			return;
		f.name = who->name;
	} else {
		person_name(x->s, x->t[m->name].start, x->t[m->name_end - 1].end, name, sizeof name);
		/* two words of a rarer family ("Lục Yên", "La Khê", "Kim Môn" are
		 * as often places): a person where the text says so, by a verb of
		 * ours, a list of names, a title it is said to hold, or someone
		 * so named before */
		if (!m->honorific && !m->ntitles && m->name_end - m->name == 2 && !role &&
		    names_surname(x, m->name, &common) == 1 && !common && !among_names(x, m->name, m->name_end) &&
		    !title_predicated(x, m->name_end) && !((who = find_person(d, name, name_hash(name))) && who->formal))
			return;
		/* one word: a given name, or a family name; after a title a
		 * house ("chúa Nguyễn", "vua Trần"), and of the commonest
		 * families always, unless someone named before has it as a given
		 * name ("tướng Giáp"); "ông Phương" is someone */
		family = m->name_end - m->name == 1 && names_surname(x, m->name, &common);
		if (m->name_end - m->name == 1 && (who = by_given_name(d, name, family && !common,
								     m->ntitles ? LONG_MIN : line - PERSON_NEAR, whole,
								     (size_t)m->ntitles)))
			f.name = who->name;
		else if (family && (common || !m->honorific))
			return;
		else
			f.name = name;
	}
	release_byline(d, false);
	emit(d, &f, held, nheld);
}

static void take_titles(struct person_mention *to, const struct person_mention *from)
{
	to->ntitles = from->ntitles;
	memcpy(to->title, from->title, sizeof to->title);
}

/* Whether tokens a..b join two names of a list: ",", "và", ", và". */
static bool comma_or_and(const struct tokens *x, int a, int b)
{
	return (b - a == 1 && (tok_is_punct(x, a, ',') || tok_is(x, a, "và"))) ||
	       (b - a == 2 && tok_is_punct(x, a, ',') && tok_is(x, a + 1, "và"));
}

/* The names of a list, each joined to the next by a comma or "và", hold
 * the title of its head: after an item's title and a colon ("Bộ trưởng: A,
 * B, C") or a title of many ("các đạo diễn A, B"), and before a post given
 * after the last ("A và B làm Phó Bí thư"). */
static void share_item_title(const struct tokens *x, struct person_mention *m, int n)
{
	const struct person_mention *item = NULL;
	int q, a, b, e;

	for (q = 0; q < n; q++) {
		a = q ? m[q - 1].end : 0, b = m[q].start;
		if (item && !m[q].ntitles && m[q].name < m[q].name_end && comma_or_and(x, a, b)) {
			take_titles(&m[q], item);
			continue;
		}
		/* a title before a colon, or of many: "Các đồng chí Phó Bí thư
		 * Tỉnh ủy A và B" */
		e = m[q].ntitles ? m[q].title[m[q].ntitles - 1].end : 0;
		item = m[q].ntitles && m[q].name >= e &&
			       ((m[q].name > e && tok_is_punct(x, e, ':')) || plural_title(x, m[q].title[0].start))
			       ? &m[q] : NULL;
	}
	/* "bầu đồng chí A và đồng chí B làm Phó Bí thư Huyện ủy", "A và B
	 * được bầu giữ chức ...": the post given after the last name is each
	 * name's of the list before it too */
	for (item = NULL, q = n - 1; q >= 0; q--) {
		a = m[q].end, b = q + 1 < n ? m[q + 1].start : a;
		if (item && !m[q].ntitles && m[q].name < m[q].name_end && comma_or_and(x, a, b)) {
			take_titles(&m[q], item);
			continue;
		}
		e = m[q].name_end;
		item = m[q].ntitles && m[q].title[0].start >= e &&
			       (tok_is(x, e, "làm") || tok_is(x, e, "được") || tok_is(x, e, "giữ")) ? &m[q] : NULL;
	}
}

/* The people of one piece of a sentence; piece has PERSON_FIRST if it
 * begins the sentence, PERSON_WHOLE if it runs to its end. */
/* Whether the mention m, a name alone, names a reign's year: "năm Vũ Đức
 * thứ 4", "niên hiệu Minh Mạng thứ 13". */
static bool reign_year(const struct tokens *x, const struct person_mention *m)
{
	static const char *const ordinals[] = {"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"};
	int k = m->end;

	return m->start == m->name && m->ntitles == 0 && m->start > 0 &&
	       (tok_is(x, m->start - 1, "năm") || tok_phrase(x, m->start - 2, "niên hiệu") == 2) &&
	       tok_is(x, k, "thứ") && tok_is_word(x, k + 1) &&
	       (vn_is_digit(x->s[x->t[k + 1].start]) || TOK_IN(x, k + 1, ordinals));
}

/* The page's first lines, where its header stands (section, title, stamp,
 * byline). */
enum { FRONT_LINES = 6 };

/* Whether the mention m opens a line of the page's header and a colon
 * follows it with words of its own: a headline that quotes the person,
 * named with a title or an honorific ("Bí thư Tỉnh ủy X: Phải ..."). */
static bool headline_words(const struct person_doc *d, const struct tokens *x, const struct person_mention *m,
			   long line, unsigned piece)
{
	return (piece & PERSON_FIRST) && m->start == 0 && line <= FRONT_LINES && !d->prose_seen &&
	       (m->ntitles || m->honorific) && tok_is_punct(x, m->end, ':') && tok_is_word(x, m->end + 1);
}

static void read_tokens(struct person_doc *d, const struct tokens *x, long line, long sent, unsigned piece)
{
	struct person_mention m[MENTIONS_MAX];
	enum person_role role[MENTIONS_MAX], also[MENTIONS_MAX], r = PERSON_NO_ROLE, opening;
	bool opening_list[MENTIONS_MAX];
	unsigned flags = 0;
	bool looked = false;
	int n = 0, i, q, k, at, c = -1;
	struct span credit;

	for (i = 0; i < x->n && n < MENTIONS_MAX; i++) {
		/* a mark past the first token begins no credit and no mention */
		if (i > 0 && x->t[i].punct)
			continue;
		if ((k = credit_at(x, i, &credit, &r)) >= 0) {
			c = n;
			break;
		}
		if (!names_may_begin(x, i) && !honorific_word(x, i))
			continue;
		/* whether the sentence is in capitals, asked once it may name someone */
		if (!looked) {
			flags = (person_all_caps(x) ? PERSON_CAPS : 0) | piece;
			looked = true;
		}
		/* "PGS-TS Nguyễn Văn An": degrees in one word, which no lexicon
		 * files, begin the mention of the name after them */
		at = i > 0 && dashed_degree(x, i - 1) ? i - 1 : i;
		if ((k = person_at(x, at, x->n, flags, &m[n])) ||
		    (at < i && (k = person_at(x, at = i, x->n, flags, &m[n])))) {
			i = at + k - 1;
			n += !reign_year(x, &m[n]);
		}
	}
	share_item_title(x, m, n);
	/* the mentions of the list that opens the sentence, or a clause
	 * after a comma ("Sáng 5/3, đồng chí X và đồng chí Y ..."): the
	 * subject, whose later verbs are theirs */
	for (q = 0; q < n; q++)
		opening_list[q] = q == 0 ? m[0].start == 0 || tok_is_punct(x, m[0].start - 1, ',')
					 : opening_list[q - 1] && list_join(x, m[q - 1].end, m[q].start);
	for (q = n - 1; q >= 0; q--) {
		role[q] = also[q] = PERSON_NO_ROLE;
		opening = opened_by(x, m[q].start);
		if (q + 1 < n && list_join(x, m[q].end, m[q + 1].start))
			role[q] = role[q + 1], also[q] = also[q + 1];
		/* "Chủ trì hội nghị, đồng chí X nhấn mạnh": who chairs, speaking */
		else if (opening == PERSON_CHAIR)
			role[q] = opening;
		/* "Trung tá Genda lên gặp đô đốc Nagumo đề nghị ...": the one met
		 * does not speak */
		else if (tok_within(x, m[q].start - 1) && !x->t[m[q].start - 1].upper &&
			 TOK_IN(x, m[q].start - 1, meeting_verbs))
			role[q] = PERSON_NO_ROLE;
		/* nor does the owner of who does ("Hội đồng Phụ chính của vua
		 * Duy Tân thông báo"), though "với sự tham dự của X" attends */
		else if (!(m[q].start > 0 && tok_is(x, m[q].start - 1, "của")) && (role[q] = role_after(x, m[q].end, &also[q]))) {
			/* "bức thư gửi cho Tổng thống X đề nghị ...", "đệ trình lên
			 * Tổng thống X báo cáo ...": the one written to does not speak */
			if (role[q] == PERSON_SPEAK && m[q].start > 0 &&
			    (tok_is(x, m[q].start - 1, "cho") || tok_is(x, m[q].start - 1, "gửi") ||
			     tok_is(x, m[q].start - 1, "lên")))
				role[q] = also[q] = PERSON_NO_ROLE;
		}
		else if (!(m[q].start > 0 && tok_is(x, m[q].start - 1, "của")) &&
			 (role[q] = role_past_note(x, m[q].end, q + 1 < n ? m[q + 1].start : x->n,
						   m[q].ntitles && m[q].title[m[q].ntitles - 1].start > m[q].name_end,
						   &also[q])))
			;
		else if (quoted(x, m[q].start, m[q].end))
			role[q] = PERSON_SPEAK;
		/* "Ông Hòa: Khó khăn lớn nhất là ...", "Đồng chí X, Bí thư Huyện
		 * ủy: ..." in an interview; not a title's item ("Trưởng ban: X") */
		else if (d->interview && (piece & PERSON_FIRST) && m[q].start == 0 &&
			 (!m[q].ntitles || m[q].title[0].start >= m[q].name_end) && tok_is_punct(x, m[q].end, ':'))
			role[q] = PERSON_SPEAK;
		/* "Bí thư Tỉnh ủy X: Phải quyết liệt hơn ...": a headline's words,
		 * given to a person named with a title or an honorific */
		else if (headline_words(d, x, &m[q], line, piece))
			role[q] = PERSON_SPEAK;
		/* the subject, not an object ("họp với X và ...") */
		else if (opening_list[q] && said_after(x, m[q].end))
			role[q] = PERSON_SPEAK;
		else if (opening_list[q] && (role[q] = with_others(x, m[q].end)))
			;
		else if (attending(x, m[q].start)) {
			role[q] = PERSON_ATTEND;
			/* "Tham dự và chỉ đạo hội nghị có ...": and speaks;
			 * "Dự và chủ trì ... có ...": chairs */
			if ((also[q] = attend_also(x, m[q].start)) == PERSON_CHAIR)
				role[q] = PERSON_CHAIR, also[q] = PERSON_NO_ROLE;
		}
		else if (chairing(x, m[q].start))
			role[q] = PERSON_CHAIR;
		else if (receiving(x, m[q].start))
			role[q] = PERSON_RECEIVE;
		else if (opening)
			role[q] = opening;
		else if (according_to(x, m[q].start, m[q].end) || owned_words(x, m[q].start))
			role[q] = PERSON_SPEAK;
		else if (d->list_role && sent == 1)
			role[q] = (enum person_role)d->list_role;
	}
	for (q = 0; q < n; q++)
		give(d, x, &m[q], role[q], also[q], line, sent);
	if (c >= 0) {
		char name[PERSON_NAME_MAX];
		struct person f;

		release_byline(d, false);
		/* "Tin, ảnh: Minh Đức - Hồng Vân": each name of the credit */
		for (;;) {
			memset(&f, 0, sizeof f);
			f.line = line, f.sent = sent, f.s = x->s;
			person_name(x->s, credit.start, credit.start + credit.len, name, sizeof name);
			f.name = name;
			f.text = credit;
			f.role = r;
			emit(d, &f, NULL, 0);
			for (k = 0; k < x->n && x->t[k].start < credit.start + credit.len; k++)
				;
			if (!(k + 1 < x->n && (tok_is_punct(x, k, '-') || tok_is_punct(x, k, ',') || tok_is(x, k, "và")) &&
			      credit_name(x, k + 1, x->n, &credit)))
				break;
		}
	}
}

void person_doc_start(struct person_doc *d)
{
	d->npeople = 0;
	d->clock = 0;
	d->byline.held = false;
	d->listing_places = d->see_also = d->interview = d->prose_seen = false;
	d->list_role = PERSON_NO_ROLE;
	d->list_goes_on = false;
}

/* Whether the line s[0..n) is an interviewer's: "PV: ...", "Phóng viên:
 * ...", "Hỏi: ...". */
static bool question_line(const char *s, size_t n)
{
	static const char *const askers[] = {"pv", "p.v", "phóng viên", "hỏi"};
	size_t k, m;

	for (k = 0; k < NELEM(askers); k++)
		if ((m = match_phrase(s, n, 0, askers[k])) && (m = vn_skip_spaces(s, n, m)) < n && s[m] == ':')
			return true;
	return false;
}

/* Whether the line s[0..n) ends with ':' or ';', as a list's heading and
 * items but the last do. */
static bool ends_list_line(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	return n && (s[n - 1] == ':' || s[n - 1] == ';');
}

/* Whether the line s[0..n) is a heading: "== Hành chính ==", or a short
 * line that ends with a colon ("Các phường:"). */
static bool heading(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	return (n > 4 && s[0] == '=' && s[1] == '=') || (n > 1 && n < PERSON_LINE_MAX / 2 && s[n - 1] == ':');
}

/* Whether a line is an item of a list, no sentence of prose: it does not
 * end with a full stop ("Phạm Hùng (Đường vào khu công nghiệp)"). */
static bool list_item(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	return n && !memchr(".!?", s[n - 1], 3) && !(n >= 3 && !memcmp(s + n - 3, "…", 3));
}

/* Whether an item opens with a family name and given names, up to a mark:
 * "Nguyễn Tri Phương (quốc lộ 91)"; not "Đền Nghè (thờ nữ tướng Lê Chân)". */
static bool place_item(const struct tokens *x)
{
	struct span p;
	bool common;
	int m;

	for (m = 0; m < x->n && tok_is_word(x, m); m++)
		;
	return m >= 2 && credit_name(x, 0, m, &p) && p.start + p.len == x->t[m - 1].end &&
	       names_surname(x, 0, &common) > 0;
}

/* What a heading says of the lines under it. */
static void read_heading(struct person_doc *d, const struct tokens *x)
{
	static const char *const places[] = {
		"đường", "phố", "xã", "phường", "huyện", "quận", "thị trấn", "thị xã", "địa danh",
		"đơn vị hành chính", "di tích", "sông", "núi", "chùa", "đền",
	};
	/* words before the places a heading lists: "Các tuyến đường chính" */
	static const char *const listing[] = {"==", "===", "các", "những", "danh sách", "một số", "tuyến", "hệ thống"};
	static const char *const see_also[] = {"xem thêm", "đọc thêm", "liên kết ngoài", "tham khảo"};
	/* who a heading lists as "Các đồng chí ...", "Các đại biểu ..." */
	static const char *const people_listed[] = {"đồng chí", "đại biểu", "vị đại biểu", "lãnh đạo"};
	enum person_role r;
	bool found;
	int i, m;

	/* the places are what it is about, its first noun, not a word of a
	 * name ("Thành phố Đà Nẵng", "Lãnh đạo huyện", "thuộc Đường") */
	for (i = 0; i < x->n; i += m)
		if (!(m = tok_is_word(x, i) ? tok_list(x, i, listing, NELEM(listing), NULL) : 1))
			break;
	d->listing_places = tok_list(x, i, places, NELEM(places), NULL) > 0;
	d->see_also = false;
	/* "Chủ trì hội nghị:", "Tham dự hội nghị có:", "Dự hội nghị:": the
	 * part of the people listed under it */
	i = tok_is(x, 0, "cùng");
	d->list_role = tok_phrase(x, i, "chủ trì") || tok_phrase(x, i, "đồng chủ trì") ? PERSON_CHAIR
		       : x->n > 1 && verb_in_any_case(x, i, &found) == PERSON_ATTEND ? PERSON_ATTEND
		       : PERSON_NO_ROLE;
	/* "Các đồng chí lãnh đạo tỉnh dự lễ gồm:": the people named first,
	 * then the verb of their part */
	if (!d->list_role && tok_is(x, 0, "các") && TOK_IN(x, 1, people_listed))
		for (i = 2; i < x->n && tok_is_word(x, i); i++)
			if ((r = verb_at(x, i, &found)) == PERSON_ATTEND || r == PERSON_CHAIR) {
				d->list_role = r;
				break;
			}
	for (i = 0; i < x->n; i++)
		d->see_also |= tok_list(x, i, see_also, NELEM(see_also), NULL) > 0;
}


/* Words read past the last that may begin a mention before a sentence's
 * tokens stop: room for its titles and the verb that governs it. */
enum { WORDS_AFTER = 20 };

/* A word of the sentence as may_name reads it: its bytes without the
 * marks around it, a to b, whether it begins with a capital, and its
 * tok_hash; b and the hash are found only when asked for (scanned_word_end,
 * word_hash), as most words are never looked up. */
struct word {
	size_t a, b, end;
	unsigned hash;
	bool upper, trimmed, hashed;
};

/* ASCII bytes that are no letter or digit: the marks around a word. */
static bool ascii_mark(unsigned char c)
{
	return c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9');
}

/* A space or a tab: what parts the words may_name reads. */
static inline bool blank_byte(unsigned char b)
{
	return b == ' ' || b == '\t';
}

/* Whether a word that begins with b is plain: a small ASCII letter or a
 * digit. */
static inline bool plain_lead(unsigned char b)
{
	return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
}

/* Whether a word that begins with b may be of marks alone: it begins with
 * an ASCII mark or with a byte of "“", "–", "…". */
static inline bool mark_lead(unsigned char b)
{
	return ascii_mark(b) || b == 0xE2;
}

/* What the first byte of a word says of it: plain (plain_lead), a mark
 * (mark_lead), a capital of ASCII, the first of two bytes or of three
 * (0xE1) that capital_at decodes, or none of them: no capital. */
enum lead { LEAD_PLAIN, LEAD_MARK, LEAD_CAPITAL, LEAD_OF_TWO, LEAD_OF_THREE, LEAD_NONE };
static unsigned char lead_kind[256];
/* The capitals of two bytes and of three, by the bits capital_at reads of
 * them; made from vn_is_upper, as capital_at asks it. */
static unsigned char capital_of_two[0x800 / 8], capital_of_three[0x1000 / 8];
/* The two bytes of "đ", the letter more words begin with than any other
 * but ASCII's, which block_starts takes for a small letter (its first byte
 * is of kind LEAD_OF_TWO, and it is no capital to capital_of_two), each
 * sixteen times for a load of SSE2. */
static unsigned char small_d[2][16];

/* Makes the tables above, once. */
static void need_leads(void)
{
	static bool made;
	uint32_t cp;
	unsigned b;
	char d[4];

	if (made)
		return;
	for (b = 0; b < 256; b++)
		lead_kind[b] = plain_lead((unsigned char)b)		 ? LEAD_PLAIN
			       : mark_lead((unsigned char)b)		 ? LEAD_MARK
			       : b < 0x80				 ? LEAD_CAPITAL
			       : b >= 0xC3 && b < 0xE0			 ? LEAD_OF_TWO
			       : b == 0xE1				 ? LEAD_OF_THREE
									 : LEAD_NONE;
	for (cp = 0; cp < 0x800; cp++)
		capital_of_two[cp / 8] |= (unsigned char)(vn_is_upper(cp) << cp % 8);
	for (cp = 0; cp < 0x1000; cp++)
		capital_of_three[cp / 8] |= (unsigned char)(vn_is_upper(0x1000u | cp) << cp % 8);
	if (u8_encode(0x111, d) != 2 || lead_kind[(unsigned char)d[0]] != LEAD_OF_TWO || vn_is_upper(0x111))
		die("internal error: 'đ' is no small letter of two bytes");
	memset(small_d[0], d[0], sizeof small_d[0]);
	memset(small_d[1], d[1], sizeof small_d[1]);
	made = true;
}

/* Whether the word at s + i, whose first byte is of kind LEAD_OF_TWO or
 * LEAD_OF_THREE and which has at least len bytes (1 to 3), begins with a
 * capital, as capital_at says of it. */
static inline bool capital_of_many(const unsigned char *s, size_t i, size_t len, unsigned kind)
{
	unsigned cp;

	if (kind == LEAD_OF_TWO && len >= 2) {
		cp = (unsigned)(s[i] & 0x1F) << 6 | (s[i + 1] & 0x3F);
		return capital_of_two[cp / 8] >> cp % 8 & 1;
	}
	if (kind == LEAD_OF_THREE && len >= 3) {
		cp = (unsigned)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
		return capital_of_three[cp / 8] >> cp % 8 & 1;
	}
	return false;
}

/* Whether the word at s + i, whose first byte is no mark, begins with a
 * capital, as run_word says of it. */
static inline bool capital_first(const unsigned char *s, size_t n, size_t i)
{
	unsigned kind = lead_kind[s[i]];

	if (kind == LEAD_CAPITAL)
		return true;
	if (kind == LEAD_PLAIN || kind == LEAD_NONE || i + 1 >= n || blank_byte(s[i + 1]))
		return false;
	return capital_of_many(s, i, i + 2 >= n || blank_byte(s[i + 2]) ? 2 : 3, kind);
}

/* The highest bit set of x (x != 0), by its number. */
static inline unsigned highest_bit(uint64_t x)
{
#ifdef __GNUC__
	return 63 - (unsigned)__builtin_clzll(x);
#else
	unsigned k = 63;

	for (; !(x >> 63); x <<= 1)
		k--;
	return k;
#endif
}

/* The lowest bit set of x (x != 0), by its number. */
static inline unsigned lowest_bit(uint64_t x)
{
#ifdef __GNUC__
	return (unsigned)__builtin_ctzll(x);
#else
	unsigned k = 0;

	for (; !(x & 1); x >>= 1)
		k++;
	return k;
#endif
}

/* Where the first space or tab at or after s + i is, or n: eight bytes at
 * a look, as a word and the space after it are about six. */
static inline size_t blank_at(const unsigned char *s, size_t n, size_t i)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	static const uint16_t little_endian = 1;
	uint64_t w, space, tab, hit;

	for (; i + 8 <= n; i += 8) {
		/* the first byte the lowest, whatever the machine's order */
		memcpy(&w, s + i, 8);
		if (!*(const unsigned char *)&little_endian)
			w = (uint64_t)s[i] | (uint64_t)s[i + 1] << 8 | (uint64_t)s[i + 2] << 16 |
			    (uint64_t)s[i + 3] << 24 | (uint64_t)s[i + 4] << 32 | (uint64_t)s[i + 5] << 40 |
			    (uint64_t)s[i + 6] << 48 | (uint64_t)s[i + 7] << 56;
		space = w ^ (ones * ' ');
		tab = w ^ (ones * '\t');
		hit = (((space - ones) & ~space) | ((tab - ones) & ~tab)) & highs;
		/* the lowest bit set is the first blank's; bits above it may be
		 * borrows. Its byte's number, from a multiplication. */
		if (hit)
			return i + (size_t)((((hit & (0 - hit)) >> 7) * 0x0001020304050607ULL) >> 56);
	}
	while (i < n && !blank_byte(s[i]))
		i++;
	return i;
}

/* Where the word that ends at s + i (after the last space or tab before
 * it, or 0) begins: eight bytes at a look, back. */
static inline size_t blank_before(const unsigned char *s, size_t i)
{
	const uint64_t lows = 0x7F7F7F7F7F7F7F7FULL, ones = 0x0101010101010101ULL;
	static const uint16_t little_endian = 1;
	uint64_t w, space, tab, hit;

	for (; i >= 8; i -= 8) {
		memcpy(&w, s + i - 8, 8);
		if (!*(const unsigned char *)&little_endian)
			w = (uint64_t)s[i - 8] | (uint64_t)s[i - 7] << 8 | (uint64_t)s[i - 6] << 16 |
			    (uint64_t)s[i - 5] << 24 | (uint64_t)s[i - 4] << 32 | (uint64_t)s[i - 3] << 40 |
			    (uint64_t)s[i - 2] << 48 | (uint64_t)s[i - 1] << 56;
		space = w ^ (ones * ' ');
		tab = w ^ (ones * '\t');
		/* the high bit of each byte that is a blank, with no borrow
		 * from the byte below: the highest is the last blank's */
		hit = ~(((space & lows) + lows) | space | lows) | ~(((tab & lows) + lows) | tab | lows);
		if (hit)
			return i - 8 + (size_t)highest_bit(hit) / 8 + 1;
	}
	while (i > 0 && !blank_byte(s[i - 1]))
		i--;
	return i;
}

/* Where the blanks at s + i end; most words end at one space. */
static inline size_t blanks_end(const unsigned char *s, size_t n, size_t i)
{
	if (i + 1 < n && s[i] == ' ' && !blank_byte(s[i + 1]))
		return i + 1;
	while (i < n && blank_byte(s[i]))
		i++;
	return i;
}

/* Reads the word that begins at s + i with a mark into *w (w->a ==
 * w->end when it is of marks alone); returns where it ends. */
static size_t read_marked_word(const unsigned char *s, size_t n, size_t i, struct word *w)
{
	size_t a = i;

	i = blank_at(s, n, i);
	w->end = i;
	w->hashed = w->trimmed = false;
	while (a < i && (ascii_mark(s[a]) || (i - a >= 3 && s[a] == 0xE2 && s[a + 1] == 0x80)))
		a += s[a] < 0x80 ? 1 : 3;
	w->a = a;
	w->upper = a < i && capital_at(s + a, i - a);
	return i;
}

/* The word's end without the marks after it (ascii_mark by lead_kind). */
static inline size_t scanned_word_end(const unsigned char *s, struct word *w)
{
	size_t a = w->a, b = w->end;

	if (!w->trimmed) {
		while (b > a && ((s[b - 1] < 0x80 && lead_kind[s[b - 1]] == LEAD_MARK) ||
				 (b - a >= 3 && s[b - 3] == 0xE2 && s[b - 2] == 0x80)))
			b -= s[b - 1] < 0x80 ? 1 : 3;
		w->b = b;
		w->trimmed = true;
	}
	return w->b;
}

/* The hash of the word without its marks. */
static unsigned word_hash(const unsigned char *s, struct word *w)
{
	size_t j, b;
	unsigned h = 2166136261u;

	if (!w->hashed) {
		/* tok_hash, four bytes a step */
		for (b = scanned_word_end(s, w), j = w->a; j + 4 <= b; j += 4)
			h = (((((((h ^ s[j]) * 16777619u) ^ s[j + 1]) * 16777619u) ^ s[j + 2]) * 16777619u) ^ s[j + 3]) *
			    16777619u;
		for (; j < b; j++)
			h = (h ^ s[j]) * 16777619u;
		w->hash = h;
		w->hashed = true;
	}
	return w->hash;
}

/* Reads the word at s + start, up to the blank at end, into *w, looking
 * at its bytes again only when it begins with a mark. */
static inline void run_word(const unsigned char *s, size_t n, size_t start, size_t end, struct word *w)
{
	unsigned char b = s[start];

	unsigned kind = lead_kind[b];

	if (kind == LEAD_PLAIN)
		*w = (struct word){.a = start, .end = end};
	else if (kind != LEAD_MARK)
		*w = (struct word){.a = start, .end = end,
				   .upper = kind == LEAD_CAPITAL || capital_of_many(s, start, end - start, kind)};
	else
		read_marked_word(s, n, start, w);
}

/* Reads the word at s + i, a word's first byte, into *w; returns where it ends. */
static inline size_t word_at(const unsigned char *s, size_t n, size_t i, struct word *w)
{
	size_t end = blank_at(s, n, i);

	run_word(s, n, i, end, w);
	return end;
}

/* Reads the word before the blanks that end at s + i into *w, one without
 * bytes when none is there; returns where it begins. */
static size_t word_before_blanks(const unsigned char *s, size_t n, size_t i, struct word *w)
{
	size_t end;

	while (i > 0 && blank_byte(s[i - 1]))
		i--;
	if (i == 0) {
		*w = (struct word){.a = 0, .end = 0};
		return 0;
	}
	end = i;
	i = blank_before(s, i);
	run_word(s, n, i, end, w);
	return i;
}

/* Whether the word w, next before it, begins a mention as a family name
 * before a capital, a title or an honorific. */
static bool may_begin(const unsigned char *s, struct word *w, struct word *next)
{
	unsigned kinds = names_may_begin_word(word_hash(s, w), next->a < next->end ? word_hash(s, next) : 0);

	return kinds & NAMES_MAY_TITLE || (kinds & NAMES_MAY_NAME && next->upper);
}

/* The bytes that begin words in the 64 from s + base (n - base when
 * fewer), a bit for each, the first byte's the lowest; of them in *marked
 * (when asked for) those whose first byte is a mark (mark_lead), and in
 * *odd those that begin with neither a small ASCII letter nor "đ" (a
 * digit does, now and then: one test fewer). Sixteen bytes at a look where
 * SSE2 is. */
static inline uint64_t block_starts(const unsigned char *s, size_t n, size_t base, uint64_t *marked, uint64_t *odd)
{
	unsigned char pad[64 + 16];
	const unsigned char *b = s + base;
	uint64_t blank = 0, plain = 0, mark = 0, starts;
	size_t k;

	/* the bytes past the end read as spaces: no word begins there */
	if (n - base < 64 + 1) {
		memset(pad, ' ', sizeof pad);
		memcpy(pad, b, n - base);
		b = pad;
	}
#ifdef __SSE2__
	/* a range of bytes by one signed comparison: moved to begin at -128 */
#define IN_RANGE(v, lo, hi) \
	_mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - (lo)))), _mm_set1_epi8((char)(0x80 + (hi) - (lo) + 1)))
	const __m128i d0 = _mm_loadu_si128((const __m128i *)(const void *)small_d[0]);
	const __m128i d1 = _mm_loadu_si128((const __m128i *)(const void *)small_d[1]);

	for (k = 0; k < 64; k += 16) {
		const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(b + k));

		blank |= (uint64_t)(unsigned)_mm_movemask_epi8(
				 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))))
			 << k;
		const __m128i after = _mm_loadu_si128((const __m128i *)(const void *)(b + k + 1));
		/* "đ" is as good as a small letter of ASCII here */
		const __m128i d = _mm_and_si128(_mm_cmpeq_epi8(v, d0), _mm_cmpeq_epi8(after, d1));

		plain |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(IN_RANGE(v, 'a', 'z'), d)) << k;
		if (marked) {
			/* ASCII bytes but letters and digits, and 0xE2 */
			const __m128i letter = IN_RANGE(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
			const __m128i marks = _mm_or_si128(
				_mm_andnot_si128(_mm_or_si128(letter, IN_RANGE(v, '0', '9')), _mm_cmpgt_epi8(v, _mm_set1_epi8(-1))),
				_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2)));

			mark |= (uint64_t)(unsigned)_mm_movemask_epi8(marks) << k;
		}
	}
#undef IN_RANGE
#else
	for (k = 0; k < 64; k++) {
		blank |= (uint64_t)blank_byte(b[k]) << k;
		plain |= (uint64_t)((b[k] >= 'a' && b[k] <= 'z') || (b[k] == small_d[0][0] && b[k + 1] == small_d[1][0])) << k;
		mark |= (uint64_t)mark_lead(b[k]) << k;
	}
#endif
	starts = ~blank & (blank << 1 | (base == 0 || blank_byte(s[base - 1])));
	if (marked)
		*marked = starts & mark;
	if (odd)
		*odd = starts & ~plain;
	return starts;
}

/* Whether no word follows the blanks at s + i but one of marks alone:
 * after a word of marks alone, the end of the look. */
static bool look_ends(const unsigned char *s, size_t n, size_t i)
{
	struct word w;

	i = blanks_end(s, n, i);
	if (i >= n)
		return true;
	if (!mark_lead(s[i]))
		return false;
	read_marked_word(s, n, i, &w);
	return w.a == w.end;
}

/* Where the WORDS_AFTER words from the one at s + from (a word that may
 * begin a mention) end, or the last word before the look's end. */
static size_t words_after(const unsigned char *s, size_t n, size_t from)
{
	struct word w;
	size_t base, last = from, at, end, words = 0;
	uint64_t starts, marked;

	for (base = from; base < n; base += 64)
		for (starts = block_starts(s, n, base, &marked, NULL); starts; starts &= starts - 1) {
			at = base + lowest_bit(starts);
			/* only a word that begins with a mark may be of marks alone */
			if (marked >> (at - base) & 1) {
				end = read_marked_word(s, n, at, &w);
				if (w.a == w.end) {
					if (look_ends(s, n, end))
						goto found;
					continue;
				}
			}
			last = at;
			if (++words == WORDS_AFTER)
				goto found;
		}
found:
	word_at(s, n, last, &w);
	return scanned_word_end(s, &w);
}

/* The words read about the last word asked about and where they begin:
 * the word, the one after it and the two before. The capitals are asked
 * about from the last back, and the one before is often one of the words
 * before the last, or next to them. */
struct asked {
	struct word word, next, prev, prev2;
	size_t at, next_at, prev_at, prev2_at; /* SIZE_MAX: not read */
};

/* Whether the word at s + at (*w, or a capital capitals_of found when w is
 * NULL) may begin or stand in a mention: a capitalised family name before
 * a capital, a title or an honorific, or, when it is not the first word, a
 * capital after the end of one ("tổng thống Putin", "ông Tuấn", "Ảnh:
 * Quang Vinh"). The words it reads go to *now, from *was, the words the
 * last asked read, where they are there. */
static inline bool asked(const unsigned char *s, size_t n, size_t at, const struct word *w, bool first,
			 const struct asked *was, struct asked *now)
{
	/* the words as written before given names alone: a credit ("Ảnh:
	 * Hải Yến" also where it begins a sentence after a caption's), "Theo
	 * X", "anh Tuấn" */
	static const char *const before_given[] = {"ảnh", "Ảnh", "Theo", "anh", "chị"};
	static unsigned credit[NELEM(before_given)];
	/* whether one of them has a hash with this low byte: one look rules
	 * out nearly every other word */
	static bool credit_low[256];
	unsigned h;
	size_t i;

	if (!credit[0])
		for (i = 0; i < NELEM(before_given); i++) {
			credit[i] = tok_hash((const unsigned char *)before_given[i], strlen(before_given[i]));
			credit_low[credit[i] & 0xFF] = true;
		}
	now->prev_at = now->prev2_at = SIZE_MAX;
	now->at = at;
	if (at == was->prev_at)
		now->word = was->prev;
	else if (at == was->prev2_at)
		now->word = was->prev2;
	else if (w)
		now->word = *w;
	else if (lead_kind[s[at]] == LEAD_MARK)
		read_marked_word(s, n, at, &now->word);
	else /* a capital, as capitals_of found */
		now->word = (struct word){.a = at, .end = blank_at(s, n, at), .upper = true};
	if ((now->next_at = blanks_end(s, n, now->word.end)) >= n)
		now->next = (struct word){.a = n, .end = n};
	else if (now->next_at == was->at)
		now->next = was->word;
	else if (now->next_at == was->prev_at)
		now->next = was->prev;
	else
		word_at(s, n, now->next_at, &now->next);
	if (may_begin(s, &now->word, &now->next))
		return true;
	if (first)
		return false;
	/* the word before: the last one's second before, or read back */
	for (i = at; i > 0 && blank_byte(s[i - 1]); i--)
		;
	if (was->prev2_at < i && was->prev2.end == i) {
		now->prev = was->prev2;
		now->prev_at = was->prev2_at;
	} else {
		now->prev_at = word_before_blanks(s, n, i, &now->prev);
	}
	h = word_hash(s, &now->prev);
	if (names_may_follow_alone(h))
		return true;
	for (i = 0; credit_low[h & 0xFF] && i < NELEM(credit); i++)
		if (h == credit[i])
			return true;
	/* the pair of the two words before, when there are two */
	if (now->prev_at == 0)
		return false;
	now->prev2_at = word_before_blanks(s, n, now->prev_at, &now->prev2);
	return now->prev2.a < now->prev2.end && names_may_follow_word(word_hash(s, &now->prev2), h);
}

/* Where the words with a capital first begin, of a stretch of the look, in order. */
enum { CAPITALS = 64 };
struct capitals {
	size_t at[CAPITALS];
	int n;
};

/* The words whose first byte is no small letter, of the block of 64 bytes from
 * base, not yet read: the only ones that may be asked about or be of marks
 * alone. */
struct odd_words {
	size_t base;
	uint64_t odd;
};

/* Reads into *c the words with a capital first that *o and the blocks
 * after it hold, up to CAPITALS of them or the end of the look; returns
 * whether the look goes on after them. */
static bool capitals_of(const unsigned char *s, size_t n, struct odd_words *o, struct capitals *c)
{
	struct word w;
	size_t at, end;

	for (c->n = 0; c->n < CAPITALS;) {
		while (!o->odd) {
			if ((o->base += 64) >= n)
				return false;
			block_starts(s, n, o->base, NULL, &o->odd);
		}
		at = o->base + lowest_bit(o->odd);
		o->odd &= o->odd - 1;
		if (lead_kind[s[at]] == LEAD_MARK) {
			end = read_marked_word(s, n, at, &w);
			if (w.a == w.end && look_ends(s, n, end))
				return false;
			if (!w.upper)
				continue;
		} else if (!capital_first(s, n, at)) {
			continue;
		}
		c->at[c->n++] = at;
	}
	return true;
}

/* How much of the sentence s[0..n) may name a person, looked at before it
 * is read as tokens: up to WORDS_AFTER words past the last word that may
 * begin or stand in a mention (asked); 0 when no word may. Words are
 * parted by spaces and tabs; one of marks alone counts as none, and two of
 * them in a row end the look. Only the first word and those with a capital
 * first are asked about, by hashes of the words as written, no lower case,
 * and the capitals from the last back, as only the last that may begin a
 * mention counts. The words whose first byte is plain (a small ASCII
 * letter, a digit) are passed 64 at a look (block_starts). */
static size_t may_name(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	struct asked around[2];
	struct capitals c;
	struct odd_words o;
	struct word first;
	size_t first_at, from, last = SIZE_MAX, k = 0;
	bool more;
	int i;

	need_leads();
	around[1].at = around[1].next_at = around[1].prev_at = around[1].prev2_at = SIZE_MAX;
	/* the first word not of marks alone is asked about whatever its case */
	if ((first_at = blanks_end(s, n, 0)) >= n)
		return 0;
	from = word_at(s, n, first_at, &first);
	if (first.a == first.end) {
		if (look_ends(s, n, from))
			return 0;
		first_at = blanks_end(s, n, from);
		from = word_at(s, n, first_at, &first);
	}
	o.base = from;
	o.odd = 0;
	if (from < n)
		block_starts(s, n, from, NULL, &o.odd);
	do {
		more = capitals_of(s, n, &o, &c);
		for (i = c.n - 1; i >= 0; i--, k++)
			if (asked(s, n, c.at[i], NULL, false, &around[(k + 1) & 1], &around[k & 1])) {
				last = c.at[i];
				break;
			}
	} while (more);
	if (last == SIZE_MAX && asked(s, n, first_at, &first, true, &around[(k + 1) & 1], &around[k & 1]))
		last = first_at;
	return last == SIZE_MAX ? 0 : words_after(s, n, last);
}

/* Whether the held line heads the page as its byline: a name line under
 * the title, among the page's first lines, before any that ends as prose
 * does ("Nguyễn Thu Trang" between the stamp and the lead), no place's
 * name (a section's: "Bắc Giang", "Thái Nguyên") unless a family name
 * opens a name that goes on ("Hoàng Mai Chi"); a paragraph follows it. */
static bool front_byline(const struct person_doc *d)
{
	const struct span *first = &d->byline.names.name[0];

	return d->byline.line > 1 && d->byline.line <= FRONT_LINES && !d->prose_seen && !d->see_also &&
	       !d->listing_places && (!d->byline.names.place[0] || d->byline.names.surname[0]) &&
	       !names_is_province(d->byline.text + first->start, first->len);
}

void person_sentence(struct person_doc *d, long line, long sent, const char *s, size_t n)
{
	struct tokens x;
	struct person_line names;
	const char *label;
	bool theo, head;
	size_t from = 0, stop, len = n;
	int k;

	/* the held line ends the article if no more than short lines ("Gửi
	 * bình luận") follow it, or a list of other articles ("Tin liên quan"
	 * and their headlines) */
	if (d->byline.held && sent == 1 && d->chrome && (label = chrome_label(d->chrome(d->ctx), s, n)) &&
	    !strcmp(label, "related"))
		release_byline(d, true);
	if (d->byline.held && (line == d->byline.line || n > PERSON_LINE_MAX / 2))
		release_byline(d, n > PERSON_LINE_MAX / 2 && front_byline(d));
	if (n && (s[n - 1] == '.' || s[n - 1] == '?' || s[n - 1] == '!'))
		d->prose_seen = true;
	head = sent == 1 && heading(s, n);
	if (sent == 1 && !d->interview && n > 3 && question_line(s, n))
		d->interview = true;
	/* Prose ends a list of places; an item of it does not, however long
	 * its note in brackets. */
	if (d->listing_places && !head && n > PERSON_LINE_MAX / 2 && (n >= PERSON_LINE_MAX || !list_item(s, n)))
		d->listing_places = false;
	/* the items of a heading's list are lines that a list's mark opens,
	 * or that follow a line ending with ':' or ';' */
	if (d->list_role && !head && !(sent == 1 && (vn_item_mark_len(s, n) || d->list_goes_on)))
		d->list_role = PERSON_NO_ROLE;
	if (sent == 1)
		d->list_goes_on = ends_list_line(s, n);
	/* A short line may be a byline of given names alone: it is always read. */
	if (!(sent == 1 && n < PERSON_LINE_MAX) && !head && !(n = may_name(s, n)))
		return;
	while (from < n) {
		stop = tokenize(&x, s, from, n);
		if (!x.n)
			break;
		if (head && from == 0)
			read_heading(d, &x);
		/* an item of a list of places that opens with a name is a place:
		 * "Võ Văn Kiệt (đường Tây Sông Hậu)" */
		if (from == 0 && d->listing_places && sent == 1 && list_item(s, n) && place_item(&x)) {
			release_byline(d, false);
			return;
		}
		if (from == 0 && stop == n && sent == 1 && n < PERSON_LINE_MAX && name_line(&x, &names, &theo)) {
			release_byline(d, false);
			/* "Trần Phú" under "== Các tuyến đường chính ==": a street */
			if (d->listing_places)
				return;
			if (theo) {
				give_line(d, line, s, &names, true);
				return;
			}
			d->byline.held = true;
			d->byline.line = line;
			memcpy(d->byline.text, s, n);
			d->byline.names = names;
			return;
		}
		/* A long sentence is read up to a clause end, so that a clause stays whole. */
		if (stop < n) {
			for (k = x.n - 1; k > x.n / 2 && !tok_is_punct(&x, k, ';') && !tok_is_punct(&x, k, '.'); k--)
				;
			if (k > x.n / 2) {
				x.n = k + 1;
				stop = x.t[k].end;
			}
		}
		read_tokens(d, &x, line, sent, (from == 0 ? PERSON_FIRST : 0) | (stop == len ? PERSON_WHOLE : 0));
		from = stop;
	}
}

void person_doc_end(struct person_doc *d)
{
	release_byline(d, true);
	if (d->full)
		d->full(d, d->ctx);
	d->npeople = 0;
}
