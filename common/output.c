/* output.c: record output. TAB, LF, CR, NUL and backslash inside a TSV field are
 * written as \t \n \r \0 \\, so every input byte survives the trip. */
#include "output.h"
#include "util.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define OUT_SIZE (1 << 16)

static char buf[OUT_SIZE];
static size_t used;
static bool json;
static bool line_buffered;
static bool field_is_open;
/* JSON: nothing written yet in the object or array last opened, so the next
 * member needs no comma before it. */
static bool first_member;

void out_set_json(bool on)
{
	json = on;
}

void out_set_line_buffered(bool on)
{
	line_buffered = on;
}

bool out_json_on(void)
{
	return json;
}

static void flush(void)
{
	size_t done = 0;

	while (done < used) {
		ssize_t n = write(STDOUT_FILENO, buf + done, used - done);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			die("write error: %s", strerror(errno));
		}
		done += (size_t)n;
	}
	used = 0;
}

static void put(const char *s, size_t n)
{
	while (n > 0) {
		size_t room = OUT_SIZE - used, k = n < room ? n : room;
		memcpy(buf + used, s, k);
		used += k, s += k, n -= k;
		if (used == OUT_SIZE)
			flush();
	}
}

static void putbyte(char c)
{
	if (used == OUT_SIZE)
		flush();
	buf[used++] = c;
}

void out_raw(const char *s, size_t n)
{
	put(s, n);
}

/* 0: copied as is; otherwise the letter after the backslash. */
static const char tsv_escape[256] = {
	['\0'] = '0', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\',
};

/* Whether any of the eight bytes in w is below 0x20 or a backslash. */
static bool word_needs_escape(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t bs = w ^ (ones * '\\');

	return (((w - ones * 0x20) & ~w) | ((bs - ones) & ~bs)) & highs;
}

static void put_tsv(const char *s, size_t n)
{
	size_t i = 0, start = 0;

	for (; i < n; i++) {
		uint64_t w;
		while (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if (word_needs_escape(w))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		char e = tsv_escape[(unsigned char)s[i]];
		if (e) {
			put(s + start, i - start);
			putbyte('\\');
			putbyte(e);
			start = i + 1;
		}
	}
	put(s + start, n - start);
}

static void put_json(const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, start = 0;

	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		put(s + start, i - start);
		start = i + 1;
		putbyte('\\');
		switch (c) {
		case '"': putbyte('"'); break;
		case '\\': putbyte('\\'); break;
		case '\n': putbyte('n'); break;
		case '\t': putbyte('t'); break;
		case '\r': putbyte('r'); break;
		default:
			put("u00", 3);
			putbyte(hex[c >> 4]);
			putbyte(hex[c & 15]);
		}
	}
	put(s + start, n - start);
}

static void close_field(void)
{
	if (field_is_open && json)
		putbyte('"');
	field_is_open = false;
}

/* Writes v in decimal at the end of buf (size 24); returns where it starts. */
static char *decimal(long v, char *end)
{
	unsigned long u = v < 0 ? 0 : (unsigned long)v;

	do
		*--end = (char)('0' + u % 10);
	while (u /= 10);
	return end;
}

void out_begin(const char *doc, long line, long sent)
{
	char loc[48], *end = loc + sizeof loc, *p = decimal(sent, end), *dot;
	size_t n;

	*--p = '.';
	dot = p;
	p = decimal(line, p);
	n = (size_t)(end - p);

	if (json) {
		/* LOC as the string L.S, and its two numbers beside it, for a
		 * reader that would take "3.10" for the number 3.1. */
		put("{\"doc\":\"", 8);
		put_json(doc, strlen(doc));
		put("\",\"loc\":\"", 9);
		put(p, n);
		put("\",\"line\":", 9);
		put(p, (size_t)(dot - p));
		put(",\"sentence\":", 12);
		put(dot + 1, (size_t)(end - dot - 1));
	} else {
		put_tsv(doc, strlen(doc));
		putbyte('\t');
		put(p, n);
	}
}

void out_begin_doc(const char *doc)
{
	if (json) {
		put("{\"doc\":\"", 8);
		put_json(doc, strlen(doc));
		putbyte('"');
	} else {
		put_tsv(doc, strlen(doc));
	}
}

/* JSON: the comma before a member, unless it is the first. */
static void member(void)
{
	if (!first_member)
		putbyte(',');
	first_member = false;
}

/* JSON: "name": */
static void key(const char *name)
{
	member();
	putbyte('"');
	put(name, strlen(name));
	put("\":", 2);
}

void out_field_open(const char *name)
{
	close_field();
	if (json) {
		key(name);
		putbyte('"');
	} else {
		putbyte('\t');
	}
	field_is_open = true;
}

void out_field_text(const char *s, size_t n)
{
	if (json)
		put_json(s, n);
	else
		put_tsv(s, n);
}

void out_field(const char *name, const char *s, size_t n)
{
	out_field_open(name);
	out_field_text(s, n);
	close_field();
}

void out_field_str(const char *name, const char *s)
{
	out_field(name, s, strlen(s));
}

void out_array_open(const char *name)
{
	close_field();
	if (json) {
		key(name);
		putbyte('[');
		first_member = true;
	}
}

void out_object_open(const char *name)
{
	close_field();
	if (json) {
		if (name)
			key(name);
		else
			member();
		putbyte('{');
		first_member = true;
	}
}

void out_item(const char *s, size_t n)
{
	if (json) {
		member();
		putbyte('"');
		put_json(s, n);
		putbyte('"');
	}
}

void out_array_close(void)
{
	if (json)
		putbyte(']');
	first_member = false;
}

void out_object_close(void)
{
	close_field();
	if (json)
		putbyte('}');
	first_member = false;
}

void out_end(void)
{
	close_field();
	if (json)
		putbyte('}');
	putbyte('\n');
	if (line_buffered)
		flush();
}

void out_finish(void)
{
	flush();
}
