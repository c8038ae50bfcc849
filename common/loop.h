/* loop.h: the document loop every program shares: files or stdin, in any input
 * shape, handed to the program paragraph by paragraph or sentence by sentence. */
#ifndef VN_LOOP_H
#define VN_LOOP_H

#include <stdbool.h>
#include <stddef.h>

#include "input.h"

/* Options every program takes. */
struct common_opts {
	const char *docname; /* -d NAME */
	bool lines;          /* -l */
	bool json;           /* -j */
};

/* Handles --help and --version (exit 0) before getopt sees them. */
void common_long_opts(int argc, char **argv, const char *usage_text);
/* Takes -d, -l, -j and -h (help, exit 0); returns false for any other letter. */
bool common_opt(struct common_opts *o, int c, const char *arg, const char *usage_text);
/* Prints the usage text to stderr and exits 2. */
_Noreturn void usage_error(const char *usage_text);

/* Calls fn on every input named in argv (stdin when none, or "-").
 * Returns the exit status: 0, or 1 if some input could not be read. */
int for_each_input(char **argv, const struct common_opts *o,
		   void (*fn)(struct input *in, void *ctx), void *ctx);

struct sentence {
	const char *doc;
	long line, sent;
	const char *text; /* not NUL-terminated */
	size_t len;
};

/* Longest sentence handed over whole; a longer run of text without a
 * boundary is cut at a space, so memory stays flat on any input. */
#define SENTENCE_MAX (1 << 20)

/* Segments every paragraph of in (sentence records pass as they are) and
 * calls fn on each sentence. */
void for_each_sentence(struct input *in, void (*fn)(const struct sentence *s, void *ctx), void *ctx);

/* Finishes output and returns the status to exit with. */
int finish(int status);

#endif
