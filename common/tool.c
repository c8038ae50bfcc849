/* tool.c: options, usage, inputs and documents, once for every program. */
#include "tool.h"
#include "finding.h"
#include "output.h"
#include "util.h"

#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Options that have no letter take a number past every letter, in the
 * order --help lists them. */
enum { LONG_ONLY = 0x100, INPUT = LONG_ONLY, LINE_BUFFERED, VERSION, OPTIONS_MAX = 32 };

/* The options every program takes, listed in --help with the program's own. */
static const struct tool_option common_options[] = {
	{'d', "doc", "name", "DOC for raw text (default: the file name, - for stdin)"},
	{'H', "header", NULL, "first write a line that names the fields (not with -j)"},
	{'h', "help", NULL, "print this help and exit"},
	{'j', "json", NULL, "write JSON Lines"},
	{'l', "lines", NULL, "each input line is one document: ID<TAB>TEXT"},
	{'q', "quiet", NULL, "no warning for bytes that are not UTF-8"},
	{INPUT, "input", "shape", "read the input as raw text, records or lines (-l);\n"
				  "default: told by its first lines"},
	{LINE_BUFFERED, "line-buffered", NULL, "write each record at once (the default on a terminal)"},
	{VERSION, "version", NULL, "print the version and exit"},
};

static const struct tool *tool;

/* Every option, common and the program's own, in the order of their letters. */
static const struct tool_option *sorted[OPTIONS_MAX];
static size_t nsorted;

/* -s, for a program that writes a summary per document (tool->summary). */
static struct tool_option summary_option;

static bool has_letter(const struct tool_option *o)
{
	return o->letter < LONG_ONLY;
}

static void add_sorted(const struct tool_option *o)
{
	size_t j;

	if (nsorted == OPTIONS_MAX)
		die("internal error: more than %d options", OPTIONS_MAX);
	for (j = nsorted; j > 0 && sorted[j - 1]->letter > o->letter; j--)
		sorted[j] = sorted[j - 1];
	sorted[j] = o;
	nsorted++;
}

static void sort_options(void)
{
	size_t i;

	for (i = 0; i < NELEM(common_options); i++)
		add_sorted(&common_options[i]);
	for (i = 0; i < tool->noptions; i++)
		add_sorted(&tool->options[i]);
	if (tool->summary) {
		summary_option = (struct tool_option){'s', "summary", NULL, tool->summary_help};
		add_sorted(&summary_option);
	}
}

/* "usage: vn-date [-jl] [-d name] [-r YYYY-MM-DD] [file ...]" */
static void synopsis(FILE *f)
{
	size_t i;

	fprintf(f, "usage: %s [-", tool->name);
	for (i = 0; i < nsorted; i++)
		if (has_letter(sorted[i]) && !sorted[i]->arg && sorted[i]->letter != 'h')
			fputc(sorted[i]->letter, f);
	fputc(']', f);
	for (i = 0; i < nsorted; i++)
		if (has_letter(sorted[i]) && sorted[i]->arg)
			fprintf(f, " [-%c %s]", sorted[i]->letter, sorted[i]->arg);
	fputs(" [file ...]\n", f);
}

/* A write to stdout that failed (a full disk) is reported, and the exit is 1. */
static _Noreturn void exit_after_stdout(void)
{
	if (fflush(stdout) || ferror(stdout)) {
		warn("write error: standard output");
		exit(1);
	}
	exit(0);
}

static _Noreturn void help(void)
{
	char left[64];
	const char *h;
	size_t i;

	synopsis(stdout);
	fputs(tool->purpose, stdout);
	for (i = 0; i < nsorted; i++) {
		const struct tool_option *o = sorted[i];
		if (has_letter(o))
			snprintf(left, sizeof left, "-%c, --%s", o->letter, o->name);
		else
			snprintf(left, sizeof left, "    --%s", o->name);
		if (o->arg)
			snprintf(left + strlen(left), sizeof left - strlen(left), "=%s", o->arg);
		printf("  %-22s ", left);
		for (h = o->help; *h; h++)
			if (*h == '\n')
				printf("\n%25s", "");
			else
				putchar(*h);
		putchar('\n');
	}
	exit_after_stdout();
}

static _Noreturn void version(void)
{
	printf("%s (vnpipe) %s\n"
	       "Copyright (C) 2026 the vnpipe authors.\n"
	       "License MIT: <https://opensource.org/licenses/MIT>.\n"
	       "This is free software: you are free to change and redistribute it.\n"
	       "There is NO WARRANTY, to the extent permitted by law.\n",
	       tool->name, VNPIPE_VERSION);
	exit_after_stdout();
}

static _Noreturn void usage_exit(void)
{
	synopsis(stderr);
	fprintf(stderr, "Try '%s --help' for more information.\n", tool->name);
	exit(2);
}

void tool_usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	usage_exit();
}

/* An unknown option, or one without its argument or with one it does not
 * take, as getopt_long would say it; what the user wrote is shown printable. */
static _Noreturn void bad_option(bool missing_arg, int letter, const char *word)
{
	char s[2] = {(char)letter, '\0'};
	bool is_long = strncmp(word, "--", 2) == 0;
	char *shown = printable(is_long ? word : s);

	if (missing_arg && is_long)
		tool_usage_error("option '%s' requires an argument", shown);
	if (missing_arg)
		tool_usage_error("option requires an argument -- '%s'", shown);
	if (is_long && letter) {
		shown[strcspn(shown, "=")] = '\0';
		tool_usage_error("option '%s' doesn't allow an argument", shown);
	}
	if (is_long)
		tool_usage_error("unrecognized option '%s'", shown);
	tool_usage_error("invalid option -- '%s'", shown);
}

/* What the common options ask for. */
static struct {
	const char *docname; /* -d */
	enum input_shape shape; /* -l, --input */
	bool header, json, quiet, line_buffered;
	const struct columns *columns; /* of the records written */
} settings;

void tool_set_columns(const struct columns *c)
{
	settings.columns = c;
}

/* The shapes --input names, as input.h numbers them. */
static const char *const shape_names[] = {
	[SHAPE_RAW] = "raw", [SHAPE_RECORDS] = "records", [SHAPE_LINES] = "lines",
};

static enum input_shape shape_named(const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(shape_names); i++)
		if (shape_names[i] && strcmp(name, shape_names[i]) == 0)
			return (enum input_shape)i;
	tool_usage_error("invalid argument '%s' for '--input': give raw, records or lines", printable(name));
}

/* Reads the options into settings; returns where the files begin. */
static int read_options(int argc, char **argv)
{
	struct option longs[OPTIONS_MAX + 1];
	char letters[3 * OPTIONS_MAX + 2], *l = letters;
	size_t i;
	int c, at;

	*l++ = ':'; /* a missing argument is told apart from an unknown option */
	for (i = 0; i < nsorted; i++) {
		if (has_letter(sorted[i])) {
			*l++ = (char)sorted[i]->letter;
			if (sorted[i]->arg)
				*l++ = ':';
		}
		longs[i] = (struct option){sorted[i]->name, sorted[i]->arg ? required_argument : no_argument,
					   NULL, sorted[i]->letter};
	}
	*l = '\0';
	longs[i] = (struct option){NULL, 0, NULL, 0};
	opterr = 0;
	for (;;) {
		at = optind ? optind : 1;
		if ((c = getopt_long(argc, argv, letters, longs, NULL)) == -1)
			return optind;
		switch (c) {
		case VERSION: version();
		case 'h': help();
		case 'd': settings.docname = optarg; continue;
		case 'H': settings.header = true; continue;
		case 'j': settings.json = true; continue;
		case 'l': settings.shape = SHAPE_LINES; continue;
		case INPUT: settings.shape = shape_named(optarg); continue;
		case 'q': settings.quiet = true; continue;
		case LINE_BUFFERED: settings.line_buffered = true; continue;
		case 's':
			if (!tool->summary)
				break;
			*tool->summary = true;
			continue;
		case ':': bad_option(true, optopt, argv[at]);
		case '?': bad_option(false, optopt, argv[optind - 1]);
		}
		if (!tool->option || !tool->option(c, optarg, tool->ctx))
			usage_exit();
	}
}

/* The document being read, kept across paragraphs to see where it ends. */
static struct {
	char *name;
	size_t cap;
	bool open;
} doc;

static void end_document(void)
{
	if (doc.open && tool->doc_end)
		tool->doc_end(doc.name, tool->ctx);
	doc.open = false;
}

/* Called at each paragraph: raw text is one document to its end, and a
 * record stream changes document where DOC changes. */
static void begin_document(const struct input *in, const char *name)
{
	size_t len;

	if (doc.open && (in->shape == SHAPE_RAW || strcmp(doc.name, name) == 0))
		return;
	end_document();
	len = strlen(name) + 1;
	if (len > doc.cap)
		doc.name = xrealloc(doc.name, doc.cap = len);
	memcpy(doc.name, name, len);
	doc.open = true;
	if (tool->doc_begin)
		tool->doc_begin(doc.name, tool->ctx);
}

static void read_input(struct input *in, char *win)
{
	struct para p;

	while (input_next(in, &p)) {
		begin_document(in, p.doc);
		if (tool->paragraph)
			tool->paragraph(in, &p, tool->ctx);
		else
			sentences_of(in, &p, win, tool->sentence, tool->ctx);
	}
	end_document();
}

int tool_main(int argc, char **argv, const struct tool *t)
{
	static char *stdin_only[] = {"-", NULL};
	char **files, *win = NULL;
	struct input in;

	/* Nothing is left from a run before (the fuzz targets run a program
	 * many times in one process). */
	tool = t;
	progname = t->name;
	exit_status = 0;
	nsorted = 0;
	optind = 0; /* getopt starts afresh, forgetting where it was in a word */
	memset(&settings, 0, sizeof settings);
	settings.columns = t->columns;
	/* A closed pipe ends the program quietly, as it does cat. */
	signal(SIGPIPE, SIG_DFL);
	sort_options();
	files = argv + read_options(argc, argv);
	/* Someone reads a terminal as the records come, as may a pipe's reader. */
	out_set_line_buffered(settings.line_buffered || isatty(STDOUT_FILENO));
	out_set_json(settings.json);
	if (t->start)
		t->start(t->ctx);
	/* JSON names every field of every record already. */
	if (settings.header && !settings.json && settings.columns)
		columns_write_header(settings.columns);
	if (!t->paragraph)
		win = xmalloc(SENTENCE_MAX);
	if (!*files)
		files = stdin_only;
	for (; *files; files++) {
		if (!input_open(&in, *files, settings.docname, settings.shape))
			continue;
		/* -q: as if the one warning of the input were given already. */
		in.warned_utf8 = settings.quiet;
		read_input(&in, win);
		input_close(&in);
	}
	if (t->end)
		t->end(t->ctx);
	free(win);
	free(doc.name);
	doc.name = NULL;
	doc.cap = 0;
	out_finish();
	return exit_status;
}
