/* vn-clean: normalize Vietnamese text and drop the lines that are noise, one
 * record per kept line. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../common/chrome.h"
#include "../common/clean.h"
#include "../common/finding.h"
#include "../common/output.h"
#include "../common/tool.h"

/* Lines up to this long are held whole, to be compared with the chrome table
 * and the line before; a longer line is streamed out as it is cleaned. */
#define LINE_MAX_HELD (1 << 16)
#define CHUNK (1 << 16)

struct state {
	bool keep_chrome, modern;   /* -k, -m */
	const char **chrome_files;  /* -c */
	size_t nchrome_files;
	struct cleaner cl;
	struct chrome chrome;
	char *prev;                 /* the last line written in this document */
	size_t prev_len;
	bool have_prev;
	char chunk[CHUNK];
};

/* A caption printed twice collapses to one: the same text as the line last
 * written, in the same document. */
static bool is_repeat(const struct state *st, const char *s, size_t n)
{
	return st->have_prev && st->prev_len == n && memcmp(st->prev, s, n) == 0;
}

static void remember(struct state *st, const char *s, size_t n)
{
	memcpy(st->prev, s, n);
	st->prev_len = n;
	st->have_prev = true;
}

/* Cleans one line; a line too long to hold goes out while it is read. */
static void clean_line(struct input *in, const struct para *p, void *ctx)
{
	struct state *st = ctx;
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
	if (!cl->len || (!st->keep_chrome && chrome_is(&st->chrome, cl->buf, cl->len)) ||
	    is_repeat(st, cl->buf, cl->len))
		return;
	text_record_write(p->doc, p->line, p->sent, cl->buf, cl->len);
	remember(st, cl->buf, cl->len);
}

static void begin_document(const char *doc, void *ctx)
{
	struct state *st = ctx;

	(void)doc;
	st->have_prev = false;
}

static bool take_option(int letter, const char *arg, void *ctx)
{
	struct state *st = ctx;

	switch (letter) {
	case 'c':
		st->chrome_files = xrealloc(st->chrome_files, (st->nchrome_files + 1) * sizeof *st->chrome_files);
		st->chrome_files[st->nchrome_files++] = arg;
		return true;
	case 'k':
		st->keep_chrome = true;
		return true;
	case 'm':
		st->modern = true;
		return true;
	}
	return false;
}

static void start(void *ctx)
{
	struct state *st = ctx;
	size_t i;

	if (!clean_init(&st->cl, st->modern))
		die("out of memory");
	chrome_init(&st->chrome, &st->cl);
	/* A file the user names must be readable, like an option's value. */
	for (i = 0; i < st->nchrome_files; i++)
		if (!chrome_load(&st->chrome, &st->cl, st->chrome_files[i])) {
			warn("%s: %s", printable(st->chrome_files[i]), strerror(errno));
			exit(2);
		}
	st->prev = xmalloc(LINE_MAX_HELD + 64);
}

static void end(void *ctx)
{
	struct state *st = ctx;

	free(st->prev);
	free(st->chrome_files);
	chrome_free(&st->chrome);
	clean_free(&st->cl);
}

int main(int argc, char **argv)
{
	static struct state st;
	static const struct tool_option options[] = {
		{'c', "chrome", "file", "also drop the lines listed in file, one per line"},
		{'k', "keep-chrome", NULL, "keep web chrome lines (\"Tin liên quan\", \"[Trở về]\" ...)"},
		{'m', "modern", NULL, "place tone marks in the modern style: hoà, khoá, thuỷ"},
	};
	static const struct tool clean = {
		.name = "vn-clean",
		.purpose = "Write one record DOC<TAB>LOC<TAB>TEXT per line of the input, cleaned.\n",
		.options = options,
		.noptions = NELEM(options),
		.option = take_option,
		.start = start,
		.doc_begin = begin_document,
		.paragraph = clean_line,
		.end = end,
		.columns = &text_columns,
		.ctx = &st,
	};

	memset(&st, 0, sizeof st);
	return tool_main(argc, argv, &clean);
}
