/* Fuzz target: the sentence boundary finder on arbitrary bytes. */
#include <stdint.h>
#include <stdlib.h>

#include "../common/seg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	size_t start = 0;

	while (start < size) {
		size_t k = seg_next(s + start, size - start, true);
		size_t partial = seg_next(s + start, size - start, false);
		/* A sentence is never empty and never runs past the text; an answer
		 * given before the end is known must agree with the final one. */
		if (k == 0 || k > size - start)
			abort();
		if (partial != 0 && partial != k)
			abort();
		start += k;
	}
	return 0;
}
