/* input.c: buffered reading of raw text, record streams and -l documents. */
#include "input.h"
#include "utf8.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define IN_SIZE (1 << 18)
#define DOC_MAX 4096 /* longer DOC fields are cut, with an error */
#define VALUE_MAX 65536 /* the same for a finding's VALUE and extra fields */
#define KIND_MAX 32
#define LOC_LIMIT 1000000000000000000L /* LOC numbers are below 10^18 */

/* Bytes that end a run of text in escaped shapes (records, -l documents). */
static unsigned char stops_escaped[256] = {
	['\n'] = 1, ['\r'] = 1, ['\t'] = 1, ['\\'] = 1,
};

/* Keeps the unread bytes and reads more after them; false when nothing more came. */
static bool fill(struct input *in)
{
	ssize_t n;

	if (in->eof)
		return false;
	if (in->pos > 0) {
		memmove(in->buf, in->buf + in->pos, in->len - in->pos);
		in->len -= in->pos;
		in->pos = 0;
	}
	for (;;) {
		n = read(in->fd, in->buf + in->len, IN_SIZE - in->len);
		if (n > 0)
			break;
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			error("%s: %s", in->name, strerror(errno));
		in->eof = true;
		return false;
	}
	in->len += (size_t)n;
	return true;
}

/* Makes at least k unread bytes available unless the input ends first. */
static size_t have(struct input *in, size_t k)
{
	while (in->len - in->pos < k && fill(in))
		;
	return in->len - in->pos;
}

/* How far the first line has shown that it starts a record stream,
 * DOC<TAB>L.S<TAB>, told byte by byte so that it can go on past the buffer. */
enum guess { IN_DOC, L_FIRST, L_DIGITS, S_FIRST, S_DIGITS, GUESS_RECORDS, GUESS_RAW };

static enum guess guess_on(enum guess g, const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && g < GUESS_RECORDS; i++) {
		bool digit = s[i] >= '0' && s[i] <= '9';
		switch (g) {
		case IN_DOC: g = s[i] == '\t' ? L_FIRST : s[i] == '\n' ? GUESS_RAW : IN_DOC; break;
		case L_FIRST: g = digit ? L_DIGITS : GUESS_RAW; break;
		case L_DIGITS: g = digit ? L_DIGITS : s[i] == '.' ? S_FIRST : GUESS_RAW; break;
		case S_FIRST: g = digit ? S_DIGITS : GUESS_RAW; break;
		default: g = digit ? S_DIGITS : s[i] == '\t' ? GUESS_RECORDS : GUESS_RAW; break;
		}
	}
	return g;
}

/* A first line longer than the buffer: a file is read on ahead (and left
 * where it was); a pipe or a device cannot be, and is raw text. */
static enum guess guess_ahead(int fd, enum guess g)
{
	unsigned char chunk[1 << 16];
	struct stat st;
	off_t at = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? lseek(fd, 0, SEEK_CUR) : -1;
	ssize_t n;

	while (at >= 0 && g < GUESS_RECORDS && (n = pread(fd, chunk, sizeof chunk, at)) > 0) {
		g = guess_on(g, chunk, (size_t)n);
		at += n;
	}
	return g;
}

/* Whether the lines read with the first bear out that the input is records:
 * raw text whose first line happens to look like a record has whole lines
 * after it (two or more, blank ones aside), none of which does. Nothing more
 * is read for it, so that a pipe's first line is answered when it comes. */
static bool borne_out(const struct input *in)
{
	const unsigned char *at = in->buf + in->pos, *end = in->buf + in->len, *nl;
	size_t others = 0;

	if (!(nl = memchr(at, '\n', (size_t)(end - at))))
		return true; /* the first line alone, whole or not */
	for (at = nl + 1; at < end && (nl = memchr(at, '\n', (size_t)(end - at))); at = nl + 1) {
		if (nl == at || (nl == at + 1 && *at == '\r'))
			continue;
		if (guess_on(IN_DOC, at, (size_t)(nl - at) + 1) == GUESS_RECORDS)
			return true;
		others++;
	}
	return others < 2;
}

/* Reads the start of the input to tell its shape: a record stream when its
 * first line (after a BOM) starts as a record does and the lines read with it
 * bear it out, else raw text. */
static enum input_shape guess_shape(struct input *in)
{
	enum guess g = guess_on(IN_DOC, in->buf + in->pos, in->len - in->pos);
	size_t seen = in->len - in->pos;

	while (g < GUESS_RECORDS && in->len < IN_SIZE && fill(in)) {
		g = guess_on(g, in->buf + in->pos + seen, in->len - in->pos - seen);
		seen = in->len - in->pos;
	}
	if (g < GUESS_RECORDS && in->len == IN_SIZE)
		g = guess_ahead(in->fd, g);
	return g == GUESS_RECORDS && borne_out(in) ? SHAPE_RECORDS : SHAPE_RAW;
}

static void end_line(struct input *in)
{
	in->lineno++;
	in->line_open = false;
}

/* Skips to the start of the next physical line. */
static void skip_line(struct input *in)
{
	while (in->line_open && (in->pos < in->len || fill(in))) {
		unsigned char *nl = memchr(in->buf + in->pos, '\n', in->len - in->pos);
		if (nl) {
			in->pos = (size_t)(nl - in->buf) + 1;
			end_line(in);
			return;
		}
		in->pos = in->len;
	}
	in->line_open = false;
}

static bool is_escape(unsigned char c)
{
	return c && strchr("tnr0\\", c);
}

static char unescape(unsigned char c)
{
	switch (c) {
	case 't': return '\t';
	case 'n': return '\n';
	case 'r': return '\r';
	case '0': return '\0';
	case '\\': return '\\';
	}
	return 0;
}

static void field_init(struct field *f)
{
	f->cap = 64;
	f->s = xmalloc(f->cap);
	f->s[0] = '\0';
	f->len = 0;
}

static void field_put(struct field *f, char c)
{
	if (f->len + 2 > f->cap) {
		f->cap *= 2;
		f->s = xrealloc(f->s, f->cap);
	}
	f->s[f->len++] = c;
}

/* The input's one warning about bytes replaced with U+FFFD, in text or in a field. */
static void warn_replaced(struct input *in, const char *what)
{
	if (!in->warned_utf8) {
		warn("%s:%ld: %s replaced with U+FFFD", in->name, in->lineno, what);
		in->warned_utf8 = true;
	}
}

/* Makes f a name that any output can hold: valid UTF-8, without NUL (it is a
 * C string); other bytes become U+FFFD. Returns whether any did. */
static bool field_make_valid(struct field *f, struct field *spare)
{
	size_t i = 0;
	char *s;

	if (u8_valid_prefix((const unsigned char *)f->s, f->len) == f->len && !memchr(f->s, '\0', f->len))
		return false;
	spare->len = 0;
	while (i < f->len) {
		uint32_t cp;
		int k = f->s[i] ? u8_decode((const unsigned char *)f->s + i, f->len - i, &cp) : -1;
		if (k <= 0) {
			field_put(spare, U8_REPLACEMENT[0]);
			field_put(spare, U8_REPLACEMENT[1]);
			field_put(spare, U8_REPLACEMENT[2]);
			i++;
			continue;
		}
		while (k--)
			field_put(spare, f->s[i++]);
	}
	spare->s[spare->len] = '\0';
	s = f->s, f->s = spare->s, spare->s = s;
	i = f->cap, f->cap = spare->cap, spare->cap = i;
	f->len = spare->len;
	return true;
}

static void field_set(struct field *f, const char *s)
{
	f->len = 0;
	while (*s)
		field_put(f, *s++);
	f->s[f->len] = '\0';
}

/* Reads an escaped field into f, up to max bytes (the rest is dropped, and
 * f->cut set), made valid as above; returns what ended it: TAB, LF, or 0
 * for the end of the input. */
static int read_field(struct input *in, struct field *f, size_t max)
{
	int end = 0;

	f->len = 0;
	f->cut = false;
	while (have(in, 1)) {
		unsigned char c = in->buf[in->pos++];
		if (c == '\t' || c == '\n') {
			end = c;
			break;
		}
		if (c == '\\' && have(in, 1) && is_escape(in->buf[in->pos]))
			c = (unsigned char)unescape(in->buf[in->pos++]);
		if (f->len < max)
			field_put(f, (char)c);
		else
			f->cut = true;
	}
	/* Never cut a field inside a character: a last one left incomplete goes. */
	if (f->cut) {
		size_t last = f->len;
		uint32_t cp;
		while (last > 0 && f->len - last < 3 && ((unsigned char)f->s[last - 1] & 0xC0) == 0x80)
			last--;
		if (last > 0 && (unsigned char)f->s[last - 1] >= 0xC0)
			last--;
		if (last < f->len && u8_decode((const unsigned char *)f->s + last, f->len - last, &cp) == 0)
			f->len = last;
	}
	f->s[f->len] = '\0';
	if (field_make_valid(f, &in->spare))
		warn_replaced(in, "invalid UTF-8 or NUL in a field");
	if (end == '\n')
		end_line(in);
	return end;
}

static void report_cut(struct input *in, const struct field *f, const char *what, size_t max)
{
	if (f->cut)
		error("%s:%ld: %s longer than %zu bytes, cut", in->name, in->lineno, what, max);
}

/* Reads the DOC field up to its TAB; false if the line or input ends first. */
static bool read_doc_field(struct input *in)
{
	if (read_field(in, &in->doc, DOC_MAX) != '\t')
		return false;
	report_cut(in, &in->doc, "DOC", DOC_MAX);
	return true;
}

/* Whether the field ahead is a finding's KIND: a short lower-case name and a
 * TAB. It reads no further than the byte that tells, so that a short record
 * on a pipe is read when it comes, not when more input does. */
static bool kind_ahead(struct input *in)
{
	size_t i;

	for (i = 0; i <= KIND_MAX && have(in, i + 1) > i; i++) {
		unsigned char c = in->buf[in->pos + i];
		if (c == '\t')
			return i > 0;
		if (!((c >= 'a' && c <= 'z') || c == '_'))
			return false;
	}
	return false;
}

/* Reads a finding's KIND and VALUE; false (reported) when no TEXT follows. */
static bool read_kind_value(struct input *in, long line)
{
	int end;

	read_field(in, &in->kind, KIND_MAX);
	end = read_field(in, &in->value, VALUE_MAX);
	if (end != '\t') {
		error("%s:%ld: not a record: a finding without TEXT", in->name, line);
		return false;
	}
	report_cut(in, &in->value, "VALUE", VALUE_MAX);
	return true;
}

bool input_extra(struct input *in, char *out, size_t cap)
{
	int end;

	if (!in->more_fields || cap == 0)
		return false;
	end = read_field(in, &in->extra, cap - 1);
	in->more_fields = end == '\t';
	report_cut(in, &in->extra, "a field", cap - 1);
	memcpy(out, in->extra.s, in->extra.len + 1);
	return true;
}

/* Whether the unread bytes start with the n bytes of s, reading on only
 * while the bytes so far are the start of them: on a pipe that gives a line
 * at a time, a short line is answered when it comes. */
static bool starts_with(struct input *in, const char *s, size_t n)
{
	while (in->len - in->pos < n && memcmp(in->buf + in->pos, s, in->len - in->pos) == 0 && fill(in))
		;
	return in->len - in->pos >= n && memcmp(in->buf + in->pos, s, n) == 0;
}

/* Skips the header line a program writes with -H, which names the fields of
 * a record stream (DOC LOC ...) or of -l documents (DOC TEXT); returns
 * whether there was one. */
static bool skip_header(struct input *in, enum input_shape shape)
{
	if (shape == SHAPE_LINES ? !starts_with(in, "DOC\tTEXT\n", 9) && !starts_with(in, "DOC\tTEXT\r\n", 10)
				 : !starts_with(in, "DOC\tLOC\t", 8))
		return false;
	in->line_open = true;
	skip_line(in);
	return true;
}

bool input_open(struct input *in, const char *path, const char *docname, enum input_shape shape)
{
	int fd = STDIN_FILENO;

	if (strcmp(path, "-") != 0 && (fd = open(path, O_RDONLY)) < 0) {
		char *shown = printable(path);
		error("%s: %s", shown, strerror(errno));
		free(shown);
		return false;
	}
	input_open_fd(in, fd, path, docname, shape);
	return true;
}

void input_open_fd(struct input *in, int fd, const char *name, const char *docname, enum input_shape shape)
{
	memset(in, 0, sizeof *in);
	in->fd = fd;
	in->name = printable(name);
	in->lineno = 1;
	in->buf = xmalloc(IN_SIZE);
	field_init(&in->doc);
	field_init(&in->kind);
	field_init(&in->value);
	field_init(&in->extra);
	field_init(&in->spare);
	field_init(&in->name_doc);
	field_set(&in->name_doc, docname ? docname : name);
	if (field_make_valid(&in->name_doc, &in->spare)) {
		char *shown = printable(docname ? docname : name);
		warn("%s: invalid UTF-8 in the name replaced with U+FFFD in DOC", shown);
		free(shown);
	}
	in->docname = in->name_doc.s;
	if (starts_with(in, "\xEF\xBB\xBF", 3))
		in->pos += 3; /* a byte-order mark */
	in->guessed = shape == SHAPE_AUTO;
	if (shape != SHAPE_RAW && skip_header(in, shape)) {
		/* A header names the fields of records: no line of text was
		 * taken for one, nothing to tell of reading them as text. */
		in->told_raw = true;
		if (in->guessed)
			shape = SHAPE_RECORDS;
	}
	if (shape == SHAPE_AUTO)
		shape = guess_shape(in);
	in->shape = shape;
}

void input_close(struct input *in)
{
	if (in->fd != STDIN_FILENO)
		close(in->fd);
	free(in->buf);
	free(in->doc.s);
	free(in->kind.s);
	free(in->value.s);
	free(in->extra.s);
	free(in->spare.s);
	free(in->name_doc.s);
	free(in->name);
	in->buf = NULL;
}

/* The byte at the read position, or -1 at the end of the input. */
static int peek(struct input *in)
{
	return have(in, 1) ? in->buf[in->pos] : -1;
}

/* Reads the digits of a LOC number into *v; false when there are none.
 * *big is set for a number of 10^18 or more, which is not read. */
static bool loc_number(struct input *in, long *v, bool *big)
{
	long n = 0;
	int digits = 0, c;

	while ((c = peek(in)) >= '0' && c <= '9') {
		if (n > (LOC_LIMIT - 1 - (c - '0')) / 10)
			*big = true;
		else
			n = n * 10 + (c - '0');
		in->pos++;
		digits++;
	}
	*v = n;
	return digits > 0;
}

/* Whether the read position is at a line end (LF, CRLF) or the end of the input. */
static bool at_line_end(struct input *in)
{
	int c = peek(in);

	return c == -1 || c == '\n' || (c == '\r' && (have(in, 2) < 2 || in->buf[in->pos + 1] == '\n'));
}

/* Reads LOC and the TAB before TEXT; a line that does not go on so (L.S,
 * L from 1, both below 10^18, then TEXT) is reported and skipped. */
static bool read_loc(struct input *in, struct para *p, long line)
{
	const char *why = NULL;
	bool big = false;

	if (!loc_number(in, &p->line, &big) || peek(in) != '.')
		why = "LOC is not L.S";
	else if (in->pos++, !loc_number(in, &p->sent, &big))
		why = "LOC is not L.S";
	else if (at_line_end(in))
		why = "no TEXT after LOC";
	else if (peek(in) != '\t')
		why = "LOC is not L.S";
	else if (big)
		why = "a number in LOC has more than 18 digits";
	else if (p->line == 0)
		why = "L of LOC is 0 (lines count from 1)";
	if (why) {
		error("%s:%ld: not a record: %s", in->name, line, why);
		skip_line(in);
		return false;
	}
	in->pos++;
	return true;
}

bool input_next(struct input *in, struct para *p)
{
	char scratch[4096];

	while (in->in_text)
		input_text(in, scratch, sizeof scratch);
	p->kind = p->value = NULL;
	in->more_fields = false;
	if (in->shape == SHAPE_LINES && in->doc_open) {
		in->in_text = true;
		p->doc = in->doc.s;
		p->line = ++in->doc_para;
		p->sent = 0;
		return true;
	}
	skip_line(in);
	for (;;) {
		long line = in->lineno;

		if (!have(in, 1))
			return false;
		in->line_open = true;
		if (in->shape == SHAPE_RAW) {
			p->doc = in->docname;
			p->line = line;
			p->sent = 0;
			in->in_text = true;
			return true;
		}
		if (in->buf[in->pos] == '\n') { /* blank lines carry no record */
			in->pos++;
			end_line(in);
			continue;
		}
		if (!read_doc_field(in)) {
			error("%s:%ld: not a %s: no TAB", in->name, line,
			      in->shape == SHAPE_LINES ? "document (ID<TAB>TEXT)" : "record");
			/* A line of text in what was taken for records: say how to read it as text, once. */
			if (in->shape == SHAPE_RECORDS && in->guessed && !in->told_raw) {
				warn("%s: read as records, for its first line is one; --input=raw reads it as text",
				     in->name);
				in->told_raw = true;
			}
			skip_line(in);
			continue;
		}
		p->doc = in->doc.s;
		if (in->shape == SHAPE_LINES) {
			in->doc_para = 1;
			p->line = 1;
			p->sent = 0;
			in->in_text = true;
			return true;
		}
		if (!read_loc(in, p, line))
			continue;
		if (kind_ahead(in)) {
			if (!read_kind_value(in, line)) {
				skip_line(in);
				continue;
			}
			p->kind = in->kind.s;
			p->value = in->value.s;
			if (in->guessed && !in->told_findings) {
				warn("%s:%ld: findings (KIND %s): the text read is each one's TEXT, the span "
				     "found, not its sentence; --input=records reads them without this note",
				     in->name, line, p->kind);
				in->told_findings = true;
			}
		}
		in->in_text = true;
		return true;
	}
}

/* How many bytes ahead may belong to the character at the read position:
 * its first and the continuation bytes after it, at most 4, read no further
 * than the byte that ends them (a pipe's next line may not have come). */
static size_t char_ahead(struct input *in)
{
	size_t k = 1;

	while (k < 4 && have(in, k + 1) > k && (in->buf[in->pos + k] & 0xC0) == 0x80)
		k++;
	return k;
}

/* Handles one invalid or incomplete byte: U+FFFD and a warning once per input. */
static size_t replace_invalid(struct input *in, char *out)
{
	warn_replaced(in, "invalid UTF-8");
	in->pos++;
	memcpy(out, U8_REPLACEMENT, 3);
	return 3;
}

size_t input_text(struct input *in, char *out, size_t cap)
{
	size_t n = 0;

	while (in->in_text && n + 4 <= cap) {
		size_t i, lim, valid;
		unsigned char c;

		if (in->pos >= in->len && !fill(in)) {
			in->in_text = in->line_open = in->doc_open = false;
			break;
		}
		/* The run of text up to the next byte that needs a decision. */
		lim = in->pos + (cap - n) < in->len ? in->pos + (cap - n) : in->len;
		if (in->shape == SHAPE_RAW) {
			unsigned char *nl = memchr(in->buf + in->pos, '\n', lim - in->pos);
			i = nl ? (size_t)(nl - in->buf) : lim;
		} else {
			for (i = in->pos; i < lim && !stops_escaped[in->buf[i]]; i++)
				;
		}
		valid = u8_valid_prefix(in->buf + in->pos, i - in->pos);
		memcpy(out + n, in->buf + in->pos, valid);
		n += valid;
		in->pos += valid;
		if (in->pos < i) {
			/* Invalid bytes, or a character cut by the end of the buffer. */
			uint32_t cp;
			size_t avail = char_ahead(in); /* first: it may move the bytes */
			int k = u8_decode(in->buf + in->pos, avail, &cp);
			if (k <= 0) {
				n += replace_invalid(in, out + n);
			} else if (n + (size_t)k <= cap) {
				memcpy(out + n, in->buf + in->pos, (size_t)k);
				n += (size_t)k;
				in->pos += (size_t)k;
			} else {
				break;
			}
			continue;
		}
		if (i == lim) {
			/* Leave a final CR for the next call: it may be half of a CRLF. */
			if (in->shape == SHAPE_RAW && n > 1 && out[n - 1] == '\r' && lim == in->pos) {
				n--;
				in->pos--;
				break;
			}
			continue;
		}
		c = in->buf[i];
		if (c == '\n') {
			in->pos++;
			end_line(in);
			in->in_text = in->doc_open = false;
			if (in->shape == SHAPE_RAW && n > 0 && out[n - 1] == '\r')
				n--; /* CRLF */
			break;
		}
		if (c == '\r') {
			if (have(in, 2) >= 2 && in->buf[in->pos + 1] == '\n') {
				in->pos++; /* CRLF: the LF alone ends the line */
				continue;
			}
			out[n++] = (char)c;
			in->pos++;
			continue;
		}
		if (c == '\t') {
			in->pos++;
			if (in->shape == SHAPE_LINES) {
				out[n++] = '\t';
				continue;
			}
			/* further fields are skipped, or read with input_extra */
			in->in_text = false;
			in->more_fields = true;
			break;
		}
		/* A backslash: an escape, or itself. */
		if (have(in, 2) < 2 || !is_escape(in->buf[in->pos + 1])) {
			out[n++] = '\\';
			in->pos++;
			continue;
		}
		c = in->buf[in->pos + 1];
		if (in->shape == SHAPE_LINES && c == 'n') {
			in->pos += 2;
			in->in_text = false;
			in->doc_open = true;
			break;
		}
		if (in->shape == SHAPE_LINES && c == 'r' && have(in, 3) >= 3 && in->buf[in->pos + 2] == '\\' &&
		    have(in, 4) >= 4 && in->buf[in->pos + 3] == 'n') {
			in->pos += 2; /* an escaped CRLF ends a paragraph like \n */
			continue;
		}
		out[n++] = unescape(c);
		in->pos += 2;
	}
	return n;
}
