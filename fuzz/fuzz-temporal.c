/* fuzz-temporal: temporal_find on any bytes, from every start a caller may give,
 * must stay inside the text and return spans that lie in it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/temporal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A copy of exactly size bytes, so reading past the end is caught. */
	char *s = malloc(size ? size : 1);
	struct temporal t;
	size_t from;

	if (!s)
		return 0;
	memcpy(s, data, size);
	for (from = 0; from <= size && temporal_find(s, size, from, &t);) {
		if (t.start < from || t.len == 0 || t.start + t.len > size ||
		    memchr(t.value, '\0', sizeof t.value) == NULL || memchr(t.kind, '\0', sizeof t.kind) == NULL)
			abort();
		from = t.start + t.len;
	}
	/* Starting inside a word or a character must be safe too. */
	if (size > 1)
		temporal_find(s, size, size / 2, &t);
	free(s);
	return 0;
}
