/* digest.h: one record for a whole article, from every recogniser of the
 * shared layer run over it in one pass: the event it reports (its kind and
 * subject, its date and who held it), the people with the parts they play,
 * the awards added up per award and giver, the documents cited, the
 * statistics reported, and what the page says about itself (title, stamp,
 * source, author). A photo caption that repeats the body adds nothing.
 *
 * The page's lines go through vn-meta's reader (common/meta.c), which tells
 * the body from the title, the captions and the chrome; the body's lines are
 * split into sentences, and each sentence goes to vn-person's, vn-award's,
 * vn-ref's and vn-num's recognisers and to the event and figure readers.
 * The sentences wait in a batch of up to 512 (256 KB) and each recogniser
 * reads the whole batch before the next: their code and tables are too
 * big to stay in the processor's caches side by side, sentence by sentence. */
#ifndef VN_DIGEST_H
#define VN_DIGEST_H

#include <stdbool.h>
#include <stddef.h>

#include "chrome.h"
#include "clean.h"
#include "event.h"
#include "figure.h"
#include "finding.h"
#include "meta.h"
#include "person.h"
#include "ref.h"
#include "stamp.h"
#include "tally.h"
#include "temporal.h"

enum {
	DIGEST_PEOPLE = 64,  /* people kept of an article; more are left out */
	DIGEST_REFS = 64,    /* documents cited kept */
	DIGEST_STATS = 64,   /* statistics kept of the body, and as many of the captions */
	DIGEST_TEXT = 4096,  /* bytes kept of the event's sentence: TEXT */
	DIGEST_BARE = TALLY_ROWS, /* awards said with no giver, where kept */
	DIGEST_POOL = 1 << 17, /* bytes of everything else kept of an article */
	SENTENCE_RECIPIENTS = AWARD_MAX * AWARD_PARTS, /* kept of one sentence */
	DIGEST_RECIPIENTS = 4 * SENTENCE_RECIPIENTS,    /* of a batch */
	BATCH_SENTENCES = 512,  /* sentences read by each recogniser in turn */
	BATCH_BYTES = 1 << 18, /* their text */
};

/* Sentences waiting to be read, in the article's order. */
struct batch {
	struct batched {
		const char *text;
		size_t len;
		long line, sent;
		bool caption;
		size_t recipients, recipients_end; /* its awards' in digest.recipients */
	} s[BATCH_SENTENCES];
	size_t n, used;
	char text[BATCH_BYTES];
};

struct digest_person {
	struct piece name, title; /* title: the longest chain seen */
	unsigned char roles[PERSON_ROLES];
	size_t nroles;
};

struct digest_ref {
	struct piece value, text, type, issuer, date, term, subject;
};

struct digest_stat {
	const char *kind; /* quantity_kind_names */
	struct piece value, unit, what, phrase;
	long line, sent;
};

struct digest_stats {
	struct digest_stat stat[DIGEST_STATS];
	size_t n;
};

struct digest {
	/* Set once by digest_init. */
	struct cleaner cleaner;
	struct chrome chrome;
	struct meta meta;
	struct ref_context refs_read;
	struct ref_context dates_cited; /* the citations of the event's sentence, read apart */
	struct person_doc people_read;
	struct stamp stamp; /* the first full date of the first sentences */
	char *window;       /* SENTENCE_MAX bytes: a long line being split */
	struct batch batch;

	/* The article being read. */
	bool lines;         /* it had a line */
	long first_line;
	bool in_caption;    /* the sentences being read are a caption's */
	struct meta_catalogue catalogue;
	struct {
		int rank; /* how much the sentence it was found in tells; 0: no event */
		long line, sent;
		struct event e;
		struct piece value, organizer;
		char text[DIGEST_TEXT];
		size_t text_len;
		bool dated;
		struct temporal date; /* the first date of its sentence */
	} event;
	/* The first date of the body's first sentence, for an event the title
	 * alone names: lead_read once that sentence is read. */
	bool lead_read, lead_dated;
	struct temporal lead_date;
	struct digest_person people[DIGEST_PEOPLE];
	size_t npeople;
	struct tally awards, caption_awards;
	/* Where the body gives each award with no giver: in one sentence
	 * (line, sent), or in more (elsewhere). */
	struct {
		char value[AWARD_VALUE_MAX];
		long line, sent;
		bool elsewhere;
	} bare[DIGEST_BARE];
	size_t nbare;
	struct digest_ref refs[DIGEST_REFS];
	size_t nrefs;
	struct digest_stats stats, caption_stats;
	/* Recipients of the awards of the batch's sentences, whose counts are
	 * no statistics. */
	struct span recipients[DIGEST_RECIPIENTS];
	size_t nrecipients;
	struct figure_reader figures; /* of the sentence being read */
	char pool[DIGEST_POOL];
	size_t pooled;
};

/* A digest set up; once. NULL when out of memory. */
struct digest *digest_new(void);
void digest_free(struct digest *d);

/* An article begins; one line of the page, cleaned as vn-clean cleans it
 * (d->cleaner does), at most META_LINE_MAX bytes; a longer line, which is
 * body, its cleaned text read in pieces from read(src, out, cap) until it
 * gives 0; a record of a record stream, a sentence (sent > 0) or a
 * paragraph (sent 0), read the same way and taken as body: there is no
 * title, stamp or caption to tell then; the article ends. */
void digest_begin(struct digest *d);
void digest_line(struct digest *d, long line, const char *s, size_t n);
void digest_long_line(struct digest *d, long line, size_t (*read)(void *src, char *out, size_t cap),
		      void *src);
void digest_record(struct digest *d, long line, long sent,
		   size_t (*read)(void *src, char *out, size_t cap), void *src);
void digest_end(struct digest *d);

/* Its fields after TEXT, for -H and -j: DATE ORGANIZER PEOPLE AWARDS REFS STATS. */
extern const struct columns digest_columns;

/* The article's record: DOC LOC event VALUE TEXT DATE ORGANIZER PEOPLE
 * AWARDS REFS STATS; with -j one JSON object with arrays of objects and the
 * page's meta. Nothing for an article without a line. */
void digest_write(const struct digest *d, const char *doc);

#endif
