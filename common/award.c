/* award.c: reads the awards given in one sentence from the words around the award
 * names: the verb that gives them, who stands before it, the recipients after
 * "cho", and the reason after the recipients. */
#include "award.h"
#include "meta.h"
#include "names.h"
#include "person.h"
#include "token.h"
#include "util.h"
#include "vietnamese.h"

#include <stdint.h>
#include <string.h>

/* Words a passive agent may have: "được Thủ tướng Chính phủ tặng". */
enum { AGENT_MAX = 12 };

/* ---- Tables: the award names as the law on emulation and commendation names
 * them, the recipients they are counted in, and the verbs that give them. ---- */

/* PRIZE: a prize, whose "về ..." names its field, the reason of no other award */
enum kind { PLAIN, PRIZE, ORDER, MEDAL, BADGE, MEMORIAL, TITLE };

struct name {
	const char *words; /* lower case, one space between words */
	const char *value;
};

static const struct {
	const char *words, *value;
	enum kind kind;
} families[] = {
	{"huân chương", "Huân chương", ORDER},
	{"huy chương", "Huy chương", MEDAL},
	{"huy hiệu", "Huy hiệu", BADGE},
	{"cờ thi đua xuất sắc", "Cờ thi đua", PLAIN}, /* the flag by its grade, which its name leaves out */
	{"cờ thi đua", "Cờ thi đua", PLAIN},
	{"bằng khen", "Bằng khen", PLAIN},
	{"giấy khen", "Giấy khen", PLAIN},
	{"kỷ niệm chương", "Kỷ niệm chương", MEMORIAL},
	{"kỉ niệm chương", "Kỷ niệm chương", MEMORIAL},
	{"giải thưởng hồ chí minh", "Giải thưởng Hồ Chí Minh", PRIZE},
	{"giải thưởng nhà nước", "Giải thưởng Nhà nước", PRIZE},
};

static const struct name orders[] = {
	{"sao vàng", "Sao vàng"},
	{"hồ chí minh", "Hồ Chí Minh"},
	{"độc lập", "Độc lập"},
	{"quân công", "Quân công"},
	{"lao động", "Lao động"},
	{"chiến công", "Chiến công"},
	{"bảo vệ tổ quốc", "Bảo vệ Tổ quốc"},
	{"dũng cảm", "Dũng cảm"},
	{"đại đoàn kết dân tộc", "Đại đoàn kết dân tộc"},
	{"hữu nghị", "Hữu nghị"},
	{"kháng chiến chống mỹ cứu nước", "Kháng chiến chống Mỹ cứu nước"},
	{"kháng chiến chống mĩ cứu nước", "Kháng chiến chống Mỹ cứu nước"},
	{"kháng chiến chống pháp", "Kháng chiến chống Pháp"},
	{"kháng chiến chống mỹ", "Kháng chiến chống Mỹ"},
	{"kháng chiến chống mĩ", "Kháng chiến chống Mỹ"},
	{"kháng chiến", "Kháng chiến"},
	{"thành đồng tổ quốc", "Thành đồng Tổ quốc"},
	{"giải phóng", "Giải phóng"},
	{"chiến thắng", "Chiến thắng"},
};

static const struct name medals[] = {
	{"quân kỳ quyết thắng", "Quân kỳ quyết thắng"},
	{"vì an ninh tổ quốc", "Vì an ninh Tổ quốc"},
	{"chiến sĩ vẻ vang", "Chiến sĩ vẻ vang"},
	{"chiến sĩ giải phóng", "Chiến sĩ giải phóng"},
	{"kháng chiến chống mỹ cứu nước", "Kháng chiến chống Mỹ cứu nước"},
	{"kháng chiến chống mĩ cứu nước", "Kháng chiến chống Mỹ cứu nước"},
	{"kháng chiến chống pháp", "Kháng chiến chống Pháp"},
	{"kháng chiến chống mỹ", "Kháng chiến chống Mỹ"},
	{"kháng chiến", "Kháng chiến"},
	{"hữu nghị", "Hữu nghị"},
};

static const struct name classes[] = {
	{"hạng nhất", "hạng Nhất"},
	{"hạng nhì", "hạng Nhì"},
	{"hạng ba", "hạng Ba"},
	{"hạng hai", "hạng Nhì"},
	{"hạng 1", "hạng Nhất"},
	{"hạng 2", "hạng Nhì"},
	{"hạng 3", "hạng Ba"},
	{"hạng iii", "hạng Ba"},
	{"hạng ii", "hạng Nhì"},
	{"hạng i", "hạng Nhất"},
	{"hạng đặc biệt", "hạng Đặc biệt"},
};

/* A class alone after "và" or a comma, when the award before it had one:
 * "hạng Nhì và Ba" is two awards. */
static const struct name bare_classes[] = {
	{"nhất", "hạng Nhất"},
	{"nhì", "hạng Nhì"},
	{"ba", "hạng Ba"},
};

/* A colour after "Huy chương" alone is a place in a contest ("Huy chương
 * vàng Giải vô địch quốc gia"); before a name it is part of the name
 * ("Huân chương vàng Quốc hội"). */
static const char *const colours[] = {"vàng", "bạc", "đồng"};

/* Words that make a medal a contest's: "Giải", "Cúp", "liên hoan phim". */
static const char *const contests[] = {
	"giải", "cúp", "liên hoan", "hội thi", "hội diễn", "hội khỏe", "kỳ thi", "cuộc thi", "olympic",
	"sea games", "asiad", "seagames", "đại hội thể thao", "vô địch", "môn", "nội dung", "đồng đội",
	"world cup", "euro",
};

/* Words a sport's or a contest's title begins with: "danh hiệu “Vua phá
 * lưới”", "“Quả bóng vàng”", "“Hoa hậu Việt Nam”" are no state award. */
static const char *const contest_titles[] = {
	"vua phá lưới", "quả bóng", "chiếc giày", "găng tay", "cầu thủ", "thủ môn", "tiền đạo",
	"hậu vệ", "vận động viên", "huấn luyện viên", "hoa hậu", "á hậu", "hoa khôi", "người đẹp",
	"nam vương", "quán quân", "á quân", "vô địch", "ngôi sao", "siêu sao",
};

/* Words before an award's name that make it many awards of a kind, no
 * award given: "nhiều huân chương", "các loại bằng khen". */
static const char *const plurals[] = {
	"nhiều", "các", "những", "các loại", "một số", "hàng chục", "hàng trăm", "số lượng", "mọi",
};
/* indexed by word, as it is read before every award name */
static struct phrase_list plurals_list = PHRASE_LIST(plurals);

/* Words after an award's family that make it a kind of award: "bằng khen
 * các loại", "huân chương khác", "khen thưởng huân chương bậc cao". */
static const char *const kinds_after[] = {"các loại", "khác", "bậc cao", "các hạng", "các cấp", "các bậc"};

/* Words after a bare "huân chương" that say what one is: "huân chương cao
 * quý nhất dành cho ..." after a comma names the award before it again. */
static const char *const descriptions[] = {"cao quý", "cao nhất", "danh giá", "vinh dự nhất"};

/* Whether a description (descriptions) is among the three words at k:
 * "huân chương dân sự vinh dự nhất" after a comma says what the award before is. */
static bool described(struct tokens *x, int k)
{
	int e;

	for (e = k; e < k + 3 && tok_is_word(x, e) && !x->t[e].upper; e++)
		if (TOK_IN(x, e, descriptions))
			return true;
	return false;
}

/* Where the award of a family is named after a comma within the words
 * from k ("nhận huân chương cao nhất của Đức, Huân chương Pour le Mérite"):
 * the token of its family's name, or 0. */
static int named_next(struct tokens *x, int k, const char *family)
{
	int e, m;

	for (e = k; e < k + 8 && e < x->n && !tok_is_punct(x, e, '.') && !tok_is_punct(x, e, ';'); e++)
		if (tok_is_punct(x, e, ',') && (m = tok_phrase(x, e + 1, family)) && tok_is_word(x, e + 1 + m) &&
		    x->t[e + 1 + m].upper)
			return e + 1;
	return 0;
}

/* Words after an order's name that the tables do not hold which end it:
 * "Huân chương Spingarn từ NAACP", "Huân chương Hoa cúc năm 1989". */
static const char *const order_ends[] = {
	"từ", "dành", "vào", "này", "đó", "ấy", "khác", "khi", "sau", "ở", "là", "như", "mà",
	"rồi", "bởi", "nhờ", "hạng", "lần", "cao", "đầu tiên", "nhiều",
};

/* Titles (danh hiệu), longest first where one begins another. */
static const struct name titles[] = {
	{"anh hùng lao động", "Anh hùng Lao động"},
	{"anh hùng lực lượng vũ trang nhân dân", "Anh hùng Lực lượng vũ trang nhân dân"},
	{"bà mẹ việt nam anh hùng", "Bà mẹ Việt Nam anh hùng"},
	{"chiến sĩ thi đua toàn quốc", "Chiến sĩ thi đua toàn quốc"},
	{"chiến sĩ thi đua cấp bộ", "Chiến sĩ thi đua cấp bộ"},
	{"chiến sĩ thi đua cấp ngành", "Chiến sĩ thi đua cấp ngành"},
	{"chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua cấp tỉnh"},
	{"chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cơ sở"},
	{"chiến sĩ thi đua", "Chiến sĩ thi đua"},
	{"chiến sĩ tiên tiến", "Chiến sĩ tiên tiến"},
	{"lao động tiên tiến", "Lao động tiên tiến"},
	{"tập thể lao động xuất sắc", "Tập thể lao động xuất sắc"},
	{"tập thể lao động tiên tiến", "Tập thể lao động tiên tiến"},
	{"đơn vị quyết thắng", "Đơn vị quyết thắng"},
	{"đơn vị tiên tiến", "Đơn vị tiên tiến"},
	{"nhà giáo nhân dân", "Nhà giáo Nhân dân"},
	{"nhà giáo ưu tú", "Nhà giáo Ưu tú"},
	{"thầy thuốc nhân dân", "Thầy thuốc Nhân dân"},
	{"thầy thuốc ưu tú", "Thầy thuốc Ưu tú"},
	{"nghệ sĩ nhân dân", "Nghệ sĩ Nhân dân"},
	{"nghệ sĩ ưu tú", "Nghệ sĩ Ưu tú"},
	{"nghệ nhân nhân dân", "Nghệ nhân Nhân dân"},
	{"nghệ nhân ưu tú", "Nghệ nhân Ưu tú"},
};

/* What recipients are counted in: "03 tập thể", "93 cá nhân". Longest first
 * where one begins another. */
static const char *const nouns[] = {
	"tổ chức cơ sở đảng", "tổ chức đảng", "tổ chức cơ sở", "tổ chức",
	"tập thể", "cá nhân", "đảng viên", "chi bộ", "đảng bộ", "đơn vị", "cán bộ",
	"công chức", "viên chức", "người lao động", "hộ gia đình", "gia đình chính sách", "gia đình", "học sinh",
	"sinh viên", "giáo viên", "đồng chí", "cơ quan", "doanh nghiệp", "hội viên",
	"đoàn viên", "chiến sĩ", "cựu chiến binh", "tác giả", "tác phẩm", "công trình",
	"khu dân cư", "thị trấn", "xã", "phường", "huyện", "thôn", "trường", "thẩm phán",
	"kiểm sát viên", "điều tra viên", "hội thẩm", "người",
};
/* indexed by word, as it is read at every count */
static struct phrase_list nouns_list = PHRASE_LIST(nouns);

/* Words that start a group of recipients without counting it. */
static const char *const determiners[] = {
	"các", "những", "nhiều", "một số", "toàn thể", "tất cả",
};

enum mode { ACTIVE, RECEIVE, PASSIVE };

static const char *const active_verbs[] = {
	"trao tặng", "tặng thưởng", "khen thưởng", "truy tặng", "phong tặng",
	"trao thưởng", "công nhận", "ban tặng", "ban thưởng", "trao", "tặng",
};

static const char *const receive_verbs[] = {"đón nhận", "nhận được", "nhận", "đạt"};

/* Verbs that give an award only when it follows them at once: "được phong
 * Anh hùng Lao động", "gắn Huy hiệu" ("phong trào", "gắn với" give none). */
static const char *const close_verbs[] = {"truy phong", "phong", "gắn"};

/* Before the verb, these make it a proposal, a plan or a rule: no award is given. */
static const char *const not_given[] = {
	"đề nghị", "đề xuất", "xét", "sẽ", "dự kiến", "chuẩn bị", "kế hoạch",
	"phấn đấu", "để", "trình", "không", "chưa", "nếu", "hiệp y", "quy định",
	"tiêu chuẩn", "điều kiện", "hồ sơ", "tỷ lệ", "tỉ lệ", "hủy bỏ", "huỷ bỏ", "thu hồi", "tước",
	"thẩm quyền",
};
/* indexed by word, as it is read at every word before a verb */
static struct phrase_list not_given_list = PHRASE_LIST(not_given);

/* Opening words of a sentence that are not its subject: "Nhân dịp này, ...". */
static const char *const openers[] = {
	"nhân dịp", "dịp này", "nhân", "tại", "trong", "theo", "sáng", "chiều", "tối",
	"ngày", "hôm", "năm", "cũng", "trước đó", "sau đó", "dịp", "qua", "với", "từ",
	"tháng", "đầu", "cuối", "giữa", "ngoài ra", "cụ thể", "bên cạnh đó", "phát biểu",
	"đồng thời", "tuy vậy", "tuy nhiên", "đặc biệt", "nhờ", "do", "vì", "sau khi", "khi",
	"trước khi", "hiện nay", "đến nay", "tổng cộng", "như vậy", "vì vậy", "do đó",
	"thừa ủy quyền", "thừa uỷ quyền", "thừa lệnh", "được sự ủy quyền", "được sự uỷ quyền",
	"được ủy quyền", "được uỷ quyền", "ủy quyền", "uỷ quyền", "trải qua", "kết quả", "riêng", "sau",
	"trước", "hằng năm", "hàng năm", "vào", "ngoài", "cùng ngày", "cùng năm", "cùng dịp",
	"thực hiện", "căn cứ", "hưởng ứng", "chào mừng", "kỷ niệm", "nhằm",
};

/* The same, with no comma after them before the subject ("Trong đó thành
 * phố được tặng ..."); a date or a year does too ("Năm 1975 ông nhận ..."). */
static const char *const bare_openers[] = {
	"trong đó", "đồng thời", "ngoài ra", "tổng cộng", "sau đó", "tuy vậy", "tuy nhiên",
	"bên cạnh đó", "cụ thể", "đặc biệt", "hiện nay", "đến nay", "riêng", "vì vậy", "do đó",
	"trong thời gian này", "trong thời gian đó", "thời gian này", "khi đó", "lúc đó", "lúc này",
};
/* indexed by word, as it is read at every clause */
static struct phrase_list bare_openers_list = PHRASE_LIST(bare_openers);
static const char *const time_after[] = {
	"sau đó", "trước đó", "đó", "này", "ấy", "sau", "trước", "nay", "qua", "ngoái", "tiếp theo",
};
static const char *const time_words[] = {
	"năm", "tháng", "ngày", "hôm", "sáng", "chiều", "tối", "đêm", "trưa", "đầu năm", "cuối năm",
};
/* indexed by word, as it is read at every clause */
static struct phrase_list time_words_list = PHRASE_LIST(time_words);

/* Verbs in a subject before the one that gives: the subject ends before
 * them ("TTXVN là cơ quan báo chí duy nhất được phong tặng ...",
 * "Eisenhower ký một bản ghi nhớ trao tặng ..."). */
static const char *const clause_verbs[] = {
	"là", "trở thành", "đành", "sau khi", "khi", "mà", "thì", "ký", "sẽ", "đang", "còn", "cũng",
	"vẫn", "đều", "lại", "đã", "vừa", "mới", "luôn", "từng", "liên tiếp", "liên tục", "bị",
	"hoặc", "long trọng", "vinh dự", "chính thức", "tổ chức", "kỷ niệm", "kỉ niệm",
};

/* Between a giver and the verb: "Huyện ủy long trọng tổ chức lễ trao ...". */
static const char *const ceremony_words[] = {
	"lễ", "buổi lễ", "tổ chức", "làm", "long trọng", "trang trọng",
};

/* A subject that names the ceremony where an award is received, not who
 * receives it: "Lễ đón nhận ...", "Buổi lễ công bố Nghị quyết và đón nhận ...". */
static const char *const ceremonies[] = {"lễ", "buổi lễ"};

/* Verbs of another clause in a giver's subject ("Eisenhower ký một bản ghi
 * nhớ trao tặng ..."); "là" stays, as in "X, đồng thời là Chủ tịch Y". */
static const char *const giver_stops[] = {"ký", "sau khi", "khi"};

/* Words that stand for who receives, alone: "Năm 2004, ông được truy tặng ...". */
static const char *const pronouns[] = {
	"ông", "bà", "anh", "chị", "em", "cô", "thầy", "đồng chí", "ngài", "cụ", "họ", "nó",
};

/* Words between the subject and the verb: "Ban Thường vụ Tỉnh ủy đã tặng". */
static const char *const auxiliaries[] = {
	"đã", "vừa", "cũng", "long trọng", "vinh dự", "chính thức", "quyết định", "ký",
	"lần lượt", "đồng thời", "tiếp tục", "mới", "được",
};

/* Words that join a recipient to the reason it is given for; dropped. */
static const char *const reason_links[] = {
	"được", "đã", "vì", "do", "về", "bởi", "nhờ", "là", "đều",
};

static const char *const stand_ins[] = {"đại diện lãnh đạo", "đại diện", "thay mặt"};
/* Words before an authority that one hands an award over for. */
static const char *const deputising[] = {
	"thừa ủy quyền", "thừa uỷ quyền", "thừa lệnh", "được sự ủy quyền", "được sự uỷ quyền",
	"được ủy quyền", "được uỷ quyền", "ủy quyền", "uỷ quyền",
};


/* Whether token k is a number written in digits ("1975", "20/11"). */
static bool digits_at(struct tokens *x, int k)
{
	return tok_is_word(x, k) && vn_is_digit((unsigned char)x->s[x->t[k].start]);
}

/* Whether token k is a percentage: "96,5%". */
static bool percent_at(struct tokens *x, int k)
{
	return digits_at(x, k) && x->s[x->t[k].end - 1] == '%';
}

static int name_at(struct tokens *x, int i, const struct name *list, size_t n, size_t *which)
{
	size_t k;
	int m;

	if (!tok_is_word(x, i))
		return 0;
	for (k = 0; k < n; k++)
		if (x->t[i].low[0] == (unsigned char)list[k].words[0] &&
		    (m = tok_phrase(x, i, list[k].words))) {
			*which = k;
			return m;
		}
	return 0;
}

/* ---- Award names ---- */

/* The recipients and reasons of the awards of one piece of a sentence, kept
 * together: each award's own run of them is contiguous, as its parts are
 * read one award after another. */
enum { PARTS_MAX = 256 };

struct parts {
	struct award_recipient to[PARTS_MAX];
	struct span reason[PARTS_MAX];
	size_t nto, nreason;
};

struct item {
	int lead;        /* first token, "danh hiệu" included */
	int first, end;  /* the name's tokens */
	enum kind kind;
	char value[AWARD_VALUE_MAX];
	size_t base;     /* bytes of value before its class ("hạng Nhì"); 0 when it has none */
	bool unreasoned; /* words of its own after it say no reason */
	bool field;      /* its reason is a prize's field ("về văn học nghệ thuật"): its own */
	struct span by;
	struct parts *parts;
	size_t to, nto;         /* its recipients: parts->to[to .. to + nto) */
	size_t reason, nreason; /* its reasons, likewise */
};

static void append(char *v, const char *s, size_t n)
{
	size_t len = strlen(v);

	if (len + n < AWARD_VALUE_MAX) {
		memcpy(v + len, s, n);
		v[len + n] = '\0';
	}
}

static void append_str(char *v, const char *s)
{
	append(v, s, strlen(s));
}

/* Tokens from k that a numeral of `used` bytes covers, or 0 if it ends inside a word. */
static int numeral_tokens(struct tokens *x, int k, size_t used)
{
	size_t end = x->t[k].start + used;
	int m = k;

	while (m < x->n && x->t[m].end <= end)
		m++;
	return m > k && x->t[m - 1].end == end ? m - k : 0;
}

/* Reads the numeral at token k into *v; returns its tokens, or 0. */
static int numeral_at(struct tokens *x, int k, struct numeral *v)
{
	size_t used;

	if (!tok_is_word(x, k))
		return 0;
	used = numeral_parse(x->s + x->t[k].start, x->t[x->n - 1].end - x->t[k].start, v);
	return used && v->mant >= 0 ? numeral_tokens(x, k, used) : 0;
}

/* The words after "Huy hiệu 60 năm" that end the badge's name. */
static const char *const badge_year_ends[] = {"cho", "và", "tại", "đợt", "dịp", "nhân", "vào", "của", "tới", "đến"};

/* Whether ", 40 năm" or "và 40 năm" stands at token k: another of the badges. */
static bool more_years(struct tokens *x, int k)
{
	struct numeral num;
	int m;

	return (tok_is_punct(x, k, ',') || tok_is(x, k, "và")) && (m = numeral_at(x, k + 1, &num)) &&
	       tok_is(x, k + 1 + m, "năm");
}

/* "Huy hiệu 30, 40 năm tuổi Đảng": appends the years to v and returns the
 * token after the name, or i when none is there. */
static int badge_years(struct tokens *x, int i, char *v)
{
	char years[AWARD_VALUE_MAX / 2] = "";
	size_t len = 0;
	int k = i, m;

	for (;;) {
		struct numeral num;
		char digits[32];
		size_t dn;
		if (!(m = numeral_at(x, k, &num)) || !(dn = numeral_format(&num, digits, sizeof digits)) ||
		    len + dn + 3 > sizeof years)
			return i;
		if (len)
			memcpy(years + len, ", ", 2), len += 2;
		memcpy(years + len, digits, dn + 1);
		len += dn;
		k += m;
		/* "Huy hiệu 60 năm" says "tuổi Đảng" without it, before a
		 * mark, the end or a word of badge_year_ends */
		if ((m = tok_phrase(x, k, "năm tuổi đảng")) ||
		    (tok_is(x, k, "năm") && (m = 1) &&
		     (!tok_is_word(x, k + 1) || TOK_IN(x, k + 1, badge_year_ends)) &&
		     !more_years(x, k + 1))) {
			append_str(v, " ");
			append_str(v, years);
			append_str(v, " năm tuổi Đảng");
			return k + m;
		}
		/* "Huy hiệu 40 năm và 30 năm tuổi Đảng" */
		k += tok_is(x, k, "năm");
		if (!tok_is_punct(x, k, ',') && !tok_is(x, k, "và"))
			return i;
		k++;
	}
}

static const char *const grades[] = {"tiêu biểu", "xuất sắc"};

/* "danh hiệu “Trong sạch, vững mạnh” tiêu biểu": a title in quotes, at the
 * opening quote i. Writes its value into v and returns the token after it, or 0. */
static int quoted_title(struct tokens *x, int i, char *v)
{
	static const char *const clean[] = {"trong", "sạch", "vững", "mạnh"};
	int words[6], nw = 0, k, m;
	bool known;
	size_t g = 0;

	if (!tok_is_punct(x, i, 'o') && !tok_is_punct(x, i, '"'))
		return 0;
	for (k = i + 1; k < x->n && !tok_is_punct(x, k, 'c') && !tok_is_punct(x, k, '"'); k++) {
		if (x->t[k].punct && x->t[k].punct != ',')
			return 0;
		if (!x->t[k].punct && nw < 6)
			words[nw] = k;
		nw += !x->t[k].punct;
	}
	if (k >= x->n || !nw || x->t[k].end - x->t[i].start > AWARD_VALUE_MAX / 2)
		return 0;
	/* "Trong sạch, vững mạnh" is written many ways; it gets one value. */
	known = nw == 4 || (nw == 6 && words[5] == words[4] + 1 &&
			    tok_list(x, words[4], grades, NELEM(grades), &g) == 2);
	for (m = 0; known && m < 4; m++)
		known = tok_is(x, words[m], clean[m]);
	if (known) {
		append_str(v, "“Trong sạch, vững mạnh”");
		if (nw == 6)
			append_str(v, g ? " xuất sắc" : " tiêu biểu");
	} else {
		append_str(v, "“");
		append(v, x->s + x->t[i + 1].start, x->t[k - 1].end - x->t[i + 1].start);
		append_str(v, "”");
	}
	k++;
	if ((m = tok_list(x, k, grades, NELEM(grades), &g))) {
		append_str(v, g ? " xuất sắc" : " tiêu biểu");
		k += m;
	}
	return k;
}

/* Whether token k ends the name of an order the tables do not hold: a
 * word in small letters that ends a name, or a verb. */
static bool order_end(struct tokens *x, int k)
{
	return !tok_is_word(x, k) || vn_is_digit((unsigned char)x->s[x->t[k].start]) ||
	       (!x->t[k].upper && (names_end(x, k) || TOK_IN(x, k, order_ends) || TOK_IN(x, k, active_verbs) ||
				   TOK_IN(x, k, receive_verbs)));
}

/* The name of an order or medal the tables do not hold, at token k after
 * "Huân chương": a capitalised run and the words in small letters that go
 * on with it ("Mặt trời mọc", "Pour le Mérite", "Bắc đẩu bội tinh"), up to
 * two small words before it ("vàng Quốc hội", "lao động Cờ Đỏ"), or a name
 * in quotes ("“Air Force Cross”"). Appends it to v; returns the token after
 * it, or k when none is there. */
static int order_name(struct tokens *x, int k, char *v)
{
	enum { ORDER_WORDS = 8 };
	int e, lead = 0;

	if (tok_is_punct(x, k, 'o') || tok_is_punct(x, k, '"')) {
		for (e = k + 1; e < k + ORDER_WORDS && tok_is_word(x, e); e++)
			;
		if (e == k + 1 || !(tok_is_punct(x, e, 'c') || tok_is_punct(x, e, '"')))
			return k;
		append_str(v, " “");
		append(v, x->s + x->t[k + 1].start, x->t[e - 1].end - x->t[k + 1].start);
		append_str(v, "”");
		return e + 1;
	}
	while (lead < 2 && !order_end(x, k + lead) && !x->t[k + lead].upper)
		lead++;
	if (order_end(x, k + lead) || !x->t[k + lead].upper)
		return k;
	/* "Tự do" is a word of the name, though "do" ends names */
	for (e = k + lead; e < k + ORDER_WORDS && (!order_end(x, e) || (tok_is(x, e, "do") && tok_is(x, e - 1, "tự")));
	     e++)
		;
	append_str(v, " ");
	append(v, x->s + x->t[k].start, x->t[e - 1].end - x->t[k].start);
	return e;
}

/* Whether a medal whose name begins at token i and ends before e is a
 * contest's: its colour alone, or a contest's words in its name or just
 * after it ("Huy chương World Cup", "Huy chương vàng tại SEA Games"). */
static bool contest_medal(struct tokens *x, int i, int e)
{
	int k;

	/* "Huy chương Vàng từ Hội Thiên văn": a body's medal */
	if (TOK_IN(x, i, colours) && e <= i + 1)
		return !(tok_is(x, e, "từ") && tok_is_word(x, e + 1) && x->t[e + 1].upper);
	for (k = i; k < e + 3 && tok_is_word(x, k); k++)
		if (TOK_IN(x, k, contests))
			return true;
	return false;
}

/* Whether the title in quotes at token i (its opening mark) is a sport's
 * or a contest's: its first words (contest_titles), or a contest's words
 * just after it ("“Người tốt việc tốt” của mùa giải", "... tại SEA Games"). */
static bool contest_title(struct tokens *x, int i)
{
	int k;

	if (TOK_IN(x, i + 1, contest_titles))
		return true;
	for (k = i + 1; k < x->n && !tok_is_punct(x, k, 'c') && !tok_is_punct(x, k, '"'); k++)
		;
	if (tok_is(x, k + 1, "của") || tok_is(x, k + 1, "tại"))
		k++;
	return TOK_IN(x, k + 1, contests) || tok_is(x, k + 1, "mùa giải");
}

/* Verbs that make a title in small letters one given ("được phong anh hùng
 * lao động", "truy tặng danh hiệu bà mẹ Việt Nam anh hùng" has "danh hiệu"). */
static const char *const title_verbs[] = {"phong", "truy phong", "phong tặng", "truy tặng"};

/* Where the name in quotes of a Kỷ niệm chương, at its opening quote k,
 * ends: after its closing quote, a dozen words at most; k when none closes. */
static int memorial_name_end(const struct tokens *x, int k)
{
	int e;

	for (e = k + 1; e < x->n && e <= k + 12 && tok_is_word(x, e); e++)
		;
	return e > k + 1 && (tok_is_punct(x, e, 'c') || tok_is_punct(x, e, '"')) ? e + 1 : k;
}

/* Reads the award name at token i into *it; returns false if none starts there. */
static bool award_at(struct tokens *x, int i, struct item *it)
{
	size_t f, w;
	int k, m, m_before, lead = i, e;
	bool titled = false, titled_or_capital;

	if (i >= x->n || x->t[i].memo)
		return false;
	if ((m = tok_phrase(x, i, "danh hiệu"))) {
		titled = true;
		i += m;
		/* "danh hiệu tập thể “Anh hùng Lao động”": who may hold it, then the title */
		if ((m = tok_phrase(x, i, "tập thể")) && (tok_is_punct(x, i + m, 'o') || tok_is_punct(x, i + m, '"')))
			i += m;
	}
	for (f = 0; f < NELEM(families); f++)
		if ((m = tok_phrase(x, i, families[f].words)))
			break;
	/* "danh hiệu Cờ thi đua": the family's award */
	if (f < NELEM(families))
		titled = false;
	/* "nhiều huân chương", "các loại bằng khen", "huân, huy chương": a kind, no
	 * award; "đây là huân chương cao nhất": what one is, no award again */
	if (f < NELEM(families) && !titled &&
	    ((m_before = tok_match_list(x, i - 1, &plurals_list, NULL)) == 1 ||
	     (m_before = tok_match_list(x, i - 2, &plurals_list, NULL)) == 2 ||
	     tok_is(x, i - 1, "là") ||
	     (i > 1 && tok_is_punct(x, i - 1, ',') && tok_is(x, i - 2, "huân")) ||
	     TOK_IN(x, i + m, kinds_after) ||
	     /* "X, huân chương cao quý nhất dành cho ...": what X is */
	     (tok_is_punct(x, i - 1, ',') && described(x, i + m)))) {
		x->t[lead].memo = 1;
		return false;
	}
	/* "huân chương cao nhất của Đức, Huân chương Pour le Mérite": the one named next */
	if (f < NELEM(families) && !titled && !x->t[i].upper && described(x, i + m) &&
	    (k = named_next(x, i + m, families[f].words)) > 0 && award_at(x, k, it)) {
		it->lead = lead;
		return true;
	}
	/* a title in small letters is one only after "danh hiệu" or a verb that confers it */
	titled_or_capital = titled || x->t[i].upper || tok_list_before(x, 0, i, title_verbs, NELEM(title_verbs));
	if ((titled || f == NELEM(families)) &&
	    !((m = name_at(x, i, titles, NELEM(titles), &w)) && titled_or_capital) &&
	    !(titled && (tok_is_punct(x, i, 'o') || tok_is_punct(x, i, '"')))) {
		x->t[lead].memo = 1;
		return false;
	}
	memset(it, 0, sizeof *it);
	it->lead = lead;
	it->first = i;
	if (!titled && f < NELEM(families)) {
		k = i + m;
		it->kind = families[f].kind;
		append_str(it->value, families[f].value);
		if (it->kind == ORDER && (m = name_at(x, k, orders, NELEM(orders), &w))) {
			append_str(it->value, " ");
			append_str(it->value, orders[w].value);
			k += m;
		} else if (it->kind == MEDAL && (m = name_at(x, k, medals, NELEM(medals), &w))) {
			append_str(it->value, " ");
			append_str(it->value, medals[w].value);
			k += m;
		} else if (it->kind == BADGE) {
			if (tok_phrase(x, k, "đảng")) {
				append_str(it->value, " Đảng");
				k++;
			} else {
				k = badge_years(x, k, it->value);
			}
		} else if (it->kind == MEMORIAL && (tok_is_punct(x, k, 'o') || tok_is_punct(x, k, '"')) &&
			   (e = memorial_name_end(x, k)) > k) {
			/* 'Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Đảng"': its
			 * name in quotes, written without them as when it has none */
			append_str(it->value, " ");
			append(it->value, x->s + x->t[k + 1].start, x->t[e - 2].end - x->t[k + 1].start);
			k = e;
		} else if (it->kind == MEMORIAL && tok_phrase(x, k, "vì")) {
			/* "Kỷ niệm chương Vì sự nghiệp xây dựng Đảng" */
			e = k + 1;
			while (tok_is_word(x, e) && e < k + 10 && !names_end(x, e) &&
			       !TOK_IN(x, e, active_verbs))
				e++;
			append_str(it->value, " ");
			append(it->value, x->s + x->t[k].start, x->t[e - 1].end - x->t[k].start);
			k = e;
		} else if (it->kind == ORDER || it->kind == MEDAL) {
			int e = order_name(x, k, it->value);

			if (it->kind == MEDAL && contest_medal(x, k, e)) {
				x->t[lead].memo = 1;
				return false;
			}
			k = e;
		}
		if ((it->kind == ORDER || it->kind == MEDAL) &&
		    (m = name_at(x, k, classes, NELEM(classes), &w))) {
			it->base = strlen(it->value);
			append_str(it->value, " ");
			append_str(it->value, classes[w].value);
			k += m;
		} else if (it->kind == ORDER || it->kind == MEDAL) {
			/* "Huân chương Lao động các hạng cho 27 tập thể": of
			 * every class, the order named without one */
			k += tok_phrase(x, k, "các hạng");
		}
		it->end = k;
		return true;
	}
	it->kind = TITLE;
	if ((m = name_at(x, i, titles, NELEM(titles), &w)) && titled_or_capital) {
		append_str(it->value, titles[w].value);
		it->end = i + m;
		return true;
	}
	/* “Anh hùng Lao động” in quotes is still the title the law names */
	if (titled && (tok_is_punct(x, i, 'o') || tok_is_punct(x, i, '"')) &&
	    (m = name_at(x, i + 1, titles, NELEM(titles), &w)) &&
	    (tok_is_punct(x, i + 1 + m, 'c') || tok_is_punct(x, i + 1 + m, '"'))) {
		append_str(it->value, titles[w].value);
		it->end = i + 2 + m;
		return true;
	}
	if (titled && !contest_title(x, i) && (k = quoted_title(x, i, it->value))) {
		it->end = k;
		return true;
	}
	x->t[lead].memo = 1;
	return false;
}

/* ---- Recipients and reasons ---- */

/* Tokens of the recipient noun at i, or 0. */
static int noun_at(struct tokens *x, int i)
{
	return tok_match_list(x, i, &nouns_list, NULL);
}

/* A counted group at i ("03 tập thể", "ba cá nhân"): its tokens, or 0. */
static int counted_at(struct tokens *x, int i, struct award_recipient *r)
{
	int k, m;

	if (!(k = numeral_at(x, i, &r->count)) || !(m = noun_at(x, i + k)))
		return 0;
	r->text = tok_span(x, i + k, i + k + m);
	return k + m;
}

/* How group_at reads: counted and "các ..." groups only, as after a reason
 * (LISTS_ONLY); also a noun in small letters, as after "cho" (LOOSE). */
enum { LISTS_ONLY = 1, LOOSE = 2 };

/* Words a reason begins with after "cho": "cho thành tích xuất sắc" names
 * no recipient. */
static const char *const reason_heads[] = {
	"thành tích", "những thành tích", "các thành tích", "việc", "sự", "công lao", "đóng góp",
	"những đóng góp", "nỗ lực", "những nỗ lực", "quá trình", "kết quả",
};

/* Whether token k ends a name written as it goes on ("Hobson trở thành",
 * "TTXVN là"): a word of names_end, but "nhân" only as in "nhân dịp", or a
 * verb of a clause. */
static bool name_stops(struct tokens *x, int k)
{
	if (tok_is(x, k, "nhân") && !tok_is(x, k + 1, "dịp") && !tok_is(x, k + 1, "kỷ niệm") &&
	    !tok_is(x, k + 1, "ngày") && !tok_is(x, k + 1, "lễ"))
		return false;
	return names_end(x, k) || TOK_IN(x, k, clause_verbs);
}

/* Tokens a mention is read in: a person's name and titles are never
 * longer, and the chunker need not read a long clause to the end. */
enum { MENTION_MAX = 32 };

static int near(int i, int end)
{
	return end - i > MENTION_MAX ? i + MENTION_MAX : end;
}

/* A person at i as the chunker reads one: the name without "ông" or
 * "đồng chí", with the titles before it and its apposition after it ("ông
 * Trần An, Chủ tịch Công đoàn ngành"); its tokens, or 0. */
static int person_group(struct tokens *x, int i, int end, struct award_recipient *r, bool titled)
{
	struct person_mention m;
	enum names_title_kind kind;
	bool common;
	int a;

	/* most words begin no person: ask the lexicon before the chunker */
	if (!names_honorific(x, i) && !TOK_IN(x, i, pronouns) && !names_title(x, i, &kind) &&
	    !names_title_prefix(x, i) && (titled || !x->t[i].upper || !names_surname(x, i, &common)))
		return 0;
	if (!person_at(x, i, near(i, end), 0, &m) || m.name == m.name_end ||
	    (titled && !m.honorific && !m.ntitles))
		return 0;
	a = m.start;
	if (m.honorific)
		a = m.ntitles && m.title[0].start < m.name ? m.title[0].start : m.name;
	r->text = tok_span(x, a, m.end);
	return m.end - i;
}

/* The Party, the government and the people of a place, who receive as
 * one: "Đảng bộ, chính quyền và Nhân dân các dân tộc huyện Mường Tè"
 * (a comma stands for itself). */
static const char *const localities[] = {
	"đảng bộ , chính quyền và nhân dân", "đảng bộ , chính quyền , quân và dân",
	"đảng bộ , chính quyền và quân dân", "cán bộ , đảng viên và nhân dân", "quân và dân",
};

/* The tokens of a phrase of localities at token i, or 0. */
static int locality_at(const struct tokens *x, int i)
{
	const char *p, *rest;
	size_t j;
	int k;

	for (j = 0; j < NELEM(localities); j++) {
		for (p = localities[j], k = i; *p; k++, p += *p == ' ') {
			if (*p == ',' ? !tok_is_punct(x, k, ',') : !tok_starts(x, k, p, &rest))
				break;
			p = *p == ',' ? p + 1 : rest;
		}
		if (!*p)
			return k - i;
	}
	return 0;
}

/* A group of recipients at i, up to end: counted ("03 tập thể"), or named as
 * written ("Sở Nội vụ", "các tập thể, cá nhân", "huyện Yên Thế", "ông Trần
 * An, Chủ tịch Công đoàn ngành", the people of a place). */
static int group_at(struct tokens *x, int i, int end, struct award_recipient *r, unsigned how)
{
	struct item title;
	int k, m, h;

	if (i >= end)
		return 0;
	/* the people of a place, to its name's end */
	if ((m = locality_at(x, i)) && i + m <= end) {
		for (k = i + m; k < end && tok_is_word(x, k) && (x->t[k].upper || !name_stops(x, k)) &&
				!TOK_IN(x, k, active_verbs);
		     k++)
			;
		r->count.mant = -1;
		r->count.exp10 = 0;
		r->text = tok_span(x, i, k);
		return k - i;
	}
	if ((k = counted_at(x, i, r)) && i + k <= end) {
		/* "05 phường, xã": more nouns under the same count */
		for (k += i; k + 1 < end && (tok_is_punct(x, k, ',') || tok_is(x, k, "và")) && (m = noun_at(x, k + 1));
		     k += 1 + m)
			r->text.len = x->t[k + m].end - r->text.start;
		return k - i;
	}
	r->count.mant = -1;
	r->count.exp10 = 0;
	if ((m = TOK_IN(x, i, determiners)) && (k = noun_at(x, i + m))) {
		k += i + m;
		/* "các tập thể, cá nhân": more nouns under the same "các". */
		while (k + 1 < end && (tok_is_punct(x, k, ',') || tok_is(x, k, "và")) &&
		       (m = noun_at(x, k + 1)))
			k += 1 + m;
		r->text = tok_span(x, i, k);
		return k <= end ? k - i : 0;
	}
	/* "Nguyễn Văn Bình, Chiến sĩ thi đua toàn quốc,": a title, not a second name. */
	if ((how & LISTS_ONLY) || award_at(x, i, &title))
		return 0;
	if ((k = person_group(x, i, end, r, false)))
		return i + k <= end ? k : 0;
	/* "ông" alone: whom the sentence speaks of */
	if ((m = TOK_IN(x, i, pronouns)) && (i + m >= end || x->t[i + m].punct)) {
		r->text = tok_span(x, i, i + m);
		return m;
	}
	/* The name without "đồng chí" or "ông". */
	if ((h = names_honorific(x, i)) && !(tok_is_word(x, i + h) && x->t[i + h].upper))
		h = 0;
	k = i + h;
	if ((m = names_head(x, k)) && tok_is_word(x, k + m) && x->t[k + m].upper)
		k += m;
	else if (!tok_is_word(x, k) || !x->t[k].upper) {
		/* after "cho": "cho đại diện các xã", "cho 5 công đoàn cơ sở" */
		if (!(how & LOOSE) || TOK_IN(x, i, reason_heads))
			return 0;
		if ((m = numeral_at(x, i, &r->count)) && tok_is_word(x, i + m) && !x->t[i + m].upper)
			k = i + m;
		else
			r->count.mant = -1, m = 0;
		for (h = k; k < end && k < h + 6 && tok_is_word(x, k) && !x->t[k].upper && !name_stops(x, k) &&
			    !TOK_IN(x, k, active_verbs) && !award_at(x, k, &title);
		     k++)
			;
		if (k == h)
			return 0;
		/* "cho đại diện các xã Yên Lư", "trường Phổ thông năng khiếu": a name goes with it */
		if (k < end && tok_is_word(x, k) && x->t[k].upper)
			while (k < end && tok_is_word(x, k) && (x->t[k].upper || !name_stops(x, k)) &&
			       !TOK_IN(x, k, active_verbs) && !award_at(x, k, &title))
				k++;
		r->text = tok_span(x, h, k);
		return k - i;
	}
	while (k < end && ((tok_is_word(x, k) && (x->t[k].upper || !name_stops(x, k)) &&
			    !TOK_IN(x, k, active_verbs) && !(!x->t[k].upper && TOK_IN(x, k, receive_verbs))) ||
			   /* "Trường Nội trú Cà Mau - Ninh Bình" */
			   (tok_is_punct(x, k, '-') && k > i + h && x->t[k - 1].upper && tok_is_word(x, k + 1) &&
			    x->t[k + 1].upper && k + 1 < end)))
		k++;
	k = names_body_end(x, i + h, k, end);
	/* "Buổi lễ công bố Nghị quyết và": the "và" before the verb is not the name's */
	while (k - 1 > i + h && tok_is(x, k - 1, "và"))
		k--;
	r->text = tok_span(x, i + h, k);
	return k - i;
}

/* Adds a recipient; past AWARD_PARTS the rest are left out. */
static void add_recipient(struct item *it, const struct award_recipient *r)
{
	struct parts *p = it->parts;

	if (it->nto == AWARD_PARTS || p->nto == PARTS_MAX)
		return;
	if (!it->nto)
		it->to = p->nto;
	p->to[p->nto++] = *r;
	it->nto++;
}

static bool is_separator(struct tokens *x, int k)
{
	return k >= 0 && k < x->n && x->t[k].sep;
}

/* Words that say why, before the reason itself: "vì", "do", "nhờ". */
static const char *const causes[] = {"vì", "do", "nhờ", "bởi", "về"};

/* What a reason begins with when no cause is said: what the recipient
 * did ("có thành tích", "đạt", "hoàn thành"), how well ("xuất sắc"), in
 * what work ("trong công tác"), the works of a prize ("cho các tác phẩm"). */
static const char *const reason_starts[] = {
	"có", "đạt", "hoàn thành", "lập", "xuất sắc", "tiêu biểu", "hy sinh", "dũng cảm", "tích cực",
	"dẫn đầu", "vượt", "làm tốt",
	"trong công tác", "trong phong trào", "trong sự nghiệp", "trong lĩnh vực", "trong việc",
	"trong cuộc", "trong thời kỳ", "trong kháng chiến", "trong chiến đấu", "trong các cuộc",
	"cho các tác phẩm", "cho tác phẩm", "cho công trình", "cho cụm công trình", "với tác phẩm",
};

/* Nouns that say a reason wherever they stand in its first words
 * ("đã cò thành tích"): what was done or given. */
static const char *const reason_nouns[] = {
	"thành tích", "đóng góp", "công lao", "cống hiến", "nỗ lực", "chiến công", "lý do",
};

/* Words before a reason that it may start after: "huân chương này vì ...". */
static const char *const reason_skips[] = {"này", "đó", "ấy", "vừa nói trên", "trên", "nhiều", "những", "các"};

/* Words that introduce the citation an award is given with, in quotes
 * after them: "với lời ghi: “Đã có thành tích ...”". */
static const char *const citation_words[] = {
	"lời ghi nhận", "lời ghi", "lời khen", "lời tuyên dương", "lời đánh giá", "dòng chữ",
	"nội dung",
};

static bool is_quote_open(struct tokens *x, int k)
{
	return tok_is_punct(x, k, 'o') || tok_is_punct(x, k, '"');
}

static bool is_quote_close(struct tokens *x, int k)
{
	return tok_is_punct(x, k, 'c') || tok_is_punct(x, k, '"');
}

/* Whether the quote from token k says what was done, "đã có" or "đã
 * đạt" among its first words: "“đơn vị đã có nhiều đổi mới ...”". */
static bool cited_deed(struct tokens *x, int k, int b)
{
	int e;

	for (e = k; e < b && e < k + 5 && tok_is_word(x, e); e++)
		if (tok_is(x, e, "đã") && (tok_is(x, e + 1, "có") || tok_is(x, e + 1, "đạt") ||
					   tok_phrase(x, e + 1, "hoàn thành")))
			return true;
	return false;
}

/* The citation in quotes at token a, before b, as the reason: after
 * "(với) lời ghi:" or a comma, a quote that reads as a reason (“vì ...”,
 * “Đã có thành tích ...”), with its quotes. Empty when there is none. */
static struct span citation(struct tokens *x, int a, int b)
{
	int k = a, q, m;
	bool said;

	if (tok_is_punct(x, k, ','))
		k++;
	if (tok_is(x, k, "với"))
		k++;
	said = (m = TOK_IN(x, k, citation_words)) > 0;
	k += m;
	if (said && tok_is_punct(x, k, ':'))
		k++;
	if (k >= b || !is_quote_open(x, k))
		return (struct span){0, 0};
	q = k++;
	while (k < b && (m = TOK_IN(x, k, reason_links)) && !TOK_IN(x, k, causes))
		k += m;
	if (!said && !TOK_IN(x, q + 1, causes) && !TOK_IN(x, k, reason_starts) && !TOK_IN(x, k, reason_nouns) &&
	    !TOK_IN(x, k + 1, reason_nouns) && !cited_deed(x, q + 1, b))
		return (struct span){0, 0};
	for (k = q + 1; k < b && !is_quote_close(x, k); k++)
		;
	return k < b && k > q + 1 ? tok_span(x, q, k + 1) : (struct span){0, 0};
}

/* Whether tokens from k to b are a date or a year alone: "năm 2001",
 * "ngày 9/3/2016", "(1985)", "10-2007". */
static bool date_only(struct tokens *x, int k, int b)
{
	int m;

	if (k < b && tok_is_punct(x, k, '('))
		k++;
	if (k < b && tok_is(x, k, "vào"))
		k++;
	while (k < b && (m = tok_match_list(x, k, &time_words_list, NULL)))
		k += m;
	if (!(k < b && digits_at(x, k)))
		return false;
	for (k++; k < b && (digits_at(x, k) || x->t[k].punct == ',' || x->t[k].punct == ')' ||
			    x->t[k].punct == '-' || tok_is(x, k, "và") || tok_match_list(x, k, &time_words_list, NULL));
	     k++)
		;
	return k == b;
}

/* The reason in tokens a..b, without the linking words and marks around
 * it: what follows a cause ("vì", "do") or begins as a reason does
 * (reason_starts), within its first words ("huân chương này vì ..."); to
 * where a date or year alone, a place ("tại Hà Nội"), a full stop or the
 * next award begins. Empty when a..b gives no reason: the rest of an
 * award's name, the next award, a date, a list of names. */
static struct span reason_span(struct tokens *x, int a, int b)
{
	enum { REASON_LEAD = 4 };
	struct item other;
	struct span cited = citation(x, a, b);
	int k, m, start = -1;

	if (cited.len)
		return cited;
	for (k = a; k < b && k < a + REASON_LEAD && start < 0; k++) {
		if (x->t[k].punct == '.' || x->t[k].punct == ';' || x->t[k].punct == ',')
			break;
		if ((m = TOK_IN(x, k, causes)) && k + m < b)
			start = k + m;
		else if (TOK_IN(x, k, reason_nouns) ||
			 ((k == a || TOK_IN(x, k - 1, reason_skips) || TOK_IN(x, k - 1, reason_links)) &&
			  TOK_IN(x, k, reason_starts)))
			start = k;
		/* "Đảng bộ “Trong sạch, vững mạnh tiêu biểu”": the title it is given for */
		else if (tok_is_punct(x, k, 'o') || (tok_is_punct(x, k, '"') && k > a))
			start = a;
	}
	if (start < 0)
		return (struct span){0, 0};
	/* "vì đã có", "do được" */
	while (start < b && (m = TOK_IN(x, start, reason_links)) && start + m < b)
		start += m;
	while (b > start && (x->t[b - 1].punct == '.' || x->t[b - 1].punct == ',' || x->t[b - 1].punct == ';'))
		b--;
	for (k = start + 1; k < b; k++) {
		if (x->t[k].punct == '.' || x->t[k].punct == ';' ||
		    ((x->t[k].punct == ',' || tok_is(x, k, "vào")) && date_only(x, k + (x->t[k].punct == ','), b)) ||
		    /* "(Dwight D. Eisenhower nhận ...)": a note of its own; "do Bộ X trao tặng": the giver */
		    x->t[k].punct == '(' ||
		    (tok_is(x, k, "do") && tok_is_word(x, k + 1) && (x->t[k + 1].upper || is_quote_close(x, k - 1))) ||
		    (tok_is(x, k, "tại") && tok_is_word(x, k + 1) && (x->t[k + 1].upper || tok_is(x, k + 1, "lễ") ||
								       tok_is(x, k + 1, "buổi"))) ||
		    (is_separator(x, k - 1) && award_at(x, k, &other)))
			break;
	}
	b = k;
	while (b > start && x->t[b - 1].punct && x->t[b - 1].punct != 'c' && x->t[b - 1].punct != '"' &&
	       x->t[b - 1].punct != ')')
		b--;
	return tok_span(x, start, b);
}

static void add_reason(struct item *it, struct span r)
{
	struct parts *p = it->parts;

	if (!r.len || it->nreason == AWARD_PARTS || p->nreason == PARTS_MAX)
		return;
	if (!it->nreason)
		it->reason = p->nreason;
	p->reason[p->nreason++] = r;
	it->nreason++;
}

/* Whether a separator at k starts another group: ", 93 cá nhân", "và các ...". */
static bool next_group(struct tokens *x, int k, int end, unsigned how, int *skip)
{
	struct award_recipient r;

	if (!is_separator(x, k))
		return false;
	*skip = 1;
	if (tok_is(x, k + 1, "với") || tok_is(x, k + 1, "và"))
		*skip = 2;
	return group_at(x, k + *skip, end, &r, how) > 0;
}

/* Reads recipients and their reasons from tokens a..end into it; returns
 * false if no recipient starts at a. how: LOOSE after "cho". */
static bool recipients(struct tokens *x, int a, int end, struct item *it, unsigned how)
{
	struct award_recipient r;
	int k, m, skip = 0;

	if (!(m = group_at(x, a, end, &r, how)))
		return false;
	for (;;) {
		add_recipient(it, &r);
		k = a + m;
		if (k >= end)
			return true;
		/* a word in small letters after a comma describes the one before
		 * ("cho Kermit Roosevelt, cháu nội của ..."): LOOSE is for the first */
		how &= ~(unsigned)LOOSE;
		if (next_group(x, k, end, how, &skip)) {
			a = k + skip;
			m = group_at(x, a, end, &r, how);
			continue;
		}
		/* The reason runs to the next counted group after a separator. */
		for (a = k; k < end && !next_group(x, k, end, LISTS_ONLY, &skip); k++)
			;
		add_reason(it, reason_span(x, a, k));
		if (k >= end)
			return true;
		how = LISTS_ONLY;
		a = k + skip;
		m = group_at(x, a, end, &r, how);
	}
}

/* The giver named after the award, up to end: "của Ban Thường vụ Tỉnh
 * ủy", "do Chủ tịch nước trao tặng", "từ Hội Hoàng gia"; the words of the
 * award's own name may stand between ("Huy chương Copley từ Hội Hoàng
 * gia"). Its tokens from i, or 0. */
static int giver_after(struct tokens *x, int i, int end, struct span *by)
{
	int k, m, j = i;

	/* the rest of a name the award tables do not hold */
	while (j < end && j < i + 6 && tok_is_word(x, j) && x->t[j].upper)
		j++;
	/* "bằng khen “đơn vị đã có ...” do Bộ X trao tặng": past the citation */
	if (j == i && is_quote_open(x, j)) {
		for (k = j + 1; k < end && !is_quote_close(x, k); k++)
			;
		if (k + 1 < end && (tok_is(x, k + 1, "do") || tok_is(x, k + 1, "của") || tok_is(x, k + 1, "từ")))
			j = k + 1;
	}
	if (tok_is(x, j, "do")) {
		/* "do Chủ tịch nước trao tặng": the giver between "do" and the verb */
		for (k = j + 1; k < end && k <= j + 1 + AGENT_MAX && tok_is_word(x, k); k++)
			if (!x->t[k].upper && (m = TOK_IN(x, k, active_verbs))) {
				if (k == j + 1)
					return 0;
				*by = tok_span(x, j + 1, k);
				return j == i ? k + m - i : 0;
			}
		return 0;
	}
	/* "Huân chương Công trạng (danh dự dân sự cao nhất) từ Truman" */
	if (tok_is_punct(x, j, '(')) {
		for (k = j + 1; k < end && k < j + 16 && !tok_is_punct(x, k, ')'); k++)
			;
		if (tok_is_punct(x, k, ')') && tok_is(x, k + 1, "từ"))
			j = k + 1;
	}
	if (tok_is(x, j, "từ")) {
		/* "từ ông Nguyễn Lương Bằng": the name without "ông" */
		if ((m = names_honorific(x, j + 1)) && tok_is_word(x, j + 1 + m) && x->t[j + 1 + m].upper)
			j += m;
		if (!tok_is_word(x, j + 1) || !(x->t[j + 1].upper || names_body_word(x, j + 1)) ||
		    digits_at(x, j + 1))
			return 0;
		for (k = j + 1; k < end && tok_is_word(x, k) && (x->t[k].upper || !names_end(x, k)) &&
				!digits_at(x, k) && !TOK_IN(x, k, active_verbs);
		     k++)
			;
		*by = tok_span(x, j + 1, k);
		return 0;
	}
	if (!tok_is(x, j, "của") || !tok_is_word(x, j + 1))
		return 0;
	/* "của Chủ tịch Ủy ban nhân dân tỉnh": a body's words go on though "nhân" ends names */
	for (k = j + 1; k < end && tok_is_word(x, k); k += m) {
		if (k > j + 1 && (m = names_body_word(x, k)))
			continue;
		m = 1;
		if (!x->t[k].upper && (names_end(x, k) || TOK_IN(x, k, active_verbs)))
			break;
	}
	if (k == j + 1)
		return 0;
	k = names_body_end(x, j + 1, k, end);
	/* "của mùa giải" names no giver (and is no reason) */
	if (x->t[j + 1].upper || names_body_word(x, j + 1) || names_honorific(x, j + 1) ||
	    names_title(x, j + 1, &(enum names_title_kind){NAMES_OFFICE}))
		*by = tok_span(x, j + 1, k);
	return j == i ? k - i : 0;
}

/* ---- Verbs and the clauses around them ---- */

struct verb {
	int start, end; /* the verb's tokens, "được" and the agent included */
	enum mode mode;
	struct span agent; /* "được Bộ Nội vụ tặng" */
};

/* A bit for the hash (tok_hash) of the first word of each verb and of
 * "được", of VERB_HASH_BITS: a token of no such hash is no verb, a quick no
 * for most words, in any letter case. Built from the verb tables on first use. */
enum { VERB_HASH_BITS = 1024 };

static uint64_t verb_hash_bits[VERB_HASH_BITS / 64];
static bool verb_hashes_built;

static void build_verb_hashes(void)
{
	static const char *const *const lists[] = {active_verbs, receive_verbs, close_verbs};
	static const size_t sizes[] = {NELEM(active_verbs), NELEM(receive_verbs), NELEM(close_verbs)};
	size_t l, k;
	unsigned h;

	h = tok_hash((const unsigned char *)"được", strlen("được")) % VERB_HASH_BITS;
	verb_hash_bits[h / 64] |= 1ULL << h % 64;
	for (l = 0; l < NELEM(lists); l++)
		for (k = 0; k < sizes[l]; k++) {
			h = tok_hash((const unsigned char *)lists[l][k], strcspn(lists[l][k], " ")) % VERB_HASH_BITS;
			verb_hash_bits[h / 64] |= 1ULL << h % 64;
		}
	verb_hashes_built = true;
}

/* Whether token i, a word, may be a verb's first word: its hash is one's.
 * Inline, as it is asked at every token; the bits are built apart. */
static inline bool verb_hash_at(const struct tokens *x, int i)
{
	unsigned h = x->t[i].hash % VERB_HASH_BITS;

	if (!verb_hashes_built)
		build_verb_hashes();
	return verb_hash_bits[h / 64] >> h % 64 & 1;
}

/* verb_at past its quick no, which it makes inline: it is asked at every
 * token, and most are no verb's. */
/* Whether a comma or "và" and a verb that gives stand at token k: the rest
 * of "khen, tặng", "khen thưởng và tặng". */
static bool praise_joined(const struct tokens *x, int k)
{
	return (tok_is_punct(x, k, ',') || tok_is(x, k, "và")) && !x->t[k + 1 < x->n ? k + 1 : k].upper &&
	       TOK_IN(x, k + 1, active_verbs);
}

/* Whether what stands at token k, after a comma, goes on the agent before
 * it: a province or a country (names_place), a district's or a commune's
 * word and its name ("huyện Lục Nam"), or the person it is, by an
 * honorific and a name ("Chủ tịch UBND tỉnh, ông Lê Văn An"). */
static bool goes_on_agent(const struct tokens *x, int k)
{
	int m;

	if (names_place(x, k))
		return true;
	m = names_head(x, k);
	return m && tok_is_word(x, k + m) && x->t[k + m].upper;
}

static bool verb_read(struct tokens *x, int i, struct verb *v)
{
	struct item it;
	int m, k, agent_end;

	v->start = i;
	v->agent = (struct span){0, 0};
	if (tok_is(x, i, "được")) {
		if ((m = TOK_IN(x, i + 1, receive_verbs))) {
			v->mode = RECEIVE;
			v->end = i + 1 + m;
			return true;
		}
		/* the agent's words, and a comma before what goes on it ("được
		 * UBND huyện Lục Nam, tỉnh Bắc Giang tặng") */
		for (k = i + 1, agent_end = -1;
		     k <= i + 1 + AGENT_MAX && (tok_is_word(x, k) || (tok_is_punct(x, k, ',') && k > i + 1 &&
								      goes_on_agent(x, k + 1)));
		     k++) {
			if (x->t[k].punct)
				continue;
			/* "được Đảng và Chính quyền khen, tặng danh hiệu ...": the
			 * praise before the verb that gives */
			if (!x->t[k].upper && tok_is(x, k, "khen") && praise_joined(x, k + 1)) {
				agent_end = agent_end < 0 ? k : agent_end;
				k++;
				continue;
			}
			if (!x->t[k].upper && ((m = TOK_IN(x, k, active_verbs)) ||
					       ((m = TOK_IN(x, k, close_verbs)) && award_at(x, k + m, &it)))) {
				int e = agent_end < 0 ? k : agent_end, a;

				/* "được đề nghị tặng": a proposal */
				for (a = i + 1; a < k; a++)
					if (!x->t[a].upper && tok_match_list(x, a, &not_given_list, NULL))
						return false;

				/* "được Chủ tịch nước ký quyết định truy tặng": the agent is Chủ tịch nước */
				while ((a = tok_list_before(x, i + 1, e, auxiliaries, NELEM(auxiliaries))) &&
				       e - a > i + 1 && !x->t[e - a].upper)
					e -= a;
				v->mode = PASSIVE;
				v->agent = tok_span(x, i + 1, e);
				v->end = k + m;
				/* "được UBND tỉnh khen thưởng, tặng Bằng khen": one verb */
				if (praise_joined(x, v->end))
					v->end += 1 + TOK_IN(x, v->end + 1, active_verbs);
				return true;
			}
			/* "được Đảng và Nhà nước tặng thưởng" */
			if (!x->t[k].upper && names_end(x, k) &&
			    !(tok_is(x, k, "và") && k > i + 1 && tok_is_word(x, k + 1) && x->t[k + 1].upper))
				break;
		}
		return false;
	}
	if ((m = TOK_IN(x, i, active_verbs)) || ((m = TOK_IN(x, i, close_verbs)) && award_at(x, i + m, &it)))
		v->mode = ACTIVE;
	else if ((m = TOK_IN(x, i, receive_verbs)))
		v->mode = RECEIVE;
	else
		return false;
	v->end = i + m;
	return true;
}

/* Whether token i opens the sentence, or its line's item after the item's
 * mark ("- Tặng ...", "+ Trao ...", "1. Tặng ..."). */
static bool opens_item(struct tokens *x, int i)
{
	return i == 0 || x->t[i - 1].end <= vn_item_mark_len(x->s, x->t[x->n - 1].end) ||
	       (i == 2 && digits_at(x, 0) && (tok_is_punct(x, 1, '.') || tok_is_punct(x, 1, ')')));
}

/* Reads the verb at token i into *v; false if none is there. */
static inline bool verb_at(struct tokens *x, int i, struct verb *v)
{
	/* A capital is a name ("Ban Thi đua - Khen thưởng"), except at the
	 * start of the sentence or of a list's item. */
	return tok_is_word(x, i) && !(x->t[i].upper && !opens_item(x, i)) && verb_hash_at(x, i) && verb_read(x, i, v);
}

/* Whether the verb gives an award: one follows it (at once, for "nhận"),
 * before any other verb. */
static bool gives_award(struct tokens *x, const struct verb *v)
{
	struct item it;
	struct verb w;
	int k;

	if (v->mode == RECEIVE)
		return award_at(x, v->end, &it);
	for (k = v->end; k < x->n; k++) {
		if (award_at(x, k, &it))
			return true;
		if (verb_at(x, k, &w))
			return false;
	}
	return false;
}

/* Whether a word before the verb, in its clause, makes it a proposal or a plan. */
static bool not_given_before(struct tokens *x, int from, int verb)
{
	int k, m;

	for (k = verb - 1; k >= from && !tok_is_punct(x, k, ';') && !tok_is_punct(x, k, ':'); k--) {
		/* "Thẩm quyền tặng, truy tặng ...": verbs joined by a comma are one */
		if (tok_is_punct(x, k, ',')) {
			if (!(m = tok_list_before(x, from, k, active_verbs, NELEM(active_verbs))))
				break;
			k -= m;
			continue;
		}
		if (tok_match_list(x, k, &not_given_list, NULL) && !tok_is(x, k - 1, "theo"))
			return true;
	}
	/* "Quyết định tặng thưởng huân chương, ...": a power, with no one who uses it */
	k = verb - 2;
	return tok_phrase(x, k, "quyết định") == 2 && (k == 0 || x->t[k - 1].punct || digits_at(x, k - 1));
}

/* An opener that needs no comma at token k, before the subject: a date or
 * a year ("Ngày 20 tháng 11 năm 2000", "Năm 1975", "1977 –") or one of
 * bare_openers; its tokens, or 0. */
static int bare_opener(struct tokens *x, int k, int end)
{
	int i = k, m, n, count;

	if (digits_at(x, i) && tok_match_list(x, i + 1, &time_words_list, NULL))
		i++;
	while (i < end && (m = tok_match_list(x, i, &time_words_list, NULL)) && digits_at(x, i + m)) {
		i += m + 1;
		/* "Năm 2013, 2014", "năm 2000 và 2005"; not the count of "Năm
		 * 2025, 85 thôn đạt ..." */
		while ((tok_is_punct(x, i, ',') || tok_is(x, i, "và")) && digits_at(x, i + 1) &&
		       x->t[i + 1].end - x->t[i + 1].start == x->t[i - 1].end - x->t[i - 1].start)
			i += 2;
	}
	if (i == k && digits_at(x, i) && tok_is_punct(x, i + 1, '-'))
		i += 2;
	/* "a) Đã được tặng ...", "2. Ông ..." */
	if (i == k && tok_is_word(x, i) && x->t[i].end - x->t[i].start == 1 &&
	    (tok_is_punct(x, i + 1, ')') || (digits_at(x, i) && tok_is_punct(x, i + 1, '.'))))
		i += 2;
	if (i == k && (m = tok_match_list(x, i, &bare_openers_list, NULL)))
		i += m;
	/* "Năm sau đó", "Tháng này", "Cùng ngày"; after a count, "Hai năm sau" */
	count = i == k ? numeral_at(x, i, &(struct numeral){0}) : 0;
	if (i == k && (m = tok_match_list(x, i + count, &time_words_list, NULL)) &&
	    (n = TOK_IN(x, i + count + m, time_after)))
		i += count + m + n;
	return i < end ? i - k : 0;
}

/* Whether a..b is a run of capitals that names no person or body the
 * lexicon knows ("New Mexico"). */
static bool unknown_name(struct tokens *x, int a, int b)
{
	enum names_title_kind kind;
	bool common;
	int k;

	for (k = a; k < b; k++)
		if (!tok_is_word(x, k) || !x->t[k].upper)
			return false;
	return b > a && !names_honorific(x, a) && !names_title(x, a, &kind) && !names_body(x, a) &&
	       !names_surname(x, a, &common);
}

/* Whether a person with a title or "ông" is named at k, before end. */
static bool titled_person(struct tokens *x, int k, int end)
{
	struct person_mention m;
	enum names_title_kind kind;

	return (names_honorific(x, k) || names_title(x, k, &kind) || names_title_prefix(x, k)) &&
	       person_at(x, k, near(k, end), 0, &m) && m.name < m.name_end && (m.ntitles || m.honorific);
}

/* The subject of the verb at token `verb`, as tokens *a..*b: without the
 * openers ("Nhân dịp này,"), the words between it and the verb ("đã"), and
 * "Thay mặt X," whose X goes to *on_behalf; "Do X," gives
 * *cause, the reason. */
static void subject(struct tokens *x, int from, int verb, int *a, int *b,
		    struct span *on_behalf, struct span *cause)
{
	int k, m;

	on_behalf->len = cause->len = 0;
	/* "Trong ảnh: ..." */
	for (k = verb - 1; k >= from && !tok_is_punct(x, k, ':') && !tok_is_punct(x, k, ';'); k--)
		;
	from = k + 1;
	/* "- 6 đồng chí nhận ...", "+ 5 đảng viên ...": a list's mark; "(QTO) -
	 * ", "QUẢNG TRỊ - ": a paper's lead-in or a dateline */
	if (from == 0 && x->n > 0) {
		size_t mark = vn_item_mark_len(x->s, x->t[x->n - 1].end);
		if (!mark)
			mark = meta_lead_start(x->s, x->t[x->n - 1].end);
		while (mark && from < verb && x->t[from].end <= mark)
			from++;
	}
	for (;;) {
		while ((m = bare_opener(x, from, verb))) {
			from += m;
			if (tok_is_punct(x, from, ',') && from + 1 < verb)
				from++;
		}
		for (k = from; k < verb && !tok_is_punct(x, k, ','); k++)
			;
		if (k >= verb)
			break;
		if ((m = tok_phrase(x, from, "thay mặt")))
			*on_behalf = tok_span(x, from + m, k);
		/* "Thừa ủy quyền của Chủ tịch nước, đồng chí X trao": the
		 * authority whose award X hands over */
		else if ((m = TOK_IN(x, from, deputising)))
			*on_behalf = tok_span(x, from + m + tok_is(x, from + m, "của"), k);
		/* "Do có thành tích ..., trường được tặng": what it is given for */
		else if ((tok_is(x, from, "do") || tok_is(x, from, "vì") || tok_is(x, from, "nhờ")) && !cause->len)
			*cause = reason_span(x, from, k);
		/* "Với những thành tích xuất sắc ...,": a reason when it reads as one */
		else if (tok_is(x, from, "với") && !cause->len && (*cause = reason_span(x, from + 1, k)).len)
			;
		/* "Tại Isleta Pueblo, New Mexico, Vua Albert I đã trao": a place, or
		 * words that name no one, before a person with a title; "Sáng
		 * nay, 3/2, ...": a date alone */
		else if (!TOK_IN(x, from, openers) && names_place(x, from) != k - from &&
			 !(k - from == 1 && digits_at(x, from)) &&
			 !(unknown_name(x, from, k) && titled_person(x, k + 1, verb)))
			break;
		from = k + 1;
	}
	/* "ông giữ chức X, trong thời gian này ông được tặng": the subject after
	 * an opener that starts the last part */
	for (k = verb - 1; k > from && !tok_is_punct(x, k, ','); k--)
		;
	if (k > from && (m = bare_opener(x, k + 1, verb)))
		from = k + 1 + m;
	/* "đã được": words of the verb, not of the subject ("Văn Ký" is a name) */
	while ((m = tok_list_before(x, from, verb, auxiliaries, NELEM(auxiliaries))) &&
	       (!x->t[verb - m].upper || verb - m == from))
		verb -= m;
	*a = from;
	*b = verb;
}

/* ---- One sentence ---- */

struct found {
	void (*fn)(const struct award *a, void *ctx);
	void *ctx;
	struct parts *parts;
	size_t n; /* awards of the sentence so far */
	/* the tokens of the last subject that received, for a clause that
	 * goes on without one ("... được tặng A và năm 2010 được tặng B") */
	int who, who_end;
	struct span last_by; /* the giver of the clause before, for one that has none */
	struct span cause;   /* the reason that opened the clause of who */
};

static void emit(struct tokens *x, const struct item *it, struct found *out)
{
	struct award a;

	if (out->n == AWARD_MAX)
		return;
	out->n++;
	a.text = tok_span(x, it->first, it->end);
	a.value = it->value;
	a.by = it->by;
	a.to = out->parts->to + it->to;
	a.nto = it->nto;
	a.reason = out->parts->reason + it->reason;
	a.nreason = it->nreason;
	out->fn(&a, out->ctx);
}

/* Gives it the recipients and reasons of from, when it has none of its own. */
static void share(struct item *it, const struct item *from)
{
	if (!it->nto) {
		it->to = from->to;
		it->nto = from->nto;
	}
	if (!it->nreason && !it->unreasoned && !from->field) {
		it->reason = from->reason;
		it->nreason = from->nreason;
	}
}

/* The giver named by the subject a..b of a verb that gives, without
 * "Đồng chí" or "ông": the words up to a comma, a parenthesis, a dash
 * after a person's name or title ("Đồng chí Nguyễn Nam Đình - Ủy viên ..."
 * is Nguyễn Nam Đình) or a verb of another clause ("Eisenhower ký một bản
 * ghi nhớ trao tặng"), without verbs joined to the giving one ("Bộ Y tế
 * khen thưởng và tặng"). A body's name keeps its dashes ("Bộ Giáo dục -
 * Đào tạo"). "X được nhận nhiều phần thưởng do Y trao tặng" has the giver
 * Y, and X goes to subj as whom. */
static struct span giver(struct tokens *x, int a, int b, struct item *subj)
{
	int k, m, d, j;

	for (d = b - 1; d > a && !(tok_is(x, d, "do") && !x->t[d].upper); d--)
		;
	if (d > a && d + 1 < b) {
		for (k = a; k < d && !tok_is(x, k, "được") && !tok_is(x, k, "nhận"); k++)
			;
		if (k < d) {
			while ((m = tok_list_before(x, a, k, auxiliaries, NELEM(auxiliaries))) && !x->t[k - m].upper)
				k -= m;
			if (!recipients(x, a, k, subj, 0))
				recipients(x, a, k, subj, LOOSE);
			subj->nreason = 0;
		}
		/* "do Chính phủ, Bộ Giao thông vận tải và các đoàn thể trao tặng": all of them */
		a = d + 1;
		while (b > a && x->t[b - 1].punct)
			b--;
		return tok_span(x, a, b);
	}
	/* "Đồng chí X, Bí thư Tỉnh ủy, thay mặt Ban Thường vụ Tỉnh ủy tặng": whom X stands for */
	for (k = a; k + 2 < b; k++)
		if ((m = tok_phrase(x, k, "thay mặt")) && k + m < b) {
			a = k + m;
			break;
		}
	if ((m = names_honorific(x, a)) && a + m < b)
		a += m;
	for (k = a; k < b && !tok_is_punct(x, k, ',') && !tok_is_punct(x, k, '('); k++) {
		if (tok_is_punct(x, k, '-') && !names_body(x, a) &&
		    !(tok_phrase(x, k - 2, "thi đua") && tok_phrase(x, k + 1, "khen thưởng")))
			break;
		if (k > a && !x->t[k].upper && TOK_IN(x, k, giver_stops))
			break;
	}
	/* "Ban Thường vụ Huyện ủy khen thưởng 9 tổ chức ... và tặng": a verb
	 * of giving with its own object before the one that gives this award
	 * ends the giver's name */
	for (j = a + 1; j < k; j++)
		if (!x->t[j].upper && (m = TOK_IN(x, j, active_verbs)) && j + m < k - 1 &&
		    tok_is(x, k - 1, "và")) {
			for (k = j; (m = tok_list_before(x, a + 1, k, auxiliaries, NELEM(auxiliaries)));)
				k -= m;
			break;
		}
	for (;;) {
		if (k - 1 > a && tok_is(x, k - 1, "và"))
			k--;
		else if (((m = tok_list_before(x, a, k, active_verbs, NELEM(active_verbs))) ||
			  (m = tok_list_before(x, a, k, ceremony_words, NELEM(ceremony_words)))) &&
			 k - m >= a && (!x->t[k - m].upper || (k - m > a && TOK_IN(x, k - m, ceremonies) == m)))
			/* "Lễ" in capitals too: "Đảng ủy Khối tổ chức Lễ trao ..." */
			k -= m;
		else
			break;
	}
	return tok_span(x, a, k);
}

/* Whom a subject a..b that receives names: its recipients, and when it is
 * one name followed by words that describe it, with no verb, number or
 * award ("Đảng bộ, nhân dân và lực lượng vũ trang huyện Mỹ Hòa", "ông A,
 * nguyên cán bộ xã", "Nhiều nghệ sĩ của Nhà hát"), the name and those words. */
static void subject_recipients(struct tokens *x, int a, int b, struct item *subj)
{
	struct award_recipient *r;
	struct item title;
	size_t e;
	int k, j;

	/* "Viện có 81 người được giải Nobel, 52 người nhận ...": after a clause
	 * of its own, the last part of the subject, counted, is whom */
	for (j = b - 1; j > a && !tok_is_punct(x, j, ',') && !tok_is_punct(x, j, ')') && !tok_is(x, j, "và"); j--)
		;
	if (j > a && j + 1 < b && (digits_at(x, j + 1) || tok_is(x, j + 1, "có")))
		for (k = a + 1; k < j; k++)
			/* "có 3 cá nhân Anh hùng Lao động, 2 nhóm tác giả được tặng":
			 * the groups before hold titles; the last is whom */
			if ((!x->t[k].upper && (tok_is(x, k, "được") || tok_is(x, k, "bị"))) ||
			    (digits_at(x, j + 1) && award_at(x, k, &title))) {
				a = j + 1;
				break;
			}
	/* "có 2 tập thể, 3 cá nhân được tặng ...", "Huyện có 120 người được
	 * tặng ...", "Toàn tỉnh có 96,5% khu dân cư đạt ...": whom "có" counts */
	for (k = a; k + 1 < b; k++)
		if (tok_is(x, k, "có") && !x->t[k].upper &&
		    (numeral_at(x, k + 1, &(struct numeral){0}) || percent_at(x, k + 1) ||
		     TOK_IN(x, k + 1, determiners) || k == a)) {
			a = k + 1;
			break;
		}
	if (tok_is(x, a, "có") && a + 1 < b)
		a++;
	if (!recipients(x, a, b, subj, 0) && !recipients(x, a, b, subj, LOOSE))
		return;
	/* Words after the names in the subject describe them; they are
	 * not what the award is given for. */
	subj->nreason = 0;
	r = &subj->parts->to[subj->to];
	if (subj->nto != 1)
		return;
	e = r->text.start + r->text.len;
	for (k = a; k < b && x->t[k].end <= e; k++)
		;
	if (k >= b || !(tok_is_punct(x, k, ',') || tok_is(x, k, "và") ||
			(tok_is(x, k, "của") && tok_is_word(x, k + 1) && x->t[k + 1].upper)))
		return;
	/* "14 sĩ quan và thủy thủ": one count over both nouns */
	if (r->count.mant >= 0) {
		if (!tok_is(x, k, "và"))
			return;
		for (j = k + 1; j < b && tok_is_word(x, j) && !x->t[j].upper; j++)
			;
		if (j < b || j == k + 1)
			return;
	}
	for (j = k; j < b; j++)
		if (digits_at(x, j) || (tok_is_word(x, j) && !x->t[j].upper && TOK_IN(x, j, clause_verbs)) ||
		    (x->t[j].punct && x->t[j].punct != ',' && x->t[j].punct != '-') || award_at(x, j, &title))
			return;
	while (b > k && (x->t[b - 1].punct || tok_is(x, b - 1, "và")))
		b--;
	if (b <= k)
		return;
	r->text.len = x->t[b - 1].end - r->text.start;
}

/* "đợt 3/2", "đợt I năm 2025", "đợt này" after an award: the round it is given in,
 * before whom it goes to. Its tokens, or 0. */
static int instalment(struct tokens *x, int k)
{
	const struct token *t;
	size_t len;
	int m = 2;

	if (!tok_is(x, k, "đợt") || !tok_is_word(x, k + 1))
		return 0;
	t = &x->t[k + 1];
	if (!(vn_is_digit(x->s[t->start]) || tok_is(x, k + 1, "này") ||
	      (numeral_roman(x->s + t->start, t->end - t->start, &len) && len == t->end - t->start)))
		return 0;
	if (tok_is(x, k + m, "năm") && tok_is_word(x, k + m + 1) && vn_is_digit(x->s[x->t[k + m + 1].start]))
		m += 2;
	return m;
}

/* "5 năm liền", "3 năm liên tục (2023 - 2025)" after a title: how long it
 * was earned, before whom it goes to. Its tokens, or 0. */
static int years_running(struct tokens *x, int k)
{
	static const char *const running[] = {"liền", "liên tục", "liên tiếp"};
	int m, j;

	if (!digits_at(x, k) || !tok_is(x, k + 1, "năm") || !(m = TOK_IN(x, k + 2, running)))
		return 0;
	j = k + 2 + m;
	/* the years in brackets after it */
	if (tok_is_punct(x, j, '(')) {
		for (m = j + 1; m < x->n && m <= j + 6 && !tok_is_punct(x, m, ')'); m++)
			;
		if (m < x->n && tok_is_punct(x, m, ')'))
			j = m + 1;
	}
	return j - k;
}

/* After an award, the rest of its name and "cho" ("Huân chương Tình hữu
 * nghị cho Đại sứ", "Huân chương An ninh Quốc gia cho ..."): the tokens up
 * to after "cho", or 0. */
static int name_then_cho(struct tokens *x, int k, int end)
{
	int i;

	if (!tok_is_word(x, k) || !x->t[k].upper)
		return 0;
	for (i = k; i < end && i < k + 8 &&
		    (tok_is_word(x, i) || tok_is_punct(x, i, '-') || tok_is_punct(x, i, '"') || tok_is_punct(x, i, 'c'));
	     i++) {
		if (tok_is(x, i, "cho"))
			return i + 1 - k;
		if (!x->t[i].upper && (names_end(x, i) || TOK_IN(x, i, active_verbs)))
			return 0;
	}
	return 0;
}

/* Whether whom an award goes to may stand right after it without "cho":
 * counted or under "các" ("tặng Bằng khen 5 tập thể"), or a person with a
 * title or "ông" ("trao Huân chương đồng chí A"); a capitalised word there
 * is more often the rest of the award's name ("Huân chương Mặt trời mọc"). */
static bool recipient_first(struct tokens *x, int k, int end)
{
	struct award_recipient r;

	return group_at(x, k, end, &r, LISTS_ONLY) || person_group(x, k, end, &r, true);
}

/* After an award with a class, at separator k: another class of the same
 * order ("hạng Ba, hạng Nhì", "hạng Nhì và Ba"), read into *next as an
 * award of its own. */
static bool another_class(struct tokens *x, int k, const struct item *it, struct item *next)
{
	size_t w;
	int m, c = k + 1;

	if (!is_separator(x, k))
		return false;
	if (tok_is_punct(x, k, ',') && tok_is(x, c, "và"))
		c++;
	if (!(m = name_at(x, c, classes, NELEM(classes), &w))) {
		if (!(m = name_at(x, c, bare_classes, NELEM(bare_classes), &w)) || tok_is_word(x, c + m))
			return false;
		*next = *it;
		memcpy(next->value + it->base + 1, bare_classes[w].value, strlen(bare_classes[w].value) + 1);
	} else {
		*next = *it;
		memcpy(next->value + it->base + 1, classes[w].value, strlen(classes[w].value) + 1);
	}
	next->lead = next->first = c;
	next->end = c + m;
	return true;
}

/* The awards the verb v gives over tokens v.end..end, its subject after from. */
/* Verbs after whose object the verb of receiving is that object's:
 * "chúc mừng đồng chí B vinh dự nhận ...". */
static const char *const congratulating[] = {"chúc mừng", "biểu dương", "khen ngợi", "tuyên dương", "chứng kiến"};

static void conferral(struct tokens *x, int from, const struct verb *v, int end,
		      struct found *out)
{
	struct item items[AWARD_MAX], subj, other, *it;
	struct span on_behalf, by, cause;
	int n = 0, k, a, b, i, m, rend;

	/* The awards this verb gives: the first after it, and each one after a
	 * separator; "hạng Ba, hạng Nhì" after one is another of the same order. */
	for (k = v->end; k < end && n < AWARD_MAX; k++)
		if ((n == 0 || is_separator(x, k - 1)) && award_at(x, k, &items[n])) {
			items[n].parts = out->parts;
			k = items[n++].end;
			while (n < AWARD_MAX && items[n - 1].base && k < end && another_class(x, k, &items[n - 1], &items[n]))
				k = items[n++].end;
			k--;
		}
	if (!n || not_given_before(x, from, v->start))
		return;
	subject(x, from, v->start, &a, &b, &on_behalf, &cause);
	memset(&subj, 0, sizeof subj);
	subj.parts = out->parts;
	if (v->mode == ACTIVE) {
		by = on_behalf.len ? on_behalf : giver(x, a, b, &subj);
		/* "Chính phủ tặng Bằng khen (năm 2010), tặng Cờ thi đua năm 2011": the same giver */
		if (!by.len && a >= b)
			by = out->last_by;
		out->last_by = by;
		/* "tặng 5 tập thể Bằng khen", "trao cho ông A Huân chương ..." */
		if (items[0].lead > v->end + 1 && tok_is(x, v->end, "cho")) {
			recipients(x, v->end + 1, items[0].lead, &subj, LOOSE);
			subj.nreason = 0;
		} else if (items[0].lead > v->end) {
			recipients(x, v->end, items[0].lead, &subj, 0);
		}
	} else {
		/* "Bằng khen của Thủ tướng được tặng cho ...": a rule about the award. */
		for (k = a; k < b; k++)
			if (award_at(x, k, &other) && other.kind != TITLE)
				return;
		/* "Trong số các đảng viên được trao Huy hiệu đợt này, có 2 đồng
		 * chí ...": the set that the clause after counts from, given
		 * nothing of its own */
		if (tok_phrase(x, a, "trong số"))
			return;
		by = v->agent;
		/* "A chúc mừng đồng chí B vinh dự nhận ...": who receives is the
		 * one congratulated, and "Thay mặt ..." before is A's */
		for (k = a; k < b; k++)
			if (!x->t[k].upper && (m = TOK_IN(x, k, congratulating)) && k + m < b) {
				a = k + m;
				on_behalf.len = 0;
				break;
			}
		if (on_behalf.len) {
			struct award_recipient r = {{-1, 0}, on_behalf};

			add_recipient(&subj, &r);
		} else {
			if ((m = TOK_IN(x, a, stand_ins)) && a + m < b)
				a += m;
			/* "và năm 2010 được tặng": the subject of the clause before */
			while (a < b && (tok_is(x, a, "và") || tok_is_punct(x, a, ',')))
				a++;
			while (a < b && (m = bare_opener(x, a, b + 1)))
				a += m;
			/* "Buổi lễ ... đón nhận huân chương": the ceremony, no recipient */
			if (a < b && TOK_IN(x, a, ceremonies))
				a = b;
			/* "... và là người đầu tiên nhận được": the same subject */
			if ((a >= b || tok_is(x, a, "là")) && out->who_end > out->who && out->who_end <= v->start) {
				a = out->who;
				b = out->who_end;
				/* "Do có thành tích ..., năm 2005 X được tặng A và năm 2010 được tặng B" */
				if (!cause.len)
					cause = out->cause;
			}
			subject_recipients(x, a, b, &subj);
			if (subj.nto) {
				out->who = a;
				out->who_end = b;
				out->cause = cause;
			}
		}
	}

	for (i = 0; i < n; i++) {
		it = &items[i];
		rend = i + 1 < n ? items[i + 1].lead : end;
		while (rend > it->end && is_separator(x, rend - 1))
			rend--;
		k = it->end + giver_after(x, it->end, rend, &it->by);
		k += instalment(x, k);
		k += years_running(x, k);
		if (!it->by.len)
			it->by = by;
		if (k >= rend)
			continue;
		if ((m = tok_phrase(x, k, "cho")) || (m = tok_phrase(x, k, "đối với")) ||
		    (m = tok_phrase(x, k, "tới")))
			recipients(x, k + m, rend, it, LOOSE);
		else if (v->mode == ACTIVE && (m = name_then_cho(x, k, rend)))
			/* "Huân chương Tình hữu nghị cho Đại sứ": the rest of the award's name, then whom */
			recipients(x, k + m, rend, it, LOOSE);
		else if (v->mode != ACTIVE || !recipient_first(x, k, rend) || !recipients(x, k, rend, it, 0)) {
			struct span r = reason_span(x, k, rend);

			/* "Huân chương Lao động hạng Ba, năm 1986; ...": words of its own
			 * that give no reason; it takes none of the next award's */
			it->unreasoned = !r.len;
			/* a prize's field ("về văn học"), or the period of a title
			 * ("trong thời kỳ đổi mới"): its own, not the list's */
			it->field = (it->kind == PRIZE && tok_is(x, k, "về")) || tok_phrase(x, k, "trong thời kỳ") ||
				    tok_phrase(x, k, "thời kỳ");
			add_reason(it, r);
		}
	}
	/* "Cờ thi đua cho 03 tập thể; Bằng khen cho ... có thành tích ...": what
	 * the list ends with is said of every award in it. */
	for (i = n - 2; i >= 0; i--)
		share(&items[i], &items[i + 1]);
	/* "Do có thành tích ..., trường được tặng A, B": the reason of them all */
	memset(&other, 0, sizeof other);
	other.parts = out->parts;
	add_reason(&other, cause);
	for (i = 0; i < n; i++) {
		share(&items[i], &subj);
		if (!items[i].nreason) {
			items[i].reason = other.reason;
			items[i].nreason = other.nreason;
		}
		emit(x, &items[i], out);
	}
}

/* "Một Huân chương Chiến công được trao cho Đại đội 3": a counted award,
 * the subject of the passive verb v from token a, given to whom "cho"
 * names, to the clause's end. Whether it was one. */
static bool award_subject(struct tokens *x, int a, const struct verb *v, struct found *out)
{
	struct numeral count;
	struct item it;
	int k = a, m, end;

	/* "một" is a count here, though numeral_parse leaves it as an article */
	if (v->mode != PASSIVE || !tok_is(x, v->end, "cho") ||
	    !((m = numeral_at(x, k, &count)) || (m = tok_phrase(x, k, "một"))) || !award_at(x, k + m, &it))
		return false;
	k = it.end;
	while ((m = TOK_IN(x, k, auxiliaries)) && k + m <= v->start)
		k += m;
	if (k != v->start)
		return false;
	for (end = v->end + 1; end < x->n && !tok_is_punct(x, end, ';') && !tok_is_punct(x, end, '.'); end++)
		;
	it.parts = out->parts;
	it.by = v->agent;
	recipients(x, v->end + 1, end, &it, LOOSE);
	emit(x, &it, out);
	return true;
}

/* The awards in the tokens of x, verb by verb. */
/* An item of a list of awards, with no verb: "- Đồng chí Nguyễn Văn Tỵ,
 * đảng viên Chi bộ khu 1: Huy hiệu 70 năm tuổi Đảng;", whom before the
 * colon, the award after it to the clause's end. */
static void listed_award(struct tokens *x, struct found *out)
{
	struct item it, subj;
	enum names_title_kind kind;
	int colon, a = 0, k;
	size_t mark;

	for (colon = 1; colon < x->n && !tok_is_punct(x, colon, ':'); colon++)
		if (x->t[colon].punct == ';' || x->t[colon].punct == '.')
			return;
	memset(&it, 0, sizeof it);
	it.parts = out->parts;
	if (colon >= x->n || !award_at(x, colon + 1, &it))
		return;
	k = it.end + giver_after(x, it.end, x->n, &it.by);
	if (!(k == x->n || tok_is_punct(x, k, ';') || tok_is_punct(x, k, '.')))
		return;
	mark = vn_item_mark_len(x->s, x->t[x->n - 1].end);
	while (mark && a < colon && x->t[a].end <= mark)
		a++;
	/* whom: a person with an honorific or a title, a count, a body; not
	 * "Lưu ý:", "Năm 2020:" */
	if (!names_honorific(x, a) && !names_title(x, a, &kind) && !names_body(x, a) &&
	    !(digits_at(x, a) && tok_is_word(x, a + 1) && !x->t[a + 1].upper))
		return;
	memset(&subj, 0, sizeof subj);
	subj.parts = out->parts;
	subject_recipients(x, a, colon, &subj);
	if (!subj.nto)
		return;
	share(&it, &subj);
	emit(x, &it, out);
}

static void awards_in(struct tokens *x, struct found *out)
{
	struct verb v[2];
	int cur = -1, from = 0, i, last_sep = -1, last_stop = -1;

	for (i = 0; i < x->n; i++) {
		struct verb *w = &v[cur == 0];
		/* "Trong số các đảng viên được trao Huy hiệu đợt này có 2 đồng
		 * chí nhận ...": "có" opens the clause that counts from the set */
		if (is_separator(x, i) || tok_is_punct(x, i, ':') ||
		    (cur >= 0 && tok_is(x, i, "có") && tok_phrase(x, from, "trong số"))) {
			last_sep = i;
			if (tok_is_punct(x, i, ';') || tok_is_punct(x, i, ':'))
				last_stop = i;
			continue;
		}
		if (!verb_at(x, i, w))
			continue;
		i = w->end - 1;
		/* A later verb gives awards of its own only in a clause of its own;
		 * "đạt" after a recipient is the reason it gets one. */
		if (cur >= 0 && (last_sep < v[cur].end || tok_phrase(x, w->start, "đạt")))
			continue;
		if (!gives_award(x, w)) {
			if (cur < 0)
				award_subject(x, last_sep + 1, w, out);
			continue;
		}
		if (cur >= 0) {
			/* "...; 05 phường, xã được phong tặng ...": the clause begins at the semicolon */
			if (last_stop > v[cur].end)
				last_sep = last_stop;
			conferral(x, from, &v[cur], last_sep, out);
			from = last_sep + 1;
		}
		cur = (int)(w - v);
	}
	if (cur >= 0)
		conferral(x, from, &v[cur], x->n, out);
	else
		listed_award(x, out);
}

/* The filter award_maybe asks: every award name holds a family's name, a
 * title's, or "danh hiệu"; built from those tables on first use. */
static const struct phrase_filter *award_filter(void)
{
	static struct phrase_filter f;
	static bool built;
	size_t k;

	if (!built) {
		for (k = 0; k < NELEM(families); k++)
			filter_add(&f, families[k].words);
		for (k = 0; k < NELEM(titles); k++)
			filter_add(&f, titles[k].words);
		filter_add(&f, "danh hiệu");
		filter_ready(&f);
		built = true;
	}
	return &f;
}

/* Whether the sentence is a point of a law's list, "a) Đã được tặng
 * thưởng Huân chương ...;": a criterion for an award, none given. */
static bool criterion(const struct tokens *x)
{
	const struct token *t = &x->t[0];

	return x->n > 2 && tok_is_punct(x, 1, ')') && t->end - t->start <= 2 && !t->upper &&
	       !vn_is_digit((unsigned char)x->s[t->start]) &&
	       vn_word_char_len(x->s + t->start, t->end - t->start) == t->end - t->start;
}

bool award_maybe(const char *s, size_t n)
{
	return filter_maybe(award_filter(), s, n);
}

size_t award_find(const char *s, size_t n, void (*found)(const struct award *a, void *ctx), void *ctx)
{
	struct tokens x;
	struct parts parts;
	struct found out = {found, ctx, &parts, 0, 0, 0, {0, 0}, {0, 0}};
	size_t from = 0, stop;

	if (!award_maybe(s, n))
		return 0;
	while (from < n && out.n < AWARD_MAX) {
		stop = tokenize_clauses(&x, s, from, n);
		if (from == 0 && criterion(&x))
			return 0;
		parts.nto = parts.nreason = 0;
		out.who = out.who_end = 0;
		out.last_by.len = out.cause.len = 0;
		awards_in(&x, &out);
		from = stop;
	}
	return out.n;
}
