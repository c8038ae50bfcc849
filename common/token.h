/* token.h: the words of a sentence, the one way every recogniser reads them.
 *
 * Two levels. On the bytes of a sentence: whether a phrase stands at an
 * offset, in any letter case and with any spaces between its words, and
 * where the word before an offset starts; for the recognisers that scan
 * every byte (dates, numbers). And the sentence split into tokens (words
 * and marks, each word with its lower case and whether it is capitalised),
 * with phrases and lists matched forwards and backwards over them; for the
 * recognisers that read clauses (awards, people, citations). */
#ifndef VN_TOKEN_H
#define VN_TOKEN_H

#include <stdbool.h>
#include <stddef.h>

/* ---- On the bytes ---- */

/* Whether the phrase p (lower case, its words one space apart) stands at
 * s + i, in any letter case, each space of p standing for one or more
 * spaces, and ending where a word ends: the end of the match, or 0. */
size_t match_phrase(const char *s, size_t n, size_t i, const char *p);

/* Where the phrase p ends at s + i (as match_phrase, backwards): where it
 * begins, or (size_t)-1; the word before it must end there too. */
size_t match_phrase_back(const char *s, size_t i, const char *p);

/* A list of phrases, matched with one look at the byte it starts with: the
 * index by first byte is built on first use. */
struct phrase_list {
	const char *const *phrases;
	size_t n;
	bool indexed;
	unsigned short order[256]; /* the phrases by first byte, */
	unsigned char from[256], to[256]; /* and where each byte's run is in order */
};
#define PHRASE_LIST(array) {(array), sizeof(array) / sizeof((array)[0]), false, {0}, {0}, {0}}

/* The first phrase of the list that stands at s + i: the end of the match,
 * and its index in *which (when which is not NULL); 0 when none does. */
size_t match_list(const char *s, size_t n, size_t i, struct phrase_list *l, size_t *which);

/* Where the word before s + i starts, when only spaces part it from i;
 * (size_t)-1 when i follows no word. */
size_t word_before(const char *s, size_t i);

/* ---- The sentence as tokens ---- */

/* Tokens split at once; a longer sentence is read in pieces. */
enum { TOKEN_MAX = 512 };
/* Bytes of a word kept in lower case: no word looked for is longer. */
enum { TOKEN_LOW_MAX = 16 };

/* A span of the sentence: offset and length in bytes. */
struct span {
	size_t start, len;
};

struct token {
	size_t start, end;
	/* 0 for a word; otherwise the mark: , ; : . ( ) " -, o for an opening
	 * quote and c for a closing one (“ ‘ « and ” ’ »). */
	char punct;
	bool upper; /* a word that starts with a capital */
	bool sep;   /* , ; "và" or "cùng": what separates the parts of a list */
	/* Free for the recogniser reading the tokens to note what it learnt of
	 * one (that it starts no award, say); tokenize sets it to 0. */
	unsigned char memo;
	/* A word of at most TOKEN_LOW_MAX bytes in lower case, byte for byte
	 * (the lower case of a letter is as long as it); 0xFF for a byte that
	 * is no character, and for NUL, so that it matches no word. */
	unsigned char low[TOKEN_LOW_MAX + 3];
};

struct tokens {
	const char *s;
	struct token t[TOKEN_MAX];
	int n;
};

/* Splits s[from..n) into at most TOKEN_MAX tokens; returns where it stopped.
 * A token is a run of bytes without a space or a mark; marks inside a
 * number or a code ("2016-2020", "05-CT/TW", "1.200", "98,35") stay in it. */
size_t tokenize(struct tokens *x, const char *s, size_t from, size_t n);

bool tok_is_word(const struct tokens *x, int i);
bool tok_is_punct(const struct tokens *x, int i, char mark);
/* Whether token i is the lower-case word w. */
bool tok_is(const struct tokens *x, int i, const char *w);
/* Tokens the lower-case phrase (words one space apart) covers at token i, or 0. */
int tok_phrase(const struct tokens *x, int i, const char *phrase);
/* The first phrase of the list at token i: its tokens, and its index in
 * *which (when which is not NULL); 0 when none is there. */
int tok_list(const struct tokens *x, int i, const char *const *list, size_t n, size_t *which);
/* Tokens of a phrase of the list that ends just before token b and starts at a or later, or 0. */
int tok_list_before(const struct tokens *x, int a, int b, const char *const *list, size_t n);
/* tok_list on a list that is an array. */
#define TOK_IN(x, i, array) tok_list((x), (i), (array), sizeof(array) / sizeof((array)[0]), NULL)

/* The span of the sentence that tokens a..b-1 cover (empty when b <= a). */
struct span tok_span(const struct tokens *x, int a, int b);

#endif
