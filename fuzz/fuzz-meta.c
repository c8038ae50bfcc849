/* Fuzz target: a page's lines through vn-meta's recogniser, cleaned or as they
 * are: every finding's TEXT in the text held, its VALUE there or in the
 * recogniser's own buffers (a capitalised name, a stamp, a credit's names),
 * findings and body lines in the order of the lines, each line of the body
 * written once. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/chrome.h"
#include "../common/clean.h"
#include "../common/meta.h"
#include "../common/utf8.h"

static struct cleaner cleaner;
static struct chrome chrome;
static struct meta meta;
static long last_line, last_body;

static bool inside(const void *p, size_t n, const void *base, size_t size)
{
	const char *c = p, *b = base;

	return c >= b && n <= size && (size_t)(c - b) <= size - n;
}

static void check_found(const struct meta_found *f, void *ctx)
{
	const struct piece *v = &f->value;

	(void)ctx;
	if (f->kind > META_BOILERPLATE || f->line < last_line ||
	    !inside(f->text.s, f->text.len, meta.pool, META_POOL))
		abort();
	if (!inside(v->s, v->len, meta.pool, META_POOL) && !inside(v->s, v->len, meta.name, sizeof meta.name) &&
	    !inside(v->s, v->len, meta.held, sizeof meta.held) &&
	    !inside(v->s, v->len, meta.credit.values, sizeof meta.credit.values) &&
	    !(f->kind == META_BOILERPLATE && strlen(v->s) == v->len && v->len < 16))
		abort();
	last_line = f->line;
}

static void check_body(long line, const char *s, size_t n, void *ctx)
{
	(void)ctx;
	if (line <= last_body || line < last_line || !inside(s, n, meta.pool, META_POOL))
		abort();
	last_body = last_line = line;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static bool ready;
	const char *s = (const char *)data, *end = s + n, *nl;
	bool clean = n && (data[0] & 1);
	long line = 0;

	if (!ready) {
		clean_init(&cleaner, false);
		chrome_init(&chrome, &cleaner);
		meta_init(&meta, &chrome);
		meta.found = check_found;
		meta.body = check_body;
		ready = true;
	}
	last_line = last_body = 0;
	meta_begin(&meta);
	while (s < end) {
		size_t len;
		nl = memchr(s, '\n', (size_t)(end - s));
		len = (size_t)((nl ? nl : end) - s);
		line++;
		/* The cleaner takes UTF-8, as input.c hands it over. */
		if (clean && u8_valid_prefix((const unsigned char *)s, len) == len) {
			clean_start(&cleaner);
			clean_feed(&cleaner, s, len);
			clean_end(&cleaner);
			if (cleaner.len > META_LINE_MAX)
				meta_long_line(&meta, line);
			else
				meta_line(&meta, line, cleaner.buf, cleaner.len);
		} else if (len > META_LINE_MAX) {
			meta_long_line(&meta, line);
		} else {
			meta_line(&meta, line, s, len);
		}
		s += len + 1;
	}
	meta_end(&meta);
	return 0;
}
