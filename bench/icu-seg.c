/* icu-seg: the peer vn-seg is measured against. Reads text lines and writes
 * one sentence per line, as ICU's sentence BreakIterator (locale "vi") finds
 * them. Built and run only by bench/run; needs libicu-dev.
 *
 * usage: icu-seg [file]   (stdin when no file is named)
 *
 * The iterator walks the UTF-8 bytes through a UText, so its offsets are byte
 * offsets and no UTF-16 copy of the text is made: ICU's own fastest path. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

static void die(const char *what, const char *why)
{
	fprintf(stderr, "icu-seg: %s: %s\n", what, why);
	exit(1);
}

static void check(UErrorCode status, const char *what)
{
	if (U_FAILURE(status))
		die(what, u_errorName(status));
}

/* Writes s[0..n) without its surrounding spaces, as one line; nothing if blank. */
static void put_sentence(const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0)
		return;
	fwrite(s, 1, n, stdout);
	putchar('\n');
}

int main(int argc, char **argv)
{
	UErrorCode status = U_ZERO_ERROR;
	UText text = UTEXT_INITIALIZER;
	UBreakIterator *bi;
	FILE *in = stdin;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int32_t start, end;

	if (argc > 2) {
		fputs("usage: icu-seg [file]\n", stderr);
		return 2;
	}
	if (argc == 2 && !(in = fopen(argv[1], "r")))
		die(argv[1], strerror(errno));
	bi = ubrk_open(UBRK_SENTENCE, "vi", NULL, 0, &status);
	check(status, "ubrk_open");

	while ((len = getline(&line, &cap, in)) > 0) {
		/* A newline is a hard break for ICU too; leave it out of the text. */
		if (line[len - 1] == '\n')
			len--;
		utext_openUTF8(&text, line, len, &status);
		check(status, "utext_openUTF8");
		ubrk_setUText(bi, &text, &status);
		check(status, "ubrk_setUText");
		start = ubrk_first(bi);
		while ((end = ubrk_next(bi)) != UBRK_DONE) {
			put_sentence(line + start, (size_t)(end - start));
			start = end;
		}
	}
	if (ferror(in))
		die(argc == 2 ? argv[1] : "stdin", strerror(errno));
	ubrk_close(bi);
	utext_close(&text);
	free(line);
	if (fflush(stdout) != 0 || ferror(stdout))
		die("stdout", strerror(errno));
	return 0;
}
