/* doctype.h: the kinds of document Vietnamese text cites (Nghị quyết, Chỉ
 * thị, Nghị định, Luật ...), the ways each is cited, and the codes their
 * symbols carry: the code of the kind ("CT" in 05-CT/TW, "NĐ" in
 * 91/2017/NĐ-CP) and, for the Party, the code of the body that issued it
 * ("TW", "BTCTW", "TU"). One table, for vn-ref, and for whatever must tell a
 * document's number from a quantity ("Quyết định 102" counts nothing). */
#ifndef VN_DOCTYPE_H
#define VN_DOCTYPE_H

#include <stdbool.h>
#include <stddef.h>

#include "token.h"

/* How a kind of document is cited; a kind may be cited several ways. */
enum doctype_form {
	DOCTYPE_NUMBERED = 1,     /* by number or symbol: "Chỉ thị số 05-CT/TW", "Nghị quyết 45" */
	DOCTYPE_LAW = 2,          /* by name: "Luật Đất đai", "Bộ luật Hình sự" */
	DOCTYPE_CONSTITUTION = 4, /* by year or country: "Hiến pháp năm 2013" */
	DOCTYPE_CHARTER = 8,      /* by body: "Điều lệ Đảng" */
	DOCTYPE_CONGRESS = 16,    /* by congress: "Văn kiện Đại hội XIII" */
	DOCTYPE_PLENUM = 32,      /* by plenum: "Nghị quyết Trung ương 4" */
	/* A common word, a document only before "số" and its number: "Văn bản số 12". */
	DOCTYPE_WITH_SO = 64,
	/* Any kind: its symbol says which ("văn bản số 12/KH-UBND" is a Kế hoạch). */
	DOCTYPE_ANY = 128,
};

struct doctype {
	const char *words; /* lower case, one space between words */
	const char *name;  /* as TYPE writes it */
	const char *party; /* its code in the symbol of a Party document, or NULL */
	const char *state; /* its code in the symbol of a state document, or NULL */
	unsigned forms;    /* enum doctype_form; 0: begins like a kind but is none */
};

extern const struct doctype doctypes[];
extern const size_t ndoctypes;

/* The kind of document whose words stand at token i: the tokens they
 * cover, and its index in doctypes in *which; 0 when none stands there. */
int doctype_at(const struct tokens *x, int i, size_t *which);

/* The same on the bytes of a sentence, at s + i: the end of the words. */
size_t doctype_match(const char *s, size_t n, size_t i, size_t *which);

/* The kind whose code a symbol carries (CT of 05-CT/TW, QĐ of
 * 123/QĐ-UBND): its index, or (size_t)-1 when the symbol has no code the
 * table knows. */
size_t doctype_of_symbol(const char *symbol);

/* The code a Party body gives its documents, for the body named by tokens
 * a..b-1 ("Bộ Chính trị", "Hội nghị Trung ương 5", "Ban Tổ chức Trung
 * ương", "Ban Thường vụ Tỉnh ủy Bắc Giang"): "TW", "BTCTW", "TU"; NULL
 * for any other body. */
const char *doctype_party_body(const struct tokens *x, int a, int b);

#endif
