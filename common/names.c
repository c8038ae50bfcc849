/* names.c: the words around names of people and bodies, and where the names end. */
#include "names.h"

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
