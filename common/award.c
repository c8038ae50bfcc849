/* award.c: reads the awards given in one sentence from the words around the award
 * names: the verb that gives them, who stands before it, the recipients after
 * "cho", and the reason after the recipients. */
#include "award.h"
#include "names.h"
#include "token.h"
#include "util.h"

#include <stdint.h>
#include <string.h>

/* Words a passive agent may have: "được Thủ tướng Chính phủ tặng". */
enum { AGENT_MAX = 8 };

/* ---- Tables: the award names as the law on emulation and commendation names
 * them, the recipients they are counted in, and the verbs that give them. ---- */

enum kind { PLAIN, ORDER, MEDAL, BADGE, MEMORIAL, TITLE };

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
	{"cờ thi đua", "Cờ thi đua", PLAIN},
	{"bằng khen", "Bằng khen", PLAIN},
	{"giấy khen", "Giấy khen", PLAIN},
	{"kỷ niệm chương", "Kỷ niệm chương", MEMORIAL},
	{"kỉ niệm chương", "Kỷ niệm chương", MEMORIAL},
	{"giải thưởng hồ chí minh", "Giải thưởng Hồ Chí Minh", PLAIN},
	{"giải thưởng nhà nước", "Giải thưởng Nhà nước", PLAIN},
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
	{"kháng chiến", "Kháng chiến"},
};

static const struct name medals[] = {
	{"quân kỳ quyết thắng", "Quân kỳ quyết thắng"},
	{"vì an ninh tổ quốc", "Vì an ninh Tổ quốc"},
	{"chiến sĩ vẻ vang", "Chiến sĩ vẻ vang"},
	{"hữu nghị", "Hữu nghị"},
};

static const struct name classes[] = {
	{"hạng nhất", "hạng Nhất"},
	{"hạng nhì", "hạng Nhì"},
	{"hạng ba", "hạng Ba"},
	{"hạng iii", "hạng Ba"},
	{"hạng ii", "hạng Nhì"},
	{"hạng i", "hạng Nhất"},
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
	"khu dân cư", "thị trấn", "xã", "phường", "huyện", "thôn", "trường", "người",
};

/* Words that start a group of recipients without counting it. */
static const char *const determiners[] = {
	"các", "những", "nhiều", "một số", "toàn thể", "tất cả",
};

enum mode { ACTIVE, RECEIVE, PASSIVE };

static const char *const active_verbs[] = {
	"trao tặng", "tặng thưởng", "khen thưởng", "truy tặng", "phong tặng",
	"trao thưởng", "công nhận", "trao", "tặng",
};

static const char *const receive_verbs[] = {"đón nhận", "nhận được", "nhận", "đạt"};

/* Before the verb, these make it a proposal, a plan or a rule: no award is given. */
static const char *const not_given[] = {
	"đề nghị", "đề xuất", "xét", "sẽ", "dự kiến", "chuẩn bị", "kế hoạch",
	"phấn đấu", "để", "trình", "không", "chưa", "nếu", "hiệp y", "quy định",
	"tiêu chuẩn", "điều kiện", "hồ sơ",
};

/* Opening words of a sentence that are not its subject: "Nhân dịp này, ...". */
static const char *const openers[] = {
	"nhân dịp", "dịp này", "nhân", "tại", "trong", "theo", "sáng", "chiều", "tối",
	"ngày", "hôm", "năm", "cũng", "trước đó", "sau đó", "dịp", "qua", "với", "từ",
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
		if ((m = tok_phrase(x, k, "năm tuổi đảng"))) {
			append_str(v, " ");
			append_str(v, years);
			append_str(v, " năm tuổi Đảng");
			return k + m;
		}
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

/* Reads the award name at token i into *it; returns false if none starts there. */
static bool award_at(struct tokens *x, int i, struct item *it)
{
	size_t f, w;
	int k, m, lead = i;
	bool titled = false;

	if (i >= x->n || x->t[i].memo)
		return false;
	if ((m = tok_phrase(x, i, "danh hiệu"))) {
		titled = true;
		i += m;
		/* "danh hiệu tập thể “Anh hùng Lao động”": who may hold it, then the title */
		if ((m = tok_phrase(x, i, "tập thể")) && (tok_is_punct(x, i + m, 'o') || tok_is_punct(x, i + m, '"')))
			i += m;
	}
	for (f = 0; f < NELEM(families) && !titled; f++)
		if ((m = tok_phrase(x, i, families[f].words)))
			break;
	if ((titled || f == NELEM(families)) &&
	    !((m = name_at(x, i, titles, NELEM(titles), &w)) && (titled || x->t[i].upper)) &&
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
		} else if (it->kind == MEMORIAL && tok_phrase(x, k, "vì")) {
			/* "Kỷ niệm chương Vì sự nghiệp xây dựng Đảng" */
			int e = k + 1;
			while (tok_is_word(x, e) && e < k + 10 && !names_end(x, e) &&
			       !TOK_IN(x, e, active_verbs))
				e++;
			append_str(it->value, " ");
			append(it->value, x->s + x->t[k].start, x->t[e - 1].end - x->t[k].start);
			k = e;
		}
		if ((it->kind == ORDER || it->kind == MEDAL) &&
		    (m = name_at(x, k, classes, NELEM(classes), &w))) {
			append_str(it->value, " ");
			append_str(it->value, classes[w].value);
			k += m;
		}
		it->end = k;
		return true;
	}
	it->kind = TITLE;
	if ((m = name_at(x, i, titles, NELEM(titles), &w)) && (titled || x->t[i].upper)) {
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
	if (titled && (k = quoted_title(x, i, it->value))) {
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
	return TOK_IN(x, i, nouns);
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

/* A group of recipients at i, up to end: counted ("03 tập thể"), or named as
 * written ("Sở Nội vụ", "các tập thể, cá nhân", "huyện Yên Thế"). lists_only:
 * counted and "các ..." groups only, as after a reason. */
static int group_at(struct tokens *x, int i, int end, struct award_recipient *r, bool lists_only)
{
	struct item title;
	int k, m, h;

	if (i >= end)
		return 0;
	if ((k = counted_at(x, i, r)) && i + k <= end)
		return k;
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
	if (lists_only || award_at(x, i, &title))
		return 0;
	/* The name without "đồng chí" or "ông". */
	if ((h = names_honorific(x, i)) && !(tok_is_word(x, i + h) && x->t[i + h].upper))
		h = 0;
	k = i + h;
	if ((m = names_head(x, k)) && tok_is_word(x, k + m) && x->t[k + m].upper)
		k += m;
	else if (!tok_is_word(x, k) || !x->t[k].upper)
		return 0;
	while (k < end && tok_is_word(x, k) && (x->t[k].upper || !names_end(x, k)) &&
	       !TOK_IN(x, k, active_verbs))
		k++;
	k = names_body_end(x, i + h, k, end);
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

/* The span a..b without the linking words and marks around it. */
static struct span reason_span(struct tokens *x, int a, int b)
{
	int m;

	for (;;) {
		while (a < b && x->t[a].punct && x->t[a].punct != 'o' && x->t[a].punct != '"')
			a++;
		if (a < b && (m = TOK_IN(x, a, reason_links)) && a + m < b)
			a += m;
		else
			break;
	}
	while (b > a && x->t[b - 1].punct && x->t[b - 1].punct != 'c' && x->t[b - 1].punct != '"' &&
	       x->t[b - 1].punct != ')')
		b--;
	return tok_span(x, a, b);
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

static bool is_separator(struct tokens *x, int k)
{
	return k >= 0 && k < x->n && x->t[k].sep;
}

/* Whether a separator at k starts another group: ", 93 cá nhân", "và các ...". */
static bool next_group(struct tokens *x, int k, int end, bool lists_only, int *skip)
{
	struct award_recipient r;

	if (!is_separator(x, k))
		return false;
	*skip = 1;
	if (tok_is(x, k + 1, "với") || tok_is(x, k + 1, "và"))
		*skip = 2;
	return group_at(x, k + *skip, end, &r, lists_only) > 0;
}

/* Reads recipients and their reasons from tokens a..end into it; returns
 * false if no recipient starts at a. */
static bool recipients(struct tokens *x, int a, int end, struct item *it)
{
	struct award_recipient r;
	bool lists_only = false;
	int k, m, skip;

	if (!(m = group_at(x, a, end, &r, false)))
		return false;
	for (;;) {
		add_recipient(it, &r);
		k = a + m;
		if (k >= end)
			return true;
		if (next_group(x, k, end, lists_only, &skip)) {
			a = k + skip;
			m = group_at(x, a, end, &r, lists_only);
			continue;
		}
		/* The reason runs to the next counted group after a separator. */
		for (a = k; k < end && !next_group(x, k, end, true, &skip); k++)
			;
		add_reason(it, reason_span(x, a, k));
		if (k >= end)
			return true;
		lists_only = true;
		a = k + skip;
		m = group_at(x, a, end, &r, true);
	}
}

/* "của Ban Thường vụ Tỉnh ủy": the giver named after the award, up to end. */
static int giver_after(struct tokens *x, int i, int end, struct span *by)
{
	int k;

	if (!tok_is(x, i, "của"))
		return 0;
	for (k = i + 1; k < end && tok_is_word(x, k); k++) {
		if (!x->t[k].upper && (names_end(x, k) || TOK_IN(x, k, active_verbs)))
			break;
	}
	if (k == i + 1)
		return 0;
	k = names_body_end(x, i + 1, k, end);
	*by = tok_span(x, i + 1, k);
	return k - i;
}

/* ---- Verbs and the clauses around them ---- */

struct verb {
	int start, end; /* the verb's tokens, "được" and the agent included */
	enum mode mode;
	struct span agent; /* "được Bộ Nội vụ tặng" */
};

/* Reads the verb at token i into *v; false if none is there. */
static bool verb_at(struct tokens *x, int i, struct verb *v)
{
	int m, k;

	/* Every verb starts with one of these letters: a quick no for most words. */
	static const bool verb_start[256] = {['t'] = 1, ['k'] = 1, ['p'] = 1, ['c'] = 1,
					     ['n'] = 1, [0xC4] = 1, ['T'] = 1};

	/* A capital is a name ("Ban Thi đua - Khen thưởng"), except at the start. */
	if (!tok_is_word(x, i) || (x->t[i].upper && i > 0) ||
	    !verb_start[(unsigned char)x->s[x->t[i].start]])
		return false;
	v->start = i;
	v->agent = (struct span){0, 0};
	if (tok_is(x, i, "được")) {
		if ((m = TOK_IN(x, i + 1, receive_verbs))) {
			v->mode = RECEIVE;
			v->end = i + 1 + m;
			return true;
		}
		for (k = i + 1; k <= i + 1 + AGENT_MAX && tok_is_word(x, k); k++) {
			if (!x->t[k].upper && (m = TOK_IN(x, k, active_verbs))) {
				v->mode = PASSIVE;
				v->agent = tok_span(x, i + 1, k);
				v->end = k + m;
				return true;
			}
			if (!x->t[k].upper && names_end(x, k))
				break;
		}
		return false;
	}
	if ((m = TOK_IN(x, i, active_verbs)))
		v->mode = ACTIVE;
	else if ((m = TOK_IN(x, i, receive_verbs)))
		v->mode = RECEIVE;
	else
		return false;
	v->end = i + m;
	return true;
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
	int k;

	for (k = verb - 1; k >= from && !tok_is_punct(x, k, ',') && !tok_is_punct(x, k, ';') &&
			   !tok_is_punct(x, k, ':');
	     k--)
		if (TOK_IN(x, k, not_given) && !tok_is(x, k - 1, "theo"))
			return true;
	return false;
}

/* The subject of the verb at token `verb`, as tokens *a..*b: without the
 * openers ("Nhân dịp này,"), the words between it and the verb ("đã"), and
 * "Thay mặt X," whose X goes to *on_behalf. */
static void subject(struct tokens *x, int from, int verb, int *a, int *b,
		    struct span *on_behalf)
{
	int k, m;

	on_behalf->len = 0;
	/* "Trong ảnh: ..." */
	for (k = verb - 1; k >= from && !tok_is_punct(x, k, ':') && !tok_is_punct(x, k, ';'); k--)
		;
	from = k + 1;
	for (;;) {
		for (k = from; k < verb && !tok_is_punct(x, k, ','); k++)
			;
		if (k >= verb)
			break;
		if ((m = tok_phrase(x, from, "thay mặt")))
			*on_behalf = tok_span(x, from + m, k);
		else if (!TOK_IN(x, from, openers))
			break;
		from = k + 1;
	}
	while ((m = tok_list_before(x, from, verb, auxiliaries, NELEM(auxiliaries))))
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
	if (!it->nreason) {
		it->reason = from->reason;
		it->nreason = from->nreason;
	}
}

/* The awards the verb v gives over tokens v.end..end, its subject after from. */
static void conferral(struct tokens *x, int from, const struct verb *v, int end,
		      struct found *out)
{
	struct item items[AWARD_MAX], subj, other, *it;
	struct span on_behalf, by;
	int n = 0, k, a, b, i, m, rend;

	/* The awards this verb gives: the first after it, and each one after a separator. */
	for (k = v->end; k < end && n < AWARD_MAX; k++)
		if ((n == 0 || is_separator(x, k - 1)) && award_at(x, k, &items[n])) {
			items[n].parts = out->parts;
			k = items[n++].end - 1;
		}
	if (!n || not_given_before(x, from, v->start))
		return;
	subject(x, from, v->start, &a, &b, &on_behalf);
	memset(&subj, 0, sizeof subj);
	subj.parts = out->parts;
	if (v->mode == ACTIVE) {
		by = on_behalf.len ? on_behalf : names_subject(x, a, b);
		/* "tặng 5 tập thể Bằng khen" */
		if (items[0].lead > v->end)
			recipients(x, v->end, items[0].lead, &subj);
	} else {
		/* "Bằng khen của Thủ tướng được tặng cho ...": a rule about the award. */
		for (k = a; k < b; k++)
			if (award_at(x, k, &other) && other.kind != TITLE)
				return;
		by = v->agent;
		if (on_behalf.len) {
			struct award_recipient r = {{-1, 0}, on_behalf};

			add_recipient(&subj, &r);
		} else {
			if ((m = TOK_IN(x, a, stand_ins)) && a + m < b)
				a += m;
			recipients(x, a, b, &subj);
			/* Words after the names in the subject describe them; they are
			 * not what the award is given for. */
			subj.nreason = 0;
		}
	}

	for (i = 0; i < n; i++) {
		it = &items[i];
		rend = i + 1 < n ? items[i + 1].lead : end;
		while (rend > it->end && is_separator(x, rend - 1))
			rend--;
		k = it->end + giver_after(x, it->end, rend, &it->by);
		if (!it->by.len)
			it->by = by;
		if (k >= rend)
			continue;
		if ((m = tok_phrase(x, k, "cho")) || (m = tok_phrase(x, k, "đối với")) ||
		    (m = tok_phrase(x, k, "tới")))
			recipients(x, k + m, rend, it);
		else if (v->mode != ACTIVE || !recipients(x, k, rend, it))
			add_reason(it, reason_span(x, k, rend));
	}
	/* "Cờ thi đua cho 03 tập thể; Bằng khen cho ... có thành tích ...": what
	 * the list ends with is said of every award in it. */
	for (i = n - 2; i >= 0; i--)
		share(&items[i], &items[i + 1]);
	for (i = 0; i < n; i++) {
		share(&items[i], &subj);
		emit(x, &items[i], out);
	}
}

/* The awards in the tokens of x, verb by verb. */
static void awards_in(struct tokens *x, struct found *out)
{
	struct verb v[2];
	int cur = -1, from = 0, i, last_sep = -1;

	for (i = 0; i < x->n; i++) {
		struct verb *w = &v[cur == 0];
		if (is_separator(x, i) || tok_is_punct(x, i, ':')) {
			last_sep = i;
			continue;
		}
		if (!verb_at(x, i, w))
			continue;
		i = w->end - 1;
		/* A later verb gives awards of its own only in a clause of its own;
		 * "đạt" after a recipient is the reason it gets one. */
		if (cur >= 0 && (last_sep < v[cur].end || tok_phrase(x, w->start, "đạt")))
			continue;
		if (!gives_award(x, w))
			continue;
		if (cur >= 0) {
			conferral(x, from, &v[cur], last_sep, out);
			from = last_sep + 1;
		}
		cur = (int)(w - v);
	}
	if (cur >= 0)
		conferral(x, from, &v[cur], x->n, out);
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

bool award_maybe(const char *s, size_t n)
{
	return filter_maybe(award_filter(), s, n);
}

size_t award_find(const char *s, size_t n, void (*found)(const struct award *a, void *ctx), void *ctx)
{
	struct tokens x;
	struct parts parts;
	struct found out = {found, ctx, &parts, 0};
	size_t from = 0, stop;

	if (!award_maybe(s, n))
		return 0;
	while (from < n && out.n < AWARD_MAX) {
		stop = tokenize_clauses(&x, s, from, n);
		parts.nto = parts.nreason = 0;
		awards_in(&x, &out);
		from = stop;
	}
	return out.n;
}
