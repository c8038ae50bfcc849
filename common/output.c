/* output.c: record output. TAB, LF, CR, NUL and backslash inside a TSV field are
 * written as \t \n \r \0 \\, so every input byte survives the trip. */
#include "output.h"
#include "util.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

/*
 * A TSV field is copied into the buffer a block of PLAIN_STEP bytes at a
 * time, and of a block only the bytes before the first that tsv_escape may
 * name (below 0x20, or a backslash) are taken. stops gives those of the
 * block at s as a mask, bit k for s[k].
 */
#ifdef __SSE2__
enum { PLAIN_STEP = 16 };

static unsigned stops(const char *s)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
	const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);

	return (unsigned)_mm_movemask_epi8(_mm_or_si128(low, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
}
#else
enum { PLAIN_STEP = 8 };

static unsigned stops(const char *s)
{
	unsigned mask = 0, k;

	for (k = 0; k < PLAIN_STEP; k++)
		mask |= (unsigned)((unsigned char)s[k] < 0x20 || s[k] == '\\') << k;
	return mask;
}
#endif

/* Whether no byte of w is one tsv_escape may name: none below 0x20 (the
 * test of a byte below a value), none a backslash (of a zero byte). */
static bool plain_word(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL, slashes = ones * '\\';

	return !(((w - ones * 0x20) & ~w) & highs) && !(((w ^ slashes) - ones) & ~(w ^ slashes) & highs);
}

/* A field of 4 to 15 bytes, copied at once when none is to be escaped and
 * the buffer has room: read as two words that overlap (of four bytes each,
 * side by side in one test, or of eight); false, with nothing written, else. */
static bool put_short_plain(const char *s, size_t n)
{
	uint64_t head, tail;
	uint32_t head4, tail4;

	if (n < 4 || n >= 16 || OUT_SIZE - used < n)
		return false;
	if (n < 8) {
		memcpy(&head4, s, 4);
		memcpy(&tail4, s + n - 4, 4);
		if (!plain_word(head4 | (uint64_t)tail4 << 32))
			return false;
		memcpy(buf + used, &head4, 4);
		memcpy(buf + used + n - 4, &tail4, 4);
	} else {
		memcpy(&head, s, 8);
		memcpy(&tail, s + n - 8, 8);
		if (!plain_word(head) || !plain_word(tail))
			return false;
		memcpy(buf + used, &head, 8);
		memcpy(buf + used + n - 8, &tail, 8);
	}
	used += n;
	return true;
}

static void put_tsv_byte(unsigned char c)
{
	if (tsv_escape[c]) {
		putbyte('\\');
		putbyte(tsv_escape[c]);
	} else {
		putbyte((char)c);
	}
}

static void put_tsv(const char *s, size_t n)
{
	size_t i = 0, rest;
	unsigned tail;

	while (n - i >= PLAIN_STEP) {
		/* Blocks while the buffer has room for one: it is flushed when
		 * full, as put and putbyte flush it. */
		size_t room = OUT_SIZE - used, lim = n - i < room ? n - i : room, k = 0;
		unsigned mask = 0;

		while (!mask && k + PLAIN_STEP <= lim) {
			mask = stops(s + i + k);
			memcpy(buf + used + k, s + i + k, PLAIN_STEP);
			k += mask ? (size_t)__builtin_ctz(mask) : PLAIN_STEP;
		}
		used += k, i += k;
		if (mask || k < PLAIN_STEP)
			put_tsv_byte((unsigned char)s[i++]);
	}
	/* The last bytes, when none is to be escaped, at once: the field's
	 * last block holds them at its end. */
	rest = n - i;
	if (n < PLAIN_STEP && put_short_plain(s, n))
		return;
	tail = n >= PLAIN_STEP ? stops(s + n - PLAIN_STEP) >> (PLAIN_STEP - rest) : 1;
	if (!tail && OUT_SIZE - used >= rest) {
		memcpy(buf + used, s + i, rest);
		used += rest;
		return;
	}
	if (OUT_SIZE - used >= 2 * rest) {
		/* Room for them all escaped: straight into the buffer. */
		char *d = buf + used;
		for (; i < n; i++) {
			char c = s[i], e = tsv_escape[(unsigned char)c];
			if (e)
				*d++ = '\\', c = e;
			*d++ = c;
		}
		used = (size_t)(d - buf);
		return;
	}
	for (; i < n; i++)
		put_tsv_byte((unsigned char)s[i]);
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

/* Writes v in decimal at the end of buf (size 24); returns where it starts.
 * Two digits a step, from the pairs 00 to 99. */
static char *decimal(long v, char *end)
{
	static const char pairs[] =
		"00010203040506070809"
		"10111213141516171819"
		"20212223242526272829"
		"30313233343536373839"
		"40414243444546474849"
		"50515253545556575859"
		"60616263646566676869"
		"70717273747576777879"
		"80818283848586878889"
		"90919293949596979899";
	unsigned long u = v < 0 ? 0 : (unsigned long)v;

	for (; u >= 100; u /= 100) {
		end -= 2;
		memcpy(end, pairs + u % 100 * 2, 2);
	}
	if (u >= 10) {
		end -= 2;
		memcpy(end, pairs + u * 2, 2);
	} else {
		*--end = (char)('0' + u);
	}
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
