/* Fuzz target: the line cleaner on arbitrary text, whole and in pieces. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/clean.h"
#include "../common/utf8.h"

/* Cleans s whole with c; the result is in c->buf. */
static void clean_whole(struct cleaner *c, const char *s, size_t n)
{
	clean_start(c);
	clean_feed(c, s, n);
	clean_end(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cleaner whole, pieces, again;
	char *text, *out;
	size_t n = 0, i = 0, outlen = 0, step;
	bool modern;

	if (size < 2)
		return 0;
	modern = data[0] & 1;
	step = data[1] % 17 + 1;
	data += 2, size -= 2;
	/* The input layer hands over valid UTF-8 only: keep the valid runs. */
	text = malloc(size + 1);
	while (i < size) {
		size_t k = u8_valid_prefix(data + i, size - i);
		memcpy(text + n, data + i, k);
		n += k, i += k;
		if (i < size)
			i++;
	}
	clean_init(&whole, modern);
	clean_init(&pieces, modern);
	clean_init(&again, modern);
	clean_whole(&whole, text, n);

	/* Fed in pieces cut between characters, and drained as it goes, the
	 * same line comes out. */
	out = malloc(2 * n + 16);
	clean_start(&pieces);
	for (i = 0; i < n;) {
		size_t k = i + step < n ? i + step : n;
		while (k < n && ((unsigned char)text[k] & 0xC0) == 0x80)
			k++;
		clean_feed(&pieces, text + i, k - i);
		i = k;
		k = clean_settled(&pieces);
		memcpy(out + outlen, pieces.buf, k);
		outlen += k;
		clean_take(&pieces, k);
	}
	clean_end(&pieces);
	memcpy(out + outlen, pieces.buf, pieces.len);
	outlen += pieces.len;
	if (outlen != whole.len || memcmp(out, whole.buf, outlen) != 0)
		abort();

	/* Clean text is valid UTF-8 without controls, doubled or outer spaces,
	 * and cleaning it again changes nothing. */
	if (u8_valid_prefix((unsigned char *)whole.buf, whole.len) != whole.len)
		abort();
	for (i = 0; i < whole.len; i++) {
		unsigned char b = (unsigned char)whole.buf[i];
		if (b < 0x20 || b == 0x7F || (b == ' ' && (i == 0 || i + 1 == whole.len || whole.buf[i + 1] == ' ')))
			abort();
	}
	clean_whole(&again, whole.buf, whole.len);
	if (again.len != whole.len || memcmp(again.buf, whole.buf, whole.len) != 0)
		abort();

	free(out);
	free(text);
	clean_free(&whole);
	clean_free(&pieces);
	clean_free(&again);
	return 0;
}
