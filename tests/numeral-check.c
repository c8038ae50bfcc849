/* numeral-check: drives numeral_format for tests/numeral.bats.
 *
 *   numeral-check MANT EXP10 CAP   formats MANT × 10^EXP10 into a buffer of CAP
 *                                  bytes that held 'X's: prints the length it
 *                                  returned and the buffer up to its NUL, or
 *                                  "unterminated" when there is none */
#include "../common/numeral.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	struct numeral v;
	char buf[256];
	size_t cap, len;

	if (argc != 4 || (cap = strtoul(argv[3], NULL, 10)) > sizeof buf) {
		fputs("usage: numeral-check MANT EXP10 CAP\n", stderr);
		return 2;
	}
	v.mant = strtoll(argv[1], NULL, 10);
	v.exp10 = atoi(argv[2]);
	memset(buf, 'X', sizeof buf);
	len = numeral_format(&v, buf, cap);
	if (memchr(buf, '\0', cap))
		printf("%zu '%s'\n", len, buf);
	else
		printf("%zu unterminated\n", len);
	return 0;
}
