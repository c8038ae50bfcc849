/* Fuzz target: the input reader in all three shapes, sentence delivery, and
 * the UTF-8 validator against the decoder. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../common/input.h"
#include "../common/sentences.h"
#include "../common/utf8.h"

static void check_sentence(const struct sentence *s, void *ctx)
{
	(void)ctx;
	if (s->len == 0 || s->len > SENTENCE_MAX || s->line < 1 || s->sent < 0)
		abort();
	/* What the reader hands over is always valid UTF-8. */
	if (u8_valid_prefix((const unsigned char *)s->text, s->len) != s->len)
		abort();
}

/* The valid prefix as u8_decode sees it, one character at a time. */
static size_t decoded_prefix(const unsigned char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;
	int k;

	while (i < n && (k = u8_decode(s + i, n - i, &cp)) > 0)
		i += (size_t)k;
	return i;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum input_shape shapes[] = {SHAPE_AUTO, SHAPE_RAW, SHAPE_RECORDS, SHAPE_LINES};
	static char *window;
	struct para p;
	size_t i;

	if (!window && !(window = malloc(SENTENCE_MAX)))
		return 0;

	for (i = 0; i <= size && i < 64; i++)
		if (u8_valid_prefix(data + i, size - i) != decoded_prefix(data + i, size - i))
			abort();

	for (i = 0; i < sizeof shapes / sizeof *shapes; i++) {
		FILE *f = tmpfile();
		struct input in;

		if (!f)
			return 0;
		fwrite(data, 1, size, f);
		fflush(f);
		lseek(fileno(f), 0, SEEK_SET);
		input_open_fd(&in, fileno(f), "fuzz", NULL, shapes[i]);
		while (input_next(&in, &p))
			sentences_of(&in, &p, window, check_sentence, NULL);
		in.fd = -1; /* fclose closes it */
		input_close(&in);
		fclose(f);
	}
	return 0;
}
