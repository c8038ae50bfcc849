/* Fuzz target: the input reader in all three shapes, and sentence delivery. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../common/input.h"
#include "../common/loop.h"
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum input_shape shapes[] = {SHAPE_AUTO, SHAPE_RAW, SHAPE_RECORDS, SHAPE_LINES};
	size_t i;

	for (i = 0; i < sizeof shapes / sizeof *shapes; i++) {
		FILE *f = tmpfile();
		struct input in;

		if (!f)
			return 0;
		fwrite(data, 1, size, f);
		fflush(f);
		lseek(fileno(f), 0, SEEK_SET);
		input_open_fd(&in, fileno(f), "fuzz", NULL, shapes[i]);
		for_each_sentence(&in, check_sentence, NULL);
		in.fd = -1; /* fclose closes it */
		input_close(&in);
		fclose(f);
	}
	return 0;
}
