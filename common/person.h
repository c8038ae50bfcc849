/* person.h: the people a Vietnamese sentence names, with their titles.
 *
 * Two levels. The chunker, person_at: given the tokens of a sentence and a
 * token, the mention of a person that starts there: the name, the titles
 * before it ("Bí thư Tỉnh ủy Bắc Giang Dương Văn Thái") and after it
 * ("Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"),
 * "đồng chí", "ông" or "bà" before them; or a title alone ("Bí thư Tỉnh ủy
 * phát biểu"). Any recogniser that reads people (vn-award's givers and
 * recipients) reads them through it.
 *
 * And the recogniser vn-person runs: each mention of a document with the
 * part the person plays in its sentence (the verb that governs it), the
 * bylines and photo credits, later mentions by title alone or by a given
 * name resolved to the person named earlier, and the people of the
 * document kept in bounded memory for the -s summary. */
#ifndef VN_PERSON_H
#define VN_PERSON_H

#include <stdbool.h>
#include <stddef.h>

#include "chrome.h"
#include "token.h"

/* Titles kept of one mention; more are left out. */
enum { PERSON_TITLES = 8 };

struct person_mention {
	int start, end;     /* the mention's tokens, from its first title word or honorific */
	int name, name_end; /* the name's tokens; both end for a title alone */
	int ntitles;
	struct {
		int start, end; /* a title with its body ("Chủ tịch HĐND tỉnh"), "nguyên" included */
	} title[PERSON_TITLES];
	bool honorific;     /* starts with "đồng chí", "ông", "bà", "anh", "chị" */
};

/* Flags of person_at. PERSON_CAPS: the sentence is written in capitals
 * (person_all_caps), where a name is known by its family name after an
 * honorific or a title. PERSON_FIRST: the tokens begin the sentence, so a
 * name before a colon may open a line "Name: titles"; PERSON_WHOLE: they
 * run to its end, so such a line can be told from a quote "Name: ...". */
enum { PERSON_CAPS = 1, PERSON_WHOLE = 2, PERSON_FIRST = 4 };

/* Whether most words of the tokens are written in capitals throughout. */
bool person_all_caps(const struct tokens *x);

/* The mention of a person that starts at token i and ends by token end:
 * fills *m and returns its tokens (m->end - i), or 0 when none starts
 * there. A place or body named after a person is none ("TP. Hồ Chí Minh",
 * "đường Lê Lợi", "Trường THPT Nguyễn Du"); a province or city between a
 * title and a name is the title's ("Bí thư Tỉnh ủy Bắc Giang"). */
int person_at(const struct tokens *x, int i, int end, unsigned flags, struct person_mention *m);

/* Writes the name that the bytes s[start..end) spell, each syllable
 * capitalised ("NGUYỄN VĂN AN" is "Nguyễn Văn An"), composed to NFC, one
 * space between words, into out (cap bytes, NUL-terminated, cut at a
 * character); returns its length. */
size_t person_name(const char *s, size_t start, size_t end, char *out, size_t cap);

/* ---- The recogniser ---- */

enum person_role {
	PERSON_NO_ROLE, PERSON_CHAIR, PERSON_ATTEND, PERSON_SPEAK, PERSON_PRESENT,
	PERSON_RECEIVE, PERSON_AUTHOR, PERSON_PHOTO, PERSON_ROLES
};
/* "", "chair", "attend", "speak", "present", "receive", "author", "photo". */
extern const char *const person_role_names[PERSON_ROLES];

enum {
	PERSON_NAME_MAX = 96,   /* bytes of a NAME, its NUL included */
	PERSON_CHAIN_MAX = 512, /* bytes of the titles kept of a person */
	PERSON_PEOPLE = 128,    /* people kept of a document */
	PERSON_LINE_MAX = 160,  /* bytes of a line held as a possible byline */
	PERSON_HELD = 64,       /* hashes of titles kept of a person */
	PERSON_NEAR = 100,      /* lines back a given name after ông or bà reaches */
};

/* A mention found: what it points to lives until the callback returns. */
struct person {
	long line, sent;
	const char *s;      /* the sentence the spans are in */
	const char *name;   /* NAME */
	struct span text;   /* the mention as written */
	struct span title[PERSON_TITLES];
	size_t ntitles;
	enum person_role role;
	enum person_role also; /* a second verb's: "dự và phát biểu" is attend, speak */
	bool honorific;     /* the mention began with "đồng chí", "ông", "bà" ... */
};

/* A person of the document. */
struct person_known {
	char name[PERSON_NAME_MAX];
	unsigned name_hash;            /* tok_hash of name: most are told apart by it */
	char chain[PERSON_CHAIN_MAX];  /* the longest chain of titles seen, "; " between them */
	size_t chain_len;
	/* The titles seen, by the hash of each in lower case and of each of
	 * its first words (what "Bí thư Tỉnh ủy" alone may stand for). */
	unsigned held[PERSON_HELD];
	size_t nheld;
	unsigned char roles[PERSON_ROLES]; /* the roles in order of first appearance */
	size_t nroles;
	unsigned long mentions;
	unsigned long last;            /* when last named, to take the latest of two */
	long line;                     /* the line last named on */
	bool formal;                   /* named once with a title or an honorific */
};

/* The names of a line that is names alone: "Thu Hà", "Thu Hà - Minh Anh";
 * surname: a name even if the line is no byline. */
enum { PERSON_LINE_NAMES = 2 };
struct person_line {
	struct span name[PERSON_LINE_NAMES];
	bool surname[PERSON_LINE_NAMES];
	bool place[PERSON_LINE_NAMES]; /* all of it a place's name: a byline's name only */
	int n;
};

struct person_doc {
	void (*found)(const struct person *p, void *ctx);
	/* Called when the table of people is full, before it is emptied, and
	 * by person_doc_end: for a summary of the people so far. May be NULL. */
	void (*full)(const struct person_doc *d, void *ctx);
	void *ctx;
	struct person_known people[PERSON_PEOPLE];
	size_t npeople;
	unsigned long clock;
	/* Under a heading that names places ("== Các tuyến đường chính ==",
	 * "Các xã:"), lines of a name alone are those places, until a long line
	 * or another heading; under "Xem thêm", "Đọc thêm", they are links, no
	 * byline. */
	bool listing_places, see_also;
	/* A line opened by "PV:", "Phóng viên:" or "Hỏi:" makes the document
	 * an interview, whose lines "X: ..." are X's words. */
	bool interview;
	/* Whether a sentence ended with a full stop, a question or an
	 * exclamation mark before: past the page's header, whose title,
	 * stamp and byline end with none. */
	bool prose_seen;
	/* The part a heading gives the people of the items under it, each
	 * a line opened by a list's mark or after one that ends with a colon
	 * or a semicolon ("Tham dự hội nghị có:", then "- Đồng chí A, ...;"):
	 * an enum person_role, 0 for none; and whether the line before ended
	 * so. */
	unsigned char list_role;
	bool list_goes_on;
	/* The page's chrome, when the program reads it (NULL when not): a
	 * list of other articles ("Tin liên quan") after the held line ends
	 * the article, which that line closes as its byline. Asked for, with
	 * ctx, only when a line is held, as it may cost a cleaner to build. */
	struct chrome *(*chrome)(void *ctx);
	/* A line that is a name alone, held until what follows says whether
	 * it ends the article or heads it (a byline) or not. */
	struct {
		bool held;
		long line;
		char text[PERSON_LINE_MAX];
		struct person_line names;
	} byline;
};

/* Starts a document: no people known yet. */
void person_doc_start(struct person_doc *d);
/* Reads one sentence of the document (s[0..n), line and sentence number as
 * in its LOC), calling d->found for each mention, in the order they stand
 * (a held byline comes before what follows it). */
void person_sentence(struct person_doc *d, long line, long sent, const char *s, size_t n);
/* Ends the document: the held byline, then d->full for the summary. */
void person_doc_end(struct person_doc *d);

#endif
