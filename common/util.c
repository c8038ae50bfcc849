/* util.c: error reporting and checked allocation. */
#include "util.h"
#include "utf8.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *progname = "vnpipe";
int exit_status = 0;

static void vreport(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(fmt, ap);
	va_end(ap);
	exit(exit_status > 1 ? exit_status : 1);
}

void warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(fmt, ap);
	va_end(ap);
}

void error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(fmt, ap);
	va_end(ap);
	if (exit_status < 1)
		exit_status = 1;
}

char *printable(const char *name)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *s = (const unsigned char *)name;
	size_t n = strlen(name), i = 0, len = 0;
	char *out = xmalloc(4 * n + 1);

	while (i < n) {
		uint32_t cp;
		int k = u8_decode(s + i, n - i, &cp);
		bool shown = k > 0 && cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0);
		if (k <= 0)
			k = 1;
		if (shown && cp == '\\') {
			out[len++] = '\\';
			out[len++] = '\\';
		} else if (shown) {
			memcpy(out + len, s + i, (size_t)k);
			len += (size_t)k;
		} else {
			for (int j = 0; j < k; j++) {
				out[len++] = '\\';
				out[len++] = 'x';
				out[len++] = hex[s[i + j] >> 4];
				out[len++] = hex[s[i + j] & 15];
			}
		}
		i += (size_t)k;
	}
	out[len] = '\0';
	return out;
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		die("out of memory");
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die("out of memory");
	return p;
}
