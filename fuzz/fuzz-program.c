/* Fuzz target: one whole program, main to records, checked.
 *
 * fuzz/run builds this file once for each cmd/vn-*.c, that program's main
 * compiled as program_main. The first byte of an input chooses the options
 * (bit 0: -l; bit 1: -dNAME, NAME the bytes after it up to a NUL or LF, at
 * most 32; bits 2-6: one of the program's own flags, as its --help synopsis
 * lists them, or none; bit 7: -H); the rest is the file the program reads.
 * It runs twice, writing TSV and then -j, and what it wrote must be:
 *   - UTF-8, LF-terminated lines; TSV with no raw CR or NUL and only the
 *     five escapes; each -j line one JSON object of string values (arrays
 *     and objects of them too), but for the numbers line and sentence;
 *   - the same records both ways, field for field (an array or object
 *     stands for its TSV field, or is JSON's alone after the last);
 *   - with -H, a first TSV line that names the fields of every record: its
 *     JSON names in capitals;
 *   - a LOC of L.S, L from 1, and line and sentence its parts;
 *   - for a finding (kind, value, text, ...), a TEXT that stands in a
 *     sentence of that DOC and LOC, as the input layer splits the input. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../common/input.h"
#include "../common/output.h"
#include "../common/sentences.h"
#include "../common/utf8.h"
#include "../common/util.h"

int program_main(int argc, char **argv);

enum { NAME_MAX_FUZZ = 32, FLAGS_MAX = 6, ARGS_MAX = FLAGS_MAX + 8 };

/* Bytes that grow as needed and are kept from one input to the next. */
struct bytes {
	char *s;
	size_t len, cap;
};

/* Makes room for n more bytes. */
static void reserve(struct bytes *b, size_t n)
{
	if (b->len + n > b->cap) {
		b->cap = 2 * (b->len + n) + 64;
		b->s = realloc(b->s, b->cap);
		if (!b->s)
			abort();
	}
}

static void put(struct bytes *b, const void *s, size_t n)
{
	if (!n)
		return; /* a pool not yet filled has no place to copy to */
	reserve(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
}

/* A field, a sentence or a DOC: bytes of a pool. */
struct piece {
	size_t at, len;
};

/* The records of one output: each its fields (values, unescaped) and, for
 * -j, their names. */
struct records {
	struct bytes pool;
	struct bytes fields; /* struct piece */
	struct bytes names;  /* struct piece, -j only */
	struct bytes starts; /* size_t: the first field of each record */
};

struct sentence_at {
	struct piece doc, text;
	long line, sent;
};

static char program[64];
static char flags[FLAGS_MAX + 1]; /* the program's own flags, from its synopsis */
static int in_fd, out_fd, saved_stdout;
static char in_path[64];
static struct bytes sentence_pool, sentence_list, output;
static struct records tsv, json;
static char *window;

#define AT(b, type, i) (((type *)(b).s)[i])
#define COUNT(b, type) ((b).len / sizeof(type))

/* The flags of the synopsis "usage: vn-x [-Hjkl] ...", without -H (bit 7
 * of the choice), -h, -j and -l. */
static void read_flags(const char *help)
{
	const char *s = strstr(help, "[-");
	size_t n = 0;

	for (s = s ? s + 2 : ""; *s && *s != ']' && n < FLAGS_MAX; s++)
		if (!strchr("Hhjl", *s))
			flags[n++] = *s;
}

/* Runs the program with --help in a child, to read its synopsis. */
static void learn_options(char *argv0)
{
	char help[4096], *args[] = {argv0, "--help", NULL};
	int pipe_fd[2];
	size_t len = 0;
	ssize_t k;
	pid_t pid;

	if (pipe(pipe_fd) != 0 || (pid = fork()) < 0)
		abort();
	if (pid == 0) {
		dup2(pipe_fd[1], STDOUT_FILENO);
		close(pipe_fd[0]);
		exit(program_main(2, args));
	}
	close(pipe_fd[1]);
	while (len < sizeof help - 1 && (k = read(pipe_fd[0], help + len, sizeof help - 1 - len)) > 0)
		len += (size_t)k;
	help[len] = '\0';
	close(pipe_fd[0]);
	waitpid(pid, NULL, 0);
	read_flags(help);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *slash = strrchr(PROGRAM, '/');

	(void)argc, (void)argv;
	snprintf(program, sizeof program, "%s", slash ? slash + 1 : PROGRAM);
	learn_options(program);
	in_fd = memfd_create("fuzz-in", 0);
	out_fd = memfd_create("fuzz-out", 0);
	saved_stdout = dup(STDOUT_FILENO);
	if (in_fd < 0 || out_fd < 0 || saved_stdout < 0)
		abort();
	snprintf(in_path, sizeof in_path, "/proc/self/fd/%d", in_fd);
	window = malloc(SENTENCE_MAX);
	return 0;
}

static void keep_sentence(const struct sentence *s, void *ctx)
{
	struct sentence_at at = {{sentence_pool.len, strlen(s->doc)}, {0, s->len}, s->line, s->sent};

	(void)ctx;
	put(&sentence_pool, s->doc, at.doc.len);
	at.text.at = sentence_pool.len;
	put(&sentence_pool, s->text, s->len);
	put(&sentence_list, &at, sizeof at);
}

/* The sentences of the input as the programs are handed them. */
static void split_input(bool lines, const char *docname)
{
	struct input in;
	struct para p;

	sentence_pool.len = sentence_list.len = 0;
	input_open_fd(&in, open(in_path, O_RDONLY), in_path, docname, lines ? SHAPE_LINES : SHAPE_AUTO);
	while (input_next(&in, &p))
		sentences_of(&in, &p, window, keep_sentence, NULL);
	input_close(&in);
}

/* Runs the program on the input, its standard output into output. */
static void run(int argc, char **argv)
{
	struct stat st;
	int status;

	if (ftruncate(out_fd, 0) != 0 || lseek(out_fd, 0, SEEK_SET) != 0)
		abort();
	dup2(out_fd, STDOUT_FILENO);
	status = program_main(argc, argv);
	dup2(saved_stdout, STDOUT_FILENO);
	if (status != 0 && status != 1)
		abort();
	if (fstat(out_fd, &st) != 0)
		abort();
	output.len = 0;
	reserve(&output, (size_t)st.st_size);
	if (pread(out_fd, output.s, (size_t)st.st_size, 0) != st.st_size)
		abort();
	output.len = (size_t)st.st_size;
}

static void records_clear(struct records *r)
{
	r->pool.len = r->fields.len = r->names.len = r->starts.len = 0;
}

static void record_start(struct records *r)
{
	size_t first = COUNT(r->fields, struct piece);

	put(&r->starts, &first, sizeof first);
}

static struct piece piece_from(struct bytes *pool, size_t at)
{
	return (struct piece){at, pool->len - at};
}

static bool piece_is(const struct bytes *pool, struct piece p, const char *s)
{
	return p.len == strlen(s) && (!p.len || memcmp(pool->s + p.at, s, p.len) == 0);
}

/* One TSV line: its fields unescaped; false when a byte is not as written. */
static bool parse_tsv_line(struct records *r, const char *s, size_t n)
{
	size_t i, at = r->pool.len;
	struct piece f;

	record_start(r);
	for (i = 0; i <= n; i++) {
		if (i == n || s[i] == '\t') {
			f = piece_from(&r->pool, at);
			put(&r->fields, &f, sizeof f);
			at = r->pool.len;
			continue;
		}
		if (s[i] == '\r' || s[i] == '\0')
			return false;
		if (s[i] != '\\') {
			put(&r->pool, s + i, 1);
			continue;
		}
		if (++i == n || !strchr("tnr0\\", s[i]))
			return false;
		put(&r->pool, &"\t\n\r\0\\"[strchr("tnr0\\", s[i]) - "tnr0\\"], 1);
	}
	return true;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* A JSON string at s[*i] (its quote) into the pool; false when it is not one. */
static bool parse_json_string(struct bytes *pool, const char *s, size_t n, size_t *i)
{
	static const char escapes[] = "\"\\/bfnrt", values[] = "\"\\/\b\f\n\r\t";

	if (*i >= n || s[*i] != '"')
		return false;
	for (++*i; *i < n && s[*i] != '"'; ++*i) {
		unsigned char c = (unsigned char)s[*i];
		const char *e;
		if (c < 0x20)
			return false;
		if (c != '\\') {
			put(pool, &c, 1);
			continue;
		}
		if (++*i >= n)
			return false;
		if (s[*i] != 'u') {
			if (!s[*i] || !(e = strchr(escapes, s[*i])))
				return false;
			put(pool, &values[e - escapes], 1);
			continue;
		}
		uint32_t cp = 0;
		char utf8[4];
		for (int k = 0; k < 4; k++) {
			int d = *i + 1 < n ? hex_digit(s[++*i]) : -1;
			if (d < 0)
				return false;
			cp = cp * 16 + (uint32_t)d;
		}
		if (cp >= 0xD800 && cp < 0xE000) /* never written: no lone surrogates */
			return false;
		put(pool, utf8, (size_t)u8_encode(cp, utf8));
	}
	if (*i >= n)
		return false;
	++*i;
	return true;
}

/* The digits of a JSON number at s[*i] into the pool; false when there are none. */
static bool parse_json_digits(struct bytes *pool, const char *s, size_t n, size_t *i)
{
	size_t start = *i;

	while (*i < n && s[*i] >= '0' && s[*i] <= '9')
		put(pool, s + (*i)++, 1);
	return *i > start;
}

/* A field that is an array or an object (vn-digest's people, awards, ...):
 * no TSV field is compared with it. */
static const struct piece nested = {(size_t)-1, 0};

static bool is_nested(struct piece p)
{
	return p.at == nested.at;
}

/* A JSON array or object at s[*i] whose values are strings, arrays or
 * objects, at most depth deep; its strings go to the pool and are dropped. */
static bool skip_json_nested(struct bytes *pool, const char *s, size_t n, size_t *i, int depth)
{
	size_t at = pool->len;
	char close;
	bool object;

	if (*i >= n || depth == 0 || (s[*i] != '[' && s[*i] != '{'))
		return false;
	object = s[*i] == '{';
	close = object ? '}' : ']';
	if (++*i < n && s[*i] == close)
		return ++*i, true;
	for (;;) {
		if (object && (!parse_json_string(pool, s, n, i) || *i >= n || s[(*i)++] != ':'))
			return false;
		if (*i < n && s[*i] == '"' ? !parse_json_string(pool, s, n, i)
					   : !skip_json_nested(pool, s, n, i, depth - 1))
			return false;
		pool->len = at;
		if (*i < n && s[*i] == ',') {
			++*i;
			continue;
		}
		return *i < n && s[(*i)++] == close;
	}
}

/* One -j line: an object of string values, or arrays and objects of them,
 * "line" and "sentence" numbers;
 * false when it is not. */
static bool parse_json_line(struct records *r, const char *s, size_t n)
{
	size_t i = 1, at;
	struct piece f;
	bool number;

	record_start(r);
	if (n < 2 || s[0] != '{' || s[n - 1] != '}')
		return false;
	if (s[i] == '}')
		return i + 1 == n;
	for (;;) {
		at = r->pool.len;
		if (!parse_json_string(&r->pool, s, n, &i))
			return false;
		f = piece_from(&r->pool, at);
		put(&r->names, &f, sizeof f);
		number = piece_is(&r->pool, f, "line") || piece_is(&r->pool, f, "sentence");
		if (i >= n || s[i++] != ':')
			return false;
		at = r->pool.len;
		if (number) {
			if (!parse_json_digits(&r->pool, s, n, &i))
				return false;
			f = piece_from(&r->pool, at);
		} else if (i < n && s[i] != '"') {
			if (!skip_json_nested(&r->pool, s, n, &i, 4))
				return false;
			f = nested;
		} else if (!parse_json_string(&r->pool, s, n, &i)) {
			return false;
		} else {
			f = piece_from(&r->pool, at);
		}
		put(&r->fields, &f, sizeof f);
		if (i < n && s[i] == ',') {
			i++;
			continue;
		}
		return i + 1 == n && s[i] == '}';
	}
}

/* Splits output into records with one of the parsers above. */
static void parse_output(struct records *r, bool (*parse_line)(struct records *, const char *, size_t))
{
	const char *s = output.s;
	size_t n = output.len, i = 0;

	records_clear(r);
	if (u8_valid_prefix((const unsigned char *)s, n) != n || (n && s[n - 1] != '\n'))
		abort();
	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t len = (size_t)(nl - (s + i));
		if (!parse_line(r, s + i, len))
			abort();
		i += len + 1;
	}
}

static size_t nrecords(const struct records *r)
{
	return COUNT(r->starts, size_t);
}

/* Field k of record i: its first, and how many the record has. */
static size_t record_fields(const struct records *r, size_t i, size_t *count)
{
	size_t first = AT(r->starts, size_t, i);
	size_t end = i + 1 < nrecords(r) ? AT(r->starts, size_t, i + 1) : COUNT(r->fields, struct piece);

	*count = end - first;
	return first;
}

static bool pieces_equal(const struct bytes *a, struct piece p, const struct bytes *b, struct piece q)
{
	/* an empty piece of a pool not yet filled has no place to point to */
	return p.len == q.len && (!p.len || memcmp(a->s + p.at, b->s + q.at, p.len) == 0);
}

/* "L.S", L from 1; both below 10^18. */
static bool parse_loc(const char *s, size_t n, long *line, long *sent)
{
	long *v = line;
	size_t i, digits = 0;

	*line = *sent = 0;
	for (i = 0; i < n; i++) {
		if (s[i] == '.' && v == line && digits) {
			v = sent, digits = 0;
			continue;
		}
		if (s[i] < '0' || s[i] > '9' || ++digits > 18)
			return false;
		*v = *v * 10 + (s[i] - '0');
	}
	return v == sent && digits && *line >= 1;
}

/* Whether text stands in a sentence of that DOC and LOC. */
static bool in_sentence(struct piece doc, long line, long sent, struct piece text)
{
	size_t i;

	for (i = 0; i < COUNT(sentence_list, struct sentence_at); i++) {
		const struct sentence_at *s = &AT(sentence_list, struct sentence_at, i);
		if (s->line == line && s->sent == sent && pieces_equal(&sentence_pool, s->doc, &json.pool, doc) &&
		    memmem(sentence_pool.s + s->text.at, s->text.len, json.pool.s + text.at, text.len))
			return true;
	}
	return false;
}

/* Whether the program reads the lines of a page and cleans them itself
 * (vn-meta, vn-digest), so that its TEXT is of the cleaned line, not of a
 * sentence of the input as it stands. */
static bool reads_pages(void)
{
	return !strcmp(program, "vn-meta") || !strcmp(program, "vn-digest");
}

/* Whether a header field is a JSON name in capitals. */
static bool names_field(const struct bytes *h, struct piece field, const struct bytes *j, struct piece name)
{
	size_t k;

	if (field.len != name.len)
		return false;
	for (k = 0; k < name.len; k++) {
		char c = j->s[name.at + k];
		if (h->s[field.at + k] != (c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c))
			return false;
	}
	return true;
}

/* The records of both runs, one by one; with -H, the TSV's first line
 * names the fields of each. */
static void check_records(bool header)
{
	size_t i, k, nh = 0, h = 0;

	if (header) {
		h = record_fields(&tsv, 0, &nh);
		if (nh < 1 || !piece_is(&tsv.pool, AT(tsv.fields, struct piece, h), "DOC"))
			abort();
	}
	if (nrecords(&tsv) != nrecords(&json) + header)
		abort();
	for (i = 0; i < nrecords(&json); i++) {
		size_t nt, nj, t = record_fields(&tsv, i + header, &nt), j = record_fields(&json, i, &nj);
		const struct piece *f = &AT(json.fields, struct piece, j), *name = &AT(json.names, struct piece, j);
		bool located = nj >= 4 && piece_is(&json.pool, name[1], "loc");
		size_t skip = located ? 2 : 0; /* line and sentence: not in TSV */
		long line, sent;

		/* Field by field, past line and sentence; an array or object
		 * stands for the TSV field there, and any after the last TSV
		 * field is JSON's alone. */
		if (nt + skip > nj || nj < 2 || !piece_is(&json.pool, name[0], "doc") || (header && nh != nt))
			abort();
		for (k = 0; k < nj - skip; k++) {
			size_t in_json = k < 2 ? k : k + skip;
			if (k < nt ? !is_nested(f[in_json]) && !pieces_equal(&tsv.pool, AT(tsv.fields, struct piece, t + k),
									 &json.pool, f[in_json])
				   : !is_nested(f[in_json]))
				abort();
			if (k < nt && header &&
			    !names_field(&tsv.pool, AT(tsv.fields, struct piece, h + k), &json.pool, name[in_json]))
				abort();
		}
		if (!located)
			continue; /* a summary of a document */
		if (!parse_loc(json.pool.s + f[1].at, f[1].len, &line, &sent))
			abort();
		/* line and sentence are LOC's parts, as it writes them */
		if (!piece_is(&json.pool, name[2], "line") || !piece_is(&json.pool, name[3], "sentence") ||
		    f[1].len != f[2].len + 1 + f[3].len || memcmp(json.pool.s + f[1].at, json.pool.s + f[2].at, f[2].len) ||
		    memcmp(json.pool.s + f[1].at + f[2].len + 1, json.pool.s + f[3].at, f[3].len))
			abort();
		if (nj >= 7 && piece_is(&json.pool, name[4], "kind") && piece_is(&json.pool, name[6], "text") &&
		    !reads_pages() && !in_sentence(f[0], line, sent, f[6]))
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char name[NAME_MAX_FUZZ + 3], flag_arg[3];
	char *argv[ARGS_MAX], dash_j[] = "-j", dash_l[] = "-l", dash_d[] = "-d", dash_h[] = "-H";
	int argc = 0, k;
	unsigned choice;
	bool header;

	if (size < 1)
		return 0;
	choice = data[0];
	data++, size--;
	argv[argc++] = program;
	if (choice & 1)
		argv[argc++] = dash_l;
	if (choice & 2) {
		size_t n = 0;
		while (n < size && n < NAME_MAX_FUZZ && data[n] && data[n] != '\n')
			n++;
		/* -dNAME, in one word: vn-date's own scan for --ref= takes a
		 * word after -d for its option (vn-date -d --ref=X). */
		memcpy(name, "-d", 2);
		memcpy(name + 2, data, n);
		name[n + 2] = '\0';
		data += n, size -= n;
		if (n) {
			argv[argc++] = name;
		} else {
			argv[argc++] = dash_d;
			argv[argc++] = name + 2;
		}
	}
	/* One of the program's own flags at most, from bits 2-6: two may be a
	 * usage error (vn-meta -b -s), which exits; bit 7 adds -H. */
	k = (int)((choice >> 2) & 31) % ((int)strlen(flags) + 1);
	if (k > 0) {
		snprintf(flag_arg, sizeof flag_arg, "-%c", flags[k - 1]);
		argv[argc++] = flag_arg;
	}
	header = choice & 128;
	if (header)
		argv[argc++] = dash_h;
	if (ftruncate(in_fd, 0) != 0 || pwrite(in_fd, data, size, 0) != (ssize_t)size)
		abort();
	split_input(choice & 1, choice & 2 ? name + 2 : NULL);

	argv[argc++] = in_path;
	argv[argc] = NULL;
	run(argc, argv);
	parse_output(&tsv, parse_tsv_line);

	argv[argc - 1] = dash_j;
	argv[argc++] = in_path;
	argv[argc] = NULL;
	run(argc, argv);
	parse_output(&json, parse_json_line);

	check_records(header);
	return 0;
}
