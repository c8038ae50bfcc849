/* vn-clean: normalize Vietnamese text and drop the lines that are noise, one
 * record per kept line. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../common/clean.h"
#include "../common/loop.h"
#include "../common/output.h"
#include "../common/utf8.h"
#include "../common/util.h"
#include "../common/vietnamese.h"

static const char usage_text[] =
	"usage: vn-clean [-jklm] [-c file] [-d name] [file ...]\n"
	"Write one record DOC<TAB>LOC<TAB>TEXT per line of the input, cleaned.\n"
	"  -c file  also drop the lines listed in file, one per line\n"
	"  -d name  DOC for raw text (default: the file name, - for stdin)\n"
	"  -j       write JSON Lines\n"
	"  -k       keep web chrome lines (\"Tin liên quan\", \"[Trở về]\" ...)\n"
	"  -l       each input line is one document: ID<TAB>TEXT\n"
	"  -m       place tone marks in the modern style: hoà, khoá, thuỷ\n";

/* Whole lines of web page chrome, dropped unless -k.  A line matches after
 * cleaning, regardless of letter case. */
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

/* Lines up to this long are held whole, to be compared with the chrome table
 * and the line before; a longer line is streamed out as it is cleaned. */
#define LINE_MAX_HELD (1 << 16)
#define CHUNK (1 << 16)

struct chrome {
	char **line; /* cleaned and folded to lower case */
	size_t *len;
	size_t n, cap, longest;
};

struct state {
	struct cleaner cl;
	bool keep_chrome;
	struct chrome chrome;
	char *prev, *prev_doc; /* the last line written, and its DOC */
	size_t prev_len, prev_doc_cap;
	bool have_prev;
	char *fold;
	char chunk[CHUNK];
};

/* Lower case for the letters Vietnamese uses; the UTF-8 length never changes. */
static void fold_case(char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		uint32_t cp;
		int k = u8_decode((unsigned char *)s + i, n - i, &cp);
		if (k <= 0) {
			i++;
			continue;
		}
		if (vn_is_upper(cp))
			u8_encode(vn_to_lower(cp), s + i);
		i += (size_t)k;
	}
}

/* Adds a chrome line, cleaned as the text will be. */
static void chrome_add(struct state *st, const char *s, size_t n)
{
	struct chrome *ch = &st->chrome;
	struct cleaner *cl = &st->cl;

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
	fold_case(ch->line[ch->n], cl->len);
	ch->len[ch->n++] = cl->len;
	if (cl->len > ch->longest)
		ch->longest = cl->len;
}

/* -c FILE: a file the user names must be readable, like an option's value. */
static void chrome_load(struct state *st, const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (!f) {
		warn("%s: %s", path, strerror(errno));
		exit(2);
	}
	while ((n = getline(&line, &cap, f)) > 0)
		chrome_add(st, line, (size_t)n);
	if (ferror(f)) {
		warn("%s: %s", path, strerror(errno));
		exit(2);
	}
	free(line);
	fclose(f);
}

static bool is_chrome(struct state *st, const char *s, size_t n)
{
	const struct chrome *ch = &st->chrome;
	size_t i;

	if (n > ch->longest)
		return false;
	memcpy(st->fold, s, n);
	fold_case(st->fold, n);
	for (i = 0; i < ch->n; i++)
		if (ch->len[i] == n && memcmp(ch->line[i], st->fold, n) == 0)
			return true;
	return false;
}

/* A caption printed twice collapses to one: the same text as the line last
 * written, in the same document. */
static bool is_repeat(struct state *st, const char *doc, const char *s, size_t n)
{
	return st->have_prev && st->prev_len == n && memcmp(st->prev, s, n) == 0 &&
	       strcmp(st->prev_doc, doc) == 0;
}

static void remember(struct state *st, const char *doc, const char *s, size_t n)
{
	size_t doclen = strlen(doc) + 1;

	if (doclen > st->prev_doc_cap) {
		st->prev_doc_cap = doclen;
		st->prev_doc = xrealloc(st->prev_doc, doclen);
	}
	memcpy(st->prev_doc, doc, doclen);
	memcpy(st->prev, s, n);
	st->prev_len = n;
	st->have_prev = true;
}

/* Cleans one line; a line too long to hold goes out while it is read. */
static void clean_line(struct state *st, struct input *in, const struct para *p)
{
	struct cleaner *cl = &st->cl;
	bool streaming = false;
	size_t k;

	clean_start(cl);
	while ((k = input_text(in, st->chunk, sizeof st->chunk))) {
		clean_feed(cl, st->chunk, k);
		if (cl->len > LINE_MAX_HELD) {
			if (!streaming) {
				out_begin(p->doc, p->line, p->sent);
				out_field_open("text");
				streaming = true;
				st->have_prev = false;
			}
			k = clean_settled(cl);
			out_field_text(cl->buf, k);
			clean_take(cl, k);
		}
	}
	clean_end(cl);
	if (streaming) {
		out_field_text(cl->buf, cl->len);
		out_end();
		return;
	}
	if (!cl->len || (!st->keep_chrome && is_chrome(st, cl->buf, cl->len)) ||
	    is_repeat(st, p->doc, cl->buf, cl->len))
		return;
	out_begin(p->doc, p->line, p->sent);
	out_field("text", cl->buf, cl->len);
	out_end();
	remember(st, p->doc, cl->buf, cl->len);
}

static void clean_input(struct input *in, void *ctx)
{
	struct state *st = ctx;
	struct para p;

	st->have_prev = false;
	while (input_next(in, &p))
		clean_line(st, in, &p);
}

int main(int argc, char **argv)
{
	static struct state st;
	struct common_opts o = {0};
	const char **chrome_files = xmalloc((size_t)argc * sizeof *chrome_files);
	size_t nfiles = 0, i;
	bool modern = false;
	int c;

	progname = "vn-clean";
	common_long_opts(argc, argv, usage_text);
	while ((c = getopt(argc, argv, "c:d:hjklm")) != -1) {
		if (c == 'c')
			chrome_files[nfiles++] = optarg;
		else if (c == 'k')
			st.keep_chrome = true;
		else if (c == 'm')
			modern = true;
		else if (!common_opt(&o, c, optarg, usage_text))
			usage_error(usage_text);
	}
	clean_init(&st.cl, modern);
	for (i = 0; i < sizeof chrome_lines / sizeof *chrome_lines; i++)
		chrome_add(&st, chrome_lines[i], strlen(chrome_lines[i]));
	for (i = 0; i < nfiles; i++)
		chrome_load(&st, chrome_files[i]);
	free(chrome_files);
	st.prev = xmalloc(LINE_MAX_HELD + 64);
	st.fold = xmalloc(st.chrome.longest + 1);
	return finish(for_each_input(argv + optind, &o, clean_input, &st));
}
