/* doctype.c: the table of the kinds of document, and of the codes of the Party bodies. */
#include "doctype.h"
#include "util.h"

#include <string.h>

/*
 * The kinds of document, longest first where the words of one begin
 * another's. The codes are those the symbols carry: for the Party as
 * Hướng dẫn 36-HD/VPTW (2018) of the Văn phòng Trung ương Đảng, on the
 * form of Party documents, writes them (05-CT/TW, 08-QĐi/TW, 02-HD/BTCTW);
 * for the state's administrative documents as Nghị định 30/2020/NĐ-CP on
 * clerical work, Phụ lục III, writes them (123/QĐ-UBND, 45/KH-UBND); NĐ and
 * TT as the symbols of decrees and circulars write them (91/2017/NĐ-CP,
 * 12/2023/TT-BNV).
 */
#define NUMBERED DOCTYPE_NUMBERED
const struct doctype doctypes[] = {
	{"nghị quyết liên tịch", "Nghị quyết liên tịch", NULL, "NQLT", NUMBERED},
	{"nghị quyết", "Nghị quyết", "NQ", "NQ", NUMBERED | DOCTYPE_CONGRESS | DOCTYPE_PLENUM},
	{"chỉ thị", "Chỉ thị", "CT", "CT", NUMBERED},
	{"kết luận", "Kết luận", "KL", NULL, NUMBERED},
	{"quy định", "Quy định", "QĐi", "QyĐ", NUMBERED},
	{"quyết định", "Quyết định", "QĐ", "QĐ", NUMBERED},
	{"hướng dẫn", "Hướng dẫn", "HD", "HD", NUMBERED},
	{"thông báo", "Thông báo", "TB", "TB", NUMBERED},
	{"kế hoạch", "Kế hoạch", "KH", "KH", NUMBERED},
	{"chương trình", "Chương trình", "CTr", "CTr", NUMBERED},
	{"thông tri", "Thông tri", "TT", NULL, NUMBERED},
	{"quy chế", "Quy chế", "QC", "QC", NUMBERED},
	{"đề án", "Đề án", NULL, "ĐA", NUMBERED},
	{"công văn", "Công văn", NULL, NULL, NUMBERED},
	{"công điện", "Công điện", NULL, "CĐ", NUMBERED},
	{"tờ trình", "Tờ trình", NULL, "TTr", NUMBERED | DOCTYPE_WITH_SO},
	{"báo cáo", "Báo cáo", NULL, "BC", NUMBERED | DOCTYPE_WITH_SO},
	{"nghị định thư", NULL, NULL, NULL, 0}, /* a treaty's protocol */
	{"nghị định", "Nghị định", NULL, "NĐ", NUMBERED},
	{"thông tư liên tịch", "Thông tư liên tịch", NULL, "TTLT", NUMBERED},
	{"thông tư", "Thông tư", NULL, "TT", NUMBERED},
	{"bộ luật", "Bộ luật", NULL, NULL, NUMBERED | DOCTYPE_LAW},
	{"luật", "Luật", NULL, NULL, NUMBERED | DOCTYPE_LAW},
	{"pháp lệnh", "Pháp lệnh", NULL, NULL, NUMBERED | DOCTYPE_LAW},
	{"hiến pháp", "Hiến pháp", NULL, NULL, DOCTYPE_CONSTITUTION},
	{"điều lệ", "Điều lệ", NULL, NULL, DOCTYPE_CHARTER},
	{"văn kiện", "Văn kiện", NULL, NULL, DOCTYPE_CONGRESS},
	{"sắc lệnh", "Sắc lệnh", NULL, NULL, NUMBERED},
	{"sắc luật", "Sắc luật", NULL, NULL, NUMBERED},
	{"văn bản", "Văn bản", NULL, NULL, NUMBERED | DOCTYPE_WITH_SO | DOCTYPE_ANY},
	{"lệnh", "Lệnh", NULL, NULL, NUMBERED | DOCTYPE_WITH_SO},
	{"dụ", "Dụ", NULL, NULL, NUMBERED | DOCTYPE_WITH_SO},
};
#undef NUMBERED

const size_t ndoctypes = NELEM(doctypes);

/*
 * The Party bodies and the codes they give their documents (Hướng dẫn
 * 36-HD/VPTW): the Central Committee, its Politburo, its Secretariat and its
 * plenums number as TW; the central commissions and a province's or a
 * district's committee as their own. Longest first where one begins another.
 */
static const struct party_body {
	const char *words;
	const char *code;
	bool place; /* the place's name may follow: "Tỉnh ủy Bắc Giang" */
} party_bodies[] = {
	{"ban tổ chức trung ương", "BTCTW", false},
	{"ban tuyên giáo trung ương", "BTGTW", false},
	{"ủy ban kiểm tra trung ương", "UBKTTW", false},
	{"uỷ ban kiểm tra trung ương", "UBKTTW", false},
	{"văn phòng trung ương", "VPTW", false},
	{"ban chấp hành trung ương", "TW", false},
	{"bộ chính trị", "TW", false},
	{"ban bí thư", "TW", false},
	{"trung ương", "TW", false},
	{"ban tổ chức tỉnh ủy", "BTCTU", true},
	{"ban tổ chức tỉnh uỷ", "BTCTU", true},
	{"ban tuyên giáo tỉnh ủy", "BTGTU", true},
	{"ban tuyên giáo tỉnh uỷ", "BTGTU", true},
	{"ủy ban kiểm tra tỉnh ủy", "UBKTTU", true},
	{"uỷ ban kiểm tra tỉnh uỷ", "UBKTTU", true},
	{"ban thường vụ tỉnh ủy", "TU", true},
	{"ban thường vụ tỉnh uỷ", "TU", true},
	{"thường trực tỉnh ủy", "TU", true},
	{"thường trực tỉnh uỷ", "TU", true},
	{"ban chấp hành đảng bộ tỉnh", "TU", true},
	{"tỉnh ủy", "TU", true},
	{"tỉnh uỷ", "TU", true},
	{"ban thường vụ huyện ủy", "HU", true},
	{"ban thường vụ huyện uỷ", "HU", true},
	{"thường trực huyện ủy", "HU", true},
	{"thường trực huyện uỷ", "HU", true},
	{"ban chấp hành đảng bộ huyện", "HU", true},
	{"huyện ủy", "HU", true},
	{"huyện uỷ", "HU", true},
};

/* What may follow a central body's name and leave it the same body:
 * "Ban Bí thư Trung ương Đảng", "Bộ Chính trị Ban Chấp hành Trung ương
 * Đảng Cộng sản Việt Nam", "Trung ương 5". */
static const char *const central_words[] = {
	"trung ương", "đảng", "cộng sản", "việt nam", "ban chấp hành", "csvn",
};

/* The words of each kind, for tok_list and match_list. */
static const char *words[NELEM(doctypes)];
static struct phrase_list word_list = PHRASE_LIST(words);

static void list_words(void)
{
	size_t k;

	if (!words[0])
		for (k = 0; k < NELEM(doctypes); k++)
			words[k] = doctypes[k].words;
}

int doctype_at(const struct tokens *x, int i, size_t *which)
{
	list_words();
	return tok_match_list(x, i, &word_list, which);
}

size_t doctype_match(const char *s, size_t n, size_t i, size_t *which)
{
	list_words();
	return match_list(s, n, i, &word_list, which);
}

/* The index of the kind whose party (or state) code is code[0..len). */
static size_t kind_of_code(const char *code, size_t len, bool party)
{
	size_t k;
	const char *c;

	for (k = 0; k < NELEM(doctypes); k++) {
		c = party ? doctypes[k].party : doctypes[k].state;
		if (c && strlen(c) == len && !memcmp(c, code, len))
			return k;
	}
	return (size_t)-1;
}

size_t doctype_of_symbol(const char *symbol)
{
	const char *dash = strchr(symbol, '-'), *slash = strchr(symbol, '/'), *last;

	/* The Party's 05-CT/TW: the code between the dash and the slash. */
	if (dash && slash && dash < slash)
		return kind_of_code(dash + 1, (size_t)(slash - dash - 1), true);
	/* The state's 123/QĐ-UBND and 91/2017/NĐ-CP: after the last slash, up to the dash. */
	if (!slash)
		return (size_t)-1;
	last = strrchr(symbol, '/') + 1;
	dash = strchr(last, '-');
	return dash ? kind_of_code(last, (size_t)(dash - last), false) : (size_t)-1;
}

/* Tokens of "lần thứ năm", "lần 2" at k: the ordinal of a plenum, or 0. */
static int ordinal_words(const struct tokens *x, int k, int b)
{
	int m = tok_phrase(x, k, "lần thứ");

	if (!m && !(m = tok_phrase(x, k, "lần")))
		return 0;
	while (k + m < b && tok_is_word(x, k + m) && !x->t[k + m].upper)
		m++;
	return m;
}

const char *doctype_party_body(const struct tokens *x, int a, int b)
{
	const struct party_body *body = NULL;
	size_t k;
	int m, best = 0;

	/* "Hội nghị lần thứ năm Ban Chấp hành Trung ương": the plenum's body. */
	if ((m = tok_phrase(x, a, "hội nghị")) && a + m < b) {
		a += m;
		a += ordinal_words(x, a, b);
	}
	for (k = 0; k < NELEM(party_bodies); k++)
		if ((m = tok_phrase(x, a, party_bodies[k].words)) > best && a + m <= b)
			best = m, body = &party_bodies[k];
	if (!body)
		return NULL;
	for (a += best; a < b; a += m) {
		if (body->place && x->t[a].upper)
			m = 1;
		else if (!(m = TOK_IN(x, a, central_words)) && !(m = ordinal_words(x, a, b)) &&
			 !(tok_is_word(x, a) && x->s[x->t[a].start] >= '0' && x->s[x->t[a].start] <= '9'))
			return NULL;
		if (!m)
			m = 1;
	}
	return body->code;
}
