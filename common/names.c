/* names.c: the words around names of people and bodies, and where the names end. */
#include "names.h"
#include "compose.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <string.h>

static const char *const honorifics[] = {"đồng chí", "ông", "bà", "đ/c"};

static const char *const heads[] = {
	"huyện", "xã", "tỉnh", "thành phố", "thị xã", "thị trấn", "phường", "quận",
	"ông", "bà", "đồng chí", "anh", "chị", "gia đình", "nhà thơ", "nhà văn",
};

/* After a comma or "và" these start another name; elsewhere the name goes
 * on ("Sở Giáo dục và Đào tạo"). */
static const char *const bodies[] = {
	"sở", "bộ", "ban", "ủy ban", "ubnd", "trung tâm", "học viện", "viện", "tổng cục",
	"chi cục", "cục", "hội", "trường", "phòng", "công ty", "tập đoàn", "ngân hàng",
	"liên đoàn", "đại học", "bệnh viện", "báo", "đài", "đảng bộ", "chi bộ", "đảng ủy",
	"huyện ủy", "thành ủy", "tỉnh ủy", "huyện", "xã", "tỉnh", "thành phố",
};

/* Words that begin the name of a body or an office that issues documents,
 * besides the bodies above: "Chính phủ", "Thủ tướng", "Quốc hội", "Chủ tịch
 * nước", "Trung ương"; "Hội nghị Trung ương 6" and "Bộ Chính trị" start with
 * a body's word already. */
static const char *const authorities[] = {
	"chính phủ", "thủ tướng", "quốc hội", "chủ tịch", "trung ương", "hđnd", "thường trực",
	"văn phòng", "tổng bí thư", "toàn quyền", "tổng thống", "tòa án", "viện kiểm sát",
	"quân ủy",
};

/* Words in lower case that go on inside the name of a body: "Ủy ban nhân
 * dân tỉnh", "Ban Chấp hành Đảng bộ tỉnh", "Thủ tướng chính phủ". */
static const char *const body_words[] = {
	"nhân dân", "tỉnh", "huyện", "xã", "thành phố", "thị xã", "quận", "phường", "thị trấn",
	"nước", "chính phủ", "trung ương", "đảng", "thường vụ", "quốc hội",
};

/* Lower-case words that end a capitalised name as names_end's do: "Bộ
 * Chính trị khóa XIII", "Bộ trưởng Nguyễn Văn Huyên ký". */
static const char *const proper_ends[] = {
	"khóa", "khoá", "ký", "số", "ngày", "ban hành", "quy định", "là", "này", "đó", "thì", "mà",
	"lần", "không", "hiện", "cũng", "vẫn", "sẽ", "đang", "nay", "bị", "trên", "dưới",
};

static const char *const ends[] = {
	"có", "được", "đã", "vì", "do", "về", "đạt", "trong", "nhân", "với", "hoàn thành",
	"xuất sắc", "tiêu biểu", "cho", "của", "đối với", "tới", "đến", "và", "cùng",
	"năm", "giai đoạn", "nhiệm kỳ", "tại",
};

int names_honorific(const struct tokens *x, int i)
{
	return TOK_IN(x, i, honorifics);
}

int names_head(const struct tokens *x, int i)
{
	return TOK_IN(x, i, heads);
}

int names_body(const struct tokens *x, int i)
{
	return TOK_IN(x, i, bodies);
}

int names_authority(const struct tokens *x, int i)
{
	int m = names_body(x, i);

	return m ? m : TOK_IN(x, i, authorities);
}

int names_body_word(const struct tokens *x, int i)
{
	return TOK_IN(x, i, body_words);
}

int names_end(const struct tokens *x, int i)
{
	return TOK_IN(x, i, ends);
}

int names_body_end(const struct tokens *x, int a, int k, int end)
{
	if (!names_body(x, a))
		return k;
	while (k + 1 < end && (tok_is_punct(x, k, ',') || tok_is(x, k, "và")) &&
	       tok_is_word(x, k + 1) && x->t[k + 1].upper && !names_body(x, k + 1) &&
	       !names_head(x, k + 1) && !names_honorific(x, k + 1)) {
		k += 2;
		while (k < end && tok_is_word(x, k) && (x->t[k].upper || !names_end(x, k)))
			k++;
	}
	return k;
}

int names_proper_end(const struct tokens *x, int a, int end)
{
	bool after_capital = false;
	int k = a, m;

	if (!tok_is_word(x, a) || (!x->t[a].upper && !names_body_word(x, a)))
		return a;
	while (k < end && tok_is_word(x, k)) {
		if (x->t[k].upper) {
			after_capital = true;
			k++;
			continue;
		}
		if ((m = names_body_word(x, k))) {
			after_capital = false;
			k += m;
			continue;
		}
		/* "Hội nghị Trung ương 5": the plenum's number; any other number ends the name */
		if (vn_is_digit(x->s[x->t[k].start])) {
			if (tok_phrase(x, k - 2, "trung ương") != 2)
				break;
			after_capital = false;
			k++;
			continue;
		}
		if (!after_capital || names_end(x, k) || TOK_IN(x, k, proper_ends))
			break;
		after_capital = false;
		k++;
	}
	return k;
}

struct span names_subject(const struct tokens *x, int a, int b)
{
	int k, m;

	if ((m = names_honorific(x, a)) && a + m < b)
		a += m;
	for (k = a; k < b && !tok_is_punct(x, k, ',') && !tok_is_punct(x, k, '('); k++)
		if (tok_is_punct(x, k, '-') &&
		    !(tok_phrase(x, k - 2, "thi đua") && tok_phrase(x, k + 1, "khen thưởng")))
			break;
	return tok_span(x, a, k);
}

/* ---- On the bytes of a name ---- */

/* The consonants a Vietnamese syllable may begin and end with. */
static const char *const onsets[] = {
	"b", "c", "ch", "d", "\xC4\x91", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
	"nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x",
};
static const char *const codas[] = {"c", "ch", "m", "n", "ng", "nh", "p", "t"};

static bool in_list(const char *s, size_t n, const char *const *list, size_t count)
{
	size_t i;

	if (!n)
		return true;
	for (i = 0; i < count; i++)
		if (strlen(list[i]) == n && memcmp(list[i], s, n) == 0)
			return true;
	return false;
}

/* The longest syllable: "nghiêng", seven letters. */
enum { SYLLABLE_MAX = 7 };

/* Whether the word s[0..n) is one Vietnamese syllable that starts with a
 * capital: consonants Vietnamese begins with, one to three vowels, and
 * consonants it ends with ("Thúy", "Nguyễn", "ĐỨC"; not "John", "Smith").
 * The vowel letter of "gi" and "qu" counts with the vowels: "Giang", "Quyết". */
static bool capitalised_syllable(const char *s, size_t n)
{
	char onset[8], coda[8];
	size_t i = 0, no = 0, nc = 0, letters = 0, vowels = 0;
	struct vn_vowel v;
	uint32_t cp;
	int k;

	while (i < n) {
		if ((k = u8_decode((const unsigned char *)s + i, n - i, &cp)) <= 0 || !vn_is_letter(cp) ||
		    (i == 0 && !vn_is_upper(cp)) || ++letters > SYLLABLE_MAX)
			return false;
		i += (size_t)k;
		cp = vn_to_lower(cp);
		if (vn_vowel_split(cp, &v)) {
			if (nc || ++vowels > 3)
				return false;
		} else if (vowels) {
			if (nc + (size_t)k > 4)
				return false;
			nc += (size_t)u8_encode(cp, coda + nc);
		} else {
			if (no + (size_t)k > 4)
				return false;
			no += (size_t)u8_encode(cp, onset + no);
		}
	}
	return vowels && in_list(onset, no, onsets, NELEM(onsets)) && in_list(coda, nc, codas, NELEM(codas));
}

/* Words that begin the name of a body or a title, never a person's:
 * "Báo Nhân Dân", "Ban Tuyên giáo", "Đài Phát thanh". */
static const char *const not_persons[] = {
	"báo", "đài", "tạp chí", "cổng", "ban", "sở", "bộ", "viện", "cục", "tỉnh", "huyện",
	"xã", "quận", "phường", "đảng", "ủy", "nhà", "ông", "bà", "chi bộ", "chi cục", "hội đồng",
	"trung tâm", "công ty", "thành phố", "thành ủy", "tổng cục", "trường", "thông tấn",
};

bool names_is_person(const char *s, size_t n)
{
	size_t i = vn_skip_spaces(s, n, 0), start, k;
	int words = 0;

	for (k = 0; k < NELEM(not_persons); k++)
		if (match_phrase(s, n, i, not_persons[k]))
			return false;

	while (i < n) {
		start = i;
		while (i < n && !vn_space_len(s + i, n - i))
			i++;
		if (++words > 4 || !capitalised_syllable(s + start, i - start))
			return false;
		i = vn_skip_spaces(s, n, i);
	}
	return words >= 2;
}

/* The provinces and the cities run by the centre, in lower case, as papers
 * write them (both tone styles where they differ). */
static const char *const provinces[] = {
	"an giang", "bà rịa - vũng tàu", "bà rịa – vũng tàu", "bà rịa-vũng tàu", "bạc liêu",
	"bắc giang", "bắc kạn", "bắc ninh", "bến tre", "bình dương", "bình định", "bình phước",
	"bình thuận", "cà mau", "cao bằng", "cần thơ", "đà nẵng", "đắk lắk", "đắk nông",
	"điện biên", "đồng nai", "đồng tháp", "gia lai", "hà giang", "hà nam", "hà nội", "hà tĩnh",
	"hải dương", "hải phòng", "hậu giang", "hòa bình", "hoà bình", "hưng yên", "khánh hòa",
	"khánh hoà", "kiên giang", "kon tum", "lai châu", "lạng sơn", "lào cai", "lâm đồng",
	"long an", "nam định", "nghệ an", "ninh bình", "ninh thuận", "phú thọ", "phú yên",
	"quảng bình", "quảng nam", "quảng ngãi", "quảng ninh", "quảng trị", "sóc trăng", "sơn la",
	"tây ninh", "thái bình", "thái nguyên", "thanh hóa", "thanh hoá", "thừa thiên huế",
	"thừa thiên - huế", "huế", "tiền giang", "trà vinh", "tuyên quang", "vĩnh long",
	"vĩnh phúc", "yên bái", "tp hồ chí minh", "tp. hồ chí minh", "tp.hồ chí minh",
	"thành phố hồ chí minh", "tp.hcm", "tphcm",
};

bool names_is_province(const char *s, size_t n)
{
	size_t i = vn_skip_spaces(s, n, 0), end = vn_skip_spaces_back(s, n), k;

	for (k = 0; i < end && k < NELEM(provinces); k++)
		if (match_phrase(s, end, i, provinces[k]) == end)
			return true;
	return false;
}

/* Degrees, ranks and callings printed before a byline's name, with the dots
 * and commas as papers print them. */
static const char *const titles[] = {
	"pgs.ts.", "pgs. ts.", "pgs, ts.", "pgs, ts", "pgs.ts", "gs.ts.", "gs. ts.", "gs, ts.",
	"gs, ts", "gs.ts", "pgs.", "pgs", "gs.", "ts.", "ths.", "ncs.", "bs.", "ls.", "ts", "ths",
	"đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "nhà báo", "nhà văn", "nhà thơ",
	"nhà nghiên cứu",
};

/* The first bytes a title may start with, in any letter case, and each
 * title's length: from the table, on first use. */
static bool title_first[256], title_ready;
static size_t title_len[NELEM(titles)];

size_t names_title(const char *s, size_t n)
{
	size_t k, len, e, best = 0, end = 0, have = n < 32 ? n : 32;
	char low[32];

	if (!title_ready) {
		for (k = 0; k < NELEM(titles); k++) {
			vn_first_bytes(titles[k], title_first);
			title_len[k] = strlen(titles[k]);
		}
		title_ready = true;
	}
	if (!have || !title_first[(unsigned char)s[0]])
		return 0;
	memcpy(low, s, have);
	vn_fold(low, have);
	for (k = 0; k < NELEM(titles); k++) {
		len = title_len[k];
		/* A title is followed by a space, and then by the name. */
		if (len <= best || len > have || (e = vn_skip_spaces(s, n, len)) == len || e >= n)
			continue;
		if (memcmp(low, titles[k], len) == 0)
			best = len, end = e;
	}
	return end;
}

void names_capitalise(const char *s, size_t n, char *out)
{
	bool capitals = false, word_start = true;
	size_t i;
	uint32_t cp;
	int k;

	memcpy(out, s, n);
	for (i = 0; i < n; i += (size_t)k) {
		if ((k = u8_decode((const unsigned char *)s + i, n - i, &cp)) <= 0)
			k = 1;
		else if (vn_is_lower(cp))
			return;
		else if (vn_is_upper(cp))
			capitals = true;
	}
	if (!capitals)
		return;
	for (i = 0; i < n; i += (size_t)k) {
		if ((k = u8_decode((const unsigned char *)s + i, n - i, &cp)) <= 0) {
			k = 1;
			continue;
		}
		if (vn_is_letter(cp)) {
			if (!word_start)
				u8_encode(vn_to_lower(cp), out + i);
			word_start = false;
		} else {
			word_start = true;
		}
	}
}
