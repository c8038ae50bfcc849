/* event.c: finds the event a sentence names, its subject, who holds it and the
 * period it reviews, from the words around the event's kind. */
#include "event.h"
#include "calendar.h"
#include "doctype.h"
#include "names.h"
#include "numeral.h"
#include "temporal.h"
#include "util.h"
#include "vietnamese.h"

#include <stdlib.h>
#include <string.h>

/* The kinds of event, longest first where one begins another. */
static const char *const kinds[] = {
	"hội nghị tổng kết", "hội nghị sơ kết", "hội nghị trực tuyến", "hội nghị",
	"hội thảo", "tọa đàm", "toạ đàm", "đại hội", "kỳ họp", "phiên họp", "cuộc họp",
	"buổi làm việc", "buổi đối thoại", "buổi gặp mặt", "buổi tiếp xúc cử tri", "diễn đàn", "hội thi", "lễ trao tặng", "lễ trao", "lễ đón nhận",
	"lễ kỷ niệm", "lễ công bố", "lễ khai mạc", "lễ bế mạc", "lễ phát động", "lễ ký kết",
	"lễ ra mắt", "lễ tuyên dương", "lễ kết nạp", "lễ mít tinh", "lễ míttinh", "lễ truy tặng",
	"lễ khánh thành", "lễ khởi công", "lễ gắn biển", "lễ bàn giao", "lễ xuất quân", "lễ tôn vinh",
	"lễ biểu dương", "lễ tuyên thệ", "lễ dâng hương", "lễ tưởng niệm", "lễ truy điệu", "buổi sinh hoạt chuyên đề", "buổi sinh hoạt", "lớp tập huấn",
	"lớp bồi dưỡng", "chương trình tuyên dương", "chương trình biểu dương", "chương trình giao lưu",
	"chương trình gặp mặt", "chương trình kỷ niệm", "buổi họp mặt", "ngày hội", "liên hoan",
};
/* Kinds that are verbs as well ("gặp mặt các cựu chiến binh"): an event
 * only right after a verb that holds one ("tổ chức gặp mặt kỷ niệm ..."). */
static const char *const held_kinds[] = {
	"gặp mặt", "họp mặt", "mít tinh", "míttinh", "tiếp xúc cử tri", "kỷ niệm", "sinh hoạt chuyên đề",
};

/* A working visit told by its verb: "đồng chí X, Bí thư Tỉnh ủy, làm việc
 * với Ban Thường vụ Đảng ủy xã Phú Lộc về ...", "Đoàn công tác đến làm việc
 * với UBND huyện", with a body; not with a person ("Ông làm việc với
 * Leonard Wood"), nor "khi làm việc với", "thời gian làm việc". Its
 * tokens ("làm việc"), or 0. */
static int working_visit(const struct tokens *x, int i)
{
	static const char *const not_a_visit[] = {"khi", "trong", "để", "cách", "nơi", "thời gian", "buổi", "ngày"};

	return i > 0 && !x->t[i].upper && tok_phrase(x, i, "làm việc với") && tok_is_word(x, i + 3) &&
	       x->t[i + 3].upper && names_body(x, i + 3) && !tok_list_before(x, 0, i, not_a_visit, NELEM(not_a_visit))
		       ? 2
		       : 0;
}

/* Where "có" stands before a working session at token i ("... đã có buổi
 * làm việc với Ban Thường vụ Huyện ủy"), past "đã" or "vừa"; -1 for none. */
static int had_session(const struct tokens *x, int i)
{
	int v = i - 1;

	if (!tok_phrase(x, i, "buổi làm việc") || !tok_is(x, v, "có"))
		return -1;
	while (v > 0 && (tok_is(x, v - 1, "đã") || tok_is(x, v - 1, "vừa")))
		v--;
	return v;
}

/* The body whose delegation, named before token i, makes a working visit:
 * "Đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí X làm trưởng đoàn
 * làm việc với ...", "Đoàn kiểm tra số 2 của Tỉnh ủy ..."; empty for none. */
static struct span delegation_body(const struct tokens *x, int i)
{
	int d, k, e;

	/* "Đoàn", or "đoàn" opening a clause: "Ngày 12/3, đoàn công tác ..." */
	for (d = 0; d < i && !(tok_is(x, d, "đoàn") && (x->t[d].upper || d == 0 || tok_is_punct(x, d - 1, ','))); d++)
		;
	for (k = d + 1; k < i && k <= d + 5 && tok_is_word(x, k) && !tok_is(x, k, "của"); k++)
		;
	if (k + 1 >= i || !tok_is(x, k, "của") || !x->t[k + 1].upper || !names_body(x, k + 1))
		return (struct span){0, 0};
	e = names_proper_end(x, k + 1, i);
	return e > k + 1 ? tok_span(x, k + 1, e) : (struct span){0, 0};
}

/* Verbs of review that are events where a body does them to a period or
 * a work ("Đảng ủy Khối sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW",
 * "Huyện ủy tổng kết công tác năm 2025"; not "tổng kết các nghiên cứu"):
 * the words a work may begin with, and a number, that of a period. */
static const char *const reviews[] = {"tổng kết", "sơ kết"};
static const char *const reviewed[] = {
	"công tác", "thực hiện", "năm", "nhiệm kỳ", "giữa nhiệm kỳ", "giai đoạn", "phong trào",
	"chương trình", "đề án", "hoạt động", "việc", "cuộc vận động", "mô hình", "tháng",
};

/* Before a kind, these make it a mention of many, or of none in particular. */
static const char *const generic[] = {"các", "những", "nhiều", "mỗi", "từng", "mọi", "một số"};
/* Before a kind, these make it a place that events are held in: "tại
 * Trung tâm Hội nghị tỉnh", "phòng hội thảo". */
static const char *const venues[] = {"trung tâm", "cung", "phòng", "nhà", "hội trường", "sảnh"};

/* Verbs of the clause an event is the subject of: its subject ends before
 * them ("Hội nghị Ban Chấp hành tỉnh được tổ chức", "Đại hội FIFA họp tại
 * Amsterdam"), and right after the kind they point back to an event named
 * before ("Hội nghị đã thông qua ...", "Hội nghị kết thúc cùng ngày"). */
static const char *const clause_verbs[] = {
	"đã", "cũng", "vừa", "sẽ", "đang", "được", "là", "họp", "khai mạc", "kết thúc", "bế mạc",
	"diễn ra", "gồm", "bao gồm", "đều", "tiếp tục", "lần lượt", "thống nhất", "nhất trí", "thông qua", "biểu quyết", "bầu", "tiến hành", "đề ra", "quyết định",
	"thu hút", "quy tụ",
};
/* More that point back when right after the kind, or name none ("không
 * có cuộc họp nào"). */
static const char *const pointing_back[] = {
	"có", "đánh giá", "ghi nhận", "dành", "nghe", "tập trung", "yêu cầu", "đề nghị", "kết luận",
	"này", "đó", "trên", "lần này", "nào",
};

/* Before a body's name, these make what follows the verb's place or time,
 * not who holds the event: "Ở tổ chức chính trị ...". */
static const char *const not_holders[] = {
	"ở", "tại", "trong", "theo", "từ", "sau", "trước", "với", "về",
	/* a clause that forbids ("Không được tự ý tổ chức"), or says who are no body */
	"không", "cấm", "những người", "sự", "để", "phụ trách", "hàng năm", "hằng năm",
	/* a person by a pronoun ("Họ tổ chức", "Ông dự định tổ chức") */
	"ông", "bà", "họ", "tôi", "chúng tôi", "chúng ta", "anh", "chị", "nó", "người ta",
};
/* Words that make the holding verb after them a noun: "với sự triệu tập
 * Hội nghị ...", "là nơi tổ chức Liên hoan ...", "việc tổ chức đại hội". */
static const char *const nouns_of_holding[] = {"sự", "nơi", "việc", "địa điểm"};

/* The verbs that say an event is held; the first two name who holds it before them. */
static const char *const holding[] = {"tổ chức", "triệu tập", "cử hành", "khai mạc", "bế mạc", "diễn ra", "họp"};
enum { ORGANIZING = 3, OPENING = 3, CLOSING = 4, MEETING = 6 };
/* How many tokens after "thực hiện" a document's day may be: its kind,
 * number and issuer ("Nghị quyết số 18-NQ/TW của Hội nghị lần thứ sáu Ban
 * Chấp hành Trung ương Đảng khóa XII ngày 25/10/2017"). */
enum { DOCUMENT_DAY_WITHIN = 24 };

/* Words that say a holding verb after them did not happen: "không tổ chức
 * hội nghị", "chưa tổ chức đại hội". */
static const char *const not_held[] = {"không", "chưa", "không được", "chưa được", "không thể", "chưa thể"};
/* Words that make a holding verb after them of no one time: "mỗi khi
 * triệu tập cuộc họp". */
static const char *const whenever[] = {"mỗi khi", "mỗi lần", "khi nào", "hễ"};
/* Words that make a holding verb after them a work's or a plan's, its
 * event none held here: "làm việc về việc lãnh đạo, chỉ đạo tổ chức đại
 * hội đảng bộ cấp cơ sở", "chuẩn bị tổ chức đại hội". */
static const char *const directing[] = {"chỉ đạo", "hướng dẫn", "chuẩn bị", "việc", "công tác", "kế hoạch"};

/* Words between the one who holds an event and the verb: "đã tổ chức". */
static const char *const auxiliaries[] = {
	"đã", "vừa", "sẽ", "long trọng", "trang trọng", "chính thức", "đồng thời", "cũng",
	"họp", /* "Ban Tổ chức Tỉnh ủy họp tổng kết ..." */
};

/* The subject ends before these: a place, a time, the people present, a
 * clause about it ("hội nghị ... mà có thể ..."). */
static const char *const subject_ends[] = {
	"với sự tham dự", "với sự tham gia", "có sự tham dự", "có sự tham gia",
	"dưới sự chủ trì", "dưới sự chỉ đạo", "nhằm", "để", "nhưng", "song", "khi", "sau khi",
	"trước khi", "trong khi", "thì", "với", "hoặc", "mà",
	/* how it is held: "... theo hình thức trực tiếp kết hợp trực tuyến" */
	"theo hình thức", "bằng hình thức", "dưới hình thức",
};
/* The tasks a conference reviews or sets, that may follow a semicolon. */
static const char *const tasks[] = {
	"triển khai", "phương hướng", "nhiệm vụ", "tổng kết", "sơ kết", "đánh giá", "kiểm điểm",
	"quán triệt", "định hướng", "kế hoạch", "trao", "đón nhận", "biểu dương", "tuyên dương",
	"khen thưởng", "kỷ niệm", "công bố", "học tập",
};
/* A place that follows the name of a body after a comma. */
static const char *const place_words[] = {
	"xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố", "thôn", "bản", "ấp",
	"xóm", "làng", "tổ dân phố", "khu phố",
};
static const char *const day_words[] = {"sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm"};
/* After "vào", these make a time: "vào cuối năm 1814", "vào dịp Tết";
 * after "trong" only a part of the day does ("trong năm 2023" is a period
 * the subject reviews). */
static const char *const time_words[] = {
	"cuối", "đầu", "giữa", "dịp", "lúc", "hồi", "thời điểm", "tháng", "năm", "tuần", "buổi",
};
/* A place after "ở" that is lower case: "ở làng Thể Giao", "ở trụ sở ...". */
static const char *const place_nouns[] = {
	"làng", "thôn", "bản", "ấp", "trụ sở", "hội trường", "nhà văn hóa", "nhà văn hoá", "điểm cầu",
};
/* The parts of the political system a review's subject lists, past the
 * comma before a capital: "công tác xây dựng Đảng, chính quyền, MTTQ và các
 * đoàn thể năm 2025". */
static const char *const system_parts[] = {
	"đảng", "chính quyền", "mttq", "mặt trận", "ủy ban mttq", "ủy ban mặt trận", "hđnd", "ubnd",
	"hội đồng nhân dân", "ủy ban nhân dân", "đoàn thể", "các đoàn thể",
};
/* After a comma, these start a clause of their own, not more of the
 * subject: "tại Đại hội ..., ông trúng cử", "các phiên họp, tham gia thảo luận". */
static const char *const clause_starts[] = {
	"ông", "bà", "anh", "chị", "đồng chí", "họ", "tôi", "chúng tôi", "tham gia", "tham dự",
	"thảo luận", "phát biểu", "trong đó",
};

/* Whether token k begins a time: a part of the day or "ngày" before a
 * digit, a part of the day before "ngày" and a digit ("chiều ngày 28"), or
 * "buổi" before a part of the day ("buổi sáng ngày 10/10"). */
static bool time_at(const struct tokens *x, int k)
{
	if (TOK_IN(x, k, day_words) && tok_is(x, k + 1, "ngày") && !tok_is(x, k, "ngày"))
		k++;
	return (TOK_IN(x, k, day_words) && k + 1 < x->n && vn_is_digit(x->s[x->t[k + 1].start])) ||
	       (tok_is(x, k, "buổi") && TOK_IN(x, k + 1, day_words));
}

/* The token of a holding verb in tokens a..b-1, its index in holding in
 * *which; -1 when none stands there. */
static int holding_in(const struct tokens *x, int a, int b, size_t *which)
{
	/* words that make "tổ chức" after them a noun: "Luật tổ chức Tòa án",
	 * "cơ cấu tổ chức", "bộ máy tổ chức" */
	static const char *const organization_nouns[] = {"luật", "cơ cấu", "bộ máy", "mô hình"};
	int k;

	/* (in lower case: "Tổ chức" is of a name, "Ban Tổ chức Tỉnh ủy") */
	for (k = a; k < b; k++)
		if ((!x->t[k].upper || k == 0) && tok_list(x, k, holding, NELEM(holding), which) &&
		    !(*which == 0 && tok_list_before(x, 0, k, organization_nouns, NELEM(organization_nouns))))
			return k;
	return -1;
}

/* Whether a verb that reports what is said after it ("cho biết", "nêu
 * rõ") stands in tokens a..b-1. */
static bool reported_before(const struct tokens *x, int a, int b)
{
	static const char *const reporting[] = {"cho biết", "nêu rõ", "thông tin", "khẳng định", "nhấn mạnh"};
	int k;

	for (k = a; k < b; k++)
		if (!x->t[k].upper && TOK_IN(x, k, reporting)) /* not "Bộ Thông tin" */
			return true;
	return false;
}

/* "của Đảng ủy Khối các cơ quan tỉnh tổ chức": at token k, "của" or "do",
 * then a capitalised name, then a verb that organizes: the verb's token, or -1. */
static int holder_after(const struct tokens *x, int k)
{
	size_t which;
	int v;

	if (!tok_is(x, k, "của") && !tok_is(x, k, "do"))
		return -1;
	for (v = k + 1; v < x->n && v < k + 16 && tok_is_word(x, v); v++)
		if (!x->t[v].upper && tok_list(x, v, holding, NELEM(holding), &which))
			return which < ORGANIZING && v > k + 1 && x->t[k + 1].upper ? v : -1;
	return -1;
}

/* The words of a body that may hold an event at token k: a body's
 * ("Đảng ủy", "Ban", "HĐND") or an authority's that is no office ("Quốc
 * hội", "Chính phủ"; not "Chủ tịch"), or a party's by its name: its
 * tokens, or 0. */
static int holding_body(const struct tokens *x, int k)
{
	enum names_title_kind kind;
	int m;

	if (!tok_is_word(x, k) || !x->t[k].upper)
		return 0;
	if ((m = names_body(x, k)))
		return m;
	/* a party by its name: "Đảng Cộng sản Việt Nam", not "Đảng" alone */
	if (tok_is(x, k, "đảng") && tok_is_word(x, k + 1) && x->t[k + 1].upper)
		return 1;
	return (m = names_authority(x, k)) && !names_title(x, k, &kind) ? m : 0;
}

/* The "của" of the subject tokens a..end that the body whose event it is
 * follows to the end: "Hội nghị tổng kết ... của Đảng ủy xã Tân Lập",
 * "phiên họp đầu tiên của Chính phủ Lâm thời"; -1 when none does. */
static int body_of(const struct tokens *x, int a, int end)
{
	int k;

	for (k = end - 2; k >= a; k--)
		if (tok_is(x, k, "của"))
			return holding_body(x, k + 1) && names_proper_end(x, k + 1, end) == end ? k : -1;
	return -1;
}

/* Words of a subject that meets a partner, named after "với": "đối thoại
 * giữa Bí thư Tỉnh ủy với nông dân". */
static const char *const meeting_words[] = {"giữa", "đối thoại", "làm việc", "gặp mặt", "giao lưu"};
/* Kinds that meet a partner themselves: "buổi đối thoại với thanh niên". */
static const char *const meeting_kinds[] = {"buổi làm việc", "buổi đối thoại", "buổi gặp mặt"};

/* Words that join a subject to what follows it, never its last ("cuối
 * cùng" is no join: "hội nghị cuối cùng"). */
static const char *const joining_ends[] = {"và", "cùng", "mà", "hoặc", "và sau đó", "mà điều đó", "lúc đó", "về", "của"};
/* The verb that says where or when an event is held, after its subject;
 * not after the words that make "tổ chức" a field of work. */
static const char *const held[] = {"tổ chức", "được tổ chức"};
static const char *const held_fields[] = {"công tác", "ban", "về", "cán bộ"};
/* Verbs of the clause that are nouns too, the decisions an event hands
 * over or makes known, and the verbs that do that. */
static const char *const verbs_as_objects[] = {"quyết định"};
static const char *const handing_verbs[] = {
	"công bố", "trao", "nhận", "đón nhận", "triển khai", "thực hiện", "quán triệt",
};

/* How many tokens of a verb of the clause at token k are the object of a
 * verb of handing over or making known just before it ("lễ công bố quyết
 * định ...", "hội nghị công bố quyết định về công tác cán bộ", "lễ trao
 * các quyết định"), not a verb; 0 when none are. */
static int handed_object(const struct tokens *x, int k)
{
	/* past "các", "những": "trao các quyết định" */
	int b = k - tok_list_before(x, 0, k, generic, NELEM(generic));

	return tok_list_before(x, 0, b, handing_verbs, NELEM(handing_verbs)) ? TOK_IN(x, k, verbs_as_objects) : 0;
}

/* Whether the comma at token k parts the names listed after a plural noun
 * of places: "hợp nhất các xã Kim Tân, Kim Đông và Kim Mỹ", "3 huyện Sơn
 * Động, Lục Ngạn". */
static bool names_listed_at(const struct tokens *x, int k)
{
	int j = k - 1, m;

	for (;;) {
		if (j < 0 || !tok_is_word(x, j) || !x->t[j].upper)
			return false;
		while (j >= 0 && tok_is_word(x, j) && x->t[j].upper)
			j--;
		if (j > 0 && tok_is_punct(x, j, ',') && tok_is_word(x, j - 1) && x->t[j - 1].upper)
			j--;
		else
			break;
	}
	if (j < 1 || !(m = tok_list_before(x, 0, j + 1, place_words, NELEM(place_words))) || x->t[j].upper)
		return false;
	j -= m;
	return tok_is(x, j, "các") || tok_is(x, j, "những") ||
	       (tok_is_word(x, j) && vn_is_digit(x->s[x->t[j].start]));
}

/* Whether the comma at token k goes on in a list of the parts of the
 * political system: one ends before it and another begins after it. */
static bool system_listed_at(const struct tokens *x, int k)
{
	return tok_list_before(x, 0, k, system_parts, NELEM(system_parts)) && TOK_IN(x, k + 1, system_parts);
}

/* Past the words of manner after a verb at token k: "khai mạc trọng thể
 * Kỳ họp thứ 10". */
static int past_manner(const struct tokens *x, int k)
{
	static const char *const manners[] = {"trọng thể", "long trọng", "chính thức"};
	int m;

	while ((m = TOK_IN(x, k, manners)))
		k += m;
	return k;
}

/* Where the subject of the kind read up to token k ends; a quoted kind
 * ("hai \"kỳ họp\" mỗi năm") at its closing quote. A meeting with a
 * partner ("buổi làm việc với Ban Thường vụ Tỉnh ủy") goes on past "với". */
static int subject_end(const struct tokens *x, int k, bool quoted, bool partner)
{
	enum names_title_kind kind;
	int from = k, j, quotes, w;

	for (; k < x->n; k++) {
		/* another kind after a dash or a comma names the same event
		 * again ("Kỳ họp thứ 25 - kỳ họp thường lệ cuối năm"): its
		 * words are no verb ("họp") */
		/* nor are a session's inside the subject ("tiếp xúc cử tri sau
		 * Kỳ họp thứ 9"; not after a capital: "Bắc Kỳ họp") */
		if (k > from && (w = TOK_IN(x, k, kinds)) &&
		    (tok_is_punct(x, k - 1, '-') || tok_is_punct(x, k - 1, ',') ||
		     (x->t[k].upper && !(tok_is_word(x, k - 1) && x->t[k - 1].upper) && w > 1 &&
		      TOK_IN(x, k + 1, clause_verbs)))) {
			k += w - 1;
			continue;
		}
		partner |= TOK_IN(x, k, meeting_words) > 0;
		if (quoted && (tok_is_punct(x, k, '"') || tok_is_punct(x, k, 'c')))
			break;
		/* A semicolon goes on only into one more task reviewed or set
		 * ("...năm 2019; triển khai nhiệm vụ năm 2020"). */
		if (tok_is_punct(x, k, ';') && !TOK_IN(x, k + 1, tasks))
			break;
		/* A comma goes on into more of the subject ("..., triển khai nhiệm vụ năm
		 * 2024", "..., nhiệm kỳ 2020 - 2025"), but before a capital, a person
		 * or a verb starts a clause. */
		if (tok_is_punct(x, k, '.') || tok_is_punct(x, k, '(') || tok_is_punct(x, k, ')') ||
		    tok_is_punct(x, k, ':') ||
		    (tok_is_punct(x, k, ',') &&
		     (time_at(x, k + 1) || TOK_IN(x, k + 1, subject_ends) || TOK_IN(x, k + 1, clause_starts) ||
		      TOK_IN(x, k + 1, clause_verbs) ||
		      (k + 1 < x->n && x->t[k + 1].upper && !names_listed_at(x, k) && !system_listed_at(x, k)))))
			break;
		/* "tại" says where it is held; "ở" too before a name or a place */
		if (holder_after(x, k) >= 0 || (TOK_IN(x, k, subject_ends) && !(partner && tok_is(x, k, "với"))) ||
		    time_at(x, k) ||
		    /* "... nhiệm kỳ 2025 - 2030 long trọng khai mạc" */
		    (past_manner(x, k) > k && TOK_IN(x, past_manner(x, k), clause_verbs)) ||
		    /* not the Front's "chương trình phối hợp và thống nhất hành động" */
		    /* "... về tiếp tục nâng cao ...": what the subject is about
		     * may open with a verb */
		    (TOK_IN(x, k, clause_verbs) && !handed_object(x, k) && !tok_phrase(x, k, "thống nhất hành động") &&
		     !tok_is(x, k - 1, "về")) ||
		    tok_is(x, k, "tại") ||
		    /* "Kỳ họp thứ 35 do đồng chí X, ... chủ trì": who chairs it */
		    (tok_is(x, k, "do") && (names_honorific(x, k + 1) || names_title(x, k + 1, &kind))) ||
		    /* "sau 3 ngày làm việc": how long it took */
		    (tok_is(x, k, "sau") && tok_is_word(x, k + 1) && vn_is_digit(x->s[x->t[k + 1].start])) ||
		    (tok_is(x, k, "ở") && tok_is_word(x, k + 1) &&
		     (x->t[k + 1].upper || TOK_IN(x, k + 1, place_words) || TOK_IN(x, k + 1, place_nouns))) ||
		    ((tok_is(x, k, "vào") || tok_is(x, k, "trong")) &&
		     (time_at(x, k + 1) || TOK_IN(x, k + 1, day_words) ||
		      (tok_is(x, k, "vào") && TOK_IN(x, k + 1, time_words)))))
			break;
	}
	for (;;) {
		while (k > 0 && x->t[k - 1].punct && x->t[k - 1].punct != 'c') {
			/* the quote that closes one opened in the subject stays:
			 * 'Hội thảo khoa học "Nâng cao chất lượng ..."' */
			if (x->t[k - 1].punct == '"') {
				for (quotes = 0, j = from; j < k - 1; j++)
					quotes += tok_is_punct(x, j, '"');
				if (quotes % 2)
					return k;
			}
			k--;
		}
		/* A subject does not end on a word that joins it to the next
		 * clause ("... lần thứ 18 và quyết định bầu"), nor on the verb
		 * that says it is held where or when ("Hội nghị các thủ hiến Úc
		 * tổ chức tại Melbourne"; "công tác tổ chức" is a field of work). */
		if (((w = tok_list_before(x, from + 1, k, joining_ends, NELEM(joining_ends))) &&
		     !(tok_is(x, k - 1, "cùng") && tok_is(x, k - 2, "cuối"))) ||
		    ((w = tok_list_before(x, from + 1, k, held, NELEM(held))) &&
		     !tok_list_before(x, from, k - w, held_fields, NELEM(held_fields)) &&
		     (k == x->n || tok_is_punct(x, k, '.') || tok_is_punct(x, k, ',') || tok_is(x, k, "tại") ||
		      tok_is(x, k, "vào") || time_at(x, k))))
			k -= w;
		else
			return k;
	}
}

/* The councils and the front, which hold events with the committees:
 * "Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện tổ chức". */
static const char *const councils[] = {"hđnd", "mặt trận", "mttq"};

/* Who hold an event with a body named before them, in small letters. */
static const char *const co_holders[] = {"chính quyền", "nhân dân"};

/* Where the name of a body ending before the comma at token c begins,
 * from the sentence's start or a comma: a body's word with a capital that
 * names_proper_end reads to the comma ("Bộ Chính trị", "Ban Thường vụ Tỉnh
 * ủy"); -1 when none does. */
static bool place_named(const struct tokens *x, int k, int end);

/* Where the name of a body that starts at token b ends, up to c: on over a
 * place's word and its name ("Chi bộ thôn Đồng Tâm") and a number ("Chi
 * bộ 3"). */
static int body_name_end(const struct tokens *x, int b, int c)
{
	int e = names_proper_end(x, b, c);

	while (e < c) {
		if (place_named(x, e, c))
			e = names_proper_end(x, e + TOK_IN(x, e, place_words), c);
		else if (tok_is_word(x, e) && vn_is_digit(x->s[x->t[e].start]) && e + 1 == c)
			e++;
		else
			break;
	}
	return e;
}

static int body_before(const struct tokens *x, int c)
{
	int b;

	for (b = c; b > 0 && tok_is_word(x, b - 1); b--)
		;
	if (b == c || !(b == 0 || tok_is_punct(x, b - 1, ',')) || !x->t[b].upper ||
	    !(names_body(x, b) || TOK_IN(x, b, councils)) || body_name_end(x, b, c) != c)
		return -1;
	return b;
}

/* The one who holds the event, standing before the verb at token v: from
 * the start of its clause, after any time or place put first. */
/* Whether "nhiệm kỳ" or "khóa" and a number of years or a Roman numeral
 * stand at token i: a body's term. */
static bool term_of_body(const struct tokens *x, int i)
{
	int k = tok_phrase(x, i, "nhiệm kỳ");
	size_t len;
	const struct token *t;

	if (!k && !(k = tok_is(x, i, "khóa") || tok_is(x, i, "khoá")))
		return false;
	if (!tok_is_word(x, i + k))
		return false;
	t = &x->t[i + k];
	return vn_is_digit(x->s[t->start]) ||
	       (numeral_roman(x->s + t->start, t->end - t->start, &len) && len == t->end - t->start);
}

/* Whether a body's place or term, after a comma, begins at token i: "Chi
 * bộ thôn Đông, xã Phú Lâm", "HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026". */
static bool body_goes_on(const struct tokens *x, int i)
{
	return !x->t[i].upper && (TOK_IN(x, i, place_words) || term_of_body(x, i));
}

/* Whether tokens a..v-1 are a place's word in small letters and its name
 * alone: "huyện Lục Yên long trọng tổ chức ...", the place that holds it. */
static bool place_alone(const struct tokens *x, int a, int v)
{
	int k = a + TOK_IN(x, a, place_words);

	if (k == a || k >= v)
		return false;
	while (k < v && tok_is_word(x, k) && x->t[k].upper)
		k++;
	return k == v;
}

static struct span holder_before(const struct tokens *x, int v)
{
	struct span sub, more;
	int a = v, b, k, m;

	for (;;) {
		/* A dash starts the clause before a body ("TTXVN - Ban Thường vụ ..."),
		 * not inside a name ("Sở Văn hóa - Thể thao và Du lịch"). */
		while (a > 0 && !tok_is_punct(x, a - 1, ',') && !tok_is_punct(x, a - 1, ';') &&
		       !tok_is_punct(x, a - 1, ':') && !(tok_is_punct(x, a - 1, '-') && names_body(x, a)))
			a--;
		/* "Chi bộ thôn Đông, xã Phú Lâm tổ chức": the place after a comma
		 * is the body's, and so is its term ("HĐND tỉnh khóa XVIII, nhiệm
		 * kỳ 2021-2026 khai mạc") */
		if (a < 2 || !tok_is_punct(x, a - 1, ',') || !body_goes_on(x, a))
			break;
		a--;
	}
	while ((m = tok_list_before(x, a, v, auxiliaries, NELEM(auxiliaries))))
		v -= m;
	/* "Buổi diễu binh được tổ chức": what is held, not who holds it; and
	 * "X không tổ chức" holds none, nor "X là nơi tổ chức" */
	if (v > a && (tok_is(x, v - 1, "được") || tok_is(x, v - 1, "không") || tok_is(x, v - 1, "chưa") ||
		      tok_list_before(x, a, v, nouns_of_holding, NELEM(nouns_of_holding))))
		return (struct span){0, 0};
	/* "Cơ quan này tổ chức": one that points back names none */
	if (v > a + 1 && (tok_is(x, v - 1, "này") || tok_is(x, v - 1, "đó") || tok_is(x, v - 1, "ấy")))
		return (struct span){0, 0};
	/* "Ngày 25/11/1943 Hội đồng ... tổ chức": past a date put first without
	 * a comma; "Tháng 3 - 2005 chúng tôi ... tổ chức": no body after it */
	if (time_at(x, a) || ((tok_is(x, a, "ngày") || tok_is(x, a, "tháng") || tok_is(x, a, "năm")) && a + 1 < v &&
			      vn_is_digit(x->s[x->t[a + 1].start])))
		while (a < v && (!tok_is_word(x, a) || vn_is_digit(x->s[x->t[a].start]) || TOK_IN(x, a, day_words) ||
				 tok_is(x, a, "tháng") || tok_is(x, a, "năm")))
			a++;
	/* "Đảng bộ, chính quyền và Nhân dân huyện X tổ chức": the
	 * authorities and the people hold it with the body before them */
	if (a >= v || (!x->t[a].upper && !(TOK_IN(x, a, co_holders) && body_before(x, a - 1) >= 0) && !place_alone(x, a, v)) ||
	    TOK_IN(x, a, not_holders))
		return (struct span){0, 0};
	/* "Bộ Chính trị, Ban Bí thư tổ chức": bodies that hold it together,
	 * each a body's word with capitals, a comma between */
	for (b = a; tok_is_punct(x, b - 1, ',') && (m = body_before(x, b - 1)) >= 0;)
		b = m;
	/* "Thành ủy Vinh phối hợp với Sở Văn hóa và Thể thao tổ chức": the
	 * holder is the body before its partner */
	for (m = a + 1; m < v; m++)
		if (tok_phrase(x, m, "phối hợp") && !x->t[m].upper) {
			v = m;
			break;
		}
	sub = names_subject(x, a, v);
	/* and its places after the commas that the walk back passed ("Chi bộ
	 * thôn Đông, xã Phú Lâm"; a term there is left out) */
	for (k = a; k < v && x->t[k].start < sub.start + sub.len; k++)
		;
	while (sub.len && k + 1 < v && tok_is_punct(x, k, ',') && !x->t[k + 1].upper && TOK_IN(x, k + 1, place_words)) {
		more = names_subject(x, k + 1, v);
		sub.len = more.start + more.len - sub.start;
		for (k++; k < v && x->t[k].start < more.start + more.len; k++)
			;
	}
	/* the bodies before it, and the commas between them */
	if (b < a && sub.len)
		sub = (struct span){x->t[b].start, sub.start + sub.len - x->t[b].start};
	return sub;
}

static int last_day(int y, int m)
{
	int d = 31;

	while (d > 28 && !calendar_valid(y, m, d))
		d--;
	return d;
}

/* The day the period a temporal value names ("2019", "2016/2020",
 * "2022-H1", "2022-Q3", "2022-07", "2022-01/2022-06") ends, or, for one set
 * ahead, begins, into e; for a congress, which opens the term it names, the
 * middle of its first year. False when the value names no period with a year. */
static bool period_bound(const char *v, bool term, bool opens, bool ahead, struct event *e)
{
	const char *last = strrchr(v, '/');
	int y, q = 0, m = 12, first = 1;

	ahead &= !term;
	if (last && !(term && opens) && !ahead)
		v = last + 1;
	if (strlen(v) < 4 || !vn_is_digit(v[0]) || !vn_is_digit(v[3]))
		return false;
	y = atoi(v);
	if (v[4] == '-' && (v[5] == 'H' || v[5] == 'Q') && vn_is_digit(v[6]))
		q = v[6] - '0', m = v[5] == 'H' ? 6 * q : 3 * q, first = m - (v[5] == 'H' ? 5 : 2);
	else if (v[4] == '-' && vn_is_digit(v[5]))
		first = m = atoi(v + 5);
	else if (v[4] && v[4] != '/')
		return false;
	if (term && !last)
		return false;
	e->review_year = y;
	e->review_month = term ? 6 : ahead ? first : m;
	e->review_day = term ? 30 : ahead ? 1 : last_day(y, m);
	return true;
}

/* Words before a period that set it ahead: "triển khai nhiệm vụ năm 2026";
 * not after words of a review: "kết quả thực hiện nhiệm vụ 6 tháng đầu năm
 * 2025", "tình hình thực hiện nhiệm vụ". */
static const char *const ahead_words[] = {"nhiệm vụ", "kế hoạch", "phương hướng", "triển khai"};
static const char *const review_words[] = {"kết quả", "đánh giá", "kiểm điểm", "tình hình", "báo cáo"};

/* The period the subject s[a..b) reviews: the first after "tổng kết" or "sơ
 * kết", else the first it names, which a task before it sets ahead. A
 * congress (opens) opens its term. */
static void review(const char *s, size_t a, size_t b, bool opens, struct event *e)
{
	static struct phrase_list tasks_ahead = PHRASE_LIST(ahead_words);
	static struct phrase_list reviewing = PHRASE_LIST(review_words);
	struct temporal t;
	size_t from = a, after = a, k;
	bool ahead = false, reviewed = false;

	for (k = a; k < b; k++)
		if (match_phrase(s, b, k, "tổng kết") || match_phrase(s, b, k, "sơ kết")) {
			after = k;
			break;
		}
	for (from = after; temporal_find(s, b, from, &t); from = t.start + t.len) {
		bool term = match_phrase(s, b, t.start, "nhiệm kỳ") != 0;
		if (after == a)
			for (k = from; k < t.start && !ahead; k++) {
				reviewed |= match_list(s, t.start, k, &reviewing, NULL) != 0;
				ahead = !reviewed && match_list(s, t.start, k, &tasks_ahead, NULL) != 0;
			}
		if ((t.kind == TEMPORAL_DATE || t.kind == TEMPORAL_INTERVAL) && !t.yearless &&
		    period_bound(t.value, term, opens, ahead, e))
			return;
	}
	if (after > a)
		review(s, a, after, opens, e);
}

/* The days that anniversaries count from, facts of the Party's and the
 * state's history: what is founded or happened, and its day. The longer
 * name first where one begins another. */
static const struct founding {
	const char *name;
	int year, month, day;
} foundings[] = {
	{"đảng cộng sản việt nam", 1930, 2, 3},
	{"quân đội nhân dân việt nam", 1944, 12, 22},
	{"công an nhân dân việt nam", 1945, 8, 19},
	{"công an nhân dân", 1945, 8, 19},
	{"mặt trận tổ quốc việt nam", 1930, 11, 18},
	{"đoàn thanh niên cộng sản hồ chí minh", 1931, 3, 26},
	{"hội liên hiệp phụ nữ việt nam", 1930, 10, 20},
	{"công đoàn việt nam", 1929, 7, 28},
	{"hội nông dân việt nam", 1930, 10, 14},
	{"hội cựu chiến binh việt nam", 1989, 12, 6},
	{"ngành tổ chức xây dựng đảng", 1930, 10, 14},
	{"ngành kiểm tra đảng", 1948, 10, 16},
	{"ngành tuyên giáo", 1930, 8, 1},
	{"công tác dân vận", 1930, 10, 15},
	{"văn phòng cấp ủy", 1930, 10, 18},
	{"báo chí cách mạng việt nam", 1925, 6, 21},
	{"bộ đội biên phòng", 1959, 3, 3},
	{"chủ tịch hồ chí minh", 1890, 5, 19},
	{"chiến thắng điện biên phủ", 1954, 5, 7},
	{"giải phóng miền nam, thống nhất đất nước", 1975, 4, 30},
	{"cách mạng tháng tám và quốc khánh", 1945, 9, 2},
	{"quốc khánh", 1945, 9, 2},
	{"thương binh - liệt sĩ", 1947, 7, 27},
	{"đảng", 1930, 2, 3},
};

/* "kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam" from token
 * k, at "kỷ niệm": the day of the anniversary into e, by foundings; not
 * of a body below ("thành lập Đảng bộ tỉnh"). */
static void anniversary_of(const struct tokens *x, int k, int end, struct event *e)
{
	static const char *const days[] = {"ngày thành lập", "ngày truyền thống", "ngày sinh", "thành lập",
					   "truyền thống", "ngày"};
	size_t f;
	int years = 0, m, j;

	k += 2;
	if (!tok_is_word(x, k) || !vn_is_digit(x->s[x->t[k].start]) || !tok_is(x, k + 1, "năm"))
		return;
	for (j = x->t[k].start; j < (int)x->t[k].end && vn_is_digit(x->s[j]) && years < 10000; j++)
		years = years * 10 + x->s[j] - '0';
	k += 2;
	k += TOK_IN(x, k, days);
	for (f = 0; f < NELEM(foundings); f++)
		if ((m = tok_phrase(x, k, foundings[f].name)) && k + m <= end &&
		    !(m == 1 && (tok_is(x, k + 1, "bộ") || tok_is(x, k + 1, "ủy") || tok_is(x, k + 1, "uỷ") ||
				 tok_is(x, k + 1, "đoàn")))) {
			e->review_year = foundings[f].year + years;
			e->review_month = foundings[f].month;
			e->review_day = foundings[f].day;
			return;
		}
}

/* "lễ kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025)": an
 * anniversary, the event's tokens a..end, with its years in brackets after
 * it ends on its day; the period it marks is the one in the brackets, or
 * else the day it counts from by foundings and its years. */
static void anniversary(const char *s, const struct tokens *x, int a, int end, struct event *e)
{
	struct temporal t;
	int k, close;

	for (k = a; k < end && !tok_phrase(x, k, "kỷ niệm"); k++)
		;
	if (k == end)
		return;
	if (!tok_is_punct(x, end, '(')) {
		anniversary_of(x, k, end, e);
		return;
	}
	for (close = end + 1; close < x->n && !tok_is_punct(x, close, ')'); close++)
		;
	if (close < x->n && temporal_find(s, x->t[close].start, x->t[end].end, &t) &&
	    t.kind == TEMPORAL_INTERVAL && !t.yearless)
		period_bound(t.value, false, false, false, e);
}

/* "kỳ họp thứ Mười hai (kỳ họp thường lệ cuối năm 2026)": the period the
 * brackets right after the event's name (its tokens end at end) say it
 * reviews. */
static void bracketed_period(const char *s, const struct tokens *x, int end, struct event *e)
{
	int close;

	if (!tok_is_punct(x, end, '('))
		return;
	for (close = end + 1; close < x->n && !tok_is_punct(x, close, ')'); close++)
		;
	if (close < x->n && close > end + 1)
		review(s, x->t[end + 1].start, x->t[close - 1].end, false, e);
}

/* "Hội nghị lần thứ 12 để cho ý kiến vào báo cáo tình hình thực hiện
 * nhiệm vụ năm 2026, phương hướng, nhiệm vụ năm 2027": the period that the
 * purpose after the event's name (its tokens end at end) reviews, from its
 * first word of a review on, a few words into it. */
static void purpose_period(const char *s, const struct tokens *x, int end, struct event *e)
{
	static const char *const purposes[] = {"để", "nhằm"};
	int k;

	if (!TOK_IN(x, end, purposes))
		return;
	for (k = end + 1; k < x->n && k <= end + 6 && tok_is_word(x, k); k++)
		if (TOK_IN(x, k, review_words)) {
			review(s, x->t[k].start, x->t[x->n - 1].end, false, e);
			return;
		}
}

/* "tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ
 * Chính trị", the event's tokens a..end: a review of the years since the
 * day of the document carried out, which follows the subject in the same
 * clause: it is held in the year that many years after that day's. */
static void years_since_document(const char *s, const struct tokens *x, int a, int end, struct event *e)
{
	static const char *const carrying_out[] = {"triển khai thực hiện", "thực hiện", "triển khai", "thi hành"};
	struct temporal t;
	int k, j, m = 0, years = 0;

	for (k = a; k < end && !(m = TOK_IN(x, k, reviews)); k++)
		;
	k += m;
	if (k >= end || !tok_is_word(x, k) || !vn_is_digit(x->s[x->t[k].start]) || !tok_is(x, k + 1, "năm") ||
	    !(m = TOK_IN(x, k + 2, carrying_out)))
		return;
	for (j = x->t[k].start; j < (int)x->t[k].end && vn_is_digit(x->s[j]) && years < 1000; j++)
		years = years * 10 + x->s[j] - '0';
	/* the document's day: after its name, before the clause ends */
	for (j = k + 2 + m; j < x->n && j < k + 2 + m + DOCUMENT_DAY_WITHIN; j++) {
		if (tok_is_punct(x, j, ';') || tok_is_punct(x, j, '.') || tok_is_punct(x, j, ':'))
			return;
		if (tok_is(x, j, "ngày") && temporal_find(s, x->t[x->n - 1].end, x->t[j].start, &t) &&
		    t.start == x->t[j].start && t.kind == TEMPORAL_DATE && !t.yearless && strlen(t.value) == 10) {
			/* held in that year, whichever its day is: its middle,
			 * to which every day of it is nearer than to the next */
			e->review_year = atoi(t.value) + years;
			e->review_month = 7;
			e->review_day = 2;
			return;
		}
	}
}

/* Whether the word that ends right before byte i (past spaces) is a
 * document's symbol: a digit, a capital and a '/' or '-' in it ("512-QĐ/HU",
 * "12/QĐ-UBND"). */
static bool symbol_before(const char *s, size_t i)
{
	size_t b = i, e;
	bool digit = false, capital = false, joiner = false;

	while (b > 0 && s[b - 1] == ' ')
		b--;
	for (e = b; b > 0 && s[b - 1] != ' '; b--) {
		digit |= vn_is_digit(s[b - 1]);
		capital |= s[b - 1] >= 'A' && s[b - 1] <= 'Z';
		joiner |= s[b - 1] == '/' || s[b - 1] == '-';
	}
	return e > b && digit && capital && joiner;
}

/* "lễ công bố Quyết định số 512-QĐ/HU ngày 25/11/2026 của ...": the day of
 * a document the event's sentence cites by its symbol right before
 * "ngày", from token a to the clause's end, which the event follows: the
 * nearest year that puts it after that day. */
static void cited_document_day(const char *s, const struct tokens *x, int a, struct event *e)
{
	struct temporal t;
	int k;

	for (k = a + 1; k < x->n && !tok_is_punct(x, k, ';') && !tok_is_punct(x, k, '.'); k++)
		if (tok_is(x, k, "ngày") && tok_is_word(x, k - 1) && symbol_before(s, x->t[k].start) &&
		    temporal_find(s, x->t[x->n - 1].end, x->t[k].start, &t) && t.start == x->t[k].start &&
		    t.kind == TEMPORAL_DATE && !t.yearless && strlen(t.value) == 10) {
			e->review_year = atoi(t.value);
			e->review_month = atoi(t.value + 5);
			e->review_day = atoi(t.value + 8);
			return;
		}
}

/* "HĐND tỉnh khóa XVIII khai mạc Kỳ họp thứ 21", "Ủy ban Kiểm tra Trung
 * ương họp Kỳ họp thứ 45": a body (or "Quốc hội", "HĐND") that opens,
 * closes or meets in the event at the verb v holds it; a person who opens one, by
 * name or by title, does not. */
static struct span body_opening(const struct tokens *x, int v)
{
	struct span sub = holder_before(x, v);
	enum names_title_kind kind;
	int a;

	for (a = 0; a < v && x->t[a].start < sub.start; a++)
		;
	if (!sub.len || x->t[a].start != sub.start ||
	    !(names_body(x, a) || (names_authority(x, a) && !names_title(x, a, &kind))))
		return (struct span){0, 0};
	return sub;
}

/* The kinds of a meeting, whose body may follow them: "Hội nghị Ban
 * Thường vụ Tỉnh ủy". */
static const char *const meetings[] = {"hội nghị", "cuộc họp", "phiên họp", "kỳ họp", "đại hội"};
/* Words of a time that may end a body's name as names_proper_end reads it. */
static const char *const periods[] = {"tháng", "năm", "quý"};

/* Whether a place's word and its name stand at token k: "tỉnh Bắc Ninh". */
static bool place_named(const struct tokens *x, int k, int end)
{
	int w = TOK_IN(x, k, place_words);

	return w && k + w < end && tok_is_word(x, k + w) && x->t[k + w].upper;
}

/* Whether a place's word alone and the number of the meeting stand at
 * token k: "Đại hội đại biểu Đảng bộ tỉnh lần thứ XV". */
static bool place_numbered(const struct tokens *x, int k, int end)
{
	int w = TOK_IN(x, k, place_words);

	return w && k + w < end && (tok_is(x, k + w, "lần") || tok_is(x, k + w, "khóa") || tok_is(x, k + w, "khoá"));
}

/* Whether token k is a word in capitals throughout ("HĐND", "UBND"). */
static bool shouted_word(const struct tokens *x, int k)
{
	const struct token *t = &x->t[k];
	size_t i;

	for (i = 0; i < TOKEN_LOW_MAX && t->start + i < t->end; i++)
		if ((unsigned char)x->s[t->start + i] == t->low[i] && t->low[i] >= 'a' && t->low[i] <= 'z')
			return false;
	return t->upper && t->end - t->start > 1;
}

/* The token of a body's name right after an event's kind or its number in
 * its subject (from token k, before end): "Kỳ họp thứ 25 HĐND tỉnh", "Hội
 * nghị lần thứ 9 Ban Chấp hành Đảng bộ huyện"; -1 when none is there. */
static int body_of_event(const struct tokens *x, int kind, int k, int end)
{
	int b;

	/* "Đại hội đại biểu Đảng bộ tỉnh X lần thứ XXI": the congress's */
	if (tok_phrase(x, kind, "đại hội") && tok_phrase(x, k, "đại biểu") && k + 2 < end && x->t[k + 2].upper)
		k += 2;
	/* or right after a meeting's kind, a capital that goes on past the
	 * body's word ("Hội nghị Ban Thường vụ Huyện ủy tháng 11", "cuộc họp Bộ
	 * Chính trị"), or in capitals ("Kỳ họp HĐND tỉnh"); not the object of a
	 * ceremony ("lễ bàn giao Đài Truyền hình ...") nor a meeting's own
	 * name ("cuộc họp Hội nghị Hoàng gia") */
	if (k < end && x->t[k].upper && !tok_is(x, k, "lần") && !tok_is(x, k, "thứ")) {
		b = names_body(x, k);
		return TOK_IN(x, kind, meetings) && !TOK_IN(x, k, kinds) && b && k + b < end &&
		       (x->t[k + b].upper || shouted_word(x, k) || place_named(x, k + b, end) ||
			place_numbered(x, k + b, end)) &&
		       names_proper_end(x, k, end) > k + b ? k : -1;
	}
	k += tok_is(x, k, "lần");
	if (!tok_is(x, k, "thứ") || k + 2 >= end)
		return -1;
	k += 2;
	/* a body's word alone names none ("kỳ họp lần thứ 7 Ủy ban liên chính
	 * phủ"); an authority's does ("Kỳ họp thứ 8 Quốc hội khóa XV") */
	return x->t[k].upper && ((b = names_body(x, k)) ? names_proper_end(x, k, end) > k + b : holding_body(x, k) > 0)
		       ? k
		       : -1;
}

/* Whether the name of a kind of document ends right before token i
 * ("Nghị quyết Đại hội", "Văn kiện Đại hội"). */
static bool document_before(const struct tokens *x, int i)
{
	size_t which;
	int j;

	for (j = i - 1; j >= 0 && j >= i - 3; j--)
		if (doctype_at(x, j, &which) == i - j)
			return true;
	return false;
}

/* Whether a count stands right before token i, digits alone and no
 * date's: "có 12 đại hội điểm", not "Tháng 1/1955 Hội nghị ...", "năm 2015
 * đại hội ...". */
static bool counted(const struct tokens *x, int i)
{
	static const char *const dated[] = {"ngày", "tháng", "năm", "quý"};
	const struct token *t;
	size_t k;

	if (i < 1 || !tok_is_word(x, i - 1) || TOK_IN(x, i - 2, dated))
		return false;
	t = &x->t[i - 1];
	for (k = t->start; k < t->end; k++)
		if (!vn_is_digit(x->s[k]))
			return false;
	return true;
}

bool event_find(const char *s, size_t n, struct event *e)
{
	struct tokens x;
	struct span reviewer;
	size_t which;
	int i, m, end, v, b, object;

	tokenize(&x, s, 0, n);
	for (i = 0; i < x.n; i++) {
		/* "Phát biểu tại hội nghị, ...": a kind alone points back to an event named before. */
		reviewer = (struct span){0, 0};
		if (!(m = TOK_IN(&x, i, kinds)) && tok_list_before(&x, 0, i, holding, ORGANIZING))
			m = TOK_IN(&x, i, held_kinds);
		if (!m)
			m = working_visit(&x, i);
		/* "Huyện ủy X tổng kết ...", "Hội Nông dân tỉnh tổ chức tổng kết
		 * ...": the body before the review, past the verb that holds it */
		if (!m && !x.t[i].upper && (m = TOK_IN(&x, i, reviews)) &&
		    (!(TOK_IN(&x, i + m, reviewed) ||
		       (tok_is_word(&x, i + m) && vn_is_digit(x.s[x.t[i + m].start]))) ||
		     !(reviewer = body_opening(&x, i - tok_list_before(&x, 0, i, holding, ORGANIZING))).len))
			m = 0;
		if (!m || tok_list_before(&x, 0, i, generic, NELEM(generic)) ||
		    counted(&x, i) ||
		    tok_list_before(&x, 0, i, venues, NELEM(venues)) ||
		    /* a kind alone names one where it is held: "Tỉnh ủy tổ chức hội nghị tổng kết." */
		    ((i + m == x.n || (x.t[i + m].punct && strchr(",;:.)!?", x.t[i + m].punct))) &&
		     !tok_list_before(&x, 0, i, holding, ORGANIZING)) ||
		    (TOK_IN(&x, i + m, clause_verbs) && !handed_object(&x, i + m)) || TOK_IN(&x, i + m, pointing_back) ||
		    /* "thực hiện Nghị quyết Đại hội ...": a document's name */
		    document_before(&x, i) ||
		    TOK_IN(&x, i + m, holding) || /* "Đại hội tổ chức ...": a body that holds */
		    /* the end of a name: "Bắc Kỳ họp", "Tư vấn Hội nghị" */
		    (x.t[i].upper && i > 1 && tok_is_word(&x, i - 1) && x.t[i - 1].upper) ||
		    tok_phrase(&x, i, "đại hội đồng")) /* the General Assembly: a body */
			continue;
		/* "Huyện ủy không tổ chức hội nghị tổng kết": an event not held
		 * names none, nor one held whenever ("mỗi khi triệu tập cuộc họp") */
		if ((v = holding_in(&x, i > 4 ? i - 4 : 0, i, &which)) >= 0 &&
		    (tok_list_before(&x, 0, v, not_held, NELEM(not_held)) ||
		     tok_list_before(&x, 0, v, whenever, NELEM(whenever)) ||
		     tok_list_before(&x, 0, v, directing, NELEM(directing))))
			continue;
		memset(e, 0, sizeof *e);
		/* the object of a ceremony's verb is of its subject, even a verb's word */
		object = handed_object(&x, i + m);
		end = subject_end(&x, i + m + object, tok_is_punct(&x, i - 1, '"') || tok_is_punct(&x, i - 1, 'o'),
				  TOK_IN(&x, i, meeting_kinds) > 0 || working_visit(&x, i));
		/* a kind alone before a mark goes on only into a task ("tổ chức
		 * hội nghị tổng kết, đánh giá ..."), not into another clause */
		if (i + m < x.n && x.t[i + m].punct && strchr(",;:.)!?", x.t[i + m].punct) &&
		    !TOK_IN(&x, i + m + 1, tasks))
			end = i + m;
		e->name = tok_span(&x, i, end);
		/* held by a verb before it or after it, but not by one of what
		 * is reported after it ("Báo cáo tại buổi làm việc cho biết, 100%
		 * chi bộ đã tổ chức xong đại hội") */
		e->held = holding_in(&x, 0, i, &which) >= 0 ||
			  ((v = holding_in(&x, i, x.n, &which)) >= 0 && !reported_before(&x, i, v));
		/* "UBND tỉnh đã làm lễ công bố ...": who holds a ceremony; the
		 * body that reviews, which says less than a conference held
		 * ("Huyện ủy X tổng kết ...", a headline, then "Ban Thường vụ
		 * Huyện ủy X tổ chức hội nghị tổng kết ...") */
		if (reviewer.len)
			e->organizer = reviewer;
		/* "Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy ...":
		 * the body that visits */
		else if (working_visit(&x, i) &&
			 ((reviewer = body_opening(&x, i)).len || (reviewer = delegation_body(&x, i)).len))
			e->organizer = reviewer;
		/* "Thường trực Tỉnh ủy đã có buổi làm việc với ...": the body that has it */
		else if ((v = had_session(&x, i)) >= 0 &&
			 ((reviewer = body_opening(&x, v)).len || (reviewer = delegation_body(&x, v)).len))
			e->organizer = reviewer;
		else if (i > 0 && tok_is(&x, i - 1, "làm") && tok_is(&x, i, "lễ"))
			e->organizer = holder_before(&x, i - 1), e->held = true;
		else if ((v = holding_in(&x, 0, i, &which)) >= 0 && which < ORGANIZING)
			e->organizer = holder_before(&x, v);
		else if (v >= 0 && (which == OPENING || which == CLOSING || which == MEETING) &&
			 past_manner(&x, v + tok_phrase(&x, v, holding[which])) == i)
			e->organizer = body_opening(&x, v);
		else if ((v = body_of(&x, i + m, end)) >= 0) {
			/* "dự Hội nghị tổng kết ... của Đảng ủy xã Tân Lập" */
			e->organizer = tok_span(&x, v + 1, end);
			e->name = tok_span(&x, i, v);
		} else if (end < x.n && (v = holder_after(&x, end)) >= 0) {
			/* "của Huyện ủy Lục Ngạn được tổ chức": the body, without the verb's words */
			while (v > end + 2 && (tok_is(&x, v - 1, "được") || tok_is(&x, v - 1, "đã") || tok_is(&x, v - 1, "sẽ")))
				v--;
			e->organizer = tok_span(&x, end + 1, v);
		} else if ((v = body_of_event(&x, i, i + m, end)) >= 0) {
			/* "Kỳ họp thứ 25 HĐND tỉnh khóa XVI": the body whose session
			 * it is, without the month after it ("... tháng 11") */
			b = names_proper_end(&x, v, end);
			b -= b - 1 > v && TOK_IN(&x, b - 1, periods);
			e->organizer = tok_span(&x, v, b);
		}
		review(s, e->name.start, e->name.start + e->name.len, tok_phrase(&x, i, "đại hội") != 0, e);
		if (!e->review_year)
			anniversary(s, &x, i, end, e);
		if (!e->review_year)
			years_since_document(s, &x, i, end, e);
		if (!e->review_year)
			bracketed_period(s, &x, end, e);
		if (!e->review_year)
			purpose_period(s, &x, end, e);
		if (!e->review_year)
			cited_document_day(s, &x, i, e);
		return true;
	}
	return false;
}

int event_year(const struct event *e, int month, int day)
{
	long end, best = 0, d;
	int y, year = 0;

	if (!e->review_year || month < 1 || month > 12)
		return 0;
	end = calendar_day_number(e->review_year, e->review_month, e->review_day);
	for (y = e->review_year - 1; y <= e->review_year + 1; y++) {
		d = labs(calendar_day_number(y, month, day ? day : 1) - end);
		if (!year || d < best)
			best = d, year = y;
	}
	return year;
}
