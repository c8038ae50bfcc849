/* input.h: reads one input (a file or stdin) as a series of paragraphs.
 *
 * Three shapes are read: raw text (each line a paragraph), a record stream
 * (each line a text record `DOC<TAB>L.S<TAB>TEXT` or a finding
 * `DOC<TAB>L.S<TAB>KIND<TAB>VALUE<TAB>TEXT[<TAB>EXTRA...]`, told by its
 * first line and most of the lines read with it; a finding's KIND is a short
 * lower-case name, and its TEXT is what is read), and with
 * -l one whole document per line (`ID<TAB>TEXT`, TEXT escaped, its \n ending
 * paragraphs).  Text comes out unescaped and valid UTF-8: invalid bytes become
 * U+FFFD, with one warning per input.  A BOM at the start and the CR of CRLF
 * line ends are dropped. */
#ifndef VN_INPUT_H
#define VN_INPUT_H

#include <stdbool.h>
#include <stddef.h>

enum input_shape { SHAPE_AUTO, SHAPE_RAW, SHAPE_RECORDS, SHAPE_LINES };

/* A field read whole: DOC, KIND, VALUE. */
struct field {
	char *s; /* NUL-terminated */
	size_t len, cap;
	bool cut; /* longer than its limit: the rest was dropped */
};

struct input {
	int fd;
	char *name;          /* for messages: the path, or "-", made printable */
	const char *docname; /* DOC of raw text */
	enum input_shape shape;

	unsigned char *buf;
	size_t pos, len;
	bool eof;
	long lineno; /* physical line of the next unread byte */

	struct field doc;   /* DOC of the current record or -l document */
	struct field kind;  /* KIND of the current finding, "" for a text record */
	struct field value; /* and its VALUE */
	struct field extra; /* the extra field last read */
	struct field name_doc; /* docname, made valid UTF-8 */
	struct field spare;    /* room for making a field valid */
	bool more_fields;   /* the text ended at a TAB: extra fields follow */
	bool in_text;   /* the current paragraph's text is not all read */
	bool line_open; /* the current physical line is not all read */
	bool doc_open;  /* -l: the document goes on after an escaped \n */
	long doc_para;  /* -l: paragraphs so far in the document */
	bool warned_utf8;
	bool guessed;        /* the shape was told from the input, not given */
	bool told_raw;       /* said how to read a guessed record stream as text */
	bool told_findings;  /* said that a finding's TEXT is what is read */
};

struct para {
	const char *doc;
	long line; /* L of LOC */
	long sent; /* S of LOC: 0 for a whole paragraph */
	const char *kind, *value; /* a finding's KIND and VALUE; NULL for text */
};

/* Opens path ("-" is stdin); false (with the error reported) if it cannot be read. */
bool input_open(struct input *in, const char *path, const char *docname, enum input_shape shape);
/* The same for an open descriptor; name is used in messages. */
void input_open_fd(struct input *in, int fd, const char *name, const char *docname, enum input_shape shape);
void input_close(struct input *in);

/* Moves to the next paragraph; false at the end of the input. */
bool input_next(struct input *in, struct para *p);

/* Copies up to cap (at least 4) bytes of the current paragraph's text into
 * out, never splitting a character; returns 0 once the paragraph is done. */
size_t input_text(struct input *in, char *out, size_t cap);

/* After the text of a finding, its next field, unescaped and NUL-terminated,
 * cut to cap - 1 bytes (with an error) when longer; false when the record
 * has no more fields. */
bool input_extra(struct input *in, char *out, size_t cap);

#endif
