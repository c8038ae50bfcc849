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
#include <stdint.h>

/* ---- On the bytes ---- */

/* match_phrase past the test of its first byte, which match_phrase makes
 * inline, as most tries end there. */
size_t match_phrase_rest(const char *s, size_t n, size_t i, const char *p);

/* Whether the phrase p (lower case, its words one space apart) stands at
 * s + i, in any letter case, each space of p standing for one or more
 * spaces, and ending where a word ends: the end of the match, or 0. */
static inline size_t match_phrase(const char *s, size_t n, size_t i, const char *p)
{
	unsigned char c = (unsigned char)*p, b;

	/* No character lowers to an ASCII letter but that letter in capitals,
	 * nor an ASCII one to a character outside ASCII. */
	if (i >= n)
		return 0;
	b = (unsigned char)s[i];
	if (c >= 'a' && c <= 'z' ? (b | 0x20) != c : c >= 0x80 && b < 0x80)
		return 0;
	return match_phrase_rest(s, n, i, p);
}

/* Where the phrase p ends at s + i (as match_phrase, backwards): where it
 * begins, or (size_t)-1; the word before it must end there too. */
size_t match_phrase_back(const char *s, size_t i, const char *p);

/* A list of phrases (at most PHRASE_LIST_MAX), matched with one look at the byte it starts with: the
 * index by first byte is built on first use. */
enum { PHRASE_LIST_MAX = 640, FIRST_HASH_BITS = 1024 };
struct phrase_list {
	const char *const *phrases;
	size_t n;
	bool indexed;
	unsigned short order[PHRASE_LIST_MAX]; /* the phrases by first byte, */
	struct { unsigned short from, to; } runs[256]; /* where each byte's run is in order, */
	/* and what each one's first eight bytes must be, side by side as they
	 * are read together */
	struct phrase_prefix { uint64_t bits, mask; } prefix[PHRASE_LIST_MAX];
	/* The same past the first space, as one ' ', and where that space is
	 * (0 for none within the eight bytes, or none with a byte after it) */
	struct phrase_prefix spaced[PHRASE_LIST_MAX];
	unsigned char space_at[PHRASE_LIST_MAX];
	/* tok_hash of each one's first word, which a token's hash must be, and
	 * a bit for each of those hashes of FIRST_HASH_BITS: a quick no for a
	 * token that begins none */
	unsigned first_hash[PHRASE_LIST_MAX];
	uint64_t first_hashes[FIRST_HASH_BITS / 64];
	/* A long run is looked at by its second byte too: where in a table
	 * shared by the lists (+ 1; 0 for a run read whole) are the phrases of
	 * the run that may have each value of that byte's low six bits */
	uint32_t by_second[256];
};
#define PHRASE_LIST(array) {.phrases = (array), .n = sizeof(array) / sizeof((array)[0])}

/* The first phrase of the list that stands at s + i: the end of the match,
 * and its index in *which (when which is not NULL); 0 when none does. */
size_t match_list(const char *s, size_t n, size_t i, struct phrase_list *l, size_t *which);

/* The first four bytes of a phrase as a mask and the bits they must have
 * under it (four bytes of text loaded with memcpy, in the machine's order)
 * where the text holds the phrase in any letter case: each byte keeps the
 * bits its letter has in every capital that vn_to_lower lowers to it; the
 * bytes from a space (any spaces) or the phrase's end on, or past a capital
 * of another length, say nothing. */
void phrase_bytes(const char *p, uint32_t *bits, uint32_t *mask);

/* Whether a phrase of the list may start with the byte b (one look at its
 * index): what a scan asks before it tries the list at a word. */
bool list_may_start(struct phrase_list *l, unsigned char b);

/* Where the word before s + i starts, when only spaces part it from i;
 * (size_t)-1 when i follows no word. */
size_t word_before(const char *s, size_t i);

/* Where the word at s + i ends: past its word characters (vn_word_char_len);
 * i itself when none starts there. */
size_t word_end(const char *s, size_t n, size_t i);

/* A quick test, before a recogniser reads a sentence, that it may hold one of
 * a list of phrases: memchr looks for a rare byte of a word of each phrase;
 * where one stands, its word is compared, and only where that word stands
 * are its phrases matched. The words and bytes are chosen from the phrases
 * themselves (filter_add) and byte-freq.h, so the list is the only thing
 * written. The letters of a word after its first are compared as they
 * are: "BẰNG KHEN" in capitals throughout is not looked for. */
enum { FILTER_PHRASES = 64 };

struct phrase_filter {
	struct filter_word {
		const char *word;        /* in one of the phrases */
		size_t len, first, at;   /* its length, its first letter's, where its rare byte is */
		unsigned char next;      /* the next word with the same rare byte, plus one */
		unsigned char phrases;   /* its first phrase, plus one */
	} words[FILTER_PHRASES];
	struct filter_phrase {
		const char *phrase;      /* lower case, kept as given */
		size_t word;             /* where its word with the rare byte begins */
		size_t words_before;     /* how many words come before that one, */
		size_t size;             /* its length, at most 64 bytes, */
		unsigned long long letters; /* a bit for each byte of a word's first letter, */
		unsigned char next;      /* and the next phrase of the same word, plus one */
	} phrases[FILTER_PHRASES];
	size_t nwords, nphrases;
	unsigned char with[256];     /* the first word with each rare byte, plus one */
	/* For each rare byte, the bytes that may follow it in its words and
	 * those that may stand before it (the last of its first letter in
	 * either case, when it comes just after that letter): a bit for each,
	 * so that most hits end after two looks. */
	unsigned char follow[256][32], precede[256][32];
	unsigned char bytes[FILTER_PHRASES]; /* the rare bytes, each once, in byte order */
	size_t nbytes;
};

/* Adds a phrase (lower case, words one space apart, a string that lives as
 * long as the filter) to it. */
void filter_add(struct phrase_filter *f, const char *phrase);
/* Chooses the words and bytes to look for, once every phrase is added. */
void filter_ready(struct phrase_filter *f);
/* Whether s[0..n) may hold one of the phrases added. */
bool filter_maybe(const struct phrase_filter *f, const char *s, size_t n);

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
	/* tok_hash of low, for a word of at most TOKEN_LOW_MAX bytes; else 0:
	 * a lexicon looks a word up by it without hashing it again. */
	unsigned hash;
	/* The number tok_word_add gave the word, or 0 (a mark, a word no
	 * lexicon filed): what a lexicon reads instead of the word's bytes. */
	unsigned short word;
	/* The bits the lexicon marked the word with (tok_word_mark), which of
	 * its lists a phrase beginning with it is in: a quick no where none is
	 * set. Every bit for a word read before the lexicon marked its words
	 * (tok_words_marked), which says nothing; none for a mark. */
	uint64_t marks;
};

/* The hash of a word's lower case (FNV-1a). */
static inline unsigned tok_hash(const unsigned char *s, size_t n)
{
	unsigned h = 2166136261u;

	while (n--)
		h = (h ^ *s++) * 16777619u;
	return h;
}

struct tokens {
	const char *s;
	struct token t[TOKEN_MAX];
	int n;
	/* How many words were filed (tok_word_add) when tokenize filled the
	 * tokens: a word filed later is not noted on them (tok_word_find). */
	unsigned filed;
};

/* ---- The words lexicons know ----
 * A lexicon files the words of its phrases here, and tokenize notes on each
 * word it reads the number of the one it is (struct token's word), with one
 * look-up as the word ends: a lexicon then answers what each of its lists
 * holds at a token from that number, never comparing the word's bytes. */
enum { TOK_WORDS_MAX = 4095 };

/* Files the lower-case word w (n bytes, at most TOKEN_LOW_MAX): its number,
 * from 1, the same each time for the same word. */
unsigned tok_word_add(const char *w, size_t n);
/* The number of the lower-case word low (n bytes, tok_hash h), or 0 when
 * it is not filed or longer than TOKEN_LOW_MAX. */
unsigned tok_word_find(const unsigned char *low, size_t n, unsigned h);
/* How many words are filed. */
unsigned tok_words_filed(void);
/* Marks the word numbered word with bits for tokenize to note. */
void tok_word_mark(unsigned word, uint64_t marks);
/* Says that the words are filed and marked: a word not filed is marked
 * with no bit from then on, rather than with every bit. */
void tok_words_marked(void);

/* Splits s[from..n) into at most TOKEN_MAX tokens; returns where it stopped.
 * A token is a run of bytes without a space or a mark; marks inside a
 * number or a code ("2016-2020", "05-CT/TW", "1.200", "98,35") stay in it. */
size_t tokenize(struct tokens *x, const char *s, size_t from, size_t n);

/* tokenize, for a sentence read in pieces: when it goes on past TOKEN_MAX
 * tokens, the piece ends at its last ';' or '.' in its second half, so that
 * a clause stays whole. Returns where the next piece starts. */
size_t tokenize_clauses(struct tokens *x, const char *s, size_t from, size_t n);

/* i within the tokens, 0 <= i < x->n, by one unsigned compare. */
static inline bool tok_within(const struct tokens *x, int i)
{
	return (unsigned)i < (unsigned)x->n;
}

static inline bool tok_is_word(const struct tokens *x, int i)
{
	return tok_within(x, i) && !x->t[i].punct;
}

static inline bool tok_is_punct(const struct tokens *x, int i, char mark)
{
	return tok_within(x, i) && x->t[i].punct == mark;
}

/* The matchers below are inline: the recognisers call them at nearly every token. */

/* Whether token i is the first word of w (lower case, up to a space or the
 * end), letter case aside; *rest is then where that word of w ends. */
static inline bool tok_starts(const struct tokens *x, int i, const char *w, const char **rest)
{
	const struct token *t;
	size_t j, n;

	if (!tok_is_word(x, i))
		return false;
	t = &x->t[i];
	n = t->end - t->start;
	if (n > TOKEN_LOW_MAX)
		return false;
	/* t->low has no space and no NUL: a match stops within the word of w. */
	for (j = 0; j < n; j++)
		if (t->low[j] != (unsigned char)w[j])
			return false;
	*rest = w + n;
	return w[n] == ' ' || !w[n];
}

/* Whether token i is the lower-case word w. */
static inline bool tok_is(const struct tokens *x, int i, const char *w)
{
	const char *rest;

	return tok_is_word(x, i) && x->t[i].low[0] == (unsigned char)w[0] &&
	       tok_starts(x, i, w, &rest) && !*rest;
}

/* Tokens the lower-case phrase (words one space apart) covers at token i, or 0. */
static inline int tok_phrase(const struct tokens *x, int i, const char *phrase)
{
	int k = 0;

	/* Most words differ in their first byte: a quick no. */
	if (!tok_is_word(x, i) || x->t[i].low[0] != (unsigned char)phrase[0])
		return 0;
	for (;;) {
		if (!tok_starts(x, i + k, phrase, &phrase))
			return 0;
		k++;
		if (!*phrase)
			return k;
		phrase++;
	}
}

/* The first phrase of the list at token i: its tokens, and its index in
 * *which (when which is not NULL); 0 when none is there. */
static inline int tok_list(const struct tokens *x, int i, const char *const *list, size_t n, size_t *which)
{
	size_t k;
	int m;

	if (!tok_is_word(x, i))
		return 0;
	/* The first bytes are compared here: most phrases end there. */
	for (k = 0; k < n; k++)
		if (x->t[i].low[0] == (unsigned char)list[k][0] && (m = tok_phrase(x, i, list[k]))) {
			if (which)
				*which = k;
			return m;
		}
	return 0;
}

/* tok_list on a phrase_list: only the phrases that begin with the token's
 * first byte are tried (the index is built on first use). */
int tok_match_list(const struct tokens *x, int i, struct phrase_list *l, size_t *which);

/* Tokens of a phrase of the list that ends just before token b and starts at a or later, or 0. */
int tok_list_before(const struct tokens *x, int a, int b, const char *const *list, size_t n);
/* tok_list on a list that is an array. */
#define TOK_IN(x, i, array) tok_list((x), (i), (array), sizeof(array) / sizeof((array)[0]), NULL)

/* The span of the sentence that tokens a..b-1 cover (empty when b <= a). */
struct span tok_span(const struct tokens *x, int a, int b);

#endif
