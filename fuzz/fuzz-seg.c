/* Fuzz target: the sentence boundary finder on arbitrary bytes, whole and in
 * every prefix: an answer given before the end is known must not depend on
 * where the text was cut. */
#include <stdint.h>
#include <stdlib.h>

#include "../common/seg.h"

/* Prefixes tried at each sentence: enough to pass the look-ahead of a boundary. */
enum { PREFIXES = 2 * SEG_LOOKAHEAD + 64 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	size_t start = 0, m;

	while (start < size) {
		size_t k = seg_next(s + start, size - start, true);
		size_t partial = seg_next(s + start, size - start, false);
		/* A sentence is never empty and never runs past the text; an answer
		 * given before the end is known must agree with the final one. */
		if (k == 0 || k > size - start)
			abort();
		if (partial != 0 && partial != k)
			abort();
		/* The same for the text cut anywhere before its end (the first
		 * bytes, as a stream is read in pieces). */
		for (m = 1; m < size - start && m <= PREFIXES; m++)
			if ((partial = seg_next(s + start, m, false)) != 0 && partial != k)
				abort();
		start += k;
	}
	return 0;
}
