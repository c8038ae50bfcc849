/* chrome.c: the table of chrome lines, and the test of a line against it. */
#include "chrome.h"
#include "util.h"
#include "vietnamese.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whole lines of web page chrome, compared after cleaning, in any letter case. */
static const char *const chrome_lines[] = {
	/* print, send and share buttons */
	"Bản in", "Bản in Gởi bài viết", "Bản in Gửi bài viết", "In bài viết", "In bài này",
	"In trang", "Gửi bài viết", "Gởi bài viết", "Gửi email", "Gửi cho bạn bè",
	"Chia sẻ", "Chia sẻ bài viết", "Lưu bài viết",
	/* navigation */
	"[Trở về]", "Trở về", "Trở lại", "Quay lại", "[Quay lại]", "Về đầu trang",
	"Lên đầu trang", "Đầu trang", "Trang chủ", "Về trang chủ", "Xem tiếp", "Đọc tiếp",
	/* lists of other articles */
	"Tin liên quan", "Tin bài liên quan", "Bài liên quan", "Bài viết liên quan",
	"Xem thêm", "Tin mới", "Tin mới nhất", "Tin mới hơn", "Tin cũ hơn", "Tin khác",
	"Các tin khác", "Tin cùng chuyên mục", "Tin đã đưa", "Các tin đã đưa",
	"Tin đọc nhiều", "Đọc nhiều nhất",
	/* comment forms */
	"Bình luận", "Gửi bình luận", "Gửi bình luận của bạn", "Viết bình luận",
	"Ý kiến bạn đọc", "Ý kiến của bạn", "Gửi ý kiến",
};

void chrome_add(struct chrome *ch, struct cleaner *cl, const char *s, size_t n)
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
	}
	ch->line[ch->n] = xmalloc(cl->len);
	memcpy(ch->line[ch->n], cl->buf, cl->len);
	vn_fold(ch->line[ch->n], cl->len);
	ch->len[ch->n++] = cl->len;
	if (cl->len > ch->longest) {
		ch->longest = cl->len;
		ch->fold = xrealloc(ch->fold, ch->longest);
	}
}

void chrome_init(struct chrome *ch, struct cleaner *cl)
{
	size_t i;

	memset(ch, 0, sizeof *ch);
	for (i = 0; i < NELEM(chrome_lines); i++)
		chrome_add(ch, cl, chrome_lines[i], strlen(chrome_lines[i]));
}

void chrome_free(struct chrome *ch)
{
	size_t i;

	for (i = 0; i < ch->n; i++)
		free(ch->line[i]);
	free(ch->line);
	free(ch->len);
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

bool chrome_is(struct chrome *ch, const char *s, size_t n)
{
	size_t i;

	if (n > ch->longest)
		return false;
	memcpy(ch->fold, s, n);
	vn_fold(ch->fold, n);
	for (i = 0; i < ch->n; i++)
		if (ch->len[i] == n && memcmp(ch->line[i], ch->fold, n) == 0)
			return true;
	return false;
}
