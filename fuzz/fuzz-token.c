/* Fuzz target: the phrase filter of token.c says yes exactly where one of its
 * phrases stands, match_phrase answers as a slow decoding matcher does,
 * tok_match_list as tok_list does, and the tokenizer keeps its tokens
 * inside the text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/token.h"
#include "../common/utf8.h"
#include "../common/vietnamese.h"

static const char *const phrases[] = {
	"huân chương", "bằng khen", "cờ thi đua", "anh hùng lao động", "nhà giáo nhân dân",
	"chiến sĩ thi đua", "danh hiệu", "nghệ sĩ ưu tú", "đơn vị quyết thắng", "kỷ niệm chương",
	"nghị quyết", "điều lệ", "hiến pháp", "chỉ thị", "thông tư", "ủy ban",
};
static struct phrase_list list = PHRASE_LIST(phrases);

/* match_phrase the slow way: each character decoded and put in lower case,
 * each space of p one or more spaces, the match ending where a word ends. */
static size_t slow_match(const char *s, size_t n, size_t i, const char *p)
{
	uint32_t a, b;
	int k, l;

	while (*p) {
		if (*p == ' ') {
			size_t j = vn_skip_spaces(s, n, i);
			if (j == i)
				return 0;
			i = j, p++;
			continue;
		}
		l = u8_decode((const unsigned char *)p, strlen(p), &b);
		if (i >= n || (k = u8_decode((const unsigned char *)s + i, n - i, &a)) <= 0 || l <= 0 ||
		    vn_to_lower(a) != b)
			return 0;
		i += (size_t)k, p += l;
	}
	return vn_word_char_len(s + i, n - i) ? 0 : i;
}

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
	size_t i, k, stop;

	if (!f.nphrases)
		for (k = 0; k < sizeof phrases / sizeof *phrases; k++)
			filter_add(&f, phrases[k]);
	if (!f.nbytes)
		filter_ready(&f);
	memcpy(s, data, size);
	if (!inner_capital(s, size) && filter_maybe(&f, s, size) != anywhere(s, size))
		abort();
	/* the quick answers of match_phrase are the slow ones */
	for (i = 0; i < size; i++)
		for (k = 0; k < sizeof phrases / sizeof *phrases; k++)
			if (match_phrase(s, size, i, phrases[k]) != slow_match(s, size, i, phrases[k]))
				abort();
	stop = tokenize(&x, s, 0, size);
	if (stop > size || x.n < 0 || x.n > TOKEN_MAX)
		abort();
	for (k = 0; k < (size_t)x.n; k++) {
		size_t a, b;
		int m1, m2;
		if (x.t[k].start >= x.t[k].end || x.t[k].end > stop)
			abort();
		/* tok_match_list, by the first byte's index, finds what tok_list does */
		m1 = tok_match_list(&x, (int)k, &list, &a);
		m2 = tok_list(&x, (int)k, phrases, sizeof phrases / sizeof *phrases, &b);
		if (m1 != m2 || (m1 && a != b))
			abort();
	}
	free(s);
	return 0;
}
