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

/* A list of phrases (at most PHRASE_LIST_MAX), matched with one look at the
 * byte it starts with: the index by first byte is built on first use. */
enum { PHRASE_LIST_MAX = 512 };
struct phrase_list {
	const char *const *phrases;
	size_t n;
	bool indexed;
	unsigned short order[PHRASE_LIST_MAX]; /* the phrases by first byte, */
	unsigned short from[256], to[256]; /* and where each byte's run is in order */
	unsigned char second[PHRASE_LIST_MAX]; /* each one's second byte (0: a space or none) */
};
#define PHRASE_LIST(array) {(array), sizeof(array) / sizeof((array)[0]), false, {0}, {0}, {0}, {0}}

/* The first phrase of the list that stands at s + i: the end of the match,
 * and its index in *which (when which is not NULL); 0 when none does. */
size_t match_list(const char *s, size_t n, size_t i, struct phrase_list *l, size_t *which);

/* Where the word before s + i starts, when only spaces part it from i;
 * (size_t)-1 when i follows no word. */
size_t word_before(const char *s, size_t i);

/* Where the word at s + i ends: past its word characters (vn_word_char_len);
 * i itself when none starts there. */
size_t word_end(const char *s, size_t n, size_t i);

#endif
