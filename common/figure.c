/* figure.c: tells the statistics of a sentence from its other quantities by the
 * words around them: what a plan sets is no result, and a figure says what it
 * measures in the phrase after it, or in the verb before it. */
#include "figure.h"
#include "names.h"
#include "token.h"
#include "util.h"
#include "vietnamese.h"

#include <stdint.h>
#include <string.h>

/* Before a figure in its sentence, these make it a target or a plan. */
static const char *const plan_words[] = {
	"phấn đấu", "chỉ tiêu", "mục tiêu", "dự kiến", "đề ra", "sẽ", "nhằm", "kế hoạch",
	"định hướng", "yêu cầu", "cần", "phải", "đề nghị",
};
static struct phrase_list plans = PHRASE_LIST(plan_words);
/* Units that count the parts of a structure ("mô hình chính quyền địa
 * phương 2 cấp", "nhà 3 tầng"): a statistic only where a verb says what was
 * done. */
static const char *const structure_words[] = {"cấp", "tầng", "bậc", "khâu", "bước", "chiều"};
static struct phrase_list structures = PHRASE_LIST(structure_words);
/* Of those, the ones whose colon opens a list of targets ("phấn đấu:",
 * "16 mục tiêu chủ yếu:"); "phải kể đến:" opens results. */
static const char *const target_words[] = {
	"phấn đấu", "chỉ tiêu", "mục tiêu", "dự kiến", "đề ra", "kế hoạch", "định hướng",
};
static struct phrase_list targets = PHRASE_LIST(target_words);

/* The verbs that say what a count counts the doing of: "kết nạp 133 đảng
 * viên", "kiểm tra 277 lượt tổ chức đảng". Here and in the lists below, a
 * phrase that another begins comes after it ("bầu bổ sung", "bầu"):
 * match_list takes the first that matches. */
static const char *const action_words[] = {
	"kết nạp", "kiểm tra khi có dấu hiệu vi phạm", "kiểm tra", "giám sát", "thi hành kỷ luật", "xử lý kỷ luật", "kỷ luật", "khai trừ ra khỏi đảng",
	"khai trừ khỏi đảng", "khai trừ", "xử lý", "đưa ra khỏi đảng",
	"kiểm điểm", "xem xét", "cảnh cáo", "khiển trách", "đình chỉ", "bổ nhiệm", "điều động",
	"luân chuyển", "đào tạo nghề cho", "đào tạo", "bồi dưỡng", "tập huấn", "tuyên truyền", "tổ chức", "thành lập",
	"sáp nhập", "hợp nhất", "giải thể", "khen thưởng", "tuyên dương", "biểu dương", "hỗ trợ",
	"giải quyết việc làm mới cho", "giải quyết việc làm cho", "giải quyết việc làm", "giải quyết",
	"tạo việc làm mới cho", "tạo việc làm cho", "xuất khẩu lao động",
	"tiếp nhận", "phát hiện", "chuyển", "giới thiệu", "vận động", "quy hoạch",
	"ban hành", "triển khai", "làm rõ trách nhiệm", "làm rõ", "thu hồi", "trao", "tặng", "cấp",
	"điều tra", "khám phá", "triệt phá", "triệt xóa", "bắt giữ", "bắt", "khởi tố", "truy tố", "xét xử", "thu giữ",
	"tịch thu", "đánh bắt", "giải ngân", "xây mới", "sửa chữa", "bàn giao", "trồng mới", "trồng",
	"tinh giản", "cắt giảm", "giảm", "tuyển dụng", "sắp xếp", "kiện toàn", "bầu bổ sung", "bầu", "vận chuyển",
	"xử phạt hành chính", "xử phạt", "quyên góp", "xóa tên",
	"cho ra khỏi đảng", "hiến", "đóng góp", "huy động", "ủng hộ", "nộp ngân sách", "nộp", "tăng", "kết luận",
};
static struct phrase_list actions = PHRASE_LIST(action_words);
/* The last word of each: a verb ends with one of them, a quick no before
 * the verbs are read from the words before it. Filled on first use. */
static const char *action_last_words[NELEM(action_words)];
static struct phrase_list action_lasts = PHRASE_LIST(action_last_words);

/* Fills lasts, once, with the last word of each of the n phrases. */
static void fill_last_words(const char *const *phrases, size_t n, const char **lasts)
{
	const char *space;
	size_t k;

	for (k = 0; k < n && !lasts[k]; k++)
		lasts[k] = (space = strrchr(phrases[k], ' ')) ? space + 1 : phrases[k];
}

/* Between the verb and its count: "kết nạp được trên 8,8 nghìn đảng viên",
 * "giám sát chuyên đề 410 tổ chức đảng", "giải quyết đúng hạn 4.102 hồ sơ". */
static const char *const filler_words[] = {
	"được", "mới", "thêm", "trên", "hơn", "gần", "khoảng", "tổng cộng", "tổng số", "cho", "đối với",
	"với", "đã", "là", "chuyên đề", "thường xuyên", "đột xuất", "trực tiếp",
	"đúng hạn", "trước hạn", "quá hạn", "kịp thời", "dứt điểm", "thành công",
};
static struct phrase_list fillers = PHRASE_LIST(filler_words);
/* Their last words, a quick no as the actions' are (filled on first use). */
static const char *filler_last_words[NELEM(filler_words)];
static struct phrase_list filler_lasts = PHRASE_LIST(filler_last_words);

/* A plan word that says what had to be done, a result: "có vi phạm đến
 * mức phải thi hành kỷ luật 39 đảng viên". */
static const char *const compelled_words[] = {"phải thi hành kỷ luật", "phải xử lý kỷ luật", "phải kỷ luật"};
static struct phrase_list compelled = PHRASE_LIST(compelled_words);


/* The words of meeting a target, the longer first where one begins another. */
static const char *const met_words[] = {"đạt và vượt", "đạt được", "đạt", "hoàn thành và vượt", "hoàn thành", "vượt"};
static struct phrase_list met = PHRASE_LIST(met_words);

/* Whether a word of meeting a target ends right before the figure at s +
 * start: "đạt 15/17 chỉ tiêu", "hoàn thành 12/15 chỉ tiêu". */
static bool met_before(const char *s, size_t start)
{
	size_t k = vn_skip_spaces_back(s, start), w;

	for (w = 0; w < NELEM(met_words); w++)
		if (match_phrase_back(s, k, met_words[w]) != (size_t)-1)
			return true;
	return false;
}

/* Whether one follows the unit of a share of targets ending at s + i, past
 * at most three words of it: "21/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch". */
static bool met_after(const char *s, size_t n, size_t i)
{
	size_t k = vn_skip_spaces(s, n, i), e, words;

	for (words = 0; k < n && words <= 3; words++, k = vn_skip_spaces(s, n, e)) {
		if (match_list(s, n, k, &met, NULL))
			return true;
		if ((e = word_end(s, n, k)) == k)
			return false;
	}
	return false;
}

/* Whether s[..k) ends with a ratio: "15/17". */
static bool ratio_before(const char *s, size_t k)
{
	size_t j = k;

	while (j > 0 && vn_is_digit(s[j - 1]))
		j--;
	if (j == k || j < 2 || s[j - 1] != '/' || !vn_is_digit(s[j - 2]))
		return false;
	return true;
}

/* Whether the plan word at s + i names a target met, not one set: after a
 * percentage ("đạt 104% kế hoạch", "hoàn thành 100% chỉ tiêu tuyển quân")
 * or a share of them ("đạt 15/17 chỉ tiêu"). Not after a verb of meeting
 * alone: "để bảo đảm đạt mục tiêu 3% - 4% ..." sets one. */
static bool achieved(const char *s, size_t i)
{
	size_t k = i;

	while (k > 0 && s[k - 1] == ' ')
		k--;
	return k > 0 && (s[k - 1] == '%' || ratio_before(s, k));
}

/* Whether a document's number follows the word that ends at byte k: "Kế
 * hoạch số 120-KH/TU", "Kế hoạch 45/KH-UBND" name a document, no plan. */
static bool numbered(const char *s, size_t end, size_t k)
{
	size_t m;

	k = vn_skip_spaces(s, end, k);
	if ((m = match_phrase(s, end, k, "số")))
		k = vn_skip_spaces(s, end, m);
	for (m = k; m < end && vn_is_digit(s[m]); m++)
		;
	return m > k && m < end && (s[m] == '-' || s[m] == '/');
}

/* Whether a plan word stands before byte end in its clause (from the last
 * full stop before it), or a target word with a colon after it heads a list
 * whose items the semicolons part: "Năm 2024 phấn đấu: kết nạp 200 đảng
 * viên; 95% tổ chức cơ sở đảng ...". The sentence's figures come in order:
 * the words read for one are not read again for the next, unless a word
 * runs on past where the reading stopped. */
static bool planned(struct figure_reader *fr, size_t end)
{
	/* the first two bytes a phrase of plans may have, in any letter case,
	 * and the bytes the loop below stops at (the first bytes of those and
	 * its marks): one look passes most bytes */
	static bool may_start[256 * 256], looked_at[256] = {['.'] = true, [';'] = true, [':'] = true};
	static bool built;
	const char *s = fr->s;
	size_t i = fr->at, k;
	unsigned a, b;

	if (!built) {
		for (k = 0; k < NELEM(plan_words); k++) {
			uint32_t bits4, mask4;
			unsigned char bits[4], mask[4];

			phrase_bytes(plan_words[k], &bits4, &mask4);
			memcpy(bits, &bits4, 4);
			memcpy(mask, &mask4, 4);
			for (a = 0; a < 256; a++)
				for (b = 0; (a & mask[0]) == bits[0] && b < 256; b++)
					if ((b & mask[1]) == bits[1])
						may_start[a | b << 8] = looked_at[a] = true;
		}
		built = true;
	}
	if (end < i || (i && vn_word_char_len_back(s, i))) {
		fr->plan = fr->target = fr->list = false;
		i = 0;
	}
	/* Byte by byte, trying plans only where a word starts with two bytes
	 * one may start with; a full stop begins the clause again. The byte
	 * after the last is in the sentence: the figure's. */
	for (; i < end; i++) {
		if (!looked_at[(unsigned char)s[i]])
			continue;
		if (s[i] == '.') {
			fr->plan = fr->target = fr->list = false;
		} else if (s[i] == ';') {
			fr->plan = fr->target = fr->list;
		} else if (s[i] == ':' && fr->target) {
			fr->list = true;
		} else if (may_start[(unsigned char)s[i] | (unsigned)(unsigned char)s[i + 1] << 8] &&
			   !vn_word_char_len_back(s, i) &&
			   (k = match_list(s, end, i, &plans, NULL)) && !achieved(s, i) && !match_list(s, end, i, &compelled, NULL) &&
			   !numbered(s, end, k)) {
			fr->plan = true;
			fr->target = fr->target || match_list(s, end, i, &targets, NULL);
		}
	}
	fr->at = end;
	return fr->plan;
}

/* Whether a number stands at s + k, past fillers before it: "12", "trên
 * 1,2 triệu". */
static bool figure_at(const char *s, size_t n, size_t k)
{
	size_t m;

	for (; (m = match_list(s, n, k, &fillers, NULL)); k = vn_skip_spaces(s, n, m))
		;
	return k < n && vn_is_digit(s[k]);
}

/* Whether a verb of a count and the count after it stand at s + k:
 * "tuyển dụng 45", "kết nạp được 12". */
static bool figure_after_verb(const char *s, size_t n, size_t k)
{
	size_t m = match_list(s, n, k, &actions, NULL);

	return m && figure_at(s, n, vn_skip_spaces(s, n, m));
}

/* Nouns of people and of places that a list joins with commas, as one
 * measure: "100% cán bộ, đảng viên tham gia", "100% xã, phường, thị trấn
 * có ...", "thôn, bản"; and the verbs of a yearly review, which go together
 * so: "45 tổ chức cơ sở đảng được đánh giá, xếp loại hoàn thành ...". */
static const char *const paired_noun_words[] = {
	"thôn", "bản", "làng", "ấp", "xã", "phường", "thị trấn", "tổ dân phố", "khu phố", "cán bộ",
	"đảng viên", "công chức", "viên chức", "người lao động", "hội viên", "đoàn viên", "học sinh",
	"sinh viên", "giáo viên", "chiến sĩ", "tập thể", "cá nhân", "cơ quan", "đơn vị", "doanh nghiệp",
	"tổ chức", "quần chúng", "kiểm điểm", "đánh giá", "xếp loại", "phòng", "ban", "sở", "ngành",
	"băng", "ổ nhóm", "công trình", "phần việc",
};
static struct phrase_list paired_nouns = PHRASE_LIST(paired_noun_words);

/* Whether the comma at s + i parts two nouns of such a list. */
static bool paired_at(const char *s, size_t n, size_t i)
{
	size_t k, b;

	if ((b = vn_skip_spaces(s, n, i + 1)) >= n || !match_list(s, n, b, &paired_nouns, NULL))
		return false;
	for (k = 0; k < NELEM(paired_noun_words); k++)
		if ((b = match_phrase_back(s, i, paired_noun_words[k])) != (size_t)-1)
			return true;
	return false;
}

static size_t without_words(const char *s, size_t a, size_t b, const char *const *words, size_t n);

/* Phrases of the Party's texts whose commas end no clause: "học tập và làm
 * theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "trong sạch, vững mạnh". */
static const char *const fixed_comma_phrases[] = {
	"tư tưởng, đạo đức, phong cách", "trong sạch, vững mạnh", "phòng, chống",
};

/* Whether the comma at s + i stands inside one of fixed_comma_phrases. */
static bool fixed_comma_at(const char *s, size_t n, size_t i)
{
	const char *p, *comma;
	size_t k, at;

	for (k = 0; k < NELEM(fixed_comma_phrases); k++)
		for (p = fixed_comma_phrases[k]; (comma = strchr(p, ',')); p = comma + 1) {
			at = (size_t)(comma - fixed_comma_phrases[k]);
			if (at <= i && match_phrase(s, n, i - at, fixed_comma_phrases[k]) &&
			    (i - at == 0 || !vn_word_char_len_back(s, i - at)))
				return true;
		}
	return false;
}

/* Where a short quotation that opens at s + i ends, past its closing mark:
 * a name in quotes whose commas end no clause ("đạt tiêu chuẩn “trong
 * sạch, vững mạnh”"); 0 when none opens there or it does not close
 * within QUOTED_MAX bytes before a full stop. */
static size_t quotation_end(const char *s, size_t n, size_t i)
{
	enum { QUOTED_MAX = 96 };
	size_t k, stop = n - i > QUOTED_MAX ? i + QUOTED_MAX : n;
	bool curly = n - i >= 3 && !memcmp(s + i, "\xE2\x80\x9C", 3);

	if (!curly && !(s[i] == '"' && (i == 0 || s[i - 1] == ' ')))
		return 0;
	for (k = i + (curly ? 3 : 1); k < stop && s[k] != '.'; k++)
		if (curly ? k + 3 <= n && !memcmp(s + k, "\xE2\x80\x9D", 3) : s[k] == '"')
			return k + (curly ? 3 : 1);
	return 0;
}

/* The end of the clause that goes on at s + i: a mark (not one inside a
 * number), or "và", "hoặc", "với" before another figure or a verb of one
 * ("giảm 312 biên chế và tuyển dụng 45 công chức", "100% chỉ tiêu tuyển
 * quân với 1.250 thanh niên nhập ngũ"). */
static size_t clause_end(const char *s, size_t n, size_t i)
{
	/* the bytes that may be a mark, a space or the first of "và", "hoặc",
	 * "với": one look passes the others, the letters of a word */
	static const bool looked_at[256] = {
		[','] = true, [';'] = true, ['.'] = true, ['('] = true, [')'] = true, [':'] = true,
		['!'] = true, ['?'] = true, ['v'] = true, ['V'] = true, ['h'] = true, ['H'] = true,
		[' '] = true, ['\t'] = true, ['\n'] = true, ['\v'] = true, ['\f'] = true, ['\r'] = true,
		[0xC2] = true, [0xE2] = true, [0xE3] = true, [0xEF] = true, ['"'] = true,
	};
	/* Words that open a clause of a purpose, a time or a contrast, which
	 * says no more what is counted: "huy động 25 tỷ đồng để xây dựng ...",
	 * "12 hội nghị nhằm quán triệt ...", "... nhưng năng suất ..." */
	static const char *const openers[] = {
		"để", "nhằm", "nhưng", "song", "khi", "nếu", "trước khi", "sau khi", "trong khi", "cho đến khi",
		"cho tới khi",
	};
	static struct phrase_list clause_openers = PHRASE_LIST(openers);
	/* and the word that joined it, which ends nothing: "8 đơn vị tham mưu
	 * và để ..." */
	static const char *const joins[] = {"và", "hoặc", "mà"};
	size_t k, e = i, from = i;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (i > 0 && s[i - 1] == ' ' && match_list(s, n, i, &clause_openers, NULL))
			return without_words(s, from, e, joins, NELEM(joins));
		if (!looked_at[c]) {
			e = ++i;
			continue;
		}
		/* not the mark inside a number ("1.250 thanh niên", "2,5 tấn") */
		if ((c == ',' || c == '.') && i > 0 && vn_is_digit(s[i - 1]) && i + 1 < n && vn_is_digit(s[i + 1])) {
			e = ++i;
			continue;
		}
		if (c == ',' && (paired_at(s, n, i) || fixed_comma_at(s, n, i))) {
			e = ++i;
			continue;
		}
		if ((c == '"' || c == 0xE2) && (k = quotation_end(s, n, i))) {
			e = i = k;
			continue;
		}
		if (c == ',' || c == ';' || c == '.' || c == '(' || c == ')' || c == ':' || c == '!' ||
		    c == '?')
			break;
		/* the inline first-byte test of match_phrase goes first: it is cheap */
		if (((k = match_phrase(s, n, i, "và")) || (k = match_phrase(s, n, i, "hoặc")) ||
		     (k = match_phrase(s, n, i, "với"))) &&
		    !vn_word_char_len_back(s, i) && (k = vn_skip_spaces(s, n, k)) < n &&
		    (figure_at(s, n, k) || figure_after_verb(s, n, k)))
			break;
		if ((k = vn_space_len(s + i, n - i))) {
			i += k;
			continue;
		}
		i++;
		e = i;
	}
	return e;
}

/* The verb before byte start that says what the count counts, past the
 * fillers between them; an empty piece when none does. */
/* The start of the j-th word before w[0], w[j]: (size_t)-1 past the first
 * word. w[0 .. *known) are found already; each is found once, as the verbs
 * and fillers are tried again from the words they end at. */
static size_t nth_word_before(const char *s, size_t *w, size_t *known, size_t j)
{
	for (; *known <= j; ++*known)
		w[*known] = w[*known - 1] == (size_t)-1 ? (size_t)-1 : word_before(s, w[*known - 1]);
	return w[j];
}

static struct piece action_before(const char *s, size_t start)
{
	enum { WORDS = 4, TRIES = 8 }; /* fillers of two words at most, verbs of eight */
	struct piece verb = {"", 0};
	size_t w[WORDS * 2 + TRIES + 1] = {start}, known = 1, at = 0, b, k, words, tries;
	bool last;

	fill_last_words(action_words, NELEM(action_words), action_last_words);
	fill_last_words(filler_words, NELEM(filler_words), filler_last_words);
	for (words = 0; words < WORDS; words++) {
		/* The verb may have one word to eight, each ending at w[at]: the
		 * longest ("luân chuyển", not its "chuyển"; "thi hành kỷ luật",
		 * "kiểm tra khi có dấu hiệu vi phạm"). */
		b = nth_word_before(s, w, &known, at + 1);
		last = b != (size_t)-1 && match_list(s, vn_skip_spaces_back(s, w[at]), b, &action_lasts, NULL);
		for (tries = 0; last && tries < TRIES; tries++) {
			b = nth_word_before(s, w, &known, at + 1 + tries);
			if (b == (size_t)-1)
				break;
			k = match_list(s, start, b, &actions, NULL);
			/* "Ủy ban Kiểm tra 2 cấp": a capital inside the sentence makes it a name's */
			if (k && vn_skip_spaces(s, start, k) == vn_skip_spaces(s, start, w[at]) &&
			    (b == 0 || !vn_upper_len(s + b, start - b)))
				verb = (struct piece){s + b, k - b};
		}
		if (verb.len)
			return verb;
		/* a filler that begins the word before ("với", "đối với" read
		 * from its "đối"), or one of two words that ends there ("chuyên đề") */
		b = nth_word_before(s, w, &known, at + 1);
		if (b == (size_t)-1)
			break;
		if (match_list(s, start, b, &fillers, NULL)) {
			at++;
			continue;
		}
		/* a quick no: no filler ends with the word before */
		if (!match_list(s, vn_skip_spaces_back(s, w[at]), b, &filler_lasts, NULL))
			break;
		b = nth_word_before(s, w, &known, at + 2);
		if (b == (size_t)-1 || !(k = match_list(s, start, b, &fillers, NULL)) ||
		    vn_skip_spaces(s, start, k) != vn_skip_spaces(s, start, w[at]))
			break;
		at += 2;
	}
	return (struct piece){"", 0};
}

/* The verbs between a rate's subject and its percentage: "tỷ lệ hộ nghèo
 * giảm còn 2,5%", "tỷ lệ ... đạt 92%", "nâng tỷ lệ che phủ rừng lên 42%". */
static const char *const rate_verb_words[] = {
	"đạt được", "đạt mức", "đạt", "là", "chiếm", "còn", "giảm còn", "giảm xuống còn", "tăng lên",
	"ở mức", "lên tới", "lên đến", "lên", "xuống còn", "xuống", "giảm từ", "tăng từ",
};
static struct phrase_list rate_verbs = PHRASE_LIST(rate_verb_words);
/* What may stand between such a verb and its percentage: "tỷ lệ lao động
 * qua đào tạo đạt trên 70%", "là khoảng 5%". */
static const char *const approximation_words[] = {
	"trên", "hơn", "gần", "khoảng", "chừng", "xấp xỉ", "dưới", "ít nhất", "tối thiểu",
};
static struct phrase_list approximations = PHRASE_LIST(approximation_words);
/* Of those, the ones that say a sum or a measure was reached: "tổng giá trị
 * sản xuất ước đạt 15.230 tỷ đồng"; "là", "còn" say too much else ("Hà Nội
 * và Huế là 2 trung tâm"). */
static const char *const reaching_words[] = {"đạt được", "đạt mức", "đạt", "ước đạt", "ở mức"};
static struct phrase_list reachings = PHRASE_LIST(reaching_words);
/* Of those, the ones a percentage that measures something follows:
 * "thấp nhất có thể ở mức 0%" measures nothing; and a share of its
 * subject: "đảng viên nữ chiếm 41,2%". */
static const char *const rate_reached_words[] = {
	"đạt được", "đạt mức", "đạt", "ước đạt", "ước tăng", "tăng trưởng bình quân", "tăng trưởng",
	"tăng bình quân", "ước giảm", "giảm bình quân", "chiếm tỷ lệ", "chiếm tỉ lệ", "chiếm",
};
static struct phrase_list rates_reached = PHRASE_LIST(rate_reached_words);
/* The last words of both, as of the actions. */
static const char *reaching_last_words[NELEM(reaching_words)], *rate_reached_last_words[NELEM(rate_reached_words)];
static struct phrase_list reaching_lasts = PHRASE_LIST(reaching_last_words),
			  rates_reached_lasts = PHRASE_LIST(rate_reached_last_words);
/* A rate's time after its percentage ("8,5%/năm"). */
static const char *const per_time_words[] = {
	"/năm", "/ năm", "mỗi năm", "hằng năm", "hàng năm", "một năm", "/tháng", "mỗi tháng", "/quý",
};
static struct phrase_list per_times = PHRASE_LIST(per_time_words);
/* A comparison after a percentage, which says not what it measures either:
 * "ước tăng 8,6% so với năm 2024". */
static const char *const comparison_words[] = {"so với", "so cùng kỳ"};
static struct phrase_list comparisons = PHRASE_LIST(comparison_words);
/* Before a percentage compared, a plain change says what it measures too:
 * "giá trị sản xuất công nghiệp tăng 18,5% so với cùng kỳ". */
static const char *const change_words[] = {"tăng", "giảm"};
static struct phrase_list changes = PHRASE_LIST(change_words);
/* A change by a time, after a sum and a comma, is the sum's too: "đạt
 * 12.500 tỷ đồng, bình quân tăng 12%/năm". */
static const char *const mean_change_words[] = {
	"bình quân tăng", "bình quân giảm", "tăng bình quân", "giảm bình quân", "tăng", "giảm",
};
static struct phrase_list mean_changes = PHRASE_LIST(mean_change_words);
/* After a count and a comma, a share of it with nothing after it:
 * "418 đảng viên là người dân tộc thiểu số, chiếm 68,3%". */
static const char *const share_words[] = {"chiếm", "chiếm tỷ lệ", "chiếm tỉ lệ"};
static struct phrase_list shares = PHRASE_LIST(share_words);
/* After a rate's change and a comma, what is left of it: "Tỷ lệ hộ nghèo
 * giảm 2,1%, còn 8,4%". */
static const char *const remain_words[] = {"còn", "xuống còn", "chỉ còn", "còn lại"};
static struct phrase_list remains = PHRASE_LIST(remain_words);

/* Where "đạt", "đạt tỷ lệ" or "đạt tỉ lệ" begins right before the number at
 * start; (size_t)-1 where none stands there. */
static size_t reached_back(const char *s, size_t start)
{
	static const char *const words[] = {"đạt tỷ lệ", "đạt tỉ lệ", "đạt"};
	size_t end = vn_skip_spaces_back(s, start), b, k;

	for (k = 0; k < NELEM(words); k++)
		if ((b = match_phrase_back(s, end, words[k])) != (size_t)-1)
			return b;
	return (size_t)-1;
}

/* Whether c ends a clause, as strchr(",;:.", c) says (its NUL too). */
static inline bool clause_mark(char c)
{
	return c == ',' || c == ';' || c == ':' || c == '.' || !c;
}

/* Whether only spaces, and one word of approximation, stand from byte i to
 * the number at start. */
static bool number_after(const char *s, size_t start, size_t i)
{
	size_t m;

	i = vn_skip_spaces(s, start, i);
	if (i < start && (m = match_list(s, start, i, &approximations, NULL)))
		i = vn_skip_spaces(s, start, m);
	return i == start;
}

/* Words between a subject and its verb: "mức lương năm 1938 đã tăng 25%". */
static const char *const subject_auxiliaries[] = {"đã", "cũng", "đều", "vẫn", "chỉ", "lại", "ước", "tiếp tục"};

/* Before a verb that moves a rate ("xuống còn", "lên"), the verbs of its
 * predicate: "tỷ lệ thất nghiệp được kéo xuống còn 9,7%", "đã tụt xuống". */
static const char *const moving_words[] = {
	"đã", "cũng", "đều", "vẫn", "được", "bị", "tăng", "giảm", "tụt", "hạ", "kéo", "đẩy", "nâng",
};

/* The words that open a list before its colon, no part of what a figure
 * measures: "3 học sinh được kết nạp gồm:", "thi hành kỷ luật 14 đảng
 * viên bằng các hình thức:". */
static const char *const list_openers[] = {
	"gồm có", "bao gồm", "gồm", "như sau", "cụ thể", "đó là", "là", "bằng các hình thức", "bằng hình thức",
	"với các hình thức", "dưới các hình thức", "ở các hình thức",
};

/* Where the subject s[a..b) ends without the spaces and the words of
 * words[0..n) at its end. */
static size_t without_words(const char *s, size_t a, size_t b, const char *const *words, size_t n)
{
	size_t k, m;

	for (;;) {
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
			b--;
		for (k = 0; k < n; k++)
			if ((m = match_phrase_back(s, b, words[k])) != (size_t)-1 && m > a)
				break;
		if (k == n)
			return b;
		b = m;
	}
}

/* "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 92%": the subject
 * of a rate before its percentage at byte start, from "tỷ lệ" in its
 * clause to the verb before the number; an empty piece when none. */
static struct piece rate_before(const char *s, size_t start)
{
	size_t a = start, b = 0, k, w = 0, m;
	int commas = 0;

	/* back to the clause's start, or over a comma or two inside the rate's
	 * subject ("tỷ lệ điều tra, khám phá án đạt 92,3%"): the subject holds
	 * no figure, which the check below makes sure of */
	for (;;) {
		while (a > 0 && !clause_mark(s[a - 1]) && s[a - 1] != '(')
			a--;
		for (k = a; k < start; k++)
			if ((w = match_phrase(s, start, k, "tỷ lệ")) || (w = match_phrase(s, start, k, "tỉ lệ")))
				break;
		if (k < start || a == 0 || s[a - 1] != ',' || ++commas > 2)
			break;
		a--;
	}
	if (k >= start || (k > a && vn_word_char_len_back(s, k)))
		return (struct piece){"", 0};
	a = vn_skip_spaces(s, start, w);
	/* up to the verb that ends right before the number, or before a word
	 * that makes it approximate */
	for (k = a; k < start; k = (m = word_end(s, start, k)) > k ? vn_skip_spaces(s, start, m) : k + 1)
		if ((m = match_list(s, start, k, &rate_verbs, NULL)) && number_after(s, start, m)) {
			b = k;
			break;
		}
	/* "tỷ lệ hộ nghèo giảm từ 38% xuống còn 6,4%": the rate both figures
	 * are of ends before its change from the first */
	for (k = a; k < b; k = (m = word_end(s, b, k)) > k ? vn_skip_spaces(s, b, m) : k + 1)
		if ((m = match_list(s, b, k, &changes, NULL)) && (m = vn_skip_spaces(s, b, m)) < b &&
		    (m = match_phrase(s, b, m, "từ")) && (m = vn_skip_spaces(s, b, m)) < b && vn_is_digit(s[m])) {
			b = k;
			break;
		}
	b = without_words(s, a, b, moving_words, NELEM(moving_words));
	/* not "tỷ lệ này" (it points back), nor one with another figure in it
	 * ("tỷ lệ lạm phát giảm 11%, lạm phát cơ bản 2%") */
	if (b <= a || match_phrase(s, b, a, "này") || match_phrase(s, b, a, "đó") || match_phrase(s, b, a, "ấy"))
		return (struct piece){"", 0};
	for (k = a; k < b; k++)
		if (vn_is_digit(s[k])) {
			/* but a year, in the subject's first clause: "tỷ lệ ... trở
			 * lên năm 2023 đạt 89,6%", not "tỷ lệ X giảm nhanh, đến năm
			 * 2008 đạt 1,12%" */
			for (m = k; m < b && vn_is_digit(s[m]); m++)
				;
			if (m - k == 4 && (m == b || s[m] == ' ') && !memchr(s + a, ',', k - a) &&
			    match_phrase_back(s, vn_skip_spaces_back(s, k), "năm") != (size_t)-1) {
				k = m;
				continue;
			}
			return (struct piece){"", 0};
		}
	return (struct piece){s + a, b - a};
}

/* Whether the number at s + k counts months or years, as the period of a
 * measure: one or two digits, then "tháng" or "năm" before end ("9 tháng",
 * "bình quân 5 năm"). */
static bool period_at(const char *s, size_t k, size_t end)
{
	size_t j;

	for (j = k; j < end && vn_is_digit(s[j]); j++)
		;
	return j - k <= 2 && (j = vn_skip_spaces(s, end, j)) < end &&
	       (match_phrase(s, end, j, "tháng") || match_phrase(s, end, j, "năm"));
}

/* Whether the number at s + k names a month: one or two digits after
 * "tháng", as the time of a measure ("chỉ số giá tiêu dùng tháng 10",
 * "thu ngân sách tháng 10 ước đạt"). */
static bool month_named_at(const char *s, size_t k, size_t end)
{
	size_t b = word_before(s, k), j;

	for (j = k; j < end && vn_is_digit(s[j]); j++)
		;
	return j - k <= 2 && !(j < end && vn_word_char_len(s + j, end - j)) && b != (size_t)-1 &&
	       match_phrase(s, k, b, "tháng");
}

/* The start of the word in small letters that ends at byte end, or end
 * when none does (a digit or a capital first). */
static size_t small_word_before(const char *s, size_t end)
{
	size_t a = end, m;

	while (a > 0 && (m = vn_word_char_len_back(s, a)))
		a -= m;
	return a == end || vn_is_digit(s[a]) || vn_upper_len(s + a, end - a) ? end : a;
}

/* Whether the comma at byte comma parts the halves of a list that share
 * their last word ("xuất, nhập khẩu", "giá trị sản xuất nông, lâm, thủy
 * sản"), which go on past it: one word in small letters before it, alone
 * after a mark (and a space: not the ",2h" of "2.249,2h") or the start, or
 * such a word before it and one alone after it, up to another comma. */
static bool shared_comma(const char *s, size_t comma, size_t end)
{
	size_t a = small_word_before(s, comma), m, b;

	if (a == comma)
		return false;
	m = vn_skip_spaces_back(s, a);
	if (a == 0 || (m < a && (m == 0 || clause_mark(s[m - 1]))))
		return true;
	b = vn_skip_spaces(s, end, comma + 1);
	for (m = b; m < end && vn_word_char_len(s + m, end - m); m += vn_word_char_len(s + m, end - m))
		;
	return m > b && m < end && s[m] == ',' && small_word_before(s, m) == b;
}

/* Where the clause that goes on to byte start begins: after a mark, or
 * an opening bracket with no closing one; a bracket closed before start
 * stays in it ("tốc độ tăng trưởng kinh tế (GRDP) của tỉnh đạt"), and so
 * does the first half of a shared pair ("xuất, nhập khẩu"). */
static size_t clause_start(const char *s, size_t start)
{
	size_t a = start, k;
	int depth = 0;

	while (a > 0 && !(clause_mark(s[a - 1]) && !depth && !(s[a - 1] == ',' && shared_comma(s, a - 1, start))) &&
	       !(s[a - 1] == '(' && !depth--)) {
		depth += s[a - 1] == ')';
		a--;
	}
	/* the dash of a list's item: "- Giá trị sản xuất ... đạt" */
	a = vn_skip_spaces(s, start, a);
	if ((k = vn_dash_len(s + a, start - a)))
		a = vn_skip_spaces(s, start, a + k);
	return a;
}

/* "Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XXIV gồm 15 đồng chí": a
 * body elected of the count at byte start, from "bầu" in its clause to
 * "gồm" (or "gồm có") right before the count; an empty piece when none. */
static struct piece elected_before(const char *s, size_t start)
{
	size_t end = vn_skip_spaces_back(s, start), g, a, k;

	if ((g = match_phrase_back(s, end, "gồm có")) == (size_t)-1 && (g = match_phrase_back(s, end, "gồm")) == (size_t)-1)
		return (struct piece){"", 0};
	for (a = clause_start(s, g), k = a; k < g; k++)
		if ((k == a || s[k - 1] == ' ') && match_phrase(s, g, k, "bầu") && !match_phrase(s, g, k, "bầu cử"))
			return (struct piece){s + k, end - k};
	return (struct piece){"", 0};
}

/* The verb right before a percentage at byte start that says it passes
 * or changes what it measures: "vượt", "tăng", "giảm", "tăng bình quân",
 * "tăng trưởng"; not after "và" ("đạt và vượt"), nor one a measure's name
 * ends with ("tốc độ tăng 8%", "mức giảm"); an empty piece when none is
 * there. */
static struct piece change_verb(const char *s, size_t start)
{
	static const char *const verbs[] = {
		"vượt", "tăng trưởng bình quân", "tăng bình quân", "giảm bình quân", "tăng trưởng", "tăng", "giảm",
	};
	static const char *const measures[] = {"và", "tốc độ", "mức", "tỷ lệ", "tỉ lệ", "đà"};
	size_t k = vn_skip_spaces_back(s, start), b, w, m;

	for (w = 0; w < NELEM(verbs); w++)
		if ((b = match_phrase_back(s, k, verbs[w])) != (size_t)-1) {
			for (m = 0; m < NELEM(measures); m++)
				if (match_phrase_back(s, vn_skip_spaces_back(s, b), measures[m]) != (size_t)-1)
					return (struct piece){s, 0};
			return (struct piece){s + b, strlen(verbs[w])};
		}
	return (struct piece){s, 0};
}

/* Whether the number at s + k is a year: four digits and no more before
 * end, after "năm" and as many words at least from a on; the year of what
 * is measured has two ("thu nhập bình quân đầu người năm 2025"; "Năm 2007
 * đạt", "và năm 2012 đạt" name no measure). */
static bool year_at(const char *s, size_t a, size_t k, size_t end, int words)
{
	size_t b = word_before(s, k), j;

	for (j = k; j < end && vn_is_digit(s[j]); j++)
		;
	if (j - k != 4 || (j < end && vn_word_char_len(s + j, end - j)) || b == (size_t)-1 || b < a ||
	    !match_phrase(s, k, b, "năm"))
		return false;
	for (; words > 0; words--)
		if ((b = word_before(s, b)) == (size_t)-1 || b < a)
			return false;
	return true;
}

/* The economy's indices, whose names are measures of one word: "GRDP tăng 8,5%". */
static const char *const index_names[] = {"GRDP", "GDP", "GNP", "CPI", "PCI", "IIP", "FDI", "HDI"};

/* Whether s[a..k) is an index's name alone, in capitals, with its spaces. */
static bool index_named(const char *s, size_t a, size_t k)
{
	size_t e = vn_skip_spaces_back(s, k), i;

	for (i = 0; i < NELEM(index_names); i++)
		if (e - a == strlen(index_names[i]) && !memcmp(s + a, index_names[i], e - a))
			return true;
	return false;
}

/* "tổng giá trị sản xuất ước đạt 15.230 tỷ đồng", "thu ngân sách đạt
 * 1.105 tỷ đồng": from its clause's start to a verb of reaching right
 * before the number at byte start, of twelve words at most and no figure; an
 * empty piece when none. A percentage compared (compared) may follow a
 * plain change too. */
static struct piece measured_before(const char *s, size_t start, bool percent, bool compared, size_t *verb)
{
	size_t q = vn_skip_spaces_back(s, start), a, k, m, e = 0, words = 0;
	bool word = false;

	/* the verb ends with the word before the number: a quick no */
	fill_last_words(reaching_words, NELEM(reaching_words), reaching_last_words);
	fill_last_words(rate_reached_words, NELEM(rate_reached_words), rate_reached_last_words);
	for (k = q; k > 0 && (m = vn_word_char_len_back(s, k)); k -= m)
		;
	if (k == q || !(match_list(s, q, k, percent ? &rates_reached_lasts : &reaching_lasts, NULL) ||
			(compared && match_list(s, q, k, &changes, NULL))))
		return (struct piece){"", 0};
	a = clause_start(s, start);

	/* "năm 2025 tốc độ tăng trưởng ... đạt": the year put first is the time */
	if ((k = match_phrase(s, start, a, "năm")) && (k = vn_skip_spaces(s, start, k)) < start &&
	    year_at(s, 0, k, start, 0))
		a = vn_skip_spaces(s, start, k + 4);
	for (k = a; k < start; k = word ? vn_skip_spaces(s, start, e) : k + 1) {
		word = (e = word_end(s, start, k)) > k;
		/* a year or a count of months or years is no figure: "thu nhập
		 * bình quân đầu người năm 2025 đạt", "tổng thu ngân sách 9 tháng
		 * ước đạt", "tốc độ tăng trưởng bình quân 5 năm đạt" */
		if ((vn_is_digit(s[k]) && !year_at(s, a, k, start, 2) && !period_at(s, k, start) &&
		     !month_named_at(s, k, start)) ||
		    (words += word) > 12)
			return (struct piece){"", 0};
		if (((m = match_list(s, start, k, percent ? &rates_reached : &reachings, NULL)) ||
		     (compared && (m = match_list(s, start, k, &changes, NULL)))) &&
		    vn_skip_spaces(s, start, m) == start) {
			*verb = k;
			/* a percentage's measure has two words at least: not "chỉ đạt
			 * 0,05%"; but an index's name alone is one ("GRDP tăng 8,5%") */
			return words >= (percent ? 3u : 2u) || index_named(s, a, k) ? (struct piece){s + a, m - a}
											 : (struct piece){"", 0};
		}
	}
	return (struct piece){"", 0};
}

/* The words of a sum's move to its new value: "tăng từ 3,2 triệu đồng lên
 * 42 triệu đồng", "giảm từ 1.200 hộ xuống còn 310 hộ". */
static const char *const move_to_words[] = {"lên đến", "lên tới", "lên", "xuống còn", "xuống"};

/* "thu nhập bình quân đầu người tăng từ 3,2 triệu đồng lên 42 triệu
 * đồng": a sum's move from one value to the number at byte start, from
 * its clause's start (its subject, of two words to twelve and no figure
 * but a year, then "tăng từ" or "giảm từ") to the word of the move right
 * before the number; an empty piece when none. */
static struct piece moved_before(const char *s, size_t start)
{
	enum { VALUE_MAX = 64 }; /* bytes of the value moved from, with its year */
	size_t a, q = vn_skip_spaces_back(s, start), to = (size_t)-1, from, k, e, words = 0;

	for (k = 0; k < NELEM(move_to_words) && to == (size_t)-1; k++)
		to = match_phrase_back(s, q, move_to_words[k]);
	if (to == (size_t)-1)
		return (struct piece){"", 0};
	/* "từ" and the value moved from, right before the word of the move
	 * (whose marks, "3,2", "1.200", are no clause's end) */
	for (from = to; from > 0 && to - from < VALUE_MAX &&
			!((k = match_phrase(s, to, from, "từ")) && (k = vn_skip_spaces(s, to, k)) < to && vn_is_digit(s[k]) &&
			  (from == 0 || s[from - 1] == ' '));
	     from--)
		;
	a = clause_start(s, from);
	if (from <= a || to - from >= VALUE_MAX || !((k = match_phrase_back(s, vn_skip_spaces_back(s, from), "tăng")) != (size_t)-1 ||
			   (k = match_phrase_back(s, vn_skip_spaces_back(s, from), "giảm")) != (size_t)-1) ||
	    k <= a)
		return (struct piece){"", 0};
	for (e = a; e < k; e = vn_skip_spaces(s, k, word_end(s, k, e) > e ? word_end(s, k, e) : e + 1))
		if ((vn_is_digit(s[e]) && !year_at(s, a, e, k, 2)) || ++words > 12)
			return (struct piece){"", 0};
	if (words < 2)
		return (struct piece){"", 0};
	return (struct piece){s + a, q - a};
}

/* The names of a sum, which may stand right before its number: "với tổng
 * kinh phí hơn 20 tỷ đồng", "có tổng vốn đầu tư 150 tỷ đồng". */
static const char *const sum_words[] = {
	"tổng kinh phí", "tổng giá trị", "tổng vốn đầu tư", "tổng vốn", "tổng mức đầu tư", "tổng nguồn vốn",
	"tổng số tiền", "tổng dự toán", "tổng diện tích", "tổng sản lượng", "tổng chiều dài",
};
static struct phrase_list sums = PHRASE_LIST(sum_words);

/* The name of a sum right before the number at byte start, past a word
 * of approximation; an empty piece when none. */
static struct piece sum_named_before(const char *s, size_t start)
{
	size_t end = vn_skip_spaces_back(s, start), b, k;

	for (k = 0; k < NELEM(approximation_words); k++)
		if ((b = match_phrase_back(s, end, approximation_words[k])) != (size_t)-1) {
			end = vn_skip_spaces_back(s, b);
			break;
		}
	for (k = 0; k < NELEM(sum_words); k++)
		if ((b = match_phrase_back(s, end, sum_words[k])) != (size_t)-1)
			return (struct piece){s + b, end - b};
	return (struct piece){"", 0};
}

/* The words of a growth by times: "tăng gấp 6,8 lần", "giảm 2 lần". */
static const char *const growth_words[] = {"gia tăng gấp", "gia tăng", "tăng gấp", "tăng", "giảm"};
/* A clause that opens with these sums up, and names no measure first:
 * "tức là tăng gấp 9 lần". */
static const char *const not_measures[] = {"tức là", "tức", "nghĩa là", "và", "thì", "còn"};
/* Words of contrast that open a clause before its measure: "Tuy xuất
 * khẩu tăng 2,4 lần". */
static const char *const contrasts[] = {"tuy", "tuy nhiên", "nhưng", "song"};

/* "thu nhập bình quân của người dân nông thôn tăng gấp 6,8 lần so với
 * năm 2008": the measure that grew so many times as the count of "lần" at
 * byte start says, from its clause's start (past a year put first; two
 * words to twelve, no figure but a year of its own) to the verb of the
 * growth right before the number, past a word of approximation; an empty
 * piece when none. */
static struct piece grown_before(const char *s, size_t start)
{
	size_t end = vn_skip_spaces_back(s, start), b = (size_t)-1, a, k, e, words = 0;

	for (k = 0; k < NELEM(approximation_words); k++)
		if ((b = match_phrase_back(s, end, approximation_words[k])) != (size_t)-1)
			break;
	for (k = 0, b = b == (size_t)-1 ? end : vn_skip_spaces_back(s, b); k < NELEM(growth_words); k++)
		if ((e = match_phrase_back(s, b, growth_words[k])) != (size_t)-1)
			break;
	if (k == NELEM(growth_words))
		return (struct piece){"", 0};
	a = clause_start(s, start);
	if ((k = match_phrase(s, e, a, "năm")) && (k = vn_skip_spaces(s, e, k)) < e && year_at(s, 0, k, e, 0))
		a = vn_skip_spaces(s, e, k + 4);
	for (k = 0; k < NELEM(not_measures); k++)
		if (match_phrase(s, e, a, not_measures[k]))
			return (struct piece){"", 0};
	for (k = 0; k < NELEM(contrasts); k++)
		if ((b = match_phrase(s, e, a, contrasts[k])) && vn_skip_spaces(s, e, b) > b) {
			a = vn_skip_spaces(s, e, b);
			break;
		}
	/* what grows is named after the last "với" ("khủng hoảng với GDP tăng
	 * gấp 6 lần"); a comparison ("so với năm 1976 đã tăng") names none */
	for (k = a; k < e; k = vn_skip_spaces(s, e, word_end(s, e, k) > k ? word_end(s, e, k) : k + 1)) {
		if (match_phrase(s, e, k, "so với"))
			return (struct piece){"", 0};
		if ((b = match_phrase(s, e, k, "với"))) {
			a = vn_skip_spaces(s, e, b), words = 0;
			continue;
		}
		if ((vn_is_digit(s[k]) && !year_at(s, a, k, e, 2)) || ++words > 12)
			return (struct piece){"", 0};
	}
	return words >= 2 ? (struct piece){s + a, end - a} : (struct piece){"", 0};
}

/* The verbs that give a total its number: "nâng tổng số đảng viên lên 9.432
 * đồng chí", "tổng số cử tri đi bầu là 56.120 người". */
static const char *const total_verb_words[] = {"lên tới", "lên đến", "lên thành", "lên", "là"};
static struct phrase_list total_verbs = PHRASE_LIST(total_verb_words);

/* "nâng tổng số đảng viên toàn Đảng bộ lên 9.432 đồng chí", "Số đảng viên
 * được miễn sinh hoạt là 312 đồng chí", "Tổng kinh phí thực hiện là 45 tỷ
 * đồng": a total, from its clause's start to the verb right before the
 * count at byte start, with "tổng số" or a sum's name in it or "số" first, of twelve words at most and no figure but a year; an empty
 * piece when none. */
static struct piece total_before(const char *s, size_t start)
{
	size_t a = clause_start(s, start), k, m, e = 0, words = 0;
	bool word = false, total = false;

	if ((m = match_phrase(s, start, a, "số")) && !figure_at(s, start, vn_skip_spaces(s, start, m)))
		total = true;
	for (k = a; k < start; k = word ? vn_skip_spaces(s, start, e) : k + 1) {
		word = (e = word_end(s, start, k)) > k;
		if ((vn_is_digit(s[k]) && !year_at(s, a, k, start, 2)) || (words += word) > 12)
			return (struct piece){"", 0};
		if (!total && (match_phrase(s, start, k, "tổng số") || match_list(s, start, k, &sums, NULL)))
			total = true;
		if (total && words > 2 && (m = match_list(s, start, k, &total_verbs, NULL)) && number_after(s, start, m))
			return (struct piece){s + a, m - a};
	}
	return (struct piece){"", 0};
}

/* Whether a comma and a verb of verbs (a change, "tăng", "giảm", or a
 * share, "chiếm") alone stand from byte from to the number at start: "đạt
 * 1.250 triệu USD, tăng 15,3%". */
static bool change_after(const char *s, size_t from, size_t start, struct phrase_list *verbs)
{
	size_t k = vn_skip_spaces(s, start, from), m;

	if (k >= start || s[k] != ',')
		return false;
	k = vn_skip_spaces(s, start, k + 1);
	return (m = match_list(s, start, k, verbs, NULL)) && number_after(s, start, m);
}

/* The length of a quotation mark at s + i (", “ or ”), or 0. */
static inline size_t quote_at(const char *s, size_t n, size_t i)
{
	/* the first byte alone answers for nearly every byte */
	if (s[i] == '"')
		return 1;
	return s[i] == '\xE2' && n - i >= 3 && s[i + 1] == '\x80' && (s[i + 2] == '\x9C' || s[i + 2] == '\x9D') ? 3
												       : 0;
}

/* Whether a quotation mark or a full stop is at s + i: where the search
 * for a slogan's quotes stops; a look at the byte passes the others. */
static inline bool slogan_edge(const char *s, size_t n, size_t i)
{
	static const bool may_be[256] = {['"'] = true, ['.'] = true, [0xE2] = true};

	return may_be[(unsigned char)s[i]] && (s[i] == '.' || quote_at(s, n, i));
}

/* Whether s[start..end) stands in a short quotation: a slogan or a name
 * ("3 dám, 3 hơn, 5 rõ", "4 tốt"), not a statement quoted. */
static bool quoted(const char *s, size_t n, size_t start, size_t end)
{
	enum { SLOGAN = 64 };
	size_t a = start, b = end, lo = start > SLOGAN ? start - SLOGAN : 0, hi = n - end > SLOGAN ? end + SLOGAN : n;

	while (a > lo && !slogan_edge(s, n, a - 1))
		a--;
	if (a == 0 || !quote_at(s, n, a - 1))
		return false;
	while (b < hi && !slogan_edge(s, n, b))
		b++;
	return b < n && quote_at(s, n, b);
}

/* Where s[a..e) ends without the quotation mark that closes a quote it
 * is the end of ("... có hộ hiến tới 500 m2”, ông nói"): one at its end
 * that none in it opens. */
static size_t without_closing_quote(const char *s, size_t a, size_t e)
{
	size_t k, m, marks = 0, last = 0;

	for (k = a; k < e; k += m ? m : 1)
		if ((m = quote_at(s, e, k)))
			marks++, last = k;
	if (marks % 2 && last + quote_at(s, e, last) == e)
		for (e = last; e > a && (s[e - 1] == ' ' || s[e - 1] == '\t');)
			e--;
	return e;
}

/* Whether the sentence holds a quotation mark: without one, no figure of
 * it is quoted. Looked for once, when a figure first asks. */
static bool has_quotes(struct figure_reader *fr)
{
	const char *p;

	if (fr->quotes < 0) {
		fr->quotes = memchr(fr->s, '"', fr->n) != NULL;
		for (p = fr->s; !fr->quotes && (p = memchr(p, 0xE2, (size_t)(fr->s + fr->n - p))); p++)
			fr->quotes = quote_at(fr->s, fr->n, (size_t)(p - fr->s)) > 0;
	}
	return fr->quotes;
}

void figure_begin(struct figure_reader *fr, const char *s, size_t n)
{
	*fr = (struct figure_reader){.s = s, .n = n, .verb = {"", 0}, .measure = {"", 0}, .share_of = {"", 0},
				     .share_rest = {"", 0}, .quotes = -1};
}

/* Whether only "và" or a comma, and fillers, stand between byte from and
 * the number at byte start: a count that goes on a list of counts. */
static bool listed_after(const char *s, size_t from, size_t start)
{
	size_t k = vn_skip_spaces(s, start, from), m;

	if (k < start && s[k] == ',')
		k = vn_skip_spaces(s, start, k + 1);
	else if ((m = match_phrase(s, start, k, "và")))
		k = vn_skip_spaces(s, start, m);
	else
		return false;
	for (; (m = match_list(s, start, k, &fillers, NULL)); k = vn_skip_spaces(s, start, m))
		;
	return k == start;
}

/* Words that open a clause before its subject, and that stand between the
 * subject and its verb: "trong đó ngành khai thác mỏ tăng 8,4%", "mức
 * lương năm 1938 đã tăng 25%". */
static const char *const subject_opener_words[] = {
	"trong đó", "đặc biệt là", "nhất là", "tiếp đến là", "tiếp theo là", "sau đó là", "đông nhất là",
	"nhiều nhất là", "hiện nay", "hiện", "còn có", "và", "với",
};
static struct phrase_list subject_openers = PHRASE_LIST(subject_opener_words);

/* How many words s[a..b) holds, parted by spaces. */
static size_t words_in(const char *s, size_t a, size_t b)
{
	size_t words = 0, k;

	for (k = a; k < b; k++)
		words += s[k] != ' ' && (k == a || s[k - 1] == ' ');
	return words;
}

/* The last words of a subject that points back to one named before. */
static const char *const pointing_back[] = {"này", "đó", "ấy", "trên"};

/* The subject of a percentage's verb in s[a..verb): without the words
 * around it, and none when a time or a place opens it ("trong 3 tháng
 * đầu năm đã tăng 7,2%") or is all of it ("bình quân mỗi năm tăng 4,3%",
 * "bình quân tăng 15,5%/năm"). */
static struct piece subject_of(const char *s, size_t a, size_t verb)
{
	static const char *const not_subjects[] = {
		"trong", "từ", "sau", "đến", "tại", "ở", "bình quân mỗi năm", "bình quân hàng năm",
		"bình quân hằng năm", "mỗi năm", "hàng năm", "hằng năm",
	};
	/* the words of a mean, no subject when all of it: "bình quân tăng 15,5%/năm" */
	static const char *const means[] = {"bình quân", "trung bình"};
	size_t b = verb, k, m;

	if ((m = match_list(s, verb, a, &subject_openers, NULL)))
		a = vn_skip_spaces(s, verb, m + (m < verb && s[m] == ','));
	b = without_words(s, a, b, subject_auxiliaries, NELEM(subject_auxiliaries));
	for (k = 0; k < NELEM(not_subjects); k++)
		if ((m = match_phrase(s, b, a, not_subjects[k])) && (m == b || s[m] == ' '))
			return (struct piece){"", 0};
	for (k = 0; k < NELEM(means); k++)
		if (match_phrase(s, b, a, means[k]) == b)
			return (struct piece){"", 0};
	/* nor a short one that points back: "con số này tăng 5%", not "GDP
	 * của nước này" */
	for (k = 0; k < NELEM(pointing_back); k++)
		if ((m = match_phrase_back(s, b, pointing_back[k])) != (size_t)-1 && m > a && words_in(s, a, b) <= 3)
			return (struct piece){"", 0};
	return (struct piece){s + a, b - a};
}

/* Where "năm" and a year that stand at s + i, after a figure, end (as
 * year_at reads the year); 0 when they do not stand there. */
static size_t year_after(const char *s, size_t end, size_t i)
{
	size_t m = match_phrase(s, end, i, "năm");

	if (!m || (m = vn_skip_spaces(s, end, m)) >= end || !year_at(s, i, m, end, 0))
		return 0;
	return m + 4;
}

/* Whether s[a..end) is a year alone: "năm 2025". */
static bool year_alone(const char *s, size_t end, size_t a)
{
	size_t k = year_after(s, end, a);

	return k && vn_skip_spaces(s, end, k) >= end;
}

/* Whether s[a..end), after a figure, goes on to the figure it changes to,
 * past its year: "xuống còn 6,4%", "năm 2020 xuống 3,1%", "lên 42%". */
static bool changed_to(const char *s, size_t end, size_t a)
{
	static const char *const to_words[] = {"xuống còn", "xuống", "lên", "còn"};
	size_t k, m;

	if ((k = year_after(s, end, a)))
		a = vn_skip_spaces(s, end, k);
	for (k = 0; k < NELEM(to_words); k++)
		if ((m = match_phrase(s, end, a, to_words[k])))
			return (m = vn_skip_spaces(s, end, m)) < end && vn_is_digit(s[m]);
	return false;
}

/* Whether a word of s[from..end) is a count: digits, and marks only
 * between them, and a word after; not a year ("nhiệm kỳ 2025 - 2030", four digits from 19
 * or 20), nor a document's number ("Chỉ thị số 05-CT/TW"). */
static bool number_within(const char *s, size_t from, size_t end)
{
	size_t k, j, i;

	for (k = from; k < end; k = j + 1) {
		for (j = k; j < end && s[j] != ' ' && s[j] != '\t'; j++)
			;
		if (!vn_is_digit(s[k]) || !vn_is_digit(s[j - 1]))
			continue;
		for (i = k; i < j && (vn_is_digit(s[i]) || ((s[i] == '.' || s[i] == ',') && vn_is_digit(s[i + 1]))); i++)
			;
		/* a count has a word after it: not "quận 7" */
		if (i == j && !(j - k == 4 && (!memcmp(s + k, "19", 2) || !memcmp(s + k, "20", 2))) &&
		    j + 1 < end && s[j] == ' ' && vn_word_char_len(s + j + 1, end - j - 1) && !vn_is_digit(s[j + 1]))
			return true;
	}
	return false;
}

/* Whether the unit is a noun that names follow (names.h: "xã", "huyện",
 * "trường"; an honorific, "đồng chí"; a title, "Phó Thủ tướng"), a name
 * follows it, and the clause ends at e with a comma before another name:
 * "3 huyện Sơn Động, Lục Ngạn, Lục Nam". Not a people's name, which says
 * what they are: "80.000 quân Ấn Độ, 20.000 ...", "2 triệu người Latvia, ...". */
static bool names_listed(const char *s, size_t n, struct piece unit, size_t e)
{
	size_t u = unit.len ? (size_t)(unit.s - s) + unit.len : 0, a;
	struct tokens x;
	enum names_title_kind kind;
	int w;

	if (!u || u >= e || e >= n || s[e] != ',')
		return false;
	a = vn_skip_spaces(s, e, u);
	if (a == u || a >= e || !vn_upper_len(s + a, e - a))
		return false;
	a = vn_skip_spaces(s, n, e + 1);
	if (a >= n || !vn_upper_len(s + a, n - a) || match_phrase(unit.s, unit.len, 0, "người") == unit.len)
		return false;
	tokenize(&x, unit.s, 0, unit.len);
	w = names_named_after(&x, 0);
	if (!w)
		w = names_honorific(&x, 0);
	if (!w)
		w = names_title(&x, 0, &kind);
	return w && w == x.n;
}

/* The words a share in brackets may begin with: "(chiếm 19,28%)", "(đạt
 * 71,85%)"; the first two measure a part of the whole, the others a
 * target met. */
static const char *const share_openers[] = {"chiếm tỷ lệ", "chiếm tỉ lệ", "chiếm", "tỷ lệ", "tỉ lệ", "đạt", "bằng"};
enum { WHOLE_SHARES = 5 };
static struct phrase_list bracket_shares = PHRASE_LIST(share_openers);

/* Whether the bracket at s + open holds a percentage alone, after one of
 * share_openers or none: where it closes into *close, and whether it is
 * of a whole into *whole. */
static bool bracketed_share(const char *s, size_t n, size_t open, size_t *close, bool *whole)
{
	size_t i = vn_skip_spaces(s, n, open + 1), m, which = 0, digits;

	if ((m = match_list(s, n, i, &bracket_shares, &which)))
		i = vn_skip_spaces(s, n, m);
	*whole = !m || which < WHOLE_SHARES;
	for (digits = i; i < n && (vn_is_digit(s[i]) || ((s[i] == ',' || s[i] == '.') && i > digits &&
						      i + 1 < n && vn_is_digit(s[i + 1])));
	     i++)
		;
	if (i == digits)
		return false;
	i = vn_skip_spaces(s, n, i);
	if (i >= n || s[i] != '%')
		return false;
	i = vn_skip_spaces(s, n, i + 1);
	if (i >= n || s[i] != ')')
		return false;
	*close = i;
	return true;
}

/* A count's share in brackets at s + open after its phrase, noted in fr
 * for the percentage in them: the share of a whole of things measures
 * what the count's phrase, going on after the brackets, says; one that
 * the words after it compare with a target ("đạt 71,85%) so với kế
 * hoạch") measures those words alone. */
static void share_after(struct figure_reader *fr, struct figure *fig, size_t open)
{
	const char *s = fr->s;
	size_t n = fr->n, close, a, e;
	struct piece after = {"", 0};
	bool whole;

	if (open >= n || s[open] != '(' || !bracketed_share(s, n, open, &close, &whole))
		return;
	a = vn_skip_spaces(s, n, close + 1);
	e = a < n ? without_closing_quote(s, a, clause_end(s, n, a)) : a;
	/* not into another figure's clause */
	if (e > a && !number_within(s, a, e))
		after = (struct piece){s + a, e - a};
	fr->share_open = open, fr->share_close = close;
	fr->share_of = fr->share_rest = (struct piece){"", 0};
	if (match_list(s, n, a, &comparisons, NULL)) {
		fr->share_rest = after;
		return;
	}
	/* a ratio's share is the ratio itself, whatever word opens it:
	 * "1.235/1.356 đảng viên được xếp loại ... (đạt 91,08%)" */
	if (!whole && fig->q->kind != QUANTITY_RATIO)
		return;
	fig->rest = after;
	/* a share of an area or a sum is of the whole one, which no phrase
	 * says: "203,07 ha (chiếm 2,02%)" */
	if (!quantity_measured(fig->q))
		fr->share_of = fig->phrase, fr->share_rest = after;
}

/* "57/62 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, đạt
 * 91,9%": a ratio's share after the comma at s + comma that ends its
 * clause, a percentage alone in a clause of its own, is the ratio itself,
 * noted in fr as share_after notes one in brackets. */
static void comma_share(struct figure_reader *fr, struct figure *fig, size_t comma)
{
	static const char *const reaching_share[] = {"đạt tỷ lệ", "đạt tỉ lệ", "đạt", "chiếm tỷ lệ", "chiếm", "bằng"};
	const char *s = fr->s;
	size_t n = fr->n, k, m = 0, e, w;

	if (comma >= n || s[comma] != ',' || quantity_measured(fig->q))
		return;
	k = vn_skip_spaces(s, n, comma + 1);
	for (w = 0; w < NELEM(reaching_share) && !(m = match_phrase(s, n, k, reaching_share[w])); w++)
		;
	if (!m)
		return;
	k = vn_skip_spaces(s, n, m);
	for (e = k; e < n && (vn_is_digit(s[e]) || ((s[e] == ',' || s[e] == '.') && e + 1 < n && vn_is_digit(s[e + 1]))); e++)
		;
	if (e == k || e >= n || s[e] != '%')
		return;
	m = vn_skip_spaces(s, n, e + 1);
	if (m < n && !strchr(";.,)", s[m]))
		return;
	fr->share_open = comma, fr->share_close = e + 1;
	fr->share_of = fig->phrase, fr->share_rest = (struct piece){"", 0};
}

/* The percentage at s + start in the brackets of the last count's share:
 * what it measures, as share_after noted; false when it is none such. */
static bool share_of_count(struct figure_reader *fr, size_t start, struct figure *fig)
{
	if (!fr->share_close || start <= fr->share_open || start >= fr->share_close ||
	    !(fr->share_of.len || fr->share_rest.len))
		return false;
	fig->phrase = fr->share_of.len ? fr->share_of : fr->share_rest;
	fig->rest = fr->share_of.len ? fr->share_rest : (struct piece){"", 0};
	fig->what = fig->phrase;
	return true;
}

/* Whether the count q is the value a sum moved from: "tăng từ 3,2 triệu
 * đồng lên 42 triệu đồng", "giảm từ 1.200 hộ (năm 2020) xuống còn 310 hộ",
 * which the value moved to tells with it (moved_before). */
static bool moved_from(const char *s, size_t n, const struct quantity *q)
{
	size_t start = (size_t)(q->text.s - s), b = word_before(s, start), k, m, w;
	const char *after = q->unit.len ? q->unit.s + q->unit.len : q->text.s + q->text.len;
	const char *close;

	if (b == (size_t)-1 || !match_phrase(s, start, b, "từ"))
		return false;
	k = vn_skip_spaces(s, n, (size_t)(after - s));
	if (k < n && s[k] == '(' && (close = memchr(s + k, ')', n - k)) && close - (s + k) < 24)
		k = vn_skip_spaces(s, n, (size_t)(close - s) + 1);
	if ((b = year_after(s, n, k)))
		k = vn_skip_spaces(s, n, b);
	for (w = 0; w < NELEM(move_to_words); w++)
		if ((m = match_phrase(s, n, k, move_to_words[w])))
			return (m = vn_skip_spaces(s, n, m)) < n && vn_is_digit(s[m]) && moved_before(s, m).len;
	return false;
}

/* "- Số đảng viên mới kết nạp: 215 đồng chí", "Tỷ lệ tổ chức cơ sở đảng
 * hoàn thành tốt nhiệm vụ: 96,5%": the label of an item, from its clause's
 * start to a colon right before the number at byte start, of two words to
 * twelve and no figure, not a time ("Năm 2025: ..."); a rate's without its
 * "tỷ lệ", as rate_before gives it, and a count's with its colon. An empty
 * piece when none. */
static struct piece label_before(const char *s, size_t start, bool percent)
{
	/* what opens no label: a time, a source, a part of a list */
	static const char *const openers[] = {
		"năm", "tháng", "quý", "ngày", "giai đoạn", "nhiệm kỳ", "trong đó", "theo", "về", "và", "nguồn",
		"ngoài ra", "cụ thể", "chẳng hạn", "tiếng",
	};
	/* the words of a clause, which no label holds: "Quân Mỹ cũng thiệt
	 * hại nặng:", "Tổ chức bộ máy gồm có:" */
	static const char *const clause_words[] = {"cũng", "đã", "sẽ", "đang", "là", "có", "gồm", "bao gồm", "như sau", "đạt"};
	size_t colon = vn_skip_spaces_back(s, start), opening, a, k, e, words = 0;

	if (!colon || s[colon - 1] != ':')
		return (struct piece){"", 0};
	/* an item's label opens its sentence, past a list's dash */
	opening = vn_skip_spaces(s, colon, 0);
	if ((k = vn_dash_len(s + opening, colon - opening)))
		opening = vn_skip_spaces(s, colon, opening + k);
	if ((a = clause_start(s, colon - 1)) != opening)
		return (struct piece){"", 0};
	for (k = 0; k < NELEM(openers); k++)
		if (match_phrase(s, colon, a, openers[k]))
			return (struct piece){"", 0};
	for (e = a; e < colon - 1; e = vn_skip_spaces(s, colon, word_end(s, colon, e) > e ? word_end(s, colon, e) : e + 1)) {
		if (vn_is_digit(s[e]) || ++words > 12)
			return (struct piece){"", 0};
		for (k = 0; k < NELEM(clause_words); k++)
			if (match_phrase(s, colon - 1, e, clause_words[k]))
				return (struct piece){"", 0};
	}
	if (words < 2)
		return (struct piece){"", 0};
	if (!percent)
		return (struct piece){s + a, colon - a};
	if ((k = match_phrase(s, colon, a, "tỷ lệ")) || (k = match_phrase(s, colon, a, "tỉ lệ")))
		a = vn_skip_spaces(s, colon, k);
	return a < colon - 1 ? (struct piece){s + a, colon - 1 - a} : (struct piece){"", 0};
}

/* Whether a count's unit is "lần", how many times a measure grew ("tăng
 * gần 4,4 lần so với năm 1997"): no measure of a change after it. */
static bool times_unit(struct piece unit)
{
	return unit.len == strlen("lần") && !memcmp(unit.s, "lần", unit.len);
}

bool figure_of(struct figure_reader *fr, const struct quantity *q, struct figure *fig)
{
	const char *s = fr->s;
	size_t n = fr->n, start = (size_t)(q->text.s - s), end = start + q->text.len, a, e, verb, b;
	struct piece measured, verb_of_change;
	bool time_alone, compared, plan_unit = q->unit.len && match_list(q->unit.s, q->unit.len, 0, &plans, NULL);
	/* "đạt 15/17 chỉ tiêu chủ yếu", "21/22 chỉ tiêu đạt kế hoạch": the
	 * share of the targets met */
	bool targets_met = plan_unit && q->kind == QUANTITY_RATIO &&
			   (met_before(s, start) || met_after(s, n, (size_t)(q->unit.s - s) + q->unit.len));

	if (q->kind == QUANTITY_ORDINAL || (q->kind != QUANTITY_PERCENT && !q->unit.len) || planned(fr, start) ||
	    (plan_unit && q->kind != QUANTITY_NUMBER && !targets_met) || (has_quotes(fr) && quoted(s, n, start, end)) ||
	    (q->kind == QUANTITY_NUMBER && moved_from(s, n, q)))
		return false;
	fig->q = q;
	fig->rest = (struct piece){"", 0};
	if (q->kind == QUANTITY_PERCENT && share_of_count(fr, start, fig))
		return true;
	a = vn_skip_spaces(s, n, end);
	e = without_closing_quote(s, a, clause_end(s, n, a));
	/* "3 học sinh được kết nạp gồm: ...": the words that open a list */
	if (e < n && s[e] == ':')
		e = without_words(s, a, e, list_openers, NELEM(list_openers));
	fig->phrase = (struct piece){s + a, e > a ? e - a : 0};
	/* "145 đại biểu đại diện cho 512 đảng viên": a count's phrase is its
	 * unit alone where another figure follows in the clause */
	if (q->kind == QUANTITY_NUMBER && q->unit.s >= s + a && q->unit.s + q->unit.len <= s + e &&
	    number_within(s, (size_t)(q->unit.s - s) + q->unit.len, e))
		fig->phrase.len = (size_t)(q->unit.s - s) + q->unit.len - a;
	/* "sáp nhập 3 xã Tân Lập, Tân Hòa và Phú Mỹ": the count of a list of
	 * names is its unit alone, not the first of them */
	else if (q->kind == QUANTITY_NUMBER && strcmp(q->value, "1") && names_listed(s, n, q->unit, e))
		fig->phrase.len = (size_t)(q->unit.s - s) + q->unit.len - a;
	/* "đạt 11,2%/năm": a rate's time alone after it says not what it
	 * measures; it stays when nothing before does */
	compared = q->kind == QUANTITY_PERCENT && match_list(s, n, a, &comparisons, NULL);
	time_alone = compared || (q->kind == QUANTITY_PERCENT && (b = match_list(s, n, a, &per_times, NULL)) &&
				  vn_skip_spaces(s, n, b) >= e);
	/* "giảm từ 38% xuống còn 6,4%", "từ 12,5% năm 2020 xuống 3,1% năm
	 * 2025": the first's phrase, where the change goes on, and a year alone
	 * after a rate say not what it measures */
	if (q->kind == QUANTITY_PERCENT && (changed_to(s, e, a) || year_alone(s, e, a)))
		time_alone = true;
	/* "tỷ lệ ... đạt 92%": the rate's subject before it */
	if (q->kind == QUANTITY_PERCENT && (!fig->phrase.len || time_alone) && (measured = rate_before(s, start)).len)
		fig->phrase = measured, time_alone = false;
	fig->what = q->kind == QUANTITY_PERCENT ? fig->phrase : action_before(s, start);
	/* "Sản lượng lúa tăng gấp 2,5 lần so với năm 2010": what grew, and
	 * how many times, without the comparison after it */
	if (q->kind == QUANTITY_NUMBER && times_unit(q->unit) && q->unit.s >= fig->phrase.s &&
	    (measured = grown_before(s, start)).len) {
		fig->what = measured;
		fig->phrase.len = (size_t)(q->unit.s - fig->phrase.s) + q->unit.len;
	}
	/* "kiểm tra 1.245 tổ chức đảng và 3.120 đảng viên": the verb of the count before */
	if (q->kind == QUANTITY_NUMBER && !fig->what.len && fr->verb.len && listed_after(s, fr->verb_end, start))
		fig->what = fr->verb;
	/* "16 mục tiêu chủ yếu" are targets; "ban hành 15 nghị quyết, 32 kế
	 * hoạch" counts the plans made */
	if ((plan_unit || (q->unit.len && match_list(q->unit.s, q->unit.len, 0, &structures, NULL) == q->unit.len)) &&
	    !fig->what.len && !targets_met)
		return false;
	if (q->kind == QUANTITY_NUMBER) {
		fr->verb = fig->what, fr->verb_end = e;
		share_after(fr, fig, vn_skip_spaces(s, n, e));
	} else if (q->kind == QUANTITY_RATIO) {
		share_after(fr, fig, vn_skip_spaces(s, n, e));
		comma_share(fr, fig, e);
	}
	/* "tổng giá trị sản xuất ước đạt 15.230 tỷ đồng": a sum with what it
	 * measures and the verb before it; "tốc độ tăng trưởng ... đạt 8,6%": a
	 * percentage with what it measures */
	if (q->kind == QUANTITY_NUMBER && !fig->what.len &&
	    (fig->what = measured_before(s, start, false, false, &verb)).len) {
		fr->measure = subject_of(s, (size_t)(fig->what.s - s), verb);
		fr->measure_end = e;
	}
	if (q->kind == QUANTITY_NUMBER && !fig->what.len && !(fig->what = moved_before(s, start)).len &&
	    !(fig->what = total_before(s, start)).len &&
	    !(quantity_measured(q) && (fig->what = sum_named_before(s, start)).len))
		fig->what = elected_before(s, start);
	/* "có 3.200 thanh niên được giải quyết việc làm, tăng 15% so với năm
	 * trước": a count is the measure of a change right after it too, when
	 * its phrase has two words at least (not "tỷ đồng", "ha") and is no
	 * rate ("16,2 máy/100 dân" measures the density named before it) */
	if (q->kind == QUANTITY_NUMBER && q->unit.len && fr->measure_end != e && !times_unit(q->unit) &&
	    q->unit.s >= fig->phrase.s && q->unit.s < fig->phrase.s + fig->phrase.len) {
		size_t len = (size_t)(fig->phrase.s + fig->phrase.len - q->unit.s);
		if (memchr(q->unit.s, ' ', len) && !memchr(q->unit.s, '/', len + (q->unit.s + len < s + n))) {
			fr->measure = (struct piece){q->unit.s, len};
			fr->measure_end = e;
		}
	}
	/* a plain change too where the percentage ends its clause or a time
	 * alone follows it: "tổng sản phẩm trên địa bàn tỉnh tăng 8,1%;", "tỷ
	 * lệ hộ nghèo giảm 4,5%/năm"; not one a measure's name ends with
	 * ("tốc độ tăng 8% mỗi năm") */
	if (q->kind == QUANTITY_PERCENT && (!fig->phrase.len || time_alone) &&
	    (measured = measured_before(s, start, true, compared || !fig->phrase.len || time_alone, &verb)).len &&
	    (measured = subject_of(s, (size_t)(measured.s - s), verb)).len &&
	    (compared || !match_list(s, start, verb, &changes, NULL) || change_verb(s, start).len))
		fig->what = fig->phrase = measured;
	/* "kim ngạch xuất khẩu đạt 1.250 triệu USD, tăng 15,3% so với cùng
	 * kỳ", "tổng thu ngân sách 5 năm đạt 12.500 tỷ đồng, bình quân tăng
	 * 12%/năm": the change of the measure before it */
	else if (q->kind == QUANTITY_PERCENT && fr->measure.len &&
		 ((compared && change_after(s, fr->measure_end, start, &changes)) ||
		  (time_alone && change_after(s, fr->measure_end, start, &mean_changes)) ||
		  (!fig->phrase.len && (change_after(s, fr->measure_end, start, &shares) ||
					change_after(s, fr->measure_end, start, &remains)))))
		fig->what = fig->phrase = measured = fr->measure;
	else
		measured.len = 0;
	if (q->kind == QUANTITY_PERCENT && measured.len)
		fr->measure = measured, fr->measure_end = e;
	/* "vượt 3% chỉ tiêu", "giảm 1,8% tỷ lệ hộ nghèo": by how much a target
	 * is passed or a measure changed, which the verb says (what it
	 * measures is no share of it) */
	if (q->kind == QUANTITY_PERCENT && fig->phrase.len && (verb_of_change = change_verb(s, start)).len)
		fig->what = verb_of_change;
	/* "làm rõ 312 vụ, đạt 92,6%", "..., đạt tỷ lệ 88,6%": a rate reached
	 * right after a count that names nothing after it says at least that
	 * it was reached */
	if (q->kind == QUANTITY_PERCENT && !fig->phrase.len && !fig->what.len && fr->verb_end &&
	    (b = reached_back(s, start)) != (size_t)-1 && (a = vn_skip_spaces_back(s, b)) > 0 && s[a - 1] == ',' &&
	    vn_skip_spaces_back(s, a - 1) == fr->verb_end)
		fig->what = (struct piece){s + b, vn_skip_spaces_back(s, start) - b};
	/* "- Số đảng viên mới kết nạp: 215 đồng chí": a label before a colon */
	if (!fig->what.len && (q->kind == QUANTITY_NUMBER || !fig->phrase.len) && (measured = label_before(s, start, q->kind == QUANTITY_PERCENT)).len) {
		fig->what = measured;
		if (q->kind == QUANTITY_PERCENT)
			fig->phrase = measured;
	}
	/* "hai nhiệm vụ trọng tâm": a count in words is a statistic only when a
	 * verb says what was done ("kết nạp hai đảng viên"); so is an age ("tuổi
	 * thọ bình quân đạt 73,5 tuổi", not "ông qua đời năm 82 tuổi"). */
	if (q->unit.len == strlen("tuổi") && !memcmp(q->unit.s, "tuổi", q->unit.len))
		return fig->what.len > 0;
	return vn_is_digit(q->text.s[0]) || fig->what.len;
}
