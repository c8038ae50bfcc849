/* clean.h: the cleaning of a line of text, fed in pieces of any size: Unicode
 * spaces and control characters, decomposed letters, and one tone placement.
 *
 * Text goes in with clean_feed() (UTF-8, characters whole within a piece) and
 * comes out cleaned in buf.  What lies before clean_settled() will not change
 * any more and may be written and dropped with clean_take(), so a line of any
 * length streams through a buffer of bounded size. */
#ifndef VN_CLEAN_H
#define VN_CLEAN_H

#include <stdbool.h>
#include <stddef.h>

struct cleaner {
	bool modern;    /* tone style hoà, khoá, thuỷ instead of hòa, khóa, thủy */
	char *buf;      /* the line, cleaned so far */
	size_t len, cap;
	unsigned char state; /* where clean.c's automaton stands */
	size_t fence;   /* no word being read begins before it */
	/* The line and word being read, only while a character goes through
	 * clean.c's general rules: */
	size_t word;    /* where the letters being read begin, or CLEAN_NO_WORD */
	size_t last;    /* where the last character in buf begins */
	bool started;   /* something visible has been written on this line */
	bool space;     /* buf ends in a space, taken back if nothing visible follows */
	bool ascii;     /* the word is plain ASCII so far: it carries no tone */
	bool fixed;     /* never rewritten: it holds a combining mark that did
	                 * not compose, or is too long to be a syllable */
	bool pair;      /* past the first two vowels of a rhyme whose tone may
	                 * have to move: place_tone looks at the word's end */
};

#define CLEAN_NO_WORD ((size_t)-1)

/* False when out of memory. */
bool clean_init(struct cleaner *c, bool modern);
void clean_free(struct cleaner *c);

/* Starts a new line. */
void clean_start(struct cleaner *c);
/* Feeds n bytes; exits when out of memory, unless clean_room(c, n) has
 * made the room first. */
void clean_feed(struct cleaner *c, const char *s, size_t n);
/* Makes room in buf for feeding n bytes: false, c unchanged, when out of memory. */
bool clean_room(struct cleaner *c, size_t n);
/* Ends the line: buf holds the rest of it, trimmed. */
void clean_end(struct cleaner *c);

/* How many bytes at the start of buf are final. */
size_t clean_settled(struct cleaner *c);
/* Drops the first n settled bytes of buf. */
void clean_take(struct cleaner *c, size_t n);

#endif
