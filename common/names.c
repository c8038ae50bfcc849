/* names.c: the words around names of people and bodies, and where the names end. */
#include "names.h"
#include "compose.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <limits.h>
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
	"liên đoàn", "đại học", "bệnh viện", "báo", "đài", "hãng", "tạp chí", "thông tấn xã", "đảng bộ", "chi bộ", "đảng ủy",
	"huyện ủy", "thành ủy", "tỉnh ủy", "quận ủy", "thị ủy", "hđnd", "huyện", "xã", "tỉnh",
	"thành phố", "tổ", "đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán", "đoàn đại biểu quốc hội",
	"đoàn đbqh", "trang thông tin điện tử", "trang tin điện tử", "cổng thông tin điện tử",
	"đoàn tncs", "đoàn thanh niên", "tỉnh đoàn", "thành đoàn", "huyện đoàn", "quận đoàn", "thị đoàn",
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

/* Words in lower case that go on inside the name of a body that issues or
 * gives: "Ủy ban nhân dân tỉnh", "Ban Chấp hành Đảng bộ tỉnh", "Thủ tướng
 * chính phủ". Fewer than the lexicon's body words (BODY_WORD), which a title
 * may run on with ("Bí thư Đảng ủy Khối các cơ quan"): a name that issues a
 * document stops before "các" or "cấp". */
static const char *const issuer_words[] = {
	"nhân dân", "tỉnh", "huyện", "xã", "thành phố", "thị xã", "quận", "phường", "thị trấn",
	"nước", "chính phủ", "trung ương", "đảng", "thường vụ", "quốc hội", "tối cao", "các cơ quan", "cơ quan",
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
	"năm", "giai đoạn", "nhiệm kỳ", "tại", "diễn ra",
};

/* By the lexicon, at the end of the file. */
static int issuer_word(const struct tokens *x, int i);
static int proper_end(const struct tokens *x, int i);

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

	if (!tok_is_word(x, a) || (!x->t[a].upper && !issuer_word(x, a)))
		return a;
	while (k < end && tok_is_word(x, k)) {
		/* a place's name is whole: no small syllable of it follows
		 * ("Bộ Nội vụ Việt Nam đặt ..."), as one may a capital ("Bộ
		 * Quốc phòng") */
		if (x->t[k].upper && (m = names_place(x, k)) && k + m <= end) {
			after_capital = false;
			k += m;
			continue;
		}
		if (x->t[k].upper) {
			after_capital = true;
			k++;
			continue;
		}
		if ((m = issuer_word(x, k))) {
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
		if (!after_capital || names_end(x, k) || proper_end(x, k))
			break;
		after_capital = false;
		k++;
	}
	return k;
}

/* Whether the dash at token k goes on the name of the body that starts at
 * token a ("Sở Văn hóa - Thể thao và Du lịch", "Ban Thi đua - Khen
 * thưởng"): a capital follows that starts no body, title or person. */
static bool body_dash(const struct tokens *x, int a, int k)
{
	enum names_title_kind kind;
	bool common;

	return names_body(x, a) && tok_is_word(x, k + 1) && x->t[k + 1].upper && !names_body(x, k + 1) &&
	       !names_title(x, k + 1, &kind) && !names_honorific(x, k + 1) && !names_surname(x, k + 1, &common);
}

struct span names_subject(const struct tokens *x, int a, int b)
{
	int k, m;

	if ((m = names_honorific(x, a)) && a + m < b)
		a += m;
	for (k = a; k < b && !tok_is_punct(x, k, ',') && !tok_is_punct(x, k, '('); k++)
		if (tok_is_punct(x, k, '-') && !body_dash(x, a, k))
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

size_t names_byline_title(const char *s, size_t n)
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

/* ---- The lexicon of people: family names, titles, places ---- */

/* Family names: the commonest first, which a name split from the words before
 * it begins with by preference. */
static const char *const common_surnames[] = {
	"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng",
	"bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "đào", "đoàn", "trương",
	"trịnh", "lương",
};

/* People of note whose whole name begins with no family name of the lists
 * above: revolutionary and pen names (facts). */
static const char *const aliases[] = {
	"trường chinh", "tố hữu", "xuân thủy", "sóng hồng", "song hào", "văn tiến dũng", "văn cao", "nam cao",
	"thép mới", "xuân diệu", "huy cận", "tú mỡ", "chế lan viên", "quang dũng", "xuân quỳnh", "chính hữu",
};

static const char *const surnames[] = {
	"lưu", "lâm", "phùng", "tô", "hà", "tạ", "cao", "châu", "chu", "quách", "thái",
	"triệu", "tăng", "kiều", "kim", "khúc", "khổng", "la", "lại", "lục", "mạc",
	"mạch", "nghiêm", "phí", "quan", "tôn thất", "tôn nữ", "tôn", "tống", "từ", "vi",
	"vy", "âu", "bạch", "bế", "cù", "diệp", "doãn", "đàm", "đồng", "giang", "giáp",
	"hàn", "hầu", "hứa", "khương", "lã", "lò", "lường", "lữ", "nông", "ninh",
	"phương", "quản", "sầm", "thạch", "thân", "thiều", "tiêu", "trình",
	"ung", "uông", "vương", "cầm", "điêu", "giàng", "sùng", "thào", "vàng", "mùa",
	"lầu", "chẩu", "quàng", "bàn", "ksor", "siu", "kpă", "rơ mah", "rmah", "y",
	"lí", "ngụy", "mẫn", "liêu", "tào", "mao", "tưởng", "ôn", "tập", "khâu", "lỗ",
	"hạ", "mai", "lạc", "mông", "tiền", "cà", "tòng", "khà", "lèo", "vừ", "hờ", "tẩn",
	"phàn", "chảo", "pờ", "lù", "rah lan", "rơ lan", "rơ châm", "rcom", "puih", "điểu", "đổng", "viên",
};

/* Offices; "Phó" before any of them is read by names_title. */
static const char *const offices[] = {
	"tổng bí thư", "bí thư thứ nhất", "bí thư", "ủy viên dự khuyết", "uỷ viên dự khuyết",
	"ủy viên", "uỷ viên", "thường trực ban bí thư", "chủ tịch", "thủ tướng",
	"bộ trưởng", "thứ trưởng", "trưởng ban", "phó ban", "trưởng đoàn", "trưởng phòng", "trưởng khoa",
	"trưởng thôn", "trưởng ấp", "trưởng bản", "trưởng công an", "chủ nhiệm", "chánh án",
	"viện trưởng", "đại sứ", "tổng lãnh sự", "lãnh sự", "tham tán công sứ", "tham tán", "giám đốc", "tổng giám đốc",
	"cục trưởng", "vụ trưởng", "tổng cục trưởng", "hiệu trưởng", "chánh văn phòng",
	"chi cục trưởng", "chi cục phó", "cục phó", "vụ phó", "viện phó", "hiệu phó",
	"thuyền trưởng", "thuyền phó", "máy trưởng",
	"chánh thanh tra", "tổng thanh tra", "tổng kiểm toán", "kiểm toán trưởng",
	"tổng thư ký", "thư ký", "tổng biên tập", "chính ủy", "chính uỷ", "tư lệnh",
	"tổng tư lệnh", "tổng tham mưu trưởng", "tham mưu trưởng", "chỉ huy trưởng",
	"chính trị viên", "sư đoàn trưởng", "trung đoàn trưởng", "lữ đoàn trưởng",
	"tiểu đoàn trưởng", "đại đội trưởng", "đồn trưởng", "thủ trưởng", "kế toán trưởng",
	"tổng thống", "quốc vương", "nhà vua", "vua", "hoàng đế", "nữ hoàng", "thái thượng hoàng",
	"công sứ", "khâm sai", "đội trưởng", "đội phó", "tổ trưởng", "tổ phó", "nhóm trưởng",
	"trưởng nhóm", "trưởng trạm", "trạm trưởng", "quản đốc", "trưởng khu phố", "trưởng xóm",
	"xã đội trưởng", "trưởng ngành", "trưởng đài", "trưởng trại", "trại trưởng", "phó phòng",
	"phó văn phòng", "trưởng văn phòng", "phó khoa", "trưởng đại diện", "phó đại diện",
	"đại diện thường trú",
	"hoàng hậu", "thái hậu", "thái tử", "hoàng tử", "công chúa", "lãnh chúa", "chúa", "quốc trưởng",
	"ngoại trưởng", "thủ hiến", "thống đốc", "thị trưởng", "tỉnh trưởng", "quận trưởng",
	"thượng nghị sĩ", "hạ nghị sĩ", "nghị sĩ", "đại biểu", "chủ tọa", "trợ lý",
	"người phát ngôn", "phát ngôn viên", "giáo hoàng", "tổng đốc", "tuần phủ",
	"bố chánh", "án sát", "khâm sứ", "thống sứ", "chánh tổng", "lý trưởng",
	/* offices of the past */
	"tri huyện", "tri phủ", "tri châu", "thượng thư", "tham tri", "thị lang", "tổng trấn",
	"hiệp trấn", "kinh lược sứ", "lãnh binh", "đốc binh", "quản cơ", "thái thú", "tiết độ sứ",
	"thứ sử",
	"tể tướng", "thừa tướng", "tướng quân", "tướng", "đặc phái viên",
	"thẩm phán", "chánh tòa", "hội thẩm", "kiểm sát viên", "điều tra viên", "thanh tra viên",
	"tỉnh ủy viên", "tỉnh uỷ viên", "thành ủy viên", "thành uỷ viên", "huyện ủy viên",
	"huyện uỷ viên", "quận ủy viên", "đảng ủy viên", "đảng uỷ viên", "chi ủy viên",
	/* as the press cuts them short: "UVTW Đảng", "UVBTV Tỉnh ủy", "TUV", "TGĐ" */
	"uvtw", "uvbct", "uvbtv", "uv btv", "uvbch", "tuv", "huv", "đbqh", "tgđ", "ptgđ", "pgđ", "tổng gđ",
};

/* Posts of teaching, research and the civil service: offices, with their
 * body, but words common enough that before a name they take a full name
 * right after them (names_post). */
static const char *const posts[] = {
	"giảng viên chính", "giảng viên cao cấp", "giảng viên", "giáo viên", "nghiên cứu viên",
	"chuyên viên chính", "chuyên viên cao cấp", "chuyên viên", "hội viên",
};

static const char *const ranks[] = {
	"đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá",
	"trung tá", "thiếu tá", "đại úy", "đại uý", "thượng úy", "thượng uý", "trung úy",
	"trung uý", "thiếu úy", "thiếu uý", "chuẩn úy", "chuẩn uý", "phó đô đốc",
	"chuẩn đô đốc", "đô đốc", "phó đề đốc", "đề đốc", "nguyên soái", "thống chế", "thượng sĩ", "trung sĩ", "hạ sĩ",
};

/* Degrees and honours written out; the abbreviations are degree_words. */
static const char *const degrees[] = {
	"giáo sư", "phó giáo sư", "tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ", "bác sĩ",
	"bác sỹ", "kỹ sư", "kĩ sư", "dược sĩ", "luật sư", "viện sĩ",
	"nhà giáo nhân dân", "nhà giáo ưu tú", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú",
	"thầy thuốc nhân dân", "thầy thuốc ưu tú", "nghệ nhân nhân dân", "nghệ nhân ưu tú",
	"anh hùng lao động", "anh hùng lực lượng vũ trang nhân dân",
};

/* GS., PGS.TS., ThS., NSND: written with a capital, joined by '.' or '-'. */
static const char *const degree_words[] = {
	"gs", "pgs", "ts", "ths", "tskh", "bs", "bsck", "bscki", "bsckii", "ncs",
	"ls", "ds", "nsnd", "nsưt", "ngnd", "ngưt", "ttnd", "ttưt", "nnnd", "nnưt",
};

static const char *const callings[] = {
	"nhà thơ", "nhà văn", "nhà báo", "nhà giáo", "nhà sử học", "nhà khoa học",
	"nhà nghiên cứu", "nhà hoạt động chính trị", "nhà hoạt động cách mạng", "nhà hoạt động xã hội",
	"nhà hoạt động nhân quyền", "nhà hoạt động", "nhà cách mạng", "nhà ngoại giao", "nhà sư",
	"nhạc sĩ", "họa sĩ", "hoạ sĩ", "nhiếp ảnh gia", "đạo diễn", "nghệ sĩ", "nghệ nhân",
	"hòa thượng", "hoà thượng", "thượng tọa", "thượng toạ", "đại đức", "ni sư",
	"linh mục", "tổng giám mục", "giám mục", "hồng y", "mục sư", "liệt sĩ",
	"thi sĩ", "học giả", "sử gia", "doanh nhân", "phóng viên", "danh họa", "danh hoạ",
	"cầu thủ", "vận động viên", "huấn luyện viên", "kỳ thủ", "ca sĩ", "diễn viên",
	"báo cáo viên", "tuyên truyền viên", "già làng",
};

static const char *const title_prefixes[] = {"nguyên", "cố", "cựu", "quyền"};


static const char *const body_words[] = {
	"tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "nước",
	"các", "cơ quan", "nhân dân", "trung ương", "đại biểu", "khối", "đảng ủy", "đảng uỷ",
	"đảng bộ", "đảng", "thường trực", "thường vụ", "chấp hành", "cán sự", "doanh nghiệp", "ngành",
	"cấp", "chi bộ", "cơ sở", "lâm thời", "quốc hội", "chính phủ", "tối cao", "quốc gia",
	"công an", "quân sự", "quân đội", "quân khu", "biên phòng", "thôn", "ấp", "bản",
	"khu phố", "tổ dân phố", "ban", "hội đồng", "ủy ban", "uỷ ban", "hội", "mặt trận",
	"tổ quốc", "việt nam", "cộng sản", "liên đoàn", "lao động", "thanh niên", "phụ nữ",
	"nông dân", "cựu chiến binh", "nhà nước", "chính quyền", "cách mạng", "hành chính",
	"công đoàn", "phụ trách", "liên bang", "đoàn", "quốc phòng", "an ninh", "ngoại giao",
	"dân tộc", "tôn giáo", "kiểm tra", "tuyên giáo", "dân vận", "tổ chức", "nội chính",
	"trường", "tập đoàn", "tổng công ty", "công ty", "ngân hàng", "bệnh viện",
	"trung tâm", "viện", "sở", "bộ", "phòng", "chi cục", "cục", "văn phòng", "đặc mệnh toàn quyền",
	"toàn quyền", "chuyên trách", "kiêm nhiệm", "phổ thông", "trung học", "tiểu học",
	"chuyên", "cao đẳng", "sư phạm", "nội trú", "dân lập", "công nghiệp", "chính trị",
	"tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "huyện uỷ", "quận ủy", "quận uỷ",
	"thị ủy", "thị uỷ", "hội đồng quản trị", "quản trị", "hội đồng nhân dân", "ủy ban nhân dân",
	"uỷ ban nhân dân", "ban chấp hành", "ban thường vụ", "ban chỉ đạo", "đảng đoàn", "thư ký",
	"ubnd", "hđnd", "mttq", "thành viên", "kiểm sát", "khoa học", "xã hội", "công nghệ",
	"nhà trường", "đề án", "nông thôn", "công nghệ thông tin",
};

/* Words of two syllables that a capitalised name writes with one capital:
 * after a capital, their second syllable is no name's. */
static const char *const compounds[] = {
	"thanh niên", "phụ nữ", "nông dân", "cộng sản", "quốc hội", "chính phủ", "nhân dân",
	"công an", "văn hóa", "văn hoá", "giáo dục", "đào tạo", "y tế", "kinh tế", "xã hội",
	"khoa học", "công nghệ", "lao động", "thương binh", "tài chính", "nội vụ", "ngoại giao",
	"tư pháp", "quốc phòng", "thông tin", "truyền thông", "xây dựng", "giao thông",
	"vận tải", "nông nghiệp", "công thương", "kế hoạch", "đầu tư", "tài nguyên",
	"môi trường", "du lịch", "thể thao", "dân tộc", "tôn giáo", "thi đua", "khen thưởng",
	"tuyên giáo", "tuyên huấn", "dân vận", "tổ chức", "kiểm tra", "nội chính", "chấp hành",
	"thường vụ", "thường trực", "chính trị", "hội đồng", "mặt trận", "tổ quốc", "liên hiệp",
	"hữu nghị", "hòa bình", "hoà bình", "độc lập", "tự do", "thống nhất", "giải phóng",
	"cách mạng", "kháng chiến", "chiến tranh", "quân sự", "quân đội", "quân khu", "hải quân",
	"không quân", "bộ đội", "biên phòng", "cảnh sát", "an ninh", "ngân hàng", "bảo hiểm",
	"điện lực", "dầu khí", "bưu điện", "phát thanh", "truyền hình", "thư viện", "bảo tàng",
	"học viện", "đại học", "bệnh viện", "trung tâm", "văn phòng", "thanh tra", "kiểm toán",
	"kiểm sát", "tòa án", "toà án", "hải quan", "thống kê", "nhà nước", "trung ương",
	"quốc gia", "quốc tế", "dân chủ", "cộng hòa", "cộng hoà", "lịch sử", "văn học",
	"nghệ thuật", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "huyện uỷ",
	"đảng ủy", "đảng uỷ", "quận ủy", "thị ủy", "quân ủy", "ủy ban", "uỷ ban", "chỉ đạo",
	"chỉ huy", "tham mưu", "hậu cần", "kỹ thuật", "công đoàn", "liên đoàn", "đoàn kết",
	"phát triển", "nông thôn", "đô thị", "sản xuất", "thương mại", "dịch vụ", "nghiên cứu",
	"tư tưởng", "cựu chiến", "chiến binh", "cộng đồng", "tiểu học", "trung học", "phổ thông", "mầm non",
	"quốc ngữ", "công giáo", "phật giáo", "tin lành", "hiến pháp", "pháp luật", "nghị quyết",
	"giáo phận", "giáo xứ", "giáo hạt", "giáo hội", "lý luận", "vũ khí", "lương thực", "hồ sơ",
	"đoàn thể", "hoàng gia", "chủ tịch", "hàn lâm", "đại biểu", "quản lý", "điều hành",
	"pháp chế", "pháp lý", "pháp y", "mỹ thuật", "mỹ nghệ", "bầu cử", "sửa đổi", "tiếng nói",
};

/* Provinces and centrally run cities, before and after the 2025 merger (the 34
 * of 2025 keep names of the 63), the older ones of history, and the cities of
 * the provinces. */
static const char *const provinces[] = {
	"hà nội", "hcm", "tphcm", "hải phòng", "đà nẵng", "cần thơ", "huế", "thừa thiên huế",
	"thừa thiên", "an giang", "bà rịa", "vũng tàu", "bắc giang", "bắc kạn", "bắc cạn",
	"bạc liêu", "bắc ninh", "bến tre", "bình định", "bình dương", "bình phước",
	"bình thuận", "cà mau", "cao bằng", "đắk lắk", "đắc lắc", "đắk nông", "điện biên",
	"đồng nai", "đồng tháp", "gia lai", "hà giang", "hà nam", "hà tĩnh", "hải dương",
	"hậu giang", "hòa bình", "hoà bình", "hưng yên", "khánh hòa", "khánh hoà",
	"kiên giang", "kon tum", "lai châu", "lâm đồng", "lạng sơn", "lào cai", "long an",
	"nam định", "nghệ an", "ninh bình", "ninh thuận", "phú thọ", "phú yên", "quảng bình",
	"quảng nam", "quảng ngãi", "quảng ninh", "quảng trị", "sóc trăng", "sơn la",
	"tây ninh", "thái bình", "thái nguyên", "thanh hóa", "thanh hoá", "tiền giang",
	"trà vinh", "tuyên quang", "vĩnh long", "vĩnh phúc", "yên bái",
	/* provinces of the past */
	"hà tây", "hà sơn bình", "nghệ tĩnh", "bình trị thiên", "vĩnh phú", "hải hưng",
	"hà nam ninh", "minh hải", "sông bé", "phú khánh", "nghĩa bình", "cửu long",
	"hà bắc", "hoàng liên sơn", "bắc thái", "cao lạng", "hà tuyên",
	"gia định", "sài gòn", "chợ lớn", "biên hòa", "biên hoà", "hà đông", "sơn tây",
	"kiến an", "hải ninh", "phúc yên", "vĩnh yên",
	/* and of the South before 1976 */
	"ba xuyên", "phong dinh", "kiến hòa", "kiến hoà", "kiến phong", "kiến tường", "định tường",
	"vĩnh bình", "phước tuy", "bình tuy", "tuyên đức", "phú bổn", "quảng tín",
	"chương thiện", "an xuyên", "hậu nghĩa", "bình long", "phước thành", "gò công", "thuận khánh",
	/* and the pairs of provinces a tổng đốc of the Nguyễn governed */
	"hà ninh", "an tĩnh", "sơn hưng tuyên", "hải an", "ninh thái", "bình phú", "nam ngãi",
	"định biên", "long tường", "an hà", "bình trị",
};

static const char *const cities[] = {
	"hạ long", "cẩm phả", "uông bí", "móng cái", "việt trì", "sông công", "phổ yên",
	"chí linh", "từ sơn", "tam điệp", "sầm sơn", "vinh", "đồng hới", "đông hà", "tam kỳ",
	"hội an", "quy nhơn", "tuy hòa", "tuy hoà", "nha trang", "cam ranh", "phan rang",
	"tháp chàm", "phan thiết", "buôn ma thuột", "pleiku", "gia nghĩa", "đà lạt",
	"bảo lộc", "long khánh", "thủ dầu một", "dĩ an", "thuận an", "đồng xoài", "tân an",
	"mỹ tho", "cao lãnh", "sa đéc", "hồng ngự", "long xuyên", "châu đốc", "rạch giá",
	"hà tiên", "phú quốc", "vị thanh", "ngã bảy", "thủ đức", "hoàng mai", "hà đông",
	"điện biên phủ", "phủ lý", "sơn tây", "hoàn kiếm", "ba đình", "đống đa", "cầu giấy",
	"hai bà trưng", "lê chân", "hồng bàng", "ngô quyền",
};

/* Countries, regions and faiths whose names begin like a family name, or that
 * stand beside titles (Mỹ also in the older spelling Mĩ). */
static const char *const countries[] = {
	"việt nam", "trung quốc", "lào", "campuchia", "cam-pu-chia", "thái lan", "hàn quốc",
	"bắc triều tiên", "triều tiên", "nhật bản", "nhật", "mỹ", "mĩ", "hoa kỳ", "pháp", "anh",
	"anh quốc", "đức", "nga", "liên xô", "ý", "tây ban nha", "bồ đào nha", "hà lan", "bỉ",
	"thụy điển", "thuỵ điển", "thụy sĩ", "thuỵ sĩ", "na uy", "đan mạch", "phần lan",
	"ba lan", "séc", "hungary", "áo", "hy lạp", "thổ nhĩ kỳ", "ấn độ", "ai cập", "cuba",
	"cu ba", "mông cổ", "singapore", "malaysia", "indonesia", "philippines", "myanmar",
	"miến điện", "úc", "canada", "israel", "iran", "iraq", "đài loan", "hồng kông",
	"ma cao", "nam phi", "la mã", "cao miên", "chiêm thành", "chân lạp", "đông dương",
	"đông nam á", "đông á", "châu âu", "châu á", "châu phi", "châu mỹ", "châu mĩ", "châu úc",
	"thái bình dương", "ấn độ dương", "hoàng sa", "trường sa", "tây nguyên", "nam bộ",
	"bắc bộ", "trung bộ", "nam kỳ", "bắc kỳ", "trung kỳ", "tây bắc", "đông bắc",
	"việt bắc", "bạch đằng", "hồng hà", "âu lạc", "văn lang", "đại việt", "đại nam",
	"ukraina", "venezuela", "argentina", "chile", "peru", "mexico", "mê-hi-cô", "brasil",
	"brazil", "colombia", "slovakia", "romania", "rumani", "bulgaria", "bungari", "serbia",
	"croatia", "belarus", "litva", "latvia", "estonia", "gruzia", "armenia", "azerbaijan",
	"kazakhstan", "uzbekistan", "afghanistan", "pakistan", "bangladesh", "sri lanka",
	"nepal", "ả rập xê út", "syria", "liban", "jordan", "kuwait", "qatar", "yemen",
	"libya", "tunisia", "algérie", "algeria", "maroc", "sudan", "ethiopia", "kenya",
	"nigeria", "ghana", "angola", "mozambique", "namibia", "zimbabwe", "tanzania",
	"uganda", "guinea", "sénégal", "mali", "congo", "madagascar", "new zealand", "brunei",
	"đông timor", "palestine", "iceland", "ireland", "scotland", "síp", "luxembourg",
	"albania", "bosnia", "slovenia", "macedonia", "moldova", "bolivia", "ecuador", "uruguay",
	"paraguay", "panama", "nicaragua", "honduras", "guatemala", "jamaica", "haiti", "tchad",
	"somalia", "rwanda", "zambia", "cameroon", "liberia", "oman", "bahrain", "bhutan",
	"vatican", "nam tư", "tiệp khắc", "đông đức", "tây đức", "trung hoa", "triều tiên",
	"australia", "cao ly", "xiêm", "mãn châu", "phổ", "áo-hung", "lầu năm góc", "chiêm",
	"âu châu", "á châu", "phi châu", "mỹ châu", "đồng minh", "phương bắc", "phương nam", "phương đông", "phương tây",
	"burundi", "eritrea", "djibouti", "benin", "niger", "gabon", "gambia", "botswana",
	"lesotho", "malawi", "mauritanie", "mauritania", "mauritius", "seychelles", "sierra leone",
	"burkina faso", "bờ biển ngà", "cabo verde", "cape verde", "comoros", "swaziland", "eswatini",
	"zaire", "rhodesia", "nam sudan", "tajikistan", "turkmenistan", "kyrgyzstan", "kosovo",
	"montenegro", "malta", "monaco", "andorra", "liechtenstein", "san marino", "el salvador",
	"costa rica", "belize", "bahamas", "barbados", "grenada", "trinidad và tobago", "guyana",
	"suriname", "fiji", "samoa", "tonga", "vanuatu", "papua new guinea", "maldives", "irak",
	"i-rắc", "i-ran", "myanma", "ả rập saudi", "uae", "lithuania", "xứ wales", "wales",
	/* spelled the Vietnamese way */
	"philippin", "philíppin", "phi-líp-pin", "inđônêxia", "in-đô-nê-xi-a", "malaixia",
	"ma-lai-xi-a", "xingapo", "xin-ga-po", "mianma", "canađa", "ca-na-đa", "hungari", "hung-ga-ri",
	"ucraina", "u-crai-na", "italia", "i-ta-li-a", "irắc", "ixraen", "ix-ra-en", "nicaragoa",
	"ôxtrâylia", "ô-xtrây-li-a", "braxin", "bra-xin", "achentina", "ác-hen-ti-na", "cô-oét",
	/* states of the past, and the older Vietnamese names of countries */
	"byzantine", "đông la mã", "tây la mã", "ottoman", "ba tư", "tích lan", "nam dương",
	"phi luật tân", "mã lai", "tân gia ba", "gia nã đại", "ý đại lợi", "nam hàn", "bắc hàn",
	/* provinces and cities of China in their Vietnamese reading */
	"bắc kinh", "thượng hải", "thiên tân", "trùng khánh", "nam kinh", "vũ hán", "quảng châu",
	"hàng châu", "tô châu", "thành đô", "tây an", "lạc dương", "khai phong", "thẩm dương",
	"đại liên", "thanh đảo", "hạ môn", "thâm quyến", "côn minh", "quế lâm", "nam ninh",
	"hồ bắc", "hồ nam", "quảng đông", "quảng tây", "phúc kiến", "chiết giang", "giang tô",
	"giang tây", "an huy", "sơn đông", "thiểm tây", "cam túc", "thanh hải", "tứ xuyên",
	"vân nam", "quý châu", "hải nam", "liêu ninh", "cát lâm", "hắc long giang", "nội mông",
	"tân cương", "tây tạng", "ninh hạ", "kim môn", "y ninh", "mạc nam", "hoàng hải",
	"cao hùng", "quan trung", "vũ xương", "từ châu", "trịnh châu", "dương châu", "phúc châu", "lan châu",
	"tây sơn", "miền nam", "miền bắc", "miền trung", "miền",
	"lý sơn", "cù lao chàm", "bạch long vĩ", "hồ gươm", "hồ tây", "do thái",
	/* cities of the world in the spellings Vietnamese uses; not those that
	 * are people's names too ("Washington", "Lincoln") */
	"paris", "luân đôn", "london", "los angeles", "new york", "niu oóc", "chicago",
	"san francisco", "boston", "tokyo", "tô-ky-ô", "osaka", "kyoto", "hiroshima", "seoul",
	"xơ-un", "bình nhưỡng", "moskva", "mát-xcơ-va", "matxcơva", "sankt-peterburg",
	"vladivostok", "berlin", "béc-lin", "roma", "madrid", "viên chăn", "viêng chăn",
	"phnôm pênh", "phnom penh", "bangkok", "băng cốc", "kuala lumpur", "jakarta", "manila",
	"new delhi", "canberra", "ottawa", "la habana", "havana", "genève", "geneva", "praha",
	"warszawa", "budapest", "bruxelles", "amsterdam", "stockholm", "oslo", "helsinki",
	"istanbul", "cairo", "tehran", "baghdad", "ulan bator", "đài bắc", "marseille", "lyon",
	"canterbury", "montevideo", "buenos aires", "lima", "bogotá", "caracas", "rio de janeiro",
	"são paulo", "brasília", "lisboa", "athens", "ankara", "kiev", "kyiv", "minsk", "bucharest",
	"beograd", "zagreb", "dublin", "edinburgh", "copenhagen", "vienna", "zürich", "münchen",
	"munich", "hamburg", "frankfurt", "milano", "venezia", "napoli", "barcelona", "jerusalem",
	"tel aviv", "damascus", "beirut", "riyadh", "dubai", "doha", "kabul", "islamabad",
	"karachi", "mumbai", "kolkata", "dhaka", "kathmandu", "yangon", "rangoon", "naypyidaw",
	"sydney", "auckland", "wellington", "toronto", "montréal", "vancouver",
	"philadelphia", "detroit", "seattle", "houston", "miami", "atlanta", "nairobi", "lagos",
	"johannesburg", "cape town", "addis ababa", "alger", "tunis", "rabat", "casablanca",
	"khartoum", "tripoli",
	/* kingdoms of the past */
	"champa", "chăm pa", "phù nam", "lâm ấp", "ai lao", "đại cồ việt", "trung hoa dân quốc",
	/* unions of nations and fronts, which a title goes with as with a country
	 * ("Tổng Thư ký Liên Hiệp Quốc", "đại biểu Việt Minh") */
	"liên hiệp quốc", "liên hợp quốc", "xô viết", "việt minh",
	/* and faiths, which a title goes with as with a country ("Giám mục Tin Lành") */
	"cao đài", "hòa hảo", "hoà hảo", "tin lành", "công giáo", "chính thống giáo", "anh giáo", "bà la môn", "bắc việt", "nam việt", "trung việt", "bắc phần",
	"nam phần", "trung phần",
};

/* Districts, communes and wards, and rivers, whose names read as a family
 * name and a given name ("Lục Yên", "Kim Sơn", "Hoàng Hà"): where such a
 * name stands alone, with no honorific or title, it is the place; "ông Kim
 * Sơn" and "Vũ Thư Hiên" stay people. */
static const char *const localities[] = {
	"trần đề", "trần yên", "hoàng su phì", "hoàng hóa", "hoàng hoá", "vũ thư", "võ nhai",
	"dương kinh", "dương minh châu", "dương đông", "lý nhân", "lương sơn", "lương tài",
	"lâm hà", "lâm thao", "lâm bình", "hà quảng", "hà trung", "hà hòa", "hà hoà",
	"cao lộc", "cao phong", "châu thành", "châu thành a", "châu đức", "châu phú",
	"thái thụy", "thái thuỵ", "thái hòa", "thái hoà", "triệu phong", "triệu sơn",
	"kim bảng", "kim sơn", "kim thành", "kim động", "la gi", "lục yên", "lục nam",
	"lục ngạn", "từ liêm", "giang thành", "ninh giang", "ninh hải", "ninh phước",
	"ninh sơn", "ninh hòa", "ninh hoà", "ninh kiều", "thạch hà", "thạch thất",
	"thạch thành", "thạch an", "mai sơn", "mai châu", "lạc sơn", "lạc thủy", "lạc thuỷ",
	"tiền hải", "hạ hòa", "hạ hoà", "hạ lang", "đồng hỷ", "đồng văn", "đồng xuân",
	"đồng phú", "bạch thông", "quan hóa", "quan hoá", "quan sơn", "quản bạ", "nông cống",
	"nông sơn", "cù lao dung", "mai dịch", "giáp bát", "la khê", "dương xá", "kim liên",
	"kim mã", "mao khê",
	/* cities of China in their Vietnamese reading */
	"trương gia khẩu", "thạch gia trang", "ôn châu", "lâm nghi", "trương dịch", "ninh ba",
	"giang lăng", "kim lăng", "lâm an", "lương châu", "hồ châu",
	/* rivers */
	"hoàng hà", "hoài hà", "trường giang", "dương tử",
};

/* Newspapers and broadcasters whose names look like a person's ("Tiền
 * Phong", "Tuổi Trẻ"): in a title's body, where their name begins with a
 * capital, they stand as a place does ("Tổng biên tập báo Tiền Phong").
 * Those named with common words ("Nhân Dân", "Lao Động", "Thanh Niên") are
 * left out: the words are too often a body's own. */
static const char *const papers[] = {
	"tuổi trẻ", "tiền phong", "sài gòn giải phóng", "người lao động", "hà nội mới",
	"đại đoàn kết", "dân trí", "vnexpress", "vietnamnet", "tuổi trẻ thủ đô",
	"nông thôn ngày nay", "an ninh thủ đô", "vov", "vtv", "ttxvn",
};

/* Cities named after a person: places only with "thành phố" or "TP." before them. */
static const char *const named_cities[] = {"hồ chí minh"};

/* What is written before a place's name. */
static const char *const place_forms[] = {
	"thành phố", "tỉnh", "thủ đô", "tp", "thị xã",
};

static const char *const named_after[] = {
	"đường", "đường mòn", "phố", "đại lộ", "ngõ", "ngách", "hẻm", "quảng trường", "cầu", "chợ", "sông",
	"núi", "đèo", "làng", "thôn", "ấp", "bản", "khu", "trường", "đền", "chùa", "lăng", "ao",
	"thời", "triều", "nhà", "giải thưởng", "giải", "huân chương", "huy chương",
	"kỷ niệm chương", "học viện", "đại học", "bảo tàng", "công viên", "sân bay",
	"sân vận động", "nhà hát", "tàu", "cảng", "thành phố", "tp", "tỉnh", "huyện", "quận",
	"xã", "phường", "thị xã", "thị trấn", "thủ đô", "đảo", "quần đảo", "vịnh", "biển", "hồ",
	"chiến dịch", "phong trào", "tư tưởng", "bệnh viện", "trung tâm", "công ty", "tập đoàn", "nhà máy", "xưởng",
	"khu di tích", "di tích", "tượng đài", "đình thần", "đình", "đền thờ", "miếu thờ", "miếu", "khu lưu niệm",
	"nhà lưu niệm", "nhà tưởng niệm", "trận", "hiệp định", "quỹ",
	"đội", "đội bóng", "đội tuyển", "câu lạc bộ", "clb", "bóng đá nam", "bóng đá nữ",
	"đoàn", "lữ đoàn", "sư đoàn", "trung đoàn", "tiểu đoàn", "binh đoàn",
	"quân đoàn", "quốc lộ", "tỉnh lộ", "kênh", "ga", "bến", "tòa nhà", "khách sạn",
	"mang tên", "lớp", "thư viện", "nhà văn hóa", "nhà văn hoá", "cung", "điện",
	"binh chủng", "quân chủng", "rượu", "khu du lịch", "khu công nghiệp", "khu kinh tế",
	"khu đô thị", "khu chế xuất", "lăng mộ", "mộ", "phủ", "trấn", "xứ", "châu", "người",
	"dân tộc", "cô nhi viện", "viện", "vùng", "khu vực", "hang", "quê", "đất", "tuyến",
	"lộ trình", "đỉnh", "dãy", "ngã ba", "ngã tư", "ngã năm", "ngã sáu", "dòng", "lưu vực",
	"thượng lưu", "trung lưu", "hạ lưu", "trung học", "tiểu học", "thpt", "thcs",
	"lễ hội", "họ", "nhà cổ", "nhà thờ", "địa bàn", "rạp", "rạp phim", "rạp chiếu phim",
	"cao nguyên", "thung lũng", "đồng bằng", "bán đảo", "eo biển", "suối", "thác", "đầm",
	"rừng", "phim", "phim truyện", "cuốn", "sách", "tiểu thuyết", "vở kịch", "bài thơ",
	"tập thơ", "ca khúc", "bài hát", "nội các", "nhà xuất bản", "nxb", "trung tâm mua sắm",
	"trung tâm thương mại", "siêu thị", "cửa hàng", "nhà hàng", "nhà sách", "chợ đêm",
};

/* Words whose last word alone would begin a thing's name (named_after) or
 * a title (title_prefixes), but which do neither: "chính sách Đặng Tiểu
 * Bình", "quay phim Trần Thịnh", "dưới quyền tướng Joffre". */
static const char *const compound_ends[] = {
	"chính sách", "khai thác", "quay phim", "sách vở", "chính quyền", "dưới quyền", "ủy quyền",
	"uỷ quyền", "thay quyền",
};

static const char *const stops[] = {
	"là", "đã", "đang", "sẽ", "vừa", "mới", "cũng", "đều", "vẫn", "còn", "có", "không",
	"chưa", "được", "bị", "và", "với", "cùng", "của", "cho", "tại", "ở", "trong",
	"ngoài", "trên", "dưới", "về", "từ", "đến", "tới", "sang", "qua", "theo", "khi",
	"thì", "mà", "nhưng", "nên", "vì", "do", "để", "nếu", "như", "này", "đó", "ấy",
	"nay", "năm", "ngày", "tháng", "sinh", "mất", "làm", "giữ", "kiêm", "thay", "nhận",
	"trao", "tặng", "gắn", "dự", "tham dự", "chủ trì", "phát", "nhấn mạnh", "khẳng định",
	"đề nghị", "yêu cầu", "chỉ đạo", "nói", "chia sẻ", "thăm", "tiếp", "gặp", "ký",
	"gửi", "chúc", "đi", "lên", "vào", "ra", "trở thành", "trở", "rời", "lãnh đạo", "thông tin",
	"báo cáo", "trình bày", "ghi nhận", "đánh giá", "biểu dương", "kết luận", "gợi mở",
	"lưu ý", "nêu", "đọc", "đồng chí", "ông", "bà", "người", "lúc", "hồi", "sau",
	"trước", "thuộc", "gồm", "bao gồm", "đứng", "tuyên bố", "quyết định", "ban hành",
	"bổ nhiệm", "bầu", "cử", "đề xuất", "kiến nghị", "đồng thời", "trực tiếp", "chính thức",
	"tiến hành", "chủ động", "nhằm", "bằng", "vốn", "hiện", "từng", "lần", "thứ",
	"dẫn đầu", "đầu tiên",
};

/* ---- The index of the lexicon ----
 * Every phrase of the lists above, found by its first word, and a phrase of
 * more words by its first two: the number tokenize noted on a token
 * (tok_word_add) and a table by it answer which lists have a phrase
 * beginning there, a second table by the numbers of two words which have
 * one beginning with both, and only the few phrases that begin with the
 * same two words are compared. Built from the lists on first use. */

enum lexicon {
	COMMON_SURNAME, SURNAME, ALIAS, OFFICE, POST, RANK, DEGREE, DEGREE_WORD, CALLING, PREFIX, BODY_WORD,
	COMPOUND, PROVINCE, CITY, COUNTRY, LOCALITY, NAMED_CITY, PLACE_FORM, NAMED_AFTER, COMPOUND_END, STOP, PAPER,
	HONORIFIC, /* the honorifics of names_honorific, for names_may_begin */
	VICE,      /* "phó", which begins no office of the list but may begin a title */
	/* the lists of the words around names, at the top of the file */
	HEAD, BODY, AUTHORITY, ISSUER_WORD, END, PROPER_END,
	LEXICONS
};

#define BIT(l) (1u << (l))
#define TITLE_MASK (BIT(OFFICE) | BIT(POST) | BIT(RANK) | BIT(DEGREE) | BIT(DEGREE_WORD) | BIT(CALLING) | BIT(VICE))
/* What a mention may begin with. */
#define BEGINS (TITLE_MASK | BIT(PREFIX) | BIT(COMMON_SURNAME) | BIT(SURNAME) | BIT(ALIAS) | BIT(HONORIFIC))

enum { LEX_KEYS = 4096, LEX_PHRASES = 2048, PAIR_BITS = 13 };
_Static_assert(1u << PAIR_BITS >= 2 * LEX_KEYS, "the table of pairs is at most half full");

/* A word, or two words, that phrases begin with:
 * the lists that have a phrase of just these words, and those that have a
 * longer one, whose phrases are chained for comparing. */
struct lex_key {
	unsigned exact, longer;
	unsigned short phrases; /* plus one; 0 ends a chain */
};

/* The marks of a word (tok_word_mark) whose key is e: the lists that have
 * a phrase of the word alone, and, above them, those with a longer one. */
_Static_assert(LEXICONS <= 32, "a word's marks hold two bits for each list");
static uint64_t key_marks(const struct lex_key *e)
{
	return e->exact | (uint64_t)e->longer << 32;
}

/* keys[0] is the key of every word no phrase begins with: in no list. */
static struct lex_key keys[LEX_KEYS];
static size_t nkeys = 1;
static struct {
	const char *phrase;
	unsigned third;     /* tok_hash of its third word: most tries end there */
	unsigned char lexicon;
	unsigned short next;
} phrases[LEX_PHRASES];
static size_t nphrases;
/* The key of each word by its number (0 for none), and the keys of two
 * words by both numbers, each pair at its slot or in the next ones. */
static unsigned short word_key[TOK_WORDS_MAX + 1];
static struct {
	unsigned short first, second, key; /* key 0: an empty slot */
} pair_keys[1u << PAIR_BITS];
/* How many words were filed once the lexicon was built: tokens filled
 * before then have no number noted on their words (word_at). */
static unsigned lexicon_words = UINT_MAX;

/* The hash of two words, from the hashes of each. */
static unsigned pair_hash(unsigned first, unsigned second)
{
	return (first * 0x9E3779B1u) ^ second;
}

/* Where the pair of the words numbered a and b is, or its chain starts. */
static size_t pair_slot(unsigned a, unsigned b)
{
	return ((a << 16 | b) * 0x9E3779B1u) >> (32 - PAIR_BITS);
}

/* The slot of the pair of the words numbered a and b, or the empty one where it would go. */
static size_t find_pair(unsigned a, unsigned b)
{
	size_t k;

	for (k = pair_slot(a, b); pair_keys[k].key; k = (k + 1) & ((1u << PAIR_BITS) - 1))
		if (pair_keys[k].first == a && pair_keys[k].second == b)
			break;
	return k;
}

static struct lex_key *new_key(unsigned short *at, const char *w1, size_t n1)
{
	if (nkeys == LEX_KEYS)
		die("internal error: no room for '%.*s' in the names lexicon", (int)n1, w1);
	*at = (unsigned short)nkeys;
	return &keys[nkeys++];
}

/* The key of the words w1 (n1 bytes) and w2 (n2, 0 for none), lower case, made when new. */
static struct lex_key *add_key(const char *w1, size_t n1, const char *w2, size_t n2)
{
	unsigned a = tok_word_add(w1, n1), b;
	size_t k;

	if (!n2)
		return word_key[a] ? &keys[word_key[a]] : new_key(&word_key[a], w1, n1);
	b = tok_word_add(w2, n2);
	if (pair_keys[k = find_pair(a, b)].key)
		return &keys[pair_keys[k].key];
	pair_keys[k].first = (unsigned short)a;
	pair_keys[k].second = (unsigned short)b;
	return new_key(&pair_keys[k].key, w1, n1);
}

/* Files the phrase under its first word and its first two words. */
static void add_phrase(const char *phrase, unsigned lexicon)
{
	const char *w1 = phrase, *w2;
	size_t n1 = strcspn(w1, " "), n2, words = 1, k;
	struct lex_key *one, *two;

	for (k = 0; phrase[k]; k++)
		words += phrase[k] == ' ';
	w2 = w1 + n1 + (w1[n1] == ' ');
	n2 = strcspn(w2, " ");
	one = add_key(w1, n1, "", 0);
	if (words == 1) {
		one->exact |= BIT(lexicon);
		return;
	}
	one->longer |= BIT(lexicon);
	two = add_key(w1, n1, w2, n2);
	if (words == 2) {
		two->exact |= BIT(lexicon);
		return;
	}
	if (nphrases == LEX_PHRASES)
		die("internal error: no room for '%s' in the names lexicon", phrase);
	two->longer |= BIT(lexicon);
	phrases[nphrases].phrase = phrase;
	w2 += n2 + 1;
	phrases[nphrases].third = tok_hash((const unsigned char *)w2, strcspn(w2, " "));
	phrases[nphrases].lexicon = (unsigned char)lexicon;
	phrases[nphrases].next = two->phrases;
	two->phrases = (unsigned short)++nphrases;
}

/* ---- Quick looks at words as written ----
 * Words and pairs of words that begin a family name or a title, or end a
 * title or an honorific, by 17 bits of the tok_hash of their bytes as a text
 * writes them: in small letters, with a capital first, in capitals. */

enum hint {
	HINT_SURNAME, HINT_SURNAME_PAIR, HINT_BEGIN, HINT_BEGIN_PAIR, HINT_END, HINT_END_PAIR, HINTS
};
#define HINT(k) (1u << (k))
enum { HINT_BITS = 17 };
_Static_assert(HINTS <= 8, "a byte holds a bit for each hint");
/* For each 17 bits of a hash, a bit for each hint that holds a word with
 * them: one look answers every hint on a word. */
static unsigned char hints[1 << HINT_BITS];

static unsigned hint_bit(unsigned h)
{
	return (h * 0x9E3779B1u) >> (32 - HINT_BITS);
}

/* The tok_hash of the word w (n bytes, lower case) as it is (how 0), with a
 * capital first (1), or in capitals (2). */
static unsigned cased_hash(const char *w, size_t n, int how)
{
	char out[4 * TOKEN_LOW_MAX];
	uint32_t cp;
	size_t j, o = 0;
	int k;

	/* as it is: the bytes are checked where the word is hashed with a capital first, as every word is */
	if (how == 0)
		return tok_hash((const unsigned char *)w, n);
	for (j = 0; j < n && o + 4 <= sizeof out; j += (size_t)k) {
		if ((k = u8_decode((const unsigned char *)w + j, n - j, &cp)) <= 0)
			die("internal error: the names lexicon holds bytes that are no UTF-8");
		o += (size_t)u8_encode(how == 2 || (how == 1 && j == 0) ? vn_to_upper(cp) : cp, out + o);
	}
	return tok_hash((const unsigned char *)out, o);
}

/* Files the word at w (or the two words at w, for pair) under the hint, in every case. */
static void add_hint(enum hint k, const char *w, bool pair)
{
	static const int cases[][2] = {{0, 0}, {1, 0}, {1, 1}, {2, 2}};
	size_t n1 = strcspn(w, " "), c;
	const char *w2 = w + n1 + 1;
	unsigned h;

	for (c = 0; c < NELEM(cases); c++) {
		if (!pair && cases[c][1])
			continue;
		h = cased_hash(w, n1, cases[c][0]);
		if (pair)
			h = pair_hash(h, cased_hash(w2, strcspn(w2, " "), cases[c][1]));
		hints[hint_bit(h)] |= (unsigned char)HINT(k);
	}
}

/* Whether the title p is a member's of a body whose name is one word written
 * as a compound, the compound and "viên" ("tỉnh ủy viên", "đảng ủy viên").
 * Such a title is read where the name or another title brings the reader,
 * but begins no mention itself: else every "Tỉnh ủy" of a text would. */
static bool member_of_body(const char *p)
{
	static const char member[] = " viên";
	size_t n = strlen(p), k;

	if (n <= sizeof member - 1 || strcmp(p + n - (sizeof member - 1), member))
		return false;
	n -= sizeof member - 1;
	for (k = 0; k < NELEM(compounds); k++)
		if (strlen(compounds[k]) == n && !memcmp(compounds[k], p, n))
			return true;
	return false;
}

/* Files the phrase's first word or two under begin (a name or a title), and
 * for a title its last word or two under the ends. */
static void hint_phrase(const char *p, bool name, bool title)
{
	const char *last = strrchr(p, ' '), *before;

	if (name)
		add_hint(last ? HINT_SURNAME_PAIR : HINT_SURNAME, p, last != NULL);
	if (!title)
		return;
	add_hint(last ? HINT_BEGIN_PAIR : HINT_BEGIN, p, last != NULL);
	if (!last) {
		add_hint(HINT_END, p, false);
		return;
	}
	for (before = last; before > p && before[-1] != ' '; before--)
		;
	add_hint(HINT_END_PAIR, before, true);
}

/* On the bytes of a line, from the lexicon: a province's or a city's name
 * alone, with "tỉnh", "thành phố" or "TP" before it when written, and names
 * joined by a dash ("Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế"). */
bool names_is_province(const char *s, size_t n)
{
	static const char *const forms[] = {"tỉnh", "thành phố", "tp"};
	size_t i = vn_skip_spaces(s, n, 0), end = vn_skip_spaces_back(s, n), m, k;
	bool form = false, named;

	for (k = 0; k < NELEM(forms) && !form; k++)
		if ((m = match_phrase(s, end, i, forms[k]))) {
			i = m < end && s[m] == '.' ? m + 1 : m;
			i = vn_skip_spaces(s, end, i);
			form = true;
		}
	while (i < end) {
		named = false;
		for (k = 0; k < NELEM(provinces) && !named; k++)
			if ((m = match_phrase(s, end, i, provinces[k])))
				named = true;
		for (k = 0; form && k < NELEM(named_cities) && !named; k++)
			if ((m = match_phrase(s, end, i, named_cities[k])))
				named = true;
		if (!named)
			return false;
		i = vn_skip_spaces(s, end, m);
		if (i < end && s[i] == '-')
			m = i + 1;
		else if (end - i >= 3 && !memcmp(s + i, "\xE2\x80\x93", 3))
			m = i + 3;
		else
			continue;
		if ((i = vn_skip_spaces(s, end, m)) == end)
			return false;
	}
	return i == end && end > vn_skip_spaces(s, n, 0);
}

static void build_lexicon(void)
{
	static const struct {
		const char *const *phrases;
		size_t n;
	} lists[LEXICONS] = {
		[COMMON_SURNAME] = {common_surnames, NELEM(common_surnames)},
		[SURNAME] = {surnames, NELEM(surnames)},
		[ALIAS] = {aliases, NELEM(aliases)},
		[OFFICE] = {offices, NELEM(offices)},
		[POST] = {posts, NELEM(posts)},
		[RANK] = {ranks, NELEM(ranks)},
		[DEGREE] = {degrees, NELEM(degrees)},
		[DEGREE_WORD] = {degree_words, NELEM(degree_words)},
		[CALLING] = {callings, NELEM(callings)},
		[PREFIX] = {title_prefixes, NELEM(title_prefixes)},
		[BODY_WORD] = {body_words, NELEM(body_words)},
		[COMPOUND] = {compounds, NELEM(compounds)},
		[PROVINCE] = {provinces, NELEM(provinces)},
		[CITY] = {cities, NELEM(cities)},
		[COUNTRY] = {countries, NELEM(countries)},
		[LOCALITY] = {localities, NELEM(localities)},
		[NAMED_CITY] = {named_cities, NELEM(named_cities)},
		[PLACE_FORM] = {place_forms, NELEM(place_forms)},
		[NAMED_AFTER] = {named_after, NELEM(named_after)},
		[COMPOUND_END] = {compound_ends, NELEM(compound_ends)},
		[PAPER] = {papers, NELEM(papers)},
		[STOP] = {stops, NELEM(stops)},
		[HONORIFIC] = {honorifics, NELEM(honorifics)},
		[HEAD] = {heads, NELEM(heads)},
		[BODY] = {bodies, NELEM(bodies)},
		[AUTHORITY] = {authorities, NELEM(authorities)},
		[ISSUER_WORD] = {issuer_words, NELEM(issuer_words)},
		[END] = {ends, NELEM(ends)},
		[PROPER_END] = {proper_ends, NELEM(proper_ends)},
	};
	size_t l, k;

	for (l = 0; l < LEXICONS; l++)
		for (k = 0; k < lists[l].n; k++)
			add_phrase(lists[l].phrases[k], (unsigned)l);
	add_phrase("phó", VICE);
	for (l = 0; l < LEXICONS; l++)
		for (k = 0; k < lists[l].n; k++)
			hint_phrase(lists[l].phrases[k], l == COMMON_SURNAME || l == SURNAME || l == ALIAS,
				    (l == OFFICE || l == POST || l == RANK || l == DEGREE || l == DEGREE_WORD ||
				     l == CALLING || l == PREFIX || l == HONORIFIC) &&
					    !member_of_body(lists[l].phrases[k]));
	hint_phrase("phó", false, true);
	lexicon_words = tok_words_filed();
	for (k = 1; k <= lexicon_words; k++)
		tok_word_mark((unsigned)k, key_marks(&keys[word_key[k]]));
	tok_words_marked();
}

static void need_lexicon(void)
{
	static bool built;

	if (!built) {
		build_lexicon();
		built = true;
	}
}

/* The hints that hold the hash h; the lexicon is built (need_lexicon). */
static unsigned hinted(unsigned h)
{
	return hints[hint_bit(h)];
}

unsigned names_may_begin_word(unsigned h, unsigned next)
{
	unsigned kinds = 0, one, two;

	need_lexicon();
	one = hinted(h);
	two = next ? hinted(pair_hash(h, next)) : 0;
	if (one & HINT(HINT_SURNAME) || two & HINT(HINT_SURNAME_PAIR))
		kinds |= NAMES_MAY_NAME;
	if (one & HINT(HINT_BEGIN) || two & HINT(HINT_BEGIN_PAIR))
		kinds |= NAMES_MAY_TITLE;
	return kinds;
}

bool names_may_follow_alone(unsigned h)
{
	need_lexicon();
	return hinted(h) & HINT(HINT_END);
}

bool names_may_follow_word(unsigned before, unsigned h)
{
	return names_may_follow_alone(h) || (before && hinted(pair_hash(before, h)) & HINT(HINT_END_PAIR));
}

/* word_at for tokens filled before the lexicon filed its words, and before it was built. */
static unsigned word_looked_up(const struct tokens *x, int i)
{
	const struct token *t = &x->t[i];

	need_lexicon();
	return t->punct ? 0 : tok_word_find(t->low, t->end - t->start, t->hash);
}

/* The number of token i's word (within the tokens), 0 for a mark: noted by
 * tokenize once the lexicon has filed its words, as it has for nearly all
 * tokens (lexicon_words is the most there are before it is built). */
static inline unsigned word_at(const struct tokens *x, int i)
{
	return x->filed >= lexicon_words ? x->t[i].word : word_looked_up(x, i);
}

/* The key of the word at token i: keys[0] for a mark, a word no phrase
 * begins with, or none. */
static inline const struct lex_key *key_at(const struct tokens *x, int i)
{
	return &keys[tok_within(x, i) ? word_key[word_at(x, i)] : 0];
}

/* The key of the words at tokens i and i + 1, keys[0] for none. */
static inline const struct lex_key *pair_at(const struct tokens *x, int i)
{
	unsigned a, b;

	if (!tok_within(x, i) || !tok_within(x, i + 1) || !(a = word_at(x, i)) || !(b = word_at(x, i + 1)))
		return &keys[0];
	return &keys[pair_keys[find_pair(a, b)].key];
}

/* Whether a phrase of one of the lists may begin at token i, by its marks alone. */
static inline bool marked(const struct tokens *x, int i, unsigned lists)
{
	return tok_within(x, i) && x->t[i].marks & (lists | (uint64_t)lists << 32);
}

/* lex past the token's marks: the phrases of the list that begin with it, of
 * more than one word, and of one (for a token read before the lexicon
 * marked the words, whose marks say nothing). */
static int lex_longer(const struct tokens *x, int i, enum lexicon lexicon)
{
	const struct lex_key *one = key_at(x, i), *two;
	unsigned bit = BIT(lexicon);
	unsigned short k;
	int best = one->exact & bit ? 1 : 0, m;

	if (!(one->longer & bit))
		return best;
	two = pair_at(x, i);
	if (two->exact & bit)
		best = 2;
	/* a phrase of three words or more goes on with a word, whose hash is its third word's */
	if (two->longer & bit && tok_is_word(x, i + 2))
		for (k = two->phrases; k; k = phrases[k - 1].next)
			if (phrases[k - 1].lexicon == lexicon && phrases[k - 1].third == x->t[i + 2].hash &&
			    (m = tok_phrase(x, i, phrases[k - 1].phrase)) > best)
				best = m;
	return best;
}

/* The longest phrase of the list at token i: its tokens, or 0. Inline up
 * to the look at the token's marks, where most words end. */
static inline int lex(const struct tokens *x, int i, enum lexicon lexicon)
{
	uint64_t marks;

	if (!tok_within(x, i))
		return 0;
	marks = x->t[i].marks;
	if (!(marks & (BIT(lexicon) | (uint64_t)BIT(lexicon) << 32)))
		return 0;
	if (!(marks & (uint64_t)BIT(lexicon) << 32))
		return 1;
	return lex_longer(x, i, lexicon);
}

const uint64_t names_begin_marks = BEGINS | (uint64_t)BEGINS << 32;

bool names_may_begin_rest(const struct tokens *x, int i)
{
	const struct lex_key *one = key_at(x, i), *two;
	unsigned begins = BEGINS;

	/* a family name in small letters is a word ("tập trung", "quan tâm") */
	if (!x->t[i].upper)
		begins &= ~(BIT(COMMON_SURNAME) | BIT(SURNAME));
	if (one->exact & begins)
		return true;
	if (!(one->longer & begins))
		return false;
	/* an honorific is one of BEGINS: none is left to look for; most words
	 * that begin a title begin other words too ("lãnh đạo", "hội nghị"),
	 * which the pair tells */
	two = pair_at(x, i);
	return (two->exact | two->longer) & begins;
}

/* By the lexicon, which files the honorifics (no one of which begins
 * another), rather than by the list a phrase at a time. */
int names_honorific(const struct tokens *x, int i)
{
	/* "đàn ông", "đàn bà": men, women, no one named */
	return tok_is(x, i - 1, "đàn") ? 0 : lex(x, i, HONORIFIC);
}

/* Whether token i is a name of the Highlands with its mark glued on, a
 * capital after it: "H'Nga", "H’Hen", "K'Mák". */
static bool glued_mark_name(const struct tokens *x, int i)
{
	const struct token *t = &x->t[i];
	size_t mark = t->low[1] == '\'' ? 1 : !memcmp(t->low + 1, "\xE2\x80\x99", 3) ? 3 : 0;
	uint32_t cp;

	return tok_is_word(x, i) && t->upper && mark && t->end - t->start > 1 + mark &&
	       (t->low[0] == 'h' || t->low[0] == 'k') &&
	       u8_decode((const unsigned char *)x->s + t->start + 1 + mark, t->end - t->start - 1 - mark, &cp) > 0 &&
	       vn_is_upper(cp);
}

int names_alias(const struct tokens *x, int i)
{
	return lex(x, i, ALIAS);
}

int names_surname(const struct tokens *x, int i, bool *common)
{
	int m;

	*common = (m = lex(x, i, COMMON_SURNAME)) > 0;
	if (!m && glued_mark_name(x, i))
		return 1;
	return m ? m : lex(x, i, SURNAME);
}

/* A run of degree_words joined by '.' or '-', each with a capital, and the '.' after it. */
static int degree_abbreviation(const struct tokens *x, int i)
{
	int k = i;

	while (tok_is_word(x, k) && x->t[k].upper && lex(x, k, DEGREE_WORD) == 1) {
		k++;
		if (!tok_is_punct(x, k, '.') && !tok_is_punct(x, k, '-'))
			break;
		/* "PGS.TS." is one title; the '.' after the last is part of it */
		if (!tok_is_word(x, k + 1) || x->t[k + 1].start != x->t[k].end) {
			if (tok_is_punct(x, k, '.'))
				k++;
			break;
		}
		k++;
	}
	return k - i;
}

/* The grade of a specialist after a physician's degree: "BS CKII", "Bác
 * sĩ chuyên khoa II", "chuyên khoa cấp I"; its tokens, or 0. */
static int specialist_grade(const struct tokens *x, int k)
{
	static const char *const grades[] = {"cki", "ckii", "ck1", "ck2"};
	static const char *const levels[] = {"i", "ii", "1", "2"};
	int m;

	if (tok_is_word(x, k) && x->t[k].upper && TOK_IN(x, k, grades) == 1)
		return 1;
	if (!(m = tok_phrase(x, k, "chuyên khoa")))
		return 0;
	m += tok_is(x, k + m, "cấp");
	return TOK_IN(x, k + m, levels) == 1 ? m + 1 : 0;
}

bool names_dashed_degree(const struct tokens *x, int i)
{
	const struct token *t = &x->t[i];
	size_t len, a, b, w;

	if (!tok_is_word(x, i) || !t->upper || (len = t->end - t->start) > TOKEN_LOW_MAX || !memchr(t->low, '-', len))
		return false;
	for (a = 0; a < len; a = b + 1) {
		for (b = a; b < len && t->low[b] != '-'; b++)
			;
		for (w = 0; w < NELEM(degree_words); w++)
			if (strlen(degree_words[w]) == b - a && !memcmp(degree_words[w], t->low + a, b - a))
				break;
		if (w == NELEM(degree_words))
			return false;
	}
	return true;
}

int names_title(const struct tokens *x, int i, enum names_title_kind *kind)
{
	int m, vice = 0;

	if (!marked(x, i, TITLE_MASK))
		return 0;
	if ((m = lex(x, i, RANK))) {
		*kind = NAMES_RANK;
		return m;
	}
	if ((m = degree_abbreviation(x, i)) || (m = lex(x, i, DEGREE))) {
		*kind = NAMES_DEGREE;
		return m + specialist_grade(x, i + m);
	}
	if ((m = lex(x, i, CALLING))) {
		*kind = NAMES_CALLING;
		return m;
	}
	/* "Phó Chủ tịch"; "Phó ban" is an office of its own */
	if (tok_is(x, i, "phó") && (m = lex(x, i + 1, OFFICE)))
		vice = 1;
	if (vice || (m = lex(x, i, OFFICE)) || (m = lex(x, i, POST))) {
		*kind = NAMES_OFFICE;
		return vice + m;
	}
	return 0;
}

int names_post(const struct tokens *x, int i)
{
	return lex(x, i, POST);
}

/* Whether the word at i ends a word of two that begins at i - 1. */
static bool compound_end(const struct tokens *x, int i)
{
	return i > 0 && lex(x, i - 1, COMPOUND_END) == 2;
}

int names_title_prefix(const struct tokens *x, int i)
{
	return compound_end(x, i) ? 0 : lex(x, i, PREFIX);
}

int names_body_word(const struct tokens *x, int i)
{
	return lex(x, i, BODY_WORD);
}

bool names_compound(const struct tokens *x, int i)
{
	return tok_is_word(x, i) && x->t[i].upper && tok_is_word(x, i + 1) && !x->t[i + 1].upper &&
	       lex(x, i, COMPOUND) == 2;
}

/* A place of one of the lists at token i, two joined by a dash ("Bà Rịa - Vũng Tàu"). */
static int place_name(const struct tokens *x, int i)
{
	int m, more;

	if (!marked(x, i, BIT(PROVINCE) | BIT(CITY) | BIT(COUNTRY) | BIT(PAPER)))
		return 0;
	if (!(m = lex(x, i, PROVINCE)) && !(m = lex(x, i, CITY)) && !(m = lex(x, i, COUNTRY)) &&
	    !(x->t[i].upper && (m = lex(x, i, PAPER))))
		return 0;
	if (tok_is_punct(x, i + m, '-') && (more = place_name(x, i + m + 1)))
		m += 1 + more;
	return m;
}

int names_place(const struct tokens *x, int i)
{
	int f, m;

	if (!marked(x, i, BIT(PROVINCE) | BIT(CITY) | BIT(COUNTRY) | BIT(PAPER) | BIT(PLACE_FORM)))
		return 0;
	/* a country of one word that begins a word of two is none: "Ban
	 * Pháp chế", "Ủy ban Pháp luật", "Trường Đại học Mỹ thuật" */
	if ((m = place_name(x, i)))
		return m == 1 && names_compound(x, i) ? 0 : m;
	/* "TP." is two tokens, also when no space follows ("TP.HCM") */
	f = tok_is(x, i, "tp") && tok_is_punct(x, i + 1, '.') ? 2 : lex(x, i, PLACE_FORM);
	if (f && ((m = place_name(x, i + f)) || (m = lex(x, i + f, NAMED_CITY))))
		return f + m;
	return 0;
}

int names_locality(const struct tokens *x, int i)
{
	return lex(x, i, LOCALITY);
}

int names_named_after(const struct tokens *x, int i)
{
	return compound_end(x, i) ? 0 : lex(x, i, NAMED_AFTER);
}

int names_named_city(const struct tokens *x, int i)
{
	return lex(x, i, NAMED_CITY);
}

int names_stop(const struct tokens *x, int i)
{
	return lex(x, i, STOP);
}

/* The lists of the words around names, by the lexicon. */
int names_head(const struct tokens *x, int i)
{
	return lex(x, i, HEAD);
}

int names_body(const struct tokens *x, int i)
{
	return lex(x, i, BODY);
}

int names_authority(const struct tokens *x, int i)
{
	int m = names_body(x, i);

	return m ? m : lex(x, i, AUTHORITY);
}

static int issuer_word(const struct tokens *x, int i)
{
	return lex(x, i, ISSUER_WORD);
}

int names_end(const struct tokens *x, int i)
{
	return lex(x, i, END);
}

static int proper_end(const struct tokens *x, int i)
{
	return lex(x, i, PROPER_END);
}
