/* ref.c: reads the documents a sentence cites: the words of a kind
 * (doctype.h), then its number, symbol or name, then what is said of it:
 * "của" and who issued it, "ngày" and when, "khóa" and the term, "về" and
 * what it is about. A document of a list with nothing said of it shares
 * what is said of the next. */
#include "ref.h"
#include "doctype.h"
#include "names.h"
#include "numeral.h"
#include "temporal.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <stdio.h>
#include <string.h>

/* ---- Tables ---- */

/* Words between a kind and its number: "Chương trình hành động số 15-CTr/TU". */
static const char *const qualifiers[] = {"hành động", "chuyên đề", "kết luận", "liên tịch"};

/* The nouns a number counts, after which it is no document's ("Kế hoạch 5
 * năm", "Chương trình 100 ngày", "Kết luận 3 vấn đề"); "ngày" and "năm"
 * before a digit begin a date instead. */
static const char *const counted[] = {
	"năm", "tháng", "tuần", "ngày", "giờ", "phút", "người", "lần", "điểm", "vấn đề", "nội dung",
	"nhiệm vụ", "giải pháp", "chỉ tiêu", "tiêu chí", "mục tiêu", "bước", "nhóm", "loại", "cấp",
	"đơn vị", "điều", "khoản", "chương", "mục", "phần", "trang", "đợt", "tỷ", "tỉ", "triệu",
	"nghìn", "ngàn", "trăm", "đồng", "ha", "km", "xã", "huyện", "tỉnh", "hộ", "cán bộ",
	"đảng viên", "tập thể", "cá nhân", "văn bản", "ý kiến", "trường hợp", "%",
};

/* The words before "Luật" or "Hiến pháp" that make it no law: "pháp
 * luật", "kỷ luật", "Đại học Luật", "cử nhân Luật", "Trường Luật", "Tòa
 * án Hiến pháp", "Hội đồng Hiến pháp", "Đạo luật Hiến pháp", "thiết quân
 * luật", "trường trung cấp Luật", and the Khitan name Da Luật. */
static const char *const not_law_after[] = {
	"pháp", "kỷ", "kỉ", "học", "trường", "khoa", "ngành", "cử nhân", "sĩ", "sư", "viên", "quy",
	"định", "tòa án", "toà án", "hội đồng", "đạo luật", "quân", "da", "trung cấp", "cao đẳng",
};

/* Words that end a law's name, besides the words that end any name. */
static const char *const law_ends[] = {
	"quy định", "này", "số", "ngày", "là", "thì", "mà", "nhưng", "cũng", "không", "theo", "sẽ",
	"đang", "vừa", "mới", "hiện hành", "khi", "nên", "bị", "chưa", "phải", "đều", "đó",
	"thông qua", "ban hành", "sửa đổi", "bổ sung", "hiện", "nay", "để", "hay", "hoặc", "như",
	"từ", "qua", "vào", "gồm", "nhằm", "cần", "khóa", "khoá", "chính thức", "hiện tại",
	"trước đây", "cũ", "đầu tiên", "lần", "ra đời", "ra", "điều", "khoản", "chương", "mục",
	"nghiêm cấm", "cấm", "cho phép", "yêu cầu", "áp dụng", "xác định", "nêu", "ghi", "khẳng định",
	"hiệu lực",
};

/* Before a Party body named right after a document, these make the body the
 * subject of the clause, not the document's issuer: "Thực hiện Chỉ thị số
 * 05-CT/TW Ban Thường vụ Tỉnh ủy đã ban hành ...". */
static const char *const clause_verbs[] = {
	"đã", "đang", "sẽ", "vừa", "cũng", "luôn", "ban hành", "tổ chức", "chỉ đạo", "yêu cầu",
	"triển khai", "xây dựng", "quyết định", "đề ra", "lãnh đạo", "tập trung", "có", "được",
};

/* The syllables in lower case of the names of states: "Cộng hòa", "Dân
 * quốc", "Liên bang", "Hợp chúng quốc". */
static const char *const state_words[] = {
	"hòa", "hoà", "quốc", "chủ", "dân", "bang", "hội", "nghĩa", "chúng",
};

/* A constitution named for Vietnam alone is the constitution of its year:
 * "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013" is
 * "Hiến pháp năm 2013". In lower case, as the cleaner writes the tones. */
static const char *const own_country[] = {
	"việt nam", "nước việt nam", "cộng hòa xã hội chủ nghĩa việt nam",
	"nước cộng hòa xã hội chủ nghĩa việt nam",
};

/* The codes ("Bộ luật") that are named in lower case: "Bộ luật hình sự". */
static const char *const lower_codes[] = {
	"hình sự", "dân sự", "lao động", "tố tụng hình sự", "tố tụng dân sự", "hàng hải",
};
static struct phrase_list lower_code_list = PHRASE_LIST(lower_codes);

/* Ordinals in words: "lần thứ tư", "lần thứ nhất". */
static const struct {
	const char *word;
	int value;
} ordinal_words[] = {{"nhất", 1}, {"tư", 4}, {"năm", 5}};

/* ---- A citation being read ---- */

enum kind { SYMBOL, NUMBER, PLENUM, NAMED };

struct cite {
	int first, end;          /* TEXT: its tokens */
	size_t type;             /* in doctypes */
	enum kind kind;
	char id[REF_VALUE_MAX];  /* the symbol or number as it will be keyed, or a name's VALUE */
	int plenum;              /* a plenum's number */
	int issuer_from, issuer_to; /* ISSUER: its tokens */
	char date[24];
	int term[REF_TERMS];
	int nterm;
	struct span subject;
	bool own;                /* something is said of it after its name */
	bool joined;             /* the next citation follows it after only a separator */
	int after;               /* the token after what is said of it */
};

struct reader {
	struct tokens *x;
	struct ref_context *rc;
	struct cite cites[REF_MAX];
	int n;
};

static bool starts_digit(const struct tokens *x, int i)
{
	return tok_is_word(x, i) && vn_is_digit(x->s[x->t[i].start]);
}

static size_t token_len(const struct tokens *x, int i)
{
	return x->t[i].end - x->t[i].start;
}

/* Appends s[0..n) to v, a buffer of REF_VALUE_MAX bytes; false when it does not fit. */
static bool append(char *v, const char *s, size_t n)
{
	size_t len = strlen(v);

	if (len + n >= REF_VALUE_MAX)
		return false;
	memcpy(v + len, s, n);
	v[len + n] = '\0';
	return true;
}

static bool append_str(char *v, const char *s)
{
	return append(v, s, strlen(s));
}

static bool append_token(char *v, const struct tokens *x, int i)
{
	return append(v, x->s + x->t[i].start, token_len(x, i));
}

static bool append_roman(char *v, int value)
{
	char roman[16];

	return numeral_roman_write(value, roman, sizeof roman) && append_str(v, roman);
}

/* ---- Numbers and symbols ---- */

/* Whether s[0..n) holds one of the bytes of set. */
static bool strpbrk_n(const char *s, size_t n, const char *set)
{
	size_t j;

	for (j = 0; j < n; j++)
		if (strchr(set, s[j]))
			return true;
	return false;
}

/* Whether token i is the code of a symbol written apart from its number: in
 * capitals but for one letter ("CP" of "NĐ - CP", "ĐT", "TTg", "QĐi"), or
 * holding a slash ("NQ/QHK6", "/QĐ-HVTC"). */
static bool code_token(const struct tokens *x, int i)
{
	const char *s;
	size_t n, j, k, upper = 0, lower = 0;
	bool slash = false;
	uint32_t cp;

	if (!tok_is_word(x, i) || (n = token_len(x, i)) > 24)
		return false;
	s = x->s + x->t[i].start;
	for (j = 0; j < n; j += k) {
		k = 1;
		if (s[j] == '/')
			slash = true;
		else if ((s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= 'a' && s[j] <= 'z'))
			upper += s[j] < 'a', lower += s[j] >= 'a';
		else if ((unsigned char)s[j] >= 0x80) {
			int l = u8_decode((const unsigned char *)s + j, n - j, &cp);
			if (l <= 0 || !vn_is_letter(cp))
				return false;
			k = (size_t)l;
			upper += vn_is_upper(cp), lower += !vn_is_upper(cp);
		} else if (s[j] != '-' && !vn_is_digit(s[j]))
			return false;
	}
	return upper && (slash || !lower || (upper >= 2 && lower == 1));
}

/* Reads the number or symbol at token i into out (REF_VALUE_MAX bytes):
 * spaces removed ("NĐ - CP" is "NĐ-CP"), a number of one digit written
 * with two, as symbols write it ("5-CT/TW" is "05-CT/TW"). Returns its
 * tokens, or 0; *symbol says whether it has letters (05-CT/TW) or is a
 * number alone (21). A phone number, digits with only marks between them
 * ("2021-2025", "16/7/2021") and numbers with grouping ("1.200") are none. */
static int read_symbol(const struct tokens *x, int i, char *out, bool *symbol)
{
	size_t len, digits, j;
	bool letters = false;
	int k = i + 1;

	out[0] = '\0';
	if (!starts_digit(x, i) || !append_token(out, x, i))
		return 0;
	for (;;) {
		char last = out[strlen(out) - 1];
		/* "2554/ QĐ-UB", "1206 /QĐ-HVTC" */
		if ((last == '/' || last == '-' || (tok_is_word(x, k) && x->s[x->t[k].start] == '/')) &&
		    code_token(x, k)) {
			if (!append_token(out, x, k))
				return 0;
			k++;
		} else if ((tok_is_punct(x, k, '-') || tok_is(x, k, "/")) && code_token(x, k + 1)) {
			if (!append_str(out, tok_is(x, k, "/") ? "/" : "-") || !append_token(out, x, k + 1))
				return 0;
			k += 2;
		} else if (k == i + 1 && strspn(out, "0123456789") == strlen(out) && code_token(x, k) &&
			   strpbrk_n(x->s + x->t[k].start, token_len(x, k), "/-")) {
			/* "96 NQ/QHK6", "138 B-SL" */
			if (!append_token(out, x, k))
				return 0;
			k++;
		} else if (tok_is_punct(x, k, '.') && x->t[k].start == x->t[k - 1].end && code_token(x, k + 1) &&
			   x->t[k + 1].start == x->t[k].end) {
			/* "3109/QĐ.UB-KH" */
			if (!append_str(out, ".") || !append_token(out, x, k + 1))
				return 0;
			k += 2;
		} else {
			break;
		}
	}
	len = strlen(out);
	while (len > 1 && (out[len - 1] == '/' || out[len - 1] == '-'))
		out[--len] = '\0';
	/* a number with grouping or decimals is no document's: "1.200", "98,35" */
	if (strpbrk_n(x->s + x->t[i].start, token_len(x, i), ".,"))
		return 0;
	for (j = 0; j < len; j++)
		letters |= (unsigned char)out[j] >= 0x80 || (out[j] >= 'A' && out[j] <= 'Z') ||
			   (out[j] >= 'a' && out[j] <= 'z');
	digits = strspn(out, "0123456789");
	if (!letters && digits < len)
		return 0;
	if (!letters && digits >= 8 && out[0] == '0')
		return 0;
	if (digits == 1) {
		if (len + 2 > REF_VALUE_MAX)
			return 0;
		memmove(out + 1, out, len + 1);
		out[0] = '0';
	}
	*symbol = letters;
	return k - i;
}

/* Whether a bare number (no "số" before it) at token k - 1 is a document's:
 * what follows it is no noun it counts. */
static bool number_stands(const struct tokens *x, int k)
{
	if ((tok_is(x, k, "ngày") || tok_is(x, k, "năm")) && starts_digit(x, k + 1))
		return true;
	return !starts_digit(x, k) && !TOK_IN(x, k, counted);
}

/* A year of four digits at token i ("2013"): its value, or 0. */
static int year_at(const struct tokens *x, int i)
{
	const char *s;
	int y = 0, j;

	if (!starts_digit(x, i) || token_len(x, i) != 4)
		return 0;
	s = x->s + x->t[i].start;
	for (j = 0; j < 4; j++) {
		if (!vn_is_digit(s[j]))
			return 0;
		y = 10 * y + s[j] - '0';
	}
	return y >= 1000 && y <= 2100 ? y : 0;
}

/* A Roman numeral or a number of one or two digits at token i ("XIII",
 * "13"): its value, or 0. */
static int roman_at(const struct tokens *x, int i)
{
	const char *s;
	size_t len, n;
	int v;

	if (!tok_is_word(x, i))
		return 0;
	s = x->s + x->t[i].start;
	n = token_len(x, i);
	if (vn_is_digit(s[0]))
		return n == 1 ? s[0] - '0' : n == 2 && vn_is_digit(s[1]) ? 10 * (s[0] - '0') + s[1] - '0' : 0;
	v = numeral_roman(s, n, &len);
	return v && len == n ? v : 0;
}

/* An ordinal at token i ("4", "IV", "tư", "nhất", "mười hai"): its value,
 * and its tokens in *m; 0 when none is there. */
static int ordinal_at(const struct tokens *x, int i, int *m)
{
	struct numeral v;
	size_t used, k, end;
	int v0;

	*m = 1;
	if ((v0 = roman_at(x, i)))
		return v0;
	if (!tok_is_word(x, i))
		return 0;
	for (k = 0; k < NELEM(ordinal_words); k++)
		if (tok_is(x, i, ordinal_words[k].word))
			return ordinal_words[k].value;
	used = numeral_parse(x->s + x->t[i].start, x->t[x->n - 1].end - x->t[i].start, &v);
	if (!used || v.exp10 != 0 || v.mant < 1 || v.mant > 99)
		return 0;
	end = x->t[i].start + used;
	for (*m = 0; i + *m < x->n && x->t[i + *m].end <= end; ++*m)
		;
	return *m && x->t[i + *m - 1].end == end ? (int)v.mant : 0;
}

/* ---- What is said of a document ---- */

static bool citation_starts(const struct tokens *x, int i);

/* The issuer's name at token k ("Bộ Chính trị", "Hội nghị lần thứ năm Ban
 * Chấp hành Trung ương Đảng", "UBND tỉnh"): its tokens, or 0. */
static int issuer_at(const struct tokens *x, int k)
{
	int e = names_proper_end(x, k, x->n), j, m;
	size_t t;

	/* "Hội nghị lần thứ năm Ban Chấp hành ...": the plenum's ordinal inside the name */
	if (e > k && ((m = tok_phrase(x, e, "lần thứ")) || (m = tok_phrase(x, e, "lần"))) &&
	    ordinal_at(x, e + m, &j) && tok_is_word(x, e + m + j) && x->t[e + m + j].upper)
		e = names_proper_end(x, e + m + j, x->n);
	if (e == k)
		return 0;
	/* "Bộ Văn hóa, Thể thao và Du lịch", but not "Ban Bí thư và Hướng dẫn số
	 * 02", nor "Giám đốc Trung tâm Internet Việt Nam hướng dẫn ..." */
	for (j = e, e = names_body_end(x, k, e, x->n); j < e; j++)
		if (((tok_is_punct(x, j, ',') || tok_is(x, j, "và")) && citation_starts(x, j + 1)) ||
		    (j > k && !x->t[j].upper && doctype_at(x, j, &t)))
			e = j;
	return e - k;
}

/* The issuer at token k into c, as issuer_at finds it. */
static int read_issuer(const struct tokens *x, int k, struct cite *c)
{
	int m = issuer_at(x, k);

	if (m) {
		c->issuer_from = k;
		c->issuer_to = k + m;
	}
	return m;
}

/* "ngày 21/01/2019", or ", ngày ...", at token k: the date into c; its tokens, or 0. */
static int read_date(const struct tokens *x, int k, struct cite *c)
{
	struct temporal t;
	int j = k + tok_is_punct(x, k, ','), e;

	if (!tok_is(x, j, "ngày") ||
	    !temporal_find(x->s, x->t[x->n - 1].end, x->t[j].start, &t) || t.start != x->t[j].start ||
	    t.kind != TEMPORAL_DATE || strlen(t.value) >= sizeof c->date)
		return 0;
	strcpy(c->date, t.value);
	for (e = j; e < x->n && x->t[e].end <= t.start + t.len; e++)
		;
	return e - k;
}

/* "năm 2013" or "2013" after a law's name: the year into c; its tokens, or 0. */
static int read_year(const struct tokens *x, int k, struct cite *c)
{
	int m = tok_is(x, k, "năm"), y = year_at(x, k + m);

	if (!y)
		return 0;
	snprintf(c->date, sizeof c->date, "%d", y);
	return m + 1;
}

static bool is_term_word(const struct tokens *x, int i)
{
	return tok_is(x, i, "khóa") || tok_is(x, i, "khoá");
}

/* "khóa XIII", "(khóa XI, khóa XII)", "khóa XI, XII", ", khóa X", "- khóa IX"
 * at token k: the terms into c; the tokens, or 0. */
static int read_term(const struct tokens *x, int k, struct cite *c)
{
	int j = k, v, q;
	bool open = tok_is_punct(x, j, '(');

	if (open || tok_is_punct(x, j, '-') || tok_is_punct(x, j, ','))
		j++;
	if (!is_term_word(x, j) || !(v = roman_at(x, j + 1)))
		return 0;
	c->nterm = 0;
	c->term[c->nterm++] = v;
	for (j += 2;; j = q + 1) {
		q = j;
		if (!tok_is_punct(x, q, ',') && !tok_is(x, q, "và"))
			break;
		q++;
		q += is_term_word(x, q);
		if (!(v = roman_at(x, q)))
			break;
		if (c->nterm < REF_TERMS)
			c->term[c->nterm++] = v;
	}
	if (open) {
		if (!tok_is_punct(x, j, ')')) {
			c->nterm = 0;
			return 0;
		}
		j++;
	}
	return j - k;
}

/* Whether a citation starts at token i: the words of a kind in capitals, or before "số". */
static bool citation_starts(const struct tokens *x, int i)
{
	size_t t;
	int m = doctype_at(x, i, &t);

	return m && doctypes[t].forms && (x->t[i].upper || tok_is(x, i + m, "số"));
}

/* "về tinh giản biên chế ..." at token k, up to the end of its clause (a
 * ';', '.', ':', a closing bracket it did not open, a comma or "và" before
 * another citation, or "do" before the body that issued it); "về việc"
 * drops "việc"; “về ...” in quotes ends with them. The subject into c; its
 * tokens, or 0. */
/* The verbs by which the subject of a clause issues the document after
 * them, and the words that may stand between the two. */
static const char *const issuing_verbs[] = {"ký ban hành", "ban hành", "ký", "ra", "thông qua"};
/* The verb by which the subject of a clause sends a letter, which it
 * issues too ("Bộ Tư pháp gửi công văn số ..."); who sends another document
 * may only pass it on ("Sở gửi văn bản số 12/KH-UBND"). */
static const char *const sending_verbs[] = {"gửi"};
/* "UBND tỉnh vừa có Công văn số 1234/UBND-NC": a verb that issues a
 * document with a symbol, which a number or a name does not say ("Việt Nam
 * có Luật Đất đai"). */
static const char *const having_verbs[] = {"có"};
static const char *const issuing_adverbs[] = {"đã", "vừa", "mới", "cũng", "lại", "tiếp tục", "chính thức", "lần đầu tiên"};

/* After a comma, these begin a clause of their own, not more of a
 * subject that a verb begins: "..., theo đó tỉnh Mỹ Tho ...". */
static const char *const next_clauses[] = {"theo đó", "từ đó", "đồng thời", "sau đó"};

/* The verbs of what a decision or a decree does, which its SUBJECT begins
 * with right after it, or after its issuer or date, also after a comma
 * there; "quyết định" before one of them is left out ("Nghị quyết
 * 133/NQ-CP quyết định chuyển huyện ..."). */
static const char *const content_verbs[] = {
	"thành lập", "phê duyệt", "công nhận", "giải thể", "sáp nhập", "hợp nhất", "chia", "điều chỉnh",
	"đổi tên", "bãi bỏ", "bổ nhiệm", "kiện toàn", "chuẩn y", "nâng cấp", "ấn định", "chuyển",
	"thay đổi", "mở rộng", "quy định",
};

/* Whether a body that a verb of its own (clause_verbs) follows stands at
 * token k: after a comma, it begins a clause of its own ("Thực hiện Quy
 * định số 22-QĐ/TW ... về công tác kiểm tra, giám sát và kỷ luật của Đảng,
 * Ủy ban Kiểm tra Tỉnh ủy đã ban hành ..."), where a list of bodies in a
 * subject goes on with a comma or "và". */
static bool body_clause_at(const struct tokens *x, int k)
{
	/* a place in small letters that the clause is of: "..., tỉnh đã giảm" */
	static const char *const places[] = {"tỉnh", "huyện", "xã", "phường", "thị xã", "thị trấn", "thành phố", "quận"};
	int e, m;

	if ((m = TOK_IN(x, k, places)) && !x->t[k].upper && TOK_IN(x, k + m, clause_verbs))
		return true;
	if (!tok_is_word(x, k) || !x->t[k].upper || !(names_body(x, k) || names_authority(x, k)))
		return false;
	/* (over "và" within a body's name: "Bộ Tài nguyên và Môi trường đã ...") */
	e = names_body_end(x, k, names_proper_end(x, k, x->n), x->n);
	return e > k && tok_is_word(x, e) && !x->t[e].upper && TOK_IN(x, e, clause_verbs);
}

static int read_subject(const struct tokens *x, int k, struct cite *c)
{
	int a = k, b, e, v, m, depth = 0, brackets = 0, verb_len = 0;
	bool said, verb = false;
	bool quoted = (tok_is_punct(x, k, 'o') || tok_is_punct(x, k, '"')) && tok_is(x, k + 1, "về");
	bool inner_quote = false;

	/* ", về việc ..." */
	if (tok_is_punct(x, k, ',') && tok_phrase(x, k + 1, "về việc"))
		a++;
	a += quoted;
	/* "... có nội dung về việc điều chỉnh ...", "với nội dung về ..." */
	if (!quoted && ((m = tok_phrase(x, a, "có nội dung")) || (m = tok_phrase(x, a, "với nội dung"))) &&
	    tok_is(x, a + m, "về"))
		a += m;
	/* "... của UBND tỉnh thành lập Ban chỉ đạo", "Nghị định số 37/CP
	 * nâng cấp thị xã ...": right after it, or after its issuer or date,
	 * the verb of what it does, with the verb; after a comma too where its
	 * issuer, date or a verb that issues it is said ("Chính phủ ban hành
	 * Nghị định số 27/2004/NĐ-CP, thành lập ...") */
	said = c->issuer_to > c->issuer_from || c->date[0] ||
	       tok_list_before(x, 0, c->first, issuing_verbs, NELEM(issuing_verbs));
	if (!quoted && a == k) {
		v = k + (tok_is_punct(x, k, ',') && said);
		if ((m = tok_phrase(x, v, "quyết định")) && TOK_IN(x, v + m, content_verbs))
			v += m;
		/* what a law, a constitution or a charter "quy định" is one of
		 * its provisions, no subject */
		if ((m = TOK_IN(x, v, content_verbs)) && (said || k == c->end) &&
		    !(tok_phrase(x, v, "quy định") &&
		      (doctypes[c->type].forms & (DOCTYPE_LAW | DOCTYPE_CONSTITUTION | DOCTYPE_CHARTER))))
			a = v, verb = true, verb_len = m;
	}
	if (verb)
		;
	else if (!tok_is(x, a, "về"))
		return 0;
	else
		a += 1 + tok_is(x, a + 1, "việc");
	for (b = a; b < x->n; b++) {
		char p = x->t[b].punct;
		if (p == ';' || p == '.' || p == ':' || (p == ')' && !brackets))
			break;
		brackets += (p == '(') - (p == ')');
		/* "... do Bộ Công an ban hành": the issuer; "... có hiệu lực
		 * từ 1/1/2025": what is said of it */
		if ((tok_is(x, b, "do") && x->t[b + 1 < x->n ? b + 1 : b].upper && names_authority(x, b + 1)) ||
		    tok_phrase(x, b, "có hiệu lực"))
			break;
		if (p == 'o')
			depth++;
		else if (p == 'c' && depth)
			depth--;
		else if (p == 'c')
			break;
		else if (p == '"' && inner_quote)
			inner_quote = false;
		else if (p == '"' && quoted)
			break;
		else if (p == '"')
			inner_quote = true;
		if ((p == ',' || tok_is(x, b, "và")) && citation_starts(x, b + 1))
			break;
		if (p == ',' && body_clause_at(x, b + 1))
			break;
		/* a clause of its own after the subject: ", theo đó ...", ", ông X
		 * được cử ...", "và ra Quyết định ..." */
		if ((p == ',' && TOK_IN(x, b + 1, next_clauses)) ||
		    (verb && ((p == ',' && names_honorific(x, b + 1)) || (tok_is(x, b, "và") && TOK_IN(x, b + 1, issuing_verbs)))))
			break;
	}
	e = b + (quoted && b < x->n && (x->t[b].punct == 'c' || x->t[b].punct == '"'));
	while (b > a && x->t[b - 1].punct && x->t[b - 1].punct != 'c' && x->t[b - 1].punct != '"' &&
	       x->t[b - 1].punct != ')')
		b--;
	/* a verb alone says nothing of it ("Sắc lệnh 85 quy định:") */
	if (b <= a + verb_len)
		return 0;
	c->subject = tok_span(x, a, b);
	return e - k;
}

/* ---- Documents cited by name ---- */

/* Appends tokens a..b-1 to v, words one space apart; a comma goes on the
 * word before it, and a dash that joins two parts of a name is written as
 * the comma of its official form ("Thi đua - Khen thưởng" is "Thi đua,
 * khen thưởng"). The first letter of the first word in capitals when capital. */
static bool append_words(char *v, const struct tokens *x, int a, int b, bool capital)
{
	bool lower_next = false;
	size_t at;
	uint32_t cp;
	int k;

	for (k = a; k < b; k++) {
		if (x->t[k].punct) {
			if (!append_str(v, ","))
				return false;
			lower_next = x->t[k].punct == '-';
			continue;
		}
		if (v[0] && !append_str(v, " "))
			return false;
		at = strlen(v);
		if (!append_token(v, x, k))
			return false;
		if (lower_next && u8_decode((unsigned char *)v + at, strlen(v + at), &cp) > 0)
			u8_encode(vn_to_lower(cp), v + at);
		if (capital && k == a && v[at] >= 'a' && v[at] <= 'z')
			v[at] -= 'a' - 'A';
		lower_next = false;
	}
	return true;
}

/* v with its tone marks placed one way and its spaces made one, as the
 * cleaner writes text. */
static void normalise(struct ref_context *rc, char *v)
{
	struct cleaner *cl = &rc->cleaner;

	clean_start(cl);
	clean_feed(cl, v, strlen(v));
	clean_end(cl);
	if (cl->len < REF_VALUE_MAX) {
		memcpy(v, cl->buf, cl->len);
		v[cl->len] = '\0';
	}
}

/* Whether token k ends a law's name. "nhân" ends other names ("nhân dịp"),
 * but not "Hôn nhân" or "nhân dân". */
static bool law_name_ends(const struct tokens *x, int k)
{
	if (tok_is(x, k, "nhân") && ((k > 0 && x->t[k - 1].upper) || tok_is(x, k + 1, "dân")))
		return false;
	return !tok_is_word(x, k) || starts_digit(x, k) || names_end(x, k) || TOK_IN(x, k, law_ends) ||
	       (x->t[k].upper && citation_starts(x, k));
}

/* The words of a law's name from token k up to where it ends. */
static int part_words(const struct tokens *x, int k)
{
	int j = k;

	while (j < k + 4 && !law_name_ends(x, j) && !x->t[j].punct)
		j++;
	return j - k;
}

/* "Luật Đất đai", "Luật Thi đua, khen thưởng", "Luật Hôn nhân và gia đình",
 * "Bộ luật hình sự" at token k (the name after the kind): its tokens. */
static int read_law(struct reader *r, int k, struct cite *c)
{
	const struct tokens *x = r->x;
	int j = k, part = 0, q;
	size_t t;

	if (!tok_is_word(x, k) || starts_digit(x, k) ||
	    (!x->t[k].upper && !(strcmp(doctypes[c->type].words, "bộ luật") == 0 && TOK_IN(x, k, lower_codes))) ||
	    citation_starts(x, k))
		return 0;
	for (j = k + 1; j < k + 12; j++) {
		/* "Hôn nhân và gia đình", "Hôn nhân và Gia đình": "và" before a word
		 * that begins no other citation nor body ("và Hình luật" does) */
		if (tok_is(x, j, "và") && !law_name_ends(x, j + 1) && !names_authority(x, j + 1) &&
		    !doctype_at(x, j + 2, &t) && !doctype_at(x, j + 3, &t)) {
			part++;
			continue;
		}
		/* "Thi đua, khen thưởng", "Phòng, chống tham nhũng", "Thi đua - Khen thưởng":
		 * parts of one or two words, then of two or three */
		if (((tok_is_punct(x, j, ',') && tok_is_word(x, j + 1) && !x->t[j + 1].upper) ||
		     (tok_is_punct(x, j, '-') && tok_is_word(x, j + 1) && x->t[j + 1].upper)) &&
		    part <= 2 && (q = j + 1 + part_words(x, j + 1)) >= j + 3 && q <= j + 4) {
			part = 0;
			continue;
		}
		if (law_name_ends(x, j))
			break;
		part++;
	}
	/* “Luật Liên quan đến Chức vụ Nhà nước Cao nhất”: a title in quotes runs to them */
	if (tok_is_punct(x, c->first - 1, 'o') || tok_is_punct(x, c->first - 1, '"')) {
		for (q = j; q < x->n && q < k + 24 && tok_is_word(x, q); q++)
			;
		if (tok_is_punct(x, q, 'c') || tok_is_punct(x, q, '"'))
			j = q;
	}
	strcpy(c->id, doctypes[c->type].name);
	if (!append_words(c->id, x, k, j, true))
		return 0;
	normalise(r->rc, c->id);
	return j - k;
}

/* Where the name of a country that starts at token k ends: capitals, the
 * syllables in lower case of a state's name after them ("Cộng hòa", "Dân
 * quốc"), and the words in lower case that join two parts of it ("nước
 * Cộng hòa xã hội chủ nghĩa Việt Nam"); k when none starts there. */
static int country_end(const struct tokens *x, int k)
{
	int e = k + tok_is(x, k, "nước"), q;

	for (;;) {
		while (tok_is_word(x, e) && (x->t[e].upper || (e > k && TOK_IN(x, e, state_words))))
			e++;
		for (q = e; q < e + 5 && tok_is_word(x, q) && !x->t[q].upper && !law_name_ends(x, q); q++)
			;
		if (q == e || !tok_is_word(x, q) || !x->t[q].upper)
			break;
		e = q;
	}
	return e > k + 1 || !tok_is(x, k, "nước") ? e : k;
}

/* "Hiến pháp năm 2013", "Hiến pháp 2013", "Hiến pháp Hoa Kỳ", "Hiến pháp
 * nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013" at token k: its tokens. */
static int read_constitution(struct reader *r, int k, struct cite *c)
{
	const struct tokens *x = r->x;
	enum names_title_kind kind;
	int j = k, e = k, y, m;
	char folded[REF_VALUE_MAX] = "";
	size_t w;

	/* not a title after it, a comma left out: "Theo Hiến pháp Chủ tịch nước là ..." */
	if ((x->t[k].upper || tok_is(x, k, "nước")) && !year_at(x, k) && !names_title(x, k, &kind))
		j = e = country_end(x, k);
	m = tok_is(x, j, "năm");
	if ((y = year_at(x, j + m)))
		j += m + 1;
	if (j == k)
		return 0;
	strcpy(c->id, "Hiến pháp");
	if (e > k) {
		if (!append_words(folded, x, k, e, false))
			return 0;
		normalise(r->rc, folded);
		vn_fold(folded, strlen(folded));
		for (w = 0; y && w < NELEM(own_country) && strcmp(folded, own_country[w]); w++)
			;
		if ((!y || w == NELEM(own_country)) && !append_words(c->id, x, k, e, false))
			return 0;
	}
	if (y) {
		snprintf(c->date, sizeof c->date, "%d", y);
		snprintf(c->id + strlen(c->id), REF_VALUE_MAX - strlen(c->id), " năm %d", y);
	}
	normalise(r->rc, c->id);
	return j - k;
}

/* "Điều lệ Đảng" (and "Điều lệ Đảng Cộng sản Việt Nam"), "Điều lệ Hội Nông
 * dân Việt Nam" at token k: its tokens. */
static int read_charter(struct reader *r, int k, struct cite *c)
{
	const struct tokens *x = r->x;
	int e;

	strcpy(c->id, "Điều lệ ");
	if (tok_is(x, k, "đảng")) {
		append_str(c->id, "Đảng");
		return 1 + (tok_phrase(x, k + 1, "cộng sản việt nam") ? 4 : 0);
	}
	if (!tok_is_word(x, k) || !x->t[k].upper || (e = names_proper_end(x, k, x->n)) == k ||
	    e - k > 8)
		return 0;
	c->id[strlen(c->id) - 1] = '\0';
	if (!append_words(c->id, x, k, e, false))
		return 0;
	normalise(r->rc, c->id);
	return e - k;
}

/* "Đại hội Đảng toàn quốc lần thứ XIII", "Đại hội XIII", "Đại hội đại biểu
 * Đảng bộ tỉnh lần thứ XVII" at token k: the congress into the VALUE
 * ("Đại hội XIII", "Đại hội Đảng bộ tỉnh lần thứ XVII"); its tokens, or 0
 * for a congress of any level ("Đại hội Đảng bộ các cấp"). */
static int read_congress(struct reader *r, int k, struct cite *c)
{
	const struct tokens *x = r->x;
	int j = k, m, v = 0, body = -1, body_end = -1;
	bool national = false;

	if (!(m = tok_phrase(x, j, "đại hội")))
		return 0;
	j += m;
	j += tok_phrase(x, j, "đại biểu");
	if (tok_is(x, j, "đảng") && !tok_is(x, j + 1, "bộ")) {
		j++;
		j += tok_phrase(x, j, "cộng sản việt nam");
		national = true;
	}
	if ((m = tok_phrase(x, j, "toàn quốc")))
		j += m, national = true;
	if ((v = roman_at(x, j)) && !starts_digit(x, j)) {
		j++;
		national = true;
	} else if (!national) {
		v = 0;
		body = j;
		if ((m = tok_phrase(x, j, "đảng bộ")))
			j = names_proper_end(x, j + m, x->n) > j + m ? names_proper_end(x, j + m, x->n) : j + m;
		else
			j = names_proper_end(x, j, x->n);
		if (j == body || tok_is(x, j, "các") || tok_is(x, j, "cấp"))
			return 0;
		body_end = j;
	}
	if (!v && (m = tok_phrase(x, j, "lần thứ"))) {
		if (!(v = ordinal_at(x, j + m, &m)))
			return 0;
		j += 2 + m;
	}
	if (national && !v)
		return 0;
	strcpy(c->id, doctypes[c->type].name);
	append_str(c->id, " Đại hội");
	if (body >= 0 && !append_words(c->id, x, body, body_end, true))
		return 0;
	if (v && (!append_str(c->id, body >= 0 ? " lần thứ " : " ") || !append_roman(c->id, v)))
		return 0;
	normalise(r->rc, c->id);
	return j - k;
}

/* "Trung ương 4", "Hội nghị Trung ương 5", "Hội nghị Trung ương lần thứ
 * tư", "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng" at token k: the
 * plenum's number into c and the plenum as ISSUER; its tokens. */
static int read_plenum(struct reader *r, int k, struct cite *c)
{
	const struct tokens *x = r->x;
	int j = k, m, o = 0, q, v = 0;
	bool meeting = (m = tok_phrase(x, j, "hội nghị")) > 0;

	j += m;
	if ((m = tok_phrase(x, j, "trung ương")) || (meeting && (m = tok_phrase(x, j, "ban chấp hành trung ương")))) {
		j += m;
		j += tok_phrase(x, j, "đảng");
		m = tok_phrase(x, j, "lần thứ");
		if ((v = ordinal_at(x, j + m, &o)))
			j += m + o;
	} else if (meeting && (m = tok_phrase(x, j, "lần thứ")) && (v = ordinal_at(x, j + m, &o)) &&
		   (q = tok_phrase(x, j + m + o, "ban chấp hành trung ương"))) {
		j += m + o + q;
		j += tok_phrase(x, j, "đảng");
	}
	if (!v)
		return 0;
	c->plenum = v;
	c->issuer_from = k;
	c->issuer_to = j;
	return j - k;
}

/* A document cited by name at token k: its tokens into c, or false. */
static bool named(struct reader *r, int k, struct cite *c, bool capital)
{
	unsigned forms = doctypes[c->type].forms;
	int m = 0;

	if ((forms & DOCTYPE_PLENUM) && (m = read_plenum(r, k, c)))
		c->kind = PLENUM;
	else if ((forms & DOCTYPE_CONGRESS) && (m = read_congress(r, k, c)))
		c->kind = NAMED;
	else if (capital && (forms & DOCTYPE_LAW) && (m = read_law(r, k, c)))
		c->kind = NAMED;
	else if (capital && (forms & DOCTYPE_CONSTITUTION) && (m = read_constitution(r, k, c)))
		c->kind = NAMED;
	else if (capital && (forms & DOCTYPE_CHARTER) && (m = read_charter(r, k, c)))
		c->kind = NAMED;
	c->end = k + m;
	return m > 0;
}

/* ---- A citation, and what is said of it ---- */

/* Whether no word stands before s + i in the sentence: the word there is its first. */
static bool first_word(const char *s, size_t i)
{
	while (i > 0) {
		if (vn_word_char_len_back(s, i))
			return false;
		do
			i--;
		while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	}
	return true;
}

/* Reads what is said of c from token k: its issuer, date, term and subject,
 * in any order; returns the token after it. */
static int read_about(struct reader *r, int k, struct cite *c)
{
	const struct tokens *x = r->x;
	unsigned forms = doctypes[c->type].forms;
	int m, j;

	for (;;) {
		bool issuer = c->issuer_to > c->issuer_from;
		if (!issuer && (tok_is(x, k, "của") || tok_is(x, k, "do")) && (m = read_issuer(x, k + 1, c))) {
			k += 1 + m;
			/* "do Bộ trưởng ... ký", "do Chính phủ ban hành" */
			if ((m = tok_phrase(x, k, "ban hành")) || (m = tok_phrase(x, k, "ký")))
				k += m;
		} else if (!issuer && tok_is_word(x, k) && x->t[k].upper && names_authority(x, k) &&
			   (m = issuer_at(x, k)) &&
			   (doctype_party_body(x, k, k + m) || tok_phrase(x, k, "hội nghị")) &&
			   !TOK_IN(x, k + m, clause_verbs)) {
			/* "Nghị quyết số 19-NQ/TW Hội nghị Trung ương 6" */
			read_issuer(x, k, c);
			k += m;
		} else if (!c->date[0] && ((m = tok_phrase(x, k, "ban hành")) || (m = tok_phrase(x, k, "ký")) ||
					   (m = tok_phrase(x, k, "cấp"))) &&
			   (j = read_date(x, k + m, c))) {
			/* "ban hành ngày 17/10/2000 của ...", a licence's "cấp ngày 02/10/2014" */
			k += m + j;
		} else if (!c->date[0] && (m = read_date(x, k, c))) {
			k += m;
		} else if (!c->nterm && (m = read_term(x, k, c))) {
			k += m;
		} else if (!c->date[0] && (c->kind == SYMBOL || ((forms & (DOCTYPE_LAW | DOCTYPE_CONSTITUTION |
									       DOCTYPE_CHARTER)) && c->kind == NAMED)) &&
			   tok_is(x, k, "năm") && (m = read_year(x, k, c))) {
			/* "Luật Đất đai năm 2013", "Quyết định 1581/QĐ-TTg năm 2009" */
			k += m;
		} else if (!c->date[0] && (forms & (DOCTYPE_LAW | DOCTYPE_CONSTITUTION | DOCTYPE_CHARTER)) &&
			   c->kind == NAMED && (m = read_year(x, k, c))) {
			k += m;
		} else if (!c->date[0] && (forms & (DOCTYPE_LAW | DOCTYPE_CONSTITUTION | DOCTYPE_CHARTER)) &&
			   c->kind == NAMED && tok_is_punct(x, k, '(') && (m = read_year(x, k + 1, c)) &&
			   tok_is_punct(x, k + 1 + m, ')')) {
			/* "Hiến pháp Pháp (năm 1958)" */
			k += m + 2;
		} else if ((j = k + tok_is_punct(x, k, ','), m = tok_phrase(x, j, "nhiệm kỳ")) &&
			   year_at(x, j + m)) {
			/* "nhiệm kỳ 2020 - 2025": said of it, kept in no field */
			for (k = j + m; starts_digit(x, k) || tok_is_punct(x, k, '-'); k++)
				;
		} else if (tok_is_punct(x, k, '(') && (m = tok_phrase(x, k + 1, "sửa đổi")) &&
			   tok_is_punct(x, k + 1 + m, ')')) {
			k += m + 2;
			continue; /* "(sửa đổi)" is the law's name, not said of it */
		} else if (!c->subject.len && (m = read_subject(x, k, c))) {
			/* what is said after the subject is its issuer or date: "... do Bộ Công an ban hành" */
			k += m;
		} else {
			break;
		}
		c->own = true;
	}
	return k;
}

/* Whether token k ends a clause before the one after it. */
static bool clause_mark(const struct tokens *x, int k)
{
	return tok_is_punct(x, k, ',') || tok_is_punct(x, k, ';') || tok_is_punct(x, k, ':') ||
	       tok_is_punct(x, k, '(');
}

/* Whether a comma or a semicolon stands before s + i, past spaces. */
static bool mark_before(const char *s, size_t i)
{
	i = vn_skip_spaces_back(s, i);
	return i > 0 && (s[i - 1] == ',' || s[i - 1] == ';');
}

/* "Ngày 5 tháng 4 năm 2002, ..." opening the sentence or a clause, right
 * before the comma before token lo, past words that lead to a time ("Nhưng
 * đến ngày ...", "Vào ngày ..."); or before a colon, as a chronology's
 * entry is dated ("- Ngày 18/7/2003: Chính phủ ban hành ..."): the date
 * into c, when c has none. */
static void read_opening_date(const struct tokens *x, int lo, struct cite *c)
{
	static const char *const leads[] = {"nhưng", "đến", "tới", "vào", "cho đến", "mãi đến", "cũng", "trong", "sau đó"};
	bool entry = lo > 0 && tok_is_punct(x, lo - 1, ':');
	int j, m;

	if (c->date[0] || lo == 0 || !(tok_is_punct(x, lo - 1, ',') || entry))
		return;
	for (j = lo - 1; j > 0 && !clause_mark(x, j - 1); j--)
		;
	/* the tokens begin after the text does: with a clause only after a
	 * comma or a semicolon (read_from reads back to one) */
	if (j == 0 && x->t[0].start != 0 && !mark_before(x->s, x->t[0].start))
		return;
	if (entry && (j > 0 || x->t[0].start != 0))
		return;
	/* "- Ngày 18/7/2003: ...", "- Ngày 20 tháng 12 năm 2016, ...": a list's mark */
	if (j == 0 && x->t[0].start == 0) {
		size_t mark = vn_item_mark_len(x->s, x->t[x->n - 1].end);
		while (mark && j < lo - 1 && x->t[j].end <= mark)
			j++;
	}
	while ((m = TOK_IN(x, j, leads)))
		j += m;
	if (read_date(x, j, c) != lo - 1 - j)
		c->date[0] = '\0';
}

/* The state's bodies that issue, as some texts write them in small letters. */
static const char *const small_issuers[] = {"thủ tướng chính phủ", "chính phủ", "quốc hội", "chính quyền"};

/* Where the office whose body begins at token j, from token lo on, begins:
 * "Phó Thủ tướng Phạm Văn Đồng ký", "Quyền Giám đốc Sở Nội vụ X ký"; j
 * when no office's head runs into it. */
static int office_before(const struct tokens *x, int lo, int j)
{
	enum names_title_kind kind;
	int t, k;

	for (t = lo; t < j; t++)
		if ((k = names_title(x, t, &kind)) && kind == NAMES_OFFICE && t + k >= j) {
			j = t;
			break;
		}
	return j > lo && names_title_prefix(x, j - 1) ? j - 1 : j;
}

/* The subject that issues c with a verb before its first token ("Ngày
 * 5/4/2002, Chính phủ ban hành Nghị định 36", "Ban Thường vụ Tỉnh ủy đã ban
 * hành Chỉ thị số 05-CT/TU"): its issuer, when c has none, and the date that
 * opens the clause, when c has none. */
static void read_issuing_subject(const struct tokens *x, struct cite *c)
{
	int end = c->first, lo, j, m;
	bool having = false;

	if (c->issuer_to > c->issuer_from ||
	    !((m = tok_list_before(x, 0, end, issuing_verbs, NELEM(issuing_verbs))) ||
	      (!strcmp(doctypes[c->type].name, "Công văn") &&
	       (m = tok_list_before(x, 0, end, sending_verbs, NELEM(sending_verbs)))) ||
	      ((c->kind == SYMBOL || c->kind == NUMBER) &&
	       (having = (m = tok_list_before(x, 0, end, having_verbs, NELEM(having_verbs))) > 0))))
		return;
	end -= m;
	while ((m = tok_list_before(x, 0, end, issuing_adverbs, NELEM(issuing_adverbs))))
		end -= m;
	/* the issuer's term: "Ban Bí thư khóa II đã ban hành" */
	if (end >= 2 && (tok_is(x, end - 2, "khóa") || tok_is(x, end - 2, "khoá")) &&
	    (starts_digit(x, end - 1) || roman_at(x, end - 1)))
		end -= 2;
	for (lo = end; lo > 0 && !clause_mark(x, lo - 1); lo--)
		;
	/* the first body or office that runs to the verb: "Năm 1946 Chủ tịch
	 * Hồ Chí Minh ký"; or on into it, where the verb reads as more of its
	 * name ("Quốc hội Việt Nam thông qua") */
	for (j = lo; j < end; j++)
		if (tok_is_word(x, j) && x->t[j].upper && names_authority(x, j) && issuer_at(x, j) >= end - j &&
		    /* "Bộ Chính trị có Nghị quyết số 32": a body's name, of
		     * two words or more, has a document of a number (not "Tỉnh
		     * có Nghị quyết số 15") */
		    (c->kind != NUMBER || !having || end - j >= 2)) {
			c->issuer_from = office_before(x, lo, j);
			c->issuer_to = end;
			break;
		}
	/* "Ngày 5 tháng 4 năm 2013, chính phủ ra Nghị quyết ...": the state's
	 * bodies in small letters, the whole clause before the verb, or with
	 * the state's name after them ("chính quyền Việt Nam Cộng hòa ban
	 * hành Dụ số 50"); not "chính quyền" alone */
	if (j == end && (m = tok_list_before(x, lo, end, small_issuers, NELEM(small_issuers))) && end - m == lo &&
	    !tok_phrase(x, lo, "chính quyền")) {
		c->issuer_from = j = lo;
		c->issuer_to = end;
	}
	if (j == end && (m = TOK_IN(x, lo, small_issuers)) && lo + m < end && x->t[lo + m].upper &&
	    names_proper_end(x, lo + m, end) == end) {
		c->issuer_from = j = lo;
		c->issuer_to = end;
	}
	if (j < end)
		read_opening_date(x, lo, c);
}

/* Where a citation that follows token k in a list would start: after ",",
 * "và" or ", và"; -1 when no separator is there. */
static int after_separator(const struct tokens *x, int k)
{
	int j = k + tok_is_punct(x, k, ',');

	j += tok_is(x, j, "và");
	return j > k ? j : -1;
}

/* Reads the citation whose kind's words (m tokens of kind t) stand at
 * token i into c; false if none is there. */
static bool cite_at(struct reader *r, int i, int m, size_t t, struct cite *c)
{
	const struct tokens *x = r->x;
	const struct doctype *d = &doctypes[t];
	bool capital = x->t[i].upper, so = false, symbol;
	int k = i + m, e;

	if (!d->forms)
		return false;
	memset(c, 0, sizeof *c);
	c->first = i;
	c->type = t;
	/* "pháp luật", "Đại học Luật", "Tòa án Hiến pháp", "ông Luật": no law;
	 * "Luật" after a capital inside a sentence is a name's ("Da Luật Lý") */
	if ((d->forms & (DOCTYPE_LAW | DOCTYPE_CONSTITUTION)) &&
	    (tok_list_before(x, 0, i, not_law_after, NELEM(not_law_after)) || names_head(x, i - 1) ||
	     names_honorific(x, i - 1) ||
	     (m == 1 && (d->forms & DOCTYPE_LAW) && tok_is_word(x, i - 1) && x->t[i - 1].upper &&
	      !starts_digit(x, i - 1) && !roman_at(x, i - 1) && !first_word(x->s, x->t[i - 1].start))))
		return false;
	while ((e = TOK_IN(x, k, qualifiers)))
		k += e;
	/* "Quyết định của Bộ Chính trị số 31-QĐ/TW" */
	if (tok_is(x, k, "của") && (e = issuer_at(x, k + 1)) && tok_is(x, k + 1 + e, "số")) {
		read_issuer(x, k + 1, c);
		k += 1 + e;
	}
	if (tok_is(x, k, "số")) {
		so = true;
		k++;
		k += tok_is_punct(x, k, ':');
	}
	if ((d->forms & DOCTYPE_NUMBERED) && (e = read_symbol(x, k, c->id, &symbol))) {
		if ((d->forms & DOCTYPE_WITH_SO) && !(so && (symbol || capital)))
			return false;
		/* a bare number must be one a document has: "Nghị quyết 45", not "Kế hoạch 5 năm" */
		if (!symbol && !so && !(capital && number_stands(x, k + e) && !year_at(x, k)))
			return false;
		c->kind = symbol ? SYMBOL : NUMBER;
		c->end = k + e;
	} else if (so || !named(r, k, c, capital)) {
		return false;
	}
	c->after = read_about(r, c->end, c);
	read_issuing_subject(x, c);
	/* "Ngày 23/3/2016, Quyết định số 512/QĐ-UBND của UBND tỉnh thành lập
	 * ...": the date before the citation that opens the clause, unless the
	 * clause says the day it took effect ("... có hiệu lực") */
	for (k = c->end; k < x->n && !tok_phrase(x, k, "hiệu lực"); k++)
		;
	if (k == x->n)
		read_opening_date(x, c->first, c);
	return true;
}

/* The documents after c in a list, each a number or symbol of the same
 * kind: "Nghị quyết số 18-NQ/TW, 19-NQ/TW và số 20-NQ/TW". Returns the
 * token after the last. */
static int list_after(struct reader *r)
{
	const struct tokens *x = r->x;
	struct cite *prev, *c;
	bool symbol, so;
	size_t kind;
	int j, m;

	for (;;) {
		prev = &r->cites[r->n - 1];
		if ((j = after_separator(x, prev->after)) < 0 || r->n == REF_MAX)
			return prev->after;
		so = tok_is(x, j, "số");
		c = &r->cites[r->n];
		memset(c, 0, sizeof *c);
		if (!(m = read_symbol(x, j + so, c->id, &symbol)) ||
		    (!symbol && !so && !(number_stands(x, j + m) && !year_at(x, j))))
			return prev->after;
		kind = symbol ? doctype_of_symbol(c->id) : (size_t)-1;
		c->type = kind < ndoctypes ? kind : prev->type;
		c->kind = symbol ? SYMBOL : NUMBER;
		c->first = j + so;
		c->end = j + so + m;
		c->after = read_about(r, c->end, c);
		prev->joined = true;
		r->n++;
	}
}

/* What a symbol says of the body that issued it: TW of 18-NQ/TW, UBND of
 * 123/QĐ-UBND, CP of 25-CP; NULL when it says nothing. */
static const char *symbol_body(const char *symbol)
{
	const char *last = strrchr(symbol, '/'), *dash;

	last = last ? last + 1 : symbol;
	dash = strrchr(last, '-');
	return dash ? dash + 1 : last == symbol ? NULL : last;
}

/* Whether a, with nothing said of it and followed by b in a list, shares
 * what is said of b: both plenums; symbols of one body; a number of b's kind. */
static bool shares(const struct cite *a, const struct cite *b)
{
	const char *p, *q;

	if (a->own || !a->joined)
		return false;
	if (a->kind == PLENUM)
		return b->kind == PLENUM;
	if (a->kind == NUMBER)
		return (b->kind == NUMBER || b->kind == SYMBOL) && a->type == b->type;
	if (a->kind != SYMBOL || b->kind != SYMBOL)
		return false;
	p = symbol_body(a->id);
	q = symbol_body(b->id);
	return p && q && !strcmp(p, q);
}

/* Reads the citations among the tokens into r->cites, in the order they
 * stand; then a document of a list shares what is said of the next. */
static void read_cites(struct reader *r)
{
	const struct tokens *x = r->x;
	struct cite *c;
	int i, k, m, next = -1;
	size_t t;

	for (i = 0; i < x->n && r->n < REF_MAX; i++) {
		if (!(m = doctype_at(x, i, &t)))
			continue;
		c = &r->cites[r->n];
		if (!cite_at(r, i, m, t, c))
			continue;
		if (r->n && next == i)
			r->cites[r->n - 1].joined = true;
		r->n++;
		next = after_separator(x, list_after(r));
		/* the words said of it may cite more: "Kế hoạch số 12 về thực hiện Nghị quyết số 21" */
		i = r->cites[r->n - 1].end - 1;
	}
	for (k = r->n - 2; k >= 0; k--) {
		struct cite *a = &r->cites[k], *b = &r->cites[k + 1];
		if (!shares(a, b))
			continue;
		a->issuer_from = b->issuer_from;
		a->issuer_to = b->issuer_to;
		memcpy(a->date, b->date, sizeof a->date);
		memcpy(a->term, b->term, sizeof a->term);
		a->nterm = b->nterm;
		a->subject = b->subject;
	}
}

/* ---- What a document's citations carry over ---- */

void ref_context_init(struct ref_context *c)
{
	memset(c, 0, sizeof *c);
	clean_init(&c->cleaner, false);
}

void ref_context_free(struct ref_context *c)
{
	clean_free(&c->cleaner);
}

void ref_forget(struct ref_context *c)
{
	c->nremembered = c->next = 0;
}

/* The number a symbol starts with, without its leading zeros, into out (16 bytes). */
static bool symbol_number(const char *symbol, char *out)
{
	size_t digits = strspn(symbol, "0123456789"), zeros = 0;

	while (zeros + 1 < digits && symbol[zeros] == '0')
		zeros++;
	if (!digits || digits - zeros >= 16)
		return false;
	memcpy(out, symbol + zeros, digits - zeros);
	out[digits - zeros] = '\0';
	return true;
}

static void remember(struct ref_context *rc, size_t type, const char *symbol)
{
	struct remembered *m = &rc->remembered[rc->next];

	if (!symbol_number(symbol, m->number))
		return;
	m->type = type;
	strcpy(m->symbol, symbol);
	rc->next = (rc->next + 1) % REF_REMEMBERED;
	if (rc->nremembered < REF_REMEMBERED)
		rc->nremembered++;
}

/* The symbol this document gave a document of the kind and number before, or NULL. */
static const char *recall(const struct ref_context *rc, size_t type, const char *number)
{
	char n[16];
	size_t k, at;

	if (!symbol_number(number, n))
		return NULL;
	for (k = 1; k <= rc->nremembered; k++) {
		at = (rc->next + REF_REMEMBERED - k) % REF_REMEMBERED;
		if (rc->remembered[at].type == type && !strcmp(rc->remembered[at].number, n))
			return rc->remembered[at].symbol;
	}
	return NULL;
}

/* ---- One sentence ---- */

struct found {
	void (*fn)(const struct ref *r, void *ctx);
	void *ctx;
	size_t n;
};

/* The key of c into value: its symbol, the symbol the Party gives it, the
 * one this document gave it before, or its kind and number. */
static void key_of(struct reader *r, struct cite *c, char *value)
{
	const struct doctype *d = &doctypes[c->type];
	const char *body, *before;

	strcpy(value, c->id);
	if (c->kind == SYMBOL) {
		remember(r->rc, c->type, c->id);
	} else if (c->kind == NUMBER) {
		body = c->issuer_to > c->issuer_from ? doctype_party_body(r->x, c->issuer_from, c->issuer_to) : NULL;
		value[0] = '\0';
		if (d->party && body) {
			append_str(value, c->id), append_str(value, "-"), append_str(value, d->party);
			append_str(value, "/"), append_str(value, body);
			remember(r->rc, c->type, value);
		} else if ((before = recall(r->rc, c->type, c->id))) {
			strcpy(value, before);
		} else {
			append_str(value, d->name), append_str(value, " "), append_str(value, c->id);
		}
	}
}

static void emit(struct reader *r, struct cite *c, struct found *out)
{
	const struct tokens *x = r->x;
	char value[REF_VALUE_MAX], term[16] = "";
	struct ref ref;
	size_t kind;
	int k = 0;

	key_of(r, c, value);
	kind = c->kind == SYMBOL && (doctypes[c->type].forms & DOCTYPE_ANY) ? doctype_of_symbol(c->id) : c->type;
	ref.text = tok_span(x, c->first, c->end);
	ref.value = value;
	ref.type = doctypes[kind < ndoctypes ? kind : c->type].name;
	ref.issuer = tok_span(x, c->issuer_from, c->issuer_to);
	ref.date = c->date;
	ref.term = term;
	ref.subject = c->subject;
	do {
		if (out->n == REF_MAX)
			return;
		if (c->nterm)
			numeral_roman_write(c->term[k], term, sizeof term);
		if (c->kind == PLENUM) {
			snprintf(value, sizeof value, "%s Trung ương %d", doctypes[c->type].name, c->plenum);
			if (c->nterm)
				append_str(value, " khóa "), append_str(value, term);
		}
		out->n++;
		out->fn(&ref, out->ctx);
	} while (c->kind == PLENUM && ++k < c->nterm);
}

/* ---- Where a citation may start ---- */

static struct phrase_list qualifier_list = PHRASE_LIST(qualifiers);

/* Whether the character at s + j (n bytes) is a capital or a digit. */
static bool capital_or_digit(const char *s, size_t n, size_t j)
{
	uint32_t cp;

	if (j >= n)
		return false;
	if ((unsigned char)s[j] < 0x80)
		return vn_is_digit(s[j]) || (s[j] >= 'A' && s[j] <= 'Z');
	return u8_decode((const unsigned char *)s + j, n - j, &cp) > 0 && vn_is_upper(cp);
}

/* Whether what follows the words of kind t, which end at s + e, may make a
 * citation of one of its forms: "số" or a digit after a kind cited by
 * number, a capital after one cited by name, "đại hội", "trung ương" or
 * "hội nghị" after one cited by congress or plenum. A cheap test on the
 * bytes, before the sentence is read as tokens. */
static bool may_cite(const char *s, size_t n, size_t e, size_t t, bool capital)
{
	unsigned forms = doctypes[t].forms;
	size_t j = vn_skip_spaces(s, n, e), q;

	while ((q = match_list(s, n, j, &qualifier_list, NULL)))
		j = vn_skip_spaces(s, n, q);
	if (match_phrase(s, n, j, "số"))
		return (forms & DOCTYPE_NUMBERED) != 0;
	/* "Quyết định của Bộ Chính trị số 31-QĐ/TW": "số" and a digit soon after */
	if ((forms & DOCTYPE_NUMBERED) && match_phrase(s, n, j, "của")) {
		for (q = j; q < n && q < j + 80; q++) {
			size_t e = match_phrase(s, n, q, "số");
			if (e && (e = vn_skip_spaces(s, n, e)) < n && vn_is_digit(s[e]))
				return true;
		}
		return false;
	}
	if ((forms & DOCTYPE_NUMBERED) && !(forms & DOCTYPE_WITH_SO) && j < n && vn_is_digit(s[j]))
		return true;
	if (capital && (forms & (DOCTYPE_LAW | DOCTYPE_CONSTITUTION | DOCTYPE_CHARTER)) &&
	    (capital_or_digit(s, n, j) || match_phrase(s, n, j, "nước") || match_phrase(s, n, j, "năm") ||
	     match_phrase(s, n, j, "đảng") || match_list(s, n, j, &lower_code_list, NULL)))
		return true;
	if ((forms & DOCTYPE_CONGRESS) && match_phrase(s, n, j, "đại hội"))
		return true;
	return (forms & DOCTYPE_PLENUM) && (match_phrase(s, n, j, "trung ương") || match_phrase(s, n, j, "hội nghị"));
}

/* ---- Where a citation may start: an automaton over the bytes ----
 *
 * Built on first use from the table of kinds: it reads a sentence a byte at
 * a time, one look at a table for each, and stops where a word that is
 * the first syllable of a kind's words ("nghị", "Chỉ", "luật") ends, or for
 * a kind of more words, where the space after it and the character after
 * that may go on with one ("nghị q", "Chỉ t"); the words are then matched,
 * and may_cite says whether a citation may follow. Its states: inside a
 * word that begins no kind, at the start of a word, each prefix of a first
 * syllable, a first syllable and one space, and "a stop: the n bytes
 * before this one begin with a first syllable". */
enum {
	DFA_MID = 0,     /* inside a word that begins no kind */
	DFA_START = 1,   /* where a word may begin */
	DFA_ENDED = 240, /* + n: a stop, n bytes after the first syllable's start */
	DFA_UNSET = 255,
};

/* A row for every byte a state may be, DFA_ENDED's and DFA_UNSET's too,
 * so that four steps can be taken before their states are looked at. */
static unsigned char dfa[256][256];

/* Whether byte b ends a word's first syllable: ASCII other than letters and
 * digits, and the first bytes of the wide spaces and marks (C2, E2, E3, EF). */
static bool ends_syllable(int b)
{
	return b < 0x80 ? !vn_is_digit(b) && !((b | 0x20) >= 'a' && (b | 0x20) <= 'z')
			: b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF;
}

/* Follows or adds the edge of state on byte b; returns the state it leads to. */
static unsigned char dfa_edge(unsigned char state, unsigned char b, size_t *nstates)
{
	if (dfa[state][b] == DFA_UNSET) {
		if (*nstates == DFA_ENDED)
			die("internal error: the kinds of document need more than %d states", DFA_ENDED);
		dfa[state][b] = (unsigned char)(*nstates)++;
	}
	return dfa[state][b];
}

/* The capital of the letter cp, or cp when it has none. */
static uint32_t capital_of(uint32_t cp)
{
	if (cp >= 0x20 && vn_is_upper(cp - 0x20) && vn_to_lower(cp - 0x20) == cp)
		return cp - 0x20;
	if (cp >= 1 && vn_is_upper(cp - 1) && vn_to_lower(cp - 1) == cp)
		return cp - 1;
	return cp;
}

/* The letters (a bit for each of a-z) that begin a second word of the
 * kinds whose first syllable is the len bytes of w; ~0 when one of those
 * kinds is that one word, which any character may follow. */
static uint32_t second_letters(const char *w, size_t len)
{
	uint32_t letters = 0;
	size_t k;

	for (k = 0; k < ndoctypes; k++) {
		const char *v = doctypes[k].words;
		if (strcspn(v, " ") != len || memcmp(v, w, len) != 0)
			continue;
		if (!v[len])
			return ~0u;
		if (v[len + 1] >= 'a' && v[len + 1] <= 'z')
			letters |= 1u << (v[len + 1] - 'a');
	}
	return letters;
}

/* Builds the automaton; returns the number of its states. After the first
 * syllable of kinds that all have more words it looks one space and one
 * character further, and stops only where that character may begin a
 * second word of such a kind (a letter that does, or any character beyond
 * ASCII, as far as it knows) or is a space, or where another space than ' '
 * follows the syllable; other ASCII marks end no such kind. The byte a stop
 * is made on is read again from the start of a word, as it may begin
 * another kind ("công văn" holds "văn"). */
static int build_dfa(void)
{
	unsigned char length[DFA_ENDED] = {0}, node, after_first = DFA_START, space;
	uint32_t letters[DFA_ENDED] = {0};
	char capital[4];
	size_t nstates = 2, base, k, len, j, first;
	uint32_t cp;
	int b, st, c;

	memset(dfa, DFA_UNSET, sizeof dfa);
	for (k = 0; k < ndoctypes; k++) {
		const char *w = doctypes[k].words;
		len = strcspn(w, " ");
		first = (size_t)u8_decode((const unsigned char *)w, len, &cp);
		if (!len || len + 1 >= DFA_UNSET - DFA_ENDED || first < 1 || first > len)
			die("internal error: the kind '%s' has no first syllable to look for", w);
		for (node = DFA_START, j = 0; j < len; j++) {
			node = dfa_edge(node, (unsigned char)w[j], &nstates);
			if (j + 1 == first)
				after_first = node;
		}
		length[node] = (unsigned char)len;
		letters[node] = second_letters(w, len);
		/* the same syllable with its first letter a capital */
		c = u8_encode(capital_of(cp), capital);
		for (node = DFA_START, j = 0; j + 1 < (size_t)c; j++)
			node = dfa_edge(node, (unsigned char)capital[j], &nstates);
		dfa[node][(unsigned char)capital[c - 1]] = after_first;
	}
	base = nstates;
	for (st = 0; st < (int)base; st++)
		for (b = 0; b < 256; b++) {
			bool wide_or_space = b >= 0x80 || vn_space_len((const char *)&(char){(char)b}, 1);
			if (dfa[st][b] != DFA_UNSET)
				continue;
			if (!ends_syllable(b))
				/* the bytes after a mark's first stay where a word may begin */
				dfa[st][b] = st == DFA_START && b >= 0x80 && b < 0xC0 ? DFA_START : DFA_MID;
			else if (length[st] && (letters[st] == ~0u || (wide_or_space && b != ' ')))
				dfa[st][b] = (unsigned char)(DFA_ENDED + length[st]);
			else if (!length[st] || b != ' ')
				dfa[st][b] = DFA_START;
		}
	for (st = 0; st < (int)base; st++) {
		if (!length[st] || letters[st] == ~0u)
			continue;
		if (nstates == DFA_ENDED)
			die("internal error: the kinds of document need more than %d states", DFA_ENDED);
		dfa[st][' '] = space = (unsigned char)nstates++;
		for (b = 0; b < 256; b++) {
			bool letter = b < 0x80 && (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
			bool may_begin = letter ? letters[st] >> ((b | 0x20) - 'a') & 1
						: b >= 0x80 || vn_space_len((const char *)&(char){(char)b}, 1);
			dfa[space][b] = may_begin ? (unsigned char)(DFA_ENDED + length[st] + 1) : dfa[DFA_START][b];
		}
	}
	return (int)nstates;
}

/* Whether byte b, read in any state, leads where the byte after it is read
 * as at the start of a word: there a stretch of text can be read on its
 * own, once the reading before it has taken that byte too, for a stop it
 * may make there. */
static bool dfa_resets[256];

static void build(void)
{
	static bool built;
	bool like_start[DFA_ENDED];
	int b, st, t, nstates;

	if (built)
		return;
	nstates = build_dfa();
	for (st = DFA_ENDED; st < 256; st++)
		for (b = 0; b < 256; b++)
			if (dfa[st][b] != DFA_UNSET)
				die("internal error: a stop of the automaton leads on");
	for (t = 0; t < nstates; t++)
		for (like_start[t] = true, b = 0; b < 256 && like_start[t]; b++)
			like_start[t] = dfa[t][b] >= DFA_ENDED || dfa[t][b] == dfa[DFA_START][b];
	for (b = 0; b < 256; b++)
		for (dfa_resets[b] = true, st = 0; st < nstates && dfa_resets[b]; st++)
			dfa_resets[b] = dfa[st][b] >= DFA_ENDED || like_start[dfa[st][b]];
	built = true;
}

/* The automaton reads a stretch a window at a time, and the two halves of
 * a window side by side, the second from a byte that resets it: each byte's
 * state hangs on the load of the one before, and two chains of loads that
 * do not hang on each other take the time of one. The first syllables
 * found are kept, in order, for next_candidate to try. */
enum { WINDOW = 256 };

struct syllable_ends {
	const unsigned char *u;
	size_t n;
	size_t read;         /* where the next window starts */
	unsigned char state; /* the automaton's state there */
	size_t at[2 * WINDOW], count, taken; /* where the syllables found begin */
};

static void syllables_start(struct syllable_ends *se, const char *s, size_t n)
{
	build();
	se->u = (const unsigned char *)s;
	se->n = n;
	se->read = 0;
	se->state = DFA_START;
	se->count = se->taken = 0;
}

/* Reads u[i..end) one byte at a time from state st, noting in at[] where
 * each first syllable that ends begins; returns the state after them. */
static unsigned char read_bytes(unsigned char st, const unsigned char *u, size_t i, size_t end,
				size_t *at, size_t *count)
{
	for (; i < end; i++) {
		st = dfa[st][u[i]];
		if (st >= DFA_ENDED) {
			at[(*count)++] = i - (st - DFA_ENDED);
			st = dfa[DFA_START][u[i]];
		}
	}
	return st;
}

/* The bytes read between looks at the states. */
enum { STEPS = 8 };

/* STEPS steps from st over u + i, the last state in *last; whether none of
 * them ends a first syllable. The last state tells: the rows of a stop and
 * of DFA_UNSET lead only to DFA_UNSET (build checks it), so a stop on the
 * way leaves a state from DFA_ENDED on. */
static inline bool quiet_steps(unsigned char st, const unsigned char *u, size_t i, unsigned char *last)
{
	unsigned a = dfa[st][u[i]], b = dfa[a][u[i + 1]], c = dfa[b][u[i + 2]], d = dfa[c][u[i + 3]];
	unsigned e = dfa[d][u[i + 4]], f = dfa[e][u[i + 5]], g = dfa[f][u[i + 6]], h = dfa[g][u[i + 7]];

	*last = (unsigned char)h;
	return h < DFA_ENDED;
}

/* Reads u[i..end) from state st STEPS bytes at a time, as read_bytes does. */
static unsigned char read_run(unsigned char st, const unsigned char *u, size_t i, size_t end,
			      size_t *at, size_t *count)
{
	unsigned char last;

	for (; i + STEPS <= end; i += STEPS)
		st = quiet_steps(st, u, i, &last) ? last : read_bytes(st, u, i, i + STEPS, at, count);
	return read_bytes(st, u, i, end, at, count);
}

/* Reads the next window, its halves side by side. */
static void read_window(struct syllable_ends *se)
{
	const unsigned char *u = se->u;
	size_t r = se->read, e = se->n - r > WINDOW ? r + WINDOW : se->n, h = r + (e - r) / 2, j, k;
	size_t second[WINDOW], nsecond = 0;
	unsigned char a = se->state, b = DFA_START;
	unsigned char last_a, last_b;

	while (h > r && h < e && !dfa_resets[u[h - 1]])
		h++;
	if (h <= r)
		h = e;
	se->count = se->taken = 0;
	for (j = r, k = h; j + STEPS <= h && k + STEPS <= e; j += STEPS, k += STEPS) {
		bool quiet_a = quiet_steps(a, u, j, &last_a), quiet_b = quiet_steps(b, u, k, &last_b);
		a = quiet_a ? last_a : read_bytes(a, u, j, j + STEPS, se->at, &se->count);
		b = quiet_b ? last_b : read_bytes(b, u, k, k + STEPS, second, &nsecond);
	}
	a = read_run(a, u, j, h < e ? h + 1 : h, se->at, &se->count);
	b = read_run(b, u, k, e, second, &nsecond);
	memcpy(se->at + se->count, second, nsecond * sizeof *second);
	se->count += nsecond;
	se->state = h < e ? b : a;
	se->read = e;
}

/* Where the next first word of a kind that may start a citation stands in
 * s[from..n), or n; from never goes back between calls. */
static size_t next_candidate(struct syllable_ends *se, size_t from)
{
	const char *s = (const char *)se->u;
	size_t at, e, t;

	for (;;) {
		while (se->taken < se->count) {
			at = se->at[se->taken++];
			if (at >= from && (e = doctype_match(s, se->n, at, &t)) &&
			    may_cite(s, se->n, e, t, capital_or_digit(s, se->n, at)))
				return at;
		}
		if (se->read >= se->n)
			return se->n;
		if (from > se->read) {
			se->read = from;
			se->state = ends_syllable(se->u[from - 1]) ? DFA_START : DFA_MID;
		}
		read_window(se);
	}
}

bool ref_maybe(const char *s, size_t n)
{
	struct syllable_ends se;

	syllables_start(&se, s, n);
	return next_candidate(&se, 0) < n;
}

/* Where the two words before s + i begin, marks included: a citation is
 * read from there, so that the words before it can be looked at. */
static size_t two_words_before(const char *s, size_t i)
{
	int words;

	for (words = 0; words < 2 && i > 0; words++) {
		i = vn_skip_spaces_back(s, i);
		while (i > 0 && !vn_space_len_back(s, i))
			i--;
	}
	return i;
}

/* Where to read from for a citation that may start at s[from]: where its
 * clause and the one before it begin, so that a subject that issues it and
 * the date that opens the sentence can be read ("Ngày 5/4/2002, Chính phủ
 * ban hành ..."); at most ISSUER_REACH bytes back and not before floor,
 * where the last citations' tokens ended; else two words before it. */
enum { ISSUER_REACH = 160 };
static size_t read_from(const char *s, size_t from, size_t floor)
{
	size_t i = two_words_before(s, from), lo = from > ISSUER_REACH ? from - ISSUER_REACH : 0, k, v;
	int marks = 0;

	/* most citations have no issuing verb before them, nor a comma after
	 * a clause that may be a date ("Ngày 27 tháng 12 năm 1957, Nghị định
	 * số 368 ...") */
	for (k = 0, v = (size_t)-1; k < NELEM(issuing_verbs) && v == (size_t)-1; k++)
		v = match_phrase_back(s, vn_skip_spaces_back(s, from), issuing_verbs[k]);
	for (k = 0; k < NELEM(sending_verbs) && v == (size_t)-1; k++)
		v = match_phrase_back(s, vn_skip_spaces_back(s, from), sending_verbs[k]);
	for (k = 0; k < NELEM(having_verbs) && v == (size_t)-1; k++)
		v = match_phrase_back(s, vn_skip_spaces_back(s, from), having_verbs[k]);
	k = vn_skip_spaces_back(s, from);
	if (v == (size_t)-1 && !(k > 0 && s[k - 1] == ','))
		return i;
	if (lo < floor)
		lo = floor;
	for (; i > lo && marks < 2; i--)
		if (s[i - 1] == ';' || (s[i - 1] == ',' && ++marks == 2))
			break;
	/* to the start of a word */
	while (i > lo && !vn_space_len_back(s, i) && s[i - 1] != ',' && s[i - 1] != ';')
		i--;
	return i;
}

size_t ref_find(const char *s, size_t n, struct ref_context *rc,
		void (*found)(const struct ref *r, void *ctx), void *ctx)
{
	static struct tokens x;
	static struct reader r;
	static struct syllable_ends se;
	struct found out = {found, ctx, 0};
	size_t from, stop;
	int i;

	r.x = &x;
	r.rc = rc;
	syllables_start(&se, s, n);
	for (stop = 0, from = next_candidate(&se, 0); from < n && out.n < REF_MAX; from = next_candidate(&se, stop)) {
		/* A citation and what is said of it end with their clause: the
		 * tokens run to the next ';' */
		const char *semicolon = memchr(s + from, ';', n - from);
		size_t end = semicolon ? (size_t)(semicolon - s) : n;
		stop = tokenize_clauses(&x, s, read_from(s, from, stop), end);
		r.n = 0;
		read_cites(&r);
		for (i = 0; i < r.n; i++)
			emit(&r, &r.cites[i], &out);
	}
	return out.n;
}
