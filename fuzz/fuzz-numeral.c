/* Fuzz target: the numeral parser and formatter, at every byte of arbitrary input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/numeral.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct numeral v, w;
	char buf[64];
	size_t i, k, len;

	for (i = 0; i < size; i++) {
		k = numeral_parse(s + i, size - i, &v);
		if (k > size - i)
			abort();
		if (k == 0)
			continue;
		/* A value is never negative and always fits the formatter. */
		if (v.mant < 0 || !(len = numeral_format(&v, buf, sizeof buf)) || len != strlen(buf))
			abort();
		if (strspn(buf, "0123456789.") != len || buf[0] == '.' || buf[len - 1] == '.')
			abort();
		/* A byte short, it writes "" and says so. */
		if (numeral_format(&v, buf, len) != 0 || buf[0] != '\0')
			abort();
		if (numeral_cmp(&v, &v) != 0)
			abort();
		/* Parsing again from the same place gives the same value. */
		if (numeral_parse(s + i, size - i, &w) != k || w.mant != v.mant || w.exp10 != v.exp10)
			abort();
	}
	return 0;
}
