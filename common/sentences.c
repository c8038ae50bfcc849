/* sentences.c: splits a paragraph into sentences as its text is read. */
#include "sentences.h"
#include "seg.h"
#include "vietnamese.h"

#include <stdbool.h>
#include <string.h>

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

void sentences_read(size_t (*read)(void *src, char *out, size_t cap), void *src,
		    const struct para *p, char *win,
		    void (*fn)(const struct sentence *s, void *ctx), void *ctx)
{
	struct sentence s = {p->doc, p->line, p->sent, NULL, 0};
	size_t len = 0, start, k;
	bool final = false;

	for (;;) {
		while (!final && len + 4 <= SENTENCE_MAX) {
			k = read(src, win + len, SENTENCE_MAX - len);
			if (!k)
				final = true;
			len += k;
		}
		start = vn_skip_spaces(win, len, 0);
		while (start < len) {
			if (p->sent > 0) {
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
			s.len = vn_skip_spaces_back(win + start, k);
			if (s.len)
				fn(&s, ctx);
			start = vn_skip_spaces(win, len, start + k);
		}
		if (final)
			break;
		memmove(win, win + start, len - start);
		len -= start;
	}
}

static size_t read_input(void *in, char *out, size_t cap)
{
	return input_text(in, out, cap);
}

void sentences_of(struct input *in, const struct para *p, char *win,
		  void (*fn)(const struct sentence *s, void *ctx), void *ctx)
{
	sentences_read(read_input, in, p, win, fn, ctx);
}
