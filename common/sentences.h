/* sentences.h: a paragraph's text handed over sentence by sentence, in bounded memory. */
#ifndef VN_SENTENCES_H
#define VN_SENTENCES_H

#include <stddef.h>

#include "input.h"

struct sentence {
	const char *doc;
	long line, sent;
	const char *text; /* not NUL-terminated */
	size_t len;
};

/* Longest sentence handed over whole; a longer run of text without a
 * boundary is cut at a space, so memory stays flat on any input. */
#define SENTENCE_MAX (1 << 20)

/* Reads the text of the paragraph p of in, splits it into sentences (a
 * sentence record passes as it is) and calls fn on each; win is a buffer of
 * SENTENCE_MAX bytes. */
void sentences_of(struct input *in, const struct para *p, char *win,
		  void (*fn)(const struct sentence *s, void *ctx), void *ctx);

/* The same for text from elsewhere: read(src, out, cap) gives the next
 * bytes of the paragraph p (as input_text does), 0 at its end. */
void sentences_read(size_t (*read)(void *src, char *out, size_t cap), void *src,
		    const struct para *p, char *win,
		    void (*fn)(const struct sentence *s, void *ctx), void *ctx);

#endif
