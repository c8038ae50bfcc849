/* Fuzz target: the phrase filter of token.c says yes exactly where one of its
 * phrases stands, and the tokenizer keeps its tokens inside the text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/token.h"
#include "../common/utf8.h"
#include "../common/vietnamese.h"

static const char *const phrases[] = {
	"huân chương", "bằng khen", "cờ thi đua", "anh hùng lao động", "nhà giáo nhân dân",
	"chiến sĩ thi đua", "danh hiệu", "nghệ sĩ ưu tú", "đơn vị quyết thắng", "kỷ niệm chương",
};

/* Whether a phrase stands at a word's start somewhere in s. */
static bool anywhere(const char *s, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		if (vn_word_char_len_back(s, i))
			continue;
		for (k = 0; k < sizeof phrases / sizeof *phrases; k++)
			if (match_phrase(s, n, i, phrases[k]))
				return true;
	}
	return false;
}

/* The filter compares a word's letters after its first as they are: the
 * brute force is asked only where no capital stands inside a word. */
static bool inner_capital(const char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;
	int k;

	while (i < n) {
		k = u8_decode((const unsigned char *)s + i, n - i, &cp);
		if (k <= 0)
			k = 1;
		else if (vn_is_upper(cp) && vn_word_char_len_back(s, i))
			return true;
		i += (size_t)k;
	}
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct phrase_filter f;
	static struct tokens x;
	char *s = malloc(size ? size : 1);
	size_t k, stop;

	if (!f.nphrases)
		for (k = 0; k < sizeof phrases / sizeof *phrases; k++)
			filter_add(&f, phrases[k]);
	if (!f.nbytes)
		filter_ready(&f);
	memcpy(s, data, size);
	if (!inner_capital(s, size) && filter_maybe(&f, s, size) != anywhere(s, size))
		abort();
	stop = tokenize(&x, s, 0, size);
	if (stop > size || x.n < 0 || x.n > TOKEN_MAX)
		abort();
	for (k = 0; k < (size_t)x.n; k++)
		if (x.t[k].start >= x.t[k].end || x.t[k].end > stop)
			abort();
	free(s);
	return 0;
}
