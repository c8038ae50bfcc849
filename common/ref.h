/* ref.h: finds the documents one Vietnamese sentence cites (Chỉ thị số
 * 05-CT/TW, Nghị quyết Trung ương 4 khóa XII, Luật Đất đai năm 2013), each
 * under a key that is the same however it is written, with who issued it,
 * when, in which term and about what. */
#ifndef VN_REF_H
#define VN_REF_H

#include <stdbool.h>
#include <stddef.h>

#include "clean.h"
#include "token.h"

enum {
	REF_VALUE_MAX = 160, /* bytes of a VALUE, its NUL included */
	REF_MAX = 64,        /* citations kept of one sentence */
	REF_TERMS = 8,       /* terms kept of one citation: "khóa XI, khóa XII" */
	REF_REMEMBERED = 32, /* symbols a document's later citations may take up */
};

/* A citation as found: what it points to lives until the callback returns. */
struct ref {
	struct span text;    /* the document as it stands: "Chỉ thị số 05-CT/TW" */
	const char *value;   /* the key: "05-CT/TW", "Nghị quyết Trung ương 4 khóa XII" */
	const char *type;    /* "Chỉ thị", "Luật" */
	struct span issuer;  /* "Bộ Chính trị"; len 0 when not said */
	const char *date;    /* "2019-01-21", "2013"; "" when not said */
	const char *term;    /* "XIII"; "" when not said */
	struct span subject; /* what follows "về"; len 0 when not said */
};

/* What a document's citations carry over to its later ones, and a cleaner
 * for the names in a VALUE: "Chỉ thị số 05-CT/TW" then "Chỉ thị 05" is
 * 05-CT/TW both times. */
struct ref_context {
	struct remembered {
		size_t type;                /* in doctypes */
		char number[16];            /* the number, without leading zeros */
		char symbol[REF_VALUE_MAX];
	} remembered[REF_REMEMBERED];
	size_t nremembered, next;
	struct cleaner cleaner;
};

void ref_context_init(struct ref_context *c);
void ref_context_free(struct ref_context *c);
/* A new document begins: forgets what the last one cited. */
void ref_forget(struct ref_context *c);

/* Whether s[0..n) may cite a document; a cheap test before ref_find. */
bool ref_maybe(const char *s, size_t n);

/*
 * Calls found on each document the sentence s[0..n) cites, in the order
 * they stand, at most REF_MAX of them (a plenum's resolution once for each
 * term it is named with); returns how many there were. Generic mentions
 * ("các nghị quyết của Đảng"), a number that counts something ("Kế hoạch
 * 5 năm") and phone numbers are not citations.
 */
size_t ref_find(const char *s, size_t n, struct ref_context *c,
		void (*found)(const struct ref *r, void *ctx), void *ctx);

#endif
