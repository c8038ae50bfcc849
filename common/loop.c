/* loop.c: inputs, options and sentence delivery shared by all programs. */
#include "loop.h"
#include "output.h"
#include "seg.h"
#include "util.h"
#include "vietnamese.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Noreturn void help(const char *usage_text)
{
	fputs(usage_text, stdout);
	exit(fflush(stdout) || ferror(stdout) ? 1 : 0);
}

void common_long_opts(int argc, char **argv, const char *usage_text)
{
	int i;

	/* A closed pipe ends the program quietly, as it does cat. */
	signal(SIGPIPE, SIG_DFL);
	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--help") == 0)
			help(usage_text);
		if (strcmp(argv[i], "--version") == 0) {
			printf("%s (vnpipe) %s\n", progname, VNPIPE_VERSION);
			exit(fflush(stdout) || ferror(stdout) ? 1 : 0);
		}
	}
}

void usage_error(const char *usage_text)
{
	fputs(usage_text, stderr);
	exit(2);
}

bool common_opt(struct common_opts *o, int c, const char *arg, const char *usage_text)
{
	switch (c) {
	case 'h':
		help(usage_text);
	case 'd':
		o->docname = arg;
		return true;
	case 'l':
		o->lines = true;
		return true;
	case 'j':
		o->json = true;
		out_set_json(true);
		return true;
	}
	return false;
}

int for_each_input(char **argv, const struct common_opts *o,
		   void (*fn)(struct input *in, void *ctx), void *ctx)
{
	static char *stdin_only[] = {"-", NULL};
	enum input_shape shape = o->lines ? SHAPE_LINES : SHAPE_AUTO;
	struct input in;

	if (!*argv)
		argv = stdin_only;
	for (; *argv; argv++) {
		if (!input_open(&in, *argv, o->docname, shape))
			continue;
		fn(&in, ctx);
		input_close(&in);
	}
	return exit_status;
}

/* Where to cut a run of text that has no boundary: the last space in its second half. */
static size_t forced_cut(const char *s, size_t n)
{
	size_t i = n;

	while (i > n / 2) {
		size_t k = vn_space_len_back(s, i);
		if (k)
			return i - k;
		i--;
	}
	/* No space: cut before the character that starts nearest the end. */
	i = n;
	while (i > 1 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	return i > 1 ? i - 1 : n;
}

static size_t skip_spaces(const char *s, size_t n)
{
	size_t i = 0, k;

	while (i < n && (k = vn_space_len(s + i, n - i)))
		i += k;
	return i;
}

static size_t trim_end(const char *s, size_t n)
{
	size_t k;

	while (n > 0 && (k = vn_space_len_back(s, n)))
		n -= k;
	return n;
}

void for_each_sentence(struct input *in, void (*fn)(const struct sentence *s, void *ctx), void *ctx)
{
	char *win = xmalloc(SENTENCE_MAX);
	struct para p;
	struct sentence s;

	while (input_next(in, &p)) {
		size_t len = 0, start, k;
		bool final = false;

		s.doc = p.doc;
		s.line = p.line;
		s.sent = p.sent;
		for (;;) {
			while (!final && len + 4 <= SENTENCE_MAX) {
				k = input_text(in, win + len, SENTENCE_MAX - len);
				if (!k)
					final = true;
				len += k;
			}
			start = skip_spaces(win, len);
			while (start < len) {
				if (p.sent > 0) {
					/* A sentence record passes whole, or in pieces past the limit. */
					if (final)
						k = len - start;
					else if (start == 0)
						k = forced_cut(win, len);
					else
						break;
				} else {
					k = seg_next(win + start, len - start, final);
					if (!k && start == 0)
						k = forced_cut(win, len);
					if (!k)
						break;
					s.sent++;
				}
				s.text = win + start;
				s.len = trim_end(win + start, k);
				if (s.len)
					fn(&s, ctx);
				start += k;
				start += skip_spaces(win + start, len - start);
			}
			if (final)
				break;
			memmove(win, win + start, len - start);
			len -= start;
		}
	}
	free(win);
}

int finish(int status)
{
	out_finish();
	return status;
}
