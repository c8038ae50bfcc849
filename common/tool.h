/* tool.h: the skeleton every vn- program runs on. A program describes itself
 * in a struct tool (its name, the record it writes, its own options and the
 * hooks it does its work in) and hands it to tool_main, which reads the
 * options (short and long, in any order with the files), prints --help and
 * --version, opens every input in any of its shapes, tells the program where
 * each document begins and ends, hands it each sentence (or paragraph), and
 * returns the exit status: 0, 1 when an input was bad, 2 for a usage error. */
#ifndef VN_TOOL_H
#define VN_TOOL_H

#include <stdbool.h>
#include <stddef.h>

#include "input.h"
#include "sentences.h"
#include "util.h"

struct columns; /* finding.h */

/* An option of the program's own, besides the common ones (-d, -H, -h, -j,
 * -l, -q, --input, --line-buffered, --version). */
struct tool_option {
	int letter;       /* the short option */
	const char *name; /* its long form, without the dashes */
	const char *arg;  /* the name of its argument in --help, or NULL for a flag */
	const char *help; /* what it does, for --help */
};

struct tool {
	const char *name;    /* "vn-seg" */
	const char *purpose; /* the lines of --help after the synopsis */
	const struct tool_option *options;
	size_t noptions;
	/* Takes one of the options above; false makes its argument a usage error. */
	bool (*option)(int letter, const char *arg, void *ctx);
	/* Called once every option is read, before the first input. */
	void (*start)(void *ctx);
	/* Called when a document begins and when it ends: at a change of DOC
	 * and at the end of each input (a document never goes on in the next). */
	void (*doc_begin)(const char *doc, void *ctx);
	void (*doc_end)(const char *doc, void *ctx);
	/* The work, one of the two: each sentence of the text (a sentence
	 * record passes as it is), or each paragraph, whose text the program
	 * reads itself with input_text(). */
	void (*sentence)(const struct sentence *s, void *ctx);
	void (*paragraph)(struct input *in, const struct para *p, void *ctx);
	/* For a program that can write a summary per document instead of its
	 * records: -s (--summary), told in --help by summary_help, sets
	 * *summary. NULL: no such option. */
	bool *summary;
	const char *summary_help;
	/* The fields of the records it writes, for the header line of -H; an
	 * option or start may choose others with tool_set_columns. */
	const struct columns *columns;
	/* Called once after the last input: frees what start made. */
	void (*end)(void *ctx);
	/* The program's state, which its main sets to its start before
	 * tool_main, so that a second run begins afresh. */
	void *ctx;
};

/* Runs the program; returns the status to exit with. It leaves nothing
 * behind, so a process can run it again (the fuzz targets do). */
int tool_main(int argc, char **argv, const struct tool *t);

/* The records this run writes are in the columns c (NULL: it writes none
 * to standard output); call from the option callback or start. */
void tool_set_columns(const struct columns *c);

/* Reports a bad option argument (the program's name, then the message) and
 * exits 2 with the usage line, as for any usage error. */
_Noreturn void tool_usage_error(const char *fmt, ...) PRINTF_LIKE;

#endif
