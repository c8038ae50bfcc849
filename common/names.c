/* names.c: the words around names of people and bodies, and where the names end. */
#include "names.h"
#include "vietnamese.h"

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
