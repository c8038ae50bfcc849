/* chrome.c: the table of chrome lines, and the test of a line against it. */
#include "chrome.h"
#include "token.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whole lines of web page chrome, by what they are for; compared after
 * cleaning, in any letter case. */
static const char *const tool_lines[] = {
	"Bản in", "Bản in Gởi bài viết", "Bản in Gửi bài viết", "In bài viết", "In bài này",
	"In trang", "Lưu bài viết", "Nghe bài viết", "Nghe đọc bài viết",
};
static const char *const share_lines[] = {
	"Gửi bài viết", "Gởi bài viết", "Gửi email", "Gửi cho bạn bè", "Chia sẻ", "Chia sẻ bài viết",
	"Facebook", "Twitter", "Zalo", "Copy link", "Sao chép liên kết",
};
static const char *const nav_lines[] = {
	"[Trở về]", "Trở về", "Trở lại", "Quay lại", "[Quay lại]", "Về đầu trang",
	"Lên đầu trang", "Đầu trang", "Trang chủ", "Về trang chủ", "Xem tiếp", "Đọc tiếp",
};
static const char *const related_lines[] = {
	"Tin liên quan", "Tin bài liên quan", "Bài liên quan", "Bài viết liên quan",
	"Xem thêm", "Tin mới", "Tin mới nhất", "Tin mới hơn", "Tin cũ hơn", "Tin khác",
	"Các tin khác", "Tin cùng chuyên mục", "Tin đã đưa", "Các tin đã đưa",
	"Tin đọc nhiều", "Đọc nhiều nhất", "Tin nổi bật", "Tin xem nhiều", "Xem nhiều nhất",
	"Bài viết cùng chuyên mục", "Các bài viết khác", "Các tin bài khác",
};
static const char *const comment_lines[] = {
	"Bình luận", "Gửi bình luận", "Gửi bình luận của bạn", "Viết bình luận",
	"Ý kiến bạn đọc", "Ý kiến của bạn", "Gửi ý kiến", "Ý kiến bình luận",
};
static const char *const tag_lines[] = {"Từ khóa", "Từ khoá", "Tags"};

static const struct {
	const char *label;
	const char *const *lines;
	size_t n;
} groups[] = {
	{"tool", tool_lines, NELEM(tool_lines)},
	{"share", share_lines, NELEM(share_lines)},
	{"nav", nav_lines, NELEM(nav_lines)},
	{"related", related_lines, NELEM(related_lines)},
	{"comment", comment_lines, NELEM(comment_lines)},
	{"tag", tag_lines, NELEM(tag_lines)},
};

/* Labels of a list that make the whole line chrome, whatever the list holds
 * ("Chia sẻ: Facebook Twitter", "Từ khóa: xây dựng Đảng, Bắc Giang"), and of
 * a count ("Bình luận (0)"): the words, in lower case and the longer first
 * where one begins another, then the mark after them. */
static const struct {
	const char *label, *words;
	char mark;
} prefixed[] = {
	{"share", "chia sẻ bài viết", ':'}, {"share", "chia sẻ", ':'},
	{"tag", "từ khóa", ':'}, {"tag", "từ khoá", ':'}, {"tag", "tags", ':'}, {"tag", "tag", ':'},
	{"views", "lượt xem", ':'},
	{"related", "xem thêm", ':'}, {"related", "đọc thêm", ':'}, {"related", "tin liên quan", ':'},
	{"related", "bài liên quan", ':'},
	{"comment", "bình luận", '('}, {"comment", "ý kiến", '('},
};

/* The labels' words matched at one look, from the table on first use. */
static const char *prefixed_words[NELEM(prefixed)];
static struct phrase_list prefixed_list = PHRASE_LIST(prefixed_words);

/* A labelled list is one line of a page, never a paragraph. */
enum { PREFIXED_MAX = 400 };

static void add_labelled(struct chrome *ch, struct cleaner *cl, const char *s, size_t n,
			 const char *label)
{
	clean_start(cl);
	clean_feed(cl, s, n);
	clean_end(cl);
	if (!cl->len)
		return;
	if (ch->n == ch->cap) {
		ch->cap = ch->cap ? 2 * ch->cap : 64;
		ch->line = xrealloc(ch->line, ch->cap * sizeof *ch->line);
		ch->len = xrealloc(ch->len, ch->cap * sizeof *ch->len);
		ch->label = xrealloc(ch->label, ch->cap * sizeof *ch->label);
	}
	ch->line[ch->n] = xmalloc(cl->len);
	memcpy(ch->line[ch->n], cl->buf, cl->len);
	vn_fold(ch->line[ch->n], cl->len);
	ch->label[ch->n] = label;
	ch->len[ch->n++] = cl->len;
	if (cl->len < 64)
		ch->lengths |= 1ull << cl->len;
	if (cl->len > ch->longest) {
		ch->longest = cl->len;
		ch->fold = xrealloc(ch->fold, ch->longest);
	}
}

void chrome_add(struct chrome *ch, struct cleaner *cl, const char *s, size_t n)
{
	add_labelled(ch, cl, s, n, "");
}

void chrome_init(struct chrome *ch, struct cleaner *cl)
{
	size_t g, i;

	memset(ch, 0, sizeof *ch);
	for (g = 0; g < NELEM(groups); g++)
		for (i = 0; i < groups[g].n; i++)
			add_labelled(ch, cl, groups[g].lines[i], strlen(groups[g].lines[i]), groups[g].label);
	for (i = 0; i < NELEM(prefixed); i++)
		prefixed_words[i] = prefixed[i].words;
}

void chrome_free(struct chrome *ch)
{
	size_t i;

	for (i = 0; i < ch->n; i++)
		free(ch->line[i]);
	free(ch->line);
	free(ch->len);
	free(ch->label);
	free(ch->fold);
	memset(ch, 0, sizeof *ch);
}

bool chrome_load(struct chrome *ch, struct cleaner *cl, const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	bool ok;

	if (!f)
		return false;
	while ((n = getline(&line, &cap, f)) > 0)
		chrome_add(ch, cl, line, (size_t)n);
	ok = !ferror(f);
	free(line);
	fclose(f);
	return ok;
}

/* The separator of two crumbs at s + i, with its spaces: its end, or 0. A
 * home crumb may also be followed by "/" or "|". */
static size_t crumb_separator(const char *s, size_t n, size_t i, bool home)
{
	size_t j = vn_skip_spaces(s, n, i), k = 0;

	if (j == i || j >= n)
		return 0;
	if (s[j] == '>' || (home && (s[j] == '/' || s[j] == '|')))
		k = 1;
	else if (n - j >= 2 && (unsigned char)s[j] == 0xC2 && (unsigned char)s[j + 1] == 0xBB)
		k = 2; /* » */
	if (!k || vn_skip_spaces(s, n, j + k) == j + k)
		return 0;
	return vn_skip_spaces(s, n, j + k);
}

/* Crumbs are short names: no sentence in them, at most this long. */
enum { CRUMB_MAX = 60 };

/* A crumb starts with a capital: "Xây dựng Đảng", never "3 và y". */
static bool crumb_starts(const char *s, size_t n, size_t i)
{
	uint32_t cp;

	return i < n && u8_decode((const unsigned char *)s + i, n - i, &cp) > 0 && vn_is_upper(cp);
}

/* Whether s holds ">" or "»": most lines hold neither. */
static bool may_part_crumbs(const char *s, size_t n)
{
	const char *p = s, *e = s + n;

	if (memchr(s, '>', n))
		return true;
	for (; (p = memchr(p, 0xC2, (size_t)(e - p))) && p + 1 < e; p++)
		if ((unsigned char)p[1] == 0xBB)
			return true;
	return false;
}

size_t chrome_last_crumb(const char *s, size_t n)
{
	bool home, parted;
	size_t i = 0, crumb = 0, last = 0, k;
	int seps = 0;

	/* A crumb is a name: a line that ends a sentence is none. */
	if (n > PREFIXED_MAX || !n || s[n - 1] == '.')
		return 0;
	parted = may_part_crumbs(s, n);
	/* A home crumb may be followed by "/" or "|" too. */
	if (!parted && !memchr(s, '/', n) && !memchr(s, '|', n))
		return 0;
	home = match_phrase(s, n, 0, "trang chủ") || match_phrase(s, n, 0, "trang nhất") ||
	       match_phrase(s, n, 0, "home");
	if ((!home && !parted) || !crumb_starts(s, n, 0))
		return 0;
	while (i < n) {
		if ((k = crumb_separator(s, n, i, home))) {
			if (i - crumb > CRUMB_MAX || !crumb_starts(s, n, k))
				return 0;
			last = crumb = i = k;
			seps++;
			continue;
		}
		if (s[i] == '.' && i + 1 < n && s[i + 1] == ' ')
			return 0;
		i++;
	}
	return seps >= (home ? 1 : 2) && n - crumb <= CRUMB_MAX ? last : 0;
}

const char *chrome_label(struct chrome *ch, const char *s, size_t n)
{
	size_t i, k;

	/* Most lines are of no length a chrome line has. */
	if (n <= ch->longest && (n >= 64 || (ch->lengths >> n & 1))) {
		memcpy(ch->fold, s, n);
		vn_fold(ch->fold, n);
		for (i = 0; i < ch->n; i++)
			if (ch->len[i] == n && memcmp(ch->line[i], ch->fold, n) == 0)
				return ch->label[i];
	}
	if (n > PREFIXED_MAX || !n)
		return NULL;
	/* The mark may follow a space: "Bình luận (0)". */
	if ((k = match_list(s, n, 0, &prefixed_list, &i)) &&
	    (k < n && (s[k] == prefixed[i].mark || (s[k] == ' ' && k + 1 < n && s[k + 1] == prefixed[i].mark))))
		return prefixed[i].label;
	return chrome_last_crumb(s, n) ? "breadcrumb" : NULL;
}

bool chrome_is(struct chrome *ch, const char *s, size_t n)
{
	return chrome_label(ch, s, n) != NULL;
}
