/* vn-pack: one document a line, ID<TAB>TEXT (the -l form), from files or
 * records; with -u DIR the other way, each document back to a file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../common/finding.h"
#include "../common/output.h"
#include "../common/tool.h"

/* How many lines on from the last a record may stand: a wider gap in the
 * line numbers of records is closed to this. */
#define GAP_MAX 65536

struct state {
	const char *dir; /* -u */
	/* Writes text: escaped into the record, or with -u into the file. */
	void (*put)(struct state *st, const char *s, size_t n);
	long line;       /* of the document, the last written; 0 before the first */
	FILE *file;      /* -u: the document's file */
	char path[4096];
	bool failed;     /* -u: the document's file could not be opened */
	char chunk[1 << 16];
};

/* What goes between the last line written and paragraph p: a space between
 * two sentences of a line, else a line end for each line on from the last
 * (a record stream leaves out the lines vn-clean dropped). */
static void separate(struct state *st, const struct para *p)
{
	bool first = st->line == 0;
	long gap;

	if (!first && p->line == st->line) {
		st->put(st, " ", 1);
		return;
	}
	/* A line number that goes back is taken for the next line. */
	gap = p->line > st->line ? p->line - st->line : 1;
	st->line += gap;
	if (first)
		gap--; /* no line ends before line 1 */
	for (gap = gap < GAP_MAX ? gap : GAP_MAX; gap > 0; gap--)
		st->put(st, "\n", 1);
}

static void put_field(struct state *st, const char *s, size_t n)
{
	(void)st;
	out_field_text(s, n);
}

static void put_file(struct state *st, const char *s, size_t n)
{
	if (st->file)
		fwrite(s, 1, n, st->file);
}

static void begin_document(const char *doc, void *ctx)
{
	struct state *st = ctx;

	st->line = 0;
	st->file = NULL;
	st->failed = false;
	if (st->dir)
		return;
	out_begin_doc(doc);
	out_field_open("text");
}

/* A DOC names a file under DIR only if it is relative and never climbs out. */
static bool safe_name(const char *doc)
{
	const char *c = doc;

	if (!*doc || *doc == '/' || strcmp(doc, "-") == 0)
		return false;
	while (*c) {
		size_t len = strcspn(c, "/");
		if (len == 2 && c[0] == '.' && c[1] == '.')
			return false;
		c += len + (c[len] == '/');
	}
	return true;
}

/* Makes the directories of path, as mkdir -p does. */
static void make_parents(char *path)
{
	char *slash;

	for (slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		mkdir(path, 0777);
		*slash = '/';
	}
}

/* Opens DIR/DOC for the document, never the input being read. */
static void open_document(struct state *st, struct input *in, const char *doc)
{
	struct stat out, src;
	int fd;

	st->failed = true;
	if (!safe_name(doc)) {
		error("%s: DOC '%s' is not a relative path inside the directory", in->name, doc);
		return;
	}
	if ((size_t)snprintf(st->path, sizeof st->path, "%s/%s", st->dir, doc) >= sizeof st->path) {
		error("%s: DOC '%s' is too long a path", in->name, doc);
		return;
	}
	make_parents(st->path);
	if ((fd = open(st->path, O_WRONLY | O_CREAT, 0666)) < 0) {
		error("%s: %s", st->path, strerror(errno));
		return;
	}
	if (fstat(fd, &out) == 0 && fstat(in->fd, &src) == 0 && out.st_dev == src.st_dev && out.st_ino == src.st_ino) {
		error("%s: is the input being read; not written", st->path);
		close(fd);
		return;
	}
	if (ftruncate(fd, 0) != 0 || !(st->file = fdopen(fd, "w"))) {
		error("%s: %s", st->path, strerror(errno));
		close(fd);
		return;
	}
	st->failed = false;
}

static void pack_paragraph(struct input *in, const struct para *p, void *ctx)
{
	struct state *st = ctx;
	size_t k;

	if (st->failed)
		return;
	if (st->dir && in->shape == SHAPE_RAW) {
		/* Raw text is one document: this is said once for it. */
		error("%s: not records: give -l for documents one a line, ID<TAB>TEXT", in->name);
		st->failed = true;
		return;
	}
	if (st->dir && !st->file)
		open_document(st, in, p->doc);
	if (st->failed)
		return;
	separate(st, p);
	while ((k = input_text(in, st->chunk, sizeof st->chunk)))
		st->put(st, st->chunk, k);
}

static void end_document(const char *doc, void *ctx)
{
	struct state *st = ctx;

	(void)doc;
	if (!st->dir) {
		out_end();
		return;
	}
	if (!st->file)
		return;
	put_file(st, "\n", 1);
	if (ferror(st->file)) {
		fclose(st->file);
		error("%s: write error", st->path);
	} else if (fclose(st->file) != 0) {
		error("%s: %s", st->path, strerror(errno));
	}
	st->file = NULL;
}

static bool take_option(int letter, const char *arg, void *ctx)
{
	struct state *st = ctx;

	(void)letter;
	st->dir = arg;
	return true;
}

static void start(void *ctx)
{
	struct state *st = ctx;

	st->put = st->dir ? put_file : put_field;
	if (st->dir)
		tool_set_columns(NULL); /* no records: the documents go to files */
}

int main(int argc, char **argv)
{
	static struct state st;
	static const struct tool_option options[] = {
		{'u', "unpack", "dir", "write each document of records or of -l lines to the file\n"
		 "dir/DOC, one line a paragraph, instead of packing"},
	};
	static const struct tool pack = {
		.name = "vn-pack",
		.purpose = "Write one line ID<TAB>TEXT per document of the input (the form of -l),\n"
			   "ID its DOC, TEXT its lines joined by \\n.\n",
		.options = options,
		.noptions = NELEM(options),
		.option = take_option,
		.start = start,
		.doc_begin = begin_document,
		.doc_end = end_document,
		.paragraph = pack_paragraph,
		.columns = &document_columns,
		.ctx = &st,
	};

	memset(&st, 0, sizeof st);
	return tool_main(argc, argv, &pack);
}
